#include "goldendocuments.h"
#include "testmain.h"
#include "voice/actionxmlreader.h"
#include "voice/actionxmlwriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Voice;
using Code = ActionXmlError::Code;
using Policy = ActionXmlReadOptions::UnknownPolicy;

class TestActionXmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Everything Simu's writer produces, the simulator reads back unchanged.
    void readsGoldenFilesBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ActionDocument>("document");
        for (const auto &golden : TestVoice::goldenDocuments())
            QTest::newRow(golden.row) << golden.file << golden.document;
    }
    void readsGoldenFilesBack()
    {
        QFETCH(QString, file);
        QFETCH(ActionDocument, document);

        const QByteArray xml = TestVoice::readDataFile(u"actionxml/"_s + file);
        QVERIFY(!xml.isEmpty());
        const auto read = ActionXmlReader::read(xml);
        QVERIFY2(read.ok(), TestVoice::errorText(read).constData());
        QVERIFY(read->document == document);
        QCOMPARE(read->warnings, QStringList());

        const auto written = ActionXmlWriter::write(read->document);
        QVERIFY(written.ok());
        QCOMPARE(*written, xml);
    }

    // What apps really send besides Simu's own output.
    void readsWhatAppsSend_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<ActionDocument>("document");
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("legacy sample: no declaration, ringbackTone, indented text")
            << TestVoice::readDataFile(u"actionxml/reader/legacy-sample.xml"_s)
            << ActionDocument{{Say{.text = u"Please hold while we connect you"_s},
                   Dial{.phoneNumbers = {u"+254711000111"_s, u"agent1@ke.sip.africastalking.com"_s},
                       .ringbackTone = u"https://media.example.com/ring.mp3"_s},
                   Redirect{.url = u"https://app.example.com/voice/after-dial"_s}}}
            << QStringList();
        QTest::newRow("PHP callBackUrl is ignored, as AT did, and reported")
            << TestVoice::readDataFile(u"actionxml/reader/php-callbackurl-bug.xml"_s)
            << ActionDocument{{GetDigits{.timeoutSeconds = 30,
                   .finishOnKey = u"#"_s,
                   .prompts = {Say{.text = u"Press 1 for balance"_s}}}}}
            << QStringList{u"ignored attribute callBackUrl on <GetDigits>; names are "
                           u"case-sensitive: did you mean callbackUrl? (line 3)"_s};
        QTest::newRow("entities and CDATA are unescaped")
            << TestVoice::readDataFile(u"actionxml/reader/entities-and-cdata.xml"_s)
            << ActionDocument{{Say{.text = u"Mama & Sons <VIP> & friends <all>"_s},
                   Play{.url = u"https://media.example.com/a.mp3?x=1&y=2"_s}}}
            << QStringList();
        QTest::newRow("single-line document with an empty Response")
            << QByteArray("<Response/>") << ActionDocument{} << QStringList();
        QTest::newRow("UTF-8 byte order mark and Swahili text")
            << QByteArray("\xef\xbb\xbf<Response><Say>Karibu Wanjik\xc5\xa9</Say></Response>")
            << ActionDocument{{Say{.text = u"Karibu Wanjikũ"_s}}} << QStringList();
        QTest::newRow("stray text between actions is reported")
            << QByteArray("<Response><Say>Hi</Say>oops</Response>")
            << ActionDocument{{Say{.text = u"Hi"_s}}}
            << QStringList{u"ignored text \"oops\" inside <Response> (line 1)"_s};
        QTest::newRow("text inside Play is not its url")
            << QByteArray("<Response><Play url=\"https://m.example.com/a.mp3\">a.mp3</Play>"
                          "</Response>")
            << ActionDocument{{Play{.url = u"https://m.example.com/a.mp3"_s}}}
            << QStringList{u"ignored text \"a.mp3\" inside <Play> (line 1)"_s};
        QTest::newRow("both ringtone spellings: the documented one wins")
            << QByteArray("<Response><Dial phoneNumbers=\"+254711000111\" "
                          "ringBackTone=\"https://m.example.com/a.mp3\" "
                          "ringbackTone=\"https://m.example.com/b.mp3\"/></Response>")
            << ActionDocument{{Dial{.phoneNumbers = {u"+254711000111"_s},
                   .ringbackTone = u"https://m.example.com/a.mp3"_s}}}
            << QStringList{u"both ringBackTone and ringbackTone on <Dial>; ringBackTone is used "
                           u"(line 1)"_s};
        QTest::newRow("attribute on Response is ignored")
            << QByteArray("<Response version=\"2\"><Conference/></Response>")
            << ActionDocument{{Conference{}}}
            << QStringList{u"ignored attribute version on <Response> (line 1)"_s};
        QTest::newRow("comments and processing instructions")
            << QByteArray("<?xml version=\"1.0\"?><!-- hi --><Response><?pi x?><!-- a -->"
                          "<Reject/></Response><!-- bye -->")
            << ActionDocument{{Reject{}}} << QStringList();
    }
    void readsWhatAppsSend()
    {
        QFETCH(QByteArray, xml);
        QFETCH(ActionDocument, document);
        QFETCH(QStringList, warnings);

        const auto read = ActionXmlReader::read(xml);
        QVERIFY2(read.ok(), TestVoice::errorText(read).constData());
        QVERIFY(read->document == document);
        QCOMPARE(read->warnings, warnings);
    }

    // Whatever the simulator reads, Simu's writer writes so that it reads back the same: a
    // relayed or re-served reply must not change what the caller hears. XML readers turn a
    // literal carriage return into a line feed, so the writer must keep one as &#13;.
    void writtenDocumentsReadBackEqual_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<ActionDocument>("document");

        // Found by tests/fuzz/fuzz_actionxml.
        QTest::newRow("a Say with a carriage return (&#xD;) changes once relayed")
            << QByteArray("<Response><Say>Please hold while we &#xD;connect you</Say></Response>")
            << ActionDocument{{Say{.text = u"Please hold while we \rconnect you"_s}}};
        QTest::newRow("a menu prompt with a Windows line ending changes once relayed")
            << QByteArray("<Response><GetDigits><Say>Press 1&#13;\nor 2</Say></GetDigits>"
                          "</Response>")
            << ActionDocument{{GetDigits{.prompts = {Say{.text = u"Press 1\r\nor 2"_s}}}}};
        QTest::newRow("a Say with two carriage returns changes once relayed") << QByteArray(
            "<Response><Say>a&#13;&#13;b</Say>"
            "</Response>") << ActionDocument{{Say{.text = u"a\r\rb"_s}}};
    }
    void writtenDocumentsReadBackEqual()
    {
        QFETCH(QByteArray, xml);
        QFETCH(ActionDocument, document);

        const auto read = ActionXmlReader::read(xml);
        QVERIFY2(read.ok(), TestVoice::errorText(read).constData());
        QVERIFY(read->document == document);

        const auto written = ActionXmlWriter::write(read->document);
        QVERIFY2(written.ok(), TestVoice::errorText(written).constData());
        const auto reread = ActionXmlReader::read(*written);
        QVERIFY2(reread.ok(), TestVoice::errorText(reread).constData());
        QVERIFY2(reread->document == document, written->constData());
    }

    void refusesInvalidFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Code>("code");
        QTest::addColumn<int>("actionIndex");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("Reject after a greeting")
            << u"reject-after-say.xml"_s << Code::RejectNotAlone << 1 << qint64(4)
            << u"<Reject> must be the only action in a response; this one has 2 actions "
               u"(line 4)"_s;
        QTest::newRow("menu with two prompts")
            << u"getdigits-two-prompts.xml"_s << Code::TooManyPrompts << 0 << qint64(3)
            << u"<GetDigits> takes a single <Say> or <Play> prompt; this one has 2 (line 3)"_s;
        QTest::newRow("Say after Redirect")
            << u"say-after-redirect.xml"_s << Code::ActionAfterTerminal << 1 << qint64(4)
            << u"nothing after <Redirect> would run, but <Say> follows it (line 4)"_s;
        QTest::newRow("Say after a bare Record")
            << u"say-after-bare-record.xml"_s << Code::ActionAfterTerminal << 1 << qint64(4)
            << u"nothing after a bare <Record/> (it records until the caller hangs up) would "
               u"run, but <Say> follows it (line 4)"_s;
        QTest::newRow("lowercase say is not Say")
            << u"lowercase-say.xml"_s << Code::UnknownElement << 0 << qint64(3)
            << u"unknown element <say> inside <Response>; names are case-sensitive: did you "
               u"mean <Say>? (line 3)"_s;
        QTest::newRow("lowercase response root")
            << u"lowercase-root.xml"_s << Code::WrongRoot << -1 << qint64(2)
            << u"the root element must be <Response> (names are case-sensitive), not <response> "
               u"(line 2)"_s;
        QTest::newRow("Dial inside GetDigits")
            << u"dial-inside-getdigits.xml"_s << Code::MisplacedElement << 0 << qint64(4)
            << u"<Dial> cannot be inside <GetDigits>: it takes only a <Say> or <Play> prompt "
               u"(line 4)"_s;
        QTest::newRow("Say inside Say")
            << u"say-inside-say.xml"_s << Code::MisplacedElement << 0 << qint64(3)
            << u"<Say> cannot be inside <Say>: it takes no elements (line 3)"_s;
        QTest::newRow("Dial without numbers")
            << u"dial-without-numbers.xml"_s << Code::NoDialNumbers << 1 << qint64(4)
            << u"<Dial> has no phoneNumbers to ring (line 4)"_s;
        QTest::newRow("record=yes")
            << u"record-yes.xml"_s << Code::InvalidBoolean << 0 << qint64(3)
            << u"attribute record of <Dial> must be \"true\" or \"false\", not \"yes\" (line 3)"_s;
        QTest::newRow("timeout with a unit")
            << u"timeout-with-unit.xml"_s << Code::InvalidInteger << 0 << qint64(3)
            << u"attribute timeout of <GetDigits> must be a whole number, not \"20s\" (line 3)"_s;
        QTest::newRow("zero digits")
            << u"zero-numdigits.xml"_s << Code::NonPositiveNumber << 0 << qint64(3)
            << u"attribute numDigits of <GetDigits> must be a positive number of digits, not 0 "
               u"(line 3)"_s;
        QTest::newRow("finishOnKey spelled out")
            << u"finishonkey-word.xml"_s << Code::InvalidFinishOnKey << 0 << qint64(3)
            << u"attribute finishOnKey of <Record> must be one key of 0-9, * or #, not "
               u"\"hash\" (line 3)"_s;
        QTest::newRow("relative Play url")
            << u"relative-play-url.xml"_s << Code::InvalidUrl << 0 << qint64(3)
            << u"attribute url of <Play> must be an absolute http(s) URL that AT can fetch, not "
               u"\"/media/welcome.mp3\" (line 3)"_s;
        QTest::newRow("Play url given as text")
            << u"play-url-as-text.xml"_s << Code::MissingUrl << 0 << qint64(3)
            << u"attribute url of <Play> is missing (line 3)"_s;
        QTest::newRow("Say with only spaces")
            << u"empty-say.xml"_s << Code::EmptySayText << 0 << qint64(3)
            << u"<Say> has no text to speak (line 3)"_s;
        QTest::newRow("Dequeue without the queue number")
            << u"dequeue-without-number.xml"_s << Code::MissingPhoneNumber << 0 << qint64(3)
            << u"<Dequeue> has no phoneNumber: it needs the AT number the queued callers "
               u"dialled (line 3)"_s;
        QTest::newRow("unclosed Say")
            << u"unclosed-say.xml"_s << Code::MalformedXml << 0 << qint64(4)
            << u"the reply is not well-formed XML: Opening and ending tag mismatch. (line 4)"_s;
        QTest::newRow("unescaped ampersand (the Node builder bug)")
            << u"unescaped-ampersand.xml"_s << Code::MalformedXml << 0 << qint64(3)
            << u"the reply is not well-formed XML: Expected '#' or '[a-zA-Z]', but got ' '. "
               u"(line 3)"_s;
        QTest::newRow("two Response documents")
            << u"two-roots.xml"_s << Code::MalformedXml << -1 << qint64(5)
            << u"the reply is not well-formed XML: Extra content at end of document. (line 5)"_s;
        QTest::newRow("plain OK instead of XML")
            << u"plain-ok.xml"_s << Code::MalformedXml << -1 << qint64(0)
            << u"the reply is not XML: it starts with \"OK\" where AT expects <Response>"_s;
    }
    void refusesInvalidFiles()
    {
        QFETCH(QString, file);
        QFETCH(Code, code);
        QFETCH(int, actionIndex);
        QFETCH(qint64, line);
        QFETCH(QString, message);

        const QByteArray xml = TestVoice::readDataFile(u"actionxml/invalid/"_s + file);
        QVERIFY(!xml.isEmpty());
        const auto read = ActionXmlReader::read(xml);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, message);
        QCOMPARE(read.error().code, code);
        QCOMPARE(read.error().actionIndex, actionIndex);
        QCOMPARE(read.error().line, line);
    }

    void emptyBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("only whitespace") << QByteArray(" \r\n\t ");
    }
    void emptyBody()
    {
        QFETCH(QByteArray, body);
        const auto read = ActionXmlReader::read(body);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Code::EmptyBody);
        QCOMPARE(read.error().message, u"the app answered with an empty body"_s);
    }

    void noRootElement()
    {
        const auto read = ActionXmlReader::read("<?xml version=\"1.0\"?>\n<!-- nothing -->\n");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Code::MalformedXml);
    }

    void unknownElementsCanBeIgnored()
    {
        ActionXmlReadOptions options;
        options.unknownElements = Policy::Ignore;
        const auto read = ActionXmlReader::read(
            "<Response>\n<say>Hi</say>\n<GetDigits><Pause/><Say>Menu</Say></GetDigits>\n"
            "<Say>Bye</Say></Response>",
            options);
        QVERIFY2(read.ok(), TestVoice::errorText(read).constData());
        QVERIFY(read->document
            == (ActionDocument{
                {GetDigits{.prompts = {Say{.text = u"Menu"_s}}}, Say{.text = u"Bye"_s}}}));
        QCOMPARE(read->warnings,
            (QStringList{u"ignored unknown element <say> inside <Response>; names are "
                         u"case-sensitive: did you mean <Say>? (line 2)"_s,
                u"ignored unknown element <Pause> inside <GetDigits> (line 3)"_s}));
    }

    void unknownAttributesCanFail()
    {
        ActionXmlReadOptions options;
        options.unknownAttributes = Policy::Fail;
        const auto read = ActionXmlReader::read(
            TestVoice::readDataFile(u"actionxml/reader/php-callbackurl-bug.xml"_s), options);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Code::UnknownAttribute);
        QCOMPARE(read.error().actionIndex, 0);
        QCOMPARE(read.error().message,
            u"unknown attribute callBackUrl on <GetDigits>; names are case-sensitive: did "
            u"you mean callbackUrl? (line 3)"_s);
    }

    void booleans_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("expected");
        QTest::newRow("true") << QByteArray("true") << true << true;
        QTest::newRow("false") << QByteArray("false") << true << false;
        QTest::newRow("1 is not a boolean") << QByteArray("1") << false << false;
        QTest::newRow("0 is not a boolean") << QByteArray("0") << false << false;
        QTest::newRow("True is not true") << QByteArray("True") << false << false;
        QTest::newRow("empty") << QByteArray("") << false << false;
        QTest::newRow("padded") << QByteArray(" true") << false << false;
    }
    void booleans()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        QFETCH(bool, expected);
        const auto read = ActionXmlReader::read(
            "<Response><Say playBeep=\"" + value + "\">Hi</Say></Response>");
        QCOMPARE(read.ok(), ok);
        if (ok) {
            const auto &say = std::get<Say>(read->document.actions.at(0));
            QCOMPARE(say.playBeep, std::optional<bool>(expected));
        } else {
            QCOMPARE(read.error().code, Code::InvalidBoolean);
        }
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // 0: refused as not a whole number
        QTest::newRow("plain") << QByteArray("20") << 20;
        QTest::newRow("leading zero") << QByteArray("020") << 20;
        QTest::newRow("largest int") << QByteArray("2147483647") << 2147483647;
        QTest::newRow("unit suffix") << QByteArray("20s") << 0;
        QTest::newRow("decimal") << QByteArray("1.5") << 0;
        QTest::newRow("empty") << QByteArray("") << 0;
        QTest::newRow("padded") << QByteArray(" 20") << 0;
        QTest::newRow("plus sign") << QByteArray("+20") << 0;
        QTest::newRow("lone minus") << QByteArray("-") << 0;
        QTest::newRow("overflows int") << QByteArray("2147483648") << 0;
        QTest::newRow("huge") << QByteArray(5000, '9') << 0;
        QTest::newRow("Arabic-Indic digits") << QByteArray("\xd9\xa3") << 0;
    }
    void integers()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto read
            = ActionXmlReader::read("<Response><GetDigits timeout=\"" + value + "\"/></Response>");
        if (expected == 0) {
            QVERIFY(!read.ok());
            QCOMPARE(read.error().code, Code::InvalidInteger);
            QVERIFY(read.error().message.size() < 200);
        } else {
            QVERIFY2(read.ok(), TestVoice::errorText(read).constData());
            QCOMPARE(std::get<GetDigits>(read->document.actions.at(0)).timeoutSeconds,
                std::optional<int>(expected));
        }
    }

    void refusesDocumentsOverTheSizeLimit()
    {
        ActionXmlReadOptions options;
        options.maxBytes = 64;
        const QByteArray xml = TestVoice::readDataFile(u"actionxml/ivr.xml"_s);
        const auto read = ActionXmlReader::read(xml, options);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Code::DocumentTooLarge);
        QCOMPARE(read.error().message,
            u"the app's reply is "_s + QString::number(xml.size())
                + u" bytes, more than the 64 bytes Simu accepts"_s);
        QVERIFY(ActionXmlReader::read(xml).ok());
    }

    // Entity expansion must not let one small reply eat the simulator's memory.
    void refusesEntityBombs()
    {
        QByteArray xml
            = "<?xml version=\"1.0\"?>\n<!DOCTYPE Response [\n<!ENTITY a \"aaaaaaaaaa\">\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            const char prev = char(c - 1);
            xml += "<!ENTITY " + QByteArray(1, c) + " \"";
            for (int i = 0; i < 10; ++i)
                xml += "&" + QByteArray(1, prev) + ";";
            xml += "\">\n";
        }
        xml += "]>\n<Response><Say>&j;</Say></Response>";
        const auto read = ActionXmlReader::read(xml);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Code::MalformedXml);
    }

    // The simulator reads whatever an app sends: no input may crash it.
    void survivesTruncatedAndRandomInput()
    {
        const QByteArray ivr = TestVoice::readDataFile(u"actionxml/ivr.xml"_s);
        const qsizetype complete
            = ivr.lastIndexOf("</Response>") + qsizetype(strlen("</Response>"));
        for (qsizetype length = 0; length < complete; ++length) {
            const auto read = ActionXmlReader::read(ivr.left(length));
            QVERIFY2(!read.ok(), qPrintable(u"length "_s + QString::number(length)));
            QVERIFY(!read.error().message.isEmpty());
        }
        QRandomGenerator random(20240601);
        for (int round = 0; round < 500; ++round) {
            QByteArray noise = ivr;
            for (int flips = 0; flips < 5; ++flips)
                noise[random.bounded(int(noise.size()))] = char(random.bounded(256));
            const auto read = ActionXmlReader::read(noise);
            QVERIFY(read.ok() || !read.error().message.isEmpty());
        }
    }

    void survivesDeepNestingOfUnknownElements()
    {
        ActionXmlReadOptions options;
        options.unknownElements = Policy::Ignore;
        const QByteArray xml = "<Response>" + QByteArray("<x>").repeated(20000)
            + QByteArray("</x>").repeated(20000) + "<Say>Hi</Say></Response>";
        const auto read = ActionXmlReader::read(xml, options);
        QVERIFY2(read.ok(), TestVoice::errorText(read).constData());
        QCOMPARE(read->document.actions.size(), 1);
    }
};

SIMU_TEST_MAIN(TestActionXmlReader)
#include "tst_actionxmlreader.moc"
