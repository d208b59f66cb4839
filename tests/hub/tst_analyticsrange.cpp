// Analytics::rangeplan: the default range, its limits, the buckets of a series (in UTC or at a
// centre's UTC offset) and the split of a range over the rollup levels. A wrong edge here moves
// calls into the wrong hour of a chart, or counts them twice.

#include "analytics/rangeplan.h"
#include "analytics/timegrid.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Analytics;
using Storage::RollupLevel;

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

qint64 ms(const QString &text)
{
    return utc(text).toMSecsSinceEpoch();
}

const QDateTime NOW = QDateTime(QDate(2026, 11, 25), QTime(10, 17, 3, 250), Qt::UTC);

} // namespace

class TestAnalyticsRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToTheLastSevenDays()
    {
        const auto range = resolveRange({}, NOW);
        QVERIFY(range.ok());
        QCOMPARE(range->toMs, NOW.toMSecsSinceEpoch());
        QCOMPARE(range->fromMs, NOW.addDays(-7).toMSecsSinceEpoch());
        const auto onlyTo = resolveRange({std::nullopt, utc(u"2026-01-10T00:00:00Z"_s), 0}, NOW);
        QCOMPARE(onlyTo->fromMs, ms(u"2026-01-03T00:00:00Z"_s));
    }

    void refusesBadRanges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("tz");
        QTest::addColumn<QString>("code");
        QTest::newRow("from after to")
            << u"2026-11-02T00:00:00Z"_s << u"2026-11-01T00:00:00Z"_s << 0 << u"invalid_range"_s;
        QTest::newRow("401 days") << u"2025-01-01T00:00:00Z"_s << u"2026-02-06T00:00:00Z"_s << 0
                                  << u"invalid_range"_s;
        QTest::newRow("half-hour offset") << u""_s << u""_s << 330 << u"invalid_parameter"_s;
        QTest::newRow("offset beyond +14h") << u""_s << u""_s << 900 << u"invalid_parameter"_s;
    }

    void refusesBadRanges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, tz);
        QFETCH(QString, code);
        RangeRequest request;
        if (!from.isEmpty())
            request.from = utc(from);
        if (!to.isEmpty())
            request.to = utc(to);
        request.tzOffsetMinutes = tz;
        const auto range = resolveRange(request, NOW);
        QVERIFY(!range.ok());
        QCOMPARE(range.error().code, code);
        QCOMPARE(range.error().kind, ReportError::Kind::InvalidInput);
        QVERIFY(!range.error().message.isEmpty());
    }

    void acceptsTheLimits()
    {
        // Exactly 400 days, and an empty range, are fine.
        QVERIFY(
            resolveRange({utc(u"2025-01-01T00:00:00Z"_s), utc(u"2026-02-05T00:00:00Z"_s), 0}, NOW)
                .ok());
        const auto empty = resolveRange(
            {utc(u"2026-11-01T00:00:00Z"_s), utc(u"2026-11-01T00:00:00Z"_s), 0}, NOW);
        QVERIFY(empty.ok());
        QCOMPARE(bucketGrid(*empty, Bucket::Hour)->count, 0);
    }

    void bucketsStartAtLocalEdges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("tz");
        QTest::addColumn<int>("bucket");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("count");
        QTest::newRow("hours, mid-hour start")
            << u"2026-11-24T10:17:00Z"_s << u"2026-11-24T13:00:00Z"_s << 0 << int(Bucket::Hour)
            << u"2026-11-24T10:00:00Z"_s << 3;
        QTest::newRow("hours, to one ms past the hour")
            << u"2026-11-24T10:00:00Z"_s << u"2026-11-24T13:00:00.001Z"_s << 0 << int(Bucket::Hour)
            << u"2026-11-24T10:00:00Z"_s << 4;
        QTest::newRow("days in UTC") << u"2026-11-24T23:59:59Z"_s << u"2026-11-26T00:00:00Z"_s << 0
                                     << int(Bucket::Day) << u"2026-11-24T00:00:00Z"_s << 2;
        QTest::newRow("days in Nairobi start at 21:00 UTC")
            << u"2026-11-24T22:00:00Z"_s << u"2026-11-26T00:00:00Z"_s << 180 << int(Bucket::Day)
            << u"2026-11-24T21:00:00Z"_s << 2;
        QTest::newRow("Nairobi, just before local midnight")
            << u"2026-11-24T20:59:59Z"_s << u"2026-11-24T21:00:01Z"_s << 180 << int(Bucket::Day)
            << u"2026-11-23T21:00:00Z"_s << 2;
        QTest::newRow("days west of UTC")
            << u"2026-11-24T03:00:00Z"_s << u"2026-11-24T06:00:00Z"_s << -300 << int(Bucket::Day)
            << u"2026-11-23T05:00:00Z"_s << 2;
        // 2026-11-25 is a Wednesday: its week began on Monday the 23rd.
        QTest::newRow("weeks start on Monday")
            << u"2026-11-25T12:00:00Z"_s << u"2026-12-08T00:00:00Z"_s << 0 << int(Bucket::Week)
            << u"2026-11-23T00:00:00Z"_s << 3;
        QTest::newRow("Nairobi weeks: Monday 00:00 EAT")
            << u"2026-11-22T22:00:00Z"_s << u"2026-11-23T00:00:00Z"_s << 180 << int(Bucket::Week)
            << u"2026-11-22T21:00:00Z"_s << 1;
    }

    void bucketsStartAtLocalEdges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, tz);
        QFETCH(int, bucket);
        QFETCH(QString, origin);
        QFETCH(int, count);
        const auto range = resolveRange({utc(from), utc(to), tz}, NOW);
        QVERIFY(range.ok());
        const auto grid = bucketGrid(*range, static_cast<Bucket>(bucket));
        QVERIFY(grid.ok());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(grid->originMs, Qt::UTC), utc(origin));
        QCOMPARE(grid->count, count);
    }

    void refusesTooManyBuckets()
    {
        const auto range = resolveRange(
            {utc(u"2026-01-01T00:00:00Z"_s), utc(u"2026-03-01T00:00:00Z"_s), 0}, NOW);
        const auto hours = bucketGrid(*range, Bucket::Hour);
        QVERIFY(!hours.ok());
        QCOMPARE(hours.error().code, u"invalid_range"_s);
        QVERIFY(bucketGrid(*range, Bucket::Day).ok());
    }

    void planCoversTheRangeOnceAtTheCoarsestLevel_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("useHours");
        QTest::addColumn<bool>("useDays");
        QTest::addColumn<QList<int>>("levels");
        const int C = int(RollupLevel::Calls), H = int(RollupLevel::Hours),
                  D = int(RollupLevel::Days);
        QTest::newRow("ragged ends, days in the middle")
            << u"2026-11-20T10:17:00Z"_s << u"2026-11-24T15:42:00Z"_s << true << true
            << QList<int>{C, H, D, H, C};
        QTest::newRow("aligned to days") << u"2026-11-20T00:00:00Z"_s << u"2026-11-24T00:00:00Z"_s
                                         << true << true << QList<int>{D};
        QTest::newRow("within one day") << u"2026-11-20T10:17:00Z"_s << u"2026-11-20T15:42:00Z"_s
                                        << true << true << QList<int>{C, H, C};
        QTest::newRow("within one hour") << u"2026-11-20T10:17:00Z"_s << u"2026-11-20T10:42:00Z"_s
                                         << true << true << QList<int>{C};
        QTest::newRow("days not usable (local days)")
            << u"2026-11-20T10:17:00Z"_s << u"2026-11-24T15:42:00Z"_s << true << false
            << QList<int>{C, H, C};
        QTest::newRow("nothing but calls") << u"2026-11-20T10:17:00Z"_s << u"2026-11-24T15:42:00Z"_s
                                           << false << false << QList<int>{C};
        QTest::newRow("empty range") << u"2026-11-20T10:17:00Z"_s << u"2026-11-20T10:17:00Z"_s
                                     << true << true << QList<int>{};
    }

    void planCoversTheRangeOnceAtTheCoarsestLevel()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, useHours);
        QFETCH(bool, useDays);
        QFETCH(QList<int>, levels);
        const QList<Span> plan = planSpans(ms(from), ms(to), useHours, useDays);
        QList<int> got;
        qint64 at = ms(from);
        for (const Span &span : plan) {
            got << int(span.level);
            QCOMPARE(span.fromMs, at); // no gap, no overlap
            QVERIFY(span.fromMs < span.toMs);
            if (span.level == RollupLevel::Hours)
                QVERIFY(span.fromMs % HOUR_MS == 0 && span.toMs % HOUR_MS == 0);
            if (span.level == RollupLevel::Days)
                QVERIFY(span.fromMs % DAY_MS == 0 && span.toMs % DAY_MS == 0);
            at = span.toMs;
        }
        if (!plan.isEmpty())
            QCOMPARE(at, ms(to));
        QCOMPARE(got, levels);
    }
};

SIMU_TEST_MAIN(TestAnalyticsRange)
#include "tst_analyticsrange.moc"
