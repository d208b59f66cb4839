// Analytics::DurationHistogram: the per-second counts behind call-duration-stats. The median
// and 90th percentile a supervisor reads must be the ones a sort of every duration gives.

#include "analytics/durationhistogram.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Analytics::DurationHistogram;

namespace {

DurationHistogram of(const QList<int> &durations)
{
    DurationHistogram histogram;
    for (const int seconds : durations)
        histogram.add(seconds);
    return histogram;
}

// What a sort gives: the median as the middle value (mean of the two middle ones), the p-th
// percentile by nearest rank.
double sortedMedian(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

int sortedPercentile(QList<int> values, int percent)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank = (percent * values.size() + 99) / 100;
    return values.at(std::max<qsizetype>(rank, 1) - 1);
}

} // namespace

class TestAnalyticsHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statisticsEqualASort_data()
    {
        QTest::addColumn<QList<int>>("durations");
        QTest::newRow("one call") << QList<int>{42};
        QTest::newRow("two calls: the median is between them") << QList<int>{10, 21};
        QTest::newRow("all the same") << QList<int>{60, 60, 60, 60};
        QTest::newRow("zero-second calls count") << QList<int>{0, 0, 5, 300};
        QTest::newRow("a call over a day long") << QList<int>{30, 90000, 45, 100000, 60};
        QTest::newRow("ten calls: p90 is the ninth") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QList<int> random;
        QRandomGenerator generator(2024);
        for (int i = 0; i < 997; ++i)
            random << int(generator.bounded(4000));
        QTest::newRow("a thousand random calls") << random;
    }

    void statisticsEqualASort()
    {
        QFETCH(QList<int>, durations);
        const DurationHistogram histogram = of(durations);
        QCOMPARE(histogram.count(), durations.size());
        QCOMPARE(*histogram.median(), sortedMedian(durations));
        QCOMPARE(*histogram.percentile(90), sortedPercentile(durations, 90));
        QCOMPARE(*histogram.max(), *std::max_element(durations.begin(), durations.end()));
        qint64 total = 0;
        for (const int d : std::as_const(durations))
            total += d;
        QCOMPARE(histogram.totalSeconds(), total);
        QCOMPARE(*histogram.mean(), double(total) / double(durations.size()));
    }

    void noCallsMeansNoFigures()
    {
        const DurationHistogram empty;
        QVERIFY(!empty.median());
        QVERIFY(!empty.mean());
        QVERIFY(!empty.percentile(90));
        QVERIFY(!empty.max());
        QVERIFY(empty.encode().isEmpty());
        const auto bins = empty.bins({0, 30, 60});
        QCOMPARE(bins.size(), 3);
        for (const auto &bin : bins)
            QCOMPARE(bin.count, 0);
    }

    void binsCountEachCallOnce()
    {
        // 30 belongs to 30-60, not 0-30; 600 and anything longer to the open 600+ bin.
        const auto bins = of({0, 29, 30, 59, 60, 119, 120, 299, 300, 599, 600, 5000})
                              .bins({0, 30, 60, 120, 300, 600});
        QCOMPARE(bins.size(), 6);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(bins.at(i).count, 2);
        QCOMPARE(bins.at(0).toSeconds, std::optional<int>(30));
        QVERIFY(!bins.at(5).toSeconds.has_value());
    }

    void encodingRoundTrips()
    {
        const DurationHistogram histogram = of({0, 1, 1, 127, 128, 16384, 86399, 86400, 200000});
        const auto back = DurationHistogram::decode(histogram.encode());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
        QCOMPARE(back->entries(), histogram.entries());
        QCOMPARE(back->totalSeconds(), histogram.totalSeconds());
        DurationHistogram merged;
        QVERIFY(merged.mergeEncoded(histogram.encode()).ok());
        QVERIFY(merged.mergeEncoded(histogram.encode()).ok());
        QCOMPARE(merged.count(), 2 * histogram.count());
    }

    // The write path edits the stored form directly; it must end where counting from scratch
    // ends.
    void editingTheStoredFormEqualsCounting()
    {
        QRandomGenerator generator(77);
        DurationHistogram counted;
        QByteArray stored;
        QList<int> added;
        for (int i = 0; i < 400; ++i) {
            const bool takeAway = !added.isEmpty() && generator.bounded(4) == 0;
            const int seconds = takeAway ? added.takeAt(int(generator.bounded(int(added.size()))))
                                         : int(generator.bounded(100000));
            if (!takeAway)
                added << seconds;
            counted.add(seconds, takeAway ? -1 : 1);
            const auto edited
                = DurationHistogram::adjustEncoded(stored, {{seconds, takeAway ? -1 : 1}});
            QVERIFY(edited.ok());
            stored = *edited;
        }
        QCOMPARE(stored, counted.encode());
        // Taking away every call leaves nothing stored.
        std::vector<std::pair<int, qint64>> all;
        for (const auto &[seconds, count] : counted.entries())
            all.emplace_back(seconds, -count);
        QVERIFY(DurationHistogram::adjustEncoded(stored, all)->isEmpty());
        QVERIFY(!DurationHistogram::adjustEncoded(QByteArray("\x01\x05", 2), {{1, 1}}).ok());
    }

    void takingAwayUndoesAdding()
    {
        DurationHistogram histogram = of({10, 20, 20, 90000});
        histogram.add(20, -1);
        histogram.add(90000, -1);
        histogram.add(55, -1); // never added: nothing to take
        QCOMPARE(histogram.entries(), (std::vector<std::pair<int, qint64>>{{10, 1}, {20, 1}}));
        QCOMPARE(histogram.count(), 2);
        QCOMPARE(*histogram.max(), 20);
    }

    void damagedBlobsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::newRow("unknown format") << QByteArray("\x07\x01\x01", 3);
        QTest::newRow("cut inside a varint") << QByteArray("\x01\x05\x80", 3);
        QTest::newRow("a value without its count") << QByteArray("\x01\x05", 2);
        QTest::newRow("a zero count") << QByteArray("\x01\x05\x00", 3);
        QTest::newRow("a repeated second") << QByteArray("\x01\x05\x01\x00\x01", 5);
        QTest::newRow("seconds past int range") << QByteArray("\x01\xff\xff\xff\xff\x7f\x01", 7);
    }

    void damagedBlobsAreRefusedWhole()
    {
        QFETCH(QByteArray, blob);
        QVERIFY(!DurationHistogram::decode(blob).ok());
        DurationHistogram histogram = of({12});
        QVERIFY(!histogram.mergeEncoded(blob).ok());
        QCOMPARE(histogram.count(), 1); // nothing of the damaged blob counted
    }
};

SIMU_TEST_MAIN(TestAnalyticsHistogram)
#include "tst_analyticshistogram.moc"
