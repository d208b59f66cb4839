#pragma once

// The audit_log table (schema.cpp): who did what, from where, and when. Append-only: logins
// and failed logins, logouts, user changes, call initiations and transfers. Never put a
// password or a token in an entry.

#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Storage {

struct AuditEntry
{
    QDateTime at; // UTC, millisecond precision
    QString actor; // the username acting; empty when unknown (a failed login)
    QString action; // "login", "login_failed", "user_created", ...
    QString target; // what it was done to: a username, a session id
    QString detail; // a short English sentence or key=value list
    QString remoteAddress;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

class AuditLog final
{
public:
    explicit AuditLog(Database &database);

    Util::Result<void, StorageError> record(const AuditEntry &entry);
    // The newest `limit` entries, newest first. A limit below 1 gives none.
    Util::Result<QList<AuditEntry>, StorageError> recent(int limit) const;

private:
    Database &m_database;
};

} // namespace Storage
