#include "agentstatecontrol.h"

#include "agentstatetext.h"
#include "util/clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

AgentStateControl::AgentStateControl(
    Client::HubClient &client, const Util::IClock *clock, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_clock(clock)
    , m_swatch(new QLabel(this))
    , m_text(new QLabel(this))
    , m_ready(new QPushButton(this))
    , m_away(new QToolButton(this))
    , m_awayMenu(new QMenu(this))
{
    setObjectName(u"agentStateControl"_s);
    m_swatch->setFixedSize(12, 12);
    m_text->setAccessibleName(tr("Your state"));
    m_text->setTextFormat(Qt::PlainText);
    m_ready->setAccessibleName(tr("Become available"));
    connect(m_ready, &QPushButton::clicked, this, [this] { choose(u"available"_s, {}); });
    m_away->setText(tr("Away"));
    m_away->setAccessibleName(tr("Go away, with a reason"));
    m_away->setToolTip(tr("No calls ring you while you are away."));
    m_away->setPopupMode(QToolButton::InstantPopup);
    m_away->setMenu(m_awayMenu);
    fillAwayMenu({});

    // The state on a line of its own: "After-call work · 0:25 left" or "Away ▸ Training · 1:02:03"
    // must not be squeezed by the buttons in the narrow dial pad column.
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_swatch);
    stateRow->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_ready);
    buttons->addWidget(m_away);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(stateRow);
    layout->addLayout(buttons);

    // The hub's word on this agent, live.
    connect(&m_client, &Client::HubClient::event, this, [this](const Client::StreamEvent &event) {
        if (event.type == u"agent_update"_s && !m_username.isEmpty()
            && event.agent.username == m_username)
            showAgent(event.agent);
    });
    // After a reconnect the stream replays what was missed; asking once more costs little.
    connect(&m_client,
        &Client::HubClient::connectionStateChanged,
        this,
        [this](Client::ConnectionState state) {
            if (state == Client::ConnectionState::Connected)
                refresh();
        });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AgentStateControl::updateText);
    m_tick.start();
    updateText();
}

AgentStateControl::~AgentStateControl() = default;

QDateTime AgentStateControl::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

void AgentStateControl::setUsername(const QString &username)
{
    m_username = username;
    m_agent = {};
    refresh();
}

void AgentStateControl::refresh()
{
    if (m_username.isEmpty() || !m_client.isLoggedIn())
        return;
    QPointer<AgentStateControl> self(this);
    m_client.awayReasons([self](const Util::Result<Client::AwayReasons, Client::ClientError> &r) {
        if (!self || !r)
            return;
        self->m_afterCallWorkSeconds = r->afterCallWorkSeconds;
        self->fillAwayMenu(r->reasons);
        self->updateText();
    });
    m_client.myState([self](const Util::Result<Client::AgentInfo, Client::ClientError> &r) {
        if (!self)
            return;
        if (!r) {
            Q_EMIT self->failed(r.error().message);
            return;
        }
        self->showAgent(*r);
    });
}

void AgentStateControl::fillAwayMenu(const QStringList &reasons)
{
    m_awayMenu->clear();
    for (const QString &reason : reasons) {
        QAction *action = m_awayMenu->addAction(reason);
        connect(action, &QAction::triggered, this, [this, reason] { choose(u"away"_s, reason); });
    }
    m_away->setEnabled(!reasons.isEmpty());
}

void AgentStateControl::choose(const QString &state, const QString &reason)
{
    QPointer<AgentStateControl> self(this);
    m_client.setMyState(
        state, reason, [self](const Util::Result<Client::AgentInfo, Client::ClientError> &r) {
            if (!self)
                return;
            if (!r) {
                Q_EMIT self->failed(tr("Your state did not change: %1").arg(r.error().message));
                return;
            }
            self->showAgent(*r);
        });
}

void AgentStateControl::showAgent(const Client::AgentInfo &agent)
{
    // An answer may come after a newer event: the later state wins.
    if (m_agent.stateSince.isValid() && agent.stateSince.isValid()
        && agent.stateSince < m_agent.stateSince && agent.username == m_agent.username)
        return;
    m_agent = agent;
    updateText();
    Q_EMIT stateShown(agent.state);
}

QString AgentStateControl::stateText() const
{
    return m_text->text();
}

void AgentStateControl::updateText()
{
    const QString state = m_agent.state;
    if (state.isEmpty()) {
        m_text->setText(tr("State unknown"));
        m_swatch->setStyleSheet({});
        m_ready->setVisible(false);
        m_away->setVisible(false);
        return;
    }
    const QDateTime current = now();
    QString text = AgentStateText::label(state, m_agent.stateReason);
    if (state == u"after_call_work"_s && m_afterCallWorkSeconds > 0
        && m_agent.stateSince.isValid()) {
        const qint64 left = current.secsTo(m_agent.stateSince.addSecs(m_afterCallWorkSeconds));
        text = tr("%1 · %2 left").arg(text, AgentStateText::duration(left));
    } else if (m_agent.stateSince.isValid()) {
        text
            = tr("%1 · %2").arg(text, AgentStateText::duration(m_agent.stateSince.secsTo(current)));
    }
    // Away chosen during the call: say it is taken, and when it starts.
    if (!m_agent.nextState.isEmpty())
        text = tr("%1, then %2")
                   .arg(text, AgentStateText::label(m_agent.nextState, m_agent.nextStateReason));
    m_text->setText(text);
    m_text->setToolTip(AgentStateText::explanation(state));
    m_swatch->setStyleSheet(
        u"background: %1; border-radius: 6px;"_s.arg(AgentStateText::colour(state).name()));
    // "Ready" ends after-call work; "Available" brings an agent back from away or offline.
    m_ready->setText(state == u"after_call_work"_s ? tr("Ready") : tr("Available"));
    m_ready->setVisible(state != u"available"_s && state != u"busy"_s);
    m_away->setVisible(true);
}

} // namespace Ui
