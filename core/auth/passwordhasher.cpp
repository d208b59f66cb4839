#include "passwordhasher.h"

#include "authlogging.h"

#include <QRandomGenerator>

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace Auth {

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(std::clamp(iterations, 1, MaxIterations))
{}

QByteArray PasswordHasher::newSalt()
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(salt.data()), SaltBytes / int(sizeof(quint32)));
    return salt;
}

PasswordHash PasswordHasher::hash(const QString &password) const
{
    const QByteArray salt = newSalt();
    return PasswordHash{derive(password, salt, m_iterations), salt, m_iterations};
}

bool PasswordHasher::verify(const QString &password, const PasswordHash &stored) const
{
    if (stored.hash.size() != HashBytes || stored.salt.isEmpty() || stored.iterations < 1
        || stored.iterations > MaxIterations) {
        qCWarning(lcAuth) << "a stored password hash is malformed; it cannot verify";
        return false;
    }
    const QByteArray candidate = derive(password, stored.salt, stored.iterations);
    return constantTimeEquals(candidate, stored.hash);
}

QByteArray PasswordHasher::derive(const QString &password, const QByteArray &salt, int iterations)
{
    if (salt.isEmpty() || iterations < 1 || iterations > MaxIterations)
        return {};
    const QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray key(HashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(),
        int(secret.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()),
        int(salt.size()),
        iterations,
        EVP_sha256(),
        HashBytes,
        reinterpret_cast<unsigned char *>(key.data()));
    if (ok != 1) {
        qCWarning(lcAuth) << "OpenSSL could not derive a password hash";
        return {};
    }
    return key;
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length of a hash is public (always HashBytes), so returning early on it leaks nothing.
    if (a.size() != b.size() || a.isEmpty())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Auth
