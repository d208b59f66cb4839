#pragma once

// The WebSocket call streams: /api/calls/stream (every call the user may see) and
// /api/calls/stream/{session_id} (one call). A client authenticates with the Authorization
// header or ?token= (browsers cannot set headers on a WebSocket), may resume with
// ?since=<last seq it saw>, gets what it missed, then {"type":"ready","seq":N}, then every
// event live. Each event is serialised once, however many clients receive it.
//
// All on the hub's thread: a QWebSocket cannot change threads once Qt's WebSocket server has
// handed it over (its TCP socket stays behind), so spreading the writes over threads would
// mean owning the sockets from the start (docs/performance.md).

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

struct Subscriber
{
    QWebSocket *socket = nullptr;
    QString token;
    QString username;
    bool seesAllCalls = false;
    QString sessionId; // empty: every call the user may see
};

// Whether an event about `sessionId`, concerning the comma-separated `audience` of agents,
// goes to this subscriber. Supervisors and admins see every call; an agent sees the calls
// they handle and the ones that ring their line.
bool eventVisibleTo(
    const Subscriber &subscriber, const QString &sessionId, const QString &audience);

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
    int clientCount() const { return int(m_subscribers.size()); }
    qint64 lastSeq() const;

    // A client whose unsent data passes this is too slow to keep up and is disconnected
    // (it can reconnect with ?since= and catch up).
    static constexpr qint64 MAX_BACKLOG_BYTES = 8 * 1024 * 1024;

private:
    std::optional<Http::Response> admit(const Http::Request &request) const;
    void accept(QWebSocket *socket, const Http::Request &request);
    void replay(const Subscriber &subscriber, qint64 afterSeq);
    void deliver(const Storage::StoredEvent &event, const QByteArray &envelope);
    void recheckTokens();
    void drop(QWebSocket *socket);

    Auth::AuthService &m_auth;
    Hub::CallCenter &m_calls;
    Hub::EventBus &m_bus;
    std::vector<Subscriber> m_subscribers;
    QTimer m_tokenCheck;
};

} // namespace Api
