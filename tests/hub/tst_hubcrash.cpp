// The webhook's promise under the worst case: the real `simu --headless` process is killed
// (SIGKILL, no chance to tidy up) right after answering a batch of callbacks 200. Started
// again on the same data folder, every one of those calls is in the history, complete, because
// the event log is durable and the calls table catches up from it (core/hub/calljournal.h).

#include "crashrig.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using CrashTest::CrashRig;

namespace {

const QString SECRET = u"crash-test-secret-5d1e"_s;
const QString PASSWORD = u"crash-test-password"_s;
constexpr int CALLS = 60;

QByteArray callback(int i, bool final)
{
    const CrashTest::CrashCall call{
        .sessionId = u"ATVId_%1"_s.arg(i, 32, 10, QChar(u'0')),
        .callerNumber = u"+2547220%1"_s.arg(i, 5, 10, QChar(u'0')),
        .durationSeconds = 42,
        .amount = u"2.45"_s,
        .startTime = u"2026-11-24 10:00:00"_s,
    };
    return CrashTest::callbackBody(call, final);
}

} // namespace

class TestHubCrash : public QObject
{
    Q_OBJECT

private:
    CrashRig m_rig{SECRET, PASSWORD};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_rig.isValid());
        const QString created = m_rig.createAdmin();
        QVERIFY2(created.isEmpty(), qPrintable(created));
    }

    void callbacksAnswered200SurviveAKill()
    {
        QProcess hub;
        const QString base = m_rig.startHub(hub);
        QVERIFY(!base.isEmpty());
        const QUrl webhook = m_rig.webhookUrl(base);
        for (int i = 0; i < CALLS; ++i) {
            QCOMPARE(m_rig.postCallback(webhook, callback(i, false)), 200);
            QCOMPARE(m_rig.postCallback(webhook, callback(i, true)), 200);
        }
        QVERIFY(CrashRig::killHub(hub)); // SIGKILL: no shutdown, no last write-behind

        QProcess again;
        const QString restarted = m_rig.startHub(again);
        QVERIFY(!restarted.isEmpty());
        int loginStatus = 0;
        const QString token = m_rig.login(restarted, &loginStatus);
        QCOMPARE(loginStatus, 200);
        const CrashTest::Reply history = m_rig.get(restarted, u"/api/calls?limit=500"_s, token);
        QCOMPARE(history.status, 200);
        const QJsonObject page = CrashRig::jsonOf(history);
        QCOMPARE(page.value(u"total"_s).toInt(), CALLS);
        for (const QJsonValue &value : page.value(u"calls"_s).toArray()) {
            const QJsonObject call = value.toObject();
            QCOMPARE(call.value(u"state"_s).toString(), u"completed"_s);
            QCOMPARE(call.value(u"durationSeconds"_s).toInt(), 42);
            QCOMPARE(call.value(u"cost"_s).toObject().value(u"amount"_s).toString(), u"2.45"_s);
        }
        QVERIFY(CrashRig::stopHub(again));
    }
};

SIMU_TEST_MAIN(TestHubCrash)
#include "tst_hubcrash.moc"
