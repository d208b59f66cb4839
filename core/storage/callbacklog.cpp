#include "callbacklog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

// QtSql binds a null QString / QByteArray as SQL NULL; these columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant blob(const QByteArray &value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

} // namespace

struct CallbackLog::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insert(db)
        , select(db)
    {}

    // Prepared on first use, so that a failure reaches the caller as a value.
    Util::Result<QSqlQuery *, StorageError> use(
        QSqlQuery &query, bool &ready, const QString &sql, const QString &what)
    {
        if (!ready) {
            query.setForwardOnly(true);
            if (!query.prepare(sql))
                return Util::fail(sqlError(what, query.lastError().text()));
            ready = true;
        }
        return &query;
    }

    QSqlQuery insert;
    QSqlQuery select;
    bool insertReady = false;
    bool selectReady = false;
};

CallbackLog::CallbackLog(Database &database)
    : m_statements(
        std::make_unique<Statements>(QSqlDatabase::database(database.connectionName(), false)))
{}

CallbackLog::~CallbackLog() = default;

Util::Result<qint64, StorageError> CallbackLog::append(const QString &sessionId,
    const QDateTime &receivedAt,
    const QString &remoteAddress,
    const QByteArray &body,
    const QString &outcome)
{
    const QString what = u"cannot log the callback for %1"_s.arg(
        sessionId.isEmpty() ? u"an unknown session"_s : sessionId);
    if (!receivedAt.isValid())
        return Util::fail(StorageError{what + u": it has no reception time"_s});
    auto statement = m_statements->use(m_statements->insert,
        m_statements->insertReady,
        u"INSERT INTO callback_log (session_id, received_at, remote_address, body, outcome)"
        " VALUES (?, ?, ?, ?, ?)"_s,
        what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    query.bindValue(0, text(sessionId));
    query.bindValue(1, receivedAt.toMSecsSinceEpoch());
    query.bindValue(2, text(remoteAddress));
    query.bindValue(3, blob(body));
    query.bindValue(4, text(outcome));
    if (!query.exec())
        return Util::fail(sqlError(what, query.lastError().text()));
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    return id;
}

Util::Result<QList<LoggedCallback>, StorageError> CallbackLog::forSession(const QString &sessionId)
{
    const QString what = u"cannot read the callbacks of %1"_s.arg(sessionId);
    auto statement = m_statements->use(m_statements->select,
        m_statements->selectReady,
        u"SELECT id, session_id, received_at, remote_address, body, outcome"
        " FROM callback_log WHERE session_id = ? ORDER BY id"_s,
        what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    query.bindValue(0, text(sessionId));
    if (!query.exec())
        return Util::fail(sqlError(what, query.lastError().text()));
    QList<LoggedCallback> callbacks;
    while (query.next()) {
        callbacks.append(LoggedCallback{
            query.value(0).toLongLong(),
            query.value(1).toString(),
            QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
            query.value(3).toString(),
            query.value(4).toByteArray(),
            query.value(5).toString(),
        });
    }
    query.finish(); // ends SQLite's implicit read transaction
    return callbacks;
}

} // namespace Storage
