#include "statelogseed.h"

#include "analytics/timegrid.h"
#include "analyticsseed.h"
#include "callbackbodies.h"
#include "storage/agentstaterepository.h"
#include "storage/database.h"
#include "storage/meta.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Bump when the history below changes: a folder seeded by an older bench is seeded again.
constexpr qint64 STATE_LOG_VERSION = 1;
constexpr int CHUNK = 10'000; // changes per transaction
constexpr qint64 MINUTE = 60'000;
constexpr qint64 HOUR = Analytics::HOUR_MS;
constexpr qint64 SHIFT = 8 * HOUR;
// Working time in a shift: 8 h (and up to 15 minutes' overrun) less the breaks below.
constexpr double WORK_MS_PER_SHIFT = 24'660'000;
const QString KEY_VERSION = u"analyticsbench_states_version"_s;
const QString KEY_END = u"analyticsbench_states_end_ms"_s;
const QString KEY_CHANGES = u"analyticsbench_state_changes"_s;
const QString KEY_SECONDS = u"analyticsbench_states_seed_ms"_s;
const QString KEY_SAVE = u"analyticsbench_state_save_ns"_s;

const QString AVAILABLE = u"available"_s;
const QString BUSY = u"busy"_s;
const QString AFTER_CALL_WORK = u"after_call_work"_s;
const QString AWAY = u"away"_s;
const QString OFFLINE = u"offline"_s;

struct Change
{
    qint64 ms = 0;
    int agent = 0;
    QString state;
    QString reason; // away's
};

qint64 exponential(QRandomGenerator &rng, double mean)
{
    return qint64(-mean * std::log(1.0 - rng.generateDouble()));
}

qint64 jitter(QRandomGenerator &rng, qint64 spread)
{
    return qint64(rng.bounded(quint64(2 * spread + 1))) - spread;
}

// One agent's shift from `start`: changes before `endMs` only, the last one settled.
void shiftChanges(QRandomGenerator &rng,
    int agent,
    qint64 start,
    double cycleMs,
    qint64 endMs,
    QList<Change> &out)
{
    struct Break
    {
        qint64 at;
        QString reason;
        qint64 length;
    };
    QList<Break> breaks = {
        {start + 2 * HOUR + jitter(rng, 15 * MINUTE),
            u"Break"_s,
            12 * MINUTE + rng.bounded(6 * MINUTE)},
        {start + 4 * HOUR + jitter(rng, 20 * MINUTE),
            u"Lunch"_s,
            30 * MINUTE + rng.bounded(15 * MINUTE)},
        {start + 6 * HOUR + jitter(rng, 15 * MINUTE),
            u"Break"_s,
            12 * MINUTE + rng.bounded(6 * MINUTE)},
    };
    if (rng.bounded(5) == 0)
        breaks.prepend({start + HOUR + jitter(rng, 15 * MINUTE),
            rng.bounded(2) ? u"Meeting"_s : u"Training"_s,
            30 * MINUTE + rng.bounded(30 * MINUTE)});
    const qint64 end = start + SHIFT + rng.bounded(15 * MINUTE);
    const auto add = [&](qint64 at, const QString &state, const QString &reason = {}) {
        out.append({at, agent, state, reason});
    };
    qint64 t = start;
    add(t, AVAILABLE); // logged in
    qsizetype nextBreak = 0;
    for (;;) {
        if (nextBreak < breaks.size() && t >= breaks.at(nextBreak).at) {
            const Break &pause = breaks.at(nextBreak++);
            add(t, AWAY, pause.reason);
            if (t + pause.length >= endMs)
                return; // away when the history ends
            t += pause.length;
            add(t, AVAILABLE);
            continue;
        }
        // A call: busy from its first ring, after-call work (at most the hub's 30 s, less when
        // the wrap-up is saved sooner), available again.
        const qint64 busyAt = t + 1000 + exponential(rng, 0.3 * cycleMs);
        const qint64 wrapUpAt = busyAt + 5000 + exponential(rng, 0.5 * cycleMs);
        const qint64 readyAt
            = wrapUpAt + 1000 + qint64(rng.bounded(1.0) * std::min(30'000.0, 0.4 * cycleMs));
        if (busyAt >= end)
            break;
        if (readyAt >= endMs)
            return; // available when the history ends
        add(busyAt, BUSY);
        add(wrapUpAt, AFTER_CALL_WORK);
        add(readyAt, AVAILABLE);
        t = readyAt;
    }
    if (std::max(t, end) < endMs)
        add(std::max(t, end), OFFLINE); // logged out
}

Storage::AgentStateRow rowOf(const Change &change)
{
    Storage::AgentStateRow row;
    row.username = agentName(change.agent);
    row.state = change.state;
    row.reason = change.reason;
    row.since = QDateTime::fromMSecsSinceEpoch(change.ms, Qt::UTC);
    row.chosen = change.state == OFFLINE ? OFFLINE : change.state == AWAY ? AWAY : AVAILABLE;
    row.chosenReason = change.reason;
    if (change.state == AFTER_CALL_WORK)
        row.afterCallWorkEnds = row.since.addSecs(30);
    row.onCall = change.state == BUSY;
    return row;
}

} // namespace

Util::Result<StateLogSeedResult, QString> seedAgentStateLog(Storage::Database &database,
    const AnalyticsSeedSettings &settings,
    qint64 startMs,
    qint64 endMs)
{
    QTextStream err(stderr);
    StateLogSeedResult result;
    Storage::Meta meta(database);
    const qint64 seeded = meta.value(KEY_CHANGES).valueOr(0);
    if (seeded > 0 && meta.value(KEY_VERSION).valueOr(0) == STATE_LOG_VERSION
        && meta.value(KEY_END).valueOr(0) == endMs) {
        result.reused = true;
        result.changes = seeded;
        result.seconds = double(meta.value(KEY_SECONDS).valueOr(0)) / 1000.0;
        result.saveMicrosPerChange = double(meta.value(KEY_SAVE).valueOr(0)) / 1000.0;
        err << "reusing the " << seeded << " agent state changes already seeded" << Qt::endl;
        return result;
    }
    QSqlQuery sql(QSqlDatabase::database(database.connectionName(), false));
    for (const QString &table :
        {u"agent_state_log"_s, u"agent_states"_s, u"agent_state_hours"_s, u"agent_state_days"_s}) {
        if (!sql.exec(u"DELETE FROM "_s + table))
            return Util::fail(u"cannot empty %1 to seed it again"_s.arg(table));
    }
    err << "seeding the agents' states (a busy cycle per call, in 8-hour shifts)" << Qt::endl;

    Storage::AgentStateRepository repository(database);
    QRandomGenerator rng(settings.seed ^ 0x5eed5747u);
    const double shifts = double(settings.agents) * settings.days;
    const double cycleMs = WORK_MS_PER_SHIFT * shifts / double(settings.calls);
    static constexpr qint64 SHIFT_STARTS[] = {6 * HOUR, 14 * HOUR, 22 * HOUR};
    QElapsedTimer whole;
    whole.start();
    QElapsedTimer step;
    qint64 saveNs = 0;
    const qint64 firstDay = Analytics::floorTo(startMs, Analytics::DAY_MS);
    for (qint64 day = firstDay; day < endMs; day += Analytics::DAY_MS) {
        // The shifts that start this day, every agent's changes in time order.
        QList<Change> changes;
        for (int agent = 0; agent < settings.agents; ++agent) {
            const qint64 start = day + SHIFT_STARTS[agent % 3] + jitter(rng, 10 * MINUTE);
            if (start >= startMs && start < endMs)
                shiftChanges(rng, agent, start, cycleMs, endMs, changes);
        }
        std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
            return a.ms < b.ms;
        });
        for (qsizetype first = 0; first < changes.size(); first += CHUNK) {
            const qsizetype last = std::min(changes.size(), first + CHUNK);
            const auto written
                = database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
                      step.start();
                      for (qsizetype i = first; i < last; ++i) {
                          if (auto saved = repository.save(rowOf(changes.at(i)), true); !saved)
                              return saved;
                      }
                      saveNs += step.nsecsElapsed();
                      return {};
                  });
            if (!written)
                return Util::fail(written.error().message);
        }
        result.changes += changes.size();
        if ((day - firstDay) / Analytics::DAY_MS % 10 == 9)
            err << "seeded " << result.changes << " state changes in " << whole.elapsed() / 1000
                << " s" << Qt::endl;
    }
    result.seconds = double(whole.elapsed()) / 1000.0;
    result.saveMicrosPerChange
        = result.changes ? double(saveNs) / 1000.0 / double(result.changes) : 0.0;
    const auto recorded = database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
        for (const auto &[key, value] : {std::pair{KEY_END, endMs},
                 std::pair{KEY_SECONDS, whole.elapsed()},
                 std::pair{KEY_SAVE, result.changes ? saveNs / result.changes : 0},
                 std::pair{KEY_VERSION, STATE_LOG_VERSION},
                 std::pair{KEY_CHANGES, result.changes}}) {
            if (auto set = meta.setValue(key, value); !set)
                return set;
        }
        return {};
    });
    if (!recorded)
        return Util::fail(recorded.error().message);
    err << "seeded " << result.changes << " state changes in " << qint64(result.seconds) << " s"
        << Qt::endl;
    return result;
}

} // namespace Bench
