// At::Client over the recording FakeHttpTransport: the exact bytes AT receives, which failures
// are retried (a /call that may have reached AT never is), and that obviously wrong requests
// never leave the machine.
#include "at/atclient.h"
#include "fakehttptransport.h"
#include "testmain.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using At::TransportOutcome;
using TestSupport::FakeHttpTransport;
using Code = At::Error::Code;

namespace {

const QString API_KEY = u"atsk_0123456789abcdef"_s;
const QByteArray QUEUED_ONE = R"({"entries":[{"phoneNumber":"+254722000001","status":"Queued",)"
                              R"("sessionId":"ATVId_d975fb98317557654018addf8f6cb396"}],)"
                              R"("errorMessage":"None"})";
const QByteArray QUEUE_EMPTY = R"({"entries":[],"errorMessage":"None","status":"Success"})";

At::Config liveConfig()
{
    return At::Config::forAccount(u"myapp"_s, API_KEY);
}

At::CallRequest oneRecipient()
{
    return At::CallRequest{u"+254711082000"_s, {u"+254722000001"_s}, {}};
}

// No waiting between attempts, and no jitter, so delays are predictable.
At::RetryPolicy instantRetries(int maxAttempts = 4)
{
    At::RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 1;
    policy.maxDelayMs = 4;
    policy.jitter = 0;
    return policy;
}

template <typename T>
using Outcome = std::optional<Util::Result<T, At::Error>>;

template <typename T>
std::function<void(const Util::Result<T, At::Error> &)> into(Outcome<T> &slot)
{
    return [&slot](const Util::Result<T, At::Error> &result) {
        slot.emplace(result);
    };
}

// Messages seen while a test runs, to prove secrets stay out of the log.
QStringList *s_captured = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (s_captured)
        s_captured->append(message);
}

} // namespace

class TestAtClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callWireFormat_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QUrl>("baseUrl"); // empty: whatever forAccount picks
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QString>("clientRequestId");
        QTest::addColumn<QString>("expectedUrl");
        QTest::addColumn<QByteArray>("expectedBody");

        const QStringList two{u"+254722000001"_s, u"+254733000002"_s};
        QTest::newRow("reference example: '+' and ',' percent-encoded")
            << u"myapp"_s << QUrl() << two << u"order-42"_s
            << u"https://voice.africastalking.com/call"_s
            << QByteArray("username=myapp&from=%2B254711082000&to=%2B254722000001%2C%2B254733000002"
                          "&clientRequestId=order-42");
        QTest::newRow("no clientRequestId: field left out, never 'undefined'")
            << u"myapp"_s << QUrl() << QStringList{u"+254722000001"_s} << QString()
            << u"https://voice.africastalking.com/call"_s
            << QByteArray("username=myapp&from=%2B254711082000&to=%2B254722000001");
        QTest::newRow("username sandbox (any case) uses the sandbox host")
            << u"Sandbox"_s << QUrl() << QStringList{u"+254722000001"_s} << QString()
            << u"https://voice.sandbox.africastalking.com/call"_s
            << QByteArray("username=Sandbox&from=%2B254711082000&to=%2B254722000001");
        QTest::newRow("simulator base URL with a path prefix")
            << u"myapp"_s << QUrl(u"http://127.0.0.1:9000/at"_s) << QStringList{u"+254722000001"_s}
            << QString() << u"http://127.0.0.1:9000/at/call"_s
            << QByteArray("username=myapp&from=%2B254711082000&to=%2B254722000001");
        QTest::newRow("base URL with a trailing slash")
            << u"myapp"_s << QUrl(u"http://127.0.0.1:9000/at/"_s) << QStringList{u"+254722000001"_s}
            << QString() << u"http://127.0.0.1:9000/at/call"_s
            << QByteArray("username=myapp&from=%2B254711082000&to=%2B254722000001");
        QTest::newRow("spaces around typed numbers trimmed")
            << u"myapp"_s << QUrl() << QStringList{u" +254722000001 "_s, u"+254733000002\n"_s}
            << QString() << u"https://voice.africastalking.com/call"_s
            << QByteArray(
                   "username=myapp&from=%2B254711082000&to=%2B254722000001%2C%2B254733000002");
        QTest::newRow("clientRequestId with form metacharacters stays one field")
            << u"myapp"_s << QUrl() << QStringList{u"+254722000001"_s} << u"a b&c=d+e"_s
            << u"https://voice.africastalking.com/call"_s
            << QByteArray("username=myapp&from=%2B254711082000&to=%2B254722000001"
                          "&clientRequestId=a%20b%26c%3Dd%2Be");
    }

    void callWireFormat()
    {
        QFETCH(QString, username);
        QFETCH(QUrl, baseUrl);
        QFETCH(QStringList, to);
        QFETCH(QString, clientRequestId);
        QFETCH(QString, expectedUrl);
        QFETCH(QByteArray, expectedBody);

        At::Config config = At::Config::forAccount(username, API_KEY);
        if (!baseUrl.isEmpty())
            config.voiceBaseUrl = baseUrl;
        config.timeoutMs = 12345;
        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::json(200, QUEUED_ONE));
        At::Client client(transport, config);

        Outcome<At::CallResult> outcome;
        client.makeCall({u"+254711082000"_s, to, clientRequestId}, into(outcome));
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->ok());

        QCOMPARE(transport.requests().size(), 1);
        const At::OutgoingRequest &sent = transport.requests().constFirst();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.url.toString(), expectedUrl);
        QCOMPARE(sent.body, expectedBody);
        QCOMPARE(sent.header("apiKey"), API_KEY.toUtf8());
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(sent.timeoutMs, 12345);
    }

    void transferWireFormat_data()
    {
        QTest::addColumn<int>("callLeg"); // -1 unset, 0 caller, 1 callee
        QTest::addColumn<QUrl>("holdMusicUrl");
        QTest::addColumn<QByteArray>("expectedBody");

        QTest::newRow("only the required fields")
            << -1 << QUrl()
            << QByteArray("username=myapp&sessionId=ATVId_abc&phoneNumber=%2B254722000009");
        QTest::newRow("caller leg and hold music")
            << 0 << QUrl(u"https://example.com/hold.mp3"_s)
            << QByteArray("username=myapp&sessionId=ATVId_abc&phoneNumber=%2B254722000009"
                          "&callLeg=caller&holdMusicUrl=https%3A%2F%2Fexample.com%2Fhold.mp3");
        QTest::newRow("callee leg")
            << 1 << QUrl()
            << QByteArray("username=myapp&sessionId=ATVId_abc&phoneNumber=%2B254722000009"
                          "&callLeg=callee");
    }

    void transferWireFormat()
    {
        QFETCH(int, callLeg);
        QFETCH(QUrl, holdMusicUrl);
        QFETCH(QByteArray, expectedBody);

        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::json(
            200, R"({"callTransferResponse":{"errorMessage":"None","status":"Success"}})"));
        At::Client client(transport, liveConfig());
        At::TransferRequest request{u"ATVId_abc"_s, u"+254722000009"_s, std::nullopt, holdMusicUrl};
        if (callLeg >= 0)
            request.callLeg = callLeg == 0 ? At::CallLeg::Caller : At::CallLeg::Callee;

        Outcome<At::TransferResult> outcome;
        client.transferCall(request, into(outcome));
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->ok());
        QCOMPARE((*outcome)->status, u"Success"_s);
        QCOMPARE(transport.requests().size(), 1);
        QCOMPARE(transport.requests().constFirst().url.toString(),
            u"https://voice.africastalking.com/callTransfer"_s);
        QCOMPARE(transport.requests().constFirst().body, expectedBody);
        QCOMPARE(transport.requests().constFirst().header("apiKey"), API_KEY.toUtf8());
    }

    void queueStatusWireFormat_data()
    {
        QTest::addColumn<QString>("queueName");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::newRow("all queues of two numbers")
            << QString()
            << QByteArray("username=myapp&phoneNumbers=%2B254711082000%2C%2B254711082001");
        QTest::newRow("one named queue (sent as queueName)")
            << u"support"_s
            << QByteArray("username=myapp&phoneNumbers=%2B254711082000%2C%2B254711082001"
                          "&queueName=support");
    }

    void queueStatusWireFormat()
    {
        QFETCH(QString, queueName);
        QFETCH(QByteArray, expectedBody);
        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::json(200, QUEUE_EMPTY));
        At::Client client(transport, liveConfig());

        Outcome<At::QueueStatusResult> outcome;
        client.queueStatus({{u"+254711082000"_s, u"+254711082001"_s}, queueName}, into(outcome));
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->ok());
        QCOMPARE(transport.requests().constFirst().url.path(), u"/queueStatus"_s);
        QCOMPARE(transport.requests().constFirst().body, expectedBody);
    }

    void mediaUploadWireFormat()
    {
        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::text(
            201, "The request has been fulfilled and resulted in a new resource being created."));
        At::Client client(transport, liveConfig());

        Outcome<At::MediaUploadResult> outcome;
        client.uploadMedia(
            {u"+254711082000"_s, QUrl(u"https://example.com/a b.wav"_s)}, into(outcome));
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->ok());
        QCOMPARE((*outcome)->httpStatus, 201);
        QCOMPARE(transport.requests().constFirst().url.path(), u"/mediaUpload"_s);
        QCOMPARE(transport.requests().constFirst().body,
            QByteArray("username=myapp&phoneNumber=%2B254711082000"
                       "&url=https%3A%2F%2Fexample.com%2Fa%2520b.wav"));
        QCOMPARE(Util::formValue(transport.form(0), u"url"_s), u"https://example.com/a%20b.wav"_s);
    }

    void callRetriedWhenProvablyNotSent_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::newRow("connection refused") << int(TransportOutcome::ConnectionRefused);
        QTest::newRow("name lookup failed") << int(TransportOutcome::HostNotFound);
        QTest::newRow("TLS handshake failed") << int(TransportOutcome::TlsError);
    }

    void callRetriedWhenProvablyNotSent()
    {
        QFETCH(int, outcome);
        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::failure(TransportOutcome(outcome)));
        transport.enqueue(
            FakeHttpTransport::json(200, QUEUED_ONE, {{"X-Current-Queue-Size", "3"}}));
        At::Client client(transport, liveConfig(), instantRetries());
        QSignalSpy retries(&client, &At::Client::retryScheduled);

        Outcome<At::CallResult> result;
        client.makeCall(oneRecipient(), into(result));
        QTRY_VERIFY(result.has_value());

        QVERIFY(result->ok());
        QCOMPARE((*result)->entries.size(), 1);
        QVERIFY((*result)->entries.constFirst().queued());
        QCOMPARE((*result)->queueSize.value_or(-1), 3);
        QCOMPARE(transport.requests().size(), 2);
        QCOMPARE(transport.requests().at(1).body, transport.requests().at(0).body);
        QCOMPARE(transport.requests().at(1).url, transport.requests().at(0).url);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(0).toString(), u"/call"_s);
        QCOMPARE(retries.at(0).at(1).toInt(), 2);
        QCOMPARE(retries.at(0).at(2).toInt(), 1);
    }

    void callNeverResentWhenItMayHaveReachedAt_data()
    {
        QTest::addColumn<At::TransportReply>("reply");
        QTest::addColumn<Code>("code");
        QTest::newRow("timeout") << FakeHttpTransport::failure(TransportOutcome::Timeout)
                                 << Code::Timeout;
        QTest::newRow("connection lost mid-exchange")
            << FakeHttpTransport::failure(TransportOutcome::ConnectionLost) << Code::NetworkError;
        QTest::newRow("unclassified network error")
            << FakeHttpTransport::failure(TransportOutcome::NetworkError) << Code::NetworkError;
        QTest::newRow("HTTP 500") << FakeHttpTransport::text(500, "Internal Server Error")
                                  << Code::HttpError;
        QTest::newRow("HTTP 503") << FakeHttpTransport::text(503, "Service Unavailable")
                                  << Code::HttpError;
        QTest::newRow("200 with a body that is not JSON")
            << FakeHttpTransport::json(200, "{\"entries\": [") << Code::BadResponse;
    }

    void callNeverResentWhenItMayHaveReachedAt()
    {
        QFETCH(At::TransportReply, reply);
        QFETCH(Code, code);
        FakeHttpTransport transport;
        transport.enqueue(reply);
        transport.enqueue(FakeHttpTransport::json(200, QUEUED_ONE)); // must stay unused
        At::Client client(transport, liveConfig(), instantRetries());
        QSignalSpy retries(&client, &At::Client::retryScheduled);

        Outcome<At::CallResult> result;
        client.makeCall(oneRecipient(), into(result));
        QTRY_VERIFY(result.has_value());
        QTest::qWait(20); // a wrongly scheduled 1 ms retry would fire in here

        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, code);
        QVERIFY(result->error().mayHaveReachedAt);
        QVERIFY2(result->error().message.contains(u"may already be ringing"_s),
            qPrintable(result->error().message));
        QVERIFY(result->error().message.contains(u"before dialling again"_s));
        QCOMPARE(transport.requests().size(), 1);
        QCOMPARE(transport.pendingReplies(), 1);
        QCOMPARE(retries.size(), 0);
    }

    void transferNeverResentAfterTimeout()
    {
        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::failure(TransportOutcome::Timeout));
        transport.enqueue(FakeHttpTransport::json(200, R"({"status":"Success"})"));
        At::Client client(transport, liveConfig(), instantRetries());

        Outcome<At::TransferResult> result;
        client.transferCall({u"ATVId_abc"_s, u"+254722000009"_s, {}, {}}, into(result));
        QTRY_VERIFY(result.has_value());
        QTest::qWait(20);
        QVERIFY(!result->ok());
        QVERIFY(result->error().mayHaveReachedAt);
        QCOMPARE(transport.requests().size(), 1);
    }

    void retriesStopAtMaxAttempts()
    {
        FakeHttpTransport transport;
        for (int i = 0; i < 5; ++i)
            transport.enqueue(FakeHttpTransport::failure(TransportOutcome::ConnectionRefused));
        At::Client client(transport, liveConfig(), instantRetries(3));
        QSignalSpy retries(&client, &At::Client::retryScheduled);

        Outcome<At::CallResult> result;
        client.makeCall(oneRecipient(), into(result));
        QTRY_VERIFY(result.has_value());
        QTest::qWait(20);

        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, Code::ConnectionFailed);
        QVERIFY(!result->error().mayHaveReachedAt);
        QVERIFY(result->error().message.contains(u"Nothing was sent"_s));
        QCOMPARE(transport.requests().size(), 3);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(0).at(1).toInt(), 2);
        QCOMPARE(retries.at(1).at(1).toInt(), 3);
        QCOMPARE(retries.at(1).at(2).toInt(), 2); // base 1 ms doubled
    }

    void readOnlyEndpointsRetriedAfterAmbiguousFailures_data()
    {
        QTest::addColumn<At::TransportReply>("firstReply");
        QTest::newRow("queue status after 503")
            << FakeHttpTransport::text(503, "Service Unavailable");
        QTest::newRow("queue status after 500") << FakeHttpTransport::text(500, "oops");
        QTest::newRow("queue status after timeout")
            << FakeHttpTransport::failure(TransportOutcome::Timeout);
        QTest::newRow("queue status after connection lost")
            << FakeHttpTransport::failure(TransportOutcome::ConnectionLost);
    }

    void readOnlyEndpointsRetriedAfterAmbiguousFailures()
    {
        QFETCH(At::TransportReply, firstReply);
        FakeHttpTransport transport;
        transport.enqueue(firstReply);
        transport.enqueue(FakeHttpTransport::json(200,
            R"({"entries":[{"phoneNumber":"+254711082000","queueName":"","numCalls":2}],)"
            R"("errorMessage":"None"})"));
        At::Client client(transport, liveConfig(), instantRetries());
        QSignalSpy retries(&client, &At::Client::retryScheduled);

        Outcome<At::QueueStatusResult> result;
        client.queueStatus({{u"+254711082000"_s}, {}}, into(result));
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE((*result)->entries.constFirst().numCalls, 2);
        QCOMPARE(transport.requests().size(), 2);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(0).toString(), u"/queueStatus"_s);
    }

    void mediaUploadRetriedAfterTimeout()
    {
        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::failure(TransportOutcome::Timeout));
        transport.enqueue(FakeHttpTransport::text(201, "Created"));
        At::Client client(transport, liveConfig(), instantRetries());

        Outcome<At::MediaUploadResult> result;
        client.uploadMedia(
            {u"+254711082000"_s, QUrl(u"https://example.com/a.mp3"_s)}, into(result));
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(transport.requests().size(), 2);
    }

    void definiteAnswersAreNotRetried_data()
    {
        QTest::addColumn<At::TransportReply>("reply");
        QTest::addColumn<Code>("code");
        QTest::newRow("401 wrong key")
            << FakeHttpTransport::text(401, "The supplied authentication is invalid")
            << Code::Unauthorised;
        QTest::newRow("400 missing field")
            << FakeHttpTransport::text(400, "Request is missing required form field 'from'")
            << Code::BadRequest;
        QTest::newRow("errorMessage Invalid callerId") << FakeHttpTransport::json(
            200, R"({"entries":[],"errorMessage":"Invalid callerId: x"})")
                                                       << Code::ProviderRejected;
    }

    void definiteAnswersAreNotRetried()
    {
        QFETCH(At::TransportReply, reply);
        QFETCH(Code, code);
        FakeHttpTransport transport;
        transport.enqueue(reply);
        transport.enqueue(reply);
        At::Client client(transport, liveConfig(), instantRetries());

        Outcome<At::CallResult> call;
        client.makeCall(oneRecipient(), into(call));
        QTRY_VERIFY(call.has_value());
        QCOMPARE(call->error().code, code);
        QVERIFY(!call->error().mayHaveReachedAt);
        Outcome<At::QueueStatusResult> queue;
        client.queueStatus({{u"+254711082000"_s}, {}}, into(queue));
        QTRY_VERIFY(queue.has_value());
        QCOMPARE(queue->error().code, code);
        QTest::qWait(20);
        QCOMPARE(transport.requests().size(), 2); // one each, no retries
    }

    void localValidationSendsNothing_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("messageContains");
        // 0..4: /call variants, 5..7: config problems on /call, 8..: other endpoints
        QTest::newRow("empty caller number") << 0 << u"caller number is empty"_s;
        QTest::newRow("no recipients") << 1 << u"at least one number"_s;
        QTest::newRow("blank recipient") << 2 << u"at least one number"_s;
        QTest::newRow("recipient with a comma would dial two numbers") << 3 << u"contain commas"_s;
        QTest::newRow("empty username") << 5 << u"username is missing"_s;
        QTest::newRow("empty API key") << 6 << u"API key is missing"_s;
        QTest::newRow("no voice service address") << 7 << u"voice service address"_s;
        QTest::newRow("transfer without session id") << 8 << u"session id"_s;
        QTest::newRow("transfer without target") << 9 << u"number to transfer"_s;
        QTest::newRow("queue status without numbers") << 10 << u"at least one"_s;
        QTest::newRow("media upload with a non-http URL") << 11 << u"http(s) URL"_s;
    }

    void localValidationSendsNothing()
    {
        QFETCH(int, action);
        QFETCH(QString, messageContains);

        At::Config config = liveConfig();
        if (action == 5)
            config.username.clear();
        if (action == 6)
            config.apiKey = u"  "_s;
        if (action == 7)
            config.voiceBaseUrl = QUrl();
        FakeHttpTransport transport;
        At::Client client(transport, config);

        std::optional<At::Error> error;
        bool answered = false;
        auto keep = [&](const auto &result) {
            answered = true;
            if (!result.ok())
                error = result.error();
        };
        At::CallRequest call = oneRecipient();
        switch (action) {
        case 0:
            call.from = u" "_s;
            break;
        case 1:
            call.to.clear();
            break;
        case 2:
            call.to = QStringList{u"+254722000001"_s, u""_s};
            break;
        case 3:
            call.to = QStringList{u"+254722000001,+254733000002"_s};
            break;
        default:
            break;
        }
        if (action <= 7)
            client.makeCall(call, keep);
        else if (action == 8)
            client.transferCall({QString(), u"+254722000009"_s, {}, {}}, keep);
        else if (action == 9)
            client.transferCall({u"ATVId_abc"_s, QString(), {}, {}}, keep);
        else if (action == 10)
            client.queueStatus({}, keep);
        else
            client.uploadMedia({u"+254711082000"_s, QUrl(u"ftp://example.com/a.mp3"_s)}, keep);

        QVERIFY2(!answered, "callbacks must never run inside the call that started them");
        QTRY_VERIFY(answered);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, Code::InvalidRequest);
        QVERIFY(!error->mayHaveReachedAt);
        QVERIFY2(error->message.contains(messageContains), qPrintable(error->message));
        QCOMPARE(transport.requests().size(), 0);
    }

    void noCallbackAfterClientIsGone()
    {
        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::json(200, QUEUED_ONE));
        bool answered = false;
        auto client = std::make_unique<At::Client>(transport, liveConfig());
        client->makeCall(oneRecipient(), [&answered](const auto &) { answered = true; });
        QCOMPARE(transport.requests().size(), 1);
        client.reset();
        QTest::qWait(20);
        QVERIFY(!answered);
    }

    void logsHoldNoKeyAndNoWholeNumbers()
    {
        QStringList captured;
        s_captured = &captured;
        QLoggingCategory::setFilterRules(u"simu.at.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        FakeHttpTransport transport;
        transport.enqueue(FakeHttpTransport::failure(TransportOutcome::ConnectionRefused));
        transport.enqueue(FakeHttpTransport::text(500, "oops"));
        At::Client client(transport, liveConfig(), instantRetries());
        Outcome<At::CallResult> result;
        client.makeCall({u"+254711082000"_s, {u"+254722000001"_s}, u"order-42"_s}, into(result));
        QTRY_VERIFY(result.has_value());

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        s_captured = nullptr;
        const QString all = captured.join(u'\n');
        QVERIFY2(!captured.isEmpty(), "the client should log its requests");
        QVERIFY2(!all.contains(API_KEY), qPrintable(all));
        QVERIFY2(!all.contains(u"254722000001"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"254711082000"_s), qPrintable(all));
    }
};

SIMU_TEST_MAIN(TestAtClient)
#include "tst_atclient.moc"
