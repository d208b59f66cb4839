#pragma once

// The documents behind tests/core/voice/data/actionxml/*.xml, shared by the writer test (which
// writes each one and compares bytes with its file) and the reader test (which reads each file
// back and compares with the document). One place, so the two can never drift apart.

#include "voice/actions.h"
#include "voice/actionxmlerror.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTest>

Q_DECLARE_METATYPE(Voice::ActionDocument)
Q_DECLARE_METATYPE(Voice::ActionXmlError::Code)

namespace TestVoice {

using namespace Qt::StringLiterals;
using namespace Voice;

struct GoldenDocument
{
    const char *row; // what breaks for a user if this row fails
    QString file; // under data/actionxml/
    ActionDocument document;
};

// For QVERIFY2, which evaluates its message even when the check passes: error() of a
// successful Result must not be called.
template <typename R>
QByteArray errorText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

inline QByteArray readDataFile(const QString &relativePath)
{
    QFile file(QStringLiteral(TEST_DATA_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open test data file %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

inline QList<GoldenDocument> goldenDocuments()
{
    const Say noInput{.text = u"We did not receive any input. Goodbye."_s};
    return {
        {"Say with voice and playBeep",
            u"say.xml"_s,
            {{Say{.text = u"Your balance is 1234 shillings"_s,
                .voice = u"woman"_s,
                .playBeep = false}}}},
        {"Play a recorded greeting",
            u"play.xml"_s,
            {{Play{.url = u"https://media.example.com/welcome.mp3"_s}}}},
        {"GetDigits with every attribute and a Say prompt",
            u"getdigits.xml"_s,
            {{GetDigits{.numDigits = 4,
                  .timeoutSeconds = 20,
                  .finishOnKey = u"#"_s,
                  .callbackUrl = u"https://app.example.com/voice/pin"_s,
                  .prompts = {Say{.text = u"Enter your four digit PIN followed by the hash "
                                          u"key"_s}}},
                noInput}}},
        {"GetDigits with a Play prompt",
            u"getdigits-play.xml"_s,
            {{GetDigits{.numDigits = 1,
                  .prompts = {Play{.url = u"https://media.example.com/menu.mp3"_s}}},
                noInput}}},
        {"Dial with every attribute",
            u"dial.xml"_s,
            {{Say{.text = u"Please hold while we connect you"_s},
                Dial{.phoneNumbers = {u"+254711000111"_s, u"agent1@ke.sip.africastalking.com"_s},
                    .record = true,
                    .sequential = true,
                    .callerId = u"+254711082000"_s,
                    .ringbackTone = u"https://media.example.com/ring.mp3"_s,
                    .maxDuration = 600}}}},
        {"partial Record with every attribute and a prompt",
            u"record.xml"_s,
            {{Record{.finishOnKey = u"#"_s,
                .maxLength = 30,
                .timeoutSeconds = 10,
                .trimSilence = true,
                .playBeep = true,
                .callbackUrl = u"https://app.example.com/voice/recorded"_s,
                .prompts = {Say{.text = u"Please say your name after the beep, then press "
                                        u"hash"_s}}}}}},
        {"terminal Record",
            u"record-terminal.xml"_s,
            {{Say{.text = u"This call is recorded until you hang up"_s}, Record{}}}},
        {"Enqueue with hold music",
            u"enqueue.xml"_s,
            {{Say{.text = u"All our agents are busy"_s},
                Enqueue{
                    .name = u"support"_s, .holdMusic = u"https://media.example.com/hold.mp3"_s}}}},
        {"Dequeue",
            u"dequeue.xml"_s,
            {{Dequeue{.phoneNumber = u"+254711082001"_s, .name = u"support"_s}}}},
        {"Conference", u"conference.xml"_s, {{Conference{}}}},
        {"Redirect",
            u"redirect.xml"_s,
            {{Say{.text = u"One moment"_s},
                Redirect{.url = u"https://app.example.com/voice/menu2"_s}}}},
        {"Reject", u"reject.xml"_s, {{Reject{}}}},
        {"empty document hangs up", u"empty.xml"_s, {}},
        {"caller name and URLs with XML special characters are escaped",
            u"escaping.xml"_s,
            {{Say{.text = u"Welcome back, Mama & Sons <VIP>. Say \"yes\" or 'no'."_s,
                  .voice = u"en-GB-Standard-B"_s},
                GetDigits{.numDigits = 1,
                    .callbackUrl = u"https://app.example.com/voice/menu?step=2&lang=sw"_s,
                    .prompts = {Say{.text = u"Press 1 if 2 > 1 & 3 < 4"_s}}},
                Enqueue{.name = u"Mama & Sons \"VIP\" <queue>"_s,
                    .holdMusic = u"https://media.example.com/hold.mp3?a=1&b=2"_s}}}},
        {"complete IVR menu",
            u"ivr.xml"_s,
            {{Play{.url = u"https://media.example.com/jingle.mp3"_s},
                GetDigits{.numDigits = 1,
                    .timeoutSeconds = 10,
                    .finishOnKey = u"#"_s,
                    .callbackUrl = u"https://app.example.com/voice/menu"_s,
                    .prompts = {Say{.text = u"Welcome to Simu Bank. Press 1 for your balance, "
                                            u"or 2 to speak to an agent."_s,
                        .voice = u"woman"_s}}},
                Say{.text = u"We did not hear a choice. Connecting you to an agent."_s},
                Dial{.phoneNumbers = {u"agent1@ke.sip.africastalking.com"_s,
                         u"agent2@ke.sip.africastalking.com"_s,
                         u"+254711000111"_s},
                    .record = true,
                    .sequential = true,
                    .ringbackTone = u"https://media.example.com/ring.mp3"_s,
                    .maxDuration = 1800},
                Record{.finishOnKey = u"#"_s,
                    .maxLength = 60,
                    .trimSilence = true,
                    .playBeep = true,
                    .callbackUrl = u"https://app.example.com/voice/voicemail"_s,
                    .prompts = {Say{.text = u"No agent is free. Leave a message after the beep "
                                            u"and press hash."_s}}},
                Say{.text = u"Thank you. Goodbye."_s, .playBeep = true}}}},
    };
}

} // namespace TestVoice
