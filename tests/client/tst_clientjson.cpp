// What the hub client reads from the hub's answers (core/client/clientjson.h): whatever arrives,
// the console gets a value or a sentence naming what is wrong, never a crash or a half-read
// value.

#include "client/clientjson.h"
#include "testmain.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QByteArray CALL = R"({"sessionId":"ATVId_1","state":"completed","kind":"click_to_call",)"
                        R"("direction":"outbound","cost":{"amount":"2.5","currency":"KES"}})";

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestClientJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordingLinks_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected"); // "" = refused
        const QString path = u"/api/calls/ATVId_1/recording?access=abc&expires=1800000000"_s;
        QTest::newRow("a path on the hub becomes an address on the hub")
            << QJsonObject{{u"url"_s, path}, {u"expiresAt"_s, u"2026-11-25T10:00:00Z"_s}}
            << u"http://hub.lan:8470"_s + path;
        QTest::newRow("another host is refused: the player would fetch from anywhere")
            << QJsonObject{{u"url"_s, u"http://evil.example/api/calls/x/recording"_s}} << QString();
        QTest::newRow("a scheme-relative address is refused")
            << QJsonObject{{u"url"_s, u"//evil.example/api/x"_s}} << QString();
        QTest::newRow("a path outside the API is refused")
            << QJsonObject{{u"url"_s, u"/etc/passwd"_s}} << QString();
        QTest::newRow("no url") << QJsonObject{} << QString();
    }

    void recordingLinks()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        const auto link = Client::recordingLinkFromJson(json, QUrl(u"http://hub.lan:8470"_s));
        QCOMPARE(bool(link), !expected.isEmpty());
        if (link)
            QCOMPARE(link->toString(), expected);
    }

    void streamMessages_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem"); // "" = read
        QTest::addColumn<qint64>("seq");

        QTest::newRow("a call event") << QByteArray(R"({"type":"call_update","seq":42,)"
                                                    R"("sessionId":"ATVId_1","at":)"
                                                    R"("2026-11-25T01:29:43.676Z","call":)"
            + CALL + "}") << QString() << qint64(42);
        QTest::newRow("the ready mark")
            << QByteArray(R"({"type":"ready","seq":7})") << QString() << qint64(7);
        QTest::newRow("a later event type without a call")
            << QByteArray(R"({"type":"agent_update","seq":9})") << QString() << qint64(9);
        QTest::newRow("a seq beyond 32 bits")
            << QByteArray(R"({"type":"agent_update","seq":5000000000})") << QString()
            << qint64(5000000000);
        QTest::newRow("not JSON") << QByteArray("hello") << u"not JSON"_s << qint64(0);
        QTest::newRow("a list, not an object")
            << QByteArray("[1,2]") << u"not a JSON object"_s << qint64(0);
        QTest::newRow("no type") << QByteArray(R"({"seq":1})") << u"\"type\""_s << qint64(0);
        QTest::newRow("seq as text")
            << QByteArray(R"({"type":"ready","seq":"7"})") << u"\"seq\""_s << qint64(0);
        QTest::newRow("a negative seq")
            << QByteArray(R"({"type":"ready","seq":-1})") << u"\"seq\""_s << qint64(0);
        QTest::newRow("a fractional seq")
            << QByteArray(R"({"type":"ready","seq":1.5})") << u"\"seq\""_s << qint64(0);
        QTest::newRow("an event with seq 0")
            << QByteArray(R"({"type":"call_update","seq":0,"call":)" + CALL + "}")
            << u"without a \"seq\""_s << qint64(0);
        QTest::newRow("a call event without its call")
            << QByteArray(R"({"type":"call_update","seq":3})") << u"\"call\""_s << qint64(0);
        QTest::newRow("a call in an unknown state") << QByteArray(
            R"({"type":"call_update","seq":3,"call":{"sessionId":"x","state":"exploded"}})")
                                                    << u"\"call\": "_s << qint64(0);
    }

    void streamMessages()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        QFETCH(qint64, seq);
        const auto message = Client::streamMessageFromText(text);
        QVERIFY2(message.ok() == problem.isEmpty(),
            qPrintable(message.ok() ? u"read"_s : message.error()));
        if (!problem.isEmpty()) {
            QVERIFY2(message.error().contains(problem), qPrintable(message.error()));
            return;
        }
        QCOMPARE(message->isReady ? message->readySeq : message->event.seq, seq);
        if (text.contains("call_update")) {
            QCOMPARE(message->event.sessionId, u"ATVId_1"_s);
            QCOMPARE(message->event.call.state, Calls::CallState::Completed);
            QCOMPARE(message->event.call.costAmount, u"2.5"_s);
            QVERIFY(message->event.at.isValid());
        }
    }

    void apiErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("isApiError");
        QTest::newRow("the hub's error shape")
            << QByteArray(R"({"error":{"code":"not_found","message":"No such call."}})") << true;
        QTest::newRow("an HTML page") << QByteArray("<html>502 Bad Gateway</html>") << false;
        QTest::newRow("JSON of another API") << QByteArray(R"({"error":"bad"})") << false;
        QTest::newRow("an error without a message")
            << QByteArray(R"({"error":{"code":"x","message":""}})") << false;
        QTest::newRow("nothing") << QByteArray() << false;
    }

    void apiErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, isApiError);
        const auto error = Client::apiErrorFromBody(body);
        QCOMPARE(error.has_value(), isApiError);
        if (isApiError) {
            QCOMPARE(error->code, u"not_found"_s);
            QCOMPARE(error->message, u"No such call."_s);
        }
    }

    void logins_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        const QByteArray user
            = R"({"username":"agent1","displayName":"A","role":"agent","line":null})";
        QTest::newRow("a login") << QByteArray(R"({"token":"simu_x","role":"agent","expiresAt":)"
                                               R"("2026-11-25T13:31:03.625Z","user":)"
            + user + "}") << QString();
        QTest::newRow("no token") << QByteArray(R"({"expiresAt":"2026-11-25T13:31:03.625Z","user":)"
            + user + "}") << u"\"token\""_s;
        QTest::newRow("an unreadable expiry")
            << QByteArray(R"({"token":"simu_x","expiresAt":"tomorrow","user":)" + user + "}")
            << u"\"expiresAt\""_s;
        QTest::newRow("a role the client does not know") << QByteArray(
            R"({"token":"simu_x","expiresAt":"2026-11-25T13:31:03.625Z",)"
            R"("user":{"username":"a","role":"owner"}})") << u"\"role\""_s;
        QTest::newRow("a line that is a number")
            << QByteArray(R"({"token":"simu_x","expiresAt":"2026-11-25T13:31:03.625Z",)"
                          R"("user":{"username":"a","role":"agent","line":254}})")
            << u"\"line\""_s;
    }

    void logins()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const auto session = Client::sessionFromJson(object(json));
        QVERIFY2(session.ok() == problem.isEmpty(),
            qPrintable(session.ok() ? u"read"_s : session.error()));
        if (!problem.isEmpty()) {
            QVERIFY2(session.error().contains(problem), qPrintable(session.error()));
            return;
        }
        QCOMPARE(session->token, u"simu_x"_s);
        QCOMPARE(session->identity.role, Auth::Role::Agent);
        QCOMPARE(session->identity.line, QString()); // null: no line
        QCOMPARE(
            session->expiresAt, QDateTime(QDate(2026, 11, 25), QTime(13, 31, 3, 625), Qt::UTC));
    }

    void agentsAndPages()
    {
        const auto agents = Client::agentsFromJson(
            object(R"({"agents":[{"username":"agent1","displayName":"A","line":"+254700000101",)"
                   R"("online":true,"activeCalls":2},{"username":"agent3","displayName":"C",)"
                   R"("line":null,"online":false,"activeCalls":0}]})"));
        QVERIFY(agents.ok());
        QCOMPARE(agents->size(), 2);
        QCOMPARE(agents->at(0).activeCalls, 2);
        QVERIFY(agents->at(0).online);
        QCOMPARE(agents->at(1).line, QString());
        QVERIFY(!Client::agentsFromJson(object(R"({"agents":{}})")).ok());
        QVERIFY(!Client::agentsFromJson(object(R"({"agents":[{"username":"a"}]})")).ok());

        const auto page = Client::historyPageFromJson(
            object(R"({"calls":[)" + CALL + R"(],"total":31,"offset":30,"limit":10})"));
        QVERIFY(page.ok());
        QCOMPARE(page->calls.size(), 1);
        QCOMPARE(page->total, 31);
        const auto broken = Client::historyPageFromJson(
            object(R"({"calls":[{"state":"completed"}],"total":1,"offset":0,"limit":10})"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().startsWith(u"\"calls\"[0]"_s), qPrintable(broken.error()));
        QVERIFY(!Client::activeCallsFromJson(object(R"({"calls":[]})")).ok()); // no seq
    }

    void whatTheClientSends()
    {
        Client::HistoryQuery query;
        query.number = u"+254722000111"_s;
        query.states = {u"completed"_s, u"no_answer"_s};
        query.from = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
        query.limit = 20;
        QUrl url(u"http://hub/api/calls"_s);
        url.setQuery(Client::historyQueryItems(query));
        // What the hub reads back: the + survives (not a space), the list is comma-separated.
        const QUrlQuery read(url);
        QCOMPARE(read.queryItemValue(u"number"_s, QUrl::FullyDecoded), u"+254722000111"_s);
        QCOMPARE(read.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"completed,no_answer"_s);
        QCOMPARE(read.queryItemValue(u"from"_s, QUrl::FullyDecoded), u"2026-11-24T08:00:00.000Z"_s);
        QCOMPARE(read.queryItemValue(u"limit"_s), u"20"_s);
        QVERIFY(!read.hasQueryItem(u"agent"_s)); // empty filters are left out
        QVERIFY(!read.hasQueryItem(u"offset"_s));

        QCOMPARE(Client::initiateBody({u"0722 000111"_s, {}, {}}),
            (QJsonObject{{u"to"_s, u"0722 000111"_s}}));
        QCOMPARE(Client::transferBody({u"+254722000112"_s, u"callee"_s}),
            (QJsonObject{{u"to"_s, u"+254722000112"_s}, {u"callLeg"_s, u"callee"_s}}));
    }
};

SIMU_TEST_MAIN(TestClientJson)
#include "tst_clientjson.moc"
