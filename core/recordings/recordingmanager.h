#pragma once

// The hub's call recordings: fetched from AT's recordingUrl into <dataDir>/recordings (on
// request, or automatically when a call's recording becomes available), served from there,
// deleted by supervisors, and expired by a retention policy. State lives in the recordings
// table (Storage::RecordingRepository); files in a LocalStore.
//
// Downloads run on the event loop without blocking it (Recordings::Download streams to disk),
// at most `downloadsAtOnce` together; network trouble and AT's 5xx are retried with
// exponential backoff, a definite answer such as 404 is not. The API layer decides who may
// see a call and hands in its recordingUrl; the manager never sees users' roles.

#include "at/retrypolicy.h"
#include "localstore.h"
#include "recordinglinks.h"
#include "storage/recordingrepository.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Storage {
class AuditLog;
struct StoredEvent;
} // namespace Storage
namespace Util {
class IClock;
}

namespace Recordings {

class Download;
struct DownloadResult;

struct Config
{
    QString directory; // <dataDir>/recordings
    bool autoDownload = true; // fetch each recording as soon as AT reports it
    int retentionDays = 0; // delete local copies older than this; 0 keeps them
    int retentionCheckMs = 60 * 60 * 1000;
    qint64 maxBytes = 200LL * 1024 * 1024;
    int downloadsAtOnce = 2;
    int stallTimeoutMs = 30000; // a transfer with no byte for this long fails (and is retried)
    // The whole download counts as one attempt; 4 attempts, waits of about 1, 2 and 4 s.
    At::RetryPolicy retry{4, 1000, 30000, 0.2};
};

// What one call's recording looks like now.
struct Status
{
    QString sessionId;
    Storage::RecordingState state = Storage::RecordingState::Remote;
    qint64 bytes = 0; // the local copy's size (kept after a delete, for the record)
    QString sha256; // lower-case hex of the local copy
    qint64 receivedBytes = 0; // while downloading
    qint64 totalBytes = -1; // while downloading; -1 when the server has not said
    int attempts = 0;
    QString error; // why the last attempt failed
    std::optional<QDateTime> downloadedAt;
    std::optional<QDateTime> deletedAt;
    QString deletedBy;

    // 0..1: 1 once local, the fetched share while downloading (nullopt when the size is not
    // known yet), 0 otherwise.
    std::optional<double> progress() const;
};

struct LocalFile
{
    QString path;
    qint64 size = 0;
    QString sha256;
};

struct RecordingError
{
    enum class Code {
        NoRecording, // AT never reported one for this call
        Deleted, // deleted by a user or the retention policy
        FetchFailed, // AT's server refused or could not be reached; message says how
        TimedOut, // not fetched within the wait; the download goes on
        Storage, // the database or the disk failed
    };
    Code code = Code::Storage;
    QString message;
};

class RecordingManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingManager)

public:
    using FileDone = std::function<void(const Util::Result<LocalFile, RecordingError> &)>;

    RecordingManager(Config config,
        Storage::RecordingRepository &repository,
        Storage::AuditLog &audit,
        const Util::IClock &clock,
        QObject *parent = nullptr);
    ~RecordingManager() override;

    // Prepares the folder, resumes downloads a stopped hub left unfinished and starts the
    // retention timer.
    Util::Result<void, QString> start();

    // `sourceUrl` is the call's recordingUrl as the hub knows it ("" when AT sent none).
    // nullopt: the call has no recording.
    Util::Result<std::optional<Status>, RecordingError> status(
        const QString &sessionId, const QString &sourceUrl);
    // Starts fetching, or joins the download under way; a local copy is left as it is.
    Util::Result<Status, RecordingError> download(
        const QString &sessionId, const QString &sourceUrl);
    // The local copy: now when it is there, else once fetched. After `waitMs` without it,
    // TimedOut (the download goes on). Never called back after the manager is destroyed.
    void whenLocal(const QString &sessionId, const QString &sourceUrl, int waitMs, FileDone done);
    // Deletes the local copy (stopping a download), marks the recording deleted for good and
    // audits who did it.
    Util::Result<Status, RecordingError> remove(const QString &sessionId,
        const QString &sourceUrl,
        const QString &actor,
        const QString &remoteAddress);
    // The retention policy, once: deletes local copies downloaded more than retentionDays
    // ago, auditing each. Returns how many. The timer calls it every retentionCheckMs.
    int applyRetention();

    // For EventBus::published: a call event carrying a recordingUrl the hub has not fetched
    // yet starts its download (when autoDownload is on).
    void handleEvent(const Storage::StoredEvent &event);

    // A signed link to the recording (recordinglinks.h), valid for `seconds` from now.
    struct SignedLink
    {
        QString url; // path and query
        QDateTime expiresAt;
    };
    SignedLink signedLink(const QString &sessionId, int seconds) const;
    LinkSigner::Check checkLink(
        const QString &sessionId, const QString &access, const QString &expires) const;

    const Config &config() const { return m_config; }

Q_SIGNALS:
    // A recording's state changed (downloading, local, failed, deleted).
    void changed(const QString &sessionId);

private:
    struct Job
    {
        QString url;
        quint64 generation = 0;
        QPointer<Download> download; // null while queued or waiting to retry
        qint64 received = 0;
        qint64 total = -1;
    };
    struct Waiter
    {
        quint64 id = 0;
        FileDone done;
    };

    Util::Result<Storage::RecordingRecord, RecordingError> recordFor(
        const QString &sessionId, const QString &sourceUrl);
    Status statusOf(const Storage::RecordingRecord &record) const;
    std::optional<LocalFile> localFile(const Storage::RecordingRecord &record) const;
    Util::Result<void, RecordingError> begin(Storage::RecordingRecord record);
    void pump();
    void startAttempt(const QString &sessionId);
    void handleFinished(const QString &sessionId, quint64 generation, const DownloadResult &result);
    void cancel(const QString &sessionId);
    void settleWaiters(
        const QString &sessionId, const Util::Result<LocalFile, RecordingError> &result);
    Util::Result<void, RecordingError> save(const Storage::RecordingRecord &record);
    Util::Result<void, RecordingError> deleteLocal(Storage::RecordingRecord &record,
        const QString &actor,
        const QString &deletedBy,
        const QString &detail,
        const QString &remoteAddress);

    Config m_config;
    Storage::RecordingRepository &m_repository;
    Storage::AuditLog &m_audit;
    const Util::IClock &m_clock;
    LocalStore m_store;
    LinkSigner m_links; // a random key per hub run
    QNetworkAccessManager *m_network;
    QHash<QString, Job> m_jobs; // sessionId -> a download queued, running or waiting to retry
    QStringList m_queue; // waiting for a free slot, oldest first
    int m_running = 0;
    quint64 m_nextGeneration = 1;
    QHash<QString, QList<Waiter>> m_waiters;
    quint64 m_nextWaiter = 1;
    QTimer m_retentionTimer;
};

} // namespace Recordings
