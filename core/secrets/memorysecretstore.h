#pragma once

// Keeps secrets in this process's memory only: for "keep the key for this run only" when the
// computer has no keychain, and as the store tests hand to code that needs one. Answers are
// delivered asynchronously, exactly like the keychain's, so callers cannot come to rely on
// an immediate answer that the real store would never give.

#include "secrets/secretstore.h"

#include <QHash>

#include <optional>

namespace Secrets {

class MemorySecretStore final : public ISecretStore
{
public:
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(
        const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

    // Makes every following call fail with `error` (e.g. Unavailable or Denied), so tests can
    // show what a user sees when the keychain misbehaves. Stored values are kept meanwhile.
    void setFailure(const SecretError &error) { m_failure = error; }
    void clearFailure() { m_failure.reset(); }

private:
    std::optional<SecretError> refusal(const QString &key) const;

    QHash<QString, QString> m_values;
    std::optional<SecretError> m_failure;
};

} // namespace Secrets
