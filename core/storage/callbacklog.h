#pragma once

// Every webhook body AT sent, verbatim, with what the hub made of it: the evidence when a call
// looks wrong, and what a replay would need. Append-only; rows are never changed.
//
// Statements are prepared once and reused (append runs on the webhook's hot path). Use on the
// thread that opened the Database, and destroy before the Database.

#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Storage {

struct LoggedCallback
{
    qint64 id = 0; // grows with every append
    QString sessionId; // "" when the body named no session (or could not be parsed)
    QDateTime receivedAt; // UTC, millisecond precision
    QString remoteAddress;
    QByteArray body; // exactly as received
    QString outcome; // what the hub did: "applied", "duplicate", "rejected: ..."
};

class CallbackLog final
{
public:
    explicit CallbackLog(Database &database);
    ~CallbackLog();
    CallbackLog(const CallbackLog &) = delete;
    CallbackLog &operator=(const CallbackLog &) = delete;

    // Returns the new row's id.
    Util::Result<qint64, StorageError> append(const QString &sessionId,
        const QDateTime &receivedAt,
        const QString &remoteAddress,
        const QByteArray &body,
        const QString &outcome);
    // In the order they arrived.
    Util::Result<QList<LoggedCallback>, StorageError> forSession(const QString &sessionId);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Storage
