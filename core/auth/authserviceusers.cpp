// AuthService, second half: managing users. Split from authservice.cpp (logins and tokens) to
// keep both files readable; the class is one.

#include "auth/authlogging.h"
#include "auth/bearertoken.h"
#include "auth/credentialrules.h"
#include "authservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Auth::AuthService", text);
}

AuthError invalidInput(const QString &message)
{
    return AuthError{AuthError::Code::InvalidInput, message, 0};
}

AuthError notFound(const QString &username)
{
    return AuthError{AuthError::Code::NotFound, tr("There is no user named %1.").arg(username), 0};
}

bool isEnabledAdmin(const Storage::StoredUser &user)
{
    return user.role == roleApiName(Role::Admin) && !user.disabled;
}

} // namespace

Util::Result<void, AuthError> AuthService::checkNotLastAdmin(
    const Storage::StoredUser &user, bool staysEnabledAdmin)
{
    if (!isEnabledAdmin(user) || staysEnabledAdmin)
        return {};
    auto admins = m_users.countEnabledAdmins();
    if (!admins)
        return Util::fail(storageFailure(admins.error()));
    if (admins.value() <= 1)
        return Util::fail(AuthError{AuthError::Code::LastAdmin,
            tr("%1 is the only enabled administrator. Make another user an administrator "
               "first, so the hub always has one.")
                .arg(user.username),
            0});
    return {};
}

Util::Result<UserInfo, AuthError> AuthService::createUser(
    const NewUser &user, const QString &actor, const QString &remoteAddress)
{
    const QString name = normaliseUsername(user.username);
    if (auto valid = checkUsername(name); !valid)
        return Util::fail(invalidInput(valid.error()));
    if (auto valid = checkPassword(user.password, name); !valid)
        return Util::fail(invalidInput(valid.error()));
    auto displayName = checkDisplayName(user.displayName);
    if (!displayName)
        return Util::fail(invalidInput(displayName.error()));
    auto line = checkLine(user.line, m_numbers);
    if (!line)
        return Util::fail(invalidInput(line.error()));

    const QDateTime now = m_clock.now();
    const PasswordHash hashed = m_hasher.hash(user.password);
    const Storage::StoredUser stored{name,
        displayName.value(),
        roleApiName(user.role),
        line.value(),
        hashed.hash,
        hashed.salt,
        hashed.iterations,
        false,
        now,
        now};
    auto saved = inTransaction([&]() -> Util::Result<void, AuthError> {
        auto created = m_users.create(stored);
        if (!created)
            return Util::fail(storageFailure(created.error()));
        if (!created.value())
            return Util::fail(AuthError{
                AuthError::Code::Conflict, tr("A user named %1 already exists.").arg(name), 0});
        return audit(actor,
            u"user_created"_s,
            name,
            u"role=%1"_s.arg(stored.role) + (stored.line.isEmpty() ? u""_s : u"; line set"_s),
            remoteAddress);
    });
    if (!saved)
        return Util::fail(saved.error());
    qCInfo(lcAuth) << "user created:" << name << "role" << stored.role << "by" << actor;
    return toUserInfo(stored);
}

Util::Result<UserInfo, AuthError> AuthService::updateUser(const QString &username,
    const UserPatch &patch,
    const QString &actor,
    const QString &remoteAddress,
    const QString &currentToken)
{
    const QString name = normaliseUsername(username);
    QStringList changes; // for the audit log; never the password itself
    std::optional<PasswordHash> newPassword;
    if (patch.password) {
        if (auto valid = checkPassword(*patch.password, name); !valid)
            return Util::fail(invalidInput(valid.error()));
        newPassword = m_hasher.hash(*patch.password);
    }
    std::optional<QString> newDisplayName;
    if (patch.displayName) {
        auto valid = checkDisplayName(*patch.displayName);
        if (!valid)
            return Util::fail(invalidInput(valid.error()));
        newDisplayName = valid.value();
    }
    std::optional<QString> newLine;
    if (patch.line) {
        auto valid = checkLine(*patch.line, m_numbers);
        if (!valid)
            return Util::fail(invalidInput(valid.error()));
        newLine = valid.value();
    }

    Storage::StoredUser changed;
    auto saved = inTransaction([&]() -> Util::Result<void, AuthError> {
        auto found = m_users.find(name);
        if (!found)
            return Util::fail(storageFailure(found.error()));
        if (!found.value())
            return Util::fail(notFound(name));
        const Storage::StoredUser before = *found.value();
        changed = before;
        if (newPassword) {
            changed.passwordHash = newPassword->hash;
            changed.passwordSalt = newPassword->salt;
            changed.passwordIterations = newPassword->iterations;
            changes << u"password changed"_s;
        }
        if (newDisplayName && *newDisplayName != before.displayName) {
            changed.displayName = *newDisplayName;
            changes << u"display name changed"_s;
        }
        if (newLine && *newLine != before.line) {
            changed.line = *newLine;
            changes << (newLine->isEmpty() ? u"line removed"_s : u"line changed"_s);
        }
        if (patch.role && roleApiName(*patch.role) != before.role) {
            changed.role = roleApiName(*patch.role);
            changes << u"role %1 -> %2"_s.arg(before.role, changed.role);
        }
        if (patch.disabled && *patch.disabled != before.disabled) {
            changed.disabled = *patch.disabled;
            changes << (changed.disabled ? u"disabled"_s : u"enabled"_s);
        }
        if (changes.isEmpty())
            return {}; // nothing to write, nothing to audit
        if (auto kept = checkNotLastAdmin(before, isEnabledAdmin(changed)); !kept)
            return kept;
        changed.updatedAt = m_clock.now();
        if (auto updated = m_users.update(changed); !updated)
            return Util::fail(storageFailure(updated.error()));

        // A disabled account loses every session; a new password ends every session but the
        // one that set it, so a stolen token stops working when its owner reacts.
        if (changed.disabled && !before.disabled) {
            if (auto revoked = m_tokens.removeForUser(name); !revoked)
                return Util::fail(storageFailure(revoked.error()));
        } else if (newPassword) {
            const QByteArray keep
                = currentToken.isEmpty() ? QByteArray() : BearerToken::hash(currentToken.trimmed());
            if (auto revoked = m_tokens.removeForUser(name, keep); !revoked)
                return Util::fail(storageFailure(revoked.error()));
        }
        return audit(actor, u"user_updated"_s, name, changes.join(u"; "_s), remoteAddress);
    });
    if (!saved)
        return Util::fail(saved.error());
    if (!changes.isEmpty())
        qCInfo(lcAuth) << "user updated:" << name << "by" << actor << "-" << changes.join(u"; "_s);
    return toUserInfo(changed);
}

Util::Result<void, AuthError> AuthService::deleteUser(
    const QString &username, const QString &actor, const QString &remoteAddress)
{
    const QString name = normaliseUsername(username);
    auto done = inTransaction([&]() -> Util::Result<void, AuthError> {
        auto found = m_users.find(name);
        if (!found)
            return Util::fail(storageFailure(found.error()));
        if (!found.value())
            return Util::fail(notFound(name));
        if (auto kept = checkNotLastAdmin(*found.value(), false); !kept)
            return kept;
        // The foreign key cascades too; saying it here does not depend on PRAGMA foreign_keys.
        if (auto revoked = m_tokens.removeForUser(name); !revoked)
            return Util::fail(storageFailure(revoked.error()));
        if (auto removed = m_users.remove(name); !removed)
            return Util::fail(storageFailure(removed.error()));
        return audit(
            actor, u"user_deleted"_s, name, u"role=%1"_s.arg(found.value()->role), remoteAddress);
    });
    if (!done)
        return done;
    qCInfo(lcAuth) << "user deleted:" << name << "by" << actor;
    return {};
}

Util::Result<QList<UserInfo>, AuthError> AuthService::users()
{
    auto stored = m_users.list();
    if (!stored)
        return Util::fail(storageFailure(stored.error()));
    QList<UserInfo> result;
    result.reserve(stored.value().size());
    for (const Storage::StoredUser &user : stored.value())
        result.append(toUserInfo(user));
    return result;
}

Util::Result<std::optional<UserInfo>, AuthError> AuthService::user(const QString &username)
{
    auto found = m_users.find(normaliseUsername(username));
    if (!found)
        return Util::fail(storageFailure(found.error()));
    if (!found.value())
        return std::optional<UserInfo>();
    return std::optional<UserInfo>(toUserInfo(*found.value()));
}

} // namespace Auth
