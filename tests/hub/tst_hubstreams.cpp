// The WebSocket call streams, /api/calls/stream and /api/calls/stream/{session_id}, against
// the AT simulator: who may connect, what each user hears, the event envelope and its seq, and
// catching up with ?since= after a disconnect or a restart of the hub.

#include "atsim/simcall.h"
#include "hubharness.h"
#include "testmain.h"

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

bool isFinalEventOf(const QJsonObject &event, const QString &sessionId)
{
    return event.value(u"sessionId"_s).toString() == sessionId
        && event.value(u"call"_s).toObject().value(u"final"_s).toBool();
}

// The agent_update that follows a call's end: its agent starts after-call work.
bool isAfterCallWorkOf(const QJsonObject &event, const QString &username)
{
    const QJsonObject agent = event.value(u"agent"_s).toObject();
    return event.value(u"type"_s).toString() == u"agent_update"_s
        && agent.value(u"username"_s).toString() == username
        && agent.value(u"state"_s).toString() == u"after_call_work"_s;
}

QStringList states(const QList<QJsonObject> &events)
{
    QStringList out;
    for (const QJsonObject &event : events)
        out.append(event.value(u"call"_s).toObject().value(u"state"_s).toString());
    return out;
}

QStringList sessionsIn(const Stream &stream)
{
    QStringList out;
    for (const QJsonObject &message : stream.messages) {
        const QString id = message.value(u"sessionId"_s).toString();
        if (!id.isEmpty() && !out.contains(id))
            out.append(id);
    }
    return out;
}

} // namespace

class TestHubStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTokenComesInTheHeaderOrTheQuery_data()
    {
        QTest::addColumn<bool>("inQuery");
        QTest::newRow("Authorization header (apps)") << false;
        QTest::newRow("?token= (browsers cannot set headers)") << true;
    }

    void theTokenComesInTheHeaderOrTheQuery()
    {
        QFETCH(bool, inQuery);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString token = hub.login(u"agent1"_s);
        const auto stream = inQuery ? hub.openStream(u"/api/calls/stream?token="_s + token, {})
                                    : hub.openStream(u"/api/calls/stream"_s, token);
        QVERIFY2(stream, "the handshake was refused");
        QVERIFY(stream->waitForCount(1));
        // The hub's first event was agent1 signing in (an agent_update: now available).
        QCOMPARE(
            stream->messages.constFirst(), (QJsonObject{{u"type"_s, u"ready"_s}, {u"seq"_s, 1}}));
        const QString id = hub.initiate(token).json().value(u"sessionId"_s).toString();
        QVERIFY(stream->waitFor([&id](const QJsonObject &event) {
            return event.value(u"sessionId"_s).toString() == id;
        }));
        QCOMPARE(hub.get(u"/api/health"_s).json().value(u"streamClients"_s).toInt(), 1);
    }

    void handshakesAreRefusedWithTheJsonError_data()
    {
        QTest::addColumn<QString>("path"); // {token}: a valid token; {gone}: a logged-out one
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("no token at all")
            << u"/api/calls/stream"_s << QByteArray() << 401 << u"unauthorised"_s;
        QTest::newRow("a token the hub never issued") << u"/api/calls/stream?token=simu_notatoken"_s
                                                      << QByteArray() << 401 << u"invalid_token"_s;
        QTest::newRow("a bad token in the header")
            << u"/api/calls/stream"_s << QByteArray("Authorization: Bearer simu_notatoken\r\n")
            << 401 << u"invalid_token"_s;
        QTest::newRow("a token whose user logged out")
            << u"/api/calls/stream?token={gone}"_s << QByteArray() << 401 << u"invalid_token"_s;
        QTest::newRow("since is not a number")
            << u"/api/calls/stream?token={token}&since=yesterday"_s << QByteArray() << 400
            << u"invalid_parameter"_s;
        QTest::newRow("since below zero") << u"/api/calls/stream?token={token}&since=-1"_s
                                          << QByteArray() << 400 << u"invalid_parameter"_s;
        QTest::newRow("a call that does not exist")
            << u"/api/calls/stream/ATVId_nosuchcall?token={token}"_s << QByteArray() << 404
            << u"not_found"_s;
    }

    void handshakesAreRefusedWithTheJsonError()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, header);
        QFETCH(int, status);
        QFETCH(QString, code);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString gone = hub.login(u"agent1"_s);
        QCOMPARE(hub.send("POST", u"/api/auth/logout"_s, gone).status, 204);
        path.replace(u"{token}"_s, hub.login(u"agent1"_s)).replace(u"{gone}"_s, gone);

        const Reply refusal = hub.rawUpgrade(path, header);
        QVERIFY2(refusal.status == status, refusal.describe().constData());
        QCOMPARE(refusal.errorCode(), code);
        QVERIFY(!refusal.errorMessage().isEmpty());
        // A WebSocket client sees the handshake fail, and the hub holds no stream for it.
        if (header.isEmpty())
            QVERIFY(!hub.openStream(path, {}));
        QCOMPARE(hub.get(u"/api/health"_s).json().value(u"streamClients"_s).toInt(), 0);
    }

    void eventsFollowACallToItsEnd_data()
    {
        QTest::addColumn<bool>("inbound");
        QTest::addColumn<QStringList>("expectedStates");
        // AT reports an outbound call when its callee (the agent) answers, and an inbound one
        // only when it rings and when it ends.
        QTest::newRow("click-to-call")
            << false << QStringList{u"queued"_s, u"in_progress"_s, u"completed"_s};
        QTest::newRow("inbound call") << true << QStringList{u"ringing"_s, u"completed"_s};
    }

    void eventsFollowACallToItsEnd()
    {
        QFETCH(bool, inbound);
        QFETCH(QStringList, expectedStates);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const auto stream = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(stream);
        if (inbound)
            QVERIFY(hub.signInAgents()); // only available agents are rung
        const QString id = inbound
            ? hub.ringIn(OTHER_CUSTOMER)
            : hub.initiate(hub.login(u"agent1"_s)).json().value(u"sessionId"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(stream->waitFor([&id](const QJsonObject &e) { return isFinalEventOf(e, id); }));

        const QList<QJsonObject> events = stream->eventsFor(id);
        QCOMPARE(states(events), expectedStates);
        QCOMPARE(events.constFirst().value(u"type"_s).toString(), u"call_initiated"_s);
        qint64 previous = stream->messages.constFirst().value(u"seq"_s).toInteger();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject &event = events.at(i);
            QStringList keys = event.keys();
            QCOMPARE(keys, (QStringList{u"at"_s, u"call"_s, u"seq"_s, u"sessionId"_s, u"type"_s}));
            if (i > 0)
                QCOMPARE(event.value(u"type"_s).toString(), u"call_update"_s);
            const qint64 seq = event.value(u"seq"_s).toInteger();
            QVERIFY2(seq > previous, qPrintable(u"seq %1 after %2"_s.arg(seq).arg(previous)));
            previous = seq;
            QCOMPARE(event.value(u"call"_s).toObject().value(u"sessionId"_s).toString(), id);
        }
        // The last event carries the whole call, exactly as the REST API shows it now.
        const QJsonObject last = events.constLast().value(u"call"_s).toObject();
        QCOMPARE(last, hub.get(u"/api/calls/"_s + id, supervisor).json());
        QVERIFY(!last.value(u"cost"_s).toObject().value(u"amount"_s).toString().isEmpty());
        QVERIFY(last.value(u"recordingUrl"_s).toString().startsWith(u"http"_s));
        QVERIFY(!last.value(u"agent"_s).toString().isEmpty());
    }

    void agentsHearOnlyTheirOwnCalls()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);
        const QString agent2 = hub.login(u"agent2"_s);
        const auto stream1 = hub.openStream(u"/api/calls/stream"_s, agent1);
        const auto stream2 = hub.openStream(u"/api/calls/stream"_s, agent2);
        const auto supervisor = hub.openStream(u"/api/calls/stream"_s, hub.login(u"supervisor1"_s));
        QVERIFY(stream1 && stream2 && supervisor);

        const QString call1 = hub.initiate(agent1).json().value(u"sessionId"_s).toString();
        QVERIFY(stream1->waitFor([&](const QJsonObject &e) { return isFinalEventOf(e, call1); }));
        // agent2's own call, after agent1's ended: once agent2 hears it, anything about
        // agent1's call would have arrived before it.
        const QString call2 = hub.initiate(agent2).json().value(u"sessionId"_s).toString();
        QVERIFY(stream2->waitFor([&](const QJsonObject &e) { return isFinalEventOf(e, call2); }));
        QVERIFY(
            supervisor->waitFor([&](const QJsonObject &e) { return isFinalEventOf(e, call2); }));

        QCOMPARE(sessionsIn(*stream1), QStringList{call1});
        QCOMPARE(sessionsIn(*stream2), QStringList{call2});
        QCOMPARE(sessionsIn(*supervisor), (QStringList{call1, call2}));
        QCOMPARE(stream1->eventsFor(call1), supervisor->eventsFor(call1));
    }

    // An inbound call rings both agents' lines; agent2 answers. Both agents were offered it,
    // so both hear it from ringing to its end (agent1 must not be left with a call that rings
    // for ever), and the final event names agent2.
    void everyAgentARingingCallReachedHearsItEnd()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        AtSim::PhoneBehaviour slow;
        slow.answerDelaySeconds = 8;
        hub.scriptPhone(AGENT1_LINE, slow);
        AtSim::PhoneBehaviour quick;
        quick.answerDelaySeconds = 1;
        quick.talkSeconds = 5;
        hub.scriptPhone(AGENT2_LINE, quick);
        const auto stream1 = hub.openStream(u"/api/calls/stream"_s, hub.login(u"agent1"_s));
        const auto stream2 = hub.openStream(u"/api/calls/stream"_s, hub.login(u"agent2"_s));
        QVERIFY(stream1 && stream2);

        const QString session = hub.ringIn();
        QVERIFY(!session.isEmpty());
        for (auto *stream : {stream1.get(), stream2.get()}) {
            const auto final
                = stream->waitFor([&](const QJsonObject &e) { return isFinalEventOf(e, session); });
            QVERIFY(final.has_value());
            QCOMPARE(final->value(u"call"_s).toObject().value(u"agent"_s).toString(), u"agent2"_s);
            QCOMPARE(stream->eventsFor(session).constFirst().value(u"type"_s).toString(),
                u"call_initiated"_s);
        }
    }

    void aCallStreamCarriesOnlyThatCall()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        hub.holdTheLine(CUSTOMER);
        hub.holdTheLine(AGENT1_LINE);
        const QString agent1 = hub.login(u"agent1"_s);
        const QString agent2 = hub.login(u"agent2"_s);
        const auto all = hub.openStream(u"/api/calls/stream"_s, hub.login(u"supervisor1"_s));
        QVERIFY(all);
        const QString mine = hub.initiate(agent1, CUSTOMER).json().value(u"sessionId"_s).toString();
        QVERIFY(all->waitFor(
            [&](const QJsonObject &e) { return e.value(u"sessionId"_s).toString() == mine; }));
        const auto one = hub.openStream(u"/api/calls/stream/"_s + mine, agent1);
        QVERIFY(one);
        // Another agent may not follow it.
        QCOMPARE(hub.rawUpgrade(u"/api/calls/stream/%1?token=%2"_s.arg(mine, agent2)).status, 404);

        const QString other
            = hub.initiate(agent2, OTHER_CUSTOMER).json().value(u"sessionId"_s).toString();
        QVERIFY(all->waitFor([&](const QJsonObject &e) { return isFinalEventOf(e, other); }));
        QCOMPARE(hub.waitForState(agent1, mine, u"in_progress"_s).value(u"state"_s).toString(),
            u"in_progress"_s);
        QVERIFY(
            QTest::qWaitFor([&] { return hub.sim().engine().find(mine)->isBridged(); }, WAIT_MS));
        hub.sim().engine().find(mine)->hangUpByPhoneUser();
        QVERIFY(one->waitFor([&](const QJsonObject &e) { return isFinalEventOf(e, mine); }));

        QCOMPARE(sessionsIn(*one), QStringList{mine});
        QCOMPARE(one->messages.constFirst().value(u"type"_s).toString(), u"ready"_s);
        QCOMPARE(one->eventsFor(mine).constLast(), all->eventsFor(mine).constLast());
    }

    void reconnectingWithSinceReplaysExactlyWhatWasMissed()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        hub.holdTheLine(CUSTOMER);
        hub.holdTheLine(AGENT1_LINE);
        const QString supervisor = hub.login(u"supervisor1"_s);
        const auto witness = hub.openStream(u"/api/calls/stream"_s, supervisor);
        auto client = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(witness && client);

        const QString id
            = hub.initiate(hub.login(u"agent1"_s)).json().value(u"sessionId"_s).toString();
        const auto first = client->waitFor(
            [&id](const QJsonObject &e) { return e.value(u"sessionId"_s).toString() == id; });
        QVERIFY(first);
        const qint64 lastSeen = first->value(u"seq"_s).toInteger();
        client->close();
        client.reset();

        // While the client is away the call is answered and ends.
        QCOMPARE(hub.waitForState(supervisor, id, u"in_progress"_s).value(u"state"_s).toString(),
            u"in_progress"_s);
        QVERIFY(QTest::qWaitFor([&] { return hub.sim().engine().find(id)->isBridged(); }, WAIT_MS));
        hub.sim().engine().find(id)->hangUpByPhoneUser();
        QVERIFY(witness->waitFor([&id](const QJsonObject &e) { return isFinalEventOf(e, id); }));
        // The call's end also starts agent1's after-call work: an agent_update the client missed.
        QVERIFY(witness->waitFor(
            [](const QJsonObject &e) { return isAfterCallWorkOf(e, u"agent1"_s); }));
        QList<QJsonObject> missed;
        for (const QJsonObject &event : std::as_const(witness->messages)) {
            if (event.value(u"type"_s).toString() != u"ready"_s
                && event.value(u"seq"_s).toInteger() > lastSeen)
                missed.append(event);
        }
        QVERIFY(missed.size() >= 2);

        const auto back = hub.openStream(u"/api/calls/stream?since=%1"_s.arg(lastSeen), supervisor);
        QVERIFY(back);
        QVERIFY(back->waitForCount(missed.size() + 1));
        QCOMPARE(back->messages.mid(0, missed.size()), missed);
        QCOMPARE(back->messages.at(missed.size()),
            (QJsonObject{{u"type"_s, u"ready"_s},
                {u"seq"_s, missed.constLast().value(u"seq"_s).toInteger()}}));
    }

    void seqKeepsIncreasingAcrossARestart()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);
        auto before = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(before);
        const QString first
            = hub.initiate(hub.login(u"agent1"_s)).json().value(u"sessionId"_s).toString();
        QVERIFY(before->waitFor([&](const QJsonObject &e) { return isFinalEventOf(e, first); }));
        // The last event before the restart: agent1's after-call work starting.
        QVERIFY(before->waitFor(
            [](const QJsonObject &e) { return isAfterCallWorkOf(e, u"agent1"_s); }));
        const QList<QJsonObject> firstEvents = before->eventsFor(first);
        const QList<QJsonObject> everything = before->messages.mid(1); // after "ready"
        const qint64 lastSeq = everything.constLast().value(u"seq"_s).toInteger();
        before.reset();

        const QString restarted = hub.restartHub();
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));

        // A client that saw everything is told so; one that saw nothing gets it all, from disk.
        const auto upToDate
            = hub.openStream(u"/api/calls/stream?since=%1"_s.arg(lastSeq), supervisor);
        QVERIFY(upToDate && upToDate->waitForCount(1));
        QCOMPARE(upToDate->messages.constFirst(),
            (QJsonObject{{u"type"_s, u"ready"_s}, {u"seq"_s, lastSeq}}));
        const auto fromScratch = hub.openStream(u"/api/calls/stream?since=0"_s, supervisor);
        QVERIFY(fromScratch && fromScratch->waitForCount(everything.size() + 1));
        QCOMPARE(fromScratch->messages.mid(0, everything.size()), everything);
        QCOMPARE(fromScratch->eventsFor(first), firstEvents);

        const QString second
            = hub.initiate(hub.login(u"agent2"_s)).json().value(u"sessionId"_s).toString();
        const auto next = upToDate->waitFor([&second](const QJsonObject &e) {
            return e.value(u"sessionId"_s).toString() == second;
        });
        QVERIFY(next);
        QCOMPARE(next->value(u"type"_s).toString(), u"call_initiated"_s);
        // No seq skipped or reused: agent2 signing in came first, then the call.
        QCOMPARE(upToDate->messages.at(1).value(u"type"_s).toString(), u"agent_update"_s);
        QCOMPARE(upToDate->messages.at(1).value(u"seq"_s).toInteger(), lastSeq + 1);
        QCOMPARE(next->value(u"seq"_s).toInteger(), lastSeq + 2);
    }
};

SIMU_TEST_MAIN(TestHubStreams)
#include "tst_hubstreams.moc"
