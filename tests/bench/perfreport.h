#pragma once

// docs/performance.md: one "## " section per measured part of Simu. The bench rewrites its
// own section ("## Hub webhook") and leaves every other section as it was.

#include "results.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace Bench {

struct MachineInfo
{
    QString cpuModel;
    int cores = 0;
    QString memory;
    QString kernel;
    QString qtVersion;
    QString dataFileSystem; // where the hub's SQLite file lived
};

MachineInfo describeMachine(const QString &dataRoot);

inline const QString HUB_SECTION = QStringLiteral("## Hub webhook");

// The section, heading included, from every run's figures (medians, then each run).
QString hubSection(const BenchSettings &settings,
    const QList<RunFigures> &runs,
    const MachineInfo &machine,
    bool *allMet = nullptr);

// Replaces the section that starts with `heading` (up to the next "## " line) or appends it.
Util::Result<void, QString> writeSection(
    const QString &path, const QString &heading, const QString &section);

} // namespace Bench
