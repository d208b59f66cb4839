#pragma once

#include "atsim/simconfig.h"
#include "util/result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

namespace AtSimApp {

struct Options
{
    AtSim::SimConfig config;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8471;
    QList<QPair<QString, AtSim::PhoneBehaviour>> phones;
    std::optional<AtSim::PhoneBehaviour> defaultPhone;
    bool defaultKey = true;
};

// Parses simu-atsim's command line; --help and --version exit inside. An error names the
// option and what is wrong with it.
Util::Result<Options, QString> parseCommandLine(const QStringList &arguments);

} // namespace AtSimApp
