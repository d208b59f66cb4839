#pragma once

// The time agents spent in each state, for the analytics (schema.cpp, version 7). As each
// stretch of agent_state_log closes, its time is added to per-hour and per-day sums (UTC, as
// the call analytics' grid), cut where it crosses an hour or a day. A range is then answered
// like the call analytics' (Analytics::planSpans): whole days and whole hours from the sums,
// the minutes at its two ends from the log itself, and the stretches still open up to now. A
// quarter's worth of state changes (millions of stretches) is a few thousand sums to add, and
// the answer is still exact to the millisecond.
//
// At a range's ends the log is read agent by agent (agents are those in agent_states, which
// AgentStateRepository::save keeps with the log), two ways: the stretches that began inside
// it, and the one stretch the agent was in when it began. That relies on an agent's stretches
// never overlapping, which save() keeps too (a stretch starts where the last one ended).
//
// Statements are prepared once and reused. Use on the thread that opened the Database.

#include "storage/database.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Storage {

class StatementCache;

// Seconds (or, from AgentStateSums, milliseconds) per state name, per agent.
using TimeInState = QHash<QString, QHash<QString, qint64>>;

class AgentStateSums final
{
public:
    explicit AgentStateSums(Database &database);
    ~AgentStateSums();
    AgentStateSums(const AgentStateSums &) = delete;
    AgentStateSums &operator=(const AgentStateSums &) = delete;

    // Adds a stretch that just closed, [startMs, endMs), to the sums. Call inside the
    // transaction that closes it, so the sums never disagree with the log.
    Util::Result<void, StorageError> addStretch(
        const QString &username, const QString &state, qint64 startMs, qint64 endMs);

    // Milliseconds per state per agent in [fromMs, toMs); a stretch still open counts up to
    // nowMs (never past toMs). `agent` "" = everyone. States with no time are left out.
    Util::Result<TimeInState, StorageError> timeInState(
        qint64 fromMs, qint64 toMs, qint64 nowMs, const QString &agent);

private:
    // The closed stretches' time within [fromMs, toMs), read from the log (a range's ends).
    Util::Result<void, StorageError> addFromLog(
        qint64 fromMs, qint64 toMs, const QString &agent, TimeInState &out);

    std::unique_ptr<StatementCache> m_sql;
};

} // namespace Storage
