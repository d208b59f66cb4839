// GET /api/agents (who is on duty, for supervisors) and PATCH /api/me (users set their own
// phone line and name), against a real hub and the AT simulator.

#include "atsim/simcall.h"
#include "auth/credentialrules.h"
#include "hubharness.h"
#include "phone/phonenumbers.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testmain.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

const QString NEW_LINE = u"+254700000199"_s;

// username -> the agent's entry in GET /api/agents.
QHash<QString, QJsonObject> agentsByName(const Reply &reply)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &agent : reply.json().value(u"agents"_s).toArray())
        out.insert(agent.toObject().value(u"username"_s).toString(), agent.toObject());
    return out;
}

QStringList agentNames(const Reply &reply)
{
    QStringList out;
    for (const QJsonValue &agent : reply.json().value(u"agents"_s).toArray())
        out.append(agent.toObject().value(u"username"_s).toString());
    return out;
}

// The checkLine() message the hub must pass on, word for word.
QString lineRuleMessage(const QString &line)
{
    const Phone::NumberParser parser(u"KE"_s);
    const auto checked = Auth::checkLine(line, parser);
    return checked ? QString() : checked.error();
}

} // namespace

class TestHubAgents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- GET /api/agents -------------------------------------------------------------------

    void onlySupervisorsAndAdminsSeeTheAgents_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::newRow("an agent may not list colleagues") << u"agent1"_s << 403;
        QTest::newRow("a supervisor sees the agents") << u"supervisor1"_s << 200;
        QTest::newRow("an administrator sees the agents") << u"admin"_s << 200;
    }

    void onlySupervisorsAndAdminsSeeTheAgents()
    {
        QFETCH(QString, user);
        QFETCH(int, status);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const Reply reply = hub.get(u"/api/agents"_s, hub.login(user));
        QVERIFY2(reply.status == status, reply.describe().constData());
        if (status == 403) {
            QCOMPARE(reply.errorCode(), u"forbidden"_s);
            QCOMPARE(reply.errorMessage(),
                u"Only supervisors and administrators see the list of agents."_s);
            return;
        }
        // Agents only (not the supervisor or admin), sorted, with their lines.
        QCOMPARE(agentNames(reply), (QStringList{u"agent1"_s, u"agent2"_s, u"agent3"_s}));
        const auto agents = agentsByName(reply);
        QCOMPARE(agents.value(u"agent1"_s),
            (QJsonObject{{u"username"_s, u"agent1"_s},
                {u"displayName"_s, u"AGENT1"_s},
                {u"line"_s, AGENT1_LINE},
                {u"online"_s, false},
                {u"activeCalls"_s, 0},
                // Never signed in: offline, never rung.
                {u"state"_s, u"offline"_s},
                {u"stateReason"_s, QJsonValue()},
                {u"stateSince"_s, QJsonValue()},
                {u"nextState"_s, QJsonValue()},
                {u"nextStateReason"_s, QJsonValue()}}));
        QVERIFY2(agents.value(u"agent3"_s).value(u"line"_s).isNull(), "no line must read null");
        QCOMPARE(hub.get(u"/api/agents"_s).status, 401);
    }

    void aDisabledAgentIsNotOnDuty()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString admin = hub.login(u"admin"_s);
        QCOMPARE(
            hub.patch(u"/api/users/agent2"_s, admin, QJsonObject{{u"disabled"_s, true}}).status,
            200);
        QCOMPARE(
            agentNames(hub.get(u"/api/agents"_s, admin)), (QStringList{u"agent1"_s, u"agent3"_s}));
    }

    void onlineFollowsTheAgentsCallStreams()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const QString agent1 = hub.login(u"agent1"_s);
        const auto online = [&](const QString &name) {
            return agentsByName(hub.get(u"/api/agents"_s, supervisor))
                .value(name)
                .value(u"online"_s)
                .toBool();
        };
        QVERIFY(!online(u"agent1"_s));

        // Two consoles (say, a desk and a laptop): online while either is open.
        const auto desk = hub.openStream(u"/api/calls/stream"_s, agent1);
        const auto laptop = hub.openStream(u"/api/calls/stream"_s, hub.login(u"agent1"_s));
        QVERIFY(desk && laptop);
        QTRY_VERIFY_WITH_TIMEOUT(online(u"agent1"_s), WAIT_MS);
        QVERIFY2(!online(u"agent2"_s), "another agent's stream made agent2 look online");
        desk->close();
        QVERIFY(laptop->waitForCount(1));
        QVERIFY(online(u"agent1"_s));
        laptop->close();
        QTRY_VERIFY_WITH_TIMEOUT(!online(u"agent1"_s), WAIT_MS);

        // A supervisor's own stream does not add them to the agents.
        const auto watching = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(watching && watching->waitForCount(1));
        QVERIFY(!agentNames(hub.get(u"/api/agents"_s, supervisor)).contains(u"supervisor1"_s));
    }

    void activeCallsCountsTheAgentsLiveCalls()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        hub.holdTheLine(CUSTOMER);
        hub.holdTheLine(AGENT1_LINE);
        const QString supervisor = hub.login(u"supervisor1"_s);
        const QString agent1 = hub.login(u"agent1"_s);
        const auto activeCalls = [&](const QString &name) {
            return agentsByName(hub.get(u"/api/agents"_s, supervisor))
                .value(name)
                .value(u"activeCalls"_s)
                .toInt(-1);
        };
        const Reply placed = hub.initiate(agent1);
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"sessionId"_s).toString();
        QCOMPARE(activeCalls(u"agent1"_s), 1); // counted from the moment it is placed
        QCOMPARE(hub.waitForState(agent1, id, u"in_progress"_s).value(u"state"_s).toString(),
            u"in_progress"_s);
        QCOMPARE(activeCalls(u"agent1"_s), 1);
        QCOMPARE(activeCalls(u"agent2"_s), 0);

        hub.sim().engine().find(id)->hangUpByPhoneUser();
        QVERIFY(hub.waitForFinal(agent1, id).value(u"final"_s).toBool());
        QCOMPARE(activeCalls(u"agent1"_s), 0);
    }

    // --- PATCH /api/me ---------------------------------------------------------------------

    void usersChangeTheirOwnLine_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QJsonValue>("line"); // the line afterwards
        QTest::addColumn<QString>("displayName"); // afterwards

        QTest::newRow("a local number is read as Kenyan")
            << QByteArray(R"({"line":"0700 000199"})") << 200 << QString() << QString()
            << QJsonValue(NEW_LINE) << u"AGENT1"_s;
        QTest::newRow("an AT SIP address")
            << QByteArray(R"({"line":"agent1@ke.sip.africastalking.com"})") << 200 << QString()
            << QString() << QJsonValue(u"agent1@ke.sip.africastalking.com"_s) << u"AGENT1"_s;
        QTest::newRow("an empty line removes it")
            << QByteArray(R"({"line":""})") << 200 << QString() << QString()
            << QJsonValue(QJsonValue::Null) << u"AGENT1"_s;
        QTest::newRow("a new display name, line kept")
            << QByteArray(R"({"displayName":"  Amina Otieno "})") << 200 << QString() << QString()
            << QJsonValue(AGENT1_LINE) << u"Amina Otieno"_s;
        QTest::newRow("a number too short to ring")
            << QByteArray(R"({"line":"12"})") << 400 << u"invalid_field"_s
            << lineRuleMessage(u"12"_s) << QJsonValue(AGENT1_LINE) << u"AGENT1"_s;
        QTest::newRow("a WebRTC client name cannot be rung")
            << QByteArray(R"({"line":"agent1.browser"})") << 400 << u"invalid_field"_s
            << lineRuleMessage(u"agent1.browser"_s) << QJsonValue(AGENT1_LINE) << u"AGENT1"_s;
        QTest::newRow("line given as a number")
            << QByteArray(R"({"line":254700000199})") << 400 << u"invalid_field"_s
            << u"\"line\" must be a string"_s << QJsonValue(AGENT1_LINE) << u"AGENT1"_s;
        QTest::newRow("an agent cannot make themselves admin")
            << QByteArray(R"({"role":"admin"})") << 400 << u"unknown_field"_s
            << u"Unknown field \"role\""_s << QJsonValue(AGENT1_LINE) << u"AGENT1"_s;
        QTest::newRow("nor switch their password here")
            << QByteArray(R"({"line":"0700 000199","password":"a-long-passphrase"})") << 400
            << u"unknown_field"_s << u"Unknown field \"password\""_s << QJsonValue(AGENT1_LINE)
            << u"AGENT1"_s;
        QTest::newRow("a display name with a control character")
            << QByteArray("{\"displayName\":\"Amina\\u0007\"}") << 400 << u"invalid_field"_s
            << u"The display name contains control characters."_s << QJsonValue(AGENT1_LINE)
            << u"AGENT1"_s;
        QTest::newRow("not JSON") << QByteArray("line=0700000199") << 400 << u"malformed_json"_s
                                  << QString() << QJsonValue(AGENT1_LINE) << u"AGENT1"_s;
    }

    void usersChangeTheirOwnLine()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QJsonValue, line);
        QFETCH(QString, displayName);
        QVERIFY2(status == 200 || !message.isEmpty() || code == u"malformed_json"_s,
            "the expected message is empty: checkLine accepted the bad line?");
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);

        const Reply reply = hub.send("PATCH", u"/api/me"_s, agent1, body);
        QVERIFY2(reply.status == status, reply.describe().constData());
        if (status == 200) {
            // The identity, exactly as GET /api/me gives it.
            QCOMPARE(reply.json(), hub.get(u"/api/me"_s, agent1).json());
        } else {
            QCOMPARE(reply.errorCode(), code);
            if (!message.isEmpty())
                QCOMPARE(reply.errorMessage(), message);
        }
        const QJsonObject me = hub.get(u"/api/me"_s, agent1).json();
        QCOMPARE(me.value(u"line"_s), line);
        QCOMPARE(me.value(u"displayName"_s).toString(), displayName);
        QCOMPARE(me.value(u"role"_s).toString(), u"agent"_s);
        QCOMPARE(hub.get(u"/api/me"_s, agent1).status, 200); // still logged in
    }

    void aLineChangeIsAudited()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);
        QCOMPARE(hub.patch(u"/api/me"_s, agent1, QJsonObject{{u"line"_s, NEW_LINE}}).status, 200);

        const auto database = Storage::Database::open(QDir(hub.dataDir()).filePath(u"simu.db"_s));
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        const Storage::AuditLog audit(*database.value());
        const auto recent = audit.recent(1);
        QVERIFY(recent && !recent->isEmpty());
        const Storage::AuditEntry entry = recent->constFirst();
        QCOMPARE(entry.action, u"user_updated"_s);
        QCOMPARE(entry.actor, u"agent1"_s);
        QCOMPARE(entry.target, u"agent1"_s);
        QCOMPARE(entry.detail, u"line changed"_s);
        QVERIFY2(!entry.detail.contains(NEW_LINE), "the audit log must not hold the number");
    }

    void anInboundCallRingsTheNewLineAtOnce()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);
        const QString agent2 = hub.login(u"agent2"_s);
        // Prime the directory's cache with the old lines: an inbound call before the change.
        const QString first = hub.ringIn();
        QVERIFY(!first.isEmpty());
        QVERIFY(hub.waitForFinal(hub.login(u"supervisor1"_s), first).value(u"final"_s).toBool());
        QVERIFY(hub.answersFor(first).contains(AGENT1_LINE.toUtf8()));
        // Whoever took it wraps up; both click "Ready" so the next call rings them again.
        for (const QString &token : {agent1, agent2}) {
            QTRY_VERIFY_WITH_TIMEOUT(
                hub.get(u"/api/me"_s, token).json().value(u"state"_s).toString() != u"busy"_s,
                WAIT_MS);
            QCOMPARE(hub.send("PUT",
                            u"/api/me/state"_s,
                            token,
                            compact(QJsonObject{{u"state"_s, u"available"_s}}))
                         .status,
                200);
        }

        QCOMPARE(hub.patch(u"/api/me"_s, agent1, QJsonObject{{u"line"_s, u"0700 000199"_s}}).status,
            200);
        QCOMPARE(hub.patch(u"/api/me"_s, agent2, QJsonObject{{u"line"_s, u""_s}}).status, 200);
        const QString second = hub.ringIn(OTHER_CUSTOMER);
        QVERIFY(!second.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(hub.answersFor(second).contains("<Dial"), WAIT_MS);
        const QByteArray answer = hub.answersFor(second);
        QVERIFY2(answer.contains(NEW_LINE.toUtf8()), answer.constData());
        QVERIFY2(!answer.contains(AGENT1_LINE.toUtf8()), "the old line still rings");
        QVERIFY2(!answer.contains(AGENT2_LINE.toUtf8()), "a removed line still rings");
    }
};

SIMU_TEST_MAIN(TestHubAgents)
#include "tst_hubagents.moc"
