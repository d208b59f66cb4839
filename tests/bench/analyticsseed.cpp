#include "analyticsseed.h"

#include "analytics/callrollups.h"
#include "callbackbodies.h"
#include "calls/call.h"
#include "hub/calljournal.h"
#include "storage/callrepository.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/rollupstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr int CHUNK = 5000; // calls per transaction
const QString KEY_CALLS = u"analyticsbench_calls"_s;
const QString KEY_SETTINGS = u"analyticsbench_settings"_s;
const QString KEY_END = u"analyticsbench_end_ms"_s;
// The seeding's own figures, in thousandths, for the report of a run that reuses it.
const QString KEY_SECONDS = u"analyticsbench_seed_ms"_s;
const QString KEY_SAVE = u"analyticsbench_save_ns"_s;
const QString KEY_ROLLUP = u"analyticsbench_rollup_ns"_s;

qint64 settingsKey(const AnalyticsSeedSettings &s)
{
    return qint64(s.seed) * 1'000'000 + qint64(s.days) * 1000 + s.agents;
}

QString hex(QRandomGenerator &rng, int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out += QChar(u"0123456789abcdef"[rng.bounded(16)]);
    return out;
}

// A decimal string of the kind AT sends: 2 to 4 decimals mostly, sometimes 18.
QString amount(QRandomGenerator &rng, qint64 hundredths)
{
    const int style = int(rng.bounded(10));
    if (hundredths == 0)
        return style < 5 ? u"0"_s : u"0.000"_s;
    QString text = u"%1.%2"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
    if (style == 0) {
        for (int i = 0; i < 16; ++i) // 18 decimals, like 0.408333333333333345
            text += QChar(u'0' + int(rng.bounded(10)));
    } else if (style < 4) {
        text += u"0"_s;
    }
    return text;
}

// One ended call, created at `createdAt`.
Calls::Call makeCall(
    QRandomGenerator &rng, const AnalyticsSeedSettings &settings, const QDateTime &createdAt)
{
    static const QList<std::pair<Calls::CallState, int>> outcomes
        = {{Calls::CallState::Completed, 62},
            {Calls::CallState::NoAnswer, 18},
            {Calls::CallState::Busy, 6},
            {Calls::CallState::Failed, 5},
            {Calls::CallState::Rejected, 4},
            {Calls::CallState::Transferred, 5}};
    Calls::Call call;
    call.sessionId = u"ATVId_"_s + hex(rng, 32);
    const bool inbound = rng.bounded(100) < 55;
    call.direction = inbound ? Voice::Direction::Inbound : Voice::Direction::Outbound;
    call.kind = inbound ? Calls::CallKind::Inbound : Calls::CallKind::ClickToCall;
    int pick = int(rng.bounded(100));
    for (const auto &[state, weight] : outcomes) {
        call.state = state;
        if ((pick -= weight) < 0)
            break;
    }
    const bool answered
        = call.state == Calls::CallState::Completed || call.state == Calls::CallState::Transferred;
    const int agent = int(rng.bounded(settings.agents)); // agentName(0) is agent01
    // An inbound call nobody answered was mostly never given to an agent.
    if (!(inbound && !answered && rng.bounded(10) < 7)) {
        call.agent = agentName(agent);
        call.agentLine = agentLine(agent);
    }
    call.customerNumber = u"+2547%1"_s.arg(rng.bounded(100'000'000), 8, 10, QChar(u'0'));
    call.atNumber = u"+254711082000"_s;
    call.carrierName = rng.bounded(3) ? u"Safaricom"_s : u"Airtel"_s;
    call.createdAt = createdAt;
    call.startedAt = createdAt;
    int duration = 0;
    if (answered) {
        call.answeredAt
            = createdAt.addMSecs(inbound ? 2000 + rng.bounded(38'000) : 5000 + rng.bounded(20'000));
        duration = 5 + int(-170.0 * std::log(1.0 - rng.generateDouble()));
        duration = std::min(duration, 4 * 3600);
        call.recordingUrl
            = u"https://voice.africastalking.com/recordings/"_s + hex(rng, 32) + u".mp3"_s;
        call.dialLeg.destination = call.agentLine.isEmpty() ? call.customerNumber : call.agentLine;
        call.dialLeg.durationSeconds = std::max(0, duration - 3);
    }
    call.durationSeconds = duration;
    const bool ugx = rng.bounded(5) == 0;
    call.currencyCode = ugx ? u"UGX"_s : u"KES"_s;
    // About KES 5 or UGX 140 a minute, in hundredths.
    const qint64 perMinute = ugx ? 14000 : 500;
    call.costAmount = amount(rng, answered ? (duration * perMinute + 59) / 60 : 0);
    call.status = answered ? u"Success"_s : u"NotAnswered"_s;
    call.hangupCause = answered ? u"NORMAL_CLEARING"_s : u"NO_ANSWER"_s;
    call.endedAt = call.answeredAt.value_or(createdAt).addSecs(duration);
    call.updatedAt = *call.endedAt;
    call.callbacksApplied = 3;
    return call;
}

} // namespace

Util::Result<AnalyticsSeedResult, QString> seedAnalyticsHistory(
    const QString &dataDir, const AnalyticsSeedSettings &settings)
{
    QTextStream err(stderr);
    AnalyticsSeedResult result;
    const QString path = QDir(dataDir).filePath(u"simu.db"_s);
    auto opened = Storage::Database::open(path);
    if (!opened)
        return Util::fail(opened.error().message);
    Storage::Database &database = **opened;
    Storage::Meta meta(database);
    const qint64 seeded = meta.value(KEY_CALLS).valueOr(0);
    if (seeded == settings.calls && meta.value(KEY_SETTINGS).valueOr(0) == settingsKey(settings)) {
        result.reused = true;
        result.calls = seeded;
        result.endsAt = QDateTime::fromMSecsSinceEpoch(meta.value(KEY_END).valueOr(0), Qt::UTC);
        result.seconds = double(meta.value(KEY_SECONDS).valueOr(0)) / 1000.0;
        result.saveMicrosPerCall = double(meta.value(KEY_SAVE).valueOr(0)) / 1000.0;
        result.rollupMicrosPerCall = double(meta.value(KEY_ROLLUP).valueOr(0)) / 1000.0;
        err << "reusing the " << seeded << " calls already seeded in " << path << Qt::endl;
        const qint64 endMs = result.endsAt.toMSecsSinceEpoch();
        const auto states = seedAgentStateLog(
            database, settings, endMs - qint64(settings.days) * 86'400'000, endMs);
        if (!states)
            return Util::fail(states.error());
        result.states = *states;
        if (!states->reused)
            QSqlQuery(QSqlDatabase::database(database.connectionName(), false))
                .exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        result.fileBytes = QFileInfo(path).size();
        return result;
    }
    if (seeded != 0)
        return Util::fail(u"%1 holds another seeding: delete the folder first"_s.arg(path));

    // Seeding only: a big page cache (the timed queries reopen with the hub's own settings).
    QSqlQuery(QSqlDatabase::database(database.connectionName(), false))
        .exec(u"PRAGMA cache_size=-524288"_s);
    Storage::CallRepository calls(database);
    Storage::RollupStore store(database);
    Analytics::CallRollups rollups(database, store, meta);
    if (const auto built = rollups.buildPending(); !built) // an empty database: just clears it
        return Util::fail(built.error().message);

    QRandomGenerator rng(settings.seed);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 spanMs = qint64(settings.days) * 86'400'000;
    const qint64 startMs = end.toMSecsSinceEpoch() - spanMs;
    QElapsedTimer whole;
    whole.start();
    qint64 saveNs = 0;
    qint64 rollupNs = 0;
    QElapsedTimer step;
    qint64 newest = 0;
    for (qint64 first = 0; first < settings.calls; first += CHUNK) {
        const qint64 last = std::min(settings.calls, first + CHUNK);
        QList<Calls::Call> chunk;
        for (qint64 i = first; i < last; ++i) {
            // Calls end roughly in the order they started, as a hub writes them.
            const qint64 at = startMs + i * spanMs / settings.calls + rng.bounded(qint64(60'000));
            newest = std::max(newest, at);
            chunk.append(makeCall(rng, settings, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)));
        }
        const auto written
            = database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
                  // As the journal's write-behind does (CallJournal::writeToTables): a chunk
                  // of calls saved, then summed together.
                  for (qsizetype at = 0; at < chunk.size();
                       at += Hub::CallJournal::WRITE_BEHIND_CHUNK) {
                      const QList<Calls::Call> part
                          = chunk.mid(at, Hub::CallJournal::WRITE_BEHIND_CHUNK);
                      step.start();
                      for (const Calls::Call &call : part) {
                          if (auto saved = calls.save(call); !saved)
                              return saved;
                      }
                      saveNs += step.nsecsElapsed();
                      step.start();
                      if (auto summed = rollups.callsWritten(part); !summed)
                          return summed;
                      rollupNs += step.nsecsElapsed();
                  }
                  if (last < settings.calls)
                      return {};
                  if (auto done = meta.setValue(KEY_SETTINGS, settingsKey(settings)); !done)
                      return done;
                  if (auto done = meta.setValue(KEY_END, newest + 1); !done)
                      return done;
                  return meta.setValue(KEY_CALLS, settings.calls);
              });
        if (!written)
            return Util::fail(written.error().message);
        if ((last / CHUNK) % 20 == 0 || last == settings.calls)
            err << "seeded " << last << " calls in " << whole.elapsed() / 1000 << " s" << Qt::endl;
    }
    result.calls = settings.calls;
    result.endsAt = QDateTime::fromMSecsSinceEpoch(newest + 1, Qt::UTC);
    result.seconds = double(whole.elapsed()) / 1000.0;
    result.saveMicrosPerCall = double(saveNs) / 1000.0 / double(settings.calls);
    result.rollupMicrosPerCall = double(rollupNs) / 1000.0 / double(settings.calls);
    (void)meta.setValue(KEY_SECONDS, whole.elapsed());
    (void)meta.setValue(KEY_SAVE, saveNs / settings.calls);
    (void)meta.setValue(KEY_ROLLUP, rollupNs / settings.calls);
    const auto states = seedAgentStateLog(database, settings, newest + 1 - spanMs, newest + 1);
    if (!states)
        return Util::fail(states.error());
    result.states = *states;
    QSqlQuery(QSqlDatabase::database(database.connectionName(), false))
        .exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    result.fileBytes = QFileInfo(path).size();
    return result;
}

Util::Result<double, QString> rebuildAnalytics(const QString &dataDir)
{
    auto opened = Storage::Database::open(QDir(dataDir).filePath(u"simu.db"_s));
    if (!opened)
        return Util::fail(opened.error().message);
    Storage::Database &database = **opened;
    Storage::Meta meta(database);
    const auto emptied = database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
        QSqlQuery query(QSqlDatabase::database(database.connectionName(), false));
        for (const QString &table : {u"analytics_calls"_s,
                 u"analytics_hours"_s,
                 u"analytics_days"_s,
                 u"analytics_hours_all"_s,
                 u"analytics_days_all"_s,
                 u"analytics_durations"_s}) {
            if (!query.exec(u"DELETE FROM "_s + table))
                return Util::fail(Storage::StorageError{u"cannot empty "_s + table});
        }
        // What migration 3 leaves for the first start.
        return meta.setValue(u"analytics_build_pending"_s, 1);
    });
    if (!emptied)
        return Util::fail(emptied.error().message);
    Storage::RollupStore store(database);
    Analytics::CallRollups rollups(database, store, meta);
    QElapsedTimer timer;
    timer.start();
    const auto built = rollups.buildPending();
    if (!built)
        return Util::fail(built.error().message);
    return double(timer.elapsed()) / 1000.0;
}

} // namespace Bench
