// The daily spend cap over the real API: real click-to-calls through the simulator (billed in
// KES, as a Kenyan account is), /api/calls/initiate refused with 429 once today's spend reaches
// the cap, GET /api/spend/today, and a cap the hub cannot read refused at start in words.
// Midnight is tested with a fake clock in tst_spendcap.

#include "analytics/exactamount.h"
#include "hubharness.h"
#include "testmain.h"

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

// An amount as the hub writes it (exact, without trailing zeros).
QString exact(const QString &amount)
{
    const auto parsed = Analytics::ExactAmount::parse(amount);
    return parsed ? parsed->toString() : u"?"_s;
}

// Seconds from now to the next local midnight of this machine (the hub's time zone).
qint64 secondsToLocalMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.secsTo(QDateTime(now.date().addDays(1), QTime(0, 0)));
}

} // namespace

class TestSpendCapApi : public QObject
{
    Q_OBJECT

private:
    // A click-to-call by agent1, waited for until it ended; its cost amount ("" if none).
    static QString placeEndedCall(HubHarness &hub, const QString &token)
    {
        const Reply placed = hub.initiate(token);
        if (placed.status != 201) {
            qWarning() << "placing a call:" << placed.describe();
            return {};
        }
        const QString id = placed.json().value(u"sessionId"_s).toString();
        const QJsonObject done = hub.waitForCall(token, id, [](const QJsonObject &call) {
            return call.value(u"final"_s).toBool() && call.value(u"cost"_s).isObject();
        });
        return done.value(u"cost"_s).toObject().value(u"amount"_s).toString();
    }

private Q_SLOTS:
    void callsStopOnceTodaysSpendReachesTheCap_data()
    {
        QTest::addColumn<QString>("cap");
        QTest::addColumn<bool>("secondRefused");
        QTest::newRow("far below the cap: calls go on") << u"KES 1000000"_s << false;
        QTest::newRow("the first call's cost reaches the cap") << u"KES 0.000001"_s << true;
        QTest::newRow("spend in another currency does not count") << u"UGX 0.000001"_s << false;
        QTest::newRow("one of two capped currencies reached")
            << u"UGX 1000000, KES 0.000001"_s << true;
    }

    void callsStopOnceTodaysSpendReachesTheCap()
    {
        QFETCH(QString, cap);
        QFETCH(bool, secondRefused);
        HubHarness hub([&cap](Hub::HubConfig &config) { config.dailySpendCap = cap; });
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);

        const QString cost = placeEndedCall(hub, agent1); // nothing spent yet: 201
        QVERIFY(!cost.isEmpty());
        QVERIFY(Analytics::ExactAmount::parse(cost).has_value());

        const Reply second = hub.initiate(agent1);
        if (!secondRefused) {
            QVERIFY2(second.status == 201, second.describe().constData());
            return;
        }
        QVERIFY2(second.status == 429, second.describe().constData());
        QCOMPARE(second.errorCode(), u"spend_cap_reached"_s);
        QVERIFY(second.header("Content-Type").startsWith("application/json"));
        const QString message = second.errorMessage();
        QVERIFY2(message.contains(u"KES %1 spent of a KES 0.000001 cap"_s.arg(exact(cost))),
            qPrintable(message));
        QVERIFY2(message.contains(u"resets at midnight"_s), qPrintable(message));
        const qint64 retryAfter = second.header("Retry-After").toLongLong();
        QVERIFY2(retryAfter >= 1, second.header("Retry-After").constData());
        QVERIFY(qAbs(retryAfter - secondsToLocalMidnight()) <= 5);
        // Refused before Africa's Talking was asked: no new call exists.
        QCOMPARE(hub.historyTotal(hub.login(u"supervisor1"_s)), 1);
        // The cap is the centre's, not the agent's: a colleague is refused just the same.
        QCOMPARE(hub.initiate(hub.login(u"agent2"_s)).status, 429);
    }

    void todaysSpendIsReported_data()
    {
        QTest::addColumn<QString>("cap");
        QTest::addColumn<QString>("user");
        QTest::newRow("no cap, read by an agent") << u""_s << u"agent2"_s;
        QTest::newRow("a KES cap, read by a supervisor") << u"KES 5000"_s << u"supervisor1"_s;
        QTest::newRow("a cap in another currency only") << u"UGX 150000"_s << u"agent1"_s;
    }

    void todaysSpendIsReported()
    {
        QFETCH(QString, cap);
        QFETCH(QString, user);
        HubHarness hub([&cap](Hub::HubConfig &config) { config.dailySpendCap = cap; });
        QVERIFY(hub.startWithStandardUsers());
        const QString token = hub.login(user);

        const Reply before = hub.get(u"/api/spend/today"_s, token);
        QVERIFY2(before.status == 200, before.describe().constData());
        QVERIFY(before.json().value(u"spent"_s).toObject().value(u"KES"_s).toString().isEmpty()
            || before.json().value(u"spent"_s).toObject().value(u"KES"_s).toString() == u"0"_s);

        const QString first = placeEndedCall(hub, hub.login(u"agent1"_s));
        const QString second = placeEndedCall(hub, hub.login(u"agent1"_s));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const auto total
            = *Analytics::ExactAmount::parse(first) + *Analytics::ExactAmount::parse(second);

        const QJsonObject today = hub.get(u"/api/spend/today"_s, token).json();
        QCOMPARE(today.value(u"spent"_s).toObject().value(u"KES"_s).toString(), total.toString());
        QCOMPARE(today.value(u"capReached"_s).toBool(), false);
        const QDateTime from
            = QDateTime::fromString(today.value(u"from"_s).toString(), Qt::ISODateWithMs);
        const QDateTime resets
            = QDateTime::fromString(today.value(u"resetsAt"_s).toString(), Qt::ISODateWithMs);
        QCOMPARE(from.toLocalTime().time(), QTime(0, 0));
        QCOMPARE(
            resets.toLocalTime(), QDateTime(from.toLocalTime().date().addDays(1), QTime(0, 0)));
        if (cap.isEmpty()) {
            QVERIFY(today.value(u"cap"_s).isNull());
            QVERIFY(today.value(u"remaining"_s).isNull());
        } else if (cap.startsWith(u"KES"_s)) {
            QCOMPARE(today.value(u"cap"_s).toObject(), (QJsonObject{{u"KES"_s, u"5000"_s}}));
            const auto remaining = *Analytics::ExactAmount::parse(u"5000"_s) + -total;
            QCOMPARE(today.value(u"remaining"_s).toObject(),
                (QJsonObject{{u"KES"_s, remaining.toString()}}));
        } else {
            QCOMPARE(today.value(u"cap"_s).toObject(), (QJsonObject{{u"UGX"_s, u"150000"_s}}));
            QCOMPARE(
                today.value(u"remaining"_s).toObject(), (QJsonObject{{u"UGX"_s, u"150000"_s}}));
            QCOMPARE(today.value(u"spent"_s).toObject().value(u"UGX"_s).toString(), u"0"_s);
        }
    }

    void spendNeedsALoginAndTakesNoParameters()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const Reply anonymous = hub.get(u"/api/spend/today"_s);
        QCOMPARE(anonymous.status, 401);
        const Reply withParameter
            = hub.get(u"/api/spend/today?day=yesterday"_s, hub.login(u"agent1"_s));
        QCOMPARE(withParameter.status, 400);
        QCOMPARE(withParameter.errorCode(), u"invalid_parameter"_s);
    }

    void aCapTheHubCannotReadStopsItAtStart_data()
    {
        QTest::addColumn<QString>("cap");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no amount") << u"KES"_s << u"\"KES\" is not a currency code and an amount"_s;
        QTest::newRow("a word for an amount") << u"KES five thousand"_s << u"KES five thousand"_s;
        QTest::newRow("a zero cap") << u"KES 0"_s << u"must be more than zero"_s;
        QTest::newRow("the same currency twice") << u"KES 1, KES 2"_s << u"KES is capped twice"_s;
    }

    void aCapTheHubCannotReadStopsItAtStart()
    {
        QFETCH(QString, cap);
        QFETCH(QString, mentions);
        HubHarness hub([&cap](Hub::HubConfig &config) { config.dailySpendCap = cap; });
        const QString error = hub.start();
        QVERIFY2(error.startsWith(u"calls/daily-spend-cap: "_s), qPrintable(error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

SIMU_TEST_MAIN(TestSpendCapApi)
#include "tst_spendcapapi.moc"
