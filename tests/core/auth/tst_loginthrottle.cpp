#include "auth/loginthrottle.h"
#include "fakeclock.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Auth::LoginThrottle;
using Auth::ThrottleLimits;

namespace {

const ThrottleLimits limits{5, 20, 900, 300};

} // namespace

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userIsLockedAfterTheLimit()
    {
        TestSupport::FakeClock clock;
        LoginThrottle throttle(clock, limits);
        for (int attempt = 0; attempt < 4; ++attempt) {
            throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
            QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.5"_s), 0);
        }
        throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.5"_s), 300);
        // From another machine too: the attack is on the account.
        QCOMPARE(throttle.retryAfterSeconds(u"MARY"_s, u"10.0.0.9"_s), 300);
        // Other users are unaffected.
        QCOMPARE(throttle.retryAfterSeconds(u"john"_s, u"10.0.0.9"_s), 0);

        clock.advance(100s);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.9"_s), 200);
        clock.advance(199500ms);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.9"_s), 1); // rounded up
        clock.advance(500ms);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.9"_s), 0);

        // After the lockout the count starts again: one more failure does not re-lock.
        throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.5"_s), 0);
    }

    void oldFailuresAreForgotten()
    {
        TestSupport::FakeClock clock;
        LoginThrottle throttle(clock, limits);
        for (int attempt = 0; attempt < 4; ++attempt)
            throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
        clock.advance(901s); // a typo a day is not an attack
        throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.5"_s), 0);
    }

    void successClearsTheUserButNotTheAddress()
    {
        TestSupport::FakeClock clock;
        LoginThrottle throttle(clock, limits);
        for (int attempt = 0; attempt < 4; ++attempt)
            throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
        throttle.recordSuccess(u"Mary"_s);
        throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.5"_s), 0);

        // An attacker with a valid account cannot wipe their address's record with it.
        TestSupport::FakeClock clock2;
        LoginThrottle byAddress(clock2, limits);
        for (int attempt = 0; attempt < 19; ++attempt)
            byAddress.recordFailure(u"guess%1"_s.arg(attempt), u"10.0.0.66"_s);
        byAddress.recordSuccess(u"attacker"_s);
        byAddress.recordFailure(u"guess-last"_s, u"10.0.0.66"_s);
        QCOMPARE(byAddress.retryAfterSeconds(u"anyone"_s, u"10.0.0.66"_s), 300);
    }

    void addressIsLockedWhenSprayingManyNames()
    {
        TestSupport::FakeClock clock;
        LoginThrottle throttle(clock, limits);
        for (int attempt = 0; attempt < 19; ++attempt) {
            throttle.recordFailure(u"user%1"_s.arg(attempt), u"10.0.0.66"_s);
            QCOMPARE(throttle.retryAfterSeconds(u"new"_s, u"10.0.0.66"_s), 0);
        }
        throttle.recordFailure(u"user19"_s, u"10.0.0.66"_s);
        QCOMPARE(throttle.retryAfterSeconds(u"new"_s, u"10.0.0.66"_s), 300);
        QCOMPARE(throttle.retryAfterSeconds(u"new"_s, u"10.0.0.67"_s), 0);
    }

    void zeroLimitSwitchesAThrottleOff()
    {
        TestSupport::FakeClock clock;
        LoginThrottle throttle(clock, ThrottleLimits{0, 0, 900, 300});
        for (int attempt = 0; attempt < 100; ++attempt)
            throttle.recordFailure(u"mary"_s, u"10.0.0.5"_s);
        QCOMPARE(throttle.retryAfterSeconds(u"mary"_s, u"10.0.0.5"_s), 0);
    }

    void memoryStaysBoundedUnderASpray()
    {
        TestSupport::FakeClock clock;
        LoginThrottle throttle(clock, limits);
        for (int round = 0; round < 10; ++round) {
            for (int name = 0; name < 1000; ++name)
                throttle.recordFailure(u"r%1n%2"_s.arg(round).arg(name), u"10.0.%1.1"_s.arg(round));
            clock.advance(1000s); // past the window and any lockout: all of it is stale
        }
        QVERIFY2(
            throttle.trackedKeys() < 6000, qPrintable(QString::number(throttle.trackedKeys())));
        // Huge usernames are cut to 64 characters, so they cannot grow memory either.
        for (int attempt = 0; attempt < 5; ++attempt)
            throttle.recordFailure(QString(1000000, u'x'), u"10.1.1.%1"_s.arg(attempt));
        QCOMPARE(throttle.retryAfterSeconds(QString(64, u'x'), u"10.9.9.9"_s), 300);
    }
};

SIMU_TEST_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
