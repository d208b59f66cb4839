#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "websocketconnection.h"

#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace Http {

// Answers a request; call it exactly once, now or later. Safe to call after the client has
// gone away (the answer is then dropped).
using Respond = std::function<void(Response)>;
using Handler = std::function<Response(const Request &)>;
using AsyncHandler = std::function<void(const Request &, Respond)>;

// Decides whether a WebSocket upgrade may proceed: nullopt accepts it, a Response (e.g. 401)
// refuses it before the handshake.
using WebSocketGuard = std::function<std::optional<Response>(const Request &)>;
// Takes over an upgraded connection: build an Http::WebSocketConnection from the handoff in
// the thread that will use it (it owns the descriptor from then on; close it if unused).
using WebSocketHandler
    = std::function<void(const WebSocketHandoff &handoff, const Request &request)>;

struct RouteInfo
{
    QByteArray method; // "GET", ...; "WEBSOCKET" for upgrade routes
    QString pattern; // "/api/calls/{session_id}"
};

// Table-driven routing. Patterns are literal segments and "{name}" placeholders that match
// exactly one non-empty segment: "/sim/calls/{sessionId}". A path that matches no pattern
// answers 404; a path that matches only under other methods answers 405 with an Allow header
// (Qt 6.4's QHttpServer cannot tell the two apart, which is why Simu routes by itself).
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler);
    void get(const QString &pattern, Handler handler) { add("GET", pattern, std::move(handler)); }
    void post(const QString &pattern, Handler handler) { add("POST", pattern, std::move(handler)); }
    void webSocket(const QString &pattern, WebSocketGuard guard, WebSocketHandler handler);

    // Replaces the default 404 / 405 answers (e.g. to answer in a JSON error shape).
    void setNotFoundHandler(Handler handler) { m_notFound = std::move(handler); }
    void setMethodNotAllowedHandler(Handler handler) { m_methodNotAllowed = std::move(handler); }

    void dispatch(Request request, Respond respond) const;
    // For synchronous routes (and tests): an asynchronous handler that does not answer before
    // returning gives a 500.
    Response handle(Request request) const;

    struct WebSocketMatch
    {
        const WebSocketGuard *guard = nullptr;
        const WebSocketHandler *handler = nullptr;
    };
    // The upgrade route for this request's path; fills request.pathParams.
    std::optional<WebSocketMatch> matchWebSocket(Request &request) const;

    QList<RouteInfo> routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        AsyncHandler handler;
    };
    struct SocketRoute
    {
        QString pattern;
        QStringList segments;
        WebSocketGuard guard;
        WebSocketHandler handler;
    };
    static bool match(const QStringList &segments,
        const QStringList &pathSegments,
        QHash<QString, QString> *params);

    std::vector<Route> m_routes;
    std::vector<SocketRoute> m_socketRoutes;
    Handler m_notFound;
    Handler m_methodNotAllowed;
};

} // namespace Http
