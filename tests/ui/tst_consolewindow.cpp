// The console window against a real hub (with the AT simulator behind it), as a person uses
// it: logging in (and failing to), an agent dialling and watching the call through to its
// cost while a supervisor's window shows the same call, and the connection banner while the
// hub goes away and comes back.

#include "../hub/hubharness.h"
#include "agent/agentview.h"
#include "atsim/simcall.h"
#include "calls/calldetailspanel.h"
#include "calls/transferdialog.h"
#include "client/hubclient.h"
#include "consolerig.h"
#include "dialer/dialpad.h"
#include "models/callsmodel.h"
#include "phone/phonenumbers.h"
#include "shell/connectionbanner.h"
#include "shell/consolesettings.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"
#include "supervisor/supervisorview.h"
#include "widgettestmain.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Ui::ConsoleSettings> m_settings;
    Phone::NumberParser m_numbers{u"KE"_s};

private Q_SLOTS:
    void init()
    {
        m_settings
            = std::make_unique<Ui::ConsoleSettings>(m_settingsDir.filePath(u"console.ini"_s));
    }

    void loginErrorsSayWhatIsWrong_data()
    {
        QTest::addColumn<bool>("hubRunning");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password")
            << true << u"agent1"_s << u"not-the-password"_s << u"Wrong username or password."_s;
        QTest::newRow("unknown user: the same words, nothing revealed")
            << true << u"nobody"_s << u"whatever-password"_s << u"Wrong username or password."_s;
        QTest::newRow("empty password")
            << true << u"agent1"_s << QString() << u"Enter your username and password."_s;
        QTest::newRow("hub not running")
            << false << u"agent1"_s << PASSWORD << u"Cannot reach the hub at"_s;
    }

    void loginErrorsSayWhatIsWrong()
    {
        QFETCH(bool, hubRunning);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        HubHarness harness;
        QVERIFY(harness.startWithStandardUsers());
        QUrl url = harness.hub().baseUrl();
        if (!hubRunning) {
            // A port nothing listens on: take one, then let it go.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            url.setPort(probe.serverPort());
        }
        Console console(url, *m_settings, m_numbers);
        auto *page = console.window->loginPage();
        const auto fields = page->findChildren<QLineEdit *>();
        fields.at(0)->setText(user);
        fields.at(1)->setText(password);
        QTest::keyClick(fields.at(1), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->errorText().contains(expected), WAIT_MS);
        QVERIFY(!console.window->isLoggedIn());
        if (!hubRunning)
            QVERIFY2(
                page->errorText().contains(url.toDisplayString()), qPrintable(page->errorText()));
    }

    void agentDialsAndSupervisorWatchesTheSameCall()
    {
        HubHarness harness;
        QVERIFY(harness.startWithStandardUsers());
        Console agent(harness.hub().baseUrl(), *m_settings, m_numbers);
        Console supervisor(harness.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        QVERIFY(supervisor.logIn(u"supervisor1"_s));
        QVERIFY(agent.window->agentView());
        QVERIFY2(!agent.window->supervisorView(), "an agent must not get the wallboard");
        QVERIFY(supervisor.window->supervisorView());

        // The agent types a local number and presses Enter.
        Ui::DialPad *pad = agent.window->agentView()->dialPad();
        QTRY_VERIFY_WITH_TIMEOUT(pad->isDialEnabled(), WAIT_MS);
        pad->setNumber(u"0722 000 111"_s);
        QVERIFY(pad->dial());

        // It appears in the agent's live list and on the wallboard, ends, and shows its cost.
        QString sessionId;
        QTRY_VERIFY_WITH_TIMEOUT(agent.window->liveCalls()->rowCount() > 0, WAIT_MS);
        sessionId = agent.window->liveCalls()->call(0).sessionId;
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.rowOf(sessionId) >= 0, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(
            agent.window->liveCalls()->call(agent.rowOf(sessionId)).isFinal(), WAIT_MS);
        const Calls::Call ended = agent.window->liveCalls()->call(agent.rowOf(sessionId));
        QCOMPARE(ended.state, Calls::CallState::Completed);
        QCOMPARE(ended.customerNumber, CUSTOMER);
        QVERIFY2(ended.hasCost(), "the final call carries AT's cost");
        QTRY_VERIFY_WITH_TIMEOUT(
            supervisor.window->liveCalls()->call(supervisor.rowOf(sessionId)).isFinal(), WAIT_MS);

        // The agent's details panel follows the call (it was selected when placed).
        auto *details = agent.window->agentView()->details();
        QTRY_COMPARE_WITH_TIMEOUT(details->call().sessionId, sessionId, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(
            details->fieldText(u"cost"_s).startsWith(ended.currencyCode), WAIT_MS);
        QCOMPARE(details->fieldText(u"state"_s), u"Completed"_s);
        QVERIFY2(!ended.recordingUrl.isEmpty(), "the demo hub records calls");
        QCOMPARE(details->fieldText(u"recording"_s), u"Recording"_s);
    }

    void theAgentTransfersAnAnsweredCall()
    {
        HubHarness harness;
        QVERIFY(harness.startWithStandardUsers());
        harness.holdTheLine(CUSTOMER);
        harness.holdTheLine(AGENT1_LINE);
        Console agent(harness.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        Ui::AgentView *view = agent.window->agentView();
        QTRY_VERIFY_WITH_TIMEOUT(view->dialPad()->isDialEnabled(), WAIT_MS);
        view->dialPad()->setNumber(CUSTOMER);
        QVERIFY(view->dialPad()->dial());
        Ui::CallDetailsPanel *details = view->details();
        QTRY_VERIFY_WITH_TIMEOUT(details->hasCall(), WAIT_MS);
        const QString id = details->call().sessionId;
        QTRY_COMPARE_WITH_TIMEOUT(details->call().state, Calls::CallState::InProgress, WAIT_MS);
        QVERIFY(
            QTest::qWaitFor([&] { return harness.sim().engine().find(id)->isBridged(); }, WAIT_MS));

        // Ctrl+T opens the dialog for the selected call.
        view->transferSelected();
        Ui::TransferDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(dialog = view->findChild<Ui::TransferDialog *>(), WAIT_MS);
        // A number that cannot be right is refused before AT is asked.
        dialog->setTarget(u"0722 00"_s);
        dialog->accept();
        QVERIFY2(dialog->errorText().contains(u"too short"_s), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QSignalSpy transferred(dialog, &Ui::TransferDialog::transferred);
        dialog->setTarget(u"+256 772 000116"_s); // a Ugandan number, typed with spaces
        dialog->accept();
        QVERIFY(transferred.wait(WAIT_MS));
        QCOMPARE(transferred.at(0).at(0).value<Calls::Call>().transfer.target, OTHER_CUSTOMER);
        QTRY_COMPARE_WITH_TIMEOUT(details->call().transfer.target, OTHER_CUSTOMER, WAIT_MS);
        QVERIFY(details->fieldText(u"transfer"_s).contains(OTHER_CUSTOMER));
        bool askedAt = false;
        for (const AtSim::Exchange &exchange : harness.sim().transcript().exchanges())
            askedAt = askedAt || exchange.url.path() == u"/callTransfer"_s;
        QVERIFY2(askedAt, "the transfer went to AT's /callTransfer");
    }

    void anIncomingCallIsAnnouncedOnceToTheAgentItRings()
    {
        HubHarness harness;
        QVERIFY(harness.startWithStandardUsers());
        Console agent(harness.hub().baseUrl(), *m_settings, m_numbers);
        Console supervisor(harness.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        QVERIFY(supervisor.logIn(u"supervisor1"_s));
        QSignalSpy agentRang(agent.window.get(), &Ui::MainWindow::incomingCall);
        QSignalSpy supervisorRang(supervisor.window.get(), &Ui::MainWindow::incomingCall);

        const QString sessionId = harness.ringIn(CUSTOMER);
        QVERIFY(!sessionId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(agentRang.size(), 1, WAIT_MS);
        const auto call = agentRang.at(0).at(0).value<Calls::Call>();
        QCOMPARE(call.sessionId, sessionId);
        QCOMPARE(call.customerNumber, CUSTOMER);
        // It ends; no second announcement, and a supervisor's line was not rung.
        QTRY_VERIFY_WITH_TIMEOUT(agent.rowOf(sessionId) >= 0
                && agent.window->liveCalls()->call(agent.rowOf(sessionId)).isFinal(),
            WAIT_MS);
        QCOMPARE(agentRang.size(), 1);
        QCOMPARE(supervisorRang.size(), 0);
    }

    void bannerSaysWhenTheHubIsGoneAndWhatWasMissed()
    {
        quint16 port = 0;
        HubHarness harness([&port](Hub::HubConfig &config) { config.port = port; });
        QVERIFY(harness.startWithStandardUsers());
        port = harness.hub().port();
        Console agent(harness.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        const QString token = harness.login(u"agent1"_s);
        const auto first = harness.initiate(token);
        QCOMPARE(first.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(agent.window->liveCalls()->rowCount(), 1, WAIT_MS);

        // While the hub is away: the banner says so, the dial pad is off, the list is kept.
        QString bannerWhileLost;
        int rowsWhileLost = -1;
        bool dialWhileLost = true;
        connect(&agent.client,
            &Client::HubClient::connectionStateChanged,
            this,
            [&](Client::ConnectionState state) {
                if (state != Client::ConnectionState::Reconnecting || !bannerWhileLost.isEmpty())
                    return;
                bannerWhileLost = agent.window->banner()->text();
                rowsWhileLost = agent.window->liveCalls()->rowCount();
                dialWhileLost = agent.window->agentView()->dialPad()->isDialEnabled();
            });
        QCOMPARE(harness.restartHub(), QString());
        QCOMPARE(harness.hub().port(), port);
        // A call placed while this console was still reconnecting: it must show up afterwards.
        const auto missed = harness.initiate(harness.login(u"agent1"_s), OTHER_CUSTOMER);
        QCOMPARE(missed.status, 201);
        const QString missedId = missed.json().value(u"sessionId"_s).toString();

        QTRY_VERIFY_WITH_TIMEOUT(!bannerWhileLost.isEmpty(), WAIT_MS);
        QVERIFY2(bannerWhileLost.contains(u"cannot be reached"_s), qPrintable(bannerWhileLost));
        QCOMPARE(rowsWhileLost, 1);
        QVERIFY(!dialWhileLost);
        QTRY_COMPARE_WITH_TIMEOUT(
            agent.client.connectionState(), Client::ConnectionState::Connected, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(agent.rowOf(missedId) >= 0, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(
            agent.window->banner()->text().startsWith(u"Reconnected"_s), WAIT_MS);
        QVERIFY(agent.window->agentView()->dialPad()->isDialEnabled());
        QVERIFY(agent.window->connectionText().contains(u"Connected"_s));
    }
};

SIMU_WIDGET_TEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
