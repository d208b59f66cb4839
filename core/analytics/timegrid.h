#pragma once

// Whole hours and days on the UTC timeline, in milliseconds since the epoch: the grid the
// rollups are kept on (no time zone, no daylight saving: an hour is always 3,600,000 ms).

#include <QtGlobal>

namespace Analytics {

inline constexpr qint64 HOUR_MS = 3'600'000;
inline constexpr qint64 DAY_MS = 24 * HOUR_MS;
inline constexpr qint64 WEEK_MS = 7 * DAY_MS;

// The grid line at or before `ms` (also for times before 1970).
constexpr qint64 floorTo(qint64 ms, qint64 step)
{
    const qint64 quotient = ms / step;
    return (ms % step != 0 && ms < 0 ? quotient - 1 : quotient) * step;
}

// The grid line at or after `ms`.
constexpr qint64 ceilTo(qint64 ms, qint64 step)
{
    const qint64 floor = floorTo(ms, step);
    return floor == ms ? ms : floor + step;
}

} // namespace Analytics
