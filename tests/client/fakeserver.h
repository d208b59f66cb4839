#pragma once

// Something that is not a Simu hub listening where the client looks for one: it answers every
// request with a canned HTTP response, or never answers, or answers the first request on a
// connection and closes the connection on the second (the moment Qt 6.4 would silently send a
// POST again). It counts the requests it received.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace ClientTest {

class FakeServer final : public QObject
{
public:
    enum class Behaviour {
        Answer, // every request gets `response`
        Silent, // reads requests, never answers
        AnswerOnceThenDrop, // the first request per connection gets `response`, then it closes
    };

    FakeServer(Behaviour behaviour, QByteArray response = {})
        : m_behaviour(behaviour)
        , m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                auto answered = std::make_shared<int>(0);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered] {
                    buffer->append(socket->readAll());
                    while (const qsizetype size = completeRequestSize(*buffer)) {
                        m_requests.append(buffer->left(buffer->indexOf("\r\n")));
                        buffer->remove(0, size);
                        respond(socket, (*answered)++);
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost)); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    // The request lines received ("POST /api/calls/initiate HTTP/1.1"), in order.
    const QByteArrayList &requests() const { return m_requests; }

private:
    void respond(QTcpSocket *socket, int earlier)
    {
        switch (m_behaviour) {
        case Behaviour::Silent:
            return;
        case Behaviour::AnswerOnceThenDrop:
            if (earlier > 0) {
                socket->close();
                return;
            }
            break;
        case Behaviour::Answer:
            break;
        }
        socket->write(m_response);
    }

    // The size of the first whole request in `buffer` (head and Content-Length body), or 0.
    static qsizetype completeRequestSize(const QByteArray &buffer)
    {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return 0;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype total = headEnd + 4 + length;
        return buffer.size() >= total ? total : 0;
    }

    QTcpServer m_server;
    Behaviour m_behaviour;
    QByteArray m_response;
    QByteArrayList m_requests;
};

} // namespace ClientTest
