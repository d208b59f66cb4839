#pragma once

// A stand-in for Africa's Talking's recording host, for the recordings tests: it serves
// GET /recordings/<name> from a source (the simulator's RecordingStore, or bytes a test holds)
// and misbehaves on cue. Each request takes the next scripted step; once the script runs out
// it serves normally. Raw sockets, so it can do what a well-behaved server cannot: stop a
// transfer halfway, or hold it there until the test lets go.

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace RecordingsTest {

class FlakyRecordingServer final : public QObject
{
public:
    enum class Step {
        Serve, // 200 with the whole file (404 when the source has none)
        Status500, // AT's server fails
        Status404, // AT no longer has the file
        CutHalfway, // announces the whole length, sends half, drops the connection
        StallHalfway, // sends half and holds the connection until releaseStalled()
    };
    // The bytes of /recordings/<name>; empty when there is no such recording.
    using Source = std::function<QByteArray(const QString &name)>;

    explicit FlakyRecordingServer(Source source)
        : m_source(std::move(source))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void script(const QList<Step> &steps) { m_steps = steps; }
    int requests() const { return m_requests; }
    int stalled() const { return int(m_stalled.size()); }

    // Drops every held transfer: the client sees a connection that broke mid-body.
    void releaseStalled()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_stalled)) {
            if (socket)
                socket->abort();
        }
        m_stalled.clear();
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        ++m_requests;
        const QByteArray path = requestLine.value(1);
        const QString name = QString::fromLatin1(path.mid(path.lastIndexOf('/') + 1));
        const Step step = m_steps.isEmpty() ? Step::Serve : m_steps.takeFirst();
        const QByteArray body = m_source(name);
        switch (step) {
        case Step::Serve:
            if (body.isEmpty())
                return answer(socket, "404 Not Found", "text/plain", "Not Found");
            return answer(socket, "200 OK", "audio/mpeg", body);
        case Step::Status500:
            return answer(
                socket, "500 Internal Server Error", "text/plain", "Internal Server Error");
        case Step::Status404:
            return answer(socket, "404 Not Found", "text/plain", "Not Found");
        case Step::CutHalfway:
            writeHead(socket, "200 OK", "audio/mpeg", body.size());
            socket->write(body.left(body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return;
        case Step::StallHalfway:
            writeHead(socket, "200 OK", "audio/mpeg", body.size());
            socket->write(body.left(body.size() / 2));
            socket->flush();
            m_stalled.append(socket);
            return;
        }
    }

    static void writeHead(
        QTcpSocket *socket, const QByteArray &status, const QByteArray &type, qint64 length)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
            + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n");
    }

    static void answer(QTcpSocket *socket,
        const QByteArray &status,
        const QByteArray &type,
        const QByteArray &body)
    {
        writeHead(socket, status, type, body.size());
        socket->write(body);
        socket->disconnectFromHost();
    }

    Source m_source;
    QTcpServer m_server;
    QList<Step> m_steps;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_stalled;
    int m_requests = 0;
};

} // namespace RecordingsTest
