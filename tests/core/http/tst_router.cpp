#include "http/router.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRouter : public QObject
{
    Q_OBJECT

private:
    static Http::Request request(const QByteArray &method, const QString &path)
    {
        Http::Request r;
        r.method = method;
        r.path = path;
        return r;
    }

    Http::Router m_router;

private Q_SLOTS:
    void initTestCase()
    {
        m_router.get(
            u"/sim/calls"_s, [](const Http::Request &) { return Http::Response::text("list"); });
        m_router.get(u"/sim/calls/{sessionId}"_s, [](const Http::Request &r) {
            return Http::Response::text(r.pathParam(u"sessionId"_s).toUtf8());
        });
        m_router.post(
            u"/call"_s, [](const Http::Request &) { return Http::Response::text("called", 201); });
    }

    void dispatch_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("allow");

        QTest::newRow("literal") << QByteArray("GET") << u"/sim/calls"_s << 200
                                 << QByteArray("list") << QByteArray();
        QTest::newRow("trailing slash")
            << QByteArray("GET") << u"/sim/calls/"_s << 200 << QByteArray("list") << QByteArray();
        QTest::newRow("placeholder") << QByteArray("GET") << u"/sim/calls/ATVId_1"_s << 200
                                     << QByteArray("ATVId_1") << QByteArray();
        QTest::newRow("post") << QByteArray("POST") << u"/call"_s << 201 << QByteArray("called")
                              << QByteArray();
        QTest::newRow("wrong method is 405 with Allow")
            << QByteArray("GET") << u"/call"_s << 405 << QByteArray("Method Not Allowed")
            << QByteArray("POST");
        QTest::newRow("unknown path is 404")
            << QByteArray("GET") << u"/nope"_s << 404 << QByteArray("Not Found") << QByteArray();
        QTest::newRow("placeholder spans one segment only")
            << QByteArray("GET") << u"/sim/calls/a/b"_s << 404 << QByteArray("Not Found")
            << QByteArray();
        QTest::newRow("head answers like get without a body")
            << QByteArray("HEAD") << u"/sim/calls"_s << 200 << QByteArray() << QByteArray();
    }
    void dispatch()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, allow);

        const Http::Response response = m_router.handle(request(method, path));
        QCOMPARE(response.status, status);
        QCOMPARE(response.body, body);
        QCOMPARE(response.header("allow"), allow);
    }

    void customNotFound()
    {
        Http::Router router;
        router.setNotFoundHandler([](const Http::Request &r) {
            return Http::Response::json(QJsonObject{{u"path"_s, r.path}}, 404);
        });
        const Http::Response response = router.handle(request("GET", u"/x"_s));
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, QByteArray(R"({"path":"/x"})"));
    }

    void headerLookupIsCaseInsensitive()
    {
        Http::Request r;
        r.headers = {{"APIKEY", "k1"}, {"Content-Type", "Application/JSON; charset=utf-8"}};
        QCOMPARE(r.header("apiKey"), QByteArray("k1"));
        QVERIFY(r.hasHeader("apikey"));
        QVERIFY(!r.hasHeader("accept"));
        QCOMPARE(r.mediaType(), QByteArray("application/json"));
    }
};

SIMU_TEST_MAIN(TestRouter)
#include "tst_router.moc"
