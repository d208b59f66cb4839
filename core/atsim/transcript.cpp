#include "transcript.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AtSim {

Transcript::Transcript(int capacity)
    : m_capacity(capacity)
{}

int Transcript::append(Exchange exchange)
{
    exchange.id = m_nextId++;
    m_exchanges.append(std::move(exchange));
    if (m_exchanges.size() > m_capacity)
        m_exchanges.removeFirst();
    return m_exchanges.constLast().id;
}

QList<Exchange> Transcript::callbacksFor(const QString &sessionId) const
{
    QList<Exchange> out;
    for (const Exchange &exchange : m_exchanges) {
        if (exchange.kind == Exchange::Kind::Callback && exchange.sessionId == sessionId)
            out.append(exchange);
    }
    return out;
}

QJsonArray Transcript::toJson(const QString &sessionId) const
{
    QJsonArray out;
    for (const Exchange &exchange : m_exchanges) {
        if (!sessionId.isEmpty() && exchange.sessionId != sessionId)
            continue;
        out.append(QJsonObject{
            {u"id"_s, exchange.id},
            {u"kind"_s, exchange.kind == Exchange::Kind::Callback ? u"callback"_s : u"rest"_s},
            {u"at"_s, exchange.at.toString(Qt::ISODateWithMs)},
            {u"sessionId"_s, exchange.sessionId},
            {u"method"_s, exchange.method},
            {u"url"_s, exchange.url.toString()},
            {u"requestBody"_s, QString::fromUtf8(exchange.requestBody)},
            {u"status"_s, exchange.status},
            {u"responseBody"_s, QString::fromUtf8(exchange.responseBody)},
            {u"error"_s, exchange.error},
        });
    }
    return out;
}

} // namespace AtSim
