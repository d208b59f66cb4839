// The retry rules as tables: which failures may be sent again for which endpoint, and how
// long the client waits. A wrong row here means a customer's phone rings twice, or a
// transient blip becomes an error the agent has to deal with.
#include "at/retrypolicy.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using At::Endpoint;
using At::TransportOutcome;
using At::TransportReply;

namespace {

TransportReply failure(TransportOutcome outcome)
{
    TransportReply reply;
    reply.outcome = outcome;
    return reply;
}

TransportReply status(int code, const Http::HeaderList &headers = {})
{
    TransportReply reply;
    reply.outcome = TransportOutcome::Completed;
    reply.status = code;
    reply.headers = headers;
    return reply;
}

const QList<TransportOutcome> ALL_FAILURES{TransportOutcome::ConnectionRefused,
    TransportOutcome::HostNotFound,
    TransportOutcome::TlsError,
    TransportOutcome::Timeout,
    TransportOutcome::ConnectionLost,
    TransportOutcome::NetworkError};

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayForAttempt_data()
    {
        QTest::addColumn<int>("failedAttempt");
        QTest::addColumn<double>("randomUnit");
        QTest::addColumn<int>("expectedMs");
        // Default policy: base 500 ms, doubling, ceiling 8000 ms, ±20 % jitter.
        QTest::newRow("first retry, no jitter") << 1 << 0.5 << 500;
        QTest::newRow("second retry doubles") << 2 << 0.5 << 1000;
        QTest::newRow("third retry doubles again") << 3 << 0.5 << 2000;
        QTest::newRow("fourth retry") << 4 << 0.5 << 4000;
        QTest::newRow("fifth retry reaches the ceiling") << 5 << 0.5 << 8000;
        QTest::newRow("sixth retry stays at the ceiling") << 6 << 0.5 << 8000;
        QTest::newRow("huge attempt number does not overflow") << 1000 << 0.5 << 8000;
        QTest::newRow("jitter low end: -20%") << 1 << 0.0 << 400;
        QTest::newRow("jitter high end: +20%") << 1 << 1.0 << 600;
        QTest::newRow("jitter quarter: -10%") << 3 << 0.25 << 1800;
        QTest::newRow("jitter never pushes past the ceiling") << 5 << 1.0 << 8000;
        QTest::newRow("jitter may go below the ceiling") << 5 << 0.0 << 6400;
        QTest::newRow("out-of-range random clamped") << 1 << 7.0 << 600;
        QTest::newRow("attempt 0 treated as the first") << 0 << 0.5 << 500;
    }

    void delayForAttempt()
    {
        QFETCH(int, failedAttempt);
        QFETCH(double, randomUnit);
        QFETCH(int, expectedMs);
        QCOMPARE(At::RetryPolicy{}.delayForAttempt(failedAttempt, randomUnit), expectedMs);
    }

    void callIsRetriedOnlyWhenProvablyNotSent()
    {
        // The invariant behind "never double-dial", over every failure the transport knows.
        for (const Endpoint endpoint : {Endpoint::Call, Endpoint::CallTransfer}) {
            for (const TransportOutcome outcome : ALL_FAILURES) {
                const TransportReply reply = failure(outcome);
                QCOMPARE(At::isRetryableFailure(endpoint, reply), reply.provesNotSent());
            }
            for (const int code : {200, 201, 400, 401, 404, 429, 500, 502, 503, 504})
                QVERIFY2(!At::isRetryableFailure(endpoint, status(code)),
                    qPrintable(u"HTTP %1"_s.arg(code)));
        }
    }

    void retryRules_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<TransportReply>("reply");
        QTest::addColumn<bool>("retry");

        const int call = int(Endpoint::Call);
        const int queue = int(Endpoint::QueueStatus);
        const int media = int(Endpoint::MediaUpload);
        QTest::newRow("call: refused -> retry")
            << call << failure(TransportOutcome::ConnectionRefused) << true;
        QTest::newRow("call: timeout -> never")
            << call << failure(TransportOutcome::Timeout) << false;
        QTest::newRow("call: 500 -> never") << call << status(500) << false;
        QTest::newRow("call: 429 -> never") << call << status(429) << false;
        QTest::newRow("queue: 503 -> retry") << queue << status(503) << true;
        QTest::newRow("queue: 500 -> retry") << queue << status(500) << true;
        QTest::newRow("queue: timeout -> retry")
            << queue << failure(TransportOutcome::Timeout) << true;
        QTest::newRow("queue: connection lost -> retry")
            << queue << failure(TransportOutcome::ConnectionLost) << true;
        QTest::newRow("queue: 429 -> retry") << queue << status(429) << true;
        QTest::newRow("queue: 401 -> no, a retry cannot fix a key")
            << queue << status(401) << false;
        QTest::newRow("queue: 400 -> no") << queue << status(400) << false;
        QTest::newRow("queue: 404 -> no") << queue << status(404) << false;
        QTest::newRow("queue: 200 -> nothing to retry") << queue << status(200) << false;
        QTest::newRow("media: timeout -> retry")
            << media << failure(TransportOutcome::Timeout) << true;
        QTest::newRow("media: 502 -> retry") << media << status(502) << true;
    }

    void retryRules()
    {
        QFETCH(int, endpoint);
        QFETCH(TransportReply, reply);
        QFETCH(bool, retry);
        QCOMPARE(At::isRetryableFailure(Endpoint(endpoint), reply), retry);
        QCOMPARE(
            At::RetryPolicy{}.retryDelay(Endpoint(endpoint), reply, 1, 0.5).has_value(), retry);
    }

    void retryDelayStopsAtMaxAttempts()
    {
        At::RetryPolicy policy;
        policy.maxAttempts = 3;
        const TransportReply refused = failure(TransportOutcome::ConnectionRefused);
        QCOMPARE(policy.retryDelay(Endpoint::Call, refused, 1, 0.5), std::optional<int>(500));
        QCOMPARE(policy.retryDelay(Endpoint::Call, refused, 2, 0.5), std::optional<int>(1000));
        QCOMPARE(policy.retryDelay(Endpoint::Call, refused, 3, 0.5), std::nullopt);
        policy.maxAttempts = 1;
        QCOMPARE(policy.retryDelay(Endpoint::Call, refused, 1, 0.5), std::nullopt);
    }

    void retryAfter_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expectedMs"); // -1: no retry

        const int queue = int(Endpoint::QueueStatus);
        QTest::newRow("Retry-After longer than the backoff is honoured")
            << queue << QByteArray("3") << 3000;
        QTest::newRow("Retry-After shorter than the backoff: backoff wins")
            << queue << QByteArray("0") << 500;
        QTest::newRow("Retry-After beyond the ceiling: give the user the error")
            << queue << QByteArray("120") << -1;
        QTest::newRow("HTTP-date Retry-After: plain backoff")
            << queue << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 500;
        QTest::newRow("/call ignores Retry-After: never resent")
            << int(Endpoint::Call) << QByteArray("1") << -1;
    }

    void retryAfter()
    {
        QFETCH(int, endpoint);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expectedMs);
        const auto delay = At::RetryPolicy{}.retryDelay(
            Endpoint(endpoint), status(429, {{"Retry-After", retryAfter}}), 1, 0.5);
        QCOMPARE(delay.value_or(-1), expectedMs);
    }
};

SIMU_TEST_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
