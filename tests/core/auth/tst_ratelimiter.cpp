#include "auth/ratelimiter.h"
#include "fakeclock.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Auth::RateLimiter;

namespace {

RateLimiter::Limits limits(int perUser, int total, int burst, int totalBurst)
{
    RateLimiter::Limits l;
    l.perUserPerMinute = perUser;
    l.totalPerMinute = total;
    l.burst = burst;
    l.totalBurst = totalBurst;
    return l;
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreSane()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock);
        QCOMPARE(limiter.limits().perUserPerMinute, 10);
        QCOMPARE(limiter.limits().totalPerMinute, 120);
        for (int call = 0; call < limiter.limits().burst; ++call)
            QVERIFY(limiter.acquire(u"mary"_s).ok());
        QVERIFY(!limiter.acquire(u"mary"_s).ok());
    }

    // burst, then the per-minute rate; the refusal says how long until the next call works.
    void retryAfter_data()
    {
        QTest::addColumn<int>("perUser");
        QTest::addColumn<int>("burst");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("10 a minute: one every 6 s") << 10 << 3 << 6;
        QTest::newRow("1 a minute: wait a whole minute") << 1 << 1 << 60;
        QTest::newRow("120 a minute: never less than 1 s") << 120 << 2 << 1;
        QTest::newRow("7 a minute rounds up to 9 s") << 7 << 1 << 9;
    }
    void retryAfter()
    {
        QFETCH(int, perUser);
        QFETCH(int, burst);
        QFETCH(int, retryAfter);
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(perUser, 0, burst, 0));
        for (int call = 0; call < burst; ++call)
            QVERIFY(limiter.acquire(u"mary"_s).ok());
        const auto refused = limiter.acquire(u"mary"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), retryAfter);

        // A whole second less is not enough; the promised time is.
        clock.advance(std::chrono::seconds(retryAfter - 1));
        QVERIFY(!limiter.acquire(u"mary"_s).ok());
        clock.advance(1s);
        QVERIFY(limiter.acquire(u"mary"_s).ok());
    }

    void refillsOverTimeUpToTheBurst()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(10, 0, 3, 0));
        for (int call = 0; call < 3; ++call)
            QVERIFY(limiter.acquire(u"mary"_s).ok());
        QVERIFY(!limiter.acquire(u"mary"_s).ok());
        clock.advance(1h); // an hour's quiet earns the burst back, not 600 calls
        for (int call = 0; call < 3; ++call)
            QVERIFY(limiter.acquire(u"mary"_s).ok());
        QVERIFY(!limiter.acquire(u"mary"_s).ok());
    }

    void usersHaveTheirOwnBuckets()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(10, 0, 2, 0));
        QVERIFY(limiter.acquire(u"mary"_s).ok());
        QVERIFY(limiter.acquire(u"MARY"_s).ok()); // the same user in capitals
        QVERIFY(!limiter.acquire(u"mary"_s).ok());
        QVERIFY(limiter.acquire(u"john"_s).ok());
        QVERIFY(limiter.acquire(u"john"_s).ok());
    }

    void theHubAsAWholeIsLimited()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(10, 60, 5, 4));
        QVERIFY(limiter.acquire(u"a"_s).ok());
        QVERIFY(limiter.acquire(u"b"_s).ok());
        QVERIFY(limiter.acquire(u"c"_s).ok());
        QVERIFY(limiter.acquire(u"d"_s).ok());
        const auto refused = limiter.acquire(u"e"_s); // e has never called, but the hub is full
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), 1); // 60 a minute: one a second
        clock.advance(1s);
        QVERIFY(limiter.acquire(u"e"_s).ok());
    }

    void aRefusedCallCostsNothing()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(60, 60, 1, 2));
        QVERIFY(limiter.acquire(u"mary"_s).ok());
        // mary is out of tokens; her refused retries must not drain the shared bucket...
        for (int retry = 0; retry < 10; ++retry)
            QVERIFY(!limiter.acquire(u"mary"_s).ok());
        // ...so john still gets the one shared token left.
        QVERIFY(limiter.acquire(u"john"_s).ok());
    }

    void aLimitOfZeroSwitchesItOff()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(0, 0, 1, 1));
        for (int call = 0; call < 1000; ++call)
            QVERIFY(limiter.acquire(u"mary"_s).ok());
        QCOMPARE(limiter.trackedUsers(), 0);
    }

    void aClockSteppingBackDoesNotBreakIt()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(10, 0, 1, 0));
        QVERIFY(limiter.acquire(u"mary"_s).ok());
        clock.advance(-1h);
        const auto refused = limiter.acquire(u"mary"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), 6);
        clock.advance(6s);
        QVERIFY(limiter.acquire(u"mary"_s).ok());
    }

    void idleUsersAreForgotten()
    {
        TestSupport::FakeClock clock;
        RateLimiter limiter(clock, limits(10, 0, 2, 0));
        for (int user = 0; user < 3000; ++user) {
            QVERIFY(limiter.acquire(u"user%1"_s.arg(user)).ok());
            clock.advance(1s);
        }
        QVERIFY2(
            limiter.trackedUsers() < 1500, qPrintable(QString::number(limiter.trackedUsers())));
    }
};

SIMU_TEST_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
