// The callback sequences of the AT reference §3.7 (a) to (e), produced by the simulator at a
// listening app over real HTTP: what a voice app built against the simulator will see.

#include "simharness.h"
#include "testmain.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::AT_NUMBER;
using TestSupport::FakeApp;
using TestSupport::ReceivedCallback;
using TestSupport::SimHarness;

namespace {

const QStringList BASE_FIELDS = {u"isActive"_s,
    u"sessionId"_s,
    u"direction"_s,
    u"callerNumber"_s,
    u"destinationNumber"_s,
    u"callerCarrierName"_s,
    u"callerCountryCode"_s,
    u"callSessionState"_s,
    u"callStartTime"_s};

bool isAtTime(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

class TestAtSimSequences : public QObject
{
    Q_OBJECT

private:
    static void verifyBaseFields(const ReceivedCallback &callback)
    {
        for (const QString &name : BASE_FIELDS)
            QVERIFY2(callback.has(name), qPrintable(u"missing "_s + name));
    }

private Q_SLOTS:
    // (a) Inbound call answered and bridged to an agent with <Dial record="true">.
    void inboundBridgedWithDial()
    {
        SimHarness h;
        h.script(u"+254700000001"_s, {{u"answerDelay"_s, 2}, {u"talk"_s, 10}});
        h.app.setScript([](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            return FakeApp::xml(
                "<Response><Say>Please hold</Say>"
                "<Dial phoneNumbers=\"+254700000001\" record=\"true\"/></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+256783204665"_s}, {u"to"_s, AT_NUMBER}});
        QVERIFY(session.startsWith(u"ATVId_"_s));
        QVERIFY(h.app.waitForFinal(session));

        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2);
        const ReceivedCallback &first = callbacks.at(0);
        verifyBaseFields(first);
        QCOMPARE(first.path, u"/voice"_s);
        QCOMPARE(first.value(u"isActive"_s), u"1"_s);
        QCOMPARE(first.value(u"direction"_s), u"Inbound"_s);
        QCOMPARE(first.value(u"callSessionState"_s), u"Ringing"_s);
        QCOMPARE(first.value(u"callerNumber"_s), u"+256783204665"_s);
        QCOMPARE(first.value(u"destinationNumber"_s), AT_NUMBER);
        QCOMPARE(first.value(u"callerCarrierName"_s), u"MTN"_s);
        QCOMPARE(first.value(u"callerCountryCode"_s), u"256"_s);
        QVERIFY(isAtTime(first.value(u"callStartTime"_s)));
        // On the wire '+' is %2B and the space in the time is a '+'.
        QVERIFY(first.body.contains("callerNumber=%2B256783204665"));
        const QByteArray encodedDate = first.value(u"callStartTime"_s).left(10).toLatin1() + '+';
        QVERIFY(first.body.contains(encodedDate));

        const ReceivedCallback &final = callbacks.at(1);
        verifyBaseFields(final);
        QCOMPARE(final.value(u"isActive"_s), u"0"_s);
        QCOMPARE(final.value(u"callSessionState"_s), u"Completed"_s);
        QCOMPARE(final.value(u"status"_s), u"Success"_s);
        QCOMPARE(final.value(u"callStartTime"_s), first.value(u"callStartTime"_s));
        // "Please hold" (1 s) + 2 s ringing + 10 s talking.
        QCOMPARE(final.value(u"durationInSeconds"_s), u"13"_s);
        QCOMPARE(final.value(u"dialDestinationNumber"_s), u"+254700000001"_s);
        QCOMPARE(final.value(u"dialDurationInSeconds"_s), u"10"_s);
        QVERIFY(isAtTime(final.value(u"dialStartTime"_s)));
        QCOMPARE(final.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        QCOMPARE(final.value(u"currencyCode"_s), u"UGX"_s);
        // (13 + 10) s at 220 UGX a minute, billed per second.
        QCOMPARE(final.value(u"amount"_s), u"84.333333333333333333"_s);

        // The recording is a real MP3 of the bridged conversation, served over HTTP.
        const QUrl recording(final.value(u"recordingUrl"_s));
        QVERIFY(recording.path().endsWith(u".mp3"_s));
        const auto audio = h.send("GET", recording.path());
        QCOMPARE(audio.status, 200);
        QCOMPARE(audio.header("Content-Type"), QByteArray("audio/mpeg"));
        QVERIFY(qAbs(audio.body.size() - 40000) < 200); // 10 s at 32 kbit/s
        QCOMPARE(quint8(audio.body.at(0)), quint8(0xff));
    }

    // (b) Outbound call via /call, answered.
    void outboundAnswered()
    {
        SimHarness h;
        h.script(u"+254722000001"_s, {{u"answerDelay"_s, 3}});
        h.app.setScript([](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            return FakeApp::xml("<Response><Say>Hello this is a test</Say></Response>");
        });
        const QString session = h.dial(u"+254722000001"_s, u"order-42"_s);
        QVERIFY(session.startsWith(u"ATVId_"_s));
        QVERIFY(h.app.waitForFinal(session));

        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2);
        const ReceivedCallback &first = callbacks.at(0);
        verifyBaseFields(first);
        QCOMPARE(first.value(u"isActive"_s), u"1"_s);
        QCOMPARE(first.value(u"direction"_s), u"Outbound"_s);
        QCOMPARE(first.value(u"callSessionState"_s), u"Answered"_s);
        QCOMPARE(first.value(u"callerNumber"_s), u"+254722000001"_s); // the callee
        QCOMPARE(first.value(u"destinationNumber"_s), AT_NUMBER); // our `from`
        QCOMPARE(first.value(u"callerCarrierName"_s), u"Safaricom"_s);
        QCOMPARE(first.value(u"clientRequestId"_s), u"order-42"_s);

        const ReceivedCallback &final = callbacks.at(1);
        QCOMPARE(final.value(u"isActive"_s), u"0"_s);
        QCOMPARE(final.value(u"callSessionState"_s), u"Completed"_s);
        QCOMPARE(final.value(u"status"_s), u"Success"_s);
        QCOMPARE(final.value(u"durationInSeconds"_s), u"2"_s); // five words of speech
        QCOMPARE(final.value(u"currencyCode"_s), u"KES"_s);
        QCOMPARE(final.value(u"amount"_s), u"0.116666666666666666"_s);
        QCOMPARE(final.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        QCOMPARE(final.value(u"recordingUrl"_s), u""_s);
        QVERIFY(final.has(u"recordingUrl"_s));
        QVERIFY(!final.has(u"dialDestinationNumber"_s));
    }

    // (c) Outbound call not answered: one final notification and nothing else.
    void outboundNotAnswered_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("hangupCause");
        QTest::newRow("handset off") << u"absent"_s << u"SUBSCRIBER_ABSENT"_s;
        QTest::newRow("busy") << u"busy"_s << u"USER_BUSY"_s;
        QTest::newRow("rings out") << u"no_answer"_s << u"NO_ANSWER"_s;
        QTest::newRow("declined") << u"reject"_s << u"CALL_REJECTED"_s;
    }
    void outboundNotAnswered()
    {
        QFETCH(QString, answer);
        QFETCH(QString, hangupCause);
        SimHarness h;
        h.script(u"+256772123456"_s, {{u"answer"_s, answer}});
        const QString session = h.dial(u"+256772123456"_s);
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 1);
        const ReceivedCallback &final = callbacks.at(0);
        verifyBaseFields(final);
        QCOMPARE(final.value(u"isActive"_s), u"0"_s);
        QCOMPARE(final.value(u"callSessionState"_s), u"NotAnswered"_s);
        QCOMPARE(final.value(u"status"_s), u"NotAnswered"_s);
        QCOMPARE(final.value(u"hangupCause"_s), hangupCause);
        QCOMPARE(final.value(u"callStartTime"_s), u"None"_s);
        QCOMPARE(final.value(u"durationInSeconds"_s), u"0"_s);
        QCOMPARE(final.value(u"amount"_s), u"0"_s);
        QCOMPARE(final.value(u"currencyCode"_s), u"UGX"_s);
    }

    // (d) Recordings: a partial <Record> posts its URL mid-call to the Record callbackUrl; a
    // terminal <Record/> reports it in the final notification.
    void partialRecordPostsUrlMidCall()
    {
        SimHarness h;
        h.script(u"+254722000002"_s, {{u"answerDelay"_s, 1}, {u"speech"_s, 4}});
        const QString recordedUrl = h.app.url(u"/voice/recorded"_s).toString();
        h.app.setScript([recordedUrl](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            if (cb.path == u"/voice/recorded"_s)
                return FakeApp::xml("<Response><Say>Thank you</Say></Response>");
            return FakeApp::xml("<Response><Record finishOnKey=\"#\" maxLength=\"30\" "
                                "playBeep=\"true\" callbackUrl=\""
                + recordedUrl.toUtf8() + "\"><Say>Leave a message</Say></Record></Response>");
        });
        const QString session = h.dial(u"+254722000002"_s);
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 3);
        const ReceivedCallback &recorded = callbacks.at(1);
        QCOMPARE(recorded.path, u"/voice/recorded"_s);
        QCOMPARE(recorded.value(u"isActive"_s), u"1"_s);
        const QUrl url(recorded.value(u"recordingUrl"_s));
        QVERIFY(url.path().endsWith(u".mp3"_s));
        const auto audio = h.send("GET", url.path());
        QCOMPARE(audio.status, 200);
        QVERIFY(qAbs(audio.body.size() - 16000) < 200); // 4 s of speech
        // The Record callbackUrl is where the rest of the call's requests go; the final goes
        // to the number's callback URL.
        QCOMPARE(callbacks.at(2).path, u"/voice"_s);
        QCOMPARE(callbacks.at(2).value(u"recordingUrl"_s), u""_s);
    }

    void terminalRecordReportsUrlInFinal()
    {
        SimHarness h;
        h.script(u"+254722000003"_s, {{u"answerDelay"_s, 1}, {u"speech"_s, 3}});
        h.app.setScript([](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            return FakeApp::xml("<Response><Say>Speak after the tone</Say><Record/></Response>");
        });
        const QString session = h.dial(u"+254722000003"_s);
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2);
        const QUrl url(callbacks.at(1).value(u"recordingUrl"_s));
        QVERIFY(url.path().endsWith(u".mp3"_s));
        QCOMPARE(h.send("GET", url.path()).status, 200);
    }

    // (e) GetDigits round trip: digits go to the GetDigits callbackUrl.
    void getDigitsRoundTrip()
    {
        SimHarness h;
        const QString menuUrl = h.app.url(u"/voice/menu"_s).toString();
        h.app.setScript([menuUrl](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            if (cb.path == u"/voice/menu"_s)
                return FakeApp::xml("<Response><Say>You chose " + cb.value(u"dtmfDigits"_s).toUtf8()
                    + "</Say></Response>");
            return FakeApp::xml("<Response><GetDigits timeout=\"20\" finishOnKey=\"#\" "
                                "numDigits=\"4\" callbackUrl=\""
                + menuUrl.toUtf8()
                + "\"><Say>Enter your PIN</Say></GetDigits>"
                  "<Say>We did not get your PIN</Say></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330450"_s},
            {u"to"_s, AT_NUMBER},
            {u"behaviour"_s, QJsonObject{{u"dtmf"_s, u"1234#"_s}}}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 3);
        QCOMPARE(callbacks.at(1).path, u"/voice/menu"_s);
        QCOMPARE(callbacks.at(1).value(u"isActive"_s), u"1"_s);
        QCOMPARE(callbacks.at(1).value(u"dtmfDigits"_s), u"1234"_s);
        verifyBaseFields(callbacks.at(1));
    }

    void getDigitsWithoutInputRunsTheNextActionWithoutARequest()
    {
        SimHarness h;
        h.app.setScript([](const ReceivedCallback &cb) {
            if (cb.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            return FakeApp::xml(
                "<Response><GetDigits timeout=\"5\" numDigits=\"1\">"
                "<Say>Press one</Say></GetDigits><Say>Goodbye now</Say></Response>");
        });
        const QString session = h.ringIn({{u"from"_s, u"+254716330451"_s}, {u"to"_s, AT_NUMBER}});
        QVERIFY(h.app.waitForFinal(session));
        const auto callbacks = h.app.receivedFor(session);
        QCOMPARE(callbacks.size(), 2); // Ringing, then straight to the final
        // "Press one" 1 s + 5 s timeout + "Goodbye now" 1 s.
        QCOMPARE(callbacks.at(1).value(u"durationInSeconds"_s), u"7"_s);
    }
};

SIMU_TEST_MAIN(TestAtSimSequences)
#include "tst_atsim_sequences.moc"
