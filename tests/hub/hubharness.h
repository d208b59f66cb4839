#pragma once

// A whole hub on loopback for the hub's integration tests: the AT simulator and a
// Hub::HubServer on 127.0.0.1 port 0 with a temporary data folder, wired to each other as
// `simu --headless --demo` wires them, plus users and small REST and WebSocket clients.
// Every test function builds its own, so nothing (login throttles, rate limits, live calls)
// leaks from one test into the next.

#include "atsim/callengine.h"
#include "atsim/phonedirectory.h"
#include "atsim/simulator.h"
#include "atsim/transcript.h"
#include "auth/authservice.h"
#include "hub/callcenter.h"
#include "hub/hubserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <tuple>

namespace HubTest {

inline const QString AT_NUMBER = QStringLiteral("+254711082000");
inline const QString AGENT1_LINE = QStringLiteral("+254700000101");
inline const QString AGENT2_LINE = QStringLiteral("+254700000102");
inline const QString CUSTOMER = QStringLiteral("+254722000111");
inline const QString OTHER_CUSTOMER = QStringLiteral("+256772000116");
inline const QString PASSWORD = QStringLiteral("correct-horse-battery");
inline const QString WEBHOOK_SECRET = QStringLiteral("whsec-test-3f9c2a71d04b");
constexpr int WAIT_MS = 15000;

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString errorCode() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorMessage() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
    // For QVERIFY2: what came back, readably.
    QByteArray describe() const { return QByteArray::number(status) + ' ' + body.left(600); }
};

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One WebSocket client of /api/calls/stream...: keeps every message it receives, parsed.
class Stream
{
public:
    Stream()
    {
        QObject::connect(
            &m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
                messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
            });
    }

    // Connects and waits for the handshake; false when the hub refused it (or nothing came).
    bool open(const QUrl &url, const QString &bearerToken = {})
    {
        QNetworkRequest request(url);
        if (!bearerToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        QSignalSpy failed(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
        m_socket.open(request);
        std::ignore = QTest::qWaitFor(
            [&] { return !connected.isEmpty() || !failed.isEmpty() || !closed.isEmpty(); },
            WAIT_MS);
        return !connected.isEmpty() && m_socket.state() == QAbstractSocket::ConnectedState;
    }

    bool waitForCount(qsizetype count, int timeoutMs = WAIT_MS)
    {
        return QTest::qWaitFor([&] { return messages.size() >= count; }, timeoutMs);
    }

    // The first message from index `from` on that satisfies `test`, waiting for it.
    std::optional<QJsonObject> waitFor(const std::function<bool(const QJsonObject &)> &test,
        qsizetype from = 0,
        int timeoutMs = WAIT_MS)
    {
        std::optional<QJsonObject> found;
        std::ignore = QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < messages.size() && !found; ++i) {
                    if (test(messages.at(i)))
                        found = messages.at(i);
                }
                return found.has_value();
            },
            timeoutMs);
        return found;
    }

    // The call events (everything but "ready") about one session, in arrival order.
    QList<QJsonObject> eventsFor(const QString &sessionId) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &message : messages) {
            if (message.value(QStringLiteral("sessionId")).toString() == sessionId)
                out.append(message);
        }
        return out;
    }

    void close()
    {
        QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
        m_socket.close();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            closed.wait(WAIT_MS);
    }

    QWebSocket &socket() { return m_socket; }

    QList<QJsonObject> messages;

private:
    QWebSocket m_socket;
};

class HubHarness
{
public:
    using Configure = std::function<void(Hub::HubConfig &)>;

    // `configure` adjusts the hub's configuration before each start (limits, allow-lists...);
    // `speed` is the simulator's simulated seconds per real second.
    explicit HubHarness(Configure configure = {}, double speed = 200)
        : m_configure(std::move(configure))
        , m_speed(speed)
    {}

    ~HubHarness()
    {
        m_hub.reset();
        m_sim.reset();
    }

    // Starts the simulator, then the hub; the error says what failed.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        AtSim::SimConfig config = AtSim::SimConfig::defaults();
        config.username = QStringLiteral("hubtest");
        config.seed = 7;
        config.speed = m_speed;
        config.appReplyTimeoutMs = 5000;
        config.numbers = {{AT_NUMBER, {}}};
        m_sim = std::make_unique<AtSim::Simulator>(config);
        if (m_sim->listen() == 0)
            return QStringLiteral("the simulator cannot listen");
        return startHub();
    }

    // start() and addStandardUsers(), for a QVERIFY.
    bool startWithStandardUsers()
    {
        const QString error = start();
        if (!error.isEmpty()) {
            qWarning().noquote() << "the hub did not start:" << error;
            return false;
        }
        return addStandardUsers();
    }

    // Stops the hub as a process exit would (everything in memory goes), then starts a new one
    // on the same data folder and points the simulator's callbacks at it.
    QString restartHub()
    {
        m_hub.reset();
        return startHub();
    }

    Hub::HubServer &hub() { return *m_hub; }
    AtSim::Simulator &sim() { return *m_sim; }
    QString dataDir() const { return m_dir.path(); }

    // --- users ---------------------------------------------------------------------------

    bool addUser(const QString &name, Auth::Role role, const QString &line = {})
    {
        Auth::NewUser user{name, PASSWORD, role, name.toUpper(), line};
        const auto created = m_hub->auth().createUser(user, QStringLiteral("test"), {});
        if (!created)
            qWarning() << "cannot create" << name << created.error().message;
        m_hub->calls().agentsChanged();
        return bool(created);
    }

    // admin, supervisor1, agent1 and agent2 (with lines the simulator answers) and agent3
    // (no line).
    bool addStandardUsers()
    {
        return addUser(QStringLiteral("admin"), Auth::Role::Admin)
            && addUser(QStringLiteral("supervisor1"), Auth::Role::Supervisor)
            && addUser(QStringLiteral("agent1"), Auth::Role::Agent, AGENT1_LINE)
            && addUser(QStringLiteral("agent2"), Auth::Role::Agent, AGENT2_LINE)
            && addUser(QStringLiteral("agent3"), Auth::Role::Agent);
    }

    Reply loginReply(const QString &name, const QString &password = PASSWORD)
    {
        return post(QStringLiteral("/api/auth/login"),
            {},
            QJsonObject{
                {QStringLiteral("username"), name}, {QStringLiteral("password"), password}});
    }

    // The bearer token, or "" when the login failed.
    QString login(const QString &name)
    {
        return loginReply(name).json().value(QStringLiteral("token")).toString();
    }

    // Agents are rung only while available, and an agent becomes available by signing in:
    // logs these agents in (agent1 and agent2 by default) as their consoles would.
    bool signInAgents(
        const QStringList &names = {QStringLiteral("agent1"), QStringLiteral("agent2")})
    {
        for (const QString &name : names) {
            if (login(name).isEmpty()) {
                qWarning() << "cannot sign in" << name;
                return false;
            }
        }
        return true;
    }

    // --- REST ----------------------------------------------------------------------------

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_hub->baseUrl().toString() + pathAndQuery);
    }

    Reply send(const QByteArray &method,
        const QString &pathAndQuery,
        const QString &token = {},
        const QByteArray &body = {},
        const QByteArray &contentType = "application/json",
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(pathAndQuery));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty() && !contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(WAIT_MS);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.append({name, value});
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &path, const QString &token = {}) { return send("GET", path, token); }
    Reply post(const QString &path, const QString &token, const QJsonObject &body)
    {
        return send("POST", path, token, compact(body));
    }
    Reply patch(const QString &path, const QString &token, const QJsonObject &body)
    {
        return send("PATCH", path, token, compact(body));
    }
    Reply remove(const QString &path, const QString &token) { return send("DELETE", path, token); }

    // POST /api/calls/initiate for `token`'s user.
    Reply initiate(const QString &token, const QString &to = CUSTOMER)
    {
        return post(
            QStringLiteral("/api/calls/initiate"), token, QJsonObject{{QStringLiteral("to"), to}});
    }

    // Polls GET /api/calls/{id} until `done` holds; the last answer either way.
    QJsonObject waitForCall(const QString &token,
        const QString &sessionId,
        const std::function<bool(const QJsonObject &)> &done,
        int timeoutMs = WAIT_MS)
    {
        QJsonObject call;
        std::ignore = QTest::qWaitFor(
            [&] {
                call = get(QStringLiteral("/api/calls/") + sessionId, token).json();
                return done(call);
            },
            timeoutMs);
        return call;
    }

    QJsonObject waitForFinal(const QString &token, const QString &sessionId)
    {
        return waitForCall(token, sessionId, [](const QJsonObject &call) {
            return call.value(QStringLiteral("final")).toBool();
        });
    }

    QJsonObject waitForState(const QString &token, const QString &sessionId, const QString &state)
    {
        return waitForCall(token, sessionId, [&state](const QJsonObject &call) {
            return call.value(QStringLiteral("state")).toString() == state;
        });
    }

    // How many calls the history holds, as a supervisor sees it.
    int historyTotal(const QString &token)
    {
        return get(QStringLiteral("/api/calls"), token)
            .json()
            .value(QStringLiteral("total"))
            .toInt(-1);
    }

    // --- WebSocket -----------------------------------------------------------------------

    QUrl wsUrl(const QString &pathAndQuery) const
    {
        QUrl base = m_hub->baseUrl();
        base.setScheme(QStringLiteral("ws"));
        return QUrl(base.toString() + pathAndQuery);
    }

    // An open stream, or nullptr when the handshake was refused.
    std::unique_ptr<Stream> openStream(const QString &pathAndQuery, const QString &headerToken)
    {
        auto stream = std::make_unique<Stream>();
        if (!stream->open(wsUrl(pathAndQuery), headerToken))
            return nullptr;
        return stream;
    }

    // An upgrade request written by hand, for what a refused handshake answers: the status
    // line and the body (QWebSocket reports only "unhandled status").
    Reply rawUpgrade(const QString &pathAndQuery, const QByteArray &extraHeaders = {})
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_hub->port());
        if (!socket.waitForConnected(WAIT_MS))
            return {};
        socket.write("GET " + pathAndQuery.toUtf8()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + extraHeaders + "\r\n");
        QByteArray raw;
        std::ignore = QTest::qWaitFor(
            [&] {
                raw += socket.readAll();
                return socket.state() != QAbstractSocket::ConnectedState || isComplete(raw);
            },
            WAIT_MS);
        raw += socket.readAll();
        Reply reply;
        const qsizetype headEnd = raw.indexOf("\r\n\r\n");
        const QList<QByteArray> head = raw.left(headEnd).split('\n');
        if (!head.isEmpty())
            reply.status = head.constFirst().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < head.size(); ++i) {
            const qsizetype colon = head.at(i).indexOf(':');
            if (colon > 0)
                reply.headers.append(
                    {head.at(i).left(colon).trimmed(), head.at(i).mid(colon + 1).trimmed()});
        }
        reply.body = headEnd < 0 ? QByteArray() : raw.mid(headEnd + 4);
        return reply;
    }

    // --- the simulator -------------------------------------------------------------------

    // A phone user rings the AT number; the new session id.
    QString ringIn(const QString &from = CUSTOMER)
    {
        AtSim::InboundRequest request;
        request.from = from;
        request.to = AT_NUMBER;
        const auto session = m_sim->engine().ringInbound(request);
        return session ? *session : QString();
    }

    void scriptPhone(const QString &address, const AtSim::PhoneBehaviour &behaviour)
    {
        m_sim->phones().set(address, behaviour);
    }

    // This phone answers within a simulated second and stays on the line until the test hangs
    // up (or ten simulated hours pass). A bridged call ends when either side hangs up, so a
    // call that must stay connected needs both the customer and the agent's line scripted so.
    void holdTheLine(const QString &address)
    {
        AtSim::PhoneBehaviour patient;
        patient.answerDelaySeconds = 1;
        patient.talkSeconds = 36000;
        m_sim->phones().set(address, patient);
    }

    // Every ActionXML answer the hub gave AT for a session, joined.
    QByteArray answersFor(const QString &sessionId) const
    {
        QByteArray all;
        for (const AtSim::Exchange &exchange : m_sim->transcript().callbacksFor(sessionId))
            all += exchange.responseBody + '\n';
        return all;
    }

private:
    static bool isComplete(const QByteArray &raw)
    {
        const qsizetype headEnd = raw.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray head = raw.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        if (at < 0)
            return true;
        const qsizetype end = head.indexOf('\r', at);
        const int length = head.mid(at + 15, end < 0 ? -1 : end - at - 15).trimmed().toInt();
        return raw.size() - headEnd - 4 >= length;
    }

    QString startHub()
    {
        Hub::HubConfig config;
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.port = 0;
        config.dataDir = m_dir.path();
        config.at.voiceBaseUrl = m_sim->baseUrl();
        config.at.username = m_sim->config().username;
        config.at.apiKey = m_sim->config().apiKey;
        config.voiceNumbers = {AT_NUMBER};
        config.webhookSecret = WEBHOOK_SECRET;
        if (m_configure)
            m_configure(config);
        Hub::HubServer::Options options;
        options.passwordIterations = 1000;
        m_hub = std::make_unique<Hub::HubServer>(config, options);
        if (const auto started = m_hub->start(); !started)
            return started.error();
        m_sim->setCallbackUrl(AT_NUMBER, m_hub->webhookUrl());
        return {};
    }

    QTemporaryDir m_dir;
    Configure m_configure;
    double m_speed;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AtSim::Simulator> m_sim;
    std::unique_ptr<Hub::HubServer> m_hub;
};

} // namespace HubTest
