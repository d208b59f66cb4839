// The simulator's REST side over real HTTP (reference §1, §2, §7, §8): what a voice app that
// calls /call, /queueStatus, /mediaUpload, /callTransfer and the capability-token endpoint sees,
// including the requests each official SDK sends. Faults and the /sim control API's errors are
// in tst_atsim_faults.

#include "simharness.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::AGENT_LINE_NUMBER;
using TestSupport::API_KEY;
using TestSupport::AT_NUMBER;
using TestSupport::FakeApp;
using TestSupport::HttpResult;
using TestSupport::ReceivedCallback;
using TestSupport::SimHarness;
using Util::FormFields;

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QByteArray FORM = "application/x-www-form-urlencoded";
const QByteArray UNAUTHORISED_BODY = "The supplied authentication is invalid";

FormFields callFields(const QString &to)
{
    return {{u"username"_s, u"myapp"_s}, {u"from"_s, AT_NUMBER}, {u"to"_s, to}};
}

QJsonArray entriesOf(const HttpResult &result)
{
    return result.json().value(u"entries"_s).toArray();
}

QJsonObject entry(const HttpResult &result, int index)
{
    return entriesOf(result).at(index).toObject();
}

bool isSessionId(const QString &id)
{
    static const QRegularExpression pattern(u"^ATVId_[0-9a-f]{32}$"_s);
    return pattern.match(id).hasMatch();
}

// A request with the right key but a body and content type of the test's choosing.
HttpResult postRaw(
    SimHarness &h, const QString &path, const QByteArray &type, const QByteArray &body)
{
    return h.send("POST", path, body, {{"apiKey", API_KEY.toUtf8()}, {"Content-Type", type}});
}

QString phaseOf(SimHarness &h, const QString &session)
{
    return h.send("GET", u"/sim/calls/"_s + session).json().value(u"phase"_s).toString();
}

} // namespace

class TestAtSimRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- authentication -------------------------------------------------------------------

    void authentication_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");

        const QByteArray key = API_KEY.toUtf8();
        QTest::newRow("no apiKey header") << u"/call"_s << Headers{} << 401;
        QTest::newRow("wrong key") << u"/call"_s << Headers{{"apiKey", "atsk_wrong"}} << 401;
        QTest::newRow("empty key") << u"/call"_s << Headers{{"apiKey", ""}} << 401;
        QTest::newRow("key in another header") << u"/call"_s << Headers{{"authToken", key}} << 401;
        QTest::newRow("apiKey as the SDKs send it")
            << u"/call"_s << Headers{{"apiKey", key}} << 200;
        QTest::newRow("apikey: header names are case-insensitive")
            << u"/call"_s << Headers{{"apikey", key}} << 200;
        QTest::newRow("APIKEY: header names are case-insensitive")
            << u"/call"_s << Headers{{"APIKEY", key}} << 200;
        QTest::newRow("queueStatus without a key") << u"/queueStatus"_s << Headers{} << 401;
        QTest::newRow("mediaUpload without a key") << u"/mediaUpload"_s << Headers{} << 401;
        QTest::newRow("callTransfer without a key") << u"/callTransfer"_s << Headers{} << 401;
        QTest::newRow("capability token without a key")
            << u"/capability-token/request"_s << Headers{} << 401;
    }
    void authentication()
    {
        QFETCH(QString, path);
        QFETCH(Headers, headers);
        QFETCH(int, status);
        SimHarness h;
        Headers all = headers;
        all.append({"Content-Type", FORM});
        const HttpResult result
            = h.send("POST", path, Util::encodeForm(callFields(u"+254722000001"_s)), all);
        QCOMPARE(result.status, status);
        if (status == 200) {
            QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
            return;
        }
        QCOMPARE(result.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(
            result.header("WWW-Authenticate"), QByteArray("Basic realm=\"api\",charset=UTF-8"));
        QCOMPARE(result.body, UNAUTHORISED_BODY);
        QVERIFY(h.sim->engine().calls().isEmpty());
    }

    void wrongUsernameIsUnauthorised_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FormFields>("fields");
        QTest::newRow("call") << u"/call"_s
                              << FormFields{{u"username"_s, u"sandbox"_s},
                                     {u"from"_s, AT_NUMBER},
                                     {u"to"_s, u"+254722000001"_s}};
        QTest::newRow("queueStatus")
            << u"/queueStatus"_s
            << FormFields{{u"username"_s, u"other"_s}, {u"phoneNumbers"_s, AT_NUMBER}};
        QTest::newRow("mediaUpload") << u"/mediaUpload"_s
                                     << FormFields{{u"username"_s, u"other"_s},
                                            {u"phoneNumber"_s, AT_NUMBER},
                                            {u"url"_s, u"https://example.com/a.mp3"_s}};
    }
    void wrongUsernameIsUnauthorised()
    {
        QFETCH(QString, path);
        QFETCH(FormFields, fields);
        SimHarness h;
        const HttpResult result = h.rest(path, fields);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.body, UNAUTHORISED_BODY);
        QVERIFY(h.sim->engine().calls().isEmpty());
    }

    // --- missing fields -------------------------------------------------------------------

    void missingField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FormFields>("fields");
        QTest::addColumn<QString>("missing");

        const FormFields user{{u"username"_s, u"myapp"_s}};
        QTest::newRow("call without from")
            << u"/call"_s << user + FormFields{{u"to"_s, u"+254722000001"_s}} << u"from"_s;
        QTest::newRow("call without to")
            << u"/call"_s << user + FormFields{{u"from"_s, AT_NUMBER}} << u"to"_s;
        QTest::newRow("call without username")
            << u"/call"_s << FormFields{{u"from"_s, AT_NUMBER}, {u"to"_s, u"+254722000001"_s}}
            << u"username"_s;
        QTest::newRow("queueStatus without phoneNumbers")
            << u"/queueStatus"_s << user << u"phoneNumbers"_s;
        QTest::newRow("mediaUpload without url")
            << u"/mediaUpload"_s << user + FormFields{{u"phoneNumber"_s, AT_NUMBER}} << u"url"_s;
        QTest::newRow("callTransfer without sessionId")
            << u"/callTransfer"_s << user + FormFields{{u"phoneNumber"_s, u"+254722000001"_s}}
            << u"sessionId"_s;
    }
    void missingField()
    {
        QFETCH(QString, path);
        QFETCH(FormFields, fields);
        QFETCH(QString, missing);
        SimHarness h;
        const HttpResult result = h.rest(path, fields);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(QString::fromUtf8(result.body),
            u"Request is missing required form field '%1'"_s.arg(missing));
    }

    // --- /call ----------------------------------------------------------------------------

    void callerIdNotOnTheAccount()
    {
        SimHarness h;
        FormFields fields = callFields(u"+254722000001"_s);
        fields[1].second = u"+254700000000"_s;
        const HttpResult result = h.rest(u"/call"_s, fields);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json(),
            (QJsonObject{{u"entries"_s, QJsonArray{}},
                {u"errorMessage"_s, u"Invalid callerId: +254700000000"_s}}));
        QVERIFY(h.sim->engine().calls().isEmpty());
    }

    void numberWithoutCallbackUrl()
    {
        SimHarness h;
        AtSim::SimConfig config = h.sim->config();
        config.numbers.append({u"+254711082009"_s, QUrl()});
        AtSim::Simulator own(config);
        h.port = own.listen();
        QVERIFY(h.port != 0);
        FormFields fields = callFields(u"+254722000001"_s);
        fields[1].second = u"+254711082009"_s;
        const HttpResult result = h.rest(u"/call"_s, fields);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json(),
            (QJsonObject{
                {u"entries"_s, QJsonArray{}}, {u"errorMessage"_s, u"Invalid callbackUrl: "_s}}));
        QVERIFY(own.engine().calls().isEmpty());
    }

    void twoRecipients_data()
    {
        QTest::addColumn<QString>("to");
        QTest::newRow("comma-joined") << u"+254722000001,+256772123456"_s;
        QTest::newRow("spaces around the comma") << u"+254722000001 , +256772123456 "_s;
        QTest::newRow("formatted numbers are normalised") << u"+254 722 000001,+256-772-123456"_s;
    }
    void twoRecipients()
    {
        QFETCH(QString, to);
        SimHarness h;
        const HttpResult result = h.rest(u"/call"_s, callFields(to));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.json().value(u"errorMessage"_s).toString(), u"None"_s);
        QCOMPARE(entriesOf(result).size(), 2);
        const QStringList numbers = {u"+254722000001"_s, u"+256772123456"_s};
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(entry(result, i).value(u"phoneNumber"_s).toString(), numbers.at(i));
            QCOMPARE(entry(result, i).value(u"status"_s).toString(), u"Queued"_s);
            QVERIFY(isSessionId(entry(result, i).value(u"sessionId"_s).toString()));
        }
        QVERIFY(entry(result, 0).value(u"sessionId"_s) != entry(result, 1).value(u"sessionId"_s));
        QVERIFY(!result.header("X-Current-Queue-Size").isEmpty());
        // Each session id is a real call the app will hear about.
        QCOMPARE(h.sim->engine().calls().size(), 2);
    }

    void invalidRecipientBesideAValidOne_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("status");
        QTest::newRow("too short") << u"+2547"_s << u"InvalidPhoneNumber"_s;
        QTest::newRow("local form") << u"0722000001"_s << u"InvalidPhoneNumber"_s;
        QTest::newRow("letters") << u"abc"_s << u"InvalidPhoneNumber"_s;
        QTest::newRow("no plus") << u"254722000001"_s << u"InvalidPhoneNumber"_s;
        QTest::newRow("US number: outside AT's regions")
            << u"+16502530000"_s << u"DestinationNotSupported"_s;
        QTest::newRow("UK number: outside AT's regions")
            << u"+447911123456"_s << u"DestinationNotSupported"_s;
    }
    void invalidRecipientBesideAValidOne()
    {
        QFETCH(QString, bad);
        QFETCH(QString, status);
        SimHarness h;
        const HttpResult result = h.rest(u"/call"_s, callFields(u"+254722000001,"_s + bad));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(u"errorMessage"_s).toString(), u"None"_s);
        QCOMPARE(entriesOf(result).size(), 2);
        QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
        QVERIFY(isSessionId(entry(result, 0).value(u"sessionId"_s).toString()));
        QCOMPARE(entry(result, 1).value(u"status"_s).toString(), status);
        QCOMPARE(entry(result, 1).value(u"sessionId"_s).toString(), u"None"_s);
        QVERIFY(!entry(result, 1).value(u"phoneNumber"_s).toString().isEmpty());
        QCOMPARE(h.sim->engine().calls().size(), 1);
    }

    void noCreditNoCall()
    {
        SimHarness h;
        QCOMPARE(h.control("PUT", u"/sim/balance"_s, {{u"amount"_s, 0}}).status, 200);
        HttpResult result = h.rest(u"/call"_s, callFields(u"+254722000001,+256772123456"_s));
        QCOMPARE(result.status, 200);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(entry(result, i).value(u"status"_s).toString(), u"InsufficientCredit"_s);
            QCOMPARE(entry(result, i).value(u"sessionId"_s).toString(), u"None"_s);
        }
        QVERIFY(h.sim->engine().calls().isEmpty());
        // Topping up (here: no limit) lets calls through again.
        QCOMPARE(h.control("PUT", u"/sim/balance"_s, {{u"amount"_s, QJsonValue()}}).status, 200);
        result = h.rest(u"/call"_s, callFields(u"+254722000001"_s));
        QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
    }

    void sipAddressIsQueued()
    {
        SimHarness h;
        const HttpResult result
            = h.rest(u"/call"_s, callFields(u"agent1@ke.sip.africastalking.com"_s));
        QCOMPARE(result.status, 200);
        QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
        QCOMPARE(entry(result, 0).value(u"phoneNumber"_s).toString(),
            u"agent1@ke.sip.africastalking.com"_s);
        QVERIFY(isSessionId(entry(result, 0).value(u"sessionId"_s).toString()));
    }

    void queueSizeCountsCallsBeingDialled()
    {
        SimHarness h(1); // real time: the ringing below lasts 20 real seconds
        // Nobody picks up for a while: the calls stay in AT's dialling queue.
        h.script(u"+254722000001"_s, {{u"answerDelay"_s, 20}});
        h.script(u"+254722000002"_s, {{u"answerDelay"_s, 20}});
        h.script(u"+254722000003"_s, {{u"answerDelay"_s, 20}});
        h.script(u"+254722000004"_s, {{u"answerDelay"_s, 0}});
        HttpResult result = h.rest(u"/call"_s, callFields(u"+254722000001,+254722000002"_s));
        QCOMPARE(result.header("X-Current-Queue-Size"), QByteArray("2"));
        result = h.rest(u"/call"_s, callFields(u"+254722000003"_s));
        QCOMPARE(result.header("X-Current-Queue-Size"), QByteArray("3"));
        // A call that was answered has left the queue.
        const QString answered = h.dial(u"+254722000004"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(h, answered) != u"dialling"_s, true, 10000);
        result = h.rest(u"/call"_s, callFields(u"+16502530000"_s)); // places nothing
        QCOMPARE(result.header("X-Current-Queue-Size"), QByteArray("3"));
    }

    // A client that forgets to encode '+' sends a space: AT reads " 2547...", and so does the
    // simulator, so the bug shows up in development rather than in production.
    void unencodedPlusIsASpace_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("recipient")
            << QByteArray("username=myapp&from=%2B254711082000&to=+254722000001")
            << QJsonObject{{u"entries"_s,
                               QJsonArray{QJsonObject{{u"phoneNumber"_s, u"254722000001"_s},
                                   {u"status"_s, u"InvalidPhoneNumber"_s},
                                   {u"sessionId"_s, u"None"_s}}}},
                   {u"errorMessage"_s, u"None"_s}};
        QTest::newRow("caller id")
            << QByteArray("username=myapp&from=+254711082000&to=%2B254722000001")
            << QJsonObject{{u"entries"_s, QJsonArray{}},
                   {u"errorMessage"_s, u"Invalid callerId: 254711082000"_s}};
    }
    void unencodedPlusIsASpace()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonObject, expected);
        SimHarness h;
        const HttpResult result = postRaw(h, u"/call"_s, FORM, body);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json(), expected);
        QVERIFY(h.sim->engine().calls().isEmpty());
    }

    void nodeUndefinedClientRequestIdIsEchoed()
    {
        SimHarness h;
        h.script(u"+254722000001"_s, {{u"answerDelay"_s, 1}});
        h.app.setScript([](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            return FakeApp::xml("<Response><Say>Your code is 1 2 3 4</Say></Response>");
        });
        // What the Node SDK 0.8.3 puts on the wire when no clientRequestId was given.
        const HttpResult result = postRaw(h,
            u"/call"_s,
            FORM,
            "username=myapp&from=%2B254711082000&to=%2B254722000001&clientRequestId=undefined");
        QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
        const QString session = entry(result, 0).value(u"sessionId"_s).toString();
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2);
        for (const ReceivedCallback &callback : callbacks)
            QCOMPARE(callback.value(u"clientRequestId"_s), u"undefined"_s);
    }

    // --- requests as each official SDK sends them (reference §1.2, §2.6, §7) ---------------

    void officialSdkRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");

        QTest::newRow("python/php: form /call")
            << u"/call"_s << FORM
            << QByteArray("username=myapp&from=%2B254711082000&to=%2B254722000001%2C%2B254733000002"
                          "&clientRequestId=order-42")
            << 200;
        QTest::newRow("Node 0.8.3: JSON text under a form type to /queueStatus")
            << u"/queueStatus"_s << FORM
            << QByteArray("{\"username\":\"myapp\",\"phoneNumbers\":\"+254711082000\"}") << 200;
        QTest::newRow("Node 0.8.3: JSON text under a form type to /mediaUpload")
            << u"/mediaUpload"_s << FORM
            << QByteArray("{\"username\":\"myapp\",\"phoneNumber\":\"+254711082000\","
                          "\"url\":\"https://example.com/hold.mp3\"}")
            << 201;
        QTest::newRow("Laravel: JSON /call with a to array and callActions")
            << u"/call"_s << QByteArray("application/json")
            << QByteArray("{\"username\":\"myapp\",\"from\":\"+254711082000\","
                          "\"to\":[\"+254722000001\",\"+254733000002\"],"
                          "\"clientRequestId\":\"otp-77\",\"callActions\":["
                          "{\"actionType\":\"Say\",\"text\":\"Your code is 1 2 3 4\","
                          "\"voice\":\"en-GB-Standard-B\",\"playBeep\":false},"
                          "{\"actionType\":\"Play\",\"url\":\"https://example.com/a.wav\"},"
                          "{\"actionType\":\"Dial\",\"phoneNumbers\":[\"+254202227436\"],"
                          "\"record\":false,\"sequential\":true}]}")
            << 200;
        QTest::newRow("multipart/form-data /call")
            << u"/call"_s << QByteArray("multipart/form-data; boundary=----simu7MA4YWxk")
            << QByteArray("------simu7MA4YWxk\r\n"
                          "Content-Disposition: form-data; name=\"username\"\r\n\r\nmyapp\r\n"
                          "------simu7MA4YWxk\r\n"
                          "Content-Disposition: form-data; name=\"from\"\r\n\r\n+254711082000\r\n"
                          "------simu7MA4YWxk\r\n"
                          "Content-Disposition: form-data; name=\"to\"\r\n\r\n"
                          "+254722000001,+254733000002\r\n"
                          "------simu7MA4YWxk--\r\n")
            << 200;
    }
    void officialSdkRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        SimHarness h;
        const HttpResult result = postRaw(h, path, contentType, body);
        QCOMPARE(result.status, status);
        if (path == u"/call"_s) {
            QCOMPARE(entriesOf(result).size(), 2);
            QCOMPARE(entry(result, 0).value(u"phoneNumber"_s).toString(), u"+254722000001"_s);
            QCOMPARE(entry(result, 1).value(u"phoneNumber"_s).toString(), u"+254733000002"_s);
            QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
            QCOMPARE(entry(result, 1).value(u"status"_s).toString(), u"Queued"_s);
        } else if (path == u"/queueStatus"_s) {
            QCOMPARE(result.json().value(u"status"_s).toString(), u"Success"_s);
        } else {
            QCOMPARE(h.send("GET", u"/sim/media"_s).body,
                QByteArray("[\"https://example.com/hold.mp3\"]"));
        }
    }

    void malformedBodyIsA400()
    {
        SimHarness h;
        const HttpResult result
            = postRaw(h, u"/call"_s, "application/json", "{\"username\":\"myapp\",");
        QCOMPARE(result.status, 400);
        QVERIFY(result.body.startsWith("The request content was malformed"));
        QVERIFY(h.sim->engine().calls().isEmpty());
    }

    // --- /queueStatus ---------------------------------------------------------------------

    void queueStatusCountsWaitingCallers()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            return FakeApp::xml("<Response><Enqueue name=\"support\"/></Response>");
        });
        const QJsonObject patient{{u"patience"_s, 100000}};
        for (const QString &caller : {u"+254716330450"_s, u"+256772123456"_s}) {
            const QString session
                = h.ringIn({{u"from"_s, caller}, {u"to"_s, AT_NUMBER}, {u"behaviour"_s, patient}});
            QVERIFY(isSessionId(session));
        }
        QTRY_COMPARE_WITH_TIMEOUT(h.send("GET", u"/sim/queues"_s).body,
            QByteArray("[{\"numCalls\":2,\"phoneNumber\":\"+254711082000\","
                       "\"queueName\":\"support\"}]"),
            10000);

        const auto status = [&h](const FormFields &extra) {
            return h.rest(u"/queueStatus"_s,
                FormFields{{u"username"_s, u"myapp"_s},
                    {u"phoneNumbers"_s, AT_NUMBER + u","_s + AGENT_LINE_NUMBER}}
                    + extra);
        };
        HttpResult result = status({});
        QCOMPARE(result.status, 200);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(u"status"_s).toString(), u"Success"_s);
        QCOMPARE(json.value(u"errorMessage"_s).toString(), u"None"_s);
        QCOMPARE(entriesOf(result).size(), 1);
        QCOMPARE(entry(result, 0).value(u"phoneNumber"_s).toString(), AT_NUMBER);
        QCOMPARE(entry(result, 0).value(u"queueName"_s).toString(), u"support"_s);
        // A JSON number, as in the SDKs' fixtures, not a string.
        QVERIFY(entry(result, 0).value(u"numCalls"_s).isDouble());
        QCOMPARE(entry(result, 0).value(u"numCalls"_s).toInt(), 2);
        QVERIFY(result.body.contains("\"numCalls\":2"));

        // The legacy gateway and .NET filter with queueName, PHP with name.
        QCOMPARE(entriesOf(status({{u"queueName"_s, u"support"_s}})).size(), 1);
        QCOMPARE(entriesOf(status({{u"queueName"_s, u"sales"_s}})).size(), 0);
        QCOMPARE(entriesOf(status({{u"name"_s, u"support"_s}})).size(), 1);
        QCOMPARE(entriesOf(status({{u"name"_s, u"sales"_s}})).size(), 0);
        // Another number's queues are not reported.
        result = h.rest(u"/queueStatus"_s,
            {{u"username"_s, u"myapp"_s}, {u"phoneNumbers"_s, AGENT_LINE_NUMBER}});
        QCOMPARE(entriesOf(result).size(), 0);
    }

    void queueStatusEmpty()
    {
        SimHarness h;
        const HttpResult result = h.rest(
            u"/queueStatus"_s, {{u"username"_s, u"myapp"_s}, {u"phoneNumbers"_s, AT_NUMBER}});
        QCOMPARE(result.status, 200);
        // The recorded 2023 reply, byte for byte.
        QCOMPARE(result.body,
            QByteArray("{\"entries\":[],\"errorMessage\":\"None\",\"status\":\"Success\"}"));
    }

    // --- /mediaUpload ---------------------------------------------------------------------

    void mediaUpload_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::newRow("https") << u"https://example.com/hold.mp3"_s << 201;
        QTest::newRow("http") << u"http://example.com/hold.wav"_s << 201;
        QTest::newRow("ftp") << u"ftp://example.com/hold.mp3"_s << 400;
        QTest::newRow("a file path") << u"/home/me/hold.mp3"_s << 400;
        QTest::newRow("not a URL") << u"hold music"_s << 400;
        QTest::newRow("a scheme without a host") << u"https://"_s << 400;
    }
    void mediaUpload()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        SimHarness h;
        const HttpResult result = h.rest(u"/mediaUpload"_s,
            {{u"username"_s, u"myapp"_s}, {u"phoneNumber"_s, AT_NUMBER}, {u"url"_s, url}});
        QCOMPARE(result.status, status);
        const QByteArray media = h.send("GET", u"/sim/media"_s).body;
        if (status == 201) {
            // akka-http's text for 201, not JSON (reference §2.2).
            QCOMPARE(result.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
            QCOMPARE(result.body,
                QByteArray("The request has been fulfilled and resulted in a new resource being "
                           "created."));
            QCOMPARE(media, "[\"" + url.toUtf8() + "\"]");
        } else {
            QVERIFY(!result.body.isEmpty());
            QCOMPARE(media, QByteArray("[]"));
        }
    }

    // --- /callTransfer --------------------------------------------------------------------

    void transferRefused_data()
    {
        QTest::addColumn<FormFields>("fields");
        QTest::newRow("unknown session") << FormFields{
            {u"sessionId"_s, u"ATVId_nope"_s}, {u"phoneNumber"_s, u"+254722000009"_s}};
        QTest::newRow("invalid callLeg") << FormFields{{u"sessionId"_s, u"ATVId_nope"_s},
            {u"phoneNumber"_s, u"+254722000009"_s},
            {u"callLeg"_s, u"both"_s}};
        QTest::newRow("invalid target")
            << FormFields{{u"sessionId"_s, u"ATVId_nope"_s}, {u"phoneNumber"_s, u"0722"_s}};
    }
    void transferRefused()
    {
        QFETCH(FormFields, fields);
        SimHarness h;
        const HttpResult result
            = h.rest(u"/callTransfer"_s, FormFields{{u"username"_s, u"myapp"_s}} + fields);
        QCOMPARE(result.status, 200);
        const QJsonObject reply = result.json().value(u"callTransferResponse"_s).toObject();
        QCOMPARE(reply.value(u"status"_s).toString(), u"Aborted"_s);
        QVERIFY(!reply.value(u"errorMessage"_s).toString().isEmpty());
        QVERIFY(reply.value(u"errorMessage"_s).toString() != u"None"_s);
    }

    void transferOfABridgedCall()
    {
        SimHarness h;
        const QString agent = u"+254700000001"_s;
        const QString supervisor = u"+254700000002"_s;
        h.script(agent, {{u"answerDelay"_s, 1}, {u"talk"_s, 100000}});
        h.script(supervisor, {{u"answerDelay"_s, 2}, {u"talk"_s, 5}});
        h.app.setScript([](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s || cb.has(u"callTransferState"_s))
                return FakeApp::xml("");
            return FakeApp::xml("<Response><Dial phoneNumbers=\"+254700000001\"/></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330452"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"talk"_s, 100000}}}});
        QVERIFY(isSessionId(session));
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(h, session), u"bridged"_s, 10000);

        const HttpResult result = h.rest(u"/callTransfer"_s,
            {{u"username"_s, u"myapp"_s},
                {u"sessionId"_s, session},
                {u"phoneNumber"_s, supervisor},
                {u"callLeg"_s, u"callee"_s}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json(),
            (QJsonObject{{u"callTransferResponse"_s,
                QJsonObject{{u"status"_s, u"Success"_s}, {u"errorMessage"_s, u"None"_s}}}}));

        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QList<ReceivedCallback> events;
        for (const ReceivedCallback &callback : callbacks) {
            if (callback.has(u"callTransferState"_s))
                events.append(callback);
        }
        QVERIFY2(events.size() >= 2, qPrintable(QString::number(events.size())));
        for (const ReceivedCallback &event : std::as_const(events)) {
            QCOMPARE(event.value(u"callTransferredToNumber"_s), supervisor);
            QVERIFY(event.value(u"callTransferParam"_s).startsWith(supervisor + u':'));
            QCOMPARE(event.value(u"sessionId"_s), session);
        }
        QCOMPARE(events.first().value(u"callTransferState"_s), u"Active"_s);
        // The supervisor talked for 5 s and hung up.
        QCOMPARE(events.last().value(u"callSessionState"_s), u"TransferCompleted"_s);
        QCOMPARE(events.last().value(u"callTransferState"_s), u"CalleeHangup"_s);
        QCOMPARE(events.last().value(u"callTransferParam"_s), supervisor + u":5"_s);

        const ReceivedCallback &final = callbacks.last();
        QCOMPARE(final.value(u"isActive"_s), u"0"_s);
        QCOMPARE(final.value(u"dialDestinationNumber"_s), supervisor);

        // The call is over: transferring it again is refused.
        const HttpResult again = h.rest(u"/callTransfer"_s,
            {{u"username"_s, u"myapp"_s}, {u"sessionId"_s, session}, {u"phoneNumber"_s, agent}});
        QCOMPARE(
            again.json().value(u"callTransferResponse"_s)[u"status"_s].toString(), u"Aborted"_s);
    }

    // --- WebRTC capability token ----------------------------------------------------------

    void capabilityToken_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("lifeTime");
        QTest::addColumn<bool>("incoming");
        QTest::addColumn<bool>("outgoing");
        const QJsonObject base{{u"username"_s, u"myapp"_s},
            {u"clientName"_s, u"John.Doe"_s},
            {u"phoneNumber"_s, AT_NUMBER}};
        QTest::newRow("defaults") << base << u"86400"_s << true << true;
        QJsonObject laravel = base;
        laravel.insert(u"incoming"_s, true);
        laravel.insert(u"outgoing"_s, false);
        laravel.insert(u"expire"_s, u"7200s"_s);
        QTest::newRow("Laravel: booleans and expire") << laravel << u"7200"_s << true << false;
        QJsonObject strings = base;
        strings.insert(u"incoming"_s, u"false"_s);
        strings.insert(u"outgoing"_s, u"true"_s);
        QTest::newRow("SDK strings \"true\"/\"false\"") << strings << u"86400"_s << false << true;
    }
    void capabilityToken()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, lifeTime);
        QFETCH(bool, incoming);
        QFETCH(bool, outgoing);
        SimHarness h;
        const HttpResult result = postRaw(h,
            u"/capability-token/request"_s,
            "application/json",
            QJsonDocument(request).toJson(QJsonDocument::Compact));
        QCOMPARE(result.status, 201);
        const QJsonObject token = result.json();
        QCOMPARE(token.value(u"clientName"_s).toString(), u"John.Doe"_s);
        // lifeTimeSec is a string, the flags are real booleans (the recorded 2023 reply).
        QVERIFY(token.value(u"lifeTimeSec"_s).isString());
        QCOMPARE(token.value(u"lifeTimeSec"_s).toString(), lifeTime);
        QVERIFY(token.value(u"incoming"_s).isBool());
        QVERIFY(token.value(u"outgoing"_s).isBool());
        QCOMPARE(token.value(u"incoming"_s).toBool(), incoming);
        QCOMPARE(token.value(u"outgoing"_s).toBool(), outgoing);
        QVERIFY(token.value(u"token"_s).toString().startsWith(u"ATCAPtkn_"_s));
        QVERIFY(token.value(u"token"_s).toString().size() > 20);
    }

    void capabilityTokenRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("client name with a space") << u"clientName"_s << QJsonValue(u"John Doe"_s);
        QTest::newRow("expire not a number of seconds") << u"expire"_s << QJsonValue(u"soon"_s);
        QTest::newRow("expire negative") << u"expire"_s << QJsonValue(u"-5s"_s);
        QTest::newRow("expire in Arabic-Indic digits")
            << u"expire"_s << QJsonValue(u"\u0663\u0660s"_s);
    }
    void capabilityTokenRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        SimHarness h;
        QJsonObject request{{u"username"_s, u"myapp"_s},
            {u"clientName"_s, u"John.Doe"_s},
            {u"phoneNumber"_s, AT_NUMBER}};
        request.insert(key, value);
        const HttpResult result = postRaw(h,
            u"/capability-token/request"_s,
            "application/json",
            QJsonDocument(request).toJson(QJsonDocument::Compact));
        QCOMPARE(result.status, 400);
        QVERIFY(result.json().value(u"errorMessage"_s).toString().contains(key));
    }
};

SIMU_TEST_MAIN(TestAtSimRest)
#include "tst_atsim_rest.moc"
