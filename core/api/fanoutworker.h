#pragma once

// One thread's share of the WebSocket subscribers. Sending an event to a thousand sockets is
// mostly kernel work (a write each), so the subscribers are spread over a few threads that
// each own and write to their own connections: the cores share the fan-out. A worker lives in
// its own thread; CallStreams talks to it only through queued calls.

#include "http/websocketconnection.h"

#include <QByteArrayList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Api {

struct Subscriber
{
    quint64 id = 0;
    QString username;
    bool seesAllCalls = false;
    QString sessionId; // empty: every call the user may see
};

// Whether an event about `sessionId`, concerning the comma-separated `audience` of agents,
// goes to this subscriber. Supervisors and admins see every call; an agent sees the calls
// they handle and the ones that ring their line.
bool eventVisibleTo(
    const Subscriber &subscriber, const QString &sessionId, const QString &audience);

class FanoutWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FanoutWorker)

public:
    FanoutWorker() = default;
    ~FanoutWorker() override;

    // All of these run in the worker's thread. adopt() answers the handshake, then sends what
    // the client missed (`backlog`, already filtered) before any live event.
    void adopt(const Http::WebSocketHandoff &handoff,
        const Subscriber &subscriber,
        const QByteArrayList &backlog);
    void deliver(const QString &sessionId, const QString &audience, const QByteArray &message);
    void close(quint64 id, const QString &reason);

    // A subscriber whose unsent data passes this cannot keep up and is disconnected (it can
    // reconnect with ?since= and catch up).
    static constexpr qint64 MAX_BACKLOG_BYTES = 8 * 1024 * 1024;

Q_SIGNALS:
    void gone(quint64 id);

private:
    struct Client
    {
        Subscriber subscriber;
        std::unique_ptr<Http::WebSocketConnection> connection;
    };
    std::vector<Client> m_clients;
};

} // namespace Api
