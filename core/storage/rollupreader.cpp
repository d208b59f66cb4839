#include "rollupreader.h"

#include "statementcache.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

// The sums' SELECT list: the rollups add their sums, the per-call rows count themselves.
QString sumsFor(bool perCall)
{
    QStringList columns = {perCall ? u"COUNT(*)"_s : u"SUM(calls)"_s, u"SUM(answered)"_s};
    for (const QString &outcome : rollupOutcomes())
        columns << (perCall ? u"SUM(outcome = '%1')"_s : u"SUM(%1)"_s).arg(outcome);
    columns << u"SUM(talk_seconds)"_s << u"SUM(handle_seconds)"_s;
    columns << (perCall ? u"SUM(COALESCE(answer_wait_ms, 0)), COUNT(answer_wait_ms)"_s
                        : u"SUM(answer_wait_ms), SUM(answer_waits)"_s);
    columns << u"SUM(cost_units)"_s << u"SUM(cost_nanos)"_s << u"SUM(cost_attos)"_s;
    return columns.join(u", "_s);
}

QString tableFor(const RollupQuery &query)
{
    const bool perAgent = !query.agent.isEmpty() || query.byAgent;
    switch (query.level) {
    case RollupLevel::Calls:
        return u"analytics_calls"_s;
    case RollupLevel::Hours:
        return perAgent ? u"analytics_hours"_s : u"analytics_hours_all"_s;
    case RollupLevel::Days:
        break;
    }
    return perAgent ? u"analytics_days"_s : u"analytics_days_all"_s;
}

} // namespace

const QStringList &rollupOutcomes()
{
    static const QStringList outcomes
        = {u"completed"_s, u"no_answer"_s, u"busy"_s, u"failed"_s, u"rejected"_s, u"transferred"_s};
    return outcomes;
}

RollupMeasures &RollupMeasures::operator+=(const RollupMeasures &other)
{
    calls += other.calls;
    answered += other.answered;
    for (int i = 0; i < ROLLUP_OUTCOME_COUNT; ++i)
        outcomes[i] += other.outcomes[i];
    talkSeconds += other.talkSeconds;
    handleSeconds += other.handleSeconds;
    answerWaitMs += other.answerWaitMs;
    answerWaits += other.answerWaits;
    costUnits += other.costUnits;
    costNanos += other.costNanos;
    costAttos += other.costAttos;
    return *this;
}

RollupReader::RollupReader(Database &database)
    : m_sql(std::make_unique<StatementCache>(database))
{}

RollupReader::~RollupReader() = default;

Util::Result<QList<RollupRow>, StorageError> RollupReader::sums(const RollupQuery &request)
{
    const bool calls = request.level == RollupLevel::Calls;
    const QString time = calls ? u"created_at"_s : u"start"_s;
    QStringList groups;
    QVariantList values;
    if (request.bucketMs > 0) {
        groups << u"(%1 - ?) / ?"_s.arg(time);
        values << request.bucketOriginMs << request.bucketMs;
    }
    if (request.byAgent)
        groups << u"agent"_s;
    if (request.byDirection)
        groups << u"direction"_s;
    if (request.byCurrency)
        groups << u"currency"_s;

    QStringList where = {time + u" >= ?"_s, time + u" < ?"_s};
    values << request.fromMs << request.toMs;
    if (!request.agent.isEmpty()) {
        where << u"agent = ?"_s;
        values << request.agent;
    }
    if (!request.direction.isEmpty()) {
        where << u"direction = ?"_s;
        values << request.direction;
    }
    QString sql = u"SELECT %1%2 FROM %3 WHERE %4"_s.arg(
        groups.isEmpty() ? QString() : groups.join(u", "_s) + u", "_s,
        sumsFor(calls),
        tableFor(request),
        where.join(u" AND "_s));
    if (!groups.isEmpty()) {
        QStringList ordinals;
        for (qsizetype i = 1; i <= groups.size(); ++i)
            ordinals << QString::number(i);
        sql += u" GROUP BY "_s + ordinals.join(u", "_s);
    }

    const auto ran = m_sql->run(sql, values, u"cannot read the call analytics"_s);
    if (!ran)
        return Util::fail(ran.error());
    QSqlQuery &query = **ran;
    QList<RollupRow> rows;
    while (query.next()) {
        RollupRow row;
        int column = 0;
        if (request.bucketMs > 0)
            row.bucket = query.value(column++).toLongLong();
        if (request.byAgent)
            row.agent = query.value(column++).toString();
        if (request.byDirection)
            row.direction = query.value(column++).toString();
        if (request.byCurrency)
            row.currency = query.value(column++).toString();
        RollupMeasures &m = row.measures;
        m.calls = query.value(column++).toLongLong();
        if (m.calls == 0)
            continue; // an aggregate over no rows
        m.answered = query.value(column++).toLongLong();
        for (qint64 &outcome : m.outcomes)
            outcome = query.value(column++).toLongLong();
        m.talkSeconds = query.value(column++).toLongLong();
        m.handleSeconds = query.value(column++).toLongLong();
        m.answerWaitMs = query.value(column++).toLongLong();
        m.answerWaits = query.value(column++).toLongLong();
        m.costUnits = query.value(column++).toLongLong();
        m.costNanos = query.value(column++).toLongLong();
        m.costAttos = query.value(column++).toLongLong();
        rows.append(row);
    }
    query.finish();
    return rows;
}

Util::Result<QList<QByteArray>, StorageError> RollupReader::dayHistograms(
    qint64 fromMs, qint64 toMs, const QString &agent)
{
    QVariantList values = {fromMs, toMs};
    QString sql = u"SELECT histogram FROM analytics_durations WHERE start >= ? AND start < ?"_s;
    if (!agent.isEmpty()) {
        sql += u" AND agent = ?"_s;
        values << agent;
    }
    const auto ran = m_sql->run(sql, values, u"cannot read the call durations"_s);
    if (!ran)
        return Util::fail(ran.error());
    QList<QByteArray> blobs;
    while ((*ran)->next())
        blobs.append((*ran)->value(0).toByteArray());
    (*ran)->finish();
    return blobs;
}

Util::Result<QList<std::pair<int, qint64>>, StorageError> RollupReader::callDurations(
    qint64 fromMs, qint64 toMs, const QString &agent)
{
    QVariantList values = {fromMs, toMs};
    QString sql = u"SELECT duration_seconds, COUNT(*) FROM analytics_calls"
                  " WHERE created_at >= ? AND created_at < ? AND duration_seconds IS NOT NULL"_s;
    if (!agent.isEmpty()) {
        sql += u" AND agent = ?"_s;
        values << agent;
    }
    sql += u" GROUP BY duration_seconds"_s;
    const auto ran = m_sql->run(sql, values, u"cannot read the call durations"_s);
    if (!ran)
        return Util::fail(ran.error());
    QList<std::pair<int, qint64>> durations;
    while ((*ran)->next())
        durations.append({(*ran)->value(0).toInt(), (*ran)->value(1).toLongLong()});
    (*ran)->finish();
    return durations;
}

} // namespace Storage
