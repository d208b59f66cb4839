// Storage::AgentStateRepository: the current states kept across a restart, and the time in each
// state added up for a range, stretches cut to it. A wrong cut puts a lunch break that began
// yesterday entirely into today's figures.

#include "storage/agentstaterepository.h"
#include "storage/database.h"
#include "testmain.h"

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
