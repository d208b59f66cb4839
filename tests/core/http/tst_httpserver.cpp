// The server over real sockets on 127.0.0.1: what a client on the wire sees.
#include "http/httpserver.h"
#include "http/router.h"
#include "http/websocketconnection.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray allow;
    };

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return {};
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(),
            reply->rawHeader("Content-Type"),
            reply->rawHeader("Allow")};
        reply->deleteLater();
        return out;
    }

    Http::Router m_router;
    std::unique_ptr<Http::Server> m_server;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    Http::Request m_lastRequest;
    Http::Respond m_parkedRespond;

    // Opens a WebSocket; returns the echo of "hi", or the handshake error text.
    QString webSocketRoundTrip(const QString &path, const QByteArray &authorization = {})
    {
        QWebSocket socket;
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QString received;
        QString error;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) {
            received = m;
        });
        connect(&socket, &QWebSocket::connected, this, [&] { socket.sendTextMessage(u"hi"_s); });
        connect(&socket,
            qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
            this,
            [&](QAbstractSocket::SocketError) { error = socket.errorString(); });
        socket.open(request);
        QElapsedTimer waited;
        waited.start();
        while (received.isEmpty() && error.isEmpty() && waited.elapsed() < 5000)
            QTest::qWait(10);
        if (received.isEmpty() && error.isEmpty())
            return u"timeout"_s;
        return received.isEmpty() ? u"error: "_s + error : received;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_router.post(u"/echo/{name}"_s, [this](const Http::Request &r) {
            m_lastRequest = r;
            return Http::Response::xml("<Response/>").withHeader("X-Current-Queue-Size", "1");
        });
        m_router.addAsync("GET", u"/later"_s, [](const Http::Request &, Http::Respond respond) {
            QTimer::singleShot(50, [respond] { respond(Http::Response::text("later", 202)); });
        });
        m_router.addAsync(
            "GET", u"/never-mind"_s, [this](const Http::Request &, Http::Respond respond) {
                m_parkedRespond = std::move(respond);
            });
        m_router.webSocket(
            u"/ws/{room}"_s,
            [](const Http::Request &r) -> std::optional<Http::Response> {
                if (r.queryValue(u"token"_s) != u"good"_s
                    && r.header("Authorization") != "Bearer good")
                    return Http::Response::json(QJsonObject{{u"error"_s, u"unauthorised"_s}}, 401);
                return std::nullopt;
            },
            [this](const Http::WebSocketHandoff &handoff, const Http::Request &r) {
                auto *socket = new Http::WebSocketConnection(handoff, this);
                const QString room = r.pathParam(u"room"_s);
                connect(socket,
                    &Http::WebSocketConnection::textReceived,
                    socket,
                    [socket, room](
                        const QString &m) { socket->sendText((room + u':' + m).toUtf8()); });
                connect(socket, &Http::WebSocketConnection::closed, socket, &QObject::deleteLater);
            });
        m_server = std::make_unique<Http::Server>(m_router);
        m_server->setMaxBodyBytes(1000);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        QCOMPARE(m_server->port(), m_port);
    }

    void requestReachesHandlerWithEverything()
    {
        const Reply reply = send("POST", u"/echo/abc?x=1%2B2"_s, "to=%2B254722000001");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("<Response/>"));
        QCOMPARE(reply.contentType, QByteArray("application/xml; charset=UTF-8"));
        QCOMPARE(m_lastRequest.pathParam(u"name"_s), u"abc"_s);
        QCOMPARE(m_lastRequest.queryValue(u"x"_s), u"1+2"_s);
        QCOMPARE(m_lastRequest.body, QByteArray("to=%2B254722000001"));
        QCOMPARE(m_lastRequest.peer, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(m_lastRequest.mediaType(), QByteArray("application/x-www-form-urlencoded"));
    }

    void statusCodesOnTheWire()
    {
        QCOMPARE(send("GET", u"/missing"_s).status, 404);
        const Reply wrongMethod = send("GET", u"/echo/abc"_s);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.allow, QByteArray("POST"));
    }

    void oversizedBodyIsRefusedWith413()
    {
        const Reply reply = send("POST", u"/echo/big"_s, QByteArray(5000, 'x'));
        QCOMPARE(reply.status, 413);
        const Reply small = send("POST", u"/echo/small"_s, QByteArray(10, 'x'));
        QCOMPARE(small.status, 200);
    }

    void asynchronousHandlersAnswerLater()
    {
        const Reply reply = send("GET", u"/later"_s);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("later"));
    }

    void answeringAfterTheClientLeftIsHarmless()
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/never-mind"_s.arg(m_port)));
        QNetworkReply *reply = m_nam.get(request);
        QTRY_VERIFY(m_parkedRespond);
        reply->abort();
        reply->deleteLater();
        QTest::qWait(50);
        m_parkedRespond(Http::Response::text("too late")); // must not crash
        m_parkedRespond(Http::Response::text("twice")); // a second answer is ignored
        QCOMPARE(send("POST", u"/echo/still-serving"_s).status, 200);
    }

    void webSocketsUpgradeOnTheSamePort()
    {
        QCOMPARE(webSocketRoundTrip(u"/ws/lobby?token=good"_s), u"lobby:hi"_s);
        QCOMPARE(webSocketRoundTrip(u"/ws/desk"_s, "Bearer good"), u"desk:hi"_s);
    }

    // Frames of every length encoding reach a real WebSocket client intact, and the client's
    // own close is answered.
    void webSocketFramesOfEverySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("7-bit length") << 100;
        QTest::newRow("16-bit length") << 5000;
        QTest::newRow("64-bit length") << 70000;
    }
    void webSocketFramesOfEverySize()
    {
        QFETCH(int, size);
        QWebSocket socket;
        QString received;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) {
            received = m;
        });
        connect(&socket, &QWebSocket::connected, this, [&] {
            socket.sendTextMessage(QString(size, u'x'));
        });
        socket.open(QUrl(u"ws://127.0.0.1:%1/ws/big?token=good"_s.arg(m_port)));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), size > 60000 ? 0 : size + 4, 5000);
        if (size > 60000) {
            // Over the 64 KiB a client may send: the server closes with "message too big".
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
            QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
            return;
        }
        QVERIFY(received.startsWith(u"big:xxx"_s));
        socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    }

    void refusedWebSocketsGetTheGuardsStatus()
    {
        QVERIFY(webSocketRoundTrip(u"/ws/lobby?token=bad"_s).contains(u"401"_s));
        QVERIFY(webSocketRoundTrip(u"/ws/a/b?token=good"_s).contains(u"404"_s));
        QVERIFY(webSocketRoundTrip(u"/nows?token=good"_s).contains(u"404"_s));
        // Plain HTTP keeps working after refused upgrades.
        QCOMPARE(send("POST", u"/echo/after"_s).status, 200);
    }

    void routesAreListed()
    {
        const QList<Http::RouteInfo> routes = m_router.routes();
        QCOMPARE(routes.size(), 4);
        QCOMPARE(routes.constLast().method, QByteArray("WEBSOCKET"));
        QCOMPARE(routes.constLast().pattern, u"/ws/{room}"_s);
    }

    void busyPortIsReportedNotFatal()
    {
        Http::Server second(m_router);
        QCOMPARE(second.listen(QHostAddress::LocalHost, m_port), quint16(0));
    }
};

SIMU_TEST_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
