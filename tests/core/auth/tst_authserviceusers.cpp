#include "authfixture.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AuthTest;

// Managing users through AuthService: the rules every field must meet, the last admin, and
// what a change does to open sessions.
class TestAuthServiceUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("too short") << u"short-pw"_s << u"at least 10"_s;
        QTest::newRow("one key held down") << u"xxxxxxxxxxxxxx"_s << u"repeated"_s;
        QTest::newRow("the username") << u"kamau.wanjiru"_s << u"username"_s;
        QTest::newRow("too long") << QString(1025, u'a') + u"b"_s << u"at most 1024"_s;
    }
    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(QString, messagePart);
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto created = hub->auth->createUser(
            Auth::NewUser{u"kamau.wanjiru"_s, password, Role::Agent, QString(), QString()},
            u"root"_s,
            office);
        COMPARE_ERROR(created, Code::InvalidInput);
        QVERIFY2(
            created.error().message.contains(messagePart), qPrintable(created.error().message));
        QVERIFY(!hub->users->find(u"kamau.wanjiru"_s).value().has_value());

        // The same rules guard a password change.
        VERIFY_OK(hub->auth->createUser(
            Auth::NewUser{
                u"kamau.wanjiru"_s, u"a-good-password"_s, Role::Agent, QString(), QString()},
            u"root"_s,
            office));
        Auth::UserPatch patch;
        patch.password = password;
        const auto changed = hub->auth->updateUser(u"kamau.wanjiru"_s, patch, u"root"_s, office);
        COMPARE_ERROR(changed, Code::InvalidInput);
        QCOMPARE(changed.error().message, created.error().message);
        VERIFY_OK(hub->auth->login(u"kamau.wanjiru"_s, u"a-good-password"_s, office));
    }

    void usernameRules_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ordinary") << u"agent7"_s << true;
        QTest::newRow("capitals are stored lower-case") << u"Agent.Seven"_s << true;
        QTest::newRow("one letter") << u"a"_s << false;
        QTest::newRow("33 letters") << QString(33, u'a') << false;
        QTest::newRow("a space") << u"agent seven"_s << false;
        QTest::newRow("an email address") << u"agent@example.com"_s << false;
    }
    void usernameRules()
    {
        QFETCH(QString, username);
        QFETCH(bool, accepted);
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto created = hub->auth->createUser(
            Auth::NewUser{username, u"a-good-password"_s, Role::Agent, QString(), QString()},
            u"root"_s,
            office);
        QCOMPARE(created.ok(), accepted);
        if (accepted) {
            QCOMPARE(created->identity.username, username.toLower());
            VERIFY_OK(hub->auth->login(username.toUpper(), u"a-good-password"_s, office));
        } else {
            QCOMPARE(created.error().code, Code::InvalidInput);
            QVERIFY(created.error().message.contains(u"username"_s, Qt::CaseInsensitive));
        }
    }

    void takenUsernameIsAConflict()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto again = hub->auth->createUser(
            Auth::NewUser{u"MARY"_s, u"another-password"_s, Role::Admin, QString(), QString()},
            u"root"_s,
            office);
        COMPARE_ERROR(again, Code::Conflict);
        QVERIFY(again.error().message.contains(u"mary"_s));
        // The original is untouched: same role, same password.
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office));
        QCOMPARE(hub->auth->user(u"mary"_s).value()->identity.role, Role::Agent);
    }

    void lineIsValidatedAndNormalised_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored");
        QTest::newRow("no line") << QString() << true << QString();
        QTest::newRow("local number") << u"0733 123456"_s << true << u"+254733123456"_s;
        QTest::newRow("Ugandan number") << u"+256 772 123456"_s << true << u"+256772123456"_s;
        QTest::newRow("SIP address") << u"sip:desk7@ke.sip.africastalking.com"_s << true
                                     << u"desk7@ke.sip.africastalking.com"_s;
        QTest::newRow("too short") << u"0712"_s << false << QString();
        QTest::newRow("words") << u"front desk"_s << false << QString();
    }
    void lineIsValidatedAndNormalised()
    {
        QFETCH(QString, line);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto created = hub->auth->createUser(
            Auth::NewUser{u"desk7"_s, u"a-good-password"_s, Role::Agent, QString(), line},
            u"root"_s,
            office);
        QCOMPARE(created.ok(), accepted);
        if (accepted) {
            QCOMPARE(created->identity.line, stored);
            QCOMPARE(hub->auth->user(u"desk7"_s).value()->identity.line, stored);
        } else {
            QCOMPARE(created.error().code, Code::InvalidInput);
            QVERIFY(created.error().message.startsWith(u"The line"_s));
        }

        // The same check guards a change of mary's line.
        Auth::UserPatch patch;
        patch.line = line;
        const auto changed = hub->auth->updateUser(u"mary"_s, patch, u"root"_s, office);
        QCOMPARE(changed.ok(), accepted);
        QCOMPARE(hub->auth->user(u"mary"_s).value()->identity.line,
            accepted ? stored : u"+254712345678"_s);
    }

    void lastAdminIsProtected()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        Auth::UserPatch demote;
        demote.role = Role::Supervisor;
        Auth::UserPatch disable;
        disable.disabled = true;

        COMPARE_ERROR(hub->auth->deleteUser(u"root"_s, u"root"_s, office), Code::LastAdmin);
        COMPARE_ERROR(
            hub->auth->updateUser(u"root"_s, disable, u"root"_s, office), Code::LastAdmin);
        const auto demoted = hub->auth->updateUser(u"root"_s, demote, u"root"_s, office);
        COMPARE_ERROR(demoted, Code::LastAdmin);
        QVERIFY(demoted.error().message.contains(u"only enabled administrator"_s));
        QCOMPARE(hub->auth->user(u"root"_s).value()->identity.role, Role::Admin);
        QCOMPARE(hub->auth->user(u"root"_s).value()->disabled, false);

        // A disabled admin does not count as a second one.
        VERIFY_OK(hub->auth->createUser(
            Auth::NewUser{u"root2"_s, u"second-admin-pw"_s, Role::Admin, QString(), QString()},
            u"root"_s,
            office));
        VERIFY_OK(hub->auth->updateUser(u"root2"_s, disable, u"root"_s, office));
        COMPARE_ERROR(hub->auth->deleteUser(u"root"_s, u"root"_s, office), Code::LastAdmin);

        // With a second enabled admin, the first may step down.
        Auth::UserPatch enable;
        enable.disabled = false;
        VERIFY_OK(hub->auth->updateUser(u"root2"_s, enable, u"root"_s, office));
        VERIFY_OK(hub->auth->updateUser(u"root"_s, demote, u"root2"_s, office));
        COMPARE_ERROR(hub->auth->deleteUser(u"root2"_s, u"root2"_s, office), Code::LastAdmin);
        // Changes that keep an admin an enabled admin are always fine.
        Auth::UserPatch rename;
        rename.displayName = u"The Boss"_s;
        VERIFY_OK(hub->auth->updateUser(u"root2"_s, rename, u"root2"_s, office));
    }

    void passwordChangeEndsOtherSessions()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString desk = hub->loginOk(u"mary"_s, maryPassword);
        const QString phone = hub->loginOk(u"mary"_s, maryPassword);
        const QString admin = hub->loginOk(u"root"_s, rootPassword);

        // Mary changes her own password from her desk: the desk stays, the phone is out.
        Auth::UserPatch patch;
        patch.password = u"a-new-secret-1"_s;
        VERIFY_OK(hub->auth->updateUser(u"mary"_s, patch, u"mary"_s, office, desk));
        VERIFY_OK(hub->auth->authenticate(desk));
        COMPARE_ERROR(hub->auth->authenticate(phone), Code::InvalidToken);
        COMPARE_ERROR(hub->auth->login(u"mary"_s, maryPassword, office), Code::InvalidCredentials);
        VERIFY_OK(hub->auth->login(u"mary"_s, u"a-new-secret-1"_s, office));

        // An admin resetting it ends every one of mary's sessions, and keeps the admin's own.
        patch.password = u"a-new-secret-2"_s;
        VERIFY_OK(hub->auth->updateUser(u"mary"_s, patch, u"root"_s, office, admin));
        COMPARE_ERROR(hub->auth->authenticate(desk), Code::InvalidToken);
        VERIFY_OK(hub->auth->authenticate(admin));
    }

    void otherChangesKeepSessions()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        Auth::UserPatch patch;
        patch.role = Role::Supervisor;
        patch.displayName = u"  Mary W.  "_s;
        hub->clock.advance(10s);
        const auto updated = hub->auth->updateUser(u"mary"_s, patch, u"root"_s, office);
        VERIFY_OK(updated);
        QCOMPARE(updated->identity.displayName, u"Mary W."_s);
        QCOMPARE(updated->updatedAt, hub->clock.now());
        QVERIFY(updated->createdAt < updated->updatedAt);
        // The new role applies to the open session straight away.
        const auto who = hub->auth->authenticate(token);
        VERIFY_OK(who);
        QCOMPARE(who->role, Role::Supervisor);
    }

    void unknownUsersAreNotFound()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        Auth::UserPatch patch;
        patch.displayName = u"Nobody"_s;
        COMPARE_ERROR(hub->auth->updateUser(u"nobody"_s, patch, u"root"_s, office), Code::NotFound);
        COMPARE_ERROR(hub->auth->deleteUser(u"nobody"_s, u"root"_s, office), Code::NotFound);
        const auto user = hub->auth->user(u"nobody"_s);
        VERIFY_OK(user);
        QVERIFY(!user->has_value());
    }

    void deleteRemovesTheUserAndTheirSessions()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        VERIFY_OK(hub->auth->deleteUser(u"MARY"_s, u"root"_s, office));
        COMPARE_ERROR(hub->auth->authenticate(token), Code::InvalidToken);
        COMPARE_ERROR(hub->auth->login(u"mary"_s, maryPassword, office), Code::InvalidCredentials);
        const auto users = hub->auth->users();
        VERIFY_OK(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().identity.username, u"root"_s);
    }
};

SIMU_TEST_MAIN(TestAuthServiceUsers)
#include "tst_authserviceusers.moc"
