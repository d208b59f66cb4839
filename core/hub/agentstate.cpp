#include "agentstate.h"

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

bool sameStatus(const AgentStatus &a, const AgentStatus &b)
{
    return a.state == b.state && a.reason == b.reason && a.since == b.since && a.chosen == b.chosen
        && a.chosenReason == b.chosenReason && a.afterCallWorkEnds == b.afterCallWorkEnds
        && a.onCall == b.onCall;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(u", "_s);
}

} // namespace

QString agentStateName(AgentState state)
{
    switch (state) {
    case AgentState::Offline:
        return u"offline"_s;
    case AgentState::Available:
        return u"available"_s;
    case AgentState::Busy:
        return u"busy"_s;
    case AgentState::Away:
        return u"away"_s;
    case AgentState::AfterCallWork:
        return u"after_call_work"_s;
    }
    return u"offline"_s;
}

QList<AgentState> allAgentStates()
{
    return {AgentState::Available,
        AgentState::Busy,
        AgentState::Away,
        AgentState::AfterCallWork,
        AgentState::Offline};
}

std::optional<AgentState> agentStateFromName(const QString &name)
{
    for (const AgentState state : allAgentStates()) {
        if (agentStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

AgentStateMachine::AgentStateMachine(AgentStateSettings settings)
    : m_settings(std::move(settings))
{
    m_settings.afterCallWorkSeconds = qMax(0, m_settings.afterCallWorkSeconds);
}

void AgentStateMachine::restore(const QString &username, const AgentStatus &status)
{
    m_agents.insert(username, status);
}

AgentStatus AgentStateMachine::status(const QString &username) const
{
    return m_agents.value(username);
}

bool AgentStateMachine::isAvailable(const QString &username) const
{
    const auto found = m_agents.constFind(username);
    return found != m_agents.constEnd() && found->state == AgentState::Available;
}

std::optional<QString> AgentStateMachine::canonicalReason(const QString &reason) const
{
    const QString wanted = reason.trimmed();
    for (const QString &known : m_settings.awayReasons) {
        if (known.compare(wanted, Qt::CaseInsensitive) == 0)
            return known;
    }
    return std::nullopt;
}

std::optional<AgentStatus> AgentStateMachine::settle(
    const QString &username, AgentStatus status, const QDateTime &now)
{
    const AgentStatus before = m_agents.value(username);
    AgentState state = status.chosen;
    QString reason = status.chosen == AgentState::Away ? status.chosenReason : QString();
    if (status.onCall) {
        state = AgentState::Busy;
        reason.clear();
    } else if (status.afterCallWorkEnds.isValid()) {
        state = AgentState::AfterCallWork;
        reason.clear();
    }
    if (state != before.state || reason != before.reason || !before.since.isValid())
        status.since = now;
    status.state = state;
    status.reason = reason;
    if (m_agents.contains(username) && sameStatus(before, status))
        return std::nullopt;
    m_agents.insert(username, status);
    return status;
}

std::optional<AgentStatus> AgentStateMachine::loggedIn(
    const QString &username, const QDateTime &now)
{
    AgentStatus status = this->status(username);
    // Signing in again from a second console keeps an agent who is away away.
    if (status.chosen == AgentState::Offline) {
        status.chosen = AgentState::Available;
        status.chosenReason.clear();
    }
    return settle(username, status, now);
}

std::optional<AgentStatus> AgentStateMachine::loggedOut(
    const QString &username, const QDateTime &now)
{
    AgentStatus status = this->status(username);
    status.chosen = AgentState::Offline;
    status.chosenReason.clear();
    status.afterCallWorkEnds = {}; // nobody is left to do it
    return settle(username, status, now);
}

Util::Result<std::optional<AgentStatus>, AgentStateError> AgentStateMachine::choose(
    const QString &username, const QString &stateName, const QString &reason, const QDateTime &now)
{
    const std::optional<AgentState> state = agentStateFromName(stateName);
    if (!state)
        return Util::fail(AgentStateError{u"invalid_state"_s,
            u"\"%1\" is not a state; an agent may choose \"available\" or \"away\""_s.arg(
                stateName.left(40))});
    if (*state != AgentState::Available && *state != AgentState::Away) {
        const QString why = *state == AgentState::Offline
            ? u"an agent is offline when they log out"_s
            : *state == AgentState::Busy ? u"the hub sets it while the agent is on a call"_s
                                         : u"the hub starts it when a call ends; choose "
                                           "\"available\" to end it"_s;
        return Util::fail(AgentStateError{u"state_not_settable"_s,
            u"\"%1\" cannot be chosen by hand (%2); choose \"available\" or \"away\""_s.arg(
                stateName, why)});
    }
    AgentStatus status = this->status(username);
    if (*state == AgentState::Away) {
        const std::optional<QString> known = canonicalReason(reason);
        if (!known)
            return Util::fail(AgentStateError{u"invalid_reason"_s,
                reason.trimmed().isEmpty()
                    ? u"\"away\" needs a \"reason\": one of %1"_s.arg(
                        quotedList(m_settings.awayReasons))
                    : u"\"%1\" is not an away reason; choose one of %2"_s.arg(
                        reason.trimmed().left(40), quotedList(m_settings.awayReasons))});
        status.chosenReason = *known;
    } else {
        if (!reason.trimmed().isEmpty())
            return Util::fail(
                AgentStateError{u"invalid_reason"_s, u"\"reason\" goes with \"away\" only"_s});
        status.chosenReason.clear();
    }
    status.chosen = *state;
    // A choice made during after-call work ends it now; one made during a call waits for it.
    status.afterCallWorkEnds = {};
    return settle(username, status, now);
}

std::optional<AgentStatus> AgentStateMachine::setOnCall(
    const QString &username, bool onCall, const QDateTime &now)
{
    AgentStatus status = this->status(username);
    if (status.onCall == onCall)
        return std::nullopt;
    status.onCall = onCall;
    status.afterCallWorkEnds = {};
    if (!onCall && status.chosen != AgentState::Offline && m_settings.afterCallWorkSeconds > 0)
        status.afterCallWorkEnds = now.addSecs(m_settings.afterCallWorkSeconds);
    return settle(username, status, now);
}

std::optional<AgentStatus> AgentStateMachine::callEnded(
    const QString &username, const QDateTime &now)
{
    AgentStatus status = this->status(username);
    if (status.onCall || status.chosen == AgentState::Offline
        || m_settings.afterCallWorkSeconds <= 0)
        return std::nullopt;
    status.afterCallWorkEnds = now.addSecs(m_settings.afterCallWorkSeconds);
    return settle(username, status, now);
}

std::optional<AgentStatus> AgentStateMachine::endAfterCallWork(
    const QString &username, const QDateTime &now)
{
    AgentStatus status = this->status(username);
    if (!status.afterCallWorkEnds.isValid())
        return std::nullopt;
    status.afterCallWorkEnds = {};
    return settle(username, status, now);
}

QList<AgentStateMachine::Change> AgentStateMachine::expire(const QDateTime &now)
{
    QStringList due;
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it) {
        if (it->afterCallWorkEnds.isValid() && it->afterCallWorkEnds <= now)
            due.append(it.key());
    }
    due.sort(); // the same order every run
    QList<Change> changes;
    for (const QString &username : std::as_const(due)) {
        // The state began when the work was due to end, not when the timer got round to it.
        if (auto changed = endAfterCallWork(username, m_agents.value(username).afterCallWorkEnds))
            changes.append({username, *changed});
    }
    return changes;
}

std::optional<QDateTime> AgentStateMachine::nextDeadline() const
{
    std::optional<QDateTime> next;
    for (const AgentStatus &status : m_agents) {
        if (status.afterCallWorkEnds.isValid() && (!next || status.afterCallWorkEnds < *next))
            next = status.afterCallWorkEnds;
    }
    return next;
}

} // namespace Hub
