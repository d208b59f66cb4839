// `simu --demo` as a person sees it, under Xvfb, in English, Swahili and French: the login
// screen, an agent who dials a number and watches it end with its cost, the supervisor's
// wallboard in a second window, and the recordings view. Every view is saved as a PNG
// (SIMU_SCREENSHOT_DIR, else the build folder; docs/screenshots/ holds the committed ones).

#include "agent/agentview.h"
#include "analytics/analyticsview.h"
#include "analytics/summarytiles.h"
#include "calls/calldetailspanel.h"
#include "client/hubclient.h"
#include "desktopapp.h"
#include "dialer/dialpad.h"
#include "hubsettings.h"
#include "models/callsmodel.h"
#include "recordings/recordinglistmodel.h"
#include "recordings/recordingplayer.h"
#include "recordings/recordingsview.h"
#include "secrets/memorysecretstore.h"
#include "shell/languages.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"
#include "supervisor/agentsmodel.h"
#include "supervisor/spendpanel.h"
#include "supervisor/supervisorview.h"
#include "widgettestmain.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 30000;

QList<Ui::MainWindow *> consoleWindows()
{
    QList<Ui::MainWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<Ui::MainWindow *>(widget); window && window->isVisible())
            windows << window;
    }
    return windows;
}

bool clickDemoLogin(Ui::MainWindow *window, const QString &user)
{
    for (QPushButton *button : window->loginPage()->findChildren<QPushButton *>()) {
        if (button->accessibleName().endsWith(u' ' + user)) {
            button->click();
            return QTest::qWaitFor([&] { return window->isLoggedIn(); }, WAIT_MS);
        }
    }
    return false;
}

QString shotDir()
{
    const QString dir = qEnvironmentVariableIsSet("SIMU_SCREENSHOT_DIR")
        ? qEnvironmentVariable("SIMU_SCREENSHOT_DIR")
        : QDir::current().filePath(u"screenshots"_s);
    QDir().mkpath(dir);
    return dir;
}

bool save(QWidget *window, const QString &name)
{
    QApplication::processEvents();
    const QImage image = window->grab().toImage();
    // A blank grab (nothing painted) is as bad as no screenshot: text, buttons and tables
    // give many colours on a sampling grid, an empty window one or two.
    if (image.isNull())
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    if (colours.size() < 12)
        return false;
    return image.save(QDir(shotDir()).filePath(name + u".png"_s));
}

} // namespace

class TestConsoleScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Calls run 20x faster than life: a 40 s demo call takes 2 s.
        qputenv("SIMU_DEMO_SPEED", "20");
    }

    void demoInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("phoneTab");
        QTest::addColumn<QString>("completed");
        QTest::newRow("English") << u"en"_s << u"Phone"_s << u"Completed"_s;
        QTest::newRow("Swahili") << u"sw"_s << u"Simu"_s << u"Imekamilika"_s;
        QTest::newRow("French") << u"fr"_s << u"Téléphone"_s << u"Terminé"_s;
    }

    void demoInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, phoneTab);
        QFETCH(QString, completed);
        Ui::installTranslations(*qApp, language);

        QCommandLineParser parser;
        const SimuApp::HubOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse({u"simu"_s}));
        Secrets::MemorySecretStore secrets; // the demo needs no key
        QString printed;
        QTextStream out(&printed);
        QTextStream err(stderr);
        auto app = std::make_unique<SimuApp::DesktopApp>(parser, options, true, secrets, out, err);
        QVERIFY2(app->start(QString()), qPrintable(printed));
        QTRY_COMPARE_WITH_TIMEOUT(consoleWindows().size(), 1, WAIT_MS);
        Ui::MainWindow *agent = consoleWindows().constFirst();
        agent->resize(1180, 760);
        QVERIFY(QTest::qWaitForWindowExposed(agent));
        QVERIFY(save(agent, u"login-"_s + language));

        QVERIFY(clickDemoLogin(agent, u"agent1"_s));
        auto *tabs = agent->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), phoneTab);

        // A supervisor in a second window, watching before the agent dials.
        Q_EMIT agent->newWindowRequested();
        QTRY_COMPARE_WITH_TIMEOUT(consoleWindows().size(), 2, WAIT_MS);
        Ui::MainWindow *supervisor
            = consoleWindows().at(0) == agent ? consoleWindows().at(1) : consoleWindows().at(0);
        supervisor->resize(1180, 760);
        QVERIFY(clickDemoLogin(supervisor, u"supervisor1"_s));
        QVERIFY(supervisor->supervisorView());

        Ui::DialPad *pad = agent->agentView()->dialPad();
        QTRY_VERIFY_WITH_TIMEOUT(pad->isDialEnabled(), WAIT_MS);
        pad->setNumber(u"0722000111"_s);
        QVERIFY(pad->dial());
        auto *details = agent->agentView()->details();
        QTRY_VERIFY_WITH_TIMEOUT(details->hasCall(), WAIT_MS);
        const QString sessionId = details->call().sessionId;
        QTRY_VERIFY_WITH_TIMEOUT(supervisor->liveCalls()->rowOf(sessionId) >= 0, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(details->call().isFinal(), WAIT_MS);
        QCOMPARE(details->fieldText(u"state"_s), completed);
        QVERIFY2(details->call().hasCost(), "the call ends with its cost");
        QVERIFY(!details->fieldText(u"cost"_s).isEmpty());
        QVERIFY(save(agent, u"agent-"_s + language));

        const int row = supervisor->liveCalls()->rowOf(sessionId);
        QTRY_VERIFY_WITH_TIMEOUT(supervisor->liveCalls()->call(row).isFinal(), WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(
            supervisor->supervisorView()->agentsModel()->rowCount() >= 2, WAIT_MS);
        // The wallboard counts the call as over (the demo may have started others meanwhile).
        QTRY_VERIFY_WITH_TIMEOUT(supervisor->supervisorView()->countersText().contains(u"agent"_s)
                || language != u"en"_s,
            WAIT_MS);
        // The supervisor opens the call: its details and recording.
        QTableView *table = supervisor->supervisorView()->callsTable();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, 0);
            if (index.data(Ui::CallsModel::SessionIdRole).toString() == sessionId)
                table->setCurrentIndex(index);
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            supervisor->supervisorView()->details()->call().sessionId, sessionId, WAIT_MS);
        // Today's spend counts the call's cost.
        QTRY_VERIFY_WITH_TIMEOUT(
            supervisor->supervisorView()->spendPanel()->text().contains(u"KES"_s), WAIT_MS);
        QVERIFY(save(supervisor, u"supervisor-"_s + language));

        // The agent's recordings: the call just made is there, and plays.
        QVERIFY(agent->showView(u"recordings"_s));
        Ui::RecordingsView *recordings = agent->recordingsView();
        QTRY_VERIFY_WITH_TIMEOUT(
            !recordings->isSearching() && recordings->model()->rowCount() > 0, WAIT_MS);
        recordings->showCall(details->call());
        QTRY_VERIFY_WITH_TIMEOUT(recordings->player()->duration() > 0, WAIT_MS);
        QVERIFY(save(agent, u"recordings-"_s + language));

        // The supervisor's analytics: today's calls, the agent's among them.
        QVERIFY(supervisor->showView(u"analytics"_s));
        Ui::AnalyticsView *analytics = supervisor->analyticsView();
        QTRY_VERIFY_WITH_TIMEOUT(!analytics->isRefreshing()
                && analytics->tiles()->valueText(Ui::SummaryTiles::Calls) != u"—"_s
                && analytics->tiles()->valueText(Ui::SummaryTiles::Calls) != u"0"_s,
            WAIT_MS);
        QVERIFY(save(supervisor, u"analytics-"_s + language));

        for (Ui::MainWindow *window : consoleWindows())
            window->close();
        app.reset();
    }
};

SIMU_WIDGET_TEST_MAIN(TestConsoleScreenshots)
#include "tst_consolescreenshots.moc"
