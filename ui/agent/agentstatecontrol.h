#pragma once

// The agent's own state, at the top of their desk: what it is and for how long ("Available ·
// 12:04"), a button to go away with a reason and one to come back. During after-call work it
// counts down what is left and offers "Ready" (which ends it); busy is set by the hub while a
// call is live, and shown. Follows the agent's agent_update events on the stream, so a change a
// supervisor makes, or the hub's own, shows at once.

#include "client/hubclient.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace Util {
class IClock;
}

namespace Ui {

class AgentStateControl final : public QWidget
{
    Q_OBJECT

public:
    // `clock` null: the system clock (tests hand in a fake one for the elapsed time).
    explicit AgentStateControl(
        Client::HubClient &client, const Util::IClock *clock = nullptr, QWidget *parent = nullptr);
    ~AgentStateControl() override;

    // After login: whose state this is (an agent), fetched with the away reasons.
    void setUsername(const QString &username);
    // The agent as the hub now describes them (an agent_update, or an answer).
    void showAgent(const Client::AgentInfo &agent);

    QString stateText() const; // what the label says, e.g. "Away ▸ Lunch · 0:42"
    QString state() const { return m_agent.state; }
    QPushButton *readyButton() const { return m_ready; }
    QToolButton *awayButton() const { return m_away; }
    QMenu *awayMenu() const { return m_awayMenu; }

    // Ask the hub for a state; the answer (or the error) shows when it comes.
    void choose(const QString &state, const QString &reason);

Q_SIGNALS:
    void stateShown(const QString &state);
    void failed(const QString &message);

private:
    void refresh();
    void updateText();
    void fillAwayMenu(const QStringList &reasons);
    QDateTime now() const;

    Client::HubClient &m_client;
    const Util::IClock *m_clock;
    QString m_username;
    Client::AgentInfo m_agent;
    int m_afterCallWorkSeconds = 0;
    QLabel *m_swatch;
    QLabel *m_text;
    QPushButton *m_ready;
    QToolButton *m_away;
    QMenu *m_awayMenu;
    QTimer m_tick;
};

} // namespace Ui
