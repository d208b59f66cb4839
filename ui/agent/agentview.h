#pragma once

// The agent's desk: their own line, the dial pad, their live calls ticking, their recent
// calls, and the selected call's details with its recording. Hold and mute are on the agent's
// phone (AT has no REST hold or mute), so there is no button for them here: the view says
// where they are instead.

#include "client/hubclient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Phone {
class NumberParser;
}

namespace Ui {

class CallDetailsPanel;
class CallsFilterProxy;
class CallsModel;
class ConsoleSettings;
class DialPad;
class WrapUpPanel;

class AgentView final : public QWidget
{
    Q_OBJECT

public:
    // `liveCalls` is the window's model of live calls (fed by the stream); this view shows the
    // user's own.
    AgentView(Client::HubClient &client,
        CallsModel &liveCalls,
        const Phone::NumberParser &numbers,
        ConsoleSettings &settings,
        QWidget *parent = nullptr);
    ~AgentView() override;

    DialPad *dialPad() const { return m_dialPad; }
    CallDetailsPanel *details() const { return m_details; }
    WrapUpPanel *wrapUp() const { return m_wrapUp; }
    QTableView *recentTable() const { return m_recentTable; }
    QTableView *liveTable() const { return m_liveTable; }
    QString statusText() const;

    // After login: who this is, and their recent calls from history.
    void setIdentity(const Auth::Identity &identity);
    void setConnected(bool connected);
    // `simu tel:+254…`: fill the dial pad.
    void fillNumber(const QString &number);
    void focusDialPad();
    void transferSelected();
    void saveLayout();

private:
    void dial(const QString &number);
    void onCall(const Calls::Call &call);
    void showSelected(const QModelIndex &index);
    void refreshRecent();
    void changeLine();
    void updateLineText();
    void showStatus(const QString &text, bool error);
    void wrappedUp(const Calls::Call &call);

    Client::HubClient &m_client;
    CallsModel &m_liveCalls;
    const Phone::NumberParser &m_numbers;
    ConsoleSettings &m_settings;
    Auth::Identity m_identity;

    CallsFilterProxy *m_liveProxy;
    CallsModel *m_recentCalls;
    CallsFilterProxy *m_recentProxy;
    DialPad *m_dialPad;
    QLabel *m_lineText;
    QPushButton *m_changeLine;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTableView *m_liveTable;
    QTableView *m_recentTable;
    CallDetailsPanel *m_details;
    WrapUpPanel *m_wrapUp;
    QSplitter *m_splitter;
    QString m_pendingDial; // the session just placed, selected when it appears
};

} // namespace Ui
