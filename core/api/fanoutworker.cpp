#include "fanoutworker.h"

#include "util/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Api {

bool eventVisibleTo(const Subscriber &subscriber, const QString &sessionId, const QString &audience)
{
    if (!subscriber.sessionId.isEmpty() && subscriber.sessionId != sessionId)
        return false;
    if (subscriber.seesAllCalls)
        return true;
    for (const QStringView agent : QStringView(audience).split(u',')) {
        if (agent == subscriber.username)
            return true;
    }
    return false;
}

FanoutWorker::~FanoutWorker()
{
    for (Client &client : m_clients) {
        client.connection->disconnect(this);
        client.connection->close(1001, u"the hub is stopping"_s);
    }
}

void FanoutWorker::adopt(const Http::WebSocketHandoff &handoff,
    const Subscriber &subscriber,
    const QByteArrayList &backlog)
{
    auto connection = std::make_unique<Http::WebSocketConnection>(handoff);
    if (!connection->isOpen()) {
        Q_EMIT gone(subscriber.id);
        return;
    }
    for (const QByteArray &message : backlog)
        connection->sendText(message);
    connect(connection.get(), &Http::WebSocketConnection::closed, this, [this, id = subscriber.id] {
        const auto it = std::find_if(m_clients.begin(), m_clients.end(), [id](const Client &c) {
            return c.subscriber.id == id;
        });
        if (it == m_clients.end())
            return;
        it->connection.release()->deleteLater(); // we are inside its signal
        m_clients.erase(it);
        Q_EMIT gone(id);
    });
    m_clients.push_back({subscriber, std::move(connection)});
}

void FanoutWorker::deliver(
    const QString &sessionId, const QString &audience, const QByteArray &message)
{
    for (const Client &client : m_clients) {
        if (!eventVisibleTo(client.subscriber, sessionId, audience))
            continue;
        if (client.connection->bytesToWrite() > MAX_BACKLOG_BYTES) {
            qCWarning(lcApi) << "closing a stream that cannot keep up:"
                             << client.subscriber.username;
            client.connection->close(1008, u"too slow; reconnect with ?since="_s);
            continue;
        }
        client.connection->sendText(message);
    }
}

void FanoutWorker::close(quint64 id, const QString &reason)
{
    for (const Client &client : m_clients) {
        if (client.subscriber.id == id)
            client.connection->close(1008, reason);
    }
}

} // namespace Api
