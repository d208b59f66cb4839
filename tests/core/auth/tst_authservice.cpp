#include "authfixture.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AuthTest;

namespace {

QByteArray readAll(const QString &folder)
{
    QByteArray bytes;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLog)
        capturedLog->append(message);
}

} // namespace

// Logins, tokens, throttling, the audit trail and what may never be logged or stored.
class TestAuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginGivesAWorkingToken()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto login = hub->auth->login(u"mary"_s, maryPassword, office);
        VERIFY_OK(login);
        QVERIFY(login->token.startsWith(u"simu_"_s));
        QCOMPARE(login->token.size(), 48);
        QCOMPARE(login->identity.username, u"mary"_s);
        QCOMPARE(login->identity.displayName, u"Mary Wanjiku"_s);
        QCOMPARE(login->identity.role, Role::Agent);
        QCOMPARE(login->identity.line, u"+254712345678"_s);
        QCOMPARE(login->expiresAt, hub->clock.now().addSecs(12 * 3600));

        const auto who = hub->auth->authenticate(login->token);
        VERIFY_OK(who);
        QCOMPARE(*who, login->identity);
        // Each login is its own session with its own token.
        QVERIFY(hub->loginOk(u"mary"_s, maryPassword) != login->token);
    }

    void usernameIsCaseInsensitiveAtLogin()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto login = hub->auth->login(u"  MARY "_s, maryPassword, office);
        VERIFY_OK(login);
        QCOMPARE(login->identity.username, u"mary"_s);
    }

    void refusedLoginsLookAlike_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << u"mary"_s << u"mary-password-2"_s;
        QTest::newRow("unknown user") << u"maria"_s << maryPassword;
        QTest::newRow("empty password") << u"mary"_s << QString();
        QTest::newRow("empty username") << QString() << maryPassword;
        QTest::newRow("username no user could have") << u"mary; DROP TABLE users"_s << maryPassword;
        QTest::newRow("huge username") << QString(100000, u'm') << maryPassword;
    }
    void refusedLoginsLookAlike()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto refused = hub->auth->login(username, password, office);
        COMPARE_ERROR(refused, Code::InvalidCredentials);
        // One message for all: a guesser cannot tell a real name from a made-up one.
        QCOMPARE(refused.error().message, u"Wrong username or password."_s);
        QCOMPARE(refused.error().retryAfterSeconds, 0);
        QVERIFY(hub->users->find(u"mary"_s).value().has_value()); // nothing was harmed
    }

    // Without the dummy hash an unknown name is answered at once and a known one only after
    // the slow hash: a stopwatch would list the valid usernames.
    void unknownUserTakesAsLongAsAWrongPassword()
    {
        auto hub = Fixture::make(fastConfig(40000));
        QVERIFY(hub && hub->seed());
        auto config = fastConfig(40000);
        config.maxFailuresPerUser = 0; // switched off so the loop is not throttled
        config.maxFailuresPerAddress = 0;
        hub->restartService(config);
        // CPU time of the fastest of several interleaved runs: the work done, which is what a
        // stopwatch would see, without the noise of other processes sharing the machine.
        const auto cpuMicros = [&](const QString &user) {
            const std::clock_t start = std::clock();
            (void)hub->auth->login(user, u"not the password"_s, office);
            return qint64(std::clock() - start) * 1000000 / CLOCKS_PER_SEC;
        };
        qint64 known = std::numeric_limits<qint64>::max();
        qint64 unknown = known;
        for (int run = 0; run < 9; ++run) {
            known = std::min(known, cpuMicros(u"mary"_s));
            unknown = std::min(unknown, cpuMicros(u"nobody-here"_s));
        }
        qInfo("fastest refusal: known user %lld us, unknown user %lld us", known, unknown);
        QVERIFY2(unknown * 3 > known, "an unknown user is refused much faster than a known one");
        QVERIFY2(known * 3 > unknown, "a known user is refused much faster than an unknown one");
    }

    void tokenExpiresAfterItsLifetime()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        QVERIFY(!token.isEmpty());
        hub->clock.advance(12h - 1s);
        VERIFY_OK(hub->auth->authenticate(token));
        hub->clock.advance(1s);
        const auto expired = hub->auth->authenticate(token);
        COMPARE_ERROR(expired, Code::Expired);
        QVERIFY(expired.error().message.contains(u"expired"_s));
        // And it is gone for good, not merely refused.
        QVERIFY(!hub->tokens->find(Auth::AuthService::tokenHash(token)).value().has_value());
    }

    void tokenLifetimeIsConfigurable()
    {
        auto config = fastConfig();
        config.tokenLifetimeSeconds = 60;
        auto hub = Fixture::make(config);
        QVERIFY(hub && hub->seed());
        const auto login = hub->auth->login(u"mary"_s, maryPassword, office);
        VERIFY_OK(login);
        QCOMPARE(login->expiresAt, hub->clock.now().addSecs(60));
        hub->clock.advance(60s);
        COMPARE_ERROR(hub->auth->authenticate(login->token), Code::Expired);
    }

    void junkTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("the header's Bearer prefix left on") << u"Bearer simu_abc"_s;
        QTest::newRow("right length, wrong characters") << u"simu_"_s + QString(43, u'!');
        QTest::newRow("wrong prefix") << u"sime_"_s + QString(43, u'A');
        QTest::newRow("well-formed but never issued") << u"simu_"_s + QString(43, u'A');
        QTest::newRow("megabyte of junk") << QString(1000000, u'x');
    }
    void junkTokensAreRefused()
    {
        QFETCH(QString, token);
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const auto refused = hub->auth->authenticate(token);
        COMPARE_ERROR(refused, Code::InvalidToken);
        QVERIFY(!refused.error().message.isEmpty());
        COMPARE_ERROR(hub->auth->logout(token), Code::InvalidToken);
    }

    void tokenWithSurroundingSpaceWorks()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        VERIFY_OK(hub->auth->authenticate(u" "_s + token + u"\r\n"_s));
    }

    void logoutRevokesOnlyThatSession()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString desk = hub->loginOk(u"mary"_s, maryPassword);
        const QString phone = hub->loginOk(u"mary"_s, maryPassword);
        VERIFY_OK(hub->auth->logout(desk, office));
        COMPARE_ERROR(hub->auth->authenticate(desk), Code::InvalidToken);
        COMPARE_ERROR(hub->auth->logout(desk), Code::InvalidToken);
        VERIFY_OK(hub->auth->authenticate(phone));
    }

    void throttlesGuessesAtOneUser()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        for (int guess = 0; guess < 5; ++guess)
            COMPARE_ERROR(hub->auth->login(u"mary"_s, u"guess-number-%1"_s.arg(guess), office),
                Code::InvalidCredentials);
        // Now even the right password is not checked: the guesser learns nothing more.
        const auto throttled = hub->auth->login(u"mary"_s, maryPassword, u"10.9.9.9"_s);
        COMPARE_ERROR(throttled, Code::Throttled);
        QCOMPARE(throttled.error().retryAfterSeconds, 300);
        QVERIFY(throttled.error().message.contains(u"300"_s));

        hub->clock.advance(299s);
        QCOMPARE(hub->auth->login(u"mary"_s, maryPassword, office).error().retryAfterSeconds, 1);
        hub->clock.advance(1s);
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office));
        // Another user was never affected.
        VERIFY_OK(hub->auth->login(u"root"_s, rootPassword, u"10.9.9.9"_s));
    }

    void successClearsTheUsersFailures()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        for (int guess = 0; guess < 4; ++guess)
            (void)hub->auth->login(u"mary"_s, u"typo-typo-%1"_s.arg(guess), office);
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office));
        for (int guess = 0; guess < 4; ++guess)
            COMPARE_ERROR(hub->auth->login(u"mary"_s, u"typo-again-%1"_s.arg(guess), office),
                Code::InvalidCredentials);
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office));
    }

    void throttlesOneAddressSprayingManyNames()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString attacker = u"10.0.0.66"_s;
        for (int guess = 0; guess < 20; ++guess)
            (void)hub->auth->login(u"user%1"_s.arg(guess), u"Password123"_s, attacker);
        const auto throttled = hub->auth->login(u"mary"_s, maryPassword, attacker);
        COMPARE_ERROR(throttled, Code::Throttled);
        QCOMPARE(throttled.error().retryAfterSeconds, 300);
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office)); // mary herself is fine
    }

    void unknownNamesAreThrottledLikeRealOnes()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        for (int guess = 0; guess < 5; ++guess)
            (void)hub->auth->login(u"ghost"_s, u"guess-number-%1"_s.arg(guess), office);
        COMPARE_ERROR(hub->auth->login(u"ghost"_s, u"another-guess"_s, office), Code::Throttled);
    }

    void disabledUserCannotLogIn()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        Auth::UserPatch patch;
        patch.disabled = true;
        VERIFY_OK(hub->auth->updateUser(u"mary"_s, patch, u"root"_s, office));
        // Her open session ends at once...
        COMPARE_ERROR(hub->auth->authenticate(token), Code::InvalidToken);
        // ...the right password says "disabled", a wrong one says nothing more than usual.
        const auto disabled = hub->auth->login(u"mary"_s, maryPassword, office);
        COMPARE_ERROR(disabled, Code::Disabled);
        QVERIFY(disabled.error().message.contains(u"disabled"_s));
        COMPARE_ERROR(
            hub->auth->login(u"mary"_s, u"wrong-password"_s, office), Code::InvalidCredentials);

        patch.disabled = false;
        VERIFY_OK(hub->auth->updateUser(u"mary"_s, patch, u"root"_s, office));
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office));
    }

    void tokenOfAUserDisabledBehindItsBackIsRefused()
    {
        // A token that survived somehow (an older hub, a restore) must still not work.
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        Storage::StoredUser mary = *hub->users->find(u"mary"_s).value();
        mary.disabled = true;
        QVERIFY(hub->users->update(mary).value());
        COMPARE_ERROR(hub->auth->authenticate(token), Code::Disabled);
    }

    void oldHashesAreUpgradedAtLogin()
    {
        auto hub = Fixture::make(fastConfig(1000));
        QVERIFY(hub && hub->seed());
        QCOMPARE(hub->users->find(u"mary"_s).value()->passwordIterations, 1000);
        hub->restartService(fastConfig(3000)); // a later release raises the cost
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office));
        QCOMPARE(hub->users->find(u"mary"_s).value()->passwordIterations, 3000);
        VERIFY_OK(hub->auth->login(u"mary"_s, maryPassword, office));
    }

    void auditLogRecordsWhoDidWhat()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        (void)hub->auth->login(u"mary"_s, u"wrong-password"_s, u"10.0.0.7"_s);
        (void)hub->auth->login(u"nobody"_s, u"wrong-password"_s, u"10.0.0.8"_s);
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        VERIFY_OK(hub->auth->logout(token, office));
        Auth::UserPatch patch;
        patch.password = u"changed-password"_s;
        patch.role = Role::Supervisor;
        VERIFY_OK(hub->auth->updateUser(u"mary"_s, patch, u"root"_s, u"10.0.0.9"_s));
        VERIFY_OK(hub->auth->deleteUser(u"mary"_s, u"root"_s, u"10.0.0.9"_s));

        const auto entries = hub->audit->recent(100);
        VERIFY_OK(entries);
        QStringList lines;
        for (const Storage::AuditEntry &entry : entries.value()) {
            lines.prepend(QStringList{
                entry.actor, entry.action, entry.target, entry.detail, entry.remoteAddress}
                              .join(u'|'));
            QCOMPARE(entry.at, hub->clock.now());
        }
        const QStringList expected{
            u"setup|user_created|root|role=admin|"_s,
            u"root|user_created|mary|role=agent; line set|192.168.1.20"_s,
            u"|login_failed|mary|wrong password|10.0.0.7"_s,
            u"|login_failed|nobody|unknown user|10.0.0.8"_s,
            u"mary|login|mary||192.168.1.20"_s,
            u"mary|logout|mary||192.168.1.20"_s,
            u"root|user_updated|mary|password changed; role agent -> supervisor|10.0.0.9"_s,
            u"root|user_deleted|mary|role=supervisor|10.0.0.9"_s,
        };
        QCOMPARE(lines, expected);
        for (const QString &line : lines) {
            QVERIFY(!line.contains(u"changed-password"_s));
            QVERIFY(!line.contains(maryPassword));
            QVERIFY(!line.contains(token));
        }
    }

    void throttledAttemptsAreAudited()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        for (int guess = 0; guess < 6; ++guess)
            (void)hub->auth->login(u"mary"_s, u"guess-number-%1"_s.arg(guess), u"10.0.0.7"_s);
        const auto newest = hub->audit->recent(1);
        VERIFY_OK(newest);
        QCOMPARE(newest->first().action, u"login_throttled"_s);
        QCOMPARE(newest->first().target, u"mary"_s);
        QCOMPARE(newest->first().remoteAddress, u"10.0.0.7"_s);
    }

    // A copy of the database (a backup, a stolen laptop) must not contain usable tokens.
    void tokensAreStoredOnlyAsHashes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto hub = Fixture::make(fastConfig(), dir.filePath(u"hub.db"_s));
        QVERIFY(hub && hub->seed());
        const QString token = hub->loginOk(u"mary"_s, maryPassword);
        QVERIFY(!token.isEmpty());

        const QByteArray onDisk = readAll(dir.path());
        QVERIFY(onDisk.size() > 0);
        const QByteArray secretPart = token.mid(5).toLatin1();
        QVERIFY(!onDisk.contains(token.toLatin1()));
        QVERIFY(!onDisk.contains(secretPart));
        QVERIFY(
            !onDisk.contains(QByteArray::fromBase64(secretPart, QByteArray::Base64UrlEncoding)));
        QVERIFY(!onDisk.contains(maryPassword.toUtf8()));
        // What is there is the SHA-256, which is how the token is found again.
        const QByteArray hash
            = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
        QVERIFY(onDisk.contains(hash));
        const auto row = hub->tokens->find(hash);
        VERIFY_OK(row);
        QVERIFY(row->has_value());
        QCOMPARE(row->value().username, u"mary"_s);
        QCOMPARE(row->value().expiresAt, hub->clock.now().addSecs(12 * 3600));
    }

    void expiredTokensAreSweptAway()
    {
        auto hub = Fixture::make();
        QVERIFY(hub && hub->seed());
        const QString old = hub->loginOk(u"mary"_s, maryPassword);
        hub->clock.advance(13h);
        const QString fresh = hub->loginOk(u"root"_s, rootPassword); // login sweeps too
        QVERIFY(!hub->tokens->find(Auth::AuthService::tokenHash(old)).value().has_value());
        QVERIFY(hub->tokens->find(Auth::AuthService::tokenHash(fresh)).value().has_value());
        QCOMPARE(hub->auth->removeExpiredTokens().value(), 0);
    }

    void nothingLogsPasswordsOrTokens()
    {
        QStringList log;
        capturedLog = &log;
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        QStringList secrets{rootPassword, maryPassword, u"wrong-guess-77"_s, u"brand-new-pw-9"_s};
        {
            auto hub = Fixture::make();
            if (hub && hub->seed()) {
                (void)hub->auth->login(u"mary"_s, u"wrong-guess-77"_s, office);
                (void)hub->auth->login(u"maryX"_s, maryPassword, office);
                const QString token = hub->loginOk(u"mary"_s, maryPassword);
                const QString rootToken = hub->loginOk(u"root"_s, rootPassword);
                secrets << token << rootToken;
                (void)hub->auth->authenticate(token);
                hub->clock.advance(2min);
                (void)hub->auth->authenticate(token);
                Auth::UserPatch patch;
                patch.password = u"brand-new-pw-9"_s;
                (void)hub->auth->updateUser(u"mary"_s, patch, u"root"_s, office, rootToken);
                patch.password = u"short"_s;
                (void)hub->auth->updateUser(u"mary"_s, patch, u"root"_s, office);
                (void)hub->auth->logout(rootToken, office);
                hub->clock.advance(13h);
                (void)hub->auth->authenticate(token);
            }
        }

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        capturedLog = nullptr;
        // The capture works: the service did log its logins, just not the secrets.
        QVERIFY2(std::any_of(log.cbegin(),
                     log.cend(),
                     [](const QString &line) { return line.contains(u"login"_s); }),
            qPrintable(log.join(u'\n')));
        for (const QString &line : std::as_const(log)) {
            for (const QString &secret : std::as_const(secrets)) {
                QVERIFY2(!secret.isEmpty(), "a login in the scenario failed");
                QVERIFY2(!line.contains(secret), qPrintable(u"leaked in: "_s + line));
                QVERIFY2(!line.contains(secret.mid(5, 20)), qPrintable(u"leaked in: "_s + line));
            }
        }
    }
};

SIMU_TEST_MAIN(TestAuthService)
#include "tst_authservice.moc"
