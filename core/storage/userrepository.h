#pragma once

// The users table (schema.cpp): one row per person who can log in to the hub. Plain storage:
// the rules (username shape, password strength, the last admin) live in Auth::AuthService.
// Usernames are stored lower-case and every lookup lower-cases its argument, so they are
// case-insensitive.

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Storage {

struct StoredUser
{
    QString username;
    QString displayName;
    QString role; // "agent", "supervisor" or "admin" (the table's CHECK enforces it)
    QString line; // normalised phone number or SIP address; empty for none
    QByteArray passwordHash;
    QByteArray passwordSalt;
    int passwordIterations = 0;
    bool disabled = false;
    QDateTime createdAt; // UTC, millisecond precision
    QDateTime updatedAt;
};

class UserRepository final
{
public:
    explicit UserRepository(Database &database);

    // False (and nothing written) when the username is taken.
    Util::Result<bool, StorageError> create(const StoredUser &user);
    Util::Result<std::optional<StoredUser>, StorageError> find(const QString &username) const;
    // Every user, ordered by username.
    Util::Result<QList<StoredUser>, StorageError> list() const;
    // Rewrites every column but username and createdAt; false when there is no such user.
    Util::Result<bool, StorageError> update(const StoredUser &user);
    // False when there was no such user. The user's tokens go with it (ON DELETE CASCADE).
    Util::Result<bool, StorageError> remove(const QString &username);
    Util::Result<int, StorageError> countEnabledAdmins() const;

private:
    Database &m_database;
};

} // namespace Storage
