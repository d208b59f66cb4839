// The wallboard's spend panel: what it says for each kind of day (data-driven, no hub), and
// against a real hub and AT simulator that it follows real calls' costs and shows a reached cap.

#include "../hub/hubharness.h"
#include "analytics/exactamount.h"
#include "client/hubclient.h"
#include "models/callformat.h"
#include "supervisor/spendpanel.h"
#include "widgettestmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubTest;
using Amounts = QMap<QString, QString>;

namespace {

std::unique_ptr<Client::HubClient> clientFor(HubHarness &hub, const QString &user)
{
    auto client = std::make_unique<Client::HubClient>();
    client->setBaseUrl(hub.hub().baseUrl());
    bool answered = false;
    client->login(user, PASSWORD, [&answered](const auto &) { answered = true; });
    if (!QTest::qWaitFor([&answered] { return answered; }, WAIT_MS) || !client->isLoggedIn())
        return nullptr;
    return client;
}

QString shown(const QString &amount, const QString &currency)
{
    return Ui::CallFormat::cost(amount, currency).text;
}

} // namespace

class TestSpendPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatWasSpent_data()
    {
        QTest::addColumn<Amounts>("spent");
        QTest::addColumn<Amounts>("cap");
        QTest::addColumn<Amounts>("remaining");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("a quiet morning, no cap")
            << Amounts{} << Amounts{} << Amounts{} << false
            << QStringList{u"Spent today: nothing yet"_s} << QStringList{u"cap"_s};
        QTest::newRow("spend without a cap")
            << Amounts{{u"KES"_s, u"102.41"_s}} << Amounts{} << Amounts{} << false
            << QStringList{shown(u"102.41"_s, u"KES"_s)} << QStringList{u"cap"_s};
        QTest::newRow("under the cap: what is left")
            << Amounts{{u"KES"_s, u"102.41"_s}} << Amounts{{u"KES"_s, u"5000"_s}}
            << Amounts{{u"KES"_s, u"4897.59"_s}} << false
            << QStringList{u"%1 of the %2 daily cap (%3 left)"_s.arg(shown(u"102.41"_s, u"KES"_s),
                   shown(u"5000"_s, u"KES"_s),
                   shown(u"4897.59"_s, u"KES"_s))}
            << QStringList{u"no calls can be placed"_s};
        QTest::newRow("a capped currency with nothing spent yet")
            << Amounts{} << Amounts{{u"UGX"_s, u"150000"_s}} << Amounts{{u"UGX"_s, u"150000"_s}}
            << false
            << QStringList{u"%1 of the %2 daily cap"_s.arg(
                   shown(u"0"_s, u"UGX"_s), shown(u"150000"_s, u"UGX"_s))}
            << QStringList{u"nothing yet"_s};
        QTest::newRow("the cap reached")
            << Amounts{{u"KES"_s, u"5012.4"_s}} << Amounts{{u"KES"_s, u"5000"_s}}
            << Amounts{{u"KES"_s, u"0"_s}} << true
            << QStringList{u"The daily spend cap is reached: no calls can be placed until "
                           "midnight"_s}
            << QStringList{};
        QTest::newRow("two currencies, one capped")
            << Amounts{{u"KES"_s, u"10"_s}, {u"UGX"_s, u"700"_s}} << Amounts{{u"KES"_s, u"50"_s}}
            << Amounts{{u"KES"_s, u"40"_s}} << false
            << QStringList{shown(u"700"_s, u"UGX"_s), shown(u"40"_s, u"KES"_s) + u" left"_s}
            << QStringList{};
    }

    void saysWhatWasSpent()
    {
        QFETCH(Amounts, spent);
        QFETCH(Amounts, cap);
        QFETCH(Amounts, remaining);
        QFETCH(bool, reached);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        Client::HubClient client; // never asked: not logged in
        Ui::SpendPanel panel(client);
        Client::SpendToday spend;
        spend.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        spend.resetsAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        spend.spent = spent;
        spend.cap = cap;
        spend.remaining = remaining;
        spend.capped = !cap.isEmpty();
        spend.capReached = reached;
        panel.setSpend(spend);
        QCOMPARE(panel.capReached(), reached);
        for (const QString &part : expected)
            QVERIFY2(panel.text().contains(part), qPrintable(panel.text() + u" lacks "_s + part));
        for (const QString &part : absent)
            QVERIFY2(!panel.text().contains(part), qPrintable(panel.text() + u" has "_s + part));
    }

    void followsRealCallsUpToTheCap()
    {
        HubHarness hub([](Hub::HubConfig &config) { config.dailySpendCap = u"KES 0.000001"_s; });
        QVERIFY(hub.startWithStandardUsers());
        auto client = clientFor(hub, u"supervisor1"_s);
        QVERIFY(client);
        Ui::SpendPanel panel(*client);
        panel.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(panel.text().contains(u"daily cap"_s), WAIT_MS);
        QVERIFY(!panel.capReached());

        // A real call ends with a cost; the wallboard tells the panel, which asks again within
        // two seconds.
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = hub.initiate(agent1).json().value(u"sessionId"_s).toString();
        const QJsonObject done = hub.waitForCall(agent1, id, [](const QJsonObject &call) {
            return call.value(u"final"_s).toBool() && call.value(u"cost"_s).isObject();
        });
        const QString cost = done.value(u"cost"_s).toObject().value(u"amount"_s).toString();
        QVERIFY(!cost.isEmpty());
        panel.callEnded();
        panel.callEnded(); // a burst is one request, not two
        QTRY_VERIFY_WITH_TIMEOUT(panel.capReached(), Ui::SpendPanel::CallEndedDelayMs + WAIT_MS);
        QVERIFY2(panel.text().contains(shown(cost, u"KES"_s)), qPrintable(panel.text()));
        QVERIFY(panel.text().contains(u"no calls can be placed until midnight"_s));
    }
};

SIMU_WIDGET_TEST_MAIN(TestSpendPanel)
#include "tst_spendpanel.moc"
