#include "recordingmanager.h"

#include "downloader.h"
#include "storage/eventstore.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUrl>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Recordings {

namespace {

using Storage::RecordingRecord;
using Storage::RecordingState;

RecordingError storageError(const Storage::StorageError &error)
{
    return {RecordingError::Code::Storage, error.message};
}

// The session id and recordingUrl of a call event, when it carries a recording. Most events
// do not: the text test keeps them from being parsed (Calls::toJsonText writes the key as
// "recordingUrl":"..." and an absent recording as "").
std::optional<std::pair<QString, QString>> recordingOf(const Storage::StoredEvent &event)
{
    if (!event.payloadJson.isEmpty()) {
        static const QByteArray key = "\"recordingUrl\":\"";
        const qsizetype at = event.payloadJson.indexOf(key);
        if (at < 0 || event.payloadJson.mid(at + key.size(), 1) == "\"")
            return std::nullopt;
    }
    const QJsonObject call = event.payloadJson.isEmpty()
        ? event.payload
        : QJsonDocument::fromJson(event.payloadJson).object();
    const QString url = call.value(u"recordingUrl"_s).toString().trimmed();
    const QString sessionId
        = event.sessionId.isEmpty() ? call.value(u"sessionId"_s).toString() : event.sessionId;
    if (url.isEmpty() || sessionId.isEmpty())
        return std::nullopt;
    return std::make_pair(sessionId, url);
}

// Only scheme and host go to the log: the rest of a recording URL opens the recording.
QString hostOf(const QString &url)
{
    const QUrl parsed(url);
    return parsed.scheme() + u"://"_s + parsed.host();
}

} // namespace

std::optional<double> Status::progress() const
{
    if (state == RecordingState::Local)
        return 1.0;
    if (state != RecordingState::Downloading)
        return 0.0;
    if (totalBytes <= 0)
        return receivedBytes == 0 ? std::optional<double>(0.0) : std::nullopt;
    return qBound(0.0, double(receivedBytes) / double(totalBytes), 1.0);
}

RecordingManager::RecordingManager(Config config,
    Storage::RecordingRepository &repository,
    Storage::AuditLog &audit,
    const Util::IClock &clock,
    QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_repository(repository)
    , m_audit(audit)
    , m_clock(clock)
    , m_store(m_config.directory)
    , m_network(new QNetworkAccessManager(this))
{
    connect(&m_retentionTimer, &QTimer::timeout, this, &RecordingManager::applyRetention);
}

RecordingManager::~RecordingManager()
{
    // Waiters hold answers for clients of a server that is going away: dropped, not called.
    m_waiters.clear();
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->download)
            it->download->disconnect(this);
    }
}

Util::Result<void, QString> RecordingManager::start()
{
    if (auto prepared = m_store.prepare(); !prepared)
        return prepared;
    // Downloads a stopped hub left unfinished: their partial files are gone, start again.
    const auto unfinished = m_repository.inState(RecordingState::Downloading, 10000);
    if (!unfinished)
        return Util::fail(unfinished.error().message);
    for (RecordingRecord record : *unfinished) {
        record.state = RecordingState::Remote;
        if (m_config.autoDownload)
            std::ignore = begin(record);
        else
            std::ignore = save(record);
    }
    if (m_config.retentionDays > 0) {
        m_retentionTimer.start(qMax(1, m_config.retentionCheckMs));
        QTimer::singleShot(0, this, &RecordingManager::applyRetention);
    }
    return {};
}

Util::Result<RecordingRecord, RecordingError> RecordingManager::recordFor(
    const QString &sessionId, const QString &sourceUrl)
{
    const auto found = m_repository.find(sessionId);
    if (!found)
        return Util::fail(storageError(found.error()));
    const QString url = sourceUrl.trimmed();
    if (!*found) {
        if (url.isEmpty())
            return Util::fail(RecordingError{
                RecordingError::Code::NoRecording, u"This call has no recording."_s});
        // Remembered from the first question on, so a signed link (which carries no user and
        // so no call) finds it.
        RecordingRecord record;
        record.sessionId = sessionId;
        record.sourceUrl = url;
        record.fileName = LocalStore::fileNameFor(sessionId);
        if (auto saved = save(record); !saved)
            return Util::fail(saved.error());
        return record;
    }
    RecordingRecord record = **found;
    // AT reported a newer recording for the call (a later <Record>): the copy is out of date.
    if (!url.isEmpty() && url != record.sourceUrl && record.state != RecordingState::Deleted) {
        cancel(sessionId);
        record.sourceUrl = url;
        record.state = RecordingState::Remote;
        record.attempts = 0;
        record.lastError.clear();
        if (auto saved = save(record); !saved)
            return Util::fail(saved.error());
    }
    return record;
}

Status RecordingManager::statusOf(const RecordingRecord &record) const
{
    Status status;
    status.sessionId = record.sessionId;
    status.state = record.state;
    status.bytes = record.bytes;
    status.sha256 = record.sha256;
    status.attempts = record.attempts;
    status.error = record.lastError;
    status.downloadedAt = record.downloadedAt;
    status.deletedAt = record.deletedAt;
    status.deletedBy = record.deletedBy;
    if (const auto job = m_jobs.constFind(record.sessionId); job != m_jobs.constEnd()) {
        status.receivedBytes = job->received;
        status.totalBytes = job->total;
    }
    return status;
}

std::optional<LocalFile> RecordingManager::localFile(const RecordingRecord &record) const
{
    if (record.state != RecordingState::Local)
        return std::nullopt;
    const qint64 size = m_store.sizeOf(record.fileName);
    if (size < 0 || size != record.bytes)
        return std::nullopt;
    return LocalFile{m_store.pathOf(record.fileName), size, record.sha256};
}

Util::Result<std::optional<Status>, RecordingError> RecordingManager::status(
    const QString &sessionId, const QString &sourceUrl)
{
    const auto record = recordFor(sessionId, sourceUrl);
    if (!record) {
        if (record.error().code == RecordingError::Code::NoRecording)
            return std::optional<Status>();
        return Util::fail(record.error());
    }
    return std::optional<Status>(statusOf(*record));
}

Util::Result<Status, RecordingError> RecordingManager::download(
    const QString &sessionId, const QString &sourceUrl)
{
    auto record = recordFor(sessionId, sourceUrl);
    if (!record)
        return Util::fail(record.error());
    if (record->state == RecordingState::Deleted)
        return Util::fail(
            RecordingError{RecordingError::Code::Deleted, u"This recording was deleted."_s});
    if (!localFile(*record)) {
        if (auto begun = begin(*record); !begun)
            return Util::fail(begun.error());
    }
    const auto now = m_repository.find(sessionId);
    if (!now || !*now)
        return Util::fail(RecordingError{RecordingError::Code::Storage,
            now ? u"the recording's row is gone"_s : now.error().message});
    return statusOf(**now);
}

void RecordingManager::whenLocal(
    const QString &sessionId, const QString &sourceUrl, int waitMs, FileDone done)
{
    auto record = recordFor(sessionId, sourceUrl);
    if (!record)
        return done(Util::fail(record.error()));
    if (record->state == RecordingState::Deleted)
        return done(Util::fail(
            RecordingError{RecordingError::Code::Deleted, u"This recording was deleted."_s}));
    if (const auto file = localFile(*record))
        return done(*file);
    if (record->state == RecordingState::Local) {
        qCWarning(lcHub) << "the local copy of the recording of" << sessionId
                         << "is missing or damaged; fetching it again";
        record->state = RecordingState::Remote;
    }
    if (auto begun = begin(*record); !begun)
        return done(Util::fail(begun.error()));
    const quint64 id = m_nextWaiter++;
    m_waiters[sessionId].append(Waiter{id, std::move(done)});
    QTimer::singleShot(qMax(0, waitMs), this, [this, sessionId, id, waitMs] {
        auto waiters = m_waiters.find(sessionId);
        if (waiters == m_waiters.end())
            return;
        for (qsizetype i = 0; i < waiters->size(); ++i) {
            if (waiters->at(i).id != id)
                continue;
            const FileDone late = waiters->takeAt(i).done;
            if (waiters->isEmpty())
                m_waiters.erase(waiters);
            late(Util::fail(RecordingError{RecordingError::Code::TimedOut,
                u"The recording was not fetched from Africa's Talking within %1 seconds; the "
                "download goes on, try again shortly."_s.arg(waitMs / 1000)}));
            return;
        }
    });
}

Util::Result<void, RecordingError> RecordingManager::begin(RecordingRecord record)
{
    if (m_jobs.contains(record.sessionId))
        return {}; // joins the download under way
    record.state = RecordingState::Downloading;
    record.attempts = 0;
    record.lastError.clear();
    if (record.fileName.isEmpty())
        record.fileName = LocalStore::fileNameFor(record.sessionId);
    if (auto saved = save(record); !saved)
        return saved;
    m_jobs.insert(record.sessionId, Job{record.sourceUrl, m_nextGeneration++, {}, 0, -1});
    m_queue.append(record.sessionId);
    Q_EMIT changed(record.sessionId);
    pump();
    return {};
}

void RecordingManager::pump()
{
    while (m_running < qMax(1, m_config.downloadsAtOnce) && !m_queue.isEmpty())
        startAttempt(m_queue.takeFirst());
}

void RecordingManager::startAttempt(const QString &sessionId)
{
    const auto job = m_jobs.find(sessionId);
    if (job == m_jobs.end() || job->download)
        return;
    const auto found = m_repository.find(sessionId);
    if (!found || !*found || (*found)->state != RecordingState::Downloading) {
        m_jobs.erase(job);
        return;
    }
    RecordingRecord record = **found;
    ++record.attempts;
    std::ignore = save(record);

    Download::Target target;
    target.url = QUrl(job->url);
    target.partPath = m_store.partPathOf(record.fileName);
    target.finalPath = m_store.pathOf(record.fileName);
    target.maxBytes = m_config.maxBytes;
    target.stallTimeoutMs = m_config.stallTimeoutMs;
    auto *download = new Download(*m_network, target, this);
    const quint64 generation = job->generation;
    connect(download, &Download::progress, this, [this, sessionId](qint64 received, qint64 total) {
        if (const auto it = m_jobs.find(sessionId); it != m_jobs.end()) {
            it->received = received;
            it->total = total;
        }
    });
    connect(download,
        &Download::finished,
        this,
        [this, sessionId, generation](
            const DownloadResult &result) { handleFinished(sessionId, generation, result); });
    job->download = download;
    job->received = 0;
    job->total = -1;
    ++m_running;
    qCInfo(lcHub) << "fetching the recording of" << sessionId << "from"
                  << hostOf(job->url).toUtf8().constData() << "attempt" << record.attempts;
    download->start();
}

void RecordingManager::handleFinished(
    const QString &sessionId, quint64 generation, const DownloadResult &result)
{
    const auto job = m_jobs.find(sessionId);
    if (job == m_jobs.end() || job->generation != generation)
        return;
    if (job->download) {
        job->download->deleteLater();
        job->download.clear();
        --m_running;
    }
    const auto found = m_repository.find(sessionId);
    if (!found || !*found) {
        m_jobs.erase(job);
        settleWaiters(sessionId,
            Util::fail(RecordingError{RecordingError::Code::Storage,
                found ? u"the recording's row is gone"_s : found.error().message}));
        return pump();
    }
    RecordingRecord record = **found;
    if (result.outcome == DownloadResult::Outcome::Stored) {
        record.state = RecordingState::Local;
        record.bytes = result.bytes;
        record.sha256 = result.sha256;
        record.downloadedAt = m_clock.now();
        record.lastError.clear();
        m_jobs.erase(job);
        if (auto saved = save(record); !saved) {
            settleWaiters(sessionId, Util::fail(saved.error()));
        } else {
            qCInfo(lcHub) << "stored the recording of" << sessionId << result.bytes << "bytes";
            settleWaiters(
                sessionId, LocalFile{m_store.pathOf(record.fileName), record.bytes, record.sha256});
        }
        Q_EMIT changed(sessionId);
        return pump();
    }

    record.lastError = result.error;
    if (result.worthRetrying() && record.attempts < m_config.retry.maxAttempts) {
        const int delay = m_config.retry.delayForAttempt(
            record.attempts, QRandomGenerator::global()->generateDouble());
        qCInfo(lcHub) << "the recording of" << sessionId << "failed (" << result.error
                      << "); trying again in" << delay << "ms";
        std::ignore = save(record);
        QTimer::singleShot(delay, this, [this, sessionId, generation] {
            const auto waiting = m_jobs.constFind(sessionId);
            if (waiting == m_jobs.constEnd() || waiting->generation != generation)
                return;
            m_queue.append(sessionId);
            pump();
        });
        return pump();
    }
    qCWarning(lcHub) << "gave up on the recording of" << sessionId << "after" << record.attempts
                     << "attempts:" << result.error;
    record.state = RecordingState::Failed;
    m_jobs.erase(job);
    std::ignore = save(record);
    settleWaiters(sessionId,
        Util::fail(RecordingError{RecordingError::Code::FetchFailed,
            u"Africa's Talking's recording server failed: %1"_s.arg(result.error)}));
    Q_EMIT changed(sessionId);
    pump();
}

void RecordingManager::cancel(const QString &sessionId)
{
    const auto job = m_jobs.find(sessionId);
    if (job == m_jobs.end())
        return;
    Download *download = job->download;
    m_jobs.erase(job);
    m_queue.removeAll(sessionId);
    if (download) {
        --m_running;
        download->disconnect(this);
        download->abort(); // removes the partial file
        download->deleteLater();
    }
    pump();
}

void RecordingManager::settleWaiters(
    const QString &sessionId, const Util::Result<LocalFile, RecordingError> &result)
{
    const QList<Waiter> waiters = m_waiters.take(sessionId);
    for (const Waiter &waiter : waiters)
        waiter.done(result);
}

Util::Result<void, RecordingError> RecordingManager::save(const RecordingRecord &record)
{
    if (auto saved = m_repository.save(record); !saved) {
        qCWarning(lcHub) << "cannot save the recording of" << record.sessionId
                         << saved.error().message;
        return Util::fail(storageError(saved.error()));
    }
    return {};
}

RecordingManager::SignedLink RecordingManager::signedLink(
    const QString &sessionId, int seconds) const
{
    // Whole seconds, as the link carries them.
    const QDateTime expiresAt = QDateTime::fromSecsSinceEpoch(
        m_clock.now().toSecsSinceEpoch() + qMax(1, seconds), Qt::UTC);
    return {m_links.link(sessionId, expiresAt), expiresAt};
}

LinkSigner::Check RecordingManager::checkLink(
    const QString &sessionId, const QString &access, const QString &expires) const
{
    return m_links.verify(sessionId, access, expires, m_clock.now());
}

void RecordingManager::handleEvent(const Storage::StoredEvent &event)
{
    if (!m_config.autoDownload)
        return;
    const auto recording = recordingOf(event);
    if (!recording)
        return;
    const auto known = m_repository.find(recording->first);
    if (!known) {
        qCWarning(lcHub) << "cannot look up a recording:" << known.error().message;
        return;
    }
    // Already known with this URL and tried: fetched, under way, deleted or given up on (a
    // user's request tries a failed one again, not every later event of the call).
    if (*known && (*known)->sourceUrl == recording->second
        && (*known)->state != RecordingState::Remote)
        return;
    auto record = recordFor(recording->first, recording->second);
    if (record && record->state != RecordingState::Deleted)
        std::ignore = begin(*record);
}

} // namespace Recordings
