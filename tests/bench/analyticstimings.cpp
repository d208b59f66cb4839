#include "analyticstimings.h"

#include "analytics/analyticsjson.h"
#include "analytics/reports.h"
#include "analyticsseed.h"
#include "auth/authservice.h"
#include "callbackbodies.h"
#include "calls/calljson.h"
#include "hub/agentstateservice.h"
#include "hub/hubserver.h"
#include "stats.h"
#include "storage/agentstaterepository.h"
#include "storage/database.h"
#include "storage/rollupreader.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr qint64 DAY = 86'400'000;
const QString PASSWORD = u"analytics-bench-password"_s;
const QString SUPERVISOR = u"benchsupervisor"_s;

class FixedClock final : public Util::IClock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

struct Case
{
    QString what;
    bool agent = false; // asked by agent01, else by a supervisor
    QString endpoint; // "call-volume", ...
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString bucket; // call-volume only
    int tz = 0;
};

QString iso(qint64 ms)
{
    return Calls::isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString pathOf(const Case &c)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, iso(c.fromMs));
    query.addQueryItem(u"to"_s, iso(c.toMs));
    if (!c.bucket.isEmpty())
        query.addQueryItem(u"bucket"_s, c.bucket);
    if (c.tz != 0)
        query.addQueryItem(u"tz"_s, QString::number(c.tz));
    return u"/api/analytics/%1?%2"_s.arg(c.endpoint, query.toString(QUrl::FullyEncoded));
}

// Ranges with ragged ends, as "the last 7 days" asked at an arbitrary moment gives.
QList<Case> cases(const QDateTime &endsAt)
{
    const qint64 to = endsAt.toMSecsSinceEpoch() - 133'000;
    const qint64 from90 = to - 90 * DAY + 17 * 60'000;
    const qint64 from7 = to - 7 * DAY;
    return {
        {u"call volume by day, 90 days"_s, false, u"call-volume"_s, from90, to, u"day"_s, 0},
        {u"call volume by day in Nairobi (tz=180), 90 days"_s,
            false,
            u"call-volume"_s,
            from90,
            to,
            u"day"_s,
            180},
        {u"call volume by week, 90 days"_s, false, u"call-volume"_s, from90, to, u"week"_s, 0},
        {u"call volume by hour, 7 days"_s, false, u"call-volume"_s, from7, to, u"hour"_s, 0},
        {u"call volume by hour, 7 days"_s, true, u"call-volume"_s, from7, to, u"hour"_s, 0},
        {u"call volume by day in Nairobi, 90 days"_s,
            true,
            u"call-volume"_s,
            from90,
            to,
            u"day"_s,
            180},
        {u"agent performance, 90 days"_s, false, u"agent-performance"_s, from90, to, {}, 0},
        {u"agent performance, 7 days"_s, false, u"agent-performance"_s, from7, to, {}, 0},
        {u"agent performance, 90 days"_s, true, u"agent-performance"_s, from90, to, {}, 0},
        {u"call durations, 90 days"_s, false, u"call-duration-stats"_s, from90, to, {}, 0},
        {u"call durations, 7 days"_s, true, u"call-duration-stats"_s, from7, to, {}, 0},
        {u"summary, 90 days"_s, false, u"summary"_s, from90, to, {}, 0},
        {u"summary, 90 days"_s, true, u"summary"_s, from90, to, {}, 0},
    };
}

Auth::Identity identityOf(const Case &c)
{
    return c.agent ? Auth::Identity{agentName(0), {}, Auth::Role::Agent, {}}
                   : Auth::Identity{SUPERVISOR, {}, Auth::Role::Supervisor, {}};
}

// What the handler runs for a case, minus HTTP: the report and its JSON text (with, for
// agent-performance, each agent's time in each state from the state log's sums).
Util::Result<QByteArray, QString> runInProcess(Analytics::Reports &reports,
    Storage::AgentStateRepository &states,
    const QDateTime &now,
    const Case &c)
{
    const auto range = reports.range({QDateTime::fromMSecsSinceEpoch(c.fromMs, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(c.toMs, Qt::UTC),
        c.tz});
    if (!range)
        return Util::fail(range.error().message);
    const Auth::Identity user = identityOf(c);
    const auto json = [](const auto &result) -> Util::Result<QByteArray, QString> {
        if (!result)
            return Util::fail(result.error().message);
        return QJsonDocument(Analytics::toJson(*result)).toJson(QJsonDocument::Compact);
    };
    if (c.endpoint == u"call-volume"_s)
        return json(reports.callVolume(user, *range, *Analytics::bucketFromName(c.bucket), {}));
    if (c.endpoint == u"agent-performance"_s) {
        const auto performance = reports.agentPerformance(user, *range);
        if (!performance)
            return Util::fail(performance.error().message);
        const auto times = states.timeInState(
            range->from(), range->to(), now, c.agent ? user.username : QString());
        if (!times)
            return Util::fail(times.error().message);
        return QJsonDocument(Hub::withTimeInState(Analytics::toJson(*performance), *times))
            .toJson(QJsonDocument::Compact);
    }
    if (c.endpoint == u"call-duration-stats"_s)
        return json(reports.durationStats(user, *range, {}));
    return json(reports.summary(user, *range));
}

std::pair<double, double> medianAndMax(const QList<double> &samples)
{
    return {median(samples), *std::max_element(samples.begin(), samples.end())};
}

Util::Result<void, QString> timeInProcess(
    const QString &path, const QDateTime &endsAt, int runs, QList<AnalyticsTiming> &out)
{
    auto database = Storage::Database::open(path);
    if (!database)
        return Util::fail(database.error().message);
    Storage::RollupReader reader(**database);
    Storage::AgentStateRepository states(**database);
    FixedClock clock(endsAt);
    Analytics::Reports reports(reader, {}, clock);
    for (const Case &c : cases(endsAt)) {
        AnalyticsTiming timing;
        timing.what = c.what;
        timing.who = c.agent ? u"agent"_s : u"supervisor"_s;
        timing.request = pathOf(c);
        QList<double> samples;
        for (int run = -1; run < runs; ++run) { // run -1 warms the caches
            QElapsedTimer timer;
            timer.start();
            const auto answer = runInProcess(reports, states, endsAt, c);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!answer)
                return Util::fail(c.what + u": "_s + answer.error());
            timing.answerBytes = answer->size();
            if (run >= 0)
                samples << ms;
        }
        std::tie(timing.medianMs, timing.maxMs) = medianAndMax(samples);
        out.append(timing);
    }
    return {};
}

// One request from the client thread, answered by the hub on the main thread.
QNetworkReply *waitFor(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply;
}

// The HTTP client's side, run on a thread of its own (as a console or browser is a process of
// its own): logs in, then times every case.
QString timeRequests(
    const QUrl &base, const QDateTime &endsAt, int runs, QList<AnalyticsTiming> &out)
{
    QNetworkAccessManager nam;
    const auto login = [&](const QString &name) {
        QNetworkRequest request(QUrl(base.toString() + u"/api/auth/login"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = waitFor(nam.post(request,
            QJsonDocument(QJsonObject{{u"username"_s, name}, {u"password"_s, PASSWORD}}).toJson()));
        const QString token
            = QJsonDocument::fromJson(reply->readAll()).object().value(u"token"_s).toString();
        reply->deleteLater();
        return token;
    };
    const QString supervisorToken = login(SUPERVISOR);
    const QString agentToken = login(agentName(0));
    if (supervisorToken.isEmpty() || agentToken.isEmpty())
        return u"cannot log in to the bench hub"_s;
    const QList<Case> all = cases(endsAt);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Case &c = all.at(i);
        QNetworkRequest request(QUrl(base.toString() + pathOf(c)));
        request.setRawHeader(
            "Authorization", "Bearer " + (c.agent ? agentToken : supervisorToken).toUtf8());
        QList<double> samples;
        for (int run = -1; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            QNetworkReply *reply = waitFor(nam.get(request));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            if (status != 200)
                return u"%1 answered %2: %3"_s.arg(pathOf(c)).arg(status).arg(
                    QString::fromUtf8(body.left(300)));
            if (run >= 0)
                samples << ms;
        }
        std::tie(out[i].httpMedianMs, out[i].httpMaxMs) = medianAndMax(samples);
    }
    return {};
}

Util::Result<void, QString> timeOverHttp(
    const QString &dataDir, const QDateTime &endsAt, int runs, QList<AnalyticsTiming> &out)
{
    Hub::HubConfig config;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.dataDir = dataDir;
    config.webhookSecret = u"analytics-bench-secret"_s;
    Hub::HubServer::Options options;
    options.passwordIterations = 1000;
    Hub::HubServer hub(config, options);
    if (const auto started = hub.start(); !started)
        return Util::fail(started.error());
    // Created at the first measurement, kept in the seeded database after it.
    std::ignore = hub.auth().createUser(
        {SUPERVISOR, PASSWORD, Auth::Role::Supervisor, u"Bench"_s, {}}, u"bench"_s, {});
    std::ignore = hub.auth().createUser(
        {agentName(0), PASSWORD, Auth::Role::Agent, u"Agent 1"_s, {}}, u"bench"_s, {});
    QString failure;
    const QUrl base = hub.baseUrl();
    std::unique_ptr<QThread> client(
        QThread::create([&] { failure = timeRequests(base, endsAt, runs, out); }));
    QEventLoop serving; // the hub answers here while the client thread asks
    QObject::connect(client.get(), &QThread::finished, &serving, &QEventLoop::quit);
    client->start();
    serving.exec();
    client->wait();
    if (!failure.isEmpty())
        return Util::fail(failure);
    return {};
}

// Runs `sql` (with `values`) `runs` times after a warm-up; the rows of the last run.
Util::Result<QList<QVariantList>, QString> timeSql(QSqlDatabase db,
    const QString &sql,
    const QVariantList &values,
    int runs,
    QList<double> *samples)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Util::fail(query.lastError().text());
    QList<QVariantList> rows;
    for (int run = -1; run < runs; ++run) {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        QElapsedTimer timer;
        timer.start();
        if (!query.exec())
            return Util::fail(query.lastError().text());
        rows.clear();
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < query.record().count(); ++column)
                row << query.value(column);
            rows << row;
        }
        query.finish();
        if (run >= 0 && samples)
            *samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return rows;
}

QString plan(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    QStringList steps;
    if (!query.exec())
        return u"(cannot explain: "_s + query.lastError().text() + u')';
    while (query.next())
        steps << query.value(3).toString();
    return steps.join(u"; "_s);
}

// How GET /api/analytics/agent-performance added up time in state before the log had sums
// (every stretch that overlaps the range, cut to it). Binds: now, to, from, to, from[, agent].
QString plainTimeInState(bool oneAgent)
{
    return u"SELECT username, state,"
           " SUM(MAX(0, MIN(COALESCE(ended_at, ?), ?) - MAX(started_at, ?)))"
           " FROM agent_state_log"
           " WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?)%1"
           " GROUP BY username, state"_s.arg(oneAgent ? u" AND username = ?"_s : QString());
}

Util::Result<void, QString> measureSql(
    const QString &path, const QDateTime &endsAt, int runs, AnalyticsMeasurements &out)
{
    const QString name = u"analyticsbench-sql"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return Util::fail(db.lastError().text());
        const qint64 to = endsAt.toMSecsSinceEpoch() - 133'000;
        const qint64 from90 = to - 90 * DAY + 17 * 60'000;
        const qint64 from7 = to - 7 * DAY;
        const QString perAgent
            = u"SELECT agent, currency_code, COUNT(*), SUM(state IN ('completed', 'transferred')),"
              " SUM(duration_seconds) FROM calls WHERE created_at >= ? AND created_at < ?"
              " AND ended_at IS NOT NULL GROUP BY agent, currency_code"_s;
        const QString byDay
            = u"SELECT (created_at - ?) / 86400000, direction, state, COUNT(*) FROM calls"
              " WHERE created_at >= ? AND created_at < ? AND ended_at IS NOT NULL"
              " GROUP BY 1, 2, 3"_s;
        const QString everything = u"SELECT agent, direction, state, COUNT(*),"
                                   " SUM(duration_seconds) FROM calls GROUP BY 1, 2, 3"_s;
        struct Baseline
        {
            QString what;
            QString sql;
            QVariantList values;
        };
        const QList<Baseline> baselines = {
            {u"calls per agent, 90 days (what agent-performance needs)"_s, perAgent, {from90, to}},
            {u"calls per agent, 7 days"_s, perAgent, {from7, to}},
            {u"calls per day, direction and state, 90 days (call volume)"_s,
                byDay,
                {from90, from90, to}},
            {u"calls per agent, direction and state, every call"_s, everything, {}},
            {u"agent state log: time per agent and state, 90 days (time_in_state)"_s,
                plainTimeInState(false),
                {to, to, from90, to, from90}},
            {u"agent state log: time per agent and state, 7 days"_s,
                plainTimeInState(false),
                {to, to, from7, to, from7}},
            {u"agent state log: one agent's time per state, 90 days"_s,
                plainTimeInState(true),
                {to, to, from90, to, from90, agentName(0)}},
        };
        for (const Baseline &baseline : baselines) {
            QList<double> samples;
            const auto rows = timeSql(db, baseline.sql, baseline.values, runs, &samples);
            if (!rows)
                return Util::fail(baseline.what + u": "_s + rows.error());
            BaselineTiming timing{baseline.what, baseline.sql, 0, 0, runs};
            std::tie(timing.medianMs, timing.maxMs) = medianAndMax(samples);
            out.baselines << timing;
            out.plans << u"plain GROUP BY, %1: %2"_s.arg(
                baseline.what, plan(db, baseline.sql, baseline.values));
        }
        // The rollups' statements (as Storage::RollupReader builds them), and their plans.
        const QList<Baseline> rollups = {
            {u"daily sums, per agent"_s,
                u"SELECT agent, currency, SUM(calls), SUM(answered) FROM analytics_days"
                " WHERE start >= ? AND start < ? GROUP BY 1, 2"_s,
                {from90, to}},
            {u"hourly sums, one agent"_s,
                u"SELECT (start - ?) / ?, direction, SUM(calls) FROM analytics_hours"
                " WHERE start >= ? AND start < ? AND agent = ? GROUP BY 1, 2"_s,
                {from7, 3'600'000, from7, to, agentName(0)}},
            {u"hourly sums, everyone"_s,
                u"SELECT (start - ?) / ?, direction, SUM(calls) FROM analytics_hours_all"
                " WHERE start >= ? AND start < ? GROUP BY 1, 2"_s,
                {from7, 3'600'000, from7, to}},
            {u"the calls at a range's ends"_s,
                u"SELECT agent, currency, COUNT(*), SUM(answered) FROM analytics_calls"
                " WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2"_s,
                {to - 3'600'000, to}},
            {u"duration histograms"_s,
                u"SELECT histogram FROM analytics_durations WHERE start >= ? AND start < ?"_s,
                {from90, to}},
            // Storage::AgentStateSums's.
            {u"time in state, daily sums"_s,
                u"SELECT username, state, SUM(ms) FROM agent_state_days"
                " WHERE start >= ? AND start < ? GROUP BY username, state"_s,
                {from90, to}},
            {u"time in state, the stretches that began in a range's last minutes"_s,
                u"SELECT l.username, l.state, SUM(MIN(l.ended_at, ?) - l.started_at)"
                " FROM agent_states AS a"
                " CROSS JOIN agent_state_log AS l ON l.username = a.username"
                " WHERE l.started_at >= ? AND l.started_at < ? AND l.ended_at IS NOT NULL"
                " GROUP BY l.username, l.state"_s,
                {to, to - 3'600'000, to}},
            {u"time in state, the stretch each agent was in at a range's start"_s,
                u"SELECT l.username, l.state, MIN(l.ended_at, ?) - ? FROM agent_states AS a"
                " CROSS JOIN agent_state_log AS l ON l.id = (SELECT id FROM agent_state_log"
                "   WHERE username = a.username AND started_at < ?"
                "   ORDER BY started_at DESC, id DESC LIMIT 1)"
                " WHERE l.ended_at > ?"_s,
                {to, from90, from90, from90}},
            {u"time in state, one agent's open stretch"_s,
                u"SELECT username, state, MAX(0, MIN(?, ?) - MAX(started_at, ?))"
                " FROM agent_state_log INDEXED BY agent_state_log_open"
                " WHERE ended_at IS NULL AND username = ?"_s,
                {to, to, from90, agentName(0)}},
        };
        for (const Baseline &rollup : rollups)
            out.plans << u"%1: %2"_s.arg(rollup.what, plan(db, rollup.sql, rollup.values));
        for (const QString &table : {u"calls"_s,
                 u"analytics_calls"_s,
                 u"analytics_hours"_s,
                 u"analytics_hours_all"_s,
                 u"analytics_days"_s,
                 u"analytics_days_all"_s,
                 u"analytics_durations"_s,
                 u"agent_state_log"_s,
                 u"agent_state_hours"_s,
                 u"agent_state_days"_s}) {
            const auto rows = timeSql(db, u"SELECT COUNT(*) FROM "_s + table, {}, 0, nullptr);
            if (rows && !rows->isEmpty())
                out.tableRows << u"%1: %2"_s.arg(table).arg(rows->first().first().toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

// Time in state from the sums (and the log at the ranges' ends) equals the plain GROUP BY
// over the log, per agent and state, for the bench's ranges.
Util::Result<void, QString> checkStateAgreement(
    Storage::Database &database, const QDateTime &endsAt, AnalyticsMeasurements &out)
{
    Storage::AgentStateRepository states(database);
    QSqlDatabase db = QSqlDatabase::database(database.connectionName(), false);
    qint64 pairs = 0;
    qint64 seconds = 0;
    int differing = 0;
    for (const Case &c : cases(endsAt)) {
        if (c.endpoint != u"agent-performance"_s)
            continue;
        const QString agent = c.agent ? agentName(0) : QString();
        const auto summed = states.timeInState(QDateTime::fromMSecsSinceEpoch(c.fromMs, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(c.toMs, Qt::UTC),
            endsAt,
            agent);
        if (!summed)
            return Util::fail(summed.error().message);
        QVariantList values{endsAt.toMSecsSinceEpoch(), c.toMs, c.fromMs, c.toMs, c.fromMs};
        if (c.agent)
            values << agent;
        const auto rows = timeSql(db, plainTimeInState(c.agent), values, 0, nullptr);
        if (!rows)
            return Util::fail(rows.error());
        for (const QVariantList &row : *rows) {
            const qint64 plain = row.at(2).toLongLong() / 1000;
            ++pairs;
            seconds += plain;
            if (summed->value(row.at(0).toString()).value(row.at(1).toString()) != plain)
                ++differing;
        }
    }
    out.statesAgree = pairs > 0 && differing == 0;
    out.stateAgreement = u"%1 agent and state pairs over the agent-performance ranges, %2 hours "
                         "in all; %3 differ"_s.arg(pairs)
                             .arg(seconds / 3600)
                             .arg(differing);
    return {};
}

// The summary over all the history equals a plain count over the calls table.
Util::Result<void, QString> checkAgreement(
    const QString &path, const QDateTime &endsAt, AnalyticsMeasurements &out)
{
    auto database = Storage::Database::open(path);
    if (!database)
        return Util::fail(database.error().message);
    Storage::RollupReader reader(**database);
    FixedClock clock(endsAt);
    Analytics::Reports reports(reader, {}, clock);
    const auto range = reports.range({endsAt.addDays(-399), endsAt.addSecs(1), 0});
    const auto summary = reports.summary({SUPERVISOR, {}, Auth::Role::Supervisor, {}}, *range);
    if (!summary)
        return Util::fail(summary.error().message);
    QSqlQuery count(QSqlDatabase::database(database.value()->connectionName(), false));
    if (!count.exec(u"SELECT COUNT(*), SUM(state IN ('completed', 'transferred')),"
                    " SUM(CASE WHEN state IN ('completed', 'transferred') THEN duration_seconds"
                    " ELSE 0 END), SUM(direction = 'inbound') FROM calls"
                    " WHERE ended_at IS NOT NULL"_s)
        || !count.next())
        return Util::fail(count.lastError().text());
    const qint64 calls = count.value(0).toLongLong();
    const qint64 answered = count.value(1).toLongLong();
    const qint64 talk = count.value(2).toLongLong();
    const qint64 inbound = count.value(3).toLongLong();
    count.finish();
    out.agreesWithCalls = calls == summary->all.calls && answered == summary->all.answered
        && talk == summary->all.talkSeconds && inbound == summary->inbound.calls;
    if (auto states = checkStateAgreement(**database, endsAt, out); !states)
        return states;
    out.agreement = u"calls %1 / %2, answered %3 / %4, talk seconds %5 / %6, inbound %7 / %8"_s
                        .arg(summary->all.calls)
                        .arg(calls)
                        .arg(summary->all.answered)
                        .arg(answered)
                        .arg(summary->all.talkSeconds)
                        .arg(talk)
                        .arg(summary->inbound.calls)
                        .arg(inbound);
    return {};
}

} // namespace

Util::Result<AnalyticsMeasurements, QString> measureAnalytics(
    const QString &dataDir, const QDateTime &endsAt, int runs, int baselineRuns)
{
    QTextStream err(stderr);
    const QString path = QDir(dataDir).filePath(u"simu.db"_s);
    AnalyticsMeasurements out;
    err << "checking the rollups against the calls table" << Qt::endl;
    if (auto agreed = checkAgreement(path, endsAt, out); !agreed)
        return Util::fail(agreed.error());
    err << "timing the queries in-process, " << runs << " runs each" << Qt::endl;
    if (auto timed = timeInProcess(path, endsAt, runs, out.endpoints); !timed)
        return Util::fail(timed.error());
    err << "timing the endpoints over HTTP" << Qt::endl;
    if (auto timed = timeOverHttp(dataDir, endsAt, runs, out.endpoints); !timed)
        return Util::fail(timed.error());
    err << "timing the plain GROUP BY over calls" << Qt::endl;
    if (auto timed = measureSql(path, endsAt, baselineRuns, out); !timed)
        return Util::fail(timed.error());
    return out;
}

} // namespace Bench
