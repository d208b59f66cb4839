// The first hour on a single desk: `simu` with no settings asks where the hub runs; "run the
// hub on this computer" takes the AT account, keeps the API key in the keychain (never a
// file), shows the webhook URL, creates the first administrator, starts the hub, and the
// administrator logs in. Then: the next start reads the key from the keychain and asks
// nothing; and a computer without a keychain says so and offers the key for this run only.

#include "atsim/simulator.h"
#include "desktopapp.h"
#include "hubsettings.h"
#include "secrets/memorysecretstore.h"
#include "shell/consolesettings.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"
#include "shell/setupdialog.h"
#include "widgettestmain.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 30000;
const QString AT_NUMBER = u"+254711082000"_s;
const QString ADMIN_PASSWORD = u"first-admin-password"_s;

QLineEdit *field(QWidget *dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

// Answers whatever modal window appears, the way the test's user would, and remembers what
// each one said.
class ModalAnswerer : public QObject
{
public:
    std::function<void(Ui::SetupDialog *)> onSetup;
    QString apiKeyForPrompt;
    QStringList seen; // "setup", "message: <text>", "prompt: <text>"

    ModalAnswerer()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] { answer(); });
        m_timer.start(20);
    }

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_handled)
            return;
        m_handled = modal;
        if (auto *setup = qobject_cast<Ui::SetupDialog *>(modal)) {
            seen << u"setup"_s;
            if (onSetup)
                onSetup(setup);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            seen << u"message: "_s + box->text();
            box->accept();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            seen << u"prompt: "_s + input->labelText();
            input->setTextValue(apiKeyForPrompt);
            input->accept();
        }
    }

    QTimer m_timer;
    QPointer<QWidget> m_handled;
};

} // namespace

class TestDesktopFirstRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtSim::Simulator> m_sim;
    QTemporaryDir m_data;

    // `simu --data-dir ... --listen 127.0.0.1:0 --at-base-url <simulator>`
    QStringList arguments() const
    {
        return {u"simu"_s,
            u"--data-dir"_s,
            m_data.path(),
            u"--listen"_s,
            u"127.0.0.1:0"_s,
            u"--at-base-url"_s,
            m_sim->baseUrl().toString()};
    }

    void fillLocalHub(Ui::SetupDialog *dialog, bool withAdmin)
    {
        field(dialog, u"Africa's Talking username"_s)->setText(m_sim->config().username);
        field(dialog, u"Voice numbers"_s)->setText(u"0711 082000"_s);
        field(dialog, u"Africa's Talking API key"_s)->setText(m_sim->config().apiKey);
        if (withAdmin) {
            field(dialog, u"Administrator username"_s)->setText(u"boss"_s);
            field(dialog, u"Administrator password"_s)->setText(ADMIN_PASSWORD);
            field(dialog, u"Administrator password, again"_s)->setText(ADMIN_PASSWORD);
        }
        dialog->accept();
    }

    static Ui::MainWindow *window()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *main = qobject_cast<Ui::MainWindow *>(widget); main && main->isVisible())
                return main;
        }
        return nullptr;
    }

    static bool logIn(Ui::MainWindow *main, const QString &user, const QString &password)
    {
        const auto fields = main->loginPage()->findChildren<QLineEdit *>();
        fields.at(0)->setText(user);
        fields.at(1)->setText(password);
        QTest::keyClick(fields.at(1), Qt::Key_Return);
        return QTest::qWaitFor([&] { return main->isLoggedIn(); }, WAIT_MS);
    }

private Q_SLOTS:
    void init()
    {
        AtSim::SimConfig config = AtSim::SimConfig::defaults();
        config.username = u"deskapp"_s;
        config.numbers = {{AT_NUMBER, {}}};
        m_sim = std::make_unique<AtSim::Simulator>(config);
        QVERIFY(m_sim->listen() != 0);
        QSettings().clear(); // every test starts as a first run
    }

    void cleanup()
    {
        if (Ui::MainWindow *main = window())
            main->close();
        m_sim.reset();
    }

    void firstRunOnThisComputerThenLogIn()
    {
        Secrets::MemorySecretStore keychain;
        ModalAnswerer answerer;
        QString webhookShown;
        bool askedForAdmin = false;
        answerer.onSetup = [&](Ui::SetupDialog *dialog) {
            QApplication::processEvents(); // let the layout settle before looking
            if (qEnvironmentVariableIsSet("SIMU_SCREENSHOT_DIR"))
                dialog->grab().save(
                    QDir(qEnvironmentVariable("SIMU_SCREENSHOT_DIR")).filePath(u"first-run.png"_s));
            webhookShown = field(dialog, u"Webhook URL"_s)->text();
            askedForAdmin = field(dialog, u"Administrator username"_s)->isVisibleTo(dialog);
            // Nothing typed yet: the dialog refuses and says why.
            dialog->accept();
            QVERIFY(dialog->errorText().contains(u"username"_s));
            fillLocalHub(dialog, true);
        };
        QCommandLineParser parser;
        SimuApp::HubOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse(arguments()));
        QString printed;
        QTextStream out(&printed), err(stderr);
        SimuApp::DesktopApp app(parser, options, false, keychain, out, err);
        QVERIFY(app.start(QString()));
        QCOMPARE(answerer.seen, QStringList{u"setup"_s});
        QVERIFY2(askedForAdmin, "a new hub has no users: the first run asks for an administrator");
        QVERIFY2(
            webhookShown.contains(u"/api/webhooks/africastalking/"_s), qPrintable(webhookShown));

        QTRY_VERIFY_WITH_TIMEOUT(window(), WAIT_MS);
        QVERIFY(logIn(window(), u"boss"_s, ADMIN_PASSWORD));
        QVERIFY2(window()->supervisorView(), "the administrator sees the wallboard");

        // The key is in the keychain, and in no settings file.
        bool read = false;
        keychain.read(u"at-api-key/deskapp"_s, nullptr, [&](const auto &key) {
            read = true;
            QCOMPARE(*key, m_sim->config().apiKey);
        });
        QTRY_VERIFY(read);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_sim->config().apiKey.toUtf8()),
            "the API key must never be written to the settings file");
        QCOMPARE(Ui::ConsoleSettings().voiceNumbers(), QStringList{AT_NUMBER});

        // The next start asks nothing: the key comes from the keychain.
        window()->close();
        ModalAnswerer quiet;
        SimuApp::DesktopApp again(parser, options, false, keychain, out, err);
        QVERIFY(again.start(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(window(), WAIT_MS);
        QVERIFY(quiet.seen.isEmpty());
        QVERIFY(logIn(window(), u"boss"_s, ADMIN_PASSWORD));
    }

    void withoutAKeychainTheKeyIsForThisRunOnly()
    {
        Secrets::MemorySecretStore keychain;
        keychain.setFailure({Secrets::SecretError::Code::Unavailable,
            u"No keychain is available on this computer."_s});
        ModalAnswerer answerer;
        answerer.onSetup = [&](Ui::SetupDialog *dialog) {
            fillLocalHub(dialog, true);
        };
        answerer.apiKeyForPrompt = m_sim->config().apiKey;
        QCommandLineParser parser;
        SimuApp::HubOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse(arguments()));
        QString printed;
        QTextStream out(&printed), err(stderr);
        {
            SimuApp::DesktopApp app(parser, options, false, keychain, out, err);
            QVERIFY(app.start(QString()));
            QTRY_VERIFY_WITH_TIMEOUT(window(), WAIT_MS);
            // The hub runs with the typed key, and the user was told it was not kept.
            QTRY_COMPARE_WITH_TIMEOUT(answerer.seen.size(), 2, WAIT_MS);
            QVERIFY2(
                answerer.seen.at(1).contains(u"this run only"_s), qPrintable(answerer.seen.at(1)));
            QVERIFY(logIn(window(), u"boss"_s, ADMIN_PASSWORD));
            window()->close();
        }
        // Next time: no keychain, so Simu asks for the key for this run, and says why.
        answerer.seen.clear();
        SimuApp::DesktopApp again(parser, options, false, keychain, out, err);
        QVERIFY(again.start(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(window(), WAIT_MS);
        QCOMPARE(answerer.seen.size(), 1);
        QVERIFY2(answerer.seen.at(0).startsWith(u"prompt: "_s), qPrintable(answerer.seen.at(0)));
        QVERIFY(answerer.seen.at(0).contains(u"No keychain is available"_s));
        QVERIFY(logIn(window(), u"boss"_s, ADMIN_PASSWORD));
    }
};

SIMU_WIDGET_TEST_MAIN(TestDesktopFirstRun)
#include "tst_desktopfirstrun.moc"
