#include "goldendocuments.h"
#include "testmain.h"
#include "voice/actionxmlwriter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Voice;
using Code = ActionXmlError::Code;

// Golden files are the contract with AT: a change in them changes what AT receives. To
// regenerate them after a deliberate change, run with SIMU_UPDATE_GOLDEN=1 and review the diff.
class TestActionXmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGoldenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ActionDocument>("document");
        for (const auto &golden : TestVoice::goldenDocuments())
            QTest::newRow(golden.row) << golden.file << golden.document;
    }
    void matchesGoldenFile()
    {
        QFETCH(QString, file);
        QFETCH(ActionDocument, document);

        const auto xml = ActionXmlWriter::write(document);
        QVERIFY2(xml.ok(), TestVoice::errorText(xml).constData());

        const QString path = u"actionxml/"_s + file;
        if (qEnvironmentVariableIsSet("SIMU_UPDATE_GOLDEN")) {
            QFile out(QStringLiteral(TEST_DATA_DIR) + u'/' + path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(*xml);
        }
        // Compared as text so a failure shows both documents readably; bytes are equal iff
        // the UTF-8 texts are.
        QCOMPARE(QString::fromUtf8(*xml), QString::fromUtf8(TestVoice::readDataFile(path)));
        QCOMPARE(*xml, TestVoice::readDataFile(path));
    }

    void startsWithDeclarationAndResponse()
    {
        const auto xml = ActionXmlWriter::write({{Say{.text = u"Hi"_s}}});
        QVERIFY(xml.ok());
        QVERIFY2(xml->startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n"),
            xml->constData());
        QVERIFY(xml->endsWith("</Response>\n"));
    }

    // The PHP SDK wrote callBackUrl; AT ignored it and callers looped in the menu.
    void callbackUrlIsSpelledAsAtExpects()
    {
        const auto xml
            = ActionXmlWriter::write({{GetDigits{.callbackUrl = u"https://app.example.com/pin"_s},
                Record{.callbackUrl = u"https://app.example.com/rec"_s}}});
        QVERIFY(xml.ok());
        QCOMPARE(xml->count("callbackUrl=\""), 2);
        QVERIFY(!xml->contains("callBackUrl"));
    }

    void unsetAttributesAreNotWritten_data()
    {
        QTest::addColumn<ActionDocument>("document");
        QTest::addColumn<QByteArray>("element");

        QTest::newRow("Say keeps AT's default voice")
            << ActionDocument{{Say{.text = u"Hi"_s}}} << QByteArray("<Say>Hi</Say>");
        QTest::newRow("GetDigits without prompt or attributes")
            << ActionDocument{{GetDigits{}}} << QByteArray("<GetDigits/>");
        QTest::newRow("Dial with only numbers")
            << ActionDocument{{Dial{.phoneNumbers = {u"+254711000111"_s}}}}
            << QByteArray("<Dial phoneNumbers=\"+254711000111\"/>");
        QTest::newRow("false booleans are written, not dropped")
            << ActionDocument{{Dial{.phoneNumbers = {u"+254711000111"_s}, .record = false}}}
            << QByteArray("<Dial phoneNumbers=\"+254711000111\" record=\"false\"/>");
        QTest::newRow("Enqueue into the default queue")
            << ActionDocument{{Enqueue{}}} << QByteArray("<Enqueue/>");
    }
    void unsetAttributesAreNotWritten()
    {
        QFETCH(ActionDocument, document);
        QFETCH(QByteArray, element);
        const auto xml = ActionXmlWriter::write(document);
        QVERIFY2(xml.ok(), TestVoice::errorText(xml).constData());
        QVERIFY2(xml->contains(QByteArray("\n  " + element + "\n")), xml->constData());
    }

    void textIsUtf8()
    {
        const auto xml = ActionXmlWriter::write({{Say{.text = u"Karibu Wanjikũ"_s}}});
        QVERIFY(xml.ok());
        QVERIFY(xml->contains("<Say>Karibu Wanjik\xc5\xa9</Say>"));
    }

    // The validator's own test covers every rule; here: the writer never emits what it refuses.
    void refusesInvalidDocuments_data()
    {
        QTest::addColumn<ActionDocument>("document");
        QTest::addColumn<Code>("code");
        QTest::addColumn<int>("actionIndex");

        QTest::newRow("Reject with a greeting")
            << ActionDocument{{Say{.text = u"Sorry"_s}, Reject{}}} << Code::RejectNotAlone << 1;
        QTest::newRow("menu with two prompts")
            << ActionDocument{{GetDigits{.prompts = {Say{.text = u"a"_s}, Say{.text = u"b"_s}}}}}
            << Code::TooManyPrompts << 0;
        QTest::newRow("control character in a caller's name")
            << ActionDocument{{Say{.text = u"Hello \u0007 Ann"_s}}} << Code::InvalidCharacter << 0;
    }
    void refusesInvalidDocuments()
    {
        QFETCH(ActionDocument, document);
        QFETCH(Code, code);
        QFETCH(int, actionIndex);
        const auto xml = ActionXmlWriter::write(document);
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().code, code);
        QCOMPARE(xml.error().actionIndex, actionIndex);
        QVERIFY(!xml.error().message.isEmpty());
    }
};

SIMU_TEST_MAIN(TestActionXmlWriter)
#include "tst_actionxmlwriter.moc"
