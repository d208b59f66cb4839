#include "goldendocuments.h"
#include "testmain.h"
#include "voice/actionxmlbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Voice;
using Code = ActionXmlError::Code;

class TestActionXmlBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The builder is a shorthand for the model: the same golden bytes must come out.
    void buildsTheGoldenIvr()
    {
        const auto xml
            = ActionXmlBuilder()
                  .play(u"https://media.example.com/jingle.mp3"_s)
                  .getDigits({.numDigits = 1,
                      .timeoutSeconds = 10,
                      .finishOnKey = u"#"_s,
                      .callbackUrl = u"https://app.example.com/voice/menu"_s,
                      .prompts = {Say{.text = u"Welcome to Simu Bank. Press 1 for your "
                                              u"balance, or 2 to speak to an agent."_s,
                          .voice = u"woman"_s}}})
                  .say(u"We did not hear a choice. Connecting you to an agent."_s)
                  .dial({.phoneNumbers = {u"agent1@ke.sip.africastalking.com"_s,
                             u"agent2@ke.sip.africastalking.com"_s,
                             u"+254711000111"_s},
                      .record = true,
                      .sequential = true,
                      .ringbackTone = u"https://media.example.com/ring.mp3"_s,
                      .maxDuration = 1800})
                  .record({.finishOnKey = u"#"_s,
                      .maxLength = 60,
                      .trimSilence = true,
                      .playBeep = true,
                      .callbackUrl = u"https://app.example.com/voice/voicemail"_s,
                      .prompts = {Say{.text = u"No agent is free. Leave a message after the "
                                              u"beep and press hash."_s}}})
                  .say({.text = u"Thank you. Goodbye."_s, .playBeep = true})
                  .toXml();
        QVERIFY2(xml.ok(), TestVoice::errorText(xml).constData());
        QCOMPARE(QString::fromUtf8(*xml),
            QString::fromUtf8(TestVoice::readDataFile(u"actionxml/ivr.xml"_s)));
    }

    void shorthandsMatchTheModel_data()
    {
        QTest::addColumn<ActionDocument>("built");
        QTest::addColumn<ActionDocument>("expected");

        QTest::newRow("say text") << ActionXmlBuilder().say(u"Hi"_s).document()
                                  << ActionDocument{{Say{.text = u"Hi"_s}}};
        QTest::newRow("dial a list of numbers")
            << ActionXmlBuilder().dial(QStringList{u"+254711000111"_s, u"myapp.alice"_s}).document()
            << ActionDocument{{Dial{.phoneNumbers = {u"+254711000111"_s, u"myapp.alice"_s}}}};
        QTest::newRow("play, redirect")
            << ActionXmlBuilder()
                   .play(u"https://m.example.com/a.mp3"_s)
                   .redirect(u"https://app.example.com/next"_s)
                   .document()
            << ActionDocument{{Play{.url = u"https://m.example.com/a.mp3"_s},
                   Redirect{.url = u"https://app.example.com/next"_s}}};
        QTest::newRow("queue verbs and conference")
            << ActionXmlBuilder()
                   .enqueue({.name = u"support"_s})
                   .dequeue({.phoneNumber = u"+254711082001"_s})
                   .conference()
                   .document()
            << ActionDocument{{Enqueue{.name = u"support"_s},
                   Dequeue{.phoneNumber = u"+254711082001"_s},
                   Conference{}}};
        QTest::newRow("reject") << ActionXmlBuilder().reject().document()
                                << ActionDocument{{Reject{}}};
        QTest::newRow("add any action")
            << ActionXmlBuilder().add(Record{}).document() << ActionDocument{{Record{}}};
    }
    void shorthandsMatchTheModel()
    {
        QFETCH(ActionDocument, built);
        QFETCH(ActionDocument, expected);
        QVERIFY(built == expected);
    }

    void toXmlValidates()
    {
        const auto xml = ActionXmlBuilder().say(u"Closed"_s).reject().toXml();
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().code, Code::RejectNotAlone);
        QCOMPARE(xml.error().actionIndex, 1);
    }
};

SIMU_TEST_MAIN(TestActionXmlBuilder)
#include "tst_actionxmlbuilder.moc"
