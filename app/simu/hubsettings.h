#pragma once

// How `simu --headless` learns its configuration: a config file (INI, no secrets allowed in
// it), then command-line flags (which win), then secrets from the environment or an
// owner-only file. See docs/configuration.md.

#include "hub/hubconfig.h"
#include "util/result.h"

#include <QCommandLineParser>

namespace SimuApp {

struct HubOptions
{
    QCommandLineOption config{QStringLiteral("config"),
        QStringLiteral("Hub settings file (INI; see docs/configuration.md)."),
        QStringLiteral("file")};
    QCommandLineOption listen{QStringLiteral("listen"),
        QStringLiteral("Address and port of the hub's API and webhook "
                       "(default 127.0.0.1:8470; 0.0.0.0:8470 for the LAN)."),
        QStringLiteral("addr:port")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
        QStringLiteral("Folder for the database (default: the user's data "
                       "folder, .../simu)."),
        QStringLiteral("dir")};
    QCommandLineOption atBaseUrl{QStringLiteral("at-base-url"),
        QStringLiteral("Africa's Talking voice API address (default: "
                       "live, or the sandbox for username sandbox)."),
        QStringLiteral("url")};
    QCommandLineOption atUsername{QStringLiteral("at-username"),
        QStringLiteral("Africa's Talking application username."),
        QStringLiteral("name")};
    QCommandLineOption atVoiceNumber{QStringLiteral("at-voice-number"),
        QStringLiteral("A voice number of the account, +254...; "
                       "repeatable; the first is the caller ID."),
        QStringLiteral("number")};
    QCommandLineOption atApiKeyFile{QStringLiteral("at-api-key-file"),
        QStringLiteral("File holding the Africa's Talking API key, "
                       "readable by its owner only (or set "
                       "SIMU_AT_API_KEY)."),
        QStringLiteral("file")};
    QCommandLineOption webhookAllow{QStringLiteral("webhook-allow"),
        QStringLiteral("Only accept callbacks from this network "
                       "(CIDR, repeatable)."),
        QStringLiteral("cidr")};

    void addTo(QCommandLineParser &parser) const;
};

// Reads the file named by --config (if any), then the flags, then the secrets. `demo`
// switches the defaults to demo ones (127.0.0.1 only, a demo data folder).
Util::Result<Hub::HubConfig, QString> loadHubConfig(
    const QCommandLineParser &parser, const HubOptions &options, bool demo);

// The webhook secret: SIMU_WEBHOOK_SECRET, else the one kept in <dataDir>/webhook-secret,
// else a new random one saved there (owner-only). `generated` says whether it is new, the
// only time it is printed whole.
Util::Result<QString, QString> webhookSecret(const QString &dataDir, bool *generated);

} // namespace SimuApp
