#pragma once

// The one door to logins and users: the REST API calls only this class, never the
// repositories. It checks credentials, issues and checks bearer tokens, throttles guessing,
// keeps the last admin, validates every field, and writes the audit log.
//
// Tokens are "simu_" + 43 base64url characters (256 random bits from the system generator).
// Only their SHA-256 is stored, with an expiry; the plain token exists only in the login reply.
// Nothing here ever logs a password or a token.
//
// Not its job: deciding who may call what. The API checks canManageUsers() and friends on the
// Identity from authenticate() before it calls createUser() and the rest.
//
// Audit actions written: login, login_failed, login_throttled, logout, user_created,
// user_updated, user_deleted.

#include "auth/identity.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "phone/phonenumbers.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Storage {
class Database;
class UserRepository;
class TokenRepository;
class AuditLog;
struct StoredUser;
struct StorageError;
} // namespace Storage

namespace Auth {

struct AuthError
{
    enum class Code {
        InvalidCredentials, // 401: wrong username or password (never says which)
        Throttled, // 429 + Retry-After: retryAfterSeconds
        Disabled, // 403: the account is switched off
        InvalidToken, // 401: no such token, or not a token at all
        Expired, // 401: the token was real but its time is up
        InvalidInput, // 400: message says which rule a field breaks
        NotFound, // 404: no such user
        Conflict, // 409: the username is taken
        LastAdmin, // 409: would leave the hub without an enabled admin
        Storage // 503: the database failed; message has SQLite's reason
    };
    Code code;
    QString message; // for a person, translated (context "Auth::AuthService")
    int retryAfterSeconds = 0;
};

struct LoginResult
{
    QString token; // the only time the plain token exists
    Identity identity;
    QDateTime expiresAt; // UTC
};

struct NewUser
{
    QString username; // normalised: trimmed, lower-cased
    QString password;
    Role role = Role::Agent;
    QString displayName;
    QString line; // empty, a phone number or an AT SIP address
};

// Fields left empty are not changed. `line` set to "" removes the line.
struct UserPatch
{
    std::optional<QString> password, displayName, line;
    std::optional<Role> role;
    std::optional<bool> disabled;
};

struct UserInfo
{
    Identity identity;
    bool disabled = false;
    QDateTime createdAt, updatedAt; // UTC
};

struct AuthConfig
{
    int tokenLifetimeSeconds = 12 * 3600;
    int passwordIterations = PasswordHasher::ProductionIterations;
    int maxFailuresPerUser = 5;
    int maxFailuresPerAddress = 20;
    int failureWindowSeconds = 900;
    int lockoutSeconds = 300;
    // The region local line numbers ("0712 345678") are read in.
    QString defaultRegion = QStringLiteral("KE");
};

class AuthService final
{
public:
    AuthService(Storage::Database &database,
        Storage::UserRepository &users,
        Storage::TokenRepository &tokens,
        Storage::AuditLog &audit,
        const Util::IClock &clock,
        AuthConfig config = {});

    // Unknown user and wrong password give the same error, message and (about) the same time.
    // A correct password for a disabled account gives Disabled. Upgrades an old hash to the
    // current iteration count on success.
    Util::Result<LoginResult, AuthError> login(
        const QString &username, const QString &password, const QString &remoteAddress);
    // The hot path of every request: one primary-key lookup of the token's hash, one of the
    // user. Takes the token without "Bearer ". Expired → Expired; disabled user → Disabled.
    Util::Result<Identity, AuthError> authenticate(const QString &bearerToken);
    Util::Result<void, AuthError> logout(
        const QString &bearerToken, const QString &remoteAddress = {});

    Util::Result<UserInfo, AuthError> createUser(
        const NewUser &user, const QString &actor, const QString &remoteAddress);
    // `currentToken` is the caller's own token: when admins change their own password it
    // survives, while every other token of the user is revoked. Disabling revokes them all.
    Util::Result<UserInfo, AuthError> updateUser(const QString &username,
        const UserPatch &patch,
        const QString &actor,
        const QString &remoteAddress,
        const QString &currentToken = {});
    Util::Result<void, AuthError> deleteUser(
        const QString &username, const QString &actor, const QString &remoteAddress);
    Util::Result<QList<UserInfo>, AuthError> users();
    Util::Result<std::optional<UserInfo>, AuthError> user(const QString &username);

    // Deletes tokens past their expiry; login does it too. Returns how many went.
    Util::Result<int, AuthError> removeExpiredTokens();

    const AuthConfig &config() const { return m_config; }

    // What the tokens table holds for a bearer token: its SHA-256.
    static QByteArray tokenHash(const QString &bearerToken);

private:
    Util::Result<void, AuthError> inTransaction(
        const std::function<Util::Result<void, AuthError>()> &work);
    Util::Result<void, AuthError> audit(const QString &actor,
        const QString &action,
        const QString &target,
        const QString &detail,
        const QString &remoteAddress);
    Util::Result<void, AuthError> checkNotLastAdmin(
        const Storage::StoredUser &user, bool staysEnabledAdmin);
    Util::Result<LoginResult, AuthError> refuseLogin(
        const QString &username, const QString &remoteAddress, const QString &why);
    UserInfo toUserInfo(const Storage::StoredUser &user) const;
    static AuthError storageFailure(const Storage::StorageError &error);

    Storage::Database &m_database;
    Storage::UserRepository &m_users;
    Storage::TokenRepository &m_tokens;
    Storage::AuditLog &m_audit;
    const Util::IClock &m_clock;
    AuthConfig m_config;
    PasswordHasher m_hasher;
    LoginThrottle m_throttle;
    Phone::NumberParser m_numbers;
    QByteArray m_dummySalt; // for unknown users: hash something, so timing says nothing
};

} // namespace Auth
