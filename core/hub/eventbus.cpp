#include "eventbus.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hub {

EventBus::EventBus(Storage::EventStore &store, int keptInMemory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keptInMemory(qMax(1, keptInMemory))
{
    if (const auto last = m_store.lastSeq())
        m_lastSeq = *last;
}

QByteArray EventBus::envelope(const Storage::StoredEvent &event)
{
    const QJsonObject json{
        {u"type"_s, event.type},
        {u"seq"_s, event.seq},
        {u"sessionId"_s, event.sessionId},
        {u"at"_s, event.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"call"_s, event.payload},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void EventBus::publish(const Storage::StoredEvent &event)
{
    m_lastSeq = qMax(m_lastSeq, event.seq);
    m_recent.push_back(event);
    while (int(m_recent.size()) > m_keptInMemory)
        m_recent.pop_front();
    Q_EMIT published(event, envelope(event));
}

Util::Result<QList<Storage::StoredEvent>, Storage::StorageError> EventBus::since(
    qint64 afterSeq, int limit) const
{
    // Memory covers it when nothing after afterSeq has been dropped from it.
    if (!m_recent.empty() && m_recent.front().seq <= afterSeq + 1) {
        QList<Storage::StoredEvent> out;
        for (const Storage::StoredEvent &event : m_recent) {
            if (event.seq > afterSeq && out.size() < limit)
                out.append(event);
        }
        return out;
    }
    return m_store.since(afterSeq, limit);
}

} // namespace Hub
