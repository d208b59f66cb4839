#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Auth {

namespace {

// A user's bucket that has refilled completely is the same as no bucket; past this many
// users those are dropped, so memory stays bounded by the users actually calling.
constexpr qsizetype SweepThreshold = 1024;

int capacityOf(int burst)
{
    return std::max(burst, 1);
}

} // namespace

RateLimiter::RateLimiter(const Util::IClock &clock)
    : RateLimiter(clock, Limits{})
{}

RateLimiter::RateLimiter(const Util::IClock &clock, Limits limits)
    : m_clock(clock)
    , m_limits(limits)
    , m_total{double(capacityOf(limits.totalBurst)), clock.now()}
{}

void RateLimiter::refill(Bucket &bucket, int perMinute, int capacity, const QDateTime &now) const
{
    // A clock that steps backwards (NTP) must not drain or overfill a bucket.
    const qint64 elapsedMillis = std::max<qint64>(0, bucket.refilledAt.msecsTo(now));
    bucket.tokens = std::min(double(capacity), bucket.tokens + elapsedMillis * perMinute / 60000.0);
    bucket.refilledAt = now;
}

int RateLimiter::secondsUntilToken(const Bucket &bucket, int perMinute)
{
    const double missing = 1.0 - bucket.tokens;
    return std::max(1, int(std::ceil(missing * 60.0 / perMinute)));
}

Util::Result<void, int> RateLimiter::acquire(const QString &username)
{
    const QDateTime now = m_clock.now();
    const bool userLimited = m_limits.perUserPerMinute > 0;
    const bool totalLimited = m_limits.totalPerMinute > 0;

    if (userLimited && m_users.size() > SweepThreshold)
        forgetFullBuckets(now);

    Bucket *user = nullptr;
    if (userLimited) {
        const QString key = username.toLower();
        auto it = m_users.find(key);
        if (it == m_users.end())
            it = m_users.insert(key, Bucket{double(capacityOf(m_limits.burst)), now});
        user = &it.value();
        refill(*user, m_limits.perUserPerMinute, capacityOf(m_limits.burst), now);
    }
    if (totalLimited)
        refill(m_total, m_limits.totalPerMinute, capacityOf(m_limits.totalBurst), now);

    int wait = 0;
    if (user && user->tokens < 1.0)
        wait = secondsUntilToken(*user, m_limits.perUserPerMinute);
    if (totalLimited && m_total.tokens < 1.0)
        wait = std::max(wait, secondsUntilToken(m_total, m_limits.totalPerMinute));
    if (wait > 0)
        return Util::fail(wait); // take nothing: a refused call must not cost a token

    if (user)
        user->tokens -= 1.0;
    if (totalLimited)
        m_total.tokens -= 1.0;
    return {};
}

void RateLimiter::forgetFullBuckets(const QDateTime &now)
{
    m_users.removeIf([&](QHash<QString, Bucket>::iterator it) {
        refill(it.value(), m_limits.perUserPerMinute, capacityOf(m_limits.burst), now);
        return it->tokens >= capacityOf(m_limits.burst);
    });
}

} // namespace Auth
