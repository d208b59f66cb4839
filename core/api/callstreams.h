#pragma once

// The WebSocket call streams: /api/calls/stream (every call the user may see) and
// /api/calls/stream/{session_id} (one call). A client authenticates with the Authorization
// header or ?token= (browsers cannot set headers on a WebSocket), may resume with
// ?since=<last seq it saw>, gets what it missed, then {"type":"ready","seq":N}, then every
// event live. Each event is serialised once, however many clients receive it.

#include "http/router.h"
#include "storage/eventstore.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QWebSocket;

namespace Auth {
class AuthService;
struct Identity;
} // namespace Auth
namespace Hub {
class CallCenter;
class EventBus;
} // namespace Hub

namespace Api {

class CallStreams final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStreams)

public:
    CallStreams(Auth::AuthService &auth,
        Hub::CallCenter &calls,
        Hub::EventBus &bus,
        QObject *parent = nullptr);
    ~CallStreams() override;

    void registerRoutes(Http::Router &router);
    int clientCount() const { return int(m_clients.size()); }
    qint64 lastSeq() const;

    // A client whose unsent data passes this is too slow to keep up and is disconnected
    // (it can reconnect with ?since= and catch up).
    static constexpr qint64 MAX_BACKLOG_BYTES = 8 * 1024 * 1024;

private:
    struct Client;
    std::optional<Http::Response> admit(const Http::Request &request) const;
    void accept(QWebSocket *socket, const Http::Request &request);
    void deliver(const Storage::StoredEvent &event, const QByteArray &envelope);
    bool visible(const Client &client, const Storage::StoredEvent &event) const;
    void send(Client &client, const QByteArray &message);
    void recheckTokens();
    void drop(QWebSocket *socket);

    Auth::AuthService &m_auth;
    Hub::CallCenter &m_calls;
    Hub::EventBus &m_bus;
    std::vector<std::unique_ptr<Client>> m_clients;
    QTimer m_tokenCheck;
};

} // namespace Api
