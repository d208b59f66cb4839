// Ui::RecordingsView against a real hub and AT simulator (tests/hub/hubharness.h): real calls
// with real MP3 recordings, searched through Client::HubClient as the console does.

#include "../hub/hubharness.h"
#include "client/hubclient.h"
#include "common/csvexport.h"
#include "recordings/recordinglistmodel.h"
#include "recordings/recordingplayer.h"
#include "recordings/recordingstatusproxy.h"
#include "recordings/recordingsview.h"
#include "widgettestmain.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

const QString BUSY_CUSTOMER = u"+254722000199"_s;

} // namespace

class TestRecordingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchListsOnlyCallsWithRecordings();
    void openingShowsTheLastWeek();
    void filters_data();
    void filters();
    void loadMoreFetchesTheRest();
    void selectingARowLoadsItsRecording();
    void showCallPlaysItDirectly();
    void agentSeesOnlyTheirOwnCalls();
    void newerSearchWins();
    void fromAfterToIsRefused();
    void unreachableHubIsReported();
    void exportSavesTheResults();
    void agentHasNoDownloadOrDelete();
    void supervisorDownloadsToTheHub();
    // Last: it deletes one of the recordings the other tests search for.
    void supervisorDeletesARecording();

private:
    // A client logged in as `user` (supervisor1 unless said otherwise).
    std::unique_ptr<Client::HubClient> clientFor(const QString &user);
    static bool searchAndWait(Ui::RecordingsView &view);
    QString placeCall(const QString &agent, const QString &customer);

    std::unique_ptr<HubHarness> m_hub;
    // Session ids of the calls that have a recording, by agent.
    QMultiHash<QString, QString> m_recorded;
    QString m_unrecorded;
};

void TestRecordingsView::initTestCase()
{
    m_hub = std::make_unique<HubHarness>();
    QVERIFY(m_hub->startWithStandardUsers());
    AtSim::PhoneBehaviour busy;
    busy.answer = AtSim::PhoneBehaviour::Answer::Busy;
    m_hub->scriptPhone(BUSY_CUSTOMER, busy);

    m_recorded.insert(u"agent1"_s, placeCall(u"agent1"_s, CUSTOMER));
    m_recorded.insert(u"agent1"_s, placeCall(u"agent1"_s, OTHER_CUSTOMER));
    m_recorded.insert(u"agent2"_s, placeCall(u"agent2"_s, CUSTOMER));
    m_unrecorded = placeCall(u"agent2"_s, BUSY_CUSTOMER);
    QVERIFY(!m_recorded.values().contains(QString()));
    QVERIFY(!m_unrecorded.isEmpty());

    // What the hub itself says: three recordings, and the busy call has none.
    const QString supervisor = m_hub->login(u"supervisor1"_s);
    const QJsonObject busyCall = m_hub->get(u"/api/calls/"_s + m_unrecorded, supervisor).json();
    QVERIFY2(busyCall.value(u"recordingUrl"_s).toString().isEmpty(),
        qPrintable(busyCall.value(u"recordingUrl"_s).toString()));
    QCOMPARE(m_hub->historyTotal(supervisor), 4);
}

QString TestRecordingsView::placeCall(const QString &agent, const QString &customer)
{
    const QString token = m_hub->login(agent);
    const Reply placed = m_hub->initiate(token, customer);
    if (placed.status != 201) {
        qWarning() << "initiate failed:" << placed.describe();
        return {};
    }
    const QString id = placed.json().value(u"sessionId"_s).toString();
    const QJsonObject done = m_hub->waitForFinal(token, id);
    if (!done.value(u"final"_s).toBool())
        return {};
    if (customer != BUSY_CUSTOMER && done.value(u"recordingUrl"_s).toString().isEmpty())
        return {};
    return id;
}

std::unique_ptr<Client::HubClient> TestRecordingsView::clientFor(const QString &user)
{
    auto client = std::make_unique<Client::HubClient>();
    client->setBaseUrl(m_hub->hub().baseUrl());
    bool answered = false;
    client->login(user, PASSWORD, [&answered](const auto &) { answered = true; });
    if (!QTest::qWaitFor([&] { return answered; }, WAIT_MS) || !client->isLoggedIn())
        return nullptr;
    return client;
}

bool TestRecordingsView::searchAndWait(Ui::RecordingsView &view)
{
    QSignalSpy finished(&view, &Ui::RecordingsView::searchFinished);
    view.findChild<QPushButton *>(u"searchButton"_s)->click();
    if (finished.isEmpty() && !finished.wait(WAIT_MS))
        return false;
    return finished.constLast().at(0).toBool();
}

static QStringList sessionIds(const Ui::RecordingListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.callAt(row).sessionId);
    ids.sort();
    return ids;
}

void TestRecordingsView::searchListsOnlyCallsWithRecordings()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    QVERIFY(searchAndWait(view));
    QStringList expected = m_recorded.values();
    expected.sort();
    QCOMPARE(sessionIds(*view.model()), expected);
    // "3 recording(s) found." until an English plural translation exists.
    QVERIFY2(view.statusText().startsWith(u"3 recording"_s), qPrintable(view.statusText()));
    QVERIFY(!view.canLoadMore());
    QVERIFY(!view.findChild<QPushButton *>(u"loadMoreButton"_s)->isVisibleTo(&view));
    // The table shows who, by whom and what it cost.
    const QModelIndex customer = view.model()->index(0, Ui::RecordingListModel::Customer);
    QVERIFY(customer.data().toString().startsWith(u"+2547"_s));
    const QModelIndex cost = view.model()->index(0, Ui::RecordingListModel::Cost);
    QVERIFY2(cost.data().toString().startsWith(u"KES "_s), qPrintable(cost.data().toString()));
    QCOMPARE(view.model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
        u"Date and time"_s);
}

void TestRecordingsView::openingShowsTheLastWeek()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    QCOMPARE(view.findChild<QDateEdit *>(u"toEdit"_s)->date(), QDate::currentDate());
    QCOMPARE(view.findChild<QDateEdit *>(u"fromEdit"_s)->date(), QDate::currentDate().addDays(-6));
    QSignalSpy finished(&view, &Ui::RecordingsView::searchFinished);
    view.show(); // no click: the recordings are there when the view opens
    QVERIFY(finished.wait(WAIT_MS));
    QCOMPARE(view.model()->rowCount(), 3);
    view.hide();
    view.show(); // only the first time: reopening keeps what the user searched
    QVERIFY(!view.isSearching());
}

void TestRecordingsView::filters_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<int>("daysBack"); // the date range ends this many days ago
    QTest::addColumn<QStringList>("agentsFound");
    QTest::newRow("a number typed the local way finds that customer's calls")
        << u"0722 000111"_s << QString() << 0 << QStringList{u"agent1"_s, u"agent2"_s};
    QTest::newRow("an agent narrows to their calls")
        << QString() << u"agent1"_s << 0 << QStringList{u"agent1"_s, u"agent1"_s};
    QTest::newRow("number and agent together")
        << u"+254722000111"_s << u"agent2"_s << 0 << QStringList{u"agent2"_s};
    QTest::newRow("a week that ended yesterday finds nothing from today")
        << QString() << QString() << 1 << QStringList();
    QTest::newRow("a number nobody called finds nothing")
        << u"0799 999999"_s << QString() << 0 << QStringList();
}

void TestRecordingsView::filters()
{
    QFETCH(QString, number);
    QFETCH(QString, agent);
    QFETCH(int, daysBack);
    QFETCH(QStringList, agentsFound);
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.setAgents({u"agent1"_s, u"agent2"_s, u"agent3"_s});
    QTest::keyClicks(view.findChild<QLineEdit *>(u"numberEdit"_s), number);
    view.findChild<QComboBox *>(u"agentBox"_s)->setEditText(agent);
    const QDate to = QDate::currentDate().addDays(-daysBack);
    view.findChild<QDateEdit *>(u"toEdit"_s)->setDate(to);
    view.findChild<QDateEdit *>(u"fromEdit"_s)->setDate(to.addDays(-6));
    QVERIFY(searchAndWait(view));

    QStringList agents;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        agents.append(view.model()->callAt(row).agent);
    agents.sort();
    QCOMPARE(agents, agentsFound);
    if (agentsFound.isEmpty())
        QCOMPARE(view.statusText(), u"No recordings match this search."_s);
}

void TestRecordingsView::loadMoreFetchesTheRest()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.setPageSize(1); // four calls, one per page; one of them has no recording
    QVERIFY(searchAndWait(view));
    auto *loadMore = view.findChild<QPushButton *>(u"loadMoreButton"_s);
    int pages = 1;
    while (view.canLoadMore()) {
        QVERIFY(loadMore->isVisibleTo(&view));
        QVERIFY2(view.statusText().contains(u"Load more"_s), qPrintable(view.statusText()));
        QSignalSpy finished(&view, &Ui::RecordingsView::searchFinished);
        QTest::mouseClick(loadMore, Qt::LeftButton);
        QVERIFY(finished.wait(WAIT_MS));
        QVERIFY(++pages <= 5);
    }
    QCOMPARE(pages, 4);
    QVERIFY(!loadMore->isVisibleTo(&view));
    QStringList expected = m_recorded.values();
    expected.sort();
    QCOMPARE(sessionIds(*view.model()), expected);
    // "3 recording(s) found." until an English plural translation exists.
    QVERIFY2(view.statusText().startsWith(u"3 recording"_s), qPrintable(view.statusText()));
}

// The hub's signed link to a call's recording: /api/calls/<id>/recording?access=…&expires=…
static bool isHubLink(const QUrl &url, const QString &sessionId)
{
    return url.path() == u"/api/calls/%1/recording"_s.arg(sessionId)
        && QUrlQuery(url).hasQueryItem(u"access"_s) && !url.toString().contains(u"token"_s);
}

void TestRecordingsView::selectingARowLoadsItsRecording()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(searchAndWait(view));
    auto *table = view.findChild<QTableView *>(u"recordingsTable"_s);
    table->setFocus();
    table->selectRow(1);
    const Calls::Call &call = view.model()->callAt(1);
    // Played from the hub's own copy, through a signed link (no token in the URL).
    QTRY_VERIFY_WITH_TIMEOUT(isHubLink(view.player()->source(), call.sessionId), WAIT_MS);
    // The simulator's real MP3 loads: its length shows, and nothing plays yet.
    QTRY_VERIFY_WITH_TIMEOUT(view.player()->duration() > 0, WAIT_MS);
    QVERIFY(!view.player()->isPlaying());
    QVERIFY(view.findChild<QLabel *>(u"nowPlayingLabel"_s)->text().contains(call.customerNumber));
    // Enter on the row plays it.
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(view.player()->isPlaying(), WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(view.player()->statusText(), QString(), WAIT_MS);
}

void TestRecordingsView::showCallPlaysItDirectly()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    // Straight from the call details: no search first.
    const QJsonObject json
        = m_hub->get(u"/api/calls/"_s + m_recorded.value(u"agent2"_s), m_hub->login(u"admin"_s))
              .json();
    Calls::Call call;
    call.sessionId = json.value(u"sessionId"_s).toString();
    call.customerNumber = json.value(u"customerNumber"_s).toString();
    call.recordingUrl = json.value(u"recordingUrl"_s).toString();
    call.createdAt = QDateTime::currentDateTime();
    view.showCall(call);
    QTRY_VERIFY_WITH_TIMEOUT(isHubLink(view.player()->source(), call.sessionId), WAIT_MS);
    QTRY_VERIFY_WITH_TIMEOUT(view.player()->isPlaying(), WAIT_MS);
    QTRY_VERIFY_WITH_TIMEOUT(view.player()->position() > 100, WAIT_MS);

    // A call without a recording says so, and the player lets go of the last one.
    Calls::Call silent = call;
    silent.sessionId = m_unrecorded;
    silent.recordingUrl.clear();
    view.showCall(silent);
    QVERIFY(!view.player()->isPlaying());
    QCOMPARE(view.player()->source(), QUrl());
    QVERIFY(view.findChild<QLabel *>(u"nowPlayingLabel"_s)->text().contains(u"no recording"_s));
}

void TestRecordingsView::agentSeesOnlyTheirOwnCalls()
{
    const auto client = clientFor(u"agent1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.show();
    view.setAgentFieldVisible(false);
    QVERIFY(!view.findChild<QComboBox *>(u"agentBox"_s)->isVisible());
    QVERIFY(searchAndWait(view));
    QStringList expected = m_recorded.values(u"agent1"_s);
    expected.sort();
    QCOMPARE(sessionIds(*view.model()), expected);
}

void TestRecordingsView::newerSearchWins()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    auto *number = view.findChild<QLineEdit *>(u"numberEdit"_s);
    QSignalSpy finished(&view, &Ui::RecordingsView::searchFinished);
    number->setText(CUSTOMER);
    view.search();
    number->setText(OTHER_CUSTOMER); // the user changed their mind before the answer came
    view.search();
    QVERIFY(finished.wait(WAIT_MS));
    // The first search's answer arrives too, and must change nothing.
    QVERIFY(!finished.wait(500));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->callAt(0).customerNumber, OTHER_CUSTOMER);
}

void TestRecordingsView::fromAfterToIsRefused()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.findChild<QDateEdit *>(u"fromEdit"_s)->setDate(QDate::currentDate().addDays(1));
    QVERIFY(!searchAndWait(view));
    QCOMPARE(view.statusText(), u"The “from” date is after the “to” date."_s);
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestRecordingsView::unreachableHubIsReported()
{
    Client::HubClient client;
    QTcpServer probe; // a port nothing listens on: take one, then let it go
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    Ui::RecordingsView view(client);
    QVERIFY(!searchAndWait(view));
    QVERIFY2(view.statusText().startsWith(u"The search failed: "_s), qPrintable(view.statusText()));
    QVERIFY(!view.canLoadMore());
}

void TestRecordingsView::exportSavesTheResults()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    QVERIFY(searchAndWait(view));
    QVERIFY(view.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"history.csv"_s);
    QVERIFY(Ui::Csv::writeFile(*view.tableModel(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and the three recorded calls
    QVERIFY2(lines.at(0).startsWith(u"Date and time,"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(u",Recording"_s), qPrintable(lines.at(0)));
    // The customer's number keeps its + (not mistaken for a formula), the cost is exact.
    QVERIFY2(lines.at(1).contains(u",+2547"_s) || lines.at(1).contains(u",+2567"_s),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u",KES "_s), qPrintable(lines.at(1)));
}

void TestRecordingsView::agentHasNoDownloadOrDelete()
{
    const auto client = clientFor(u"agent1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.setManagementAllowed(false); // what the console does for agents
    view.show();
    QVERIFY(searchAndWait(view));
    view.selectRow(0);
    QVERIFY(!view.findChild<QPushButton *>(u"deleteButton"_s)->isVisible());
    QVERIFY(!view.findChild<QPushButton *>(u"downloadButton"_s)->isVisible());
    view.deleteSelected(); // even called directly, nothing is asked of the hub
    QVERIFY(view.actionText().isEmpty());
}

void TestRecordingsView::supervisorDownloadsToTheHub()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.setManagementAllowed(true);
    view.setStatusPollInterval(50);
    view.show();
    QVERIFY(searchAndWait(view));
    view.selectRow(0);
    auto *download = view.findChild<QPushButton *>(u"downloadButton"_s);
    QVERIFY(download->isVisible());
    QVERIFY(download->isEnabled());
    const QString id = view.model()->callAt(0).sessionId;
    QSignalSpy finished(&view, &Ui::RecordingsView::recordingActionFinished);
    download->click();
    QVERIFY(finished.wait(WAIT_MS));
    QCOMPARE(finished.constLast().at(0).toString(), id);
    QVERIFY2(finished.constLast().at(1).toBool(), qPrintable(view.actionText()));
    QVERIFY2(view.actionText().startsWith(u"The recording is on the hub now: "_s),
        qPrintable(view.actionText()));
    // The row says so too, in the Recording column.
    const int column = view.tableModel()->statusColumn();
    QVERIFY2(view.tableModel()->index(0, column).data().toString().startsWith(u"On the hub"_s),
        qPrintable(view.tableModel()->index(0, column).data().toString()));
    // What the hub itself says.
    const QJsonObject status
        = m_hub->get(u"/api/calls/%1/recording/status"_s.arg(id), m_hub->login(u"admin"_s)).json();
    QCOMPARE(status.value(u"state"_s).toString(), u"local"_s);
}

void TestRecordingsView::supervisorDeletesARecording()
{
    const auto client = clientFor(u"supervisor1"_s);
    QVERIFY(client);
    Ui::RecordingsView view(*client);
    view.setManagementAllowed(true);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *number = view.findChild<QLineEdit *>(u"numberEdit"_s);
    number->setText(OTHER_CUSTOMER); // agent1's one call with this customer
    QVERIFY(searchAndWait(view));
    QCOMPARE(view.model()->rowCount(), 1);
    const Calls::Call call = view.model()->callAt(0);
    view.selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(!view.player()->source().isEmpty(), WAIT_MS);

    // Saying No changes nothing.
    QStringList asked;
    view.setConfirmation([&asked](const QString &question) {
        asked << question;
        return false;
    });
    auto *remove = view.findChild<QPushButton *>(u"deleteButton"_s);
    QVERIFY(remove->isVisible());
    remove->click();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(call.customerNumber), qPrintable(asked.constFirst()));
    QVERIFY2(asked.constFirst().contains(u"agent1"_s), qPrintable(asked.constFirst()));
    const QString admin = m_hub->login(u"admin"_s);
    const QString statusPath = u"/api/calls/%1/recording/status"_s.arg(call.sessionId);
    QVERIFY(m_hub->get(statusPath, admin).json().value(u"state"_s).toString() != u"deleted"_s);

    // Saying Yes deletes it: the row says so and the player lets go of it.
    view.setConfirmation([](const QString &) { return true; });
    QSignalSpy finished(&view, &Ui::RecordingsView::recordingActionFinished);
    remove->click();
    QVERIFY(finished.wait(WAIT_MS));
    QVERIFY2(finished.constLast().at(1).toBool(), qPrintable(view.actionText()));
    const int column = view.tableModel()->statusColumn();
    QCOMPARE(view.tableModel()->index(0, column).data().toString(), u"Deleted by supervisor1"_s);
    QCOMPARE(view.player()->source(), QUrl());
    QVERIFY2(view.findChild<QLabel *>(u"nowPlayingLabel"_s)->text().contains(u"was deleted"_s),
        qPrintable(view.findChild<QLabel *>(u"nowPlayingLabel"_s)->text()));
    QVERIFY(!remove->isEnabled());
    QCOMPARE(m_hub->get(statusPath, admin).json().value(u"state"_s).toString(), u"deleted"_s);
    // A new search still marks it deleted.
    QVERIFY(searchAndWait(view));
    QCOMPARE(view.tableModel()->index(0, column).data().toString(), u"Deleted by supervisor1"_s);
}

SIMU_WIDGET_TEST_MAIN(TestRecordingsView)

#include "tst_recordingsview.moc"
