#pragma once

// The tokens table (schema.cpp): bearer tokens by their SHA-256 hash. The plain token never
// reaches this class, so a copy of the database cannot be used to log in.

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Storage {

struct StoredToken
{
    QByteArray hash;
    QString username;
    QDateTime createdAt; // UTC, millisecond precision
    QDateTime expiresAt;
    QDateTime lastUsedAt; // null until first used
};

class TokenRepository final
{
public:
    explicit TokenRepository(Database &database);

    Util::Result<void, StorageError> insert(const QByteArray &hash,
        const QString &username,
        const QDateTime &createdAt,
        const QDateTime &expiresAt);
    // One primary-key lookup: this is on the path of every authenticated request.
    Util::Result<std::optional<StoredToken>, StorageError> find(const QByteArray &hash) const;
    Util::Result<void, StorageError> touch(const QByteArray &hash, const QDateTime &lastUsed);
    // False when there was no such token.
    Util::Result<bool, StorageError> remove(const QByteArray &hash);
    // Every token of the user except `keepHash` (empty: all of them); returns how many went.
    Util::Result<int, StorageError> removeForUser(
        const QString &username, const QByteArray &keepHash = {});
    // Tokens whose expiry is at or before `now`; returns how many went.
    Util::Result<int, StorageError> removeExpired(const QDateTime &now);

private:
    Database &m_database;
};

} // namespace Storage
