// At::Client and the real NetworkTransport against AT-like servers on 127.0.0.1: what arrives
// on the wire, and how real network failures are classified and (not) retried. Includes the
// Qt 6.4 trap this client guards against: QNetworkAccessManager re-sends a POST on its own
// when the server closes the connection without answering, which would ring a customer twice.
#include "at/atclient.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "testmain.h"
#include "util/formcodec.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using At::TransportOutcome;
using Code = At::Error::Code;

namespace {

const QString API_KEY = u"atsk_0123456789abcdef"_s;

// A server that reads requests and then either never answers or hangs up without a word,
// counting every request that reaches it.
class RawServer
{
public:
    enum class Mode { NeverAnswer, HangUpAfterRequest };

    explicit RawServer(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer->left(headerEnd).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            const int length = lengthAt < 0
                ? 0
                : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                      .trimmed()
                      .toInt();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            ++m_requests; // one complete request; keep-alive pipelining is not in play here
            buffer->remove(0, headerEnd + 4 + length);
            if (m_mode == Mode::HangUpAfterRequest)
                socket->close();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    Mode m_mode;
    QTcpServer m_server;
    int m_requests = 0;
};

At::Config configFor(quint16 port, int timeoutMs = 5000)
{
    At::Config config;
    config.voiceBaseUrl = QUrl(u"http://127.0.0.1:%1/at"_s.arg(port));
    config.username = u"myapp"_s;
    config.apiKey = API_KEY;
    config.timeoutMs = timeoutMs;
    return config;
}

At::RetryPolicy quickRetries(int maxAttempts)
{
    At::RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 20;
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

} // namespace

class TestAtClientNetwork : public QObject
{
    Q_OBJECT

private:
    Http::Router m_router;
    std::unique_ptr<Http::Server> m_server;
    quint16 m_port = 0;
    QList<Http::Request> m_seen;
    QList<Http::Response> m_answers; // consumed in order by every route

    Http::Response nextAnswer(const Http::Request &request)
    {
        m_seen.append(request);
        if (m_answers.isEmpty())
            return Http::Response::text("no canned answer", 500);
        return m_answers.takeFirst();
    }

    // Sends one request straight through NetworkTransport and waits for its reply.
    static std::optional<At::TransportReply> sendRaw(
        At::NetworkTransport &transport, const QUrl &url, int timeoutMs = 5000)
    {
        At::OutgoingRequest request;
        request.url = url;
        request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        request.body = "username=myapp&to=%2B254722000001";
        request.timeoutMs = timeoutMs;
        std::optional<At::TransportReply> reply;
        QObject context;
        transport.send(request, &context, [&reply](const At::TransportReply &r) { reply = r; });
        if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 20000))
            return std::nullopt;
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &path :
            {u"/at/call"_s, u"/at/queueStatus"_s, u"/at/callTransfer"_s, u"/at/mediaUpload"_s})
            m_router.post(path, [this](const Http::Request &r) { return nextAnswer(r); });
        m_server = std::make_unique<Http::Server>(m_router);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_seen.clear();
        m_answers.clear();
    }

    void callArrivesExactlyAsTheReferenceSays()
    {
        m_answers.append(Http::Response::bytes("application/json",
            R"({"entries":[{"phoneNumber":"+254722000001","status":"Queued",)"
            R"("sessionId":"ATVId_d975fb98317557654018addf8f6cb396"},)"
            R"({"phoneNumber":"+254733000002","status":"Queued",)"
            R"("sessionId":"ATVId_13f5d8be2a6a9e2989af18c33abe1e5d"}],"errorMessage":"None"})")
                             .withHeader("X-Current-Queue-Size", "1"));
        At::NetworkTransport transport;
        At::Client client(transport, configFor(m_port));

        Outcome<At::CallResult> result;
        client.makeCall(
            {u"+254711082000"_s, {u"+254722000001"_s, u"+254733000002"_s}, u"order-42"_s},
            into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);

        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
        QCOMPARE((*result)->entries.size(), 2);
        QCOMPARE((*result)->entries.at(1).sessionId, u"ATVId_13f5d8be2a6a9e2989af18c33abe1e5d"_s);
        QCOMPARE((*result)->queueSize.value_or(-1), 1);

        QCOMPARE(m_seen.size(), 1);
        const Http::Request &seen = m_seen.constFirst();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.path, u"/at/call"_s);
        QCOMPARE(seen.header("apikey"), API_KEY.toUtf8()); // header names are case-insensitive
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QCOMPARE(seen.mediaType(), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(seen.body,
            QByteArray("username=myapp&from=%2B254711082000"
                       "&to=%2B254722000001%2C%2B254733000002&clientRequestId=order-42"));
        const Util::FormFields form = Util::decodeForm(seen.body);
        QCOMPARE(Util::formValue(form, u"from"_s), u"+254711082000"_s);
        QCOMPARE(Util::formValue(form, u"to"_s), u"+254722000001,+254733000002"_s);
        QCOMPARE(Util::formValue(form, u"clientRequestId"_s), u"order-42"_s);
    }

    void wrongKeyBecomesUnauthorised()
    {
        m_answers.append(Http::Response::text("The supplied authentication is invalid", 401)
                             .withHeader("WWW-Authenticate", R"(Basic realm="api",charset=UTF-8)"));
        At::NetworkTransport transport;
        At::Client client(transport, configFor(m_port));

        Outcome<At::CallResult> result;
        client.makeCall({u"+254711082000"_s, {u"+254722000001"_s}, {}}, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, Code::Unauthorised);
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(result->error().providerText, u"The supplied authentication is invalid"_s);
        QVERIFY(result->error().message.contains(u"API key"_s));
        QCOMPARE(m_seen.size(), 1);
    }

    void queueStatusRetriedAfter503()
    {
        m_answers.append(Http::Response::text("Service Unavailable", 503));
        m_answers.append(Http::Response::bytes(
            "application/json", R"({"entries":[],"errorMessage":"None","status":"Success"})"));
        At::NetworkTransport transport;
        At::Client client(transport, configFor(m_port), quickRetries(3));

        Outcome<At::QueueStatusResult> result;
        client.queueStatus({{u"+254711082000"_s}, {}}, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->ok());
        QCOMPARE(m_seen.size(), 2);
        QCOMPARE(m_seen.at(1).body, m_seen.at(0).body);
    }

    void silentServerTimesOutAndCallIsNotResent()
    {
        RawServer silent(RawServer::Mode::NeverAnswer);
        At::NetworkTransport transport;
        At::Client client(transport, configFor(silent.port(), 300), quickRetries(4));
        QSignalSpy retries(&client, &At::Client::retryScheduled);

        Outcome<At::CallResult> result;
        client.makeCall({u"+254711082000"_s, {u"+254722000001"_s}, {}}, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QTest::qWait(300); // room for a wrong resend to arrive

        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, Code::Timeout);
        QVERIFY(result->error().mayHaveReachedAt);
        QVERIFY(result->error().message.contains(u"may already be ringing"_s));
        QCOMPARE(silent.requests(), 1);
        QCOMPARE(retries.size(), 0);
    }

    void hangUpWithoutAnswerIsNotResentByQt()
    {
        RawServer rude(RawServer::Mode::HangUpAfterRequest);
        At::NetworkTransport transport;
        At::Client client(transport, configFor(rude.port()), quickRetries(4));

        Outcome<At::CallResult> result;
        client.makeCall({u"+254711082000"_s, {u"+254722000001"_s}, {}}, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QTest::qWait(300);

        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, Code::NetworkError);
        QVERIFY(result->error().mayHaveReachedAt);
        QCOMPARE(rude.requests(), 1); // Qt alone would have sent it twice
    }

    void closedPortIsRetriedUpToMaxAttempts()
    {
        quint16 closedPort = 0;
        {
            Http::Router router;
            Http::Server server(router);
            closedPort = server.listen(QHostAddress::LocalHost, 0);
            QVERIFY(closedPort != 0);
        }
        At::NetworkTransport transport;
        At::Client client(transport, configFor(closedPort), quickRetries(3));
        QSignalSpy retries(&client, &At::Client::retryScheduled);

        Outcome<At::CallResult> result;
        client.makeCall({u"+254711082000"_s, {u"+254722000001"_s}, {}}, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);

        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, Code::ConnectionFailed);
        QVERIFY(!result->error().mayHaveReachedAt);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(1).at(1).toInt(), 3);
    }

    void transportClassifiesOutcomes_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("outcome");
        QTest::newRow("HTTP answer, even an error status") << 0 << int(TransportOutcome::Completed);
        QTest::newRow("redirect comes back, not followed") << 1 << int(TransportOutcome::Completed);
        QTest::newRow("closed port") << 2 << int(TransportOutcome::ConnectionRefused);
        QTest::newRow("name that cannot resolve") << 3 << int(TransportOutcome::HostNotFound);
        QTest::newRow("server never answers") << 4 << int(TransportOutcome::Timeout);
        QTest::newRow("server hangs up") << 5 << int(TransportOutcome::ConnectionLost);
    }

    void transportClassifiesOutcomes()
    {
        QFETCH(int, scenario);
        QFETCH(int, outcome);
        const QUrl base(u"http://127.0.0.1:%1/at/call"_s.arg(m_port));
        At::NetworkTransport transport;
        std::optional<At::TransportReply> reply;
        if (scenario == 0) {
            m_answers.append(Http::Response::text("The supplied authentication is invalid", 401)
                                 .withHeader("X-Current-Queue-Size", "2"));
            reply = sendRaw(transport, base);
            QVERIFY(reply);
            QCOMPARE(reply->status, 401);
            QCOMPARE(reply->body, QByteArray("The supplied authentication is invalid"));
            QCOMPARE(reply->header("x-current-queue-size"), QByteArray("2"));
        } else if (scenario == 1) {
            m_answers.append(Http::Response::empty(307).withHeader(
                "Location", u"http://127.0.0.1:%1/at/queueStatus"_s.arg(m_port).toUtf8()));
            reply = sendRaw(transport, base);
            QVERIFY(reply);
            QCOMPARE(reply->status, 307);
            QCOMPARE(m_seen.size(), 1); // the body was not re-posted to the new location
        } else if (scenario == 2) {
            quint16 closedPort = 0;
            {
                Http::Router router;
                Http::Server server(router);
                closedPort = server.listen(QHostAddress::LocalHost, 0);
            }
            reply = sendRaw(transport, QUrl(u"http://127.0.0.1:%1/call"_s.arg(closedPort)));
        } else if (scenario == 3) {
            reply = sendRaw(transport, QUrl(u"http://simu-test.invalid/call"_s)); // RFC 6761
        } else {
            RawServer server(
                scenario == 4 ? RawServer::Mode::NeverAnswer : RawServer::Mode::HangUpAfterRequest);
            reply = sendRaw(transport, QUrl(u"http://127.0.0.1:%1/call"_s.arg(server.port())), 300);
            QTest::qWait(100);
            QCOMPARE(server.requests(), 1);
        }
        QVERIFY(reply);
        QCOMPARE(int(reply->outcome), outcome);
        QCOMPARE(reply->provesNotSent(), scenario == 2 || scenario == 3);
    }
};

SIMU_TEST_MAIN(TestAtClientNetwork)
#include "tst_atclient_network.moc"
