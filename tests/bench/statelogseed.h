#pragma once

// analyticsbench's agent state history, next to its calls: every agent works an 8-hour shift a
// day (three shifts round the clock), logs in, goes busy, into after-call work and back to
// available once per call (as many cycles as the history has calls), takes two breaks and a
// lunch (away, with the reason), sometimes a meeting, and logs out. Written change by change
// through Storage::AgentStateRepository::save, as the hub's AgentStateService writes them (the
// log, its indexes and the hourly and daily sums), in time order, 10,000 changes a transaction.
// A history seeded before with the same settings and version is reused; one seeded by an older
// bench (or none: the calls alone, from before agent states) is replaced.

#include "util/result.h"

#include <QString>

namespace Storage {
class Database;
}

namespace Bench {

struct AnalyticsSeedSettings;

struct StateLogSeedResult
{
    bool reused = false;
    qint64 changes = 0; // rows of agent_state_log
    double seconds = 0;
    double saveMicrosPerChange = 0; // AgentStateRepository::save, all it writes
};

// The agents' states over [startMs, endMs), as many busy cycles as settings.calls. Every agent
// ends settled (available, away or offline), so a hub started on it changes nothing.
Util::Result<StateLogSeedResult, QString> seedAgentStateLog(Storage::Database &database,
    const AnalyticsSeedSettings &settings,
    qint64 startMs,
    qint64 endMs);

} // namespace Bench
