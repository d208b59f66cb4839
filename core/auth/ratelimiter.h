#pragma once

// Token buckets for call initiation (issue: "rate limit on call initiation, per user and
// overall"): every user has a bucket, and one more is shared by everybody. A call takes one
// token from both; buckets refill continuously at their per-minute rate up to their burst.
// When either is empty the call is refused with the seconds until it would be allowed, which
// the API sends as 429 + Retry-After. Pure: no timers, time from an injected clock.

#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Auth {

class RateLimiter final
{
public:
    struct Limits
    {
        // A rate of 0 or less switches that limit off.
        int perUserPerMinute = 10;
        int totalPerMinute = 120;
        // How many calls may be placed back to back before the rate applies: one user's
        // bucket size, and the shared bucket's. Below 1 counts as 1.
        int burst = 5;
        int totalBurst = 30;
    };

    explicit RateLimiter(const Util::IClock &clock);
    RateLimiter(const Util::IClock &clock, Limits limits);

    // Takes a token for `username` (case-insensitive) and the shared bucket, or takes none and
    // fails with the whole seconds to wait (at least 1).
    Util::Result<void, int> acquire(const QString &username);

    Limits limits() const { return m_limits; }
    qsizetype trackedUsers() const { return m_users.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        QDateTime refilledAt;
    };

    void refill(Bucket &bucket, int perMinute, int capacity, const QDateTime &now) const;
    static int secondsUntilToken(const Bucket &bucket, int perMinute);
    void forgetFullBuckets(const QDateTime &now);

    const Util::IClock &m_clock;
    Limits m_limits;
    Bucket m_total;
    QHash<QString, Bucket> m_users;
};

} // namespace Auth
