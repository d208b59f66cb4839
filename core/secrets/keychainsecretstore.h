#pragma once

// Secrets in the operating system's keychain through QtKeychain: the Secret Service (GNOME
// Keyring, KWallet) on Linux, Keychain on macOS, the Credential Manager on Windows.
//
// QtKeychain's plaintext fallback stays OFF, always: where no keychain exists the caller gets
// SecretError::Unavailable and can offer to keep the key for this run only (MemorySecretStore).
// A key silently written to a settings file in the clear is exactly what this class prevents.
//
// An answer can take a while: the keychain may first ask the user to unlock it. Callers show
// that they are waiting and let the user cancel (destroying `context` drops the answer). On
// Linux the Secret Service answers through GLib's main loop, which Qt runs by default; with
// QT_NO_GLIB=1 set no answer ever arrives (measured with QtKeychain 0.13.2).

#include "secrets/secretstore.h"

namespace Secrets {

class KeychainSecretStore final : public ISecretStore
{
public:
    // The keychain groups Simu's entries under this service name ("simu").
    static QString defaultServiceName();

    explicit KeychainSecretStore(QString serviceName = defaultServiceName());

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(
        const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

    QString serviceName() const { return m_serviceName; }

    // Turns a QtKeychain outcome (its QKeychain::Error value and errorString()) into words a
    // person understands. Public so the mapping can be tested without a broken keychain.
    static SecretError translateError(
        int keychainError, const QString &backendMessage, const QString &key);

private:
    QString m_serviceName;
};

} // namespace Secrets
