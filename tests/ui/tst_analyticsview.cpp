// Ui::AnalyticsView against a real hub and AT simulator (tests/hub/hubharness.h): simulated
// calls end and the figures follow without a click; an agent sees only their own; the hub's
// refusals read in words; exports carry the rows shown.

#include "../hub/hubharness.h"
#include "analytics/agentperformancemodel.h"
#include "analytics/analyticsview.h"
#include "analytics/chartpanel.h"
#include "analytics/durationtablemodel.h"
#include "analytics/summarytiles.h"
#include "analytics/volumetablemodel.h"
#include "client/hubclient.h"
#include "common/csvexport.h"
#include "widgettestmain.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubTest;

class TestAnalyticsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void figuresFollowCallsWithoutRefresh();
    void agentSeesOnlyTheirOwnRow();
    void refusedRangeIsShownInWords_data();
    void refusedRangeIsShownInWords();
    void exportWritesTheRowsShown();
    void timeInStateColumnsWhenTheHubSendsThem();
    void unreachableHubKeepsWhatWasShown();

private:
    std::unique_ptr<Client::HubClient> clientFor(const QString &user);
    // An ended call of `agent`'s; its session id, or "" when it did not end.
    QString placeCall(const QString &agent);
    static bool refreshAndWait(Ui::AnalyticsView &view);
    static qint64 barTotal(QChart *chart);

    std::unique_ptr<HubHarness> m_hub;
};

void TestAnalyticsView::init()
{
    m_hub = std::make_unique<HubHarness>();
    QVERIFY(m_hub->startWithStandardUsers());
}

void TestAnalyticsView::cleanup()
{
    m_hub.reset();
}

std::unique_ptr<Client::HubClient> TestAnalyticsView::clientFor(const QString &user)
{
    auto client = std::make_unique<Client::HubClient>();
    client->setBaseUrl(m_hub->hub().baseUrl());
    bool answered = false;
    client->login(user, PASSWORD, [&answered](const auto &) { answered = true; });
    if (!QTest::qWaitFor([&] { return answered; }, WAIT_MS) || !client->isLoggedIn())
        return nullptr;
    return client;
}

QString TestAnalyticsView::placeCall(const QString &agent)
{
    const QString token = m_hub->login(agent);
    const Reply placed = m_hub->initiate(token, CUSTOMER);
    if (placed.status != 201) {
        qWarning() << "initiate failed:" << placed.describe();
        return {};
    }
    const QString id = placed.json().value(u"sessionId"_s).toString();
    return m_hub->waitForFinal(token, id).value(u"final"_s).toBool() ? id : QString();
}

bool TestAnalyticsView::refreshAndWait(Ui::AnalyticsView &view)
{
    QSignalSpy refreshed(&view, &Ui::AnalyticsView::refreshed);
    view.findChild<QPushButton *>(u"refreshButton"_s)->click();
    if (!refreshed.wait(WAIT_MS))
        return false;
    return refreshed.constLast().at(0).toBool();
}

// Every bar of the chart added up: what the user sees drawn.
qint64 TestAnalyticsView::barTotal(QChart *chart)
{
    qint64 total = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    total += qint64(set->at(i));
            }
        }
    }
    return total;
}

void TestAnalyticsView::figuresFollowCallsWithoutRefresh()
{
    QVERIFY(!placeCall(u"agent1"_s).isEmpty());
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::AnalyticsView view(*client);
    view.setIdentity(client->session().identity);
    QCOMPARE(view.findChild<QLabel *>(u"titleLabel"_s)->text(), u"Call centre analytics"_s);
    view.setAutoRefreshInterval(300);
    view.resize(1100, 700);
    QSignalSpy refreshed(&view, &Ui::AnalyticsView::refreshed);
    view.show(); // opening the page loads today's figures
    QVERIFY(refreshed.wait(WAIT_MS));
    QVERIFY2(refreshed.constLast().at(0).toBool(), qPrintable(view.statusText()));
    QCOMPARE(view.tiles()->valueText(Ui::SummaryTiles::Calls), u"1"_s);
    QCOMPARE(view.volumeModel()->totalCalls(), 1);
    QCOMPARE(view.volumeModel()->volume().bucket, u"hour"_s); // today: hour by hour
    QCOMPARE(barTotal(view.panel(Ui::AnalyticsView::Panel::Volume)->chart()), 1);

    client->startStream();
    QTRY_COMPARE_WITH_TIMEOUT(
        client->connectionState(), Client::ConnectionState::Connected, WAIT_MS);
    const int before = int(refreshed.size());
    // Two calls end; nobody presses Refresh.
    QVERIFY(!placeCall(u"agent1"_s).isEmpty());
    QVERIFY(!placeCall(u"agent2"_s).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(view.tiles()->valueText(Ui::SummaryTiles::Calls), u"3"_s, WAIT_MS);
    QVERIFY(refreshed.size() > before);
    QCOMPARE(view.volumeModel()->totalCalls(), 3);
    QCOMPARE(barTotal(view.panel(Ui::AnalyticsView::Panel::Volume)->chart()), 3);
    // Both agents' bars: calls and answered for each.
    QTRY_COMPARE_WITH_TIMEOUT(view.agentModel()->rowCount(), 2, WAIT_MS);
    QCOMPARE(view.agentModel()->index(0, Ui::AgentPerformanceModel::Agent).data().toString(),
        u"agent1"_s);
    QCOMPARE(view.agentModel()->index(0, Ui::AgentPerformanceModel::Calls).data(Ui::CsvRole),
        QVariant(qint64(2)));
    // The simulator's calls are answered and last a while: the histogram and the mean show them.
    qint64 binned = 0;
    for (int row = 0; row < view.durationModel()->rowCount(); ++row)
        binned += view.durationModel()
                      ->index(row, Ui::DurationTableModel::Calls)
                      .data(Ui::CsvRole)
                      .toLongLong();
    QCOMPARE(binned, 3);
    QVERIFY(view.tiles()->valueText(Ui::SummaryTiles::MeanDuration) != u"—"_s);
    QVERIFY2(view.tiles()->valueText(Ui::SummaryTiles::Cost).startsWith(u"KES"_s),
        qPrintable(view.tiles()->valueText(Ui::SummaryTiles::Cost)));
    // SIMU_SCREENSHOT_DIR: each chart with its table, to look at.
    if (qEnvironmentVariableIsSet("SIMU_SCREENSHOT_DIR")) {
        const QDir dir(qEnvironmentVariable("SIMU_SCREENSHOT_DIR"));
        auto *tabs = view.findChild<QTabWidget *>(u"analyticsTabs"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            QVERIFY(view.grab().save(dir.filePath(u"analytics-tab%1.png"_s.arg(tab))));
        }
    }
    // Not a storm: three events per call at most led to a handful of refreshes.
    QVERIFY2(
        refreshed.size() - before <= 4, qPrintable(QString::number(refreshed.size() - before)));
}

void TestAnalyticsView::agentSeesOnlyTheirOwnRow()
{
    QVERIFY(!placeCall(u"agent1"_s).isEmpty());
    QVERIFY(!placeCall(u"agent2"_s).isEmpty());
    QVERIFY(!placeCall(u"agent2"_s).isEmpty());
    const auto client = clientFor(u"agent1"_s);
    QVERIFY(client);
    Ui::AnalyticsView view(*client);
    view.setIdentity(client->session().identity);
    QCOMPARE(view.findChild<QLabel *>(u"titleLabel"_s)->text(), u"My performance"_s);
    view.setPreset(Ui::AnalyticsRange::Preset::Last7Days);
    QVERIFY(refreshAndWait(view));
    QCOMPARE(view.agentModel()->rowCount(), 1);
    QCOMPARE(view.agentModel()->index(0, Ui::AgentPerformanceModel::Agent).data().toString(),
        u"agent1"_s);
    QCOMPARE(view.tiles()->valueText(Ui::SummaryTiles::Calls), u"1"_s);
    QCOMPARE(view.volumeModel()->totalCalls(), 1);
    QCOMPARE(view.volumeModel()->volume().bucket, u"day"_s); // a week: day by day
    QCOMPARE(view.volumeModel()->rowCount(), 7);
}

void TestAnalyticsView::refusedRangeIsShownInWords_data()
{
    QTest::addColumn<int>("fromDaysBack");
    QTest::addColumn<int>("toDaysBack");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("hubSays");
    QTest::newRow("dates the wrong way round")
        << 0 << 3 << QString() << u"\"from\" is after \"to\""_s;
    QTest::newRow("two months hour by hour is too many bars")
        << 60 << 0 << u"hour"_s << u"at most 1000 fit in one answer"_s;
    QTest::newRow("more than 400 days") << 450 << 0 << QString() << u"longer than 400 days"_s;
}

void TestAnalyticsView::refusedRangeIsShownInWords()
{
    QFETCH(int, fromDaysBack);
    QFETCH(int, toDaysBack);
    QFETCH(QString, bucket);
    QFETCH(QString, hubSays);
    QVERIFY(!placeCall(u"agent1"_s).isEmpty());
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::AnalyticsView view(*client);
    QVERIFY(refreshAndWait(view));
    QCOMPARE(view.tiles()->valueText(Ui::SummaryTiles::Calls), u"1"_s);

    QSignalSpy refreshed(&view, &Ui::AnalyticsView::refreshed);
    view.setBucketOverride(bucket);
    const QDate today = QDate::currentDate();
    view.setCustomRange(today.addDays(-fromDaysBack), today.addDays(-toDaysBack));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !view.isRefreshing(), WAIT_MS);
    QCOMPARE(refreshed.constLast().at(0).toBool(), false);
    QVERIFY2(view.statusText().contains(hubSays), qPrintable(view.statusText()));
    QVERIFY2(view.statusText().startsWith(u"The hub cannot show figures for this choice: "_s),
        qPrintable(view.statusText()));
    // The last range's figures are gone: they would be read as this one's.
    QCOMPARE(view.tiles()->valueText(Ui::SummaryTiles::Calls), u"—"_s);
    QCOMPARE(view.agentModel()->rowCount(), 0);
}

void TestAnalyticsView::exportWritesTheRowsShown()
{
    QVERIFY(!placeCall(u"agent1"_s).isEmpty());
    QVERIFY(!placeCall(u"agent2"_s).isEmpty());
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::AnalyticsView view(*client);
    QVERIFY(refreshAndWait(view));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString agents = dir.filePath(u"agents.csv"_s);
    QVERIFY(view.exportTable(Ui::AnalyticsView::Panel::Agents, agents));
    QFile file(agents);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"Agent,Calls,Answered,Talk time (s),Average handle time (s),"
                                    "Average speed of answer (s),Cost (KES)"_s),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"agent1,1,1,"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"agent2,1,1,"_s), qPrintable(lines.at(2)));
    // Talk time in plain seconds, the cost exactly as the hub summed it.
    const QStringList cells = lines.at(1).split(u',');
    bool isNumber = false;
    QVERIFY(cells.at(3).toInt(&isNumber) > 0 && isNumber);
    const QString exactCost = view.agentModel()->agents().constFirst().cost.value(u"KES"_s);
    QCOMPARE(cells.at(6), exactCost);

    const QString volume = dir.filePath(u"volume.csv"_s);
    QVERIFY(view.exportTable(Ui::AnalyticsView::Panel::Volume, volume));
    QFile volumeFile(volume);
    QVERIFY(volumeFile.open(QIODevice::ReadOnly));
    const QStringList volumeLines
        = QString::fromUtf8(volumeFile.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(volumeLines.size(), view.volumeModel()->rowCount() + 1); // today's 24 hours
    QCOMPARE(volumeLines.size(), 25);
    qint64 calls = 0;
    for (const QString &line : volumeLines.mid(1))
        calls += line.section(u',', 1, 1).toLongLong();
    QCOMPARE(calls, 2);
    // Every table offers the export.
    for (auto which : {Ui::AnalyticsView::Panel::Volume,
             Ui::AnalyticsView::Panel::Agents,
             Ui::AnalyticsView::Panel::Durations}) {
        QPushButton *button = view.panel(which)->exportButton();
        QCOMPARE(button->text(), u"Export CSV…"_s);
        QVERIFY(!button->accessibleName().isEmpty());
    }
}

void TestAnalyticsView::timeInStateColumnsWhenTheHubSendsThem()
{
    Ui::AgentPerformanceModel model;
    Client::AgentPerformance older;
    older.agents = {Client::AgentFigures{u"agent1"_s, 2, 1, 60, 60.0, 4.5, {}, {}}};
    model.setPerformance(older);
    QCOMPARE(model.stateColumn(u"available"_s), -1); // a hub without states: no empty columns

    Client::AgentPerformance newer;
    newer.agents = {
        Client::AgentFigures{u"agent1"_s,
            2,
            1,
            60,
            60.0,
            4.5,
            {{u"KES"_s, u"1.5"_s}},
            {{u"available"_s, 3600}, {u"busy"_s, 125}, {u"away"_s, 0}, {u"after_call_work"_s, 30}}},
        Client::AgentFigures{u"agent2"_s, 0, 0, 0, std::nullopt, std::nullopt, {}, {}}};
    model.setPerformance(newer);
    const int available = model.stateColumn(u"available"_s);
    const int busy = model.stateColumn(u"busy"_s);
    const int acw = model.stateColumn(u"after_call_work"_s);
    QVERIFY(available > 0);
    QCOMPARE(
        model.headerData(available, Qt::Horizontal, Qt::DisplayRole).toString(), u"Available"_s);
    QCOMPARE(
        model.headerData(acw, Qt::Horizontal, Qt::DisplayRole).toString(), u"After-call work"_s);
    QCOMPARE(model.index(0, available).data().toString(), u"1:00:00"_s);
    QCOMPARE(model.index(0, busy).data().toString(), u"2:05"_s);
    QCOMPARE(model.index(0, busy).data(Ui::CsvRole), QVariant(qint64(125)));
    // A row without states shows zero, not a gap.
    QCOMPARE(model.index(1, busy).data().toString(), u"0:00"_s);
    QCOMPARE(model.index(1, Ui::AgentPerformanceModel::AverageHandle).data().toString(), u"—"_s);
}

void TestAnalyticsView::unreachableHubKeepsWhatWasShown()
{
    QVERIFY(!placeCall(u"agent1"_s).isEmpty());
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::AnalyticsView view(*client);
    QVERIFY(refreshAndWait(view));
    m_hub.reset(); // the hub goes away
    client->setRequestTimeout(3000);
    QVERIFY(!refreshAndWait(view));
    QVERIFY2(view.statusText().startsWith(u"The figures could not be updated: "_s),
        qPrintable(view.statusText()));
    QCOMPARE(view.tiles()->valueText(Ui::SummaryTiles::Calls), u"1"_s);
}

SIMU_WIDGET_TEST_MAIN(TestAnalyticsView)

#include "tst_analyticsview.moc"
