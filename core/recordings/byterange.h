#pragma once

// One HTTP Range header (RFC 9110 §14.2) read against a file of a known size: what media
// players send to seek ("bytes=a-b", "bytes=a-", "bytes=-n").
//
// The choices, made for players rather than for completeness:
// - a satisfiable single range gives Part (206);
// - a well-formed single range that starts at or past the end, or "bytes=-0", gives
//   Unsatisfiable (416 with "Content-Range: bytes */size");
// - anything the hub cannot use is ignored and the whole file served (200), as the RFC allows:
//   no Range header, another unit, a malformed spec, an end before its start, and several
//   ranges ("bytes=0-1,5-9": multipart/byteranges answers are not worth their complexity, and
//   players never ask for them).

#include <QByteArray>

namespace Recordings {

struct ByteRange
{
    enum class Kind { Whole, Part, Unsatisfiable };
    Kind kind = Kind::Whole;
    qint64 first = 0; // inclusive
    qint64 last = -1; // inclusive

    static ByteRange parse(const QByteArray &header, qint64 size);

    qint64 length() const { return last - first + 1; }
    // "bytes 0-99/3000" for a Part, "bytes */3000" otherwise.
    QByteArray contentRange(qint64 size) const;
};

} // namespace Recordings
