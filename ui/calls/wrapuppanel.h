#pragma once

// The wrap-up an agent records after a call: a disposition from the hub's list and notes, then
// Save or Skip. A panel inside the agent's view, never a modal dialog: the agent can dial the
// next customer while it is open. Calls that end while one is being wrapped up wait their turn
// (the newest few); any recent call can be wrapped up again from its details.

#include "calls/call.h"
#include "client/hubclient.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Phone {
class NumberParser;
}

namespace Ui {

class WrapUpPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxWaiting = 5; // ended calls waiting for their wrap-up, newest kept

    WrapUpPanel(
        Client::HubClient &client, const Phone::NumberParser &numbers, QWidget *parent = nullptr);

    // Asks the hub for its dispositions (after login); until then the list is the hub's
    // default one.
    void loadChoices();
    void setChoices(const Client::WrapUpChoices &choices);

    // A call of this agent ended: wrap it up now, or after the one being wrapped up.
    void offer(const Calls::Call &call);
    // Wrap this call up now (from the call details), whatever is waiting.
    void open(const Calls::Call &call);

    QString sessionId() const { return m_call.sessionId; }
    int waiting() const { return int(m_waiting.size()); }
    QComboBox *dispositionBox() const { return m_disposition; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *skipButton() const { return m_skip; }
    QString message() const;

Q_SIGNALS:
    // The hub stored the wrap-up: the call as it now stands.
    void saved(const Calls::Call &call);
    void skipped(const QString &sessionId);

private:
    void save();
    void skip();
    void showNext();
    void refreshState();
    void showMessage(const QString &text, bool error);

    Client::HubClient &m_client;
    const Phone::NumberParser &m_numbers;
    Client::WrapUpChoices m_choices;
    Calls::Call m_call; // the call being wrapped up; no session id while hidden
    QList<Calls::Call> m_waiting;
    QLabel *m_title;
    QComboBox *m_disposition;
    QPlainTextEdit *m_notes;
    QLabel *m_count;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_skip;
    bool m_saving = false;
};

} // namespace Ui
