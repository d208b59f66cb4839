#include "secrets/keychainsecretstore.h"
#include "secretwait.h"
#include "testmain.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

// Runs twice, once per environment, as two ctest entries (tests/core/secrets/CMakeLists.txt):
//  - SIMU_TEST_KEYCHAIN=private-secret-service, set by tests/support/run-with-private-keyring.sh
//    inside a private D-Bus session with an unlocked gnome-keyring: the real keychain path.
//  - SIMU_TEST_KEYCHAIN=none, with no D-Bus session and no display: a server without a keychain.
// Without either the test refuses to run, so it never writes into a developer's own keychain.

using namespace Qt::StringLiterals;
using Secrets::KeychainSecretStore;
using Secrets::SecretError;
using TestSupport::readAndWait;
using TestSupport::removeAndWait;
using TestSupport::writeAndWait;

namespace {

enum class Keychain { PrivateSecretService, None, Unknown };

Keychain keychainUnderTest()
{
    const QByteArray mode = qgetenv("SIMU_TEST_KEYCHAIN");
    if (mode == "private-secret-service")
        return Keychain::PrivateSecretService;
    if (mode == "none")
        return Keychain::None;
    return Keychain::Unknown;
}

const QString unavailableMessage
    = u"No keychain is available on this computer (no Secret Service running). Simu can keep "
      "the key for this session only."_s;

// A fresh secret per test, so finding it in a file can only mean this test's write put it there.
QString freshSecret()
{
    return u"atsk_"_s + QUuid::createUuid().toString(QUuid::Id128);
}

// Every file under the test's private HOME and XDG folders that holds `secret` in the clear:
// where QtKeychain's plaintext fallback (QSettings) would have put it.
QStringList filesHolding(const QString &secret)
{
    QStringList found;
    const QByteArray needle = secret.toUtf8();
    for (const char *variable : {"HOME",
             "XDG_CONFIG_HOME",
             "XDG_DATA_HOME",
             "XDG_CACHE_HOME",
             "XDG_STATE_HOME",
             "XDG_RUNTIME_DIR"}) {
        const QString root = qEnvironmentVariable(variable);
        if (root.isEmpty())
            continue;
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
    }
    return found;
}

QString leakReport(const QString &secret)
{
    return u"the key was written in plaintext to: "_s + filesHolding(secret).join(u", "_s);
}

} // namespace

// A macro, because QSKIP has to return from the test function itself.
#define NEEDS_PRIVATE_SECRET_SERVICE()                                                             \
    do {                                                                                           \
        if (keychainUnderTest() != Keychain::PrivateSecretService)                                 \
            QSKIP("needs the private Secret Service: see tst_keychainsecretstore_secretservice");  \
    } while (false)

Q_DECLARE_METATYPE(Secrets::SecretError::Code)

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        switch (keychainUnderTest()) {
        case Keychain::PrivateSecretService:
            QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                "the private keyring wrapper should have started a D-Bus session");
            break;
        case Keychain::None:
            for (const char *variable : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
                QVERIFY2(qEnvironmentVariableIsEmpty(variable),
                    qPrintable(u"%1 is set, so a keychain might be reachable"_s.arg(
                        QString::fromLatin1(variable))));
            break;
        case Keychain::Unknown:
            QFAIL("Run this through ctest: SIMU_TEST_KEYCHAIN must say which keychain to expect "
                  "(refusing to touch your own keychain).");
        }
    }

    void init() { m_key = u"test/at-api-key/"_s + QUuid::createUuid().toString(QUuid::Id128); }

    void cleanup()
    {
        if (keychainUnderTest() == Keychain::PrivateSecretService)
            (void)removeAndWait(m_store, m_key);
    }

    // --- the mapping from QtKeychain's errors to what a user reads (needs no keychain) ---

    void keychainErrorsBecomeWordsAUserUnderstands_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("backendMessage");
        QTest::addColumn<SecretError::Code>("code");
        QTest::addColumn<QString>("shownText");

        using Code = SecretError::Code;
        QTest::newRow("nothing stored yet")
            << int(QKeychain::EntryNotFound) << u"No such secret item at path: /"_s
            << Code::NotFound << u"nothing under \"k\""_s;
        QTest::newRow("keychain locked")
            << int(QKeychain::AccessDenied) << u"Collection is locked"_s << Code::Denied
            << u"Unlock the keychain"_s;
        QTest::newRow("user said no") << int(QKeychain::AccessDeniedByUser) << QString()
                                      << Code::Denied << u"Unlock the keychain"_s;
        QTest::newRow("no backend on this platform")
            << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
            << Code::Unavailable << unavailableMessage;
        QTest::newRow("headless server without a session bus")
            << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
            << Code::Unavailable << unavailableMessage;
        QTest::newRow("X11 without dbus-launch")
            << int(QKeychain::OtherError)
            << u"Failed to execute child process \u201cdbus-launch\u201d (No such file or directory)"_s
            << Code::Unavailable << unavailableMessage;
        QTest::newRow("session bus without a Secret Service")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << Code::Unavailable << unavailableMessage;
        QTest::newRow("KWallet not running")
            << int(QKeychain::OtherError)
            << u"Could not open wallet: NoServer; D-Bus is not running"_s << Code::Unavailable
            << unavailableMessage;
        QTest::newRow("no keychain library loadable")
            << int(QKeychain::OtherError) << u"Unknown error"_s << Code::Unavailable
            << unavailableMessage;
        QTest::newRow("other failure keeps the backend's words")
            << int(QKeychain::OtherError) << u"Prompt dismissed"_s << Code::Other
            << u"Prompt dismissed"_s;
        QTest::newRow("delete failure keeps the backend's words")
            << int(QKeychain::CouldNotDeleteEntry) << u"Item is read-only"_s << Code::Other
            << u"Item is read-only"_s;
        QTest::newRow("a code from a newer QtKeychain is not lost")
            << 99 << QString() << Code::Other << u"no reason given"_s;
    }
    void keychainErrorsBecomeWordsAUserUnderstands()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, backendMessage);
        QFETCH(SecretError::Code, code);
        QFETCH(QString, shownText);
        const SecretError error
            = KeychainSecretStore::translateError(keychainError, backendMessage, u"k"_s);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(shownText), qPrintable(error.message));
    }

    void serviceNameIsSimu() { QCOMPARE(KeychainSecretStore().serviceName(), u"simu"_s); }

    // --- against a real Secret Service (private gnome-keyring) ---

    void writtenKeyReadsBackUnchanged_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("sandbox API key comes back as typed") << freshSecret();
        QTest::newRow("non-ASCII survives the keychain") << freshSecret() + u" clé ✓ 键"_s;
    }
    void writtenKeyReadsBackUnchanged()
    {
        NEEDS_PRIVATE_SECRET_SERVICE();
        QFETCH(QString, value);
        const auto written = writeAndWait(m_store, m_key, value);
        QVERIFY2(written.has_value(), "the keychain did not answer");
        QVERIFY2(written->ok(), TestSupport::failureText(*written).constData());

        const auto read = readAndWait(m_store, m_key);
        QVERIFY2(read.has_value(), "the keychain did not answer");
        QVERIFY2(read->ok(), TestSupport::failureText(*read).constData());
        QCOMPARE(read->value(), value);
        QVERIFY2(filesHolding(value).isEmpty(), qPrintable(leakReport(value)));
    }

    void overwritingKeepsOnlyTheNewKey()
    {
        NEEDS_PRIVATE_SECRET_SERVICE();
        const QString oldKey = freshSecret();
        const QString newKey = freshSecret();
        QVERIFY(writeAndWait(m_store, m_key, oldKey).value().ok());
        QVERIFY(writeAndWait(m_store, m_key, newKey).value().ok());
        const auto read = readAndWait(m_store, m_key);
        QVERIFY(read.has_value() && read->ok());
        QCOMPARE(read->value(), newKey);
    }

    void removedKeyIsGone()
    {
        NEEDS_PRIVATE_SECRET_SERVICE();
        QVERIFY(writeAndWait(m_store, m_key, freshSecret()).value().ok());
        const auto removed = removeAndWait(m_store, m_key);
        QVERIFY(removed.has_value());
        QVERIFY2(removed->ok(), TestSupport::failureText(*removed).constData());

        const auto read = readAndWait(m_store, m_key);
        QVERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, SecretError::Code::NotFound);
    }

    void missingKeyIsNotFoundAndNamed()
    {
        NEEDS_PRIVATE_SECRET_SERVICE();
        const auto read = readAndWait(m_store, m_key);
        QVERIFY2(read.has_value(), "the keychain did not answer");
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, SecretError::Code::NotFound);
        QVERIFY2(
            read->error().message.contains(m_key), TestSupport::failureText(*read).constData());
    }

    void removingAMissingKeySucceeds()
    {
        NEEDS_PRIVATE_SECRET_SERVICE();
        const auto removed = removeAndWait(m_store, m_key);
        QVERIFY2(removed.has_value(), "the keychain did not answer");
        QVERIFY2(removed->ok(), TestSupport::failureText(*removed).constData());
    }

    void anotherServiceCannotSeeSimusKeys()
    {
        NEEDS_PRIVATE_SECRET_SERVICE();
        QVERIFY(writeAndWait(m_store, m_key, freshSecret()).value().ok());
        KeychainSecretStore other(u"simu-other"_s);
        const auto read = readAndWait(other, m_key);
        QVERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, SecretError::Code::NotFound);
    }

    void blankKeyNameIsRefusedBeforeTheKeychain()
    {
        // No keychain needed: the name is refused before any keychain is asked.
        const auto written = writeAndWait(m_store, u" "_s, freshSecret());
        QVERIFY(written.has_value());
        QVERIFY(!written->ok());
        QCOMPARE(written->error().code, SecretError::Code::Other);
        QVERIFY2(written->error().message.contains(u"blank"_s),
            TestSupport::failureText(*written).constData());
    }

    // Closing the dialog that asked, while the keychain is still working, must neither run the
    // callback later nor crash (the keychain job lives on until the keychain answers).
    void answerIsDroppedWhenTheAskerIsGone()
    {
        NEEDS_PRIVATE_SECRET_SERVICE();
        bool droppedAnswerRan = false;
        auto asker = std::make_unique<QObject>();
        m_store.write(m_key, freshSecret(), asker.get(), [&droppedAnswerRan](auto) {
            droppedAnswerRan = true;
        });
        asker.reset();

        // QtKeychain runs jobs one after another, so once this later one is answered, the
        // dropped one has been answered too.
        QVERIFY(readAndWait(m_store, m_key).has_value());
        QVERIFY(!droppedAnswerRan);
    }

    // --- on a computer without any keychain ---

    void withoutKeychainEveryCallSaysUnavailable_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("saving the key") << u"write"_s;
        QTest::newRow("reading the key (must not look like 'no key yet')") << u"read"_s;
        QTest::newRow("forgetting the key") << u"remove"_s;
    }
    void withoutKeychainEveryCallSaysUnavailable()
    {
        if (keychainUnderTest() != Keychain::None)
            QSKIP("needs a computer without a keychain: see the tst_keychainsecretstore entry");
        QFETCH(QString, operation);
        const QString secret = freshSecret();
        std::optional<SecretError> error;
        if (operation == u"read"_s) {
            const auto answer = readAndWait(m_store, m_key);
            QVERIFY2(answer.has_value(), "no answer: a missing keychain must fail fast");
            if (!answer->ok())
                error = answer->error();
        } else {
            const auto answer = operation == u"write"_s ? writeAndWait(m_store, m_key, secret)
                                                        : removeAndWait(m_store, m_key);
            QVERIFY2(answer.has_value(), "no answer: a missing keychain must fail fast");
            if (!answer->ok())
                error = answer->error();
        }
        // Above all: no plaintext copy where QtKeychain's fallback (QSettings) would put one.
        QVERIFY2(filesHolding(secret).isEmpty(), qPrintable(leakReport(secret)));
        QVERIFY2(error.has_value(), "succeeded without any keychain: where did the key go?");
        QCOMPARE(error->code, SecretError::Code::Unavailable);
        QCOMPARE(error->message, unavailableMessage);
    }

private:
    KeychainSecretStore m_store;
    QString m_key;
};

SIMU_TEST_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
