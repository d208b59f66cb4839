// Users over the REST API: only administrators manage them, every field is checked, and the
// hub always keeps an enabled administrator.

#include "hubharness.h"
#include "testmain.h"

using namespace Qt::StringLiterals;
using namespace HubTest;

class TestHubUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyAdminsManageUsers_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const QByteArray newUser
            = R"({"username":"intruder","password":"a-long-password","role":"admin"})";
        for (const QString &user : {u"agent1"_s, u"supervisor1"_s}) {
            const QByteArray who = user.toUtf8();
            QTest::newRow(QByteArray(who + " cannot list users").constData())
                << user << QByteArray("GET") << u"/api/users"_s << QByteArray();
            QTest::newRow(QByteArray(who + " cannot create an admin").constData())
                << user << QByteArray("POST") << u"/api/users"_s << newUser;
            QTest::newRow(QByteArray(who + " cannot promote themselves").constData())
                << user << QByteArray("PATCH") << u"/api/users/"_s + user
                << QByteArray(R"({"role":"admin"})");
            QTest::newRow(QByteArray(who + " cannot delete a colleague").constData())
                << user << QByteArray("DELETE") << u"/api/users/agent2"_s << QByteArray();
        }
    }

    void onlyAdminsManageUsers()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const Reply reply = hub.send(method, path, hub.login(user), body);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"forbidden"_s);
        const Reply users = hub.get(u"/api/users"_s, hub.login(u"admin"_s));
        QCOMPARE(users.json().value(u"users"_s).toArray().size(), 5);
        QCOMPARE(hub.get(u"/api/me"_s, hub.login(user)).json().value(u"role"_s).toString(),
            user == u"agent1"_s ? u"agent"_s : u"supervisor"_s);
    }

    void adminManagesUsers()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString admin = hub.login(u"admin"_s);

        const Reply created = hub.post(u"/api/users"_s,
            admin,
            QJsonObject{{u"username"_s, u"Agent4"_s},
                {u"password"_s, u"a-long-passphrase"_s},
                {u"role"_s, u"agent"_s},
                {u"displayName"_s, u"Wanjiru Kamau"_s},
                {u"line"_s, u"0700 000103"_s}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"username"_s).toString(), u"agent4"_s);
        QCOMPARE(created.json().value(u"line"_s).toString(), u"+254700000103"_s);
        QCOMPARE(created.json().value(u"disabled"_s).toBool(), false);
        const QJsonArray users = hub.get(u"/api/users"_s, admin).json().value(u"users"_s).toArray();
        QCOMPARE(users.size(), 6);
        QVERIFY2(hub.loginReply(u"agent4"_s, u"a-long-passphrase"_s).status == 200,
            "the new user cannot log in");

        const Reply changed = hub.patch(u"/api/users/agent4"_s,
            admin,
            QJsonObject{{u"displayName"_s, u"W. Kamau"_s}, {u"line"_s, QJsonValue::Null}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(u"displayName"_s).toString(), u"W. Kamau"_s);
        QVERIFY(changed.json().value(u"line"_s).isNull());

        const QString token = hub.loginReply(u"agent4"_s, u"a-long-passphrase"_s)
                                  .json()
                                  .value(u"token"_s)
                                  .toString();
        QCOMPARE(
            hub.patch(u"/api/users/agent4"_s, admin, QJsonObject{{u"disabled"_s, true}}).status,
            200);
        QCOMPARE(hub.get(u"/api/me"_s, token).status, 401); // disabling ends every login
        const Reply disabledLogin = hub.loginReply(u"agent4"_s, u"a-long-passphrase"_s);
        QCOMPARE(disabledLogin.status, 403);
        QCOMPARE(disabledLogin.errorCode(), u"account_disabled"_s);

        QCOMPARE(hub.remove(u"/api/users/agent4"_s, admin).status, 204);
        const Reply again = hub.remove(u"/api/users/agent4"_s, admin);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.errorCode(), u"not_found"_s);
        QCOMPARE(hub.loginReply(u"agent4"_s, u"a-long-passphrase"_s).status, 401);
    }

    void aNewPasswordEndsTheOtherLogins()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString admin = hub.login(u"admin"_s);
        const QString adminElsewhere = hub.login(u"admin"_s);
        const QString agent = hub.login(u"agent1"_s);

        // An administrator resets an agent's password: the agent's sessions end.
        QCOMPARE(hub.patch(u"/api/users/agent1"_s,
                        admin,
                        QJsonObject{{u"password"_s, u"a-brand-new-password"_s}})
                     .status,
            200);
        QCOMPARE(hub.get(u"/api/me"_s, agent).status, 401);
        QCOMPARE(hub.loginReply(u"agent1"_s, u"a-brand-new-password"_s).status, 200);

        // Administrators changing their own password stay logged in where they did it.
        QCOMPARE(hub.patch(u"/api/users/admin"_s,
                        admin,
                        QJsonObject{{u"password"_s, u"another-new-password"_s}})
                     .status,
            200);
        QCOMPARE(hub.get(u"/api/me"_s, admin).status, 200);
        QCOMPARE(hub.get(u"/api/me"_s, adminElsewhere).status, 401);
    }

    void userChangesAreValidated_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const auto create = [](const QByteArray &name,
                                const QByteArray &body,
                                int status,
                                const QString &code,
                                const QString &message) {
            QTest::newRow(name.constData())
                << QByteArray("POST") << u"/api/users"_s << body << status << code << message;
        };
        create("username with a space",
            R"({"username":"new agent","password":"a-long-passphrase","role":"agent"})",
            400,
            u"invalid_field"_s,
            u"A username may contain only the letters a-z, digits, '.', '_' and '-'."_s);
        create("password too short",
            R"({"username":"agent5","password":"short","role":"agent"})",
            400,
            u"invalid_field"_s,
            u"The password is too short: use at least 10 characters."_s);
        create("role nobody has",
            R"({"username":"agent5","password":"a-long-passphrase","role":"boss"})",
            400,
            u"invalid_field"_s,
            u"\"role\" must be agent, supervisor or admin"_s);
        create("role left out",
            R"({"username":"agent5","password":"a-long-passphrase"})",
            400,
            u"missing_field"_s,
            u"\"role\" is required"_s);
        create("line that is no phone number",
            R"({"username":"agent5","password":"a-long-passphrase","role":"agent","line":"12"})",
            400,
            u"invalid_field"_s,
            u"The line is not a phone number or AT SIP address: 12 is too short for a phone number in Kenya."_s);
        create("username already taken",
            R"({"username":"agent1","password":"a-long-passphrase","role":"agent"})",
            409,
            u"conflict"_s,
            u"A user named agent1 already exists."_s);
        create("misspelt field",
            R"({"username":"agent5","pasword":"a-long-passphrase","role":"agent"})",
            400,
            u"unknown_field"_s,
            u"Unknown field \"pasword\""_s);
        QTest::newRow("change a user who does not exist")
            << QByteArray("PATCH") << u"/api/users/ghost"_s << QByteArray(R"({"displayName":"G"})")
            << 404 << u"not_found"_s << u"There is no user named ghost."_s;
        QTest::newRow("disabled given as text")
            << QByteArray("PATCH") << u"/api/users/agent1"_s << QByteArray(R"({"disabled":"yes"})")
            << 400 << u"invalid_field"_s << u"\"disabled\" must be true or false"_s;
    }

    void userChangesAreValidated()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString admin = hub.login(u"admin"_s);
        const QJsonObject before = hub.get(u"/api/users"_s, admin).json();

        const Reply reply = hub.send(method, path, admin, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorMessage(), message);
        QCOMPARE(hub.get(u"/api/users"_s, admin).json(), before);
    }

    void theLastAdminCannotBeRemoved_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("demoted to agent")
            << QByteArray("PATCH") << QByteArray(R"({"role":"agent"})");
        QTest::newRow("disabled") << QByteArray("PATCH") << QByteArray(R"({"disabled":true})");
        QTest::newRow("deleted") << QByteArray("DELETE") << QByteArray();
    }

    void theLastAdminCannotBeRemoved()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString admin = hub.login(u"admin"_s);
        const Reply refused = hub.send(method, u"/api/users/admin"_s, admin, body);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"last_admin"_s);
        QCOMPARE(hub.get(u"/api/users"_s, admin).status, 200); // still an admin, still logged in

        // With a second administrator, the first may go.
        QCOMPARE(hub.patch(u"/api/users/supervisor1"_s, admin, QJsonObject{{u"role"_s, u"admin"_s}})
                     .status,
            200);
        const Reply allowed = hub.send(method, u"/api/users/admin"_s, admin, body);
        QVERIFY2(allowed.status == 200 || allowed.status == 204, allowed.describe().constData());
    }
};

SIMU_TEST_MAIN(TestHubUsers)
#include "tst_hubusers.moc"
