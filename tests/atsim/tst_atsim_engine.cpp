// The simulator's call engine as a voice app sees it over real HTTP: misbehaving apps, the
// ActionXML verbs the §3.7 sequences leave out (Redirect, Reject, Dial variants, queues),
// WebRTC callers, live control through /sim, scripted hang-ups and seeded determinism
// (reference §8, "Call engine / notifications").
//
// Simulated durations are exact and asserted exactly; wall-clock timings never are. Where a
// control-API action lands at a wall-clock moment (a live hang-up), only bounds are asserted.

#include "atsim/billing.h"
#include "atsim/simcall.h"
#include "simharness.h"
#include "testmain.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::AGENT_LINE_NUMBER;
using TestSupport::AT_NUMBER;
using TestSupport::FakeApp;
using TestSupport::ReceivedCallback;
using TestSupport::SimHarness;

namespace {

constexpr int WAIT_MS = 10000;
const QString KES_PER_MINUTE = u"3.5"_s; // SimConfig::defaults() for Kenyan numbers

bool isFinal(const ReceivedCallback &callback)
{
    return callback.value(u"isActive"_s) == u"0"_s;
}

QJsonObject callLog(SimHarness &h, const QString &session)
{
    return h.send("GET", u"/sim/calls/"_s + session).json();
}

// The call's event log (GET /sim/calls/{id} "events"), one line per event.
QString eventsOf(SimHarness &h, const QString &session)
{
    QStringList lines;
    for (const QJsonValue &entry : callLog(h, session).value(u"events"_s).toArray())
        lines.append(entry.toObject().value(u"event"_s).toString());
    return lines.join(u'\n');
}

int queuedCalls(SimHarness &h)
{
    int count = 0;
    for (const QJsonValue &queue :
        QJsonDocument::fromJson(h.send("GET", u"/sim/queues"_s).body).array())
        count += queue.toObject().value(u"numCalls"_s).toInt();
    return count;
}

ReceivedCallback finalOf(const FakeApp &app, const QString &session)
{
    for (const ReceivedCallback &callback : app.receivedFor(session)) {
        if (isFinal(callback))
            return callback;
    }
    return {};
}

QStringList pathsOf(const QList<ReceivedCallback> &callbacks)
{
    QStringList paths;
    for (const ReceivedCallback &callback : callbacks)
        paths.append(callback.path);
    return paths;
}

// Restarts the harness's simulator with a changed configuration (same app, same numbers).
void reconfigure(SimHarness &h, const std::function<void(AtSim::SimConfig &)> &change)
{
    AtSim::SimConfig config = h.sim->config();
    change(config);
    h.sim = std::make_unique<AtSim::Simulator>(config);
    h.port = h.sim->listen();
}

QByteArray quoted(const QUrl &url)
{
    return '"' + url.toString().toUtf8() + '"';
}

// A <Say> of `words` words: 0.4 simulated seconds each.
QByteArray longSay(int words)
{
    QByteArray text;
    for (int i = 0; i < words; ++i)
        text += "word ";
    return "<Say>" + text.trimmed() + "</Say>";
}

// Everything a notification says except its wall-clock times, in the order it said it.
QStringList withoutTimes(const ReceivedCallback &callback)
{
    QStringList out;
    for (const auto &[name, value] : callback.fields) {
        if (name != u"callStartTime"_s && name != u"dialStartTime"_s)
            out.append(name + u'=' + value);
    }
    return out;
}

} // namespace

class TestAtSimEngine : public QObject
{
    Q_OBJECT

private:
    // One run of a small call-centre day on a fresh simulator: an inbound caller picks 1 in a
    // menu and is bridged to an agent, then the app calls a customer. Returns the session ids
    // and, per notification, everything but the times.
    static void runScenario(quint32 seed, QStringList *sessions, QList<QStringList> *bodies)
    {
        SimHarness h(200, seed);
        h.script(u"+254700000031"_s, {{u"answerDelay"_s, 2}, {u"talk"_s, 7}});
        h.app.setScript([](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            if (cb.has(u"dtmfDigits"_s))
                return FakeApp::xml(
                    "<Response><Dial phoneNumbers=\"+254700000031\" record=\"false\"/></Response>");
            if (cb.value(u"direction"_s) == u"Outbound"_s)
                return FakeApp::xml("<Response><Say>Your order has shipped</Say></Response>");
            return FakeApp::xml("<Response><GetDigits numDigits=\"1\"><Say>Press one for "
                                "sales</Say></GetDigits></Response>");
        });
        const QString inbound = h.ringIn({{u"from"_s, u"+254716330480"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"dtmf"_s, u"1"_s}}}});
        QVERIFY(h.app.waitForFinal(inbound));
        const QString outbound = h.dial(u"+254722000009"_s, u"ship-1"_s);
        QVERIFY(h.app.waitForFinal(outbound));
        *sessions = {inbound, outbound};
        for (const ReceivedCallback &callback : h.app.received())
            bodies->append(withoutTimes(callback));
    }

private Q_SLOTS:
    // --- the app misbehaves ---------------------------------------------------------------

    void brokenReplyEndsTheCallWithAFinal_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<QString>("why");
        QTest::newRow("invalid XML")
            << QByteArray("<Response><Say>unclosed") << 200 << 0 << false << u"invalid ActionXML"_s;
        QTest::newRow("HTTP 500") << QByteArray("Internal Server Error") << 500 << 0 << false
                                  << u"the app answered HTTP 500"_s;
        QTest::newRow("unknown element fails the call by default")
            << QByteArray("<Response><Play2/></Response>") << 200 << 0 << false << u"<Play2>"_s;
        QTest::newRow("answers after the reply timeout")
            << QByteArray("<Response><Say>Too late</Say></Response>") << 200 << 4000 << false
            << u"the app did not answer within 1000 ms"_s;
        QTest::newRow("drops the connection")
            << QByteArray() << 200 << 0 << true
            << u"the app closed the connection without an answer"_s;
    }
    void brokenReplyEndsTheCallWithAFinal()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, status);
        QFETCH(int, delayMs);
        QFETCH(bool, drop);
        QFETCH(QString, why);
        SimHarness h;
        reconfigure(h, [](AtSim::SimConfig &config) { config.appReplyTimeoutMs = 1000; });
        const QUrl menu = h.app.url(u"/voice/menu"_s);
        h.app.setScript([=](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            if (cb.path == u"/voice/menu"_s) { // the app's broken digits handler
                Http::Response broken = Http::Response::bytes("application/xml", reply, status);
                broken.delayMs = delayMs;
                broken.abortConnection = drop;
                return broken;
            }
            return FakeApp::xml("<Response><GetDigits finishOnKey=\"#\" callbackUrl=" + quoted(menu)
                + "><Say>Enter PIN</Say></GetDigits></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330452"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"dtmf"_s, u"12#"_s}}}});
        QVERIFY(h.app.waitForFinal(session));

        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(pathsOf(callbacks), QStringList({u"/voice"_s, u"/voice/menu"_s, u"/voice"_s}));
        const ReceivedCallback &final = callbacks.at(2);
        QCOMPARE(final.value(u"isActive"_s), u"0"_s);
        QCOMPARE(final.value(u"hangupCause"_s), u"UNSPECIFIED"_s);
        QCOMPARE(final.value(u"callSessionState"_s), u"Completed"_s);
        // "Enter PIN" (1 s) + the keys 2 s later; the broken reply takes no simulated time.
        QCOMPARE(final.value(u"durationInSeconds"_s), u"3"_s);
        QCOMPARE(final.value(u"amount"_s), AtSim::billAmount(3, KES_PER_MINUTE));
        const QString events = eventsOf(h, session);
        QVERIFY2(events.contains(u"the app failed"_s) && events.contains(why), qPrintable(events));
        QCOMPARE(callLog(h, session).value(u"hangupCause"_s).toString(), u"UNSPECIFIED"_s);
    }

    // AT never answered the inbound call: nothing is billed.
    void brokenFirstReplyLeavesTheCallUnanswered()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            return isFinal(cb) ? FakeApp::xml("") : Http::Response::text("Bad Gateway", 502);
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330459"_s}, {u"to"_s, AT_NUMBER}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2);
        QCOMPARE(callbacks.at(1).value(u"hangupCause"_s), u"UNSPECIFIED"_s);
        QCOMPARE(callbacks.at(1).value(u"callSessionState"_s), u"NotAnswered"_s);
        QCOMPARE(callbacks.at(1).value(u"amount"_s), u"0"_s);
        QVERIFY(eventsOf(h, session).contains(u"the app answered HTTP 502"_s));
    }

    void appThatIsDownEndsTheCallWithoutACrash()
    {
        SimHarness h;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(u"http://127.0.0.1:%1/voice"_s.arg(probe.serverPort()));
        probe.close(); // nothing listens there any more: connection refused
        h.sim->setCallbackUrl(AT_NUMBER, closed);

        const QString session = h.ringIn({{u"from"_s, u"+254716330453"_s}, {u"to"_s, AT_NUMBER}});
        QVERIFY(!session.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            callLog(h, session).value(u"phase"_s).toString(), u"finished"_s, WAIT_MS);
        const QJsonObject log = callLog(h, session);
        QCOMPARE(log.value(u"hangupCause"_s).toString(), u"UNSPECIFIED"_s);
        QCOMPARE(log.value(u"durationInSeconds"_s).toInt(), 0);
        QVERIFY2(eventsOf(h, session)
                     .contains(u"the app failed: the app's callback URL refused the connection"_s),
            qPrintable(eventsOf(h, session)));
        QVERIFY(h.app.received().isEmpty());
        QCOMPARE(h.send("GET", u"/sim/health"_s).status, 200); // still serving
    }

    void actionsAnsweredToTheFinalAreLoggedAsInvalid()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            if (isFinal(cb)) // a common mistake: the app's handler answers every request
                return FakeApp::xml("<Response><Say>Thanks for calling</Say></Response>");
            return FakeApp::xml("<Response><Say>Hello there</Say></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330454"_s}, {u"to"_s, AT_NUMBER}});
        QVERIFY(h.app.waitForFinal(session));
        QTRY_VERIFY_WITH_TIMEOUT(eventsOf(h, session).contains(u"invalid action"_s), WAIT_MS);
        QCOMPARE(h.app.receivedFor(session).size(), 2); // the Say was not run
    }

    // The PHP SDK bug class: callBackUrl is not callbackUrl, so AT ignores it and the digits
    // go to the number's main URL, where the app shows the menu again.
    void misspelledCallbackUrlIsIgnoredWithAWarning()
    {
        SimHarness h;
        const QUrl menu = h.app.url(u"/voice/menu"_s);
        h.app.setScript([=](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            if (cb.has(u"dtmfDigits"_s))
                return FakeApp::xml("<Response><Say>Thank you</Say></Response>");
            return FakeApp::xml("<Response><GetDigits numDigits=\"1\" callBackUrl=" + quoted(menu)
                + "><Say>Press one</Say></GetDigits></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330455"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"dtmf"_s, u"5"_s}}}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(pathsOf(callbacks), QStringList({u"/voice"_s, u"/voice"_s, u"/voice"_s}));
        QCOMPARE(callbacks.at(1).value(u"dtmfDigits"_s), u"5"_s);
        const QString events = eventsOf(h, session);
        QVERIFY2(events.contains(u"warning: ignored attribute callBackUrl"_s), qPrintable(events));
    }

    // --- Redirect, Reject -----------------------------------------------------------------

    void redirectBecomesTheCurrentUrl()
    {
        SimHarness h;
        const QUrl menu2 = h.app.url(u"/voice/menu2"_s);
        h.app.setScript([=](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            if (cb.path == u"/voice/menu2"_s && cb.has(u"dtmfDigits"_s))
                return FakeApp::xml("<Response><Say>Goodbye</Say></Response>");
            if (cb.path == u"/voice/menu2"_s)
                return FakeApp::xml("<Response><GetDigits numDigits=\"1\"><Say>Press "
                                    "one</Say></GetDigits></Response>");
            return FakeApp::xml(
                "<Response><Redirect>" + menu2.toString().toUtf8() + "</Redirect></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330456"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"dtmf"_s, u"1"_s}}}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        // Ringing, the redirect's request, the digits (no callbackUrl: the current URL), final.
        QCOMPARE(pathsOf(callbacks),
            QStringList({u"/voice"_s, u"/voice/menu2"_s, u"/voice/menu2"_s, u"/voice"_s}));
        QCOMPARE(callbacks.at(1).value(u"isActive"_s), u"1"_s);
        QVERIFY(!callbacks.at(1).has(u"dtmfDigits"_s));
        QCOMPARE(callbacks.at(2).value(u"dtmfDigits"_s), u"1"_s);
        // "Press one" 1 s + the key 2 s later + "Goodbye" 1 s.
        QCOMPARE(callbacks.at(3).value(u"durationInSeconds"_s), u"4"_s);
    }

    void rejectOnARingingCallCostsNothing()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            return FakeApp::xml(isFinal(cb) ? "" : "<Response><Reject/></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330457"_s}, {u"to"_s, AT_NUMBER}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2);
        const ReceivedCallback &final = callbacks.at(1);
        QCOMPARE(final.value(u"hangupCause"_s), u"CALL_REJECTED"_s);
        QCOMPARE(final.value(u"amount"_s), u"0"_s);
        QCOMPARE(final.value(u"durationInSeconds"_s), u"0"_s);
        QCOMPARE(final.value(u"callSessionState"_s), u"NotAnswered"_s);
        QCOMPARE(final.value(u"status"_s), u"NotAnswered"_s);
        QCOMPARE(final.value(u"currencyCode"_s), u"KES"_s);
        // The field set of AT's real NotAnswered capture: no recording, no dial fields.
        QVERIFY(!final.has(u"recordingUrl"_s));
        QVERIFY(!final.has(u"dialDestinationNumber"_s));
    }

    // --- Dial -----------------------------------------------------------------------------

    void dialOutcome_data()
    {
        QTest::addColumn<QJsonObject>("agents"); // address -> phone script
        QTest::addColumn<QJsonObject>("caller"); // the caller's script
        QTest::addColumn<QByteArray>("dial");
        QTest::addColumn<QString>("bridgedTo"); // empty: nobody
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("dialDuration");
        QTest::addColumn<QString>("hangupCause");
        QTest::addColumn<QStringList>("logged");

        const QString a = u"+254700000101"_s;
        const QString b = u"+254700000202"_s;
        const QString c = u"+254700000303"_s;
        const auto m = [](const QString &number) {
            return Util::maskNumber(number);
        };
        const QString clearing = u"NORMAL_CLEARING"_s;
        QTest::newRow("sequential: first agent busy, the second is bridged")
            << QJsonObject{{a, QJsonObject{{u"answer"_s, u"busy"_s}}},
                   {b, QJsonObject{{u"answerDelay"_s, 2.5}, {u"talk"_s, 5}}}}
            << QJsonObject{} << QByteArray("sequential=\"true\"") << b
            << 10 // "Please hold" 1 + busy 1.5 + ringing 2.5 + talk 5
            << 5 << clearing << QStringList{m(a) + u": USER_BUSY"_s};
        QTest::newRow("simultaneous: the faster agent wins, the slower loses the race")
            << QJsonObject{{a, QJsonObject{{u"answerDelay"_s, 4}}},
                   {b, QJsonObject{{u"answerDelay"_s, 2}, {u"talk"_s, 6}}},
                   {c, QJsonObject{{u"answer"_s, u"busy"_s}}}}
            << QJsonObject{} << QByteArray() << b << 9 // 1 + 2 + 6
            << 6 << clearing << QStringList{m(a) + u": LOSE_RACE"_s, m(c) + u": USER_BUSY"_s};
        QTest::newRow("nobody answers: the next action in the document runs")
            << QJsonObject{{a, QJsonObject{{u"answer"_s, u"no_answer"_s}}},
                   {b, QJsonObject{{u"answer"_s, u"busy"_s}}}}
            << QJsonObject{} << QByteArray() << QString()
            << 32 // 1 + AT rings 30 s + "Nobody is available" 1.2
            << -1 << clearing
            << QStringList{u"nobody answered"_s, u"Say: \"Nobody is available\""_s};
        QTest::newRow("maxDuration cuts a long conversation")
            << QJsonObject{{a, QJsonObject{{u"answerDelay"_s, 2}, {u"talk"_s, 100}}}}
            << QJsonObject{} << QByteArray("maxDuration=\"10\"") << a << 13 // 1 + 2 + 10
            << 10 << clearing << QStringList{u"maxDuration (10 s) reached"_s};
        QTest::newRow("the caller gives up while the agent's phone rings")
            << QJsonObject{{a, QJsonObject{{u"answerDelay"_s, 20}}}}
            << QJsonObject{{u"hangupAfter"_s, 6}} << QByteArray() << QString() << 6 << -1
            << u"ORIGINATOR_CANCEL"_s << QStringList{u"hangs up"_s};
    }
    void dialOutcome()
    {
        QFETCH(QJsonObject, agents);
        QFETCH(QJsonObject, caller);
        QFETCH(QByteArray, dial);
        QFETCH(QString, bridgedTo);
        QFETCH(int, duration);
        QFETCH(int, dialDuration);
        QFETCH(QString, hangupCause);
        QFETCH(QStringList, logged);
        SimHarness h;
        for (auto it = agents.constBegin(); it != agents.constEnd(); ++it)
            h.script(it.key(), it.value().toObject());
        const QByteArray numbers = agents.keys().join(u',').toUtf8();
        h.app.setScript([=](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            return FakeApp::xml("<Response><Say>Please hold</Say><Dial phoneNumbers=\"" + numbers
                + "\" " + dial + "/><Say>Nobody is available</Say></Response>");
        });
        const QString session = h.ringIn(
            {{u"from"_s, u"+254716330460"_s}, {u"to"_s, AT_NUMBER}, {u"behaviour"_s, caller}});
        QVERIFY(h.app.waitForFinal(session));
        QCOMPARE(h.app.receivedFor(session).size(), 2);
        const ReceivedCallback final = finalOf(h.app, session);
        QCOMPARE(final.value(u"hangupCause"_s), hangupCause);
        QCOMPARE(final.value(u"durationInSeconds"_s).toInt(), duration);
        if (bridgedTo.isEmpty()) {
            QVERIFY(!final.has(u"dialDestinationNumber"_s));
            QVERIFY(!final.has(u"dialDurationInSeconds"_s));
        } else {
            QCOMPARE(final.value(u"dialDestinationNumber"_s), bridgedTo);
            QCOMPARE(final.value(u"dialDurationInSeconds"_s).toInt(), dialDuration);
        }
        // Both legs are billed, per second, at the caller's (Kenyan) rate.
        QCOMPARE(final.value(u"amount"_s),
            AtSim::billAmount(duration + qMax(0, dialDuration), KES_PER_MINUTE));
        const QString events = eventsOf(h, session);
        for (const QString &line : logged)
            QVERIFY2(events.contains(line), qPrintable(line + u" not in:\n"_s + events));
    }

    // --- queues across two AT numbers -----------------------------------------------------

    void dequeueBridgesAnAgentToTheQueuedCaller()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            if (cb.path == u"/voice/agents"_s)
                return FakeApp::xml("<Response><Dequeue phoneNumber=\"+254711082000\" "
                                    "name=\"support\"/></Response>");
            return FakeApp::xml("<Response><Enqueue name=\"support\" "
                                "holdMusic=\"https://media.example.com/hold.mp3\"/></Response>");
        });
        const QString customer = h.ringIn({{u"from"_s, u"+254716330470"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"talk"_s, 30}, {u"patience"_s, 3000}}}});
        QTRY_COMPARE_WITH_TIMEOUT(queuedCalls(h), 1, WAIT_MS);
        const QString agent = h.ringIn({{u"from"_s, u"+254716330471"_s},
            {u"to"_s, AGENT_LINE_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"talk"_s, 12}}}});
        QVERIFY(h.app.waitForFinal(agent));
        QVERIFY(h.app.waitForFinal(customer));
        QCOMPARE(queuedCalls(h), 0);

        const auto agentCallbacks = h.app.receivedFor(agent);
        QCOMPARE(agentCallbacks.first().path, u"/voice/agents"_s);
        QCOMPARE(agentCallbacks.first().value(u"destinationNumber"_s), AGENT_LINE_NUMBER);
        const ReceivedCallback agentFinal = finalOf(h.app, agent);
        QCOMPARE(agentFinal.value(u"callSessionState"_s), u"Completed"_s);
        QCOMPARE(agentFinal.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        QCOMPARE(agentFinal.value(u"durationInSeconds"_s), u"12"_s); // the agent talks 12 s
        const ReceivedCallback customerFinal = finalOf(h.app, customer);
        QCOMPARE(customerFinal.value(u"callSessionState"_s), u"Completed"_s);
        QCOMPARE(customerFinal.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        // Waiting in the queue took wall-clock time; the 12 s conversation comes on top.
        const int customerSeconds = customerFinal.value(u"durationInSeconds"_s).toInt();
        QVERIFY2(customerSeconds >= 12 && customerSeconds < 3000, customerFinal.body.constData());
        QVERIFY(eventsOf(h, customer).contains(u"hold music https://media.example.com/hold.mp3"_s));
        QVERIFY(eventsOf(h, customer).contains(u"dequeued: connected to"_s));
        QVERIFY(eventsOf(h, agent).contains(u"Dequeue: connected to"_s));
    }

    void dequeueOnAnEmptyQueueHangsUp()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            return FakeApp::xml(isFinal(cb) ? ""
                                            : "<Response><Dequeue phoneNumber=\"+254711082000\" "
                                              "name=\"support\"/></Response>");
        });
        const QString agent
            = h.ringIn({{u"from"_s, u"+254716330472"_s}, {u"to"_s, AGENT_LINE_NUMBER}});
        QVERIFY(h.app.waitForFinal(agent));
        QCOMPARE(h.app.receivedFor(agent).size(), 2);
        const ReceivedCallback final = finalOf(h.app, agent);
        QCOMPARE(final.value(u"durationInSeconds"_s), u"0"_s);
        QCOMPARE(final.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        QVERIFY(eventsOf(h, agent).contains(u"the queue is empty"_s));
    }

    void impatientCallerLeavesTheQueue()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            return FakeApp::xml(
                isFinal(cb) ? "" : "<Response><Enqueue name=\"support\"/></Response>");
        });
        const QString customer = h.ringIn({{u"from"_s, u"+254716330473"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"patience"_s, 600}}}}); // 3 s of real time
        QTRY_COMPARE_WITH_TIMEOUT(queuedCalls(h), 1, WAIT_MS);
        QVERIFY(h.app.waitForFinal(customer));
        QCOMPARE(queuedCalls(h), 0);
        const ReceivedCallback final = finalOf(h.app, customer);
        QCOMPARE(final.value(u"durationInSeconds"_s), u"600"_s);
        QCOMPARE(final.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        QVERIFY(eventsOf(h, customer).contains(u"gives up waiting"_s));
    }

    // --- WebRTC ---------------------------------------------------------------------------

    void webRtcClientCallsIn()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            return FakeApp::xml(isFinal(cb) ? "" : "<Response><Say>Hello Alice</Say></Response>");
        });
        const QString session = h.ringIn(
            {{u"client"_s, u"alice"_s}, {u"to"_s, AT_NUMBER}, {u"dialed"_s, u"0726339982"_s}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2);
        for (const ReceivedCallback &callback : callbacks) {
            QCOMPARE(callback.value(u"direction"_s), u"Inbound"_s);
            QCOMPARE(callback.value(u"callerNumber"_s), u"myapp.alice"_s);
            QCOMPARE(callback.value(u"clientDialedNumber"_s), u"0726339982"_s);
            QCOMPARE(callback.value(u"callerCountryCode"_s), u"-1"_s);
            QCOMPARE(callback.value(u"callerCarrierName"_s), u"None"_s);
            QCOMPARE(callback.value(u"destinationNumber"_s), AT_NUMBER);
        }
        QCOMPARE(callbacks.at(0).value(u"callSessionState"_s), u"Ringing"_s);
        QCOMPARE(callbacks.at(1).value(u"durationInSeconds"_s), u"1"_s);
        // Billed at the price of the Kenyan AT number it called.
        QCOMPARE(callbacks.at(1).value(u"currencyCode"_s), u"KES"_s);
    }

    // --- live control through /sim --------------------------------------------------------

    void liveDigitsReachAWaitingGetDigits()
    {
        SimHarness h;
        const QUrl menu = h.app.url(u"/voice/menu"_s);
        h.app.setScript([=](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            if (cb.path == u"/voice/menu"_s)
                return FakeApp::xml("<Response><Say>Thank you</Say></Response>");
            return FakeApp::xml("<Response><GetDigits finishOnKey=\"#\" timeout=\"3000\" "
                                "callbackUrl="
                + quoted(menu) + "><Say>Enter your account number</Say></GetDigits></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330474"_s}, {u"to"_s, AT_NUMBER}});
        QTRY_VERIFY_WITH_TIMEOUT(eventsOf(h, session).contains(u"GetDigits"_s), WAIT_MS);
        const QString dtmf = u"/sim/calls/%1/dtmf"_s.arg(session);
        QCOMPARE(h.control("POST", dtmf, {{u"digits"_s, u"4"_s}}).status, 202);
        QCOMPARE(h.control("POST", dtmf, {{u"digits"_s, u"2#"_s}}).status, 202);
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(pathsOf(callbacks), QStringList({u"/voice"_s, u"/voice/menu"_s, u"/voice"_s}));
        QCOMPARE(callbacks.at(1).value(u"dtmfDigits"_s), u"42"_s);
        // Nothing to press or hang up on any more.
        QCOMPARE(h.control("POST", dtmf, {{u"digits"_s, u"1"_s}}).status, 409);
        QCOMPARE(h.control("POST", u"/sim/calls/%1/hangup"_s.arg(session)).status, 409);
    }

    void liveHangupMidSayEndsTheCallEarly()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            // 1 s of welcome, then 20 simulated minutes (6 s of real time) of terms.
            return FakeApp::xml("<Response><Say>Welcome</Say>" + longSay(3000) + "</Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330475"_s}, {u"to"_s, AT_NUMBER}});
        QTRY_VERIFY_WITH_TIMEOUT(eventsOf(h, session).contains(u"Say: \"word"_s), WAIT_MS);
        QCOMPARE(h.control("POST", u"/sim/calls/%1/hangup"_s.arg(session)).status, 202);
        QVERIFY(h.app.waitForFinal(session));
        const ReceivedCallback final = finalOf(h.app, session);
        QCOMPARE(final.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        QCOMPARE(final.value(u"callSessionState"_s), u"Completed"_s);
        // Somewhere inside the long Say: after the welcome, well before its end.
        const int seconds = final.value(u"durationInSeconds"_s).toInt();
        QVERIFY2(seconds >= 1 && seconds < 1201, final.body.constData());
        QCOMPARE(final.value(u"amount"_s), AtSim::billAmount(seconds, KES_PER_MINUTE));
        QCOMPARE(callLog(h, session).value(u"durationInSeconds"_s).toInt(), seconds);
        QVERIFY(eventsOf(h, session).contains(u"hangs up"_s));
        QCOMPARE(h.control("POST", u"/sim/calls/%1/hangup"_s.arg(session)).status, 409);
    }

    void liveHangupWhileRingingIsARejection()
    {
        SimHarness h;
        h.script(u"+254722000010"_s, {{u"answerDelay"_s, 3000}}); // rings a long time
        const QString session = h.dial(u"+254722000010"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            callLog(h, session).value(u"phase"_s).toString(), u"dialling"_s, WAIT_MS);
        QCOMPARE(h.control("POST", u"/sim/calls/%1/hangup"_s.arg(session)).status, 202);
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 1); // never answered: only the final
        QCOMPARE(callbacks.at(0).value(u"callSessionState"_s), u"NotAnswered"_s);
        QCOMPARE(callbacks.at(0).value(u"hangupCause"_s), u"CALL_REJECTED"_s);
        QCOMPARE(callbacks.at(0).value(u"callStartTime"_s), u"None"_s);
        QCOMPARE(callbacks.at(0).value(u"amount"_s), u"0"_s);
    }

    // --- scripted phone users -------------------------------------------------------------

    void scriptedHangupEndsTheCallMidIvr_data()
    {
        QTest::addColumn<bool>("inbound");
        QTest::addColumn<int>("hangupAfter");
        QTest::newRow("inbound caller leaves while the menu waits for keys") << true << 7;
        QTest::newRow("outbound callee leaves mid-menu") << false << 4;
    }
    void scriptedHangupEndsTheCallMidIvr()
    {
        QFETCH(bool, inbound);
        QFETCH(int, hangupAfter);
        SimHarness h;
        const QString phone = u"+254716330476"_s;
        const QJsonObject behaviour{{u"hangupAfter"_s, hangupAfter}, {u"answerDelay"_s, 3}};
        h.app.setScript([](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            return FakeApp::xml("<Response><GetDigits timeout=\"30\" numDigits=\"1\">"
                                "<Say>Press one for balance, two for airtime</Say></GetDigits>"
                                "<Say>Goodbye</Say></Response>");
        });
        QString session;
        if (inbound) {
            session
                = h.ringIn({{u"from"_s, phone}, {u"to"_s, AT_NUMBER}, {u"behaviour"_s, behaviour}});
        } else {
            h.script(phone, behaviour);
            session = h.dial(phone);
        }
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2); // no digits, so no request between first and final
        const ReceivedCallback &final = callbacks.at(1);
        QCOMPARE(final.value(u"callSessionState"_s), u"Completed"_s);
        QCOMPARE(final.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        // Counted from the answer (outbound) or the ring (inbound); the menu would need 33 s.
        QCOMPARE(final.value(u"durationInSeconds"_s).toInt(), hangupAfter);
        QVERIFY(eventsOf(h, session).contains(u"hangs up"_s));
    }

    // --- GetDigits key handling -----------------------------------------------------------

    void getDigitsStopsAtNumDigitsOrFinishOnKey_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("pressed");
        QTest::addColumn<QString>("sent"); // empty: no request, the next action runs
        QTest::addColumn<int>("duration");
        // "Enter" 1 s, keys 2 s later, then "Thanks" or "Goodbye now" 1 s.
        QTest::newRow("numDigits reached before the # key")
            << QByteArray("numDigits=\"2\" finishOnKey=\"#\"") << u"1234#"_s << u"12"_s << 4;
        QTest::newRow("# ends input before numDigits")
            << QByteArray("numDigits=\"4\" finishOnKey=\"#\"") << u"12#"_s << u"12"_s << 4;
        QTest::newRow("neither attribute: the first key")
            << QByteArray() << u"987"_s << u"9"_s << 4;
        QTest::newRow("too few digits are sent at the timeout")
            << QByteArray("numDigits=\"4\" timeout=\"10\"") << u"12"_s << u"12"_s
            << 12; // 1 + timeout 10 + 1
        QTest::newRow("only the # key: no request, the next action runs")
            << QByteArray("finishOnKey=\"#\"") << u"#"_s << QString() << 4;
    }
    void getDigitsStopsAtNumDigitsOrFinishOnKey()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, pressed);
        QFETCH(QString, sent);
        QFETCH(int, duration);
        SimHarness h;
        h.app.setScript([=](const ReceivedCallback &cb) {
            if (isFinal(cb))
                return FakeApp::xml("");
            if (cb.has(u"dtmfDigits"_s))
                return FakeApp::xml("<Response><Say>Thanks</Say></Response>");
            return FakeApp::xml("<Response><GetDigits " + attributes
                + "><Say>Enter</Say></GetDigits><Say>Goodbye now</Say></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330477"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"dtmf"_s, pressed}}}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), sent.isEmpty() ? 2 : 3);
        if (!sent.isEmpty())
            QCOMPARE(callbacks.at(1).value(u"dtmfDigits"_s), sent);
        QCOMPARE(callbacks.constLast().value(u"durationInSeconds"_s).toInt(), duration);
    }

    // --- transfer (the engine side of /callTransfer) -------------------------------------

    void transferMovesTheBridgeToANewAgent()
    {
        SimHarness h;
        const QString first = u"+254700000404"_s;
        const QString second = u"+254700000505"_s;
        h.script(first, {{u"answerDelay"_s, 1}, {u"talk"_s, 3000}});
        h.script(second, {{u"answerDelay"_s, 2}, {u"talk"_s, 5}});
        h.app.setScript([first](const ReceivedCallback &cb) {
            if (cb.value(u"callSessionState"_s) != u"Ringing"_s)
                return FakeApp::xml(""); // transfer events and the final need no answer
            return FakeApp::xml(
                "<Response><Dial phoneNumbers=\"" + first.toUtf8() + "\"/></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330478"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"talk"_s, 3000}}}});
        QTRY_COMPARE_WITH_TIMEOUT(
            callLog(h, session).value(u"phase"_s).toString(), u"bridged"_s, WAIT_MS);
        AtSim::SimCall *call = h.sim->engine().find(session);
        QVERIFY(call);
        QVERIFY(call->transfer(second, u"callee"_s).ok());
        QVERIFY(h.app.waitForFinal(session));

        QList<ReceivedCallback> events;
        for (const ReceivedCallback &callback : h.app.receivedFor(session)) {
            if (callback.has(u"callTransferState"_s))
                events.append(callback);
        }
        QCOMPARE(events.size(), 3);
        const QStringList states{u"Active"_s, u"Transferred"_s, u"TransferCompleted"_s};
        const QStringList transferStates{u"Active"_s, u"Active"_s, u"CalleeHangup"_s};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(events.at(i).value(u"callSessionState"_s), states.at(i));
            QCOMPARE(events.at(i).value(u"callTransferState"_s), transferStates.at(i));
            QCOMPARE(events.at(i).value(u"status"_s), u"Success"_s);
            QCOMPARE(events.at(i).value(u"callTransferredToNumber"_s), second);
            QCOMPARE(events.at(i).value(u"sessionId"_s), session);
        }
        QCOMPARE(events.at(0).value(u"callTransferParam"_s), second + u":0"_s);
        QCOMPARE(events.at(2).value(u"callTransferParam"_s), second + u":5"_s); // talked 5 s
        const ReceivedCallback final = finalOf(h.app, session);
        QCOMPARE(final.value(u"dialDestinationNumber"_s), second);
        QCOMPARE(final.value(u"dialDurationInSeconds"_s), u"5"_s);
        // The call has ended: nothing left to transfer.
        QVERIFY(!call->transfer(first, u"callee"_s).ok());
    }

    // --- determinism ----------------------------------------------------------------------

    void sameSeedReplaysTheSameNotifications()
    {
        QStringList firstIds, secondIds, otherIds;
        QList<QStringList> firstBodies, secondBodies, otherBodies;
        runScenario(7, &firstIds, &firstBodies);
        runScenario(7, &secondIds, &secondBodies);
        runScenario(8, &otherIds, &otherBodies);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(firstBodies.size(), 5); // Ringing, digits, final; Answered, final
        QCOMPARE(secondIds, firstIds);
        QCOMPARE(secondBodies, firstBodies);
        QVERIFY(otherIds.at(0) != firstIds.at(0));
        QVERIFY(otherIds.at(1) != firstIds.at(1));
    }
};

SIMU_TEST_MAIN(TestAtSimEngine)
#include "tst_atsim_engine.moc"
