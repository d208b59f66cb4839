#pragma once

// The "## Analytics" section of docs/performance.md, from analyticsbench's figures.

#include "analyticsseed.h"
#include "analyticstimings.h"
#include "perfreport.h"

#include <QString>

namespace Bench {

inline const QString ANALYTICS_SECTION = QStringLiteral("## Analytics");
inline constexpr double ANALYTICS_TARGET_MS = 50;

// The section, heading included; `allMet` says whether every endpoint met the target.
QString analyticsSection(const AnalyticsSeedSettings &settings,
    const AnalyticsSeedResult &seeded,
    const AnalyticsMeasurements &measured,
    double rebuildSeconds,
    const MachineInfo &machine,
    int runs,
    bool *allMet = nullptr);

} // namespace Bench
