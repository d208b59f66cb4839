#pragma once

// The hub's event stream, kept so a client that reconnects with ?since=<seq> gets what it
// missed, even across a restart of the hub.
//
// seq is the events table's INTEGER PRIMARY KEY AUTOINCREMENT: SQLite hands out a number above
// every one it has ever handed out in this database (it remembers the highest in
// sqlite_sequence), so seqs keep growing across restarts and are never reused, not even after
// pruning deleted the newest rows or all of them. Without AUTOINCREMENT SQLite would reuse
// max(seq)+1, and a client holding that seq would silently miss events.
//
// Statements are prepared once and reused. Use on the thread that opened the Database, and
// destroy before the Database.

#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Storage {

struct StoredEvent
{
    qint64 seq = 0;
    QString type; // "call_initiated", "call_update", ...
    QString sessionId; // "" for events about no call
    // The agents the event concerns, comma-separated ("" = none), for per-user filtering.
    QString agent;
    QJsonObject payload;
    // The payload as the JSON text it is stored as: what the stream sends, without
    // re-serialising. since() fills both; a writer may fill only this one.
    QByteArray payloadJson;
    QDateTime createdAt; // UTC, millisecond precision
};

class EventStore final
{
public:
    static constexpr int maxBatch = 10000;

    explicit EventStore(Database &database);
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    // Returns the new event's seq: greater than every seq this database ever returned.
    Util::Result<qint64, StorageError> append(const QString &type,
        const QString &sessionId,
        const QString &agent,
        const QJsonObject &payload,
        const QDateTime &createdAt);
    // The same with the payload already written as a JSON object's text (UTF-8), e.g. the
    // bytes the hub broadcasts, built around Calls::toJsonText: saves serialising it twice on
    // the hot path. Text that is not a JSON object is refused.
    Util::Result<qint64, StorageError> appendJsonText(const QString &type,
        const QString &sessionId,
        const QString &agent,
        const QByteArray &payloadJson,
        const QDateTime &createdAt);
    // Events with seq > afterSeq, ascending; limit is clamped to 1..maxBatch. A stored payload
    // that no longer parses comes back empty (with a warning) so the seqs stay gapless.
    Util::Result<QList<StoredEvent>, StorageError> since(qint64 afterSeq, int limit);
    // The highest seq ever handed out (even if pruned since); 0 before the first event.
    Util::Result<qint64, StorageError> lastSeq();
    // The lowest seq still stored; 0 when none is. A client whose last seq + 1 is below it
    // missed events that pruning removed, and must reload instead of replaying.
    Util::Result<qint64, StorageError> oldestSeq();
    // Retention: deletes the events created before `olderThan`; returns how many. This scans
    // the table (events has no created_at index), which is fine for a periodic job.
    Util::Result<int, StorageError> pruneBefore(const QDateTime &olderThan);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Storage
