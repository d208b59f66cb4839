#include "recordingstore.h"

#include "idgenerator.h"
#include "util/logging.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

// The bundled clip: MPEG-2 Layer III, 16 kHz, 32 kbit/s CBR, no padding, no bit reservoir.
constexpr int FRAME_BYTES = 144;
constexpr double FRAME_SECONDS = 576.0 / 16000.0;
constexpr double BYTES_PER_SECOND = 32000.0 / 8.0;

struct ByteRange
{
    enum class Kind { Whole, Part, Unsatisfiable };
    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = 0;
};

// One range, "bytes=a-b", "bytes=a-" or "bytes=-n": what media players send (RFC 9110 §14).
// A header the simulator cannot use (another unit, several ranges, end before start) is
// ignored and the whole file served, as the RFC allows; only a well-formed range that misses
// the file is 416. Numbers too long for an integer are simply very large.
ByteRange parseRange(const QByteArray &header, qint64 size)
{
    static const QRegularExpression pattern(u"^bytes=(\\d*)-(\\d*)$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (header.trimmed().isEmpty() || !match.hasMatch()
        || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return {};
    const auto number = [](const QString &digits) {
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok);
        return ok ? value : std::numeric_limits<qint64>::max();
    };
    ByteRange range{ByteRange::Kind::Part, 0, size - 1};
    if (match.captured(1).isEmpty()) {
        const qint64 suffix = number(match.captured(2));
        if (suffix == 0)
            return {ByteRange::Kind::Unsatisfiable};
        range.first = suffix >= size ? 0 : size - suffix;
    } else {
        range.first = number(match.captured(1));
        if (!match.captured(2).isEmpty()) {
            const qint64 last = number(match.captured(2));
            if (last < range.first)
                return {};
            range.last = qMin(range.last, last);
        }
    }
    if (range.first >= size)
        return {ByteRange::Kind::Unsatisfiable};
    return range;
}

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{32}\\.mp3$"_s);
    return pattern.match(name).hasMatch();
}

} // namespace

RecordingStore::RecordingStore(IdGenerator &ids)
    : m_ids(ids)
{
    QFile clip(u":/atsim/recording-voice.mp3"_s);
    if (clip.open(QIODevice::ReadOnly))
        m_clip = clip.readAll();
    if (m_clip.size() < FRAME_BYTES || m_clip.size() % FRAME_BYTES != 0)
        qCWarning(lcSim) << "the bundled recording clip is missing or damaged";
    if (!m_dir.isValid())
        qCWarning(lcSim) << "cannot create a directory for recordings:" << m_dir.errorString();
}

QByteArray RecordingStore::makeMp3(const QByteArray &clip, double seconds)
{
    const qsizetype clipFrames = clip.size() / FRAME_BYTES;
    // NaN and infinity would make the frame count undefined behaviour.
    if (!std::isfinite(seconds) || seconds <= 0 || clipFrames == 0)
        return {};
    const auto frames = qsizetype(std::ceil(seconds / FRAME_SECONDS));
    QByteArray out;
    out.reserve(frames * FRAME_BYTES);
    for (qsizetype i = 0; i < frames; ++i)
        out.append(clip.constData() + (i % clipFrames) * FRAME_BYTES, FRAME_BYTES);
    return out;
}

double RecordingStore::mp3Seconds(const QByteArray &mp3)
{
    return double(mp3.size()) / BYTES_PER_SECOND;
}

QString RecordingStore::create(double seconds)
{
    const QByteArray mp3 = makeMp3(m_clip, seconds);
    if (mp3.isEmpty())
        return {};
    const QString name = m_ids.hex(32) + u".mp3"_s;
    QFile file(pathOf(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(mp3) != mp3.size()) {
        qCWarning(lcSim) << "cannot write recording" << name << file.errorString();
        return {};
    }
    return name;
}

bool RecordingStore::contains(const QString &name) const
{
    return isValidName(name) && QFile::exists(pathOf(name));
}

QString RecordingStore::pathOf(const QString &name) const
{
    return m_dir.filePath(name);
}

Http::Response RecordingStore::serve(const QString &name, const QByteArray &rangeHeader) const
{
    if (!contains(name))
        return Http::Response::text("Not Found", 404);
    QFile file(pathOf(name));
    if (!file.open(QIODevice::ReadOnly))
        return Http::Response::text("Not Found", 404);
    const QByteArray data = file.readAll();
    const qint64 size = data.size();

    const ByteRange range = parseRange(rangeHeader, size);
    if (range.kind == ByteRange::Kind::Whole)
        return Http::Response::bytes("audio/mpeg", data).withHeader("Accept-Ranges", "bytes");
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        return Http::Response::text("Requested Range Not Satisfiable", 416)
            .withHeader("Content-Range", "bytes */" + QByteArray::number(size));
    }
    return Http::Response::bytes(
        "audio/mpeg", data.mid(range.first, range.last - range.first + 1), 206)
        .withHeader("Accept-Ranges", "bytes")
        .withHeader("Content-Range",
            "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last) + '/'
                + QByteArray::number(size));
}

} // namespace AtSim
