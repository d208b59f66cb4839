// The issue's "Bad input" list, one row each: malformed JSON, wrong types, missing and unknown
// fields, an invalid phone number, an unknown session, an oversized body, a wrong method and an
// unknown route each get the API's JSON error with the right status, the hub keeps serving, and
// nothing stored changes. (A callback full of garbage is in tst_webhook.)

#include "hubharness.h"
#include "testmain.h"

using namespace Qt::StringLiterals;
using namespace HubTest;

class TestHubBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // One hub for every row: that it keeps serving after each is part of the point.
        m_hub = std::make_unique<HubHarness>();
        QVERIFY(m_hub->startWithStandardUsers());
        m_agent = m_hub->login(u"agent1"_s);
        m_admin = m_hub->login(u"admin"_s);
        QVERIFY(!m_agent.isEmpty() && !m_admin.isEmpty());
        m_usersBefore = m_hub->get(u"/api/users"_s, m_admin).json();
        QCOMPARE(m_usersBefore.value(u"users"_s).toArray().size(), 5);
    }

    void cleanupTestCase() { m_hub.reset(); }

    void answersWithTheJsonError_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body"); // "<2 MiB>": a JSON body of two mebibytes
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const QString initiate = u"/api/calls/initiate"_s;
        QTest::newRow("malformed JSON")
            << QByteArray("POST") << initiate << QByteArray(R"({"to": )")
            << QByteArray("application/json") << 400 << u"malformed_json"_s
            << u"The body is not valid JSON: unterminated object at offset 7"_s;
        QTest::newRow("JSON that is not an object")
            << QByteArray("POST") << initiate << QByteArray(R"(["+254722000111"])")
            << QByteArray("application/json") << 400 << u"malformed_json"_s
            << u"The body must be a JSON object"_s;
        QTest::newRow("wrong type: a number where text belongs")
            << QByteArray("POST") << initiate << QByteArray(R"({"to": 254722000111})")
            << QByteArray("application/json") << 400 << u"invalid_field"_s
            << u"\"to\" must be a string"_s;
        QTest::newRow("wrong type: an object where text belongs")
            << QByteArray("POST") << initiate
            << QByteArray(R"({"to": "+254722000111", "from": {"n": 1}})")
            << QByteArray("application/json") << 400 << u"invalid_field"_s
            << u"\"from\" must be a string"_s;
        QTest::newRow("missing field")
            << QByteArray("POST") << initiate << QByteArray("{}") << QByteArray("application/json")
            << 400 << u"missing_field"_s << u"\"to\" is required"_s;
        QTest::newRow("field present but blank")
            << QByteArray("POST") << initiate << QByteArray(R"({"to": "   "})")
            << QByteArray("application/json") << 400 << u"missing_field"_s
            << u"\"to\" must not be empty"_s;
        QTest::newRow("unknown field (a typo)")
            << QByteArray("POST") << initiate
            << QByteArray(R"({"to": "+254722000111", "form": "+254711082000"})")
            << QByteArray("application/json") << 400 << u"unknown_field"_s
            << u"Unknown field \"form\""_s;
        QTest::newRow("no body at all")
            << QByteArray("POST") << initiate << QByteArray() << QByteArray() << 400
            << u"missing_body"_s << u"The request needs a JSON body"_s;
        QTest::newRow("a form instead of JSON")
            << QByteArray("POST") << initiate << QByteArray("to=%2B254722000111")
            << QByteArray("application/x-www-form-urlencoded") << 400 << u"unsupported_media_type"_s
            << u"The body must be application/json, not application/x-www-form-urlencoded"_s;
        QTest::newRow("invalid phone number")
            << QByteArray("POST") << initiate << QByteArray(R"({"to": "+2547"})")
            << QByteArray("application/json") << 400 << u"invalid_phone_number"_s
            << u"+2547 is too short for a phone number in Kenya."_s;
        QTest::newRow("unknown session")
            << QByteArray("GET") << u"/api/calls/ATVId_nosuchcall"_s << QByteArray() << QByteArray()
            << 404 << u"not_found"_s << u"No call ATVId_nosuchcall that you can see."_s;
        QTest::newRow("transfer of an unknown session")
            << QByteArray("POST") << u"/api/calls/ATVId_nosuchcall/transfer"_s
            << QByteArray(R"({"to": "+254722000112"})") << QByteArray("application/json") << 404
            << u"not_found"_s << u"No call ATVId_nosuchcall that you can see."_s;
        QTest::newRow("oversized body")
            << QByteArray("POST") << initiate << QByteArray("<2 MiB>")
            << QByteArray("application/json") << 413 << u"body_too_large"_s
            << u"A request body is at most 1048576 bytes."_s;
        QTest::newRow("oversized login")
            << QByteArray("POST") << u"/api/auth/login"_s << QByteArray("<2 MiB>")
            << QByteArray("application/json") << 413 << u"body_too_large"_s
            << u"A request body is at most 1048576 bytes."_s;
        QTest::newRow("wrong method")
            << QByteArray("DELETE") << u"/api/calls/active"_s << QByteArray() << QByteArray() << 405
            << u"method_not_allowed"_s << u"DELETE is not allowed on /api/calls/active."_s;
        QTest::newRow("wrong method on login")
            << QByteArray("GET") << u"/api/auth/login"_s << QByteArray() << QByteArray() << 405
            << u"method_not_allowed"_s << u"GET is not allowed on /api/auth/login."_s;
        QTest::newRow("unknown route")
            << QByteArray("GET") << u"/api/calls/all/of/them"_s << QByteArray() << QByteArray()
            << 404 << u"not_found"_s << u"There is no GET /api/calls/all/of/them."_s;
        QTest::newRow("unknown history parameter")
            << QByteArray("GET") << u"/api/calls?page=2"_s << QByteArray() << QByteArray() << 400
            << u"invalid_parameter"_s << u"Unknown parameter \"page\""_s;
        QTest::newRow("history page size out of range")
            << QByteArray("GET") << u"/api/calls?limit=0"_s << QByteArray() << QByteArray() << 400
            << u"invalid_parameter"_s << u"\"limit\" must be a whole number from 1 to 500"_s;
        QTest::newRow("history time that is not one")
            << QByteArray("GET") << u"/api/calls?from=yesterday"_s << QByteArray() << QByteArray()
            << 400 << u"invalid_parameter"_s
            << u"\"from\" must be an ISO-8601 time such as 2026-11-24T08:00:00Z"_s;
        QTest::newRow("history range backwards")
            << QByteArray("GET")
            << u"/api/calls?from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z"_s << QByteArray()
            << QByteArray() << 400 << u"invalid_range"_s << u"\"from\" is after \"to\""_s;
        QTest::newRow("history state that does not exist")
            << QByteArray("GET") << u"/api/calls?state=answered"_s << QByteArray() << QByteArray()
            << 400 << u"invalid_parameter"_s << u"Unknown state \"answered\""_s;
        QTest::newRow("transfer to an unknown leg")
            << QByteArray("POST") << u"/api/calls/ATVId_nosuchcall/transfer"_s
            << QByteArray(R"({"to": "+254722000112", "callLeg": "both"})")
            << QByteArray("application/json") << 400 << u"invalid_field"_s
            << u"\"callLeg\" must be caller or callee"_s;
        QTest::newRow("login with a number for a username")
            << QByteArray("POST") << u"/api/auth/login"_s
            << QByteArray(R"({"username": 1, "password": "x"})") << QByteArray("application/json")
            << 400 << u"invalid_field"_s << u"\"username\" must be a string"_s;
        QTest::newRow("login without a password")
            << QByteArray("POST") << u"/api/auth/login"_s << QByteArray(R"({"username": "agent1"})")
            << QByteArray("application/json") << 400 << u"missing_field"_s
            << u"\"password\" is required"_s;
        QTest::newRow("user patch with a wrong type")
            << QByteArray("PATCH") << u"/api/users/agent2"_s << QByteArray(R"({"role": 2})")
            << QByteArray("application/json") << 400 << u"invalid_field"_s
            << u"\"role\" must be a string"_s;
        QTest::newRow("a stream fetched without the WebSocket upgrade")
            << QByteArray("GET") << u"/api/calls/stream"_s << QByteArray() << QByteArray() << 426
            << u"websocket_required"_s << u"This is a WebSocket endpoint: connect with ws://."_s;
    }

    void answersWithTheJsonError()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        if (body == "<2 MiB>")
            body = "{\"to\": \"" + QByteArray(2 * 1024 * 1024, '7') + "\"}";
        const QString token = path.startsWith(u"/api/users"_s) ? m_admin : m_agent;

        const Reply reply = m_hub->send(method, path, token, body, contentType);
        QVERIFY2(reply.status == status, reply.describe().constData());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(reply.json().keys(), QStringList{u"error"_s});
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorMessage(), message);
        if (status == 405)
            QVERIFY(!reply.header("Allow").isEmpty());

        // The hub keeps serving, and nothing stored was touched.
        QCOMPARE(m_hub->get(u"/api/health"_s).status, 200);
        QCOMPARE(m_hub->historyTotal(m_admin), 0);
        QCOMPARE(m_hub->get(u"/api/users"_s, m_admin).json(), m_usersBefore);
        QVERIFY(m_hub->sim().transcript().exchanges().isEmpty()); // AT was never asked
    }

private:
    std::unique_ptr<HubHarness> m_hub;
    QString m_agent;
    QString m_admin;
    QJsonObject m_usersBefore;
};

SIMU_TEST_MAIN(TestHubBadInput)
#include "tst_hubbadinput.moc"
