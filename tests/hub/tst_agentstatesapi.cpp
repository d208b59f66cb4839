// Agent states end to end, over real HTTP and WebSockets: who is rung (only available agents),
// what the API refuses and how it says so, agent_update on the stream (and replayed with
// ?since=), time in each state in the agent-performance analytics, and states that survive a
// restart of the hub.

#include "hubharness.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

QJsonObject agentRow(HubHarness &hub, const QString &token, const QString &username)
{
    for (const QJsonValue &row :
        hub.get(u"/api/agents"_s, token).json().value(u"agents"_s).toArray()) {
        if (row.toObject().value(u"username"_s).toString() == username)
            return row.toObject();
    }
    return {};
}

Reply putState(HubHarness &hub,
    const QString &path,
    const QString &token,
    const QString &state,
    const QString &reason = {})
{
    QJsonObject body{{u"state"_s, state}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return hub.send("PUT", path, token, compact(body));
}

bool isAgentUpdate(const QJsonObject &event, const QString &username, const QString &state)
{
    const QJsonObject agent = event.value(u"agent"_s).toObject();
    return event.value(u"type"_s).toString() == u"agent_update"_s
        && agent.value(u"username"_s).toString() == username
        && agent.value(u"state"_s).toString() == state;
}

} // namespace

class TestAgentStatesApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundCallsRingOnlyAvailableAgents_data()
    {
        QTest::addColumn<QString>("setup"); // what agent1 did before the customer rang
        QTest::addColumn<bool>("rung");
        QTest::newRow("never signed in: not rung") << u"none"_s << false;
        QTest::newRow("signed in: available, rung") << u"login"_s << true;
        QTest::newRow("away at lunch: not rung") << u"away"_s << false;
        QTest::newRow("logged out: not rung") << u"logout"_s << false;
        QTest::newRow("in after-call work: not rung") << u"acw"_s << false;
        QTest::newRow("Ready after after-call work: rung") << u"ready"_s << true;
    }

    void inboundCallsRingOnlyAvailableAgents()
    {
        QFETCH(QString, setup);
        QFETCH(bool, rung);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);
        if (setup != u"none"_s) {
            const QString agent = hub.login(u"agent1"_s);
            if (setup == u"away"_s)
                QCOMPARE(
                    putState(hub, u"/api/me/state"_s, agent, u"away"_s, u"Lunch"_s).status, 200);
            if (setup == u"logout"_s)
                QCOMPARE(hub.post(u"/api/auth/logout"_s, agent, {}).status, 204);
            if (setup == u"acw"_s || setup == u"ready"_s) {
                // A click-to-call that ends: busy, then after-call work (30 s by default).
                const QString id = hub.initiate(agent).json().value(u"sessionId"_s).toString();
                QVERIFY(hub.waitForFinal(agent, id).value(u"final"_s).toBool());
                QTRY_COMPARE_WITH_TIMEOUT(
                    agentRow(hub, supervisor, u"agent1"_s).value(u"state"_s).toString(),
                    u"after_call_work"_s,
                    WAIT_MS);
                if (setup == u"ready"_s)
                    QCOMPARE(putState(hub, u"/api/me/state"_s, agent, u"available"_s).status, 200);
            }
        }
        const QString id = hub.ringIn(CUSTOMER);
        QVERIFY(!id.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !hub.answersFor(id).isEmpty(); }, WAIT_MS));
        const QByteArray answer = hub.answersFor(id);
        QVERIFY2(answer.contains(AGENT1_LINE.toUtf8()) == rung, answer.constData());
        // agent2 never signed in: never rung, whatever agent1 did.
        QVERIFY2(!answer.contains(AGENT2_LINE.toUtf8()), answer.constData());
        if (!rung)
            QVERIFY2(answer.contains("<Enqueue"), answer.constData());
    }

    void onlyTheAgentWhoAnsweredIsBusyThenWrapsUp_data()
    {
        QTest::addColumn<bool>("agent2SignedIn");
        // One line rung: the hub knows whose call it is at once, and shows them busy from the
        // first ring (AT says nothing more until the call ends).
        QTest::newRow("only agent1 rung: busy during the call") << false;
        // Lines rung together: AT names the line that answered in the final notification.
        QTest::newRow("both rung, agent1 answers: agent2 stays available") << true;
    }

    void onlyTheAgentWhoAnsweredIsBusyThenWrapsUp()
    {
        QFETCH(bool, agent2SignedIn);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        AtSim::PhoneBehaviour agentPhone;
        agentPhone.answerDelaySeconds = 1;
        agentPhone.talkSeconds = 600; // ten simulated minutes: about three real seconds
        hub.scriptPhone(AGENT1_LINE, agentPhone);
        AtSim::PhoneBehaviour noAnswer;
        noAnswer.answer = AtSim::PhoneBehaviour::Answer::NoAnswer;
        hub.scriptPhone(AGENT2_LINE, noAnswer);
        QVERIFY(hub.signInAgents(
            agent2SignedIn ? QStringList{u"agent1"_s, u"agent2"_s} : QStringList{u"agent1"_s}));
        const QString supervisor = hub.login(u"supervisor1"_s);
        const auto stream = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(stream);
        const QString id = hub.ringIn(CUSTOMER);
        const QJsonObject call = hub.waitForFinal(supervisor, id);
        QCOMPARE(call.value(u"agent"_s).toString(), u"agent1"_s);
        QVERIFY(stream->waitFor([](const QJsonObject &e) {
            return isAgentUpdate(e, u"agent1"_s, u"after_call_work"_s);
        }));
        const bool sawBusy
            = stream
                  ->waitFor(
                      [](const QJsonObject &e) { return isAgentUpdate(e, u"agent1"_s, u"busy"_s); },
                      0,
                      0)
                  .has_value();
        QCOMPARE(sawBusy, !agent2SignedIn);
        QCOMPARE(agentRow(hub, supervisor, u"agent1"_s).value(u"state"_s).toString(),
            u"after_call_work"_s);
        if (agent2SignedIn) {
            QCOMPARE(agentRow(hub, supervisor, u"agent2"_s).value(u"state"_s).toString(),
                u"available"_s);
            for (const QJsonObject &event : std::as_const(stream->messages))
                QVERIFY(!isAgentUpdate(event, u"agent2"_s, u"busy"_s));
        }
    }

    void awayChosenDuringACallStartsWhenItEnds()
    {
        HubHarness hub([](Hub::HubConfig &config) { config.afterCallWorkSeconds = 2; });
        QVERIFY(hub.startWithStandardUsers());
        AtSim::PhoneBehaviour agentPhone;
        agentPhone.answerDelaySeconds = 1;
        agentPhone.talkSeconds = 600; // ten simulated minutes: about three real seconds
        hub.scriptPhone(AGENT1_LINE, agentPhone);
        QVERIFY(hub.signInAgents({u"agent1"_s}));
        const QString agent = hub.login(u"agent1"_s);
        const auto stream = hub.openStream(u"/api/calls/stream"_s, agent);
        QVERIFY(stream);
        const QString id = hub.ringIn(CUSTOMER);
        QVERIFY(stream->waitFor(
            [](const QJsonObject &e) { return isAgentUpdate(e, u"agent1"_s, u"busy"_s); }));

        // Taken, but the agent stays busy; their console says what comes next.
        const Reply chosen = putState(hub, u"/api/me/state"_s, agent, u"away"_s, u"Lunch"_s);
        QCOMPARE(chosen.status, 200);
        QCOMPARE(chosen.json().value(u"state"_s).toString(), u"busy"_s);
        QCOMPARE(chosen.json().value(u"nextState"_s).toString(), u"away"_s);
        QCOMPARE(chosen.json().value(u"nextStateReason"_s).toString(), u"Lunch"_s);
        QVERIFY(stream->waitFor([](const QJsonObject &e) {
            return isAgentUpdate(e, u"agent1"_s, u"busy"_s)
                && e.value(u"agent"_s).toObject().value(u"nextState"_s).toString() == u"away"_s;
        }));

        // The call ends: after-call work (still "then away"), then away at lunch; never rung.
        hub.waitForFinal(agent, id);
        const auto wrapping = stream->waitFor([](const QJsonObject &e) {
            return isAgentUpdate(e, u"agent1"_s, u"after_call_work"_s);
        });
        QVERIFY(wrapping);
        QCOMPARE(
            wrapping->value(u"agent"_s).toObject().value(u"nextState"_s).toString(), u"away"_s);
        const auto away = stream->waitFor(
            [](const QJsonObject &e) { return isAgentUpdate(e, u"agent1"_s, u"away"_s); });
        QVERIFY(away);
        const QJsonObject row = away->value(u"agent"_s).toObject();
        QCOMPARE(row.value(u"stateReason"_s).toString(), u"Lunch"_s);
        QCOMPARE(row.value(u"nextState"_s), QJsonValue(QJsonValue::Null));
    }

    void badInputGetsAClearError_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");

        const QString me = u"/api/me/state"_s;
        QTest::newRow("an unknown state")
            << u"agent1"_s << me << QByteArray(R"({"state":"sleeping"})") << 400
            << u"invalid_state"_s << u"\"available\" or \"away\""_s;
        QTest::newRow("busy set by hand")
            << u"agent1"_s << me << QByteArray(R"({"state":"busy"})") << 400
            << u"state_not_settable"_s << u"cannot be chosen by hand"_s;
        QTest::newRow("after-call work set by hand")
            << u"agent1"_s << me << QByteArray(R"({"state":"after_call_work"})") << 400
            << u"state_not_settable"_s << u"cannot be chosen by hand"_s;
        QTest::newRow("offline set by hand")
            << u"agent1"_s << me << QByteArray(R"({"state":"offline"})") << 400
            << u"state_not_settable"_s << u"log out"_s;
        QTest::newRow("away for an unknown reason lists the valid ones")
            << u"agent1"_s << me << QByteArray(R"({"state":"away","reason":"Nap"})") << 400
            << u"invalid_reason"_s
            << u"\"Break\", \"Lunch\", \"Meeting\", \"Training\", \"Other\""_s;
        QTest::newRow("away without a reason")
            << u"agent1"_s << me << QByteArray(R"({"state":"away"})") << 400 << u"invalid_reason"_s
            << u"needs a \"reason\""_s;
        QTest::newRow("malformed JSON") << u"agent1"_s << me << QByteArray(R"({"state":)") << 400
                                        << u"malformed_json"_s << QString();
        QTest::newRow("a misspelt field")
            << u"agent1"_s << me << QByteArray(R"({"state":"away","reson":"Lunch"})") << 400
            << u"unknown_field"_s << u"reson"_s;
        QTest::newRow("state is not text")
            << u"agent1"_s << me << QByteArray(R"({"state":7})") << 400 << QString() << QString();
        QTest::newRow("a supervisor has no state of their own")
            << u"supervisor1"_s << me << QByteArray(R"({"state":"available"})") << 403
            << u"forbidden"_s << u"Only agents"_s;
        QTest::newRow("an agent setting a colleague's state")
            << u"agent1"_s << u"/api/agents/agent2/state"_s
            << QByteArray(R"({"state":"away","reason":"Lunch"})") << 403 << u"forbidden"_s
            << u"PUT /api/me/state"_s;
        QTest::newRow("an unknown agent")
            << u"supervisor1"_s << u"/api/agents/agent9/state"_s
            << QByteArray(R"({"state":"available"})") << 404 << u"not_found"_s << u"agent9"_s;
        QTest::newRow("a supervisor is not an agent")
            << u"admin"_s << u"/api/agents/supervisor1/state"_s
            << QByteArray(R"({"state":"available"})") << 404 << u"not_found"_s << u"supervisor1"_s;
        QTest::newRow("a supervisor choosing busy for an agent")
            << u"supervisor1"_s << u"/api/agents/agent2/state"_s
            << QByteArray(R"({"state":"busy"})") << 400 << u"state_not_settable"_s << QString();
    }

    void badInputGetsAClearError()
    {
        QFETCH(QString, who);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const QString before = agentRow(hub, supervisor, u"agent2"_s).value(u"state"_s).toString();
        const Reply reply = hub.send("PUT", path, hub.login(who), body);
        QVERIFY2(reply.status == status, reply.describe().constData());
        if (!code.isEmpty())
            QCOMPARE(reply.errorCode(), code);
        QVERIFY2(!reply.errorMessage().isEmpty(), reply.describe().constData());
        QVERIFY2(reply.errorMessage().contains(messagePart), reply.describe().constData());
        QCOMPARE(agentRow(hub, supervisor, u"agent2"_s).value(u"state"_s).toString(), before);
        QCOMPARE(hub.send("PUT", path, {}, body).status, 401);
    }

    void supervisorsSetAnAgentsStateAndEveryoneSeesIt()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const QString agent = hub.login(u"agent1"_s);
        const auto supervisorStream = hub.openStream(u"/api/calls/stream"_s, supervisor);
        const auto agentStream = hub.openStream(u"/api/calls/stream"_s, agent);
        QVERIFY(supervisorStream && agentStream);
        QVERIFY(supervisorStream->waitForCount(1) && agentStream->waitForCount(1));
        const qint64 readySeq = supervisorStream->messages.constFirst().value(u"seq"_s).toInteger();

        const Reply set
            = putState(hub, u"/api/agents/agent1/state"_s, supervisor, u"away"_s, u"meeting"_s);
        QVERIFY2(set.status == 200, set.describe().constData());
        QCOMPARE(set.json().value(u"state"_s).toString(), u"away"_s);
        QCOMPARE(set.json().value(u"stateReason"_s).toString(), u"Meeting"_s); // as configured
        const auto seen = supervisorStream->waitFor(
            [](const QJsonObject &e) { return isAgentUpdate(e, u"agent1"_s, u"away"_s); });
        QVERIFY(seen);
        QCOMPARE(seen->keys(), (QStringList{u"agent"_s, u"at"_s, u"seq"_s, u"type"_s}));
        QCOMPARE(seen->value(u"agent"_s).toObject(), set.json());
        QVERIFY(seen->value(u"seq"_s).toInteger() > readySeq);
        // The agent's own console hears of it too; the list and /api/me agree.
        QVERIFY(agentStream->waitFor(
            [](const QJsonObject &e) { return isAgentUpdate(e, u"agent1"_s, u"away"_s); }));
        QCOMPARE(agentRow(hub, supervisor, u"agent1"_s), set.json());
        QCOMPARE(
            hub.get(u"/api/me"_s, agent).json().value(u"stateReason"_s).toString(), u"Meeting"_s);

        // agent2 signing in reaches supervisors, never agent1.
        QVERIFY(hub.signInAgents({u"agent2"_s}));
        QVERIFY(supervisorStream->waitFor(
            [](const QJsonObject &e) { return isAgentUpdate(e, u"agent2"_s, u"available"_s); }));
        QVERIFY(hub.get(u"/api/health"_s).status == 200); // a round trip: agent1's stream is fed
        for (const QJsonObject &event : std::as_const(agentStream->messages))
            QVERIFY(event.value(u"agent"_s).toObject().value(u"username"_s) != u"agent2"_s);

        // A client that reconnects with ?since= gets the agent events it missed, in order.
        const auto back = hub.openStream(u"/api/calls/stream?since=%1"_s.arg(readySeq), supervisor);
        QVERIFY(back && back->waitForCount(3));
        QVERIFY(isAgentUpdate(back->messages.at(0), u"agent1"_s, u"away"_s));
        QVERIFY(isAgentUpdate(back->messages.at(1), u"agent2"_s, u"available"_s));
        QCOMPARE(back->messages.at(2).value(u"type"_s).toString(), u"ready"_s);

        // Any user may read the away reasons (the agent's console fills its menu with them).
        QCOMPARE(hub.get(u"/api/agents/away-reasons"_s, agent).json().value(u"reasons"_s),
            QJsonValue(
                QJsonArray{u"Break"_s, u"Lunch"_s, u"Meeting"_s, u"Training"_s, u"Other"_s}));
    }

    void awayReasonsAndAfterCallWorkAreConfigurable()
    {
        HubHarness hub([](Hub::HubConfig &config) {
            config.awayReasons = {u"Prayer"_s, u"Coaching"_s};
            config.afterCallWorkSeconds = 0;
        });
        QVERIFY(hub.startWithStandardUsers());
        const QString agent = hub.login(u"agent1"_s);
        const QJsonObject reasons = hub.get(u"/api/agents/away-reasons"_s, agent).json();
        QCOMPARE(reasons.value(u"reasons"_s), QJsonValue(QJsonArray{u"Prayer"_s, u"Coaching"_s}));
        QCOMPARE(reasons.value(u"afterCallWorkSeconds"_s).toInt(), 0);
        const Reply lunch = putState(hub, u"/api/me/state"_s, agent, u"away"_s, u"Lunch"_s);
        QCOMPARE(lunch.status, 400);
        QVERIFY2(lunch.errorMessage().contains(u"\"Prayer\", \"Coaching\""_s),
            lunch.describe().constData());
        QCOMPARE(putState(hub, u"/api/me/state"_s, agent, u"away"_s, u"prayer"_s).status, 200);
        // No after-call work: a call that ends leaves the agent as they chose.
        QCOMPARE(putState(hub, u"/api/me/state"_s, agent, u"available"_s).status, 200);
        const QString id = hub.initiate(agent).json().value(u"sessionId"_s).toString();
        QVERIFY(hub.waitForFinal(agent, id).value(u"final"_s).toBool());
        const QString supervisor = hub.login(u"supervisor1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            agentRow(hub, supervisor, u"agent1"_s).value(u"state"_s).toString(),
            u"available"_s,
            WAIT_MS);
    }

    void statesSurviveARestart()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent = hub.login(u"agent1"_s);
        QCOMPARE(putState(hub, u"/api/me/state"_s, agent, u"away"_s, u"Training"_s).status, 200);
        QVERIFY(hub.signInAgents({u"agent2"_s}));
        const QString supervisor = hub.login(u"supervisor1"_s);
        const QJsonObject before1 = agentRow(hub, supervisor, u"agent1"_s);
        const QJsonObject before2 = agentRow(hub, supervisor, u"agent2"_s);

        const QString restarted = hub.restartHub();
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
        const QString again = hub.login(u"supervisor1"_s);
        for (const auto &[name, before] :
            {std::pair{u"agent1"_s, before1}, std::pair{u"agent2"_s, before2}}) {
            const QJsonObject after = agentRow(hub, again, name);
            for (const QString &key : {u"state"_s, u"stateReason"_s, u"stateSince"_s})
                QCOMPARE(after.value(key), before.value(key));
        }
        // And routing goes by them: agent1 is still away, agent2 is rung.
        const QString id = hub.ringIn(CUSTOMER);
        QVERIFY(QTest::qWaitFor([&] { return !hub.answersFor(id).isEmpty(); }, WAIT_MS));
        QVERIFY(hub.answersFor(id).contains(AGENT2_LINE.toUtf8()));
        QVERIFY(!hub.answersFor(id).contains(AGENT1_LINE.toUtf8()));
    }

    void agentPerformanceCountsTimeInEachState()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString agent = hub.login(u"agent1"_s);
        const QString id = hub.initiate(agent).json().value(u"sessionId"_s).toString();
        QVERIFY(hub.waitForFinal(agent, id).value(u"final"_s).toBool());
        const QString supervisor = hub.login(u"supervisor1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            agentRow(hub, supervisor, u"agent1"_s).value(u"state"_s).toString(),
            u"after_call_work"_s,
            WAIT_MS);
        QCOMPARE(putState(hub, u"/api/me/state"_s, agent, u"away"_s, u"Break"_s).status, 200);
        const QString range = u"?from=%1&to=%2"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(from.toString(Qt::ISODateWithMs))),
            QString::fromLatin1(QUrl::toPercentEncoding(
                QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs))));
        const auto awaySeconds = [&] {
            const Reply answer = hub.get(u"/api/analytics/agent-performance"_s + range, agent);
            const QJsonObject row = answer.json().value(u"agents"_s).toArray().first().toObject();
            return row.value(u"time_in_state"_s).toObject().value(u"away"_s).toInteger();
        };
        // The open stretch counts up to now: away time grows while agent1 stays away.
        QTRY_VERIFY_WITH_TIMEOUT(awaySeconds() >= 1, WAIT_MS);
        const Reply reply = hub.get(u"/api/analytics/agent-performance"_s + range, supervisor);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QHash<QString, QJsonObject> rows;
        for (const QJsonValue &row : reply.json().value(u"agents"_s).toArray())
            rows.insert(row.toObject().value(u"agent"_s).toString(), row.toObject());
        QVERIFY2(rows.contains(u"agent1"_s), reply.describe().constData());
        const QJsonObject time1 = rows.value(u"agent1"_s).value(u"time_in_state"_s).toObject();
        QCOMPARE(time1.keys(),
            (QStringList{u"after_call_work"_s, u"available"_s, u"away"_s, u"busy"_s}));
        for (const QString &state : time1.keys())
            QVERIFY(time1.value(state).isDouble() && time1.value(state).toInteger() >= 0);
        QVERIFY(time1.value(u"away"_s).toInteger() >= 1);
        QCOMPARE(rows.value(u"agent1"_s).value(u"calls"_s).toInt(), 1);
        // An agent sees only their own row.
        const Reply own = hub.get(u"/api/analytics/agent-performance"_s + range, agent);
        QCOMPARE(own.json().value(u"agents"_s).toArray().size(), 1);
        QCOMPARE(
            own.json().value(u"agents"_s).toArray().first().toObject().value(u"agent"_s).toString(),
            u"agent1"_s);
    }
};

SIMU_TEST_MAIN(TestAgentStatesApi)
#include "tst_agentstatesapi.moc"
