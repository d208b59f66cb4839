// Hub::AgentStateMachine: who may be rung, and what everyone sees, after each thing an agent
// (or the hub) does. A wrong rule here rings an agent at lunch, or leaves a free agent idle.
// Every step takes an explicit time: after-call work expires without waiting.

#include "hub/agentstate.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hub;

namespace {

const QDateTime START = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
const QString AGENT = u"agent1"_s;

// One step of a script: "login", "logout", "available", "away <reason>", "call", "hangup",
// "wrapup" (the wrap-up was saved), "wait <seconds>" (the clock moves and due work expires).
void run(AgentStateMachine &machine, const QStringList &steps, QDateTime &now)
{
    for (const QString &step : steps) {
        const QStringList words = step.split(u' ');
        const QString verb = words.constFirst();
        if (verb == u"login"_s)
            machine.loggedIn(AGENT, now);
        else if (verb == u"logout"_s)
            machine.loggedOut(AGENT, now);
        else if (verb == u"available"_s)
            QVERIFY(machine.choose(AGENT, u"available"_s, {}, now).ok());
        else if (verb == u"away"_s)
            QVERIFY(machine.choose(AGENT, u"away"_s, words.value(1), now).ok());
        else if (verb == u"call"_s)
            machine.setOnCall(AGENT, true, now);
        else if (verb == u"hangup"_s)
            machine.setOnCall(AGENT, false, now);
        else if (verb == u"wrapup"_s)
            machine.endAfterCallWork(AGENT, now);
        else if (verb == u"wait"_s) {
            now = now.addSecs(words.value(1).toInt());
            machine.expire(now);
        } else
            QFAIL(qPrintable(u"unknown step "_s + step));
    }
}

} // namespace

class TestAgentState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<int>("afterCallWork");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("rung");

        QTest::newRow("an agent who never signed in is offline, never rung")
            << 30 << QStringList() << u"offline"_s << QString() << false;
        QTest::newRow("signing in makes the agent available")
            << 30 << QStringList{u"login"_s} << u"available"_s << QString() << true;
        QTest::newRow("logging out makes them offline")
            << 30 << QStringList{u"login"_s, u"logout"_s} << u"offline"_s << QString() << false;
        QTest::newRow("away for lunch is not rung")
            << 30 << QStringList{u"login"_s, u"away lunch"_s} << u"away"_s << u"Lunch"_s << false;
        QTest::newRow("back from lunch is rung again")
            << 30 << QStringList{u"login"_s, u"away Lunch"_s, u"available"_s} << u"available"_s
            << QString() << true;
        QTest::newRow("signing in again keeps an agent away")
            << 30 << QStringList{u"login"_s, u"away Break"_s, u"login"_s} << u"away"_s << u"Break"_s
            << false;
        QTest::newRow("busy while on a call")
            << 30 << QStringList{u"login"_s, u"call"_s} << u"busy"_s << QString() << false;
        QTest::newRow("after-call work once the call ends")
            << 30 << QStringList{u"login"_s, u"call"_s, u"wait 60"_s, u"hangup"_s}
            << u"after_call_work"_s << QString() << false;
        QTest::newRow("still in after-call work a second before it ends")
            << 30 << QStringList{u"login"_s, u"call"_s, u"hangup"_s, u"wait 29"_s}
            << u"after_call_work"_s << QString() << false;
        QTest::newRow("after-call work ends by itself: available again")
            << 30 << QStringList{u"login"_s, u"call"_s, u"hangup"_s, u"wait 30"_s} << u"available"_s
            << QString() << true;
        QTest::newRow("Ready ends after-call work early")
            << 30 << QStringList{u"login"_s, u"call"_s, u"hangup"_s, u"wait 5"_s, u"available"_s}
            << u"available"_s << QString() << true;
        QTest::newRow("a saved wrap-up ends after-call work")
            << 30 << QStringList{u"login"_s, u"call"_s, u"hangup"_s, u"wrapup"_s} << u"available"_s
            << QString() << true;
        QTest::newRow("away during after-call work: away at once, not back to available")
            << 30
            << QStringList{u"login"_s, u"call"_s, u"hangup"_s, u"away Meeting"_s, u"wait 60"_s}
            << u"away"_s << u"Meeting"_s << false;
        QTest::newRow("away chosen during a call shows once the call and its work are over")
            << 30 << QStringList{u"login"_s, u"call"_s, u"away Break"_s, u"hangup"_s, u"wait 30"_s}
            << u"away"_s << u"Break"_s << false;
        QTest::newRow("away chosen during a call: still busy until it ends")
            << 30 << QStringList{u"login"_s, u"call"_s, u"away Break"_s} << u"busy"_s << QString()
            << false;
        QTest::newRow("no after-call work when it is configured off")
            << 0 << QStringList{u"login"_s, u"call"_s, u"hangup"_s} << u"available"_s << QString()
            << true;
        QTest::newRow("a call that ends after logging out leaves the agent offline")
            << 30 << QStringList{u"login"_s, u"call"_s, u"logout"_s, u"hangup"_s} << u"offline"_s
            << QString() << false;
        QTest::newRow("logging out during after-call work ends it")
            << 30 << QStringList{u"login"_s, u"call"_s, u"hangup"_s, u"logout"_s, u"wait 60"_s}
            << u"offline"_s << QString() << false;
        QTest::newRow("a new call during after-call work is busy, then new work")
            << 30
            << QStringList{u"login"_s,
                   u"call"_s,
                   u"hangup"_s,
                   u"wait 10"_s,
                   u"call"_s,
                   u"hangup"_s,
                   u"wait 25"_s}
            << u"after_call_work"_s << QString() << false;
    }

    void transitions()
    {
        QFETCH(int, afterCallWork);
        QFETCH(QStringList, steps);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QFETCH(bool, rung);
        AgentStateSettings settings;
        settings.afterCallWorkSeconds = afterCallWork;
        AgentStateMachine machine(settings);
        QDateTime now = START;
        run(machine, steps, now);
        const AgentStatus status = machine.status(AGENT);
        QCOMPARE(agentStateName(status.state), state);
        QCOMPARE(status.reason, reason);
        QCOMPARE(machine.isAvailable(AGENT), rung);
    }

    void sinceIsWhenTheStateBegan()
    {
        AgentStateMachine machine;
        QDateTime now = START;
        run(machine, {u"login"_s, u"call"_s, u"wait 40"_s, u"hangup"_s}, now);
        QCOMPARE(machine.status(AGENT).since, START.addSecs(40));
        QCOMPARE(machine.nextDeadline(), START.addSecs(70));
        // The work ended when it was due, even if the clock is read later.
        const auto changes = machine.expire(START.addSecs(95));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().second.since, START.addSecs(70));
        QCOMPARE(machine.status(AGENT).state, AgentState::Available);
        QVERIFY(!machine.nextDeadline());
        // Choosing what one already is changes nothing.
        QVERIFY(!machine.choose(AGENT, u"available"_s, {}, START.addSecs(99)).value());
        QCOMPARE(machine.status(AGENT).since, START.addSecs(70));
    }

    void badChoicesAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("an unknown state")
            << u"lunch"_s << QString() << u"invalid_state"_s << u"\"available\" or \"away\""_s;
        QTest::newRow("busy by hand")
            << u"busy"_s << QString() << u"state_not_settable"_s << u"on a call"_s;
        QTest::newRow("after-call work by hand")
            << u"after_call_work"_s << QString() << u"state_not_settable"_s << u"call ends"_s;
        QTest::newRow("offline by hand")
            << u"offline"_s << QString() << u"state_not_settable"_s << u"log out"_s;
        QTest::newRow("away without a reason")
            << u"away"_s << QString() << u"invalid_reason"_s << u"\"Break\", \"Lunch\""_s;
        QTest::newRow("away for a reason not on the list")
            << u"away"_s << u"Nap"_s << u"invalid_reason"_s << u"\"Nap\" is not an away reason"_s;
        QTest::newRow("a reason with available")
            << u"available"_s << u"Lunch"_s << u"invalid_reason"_s << u"with \"away\" only"_s;
    }

    void badChoicesAreRefusedInWords()
    {
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        AgentStateMachine machine;
        machine.loggedIn(AGENT, START);
        const auto chosen = machine.choose(AGENT, state, reason, START.addSecs(1));
        QVERIFY(!chosen);
        QCOMPARE(chosen.error().code, code);
        QVERIFY2(chosen.error().message.contains(messagePart), qPrintable(chosen.error().message));
        // Nothing changed.
        QCOMPARE(machine.status(AGENT).state, AgentState::Available);
        QCOMPARE(machine.status(AGENT).since, START);
    }
};

SIMU_TEST_MAIN(TestAgentState)
#include "tst_agentstate.moc"
