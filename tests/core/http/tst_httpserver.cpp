// The server over real sockets on 127.0.0.1: what a client on the wire sees.
#include "http/httpserver.h"
#include "http/router.h"
#include "testmain.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

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

private Q_SLOTS:
    void initTestCase()
    {
        m_router.post(u"/echo/{name}"_s, [this](const Http::Request &r) {
            m_lastRequest = r;
            return Http::Response::xml("<Response/>").withHeader("X-Current-Queue-Size", "1");
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

    void busyPortIsReportedNotFatal()
    {
        Http::Server second(m_router);
        QCOMPARE(second.listen(QHostAddress::LocalHost, m_port), quint16(0));
    }
};

SIMU_TEST_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
