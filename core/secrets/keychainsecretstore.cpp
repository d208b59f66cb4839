#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Secrets {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "simu.secrets", QtInfoMsg)

// QtKeychain 0.13 reports "there is no keychain here" as OtherError on Linux, telling the
// cases apart only by text: no session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY",
// "...dbus-launch..."), a bus without a Secret Service ("The name org.freedesktop.secrets was
// not provided by any .service files"), KWallet not reachable ("Could not open wallet: ..."),
// and "Unknown error", which its Unix backend gives only when no keychain library could be
// loaded at all. Anything else stays Other, with the backend's own words.
bool meansNoKeychain(const QString &backendMessage)
{
    static const QRegularExpression pattern(
        u"d-?bus|org\\.freedesktop\\.secrets|could not open wallet|^unknown error$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(backendMessage.trimmed()).hasMatch();
}

// The jobs delete themselves once finished (autoDelete). They have no parent on purpose: the
// libsecret backend keeps a raw pointer to a running job, so a job must never be deleted
// early, e.g. together with a dialog that was closed while the keychain was still answering.
template <typename Job>
Job *newJob(const QString &serviceName, const QString &key)
{
    auto *job = new Job(serviceName);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}

void logFailure(const char *operation, const QString &key, const QKeychain::Job *job)
{
    // The key's name and the backend's words help an administrator; the secret never appears.
    qCInfo(lcSecrets).nospace() << "keychain " << operation << " of " << key
                                << " failed: QKeychain::Error " << job->error() << ", "
                                << job->errorString();
}

} // namespace

QString KeychainSecretStore::defaultServiceName()
{
    return u"simu"_s;
}

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_serviceName(std::move(serviceName))
{}

SecretError KeychainSecretStore::translateError(
    int keychainError, const QString &backendMessage, const QString &key)
{
    using Code = SecretError::Code;
    const QString unavailable = QCoreApplication::translate("Secrets::KeychainSecretStore",
        "No keychain is available on this computer (no Secret Service "
        "running). Simu can keep the key for this session only.");
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        return {Code::NotFound,
            QCoreApplication::translate(
                "Secrets::KeychainSecretStore", "The keychain holds nothing under \"%1\".")
                .arg(key)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Code::Denied,
            QCoreApplication::translate("Secrets::KeychainSecretStore",
                "The keychain refused access to \"%1\". Unlock the keychain (or allow Simu to use "
                "it) and try again.")
                .arg(key)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Code::Unavailable, unavailable};
    case QKeychain::OtherError:
        if (meansNoKeychain(backendMessage))
            return {Code::Unavailable, unavailable};
        break;
    default:
        break;
    }
    const QString detail = backendMessage.trimmed().isEmpty()
        ? QCoreApplication::translate("Secrets::KeychainSecretStore", "no reason given")
        : backendMessage.trimmed();
    return {Code::Other,
        QCoreApplication::translate(
            "Secrets::KeychainSecretStore", "The keychain could not handle \"%1\": %2.")
            .arg(key, detail)};
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (auto invalid = checkKeyName(key)) {
        deliverLater(
            context, [done = std::move(done), error = *invalid] { done(Util::fail(error)); });
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    QObject::connect(job,
        &QKeychain::Job::finished,
        context ? context : job,
        [done = std::move(done), key](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError) {
                done(qobject_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
                return;
            }
            logFailure("read", key, finished);
            done(Util::fail(translateError(finished->error(), finished->errorString(), key)));
        });
    job->start();
}

void KeychainSecretStore::write(
    const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    if (auto invalid = checkKeyName(key)) {
        deliverLater(
            context, [done = std::move(done), error = *invalid] { done(Util::fail(error)); });
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    job->setTextData(value);
    QObject::connect(job,
        &QKeychain::Job::finished,
        context ? context : job,
        [done = std::move(done), key](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError) {
                done({});
                return;
            }
            logFailure("write", key, finished);
            done(Util::fail(translateError(finished->error(), finished->errorString(), key)));
        });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    if (auto invalid = checkKeyName(key)) {
        deliverLater(
            context, [done = std::move(done), error = *invalid] { done(Util::fail(error)); });
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    QObject::connect(job,
        &QKeychain::Job::finished,
        context ? context : job,
        [done = std::move(done), key](QKeychain::Job *finished) {
            // Removing what is not there is success: the caller wanted it gone.
            if (finished->error() == QKeychain::NoError
                || finished->error() == QKeychain::EntryNotFound) {
                done({});
                return;
            }
            logFailure("removal", key, finished);
            done(Util::fail(translateError(finished->error(), finished->errorString(), key)));
        });
    job->start();
}

} // namespace Secrets
