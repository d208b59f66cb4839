#include "authservice.h"

#include "auth/authlogging.h"
#include "auth/bearertoken.h"
#include "auth/credentialrules.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Auth::AuthService", text);
}

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("Auth::AuthService", text, nullptr, n);
}

// Text from a stranger (a guessed username, an address) is cut before it reaches the audit
// log, so one request cannot write a megabyte into it.
constexpr qsizetype MaxAuditFieldLength = 64;

// Writing last_used_at on every request would turn every read into a commit; once a minute
// per token is enough to see which sessions are alive.
constexpr qint64 TouchIntervalSeconds = 60;

AuthError invalidCredentials()
{
    return AuthError{AuthError::Code::InvalidCredentials, tr("Wrong username or password."), 0};
}

AuthError invalidToken()
{
    return AuthError{AuthError::Code::InvalidToken,
        tr("You are not logged in, or your session has ended. Log in again."),
        0};
}

} // namespace

AuthService::AuthService(Storage::Database &database,
    Storage::UserRepository &users,
    Storage::TokenRepository &tokens,
    Storage::AuditLog &audit,
    const Util::IClock &clock,
    AuthConfig config)
    : m_database(database)
    , m_users(users)
    , m_tokens(tokens)
    , m_audit(audit)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_hasher(m_config.passwordIterations)
    , m_throttle(clock,
          ThrottleLimits{m_config.maxFailuresPerUser,
              m_config.maxFailuresPerAddress,
              m_config.failureWindowSeconds,
              m_config.lockoutSeconds})
    , m_numbers(m_config.defaultRegion)
    , m_dummySalt(PasswordHasher::newSalt())
{}

QByteArray AuthService::tokenHash(const QString &bearerToken)
{
    return BearerToken::hash(bearerToken);
}

AuthError AuthService::storageFailure(const Storage::StorageError &error)
{
    qCWarning(lcAuth) << "user database failure:" << error.message;
    return AuthError{
        AuthError::Code::Storage, tr("The user database failed: %1").arg(error.message), 0};
}

Util::Result<void, AuthError> AuthService::inTransaction(
    const std::function<Util::Result<void, AuthError>()> &work)
{
    // Database::transaction() speaks StorageError; keep the AuthError that made `work` give
    // up (a conflict, the last admin) so the caller sees it rather than "rolled back".
    std::optional<AuthError> refusal;
    auto done = m_database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
        auto result = work();
        if (result)
            return {};
        refusal = result.error();
        return Util::fail(Storage::StorageError{result.error().message});
    });
    if (refusal)
        return Util::fail(*refusal);
    if (!done)
        return Util::fail(storageFailure(done.error()));
    return {};
}

Util::Result<void, AuthError> AuthService::audit(const QString &actor,
    const QString &action,
    const QString &target,
    const QString &detail,
    const QString &remoteAddress)
{
    auto recorded = m_audit.record(Storage::AuditEntry{m_clock.now(),
        actor.left(MaxAuditFieldLength),
        action,
        target.left(MaxAuditFieldLength),
        detail,
        remoteAddress.left(MaxAuditFieldLength)});
    if (!recorded)
        return Util::fail(storageFailure(recorded.error()));
    return {};
}

Util::Result<LoginResult, AuthError> AuthService::refuseLogin(
    const QString &username, const QString &remoteAddress, const QString &why)
{
    m_throttle.recordFailure(username, remoteAddress);
    qCInfo(lcAuth) << "login failed from" << remoteAddress;
    // The refusal stands even if the audit write fails: it is logged above either way.
    (void)audit(QString(), u"login_failed"_s, username, why, remoteAddress);
    return Util::fail(invalidCredentials());
}

Util::Result<LoginResult, AuthError> AuthService::login(
    const QString &username, const QString &password, const QString &remoteAddress)
{
    const QString name = normaliseUsername(username);

    if (const int wait = m_throttle.retryAfterSeconds(name, remoteAddress); wait > 0) {
        qCInfo(lcAuth) << "login throttled from" << remoteAddress << "for" << wait << "s";
        (void)audit(
            QString(), u"login_throttled"_s, name, u"retry after %1 s"_s.arg(wait), remoteAddress);
        return Util::fail(AuthError{AuthError::Code::Throttled,
            tr("Too many failed logins. Try again in %n second(s).", wait),
            wait});
    }

    std::optional<Storage::StoredUser> stored;
    if (checkUsername(name)) {
        auto found = m_users.find(name);
        if (!found)
            return Util::fail(storageFailure(found.error()));
        stored = std::move(found.value());
    }
    if (!stored) {
        // Spend the same work as a real check, so the answer's timing does not tell a
        // guesser that the name does not exist. The result is meaningless and ignored.
        (void)m_hasher.verify(password,
            PasswordHash{
                QByteArray(PasswordHasher::HashBytes, '\0'), m_dummySalt, m_hasher.iterations()});
        return refuseLogin(name, remoteAddress, u"unknown user"_s);
    }
    const PasswordHash storedHash{
        stored->passwordHash, stored->passwordSalt, stored->passwordIterations};
    if (!m_hasher.verify(password, storedHash))
        return refuseLogin(name, remoteAddress, u"wrong password"_s);

    // Right password: from here on the user has proved who they are, so saying "disabled"
    // reveals nothing they did not know.
    if (stored->disabled) {
        qCInfo(lcAuth) << "login refused for disabled account" << name;
        (void)audit(name, u"login_failed"_s, name, u"account disabled"_s, remoteAddress);
        return Util::fail(AuthError{AuthError::Code::Disabled,
            tr("This account is disabled. Ask an administrator to enable it."),
            0});
    }
    m_throttle.recordSuccess(name);

    const QDateTime now = m_clock.now();
    LoginResult result{BearerToken::generate(),
        toUserInfo(*stored).identity,
        now.addSecs(m_config.tokenLifetimeSeconds)};
    auto saved = inTransaction([&]() -> Util::Result<void, AuthError> {
        if (m_hasher.needsRehash(stored->passwordIterations)) {
            const PasswordHash upgraded = m_hasher.hash(password);
            Storage::StoredUser changed = *stored;
            changed.passwordHash = upgraded.hash;
            changed.passwordSalt = upgraded.salt;
            changed.passwordIterations = upgraded.iterations;
            changed.updatedAt = now;
            if (auto updated = m_users.update(changed); !updated)
                return Util::fail(storageFailure(updated.error()));
        }
        if (auto purged = m_tokens.removeExpired(now); !purged)
            return Util::fail(storageFailure(purged.error()));
        auto inserted
            = m_tokens.insert(BearerToken::hash(result.token), name, now, result.expiresAt);
        if (!inserted)
            return Util::fail(storageFailure(inserted.error()));
        return audit(name, u"login"_s, name, QString(), remoteAddress);
    });
    if (!saved)
        return Util::fail(saved.error());
    qCInfo(lcAuth) << "login:" << name << "from" << remoteAddress;
    return result;
}

Util::Result<Identity, AuthError> AuthService::authenticate(const QString &bearerToken)
{
    const QString token = bearerToken.trimmed();
    if (!BearerToken::looksValid(token))
        return Util::fail(invalidToken());
    const QByteArray hash = BearerToken::hash(token);
    auto found = m_tokens.find(hash);
    if (!found)
        return Util::fail(storageFailure(found.error()));
    if (!found.value())
        return Util::fail(invalidToken());
    const Storage::StoredToken &stored = *found.value();

    const QDateTime now = m_clock.now();
    if (stored.expiresAt <= now) {
        (void)m_tokens.remove(hash); // it can never work again
        return Util::fail(
            AuthError{AuthError::Code::Expired, tr("Your session has expired. Log in again."), 0});
    }
    auto user = m_users.find(stored.username);
    if (!user)
        return Util::fail(storageFailure(user.error()));
    if (!user.value())
        return Util::fail(invalidToken()); // deleted meanwhile; the cascade will catch up
    if (user.value()->disabled)
        return Util::fail(AuthError{AuthError::Code::Disabled,
            tr("This account is disabled. Ask an administrator to enable it."),
            0});

    if (!stored.lastUsedAt.isValid() || stored.lastUsedAt.secsTo(now) >= TouchIntervalSeconds) {
        if (auto touched = m_tokens.touch(hash, now); !touched)
            qCWarning(lcAuth) << "cannot note a token's use:" << touched.error().message;
    }
    return toUserInfo(*user.value()).identity;
}

Util::Result<void, AuthError> AuthService::logout(
    const QString &bearerToken, const QString &remoteAddress)
{
    const QString token = bearerToken.trimmed();
    if (!BearerToken::looksValid(token))
        return Util::fail(invalidToken());
    const QByteArray hash = BearerToken::hash(token);
    auto found = m_tokens.find(hash);
    if (!found)
        return Util::fail(storageFailure(found.error()));
    if (!found.value())
        return Util::fail(invalidToken());
    const QString username = found.value()->username;
    auto done = inTransaction([&]() -> Util::Result<void, AuthError> {
        if (auto removed = m_tokens.remove(hash); !removed)
            return Util::fail(storageFailure(removed.error()));
        return audit(username, u"logout"_s, username, QString(), remoteAddress);
    });
    if (!done)
        return done;
    qCInfo(lcAuth) << "logout:" << username;
    return {};
}

Util::Result<int, AuthError> AuthService::removeExpiredTokens()
{
    auto removed = m_tokens.removeExpired(m_clock.now());
    if (!removed)
        return Util::fail(storageFailure(removed.error()));
    return removed.value();
}

UserInfo AuthService::toUserInfo(const Storage::StoredUser &user) const
{
    const std::optional<Role> role = roleFromApiName(user.role);
    if (!role)
        qCWarning(lcAuth) << "user" << user.username << "has an unknown role; treated as agent";
    return UserInfo{
        Identity{user.username, user.displayName, role.value_or(Role::Agent), user.line},
        user.disabled,
        user.createdAt,
        user.updatedAt};
}

} // namespace Auth
