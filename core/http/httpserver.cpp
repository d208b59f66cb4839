#include "httpserver.h"

#include "router.h"
#include "util/logging.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace Http {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QHostAddress unmapped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

Request toRequest(const QHttpServerRequest &in)
{
    Request out;
    out.method = methodName(in.method());
    out.path = in.url().path(QUrl::FullyDecoded);
    out.query = in.query();
    for (const auto &[name, value] : in.headers())
        out.headers.append({name, value});
    out.body = in.body();
    out.peer = unmapped(in.remoteAddress());
    return out;
}

} // namespace

class Server::Backend final : public QAbstractHttpServer
{
public:
    explicit Backend(Server &owner)
        : m_owner(owner)
    {
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
            while (hasPendingWebSocketConnections())
                acceptWebSocket(nextPendingWebSocketConnection().release());
        });
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request parsed = toRequest(request);
        if (isWebSocketUpgrade(parsed))
            return admitWebSocket(parsed);
        if (m_owner.m_maxBodyBytes > 0 && parsed.body.size() > m_owner.m_maxBodyBytes) {
            answer(request, socket, parsed)(Response::text("Request body too large", 413));
            return true;
        }
        Respond respond = answer(request, socket, parsed);
        m_owner.m_router.dispatch(std::move(parsed), std::move(respond));
        return true;
    }

    // Qt calls this for upgrade requests handleRequest() declined, then closes the socket.
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const Response refusal = m_refusal.value_or(Response::text("Not Found", 404));
        m_refusal.reset();
        write(makeResponder(request, socket), refusal);
    }

private:
    static bool isWebSocketUpgrade(const Request &request)
    {
        return request.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    }

    // True lets Qt complete the handshake; false refuses it with m_refusal (or a 404).
    bool admitWebSocket(Request &request)
    {
        const auto route = m_owner.m_router.matchWebSocket(request);
        if (!route)
            return false;
        if (*route->guard) {
            if (std::optional<Response> refusal = (*route->guard)(request)) {
                m_refusal = std::move(refusal);
                return false;
            }
        }
        return true;
    }

    void acceptWebSocket(QWebSocket *socket)
    {
        Request request;
        request.method = "GET";
        request.path = socket->requestUrl().path(QUrl::FullyDecoded);
        request.query = QUrlQuery(socket->requestUrl());
        const QNetworkRequest handshake = socket->request();
        for (const QByteArray &name : handshake.rawHeaderList())
            request.headers.append({name, handshake.rawHeader(name)});
        request.peer = unmapped(socket->peerAddress());
        const auto route = m_owner.m_router.matchWebSocket(request);
        // The guard ran before the handshake; run it again on what the socket reports, so a
        // handler never sees a connection its guard would refuse.
        if (!route || (*route->guard && (*route->guard)(request))) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            return;
        }
        (*route->handler)(socket, request);
    }

    // The Respond for one request: writes once, later if need be, and never to a socket that
    // is gone (a deferred write to a deleted socket crashes Qt 6.4).
    Respond answer(const QHttpServerRequest &request, QTcpSocket *socket, const Request &parsed)
    {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        auto answered = std::make_shared<bool>(false);
        QPointer<QTcpSocket> alive(socket);
        return [this, responder, answered, alive, parsed](Response response) {
            if (*answered)
                return;
            *answered = true;
            Q_EMIT m_owner.requestServed(parsed, response);
            if (!alive || alive->state() != QAbstractSocket::ConnectedState)
                return;
            if (response.abortConnection) {
                alive->abort();
                return;
            }
            if (response.delayMs <= 0) {
                write(std::move(*responder), response);
                return;
            }
            QTimer::singleShot(response.delayMs, alive, [responder, alive, response] {
                if (alive && alive->state() == QAbstractSocket::ConnectedState)
                    write(std::move(*responder), response);
            });
        };
    }

    static void write(QHttpServerResponder &&responder, const Response &response)
    {
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        if (!response.contentType.isEmpty())
            responder.writeHeader("Content-Type", response.contentType);
        for (const auto &[name, value] : response.headers)
            responder.writeHeader(name, value);
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeBody(response.body);
    }

    Server &m_owner;
    std::optional<Response> m_refusal;
};

Server::Server(const Router &router, QObject *parent)
    : QObject(parent)
    , m_backend(std::make_unique<Backend>(*this))
    , m_router(router)
{}

Server::~Server() = default;

quint16 Server::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_backend->listen(address, port);
    if (bound == 0)
        qCWarning(lcHttp) << "cannot listen on" << address.toString() << port;
    return bound;
}

quint16 Server::port() const
{
    const QList<quint16> ports = m_backend->serverPorts();
    return ports.isEmpty() ? 0 : ports.constFirst();
}

} // namespace Http
