#include "recordingrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

constexpr RecordingState ALL_STATES[] = {RecordingState::Remote,
    RecordingState::Downloading,
    RecordingState::Local,
    RecordingState::Failed,
    RecordingState::Deleted};

const QString COLUMNS = u"session_id, source_url, state, local_path, bytes, sha256, attempts, "
                        "last_error, downloaded_at, deleted_at, deleted_by"_s;

// The NOT NULL text columns refuse the SQL NULL a null QString binds as.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant millis(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? QVariant(time->toMSecsSinceEpoch()) : QVariant();
}

std::optional<QDateTime> timeOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

RecordingRecord readRow(const QSqlQuery &query)
{
    RecordingRecord record;
    record.sessionId = query.value(0).toString();
    record.sourceUrl = query.value(1).toString();
    // The CHECK constraint keeps unknown names out; a row that has one anyway reads as failed.
    record.state
        = recordingStateFromName(query.value(2).toString()).value_or(RecordingState::Failed);
    record.fileName = query.value(3).toString();
    record.bytes = query.value(4).toLongLong();
    record.sha256 = query.value(5).toString();
    record.attempts = query.value(6).toInt();
    record.lastError = query.value(7).toString();
    record.downloadedAt = timeOf(query.value(8));
    record.deletedAt = timeOf(query.value(9));
    record.deletedBy = query.value(10).toString();
    return record;
}

} // namespace

QString recordingStateName(RecordingState state)
{
    switch (state) {
    case RecordingState::Remote:
        return u"remote"_s;
    case RecordingState::Downloading:
        return u"downloading"_s;
    case RecordingState::Local:
        return u"local"_s;
    case RecordingState::Failed:
        return u"failed"_s;
    case RecordingState::Deleted:
        return u"deleted"_s;
    }
    return u"failed"_s;
}

std::optional<RecordingState> recordingStateFromName(const QString &name)
{
    for (const RecordingState state : ALL_STATES) {
        if (recordingStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

RecordingRepository::RecordingRepository(Database &database)
    : m_database(database)
{}

Util::Result<std::optional<RecordingRecord>, StorageError> RecordingRepository::find(
    const QString &sessionId)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok
        = query.prepare(u"SELECT "_s + COLUMNS + u" FROM recordings WHERE session_id = ?"_s);
    if (ok)
        query.addBindValue(text(sessionId));
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot read the recording"_s, query.lastError().text()));
    if (!query.next())
        return std::optional<RecordingRecord>();
    return std::optional<RecordingRecord>(readRow(query));
}

Util::Result<void, StorageError> RecordingRepository::save(const RecordingRecord &record)
{
    if (record.sessionId.isEmpty())
        return Util::fail(StorageError{u"cannot save a recording without a session id"_s});
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(u"INSERT OR REPLACE INTO recordings ("_s + COLUMNS
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (ok) {
        query.addBindValue(record.sessionId);
        query.addBindValue(text(record.sourceUrl));
        query.addBindValue(recordingStateName(record.state));
        query.addBindValue(text(record.fileName));
        query.addBindValue(record.bytes);
        query.addBindValue(text(record.sha256));
        query.addBindValue(record.attempts);
        query.addBindValue(text(record.lastError));
        query.addBindValue(millis(record.downloadedAt));
        query.addBindValue(millis(record.deletedAt));
        query.addBindValue(text(record.deletedBy));
    }
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot save the recording"_s, query.lastError().text()));
    return {};
}

Util::Result<QList<RecordingRecord>, StorageError> RecordingRepository::localBefore(
    const QDateTime &cutoff, int limit)
{
    QList<RecordingRecord> records;
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok = query.prepare(u"SELECT "_s + COLUMNS
        + u" FROM recordings WHERE state = 'local' AND downloaded_at < ?"
          " ORDER BY downloaded_at LIMIT ?"_s);
    if (ok) {
        query.addBindValue(cutoff.toMSecsSinceEpoch());
        query.addBindValue(qMax(0, limit));
    }
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot list old recordings"_s, query.lastError().text()));
    while (query.next())
        records.append(readRow(query));
    return records;
}

Util::Result<QList<RecordingRecord>, StorageError> RecordingRepository::inState(
    RecordingState state, int limit)
{
    QList<RecordingRecord> records;
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok = query.prepare(
        u"SELECT "_s + COLUMNS + u" FROM recordings WHERE state = ? ORDER BY session_id LIMIT ?"_s);
    if (ok) {
        query.addBindValue(recordingStateName(state));
        query.addBindValue(qMax(0, limit));
    }
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot list recordings"_s, query.lastError().text()));
    while (query.next())
        records.append(readRow(query));
    return records;
}

} // namespace Storage
