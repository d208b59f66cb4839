// The simulator's fault injection (POST /sim/faults) as a REST client meets it over real HTTP,
// and the /sim control API's answers to bad requests: what a developer testing an app's error
// handling against the simulator relies on.

#include "simharness.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::AT_NUMBER;
using TestSupport::HttpResult;
using TestSupport::SimHarness;
using Util::FormFields;

namespace {

FormFields callFields(const QString &to)
{
    return {{u"username"_s, u"myapp"_s}, {u"from"_s, AT_NUMBER}, {u"to"_s, to}};
}

QJsonObject entry(const HttpResult &result, int index)
{
    return result.json().value(u"entries"_s).toArray().at(index).toObject();
}

} // namespace

class TestAtSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- fault injection ------------------------------------------------------------------

    void statusFaultOnce()
    {
        SimHarness h;
        const HttpResult added = h.control("POST",
            u"/sim/faults"_s,
            {{u"endpoint"_s, u"/call"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 500}});
        QCOMPARE(added.status, 201);
        // Another endpoint is not affected.
        QCOMPARE(
            h.rest(u"/queueStatus"_s, {{u"username"_s, u"myapp"_s}, {u"phoneNumbers"_s, AT_NUMBER}})
                .status,
            200);
        HttpResult result = h.rest(u"/call"_s, callFields(u"+254722000001"_s));
        QCOMPARE(result.status, 500);
        QVERIFY(result.json().isEmpty());
        QVERIFY(h.sim->engine().calls().isEmpty()); // nothing was dialled
        result = h.rest(u"/call"_s, callFields(u"+254722000001"_s));
        QCOMPARE(result.status, 200);
        QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
        QCOMPARE(h.send("GET", u"/sim/faults"_s).body, QByteArray("[]"));
    }

    // Qt's network stack re-sends a request whose connection drops before any answer, once:
    // a Qt client only sees a reset that lasts for two attempts. (The simulator drops the
    // connection before reading the request, so nothing is dialled twice; a real AT that
    // dropped it after accepting could be.)
    void resetFaultDropsTheConnection_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("clientSeesIt");
        QTest::newRow("one reset: Qt retries and gets through") << 1 << false;
        QTest::newRow("two resets: the client sees the dropped connection") << 2 << true;
    }
    void resetFaultDropsTheConnection()
    {
        QFETCH(int, count);
        QFETCH(bool, clientSeesIt);
        SimHarness h;
        QCOMPARE(h.control("POST",
                      u"/sim/faults"_s,
                      {{u"endpoint"_s, u"/call"_s}, {u"kind"_s, u"reset"_s}, {u"count"_s, count}})
                     .status,
            201);
        HttpResult result = h.rest(u"/call"_s, callFields(u"+254722000001"_s));
        QCOMPARE(h.send("GET", u"/sim/faults"_s).body, QByteArray("[]")); // all used up
        if (clientSeesIt) {
            QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
            QCOMPARE(result.status, 0); // no HTTP answer at all
            QVERIFY(h.sim->engine().calls().isEmpty());
        } else {
            QCOMPARE(result.status, 200);
            QCOMPARE(h.sim->engine().calls().size(), 1);
        }
        result = h.rest(u"/call"_s, callFields(u"+254722000001"_s));
        QCOMPARE(result.status, 200);
    }

    void malformedJsonFault()
    {
        SimHarness h;
        QCOMPARE(h.control("POST",
                      u"/sim/faults"_s,
                      {{u"endpoint"_s, u"/queueStatus"_s}, {u"kind"_s, u"malformed_json"_s}})
                     .status,
            201);
        const FormFields fields{{u"username"_s, u"myapp"_s}, {u"phoneNumbers"_s, AT_NUMBER}};
        HttpResult result = h.rest(u"/queueStatus"_s, fields);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error{};
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        result = h.rest(u"/queueStatus"_s, fields);
        QCOMPARE(result.json().value(u"status"_s).toString(), u"Success"_s);
    }

    void latencyFaultStillAnswers()
    {
        SimHarness h;
        QCOMPARE(h.control("POST",
                      u"/sim/faults"_s,
                      {{u"endpoint"_s, u"/call"_s}, {u"kind"_s, u"latency"_s}, {u"delayMs"_s, 400}})
                     .status,
            201);
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = h.rest(u"/call"_s, callFields(u"+254722000001"_s));
        QCOMPARE(result.status, 200);
        QCOMPARE(entry(result, 0).value(u"status"_s).toString(), u"Queued"_s);
        // Never sooner than asked (a coarse timer may fire a little early); no upper bound.
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    }

    void faultOnEachEndpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        for (const char *endpoint :
            {"/call", "/queueStatus", "/mediaUpload", "/callTransfer", "/capability-token/request"})
            QTest::newRow(endpoint) << QString::fromLatin1(endpoint);
    }
    void faultOnEachEndpoint()
    {
        QFETCH(QString, endpoint);
        SimHarness h;
        QCOMPARE(
            h.control("POST", u"/sim/faults"_s, {{u"endpoint"_s, endpoint}, {u"status"_s, 429}})
                .status,
            201);
        const HttpResult result = h.rest(endpoint, callFields(u"+254722000001"_s));
        QCOMPARE(result.status, 429);
        QVERIFY(!result.body.isEmpty());
        QCOMPARE(h.send("GET", u"/sim/faults"_s).body, QByteArray("[]"));
    }

    void clearingFaults()
    {
        SimHarness h;
        QCOMPARE(h.control("POST",
                      u"/sim/faults"_s,
                      {{u"endpoint"_s, u"*"_s}, {u"status"_s, 503}, {u"count"_s, -1}})
                     .status,
            201);
        const FormFields queue{{u"username"_s, u"myapp"_s}, {u"phoneNumbers"_s, AT_NUMBER}};
        QCOMPARE(h.rest(u"/call"_s, callFields(u"+254722000001"_s)).status, 503);
        QCOMPARE(h.rest(u"/queueStatus"_s, queue).status, 503);
        QCOMPARE(h.rest(u"/queueStatus"_s, queue).status, 503); // until cleared
        QCOMPARE(h.send("DELETE", u"/sim/faults"_s).status, 204);
        QCOMPARE(h.send("GET", u"/sim/faults"_s).body, QByteArray("[]"));
        QCOMPARE(h.rest(u"/queueStatus"_s, queue).status, 200);
        QCOMPARE(h.rest(u"/call"_s, callFields(u"+254722000001"_s)).status, 200);
    }

    void badFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown kind") << QJsonObject{{u"kind"_s, u"explode"_s}} << u"kind"_s;
        QTest::newRow("endpoint without its slash never fires: refused")
            << QJsonObject{{u"endpoint"_s, u"call"_s}} << u"endpoint"_s;
        QTest::newRow("endpoint that AT does not have")
            << QJsonObject{{u"endpoint"_s, u"/sms"_s}} << u"endpoint"_s;
        QTest::newRow("status not an error") << QJsonObject{{u"status"_s, 200}} << u"status"_s;
        QTest::newRow("status as text") << QJsonObject{{u"status"_s, u"500"_s}} << u"status"_s;
        QTest::newRow("delay as text")
            << QJsonObject{{u"kind"_s, u"latency"_s}, {u"delayMs"_s, u"100"_s}} << u"delayMs"_s;
        QTest::newRow("count zero") << QJsonObject{{u"count"_s, 0}} << u"count"_s;
    }
    void badFaults()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(QString, key);
        SimHarness h;
        const HttpResult result = h.control("POST", u"/sim/faults"_s, fault);
        QCOMPARE(result.status, 400);
        const QJsonObject error = result.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"invalid_fault"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u'"' + key + u'"'),
            qPrintable(error.value(u"message"_s).toString()));
        QCOMPARE(h.send("GET", u"/sim/faults"_s).body, QByteArray("[]"));
    }

    // --- the /sim control API's answers to bad requests -------------------------------------

    void controlApiBadRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("invalid JSON to a phone script")
            << QByteArray("PUT") << u"/sim/phones/+254722000001"_s << QByteArray("{answer: busy}")
            << 400 << u"invalid_json"_s << QString();
        QTest::newRow("invalid JSON to faults")
            << QByteArray("POST") << u"/sim/faults"_s << QByteArray("[") << 400 << u"invalid_json"_s
            << QString();
        QTest::newRow("JSON array instead of an object")
            << QByteArray("PUT") << u"/sim/balance"_s << QByteArray("[1]") << 400
            << u"invalid_json"_s << QString();
        QTest::newRow("unknown call")
            << QByteArray("GET") << u"/sim/calls/ATVId_nope"_s << QByteArray() << 404
            << u"call_not_found"_s << u"ATVId_nope"_s;
        QTest::newRow("hang up an unknown call")
            << QByteArray("POST") << u"/sim/calls/ATVId_nope/hangup"_s << QByteArray() << 404
            << u"call_not_found"_s << QString();
        QTest::newRow("digits for an unknown call")
            << QByteArray("POST") << u"/sim/calls/ATVId_nope/dtmf"_s
            << QByteArray("{\"digits\":\"1\"}") << 404 << u"call_not_found"_s << QString();
        QTest::newRow("unknown answer") << QByteArray("PUT") << u"/sim/phones/+254722000001"_s
                                        << QByteArray("{\"answer\":\"maybe\"}") << 400
                                        << u"invalid_behaviour"_s << u"\"answer\""_s;
        QTest::newRow("misspelt behaviour key")
            << QByteArray("PUT") << u"/sim/default-phone"_s << QByteArray("{\"answerdelay\":2}")
            << 400 << u"invalid_behaviour"_s << u"\"answerdelay\""_s;
        QTest::newRow("unknown answer for a caller ringing in")
            << QByteArray("POST") << u"/sim/calls"_s
            << QByteArray("{\"from\":\"+254716330450\",\"to\":\"+254711082000\","
                          "\"behaviour\":{\"answer\":\"maybe\"}}")
            << 400 << u"invalid_behaviour"_s << u"\"answer\""_s;
        QTest::newRow("balance as text")
            << QByteArray("PUT") << u"/sim/balance"_s << QByteArray("{\"amount\":\"10\"}") << 400
            << u"invalid_amount"_s << u"\"amount\""_s;
    }
    void controlApiBadRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        SimHarness h;
        const HttpResult result
            = h.send(method, path, body, {{"Content-Type", "application/json"}});
        QCOMPARE(result.status, status);
        const QJsonObject error = result.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QVERIFY2(error.value(u"message"_s).toString().contains(mentions),
            qPrintable(error.value(u"message"_s).toString()));
        QVERIFY(h.sim->engine().calls().isEmpty());
    }

    void invalidDtmfDigits_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("letters") << QByteArray("{\"digits\":\"12a\"}") << u"invalid_digits"_s;
        QTest::newRow("non-ASCII digits")
            << QByteArray("{\"digits\":\"\xd9\xa1\"}") << u"invalid_digits"_s;
        QTest::newRow("no digits") << QByteArray("{\"digits\":\"\"}") << u"missing_field"_s;
        QTest::newRow("digits as a number") << QByteArray("{\"digits\":12}") << u"missing_field"_s;
    }
    void invalidDtmfDigits()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        SimHarness h;
        h.script(u"+254722000001"_s, {{u"answerDelay"_s, 20000}});
        const QString session = h.dial(u"+254722000001"_s);
        QVERIFY(session.startsWith(u"ATVId_"_s));
        const HttpResult result = h.send("POST",
            u"/sim/calls/%1/dtmf"_s.arg(session),
            body,
            {{"Content-Type", "application/json"}});
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().value(u"error"_s)[u"code"_s].toString(), code);
    }
};

SIMU_TEST_MAIN(TestAtSimFaults)
#include "tst_atsim_faults.moc"
