#pragma once

// The "## Desktop console" section of docs/performance.md: issue 4's targets with each run's
// figures, their medians, PASS/FAIL, how they were measured and how to reproduce them.
// perfreport.h's writeSection() puts it in place and leaves every other section alone.

#include "consoleresults.h"
#include "perfreport.h"

#include <QList>
#include <QString>

namespace Bench {

inline const QString CONSOLE_SECTION = QStringLiteral("## Desktop console");

QString consoleSection(const ConsoleBenchSettings &settings,
    const QList<ConsoleRunFigures> &runs,
    const MachineInfo &machine,
    double seedSeconds,
    bool *allMet = nullptr);

// One line per run for the terminal.
QString consoleRunLine(int run, const ConsoleRunFigures &f);

} // namespace Bench
