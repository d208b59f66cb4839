#pragma once

// One call, every field a person may need, in words: who, which legs, when, how long, what it
// cost, how it ended, and its recording with a player. Shown under the call lists of the agent
// and supervisor views. Follows the call live while it is selected.

#include "calls/call.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Client {
class HubClient;
}
namespace Phone {
class NumberParser;
}

namespace Ui {

class RecordingPlayer;

class CallDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    // `client` (may be null) finds the hub's copy of a recording to play.
    CallDetailsPanel(
        Client::HubClient *client, const Phone::NumberParser &numbers, QWidget *parent = nullptr);

    // Shows `call`; the same session again only refreshes the fields (the player keeps playing).
    void showCall(const Calls::Call &call);
    void clear();
    const Calls::Call &call() const { return m_call; }
    bool hasCall() const { return !m_call.sessionId.isEmpty(); }
    void setTransferAllowed(bool allowed);
    // Whether "Wrap up…" is offered for an ended call (the owner places the wrap-up panel).
    void setWrapUpAllowed(bool allowed);
    RecordingPlayer *player() const { return m_player; }
    // The text of one field as shown (for tests): "state", "cost", "recording", ...
    QString fieldText(const QString &field) const;

Q_SIGNALS:
    void transferRequested(const Calls::Call &call);
    void wrapUpRequested(const Calls::Call &call);

private:
    QLabel *addField(const QString &name, const QString &label);
    void updateTransferButton();

    Client::HubClient *m_client;
    const Phone::NumberParser &m_numbers;
    Calls::Call m_call;
    QLabel *m_title;
    QFormLayout *m_form;
    QWidget *m_formBox;
    QHash<QString, QLabel *> m_fields;
    QLabel *m_recordingNote;
    RecordingPlayer *m_player;
    QPushButton *m_transfer;
    QPushButton *m_wrapUp;
    bool m_transferAllowed = true;
    bool m_wrapUpAllowed = false;
};

} // namespace Ui
