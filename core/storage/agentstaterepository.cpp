#include "agentstaterepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

// The NOT NULL text columns refuse the SQL NULL a null QString binds as.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant millis(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

struct AgentStateRepository::Statements
{
    explicit Statements(QSqlDatabase db)
        : upsert(db)
        , closeLog(db)
        , openLog(db)
        , db(std::move(db))
    {}
    QSqlQuery upsert;
    QSqlQuery closeLog;
    QSqlQuery openLog;
    QSqlDatabase db;
    bool prepared = false;
};

AgentStateRepository::AgentStateRepository(Database &database)
    : m_statements(
        std::make_unique<Statements>(QSqlDatabase::database(database.connectionName(), false)))
{}

AgentStateRepository::~AgentStateRepository() = default;

Util::Result<QList<AgentStateRow>, StorageError> AgentStateRepository::all()
{
    QSqlQuery query(m_statements->db);
    if (!query.exec(u"SELECT username, state, reason, since, chosen, chosen_reason,"
                    " after_call_work_ends, on_call FROM agent_states ORDER BY username"_s))
        return Util::fail(sqlError(u"cannot read the agents' states"_s, query.lastError().text()));
    QList<AgentStateRow> rows;
    while (query.next()) {
        AgentStateRow row;
        row.username = query.value(0).toString();
        row.state = query.value(1).toString();
        row.reason = query.value(2).toString();
        row.since = timeOf(query.value(3));
        row.chosen = query.value(4).toString();
        row.chosenReason = query.value(5).toString();
        row.afterCallWorkEnds = timeOf(query.value(6));
        row.onCall = query.value(7).toBool();
        rows.append(row);
    }
    return rows;
}

Util::Result<void, StorageError> AgentStateRepository::save(
    const AgentStateRow &row, bool stateChanged)
{
    Statements &s = *m_statements;
    const auto failed = [](const QSqlQuery &query) {
        return Util::fail(sqlError(u"cannot save an agent's state"_s, query.lastError().text()));
    };
    if (!s.prepared) {
        if (!s.upsert.prepare(
                u"INSERT INTO agent_states (username, state, reason, since, chosen, chosen_reason,"
                " after_call_work_ends, on_call) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (username) DO UPDATE SET state = excluded.state,"
                " reason = excluded.reason, since = excluded.since, chosen = excluded.chosen,"
                " chosen_reason = excluded.chosen_reason,"
                " after_call_work_ends = excluded.after_call_work_ends,"
                " on_call = excluded.on_call"_s))
            return failed(s.upsert);
        if (!s.closeLog.prepare(u"UPDATE agent_state_log SET ended_at = MAX(started_at, ?)"
                                " WHERE username = ? AND ended_at IS NULL"_s))
            return failed(s.closeLog);
        if (!s.openLog.prepare(u"INSERT INTO agent_state_log (username, state, reason,"
                               " started_at) VALUES (?, ?, ?, ?)"_s))
            return failed(s.openLog);
        s.prepared = true;
    }
    s.upsert.bindValue(0, row.username);
    s.upsert.bindValue(1, text(row.state));
    s.upsert.bindValue(2, text(row.reason));
    s.upsert.bindValue(3, row.since.toMSecsSinceEpoch());
    s.upsert.bindValue(4, text(row.chosen));
    s.upsert.bindValue(5, text(row.chosenReason));
    s.upsert.bindValue(6, millis(row.afterCallWorkEnds));
    s.upsert.bindValue(7, row.onCall ? 1 : 0);
    if (!s.upsert.exec())
        return failed(s.upsert);
    s.upsert.finish();
    if (!stateChanged)
        return {};
    s.closeLog.bindValue(0, row.since.toMSecsSinceEpoch());
    s.closeLog.bindValue(1, row.username);
    if (!s.closeLog.exec())
        return failed(s.closeLog);
    s.closeLog.finish();
    s.openLog.bindValue(0, row.username);
    s.openLog.bindValue(1, text(row.state));
    s.openLog.bindValue(2, text(row.reason));
    s.openLog.bindValue(3, row.since.toMSecsSinceEpoch());
    if (!s.openLog.exec())
        return failed(s.openLog);
    s.openLog.finish();
    return {};
}

Util::Result<TimeInState, StorageError> AgentStateRepository::timeInState(
    const QDateTime &from, const QDateTime &to, const QDateTime &now, const QString &agent)
{
    // Each stretch cut to [from, to); an open one runs until now (never past `to`).
    QSqlQuery query(m_statements->db);
    const QString sql
        = u"SELECT username, state,"
          " SUM(MAX(0, MIN(COALESCE(ended_at, ?), ?) - MAX(started_at, ?)))"
          " FROM agent_state_log"
          " WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?)%1"
          " GROUP BY username, state"_s.arg(agent.isEmpty() ? QString() : u" AND username = ?"_s);
    if (!query.prepare(sql))
        return Util::fail(
            sqlError(u"cannot add up the agents' states"_s, query.lastError().text()));
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(toMs);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    query.addBindValue(fromMs);
    if (!agent.isEmpty())
        query.addBindValue(agent);
    if (!query.exec())
        return Util::fail(
            sqlError(u"cannot add up the agents' states"_s, query.lastError().text()));
    TimeInState out;
    while (query.next())
        out[query.value(0).toString()][query.value(1).toString()] = query.value(2).toLongLong();
    for (auto &states : out) {
        for (qint64 &ms : states)
            ms /= 1000; // whole seconds
    }
    return out;
}

} // namespace Storage
