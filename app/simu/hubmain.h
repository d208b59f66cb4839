#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace SimuApp {

struct HubOptions;

// `simu --headless [--demo]`: runs the hub until the process is stopped.
int runHeadless(const QCommandLineParser &parser,
    const HubOptions &options,
    bool demo,
    QTextStream &out,
    QTextStream &err);

// `simu --headless --create-user NAME --role ROLE`: the password comes from standard input
// (there is never a default password).
int createUser(const QCommandLineParser &parser,
    const HubOptions &options,
    const QString &username,
    const QString &role,
    const QString &line,
    QTextStream &out,
    QTextStream &err);

} // namespace SimuApp
