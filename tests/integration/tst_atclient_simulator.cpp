// The AT REST client against the AT simulator over real HTTP on 127.0.0.1: the two halves of
// Simu that must agree on Africa's Talking's wire format, each written from the reference.

#include "at/atclient.h"
#include "atsim/callengine.h"
#include "atsim/faultplan.h"
#include "atsim/phonedirectory.h"
#include "atsim/simulator.h"
#include "atsim/transcript.h"
#include "fakeapp.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString AT_NUMBER = u"+254711082000"_s;

template <typename T>
struct Outcome
{
    std::optional<Util::Result<T, At::Error>> result;
};

} // namespace

class TestAtClientSimulator : public QObject
{
    Q_OBJECT

private:
    void startSimulator(const QString &apiKey = u"atsk_sim"_s)
    {
        AtSim::SimConfig config = AtSim::SimConfig::defaults();
        config.username = u"myapp"_s;
        config.apiKey = u"atsk_sim"_s;
        config.speed = 200;
        config.seed = 3;
        config.numbers = {{AT_NUMBER, m_app->url()}};
        m_sim = std::make_unique<AtSim::Simulator>(config);
        QVERIFY(m_sim->listen() != 0);
        At::Config atConfig;
        atConfig.voiceBaseUrl = m_sim->baseUrl();
        atConfig.username = u"myapp"_s;
        atConfig.apiKey = apiKey;
        atConfig.timeoutMs = 3000;
        At::RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        m_client = std::make_unique<At::Client>(m_transport, atConfig, fast);
    }

    Util::Result<At::CallResult, At::Error> call(const At::CallRequest &request)
    {
        std::optional<Util::Result<At::CallResult, At::Error>> result;
        m_client->makeCall(request, [&](const auto &r) { result = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        }();
        return result.value_or(Util::fail(At::Error{}));
    }

    int restRequests(const QString &path) const
    {
        int count = 0;
        for (const AtSim::Exchange &exchange : m_sim->transcript().exchanges()) {
            if (exchange.kind == AtSim::Exchange::Kind::RestRequest && exchange.url.path() == path)
                ++count;
        }
        return count;
    }

    std::unique_ptr<TestSupport::FakeApp> m_app;
    std::unique_ptr<AtSim::Simulator> m_sim;
    At::NetworkTransport m_transport;
    std::unique_ptr<At::Client> m_client;

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestSupport::FakeApp>();
        startSimulator();
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_app.reset();
    }

    void queuedCallReachesTheApp()
    {
        const auto result
            = call({AT_NUMBER, {u"+254722000001"_s, u"+254733000002"_s}, u"order-42"_s});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->entries.size(), 2);
        for (const At::CallEntry &entry : result->entries) {
            QCOMPARE(entry.status, At::CallEntry::Status::Queued);
            QVERIFY(entry.sessionId.startsWith(u"ATVId_"_s));
        }
        QVERIFY(result->queueSize.has_value());
        // The simulator dials them; the app hears about the first one with our request id.
        const QString session = result->entries.at(0).sessionId;
        QVERIFY(m_app->waitForFinal(session));
        QCOMPARE(m_app->receivedFor(session).at(0).value(u"clientRequestId"_s), u"order-42"_s);
    }

    void perNumberStatusesAreTyped()
    {
        const auto result
            = call({AT_NUMBER, {u"+2547"_s, u"+16502530000"_s, u"+254722000001"_s}, {}});
        QVERIFY(result.ok());
        QCOMPARE(result->entries.size(), 3);
        QCOMPARE(result->entries.at(0).status, At::CallEntry::Status::InvalidPhoneNumber);
        QVERIFY(result->entries.at(0).sessionId.isEmpty()); // AT sent "None"
        QCOMPARE(result->entries.at(1).status, At::CallEntry::Status::DestinationNotSupported);
        QCOMPARE(result->entries.at(2).status, At::CallEntry::Status::Queued);
    }

    void insufficientCreditIsTyped()
    {
        m_sim->engine().setBalance(0);
        const auto result = call({AT_NUMBER, {u"+254722000001"_s}, {}});
        QVERIFY(result.ok());
        QCOMPARE(result->entries.at(0).status, At::CallEntry::Status::InsufficientCredit);
    }

    void wrongCallerIdIsAProviderRejection()
    {
        const auto result = call({u"+254700000000"_s, {u"+254722000001"_s}, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, At::Error::Code::ProviderRejected);
        QVERIFY(result.error().providerText.startsWith(u"Invalid callerId: "_s));
        QVERIFY(result.error().message.contains(u"voice number"_s));
        QVERIFY(!result.error().mayHaveReachedAt);
    }

    void wrongApiKeyIsUnauthorised()
    {
        startSimulator(u"atsk_wrong"_s);
        const auto result = call({AT_NUMBER, {u"+254722000001"_s}, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, At::Error::Code::Unauthorised);
        QCOMPARE(result.error().httpStatus, 401);
        QCOMPARE(result.error().providerText, u"The supplied authentication is invalid"_s);
    }

    // The rule that protects customers and the account: a /call that may have reached AT is
    // never sent again.
    void serverErrorOnCallIsNotRetried_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<At::Error::Code>("code");
        QTest::newRow("HTTP 500") << u"status"_s << At::Error::Code::HttpError;
        QTest::newRow("connection reset") << u"reset"_s << At::Error::Code::NetworkError;
        QTest::newRow("malformed JSON") << u"malformed_json"_s << At::Error::Code::BadResponse;
    }
    void serverErrorOnCallIsNotRetried()
    {
        QFETCH(QString, kind);
        QFETCH(At::Error::Code, code);
        m_sim->faults().add(
            *AtSim::Fault::fromJson({{u"endpoint"_s, u"/call"_s}, {u"kind"_s, kind}}));
        const auto result = call({AT_NUMBER, {u"+254722000001"_s}, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(result.error().mayHaveReachedAt);
        QVERIFY(result.error().message.contains(u"may already be ringing"_s));
        QCOMPARE(restRequests(u"/call"_s), 1);
    }

    void readOnlyQueueStatusIsRetriedAfterA503()
    {
        m_sim->faults().add(*AtSim::Fault::fromJson(
            {{u"endpoint"_s, u"/queueStatus"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 503}}));
        std::optional<Util::Result<At::QueueStatusResult, At::Error>> result;
        m_client->queueStatus({{AT_NUMBER}, {}}, [&](const auto &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->ok());
        QVERIFY((*result)->entries.isEmpty());
        QCOMPARE(restRequests(u"/queueStatus"_s), 2);
    }

    void mediaUploadAndTransferShapes()
    {
        std::optional<Util::Result<At::MediaUploadResult, At::Error>> upload;
        m_client->uploadMedia({AT_NUMBER, QUrl(u"https://media.example.com/hold.mp3"_s)},
            [&](const auto &r) { upload = r; });
        QTRY_VERIFY_WITH_TIMEOUT(upload.has_value(), 10000);
        QVERIFY(upload->ok());
        QCOMPARE((*upload)->httpStatus, 201);

        // A transfer of a session that does not exist: AT answers "Aborted".
        std::optional<Util::Result<At::TransferResult, At::Error>> transfer;
        m_client->transferCall(
            {u"ATVId_00000000000000000000000000000000"_s, u"+254722000009"_s, {}, {}},
            [&](const auto &r) { transfer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(transfer.has_value(), 10000);
        QVERIFY(!transfer->ok());
        QCOMPARE(transfer->error().code, At::Error::Code::ProviderRejected);
    }
};

SIMU_TEST_MAIN(TestAtClientSimulator)
#include "tst_atclient_simulator.moc"
