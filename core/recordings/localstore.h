#pragma once

// The folder that holds the hub's copies of call recordings: <dataDir>/recordings.
//
// A file's name is the SHA-256 of the call's session id ("<64 hex>.mp3"), never anything a
// client or AT sent: no session id, however odd, can name a path outside the folder. A
// download is written to "<name>.part" and renamed only when complete and checksummed, so a
// half-written file is never served; leftovers of a stopped hub are removed at start.

#include "util/result.h"

#include <QString>

namespace Recordings {

class LocalStore final
{
public:
    explicit LocalStore(QString directory);

    // Creates the folder and removes unfinished downloads.
    Util::Result<void, QString> prepare();

    static QString fileNameFor(const QString &sessionId);
    // Only names fileNameFor() makes are accepted; anything else gives "".
    QString pathOf(const QString &fileName) const;
    QString partPathOf(const QString &fileName) const;
    // The file's size, or -1 when it is not there.
    qint64 sizeOf(const QString &fileName) const;
    // Removes the file and any unfinished download of it; true when neither remains.
    bool remove(const QString &fileName) const;

    QString directory() const { return m_directory; }

private:
    QString m_directory;
};

} // namespace Recordings
