// The analytics after the worst case: the real `simu --headless` is killed (SIGKILL) right
// after answering a burst of final callbacks, before its write-behind has stored them. Started
// again, the replay writes those calls and sums each exactly once: the figures equal the calls
// AT was told were stored, and a further clean restart changes nothing.

#include "analyticsrig.h"
#include "crashrig.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using CrashTest::CrashRig;

namespace {

const QString SECRET = u"analytics-crash-secret-81c0"_s;
const QString PASSWORD = u"analytics-crash-password"_s;
constexpr int CALLS = 80;
const QStringList AMOUNTS = {u"2.45"_s, u"0.408333333333333345"_s, u"147.440"_s};

int durationOf(int i)
{
    return 7 * i + 3; // all different, so the median and p90 are specific
}

QByteArray callback(int i, bool final)
{
    const CrashTest::CrashCall call{
        .sessionId = u"ATVId_crash_%1"_s.arg(i, 26, 10, QChar(u'0')),
        .callerNumber = u"+2547221%1"_s.arg(i, 5, 10, QChar(u'0')),
        .durationSeconds = durationOf(i),
        .amount = AMOUNTS.at(i % AMOUNTS.size()),
        .startTime = {}, // no callStartTime field
    };
    return CrashTest::callbackBody(call, final);
}

} // namespace

class TestAnalyticsCrash : public QObject
{
    Q_OBJECT

private:
    CrashRig m_rig{SECRET, PASSWORD};

    QJsonObject get(const QString &base, const QString &path, const QString &token)
    {
        return CrashRig::jsonOf(m_rig.get(base, path, token));
    }

    // The figures every start must show: exactly the CALLS calls, once each.
    void checkFigures(const QString &base)
    {
        const QString token = m_rig.login(base);
        QVERIFY(!token.isEmpty());
        QString cost = u"0"_s;
        qint64 talk = 0;
        QList<int> durations;
        for (int i = 0; i < CALLS; ++i) {
            cost = AnalyticsTest::decimalAdd(cost, AMOUNTS.at(i % AMOUNTS.size()));
            talk += durationOf(i);
            durations << durationOf(i);
        }
        const QJsonObject summary = get(base, u"/api/analytics/summary"_s, token);
        QCOMPARE(summary.value(u"calls"_s).toInt(), CALLS);
        QCOMPARE(summary.value(u"inbound"_s).toInt(), CALLS);
        QCOMPARE(summary.value(u"answered"_s).toInt(), CALLS);
        QCOMPARE(summary.value(u"talkSeconds"_s).toInteger(), talk);
        QCOMPARE(summary.value(u"cost"_s).toObject().value(u"KES"_s).toString(), cost);
        const QJsonObject stats = get(base, u"/api/analytics/call-duration-stats"_s, token);
        QCOMPARE(stats.value(u"count"_s).toInt(), CALLS);
        QCOMPARE(stats.value(u"maxSeconds"_s).toInt(), durations.last());
        QCOMPARE(stats.value(u"p90Seconds"_s).toInt(), durations.at(CALLS * 9 / 10 - 1));
        QCOMPARE(stats.value(u"medianSeconds"_s).toDouble(),
            (durations.at(CALLS / 2 - 1) + durations.at(CALLS / 2)) / 2.0);
        int volume = 0;
        for (const QJsonValue &point : get(base, u"/api/analytics/call-volume?bucket=hour"_s, token)
                                           .value(u"series"_s)
                                           .toArray())
            volume += point.toObject().value(u"completed"_s).toInt();
        QCOMPARE(volume, CALLS);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_rig.isValid());
        const QString created = m_rig.createAdmin();
        QVERIFY2(created.isEmpty(), qPrintable(created));
    }

    void callsStoredBehindAKillAreSummedOnce()
    {
        QProcess hub;
        const QString base = m_rig.startHub(hub);
        QVERIFY(!base.isEmpty());
        const QUrl webhook = m_rig.webhookUrl(base);
        for (const bool final : {false, true}) {
            QList<QByteArray> bodies;
            for (int i = 0; i < CALLS; ++i)
                bodies.append(callback(i, final));
            const QList<int> statuses = m_rig.postCallbacksAtOnce(webhook, bodies);
            QCOMPARE(statuses, QList<int>(CALLS, 200));
        }
        // SIGKILL: the write-behind of the last burst never runs
        QVERIFY(CrashRig::killHub(hub));

        QProcess again;
        QString said;
        const QString restarted = m_rig.startHub(again, &said);
        QVERIFY(!restarted.isEmpty());
        // The point of the test: the restart replayed calls from the event log.
        QVERIFY2(said.contains(u"from the event log into the calls table"_s), qPrintable(said));
        checkFigures(restarted);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(CrashRig::stopHub(again));

        QProcess third;
        const QString clean = m_rig.startHub(third);
        QVERIFY(!clean.isEmpty());
        checkFigures(clean);
        QVERIFY(CrashRig::stopHub(third));
    }
};

SIMU_TEST_MAIN(TestAnalyticsCrash)
#include "tst_analyticscrash.moc"
