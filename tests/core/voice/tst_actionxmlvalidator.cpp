#include "goldendocuments.h"
#include "testmain.h"
#include "voice/actionxmlvalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Voice;
using Code = ActionXmlError::Code;

Q_DECLARE_METATYPE(Voice::Action)

namespace {

Say say(const QString &text)
{
    return Say{.text = text};
}

Dial dialAgent()
{
    return Dial{.phoneNumbers = {u"+254711000111"_s}};
}

} // namespace

class TestActionXmlValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidDocuments_data()
    {
        QTest::addColumn<ActionDocument>("document");

        QTest::newRow("empty document ends the call") << ActionDocument{};
        QTest::newRow("actions after an unanswered Dial still run")
            << ActionDocument{{dialAgent(), say(u"Nobody answered"_s)}};
        QTest::newRow("actions after an empty-queue Dequeue still run")
            << ActionDocument{{Dequeue{.phoneNumber = u"+254711082001"_s}, say(u"Bye"_s)}};
        QTest::newRow("GetDigits without a prompt waits silently")
            << ActionDocument{{GetDigits{.numDigits = 1}, say(u"Bye"_s)}};
        QTest::newRow("partial Record is not terminal")
            << ActionDocument{{Record{.maxLength = 10}, say(u"Thanks"_s)}};
        QTest::newRow("SIP addresses and WebRTC clients are dial targets") << ActionDocument{
            {Dial{.phoneNumbers = {u"agent1@ke.sip.africastalking.com"_s, u"myapp.alice"_s}}}};
        QTest::newRow("star and zero end input")
            << ActionDocument{{GetDigits{.finishOnKey = u"*"_s}, Record{.finishOnKey = u"0"_s}}};
        QTest::newRow("plain http media URL")
            << ActionDocument{{Play{.url = u"http://41.210.130.212:8080/a.mp3"_s}}};
        QTest::newRow("Redirect last") << ActionDocument{
            {say(u"One moment"_s), Redirect{.url = u"https://app.example.com/next"_s}}};
        QTest::newRow("tabs and newlines in text")
            << ActionDocument{{say(u"Line one\n\tLine two\r\n"_s)}};
        QTest::newRow("emoji in a caller name") << ActionDocument{{say(u"Hi Ann 👋"_s)}};
        for (const auto &golden : TestVoice::goldenDocuments())
            QTest::newRow(golden.row) << golden.document;
    }
    void acceptsValidDocuments()
    {
        QFETCH(ActionDocument, document);
        const auto result = ActionXmlValidator::validate(document);
        QVERIFY2(result.ok(), TestVoice::errorText(result).constData());
    }

    void refusesInvalidDocuments_data()
    {
        QTest::addColumn<ActionDocument>("document");
        QTest::addColumn<Code>("code");
        QTest::addColumn<int>("actionIndex");
        QTest::addColumn<QString>("message");

        QTest::newRow("Reject after a greeting: AT would not refuse the call")
            << ActionDocument{{say(u"Sorry"_s), Reject{}}} << Code::RejectNotAlone << 1
            << u"<Reject> must be the only action in a response; this one has 2 actions"_s;
        QTest::newRow("Reject before another action")
            << ActionDocument{{Reject{}, say(u"Sorry"_s)}} << Code::RejectNotAlone << 0
            << u"<Reject> must be the only action in a response; this one has 2 actions"_s;
        QTest::newRow("Say after Redirect never plays")
            << ActionDocument{{Redirect{.url = u"https://app.example.com/next"_s},
                   say(u"Goodbye"_s)}}
            << Code::ActionAfterTerminal << 1
            << u"nothing after <Redirect> would run, but <Say> follows it"_s;
        QTest::newRow("Say after a bare Record never plays")
            << ActionDocument{{Record{}, say(u"Goodbye"_s)}} << Code::ActionAfterTerminal << 1
            << u"nothing after a bare <Record/> (it records until the caller hangs up) would "
               u"run, but <Say> follows it"_s;
        QTest::newRow("GetDigits with two prompts")
            << ActionDocument{{GetDigits{.prompts
                   = {say(u"Press 1"_s), Play{.url = u"https://media.example.com/a.mp3"_s}}}}}
            << Code::TooManyPrompts << 0
            << u"<GetDigits> takes a single <Say> or <Play> prompt; this one has 2"_s;
        QTest::newRow("Record with three prompts")
            << ActionDocument{{say(u"Hi"_s),
                   Record{.maxLength = 5, .prompts = {say(u"a"_s), say(u"b"_s), say(u"c"_s)}}}}
            << Code::TooManyPrompts << 1
            << u"<Record> takes a single <Say> or <Play> prompt; this one has 3"_s;
        QTest::newRow("Say with no text") << ActionDocument{{say(u""_s)}} << Code::EmptySayText << 0
                                          << u"<Say> has no text to speak"_s;
        QTest::newRow("Say with only spaces")
            << ActionDocument{{say(u"  \n "_s)}} << Code::EmptySayText << 0
            << u"<Say> has no text to speak"_s;
        QTest::newRow("empty Say prompt inside GetDigits")
            << ActionDocument{{GetDigits{.prompts = {say(u""_s)}}}} << Code::EmptySayText << 0
            << u"the <Say> prompt of <GetDigits> has no text to speak"_s;
        QTest::newRow("Play without url") << ActionDocument{{Play{}}} << Code::MissingUrl << 0
                                          << u"attribute url of <Play> is missing"_s;
        QTest::newRow("Play prompt without url inside Record")
            << ActionDocument{{Record{.prompts = {Play{}}}}} << Code::MissingUrl << 0
            << u"attribute url of the <Play> prompt of <Record> is missing"_s;
        QTest::newRow("relative Play url AT cannot fetch")
            << ActionDocument{{Play{.url = u"/media/welcome.mp3"_s}}} << Code::InvalidUrl << 0
            << u"attribute url of <Play> must be an absolute http(s) URL that AT can fetch, not "
               u"\"/media/welcome.mp3\""_s;
        QTest::newRow("ftp hold music")
            << ActionDocument{{Enqueue{.holdMusic = u"ftp://media.example.com/hold.mp3"_s}}}
            << Code::InvalidUrl << 0
            << u"attribute holdMusic of <Enqueue> must be an absolute http(s) URL that AT can "
               u"fetch, not \"ftp://media.example.com/hold.mp3\""_s;
        QTest::newRow("callbackUrl with a space")
            << ActionDocument{{GetDigits{.callbackUrl = u"https://app.example.com/my menu"_s}}}
            << Code::InvalidUrl << 0
            << u"attribute callbackUrl of <GetDigits> must be an absolute http(s) URL that AT "
               u"can fetch, not \"https://app.example.com/my menu\""_s;
        QTest::newRow("ringBackTone without host")
            << ActionDocument{{Dial{
                   .phoneNumbers = {u"+254711000111"_s}, .ringbackTone = u"https:///ring.mp3"_s}}}
            << Code::InvalidUrl << 0
            << u"attribute ringBackTone of <Dial> must be an absolute http(s) URL that AT can "
               u"fetch, not \"https:///ring.mp3\""_s;
        QTest::newRow("Redirect without URL") << ActionDocument{{Redirect{}}} << Code::MissingUrl
                                              << 0 << u"the URL of <Redirect> is missing"_s;
        QTest::newRow("Dial with nobody to ring") << ActionDocument{{Dial{}}} << Code::NoDialNumbers
                                                  << 0 << u"<Dial> has no phoneNumbers to ring"_s;
        QTest::newRow("two numbers in one Dial entry")
            << ActionDocument{{Dial{.phoneNumbers = {u"+254711000111,+254711000222"_s}}}}
            << Code::InvalidDialNumber << 0
            << u"entry 1 of attribute phoneNumbers of <Dial> contains a comma "
               u"(\"+254711000111,+254711000222\"); give each number as its own entry"_s;
        QTest::newRow("empty Dial entry")
            << ActionDocument{{Dial{.phoneNumbers = {u"+254711000111"_s, u""_s}}}}
            << Code::InvalidDialNumber << 0
            << u"entry 2 of attribute phoneNumbers of <Dial> is empty"_s;
        QTest::newRow("Dial entry with spaces around it")
            << ActionDocument{{Dial{.phoneNumbers = {u" +254711000111"_s}}}}
            << Code::InvalidDialNumber << 0
            << u"entry 1 of attribute phoneNumbers of <Dial> has spaces around it "
               u"(\" +254711000111\")"_s;
        QTest::newRow("Dequeue without the queue's number")
            << ActionDocument{{Dequeue{.name = u"support"_s}}} << Code::MissingPhoneNumber << 0
            << u"<Dequeue> has no phoneNumber: it needs the AT number the queued callers "
               u"dialled"_s;
        QTest::newRow("zero digits")
            << ActionDocument{{GetDigits{.numDigits = 0}}} << Code::NonPositiveNumber << 0
            << u"attribute numDigits of <GetDigits> must be a positive number of digits, not 0"_s;
        QTest::newRow("negative timeout")
            << ActionDocument{{GetDigits{.timeoutSeconds = -5}}} << Code::NonPositiveNumber << 0
            << u"attribute timeout of <GetDigits> must be a positive number of seconds, not -5"_s;
        QTest::newRow("zero maxLength")
            << ActionDocument{{Record{.maxLength = 0}}} << Code::NonPositiveNumber << 0
            << u"attribute maxLength of <Record> must be a positive number of seconds, not 0"_s;
        QTest::newRow("zero Record timeout")
            << ActionDocument{{Record{.timeoutSeconds = 0}}} << Code::NonPositiveNumber << 0
            << u"attribute timeout of <Record> must be a positive number of seconds, not 0"_s;
        QTest::newRow("zero maxDuration")
            << ActionDocument{{Dial{.phoneNumbers = {u"+254711000111"_s}, .maxDuration = 0}}}
            << Code::NonPositiveNumber << 0
            << u"attribute maxDuration of <Dial> must be a positive number of seconds, not 0"_s;
        QTest::newRow("two finish keys")
            << ActionDocument{{GetDigits{.finishOnKey = u"##"_s}}} << Code::InvalidFinishOnKey << 0
            << u"attribute finishOnKey of <GetDigits> must be one key of 0-9, * or #, not \"##\""_s;
        QTest::newRow("letter as finish key")
            << ActionDocument{{Record{.finishOnKey = u"A"_s}}} << Code::InvalidFinishOnKey << 0
            << u"attribute finishOnKey of <Record> must be one key of 0-9, * or #, not \"A\""_s;
        QTest::newRow("bell character in a caller name")
            << ActionDocument{{say(u"Hello \u0007Ann"_s)}} << Code::InvalidCharacter << 0
            << u"the text of <Say> contains a character XML cannot carry (U+0007 at position 6)"_s;
        QTest::newRow("NUL in a queue name")
            << ActionDocument{{Enqueue{.name = QStringView(u"sup\0port", 8).toString()}}}
            << Code::InvalidCharacter << 0
            << u"attribute name of <Enqueue> contains a character XML cannot carry (U+0000 at "
               u"position 3)"_s;
        QTest::newRow("lone surrogate in a voice name")
            << ActionDocument{{Say{.text = u"Hi"_s, .voice = QString(QChar(0xD800))}}}
            << Code::InvalidCharacter << 0
            << u"attribute voice of <Say> contains a character XML cannot carry (U+D800 at "
               u"position 0)"_s;
        QTest::newRow("first problem in document order wins")
            << ActionDocument{{say(u"ok"_s), Play{}, Dial{}}} << Code::MissingUrl << 1
            << u"attribute url of <Play> is missing"_s;
    }
    void refusesInvalidDocuments()
    {
        QFETCH(ActionDocument, document);
        QFETCH(Code, code);
        QFETCH(int, actionIndex);
        QFETCH(QString, message);

        const auto result = ActionXmlValidator::validate(document);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().actionIndex, actionIndex);
        QCOMPARE(result.error().line, 0);
    }

    // A megabyte-long value must not end up whole in a log line.
    void messagesQuoteOnlyAPrefixOfHugeValues()
    {
        const QString huge = u"https://"_s + QString(1024 * 1024, u'a') + u" b"_s;
        const auto result = ActionXmlValidator::validate({{Play{.url = huge}}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Code::InvalidUrl);
        QVERIFY(result.error().message.size() < 300);
        QVERIFY(result.error().message.contains(u"1048586 characters"_s));
    }

    void terminalActions_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("Redirect") << Action(Redirect{}) << true;
        QTest::newRow("Reject") << Action(Reject{}) << true;
        QTest::newRow("bare Record") << Action(Record{}) << true;
        QTest::newRow("Record with a callback") << Action(Record{.callbackUrl = u"x"_s}) << false;
        QTest::newRow("Dial") << Action(dialAgent()) << false;
        QTest::newRow("Dequeue") << Action(Dequeue{}) << false;
        QTest::newRow("Say") << Action(say(u"x"_s)) << false;
    }
    void terminalActions()
    {
        QFETCH(Action, action);
        QFETCH(bool, terminal);
        QCOMPARE(ActionXmlValidator::isTerminal(action), terminal);
    }
};

SIMU_TEST_MAIN(TestActionXmlValidator)
#include "tst_actionxmlvalidator.moc"
