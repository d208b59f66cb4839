#pragma once

// Agent states in a running hub: the pure AgentStateMachine (agentstate.h) with what it needs
// around it. Logins and logouts, agents' own choices and supervisors' choices for them come in
// from the API; who is on a call comes from the call center, which tells the service as it
// changes a call that matters to an agent (callChanging), and the service acts once that call's
// event is published; after-call work ends on a timer. Every change is stored (current state
// and the log the analytics add up) and, when what everyone sees changed, published on the
// event stream as `agent_update` ({"type":"agent_update","seq","at","agent":{...}}, the agent
// as a GET /api/agents row).
//
// Use on the hub's thread, outside any database transaction (each change commits its own).

#include "agentstate.h"
#include "storage/agentstaterepository.h"
#include "util/result.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Storage {
class AuditLog;
class Database;
class EventStore;
struct StoredEvent;
} // namespace Storage
namespace Util {
class IClock;
}
namespace Calls {
struct Call;
}

namespace Hub {

class EventBus;

inline constexpr auto AGENT_UPDATE_EVENT = "agent_update";

// An agent as GET /api/agents lists them and agent_update carries them.
struct AgentSummary
{
    QString username;
    QString displayName;
    QString line;
    bool online = false; // a console of theirs has the stream open
    int activeCalls = 0;
    AgentStatus status;
};

// {"username", "displayName", "line", "online", "activeCalls", "state", "stateReason",
// "stateSince"}; "line", "stateReason" and "stateSince" are null when there is none.
QJsonObject agentJson(const AgentSummary &agent);

// GET /api/analytics/agent-performance's answer with "time_in_state" added to each row of
// "agents": seconds in each state an agent works in (available, busy, away, after_call_work;
// offline is not work time), all four always present.
QJsonObject withTimeInState(QJsonObject performance, const Storage::TimeInState &times);

class AgentStateService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentStateService)

public:
    struct Services
    {
        Storage::Database &database;
        Storage::AgentStateRepository &repository;
        Storage::EventStore &events;
        EventBus &bus;
        Storage::AuditLog &audit;
        const Util::IClock &clock;
    };
    // The agents who have a live call right now (answered, or a click-to-call of theirs).
    using OnCalls = std::function<QSet<QString>()>;
    // Everything else an agent_update says about the agent (name, line, online, live calls).
    using Describe = std::function<AgentSummary(const QString &username)>;

    AgentStateService(AgentStateSettings settings, Services services, QObject *parent = nullptr);
    ~AgentStateService() override;

    void setOnCalls(OnCalls onCalls) { m_onCalls = std::move(onCalls); }
    void setDescribe(Describe describe) { m_describe = std::move(describe); }

    // Reads the stored states (after a restart), then catches up with the calls and the clock.
    Util::Result<void, Storage::StorageError> load();

    AgentStatus status(const QString &username) const { return m_machine.status(username); }
    bool isAvailable(const QString &username) const { return m_machine.isAvailable(username); }
    const AgentStateSettings &settings() const { return m_machine.settings(); }

    void loggedIn(const QString &username);
    void loggedOut(const QString &username);
    // An agent's choice (available, or away with a reason); `actor` is who made it (the agent,
    // or a supervisor: then it is audited). The agent's status after it, or why it was refused.
    Util::Result<AgentStatus, AgentStateError> choose(const QString &username,
        const QString &state,
        const QString &reason,
        const QString &actor,
        const QString &remoteAddress = {});
    // Ends the agent's after-call work now, if it runs (their wrap-up was saved). Harmless
    // otherwise.
    void endAfterCallWork(const QString &username);
    // A call is about to change, before its event is stored: `liveAgentBefore` is the agent it
    // was live with until now ("" when it was not live, or nobody's). Notes what the call's
    // event, once published, sets off: busy agents worked out again when an agent's live calls
    // changed, after-call work when an answered call of theirs ended. The call center runs it
    // for every call change (hundreds a second), so it only compares a few fields; events that
    // change nothing for an agent cost the service a hash lookup at most.
    void callChanging(const QString &liveAgentBefore, const Calls::Call &call);
    // A call's change could not be stored and the call center went back to what the database
    // holds: forget what that change was to set off, and work out busy agents again.
    void callReloaded(const QString &sessionId);
    // Calls changed: busy agents are worked out again (coalesced: once per turn of the loop,
    // after the journal has published the events of this turn, so seqs stay in order).
    void callsChanged();
    // Ends the after-call work that is due by the clock now (the timer calls it too).
    void expireDue();

    // Seconds per state per agent in [from, to); `agent` "" = everyone.
    Util::Result<Storage::TimeInState, Storage::StorageError> timeInState(
        const QDateTime &from, const QDateTime &to, const QString &agent);

Q_SIGNALS:
    void stateChanged(const QString &username, const Hub::AgentStatus &status);

private:
    void recheckCalls();
    bool startsAfterCallWork(const QString &agent, const QDateTime &endedAt);
    // Stores the change and publishes it when what everyone sees changed.
    void apply(const QString &username,
        const AgentStatus &before,
        const std::optional<AgentStatus> &after);
    void armTimer();

    AgentStateMachine m_machine;
    Services m_services;
    OnCalls m_onCalls;
    Describe m_describe;
    QTimer m_deadline;
    QTimer m_recheck;
    struct EndedCall
    {
        QString agent;
        QDateTime endedAt;
    };
    // Answered calls that ended (or changed after ending) whose event is not published yet.
    QHash<QString, EndedCall> m_endingCalls; // sessionId -> its agent and end
    bool m_onCallsChanged = false; // an agent's live calls changed since the last recheck
    QSet<QString> m_callsEnded; // agents whose answered call ended this turn
    QHash<QString, QDateTime> m_lastCallEnded; // per agent: when their newest ended call ended
};

} // namespace Hub
