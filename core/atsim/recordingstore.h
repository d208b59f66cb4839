#pragma once

#include "http/httpresponse.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace AtSim {

class IdGenerator;

// Makes the call recordings AT would host: real MP3 files of the recorded length, built by
// looping the frames of a bundled voice clip (see scripts/make-sim-audio.sh), written to a
// private directory and served over HTTP with Range support so players can seek.
class RecordingStore
{
public:
    explicit RecordingStore(IdGenerator &ids);

    // Writes a recording of `seconds` and returns its file name ("<32 hex>.mp3"), or an
    // empty string when nothing was recorded (AT then sends recordingUrl=""). Also empty if
    // the disk refuses the write, which is logged.
    QString create(double seconds);
    bool contains(const QString &name) const;
    // Answers GET /recordings/<name>: 200, 206 for a satisfiable single Range, 416 for one
    // that misses the file (a Range header it cannot use is ignored: 200), 404 for unknown or
    // malformed names (no path tricks: only "<32 hex>.mp3" is ever looked up).
    Http::Response serve(const QString &name, const QByteArray &rangeHeader) const;

    static QByteArray makeMp3(const QByteArray &clip, double seconds);
    static double mp3Seconds(const QByteArray &mp3);

private:
    QString pathOf(const QString &name) const;

    IdGenerator &m_ids;
    QByteArray m_clip;
    QTemporaryDir m_dir;
};

} // namespace AtSim
