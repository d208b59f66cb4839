#include "secrets/memorysecretstore.h"
#include "secretwait.h"
#include "testmain.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Secrets::MemorySecretStore;
using Secrets::SecretError;
using TestSupport::readAndWait;
using TestSupport::removeAndWait;
using TestSupport::writeAndWait;

Q_DECLARE_METATYPE(Secrets::SecretError)

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenKeyReadsBackUnchanged_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("sandbox API key comes back as typed")
            << u"at/api-key/sandbox"_s << u"atsk_0123456789abcdef"_s;
        QTest::newRow("spaces and non-ASCII survive")
            << u"at/api-key/Kampala office"_s << u" clé ñ ✓ 键 "_s;
        QTest::newRow("an empty value is kept, not reported missing") << u"at/empty"_s << QString();
        QTest::newRow("a long value is not cut") << u"at/long"_s << QString(4096, u'k');
    }
    void writtenKeyReadsBackUnchanged()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        MemorySecretStore store;
        const auto written = writeAndWait(store, key, value);
        QVERIFY(written.has_value());
        QVERIFY2(written->ok(), TestSupport::failureText(*written).constData());

        const auto read = readAndWait(store, key);
        QVERIFY(read.has_value());
        QVERIFY2(read->ok(), TestSupport::failureText(*read).constData());
        QCOMPARE(read->value(), value);
    }

    void overwritingKeepsOnlyTheNewKey()
    {
        MemorySecretStore store;
        QVERIFY(writeAndWait(store, u"at/api-key"_s, u"old-key"_s).value().ok());
        QVERIFY(writeAndWait(store, u"at/api-key"_s, u"new-key"_s).value().ok());
        QCOMPARE(readAndWait(store, u"at/api-key"_s).value().value(), u"new-key"_s);
    }

    void keysAreKeptApart()
    {
        MemorySecretStore store;
        QVERIFY(writeAndWait(store, u"at/api-key/sandbox"_s, u"sandbox-key"_s).value().ok());
        QVERIFY(writeAndWait(store, u"at/api-key/live"_s, u"live-key"_s).value().ok());
        QCOMPARE(readAndWait(store, u"at/api-key/sandbox"_s).value().value(), u"sandbox-key"_s);
        QCOMPARE(readAndWait(store, u"at/api-key/live"_s).value().value(), u"live-key"_s);
    }

    void removedKeyIsGone()
    {
        MemorySecretStore store;
        QVERIFY(writeAndWait(store, u"at/api-key"_s, u"atsk_1"_s).value().ok());
        QVERIFY(removeAndWait(store, u"at/api-key"_s).value().ok());

        const auto read = readAndWait(store, u"at/api-key"_s);
        QVERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, SecretError::Code::NotFound);
    }

    void missingKeyIsNotFoundAndNamed()
    {
        MemorySecretStore store;
        const auto read = readAndWait(store, u"at/api-key"_s);
        QVERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, SecretError::Code::NotFound);
        QVERIFY2(read->error().message.contains(u"at/api-key"_s),
            TestSupport::failureText(*read).constData());
    }

    void removingAMissingKeySucceeds()
    {
        MemorySecretStore store;
        const auto removed = removeAndWait(store, u"never-stored"_s);
        QVERIFY(removed.has_value());
        QVERIFY2(removed->ok(), TestSupport::failureText(*removed).constData());
    }

    void blankKeyNamesAreRefused_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("key");
        for (const QString &operation : {u"read"_s, u"write"_s, u"remove"_s}) {
            QTest::addRow("%s with an empty name", qPrintable(operation)) << operation << QString();
            QTest::addRow("%s with a name of spaces", qPrintable(operation))
                << operation << u"  \t"_s;
        }
    }
    void blankKeyNamesAreRefused()
    {
        QFETCH(QString, operation);
        QFETCH(QString, key);
        MemorySecretStore store;
        SecretError error;
        if (operation == u"read"_s) {
            const auto answer = readAndWait(store, key);
            QVERIFY(answer.has_value() && !answer->ok());
            error = answer->error();
        } else {
            const auto answer = operation == u"write"_s ? writeAndWait(store, key, u"v"_s)
                                                        : removeAndWait(store, key);
            QVERIFY(answer.has_value() && !answer->ok());
            error = answer->error();
        }
        QCOMPARE(error.code, SecretError::Code::Other);
        QVERIFY2(error.message.contains(u"blank"_s), qPrintable(error.message));
    }

    // A caller written against the memory store must survive the real keychain, which always
    // answers later: so the memory store never answers during the call either.
    void answersArriveLaterNeverDuringTheCall()
    {
        MemorySecretStore store;
        int answers = 0;
        store.write(u"k"_s, u"v"_s, this, [&answers](auto) { ++answers; });
        store.read(u"k"_s, this, [&answers](auto) { ++answers; });
        store.remove(u"k"_s, this, [&answers](auto) { ++answers; });
        QCOMPARE(answers, 0);
        QTRY_COMPARE(answers, 3);
    }

    void answersArriveInTheOrderAsked()
    {
        MemorySecretStore store;
        QStringList seen;
        store.write(u"k"_s, u"first"_s, this, [&seen](auto) { seen << u"write"_s; });
        store.read(u"k"_s, this, [&seen](TestSupport::ReadResult result) {
            seen << (result.ok() ? result.value() : u"error"_s);
        });
        store.remove(u"k"_s, this, [&seen](auto) { seen << u"remove"_s; });
        QTRY_COMPARE(seen, (QStringList{u"write"_s, u"first"_s, u"remove"_s}));
    }

    // Closing the dialog that asked must not run its callback (and touch freed widgets) later.
    void answerIsDroppedWhenTheAskerIsGone()
    {
        MemorySecretStore store;
        bool droppedAnswerRan = false;
        auto asker = std::make_unique<QObject>();
        store.read(u"k"_s, asker.get(), [&droppedAnswerRan](auto) { droppedAnswerRan = true; });
        asker.reset();

        // Answers come in order, so once this later one is in, the dropped one had its chance.
        QVERIFY(readAndWait(store, u"k"_s).has_value());
        QVERIFY(!droppedAnswerRan);
    }

    void noContextStillGetsAnAnswer()
    {
        MemorySecretStore store;
        bool answered = false;
        store.write(u"k"_s, u"v"_s, nullptr, [&answered](auto result) { answered = result.ok(); });
        QTRY_VERIFY(answered);
    }

    void injectedFailureReachesEveryCall_data()
    {
        QTest::addColumn<SecretError>("failure");
        QTest::newRow("no keychain on this computer")
            << SecretError{SecretError::Code::Unavailable, u"No keychain"_s};
        QTest::newRow("keychain locked") << SecretError{SecretError::Code::Denied, u"Locked"_s};
    }
    void injectedFailureReachesEveryCall()
    {
        QFETCH(SecretError, failure);
        MemorySecretStore store;
        QVERIFY(writeAndWait(store, u"k"_s, u"kept"_s).value().ok());

        store.setFailure(failure);
        const auto read = readAndWait(store, u"k"_s).value();
        const auto written = writeAndWait(store, u"k"_s, u"replaced"_s).value();
        const auto removed = removeAndWait(store, u"k"_s).value();
        QVERIFY(!read.ok() && !written.ok() && !removed.ok());
        for (const SecretError &error : {read.error(), written.error(), removed.error()}) {
            QCOMPARE(error.code, failure.code);
            QCOMPARE(error.message, failure.message);
        }

        // The failure changed nothing: once it clears, the old value is still there.
        store.clearFailure();
        QCOMPARE(readAndWait(store, u"k"_s).value().value(), u"kept"_s);
    }
};

SIMU_TEST_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
