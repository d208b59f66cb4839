#include "eventstore.h"

#include "util/logging.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

struct Prepared
{
    explicit Prepared(const QSqlDatabase &db)
        : query(db)
    {}
    QSqlQuery query;
    bool ready = false;
};

// One scalar from a statement that returns one row.
Util::Result<qint64, StorageError> scalar(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Util::fail(sqlError(what, query.lastError().text()));
    const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
    query.finish(); // ends SQLite's implicit read transaction
    return value;
}

} // namespace

struct EventStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insert(db)
        , since(db)
        , last(db)
        , oldest(db)
        , prune(db)
    {}

    // Prepared on first use, so that a failure reaches the caller as a value.
    static Util::Result<QSqlQuery *, StorageError> use(
        Prepared &statement, const QString &sql, const QString &what)
    {
        if (!statement.ready) {
            statement.query.setForwardOnly(true);
            if (!statement.query.prepare(sql))
                return Util::fail(sqlError(what, statement.query.lastError().text()));
            statement.ready = true;
        }
        return &statement.query;
    }

    Prepared insert;
    Prepared since;
    Prepared last;
    Prepared oldest;
    Prepared prune;
};

EventStore::EventStore(Database &database)
    : m_statements(
        std::make_unique<Statements>(QSqlDatabase::database(database.connectionName(), false)))
{}

EventStore::~EventStore() = default;

Util::Result<qint64, StorageError> EventStore::append(const QString &type,
    const QString &sessionId,
    const QString &agent,
    const QJsonObject &payload,
    const QDateTime &createdAt)
{
    return appendJsonText(
        type, sessionId, agent, QJsonDocument(payload).toJson(QJsonDocument::Compact), createdAt);
}

Util::Result<qint64, StorageError> EventStore::appendJsonText(const QString &type,
    const QString &sessionId,
    const QString &agent,
    const QByteArray &payloadJson,
    const QDateTime &createdAt)
{
    const QString what = u"cannot store the %1 event"_s.arg(type);
    // A cheap shape check, not a parse: this runs for every event.
    const QByteArray trimmed = payloadJson.trimmed();
    if (!trimmed.startsWith('{') || !trimmed.endsWith('}'))
        return Util::fail(StorageError{what + u": its payload is not a JSON object"_s});
    if (type.isEmpty())
        return Util::fail(StorageError{u"cannot store an event without a type"_s});
    if (!createdAt.isValid())
        return Util::fail(StorageError{what + u": it has no creation time"_s});
    auto statement = Statements::use(m_statements->insert,
        u"INSERT INTO events (type, session_id, agent, payload, created_at)"
        " VALUES (?, ?, ?, ?, ?)"_s,
        what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    query.bindValue(0, type);
    query.bindValue(1, text(sessionId));
    query.bindValue(2, text(agent));
    query.bindValue(3, QString::fromUtf8(payloadJson));
    query.bindValue(4, createdAt.toMSecsSinceEpoch());
    if (!query.exec())
        return Util::fail(sqlError(what, query.lastError().text()));
    const qint64 seq = query.lastInsertId().toLongLong();
    query.finish();
    return seq;
}

Util::Result<QList<StoredEvent>, StorageError> EventStore::since(qint64 afterSeq, int limit)
{
    const QString what = u"cannot read the events after %1"_s.arg(afterSeq);
    auto statement = Statements::use(m_statements->since,
        u"SELECT seq, type, session_id, agent, payload, created_at FROM events"
        " WHERE seq > ? ORDER BY seq LIMIT ?"_s,
        what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    query.bindValue(0, afterSeq);
    query.bindValue(1, std::clamp(limit, 1, maxBatch));
    if (!query.exec())
        return Util::fail(sqlError(what, query.lastError().text()));
    QList<StoredEvent> events;
    while (query.next()) {
        StoredEvent event;
        event.seq = query.value(0).toLongLong();
        event.type = query.value(1).toString();
        event.sessionId = query.value(2).toString();
        event.agent = query.value(3).toString();
        QJsonParseError parseError{};
        event.payloadJson = query.value(4).toString().toUtf8();
        const QJsonDocument payload = QJsonDocument::fromJson(event.payloadJson, &parseError);
        if (parseError.error != QJsonParseError::NoError || !payload.isObject()) {
            qCWarning(lcStorage).noquote() << "event" << event.seq << "has a damaged payload ("
                                           << parseError.errorString() << "); sent empty";
            event.payloadJson = "{}";
        }
        event.payload = payload.object();
        event.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        events.append(std::move(event));
    }
    query.finish(); // ends SQLite's implicit read transaction
    return events;
}

Util::Result<qint64, StorageError> EventStore::lastSeq()
{
    const QString what = u"cannot read the last event number"_s;
    // sqlite_sequence remembers the highest seq handed out even when those rows are gone.
    auto statement = Statements::use(m_statements->last,
        u"SELECT max(coalesce((SELECT max(seq) FROM events), 0),"
        " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0))"_s,
        what);
    if (!statement)
        return Util::fail(statement.error());
    return scalar(**statement, what);
}

Util::Result<qint64, StorageError> EventStore::oldestSeq()
{
    const QString what = u"cannot read the oldest event number"_s;
    auto statement = Statements::use(
        m_statements->oldest, u"SELECT coalesce(min(seq), 0) FROM events"_s, what);
    if (!statement)
        return Util::fail(statement.error());
    return scalar(**statement, what);
}

Util::Result<int, StorageError> EventStore::pruneBefore(const QDateTime &olderThan)
{
    const QString what = u"cannot prune the event log"_s;
    if (!olderThan.isValid())
        return Util::fail(StorageError{what + u": no cut-off time given"_s});
    auto statement
        = Statements::use(m_statements->prune, u"DELETE FROM events WHERE created_at < ?"_s, what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    query.bindValue(0, olderThan.toMSecsSinceEpoch());
    if (!query.exec())
        return Util::fail(sqlError(what, query.lastError().text()));
    const int deleted = query.numRowsAffected();
    query.finish();
    return deleted;
}

} // namespace Storage
