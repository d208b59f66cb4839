#pragma once

// The live event stream. Events are written to the EventStore inside the transaction that
// changes the call; once it commits, publish() hands them to subscribers (the WebSocket
// streams) and keeps the newest in memory, so a client that reconnects with ?since=<seq> gets
// what it missed — from memory when it can, from the database when it was longer away.

#include "storage/eventstore.h"

#include <QByteArray>
#include <QObject>

#include <deque>

namespace Hub {

class EventBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBus)

public:
    EventBus(Storage::EventStore &store, int keptInMemory, QObject *parent = nullptr);

    void publish(const Storage::StoredEvent &event);
    qint64 lastSeq() const { return m_lastSeq; }

    // Events with seq > afterSeq, oldest first, at most `limit`.
    Util::Result<QList<Storage::StoredEvent>, Storage::StorageError> since(
        qint64 afterSeq, int limit) const;

    // The wire form of an event, built once however many clients receive it:
    // {"type", "seq", "sessionId", "at", "call": {...}}; an agent_update is
    // {"type", "seq", "at", "agent": {...}}.
    static QByteArray envelope(const Storage::StoredEvent &event);

Q_SIGNALS:
    void published(const Storage::StoredEvent &event, const QByteArray &envelope);

private:
    Storage::EventStore &m_store;
    int m_keptInMemory;
    std::deque<Storage::StoredEvent> m_recent;
    qint64 m_lastSeq = 0;
};

} // namespace Hub
