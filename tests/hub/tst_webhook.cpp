// POST /api/webhooks/africastalking/{secret}: the secret, the source allow-list and the body cap
// keep strangers out without leaking the secret into logs; garbage is refused with a log line
// and stores nothing; a repeated notification changes nothing; and inbound calls from the
// simulator ring the free agents' lines, or queue the caller when nobody is free.

#include "hubharness.h"
#include "testmain.h"
#include "util/formcodec.h"

#include <QMutex>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

// Every log message of the process while a LogCapture lives (and still printed as usual).
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() { qInstallMessageHandler(s_previous); }

    QStringList lines() const
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }
    bool contains(const QString &text) const { return !linesWith(text).isEmpty(); }
    QStringList linesWith(const QString &text) const { return lines().filter(text); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines.append(
                QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QMutex s_mutex;
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

const QString SESSION = u"ATVId_webhooktest0001"_s;

// The first notification of an inbound call, as AT sends it.
QByteArray ringing(const QString &sessionId = SESSION)
{
    return Util::encodeForm({{u"isActive"_s, u"1"_s},
        {u"sessionId"_s, sessionId},
        {u"direction"_s, u"Inbound"_s},
        {u"callerNumber"_s, CUSTOMER},
        {u"destinationNumber"_s, AT_NUMBER},
        {u"callSessionState"_s, u"Ringing"_s},
        {u"callerCarrierName"_s, u"Safaricom"_s},
        {u"callerCountryCode"_s, u"254"_s},
        {u"callStartTime"_s, u"2026-11-24 10:15:30"_s}});
}

// Its final notification: nobody answered.
QByteArray unanswered(const QString &sessionId = SESSION)
{
    return Util::encodeForm({{u"isActive"_s, u"0"_s},
        {u"sessionId"_s, sessionId},
        {u"direction"_s, u"Inbound"_s},
        {u"callerNumber"_s, CUSTOMER},
        {u"destinationNumber"_s, AT_NUMBER},
        {u"callSessionState"_s, u"NotAnswered"_s},
        {u"status"_s, u"NotAnswered"_s},
        {u"hangupCause"_s, u"NO_ANSWER"_s},
        {u"durationInSeconds"_s, u"0"_s},
        {u"amount"_s, u"0"_s},
        {u"currencyCode"_s, u"KES"_s}});
}

Reply postCallback(HubHarness &hub, const QByteArray &body, const QString &secret = WEBHOOK_SECRET)
{
    return hub.send("POST",
        u"/api/webhooks/africastalking/"_s + secret,
        {},
        body,
        "application/x-www-form-urlencoded");
}

int webhookCounter(HubHarness &hub, const QString &name)
{
    return hub.get(u"/api/health"_s).json().value(u"webhook"_s).toObject().value(name).toInt(-1);
}

bool ringsEveryLine(const QByteArray &xml)
{
    return xml.contains("<Dial phoneNumbers=\"") && xml.contains(AGENT1_LINE.toUtf8())
        && xml.contains(AGENT2_LINE.toUtf8());
}

} // namespace

class TestWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongSecretIsRefusedCountedAndNeverLogged_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("a guessed secret") << u"guess"_s;
        QTest::newRow("the secret with its last character changed")
            << WEBHOOK_SECRET.chopped(1) + u'c';
        QTest::newRow("the secret in capitals") << WEBHOOK_SECRET.toUpper();
        QTest::newRow("the secret's first half") << WEBHOOK_SECRET.left(WEBHOOK_SECRET.size() / 2);
    }

    void wrongSecretIsRefusedCountedAndNeverLogged()
    {
        QFETCH(QString, secret);
        const LogCapture logs; // from before the hub starts: start-up logs count too
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);

        const Reply refused = postCallback(hub, ringing(), secret);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"forbidden"_s);
        QCOMPARE(refused.errorMessage(), u"Unknown webhook."_s);
        QCOMPARE(webhookCounter(hub, u"wrongSecret"_s), 1);
        QCOMPARE(webhookCounter(hub, u"accepted"_s), 0);
        QCOMPARE(hub.historyTotal(supervisor), 0);
        QVERIFY2(logs.contains(u"webhook with a wrong secret from 127.0.0.1"_s),
            qPrintable(logs.lines().join(u'\n')));

        // A real call through the right URL, so the logs hold everything a day's work writes.
        const QString id = hub.ringIn();
        QVERIFY(hub.waitForFinal(supervisor, id).value(u"final"_s).toBool());
        for (const QString &line : logs.lines()) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(WEBHOOK_SECRET), qPrintable(line));
        }
    }

    void allowListDecidesWhoMayPost_data()
    {
        QTest::addColumn<QStringList>("networks");
        QTest::addColumn<int>("status");
        QTest::newRow("a LAN range without this machine") << QStringList{u"10.0.0.0/8"_s} << 403;
        QTest::newRow("one address that is not this machine")
            << QStringList{u"196.201.214.200/32"_s} << 403;
        QTest::newRow("the loopback network") << QStringList{u"127.0.0.0/8"_s} << 200;
        QTest::newRow("two networks, the second matching")
            << QStringList{u"10.0.0.0/8"_s, u"127.0.0.1/32"_s} << 200;
    }

    void allowListDecidesWhoMayPost()
    {
        QFETCH(QStringList, networks);
        QFETCH(int, status);
        HubHarness hub([networks](Hub::HubConfig &config) {
            for (const QString &network : networks)
                config.webhookAllowList.append(QHostAddress::parseSubnet(network));
        });
        QVERIFY(hub.startWithStandardUsers());
        QVERIFY(hub.signInAgents());
        const LogCapture logs;
        const Reply reply = postCallback(hub, ringing());
        QCOMPARE(reply.status, status);
        const int stored = hub.historyTotal(hub.login(u"supervisor1"_s));
        if (status == 403) {
            QCOMPARE(reply.errorCode(), u"forbidden"_s);
            QCOMPARE(reply.errorMessage(), u"This address may not post callbacks."_s);
            QVERIFY(logs.contains(u"webhook from 127.0.0.1 outside the allow-list"_s));
            QCOMPARE(stored, 0);
        } else {
            QVERIFY(ringsEveryLine(reply.body));
            QCOMPARE(stored, 1);
        }
    }

    void oversizedCallbackIsRefused_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("status");
        QTest::newRow("exactly at the 64 KiB cap") << 64 * 1024 << 200;
        QTest::newRow("one byte over the cap") << 64 * 1024 + 1 << 413;
        QTest::newRow("a megabyte") << 1024 * 1024 << 413;
    }

    void oversizedCallbackIsRefused()
    {
        QFETCH(int, size);
        QFETCH(int, status);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        // A real notification, padded with an unknown field up to the size.
        QByteArray body = ringing() + "&padding=";
        body += QByteArray(size - body.size(), 'x');
        QCOMPARE(body.size(), size);

        const Reply reply = postCallback(hub, body);
        QCOMPARE(reply.status, status);
        const int stored = hub.historyTotal(hub.login(u"supervisor1"_s));
        if (status == 413) {
            QCOMPARE(reply.errorCode(), u"body_too_large"_s);
            QCOMPARE(reply.errorMessage(), u"A callback is at most 65536 bytes."_s);
            QCOMPARE(stored, 0);
        } else {
            QCOMPARE(stored, 1);
        }
    }

    void garbageIsRefusedWithALogLineAndNothingStored_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason"); // in the answer and the log line

        QTest::newRow("empty body") << QByteArray() << u"empty"_s;
        static const char noise[] = "\x01\xff\xfe garbage \x00\x7f";
        QTest::newRow("random bytes") << QByteArray(noise, sizeof(noise) - 1) << u"sessionId"_s;
        QTest::newRow("JSON instead of a form")
            << QByteArray(R"({"sessionId":"ATVId_1","isActive":"1"})") << u"sessionId"_s;
        QTest::newRow("no sessionId")
            << QByteArray("isActive=1&direction=Inbound&callerNumber=%2B254722000111")
            << u"sessionId"_s;
        QTest::newRow("no isActive")
            << QByteArray("sessionId=ATVId_1&direction=Inbound") << u"isActive"_s;
        QTest::newRow("isActive neither 0 nor 1")
            << QByteArray("sessionId=ATVId_1&isActive=yes") << u"isActive"_s;
        QTest::newRow("two different sessionIds")
            << QByteArray("sessionId=ATVId_1&sessionId=ATVId_2&isActive=1") << u"sessionId"_s;
        QTest::newRow("a sessionId of 200 characters")
            << QByteArray("isActive=1&sessionId=" + QByteArray(200, 'A')) << u"sessionId"_s;
    }

    void garbageIsRefusedWithALogLineAndNothingStored()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const auto stream = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(stream && stream->waitForCount(1));
        const LogCapture logs;

        const Reply reply = postCallback(hub, body);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
        QVERIFY2(QString::fromUtf8(reply.body).contains(reason, Qt::CaseInsensitive),
            reply.body.constData());
        const QStringList logged = logs.linesWith(u"refused a callback from 127.0.0.1"_s);
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.constFirst().contains(QString::fromUtf8(reply.body)),
            qPrintable(logged.constFirst()));
        QCOMPARE(webhookCounter(hub, u"refused"_s), 1);
        QCOMPARE(hub.historyTotal(supervisor), 0);
        QCOMPARE(
            hub.get(u"/api/calls/active"_s, supervisor).json().value(u"calls"_s).toArray().size(),
            0);

        // The next real callback is the stream's first event: the garbage published nothing.
        QCOMPARE(postCallback(hub, ringing()).status, 200);
        QVERIFY(stream->waitForCount(2));
        QCOMPARE(stream->messages.at(1).value(u"seq"_s).toInteger(), 1);
        QCOMPARE(stream->messages.at(1).value(u"sessionId"_s).toString(), SESSION);
    }

    void aRepeatedCallbackChangesNothing()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        QVERIFY(hub.signInAgents());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const auto stream = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(stream && stream->waitForCount(1));

        const Reply first = postCallback(hub, ringing());
        QCOMPARE(first.status, 200);
        QVERIFY(ringsEveryLine(first.body));
        const QJsonObject before = hub.get(u"/api/calls/"_s + SESSION, supervisor).json();
        QCOMPARE(before.value(u"callbacksApplied"_s).toInt(), 1);

        // AT retries after a timeout: the same answer again, and nothing else happens.
        const Reply again = postCallback(hub, ringing());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(hub.get(u"/api/calls/"_s + SESSION, supervisor).json(), before);

        QCOMPARE(postCallback(hub, unanswered()).status, 200);
        QVERIFY(stream->waitFor([](const QJsonObject &e) {
            return e.value(u"call"_s).toObject().value(u"final"_s).toBool();
        }));
        const QList<QJsonObject> events = stream->eventsFor(SESSION);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value(u"type"_s).toString(), u"call_initiated"_s);
        QCOMPARE(events.at(1).value(u"type"_s).toString(), u"call_update"_s);
        // Nothing was published in between: the repeat made no event (the agents signing in
        // made the events before the call's).
        QCOMPARE(
            events.at(1).value(u"seq"_s).toInteger(), events.at(0).value(u"seq"_s).toInteger() + 1);
        QCOMPARE(
            events.at(1).value(u"call"_s).toObject().value(u"state"_s).toString(), u"no_answer"_s);
        QCOMPARE(webhookCounter(hub, u"accepted"_s), 3); // the repeat is stored in the log too
    }

    void inboundCallGoesToTheAgentWhoAnswers()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        AtSim::PhoneBehaviour away;
        away.answer = AtSim::PhoneBehaviour::Answer::NoAnswer;
        hub.scriptPhone(AGENT1_LINE, away);
        const QString agent1 = hub.login(u"agent1"_s);
        const QString agent2 = hub.login(u"agent2"_s);
        const auto stream1 = hub.openStream(u"/api/calls/stream"_s, agent1);
        QVERIFY(stream1);

        const QString id = hub.ringIn(CUSTOMER);
        QVERIFY(!id.isEmpty());
        const QJsonObject done = hub.waitForFinal(agent2, id);
        QCOMPARE(done.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(done.value(u"kind"_s).toString(), u"inbound"_s);
        QCOMPARE(done.value(u"agent"_s).toString(), u"agent2"_s);
        QCOMPARE(done.value(u"agentLine"_s).toString(), AGENT2_LINE);
        QCOMPARE(done.value(u"customerNumber"_s).toString(), CUSTOMER);
        QCOMPARE(done.value(u"legs"_s).toObject(),
            (QJsonObject{{u"customer"_s, CUSTOMER}, {u"agent"_s, AGENT2_LINE}}));
        QVERIFY(done.value(u"recordingUrl"_s).toString().startsWith(u"http"_s));
        QVERIFY(!done.value(u"cost"_s).toObject().value(u"amount"_s).toString().isEmpty());

        // Both free agents' lines rang together, recorded; agent1 heard it ring, then it was
        // agent2's call.
        const QByteArray xml = hub.answersFor(id);
        QVERIFY2(ringsEveryLine(xml), xml.constData());
        QVERIFY(xml.contains("record=\"true\""));
        QVERIFY(stream1->waitFor([&id](const QJsonObject &e) {
            return e.value(u"sessionId"_s).toString() == id
                && e.value(u"type"_s).toString() == u"call_initiated"_s;
        }));
        QCOMPARE(hub.get(u"/api/calls/"_s + id, agent1).status, 404);
        QCOMPARE(
            hub.get(u"/api/calls?direction=inbound"_s, agent2).json().value(u"total"_s).toInt(), 1);
    }

    void callerIsQueuedWhenNoAgentIsFree_data()
    {
        QTest::addColumn<bool>("agentBusy"); // else: no agent has a line at all
        QTest::newRow("the only agent is on another call") << true;
        QTest::newRow("no agent on duty") << false;
    }

    void callerIsQueuedWhenNoAgentIsFree()
    {
        QFETCH(bool, agentBusy);
        HubHarness hub;
        QVERIFY(hub.start().isEmpty());
        QVERIFY(hub.addUser(u"supervisor1"_s, Auth::Role::Supervisor));
        QVERIFY(hub.addUser(u"agent1"_s, Auth::Role::Agent, agentBusy ? AGENT1_LINE : QString()));
        QVERIFY(hub.signInAgents({u"agent1"_s}));
        const QString supervisor = hub.login(u"supervisor1"_s);
        if (agentBusy) {
            hub.holdTheLine(AGENT1_LINE);
            hub.holdTheLine(CUSTOMER);
            const QString first = hub.ringIn(CUSTOMER);
            const QJsonObject taken = hub.waitForCall(supervisor, first, [](const QJsonObject &c) {
                return !c.value(u"agent"_s).toString().isEmpty();
            });
            QCOMPARE(taken.value(u"agent"_s).toString(), u"agent1"_s);
            // (The simulator writes the answer down once it has read it, a moment later.)
            QVERIFY(QTest::qWaitFor([&] { return hub.answersFor(first).contains("<Dial"); }));
        }

        const QString queued = hub.ringIn(OTHER_CUSTOMER);
        QVERIFY(QTest::qWaitFor([&] { return hub.answersFor(queued).contains("</Response>"); }));
        const QByteArray xml = hub.answersFor(queued);
        QVERIFY2(xml.contains("<Enqueue name=\"support\""), xml.constData());
        QVERIFY2(!xml.contains("<Dial"), xml.constData());
        QCOMPARE(hub.get(u"/api/calls/"_s + queued, supervisor).json().value(u"agent"_s).toString(),
            QString());
    }
};

SIMU_TEST_MAIN(TestWebhook)
#include "tst_webhook.moc"
