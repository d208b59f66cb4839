#pragma once

// Everything the hub writes about calls goes through here, in two tiers:
//
// 1. Durable, before anyone is answered: the raw callback and an event holding the call's
//    whole new state are appended to callback_log and events, for all the callbacks that
//    arrive in one turn of the event loop in one SQLite transaction (group commit). Appends
//    touch only the tail pages of two tables, so a commit costs about one page per callback.
//    Writers are told after the commit; then the events are published, in seq order.
// 2. Write-behind: the calls table (random-key indexes: a random page per change) catches up
//    a moment later in small batches, each call written once however often it changed.
//    meta.calls_applied_seq records how far it got; after a crash, recover() replays the
//    newer events into it. Reads that need the table current call flushCalls() first.
//    Every call written there also goes to the call analytics (Analytics::CallRollups) in the
//    same transaction, in the write-behind and in the replay alike, so the analytics sums
//    include exactly the ended calls the table holds.
//
// The events table is therefore the durable record of a call's newest state: AT only ever
// gets a 200 for what it holds.

#include "calls/call.h"
#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

namespace Analytics {
class CallRollups;
}
namespace Storage {
class CallbackLog;
class CallRepository;
class EventStore;
class Meta;
} // namespace Storage

namespace Hub {

class EventBus;

struct JournalEntry
{
    QString sessionId;
    QDateTime at;
    // The raw webhook body, logged verbatim with its outcome ("applied: ...", "duplicate").
    std::optional<QByteArray> callbackBody;
    QString remoteAddress;
    QString outcome;
    // The call as it now stands: recorded, and announced with an event of this type.
    std::optional<Calls::Call> call;
    QString eventType; // "call_initiated" or "call_update"
    // The agents who may see the event besides supervisors (the call's agent, and those its
    // ringing reached); stored comma-separated in the events table's agent column.
    QStringList audience;
};

struct JournalStats
{
    qint64 batches = 0;
    qint64 entries = 0;
    int largestBatch = 0;
    qint64 callsWritten = 0; // by the write-behind
};

class CallJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallJournal)

public:
    // The new event's seq (0 when the entry carried no call), or why nothing was stored.
    using Done = std::function<void(const Util::Result<qint64, Storage::StorageError> &)>;

    CallJournal(Storage::Database &database,
        Storage::CallRepository &calls,
        Storage::CallbackLog &callbackLog,
        Storage::EventStore &events,
        Storage::Meta &meta,
        EventBus &bus,
        Analytics::CallRollups &rollups,
        QObject *parent = nullptr);
    ~CallJournal() override;

    // Brings the calls table up to date with the event log (after a crash or a kill); run it
    // once before the hub serves. Returns how many events it applied.
    Util::Result<int, Storage::StorageError> recover();

    // Queues the entry for the next commit (later in this turn of the event loop).
    void append(JournalEntry entry, Done done);
    // Commits what is queued now.
    void flush();
    // Writes every call still waiting for the calls table, now.
    Util::Result<void, Storage::StorageError> flushCalls();
    // A call recorded in the event log but not yet in the calls table.
    std::optional<Calls::Call> pendingCall(const QString &sessionId) const;

    JournalStats stats() const { return m_stats; }

    // How long changes wait for the calls table, and how many calls one of its transactions
    // writes (small, so the event loop is never held for long).
    static constexpr int WRITE_BEHIND_MS = 200;
    static constexpr int WRITE_BEHIND_CHUNK = 50;

private:
    struct Pending
    {
        JournalEntry entry;
        Done done;
        qint64 seq = 0;
        QByteArray payload;
    };
    Util::Result<void, Storage::StorageError> writeCalls(int limit);
    // The calls table, then the analytics, for these calls in order (inside a transaction).
    Util::Result<void, Storage::StorageError> writeToTables(const QList<Calls::Call> &calls);
    void writeBehind();

    Storage::Database &m_database;
    Storage::CallRepository &m_calls;
    Storage::CallbackLog &m_callbackLog;
    Storage::EventStore &m_events;
    Storage::Meta &m_meta;
    EventBus &m_bus;
    Analytics::CallRollups &m_rollups;
    QList<Pending> m_pending;
    bool m_flushQueued = false;

    struct WaitingCall
    {
        Calls::Call call;
        qint64 seq = 0;
    };
    QHash<QString, WaitingCall> m_waitingCalls; // sessionId -> newest state not in `calls`
    std::map<qint64, QString> m_waitingOrder; // seq -> sessionId, oldest change first
    QTimer m_writeBehind;
    JournalStats m_stats;
};

} // namespace Hub
