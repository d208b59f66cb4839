#include "tokenrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

QDateTime fromMillis(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

TokenRepository::TokenRepository(Database &database)
    : m_database(database)
{}

Util::Result<void, StorageError> TokenRepository::insert(const QByteArray &hash,
    const QString &username,
    const QDateTime &createdAt,
    const QDateTime &expiresAt)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(
        u"INSERT INTO tokens (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    if (ok) {
        query.addBindValue(hash);
        query.addBindValue(username.toLower());
        query.addBindValue(createdAt.toMSecsSinceEpoch());
        query.addBindValue(expiresAt.toMSecsSinceEpoch());
    }
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot save the login token"_s, query.lastError().text()));
    return {};
}

Util::Result<std::optional<StoredToken>, StorageError> TokenRepository::find(
    const QByteArray &hash) const
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok = query.prepare(u"SELECT username, created_at, expires_at, last_used_at "
                                  "FROM tokens WHERE token_hash = ?"_s);
    if (ok)
        query.addBindValue(hash);
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot read the login token"_s, query.lastError().text()));
    if (!query.next())
        return std::optional<StoredToken>();
    return std::optional<StoredToken>(StoredToken{hash,
        query.value(0).toString(),
        fromMillis(query.value(1)),
        fromMillis(query.value(2)),
        fromMillis(query.value(3))});
}

Util::Result<void, StorageError> TokenRepository::touch(
    const QByteArray &hash, const QDateTime &lastUsed)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(u"UPDATE tokens SET last_used_at = ? WHERE token_hash = ?"_s);
    if (ok) {
        query.addBindValue(lastUsed.toMSecsSinceEpoch());
        query.addBindValue(hash);
    }
    if (!ok || !query.exec())
        return Util::fail(
            sqlError(u"cannot note the login token's use"_s, query.lastError().text()));
    return {};
}

Util::Result<bool, StorageError> TokenRepository::remove(const QByteArray &hash)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(u"DELETE FROM tokens WHERE token_hash = ?"_s);
    if (ok)
        query.addBindValue(hash);
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot revoke the login token"_s, query.lastError().text()));
    return query.numRowsAffected() == 1;
}

Util::Result<int, StorageError> TokenRepository::removeForUser(
    const QString &username, const QByteArray &keepHash)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    // An empty keepHash matches no row (hashes are never empty), so it keeps nothing.
    const bool ok = query.prepare(u"DELETE FROM tokens WHERE username = ? AND token_hash != ?"_s);
    if (ok) {
        query.addBindValue(username.toLower());
        query.addBindValue(keepHash.isEmpty() ? QByteArray("-") : keepHash);
    }
    if (!ok || !query.exec())
        return Util::fail(
            sqlError(u"cannot revoke the user's login tokens"_s, query.lastError().text()));
    return query.numRowsAffected();
}

Util::Result<int, StorageError> TokenRepository::removeExpired(const QDateTime &now)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(u"DELETE FROM tokens WHERE expires_at <= ?"_s);
    if (ok)
        query.addBindValue(now.toMSecsSinceEpoch());
    if (!ok || !query.exec())
        return Util::fail(
            sqlError(u"cannot remove expired login tokens"_s, query.lastError().text()));
    return query.numRowsAffected();
}

} // namespace Storage
