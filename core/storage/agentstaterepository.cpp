#include "agentstaterepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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
        , findOpen(db)
        , closeLog(db)
        , openLog(db)
        , db(std::move(db))
    {}
    QSqlQuery upsert;
    QSqlQuery findOpen;
    QSqlQuery closeLog;
    QSqlQuery openLog;
    QSqlDatabase db;
    bool prepared = false;
};

AgentStateRepository::AgentStateRepository(Database &database)
    : m_statements(
        std::make_unique<Statements>(QSqlDatabase::database(database.connectionName(), false)))
    , m_sums(database)
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
        s.findOpen.setForwardOnly(true);
        // The partial index holds the open stretches only; the index by agent would walk
        // through every stretch the agent ever had.
        if (!s.findOpen.prepare(u"SELECT id, state, started_at FROM agent_state_log"
                                " INDEXED BY agent_state_log_open"
                                " WHERE username = ? AND ended_at IS NULL"_s))
            return failed(s.findOpen);
        if (!s.closeLog.prepare(u"UPDATE agent_state_log SET ended_at = ? WHERE id = ?"_s))
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
    // The open stretch (one, unless something went wrong) ends where the new one begins.
    struct Open
    {
        qint64 id = 0;
        QString state;
        qint64 startedAt = 0;
    };
    QList<Open> open;
    s.findOpen.bindValue(0, row.username);
    if (!s.findOpen.exec())
        return failed(s.findOpen);
    while (s.findOpen.next())
        open.append({s.findOpen.value(0).toLongLong(),
            s.findOpen.value(1).toString(),
            s.findOpen.value(2).toLongLong()});
    s.findOpen.finish();
    qint64 begins = row.since.toMSecsSinceEpoch();
    for (const Open &stretch : std::as_const(open)) {
        // A clock that went back closes it empty rather than before it began.
        const qint64 endedAt = std::max(stretch.startedAt, row.since.toMSecsSinceEpoch());
        s.closeLog.bindValue(0, endedAt);
        s.closeLog.bindValue(1, stretch.id);
        if (!s.closeLog.exec())
            return failed(s.closeLog);
        s.closeLog.finish();
        if (auto summed
            = m_sums.addStretch(row.username, stretch.state, stretch.startedAt, endedAt);
            !summed)
            return summed;
        begins = std::max(begins, endedAt);
    }
    s.openLog.bindValue(0, row.username);
    s.openLog.bindValue(1, text(row.state));
    s.openLog.bindValue(2, text(row.reason));
    s.openLog.bindValue(3, begins);
    if (!s.openLog.exec())
        return failed(s.openLog);
    s.openLog.finish();
    return {};
}

Util::Result<TimeInState, StorageError> AgentStateRepository::timeInState(
    const QDateTime &from, const QDateTime &to, const QDateTime &now, const QString &agent)
{
    const auto summed = m_sums.timeInState(
        from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), agent);
    if (!summed)
        return Util::fail(summed.error());
    TimeInState seconds = *summed;
    for (auto &states : seconds) {
        for (qint64 &ms : states)
            ms /= 1000; // whole seconds
    }
    return seconds;
}

} // namespace Storage
