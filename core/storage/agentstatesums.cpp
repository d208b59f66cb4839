#include "agentstatesums.h"

#include "analytics/rangeplan.h"
#include "analytics/timegrid.h"
#include "statementcache.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

const QString READ_FAILED = u"cannot add up the agents' states"_s;
const QString WRITE_FAILED = u"cannot sum an agent's time in a state"_s;

QString upsertInto(const QString &table)
{
    return u"INSERT INTO %1 (start, username, state, ms) VALUES (?, ?, ?, ?)"
           " ON CONFLICT (start, username, state) DO UPDATE SET ms = ms + excluded.ms"_s.arg(table);
}

QString onlyAgent(const QString &agent, const QString &column)
{
    return agent.isEmpty() ? QString() : u" AND %1 = ?"_s.arg(column);
}

// Adds each row's (username, state, ms) to `out`, then resets the statement.
void collect(QSqlQuery &query, TimeInState &out)
{
    while (query.next()) {
        const qint64 ms = query.value(2).toLongLong();
        if (ms > 0)
            out[query.value(0).toString()][query.value(1).toString()] += ms;
    }
    query.finish();
}

} // namespace

AgentStateSums::AgentStateSums(Database &database)
    : m_sql(std::make_unique<StatementCache>(database))
{}

AgentStateSums::~AgentStateSums() = default;

Util::Result<void, StorageError> AgentStateSums::addStretch(
    const QString &username, const QString &state, qint64 startMs, qint64 endMs)
{
    static const std::pair<QString, qint64> levels[] = {
        {upsertInto(u"agent_state_hours"_s), Analytics::HOUR_MS},
        {upsertInto(u"agent_state_days"_s), Analytics::DAY_MS},
    };
    for (const auto &[upsert, step] : levels) {
        for (qint64 pieceStart = startMs; pieceStart < endMs;) {
            const qint64 slot = Analytics::floorTo(pieceStart, step);
            const qint64 pieceEnd = std::min(endMs, slot + step);
            const auto added
                = m_sql->run(upsert, {slot, username, state, pieceEnd - pieceStart}, WRITE_FAILED);
            if (!added)
                return Util::fail(added.error());
            (*added)->finish();
            pieceStart = pieceEnd;
        }
    }
    return {};
}

Util::Result<TimeInState, StorageError> AgentStateSums::timeInState(
    qint64 fromMs, qint64 toMs, qint64 nowMs, const QString &agent)
{
    TimeInState out;
    for (const Analytics::Span &span : Analytics::planSpans(fromMs, toMs, true, true)) {
        if (span.level == RollupLevel::Calls) {
            if (auto read = addFromLog(span.fromMs, span.toMs, agent, out); !read)
                return Util::fail(read.error());
            continue;
        }
        const QString table
            = span.level == RollupLevel::Days ? u"agent_state_days"_s : u"agent_state_hours"_s;
        QVariantList values{span.fromMs, span.toMs};
        if (!agent.isEmpty())
            values.append(agent);
        const auto sums
            = m_sql->run(u"SELECT username, state, SUM(ms) FROM %1"
                         " WHERE start >= ? AND start < ?%2 GROUP BY username, state"_s.arg(
                             table, onlyAgent(agent, u"username"_s)),
                values,
                READ_FAILED);
        if (!sums)
            return Util::fail(sums.error());
        collect(**sums, out);
    }
    // The open stretches (one per agent) are in no sum yet: each counts up to now. (Asked for
    // one agent, SQLite would rather walk all their stretches by the index by agent.)
    QVariantList values{nowMs, toMs, fromMs};
    if (!agent.isEmpty())
        values.append(agent);
    const auto open = m_sql->run(u"SELECT username, state, MAX(0, MIN(?, ?) - MAX(started_at, ?))"
                                 " FROM agent_state_log INDEXED BY agent_state_log_open"
                                 " WHERE ended_at IS NULL%1"_s.arg(onlyAgent(agent, u"username"_s)),
        values,
        READ_FAILED);
    if (!open)
        return Util::fail(open.error());
    collect(**open, out);
    return out;
}

Util::Result<void, StorageError> AgentStateSums::addFromLog(
    qint64 fromMs, qint64 toMs, const QString &agent, TimeInState &out)
{
    // The closed stretches that began in the range, cut at its end, agent by agent (CROSS
    // JOIN keeps that order: SQLite would rather walk the whole log in the index's order)...
    QVariantList values{toMs, fromMs, toMs};
    if (!agent.isEmpty())
        values.append(agent);
    const auto began
        = m_sql->run(u"SELECT l.username, l.state, SUM(MIN(l.ended_at, ?) - l.started_at)"
                     " FROM agent_states AS a"
                     " CROSS JOIN agent_state_log AS l ON l.username = a.username"
                     " WHERE l.started_at >= ? AND l.started_at < ? AND l.ended_at IS NOT NULL%1"
                     " GROUP BY l.username, l.state"_s.arg(onlyAgent(agent, u"a.username"_s)),
            values,
            READ_FAILED);
    if (!began)
        return Util::fail(began.error());
    collect(**began, out);
    // ...and the one each agent was in when it began, if it closed after that: the newest
    // stretch that began before (of those that began at the same moment, the last written).
    values = {toMs, fromMs, fromMs, fromMs};
    if (!agent.isEmpty())
        values.append(agent);
    const auto running
        = m_sql->run(u"SELECT l.username, l.state, MIN(l.ended_at, ?) - ? FROM agent_states AS a"
                     " CROSS JOIN agent_state_log AS l ON l.id = (SELECT id FROM agent_state_log"
                     "   WHERE username = a.username AND started_at < ?"
                     "   ORDER BY started_at DESC, id DESC LIMIT 1)"
                     " WHERE l.ended_at > ?%1"_s.arg(onlyAgent(agent, u"a.username"_s)),
            values,
            READ_FAILED);
    if (!running)
        return Util::fail(running.error());
    collect(**running, out);
    return {};
}

} // namespace Storage
