#include "userrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

// QtSql binds a null QString as SQL NULL, which the NOT NULL text columns refuse; an absent
// value is stored as the empty string instead.
QVariant notNullText(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

const QString selectColumns = u"SELECT username, display_name, role, line, password_hash, "
                              "password_salt, password_iterations, disabled, created_at, "
                              "updated_at FROM users "_s;

qint64 toMillis(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMillis(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

StoredUser readUser(const QSqlQuery &query)
{
    StoredUser user;
    user.username = query.value(0).toString();
    user.displayName = query.value(1).toString();
    user.role = query.value(2).toString();
    user.line = query.value(3).toString();
    user.passwordHash = query.value(4).toByteArray();
    user.passwordSalt = query.value(5).toByteArray();
    user.passwordIterations = query.value(6).toInt();
    user.disabled = query.value(7).toInt() != 0;
    user.createdAt = fromMillis(query.value(8));
    user.updatedAt = fromMillis(query.value(9));
    return user;
}

} // namespace

UserRepository::UserRepository(Database &database)
    : m_database(database)
{}

Util::Result<bool, StorageError> UserRepository::create(const StoredUser &user)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    // DO NOTHING rather than an error: a taken name is an answer, not a failure.
    const bool ok = query.prepare(
        u"INSERT INTO users (username, display_name, role, line, password_hash, password_salt, "
        "password_iterations, disabled, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(username) DO NOTHING"_s);
    if (ok) {
        query.addBindValue(user.username.toLower());
        query.addBindValue(notNullText(user.displayName));
        query.addBindValue(notNullText(user.role));
        query.addBindValue(notNullText(user.line));
        query.addBindValue(user.passwordHash);
        query.addBindValue(user.passwordSalt);
        query.addBindValue(user.passwordIterations);
        query.addBindValue(user.disabled ? 1 : 0);
        query.addBindValue(toMillis(user.createdAt));
        query.addBindValue(toMillis(user.updatedAt));
    }
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot save the user"_s, query.lastError().text()));
    return query.numRowsAffected() == 1;
}

Util::Result<std::optional<StoredUser>, StorageError> UserRepository::find(
    const QString &username) const
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok = query.prepare(selectColumns + u"WHERE username = ?"_s);
    if (ok)
        query.addBindValue(username.toLower());
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot read the user"_s, query.lastError().text()));
    if (!query.next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(readUser(query));
}

Util::Result<QList<StoredUser>, StorageError> UserRepository::list() const
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.prepare(selectColumns + u"ORDER BY username"_s) || !query.exec())
        return Util::fail(sqlError(u"cannot list the users"_s, query.lastError().text()));
    QList<StoredUser> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

Util::Result<bool, StorageError> UserRepository::update(const StoredUser &user)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(
        u"UPDATE users SET display_name = ?, role = ?, line = ?, password_hash = ?, "
        "password_salt = ?, password_iterations = ?, disabled = ?, updated_at = ? "
        "WHERE username = ?"_s);
    if (ok) {
        query.addBindValue(notNullText(user.displayName));
        query.addBindValue(notNullText(user.role));
        query.addBindValue(notNullText(user.line));
        query.addBindValue(user.passwordHash);
        query.addBindValue(user.passwordSalt);
        query.addBindValue(user.passwordIterations);
        query.addBindValue(user.disabled ? 1 : 0);
        query.addBindValue(toMillis(user.updatedAt));
        query.addBindValue(user.username.toLower());
    }
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot update the user"_s, query.lastError().text()));
    return query.numRowsAffected() == 1;
}

Util::Result<bool, StorageError> UserRepository::remove(const QString &username)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(u"DELETE FROM users WHERE username = ?"_s);
    if (ok)
        query.addBindValue(username.toLower());
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot delete the user"_s, query.lastError().text()));
    return query.numRowsAffected() == 1;
}

Util::Result<int, StorageError> UserRepository::countEnabledAdmins() const
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0"_s)
        || !query.exec() || !query.next())
        return Util::fail(sqlError(u"cannot count the administrators"_s, query.lastError().text()));
    return query.value(0).toInt();
}

} // namespace Storage
