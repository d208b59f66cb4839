#include "hubmain.h"

#include "auth/authservice.h"
#include "hub/hubserver.h"
#include "hubdemo.h"
#include "hubsettings.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace SimuApp {

namespace {

// SIGINT/SIGTERM end the event loop cleanly, so the database closes properly.
void quitOnSignals()
{
    static int pipeFds[2] = {-1, -1};
    if (::pipe(pipeFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const auto ignored = ::read(pipeFds[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto ignored = ::write(pipeFds[1], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

// SIMU_DEMO_SPEED runs the demo's simulated calls faster than real time (the browser test
// uses it so a whole call takes seconds, not a minute); unset means real time.
Util::Result<double, QString> demoSpeed()
{
    if (!qEnvironmentVariableIsSet("SIMU_DEMO_SPEED"))
        return 1.0;
    bool ok = false;
    const double speed = qEnvironmentVariable("SIMU_DEMO_SPEED").toDouble(&ok);
    if (!ok || speed < 0.1 || speed > 100)
        return Util::fail(u"SIMU_DEMO_SPEED must be a number from 0.1 to 100 (1 is real time)"_s);
    return speed;
}

} // namespace

int runHeadless(const QCommandLineParser &parser,
    const HubOptions &options,
    bool demo,
    QTextStream &out,
    QTextStream &err)
{
    auto config = loadHubConfig(parser, options, demo);
    if (!config) {
        err << "simu: " << config.error() << Qt::endl;
        return 2;
    }
    bool generated = false;
    const auto secret = webhookSecret(config->dataDir, &generated);
    if (!secret) {
        err << "simu: " << secret.error() << Qt::endl;
        return 1;
    }
    config->webhookSecret = *secret;
    quitOnSignals();

    if (demo) {
        const auto speed = demoSpeed();
        if (!speed) {
            err << "simu: " << speed.error() << Qt::endl;
            return 2;
        }
        HubDemo::Options demoOptions;
        demoOptions.speed = *speed;
        HubDemo hubDemo(*config, demoOptions, out);
        if (auto started = hubDemo.start(); !started) {
            err << "simu: " << started.error() << Qt::endl;
            return 1;
        }
        return QCoreApplication::exec();
    }

    Hub::HubServer hub(*config);
    if (auto started = hub.start(); !started) {
        err << "simu: " << started.error() << Qt::endl;
        return 1;
    }
    out << "Simu hub listening on " << hub.baseUrl().toString() << Qt::endl;
    if (generated) {
        out << "Webhook URL for the Africa's Talking dashboard (shown this once; kept in "
            << config->dataDir << "/webhook-secret):" << Qt::endl
            << "  " << hub.webhookUrl().toString() << Qt::endl;
    } else {
        out << "Webhook URL: " << hub.baseUrl().toString()
            << "/api/webhooks/africastalking/<secret from " << config->dataDir
            << "/webhook-secret or SIMU_WEBHOOK_SECRET>" << Qt::endl;
    }
    if (config->at.apiKey.isEmpty() || config->voiceNumbers.isEmpty())
        out << "Click-to-call is off until an Africa's Talking API key (SIMU_AT_API_KEY or "
               "--at-api-key-file), --at-username and --at-voice-number are set."
            << Qt::endl;
    return QCoreApplication::exec();
}

int createUser(const QCommandLineParser &parser,
    const HubOptions &options,
    const QString &username,
    const QString &role,
    const QString &line,
    QTextStream &out,
    QTextStream &err)
{
    const auto parsedRole = Auth::roleFromApiName(role);
    if (!parsedRole) {
        err << "simu: --role must be agent, supervisor or admin" << Qt::endl;
        return 2;
    }
    auto config = loadHubConfig(parser, options, false);
    if (!config) {
        err << "simu: " << config.error() << Qt::endl;
        return 2;
    }
    if (::isatty(STDIN_FILENO))
        out << "Password for " << username << ": " << Qt::flush;
    std::string password;
    if (!std::getline(std::cin, password) || password.empty()) {
        err << "simu: no password on standard input" << Qt::endl;
        return 2;
    }
    config->listenAddress = QHostAddress(QHostAddress::LocalHost);
    config->port = 0; // never serve: this only opens the database
    Hub::HubServer hub(*config);
    if (auto started = hub.start(); !started) {
        err << "simu: " << started.error() << Qt::endl;
        return 1;
    }
    Auth::NewUser user{username, QString::fromStdString(password), *parsedRole, {}, line};
    const auto created = hub.auth().createUser(user, u"command line"_s, {});
    if (!created) {
        err << "simu: " << created.error().message << Qt::endl;
        return 1;
    }
    out << "Created " << Auth::roleApiName(created->identity.role) << ' '
        << created->identity.username << Qt::endl;
    return 0;
}

} // namespace SimuApp
