// AT's replies, as recorded or documented in the reference, parsed into typed results or into
// errors a person can act on. Fixtures are in data/; HTTP status and headers are per row.
#include "at/atresponseparser.h"
#include "testmain.h"

#include <QFile>
#include <QMetaEnum>
#include <QTest>

using namespace Qt::StringLiterals;
using At::Endpoint;
using At::Error;
using At::TransportOutcome;
using At::TransportReply;
using Code = At::Error::Code;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

TransportReply httpReply(int status, const QByteArray &body, const Http::HeaderList &headers = {})
{
    TransportReply reply;
    reply.outcome = TransportOutcome::Completed;
    reply.status = status;
    reply.body = body;
    reply.headers = headers;
    return reply;
}

QString describe(const At::CallEntry &entry)
{
    const char *status
        = QMetaEnum::fromType<At::CallEntry::Status>().valueToKey(static_cast<int>(entry.status));
    return u"%1|%2|%3"_s.arg(entry.phoneNumber, QString::fromLatin1(status), entry.sessionId);
}

// The error any endpoint's parser gives for a reply, or nullopt when it succeeds.
std::optional<Error> errorOf(Endpoint endpoint, const TransportReply &reply)
{
    switch (endpoint) {
    case Endpoint::Call:
        if (auto r = At::parseCallReply(reply); !r)
            return r.error();
        break;
    case Endpoint::CallTransfer:
        if (auto r = At::parseTransferReply(reply); !r)
            return r.error();
        break;
    case Endpoint::QueueStatus:
        if (auto r = At::parseQueueStatusReply(reply); !r)
            return r.error();
        break;
    case Endpoint::MediaUpload:
        if (auto r = At::parseMediaUploadReply(reply); !r)
            return r.error();
        break;
    }
    return std::nullopt;
}

} // namespace

class TestAtResponseParser : public QObject
{
    Q_OBJECT

private:
    // Checks shared by every error: a person gets a sentence, and only a /call that may have
    // happened warns about a ringing phone.
    static void checkMessageRules(Endpoint endpoint, const Error &error)
    {
        QVERIFY2(error.message.size() > 20, qPrintable(error.message));
        QCOMPARE(error.message.contains(u"may already be ringing"_s),
            endpoint == Endpoint::Call && error.mayHaveReachedAt);
    }

private Q_SLOTS:
    void callSuccess_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("queueSizeHeader");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<int>("queueSize"); // -1: none

        const QString first = u"+254722000001|Queued|ATVId_d975fb98317557654018addf8f6cb396"_s;
        const QString second = u"+254733000002|Queued|ATVId_13f5d8be2a6a9e2989af18c33abe1e5d"_s;
        QTest::newRow("two recipients queued, both session ids kept")
            << u"call_two_queued.json"_s << 200 << QByteArray() << QStringList{first, second} << -1;
        QTest::newRow("201 Created is a success too")
            << u"call_two_queued.json"_s << 201 << QByteArray() << QStringList{first, second} << -1;
        QTest::newRow("keys in another order still parse")
            << u"call_keys_reordered.json"_s << 200 << QByteArray() << QStringList{first} << -1;
        QTest::newRow("queue size header shown to the user")
            << u"call_keys_reordered.json"_s << 200 << QByteArray("1") << QStringList{first} << 1;
        QTest::newRow("garbage queue size header ignored")
            << u"call_keys_reordered.json"_s << 200 << QByteArray("lots") << QStringList{first}
            << -1;
        QTest::newRow("invalid number: typed status, no session id from \"None\"")
            << u"call_invalid_phone_number.json"_s << 200 << QByteArray()
            << QStringList{u"+2547|InvalidPhoneNumber|"_s} << -1;
        QTest::newRow("destination not supported is typed")
            << u"call_destination_not_supported.json"_s << 200 << QByteArray()
            << QStringList{u"+19175550123|DestinationNotSupported|"_s} << -1;
        QTest::newRow("insufficient credit is typed")
            << u"call_insufficient_credit.json"_s << 200 << QByteArray()
            << QStringList{u"+254722000001|InsufficientCredit|"_s} << -1;
        QTest::newRow("mixed entries, unknown status kept as Other")
            << u"call_mixed_entries.json"_s << 200 << QByteArray()
            << QStringList{first, u"+2547|InvalidPhoneNumber|"_s, u"+254733000002|Other|"_s} << -1;
    }

    void callSuccess()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(QByteArray, queueSizeHeader);
        QFETCH(QStringList, entries);
        QFETCH(int, queueSize);

        const QByteArray body = readFixture(fixture);
        QVERIFY2(!body.isEmpty(), qPrintable(fixture));
        Http::HeaderList headers{{"Content-Type", "application/json"}};
        if (!queueSizeHeader.isEmpty())
            headers.append({"X-Current-Queue-Size", queueSizeHeader});

        const auto result = At::parseCallReply(httpReply(status, body, headers));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QStringList described;
        for (const At::CallEntry &entry : result->entries)
            described.append(describe(entry));
        QCOMPARE(described, entries);
        QCOMPARE(result->queueSize.value_or(-1), queueSize);
        for (const At::CallEntry &entry : result->entries)
            QCOMPARE(entry.queued(), !entry.sessionId.isEmpty());
    }

    void callStatusTextKeptAsSent()
    {
        const auto result
            = At::parseCallReply(httpReply(200, readFixture(u"call_mixed_entries.json"_s)));
        QVERIFY(result.ok());
        QCOMPARE(result->entries.at(2).statusText, u"UnsupportedPhoneNumber"_s);
    }

    void failures_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("providerText"); // must be contained
        QTest::addColumn<bool>("mayHaveReachedAt");
        QTest::addColumn<QString>("messageContains");

        const int call = int(Endpoint::Call);
        const int transfer = int(Endpoint::CallTransfer);
        const int queue = int(Endpoint::QueueStatus);
        const int media = int(Endpoint::MediaUpload);

        QTest::newRow("caller id not on the account")
            << call << u"call_invalid_callerid.json"_s << 200 << Code::ProviderRejected
            << u"Invalid callerId: +254700000000"_s << false
            << u"not a voice number of this account"_s;
        QTest::newRow("caller number has no callback URL")
            << call << u"call_invalid_callbackurl.json"_s << 200 << Code::ProviderRejected
            << u"Invalid callbackUrl:"_s << false << u"dashboard"_s;
        QTest::newRow("wrong API key (AT's 401 text)")
            << call << u"unauthorised.txt"_s << 401 << Code::Unauthorised
            << u"The supplied authentication is invalid"_s << false << u"API key"_s;
        QTest::newRow("missing form field (akka 400 text)")
            << call << u"missing_form_field.txt"_s << 400 << Code::BadRequest
            << u"Request is missing required form field 'from'"_s << false
            << u"missing required form field 'from'"_s;
        QTest::newRow("500 on /call: the call may be ringing")
            << call << u"internal_server_error.txt"_s << 500 << Code::HttpError
            << u"There was an internal server error."_s << true << u"HTTP 500"_s;
        QTest::newRow("503 HTML page from a proxy")
            << queue << u"service_unavailable.html"_s << 503 << Code::HttpError
            << u"503 Service Temporarily Unavailable"_s << true << u"HTTP 503"_s;
        QTest::newRow("404: simulator base URL wrong")
            << call << u"internal_server_error.txt"_s << 404 << Code::HttpError << QString()
            << false << u"/call"_s;
        QTest::newRow("429 rate limited")
            << queue << u"internal_server_error.txt"_s << 429 << Code::RateLimited << QString()
            << false << u"HTTP 429"_s;
        QTest::newRow("302 redirect is not followed")
            << call << u"internal_server_error.txt"_s << 302 << Code::HttpError << QString()
            << false << u"redirects"_s;
        QTest::newRow("truncated JSON after 200 on /call")
            << call << u"malformed_truncated.json"_s << 200 << Code::BadResponse << u"Que"_s << true
            << u"does not understand"_s;
        QTest::newRow("JSON array instead of an object")
            << call << u"json_array.json"_s << 200 << Code::BadResponse << QString() << true
            << u"JSON object"_s;
        QTest::newRow("call entry without status")
            << call << u"call_entry_without_status.json"_s << 200 << Code::BadResponse << QString()
            << true << u"status"_s;
        QTest::newRow("call reply without entries")
            << call << u"call_without_entries.json"_s << 200 << Code::BadResponse << QString()
            << true << u"entries"_s;
        QTest::newRow("queue count that is not a number")
            << queue << u"queue_status_numcalls_garbage.json"_s << 200 << Code::BadResponse
            << QString() << true << u"call count"_s;
        QTest::newRow("queue status rejected")
            << queue << u"queue_status_rejected.json"_s << 200 << Code::ProviderRejected
            << u"Invalid phoneNumbers"_s << false << u"Invalid phoneNumbers"_s;
        QTest::newRow("transfer aborted (wrapped)")
            << transfer << u"transfer_wrapped_aborted.json"_s << 200 << Code::ProviderRejected
            << u"Aborted"_s << false << u"aborted the transfer"_s;
        QTest::newRow("transfer aborted (top level)")
            << transfer << u"transfer_top_level_aborted.json"_s << 200 << Code::ProviderRejected
            << u"Aborted"_s << false << u"aborted the transfer"_s;
        QTest::newRow("transfer refused with a reason")
            << transfer << u"transfer_error_message.json"_s << 200 << Code::ProviderRejected
            << u"Call has only one leg"_s << false << u"Call has only one leg"_s;
        QTest::newRow("transfer reply without status")
            << transfer << u"transfer_without_status.json"_s << 200 << Code::BadResponse
            << QString() << true << u"may already be under way"_s;
        QTest::newRow("500 on /callTransfer: may be under way")
            << transfer << u"internal_server_error.txt"_s << 500 << Code::HttpError << QString()
            << true << u"may already be under way"_s;
        QTest::newRow("media upload rejected in JSON")
            << media << u"media_upload_rejected.json"_s << 200 << Code::ProviderRejected
            << u"Invalid phoneNumber"_s << false << u"audio file"_s;
        QTest::newRow("media upload with wrong key")
            << media << u"unauthorised.txt"_s << 401 << Code::Unauthorised
            << u"The supplied authentication is invalid"_s << false << u"API key"_s;
    }

    void failures()
    {
        QFETCH(int, endpoint);
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(Code, code);
        QFETCH(QString, providerText);
        QFETCH(bool, mayHaveReachedAt);
        QFETCH(QString, messageContains);

        const QByteArray body = readFixture(fixture);
        QVERIFY2(!body.isEmpty(), qPrintable(fixture));
        const auto error = errorOf(Endpoint(endpoint), httpReply(status, body));
        QVERIFY(error.has_value());
        QCOMPARE(error->code, code);
        QCOMPARE(error->httpStatus, status);
        QVERIFY2(error->providerText.contains(providerText), qPrintable(error->providerText));
        QCOMPARE(error->mayHaveReachedAt, mayHaveReachedAt);
        QVERIFY2(error->message.contains(messageContains), qPrintable(error->message));
        checkMessageRules(Endpoint(endpoint), *error);
    }

    void htmlErrorPageIsReadable()
    {
        const auto error = errorOf(
            Endpoint::QueueStatus, httpReply(503, readFixture(u"service_unavailable.html"_s)));
        QVERIFY(error.has_value());
        QVERIFY2(!error->providerText.contains(u'<'), qPrintable(error->providerText));
        QVERIFY(!error->providerText.contains(u'\n'));
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<Code>("code");
        QTest::addColumn<bool>("mayHaveReachedAt");
        QTest::addColumn<QString>("messageContains");

        const int call = int(Endpoint::Call);
        QTest::newRow("connection refused: nothing sent")
            << call << int(TransportOutcome::ConnectionRefused) << Code::ConnectionFailed << false
            << u"Nothing was sent"_s;
        QTest::newRow("name lookup failed: nothing sent")
            << call << int(TransportOutcome::HostNotFound) << Code::ConnectionFailed << false
            << u"server name was not found"_s;
        QTest::newRow("TLS handshake failed: nothing sent")
            << call << int(TransportOutcome::TlsError) << Code::ConnectionFailed << false
            << u"secure connection"_s;
        QTest::newRow("timeout on /call: may be ringing")
            << call << int(TransportOutcome::Timeout) << Code::Timeout << true
            << u"before dialling again"_s;
        QTest::newRow("connection lost on /call: may be ringing")
            << call << int(TransportOutcome::ConnectionLost) << Code::NetworkError << true
            << u"before dialling again"_s;
        QTest::newRow("other network error on /call: may be ringing")
            << call << int(TransportOutcome::NetworkError) << Code::NetworkError << true
            << u"before dialling again"_s;
        QTest::newRow("timeout on /callTransfer: may be under way")
            << int(Endpoint::CallTransfer) << int(TransportOutcome::Timeout) << Code::Timeout
            << true << u"may already be under way"_s;
        QTest::newRow("timeout on /queueStatus: no scary warning")
            << int(Endpoint::QueueStatus) << int(TransportOutcome::Timeout) << Code::Timeout << true
            << u"did not answer in time"_s;
    }

    void transportFailures()
    {
        QFETCH(int, endpoint);
        QFETCH(int, outcome);
        QFETCH(Code, code);
        QFETCH(bool, mayHaveReachedAt);
        QFETCH(QString, messageContains);

        TransportReply reply;
        reply.outcome = TransportOutcome(outcome);
        reply.errorString = u"Qt's own words"_s;
        const auto error = errorOf(Endpoint(endpoint), reply);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, code);
        QCOMPARE(error->httpStatus, 0);
        QCOMPARE(error->mayHaveReachedAt, mayHaveReachedAt);
        QCOMPARE(error->providerText, u"Qt's own words"_s);
        QVERIFY2(error->message.contains(messageContains), qPrintable(error->message));
        checkMessageRules(Endpoint(endpoint), *error);
    }

    void transferSuccess_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("wrapped in callTransferResponse (recorded)")
            << u"transfer_wrapped_success.json"_s;
        QTest::newRow("top level (Java SDK shape)") << u"transfer_top_level_success.json"_s;
    }

    void transferSuccess()
    {
        QFETCH(QString, fixture);
        const auto result = At::parseTransferReply(httpReply(200, readFixture(fixture)));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->status, u"Success"_s);
    }

    void queueStatus_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("entries");
        QTest::newRow("nobody waiting (recorded)") << u"queue_status_empty.json"_s << QStringList();
        QTest::newRow("counts as JSON numbers")
            << u"queue_status_entries.json"_s
            << QStringList{u"+254711082000||1"_s, u"+254711082001|support|4"_s};
        QTest::newRow("count as a string (doc transcription)")
            << u"queue_status_numcalls_string.json"_s << QStringList{u"+254711082000|sales|7"_s};
    }

    void queueStatus()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, entries);
        const auto result = At::parseQueueStatusReply(httpReply(200, readFixture(fixture)));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QStringList described;
        for (const At::QueueEntry &entry : result->entries)
            described.append(
                u"%1|%2|%3"_s.arg(entry.phoneNumber, entry.queueName).arg(entry.numCalls));
        QCOMPARE(described, entries);
    }

    void mediaUpload_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("201 with akka's text body (not JSON)")
            << 201 << readFixture(u"media_upload_created.txt"_s);
        QTest::newRow("200 with an empty body") << 200 << QByteArray();
        QTest::newRow("201 with a JSON success body") << 201 << QByteArray(R"({"success":true})");
    }

    void mediaUpload()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const auto result = At::parseMediaUploadReply(httpReply(status, body));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->httpStatus, status);
        QCOMPARE(result->text, QString::fromUtf8(body).trimmed());
    }
};

SIMU_TEST_MAIN(TestAtResponseParser)
#include "tst_atresponseparser.moc"
