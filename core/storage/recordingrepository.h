#pragma once

// The recordings table (schema.cpp, version 4): what the hub knows about each call's
// recording: where AT keeps it, whether a local copy exists, its checksum, and who deleted it.
// One row per call; the file itself lives under <dataDir>/recordings (Recordings::LocalStore).
// Use on the thread that opened the Database.

#include "storage/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Storage {

enum class RecordingState : quint8 {
    Remote, // only AT has it
    Downloading, // being fetched (or waiting to retry)
    Local, // the hub has a complete, checksummed copy
    Failed, // fetching gave up; lastError says why; a new request tries again
    Deleted, // removed by a supervisor or the retention policy; never fetched again
};

// "remote", "downloading", "local", "failed", "deleted": the API's and the table's names.
QString recordingStateName(RecordingState state);
std::optional<RecordingState> recordingStateFromName(const QString &name);

struct RecordingRecord
{
    QString sessionId;
    QString sourceUrl; // AT's recordingUrl
    RecordingState state = RecordingState::Remote;
    QString fileName; // inside the recordings folder; never a path ("" when none)
    qint64 bytes = 0;
    QString sha256; // lower-case hex of the local copy
    int attempts = 0; // tries of the current (or last) download
    QString lastError;
    std::optional<QDateTime> downloadedAt;
    std::optional<QDateTime> deletedAt;
    QString deletedBy; // a username, or "(retention)"

    friend bool operator==(const RecordingRecord &, const RecordingRecord &) = default;
};

class RecordingRepository final
{
public:
    explicit RecordingRepository(Database &database);

    Util::Result<std::optional<RecordingRecord>, StorageError> find(const QString &sessionId);
    // Inserts or replaces the row of record.sessionId.
    Util::Result<void, StorageError> save(const RecordingRecord &record);
    // Local copies downloaded before `cutoff`, oldest first, at most `limit`.
    Util::Result<QList<RecordingRecord>, StorageError> localBefore(
        const QDateTime &cutoff, int limit);
    // Rows in `state`, at most `limit` (e.g. the downloads a stopped hub left unfinished).
    Util::Result<QList<RecordingRecord>, StorageError> inState(RecordingState state, int limit);

private:
    Database &m_database;
};

} // namespace Storage
