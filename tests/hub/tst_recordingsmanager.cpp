// Recordings::RecordingManager against a recording host that misbehaves on cue
// (flakyrecordingserver.h): what a supervisor would notice if fetching, checking, deleting or
// expiring recordings went wrong. A real SQLite database (in memory) and a real folder.

#include "fakeclock.h"
#include "flakyrecordingserver.h"
#include "recordings/recordingmanager.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using RecordingsTest::FlakyRecordingServer;
using Step = FlakyRecordingServer::Step;
using Storage::RecordingState;

namespace {

const QString CALL = u"ATVId_d975fb98317557654018addf8f6cb396"_s;
const QString OTHER_CALL = u"ATVId_13f5d8be2a6a9e2989af18c33abe1e5d"_s;
constexpr int WAIT_MS = 10000;

QByteArray noise(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A call event as the journal publishes it (payload text as Calls::toJsonText writes it).
Storage::StoredEvent callEvent(const QString &sessionId, const QString &recordingUrl)
{
    Storage::StoredEvent event;
    event.seq = 1;
    event.type = u"call_update"_s;
    event.sessionId = sessionId;
    event.payloadJson = "{\"sessionId\":\"" + sessionId.toUtf8()
        + "\",\"state\":\"completed\",\"recordingUrl\":\"" + recordingUrl.toUtf8()
        + "\",\"dtmfDigits\":\"\"}";
    return event;
}

// One manager on its own folder and database, fetching from its own flaky server.
struct Bench
{
    explicit Bench(std::function<void(Recordings::Config &)> configure = {})
        : server([this](const QString &name) { return files.value(name); })
    {
        database = std::move(Storage::Database::open(u":memory:"_s)).value();
        repository = std::make_unique<Storage::RecordingRepository>(*database);
        audit = std::make_unique<Storage::AuditLog>(*database);
        config.directory = QDir(dir.path()).filePath(u"recordings"_s);
        config.retry = At::RetryPolicy{4, 5, 20, 0.0}; // quick waits: tests do not sleep
        config.retentionCheckMs = 20;
        if (configure)
            configure(config);
        files.insert(u"a.mp3"_s, noise(96 * 1024, 1));
        files.insert(u"b.mp3"_s, noise(40 * 1024, 2));
    }

    bool start()
    {
        if (!server.listen())
            return false;
        manager
            = std::make_unique<Recordings::RecordingManager>(config, *repository, *audit, clock);
        const auto started = manager->start();
        if (!started)
            qWarning().noquote() << started.error();
        return bool(started);
    }

    QString url(const QString &name) const
    {
        return server.baseUrl().toString() + u"/recordings/"_s + name;
    }

    Recordings::Status status(const QString &sessionId, const QString &sourceUrl = {})
    {
        const auto found = manager->status(sessionId, sourceUrl);
        return found && *found ? **found : Recordings::Status{};
    }

    bool waitForState(const QString &sessionId, RecordingState state)
    {
        return QTest::qWaitFor([&] { return status(sessionId).state == state; }, WAIT_MS);
    }

    QString localPath(const QString &sessionId) const
    {
        return QDir(config.directory).filePath(Recordings::LocalStore::fileNameFor(sessionId));
    }

    QList<Storage::AuditEntry> auditEntries()
    {
        auto entries = audit->recent(100);
        return entries ? *entries : QList<Storage::AuditEntry>();
    }

    QTemporaryDir dir;
    QHash<QString, QByteArray> files;
    FlakyRecordingServer server;
    TestSupport::FakeClock clock;
    Recordings::Config config;
    std::unique_ptr<Storage::Database> database;
    std::unique_ptr<Storage::RecordingRepository> repository;
    std::unique_ptr<Storage::AuditLog> audit;
    std::unique_ptr<Recordings::RecordingManager> manager;
};

} // namespace

Q_DECLARE_METATYPE(RecordingState)
Q_DECLARE_METATYPE(Step)

class TestRecordingsManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesACompleteCopyWithItsChecksum()
    {
        Bench bench;
        QVERIFY(bench.start());
        const auto started = bench.manager->download(CALL, bench.url(u"a.mp3"_s));
        QVERIFY(started);
        QCOMPARE(started->state, RecordingState::Downloading);
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));

        const QByteArray expected = bench.files.value(u"a.mp3"_s);
        const Recordings::Status status = bench.status(CALL);
        QCOMPARE(status.bytes, qint64(expected.size()));
        QCOMPARE(status.sha256, sha256(expected));
        QCOMPARE(status.attempts, 1);
        QCOMPARE(status.progress(), std::optional<double>(1.0));
        QCOMPARE(status.downloadedAt, std::optional<QDateTime>(bench.clock.now()));
        QCOMPARE(readFile(bench.localPath(CALL)), expected);
        // Named by a hash of the session id, and nothing half-written left beside it.
        QCOMPARE(QDir(bench.config.directory).entryList(QDir::Files),
            QStringList{Recordings::LocalStore::fileNameFor(CALL)});

        // A second request finds the copy: nothing is fetched again.
        const auto again = bench.manager->download(CALL, bench.url(u"a.mp3"_s));
        QVERIFY(again);
        QCOMPARE(again->state, RecordingState::Local);
        QCOMPARE(bench.server.requests(), 1);
    }

    void failuresAreRetriedOrNot_data()
    {
        QTest::addColumn<QList<Step>>("script");
        QTest::addColumn<RecordingState>("outcome");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("error"); // in the recorded error; "" = none

        QTest::newRow("AT's server fails once (500): fetched on the second try")
            << QList<Step>{Step::Status500} << RecordingState::Local << 2 << QString();
        QTest::newRow("twice: fetched on the third")
            << QList<Step>{Step::Status500, Step::Status500} << RecordingState::Local << 3
            << QString();
        QTest::newRow("the connection breaks halfway: fetched again")
            << QList<Step>{Step::CutHalfway} << RecordingState::Local << 2 << QString();
        QTest::newRow("AT no longer has it (404): not retried")
            << QList<Step>{Step::Status404} << RecordingState::Failed << 1 << u"404"_s;
        QTest::newRow("500 on every try: gives up after four")
            << QList<Step>{Step::Status500, Step::Status500, Step::Status500, Step::Status500}
            << RecordingState::Failed << 4 << u"500"_s;
    }

    void failuresAreRetriedOrNot()
    {
        QFETCH(QList<Step>, script);
        QFETCH(RecordingState, outcome);
        QFETCH(int, requests);
        QFETCH(QString, error);
        Bench bench;
        QVERIFY(bench.start());
        bench.server.script(script);
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY2(bench.waitForState(CALL, outcome),
            qPrintable(Storage::recordingStateName(bench.status(CALL).state)));
        const Recordings::Status status = bench.status(CALL);
        QCOMPARE(bench.server.requests(), requests);
        QCOMPARE(status.attempts, requests);
        if (error.isEmpty()) {
            QCOMPARE(readFile(bench.localPath(CALL)), bench.files.value(u"a.mp3"_s));
            QCOMPARE(status.error, QString());
        } else {
            QVERIFY2(status.error.contains(error), qPrintable(status.error));
            // Nothing on disk: no file, no partial file.
            QCOMPARE(QDir(bench.config.directory).entryList(QDir::Files), QStringList());
        }
    }

    void aFailedRecordingIsTriedAgainOnRequest()
    {
        Bench bench;
        QVERIFY(bench.start());
        bench.server.script({Step::Status404});
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Failed));
        // AT has it again (the 404 was passing): asking again fetches it.
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        QCOMPARE(bench.status(CALL).error, QString());
    }

    void aHalfDownloadIsNeverServed()
    {
        Bench bench;
        QVERIFY(bench.start());
        bench.server.script({Step::StallHalfway});
        std::optional<Util::Result<Recordings::LocalFile, Recordings::RecordingError>> answer;
        bench.manager->whenLocal(
            CALL, bench.url(u"a.mp3"_s), WAIT_MS, [&](const auto &result) { answer = result; });
        const qint64 half = qint64(bench.files.value(u"a.mp3"_s).size()) / 2;
        QTRY_COMPARE_WITH_TIMEOUT(bench.status(CALL).receivedBytes, half, WAIT_MS);
        QCOMPARE(bench.status(CALL).state, RecordingState::Downloading);
        QCOMPARE(bench.status(CALL).totalBytes, 2 * half);
        QCOMPARE(*bench.status(CALL).progress(), 0.5);
        // Half of it is on disk, under a name nothing serves; the real name does not exist.
        QVERIFY(!answer);
        QVERIFY(!QFile::exists(bench.localPath(CALL)));
        QCOMPARE(QFileInfo(bench.localPath(CALL) + u".part"_s).size(), half);

        bench.server.releaseStalled(); // the transfer breaks; the retry gets it all
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WAIT_MS);
        QVERIFY(*answer);
        QCOMPARE(readFile((*answer)->path), bench.files.value(u"a.mp3"_s));
        QCOMPARE((*answer)->sha256, sha256(bench.files.value(u"a.mp3"_s)));
        QVERIFY(!QFile::exists(bench.localPath(CALL) + u".part"_s));
    }

    void aWaiterGivesUpButTheDownloadGoesOn()
    {
        Bench bench;
        QVERIFY(bench.start());
        bench.server.script({Step::StallHalfway});
        std::optional<Util::Result<Recordings::LocalFile, Recordings::RecordingError>> answer;
        bench.manager->whenLocal(
            CALL, bench.url(u"a.mp3"_s), 50, [&](const auto &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WAIT_MS);
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, Recordings::RecordingError::Code::TimedOut);
        bench.server.releaseStalled();
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
    }

    void aRecordingOverTheCapIsRefused()
    {
        Bench bench([](Recordings::Config &config) { config.maxBytes = 10 * 1024; });
        QVERIFY(bench.start());
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Failed));
        QVERIFY2(
            bench.status(CALL).error.contains(u"limit"_s), qPrintable(bench.status(CALL).error));
        QCOMPARE(bench.server.requests(), 1); // a size does not change on a retry
        QCOMPARE(QDir(bench.config.directory).entryList(QDir::Files), QStringList());
    }

    void aCallWithoutARecordingHasNone()
    {
        Bench bench;
        QVERIFY(bench.start());
        const auto status = bench.manager->status(CALL, QString());
        QVERIFY(status);
        QVERIFY(!status->has_value());
        const auto download = bench.manager->download(CALL, QString());
        QVERIFY(!download);
        QCOMPARE(download.error().code, Recordings::RecordingError::Code::NoRecording);
    }

    void deletingRemovesTheCopyForGoodAndIsAudited()
    {
        Bench bench;
        QVERIFY(bench.start());
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        bench.clock.advance(1h);

        const auto deleted
            = bench.manager->remove(CALL, bench.url(u"a.mp3"_s), u"supervisor1"_s, u"10.0.0.7"_s);
        QVERIFY(deleted);
        QCOMPARE(deleted->state, RecordingState::Deleted);
        QCOMPARE(deleted->deletedBy, u"supervisor1"_s);
        QCOMPARE(deleted->deletedAt, std::optional<QDateTime>(bench.clock.now()));
        QVERIFY(!QFile::exists(bench.localPath(CALL)));

        const QList<Storage::AuditEntry> audit = bench.auditEntries();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, u"recording_deleted"_s);
        QCOMPARE(audit.first().actor, u"supervisor1"_s);
        QCOMPARE(audit.first().target, CALL);
        QCOMPARE(audit.first().remoteAddress, u"10.0.0.7"_s);
        QCOMPARE(audit.first().at, bench.clock.now());

        // Never fetched again, by anyone.
        using Code = Recordings::RecordingError::Code;
        QCOMPARE(bench.manager->download(CALL, bench.url(u"a.mp3"_s)).error().code, Code::Deleted);
        QCOMPARE(bench.manager->remove(CALL, {}, u"admin"_s, {}).error().code, Code::Deleted);
        std::optional<Util::Result<Recordings::LocalFile, Recordings::RecordingError>> answer;
        bench.manager->whenLocal(CALL, {}, WAIT_MS, [&](const auto &result) { answer = result; });
        QVERIFY(answer && !*answer);
        QCOMPARE(answer->error().code, Code::Deleted);
        bench.manager->handleEvent(callEvent(CALL, bench.url(u"a.mp3"_s)));
        QCOMPARE(bench.status(CALL).state, RecordingState::Deleted);
        QCOMPARE(bench.server.requests(), 1);
        QCOMPARE(bench.auditEntries().size(), 1);
    }

    void deletingStopsADownloadUnderWay()
    {
        Bench bench;
        QVERIFY(bench.start());
        bench.server.script({Step::StallHalfway});
        std::optional<Util::Result<Recordings::LocalFile, Recordings::RecordingError>> answer;
        bench.manager->whenLocal(
            CALL, bench.url(u"a.mp3"_s), WAIT_MS, [&](const auto &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(bench.status(CALL).receivedBytes > 0, WAIT_MS);
        QVERIFY(bench.manager->remove(CALL, {}, u"admin"_s, {}));
        QVERIFY(answer && !*answer);
        QCOMPARE(answer->error().code, Recordings::RecordingError::Code::Deleted);
        QCOMPARE(QDir(bench.config.directory).entryList(QDir::Files), QStringList());
        QCOMPARE(bench.status(CALL).state, RecordingState::Deleted);
    }

    void retentionDeletesOnlyOldCopiesAndAuditsEach()
    {
        Bench bench([](Recordings::Config &config) { config.retentionDays = 30; });
        QVERIFY(bench.start());
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        bench.clock.advance(std::chrono::days(20));
        QVERIFY(bench.manager->download(OTHER_CALL, bench.url(u"b.mp3"_s)));
        QVERIFY(bench.waitForState(OTHER_CALL, RecordingState::Local));

        // Day 35: the first is over 30 days old, the second 15.
        bench.clock.advance(std::chrono::days(15));
        QCOMPARE(bench.manager->applyRetention(), 1);
        QCOMPARE(bench.status(CALL).state, RecordingState::Deleted);
        QCOMPARE(bench.status(CALL).deletedBy, u"(retention)"_s);
        QVERIFY(!QFile::exists(bench.localPath(CALL)));
        QCOMPARE(bench.status(OTHER_CALL).state, RecordingState::Local);
        QCOMPARE(readFile(bench.localPath(OTHER_CALL)), bench.files.value(u"b.mp3"_s));
        QList<Storage::AuditEntry> audit = bench.auditEntries();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, u"recording_deleted"_s);
        QCOMPARE(audit.first().target, CALL);
        QCOMPARE(audit.first().actor, QString()); // no user did it
        QVERIFY2(audit.first().detail.contains(u"retention"_s), qPrintable(audit.first().detail));

        // Nothing more is old enough yet; then the second one's turn comes.
        QCOMPARE(bench.manager->applyRetention(), 0);
        bench.clock.advance(std::chrono::days(16));
        QCOMPARE(bench.manager->applyRetention(), 1);
        QCOMPARE(bench.status(OTHER_CALL).state, RecordingState::Deleted);
        audit = bench.auditEntries();
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.first().target, OTHER_CALL);
    }

    void retentionRunsByItselfOnATimer()
    {
        Bench bench([](Recordings::Config &config) { config.retentionDays = 7; });
        QVERIFY(bench.start());
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        bench.clock.advance(std::chrono::days(8));
        QVERIFY(bench.waitForState(CALL, RecordingState::Deleted)); // no call to applyRetention
        QCOMPARE(bench.auditEntries().size(), 1);
    }

    void retentionIsOffByDefault()
    {
        Bench bench;
        QCOMPARE(bench.config.retentionDays, 0);
        QVERIFY(bench.start());
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        bench.clock.advance(std::chrono::days(3650));
        QCOMPARE(bench.manager->applyRetention(), 0);
        QCOMPARE(bench.status(CALL).state, RecordingState::Local);
        QVERIFY(bench.auditEntries().isEmpty());
    }

    void callEventsStartDownloads_data()
    {
        QTest::addColumn<bool>("autoDownload");
        QTest::addColumn<bool>("withRecording");
        QTest::addColumn<int>("requests");
        QTest::newRow("a call event with a recording starts its download") << true << true << 1;
        QTest::newRow("an event without one starts nothing") << true << false << 0;
        QTest::newRow("nothing when automatic downloads are off") << false << true << 0;
    }

    void callEventsStartDownloads()
    {
        QFETCH(bool, autoDownload);
        QFETCH(bool, withRecording);
        QFETCH(int, requests);
        Bench bench(
            [autoDownload](Recordings::Config &config) { config.autoDownload = autoDownload; });
        QVERIFY(bench.start());
        const QString url = withRecording ? bench.url(u"a.mp3"_s) : QString();
        bench.manager->handleEvent(callEvent(CALL, url));
        bench.manager->handleEvent(callEvent(CALL, url)); // the call's next change
        if (requests > 0) {
            QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        } else {
            const auto status = bench.manager->status(CALL, QString());
            QVERIFY(status);
            QVERIFY2(!status->has_value(), "the hub took note of a recording it should ignore");
        }
        QCOMPARE(bench.server.requests(), requests);
        QCOMPARE(QFile::exists(bench.localPath(CALL)), requests > 0);
    }

    void aNewerRecordingReplacesTheCopy()
    {
        Bench bench;
        QVERIFY(bench.start());
        bench.manager->handleEvent(callEvent(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        // A later <Record> in the same call: AT reports another URL.
        bench.manager->handleEvent(callEvent(CALL, bench.url(u"b.mp3"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(
            bench.status(CALL).sha256, sha256(bench.files.value(u"b.mp3"_s)), WAIT_MS);
        QCOMPARE(readFile(bench.localPath(CALL)), bench.files.value(u"b.mp3"_s));
    }

    void anInterruptedDownloadStartsAgainAfterARestart()
    {
        Bench bench;
        QVERIFY(bench.start());
        bench.server.script({Step::StallHalfway});
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(bench.status(CALL).receivedBytes > 0, WAIT_MS);
        bench.manager.reset(); // the hub stops mid-download...
        QFile leftover(bench.localPath(CALL) + u".part"_s); // ...and a crash left this behind
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half");
        leftover.close();

        bench.manager = std::make_unique<Recordings::RecordingManager>(
            bench.config, *bench.repository, *bench.audit, bench.clock);
        QVERIFY(bench.manager->start());
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        QVERIFY(!QFile::exists(leftover.fileName()));
        QCOMPARE(readFile(bench.localPath(CALL)), bench.files.value(u"a.mp3"_s));
    }

    void aLocalCopyThatVanishedIsFetchedAgain()
    {
        Bench bench;
        QVERIFY(bench.start());
        QVERIFY(bench.manager->download(CALL, bench.url(u"a.mp3"_s)));
        QVERIFY(bench.waitForState(CALL, RecordingState::Local));
        QVERIFY(QFile::remove(bench.localPath(CALL))); // someone tidied the folder by hand
        std::optional<Util::Result<Recordings::LocalFile, Recordings::RecordingError>> answer;
        bench.manager->whenLocal(CALL, {}, WAIT_MS, [&](const auto &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WAIT_MS);
        QVERIFY(*answer);
        QCOMPARE(readFile((*answer)->path), bench.files.value(u"a.mp3"_s));
        QCOMPARE(bench.server.requests(), 2);
    }

    void aUrlThatIsNotHttpIsRefused()
    {
        Bench bench;
        QVERIFY(bench.start());
        QVERIFY(bench.manager->download(CALL, u"file:///etc/passwd"_s));
        QVERIFY(bench.waitForState(CALL, RecordingState::Failed));
        QVERIFY2(
            bench.status(CALL).error.contains(u"http"_s), qPrintable(bench.status(CALL).error));
        QCOMPARE(bench.status(CALL).attempts, 1);
    }
};

SIMU_TEST_MAIN(TestRecordingsManager)
#include "tst_recordingsmanager.moc"
