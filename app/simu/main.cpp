#include "democall.h"
#include "hubmain.h"
#include "hubsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

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

} // namespace

int main(int argc, char *argv[])
{
    preferQtEventDispatcher(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"simu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simu: agent console and call hub for Africa's Talking voice.\n\n"
        "  simu --headless                run the hub (API, webhook, web console)\n"
        "  simu --headless --demo         the hub with the built-in AT simulator and demo users\n"
        "  simu --headless --create-user NAME --role ROLE   add a user (password on stdin)\n"
        "  simu --demo                    walk two calls through the simulator, step by step"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, u"Run the hub without a window."_s);
    const QCommandLineOption demo(
        u"demo"_s, u"Run against the built-in Africa's Talking simulator."_s);
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
    parser.addOptions({headless, demo, speed, newUser, role, line});
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
    if (!parser.isSet(demo)) {
        err << "simu: the desktop console is not built yet; run `simu --headless --demo` for the "
               "hub and its web console, or `simu --demo` for a step-by-step call."
            << Qt::endl;
        return 2;
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
