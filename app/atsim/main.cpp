// simu-atsim: the Africa's Talking voice simulator as a stand-alone server.

#include "atsim/callengine.h"
#include "atsim/phonedirectory.h"
#include "atsim/simulator.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"simu-atsim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMU_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = AtSimApp::parseCommandLine(QCoreApplication::arguments());
    if (!options) {
        err << "simu-atsim: " << options.error() << Qt::endl;
        return 2;
    }

    AtSim::Simulator simulator(options->config);
    if (options->defaultPhone)
        simulator.phones().setDefaultBehaviour(*options->defaultPhone);
    for (const auto &[address, behaviour] : options->phones)
        simulator.phones().set(address, behaviour);

    if (simulator.listen(options->host, options->port) == 0) {
        err << "simu-atsim: cannot listen on " << options->host.toString() << ':' << options->port
            << " (is the port in use?)" << Qt::endl;
        return 1;
    }
    out << "simu-atsim listening on " << simulator.baseUrl().toString() << Qt::endl;
    out << "  username " << simulator.config().username << ", seed " << simulator.seed()
        << ", speed " << simulator.config().speed << Qt::endl;
    if (options->defaultKey)
        out << "  api key (built-in, set yours with --api-key): " << simulator.config().apiKey
            << Qt::endl;
    for (const AtSim::VoiceNumber &number : simulator.config().numbers) {
        out << "  voice number " << number.number << " -> "
            << (number.callbackUrl.isEmpty() ? u"(no callback URL: /call answers "
                                               "\"Invalid callbackUrl\")"_s
                                             : number.callbackUrl.toString())
            << Qt::endl;
    }
    return QCoreApplication::exec();
}
