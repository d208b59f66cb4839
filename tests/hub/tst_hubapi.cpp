// The hub's REST API over real HTTP, against the AT simulator: logins, tokens and roles,
// placing and transferring calls, history, and the "done when" (a call survives a
// restart of the hub).

#include "atsim/faultplan.h"
#include "atsim/simcall.h"
#include "hubharness.h"
#include "testmain.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

QStringList sessionIds(const QJsonObject &page)
{
    QStringList ids;
    for (const QJsonValue &call : page.value(u"calls"_s).toArray())
        ids.append(call.toObject().value(u"sessionId"_s).toString());
    return ids;
}

} // namespace

class TestHubApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- logging in -------------------------------------------------------------------------

    void login_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("right password gives a token") << u"agent1"_s << PASSWORD << 200 << u""_s;
        QTest::newRow("username typed in capitals still logs in")
            << u"Agent1"_s << PASSWORD << 200 << u""_s;
        QTest::newRow("wrong password is refused")
            << u"agent1"_s << u"not-the-password"_s << 401 << u"invalid_credentials"_s;
        QTest::newRow("unknown user is refused")
            << u"nobody"_s << PASSWORD << 401 << u"invalid_credentials"_s;
    }

    void login()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(int, status);
        QFETCH(QString, code);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());

        const Reply reply = hub.loginReply(username, password);
        QCOMPARE(reply.status, status);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        if (status != 200) {
            QCOMPARE(reply.errorCode(), code);
            QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer realm=\"simu\""));
            QVERIFY(!reply.json().contains(u"token"_s));
            return;
        }
        const QJsonObject json = reply.json();
        const QString token = json.value(u"token"_s).toString();
        QVERIFY2(token.startsWith(u"simu_"_s) && token.size() == 48, qPrintable(token));
        QCOMPARE(json.value(u"role"_s).toString(), u"agent"_s);
        QCOMPARE(json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"agent1"_s);
        const QDateTime expires
            = QDateTime::fromString(json.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(hub.get(u"/api/me"_s, token).status, 200);
    }

    // A guesser must not learn which usernames exist.
    void unknownUserAndWrongPasswordGetTheSameAnswer()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const Reply wrongPassword = hub.loginReply(u"agent1"_s, u"not-the-password"_s);
        const Reply unknownUser = hub.loginReply(u"nobody"_s, u"not-the-password"_s);
        QCOMPARE(unknownUser.status, wrongPassword.status);
        QCOMPARE(unknownUser.body, wrongPassword.body);
    }

    void loginIsThrottledAfterRepeatedFailures()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        Reply reply;
        int failures = 0;
        for (; failures < 10; ++failures) {
            reply = hub.loginReply(u"agent1"_s, u"guess-number-%1"_s.arg(failures));
            if (reply.status != 401)
                break;
        }
        QCOMPARE(reply.status, 429);
        QCOMPARE(failures, 5); // the sixth guess is not even checked
        QCOMPARE(reply.errorCode(), u"rate_limited"_s);
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 300, reply.header("Retry-After").constData());
        // Even the right password waits now; another user at the same address does not.
        QCOMPARE(hub.loginReply(u"agent1"_s).status, 429);
        QCOMPARE(hub.loginReply(u"agent2"_s).status, 200);
    }

    void meShowsTheLoggedInUser()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const Reply agent = hub.get(u"/api/me"_s, hub.login(u"agent1"_s));
        QCOMPARE(agent.status, 200);
        QJsonObject me = agent.json();
        // Signing in made the agent available, just now.
        const QDateTime since
            = QDateTime::fromString(me.take(u"stateSince"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(since.isValid() && qAbs(since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(me,
            (QJsonObject{{u"username"_s, u"agent1"_s},
                {u"displayName"_s, u"AGENT1"_s},
                {u"role"_s, u"agent"_s},
                {u"line"_s, AGENT1_LINE},
                {u"state"_s, u"available"_s},
                {u"stateReason"_s, QJsonValue()}}));
        const Reply supervisor = hub.get(u"/api/me"_s, hub.login(u"supervisor1"_s));
        QCOMPARE(supervisor.json().value(u"role"_s).toString(), u"supervisor"_s);
        QVERIFY(supervisor.json().value(u"line"_s).isNull());
    }

    void logoutRevokesTheToken()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString token = hub.login(u"agent1"_s);
        const QString otherSession = hub.login(u"agent1"_s);
        QCOMPARE(hub.send("POST", u"/api/auth/logout"_s, token).status, 204);
        const Reply after = hub.get(u"/api/me"_s, token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), u"invalid_token"_s);
        QCOMPARE(hub.send("POST", u"/api/auth/logout"_s, token).status, 401);
        // Only that login ended: the agent's other session goes on.
        QCOMPARE(hub.get(u"/api/me"_s, otherSession).status, 200);
    }

    void everyApiRouteRefusesAMissingOrBadToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::newRow("no Authorization header") << QByteArray() << u"unauthorised"_s;
        QTest::newRow("a token the hub never issued")
            << QByteArray("Bearer simu_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            << u"invalid_token"_s;
        QTest::newRow("a password sent as Basic auth")
            << QByteArray("Basic YWdlbnQxOmNvcnJlY3QtaG9yc2UtYmF0dGVyeQ==") << u"unauthorised"_s;
        QTest::newRow("Bearer with nothing after it") << QByteArray("Bearer ") << u"unauthorised"_s;
    }

    void everyApiRouteRefusesAMissingOrBadToken()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        static const QStringList open = {u"/api/auth/login"_s,
            u"/api/health"_s,
            u"/api/openapi.json"_s,
            u"/api/webhooks/africastalking/{secret}"_s,
            u"/api/calls/stream"_s, // plain GETs answer 426; the upgrades are in tst_hubstreams
            u"/api/calls/stream/{session_id}"_s};
        int checked = 0;
        for (const Http::RouteInfo &route : hub.hub().routes()) {
            if (!route.pattern.startsWith(u"/api/"_s) || route.method == "WEBSOCKET"
                || open.contains(route.pattern))
                continue;
            QString path = route.pattern;
            path.replace(u"{session_id}"_s, u"ATVId_x"_s).replace(u"{name}"_s, u"agent2"_s);
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!authorization.isEmpty())
                headers.append({"Authorization", authorization});
            const QByteArray body = route.method == "POST" || route.method == "PATCH"
                ? QByteArray("{}")
                : QByteArray();
            const Reply reply = hub.send(route.method, path, {}, body, "application/json", headers);
            const QByteArray what = route.method + ' ' + path.toUtf8() + ": " + reply.describe();
            QVERIFY2(reply.status == 401, what.constData());
            QVERIFY2(reply.errorCode() == code, what.constData());
            QVERIFY2(!reply.errorMessage().isEmpty(), what.constData());
            ++checked;
        }
        QVERIFY(checked >= 11);
        // Nothing behind those doors moved.
        QCOMPARE(hub.get(u"/api/users"_s, hub.login(u"admin"_s))
                     .json()
                     .value(u"users"_s)
                     .toArray()
                     .size(),
            5);
    }

    // --- roles ---------------------------------------------------------------------------

    void agentsSeeOnlyTheirOwnCalls()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        hub.holdTheLine(CUSTOMER);
        hub.holdTheLine(AGENT1_LINE);
        const QString agent1 = hub.login(u"agent1"_s);
        const QString agent2 = hub.login(u"agent2"_s);
        const QString supervisor = hub.login(u"supervisor1"_s);
        const Reply placed = hub.initiate(agent1);
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"sessionId"_s).toString();
        QCOMPARE(hub.waitForState(agent1, id, u"in_progress"_s).value(u"state"_s).toString(),
            u"in_progress"_s);

        const auto activeIds = [&](const QString &token) {
            return sessionIds(hub.get(u"/api/calls/active"_s, token).json());
        };
        QCOMPARE(activeIds(agent1), QStringList{id});
        QCOMPARE(activeIds(agent2), QStringList());
        QCOMPARE(activeIds(supervisor), QStringList{id});

        hub.sim().engine().find(id)->hangUpByPhoneUser();
        QVERIFY(hub.waitForFinal(agent1, id).value(u"final"_s).toBool());

        // By id: another agent's call answers exactly like a call that does not exist.
        QCOMPARE(hub.get(u"/api/calls/"_s + id, agent1).status, 200);
        QCOMPARE(hub.get(u"/api/calls/"_s + id, supervisor).status, 200);
        const Reply hidden = hub.get(u"/api/calls/"_s + id, agent2);
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.errorCode(), u"not_found"_s);
        QCOMPARE(hidden.errorMessage(), u"No call %1 that you can see."_s.arg(id));

        // History: an agent asking for a colleague's calls still gets only their own.
        QCOMPARE(sessionIds(hub.get(u"/api/calls"_s, agent1).json()), QStringList{id});
        QCOMPARE(sessionIds(hub.get(u"/api/calls?agent=agent1"_s, agent2).json()), QStringList());
        QCOMPARE(hub.get(u"/api/calls"_s, agent2).json().value(u"total"_s).toInt(), 0);
        QCOMPARE(sessionIds(hub.get(u"/api/calls"_s, supervisor).json()), QStringList{id});
        QCOMPARE(
            sessionIds(hub.get(u"/api/calls"_s, hub.login(u"admin"_s)).json()), QStringList{id});
        // Nor can the colleague transfer it.
        const Reply transfer = hub.post(
            u"/api/calls/%1/transfer"_s.arg(id), agent2, QJsonObject{{u"to"_s, OTHER_CUSTOMER}});
        QCOMPARE(transfer.status, 404);
    }

    // --- placing calls ----------------------------------------------------------------------

    void initiatePlacesAClickToCall()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);
        const auto stream = hub.openStream(u"/api/calls/stream"_s, agent1); // misses no state
        QVERIFY(stream);
        const Reply placed = hub.post(u"/api/calls/initiate"_s,
            agent1,
            QJsonObject{{u"to"_s, u"0722 000111"_s}, {u"clientRequestId"_s, u"order-42"_s}});
        QCOMPARE(placed.status, 201);
        const QJsonObject call = placed.json();
        const QString id = call.value(u"sessionId"_s).toString();
        QVERIFY2(id.startsWith(u"ATVId_"_s), placed.describe().constData());
        QCOMPARE(call.value(u"kind"_s).toString(), u"click_to_call"_s);
        QCOMPARE(call.value(u"state"_s).toString(), u"queued"_s);
        QCOMPARE(call.value(u"agent"_s).toString(), u"agent1"_s);
        QCOMPARE(call.value(u"agentLine"_s).toString(), AGENT1_LINE);
        QCOMPARE(call.value(u"customerNumber"_s).toString(), CUSTOMER); // the local form, read
        QCOMPARE(call.value(u"atNumber"_s).toString(), AT_NUMBER);
        QCOMPARE(call.value(u"clientRequestId"_s).toString(), u"order-42"_s);

        // The agent's own line rings first; the customer is dialled once the agent answers.
        const QJsonObject done = hub.waitForFinal(agent1, id);
        QVERIFY(stream->waitFor([&id](const QJsonObject &event) {
            return event.value(u"sessionId"_s).toString() == id
                && event.value(u"call"_s).toObject().value(u"final"_s).toBool();
        }));
        QStringList states;
        for (const QJsonObject &event : stream->eventsFor(id))
            states.append(event.value(u"call"_s).toObject().value(u"state"_s).toString());
        QCOMPARE(states, (QStringList{u"queued"_s, u"in_progress"_s, u"completed"_s}));
        QCOMPARE(done.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(done.value(u"agent"_s).toString(), u"agent1"_s);
        QCOMPARE(done.value(u"cost"_s).toObject().value(u"currency"_s).toString(), u"KES"_s);
        QVERIFY(done.value(u"cost"_s).toObject().value(u"amount"_s).toString().toDouble() > 0);
        QVERIFY(done.value(u"durationSeconds"_s).toInt() > 0);
        QVERIFY(done.value(u"recordingUrl"_s).toString().startsWith(u"http"_s));
        QVERIFY(hub.answersFor(id).contains("<Dial phoneNumbers=\"+254722000111\""));
        QCOMPARE(
            hub.get(u"/api/calls/active"_s, agent1).json().value(u"calls"_s).toArray().size(), 0);
    }

    void initiateRefusesWhatCannotBeDialled_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("number too short to dial")
            << u"agent1"_s << QJsonObject{{u"to"_s, u"12"_s}} << 400 << u"invalid_phone_number"_s
            << u"12 is too short for a phone number in Kenya."_s;
        QTest::newRow("words instead of a number")
            << u"agent1"_s << QJsonObject{{u"to"_s, u"call me back"_s}} << 400
            << u"invalid_phone_number"_s << u"\u201Ccall me back\u201D is not a phone number."_s;
        QTest::newRow("agent without a line")
            << u"agent3"_s << QJsonObject{{u"to"_s, CUSTOMER}} << 409 << u"no_line"_s
            << u"Set your own phone line (a number or SIP address) first: Simu rings it, and dials the customer once you answer."_s;
        QTest::newRow("supervisor without a line")
            << u"supervisor1"_s << QJsonObject{{u"to"_s, CUSTOMER}} << 409 << u"no_line"_s
            << u"Set your own phone line (a number or SIP address) first: Simu rings it, and dials the customer once you answer."_s;
        QTest::newRow("caller ID that is not the account's")
            << u"agent1"_s << QJsonObject{{u"to"_s, CUSTOMER}, {u"from"_s, u"+254700999999"_s}}
            << 400 << u"invalid_from"_s
            << u"\"from\" must be one of the account's voice numbers: +254711082000"_s;
        QTest::newRow("clientRequestId too long")
            << u"agent1"_s
            << QJsonObject{{u"to"_s, CUSTOMER}, {u"clientRequestId"_s, QString(129, u'x')}} << 400
            << u"invalid_field"_s << u"\"clientRequestId\" must be at most 128 characters"_s;
    }

    void initiateRefusesWhatCannotBeDialled()
    {
        QFETCH(QString, user);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const Reply reply = hub.post(u"/api/calls/initiate"_s, hub.login(user), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorMessage(), message);
        // Refused before Africa's Talking was asked, and nothing stored.
        QVERIFY(hub.sim().transcript().exchanges().isEmpty());
        QCOMPARE(hub.historyTotal(hub.login(u"supervisor1"_s)), 0);
    }

    void initiateIsRateLimited_data()
    {
        QTest::addColumn<int>("perUser");
        QTest::addColumn<int>("total");
        QTest::addColumn<QStringList>("callers"); // who places each call, in order
        QTest::addColumn<QString>("otherAgent"); // may still call after the refusal: "" = nobody
        QTest::newRow("one agent over their own limit")
            << 2 << 100 << QStringList{u"agent1"_s, u"agent1"_s, u"agent1"_s} << u"agent2"_s;
        QTest::newRow("the whole hub over its limit")
            << 10 << 2 << QStringList{u"agent1"_s, u"agent2"_s, u"agent1"_s} << u""_s;
    }

    void initiateIsRateLimited()
    {
        QFETCH(int, perUser);
        QFETCH(int, total);
        QFETCH(QStringList, callers);
        QFETCH(QString, otherAgent);
        HubHarness hub([perUser, total](Hub::HubConfig &config) {
            config.initiatePerUserPerMinute = perUser;
            config.initiateTotalPerMinute = total;
        });
        QVERIFY(hub.startWithStandardUsers());
        for (qsizetype i = 0; i + 1 < callers.size(); ++i)
            QCOMPARE(hub.initiate(hub.login(callers.at(i))).status, 201);
        const Reply reply = hub.initiate(hub.login(callers.constLast()));
        QVERIFY2(reply.status == 429, reply.describe().constData());
        QCOMPARE(reply.errorCode(), u"rate_limited"_s);
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, reply.header("Retry-After").constData());
        QCOMPARE(
            reply.errorMessage(), u"Too many calls started; try again in %1 s."_s.arg(retryAfter));
        // The refused call never reached Africa's Talking.
        int restRequests = 0;
        for (const AtSim::Exchange &exchange : hub.sim().transcript().exchanges())
            restRequests += exchange.kind == AtSim::Exchange::Kind::RestRequest ? 1 : 0;
        QCOMPARE(restRequests, int(callers.size()) - 1);
        if (!otherAgent.isEmpty())
            QCOMPARE(hub.initiate(hub.login(otherAgent)).status, 201);
    }

    void initiateReportsWhatAfricasTalkingSaid_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("AT refuses the API key")
            << u"wrong key"_s << 503 << u"at_not_configured"_s
            << u"Cannot place the call: Africa's Talking rejected the API key (HTTP 401). Check the API key and username in Settings."_s;
        QTest::newRow("no AT account set up")
            << u"no key"_s << 503 << u"at_not_configured"_s
            << u"The hub has no Africa's Talking account set up (API key, username and a voice number)."_s;
        QTest::newRow("AT is down")
            << u"AT answers 503"_s << 503 << u"at_unavailable"_s
            << u"Cannot place the call: Africa's Talking had a server problem (HTTP 503). The call may already be ringing: check the call list or the Africa's Talking dashboard before dialling again."_s;
        QTest::newRow("the account has no credit")
            << u"no credit"_s << 409 << u"at_rejected"_s
            << u"Africa's Talking did not place the call to your line +254700000101: InsufficientCredit"_s;
    }

    void initiateReportsWhatAfricasTalkingSaid()
    {
        QFETCH(QString, situation);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        HubHarness hub([situation](Hub::HubConfig &config) {
            if (situation == u"wrong key"_s)
                config.at.apiKey = u"atsk_not_this_one"_s;
            if (situation == u"no key"_s)
                config.at.apiKey.clear();
        });
        QVERIFY(hub.startWithStandardUsers());
        if (situation == u"AT answers 503"_s) {
            AtSim::Fault fault;
            fault.endpoint = u"/call"_s;
            fault.status = 503;
            hub.sim().faults().add(fault);
        }
        if (situation == u"no credit"_s)
            hub.sim().engine().setBalance(0);

        const Reply reply = hub.initiate(hub.login(u"agent1"_s));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorMessage(), message);
        QVERIFY(!reply.errorMessage().contains(u"atsk_"_s)); // never the key
        QCOMPARE(hub.historyTotal(hub.login(u"supervisor1"_s)), 0);
        QCOMPARE(hub.get(u"/api/health"_s).status, 200);
    }

    // --- transfers --------------------------------------------------------------------------

    void transferMovesAConnectedCall()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        hub.holdTheLine(CUSTOMER);
        hub.holdTheLine(AGENT1_LINE);
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = hub.initiate(agent1).json().value(u"sessionId"_s).toString();
        QCOMPARE(hub.waitForState(agent1, id, u"in_progress"_s).value(u"state"_s).toString(),
            u"in_progress"_s);
        // "in_progress" means the agent answered; AT says nothing when the customer's leg is
        // bridged, so ask the simulator (a transfer needs that second leg).
        QVERIFY(QTest::qWaitFor([&] { return hub.sim().engine().find(id)->isBridged(); }, WAIT_MS));

        const Reply transfer = hub.post(u"/api/calls/%1/transfer"_s.arg(id),
            agent1,
            QJsonObject{{u"to"_s, OTHER_CUSTOMER}, {u"callLeg"_s, u"callee"_s}});
        QVERIFY2(transfer.status == 202, transfer.describe().constData());
        QCOMPARE(transfer.json().value(u"sessionId"_s).toString(), id);
        QCOMPARE(transfer.json().value(u"transfer"_s).toObject().value(u"target"_s).toString(),
            OTHER_CUSTOMER);
        QCOMPARE(transfer.json().value(u"transfer"_s).toObject().value(u"state"_s).toString(),
            u"Requested"_s);
        bool askedAt = false;
        for (const AtSim::Exchange &exchange : hub.sim().transcript().exchanges())
            askedAt = askedAt || exchange.url.path() == u"/callTransfer"_s;
        QVERIFY(askedAt);
        const Reply stored = hub.get(u"/api/calls/"_s + id, agent1);
        QCOMPARE(stored.json().value(u"transfer"_s).toObject().value(u"target"_s).toString(),
            OTHER_CUSTOMER);
    }

    void transferOfAnEndedCallIsRefused()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = hub.initiate(agent1).json().value(u"sessionId"_s).toString();
        QVERIFY(hub.waitForFinal(agent1, id).value(u"final"_s).toBool());

        const Reply transfer = hub.post(
            u"/api/calls/%1/transfer"_s.arg(id), agent1, QJsonObject{{u"to"_s, OTHER_CUSTOMER}});
        QCOMPARE(transfer.status, 409);
        QCOMPARE(transfer.errorCode(), u"call_ended"_s);
        QCOMPARE(transfer.errorMessage(), u"The call has already ended."_s);
        for (const AtSim::Exchange &exchange : hub.sim().transcript().exchanges())
            QVERIFY(exchange.url.path() != u"/callTransfer"_s); // AT was not asked
        QCOMPARE(hub.get(u"/api/calls/"_s + id, agent1).json().value(u"transfer"_s),
            QJsonValue(QJsonValue::Null));
    }

    // --- history ----------------------------------------------------------------------------

    void historyFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // newest first
        QTest::addColumn<int>("total");

        const QStringList all = {u"E"_s, u"C"_s, u"B"_s, u"A"_s};
        QTest::newRow("everything, newest first") << u""_s << all << 4;
        QTest::newRow("one agent's calls") << u"agent=agent1"_s << QStringList{u"C"_s, u"A"_s} << 2;
        QTest::newRow("inbound only") << u"direction=inbound"_s << QStringList{u"C"_s} << 1;
        QTest::newRow("outbound only")
            << u"direction=outbound"_s << QStringList{u"E"_s, u"B"_s, u"A"_s} << 3;
        QTest::newRow("unanswered calls") << u"state=no_answer"_s << QStringList{u"E"_s} << 1;
        QTest::newRow("several states") << u"state=completed,no_answer"_s << all << 4;
        QTest::newRow("a number typed in local form")
            << u"number=0722000111"_s << QStringList{u"A"_s} << 1;
        QTest::newRow("a number with spaces and country code")
            << u"number=%2B254%20722%20000%20111"_s << QStringList{u"A"_s} << 1;
        QTest::newRow("the Ugandan customer")
            << u"number=256772000116"_s << QStringList{u"B"_s} << 1;
        QTest::newRow("since a time") << u"from={C}"_s << QStringList{u"E"_s, u"C"_s} << 2;
        QTest::newRow("before a time") << u"to={B}"_s << QStringList{u"A"_s} << 1;
        QTest::newRow("a window of time") << u"from={B}&to={C}"_s << QStringList{u"B"_s} << 1;
        QTest::newRow("first page of two") << u"limit=2"_s << QStringList{u"E"_s, u"C"_s} << 4;
        QTest::newRow("second page of two")
            << u"limit=2&offset=2"_s << QStringList{u"B"_s, u"A"_s} << 4;
        QTest::newRow("past the last page") << u"offset=10"_s << QStringList() << 4;
        QTest::newRow("filters together")
            << u"agent=agent2&direction=outbound&state=completed"_s << QStringList{u"B"_s} << 1;
    }

    void historyFilters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QFETCH(int, total);
        if (!m_history)
            QVERIFY(buildHistory());
        HubHarness &hub = *m_history;
        for (auto it = m_historyCalls.cbegin(); it != m_historyCalls.cend(); ++it) {
            query.replace(u'{' + it.key() + u'}',
                QString::fromLatin1(QUrl::toPercentEncoding(m_historyCreated.value(it.key()))));
        }
        const Reply reply = hub.get(u"/api/calls?"_s + query, m_historyToken);
        QCOMPARE(reply.status, 200);
        QStringList labels;
        for (const QString &id : sessionIds(reply.json()))
            labels.append(m_historyCalls.key(id, id));
        QCOMPARE(labels, expected);
        QCOMPARE(reply.json().value(u"total"_s).toInt(), total);
    }

    // --- the "done when" ------------------------------------------------------------

    void aCallIsInHistoryAfterTheHubRestarts()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString token = hub.login(u"agent1"_s);
        QVERIFY(!token.isEmpty());
        const auto stream = hub.openStream(u"/api/calls/stream"_s, token);
        QVERIFY(stream);
        const Reply placed = hub.initiate(token);
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"sessionId"_s).toString();
        const auto completed = stream->waitFor([&id](const QJsonObject &event) {
            return event.value(u"sessionId"_s).toString() == id
                && event.value(u"call"_s).toObject().value(u"final"_s).toBool();
        });
        QVERIFY2(completed, "the stream never showed the call ending");
        const QList<QJsonObject> events = stream->eventsFor(id);
        QCOMPARE(events.constFirst().value(u"type"_s).toString(), u"call_initiated"_s);
        QCOMPARE(events.constLast().value(u"type"_s).toString(), u"call_update"_s);
        const QJsonObject cost = completed->value(u"call"_s).toObject().value(u"cost"_s).toObject();
        QVERIFY(!cost.value(u"amount"_s).toString().isEmpty());
        stream->close();

        const QString restarted = hub.restartHub();
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
        // The login outlives the restart, and so does the call.
        const Reply history = hub.get(u"/api/calls"_s, token);
        QCOMPARE(history.status, 200);
        QCOMPARE(sessionIds(history.json()), QStringList{id});
        const QJsonObject stored = history.json().value(u"calls"_s).toArray().at(0).toObject();
        QCOMPARE(stored, completed->value(u"call"_s).toObject());
        QCOMPARE(hub.get(u"/api/calls/"_s + id, hub.login(u"supervisor1"_s)).json(), stored);
    }

    void cleanupTestCase() { m_history.reset(); }

private:
    // Four finished calls, oldest first: A agent1 -> +254722000111 (completed), B agent2 ->
    // Uganda (completed), C an inbound call agent1 answers, E agent2's line does not answer.
    bool buildHistory()
    {
        m_history = std::make_unique<HubHarness>();
        if (!m_history->startWithStandardUsers())
            return false;
        HubHarness &hub = *m_history;
        m_historyToken = hub.login(u"supervisor1"_s);
        const auto finish = [&](const QString &label, const QString &id) {
            const QJsonObject call = hub.waitForFinal(m_historyToken, id);
            m_historyCalls.insert(label, id);
            m_historyCreated.insert(label, call.value(u"createdAt"_s).toString());
            return call.value(u"final"_s).toBool();
        };
        const auto place = [&](const QString &agent, const QString &to) {
            return hub.initiate(hub.login(agent), to).json().value(u"sessionId"_s).toString();
        };
        if (!finish(u"A"_s, place(u"agent1"_s, CUSTOMER))
            || !finish(u"B"_s, place(u"agent2"_s, OTHER_CUSTOMER)))
            return false;
        // Both agents end their after-call work ("Ready"), so the inbound call rings them.
        for (const QString &agent : {u"agent1"_s, u"agent2"_s}) {
            if (hub.send("PUT",
                       u"/api/me/state"_s,
                       hub.login(agent),
                       compact(QJsonObject{{u"state"_s, u"available"_s}}))
                    .status
                != 200)
                return false;
        }
        AtSim::PhoneBehaviour away;
        away.answer = AtSim::PhoneBehaviour::Answer::NoAnswer;
        hub.scriptPhone(AGENT2_LINE, away);
        if (!finish(u"C"_s, hub.ringIn(u"+254733000113"_s))
            || !finish(u"E"_s, place(u"agent2"_s, u"+254722000112"_s)))
            return false;
        return hub.get(u"/api/calls/"_s + m_historyCalls.value(u"C"_s), m_historyToken)
                   .json()
                   .value(u"agent"_s)
                   .toString()
            == u"agent1"_s;
    }

    std::unique_ptr<HubHarness> m_history;
    QString m_historyToken;
    QHash<QString, QString> m_historyCalls; // label -> session id
    QHash<QString, QString> m_historyCreated; // label -> createdAt
};

SIMU_TEST_MAIN(TestHubApi)
#include "tst_hubapi.moc"
