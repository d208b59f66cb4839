#pragma once

// Slows password guessing: counts failed logins per username and per remote address, and
// after too many within a window refuses further attempts for a lockout period, without even
// checking the password. In memory only (a restart forgives), time from an injected clock.
//
// Unknown usernames are counted exactly like real ones, so the throttle never reveals which
// names exist. A success clears the user's count but not the address's: otherwise an attacker
// with one valid account could reset their address between guesses at other accounts.

#include "util/clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Auth {

struct ThrottleLimits
{
    int maxFailuresPerUser = 5;
    int maxFailuresPerAddress = 20;
    int failureWindowSeconds = 900; // failures older than this are forgotten
    int lockoutSeconds = 300;
};

class LoginThrottle final
{
public:
    LoginThrottle(const Util::IClock &clock, ThrottleLimits limits = {});

    // Seconds until this user may try again from this address; 0 when they may try now.
    int retryAfterSeconds(const QString &username, const QString &remoteAddress) const;
    void recordFailure(const QString &username, const QString &remoteAddress);
    void recordSuccess(const QString &username);

    // Entries held, for tests of the memory bound.
    qsizetype trackedKeys() const { return m_users.size() + m_addresses.size(); }

private:
    struct Counter
    {
        int failures = 0;
        QDateTime windowStart;
        QDateTime lockedUntil;
    };

    int secondsLocked(const QHash<QString, Counter> &counters, const QString &key) const;
    void countFailure(QHash<QString, Counter> &counters, const QString &key, int limit);
    void forgetStale(QHash<QString, Counter> &counters);

    const Util::IClock &m_clock;
    ThrottleLimits m_limits;
    QHash<QString, Counter> m_users;
    QHash<QString, Counter> m_addresses;
};

} // namespace Auth
