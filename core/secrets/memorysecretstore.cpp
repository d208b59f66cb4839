#include "secrets/memorysecretstore.h"

#include <QCoreApplication>

namespace Secrets {

std::optional<SecretError> MemorySecretStore::refusal(const QString &key) const
{
    if (auto invalid = checkKeyName(key))
        return invalid;
    return m_failure;
}

// The store's state is read or changed at the call; only the delivery waits, as it does with a
// real keychain.
void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    Util::Result<QString, SecretError> result = QString();
    if (auto error = refusal(key)) {
        result = Util::fail(std::move(*error));
    } else if (const auto found = m_values.constFind(key); found != m_values.cend()) {
        result = *found;
    } else {
        result = Util::fail(SecretError{SecretError::Code::NotFound,
            QCoreApplication::translate("Secrets", "Nothing is stored under \"%1\".").arg(key)});
    }
    deliverLater(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::write(
    const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    Util::Result<void, SecretError> result;
    if (auto error = refusal(key))
        result = Util::fail(std::move(*error));
    else
        m_values.insert(key, value);
    deliverLater(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    Util::Result<void, SecretError> result;
    if (auto error = refusal(key))
        result = Util::fail(std::move(*error));
    else
        m_values.remove(key);
    deliverLater(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace Secrets
