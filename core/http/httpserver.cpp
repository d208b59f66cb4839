#include "httpserver.h"

#include "router.h"
#include "util/logging.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

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

// Qt 6.4 warns "WebSocket received but no slots connected ... or request not handled" for
// every upgrade Simu takes over itself (see takeOverWebSocket). Its other messages Simu says
// in its own words (lcHttp), so the category's warnings are switched off, keeping any filter
// already installed.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void quietQtHttpServer(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtWarningMsg, false);
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

// Streams a FileBody to the socket in chunks, topping up as the socket drains, so a large file
// is never read into memory whole and the event loop is never held by it. A child of the
// socket: a client that goes away takes it along.
class FileStreamer final : public QObject
{
public:
    static constexpr qint64 CHUNK_BYTES = 64 * 1024;

    FileStreamer(std::unique_ptr<QFile> file,
        qint64 length,
        std::shared_ptr<QHttpServerResponder> responder,
        QTcpSocket *socket)
        : QObject(socket)
        , m_file(std::move(file))
        , m_remaining(length)
        , m_responder(std::move(responder))
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &FileStreamer::topUp);
    }

    void topUp()
    {
        while (m_remaining > 0 && m_socket->bytesToWrite() < CHUNK_BYTES) {
            const QByteArray chunk = m_file->read(qMin(CHUNK_BYTES, m_remaining));
            if (chunk.isEmpty()) {
                // The file shrank under us: the length was promised, so the client must see a
                // broken transfer rather than a short body it would take as complete.
                qCWarning(lcHttp) << "cannot read" << m_file->fileName() << m_file->errorString();
                m_socket->abort();
                return;
            }
            m_remaining -= chunk.size();
            m_responder->writeBody(chunk);
        }
        if (m_remaining <= 0)
            deleteLater();
    }

private:
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining;
    std::shared_ptr<QHttpServerResponder> m_responder;
    QTcpSocket *m_socket;
};

} // namespace

class Server::Backend final : public QAbstractHttpServer
{
public:
    explicit Backend(Server &owner)
        : m_owner(owner)
    {
        // Qt only asks handleRequest() about upgrade requests while something listens here;
        // nothing arrives, because Simu takes WebSocket connections over itself.
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [] {});
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request parsed = toRequest(request);
        if (isWebSocketUpgrade(parsed))
            return takeOverWebSocket(parsed, socket);
        if (m_owner.m_maxBodyBytes > 0 && parsed.body.size() > m_owner.m_maxBodyBytes) {
            answer(request, socket, parsed)(Response::text("Request body too large", 413));
            return true;
        }
        Respond respond = answer(request, socket, parsed);
        m_owner.m_router.dispatch(std::move(parsed), std::move(respond));
        return true;
    }

    // Qt calls this for upgrade requests handleRequest() declined, then closes the socket.
    // A connection Simu took over needs nothing more from Qt.
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        if (m_tookOver) {
            m_tookOver = false;
            return;
        }
        const Response refusal = m_refusal.value_or(Response::text("Not Found", 404));
        m_refusal.reset();
        write(makeResponder(request, socket), refusal);
    }

private:
    static bool isWebSocketUpgrade(const Request &request)
    {
        return request.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    }

    // Takes the connection over (see websocketconnection.h): its descriptor is duplicated for
    // the route's handler and Qt's socket dropped, so Qt neither answers nor closes it. Always
    // returns false: Qt then calls missingHandler(), which answers refusals and nothing else.
    bool takeOverWebSocket(Request &request, QTcpSocket *socket)
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
        const QByteArray key = request.header("Sec-WebSocket-Key").trimmed();
        if (key.isEmpty() || request.header("Sec-WebSocket-Version").trimmed() != "13") {
            m_refusal = Response::text("A WebSocket handshake needs Sec-WebSocket-Key and "
                                       "Sec-WebSocket-Version 13",
                400)
                            .withHeader("Sec-WebSocket-Version", "13");
            return false;
        }
        const int descriptor = ::dup(int(socket->socketDescriptor()));
        if (descriptor < 0) {
            m_refusal = Response::text("The hub cannot take more connections right now", 503);
            return false;
        }
        // Closing Qt's descriptor leaves the connection open on the duplicate.
        socket->abort();
        m_tookOver = true;
        Q_EMIT m_owner.requestServed(request, Response::empty(101));
        (*route->handler)(WebSocketHandoff{descriptor, key}, request);
        return false;
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
            if (response.file) {
                streamFile(responder, response, alive);
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

    static void writeHead(QHttpServerResponder &responder, const Response &response)
    {
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        if (!response.contentType.isEmpty())
            responder.writeHeader("Content-Type", response.contentType);
        for (const auto &[name, value] : response.headers)
            responder.writeHeader(name, value);
        const qint64 length
            = response.announcedLength >= 0 ? response.announcedLength : response.contentLength();
        responder.writeHeader("Content-Length", QByteArray::number(length));
    }

    static void write(QHttpServerResponder &&responder, const Response &response)
    {
        writeHead(responder, response);
        responder.writeBody(response.body);
    }

    // A FileBody: opened before the status line goes out, so a file that cannot be read is
    // still a clean 500 rather than a broken 200.
    static void streamFile(const std::shared_ptr<QHttpServerResponder> &responder,
        const Response &response,
        QTcpSocket *socket)
    {
        auto file = std::make_unique<QFile>(response.file->path);
        if (!file->open(QIODevice::ReadOnly) || !file->seek(response.file->offset)
            || file->size() < response.file->offset + response.file->length) {
            qCWarning(lcHttp) << "cannot serve" << response.file->path << file->errorString();
            write(std::move(*responder), Response::text("Cannot read the file", 500));
            return;
        }
        writeHead(*responder, response);
        responder->writeBody(QByteArray());
        auto *streamer
            = new FileStreamer(std::move(file), response.file->length, responder, socket);
        streamer->topUp();
    }

    Server &m_owner;
    std::optional<Response> m_refusal;
    bool m_tookOver = false;
};

Server::Server(const Router &router, QObject *parent)
    : QObject(parent)
    , m_backend(std::make_unique<Backend>(*this))
    , m_router(router)
{
    static const bool quiet = [] {
        g_previousFilter = QLoggingCategory::installFilter(quietQtHttpServer);
        return true;
    }();
    Q_UNUSED(quiet)
}

Server::~Server() = default;

namespace {

// Answers leave at once: without TCP_NODELAY the last segment of an answer can wait for the
// client's delayed ACK (40 ms on Linux) on a kept-alive connection (docs/performance.md,
// "Analytics"). Set on the descriptor before Qt wraps it.
class NoDelayTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        const int on = 1;
        ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        QTcpServer::incomingConnection(descriptor);
    }
};

} // namespace

quint16 Server::listen(const QHostAddress &address, quint16 port)
{
    auto *server = new NoDelayTcpServer(m_backend.get());
    if (!server->listen(address, port)) {
        qCWarning(lcHttp) << "cannot listen on" << address.toString() << port << ":"
                          << server->errorString();
        delete server;
        return 0;
    }
    m_backend->bind(server); // Qt 6.4: bind() after listen(); it takes ownership
    return server->serverPort();
}

quint16 Server::port() const
{
    const QList<quint16> ports = m_backend->serverPorts();
    return ports.isEmpty() ? 0 : ports.constFirst();
}

} // namespace Http
