#pragma once

// What the HubClient tests share: waiting for a request's answer, recording what the client
// emits, and a desk (a hub with the AT simulator and the standard users, plus the console's
// client, directly or through a TcpProxy).

#include "atsim/simcall.h"
#include "client/hubclient.h"
#include "hubharness.h"
#include "tcpproxy.h"

#include <algorithm>

namespace ClientTest {

using namespace Qt::StringLiterals;
using Client::ClientError;
using Client::ConnectionState;
using HubTest::HubHarness;
using HubTest::PASSWORD;
using HubTest::WAIT_MS;

template <typename T>
using Answer = std::optional<Util::Result<T, ClientError>>;

// Starts a request and waits for its answer (nullopt when none came).
template <typename T>
Answer<T> await(const std::function<void(Client::Reply<T>)> &start)
{
    auto answers = std::make_shared<std::vector<Util::Result<T, ClientError>>>();
    start([answers](const Util::Result<T, ClientError> &result) { answers->push_back(result); });
    if (!QTest::qWaitFor([&] { return !answers->empty(); }, WAIT_MS))
        return std::nullopt;
    return answers->front();
}

template <typename T>
QByteArray describe(const Answer<T> &answer)
{
    if (!answer)
        return "no answer";
    if (answer->ok())
        return "ok";
    const ClientError &error = answer->error();
    return QByteArray::number(int(error.kind)) + ' ' + QByteArray::number(error.httpStatus) + ' '
        + error.code.toUtf8() + ": " + error.message.toUtf8();
}

// The events the client passed on, and the connection states it went through.
struct Recorder
{
    explicit Recorder(Client::HubClient &client)
    {
        QObject::connect(&client, &Client::HubClient::event, &m_context, [this](const auto &event) {
            events.append(event);
        });
        QObject::connect(&client,
            &Client::HubClient::connectionStateChanged,
            &m_context,
            [this](ConnectionState state) { states.append(state); });
        QObject::connect(&client, &Client::HubClient::caughtUp, &m_context, [this](int missed) {
            caughtUp.append(missed);
            eventsWhenCaughtUp.append(events.size());
        });
        QObject::connect(&client,
            &Client::HubClient::snapshot,
            &m_context,
            [this](const QList<Calls::Call> &calls, qint64 seq) {
                snapshots.append({calls, seq});
            });
        QObject::connect(
            &client, &Client::HubClient::sessionExpired, &m_context, [this] { ++expired; });
    }

    bool hasFinal(const QString &sessionId) const
    {
        for (const Client::StreamEvent &event : events) {
            if (event.sessionId == sessionId && event.call.isFinal())
                return true;
        }
        return false;
    }
    QList<Client::StreamEvent> eventsFor(const QString &sessionId) const
    {
        QList<Client::StreamEvent> out;
        for (const Client::StreamEvent &event : events) {
            if (event.sessionId == sessionId)
                out.append(event);
        }
        return out;
    }
    QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const Client::StreamEvent &event : events)
            out.append(event.seq);
        return out;
    }

    QList<Client::StreamEvent> events;
    QList<ConnectionState> states;
    QList<int> caughtUp;
    QList<qsizetype> eventsWhenCaughtUp;
    QList<std::pair<QList<Calls::Call>, qint64>> snapshots;
    int expired = 0;

private:
    QObject m_context; // the connections end with the recorder, whoever outlives it
};

// A desk: a hub (with the simulator and the standard users) and the console's client,
// talking directly or through a TcpProxy that tests can cut.
struct Desk
{
    explicit Desk(HubHarness::Configure configure = {})
        : hub(std::move(configure))
    {}

    // Every call ends and the hub has stored what AT last told it before it is destroyed: a
    // hub destroyed with callbacks still in its journal answers them through an HTTP server
    // that is already gone (a shutdown-order problem of Hub::HubServer, not of the client).
    ~Desk()
    {
        if (!started)
            return;
        for (AtSim::SimCall *call : hub.sim().engine().calls()) {
            if (!call->isFinished())
                call->hangUpByPhoneUser();
        }
        std::ignore = QTest::qWaitFor(
            [this] {
                const auto calls = hub.sim().engine().calls();
                return std::all_of(calls.begin(), calls.end(), [](auto *c) {
                    return c->isFinished();
                }) && hub.hub().calls().stats().liveCalls == 0;
            },
            WAIT_MS);
        hub.get(u"/api/health"_s); // one more turn of the hub's event loop: its journal commits
    }

    bool start(bool throughProxy = false)
    {
        if (!hub.startWithStandardUsers())
            return false;
        started = true;
        client.setReconnectDelays(50, 400); // the tests wait for reconnects, not the defaults
        if (!throughProxy) {
            client.setBaseUrl(hub.hub().baseUrl());
            return true;
        }
        proxy = std::make_unique<TcpProxy>(hub.hub().port());
        if (!proxy->listen())
            return false;
        client.setBaseUrl(proxy->url());
        return true;
    }

    Answer<Client::Session> login(const QString &user, const QString &password = PASSWORD)
    {
        return await<Client::Session>(
            [&](Client::Reply<Client::Session> reply) { client.login(user, password, reply); });
    }

    HubHarness hub;
    Client::HubClient client;
    std::unique_ptr<TcpProxy> proxy;
    bool started = false;
};

inline QStringList callStates(const QList<Client::StreamEvent> &events)
{
    QStringList out;
    for (const Client::StreamEvent &event : events)
        out.append(Calls::apiName(event.call.state));
    return out;
}

inline bool contiguousFrom(const QList<qint64> &seqs, qint64 first)
{
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        if (seqs.at(i) != first + i)
            return false;
    }
    return true;
}

} // namespace ClientTest
