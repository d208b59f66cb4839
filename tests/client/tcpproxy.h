#pragma once

// A TCP relay between a client and the hub, for tests of what the network does to the client:
// cut() drops every connection and refuses new ones (a cable pulled, a Wi-Fi blip) while the
// hub keeps running; restore() listens again on the same port, possibly in front of a
// restarted hub.

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace ClientTest {

class TcpProxy final : public QObject
{
public:
    explicit TcpProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
    }

    ~TcpProxy() override { cut(); }

    // Port 0 the first time (a free one); the same port after a cut().
    bool listen()
    {
        if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), m_port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    void cut()
    {
        m_server.close();
        const auto sockets = m_sockets;
        m_sockets.clear();
        for (const QPointer<QTcpSocket> &socket : sockets) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
            }
        }
    }

    bool restore() { return listen(); }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(this);
            m_sockets << client << upstream;
            // Bytes from the client wait until the hub's side is connected.
            auto pending = std::make_shared<QByteArray>();
            connect(client, &QTcpSocket::readyRead, this, [client, upstream, pending] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(client->readAll());
                else
                    pending->append(client->readAll());
            });
            connect(upstream, &QTcpSocket::connected, this, [upstream, pending] {
                upstream->write(*pending);
                pending->clear();
            });
            connect(upstream, &QTcpSocket::readyRead, this, [client, upstream] {
                client->write(upstream->readAll());
            });
            const auto closeBoth = [client, upstream] {
                client->disconnectFromHost();
                upstream->disconnectFromHost();
            };
            connect(client, &QTcpSocket::disconnected, this, closeBoth);
            connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
            // The hub could not be reached: refuse the client too. (A close after an answer
            // goes through disconnected, so the answer is passed on first.)
            connect(upstream,
                &QTcpSocket::errorOccurred,
                this,
                [client](QAbstractSocket::SocketError error) {
                    if (error != QAbstractSocket::RemoteHostClosedError)
                        client->abort();
                });
            upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), m_upstreamPort);
        }
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    quint16 m_upstreamPort;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace ClientTest
