// Client::HubClient's requests against a real hub (Hub::HubServer and the AT simulator,
// in-process, on loopback), and against things that are not a hub: logins and their errors,
// placing and transferring calls, history, agents and the user's own line. The console shows
// what this client says, so each test asserts what a person at the desk would see.

#include "auth/credentialrules.h"
#include "fakeserver.h"
#include "hubclientfixture.h"
#include "phone/phonenumbers.h"
#include "testmain.h"

using namespace Qt::StringLiterals;
using namespace HubTest;
using namespace ClientTest;

Q_DECLARE_METATYPE(Client::HistoryQuery)
Q_DECLARE_METATYPE(Client::ClientError::Kind)

namespace {

quint16 aPortNobodyListensOn()
{
    QTcpServer server;
    server.listen(QHostAddress(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QByteArray httpResponse(const QByteArray &statusLine,
    const QByteArray &contentType,
    const QByteArray &body,
    const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace

class TestHubClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- logging in ------------------------------------------------------------------------

    void loginGivesTheSessionOrTheHubsReason_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status"); // 0: logged in
        QTest::addColumn<QString>("code");

        QTest::newRow("the right password") << u"agent1"_s << PASSWORD << 0 << QString();
        QTest::newRow("a wrong password")
            << u"agent1"_s << u"not-the-password"_s << 401 << u"invalid_credentials"_s;
        QTest::newRow("a user who does not exist")
            << u"nobody"_s << PASSWORD << 401 << u"invalid_credentials"_s;
        QTest::newRow("no password typed") << u"agent1"_s << QString() << 400 << u"missing_field"_s;
    }

    void loginGivesTheSessionOrTheHubsReason()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, status);
        QFETCH(QString, code);
        Desk desk;
        QVERIFY(desk.start());
        Recorder recorder(desk.client);

        const auto answer = desk.login(user, password);
        QVERIFY2(answer && answer->ok() == (status == 0), describe(answer).constData());
        if (status == 0) {
            const Client::Session &session = answer->value();
            QVERIFY(session.token.startsWith(u"simu_"_s));
            QVERIFY(session.expiresAt > QDateTime::currentDateTimeUtc());
            QCOMPARE(session.identity.username, u"agent1"_s);
            QCOMPARE(session.identity.role, Auth::Role::Agent);
            QCOMPARE(session.identity.line, AGENT1_LINE);
            QVERIFY(desk.client.isLoggedIn());
            QCOMPARE(desk.client.session().token, session.token);
            // Later requests carry the token.
            const auto me = await<Auth::Identity>(
                [&](Client::Reply<Auth::Identity> reply) { desk.client.me(reply); });
            QVERIFY2(me && me->ok(), describe(me).constData());
            QCOMPARE(me->value(), session.identity);
            return;
        }
        const ClientError &error = answer->error();
        QCOMPARE(error.kind, ClientError::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        // The hub's own sentence, word for word.
        QCOMPARE(error.message, desk.hub.loginReply(user, password).errorMessage());
        QVERIFY(!desk.client.isLoggedIn());
        QCOMPARE(recorder.expired, 0); // a failed login is not an ended session
    }

    void whatIsNotAHubIsSaidPlainly_data()
    {
        QTest::addColumn<int>("behaviour"); // -1: nothing listens
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<ClientError::Kind>("kind");
        QTest::addColumn<QString>("says");

        QTest::newRow("the hub is not running")
            << -1 << QByteArray() << ClientError::Kind::Network << u"connection refused"_s;
        QTest::newRow("the hub never answers")
            << int(FakeServer::Behaviour::Silent) << QByteArray() << ClientError::Kind::Network
            << u"did not answer within 1 s"_s;
        QTest::newRow("another web server's 404 page")
            << int(FakeServer::Behaviour::Answer)
            << httpResponse("404 Not Found", "text/html", "<html>Not found</html>")
            << ClientError::Kind::Protocol << u"answered 404 Not Found, but not as a Simu hub"_s;
        QTest::newRow("a web page instead of the API")
            << int(FakeServer::Behaviour::Answer)
            << httpResponse("200 OK", "text/html", "<html>Welcome</html>")
            << ClientError::Kind::Protocol << u"not the Simu hub's API"_s;
        QTest::newRow("a captive portal's redirect is not followed")
            << int(FakeServer::Behaviour::Answer)
            << httpResponse(
                   "302 Found", "text/html", "", "Location: http://portal.example/login\r\n")
            << ClientError::Kind::Protocol
            << u"sent the request on to http://portal.example/login"_s;
    }

    void whatIsNotAHubIsSaidPlainly()
    {
        QFETCH(int, behaviour);
        QFETCH(QByteArray, response);
        QFETCH(ClientError::Kind, kind);
        QFETCH(QString, says);
        std::unique_ptr<FakeServer> server;
        QUrl url(u"http://127.0.0.1:%1"_s.arg(aPortNobodyListensOn()));
        if (behaviour >= 0) {
            server = std::make_unique<FakeServer>(FakeServer::Behaviour(behaviour), response);
            QVERIFY(server->listen());
            url = server->url();
        }
        Client::HubClient client;
        client.setRequestTimeout(300);
        client.setBaseUrl(url);

        const auto answer = await<Client::Session>([&](Client::Reply<Client::Session> reply) {
            client.login(u"agent1"_s, PASSWORD, reply);
        });
        QVERIFY2(answer && !answer->ok(), describe(answer).constData());
        const ClientError &error = answer->error();
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(url.toString()), qPrintable(error.message)); // where
        QVERIFY2(error.message.contains(says), qPrintable(error.message)); // what went wrong
        QCOMPARE(error.httpStatus, 0);
        if (server)
            QCOMPARE(server->requests().size(), 1); // asked once, nothing followed or resent
    }

    // Qt 6.4 sends a POST again, silently, when a kept-alive connection closes before the
    // answer: a call placed twice rings the customer twice. The client must never let it.
    void aDroppedConnectionNeverPlacesACallTwice()
    {
        FakeServer server(FakeServer::Behaviour::AnswerOnceThenDrop,
            httpResponse("200 OK", "application/json", R"({"status":"ok","version":"0.1.0"})"));
        QVERIFY(server.listen());
        Client::HubClient client;
        client.setBaseUrl(server.url());
        const auto health = await<Client::Health>(
            [&](Client::Reply<Client::Health> reply) { client.health(reply); });
        QVERIFY2(health && health->ok(), describe(health).constData()); // the connection is kept
        QCOMPARE(health->value().status, u"ok"_s);

        const auto placed = await<Calls::Call>([&](Client::Reply<Calls::Call> reply) {
            client.initiate({CUSTOMER, {}, u"order-42"_s}, reply);
        });
        QVERIFY2(placed && !placed->ok(), describe(placed).constData());
        QCOMPARE(placed->error().kind, ClientError::Kind::Network);
        QVERIFY2(placed->error().message.contains(u"may or may not have been done"_s),
            qPrintable(placed->error().message));
        QCOMPARE(server.requests().count("POST /api/calls/initiate HTTP/1.1"), 1);
    }

    // --- calls -----------------------------------------------------------------------------

    void initiateGivesTheCallOrTheReason_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("status"); // 0: placed
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("a local number is placed")
            << u"agent1"_s << u"0722 000111"_s << 0 << QString() << QString();
        QTest::newRow("a number too short to dial")
            << u"agent1"_s << u"12"_s << 400 << u"invalid_phone_number"_s
            << u"12 is too short for a phone number in Kenya."_s;
        QTest::newRow("an agent without a line")
            << u"agent3"_s << CUSTOMER << 409 << u"no_line"_s
            << u"Set your own phone line (a number or SIP address) first: Simu rings it, and dials the customer once you answer."_s;
    }

    void initiateGivesTheCallOrTheReason()
    {
        QFETCH(QString, user);
        QFETCH(QString, to);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.login(user).value_or(Util::fail(ClientError{})).ok());

        const auto placed = await<Calls::Call>([&](Client::Reply<Calls::Call> reply) {
            desk.client.initiate({to, {}, u"order-42"_s}, reply);
        });
        QVERIFY2(placed && placed->ok() == (status == 0), describe(placed).constData());
        if (status != 0) {
            QCOMPARE(placed->error().kind, ClientError::Kind::Http);
            QCOMPARE(placed->error().httpStatus, status);
            QCOMPARE(placed->error().code, code);
            QCOMPARE(placed->error().message, message);
            QVERIFY(desk.hub.sim().engine().calls().isEmpty()); // nothing reached AT
            return;
        }
        const Calls::Call &call = placed->value();
        QVERIFY(call.sessionId.startsWith(u"ATVId_"_s));
        QCOMPARE(call.kind, Calls::CallKind::ClickToCall);
        QCOMPARE(call.state, Calls::CallState::Queued);
        QCOMPARE(call.agent, user);
        QCOMPARE(call.customerNumber, CUSTOMER);
        QCOMPARE(call.clientRequestId, u"order-42"_s);
        QCOMPARE(desk.hub.sim().engine().calls().size(), 1); // placed once

        // And it can be fetched again by its id.
        const auto fetched = await<Calls::Call>(
            [&](Client::Reply<Calls::Call> reply) { desk.client.call(call.sessionId, reply); });
        QVERIFY2(fetched && fetched->ok(), describe(fetched).constData());
        QCOMPARE(fetched->value().sessionId, call.sessionId);
    }

    void transferGivesTheCallOrTheReason_data()
    {
        QTest::addColumn<QString>("which"); // "connected", "ended", "unknown"
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("a connected call moves to another number")
            << u"connected"_s << 0 << QString();
        QTest::newRow("a call that has ended") << u"ended"_s << 409 << u"call_ended"_s;
        QTest::newRow("a call that does not exist") << u"unknown"_s << 404 << u"not_found"_s;
    }

    void transferGivesTheCallOrTheReason()
    {
        QFETCH(QString, which);
        QFETCH(int, status);
        QFETCH(QString, code);
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.login(u"agent1"_s).value_or(Util::fail(ClientError{})).ok());
        QString id = u"ATVId_nosuchcall"_s;
        if (which != u"unknown"_s) {
            if (which == u"connected"_s) {
                desk.hub.holdTheLine(CUSTOMER);
                desk.hub.holdTheLine(AGENT1_LINE);
            }
            const QString token = desk.hub.login(u"agent1"_s);
            id = desk.hub.initiate(token).json().value(u"sessionId"_s).toString();
            if (which == u"connected"_s) {
                QVERIFY(QTest::qWaitFor(
                    [&] {
                        const auto *call = desk.hub.sim().engine().find(id);
                        return call && call->isBridged();
                    },
                    WAIT_MS));
            } else {
                QVERIFY(desk.hub.waitForFinal(token, id).value(u"final"_s).toBool());
            }
        }
        const auto moved = await<Calls::Call>([&](Client::Reply<Calls::Call> reply) {
            desk.client.transfer(id, {OTHER_CUSTOMER, u"callee"_s}, reply);
        });
        QVERIFY2(moved && moved->ok() == (status == 0), describe(moved).constData());
        if (status == 0) {
            QCOMPARE(moved->value().sessionId, id);
            QCOMPARE(moved->value().transfer.target, OTHER_CUSTOMER);
        } else {
            QCOMPARE(moved->error().httpStatus, status);
            QCOMPARE(moved->error().code, code);
        }
    }

    void historyFindsCallsByEveryFilter_data()
    {
        QTest::addColumn<Client::HistoryQuery>("query");
        QTest::addColumn<QStringList>("calls"); // "agent>customer", newest first
        QTest::addColumn<int>("total");

        const QString c1 = u"agent1>"_s + CUSTOMER; // completed
        const QString o1 = u"agent1>"_s + OTHER_CUSTOMER; // completed
        const QString c2 = u"agent2>"_s + CUSTOMER; // no_answer: agent2 did not pick up
        const auto query = [](auto change) {
            Client::HistoryQuery q;
            change(q);
            return q;
        };
        QTest::newRow("every call") << Client::HistoryQuery{} << QStringList{c2, o1, c1} << 3;
        QTest::newRow("one agent's calls")
            << query([](auto &q) { q.agent = u"agent2"_s; }) << QStringList{c2} << 1;
        QTest::newRow("outbound only")
            << query([](auto &q) { q.direction = u"outbound"_s; }) << QStringList{c2, o1, c1} << 3;
        QTest::newRow("inbound only")
            << query([](auto &q) { q.direction = u"inbound"_s; }) << QStringList{} << 0;
        QTest::newRow("the unanswered ones")
            << query([](auto &q) { q.states = {u"no_answer"_s}; }) << QStringList{c2} << 1;
        QTest::newRow("completed ones")
            << query([](auto &q) { q.states = {u"completed"_s}; }) << QStringList{o1, c1} << 2;
        QTest::newRow("completed or unanswered") << query([](auto &q) {
            q.states = {u"completed"_s, u"no_answer"_s};
        }) << QStringList{c2, o1, c1} << 3;
        QTest::newRow("a customer's number as typed, with its +")
            << query([](auto &q) { q.number = CUSTOMER; }) << QStringList{c2, c1} << 2;
        QTest::newRow("a customer's number in local form")
            << query([](auto &q) { q.number = u"0722 000111"_s; }) << QStringList{c2, c1} << 2;
        QTest::newRow("a day long ago") << query([](auto &q) {
            q.from = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
            q.to = QDateTime(QDate(2001, 1, 2), QTime(0, 0), Qt::UTC);
        }) << QStringList{} << 0;
        QTest::newRow("today") << query([](auto &q) {
            q.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
            q.to = QDateTime::currentDateTimeUtc().addSecs(3600);
        }) << QStringList{c2, o1, c1}
                               << 3;
        QTest::newRow("the second page of one") << query([](auto &q) {
            q.limit = 1;
            q.offset = 1;
        }) << QStringList{o1} << 3;
    }

    void historyFindsCallsByEveryFilter()
    {
        QFETCH(Client::HistoryQuery, query);
        QFETCH(QStringList, calls);
        QFETCH(int, total);
        if (!m_history) { // one hub with three finished calls serves every row
            m_history = std::make_unique<Desk>();
            QVERIFY(m_history->start());
            HubHarness &hub = m_history->hub;
            AtSim::PhoneBehaviour away;
            away.answer = AtSim::PhoneBehaviour::Answer::NoAnswer;
            hub.scriptPhone(AGENT2_LINE, away);
            const QString agent1 = hub.login(u"agent1"_s);
            const QString agent2 = hub.login(u"agent2"_s);
            for (const auto &[token, to] : {std::pair{agent1, CUSTOMER},
                     std::pair{agent1, OTHER_CUSTOMER},
                     std::pair{agent2, CUSTOMER}}) {
                const QString id = hub.initiate(token, to).json().value(u"sessionId"_s).toString();
                QVERIFY(hub.waitForFinal(token, id).value(u"final"_s).toBool());
            }
            QVERIFY(m_history->login(u"supervisor1"_s).value_or(Util::fail(ClientError{})).ok());
        }
        const auto page = await<Client::HistoryPage>([&](Client::Reply<Client::HistoryPage> reply) {
            m_history->client.history(query, reply);
        });
        QVERIFY2(page && page->ok(), describe(page).constData());
        QStringList found;
        for (const Calls::Call &call : page->value().calls)
            found.append(call.agent + u'>' + call.customerNumber);
        QCOMPARE(found, calls);
        QCOMPARE(page->value().total, total);
        QCOMPARE(page->value().offset, query.offset);
        QCOMPARE(page->value().limit, query.limit);
    }

    void cleanupTestCase() { m_history.reset(); }

    void aRequestWithAnEndedLoginEndsTheSession()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.login(u"agent1"_s).value_or(Util::fail(ClientError{})).ok());
        Recorder recorder(desk.client);
        QCOMPARE(
            desk.hub.send("POST", u"/api/auth/logout"_s, desk.client.session().token).status, 204);

        const auto me = await<Auth::Identity>(
            [&](Client::Reply<Auth::Identity> reply) { desk.client.me(reply); });
        QVERIFY2(me && !me->ok(), describe(me).constData());
        QCOMPARE(me->error().kind, ClientError::Kind::Http);
        QCOMPARE(me->error().httpStatus, 401);
        QCOMPARE(me->error().code, u"invalid_token"_s);
        QCOMPARE(recorder.expired, 1);
        QVERIFY(!desk.client.isLoggedIn());
    }

    void supervisorsSeeTheAgentsAndAgentsSetTheirLine()
    {
        Desk desk;
        QVERIFY(desk.start());
        Client::HubClient agentDesk;
        agentDesk.setBaseUrl(desk.hub.hub().baseUrl());
        QVERIFY(desk.login(u"supervisor1"_s).value_or(Util::fail(ClientError{})).ok());
        const auto agentLogin = await<Client::Session>([&](Client::Reply<Client::Session> reply) {
            agentDesk.login(u"agent1"_s, PASSWORD, reply);
        });
        QVERIFY2(agentLogin && agentLogin->ok(), describe(agentLogin).constData());

        const auto agents = [&] {
            return await<QList<Client::AgentInfo>>(
                [&](Client::Reply<QList<Client::AgentInfo>> reply) { desk.client.agents(reply); });
        };
        const auto listed = agents();
        QVERIFY2(listed && listed->ok(), describe(listed).constData());
        QCOMPARE(listed->value().size(), 3);
        const Client::AgentInfo first = listed->value().constFirst();
        QCOMPARE(first.username, u"agent1"_s);
        QCOMPARE(first.line, AGENT1_LINE);
        QVERIFY(!first.online);
        QCOMPARE(first.activeCalls, 0);

        // The agent opens the console: the supervisor sees them come online.
        agentDesk.startStream();
        QTRY_COMPARE_WITH_TIMEOUT(agentDesk.connectionState(), ConnectionState::Connected, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(agents()->value().constFirst().online, WAIT_MS);

        // The agent sets a new line; a bad one is refused with the reason.
        const auto updated = await<Auth::Identity>([&](Client::Reply<Auth::Identity> reply) {
            agentDesk.updateMyLine(u"0700 000199"_s, reply);
        });
        QVERIFY2(updated && updated->ok(), describe(updated).constData());
        QCOMPARE(updated->value().line, u"+254700000199"_s);
        QCOMPARE(agentDesk.session().identity.line, u"+254700000199"_s);
        QCOMPARE(agents()->value().constFirst().line, u"+254700000199"_s);
        const auto refused = await<Auth::Identity>(
            [&](Client::Reply<Auth::Identity> reply) { agentDesk.updateMyLine(u"12"_s, reply); });
        QVERIFY2(refused && !refused->ok(), describe(refused).constData());
        QCOMPARE(refused->error().httpStatus, 400);
        QCOMPARE(refused->error().code, u"invalid_field"_s);
        QCOMPARE(refused->error().message,
            Auth::checkLine(u"12"_s, Phone::NumberParser(u"KE"_s)).error());
        QCOMPARE(agentDesk.session().identity.line, u"+254700000199"_s);

        // Agents do not get the list.
        const auto forbidden = await<QList<Client::AgentInfo>>(
            [&](Client::Reply<QList<Client::AgentInfo>> reply) { agentDesk.agents(reply); });
        QVERIFY2(forbidden && !forbidden->ok(), describe(forbidden).constData());
        QCOMPARE(forbidden->error().httpStatus, 403);
        QCOMPARE(forbidden->error().code, u"forbidden"_s);
        QVERIFY(agentDesk.isLoggedIn()); // a refusal is not the end of the login

        // Logging out closes the stream: the agent goes offline.
        agentDesk.logout();
        QCOMPARE(agentDesk.connectionState(), ConnectionState::Disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(!agents()->value().constFirst().online, WAIT_MS);
    }

private:
    std::unique_ptr<Desk> m_history;
};

SIMU_TEST_MAIN(TestHubClient)
#include "tst_hubclient.moc"
