// RecordingManager, continued: deleting recordings, by a supervisor or by the retention
// policy. Either way the local copy goes, the row says who and when, and the audit log keeps
// a line; a deleted recording is never fetched again.

#include "recordingmanager.h"
#include "storage/auditlog.h"
#include "util/clock.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace Recordings {

namespace {

using Storage::RecordingRecord;
using Storage::RecordingState;

constexpr int RETENTION_BATCH = 100;
constexpr int RETENTION_MAX_PER_RUN = 1000; // the next run goes on: the event loop stays free

const QString RETENTION_ACTOR = u"(retention)"_s; // parentheses: never a username

} // namespace

Util::Result<Status, RecordingError> RecordingManager::remove(const QString &sessionId,
    const QString &sourceUrl,
    const QString &actor,
    const QString &remoteAddress)
{
    auto record = recordFor(sessionId, sourceUrl);
    if (!record)
        return Util::fail(record.error());
    if (record->state == RecordingState::Deleted)
        return Util::fail(RecordingError{
            RecordingError::Code::Deleted, u"This recording was already deleted."_s});
    const QString detail = record->state == RecordingState::Local
        ? u"deleted the local copy (%1 bytes, sha256 %2)"_s.arg(record->bytes).arg(record->sha256)
        : u"deleted before it was downloaded (state %1)"_s.arg(
            Storage::recordingStateName(record->state));
    if (auto deleted = deleteLocal(record.value(), actor, actor, detail, remoteAddress); !deleted)
        return Util::fail(deleted.error());
    return statusOf(*record);
}

Util::Result<void, RecordingError> RecordingManager::deleteLocal(RecordingRecord &record,
    const QString &actor,
    const QString &deletedBy,
    const QString &detail,
    const QString &remoteAddress)
{
    cancel(record.sessionId);
    if (!m_store.remove(record.fileName))
        return Util::fail(RecordingError{RecordingError::Code::Storage,
            u"The recording's file could not be removed; see the hub's log."_s});
    const QDateTime now = m_clock.now();
    record.state = RecordingState::Deleted;
    record.deletedAt = now;
    record.deletedBy = deletedBy;
    if (auto saved = save(record); !saved)
        return saved;
    settleWaiters(record.sessionId,
        Util::fail(
            RecordingError{RecordingError::Code::Deleted, u"This recording was deleted."_s}));
    if (auto audited = m_audit.record(Storage::AuditEntry{
            now, actor, u"recording_deleted"_s, record.sessionId, detail, remoteAddress});
        !audited)
        qCWarning(lcHub) << "cannot audit the deletion of a recording:" << audited.error().message;
    Q_EMIT changed(record.sessionId);
    return {};
}

int RecordingManager::applyRetention()
{
    if (m_config.retentionDays <= 0)
        return 0;
    const QDateTime cutoff = m_clock.now().addDays(-m_config.retentionDays);
    int deleted = 0;
    while (deleted < RETENTION_MAX_PER_RUN) {
        const auto old = m_repository.localBefore(cutoff, RETENTION_BATCH);
        if (!old) {
            qCWarning(lcHub) << "retention:" << old.error().message;
            break;
        }
        int removedNow = 0;
        for (RecordingRecord record : *old) {
            const QString detail = u"retention policy: downloaded %1, kept %2 days (%3 bytes)"_s
                                       .arg(record.downloadedAt->toString(Qt::ISODate))
                                       .arg(m_config.retentionDays)
                                       .arg(record.bytes);
            if (deleteLocal(record, QString(), RETENTION_ACTOR, detail, QString()))
                ++removedNow;
        }
        deleted += removedNow;
        // A batch that removed nothing would come back the same: stop rather than spin.
        if (old->size() < RETENTION_BATCH || removedNow == 0)
            break;
    }
    if (deleted > 0)
        qCInfo(lcHub) << "retention deleted" << deleted << "recordings older than"
                      << m_config.retentionDays << "days";
    return deleted;
}

} // namespace Recordings
