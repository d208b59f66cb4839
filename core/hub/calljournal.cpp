#include "calljournal.h"

#include "analytics/callrollups.h"
#include "calls/calljson.h"
#include "eventbus.h"
#include "storage/callbacklog.h"
#include "storage/callrepository.h"
#include "storage/eventstore.h"
#include "storage/meta.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QMetaObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

const QString APPLIED_SEQ = u"calls_applied_seq"_s;
constexpr int RECOVERY_BATCH = 1000;

bool carriesCall(const QString &eventType)
{
    return eventType == u"call_initiated"_s || eventType == u"call_update"_s;
}

} // namespace

CallJournal::CallJournal(Storage::Database &database,
    Storage::CallRepository &calls,
    Storage::CallbackLog &callbackLog,
    Storage::EventStore &events,
    Storage::Meta &meta,
    EventBus &bus,
    Analytics::CallRollups &rollups,
    QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_calls(calls)
    , m_callbackLog(callbackLog)
    , m_events(events)
    , m_meta(meta)
    , m_bus(bus)
    , m_rollups(rollups)
{
    m_writeBehind.setSingleShot(true);
    connect(&m_writeBehind, &QTimer::timeout, this, &CallJournal::writeBehind);
}

CallJournal::~CallJournal()
{
    flush();
    if (auto written = flushCalls(); !written)
        qCWarning(lcHub) << "calls not written at shutdown (recovered at next start):"
                         << written.error().message;
}

Util::Result<int, Storage::StorageError> CallJournal::recover()
{
    const auto applied = m_meta.value(APPLIED_SEQ);
    if (!applied)
        return Util::fail(applied.error());
    qint64 after = *applied;
    int count = 0;
    while (true) {
        const auto events = m_events.since(after, RECOVERY_BATCH);
        if (!events)
            return Util::fail(events.error());
        if (events->isEmpty())
            break;
        const auto done
            = m_database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
                  QList<Calls::Call> calls;
                  for (const Storage::StoredEvent &event : *events) {
                      if (carriesCall(event.type)) {
                          auto call = Calls::callFromJson(event.payload);
                          if (call) {
                              calls.append(std::move(call).value());
                              ++count;
                          } else {
                              qCWarning(lcHub) << "event" << event.seq
                                               << "holds no readable call:" << call.error();
                          }
                      }
                      after = event.seq;
                  }
                  if (auto written = writeToTables(calls); !written)
                      return written;
                  return m_meta.setValue(APPLIED_SEQ, after);
              });
        if (!done)
            return Util::fail(done.error());
    }
    if (count > 0)
        qCInfo(lcHub) << "brought" << count
                      << "call change(s) from the event log into the calls table";
    return count;
}

void CallJournal::append(JournalEntry entry, Done done)
{
    m_pending.append({std::move(entry), std::move(done), 0, {}});
    if (!m_flushQueued) {
        // A queued call runs once the event loop has handled what is ready now (every request
        // that arrived in this turn), so they all share the commit.
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &CallJournal::flush, Qt::QueuedConnection);
    }
}

void CallJournal::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    QList<Pending> batch = std::move(m_pending);
    m_pending.clear();

    const auto written = m_database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
        for (Pending &pending : batch) {
            const JournalEntry &entry = pending.entry;
            if (entry.callbackBody) {
                const auto logged = m_callbackLog.append(entry.sessionId,
                    entry.at,
                    entry.remoteAddress,
                    *entry.callbackBody,
                    entry.outcome);
                if (!logged)
                    return Util::fail(logged.error());
            }
            if (!entry.call)
                continue;
            pending.payload = Calls::toJsonText(*entry.call);
            const auto seq = m_events.appendJsonText(entry.eventType,
                entry.sessionId,
                entry.audience.join(u','),
                pending.payload,
                entry.at);
            if (!seq)
                return Util::fail(seq.error());
            pending.seq = *seq;
        }
        return {};
    });

    ++m_stats.batches;
    m_stats.entries += batch.size();
    m_stats.largestBatch = qMax(m_stats.largestBatch, int(batch.size()));

    if (!written) {
        for (const Pending &pending : batch)
            pending.done(Util::fail(written.error()));
        return;
    }
    for (const Pending &pending : batch) {
        if (pending.seq == 0)
            continue;
        const auto older = m_waitingCalls.constFind(pending.entry.sessionId);
        if (older != m_waitingCalls.constEnd())
            m_waitingOrder.erase(older->seq);
        m_waitingCalls.insert(pending.entry.sessionId, {*pending.entry.call, pending.seq});
        m_waitingOrder.emplace(pending.seq, pending.entry.sessionId);
    }
    if (!m_waitingCalls.isEmpty() && !m_writeBehind.isActive())
        m_writeBehind.start(WRITE_BEHIND_MS);

    // Writers first (AT gets its answer as early as possible), then the subscribers.
    for (const Pending &pending : batch)
        pending.done(pending.seq);
    for (const Pending &pending : batch) {
        if (pending.seq == 0)
            continue;
        Storage::StoredEvent event;
        event.seq = pending.seq;
        event.type = pending.entry.eventType;
        event.sessionId = pending.entry.sessionId;
        event.agent = pending.entry.audience.join(u',');
        event.payloadJson = pending.payload;
        event.createdAt = pending.entry.at;
        m_bus.publish(event);
    }
}

Util::Result<void, Storage::StorageError> CallJournal::writeCalls(int limit)
{
    if (m_waitingOrder.empty())
        return {};
    // Oldest changes first, so calls_applied_seq only ever covers what is written: everything
    // below the oldest change still waiting after this chunk is in the table.
    auto end = m_waitingOrder.begin();
    for (int n = 0; end != m_waitingOrder.end() && (limit <= 0 || n < limit); ++n)
        ++end;
    const qint64 appliedUpTo
        = end == m_waitingOrder.end() ? m_waitingOrder.rbegin()->first : end->first - 1;
    const auto done = m_database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
        QList<Calls::Call> calls;
        for (auto it = m_waitingOrder.begin(); it != end; ++it)
            calls.append(m_waitingCalls.value(it->second).call);
        if (auto written = writeToTables(calls); !written)
            return written;
        return m_meta.setValue(APPLIED_SEQ, appliedUpTo);
    });
    if (!done)
        return done;
    for (auto it = m_waitingOrder.begin(); it != end; ++it) {
        m_waitingCalls.remove(it->second);
        ++m_stats.callsWritten;
    }
    m_waitingOrder.erase(m_waitingOrder.begin(), end);
    return {};
}

Util::Result<void, Storage::StorageError> CallJournal::writeToTables(
    const QList<Calls::Call> &calls)
{
    for (const Calls::Call &call : calls) {
        if (auto saved = m_calls.save(call); !saved)
            return saved;
    }
    return m_rollups.callsWritten(calls);
}

void CallJournal::writeBehind()
{
    if (const auto written = writeCalls(WRITE_BEHIND_CHUNK); !written) {
        qCWarning(lcHub) << "the calls table is behind the event log (will retry):"
                         << written.error().message;
        m_writeBehind.start(WRITE_BEHIND_MS * 5);
        return;
    }
    // More to write: the next chunk after the event loop has served what is waiting.
    if (!m_waitingCalls.isEmpty())
        m_writeBehind.start(0);
}

Util::Result<void, Storage::StorageError> CallJournal::flushCalls()
{
    flush();
    const auto written = writeCalls(0);
    if (written && m_waitingCalls.isEmpty())
        m_writeBehind.stop();
    return written;
}

std::optional<Calls::Call> CallJournal::pendingCall(const QString &sessionId) const
{
    const auto waiting = m_waitingCalls.constFind(sessionId);
    if (waiting == m_waitingCalls.constEnd())
        return std::nullopt;
    return waiting->call;
}

} // namespace Hub
