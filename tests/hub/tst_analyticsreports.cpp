// Analytics::Reports over the real write path (journal, calls table, rollups): every figure
// equals a brute-force computation over the same calls, for ranges with ragged edges, every
// bucket size, a centre's time zone, each role; and stays so across a restart, a crash replay,
// a late cost and an upgrade from a database that had calls but no analytics.

#include "analyticsrig.h"
#include "storage/schema.h"
#include "testmain.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AnalyticsTest;

namespace {

constexpr qint64 HOUR = 3'600'000;
constexpr qint64 DAY = 24 * HOUR;
const qint64 BASE_MS = BASE.toMSecsSinceEpoch();

Analytics::ReportRange rangeOf(qint64 from, qint64 to, int tz = 0)
{
    Analytics::ReportRange range;
    range.fromMs = from;
    range.toMs = to;
    range.tzOffsetMinutes = tz;
    return range;
}

QString describe(const Analytics::ReportRange &range)
{
    return u"%1 .. %2 tz %3"_s.arg(Calls::isoTime(range.from()), Calls::isoTime(range.to()))
        .arg(range.tzOffsetMinutes);
}

} // namespace

class TestAnalyticsReports : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock{BASE.addDays(10)};

    void checkSummary(Rig &rig,
        const QList<Calls::Call> &calls,
        const Analytics::ReportRange &range,
        const Auth::Identity &viewer)
    {
        const QString agent = Auth::canSeeAllCalls(viewer.role) ? QString() : viewer.username;
        const Expected want = expected(calls, range.fromMs, range.toMs, agent);
        const auto got = rig.reports->summary(viewer, range);
        QVERIFY(got.ok());
        const QString where = describe(range) + u" for "_s + viewer.username;
        QVERIFY2(got->all.calls == want.calls, qPrintable(where));
        QCOMPARE(got->all.answered, want.answered);
        QCOMPARE(got->inbound.calls, want.inbound);
        QCOMPARE(got->outbound.calls, want.outbound);
        QCOMPARE(got->inbound.calls - got->inbound.answered, want.inbound - want.inboundAnswered);
        QCOMPARE(got->all.talkSeconds, want.talkSeconds);
        QCOMPARE(costStrings(got->cost), want.cost);
    }

    void checkAgents(Rig &rig,
        const QList<Calls::Call> &calls,
        const Analytics::ReportRange &range,
        const Auth::Identity &viewer)
    {
        const auto got = rig.reports->agentPerformance(viewer, range);
        QVERIFY(got.ok());
        QStringList names;
        for (const Analytics::AgentFigures &figures : got->agents) {
            names << figures.agent;
            const Expected want = expected(calls, range.fromMs, range.toMs, figures.agent);
            QVERIFY2(figures.sums.calls == want.calls, qPrintable(describe(range)));
            QCOMPARE(figures.sums.answered, want.answered);
            QCOMPARE(figures.sums.talkSeconds, want.talkSeconds);
            QCOMPARE(figures.sums.handleSeconds, want.talkSeconds);
            QCOMPARE(figures.sums.answerWaitMs, want.answerWaitMs);
            QCOMPARE(figures.sums.answerWaits, want.answerWaits);
            QCOMPARE(costStrings(figures.cost), want.cost);
        }
        QStringList wantNames;
        if (!Auth::canSeeAllCalls(viewer.role)) {
            wantNames << viewer.username; // always exactly their own line
        } else {
            for (const QString &agent : AGENTS) {
                if (!agent.isEmpty() && expected(calls, range.fromMs, range.toMs, agent).calls > 0)
                    wantNames << agent;
            }
        }
        QCOMPARE(names, wantNames);
    }

    void checkDurations(Rig &rig,
        const QList<Calls::Call> &calls,
        const Analytics::ReportRange &range,
        const Auth::Identity &viewer,
        const QString &agentParameter = {})
    {
        const QString agent = Auth::canSeeAllCalls(viewer.role) ? agentParameter : viewer.username;
        QList<int> want = expected(calls, range.fromMs, range.toMs, agent).durations;
        std::sort(want.begin(), want.end());
        const auto got = rig.reports->durationStats(viewer, range, agentParameter);
        QVERIFY(got.ok());
        const Analytics::DurationHistogram &h = got->histogram;
        QVERIFY2(h.count() == want.size(), qPrintable(describe(range)));
        if (want.isEmpty()) {
            QVERIFY(!h.median());
            return;
        }
        const qsizetype n = want.size();
        QCOMPARE(*h.median(),
            n % 2 ? double(want.at(n / 2)) : (want.at(n / 2 - 1) + want.at(n / 2)) / 2.0);
        QCOMPARE(*h.percentile(90), want.at((90 * n + 99) / 100 - 1));
        QCOMPARE(*h.max(), want.last());
        qint64 total = 0;
        for (const int d : std::as_const(want))
            total += d;
        QCOMPARE(h.totalSeconds(), total);
    }

    void checkVolume(Rig &rig,
        const QList<Calls::Call> &calls,
        const Analytics::ReportRange &range,
        Analytics::Bucket bucket,
        const Auth::Identity &viewer,
        const QString &direction = {})
    {
        const QString agent = Auth::canSeeAllCalls(viewer.role) ? QString() : viewer.username;
        const auto got = rig.reports->callVolume(viewer, range, bucket, direction);
        QVERIFY(got.ok());
        const auto grid = Analytics::bucketGrid(range, bucket);
        QCOMPARE(got->series.size(), grid->count);
        for (int i = 0; i < grid->count; ++i) {
            const Analytics::VolumePoint &point = got->series.at(i);
            const qint64 start = grid->originMs + i * grid->bucketMs;
            QCOMPARE(point.startMs, start);
            const Expected want = expected(calls,
                std::max(start, range.fromMs),
                std::min(start + grid->bucketMs, range.toMs),
                agent,
                direction);
            QVERIFY2(
                point.calls == want.calls, qPrintable(describe(range) + u" bucket %1"_s.arg(i)));
            QCOMPARE(point.inbound, want.inbound);
            QCOMPARE(point.outbound, want.outbound);
            QCOMPARE(point.answered, want.answered);
            for (const Calls::CallState state : FINAL_STATES)
                QCOMPARE(point.outcomes.value(Calls::apiName(state)),
                    want.outcomes.value(Calls::apiName(state)));
        }
    }

    void checkEverything(
        Rig &rig, const QList<Calls::Call> &calls, const Analytics::ReportRange &range)
    {
        for (const Auth::Identity &viewer :
            {SUPERVISOR, AGENT1, user(u"agent9"_s, Auth::Role::Agent)}) {
            checkSummary(rig, calls, range, viewer);
            checkAgents(rig, calls, range, viewer);
            checkDurations(rig, calls, range, viewer);
            if (QTest::currentTestFailed())
                return;
        }
        checkDurations(rig, calls, range, SUPERVISOR, u"agent2"_s);
        for (const auto bucket :
            {Analytics::Bucket::Hour, Analytics::Bucket::Day, Analytics::Bucket::Week}) {
            for (const int tz : {0, 180, -60}) {
                Analytics::ReportRange local = range;
                local.tzOffsetMinutes = tz;
                if (!Analytics::bucketGrid(local, bucket).ok())
                    continue; // too many hours: refused, tested elsewhere
                checkVolume(rig, calls, local, bucket, SUPERVISOR);
                checkVolume(rig, calls, local, bucket, AGENT1, u"inbound"_s);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

private Q_SLOTS:
    void everyFigureEqualsABruteForceCount_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("the whole ten days") << BASE_MS << BASE_MS + 10 * DAY;
        QTest::newRow("ragged edges over days")
            << BASE_MS + DAY + 7 * HOUR + 1234 << BASE_MS + 8 * DAY + 13 * HOUR + 59'999;
        QTest::newRow("one ms either side of day edges")
            << BASE_MS + 2 * DAY - 1 << BASE_MS + 5 * DAY + 1;
        QTest::newRow("exactly one day") << BASE_MS + 3 * DAY << BASE_MS + 4 * DAY;
        QTest::newRow("exactly one hour")
            << BASE_MS + 3 * DAY + 5 * HOUR << BASE_MS + 3 * DAY + 6 * HOUR;
        QTest::newRow("inside one hour")
            << BASE_MS + 3 * DAY + 5 * HOUR + 100 << BASE_MS + 3 * DAY + 5 * HOUR + 2'000'000;
        QTest::newRow("several hours within a day")
            << BASE_MS + 6 * DAY + 2 * HOUR + 5 << BASE_MS + 6 * DAY + 20 * HOUR - 5;
        QTest::newRow("before any call") << BASE_MS - 3 * DAY << BASE_MS;
        QTest::newRow("empty range") << BASE_MS + 4 * DAY << BASE_MS + 4 * DAY;
    }

    void everyFigureEqualsABruteForceCount()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QTemporaryDir dir;
        Rig rig(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(rig.ok() && rig.start());
        const QList<Calls::Call> calls = randomCalls(400, 11);
        QVERIFY(rig.write(calls));
        checkEverything(rig, calls, rangeOf(from, to));
    }

    void randomRangesEqualABruteForceCount()
    {
        QTemporaryDir dir;
        Rig rig(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(rig.ok() && rig.start());
        const QList<Calls::Call> calls = randomCalls(300, 5);
        QVERIFY(rig.write(calls));
        QRandomGenerator rng(99);
        for (int i = 0; i < 25; ++i) {
            const qint64 a
                = BASE_MS - DAY + qint64(rng.bounded(12 * 24 * 60)) * 60'000 + rng.bounded(60'000);
            const qint64 b
                = BASE_MS - DAY + qint64(rng.bounded(12 * 24 * 60)) * 60'000 + rng.bounded(60'000);
            checkEverything(rig, calls, rangeOf(std::min(a, b), std::max(a, b)));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The journal sums a chunk of calls at once. The stored sums must be the very rows that
    // summing one call at a time leaves, also when a chunk holds a call twice (a late cost, an
    // agent filled in, a duration corrected) and when a call changes its sums' key.
    void aBatchSumsLikeOneCallAtATime()
    {
        QTemporaryDir dir;
        QList<Calls::Call> calls = randomCalls(300, 61);
        for (int i = 0; i < 60; ++i) {
            Calls::Call changed = calls.at(i * 5);
            changed.costAmount = u"9.99"_s;
            changed.currencyCode = u"UGX"_s;
            if (i % 2)
                changed.agent = u"agent2"_s;
            if (i % 3 == 0 && answeredCall(changed))
                changed.durationSeconds = 17;
            calls.append(changed);
        }
        const auto storedRows = [&](const QString &path, bool batched) {
            QStringList rows;
            auto database = Storage::Database::open(path);
            if (!database)
                return rows;
            Storage::Meta meta(**database);
            Storage::RollupStore store(**database);
            Analytics::CallRollups rollups(**database, store, meta);
            const auto written = (*database)->transaction([&] {
                if (batched)
                    return rollups.callsWritten(calls);
                for (const Calls::Call &call : std::as_const(calls)) {
                    if (auto one = rollups.callsWritten({call}); !one)
                        return one;
                }
                return Util::Result<void, Storage::StorageError>();
            });
            if (!written)
                return rows;
            QSqlQuery query(QSqlDatabase::database((*database)->connectionName(), false));
            for (const QString &table : {u"analytics_calls"_s,
                     u"analytics_hours"_s,
                     u"analytics_days"_s,
                     u"analytics_hours_all"_s,
                     u"analytics_days_all"_s,
                     u"analytics_durations"_s}) {
                if (!query.exec(u"SELECT * FROM "_s + table))
                    return QStringList();
                while (query.next()) {
                    QStringList values{table};
                    for (int i = 0; i < query.record().count(); ++i)
                        values << query.value(i).toString();
                    rows << values.join(u'|');
                }
            }
            query.finish();
            rows.sort();
            return rows;
        };
        const QStringList oneByOne = storedRows(dir.filePath(u"one.db"_s), false);
        const QStringList batched = storedRows(dir.filePath(u"batch.db"_s), true);
        QVERIFY(oneByOne.size() > 300);
        QCOMPARE(batched, oneByOne);
    }

    // A state that ends a call but had no outcome column would vanish from every volume chart.
    void everyFinalStateHasItsOwnCount()
    {
        QStringList finals;
        for (int i = 0; i <= int(Calls::CallState::Transferred); ++i) {
            if (Calls::isFinal(static_cast<Calls::CallState>(i)))
                finals << Calls::apiName(static_cast<Calls::CallState>(i));
        }
        QCOMPARE(Storage::rollupOutcomes(), finals);
        QCOMPARE(int(finals.size()), Storage::ROLLUP_OUTCOME_COUNT);
    }

    // A call at 10:00:00.000 belongs to the 10:00 hour; one at 09:59:59.999 to the 09:00 hour;
    // a range that ends at 10:00 leaves the first out.
    void callsOnAnEdgeFallOnItsLaterSide()
    {
        QTemporaryDir dir;
        Rig rig(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(rig.ok() && rig.start());
        QRandomGenerator rng(1);
        const qint64 ten = 3 * DAY + 10 * HOUR;
        Calls::Call atTen = randomCall(rng, 1, ten);
        Calls::Call justBefore = randomCall(rng, 2, ten - 1);
        atTen.agent = justBefore.agent = u"agent1"_s;
        QVERIFY(rig.write({atTen, justBefore}));
        const auto volume = rig.reports->callVolume(SUPERVISOR,
            rangeOf(BASE_MS + ten - HOUR, BASE_MS + ten + HOUR),
            Analytics::Bucket::Hour,
            {});
        QVERIFY(volume.ok());
        QCOMPARE(volume->series.size(), 2);
        QCOMPARE(volume->series.at(0).calls, 1);
        QCOMPARE(volume->series.at(1).calls, 1);
        const auto upToTen = rig.reports->summary(SUPERVISOR, rangeOf(BASE_MS, BASE_MS + ten));
        QCOMPARE(upToTen->all.calls, 1);
        const auto fromTen
            = rig.reports->summary(SUPERVISOR, rangeOf(BASE_MS + ten, BASE_MS + ten + 1));
        QCOMPARE(fromTen->all.calls, 1);
    }

    void emptyBucketsAreThereWithZeros()
    {
        QTemporaryDir dir;
        Rig rig(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(rig.ok() && rig.start());
        const auto volume = rig.reports->callVolume(
            SUPERVISOR, rangeOf(BASE_MS, BASE_MS + 3 * DAY), Analytics::Bucket::Day, {});
        QVERIFY(volume.ok());
        QCOMPARE(volume->series.size(), 3);
        for (const auto &point : volume->series)
            QCOMPARE(point.calls, 0);
        const auto summary = rig.reports->summary(SUPERVISOR, rangeOf(BASE_MS, BASE_MS + DAY));
        QCOMPARE(summary->all.calls, 0);
        QVERIFY(summary->cost.isEmpty());
        QVERIFY(rig.reports->agentPerformance(SUPERVISOR, rangeOf(BASE_MS, BASE_MS + DAY))
                    ->agents.isEmpty());
        QCOMPARE(rig.reports->durationStats(SUPERVISOR, rangeOf(BASE_MS, BASE_MS + DAY), {})
                     ->histogram.count(),
            0);
    }

    void liveCallsWaitUntilTheyEnd()
    {
        QTemporaryDir dir;
        Rig rig(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(rig.ok() && rig.start());
        QRandomGenerator rng(3);
        Calls::Call call = randomCall(rng, 7, DAY);
        Calls::Call ringing = call;
        ringing.state = Calls::CallState::Ringing;
        ringing.endedAt.reset();
        QVERIFY(rig.write({ringing}));
        const auto range = rangeOf(BASE_MS, BASE_MS + 2 * DAY);
        QCOMPARE(rig.reports->summary(SUPERVISOR, range)->all.calls, 0);
        QVERIFY(rig.write({call}));
        QCOMPARE(rig.reports->summary(SUPERVISOR, range)->all.calls, 1);
    }

    // AT may fill in the cost (or the duration) after the call has ended: the call is still
    // counted once, with the new figures.
    void aLateCostReplacesTheCallsOldFigures()
    {
        QTemporaryDir dir;
        Rig rig(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(rig.ok() && rig.start());
        QRandomGenerator rng(4);
        Calls::Call call = randomCall(rng, 8, DAY);
        call.state = Calls::CallState::Transferred;
        call.agent = u"agent1"_s;
        call.durationSeconds.reset();
        call.costAmount.clear();
        call.currencyCode.clear();
        QVERIFY(rig.write({call}));
        const auto range = rangeOf(BASE_MS, BASE_MS + 2 * DAY);
        QVERIFY(rig.reports->summary(SUPERVISOR, range)->cost.isEmpty());
        call.durationSeconds = 95;
        call.costAmount = u"0.408333333333333345"_s;
        call.currencyCode = u"KES"_s;
        QVERIFY(rig.write({call}));
        QVERIFY(rig.write({call})); // the same again: nothing changes
        const auto summary = rig.reports->summary(SUPERVISOR, range);
        QCOMPARE(summary->all.calls, 1);
        QCOMPARE(summary->all.talkSeconds, 95);
        QCOMPARE(costStrings(summary->cost).value(u"KES"_s), u"0.408333333333333345"_s);
        const auto durations = rig.reports->durationStats(SUPERVISOR, range, {});
        QCOMPARE(durations->histogram.entries(), (std::vector<std::pair<int, qint64>>{{95, 1}}));
    }

    void anAgentSeesOnlyTheirOwnFigures()
    {
        QTemporaryDir dir;
        Rig rig(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(rig.ok() && rig.start());
        const QList<Calls::Call> calls = randomCalls(200, 21);
        QVERIFY(rig.write(calls));
        const auto range = rangeOf(BASE_MS, BASE_MS + 10 * DAY);
        const auto mine = rig.reports->summary(AGENT1, range);
        const auto all = rig.reports->summary(SUPERVISOR, range);
        QVERIFY(mine->all.calls > 0);
        QVERIFY(mine->all.calls < all->all.calls);
        QCOMPARE(mine->all.calls, expected(calls, range.fromMs, range.toMs, u"agent1"_s).calls);
        const auto performance = rig.reports->agentPerformance(AGENT1, range);
        QCOMPARE(performance->agents.size(), 1);
        QCOMPARE(performance->agents.first().agent, u"agent1"_s);
        // Naming another agent is refused, naming themselves is fine.
        const auto other = rig.reports->durationStats(AGENT1, range, u"agent2"_s);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, Analytics::ReportError::Kind::Forbidden);
        QVERIFY(rig.reports->durationStats(AGENT1, range, u"agent1"_s).ok());
        // Admins see everyone, like supervisors.
        const auto admin = rig.reports->summary(user(u"admin"_s, Auth::Role::Admin), range);
        QCOMPARE(admin->all.calls, all->all.calls);
    }

    void figuresSurviveARestart()
    {
        QTemporaryDir dir;
        const QList<Calls::Call> calls = randomCalls(250, 31);
        {
            Rig rig(dir.filePath(u"simu.db"_s), m_clock);
            QVERIFY(rig.ok() && rig.start());
            QVERIFY(rig.write(calls));
        }
        Rig again(dir.filePath(u"simu.db"_s), m_clock);
        QVERIFY(again.ok() && again.start());
        checkEverything(again, calls, rangeOf(BASE_MS + 5 * HOUR + 17, BASE_MS + 9 * DAY + 1));
    }

    // After a kill, the event log holds calls the calls table never got: the replay writes
    // them, and sums each exactly once, also when the replay itself is replayed.
    void aCrashReplaySumsEachCallOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"simu.db"_s);
        const QList<Calls::Call> calls = randomCalls(240, 41);
        const QList<Calls::Call> before = calls.mid(0, 120);
        QList<Calls::Call> after = calls.mid(120);
        {
            Rig rig(path, m_clock);
            QVERIFY(rig.ok() && rig.start());
            QVERIFY(rig.write(before));
            // What a killed hub leaves: events committed, the write-behind never run. Some of
            // them change calls already summed (a late cost), some are new.
            after.append(before.mid(0, 10));
            for (int i = 0; i < 10; ++i) {
                after[after.size() - 10 + i].costAmount = u"1.000000000000000001"_s;
                after[after.size() - 10 + i].currencyCode = u"UGX"_s;
            }
            for (const Calls::Call &call : std::as_const(after)) {
                QVERIFY(rig.events
                            ->appendJsonText(u"call_update"_s,
                                call.sessionId,
                                call.agent,
                                Calls::toJsonText(call),
                                call.updatedAt)
                            .ok());
            }
        }
        QList<Calls::Call> final = after.mid(0, 120); // the new calls ...
        final += after.mid(120); // ... the ten with their late cost ...
        final += before.mid(10); // ... and the rest as they were
        for (int round = 0; round < 2; ++round) {
            Rig rig(path, m_clock);
            QVERIFY(rig.ok() && rig.start());
            checkEverything(rig, final, rangeOf(BASE_MS, BASE_MS + 10 * DAY));
            checkEverything(rig, final, rangeOf(BASE_MS + 30 * 60'000, BASE_MS + 7 * DAY + 5));
            if (QTest::currentTestFailed())
                return;
            // Replayed again from the start, as if the hub died before recording its progress.
            QVERIFY(rig.meta->setValue(u"calls_applied_seq"_s, 0).ok());
        }
    }

    // A hub upgraded from schema 2 already holds calls: they join the sums at its first start.
    void anUpgradeSumsTheCallsAlreadyStored()
    {
        QTemporaryDir dir;
        const QList<Calls::Call> calls = randomCalls(300, 51);
        const QString current = dir.filePath(u"current.db"_s);
        {
            auto database = Storage::Database::open(current);
            QVERIFY(database.ok());
            Storage::CallRepository repository(**database);
            for (const Calls::Call &call : calls)
                QVERIFY(repository.save(call).ok());
            Calls::Call live = calls.first();
            live.sessionId = u"ATVId_still_ringing"_s;
            live.state = Calls::CallState::Ringing;
            QVERIFY(repository.save(live).ok());
        }
        // A schema-2 database with those calls: migrations 1 and 2 only, the calls copied in.
        const QString old = dir.filePath(u"old.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"upgrade"_s);
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const Storage::Migration &migration : Storage::migrations()) {
                if (migration.toVersion > 2)
                    continue;
                for (const QString &statement : migration.statements)
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            QVERIFY(query.exec(u"PRAGMA user_version=2"_s));
            QVERIFY(query.exec(u"ATTACH DATABASE '%1' AS current"_s.arg(current)));
            // The columns schema 2 has (later migrations add more, such as the disposition).
            const QString columns = u"session_id, kind, direction, state, customer_number,"
                                    " at_number, agent, created_at, ended_at, updated_at,"
                                    " duration_seconds, cost_amount, currency_code, data"_s;
            QVERIFY(
                query.exec(u"INSERT INTO calls (%1) SELECT %1 FROM current.calls"_s.arg(columns)));
            QVERIFY(query.exec(u"DETACH DATABASE current"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"upgrade"_s);
        {
            Rig rig(old, m_clock);
            QVERIFY(rig.ok());
            QCOMPARE(rig.database->schemaVersion(), Storage::Database::currentSchemaVersion());
            QVERIFY(rig.start());
            checkEverything(rig, calls, rangeOf(BASE_MS, BASE_MS + 10 * DAY));
            // Asked to build again (an interrupted build resumes so): nothing is counted twice.
            QVERIFY(rig.meta->setValue(u"analytics_build_pending"_s, 1).ok());
            QVERIFY(rig.start());
            checkSummary(rig, calls, rangeOf(BASE_MS, BASE_MS + 10 * DAY), SUPERVISOR);
            QCOMPARE(rig.meta->value(u"analytics_build_pending"_s).value(), 0);
        }
    }
};

SIMU_TEST_MAIN(TestAnalyticsReports)
#include "tst_analyticsreports.moc"
