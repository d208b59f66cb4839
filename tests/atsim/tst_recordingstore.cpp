// The recordings the simulator hosts: real MP3 files of the recorded length, served with Range
// support so a player can seek, and never anything but the recordings themselves.

#include "atsim/idgenerator.h"
#include "atsim/recordingstore.h"
#include "testmain.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using AtSim::RecordingStore;

namespace {

constexpr int FRAME_BYTES = 144;
constexpr double FRAME_SECONDS = 576.0 / 16000.0;

QByteArray bundledClip()
{
    QFile clip(u":/atsim/recording-voice.mp3"_s);
    return clip.open(QIODevice::ReadOnly) ? clip.readAll() : QByteArray();
}

} // namespace

class TestRecordingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledClipIsWhole()
    {
        const QByteArray clip = bundledClip();
        QVERIFY(clip.size() >= FRAME_BYTES);
        QCOMPARE(clip.size() % FRAME_BYTES, 0);
    }

    void makeMp3_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::newRow("a sliver shorter than one frame") << 0.01;
        QTest::newRow("one second") << 1.0;
        QTest::newRow("four seconds of speech") << 4.0;
        QTest::newRow("a fractional length") << 3.7;
        QTest::newRow("longer than the clip: it loops") << 10.0;
        QTest::newRow("a long bridged call") << 600.0;
    }
    void makeMp3()
    {
        QFETCH(double, seconds);
        const QByteArray mp3 = RecordingStore::makeMp3(bundledClip(), seconds);
        QVERIFY(!mp3.isEmpty());
        QCOMPARE(mp3.size() % FRAME_BYTES, 0);
        // Every frame is a real MPEG-2 Layer III frame a player can decode.
        for (qsizetype at = 0; at < mp3.size(); at += FRAME_BYTES) {
            QCOMPARE(quint8(mp3.at(at)), quint8(0xff));
            QCOMPARE(quint8(mp3.at(at + 1)), quint8(0xf3));
        }
        // A player shows the length the call recorded, to within one frame.
        const double length = RecordingStore::mp3Seconds(mp3);
        QVERIFY2(length >= seconds && length - seconds < FRAME_SECONDS,
            qPrintable(u"%1 s for %2 s"_s.arg(length).arg(seconds)));
    }

    void makeMp3Nothing_data()
    {
        QTest::addColumn<QByteArray>("clip");
        QTest::addColumn<double>("seconds");
        QTest::newRow("nothing recorded") << bundledClip() << 0.0;
        QTest::newRow("negative length") << bundledClip() << -3.0;
        QTest::newRow("not a number") << bundledClip() << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinite length")
            << bundledClip() << std::numeric_limits<double>::infinity();
        QTest::newRow("no clip to build from") << QByteArray() << 5.0;
        QTest::newRow("clip shorter than a frame") << QByteArray(100, '\xff') << 5.0;
    }
    void makeMp3Nothing()
    {
        QFETCH(QByteArray, clip);
        QFETCH(double, seconds);
        QVERIFY(RecordingStore::makeMp3(clip, seconds).isEmpty());
    }

    void createNamesAFreshFile()
    {
        AtSim::IdGenerator ids(7);
        RecordingStore store(ids);
        QCOMPARE(store.create(0), QString()); // AT then sends recordingUrl=""
        const QString first = store.create(5);
        const QString second = store.create(5);
        static const QRegularExpression name(u"^[0-9a-f]{32}\\.mp3$"_s);
        QVERIFY2(name.match(first).hasMatch(), qPrintable(first));
        QVERIFY2(name.match(second).hasMatch(), qPrintable(second));
        QVERIFY(first != second);
        QVERIFY(store.contains(first));
        QVERIFY(!store.contains(u"0123456789abcdef0123456789abcdef.mp3"_s));
    }

    void serveWhole()
    {
        AtSim::IdGenerator ids(7);
        RecordingStore store(ids);
        const QString name = store.create(5);
        const Http::Response response = store.serve(name, {});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, QByteArray("audio/mpeg"));
        QCOMPARE(response.header("Accept-Ranges"), QByteArray("bytes"));
        QCOMPARE(response.body, RecordingStore::makeMp3(bundledClip(), 5));
    }

    void serveRange_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("first"); // of the bytes served
        QTest::addColumn<qint64>("last"); // -1: up to the end
        // 5 s = 139 frames of 144 bytes.
        const qint64 size = 139 * FRAME_BYTES;

        QTest::newRow("first 100 bytes") << QByteArray("bytes=0-99") << 206 << 0LL << 99LL;
        QTest::newRow("last 100 bytes") << QByteArray("bytes=-100") << 206 << size - 100 << -1LL;
        QTest::newRow("from byte 100 on") << QByteArray("bytes=100-") << 206 << 100LL << -1LL;
        QTest::newRow("everything as a range") << QByteArray("bytes=0-") << 206 << 0LL << -1LL;
        QTest::newRow("one byte") << QByteArray("bytes=100-100") << 206 << 100LL << 100LL;
        QTest::newRow("the last byte")
            << "bytes=" + QByteArray::number(size - 1) + '-' << 206 << size - 1 << -1LL;
        QTest::newRow("end past the file is cut to the file")
            << QByteArray("bytes=20000-999999") << 206 << 20000LL << -1LL;
        QTest::newRow("suffix longer than the file is the whole file")
            << QByteArray("bytes=-999999") << 206 << 0LL << -1LL;
        QTest::newRow("suffix too long for any integer is the whole file")
            << QByteArray("bytes=-99999999999999999999") << 206 << 0LL << -1LL;
        QTest::newRow("surrounding spaces") << QByteArray(" bytes=0-99 ") << 206 << 0LL << 99LL;

        QTest::newRow("start at the end of the file")
            << "bytes=" + QByteArray::number(size) + '-' << 416 << 0LL << 0LL;
        QTest::newRow("start far past the end") << QByteArray("bytes=999999-") << 416 << 0LL << 0LL;
        QTest::newRow("start too large for any integer")
            << QByteArray("bytes=99999999999999999999-") << 416 << 0LL << 0LL;
        QTest::newRow("empty suffix") << QByteArray("bytes=-0") << 416 << 0LL << 0LL;

        // What a server may ignore, it ignores: the whole file, not an error.
        QTest::newRow("end before start is an invalid range: ignored")
            << QByteArray("bytes=5-2") << 200 << 0LL << -1LL;
        QTest::newRow("several ranges: served whole")
            << QByteArray("bytes=0-1,5-6") << 200 << 0LL << -1LL;
        QTest::newRow("unknown unit: ignored") << QByteArray("items=0-5") << 200 << 0LL << -1LL;
        QTest::newRow("garbage: ignored") << QByteArray("bytes=abc") << 200 << 0LL << -1LL;
        QTest::newRow("no numbers: ignored") << QByteArray("bytes=-") << 200 << 0LL << -1LL;
    }
    void serveRange()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        AtSim::IdGenerator ids(7);
        RecordingStore store(ids);
        const QString name = store.create(5);
        const QByteArray whole = RecordingStore::makeMp3(bundledClip(), 5);
        const qint64 size = whole.size();
        QCOMPARE(size, 139 * FRAME_BYTES);
        if (last < 0)
            last = size - 1;

        const Http::Response response = store.serve(name, range);
        QCOMPARE(response.status, status);
        const QByteArray total = QByteArray::number(size);
        switch (status) {
        case 206:
            QCOMPARE(response.contentType, QByteArray("audio/mpeg"));
            QCOMPARE(response.body, whole.mid(first, last - first + 1));
            QCOMPARE(response.header("Content-Range"),
                "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                    + total);
            QCOMPARE(response.header("Accept-Ranges"), QByteArray("bytes"));
            break;
        case 416:
            QCOMPARE(response.header("Content-Range"), "bytes */" + total);
            break;
        default:
            QCOMPARE(response.body, whole);
            QVERIFY(response.header("Content-Range").isEmpty());
            break;
        }
    }

    void unknownOrForgedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("never created") << u"0123456789abcdef0123456789abcdef.mp3"_s;
        QTest::newRow("path traversal") << u"../etc/passwd"_s;
        QTest::newRow("path traversal with an mp3 suffix") << u"../../etc/passwd.mp3"_s;
        QTest::newRow("absolute path") << u"/etc/passwd"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("just the suffix") << u".mp3"_s;
    }
    void unknownOrForgedNames()
    {
        QFETCH(QString, name);
        AtSim::IdGenerator ids(7);
        RecordingStore store(ids);
        store.create(2);
        const Http::Response response = store.serve(name, {});
        QCOMPARE(response.status, 404);
        QVERIFY(!response.body.startsWith('\xff'));
        QVERIFY(!store.contains(name));
    }

    void nameVariantsOfARealRecordingAreNotServed_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("upper-case hex") << 0;
        QTest::newRow("missing .mp3") << 1;
        QTest::newRow("upper-case suffix") << 2;
        QTest::newRow("trailing slash") << 3;
        QTest::newRow("leading dot-slash") << 4;
    }
    void nameVariantsOfARealRecordingAreNotServed()
    {
        QFETCH(int, variant);
        AtSim::IdGenerator ids(7);
        RecordingStore store(ids);
        const QString name = store.create(2);
        QCOMPARE(store.serve(name, {}).status, 200);
        const QString hex = name.left(32);
        const QStringList variants
            = {hex.toUpper() + u".mp3"_s, hex, hex + u".MP3"_s, name + u'/', u"./"_s + name};
        const QString forged = variants.at(variant);
        QCOMPARE(store.serve(forged, {}).status, 404);
        QCOMPARE(store.serve(forged, "bytes=0-10").status, 404);
    }
};

SIMU_TEST_MAIN(TestRecordingStore)
#include "tst_recordingstore.moc"
