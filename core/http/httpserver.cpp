#include "httpserver.h"

#include "router.h"
#include "util/logging.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const Request parsed = toRequest(request);
        Response response;
        if (m_owner.m_maxBodyBytes > 0 && parsed.body.size() > m_owner.m_maxBodyBytes)
            response = Response::text("Request body too large", 413);
        else
            response = m_owner.m_router.handle(parsed);
        Q_EMIT m_owner.requestServed(parsed, response);
        if (response.abortConnection) {
            socket->abort();
            return true;
        }
        if (response.delayMs <= 0) {
            write(makeResponder(request, socket), response);
            return true;
        }
        // A deferred write after the client went away would crash Qt 6.4 (the socket is
        // already deleted), hence the QPointer guard.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(response.delayMs, socket, [responder, alive, response] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                write(std::move(*responder), response);
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Not reached: handleRequest() answers every request, 404s included.
        write(makeResponder(request, socket), Response::text("Not Found", 404));
    }

private:
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
