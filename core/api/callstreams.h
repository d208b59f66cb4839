#pragma once

// The WebSocket call streams: /api/calls/stream (every call the user may see) and
// /api/calls/stream/{session_id} (one call). A client authenticates with the Authorization
// header or ?token= (browsers cannot set headers on a WebSocket), may resume with
// ?since=<last seq it saw>, gets what it missed, then {"type":"ready","seq":N}, then every
// event live. Each event is serialised once, however many clients receive it, and the writes
// are shared among a few threads (fanoutworker.h), each owning its share of the connections.

#include "http/router.h"
#include "storage/eventstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace Auth {
class AuthService;
struct Identity;
} // namespace Auth
namespace Hub {
class CallCenter;
class EventBus;
} // namespace Hub

namespace Api {

class FanoutWorker;

class CallStreams final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStreams)

public:
    // `threads` 0: one per core, at most 4.
    CallStreams(Auth::AuthService &auth,
        Hub::CallCenter &calls,
        Hub::EventBus &bus,
        int threads = 0,
        QObject *parent = nullptr);
    ~CallStreams() override;

    void registerRoutes(Http::Router &router);
    int clientCount() const { return int(m_clients.size()); }
    qint64 lastSeq() const;
    // The users with at least one open stream: who is at their desk (GET /api/agents).
    QSet<QString> onlineUsers() const;

private:
    struct Worker
    {
        QThread thread;
        FanoutWorker *worker = nullptr; // lives in `thread`, deleted there when it ends
    };
    struct ClientInfo
    {
        QString token;
        QString username;
        int worker = 0;
    };

    std::optional<Http::Response> admit(const Http::Request &request) const;
    void accept(const Http::WebSocketHandoff &handoff, const Http::Request &request);
    void deliver(const Storage::StoredEvent &event, const QByteArray &envelope);
    void recheckTokens();

    Auth::AuthService &m_auth;
    Hub::CallCenter &m_calls;
    Hub::EventBus &m_bus;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QHash<quint64, ClientInfo> m_clients;
    quint64 m_nextId = 0;
    int m_nextWorker = 0;
    QTimer m_tokenCheck;
};

} // namespace Api
