#pragma once

// Agent states: what each agent is doing, so inbound calls ring only those who are free and
// supervisors see who is where. Pure: no I/O, no timers; time comes in as `now`, so every rule
// is tested with a fake clock (AgentStateService runs it in the hub).
//
// Two things make an agent's state. What the agent chose (offline, available, or away with a
// reason) and what the hub sees (a live call, the after-call work that follows it). The state
// everyone sees is, in order: busy while the agent has a live call; after-call work for the
// configured seconds after it ends (unless they are offline); otherwise what they chose. A
// choice made during a call takes effect once the call and its after-call work are over; a
// choice made during after-call work ends it at once ("Ready" is choosing available).

#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hub {

enum class AgentState { Offline, Available, Busy, Away, AfterCallWork };

// "offline", "available", "busy", "away", "after_call_work": the API's names, never translated.
QString agentStateName(AgentState state);
std::optional<AgentState> agentStateFromName(const QString &name);
// Every state, in the order the API documents them.
QList<AgentState> allAgentStates();

struct AgentStatus
{
    AgentState state = AgentState::Offline; // what everyone sees
    QString reason; // away's reason; "" otherwise
    QDateTime since; // when `state` (with this reason) began; invalid: never set
    AgentState chosen = AgentState::Offline; // Offline, Available or Away
    QString chosenReason;
    QDateTime afterCallWorkEnds; // valid while after-call work runs
    bool onCall = false;
};

struct AgentStateError
{
    QString code; // the API's code: "invalid_state", "state_not_settable", "invalid_reason"
    QString message;
};

struct AgentStateSettings
{
    int afterCallWorkSeconds = 30; // 0: none
    QStringList awayReasons = {QStringLiteral("Break"),
        QStringLiteral("Lunch"),
        QStringLiteral("Meeting"),
        QStringLiteral("Training"),
        QStringLiteral("Other")};
};

class AgentStateMachine final
{
public:
    using Change = QPair<QString, AgentStatus>; // username, their new status

    explicit AgentStateMachine(AgentStateSettings settings = {});

    const AgentStateSettings &settings() const { return m_settings; }
    // A status read back from storage (after a restart).
    void restore(const QString &username, const AgentStatus &status);
    // Offline for an agent the machine has never heard of.
    AgentStatus status(const QString &username) const;
    const QHash<QString, AgentStatus> &all() const { return m_agents; }
    bool isAvailable(const QString &username) const;

    // Each returns the agent's new status when anything about them changed (a choice made
    // during a call changes what they chose, not what everyone sees: compare `state`, `reason`
    // with the status before to tell); nullopt when nothing did.
    std::optional<AgentStatus> loggedIn(const QString &username, const QDateTime &now);
    std::optional<AgentStatus> loggedOut(const QString &username, const QDateTime &now);
    // What an agent (or a supervisor for them) chooses by hand: available, or away with one of
    // the configured reasons. Busy, after-call work and offline are the hub's to set.
    Util::Result<std::optional<AgentStatus>, AgentStateError> choose(const QString &username,
        const QString &stateName,
        const QString &reason,
        const QDateTime &now);
    std::optional<AgentStatus> setOnCall(
        const QString &username, bool onCall, const QDateTime &now);
    // A call of the agent's ended that the hub never saw them busy on: an inbound call rung on
    // several lines, whose answering line AT names only in its final notification. Starts
    // after-call work as the end of a call does; nothing when they are on a call or offline.
    std::optional<AgentStatus> callEnded(const QString &username, const QDateTime &now);
    // After-call work over before its time (the agent saved their wrap-up, or clicked Ready).
    std::optional<AgentStatus> endAfterCallWork(const QString &username, const QDateTime &now);
    // Ends every after-call work whose time is up.
    QList<Change> expire(const QDateTime &now);
    // When the next after-call work ends; nullopt when none runs.
    std::optional<QDateTime> nextDeadline() const;
    // The user was deleted or is no longer an agent.
    void forget(const QString &username) { m_agents.remove(username); }

    // The configured reason matching `reason` (case-insensitive), or nullopt.
    std::optional<QString> canonicalReason(const QString &reason) const;

private:
    // Works out what everyone sees from the choice, the call and the after-call work, and keeps
    // the result; returns it when anything differs from what was kept.
    std::optional<AgentStatus> settle(
        const QString &username, AgentStatus status, const QDateTime &now);

    AgentStateSettings m_settings;
    QHash<QString, AgentStatus> m_agents;
};

} // namespace Hub
