#include "democall.h"
#include "desktopapp.h"
#include "hubmain.h"
#include "hubsettings.h"
#include "secrets/keychainsecretstore.h"
#include "shell/consolesettings.h"
#include "shell/languages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>
#include <QWindow>

#include <ctime>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The headless hub uses Qt's own event dispatcher instead of GLib's: with a thousand
// WebSocket clients GLib's per-socket bookkeeping dominated the fan-out time (docs/
// performance.md). Nothing headless needs GLib (the desktop keychain does; it is not used).
void preferQtEventDispatcher(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0 && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
    }
}

// Without a window (the hub, the walkthrough, --create-user, --help) Simu needs no display.
bool needsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--headless",
                 "--walkthrough",
                 "--create-user",
                 "--help",
                 "-h",
                 "--help-all",
                 "--version",
                 "-v"}) {
            if (qstrcmp(argv[i], flag) == 0)
                return false;
        }
    }
    return true;
}

// --- Startup probe (SIMU_STARTUP_PROBE=1), for the console bench (tests/bench/consolebench) ---
// Prints once, after the first window is exposed and painted, how long that took since the
// top of main() and since the kernel started the process (which includes loading libraries).
class StartupProbe final : public QObject
{
public:
    StartupProbe(const QElapsedTimer &sinceMain, QObject *parent)
        : QObject(parent)
        , m_sinceMain(sinceMain)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed() && !m_seen) {
            m_seen = true;
            // Queued: runs once the expose (and so the first paint) has been handled.
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return false;
    }

private:
    void report()
    {
        const double mainMs = double(m_sinceMain.nsecsElapsed()) / 1e6;
        QTextStream out(stdout);
        out << "simu: window shown after " << QString::number(mainMs, 'f', 1) << " ms since main()";
        // /proc/self/stat field 22: the start time in clock ticks since boot.
        QFile stat(QStringLiteral("/proc/self/stat"));
        timespec boot{};
        if (stat.open(QIODevice::ReadOnly) && clock_gettime(CLOCK_BOOTTIME, &boot) == 0) {
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 19) {
                const double startMs
                    = fields.at(19).toDouble() * 1000 / double(sysconf(_SC_CLK_TCK));
                const double nowMs = double(boot.tv_sec) * 1000 + double(boot.tv_nsec) / 1e6;
                out << " (" << QString::number(nowMs - startMs, 'f', 0)
                    << " ms since the process started)";
            }
        }
        out << Qt::endl;
        qApp->removeEventFilter(this);
        deleteLater();
    }

    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};
// --- end of the startup probe ---

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // for the startup probe
    sinceMain.start();
    preferQtEventDispatcher(argc, argv);
    const bool desktop = needsWindow(argc, argv);
    std::unique_ptr<QCoreApplication> application = desktop
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    if (desktop && qEnvironmentVariableIntValue("SIMU_STARTUP_PROBE") == 1)
        app.installEventFilter(new StartupProbe(sinceMain, &app));
    QCoreApplication::setOrganizationName(u"simu"_s);
    QCoreApplication::setApplicationName(u"simu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simu: agent console and call hub for Africa's Talking voice.\n\n"
        "  simu                           the desktop console (first run asks where the hub is)\n"
        "  simu --demo                    the desktop console with its own hub and the AT "
        "simulator\n"
        "  simu tel:+254712345678         the console with the dial pad filled in\n"
        "  simu --headless                run the hub (API, webhook, web console)\n"
        "  simu --headless --demo         the hub with the built-in AT simulator and demo users\n"
        "  simu --headless --create-user NAME --role ROLE   add a user (password on stdin)\n"
        "  simu --walkthrough             walk two calls through the simulator, step by step"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, u"Run the hub without a window."_s);
    const QCommandLineOption demo(
        u"demo"_s, u"Run against the built-in Africa's Talking simulator."_s);
    const QCommandLineOption walkthrough(
        u"walkthrough"_s, u"Walk two calls through the simulator step by step, in the terminal."_s);
    const QCommandLineOption speed(u"demo-speed"_s,
        u"How much faster than real time the step-by-step demo's calls "
        "run (default 4)."_s,
        u"factor"_s,
        u"4"_s);
    const QCommandLineOption newUser(u"create-user"_s, u"Create a user and exit."_s, u"name"_s);
    const QCommandLineOption role(
        u"role"_s, u"The new user's role: agent, supervisor, admin."_s, u"role"_s);
    const QCommandLineOption line(
        u"line"_s, u"The new user's own phone number or AT SIP address."_s, u"line"_s);
    parser.addOptions({headless, demo, walkthrough, speed, newUser, role, line});
    parser.addPositionalArgument(
        u"link"_s, u"A tel: or sip: link: opens the dial pad with it."_s, u"[tel:NUMBER]"_s);
    const SimuApp::HubOptions hubOptions;
    hubOptions.addTo(parser);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(newUser)) {
        if (!parser.isSet(role)) {
            err << "simu: --create-user needs --role agent|supervisor|admin" << Qt::endl;
            return 2;
        }
        return SimuApp::createUser(parser,
            hubOptions,
            parser.value(newUser),
            parser.value(role),
            parser.value(line),
            out,
            err);
    }
    if (parser.isSet(headless))
        return SimuApp::runHeadless(parser, hubOptions, parser.isSet(demo), out, err);
    if (!parser.isSet(walkthrough)) {
        Ui::installTranslations(app, Ui::ConsoleSettings().language());
        QApplication::setApplicationDisplayName(u"Simu"_s);
        Secrets::KeychainSecretStore keychain;
        SimuApp::DesktopApp desktopApp(parser, hubOptions, parser.isSet(demo), keychain, out, err);
        if (!desktopApp.start(SimuApp::DesktopApp::dialTarget(parser.positionalArguments())))
            return desktopApp.exitCode();
        return QCoreApplication::exec();
    }
    bool ok = false;
    const double factor = parser.value(speed).toDouble(&ok);
    if (!ok || factor <= 0 || factor > 1000) {
        err << "simu: --demo-speed must be a number between 0 and 1000" << Qt::endl;
        return 2;
    }
    // The demo prints its own story; Simu's informational logs would interleave with it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"simu.*.info=false"_s);

    DemoCall demoCall(out, factor);
    QObject::connect(&demoCall, &DemoCall::finished, &app, &QCoreApplication::exit);
    demoCall.start();
    return QCoreApplication::exec();
}
