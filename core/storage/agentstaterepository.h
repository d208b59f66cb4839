#pragma once

// Agent states, kept so a restart of the hub keeps them and analytics can add up the time each
// agent spent in each state: agent_states holds each agent's current state (and what they
// chose, and when their after-call work ends); agent_state_log holds one row per stretch of
// time in one state, closed (ended_at) when the next begins. See schema.cpp, versions 5 and 7.
// A stretch's time goes into hourly and daily sums as it closes (AgentStateSums), which is what
// timeInState() reads for all but the ends of a range.
//
// Statements are prepared once and reused. Use on the thread that opened the Database.

#include "storage/agentstatesums.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Storage {

struct AgentStateRow
{
    QString username;
    QString state; // Hub::agentStateName()
    QString reason;
    QDateTime since;
    QString chosen; // offline, available or away
    QString chosenReason;
    QDateTime afterCallWorkEnds; // invalid: none
    bool onCall = false;
};

class AgentStateRepository final
{
public:
    explicit AgentStateRepository(Database &database);
    ~AgentStateRepository();
    AgentStateRepository(const AgentStateRepository &) = delete;
    AgentStateRepository &operator=(const AgentStateRepository &) = delete;

    Util::Result<QList<AgentStateRow>, StorageError> all();
    // Keeps the row as the agent's current state. When `stateChanged`, the open stretch in the
    // log ends at row.since and a new one starts there (where it ended, should the clock have
    // gone back: an agent's stretches never overlap), and the closed one is summed. Call inside
    // a transaction when it must commit with something else.
    Util::Result<void, StorageError> save(const AgentStateRow &row, bool stateChanged);
    // The seconds each agent spent in each state between `from` and `to`, stretches cut to the
    // range; a stretch still open counts up to `now`. `agent` "" = everyone.
    Util::Result<TimeInState, StorageError> timeInState(
        const QDateTime &from, const QDateTime &to, const QDateTime &now, const QString &agent);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    AgentStateSums m_sums;
};

} // namespace Storage
