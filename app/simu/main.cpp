#include "democall.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"simu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simu: agent console and call hub for Africa's Talking voice."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, u"Run Simu against the built-in Africa's Talking simulator."_s);
    const QCommandLineOption speed(u"demo-speed"_s,
        u"How much faster than real time the demo's calls run "
        "(default 4)."_s,
        u"factor"_s,
        u"4"_s);
    parser.addOptions({demo, speed});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(demo)) {
        err << "simu: the hub and the desktop console are not built yet; run `simu --demo` to "
               "see a call flow through the built-in Africa's Talking simulator."
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
