#include "loginthrottle.h"

#include <algorithm>

namespace Auth {

namespace {

// Keys are capped so a guesser sending megabyte usernames cannot grow memory with them.
constexpr qsizetype MaxKeyLength = 64;
// Above this many keys, stale ones are swept on the next failure.
constexpr qsizetype SweepThreshold = 4096;

QString keyFor(const QString &text)
{
    return text.left(MaxKeyLength).toLower();
}

} // namespace

LoginThrottle::LoginThrottle(const Util::IClock &clock, ThrottleLimits limits)
    : m_clock(clock)
    , m_limits(limits)
{}

int LoginThrottle::secondsLocked(const QHash<QString, Counter> &counters, const QString &key) const
{
    const auto it = counters.constFind(key);
    if (it == counters.cend() || !it->lockedUntil.isValid())
        return 0;
    const qint64 millisLeft = m_clock.now().msecsTo(it->lockedUntil);
    if (millisLeft <= 0)
        return 0;
    return int((millisLeft + 999) / 1000); // round up: "retry in 0 s" would be a lie
}

int LoginThrottle::retryAfterSeconds(const QString &username, const QString &remoteAddress) const
{
    return std::max(secondsLocked(m_users, keyFor(username)),
        secondsLocked(m_addresses, keyFor(remoteAddress)));
}

void LoginThrottle::countFailure(QHash<QString, Counter> &counters, const QString &key, int limit)
{
    if (limit <= 0)
        return; // this throttle is switched off
    const QDateTime now = m_clock.now();
    Counter &counter = counters[key];
    const bool windowOver = !counter.windowStart.isValid()
        || counter.windowStart.secsTo(now) >= m_limits.failureWindowSeconds;
    const bool lockOver = counter.lockedUntil.isValid() && counter.lockedUntil <= now;
    if (windowOver || lockOver)
        counter = Counter{0, now, {}};
    if (++counter.failures >= limit) {
        counter.lockedUntil = now.addSecs(m_limits.lockoutSeconds);
        counter.failures = 0;
    }
}

void LoginThrottle::recordFailure(const QString &username, const QString &remoteAddress)
{
    if (m_users.size() + m_addresses.size() > SweepThreshold) {
        forgetStale(m_users);
        forgetStale(m_addresses);
    }
    countFailure(m_users, keyFor(username), m_limits.maxFailuresPerUser);
    countFailure(m_addresses, keyFor(remoteAddress), m_limits.maxFailuresPerAddress);
}

void LoginThrottle::recordSuccess(const QString &username)
{
    m_users.remove(keyFor(username));
}

void LoginThrottle::forgetStale(QHash<QString, Counter> &counters)
{
    const QDateTime now = m_clock.now();
    counters.removeIf([&](const QHash<QString, Counter>::iterator &it) {
        const bool locked = it->lockedUntil.isValid() && it->lockedUntil > now;
        const bool counting = it->windowStart.isValid()
            && it->windowStart.secsTo(now) < m_limits.failureWindowSeconds;
        return !locked && !counting;
    });
}

} // namespace Auth
