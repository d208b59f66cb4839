#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Http {

class Router;
struct Request;
struct Response;

// A real HTTP/1.1 server over Qt HttpServer. It is the only place that includes
// <QtHttpServer>: the API changes between Qt 6.4 and 6.8 stay in httpserver.cpp.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(const Router &router, QObject *parent = nullptr);
    ~Server() override;

    // Returns the bound port (useful with port 0), or 0 when the port cannot be bound.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 port() const;

    // Qt 6.4 buffers the whole body before any handler runs; bodies above this size are
    // answered 413 without reaching the router. 0 disables the cap.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

Q_SIGNALS:
    void requestServed(const Http::Request &request, const Http::Response &response);

private:
    class Backend;
    std::unique_ptr<Backend> m_backend;
    const Router &m_router;
    qint64 m_maxBodyBytes = 1024 * 1024;
};

} // namespace Http
