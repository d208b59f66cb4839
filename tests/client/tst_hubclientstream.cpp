// Client::HubClient's live call stream against a real hub: the snapshot, then every change of
// a call through to its cost; a network that drops and a hub that restarts (the stream comes
// back by itself and delivers what was missed exactly once, in order); a login that ends.

#include "hubclientfixture.h"
#include "testmain.h"

using namespace Qt::StringLiterals;
using namespace HubTest;
using namespace ClientTest;

class TestHubClientStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the live stream -------------------------------------------------------------------

    void theStreamFollowsACallToItsCost_data()
    {
        QTest::addColumn<bool>("liveBeforeStart");
        QTest::newRow("the console starts, then a call is placed") << false;
        QTest::newRow("the console starts while a call is up") << true;
    }

    void theStreamFollowsACallToItsCost()
    {
        QFETCH(bool, liveBeforeStart);
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.login(u"agent1"_s).value_or(Util::fail(ClientError{})).ok());
        Recorder recorder(desk.client);
        QString id;
        if (liveBeforeStart) {
            desk.hub.holdTheLine(CUSTOMER);
            desk.hub.holdTheLine(AGENT1_LINE);
            const QString token = desk.hub.login(u"agent1"_s);
            id = desk.hub.initiate(token).json().value(u"sessionId"_s).toString();
            QCOMPARE(
                desk.hub.waitForState(token, id, u"in_progress"_s).value(u"state"_s).toString(),
                u"in_progress"_s);
        }

        desk.client.startStream();
        QCOMPARE(desk.client.connectionState(), ConnectionState::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.client.connectionState(), ConnectionState::Connected, WAIT_MS);
        QCOMPARE(recorder.states,
            (QList<ConnectionState>{ConnectionState::Connecting, ConnectionState::Connected}));
        QCOMPARE(recorder.snapshots.size(), 1);
        const auto &[snapshot, snapshotSeq] = recorder.snapshots.constFirst();
        QCOMPARE(snapshot.size(), liveBeforeStart ? 1 : 0);

        if (liveBeforeStart) {
            QCOMPARE(snapshot.constFirst().sessionId, id);
            QCOMPARE(snapshot.constFirst().state, Calls::CallState::InProgress);
            desk.hub.sim().engine().find(id)->hangUpByPhoneUser();
        } else {
            const auto placed = await<Calls::Call>([&](Client::Reply<Calls::Call> reply) {
                desk.client.initiate({CUSTOMER, {}, {}}, reply);
            });
            QVERIFY2(placed && placed->ok(), describe(placed).constData());
            id = placed->value().sessionId;
        }
        QTRY_VERIFY_WITH_TIMEOUT(recorder.hasFinal(id), WAIT_MS);

        const QList<Client::StreamEvent> events = recorder.eventsFor(id);
        QCOMPARE(callStates(events),
            liveBeforeStart ? QStringList{u"completed"_s}
                            : (QStringList{u"queued"_s, u"in_progress"_s, u"completed"_s}));
        QCOMPARE(
            events.constFirst().type, liveBeforeStart ? u"call_update"_s : u"call_initiated"_s);
        const Calls::Call &done = events.constLast().call;
        QCOMPARE(done.agent, u"agent1"_s);
        QVERIFY(done.durationSeconds.value_or(0) > 0);
        QCOMPARE(done.currencyCode, u"KES"_s);
        QVERIFY2(done.costAmount.toDouble() > 0, qPrintable(done.costAmount));
        QVERIFY(events.constLast().at.isValid());
        // In seq order, after the snapshot, and remembered for resuming.
        QVERIFY(recorder.seqs().constFirst() > snapshotSeq);
        QVERIFY(contiguousFrom(recorder.seqs(), recorder.seqs().constFirst()));
        QCOMPARE(desk.client.lastSeq(), recorder.seqs().constLast());
        QVERIFY(recorder.caughtUp.isEmpty()); // nothing was missed
    }

    void aDroppedStreamResumesWithoutLosingOrRepeating_data()
    {
        QTest::addColumn<bool>("restartHub");
        QTest::newRow("the network drops while the hub takes calls") << false;
        QTest::newRow("the hub restarts while the network is down") << true;
    }

    void aDroppedStreamResumesWithoutLosingOrRepeating()
    {
        QFETCH(bool, restartHub);
        Desk desk;
        QVERIFY(desk.start(true));
        QVERIFY(desk.login(u"supervisor1"_s).value_or(Util::fail(ClientError{})).ok());
        Recorder recorder(desk.client);
        desk.client.startStream();
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.client.connectionState(), ConnectionState::Connected, WAIT_MS);

        // A call seen live, so the client has a place in the stream.
        const QString agent1 = desk.hub.login(u"agent1"_s);
        const QString seenLive = desk.hub.initiate(agent1).json().value(u"sessionId"_s).toString();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.hasFinal(seenLive), WAIT_MS);
        const qint64 seenBefore = desk.client.lastSeq();
        QCOMPARE(seenBefore, recorder.seqs().constLast());
        recorder.events.clear();
        recorder.states.clear();

        desk.proxy->cut();
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.client.connectionState(), ConnectionState::Reconnecting, WAIT_MS);
        // While the desk is cut off, the hub goes on.
        QStringList missed{desk.hub.initiate(agent1).json().value(u"sessionId"_s).toString()};
        QVERIFY(desk.hub.waitForFinal(agent1, missed.constLast()).value(u"final"_s).toBool());
        if (restartHub) {
            QCOMPARE(desk.hub.restartHub(), QString());
            desk.proxy->setUpstreamPort(desk.hub.hub().port());
            const QString agent2 = desk.hub.login(u"agent2"_s);
            missed.append(desk.hub.initiate(agent2).json().value(u"sessionId"_s).toString());
            QVERIFY(desk.hub.waitForFinal(agent2, missed.constLast()).value(u"final"_s).toBool());
        }
        QVERIFY(recorder.events.isEmpty());
        QCOMPARE(desk.client.connectionState(), ConnectionState::Reconnecting);

        QVERIFY(desk.proxy->restore());
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.client.connectionState(), ConnectionState::Connected, WAIT_MS);
        QCOMPARE(recorder.states,
            (QList<ConnectionState>{ConnectionState::Reconnecting, ConnectionState::Connected}));
        // What happened meanwhile arrived once each, in order, and caughtUp counted it.
        QCOMPARE(recorder.caughtUp.size(), 1);
        QCOMPARE(
            qsizetype(recorder.caughtUp.constFirst()), recorder.eventsWhenCaughtUp.constFirst());
        QVERIFY(recorder.caughtUp.constFirst() >= 3 * int(missed.size()));
        QVERIFY2(contiguousFrom(recorder.seqs(), seenBefore + 1),
            "an event was lost, repeated or out of order");
        for (const QString &id : std::as_const(missed))
            QVERIFY2(recorder.hasFinal(id), qPrintable(id));
        QCOMPARE(recorder.snapshots.size(), 1); // resumed by seq, not refetched

        // And it is live again.
        const qint64 caughtUpTo = desk.client.lastSeq();
        const QString after = desk.hub.initiate(agent1).json().value(u"sessionId"_s).toString();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.eventsFor(after).isEmpty(), WAIT_MS);
        QCOMPARE(recorder.eventsFor(after).constFirst().seq, caughtUpTo + 1);
    }

    void theStreamComesBackWhenTheHubRestartsOnItsPort()
    {
        auto port = std::make_shared<quint16>(0);
        Desk desk([port](Hub::HubConfig &config) { config.port = *port; });
        QVERIFY(desk.start());
        *port = desk.hub.hub().port(); // the restarted hub takes the same port
        QVERIFY(desk.login(u"agent1"_s).value_or(Util::fail(ClientError{})).ok());
        Recorder recorder(desk.client);
        desk.client.startStream();
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.client.connectionState(), ConnectionState::Connected, WAIT_MS);
        recorder.states.clear();

        QCOMPARE(desk.hub.restartHub(), QString());
        QCOMPARE(desk.hub.hub().port(), *port);
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.states.isEmpty(), WAIT_MS);
        QCOMPARE(recorder.states.constFirst(), ConnectionState::Reconnecting);
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.client.connectionState(), ConnectionState::Connected, WAIT_MS);
        QCOMPARE(recorder.caughtUp, QList<int>{0});
        QVERIFY(desk.client.isLoggedIn()); // the login outlives the restart

        const auto placed = await<Calls::Call>([&](Client::Reply<Calls::Call> reply) {
            desk.client.initiate({CUSTOMER, {}, {}}, reply);
        });
        QVERIFY2(placed && placed->ok(), describe(placed).constData());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.hasFinal(placed->value().sessionId), WAIT_MS);
        QVERIFY(contiguousFrom(recorder.seqs(), recorder.seqs().constFirst()));
    }

    void aLoginThatEndedStopsTheStream_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("logged out on another computer") << u"logout"_s;
        QTest::newRow("an administrator switched the account off") << u"disabled"_s;
    }

    void aLoginThatEndedStopsTheStream()
    {
        QFETCH(QString, how);
        Desk desk;
        QVERIFY(desk.start(true));
        QVERIFY(desk.login(u"agent1"_s).value_or(Util::fail(ClientError{})).ok());
        Recorder recorder(desk.client);
        desk.client.startStream();
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.client.connectionState(), ConnectionState::Connected, WAIT_MS);
        recorder.states.clear();

        if (how == u"logout"_s) {
            QCOMPARE(
                desk.hub.send("POST", u"/api/auth/logout"_s, desk.client.session().token).status,
                204);
        } else {
            QCOMPARE(desk.hub
                         .patch(u"/api/users/agent1"_s,
                             desk.hub.login(u"admin"_s),
                             QJsonObject{{u"disabled"_s, true}})
                         .status,
                200);
        }
        // The hub checks an open stream's login only now and then; a drop makes the client
        // log in to the stream again, and the hub refuses it.
        desk.proxy->cut();
        QVERIFY(desk.proxy->restore());
        QTRY_COMPARE_WITH_TIMEOUT(recorder.expired, 1, WAIT_MS);
        QCOMPARE(desk.client.connectionState(), ConnectionState::Disconnected);
        QVERIFY(!desk.client.isLoggedIn());
        QCOMPARE(recorder.states.constLast(), ConnectionState::Disconnected);
        QVERIFY(!recorder.states.contains(ConnectionState::Connected)); // it did not get back in
    }
};

SIMU_TEST_MAIN(TestHubClientStream)
#include "tst_hubclientstream.moc"
