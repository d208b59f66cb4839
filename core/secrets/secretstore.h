#pragma once

// Where Simu keeps secrets such as the Africa's Talking API key: never in a settings file or
// a log. ISecretStore is the seam; KeychainSecretStore uses the OS keychain on a desktop and
// MemorySecretStore keeps a key for this run only (and serves tests).
//
// Every call is asynchronous, like the keychains underneath: the callback runs later, from the
// event loop, exactly once; or never, if `context` is destroyed first (close the dialog that
// asked and the answer is dropped). Nothing ever spins a nested event loop.

#include "util/result.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Secrets {

struct SecretError
{
    enum class Code {
        NotFound, // nothing is stored under this name
        Unavailable, // no keychain on this system: offer to keep the key for this run only
        Denied, // the keychain is locked or the user refused access
        Other,
    };

    Code code = Code::Other;
    QString message; // for a person to read; never contains the secret
};

class ISecretStore
{
public:
    using ReadCallback = std::function<void(Util::Result<QString, SecretError>)>;
    using DoneCallback = std::function<void(Util::Result<void, SecretError>)>;

    virtual ~ISecretStore() = default;

    // Fails with NotFound when nothing is stored under `key`.
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    // Replaces any value already stored under `key`.
    virtual void write(
        const QString &key, const QString &value, QObject *context, DoneCallback done)
        = 0;
    // Succeeds when nothing was stored: the caller wanted the key gone, and it is.
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
};

// Helpers shared by the stores, so all of them refuse the same names with the same words and
// answer with the same timing.

// A key name must not be blank. Returns the error to report, or nothing when the name is fine.
std::optional<SecretError> checkKeyName(const QString &key);

// Runs `answer` from the event loop, and not at all once `context` is gone (no context: always).
void deliverLater(QObject *context, std::function<void()> answer);

} // namespace Secrets
