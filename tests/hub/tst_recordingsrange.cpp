// Recordings::ByteRange: the Range headers media players send to seek, read against a
// recording of a known size (see core/recordings/byterange.h for the choices).

#include "recordings/byterange.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Recordings::ByteRange;

Q_DECLARE_METATYPE(ByteRange::Kind)

class TestRecordingsRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<ByteRange::Kind>("kind");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");

        using K = ByteRange::Kind;
        // A player opening the file, then seeking.
        QTest::newRow("a player starts at the beginning")
            << QByteArray("bytes=0-") << 1000LL << K::Part << 0LL << 999LL;
        QTest::newRow("the first bytes only")
            << QByteArray("bytes=0-99") << 1000LL << K::Part << 0LL << 99LL;
        QTest::newRow("a seek into the middle")
            << QByteArray("bytes=400-599") << 1000LL << K::Part << 400LL << 599LL;
        QTest::newRow("from a point to the end")
            << QByteArray("bytes=900-") << 1000LL << K::Part << 900LL << 999LL;
        QTest::newRow("the last byte")
            << QByteArray("bytes=999-999") << 1000LL << K::Part << 999LL << 999LL;
        QTest::newRow("the last 100 bytes (suffix)")
            << QByteArray("bytes=-100") << 1000LL << K::Part << 900LL << 999LL;
        QTest::newRow("a suffix longer than the file is the whole file")
            << QByteArray("bytes=-5000") << 1000LL << K::Part << 0LL << 999LL;
        QTest::newRow("an end past the file is cut to the file")
            << QByteArray("bytes=500-123456") << 1000LL << K::Part << 500LL << 999LL;
        QTest::newRow("spaces and upper case are tolerated")
            << QByteArray("  Bytes = 10-19 ") << 1000LL << K::Part << 10LL << 19LL;
        QTest::newRow("a huge end does not overflow")
            << QByteArray("bytes=0-99999999999999999999999") << 1000LL << K::Part << 0LL << 999LL;

        // 416: well-formed, but nothing of the file is in it.
        QTest::newRow("starting at the size (one past the end)")
            << QByteArray("bytes=1000-") << 1000LL << K::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("starting far past the end")
            << QByteArray("bytes=5000-6000") << 1000LL << K::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("an empty suffix")
            << QByteArray("bytes=-0") << 1000LL << K::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("any range of an empty file")
            << QByteArray("bytes=0-") << 0LL << K::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("a huge start") << QByteArray("bytes=99999999999999999999999-") << 1000LL
                                      << K::Unsatisfiable << 0LL << -1LL;

        // Ignored: the whole file is sent (200).
        QTest::newRow("no header") << QByteArray() << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("an end before its start")
            << QByteArray("bytes=500-100") << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("several ranges (no multipart answers)")
            << QByteArray("bytes=0-1,5-9") << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("another unit")
            << QByteArray("items=0-5") << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("no dash") << QByteArray("bytes=100") << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("just a dash") << QByteArray("bytes=-") << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("letters") << QByteArray("bytes=abc-def") << 1000LL << K::Whole << 0LL
                                 << -1LL;
        QTest::newRow("a negative start")
            << QByteArray("bytes=--5") << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("a plus sign")
            << QByteArray("bytes=+5-10") << 1000LL << K::Whole << 0LL << -1LL;
        QTest::newRow("no equals sign")
            << QByteArray("bytes 0-5") << 1000LL << K::Whole << 0LL << -1LL;
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, size);
        QFETCH(ByteRange::Kind, kind);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const ByteRange range = ByteRange::parse(header, size);
        QCOMPARE(range.kind, kind);
        if (kind == ByteRange::Kind::Part) {
            QCOMPARE(range.first, first);
            QCOMPARE(range.last, last);
            QCOMPARE(range.length(), last - first + 1);
        }
    }

    void contentRangeNamesThePartAndTheWhole()
    {
        QCOMPARE(ByteRange::parse("bytes=0-99", 24000).contentRange(24000),
            QByteArray("bytes 0-99/24000"));
        QCOMPARE(ByteRange::parse("bytes=-10", 24000).contentRange(24000),
            QByteArray("bytes 23990-23999/24000"));
        // 416 says how long the file is, so the player can ask again.
        QCOMPARE(ByteRange::parse("bytes=30000-", 24000).contentRange(24000),
            QByteArray("bytes */24000"));
    }
};

SIMU_TEST_MAIN(TestRecordingsRange)
#include "tst_recordingsrange.moc"
