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

namespace {

// A JSON string literal. Session ids come from AT's callbacks: escape them like any input.
void appendJsonString(QByteArray &out, const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            escaped += u'\\' + QString(c);
        else if (u < 0x20)
            escaped += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
        else
            escaped += c;
    }
    out += '"' + escaped.toUtf8() + '"';
}

} // namespace

QByteArray EventBus::envelope(const Storage::StoredEvent &event)
{
    // Built from the stored payload text: the call is serialised once per change, however many
    // clients receive it.
    const QByteArray payload = event.payloadJson.isEmpty()
        ? QJsonDocument(event.payload).toJson(QJsonDocument::Compact)
        : event.payloadJson;
    QByteArray out;
    out.reserve(payload.size() + 160);
    out += "{\"type\":";
    appendJsonString(out, event.type);
    // Agent events (agentstateservice.h) are about no call: {"type","seq","at","agent"}.
    if (event.type == u"agent_update"_s) {
        out += ",\"seq\":" + QByteArray::number(event.seq) + ",\"at\":\""
            + event.createdAt.toUTC().toString(Qt::ISODateWithMs).toLatin1()
            + "\",\"agent\":" + payload + '}';
        return out;
    }
    out += ",\"seq\":" + QByteArray::number(event.seq) + ",\"sessionId\":";
    appendJsonString(out, event.sessionId);
    out += ",\"at\":\"" + event.createdAt.toUTC().toString(Qt::ISODateWithMs).toLatin1()
        + "\",\"call\":" + payload + '}';
    return out;
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
