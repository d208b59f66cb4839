#include "rollupstore.h"

#include "analytics/durationhistogram.h"
#include "analytics/timegrid.h"
#include "calls/calljson.h"
#include "rollupreader.h"
#include "statementcache.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <map>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

const QString FACT_COLUMNS = u"created_at, session_id, agent, direction, outcome, answered,"
                             " duration_seconds, talk_seconds, handle_seconds, answer_wait_ms,"
                             " currency, cost_units, cost_nanos, cost_attos"_s;

// The rollups' sums, in the order writeSums() binds them; the outcome columns are named after
// the outcomes themselves (rollupOutcomes()).
const QString MEASURES = u"calls, answered, "_s + rollupOutcomes().join(u", "_s)
    + u", talk_seconds, handle_seconds, answer_wait_ms, answer_waits, cost_units,"
      " cost_nanos, cost_attos"_s;

// "calls = calls + excluded.calls, ...": an upsert that adds.
QString addedMeasures()
{
    QStringList sets;
    for (const QString &column : MEASURES.split(u','))
        sets << u"%1 = %1 + excluded.%1"_s.arg(column.trimmed());
    return sets.join(u", "_s);
}

QString upsertSql(const QString &table, bool perAgent)
{
    const QString key
        = perAgent ? u"start, agent, direction, currency"_s : u"start, direction, currency"_s;
    const int columns = int(key.count(u',') + 1 + MEASURES.count(u',') + 1);
    const QStringList marks(columns, u"?"_s);
    return u"INSERT INTO %1 (%2, %3) VALUES (%4) ON CONFLICT (%2) DO UPDATE SET %5"_s.arg(
        table, key, MEASURES, marks.join(u", "_s), addedMeasures());
}

QString deleteEmptySql(const QString &table, bool perAgent)
{
    // Binds the same values, in the same order, as the upsert's key.
    return u"DELETE FROM %1 WHERE start = ?%2 AND direction = ? AND currency = ? AND calls = 0"_s
        .arg(table, perAgent ? u" AND agent = ?"_s : QString());
}

const QString SELECT_FACTS
    = u"SELECT "_s + FACT_COLUMNS + u" FROM analytics_calls WHERE session_id = ?"_s;
const QString INSERT_FACTS = u"INSERT INTO analytics_calls ("_s + FACT_COLUMNS
    + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
// Worded once: record() runs for every call the hub writes, and names the call on failure.
const QString WHAT = u"cannot update the call analytics"_s;

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

Analytics::CallFacts factsFromRow(const QSqlQuery &query)
{
    Analytics::CallFacts facts;
    facts.createdAtMs = query.value(0).toLongLong();
    facts.sessionId = query.value(1).toString();
    facts.agent = query.value(2).toString();
    facts.direction = query.value(3).toString();
    facts.outcome = query.value(4).toString();
    facts.answered = query.value(5).toLongLong() != 0;
    if (!query.value(6).isNull())
        facts.durationSeconds = query.value(6).toInt();
    facts.talkSeconds = query.value(7).toLongLong();
    facts.handleSeconds = query.value(8).toLongLong();
    if (!query.value(9).isNull())
        facts.answerWaitMs = query.value(9).toLongLong();
    facts.currency = query.value(10).toString();
    facts.cost = Analytics::ExactAmount::fromParts(
        query.value(11).toLongLong(), query.value(12).toLongLong(), query.value(13).toLongLong());
    return facts;
}

} // namespace

RollupStore::RollupStore(Database &database)
    : m_sql(std::make_unique<StatementCache>(database))
{}

RollupStore::~RollupStore() = default;

Util::Result<std::optional<Analytics::CallFacts>, StorageError> RollupStore::recorded(
    const QString &sessionId)
{
    const auto query = m_sql->run(SELECT_FACTS, {text(sessionId)}, WHAT);
    if (!query)
        return Util::fail(query.error());
    std::optional<Analytics::CallFacts> facts;
    if ((*query)->next())
        facts = factsFromRow(**query);
    (*query)->finish();
    return facts;
}

Util::Result<void, StorageError> RollupStore::record(const Analytics::CallFacts &facts)
{
    return record(QList<Analytics::CallFacts>{facts});
}

Util::Result<void, StorageError> RollupStore::record(const QList<Analytics::CallFacts> &batch)
{
    if (batch.isEmpty())
        return {};
    auto recorded = apply(batch);
    if (!recorded)
        return Util::fail(
            StorageError{u"%1 (%2 call(s), the first %3)"_s.arg(recorded.error().message,
                QString::number(batch.size()),
                batch.first().sessionId.left(64))});
    return recorded;
}

Util::Result<void, StorageError> RollupStore::apply(const QList<Analytics::CallFacts> &batch)
{
    // Each call's facts as stored before the batch, and as the batch leaves them; the
    // differences summed in memory, so a key many calls share is written once.
    std::map<QString, std::optional<Analytics::CallFacts>> original;
    std::map<QString, std::optional<Analytics::CallFacts>> current;
    Changes changes;
    for (const Analytics::CallFacts &facts : batch) {
        auto now = current.find(facts.sessionId);
        if (now == current.end()) {
            const auto stored = recorded(facts.sessionId);
            if (!stored)
                return Util::fail(stored.error());
            original.emplace(facts.sessionId, *stored);
            now = current.emplace(facts.sessionId, *stored).first;
        }
        if (now->second && *now->second == facts)
            continue; // summed already, exactly so
        if (now->second)
            changes.add(*now->second, -1);
        changes.add(facts, +1);
        now->second = facts;
    }
    for (const auto &[sessionId, now] : current) {
        const std::optional<Analytics::CallFacts> &before = original.at(sessionId);
        if (before == now)
            continue;
        if (before) {
            if (const auto deleted = m_sql->run(
                    u"DELETE FROM analytics_calls WHERE session_id = ?"_s, {text(sessionId)}, WHAT);
                !deleted)
                return Util::fail(deleted.error());
        }
        if (auto inserted = insertFacts(*now); !inserted)
            return inserted;
    }
    if (auto summed = writeSums(changes); !summed)
        return summed;
    return writeHistograms(changes);
}

Util::Result<void, StorageError> RollupStore::insertFacts(const Analytics::CallFacts &facts)
{
    const auto inserted = m_sql->run(INSERT_FACTS,
        {facts.createdAtMs,
            text(facts.sessionId),
            text(facts.agent),
            text(facts.direction),
            text(facts.outcome),
            facts.answered ? 1 : 0,
            facts.durationSeconds ? QVariant(*facts.durationSeconds) : QVariant(),
            facts.talkSeconds,
            facts.handleSeconds,
            optionalInt(facts.answerWaitMs),
            text(facts.currency),
            facts.cost.units(),
            facts.cost.nanos(),
            facts.cost.attos()},
        WHAT);
    if (!inserted)
        return Util::fail(inserted.error());
    return {};
}

void RollupStore::Changes::add(const Analytics::CallFacts &facts, int sign)
{
    RollupMeasures measures;
    measures.calls = sign;
    measures.answered = facts.answered ? sign : 0;
    const qsizetype outcome = rollupOutcomes().indexOf(facts.outcome);
    if (outcome >= 0)
        measures.outcomes[std::size_t(outcome)] = sign;
    measures.talkSeconds = sign * facts.talkSeconds;
    measures.handleSeconds = sign * facts.handleSeconds;
    measures.answerWaitMs = sign * facts.answerWaitMs.value_or(0);
    measures.answerWaits = facts.answerWaitMs ? sign : 0;
    if (!facts.currency.isEmpty()) {
        measures.costUnits = sign * facts.cost.units();
        measures.costNanos = sign * facts.cost.nanos();
        measures.costAttos = sign * facts.cost.attos();
    }
    const qint64 hour = Analytics::floorTo(facts.createdAtMs, Analytics::HOUR_MS);
    const qint64 day = Analytics::floorTo(facts.createdAtMs, Analytics::DAY_MS);
    for (int table = 0; table < TABLE_COUNT; ++table) {
        const bool hourly = table == HOURS || table == HOURS_ALL;
        const bool perAgent = table == HOURS || table == DAYS;
        sums[{table,
            hourly ? hour : day,
            perAgent ? facts.agent : QString(),
            facts.direction,
            facts.currency}]
            += measures;
    }
    if (facts.durationSeconds)
        durations[{day, facts.agent}].emplace_back(*facts.durationSeconds, sign);
}

Util::Result<void, StorageError> RollupStore::writeSums(const Changes &changes)
{
    struct Table
    {
        QString upsert;
        QString deleteEmpty;
    };
    static const Table tables[TABLE_COUNT] = {
        {upsertSql(u"analytics_hours"_s, true), deleteEmptySql(u"analytics_hours"_s, true)},
        {upsertSql(u"analytics_days"_s, true), deleteEmptySql(u"analytics_days"_s, true)},
        {upsertSql(u"analytics_hours_all"_s, false),
            deleteEmptySql(u"analytics_hours_all"_s, false)},
        {upsertSql(u"analytics_days_all"_s, false), deleteEmptySql(u"analytics_days_all"_s, false)},
    };
    for (const auto &[key, delta] : changes.sums) {
        if (delta == RollupMeasures{})
            continue; // a call that moved away and back
        const auto &[table, start, agent, direction, currency] = key;
        QVariantList values = {start};
        if (table == HOURS || table == DAYS)
            values << text(agent);
        values << text(direction) << text(currency);
        const QVariantList keyValues = values;
        values << delta.calls << delta.answered;
        for (const qint64 outcome : delta.outcomes)
            values << outcome;
        values << delta.talkSeconds << delta.handleSeconds << delta.answerWaitMs
               << delta.answerWaits << delta.costUnits << delta.costNanos << delta.costAttos;
        if (const auto upserted = m_sql->run(tables[table].upsert, values, WHAT); !upserted)
            return Util::fail(upserted.error());
        // Taken away to nothing: the row goes, so the sums hold exactly the calls that exist.
        if (delta.calls < 0) {
            if (const auto deleted = m_sql->run(tables[table].deleteEmpty, keyValues, WHAT);
                !deleted)
                return Util::fail(deleted.error());
        }
    }
    return {};
}

Util::Result<void, StorageError> RollupStore::writeHistograms(const Changes &changes)
{
    for (const auto &[key, deltas] : changes.durations) {
        const auto &[day, agent] = key;
        const auto read = m_sql->run(
            u"SELECT histogram FROM analytics_durations WHERE start = ? AND agent = ?"_s,
            {day, text(agent)},
            WHAT);
        if (!read)
            return Util::fail(read.error());
        const QByteArray blob = (*read)->next() ? (*read)->value(0).toByteArray() : QByteArray();
        (*read)->finish();
        const auto adjusted = Analytics::DurationHistogram::adjustEncoded(blob, deltas);
        if (!adjusted) {
            // Never stuck on a damaged row: the call rows hold every duration.
            qCWarning(lcStorage).noquote()
                << "rebuilding a damaged duration histogram:" << adjusted.error();
            if (auto rebuilt = rebuildHistogram(day, agent); !rebuilt)
                return rebuilt;
            continue;
        }
        const auto written = adjusted->isEmpty()
            ? m_sql->run(u"DELETE FROM analytics_durations WHERE start = ? AND agent = ?"_s,
                {day, text(agent)},
                WHAT)
            : m_sql->run(u"INSERT INTO analytics_durations (start, agent, histogram)"
                         " VALUES (?, ?, ?) ON CONFLICT (start, agent)"
                         " DO UPDATE SET histogram = excluded.histogram"_s,
                {day, text(agent), *adjusted},
                WHAT);
        if (!written)
            return Util::fail(written.error());
    }
    return {};
}

Util::Result<void, StorageError> RollupStore::rebuildHistogram(qint64 day, const QString &agent)
{
    const QString what = u"cannot rebuild a duration histogram"_s;
    const auto read = m_sql->run(u"SELECT duration_seconds, COUNT(*) FROM analytics_calls"
                                 " WHERE created_at >= ? AND created_at < ? AND agent = ?"
                                 " AND duration_seconds IS NOT NULL GROUP BY duration_seconds"_s,
        {day, day + Analytics::DAY_MS, text(agent)},
        what);
    if (!read)
        return Util::fail(read.error());
    Analytics::DurationHistogram histogram;
    while ((*read)->next())
        histogram.add((*read)->value(0).toInt(), (*read)->value(1).toLongLong());
    (*read)->finish();
    const auto written = m_sql->run(u"INSERT INTO analytics_durations (start, agent, histogram)"
                                    " VALUES (?, ?, ?) ON CONFLICT (start, agent)"
                                    " DO UPDATE SET histogram = excluded.histogram"_s,
        {day, text(agent), histogram.encode()},
        what);
    if (!written)
        return Util::fail(written.error());
    return {};
}

Util::Result<EndedCallsChunk, StorageError> RollupStore::endedCallsAfter(
    qint64 afterRowId, int limit)
{
    const auto query = m_sql->run(u"SELECT rowid, data FROM calls WHERE rowid > ?"
                                  " AND ended_at IS NOT NULL ORDER BY rowid LIMIT ?"_s,
        {afterRowId, limit},
        u"cannot read the stored calls"_s);
    if (!query)
        return Util::fail(query.error());
    EndedCallsChunk chunk;
    chunk.lastRowId = afterRowId;
    int rows = 0;
    while ((*query)->next()) {
        ++rows;
        chunk.lastRowId = (*query)->value(0).toLongLong();
        QJsonParseError error{};
        const QJsonDocument json
            = QJsonDocument::fromJson((*query)->value(1).toString().toUtf8(), &error);
        auto call = json.isObject()
            ? Calls::callFromJson(json.object())
            : Util::Result<Calls::Call, QString>(Util::fail(u"the stored JSON is damaged"_s));
        if (!call) {
            qCWarning(lcStorage).noquote()
                << "analytics skip an unreadable stored call:" << call.error();
            continue;
        }
        chunk.calls.append(std::move(call).value());
    }
    (*query)->finish();
    chunk.atEnd = rows < limit;
    return chunk;
}

} // namespace Storage
