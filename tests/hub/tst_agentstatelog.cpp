// Storage::AgentStateRepository: the current states kept across a restart, and the time in each
// state added up for a range, stretches cut to it. A wrong cut puts a lunch break that began
// yesterday entirely into today's figures. Ranges are answered from hourly and daily sums kept
// as stretches close, with the log at their ends (Storage::AgentStateSums): every range here is
// also worked out by hand from the stretches, so a sum that double-counts or misses a piece of
// an hour shows up as a supervisor's wrong "time in state".

#include "storage/agentstaterepository.h"
#include "storage/database.h"
#include "testmain.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Storage;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);

AgentStateRow row(const QString &username, const QString &state, qint64 secondsAfterT0)
{
    AgentStateRow out;
    out.username = username;
    out.state = state;
    out.reason = state == u"away"_s ? u"Lunch"_s : QString();
    out.since = T0.addSecs(secondsAfterT0);
    out.chosen = state == u"away"_s ? u"away"_s : u"available"_s;
    out.chosenReason = out.reason;
    return out;
}

// Two agents over two days, in the order the hub would write them: stretches that cross hours
// and midnights, an after-call work that lasts no time at all, a night shift, and one open
// stretch each at the end.
const QDateTime DAY0 = QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);

struct Change
{
    QString username;
    QString state;
    qint64 ms; // after DAY0
};

qint64 at(int day, int hours, int minutes, int seconds = 0)
{
    return ((qint64(day) * 24 + hours) * 3600 + minutes * 60 + seconds) * 1000;
}

const QList<Change> &twoDays()
{
    static const QList<Change> changes = {
        {u"agent1"_s, u"available"_s, at(0, 6, 0)},
        {u"agent1"_s, u"busy"_s, at(0, 6, 59, 30)},
        {u"agent1"_s, u"after_call_work"_s, at(0, 7, 0, 30)},
        {u"agent1"_s, u"available"_s, at(0, 7, 0, 30)}, // wrap-up saved at once
        {u"agent1"_s, u"away"_s, at(0, 10, 0)},
        {u"agent1"_s, u"available"_s, at(0, 10, 45)},
        {u"agent1"_s, u"offline"_s, at(0, 14, 0)},
        {u"agent2"_s, u"available"_s, at(0, 22, 0)},
        {u"agent2"_s, u"away"_s, at(1, 1, 30)},
        {u"agent2"_s, u"busy"_s, at(1, 1, 45)},
        {u"agent2"_s, u"after_call_work"_s, at(1, 2, 10)},
        {u"agent2"_s, u"available"_s, at(1, 2, 10, 30)},
        {u"agent1"_s, u"available"_s, at(1, 6, 0)},
        {u"agent2"_s, u"offline"_s, at(1, 6, 0)},
        {u"agent1"_s, u"busy"_s, at(1, 9, 0)},
        {u"agent1"_s, u"after_call_work"_s, at(1, 9, 5)},
        {u"agent1"_s, u"available"_s, at(1, 9, 6)},
    };
    return changes;
}

AgentStateRow rowOf(const Change &change)
{
    AgentStateRow out;
    out.username = change.username;
    out.state = change.state;
    out.reason = change.state == u"away"_s ? u"Lunch"_s : QString();
    out.since = DAY0.addMSecs(change.ms);
    out.chosen = change.state == u"offline"_s ? u"offline"_s
        : change.state == u"away"_s           ? u"away"_s
                                              : u"available"_s;
    out.chosenReason = out.reason;
    out.onCall = change.state == u"busy"_s;
    return out;
}

// By hand: each stretch (to the agent's next change, or to now) cut to [from, to), in seconds.
TimeInState expectedTime(qint64 from, qint64 to, qint64 now, const QString &agent)
{
    QHash<QString, QHash<QString, qint64>> ms;
    const QList<Change> &changes = twoDays();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        if (!agent.isEmpty() && change.username != agent)
            continue;
        qint64 end = now;
        for (qsizetype j = i + 1; j < changes.size(); ++j) {
            if (changes.at(j).username == change.username) {
                end = changes.at(j).ms;
                break;
            }
        }
        const qint64 cut = std::min(end, to) - std::max(change.ms, from);
        if (cut > 0)
            ms[change.username][change.state] += cut;
    }
    for (auto &states : ms) {
        for (qint64 &value : states)
            value /= 1000;
    }
    return ms;
}

// The states everyone can see, and offline, for both agents: what a wrong sum would change.
void compareTimes(const TimeInState &actual, const TimeInState &expected)
{
    for (const QString &agent : {u"agent1"_s, u"agent2"_s}) {
        for (const QString &state :
            {u"available"_s, u"busy"_s, u"after_call_work"_s, u"away"_s, u"offline"_s}) {
            const qint64 got = actual.value(agent).value(state);
            const qint64 wanted = expected.value(agent).value(state);
            if (got != wanted)
                QFAIL(
                    qPrintable(u"%1 %2: %3 s, not %4 s"_s.arg(agent, state).arg(got).arg(wanted)));
        }
    }
}

void saveAll(AgentStateRepository &repository)
{
    for (const Change &change : twoDays())
        QVERIFY(repository.save(rowOf(change), true));
}

} // namespace

class TestAgentStateLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeInStateIsCutToTheRange_data()
    {
        // agent1: available 08:00-08:10, busy 08:10-08:15, after_call_work 08:15-08:16,
        // away 08:16-09:00, then available (open) from 09:00.
        QTest::addColumn<qint64>("from"); // seconds after 08:00
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("available");
        QTest::addColumn<qint64>("busy");
        QTest::addColumn<qint64>("acw");
        QTest::addColumn<qint64>("away");

        QTest::newRow("the whole morning, now 09:30")
            << qint64(0) << qint64(7200) << qint64(5400) << qint64(600 + 1800) << qint64(300)
            << qint64(60) << qint64(2640);
        QTest::newRow("a range inside one stretch counts only the range")
            << qint64(1200) << qint64(1500) << qint64(5400) << qint64(0) << qint64(0) << qint64(0)
            << qint64(300);
        QTest::newRow("a range that starts mid-call cuts the call")
            << qint64(720) << qint64(1200) << qint64(5400) << qint64(0) << qint64(180) << qint64(60)
            << qint64(240);
        QTest::newRow("the open stretch counts up to now, not to the range's end")
            << qint64(3600) << qint64(86400) << qint64(4000) << qint64(400) << qint64(0)
            << qint64(0) << qint64(0);
        QTest::newRow("before anything happened: nothing")
            << qint64(-3600) << qint64(0) << qint64(5400) << qint64(0) << qint64(0) << qint64(0)
            << qint64(0);
    }

    void timeInStateIsCutToTheRange()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, now);
        QFETCH(qint64, available);
        QFETCH(qint64, busy);
        QFETCH(qint64, acw);
        QFETCH(qint64, away);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        AgentStateRepository repository(**database);
        for (const AgentStateRow &change : {row(u"agent1"_s, u"available"_s, 0),
                 row(u"agent1"_s, u"busy"_s, 600),
                 row(u"agent1"_s, u"after_call_work"_s, 900),
                 row(u"agent1"_s, u"away"_s, 960),
                 row(u"agent1"_s, u"available"_s, 3600),
                 row(u"agent2"_s, u"away"_s, 0)})
            QVERIFY(repository.save(change, true));
        // A change that keeps what everyone sees adds no stretch.
        AgentStateRow quiet = row(u"agent1"_s, u"available"_s, 3600);
        quiet.chosen = u"away"_s;
        QVERIFY(repository.save(quiet, false));

        const auto times = repository.timeInState(
            T0.addSecs(from), T0.addSecs(to), T0.addSecs(now), u"agent1"_s);
        QVERIFY(times);
        QVERIFY(!times->contains(u"agent2"_s)); // asked for agent1 only
        const QHash<QString, qint64> agent1 = times->value(u"agent1"_s);
        QCOMPARE(agent1.value(u"available"_s), available);
        QCOMPARE(agent1.value(u"busy"_s), busy);
        QCOMPARE(agent1.value(u"after_call_work"_s), acw);
        QCOMPARE(agent1.value(u"away"_s), away);
    }

    void timeOverDaysAddsUpEachStretchOnce_data()
    {
        QTest::addColumn<qint64>("from"); // ms after DAY0
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("agent");

        const qint64 now = at(2, 12, 0);
        QTest::newRow("two days with ragged ends, everyone")
            << at(0, 5, 17, 13) + 250 << at(2, 0, 3, 1) + 500 << now << QString();
        QTest::newRow("two days with ragged ends, one agent")
            << at(0, 5, 17, 13) + 250 << at(2, 0, 3, 1) + 500 << now << u"agent2"_s;
        QTest::newRow("midnight to midnight") << at(0, 0, 0) << at(1, 0, 0) << now << QString();
        QTest::newRow("whole hours only") << at(0, 6, 0) << at(0, 9, 0) << now << QString();
        QTest::newRow("half an hour inside a lunch break")
            << at(0, 10, 10) << at(0, 10, 40) << now << QString();
        QTest::newRow("a night shift across midnight")
            << at(0, 23, 0) << at(1, 1, 0) << now << u"agent2"_s;
        QTest::newRow("from inside a call that crosses an hour")
            << at(0, 6, 59, 45) << at(0, 7, 30) << now << u"agent1"_s;
        QTest::newRow("after a wrap-up that took no time: the stretch after it runs")
            << at(0, 8, 0) + 500 << at(0, 8, 30) << now << u"agent1"_s;
        QTest::newRow("inside an overnight offline stretch, across hours")
            << at(0, 15, 20) << at(0, 21, 40) + 1 << now << u"agent1"_s;
        QTest::newRow("a week around it all")
            << at(-3, 0, 0) + 500 << at(4, 0, 0) << now << QString();
        QTest::newRow("the open stretches count up to now only")
            << at(1, 9, 0) << at(3, 0, 0) << at(2, 12, 0) + 999 << QString();
        QTest::newRow("now before the range: the open stretches add nothing")
            << at(1, 10, 0) << at(1, 12, 0) << at(1, 9, 30) << QString();
        QTest::newRow("before anything happened")
            << at(-1, 0, 0) << at(0, 0, 0) << now << QString();
    }

    void timeOverDaysAddsUpEachStretchOnce()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, now);
        QFETCH(QString, agent);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        AgentStateRepository repository(**database);
        saveAll(repository);
        const auto times = repository.timeInState(
            DAY0.addMSecs(from), DAY0.addMSecs(to), DAY0.addMSecs(now), agent);
        QVERIFY(times);
        compareTimes(*times, expectedTime(from, to, now, agent));
    }

    void aDayAddsUpToItsHours()
    {
        // The figures a supervisor reads for the first day, worked out by hand.
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        AgentStateRepository repository(**database);
        saveAll(repository);
        const auto times
            = repository.timeInState(DAY0, DAY0.addDays(1), DAY0.addDays(2), QString());
        QVERIFY(times);
        const QHash<QString, qint64> agent1 = times->value(u"agent1"_s);
        QCOMPARE(agent1.value(u"available"_s), qint64(3570 + 10770 + 11700));
        QCOMPARE(agent1.value(u"busy"_s), qint64(60));
        QCOMPARE(agent1.value(u"after_call_work"_s), qint64(0));
        QCOMPARE(agent1.value(u"away"_s), qint64(2700));
        QCOMPARE(agent1.value(u"offline"_s), qint64(10 * 3600));
        QCOMPARE(times->value(u"agent2"_s).value(u"available"_s), qint64(2 * 3600));
    }

    void aClockThatWentBackNeverCountsTimeTwice()
    {
        // The hub's clock stepped back 50 s between two changes: the new stretch starts where
        // the last one began (which then lasted no time), not 50 s before it, so the agent
        // never has more than one state at a time.
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        AgentStateRepository repository(**database);
        QVERIFY(repository.save(rowOf({u"agent1"_s, u"available"_s, at(0, 8, 0)}), true));
        QVERIFY(repository.save(rowOf({u"agent1"_s, u"busy"_s, at(0, 9, 0)}), true));
        QVERIFY(
            repository.save(rowOf({u"agent1"_s, u"after_call_work"_s, at(0, 8, 59, 10)}), true));
        const auto times = repository.timeInState(DAY0.addMSecs(at(0, 8, 0)),
            DAY0.addMSecs(at(0, 10, 0)),
            DAY0.addMSecs(at(0, 10, 0)),
            {});
        QVERIFY(times);
        const QHash<QString, qint64> agent1 = times->value(u"agent1"_s);
        QCOMPARE(agent1.value(u"available"_s), qint64(3600));
        QCOMPARE(agent1.value(u"busy"_s), qint64(0));
        QCOMPARE(agent1.value(u"after_call_work"_s), qint64(3600));
        // The same from the log at the range's ends (a range off the hourly grid).
        const auto cut = repository.timeInState(DAY0.addMSecs(at(0, 8, 30)),
            DAY0.addMSecs(at(0, 9, 30)),
            DAY0.addMSecs(at(0, 10, 0)),
            {});
        QVERIFY(cut);
        QCOMPARE(cut->value(u"agent1"_s).value(u"available"_s), qint64(1800));
        QCOMPARE(cut->value(u"agent1"_s).value(u"after_call_work"_s), qint64(1800));
    }

    void anUpgradeSumsTheStretchesAlreadyLogged()
    {
        // A hub of schema 6 logged states without the sums; its first start on schema 7 builds
        // them from the log, so last week's figures are the same after the upgrade.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"simu.db"_s);
        {
            auto database = Database::open(file);
            QVERIFY(database);
            AgentStateRepository repository(**database);
            saveAll(repository);
            QSqlQuery sql(QSqlDatabase::database((*database)->connectionName(), false));
            for (const QString &statement : {u"DROP TABLE agent_state_hours"_s,
                     u"DROP TABLE agent_state_days"_s,
                     u"DROP INDEX agent_state_log_by_agent"_s,
                     u"CREATE INDEX agent_state_log_by_start ON agent_state_log(started_at)"_s,
                     u"PRAGMA user_version=6"_s})
                QVERIFY2(sql.exec(statement), qPrintable(statement));
        }
        auto database = Database::open(file);
        QVERIFY(database);
        QCOMPARE((*database)->schemaVersion(), 7);
        AgentStateRepository repository(**database);
        const qint64 from = at(0, 5, 17, 13) + 250;
        const qint64 to = at(2, 0, 3, 1) + 500;
        const qint64 now = at(2, 12, 0);
        const auto times = repository.timeInState(
            DAY0.addMSecs(from), DAY0.addMSecs(to), DAY0.addMSecs(now), QString());
        QVERIFY(times);
        compareTimes(*times, expectedTime(from, to, now, QString()));
    }

    void currentStatesAreKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"simu.db"_s);
        {
            auto database = Database::open(file);
            QVERIFY(database);
            AgentStateRepository repository(**database);
            AgentStateRow acw = row(u"agent1"_s, u"after_call_work"_s, 60);
            acw.afterCallWorkEnds = T0.addSecs(90);
            QVERIFY(repository.save(row(u"agent1"_s, u"available"_s, 0), true));
            QVERIFY(repository.save(acw, true));
        }
        auto database = Database::open(file);
        QVERIFY(database);
        AgentStateRepository repository(**database);
        const auto all = repository.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        const AgentStateRow &kept = all->constFirst();
        QCOMPARE(kept.state, u"after_call_work"_s);
        QCOMPARE(kept.since, T0.addSecs(60));
        QCOMPARE(kept.afterCallWorkEnds, T0.addSecs(90));
        QCOMPARE(kept.chosen, u"available"_s);
        // Both stretches are in the log: the first closed where the second began.
        const auto times = repository.timeInState(T0, T0.addSecs(80), T0.addSecs(80), {});
        QVERIFY(times);
        QCOMPARE(times->value(u"agent1"_s).value(u"available"_s), qint64(60));
        QCOMPARE(times->value(u"agent1"_s).value(u"after_call_work"_s), qint64(20));
    }
};

SIMU_TEST_MAIN(TestAgentStateLog)
#include "tst_agentstatelog.moc"
