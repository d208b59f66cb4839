#include "goldendocuments.h"
#include "testmain.h"
#include "voice/callbackparser.h"

#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Voice;
using Code = CallbackError::Code;
using Expectations = Util::FormFields; // field name -> expected value as text

Q_DECLARE_METATYPE(Voice::CallbackError::Code)

namespace {

const QString ABSENT = u"<absent>"_s;
const QString NONE = u"<none>"_s;

// A fixture file is the body exactly as AT posts it; the final newline is only there for
// editors and is not part of the body.
QByteArray readCallback(const QString &file)
{
    return TestVoice::readDataFile(u"callbacks/"_s + file).trimmed();
}

QString text(const QString &value)
{
    return value.isNull() ? ABSENT : value;
}

QString text(const std::optional<QDateTime> &time)
{
    return time ? time->toString(Qt::ISODate) : NONE;
}

QString text(const std::optional<int> &number)
{
    return number ? QString::number(*number) : NONE;
}

QString text(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return u"Inbound"_s;
    case Direction::Outbound:
        return u"Outbound"_s;
    case Direction::Unknown:
        break;
    }
    return u"Unknown"_s;
}

QString text(SessionState state)
{
    static const QStringList names = {u"Unknown"_s,
        u"Ringing"_s,
        u"Answered"_s,
        u"Active"_s,
        u"Completed"_s,
        u"NotAnswered"_s,
        u"Transferred"_s,
        u"TransferCompleted"_s,
        u"Other"_s};
    return names.value(static_cast<int>(state), u"?"_s);
}

// Every field of a CallbackEvent by name, as text, so a data row can list what it expects.
QString fieldOf(const CallbackEvent &e, const QString &name)
{
    const QList<QPair<QString, QString>> strings = {
        {u"sessionId"_s, e.sessionId},
        {u"direction"_s, e.direction},
        {u"callerNumber"_s, e.callerNumber},
        {u"destinationNumber"_s, e.destinationNumber},
        {u"callSessionState"_s, e.callSessionState},
        {u"callerCarrierName"_s, e.callerCarrierName},
        {u"callerCountryCode"_s, e.callerCountryCode},
        {u"callStartTime"_s, e.callStartTime},
        {u"clientRequestId"_s, e.clientRequestId},
        {u"clientDialedNumber"_s, e.clientDialedNumber},
        {u"dtmfDigits"_s, e.dtmfDigits},
        {u"recordingUrl"_s, e.recordingUrl},
        {u"status"_s, e.status},
        {u"durationInSeconds"_s, e.durationInSeconds},
        {u"currencyCode"_s, e.currencyCode},
        {u"amount"_s, e.amount},
        {u"hangupCause"_s, e.hangupCause},
        {u"dialDestinationNumber"_s, e.dialDestinationNumber},
        {u"dialStartTime"_s, e.dialStartTime},
        {u"dialDurationInSeconds"_s, e.dialDurationInSeconds},
        {u"lastBridgeHangupCause"_s, e.lastBridgeHangupCause},
        {u"callTransferParam"_s, e.callTransferParam},
        {u"callTransferredToNumber"_s, e.callTransferredToNumber},
        {u"callTransferState"_s, e.callTransferState},
        {u"callTransferHangupCause"_s, e.callTransferHangupCause},
    };
    for (const auto &[field, value] : strings) {
        if (field == name)
            return text(value);
    }
    if (name == u"isActive"_s)
        return e.isActive ? u"1"_s : u"0"_s;
    if (name == u"directionKind"_s)
        return text(e.directionKind);
    if (name == u"sessionState"_s)
        return text(e.sessionState);
    if (name == u"callStartedAt"_s)
        return text(e.callStartedAt);
    if (name == u"dialStartedAt"_s)
        return text(e.dialStartedAt);
    if (name == u"durationSeconds"_s)
        return text(e.durationSeconds);
    if (name == u"dialDurationSeconds"_s)
        return text(e.dialDurationSeconds);
    if (name == u"isTransferEvent"_s)
        return e.isTransferEvent() ? u"true"_s : u"false"_s;
    return u"<no such field in the test: "_s + name + u'>';
}

} // namespace

class TestCallbackParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRealCallbacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Expectations>("expected");

        QTest::newRow("inbound call rings: the agent sees who calls")
            << u"inbound-ringing.form"_s
            << Expectations{{u"sessionId"_s, u"ATVId_5ed8d5fb7b2a4c1e9f3c0d2a1b4e6f70"_s},
                   {u"isActive"_s, u"1"_s},
                   {u"directionKind"_s, u"Inbound"_s},
                   {u"callerNumber"_s, u"+254716330450"_s},
                   {u"destinationNumber"_s, u"+254711082942"_s},
                   {u"sessionState"_s, u"Ringing"_s},
                   {u"callerCarrierName"_s, u"Safaricom"_s},
                   {u"callerCountryCode"_s, u"254"_s},
                   {u"callStartTime"_s, u"2025-02-13 08:32:37"_s},
                   {u"callStartedAt"_s, u"2025-02-13T08:32:37Z"_s},
                   {u"status"_s, ABSENT},
                   {u"durationSeconds"_s, NONE},
                   {u"isTransferEvent"_s, u"false"_s}};
        QTest::newRow("inbound final after Dial with recording (Uganda capture)")
            << u"inbound-final-dial-uganda.form"_s
            << Expectations{{u"sessionId"_s, u"ATVId_4ae09e41dc3fa616b1aa42c792d95805"_s},
                   {u"isActive"_s, u"0"_s},
                   {u"sessionState"_s, u"Completed"_s},
                   {u"status"_s, u"Success"_s},
                   {u"callerNumber"_s, u"+256783204665"_s},
                   {u"destinationNumber"_s, u"+256312319003"_s},
                   {u"callStartedAt"_s, u"2023-01-18T20:04:52Z"_s},
                   {u"durationInSeconds"_s, u"39"_s},
                   {u"durationSeconds"_s, u"39"_s},
                   {u"currencyCode"_s, u"UGX"_s},
                   {u"amount"_s, u"147.440"_s},
                   {u"dialDestinationNumber"_s, u"+256700000001"_s},
                   {u"dialStartTime"_s, u"2023-01-18 20:05:25"_s},
                   {u"dialStartedAt"_s, u"2023-01-18T20:05:25Z"_s},
                   {u"dialDurationSeconds"_s, u"6"_s},
                   {u"recordingUrl"_s,
                       u"http://41.210.130.212:8080/5d5e2457ca70ee2a65a3e1c3e23c1efc.mp3"_s},
                   {u"hangupCause"_s, u"NORMAL_CLEARING"_s}};
        QTest::newRow("outbound call answered") << u"outbound-answered.form"_s
                                                << Expectations{{u"isActive"_s, u"1"_s},
                                                       {u"directionKind"_s, u"Outbound"_s},
                                                       {u"sessionState"_s, u"Answered"_s},
                                                       {u"callerNumber"_s, u"+254794263043"_s},
                                                       {u"destinationNumber"_s, u"+254711082130"_s},
                                                       {u"clientRequestId"_s, u"crm-order-4711"_s}};
        QTest::newRow("outbound final keeps the cost exactly as AT sent it (2020 capture)")
            << u"outbound-final-2020.form"_s
            << Expectations{{u"sessionId"_s, u"ATVId_aadedf81fb9437cabae902bb08d32b7b"_s},
                   {u"isActive"_s, u"0"_s},
                   {u"directionKind"_s, u"Outbound"_s},
                   {u"sessionState"_s, u"Completed"_s},
                   {u"amount"_s, u"0.408333333333333345"_s},
                   {u"currencyCode"_s, u"KES"_s},
                   {u"durationSeconds"_s, u"7"_s},
                   {u"callStartTime"_s, u"2020-03-16+05:12:57"_s},
                   {u"callStartedAt"_s, u"2020-03-16T05:12:57Z"_s},
                   {u"callerNumber"_s, u"+254794263043"_s},
                   {u"clientRequestId"_s, ABSENT}};
        QTest::newRow("outbound not answered: handset off, call never started")
            << u"outbound-not-answered.form"_s
            << Expectations{{u"isActive"_s, u"0"_s},
                   {u"sessionState"_s, u"NotAnswered"_s},
                   {u"status"_s, u"NotAnswered"_s},
                   {u"hangupCause"_s, u"SUBSCRIBER_ABSENT"_s},
                   {u"callStartTime"_s, u"None"_s},
                   {u"callStartedAt"_s, NONE},
                   {u"durationSeconds"_s, u"0"_s},
                   {u"amount"_s, u"0"_s},
                   {u"dialDestinationNumber"_s, ABSENT}};
        QTest::newRow("caller pressed digits in a menu") << u"getdigits.form"_s
                                                         << Expectations{{u"isActive"_s, u"1"_s},
                                                                {u"sessionState"_s, u"Answered"_s},
                                                                {u"dtmfDigits"_s, u"1234"_s},
                                                                {u"recordingUrl"_s, ABSENT}};
        QTest::newRow("partial recording arrived")
            << u"partial-record.form"_s
            << Expectations{
                   {u"recordingUrl"_s,
                       u"http://41.210.130.212:8080/0f3b5c7d9e1a2b4c6d8e0f1a3b5c7d9e.mp3"_s},
                   {u"callerNumber"_s, u"+254722000001"_s}};
        QTest::newRow("nothing was recorded: empty, not absent")
            << u"partial-record-nothing.form"_s << Expectations{{u"recordingUrl"_s, u""_s}};
        QTest::newRow("WebRTC client dials out: client name and dialled number kept")
            << u"webrtc-first.form"_s
            << Expectations{{u"directionKind"_s, u"Inbound"_s},
                   {u"callerNumber"_s, u"myapp.alice"_s},
                   {u"clientDialedNumber"_s, u"0726339982"_s},
                   {u"callerCountryCode"_s, u"-1"_s},
                   {u"callerCarrierName"_s, u"None"_s},
                   {u"sessionState"_s, u"Ringing"_s}};
        QTest::newRow("WebRTC final: dialled number untouched, dial target restored")
            << u"webrtc-final.form"_s
            << Expectations{{u"isActive"_s, u"0"_s},
                   {u"callerNumber"_s, u"myapp.alice"_s},
                   {u"clientDialedNumber"_s, u" 254702332796"_s},
                   {u"dialDestinationNumber"_s, u"+254702332796"_s},
                   {u"dialStartTime"_s, u"2023-05-02+10:15:04"_s},
                   {u"dialStartedAt"_s, u"2023-05-02T10:15:04Z"_s},
                   {u"dialDurationSeconds"_s, u"37"_s},
                   {u"amount"_s, u"0.000"_s}};
        QTest::newRow("transfer event with a stray space in its state")
            << u"transfer-active.form"_s
            << Expectations{{u"sessionState"_s, u"Transferred"_s},
                   {u"callTransferParam"_s, u"+2347012345678:20"_s},
                   {u"callTransferredToNumber"_s, u"+2347012345678"_s},
                   {u"callTransferState"_s, u"Active"_s},
                   {u"isTransferEvent"_s, u"true"_s}};
        QTest::newRow("transfer completed with bare '+' everywhere")
            << u"transfer-completed-bare-plus.form"_s
            << Expectations{{u"isActive"_s, u"0"_s},
                   {u"sessionState"_s, u"TransferCompleted"_s},
                   {u"callerNumber"_s, u"+2348031234567"_s},
                   {u"destinationNumber"_s, u"+2347000000001"_s},
                   {u"callTransferParam"_s, u"+2347012345678:20"_s},
                   {u"callTransferredToNumber"_s, u"+2347012345678"_s},
                   {u"callTransferState"_s, u"CalleeHangup"_s},
                   {u"callTransferHangupCause"_s, u"NotAllowed"_s},
                   {u"isTransferEvent"_s, u"true"_s}};
        QTest::newRow("time with a form-encoded space")
            << u"time-space-encoding.form"_s
            << Expectations{{u"callStartTime"_s, u"2022-03-01 16:13:56"_s},
                   {u"callStartedAt"_s, u"2022-03-01T16:13:56Z"_s},
                   {u"callerNumber"_s, u"+254716330450"_s},
                   {u"destinationNumber"_s, u"+254711082942"_s}};
        QTest::newRow("time with a literal plus gives the same moment")
            << u"time-literal-plus.form"_s
            << Expectations{{u"callStartTime"_s, u"2022-03-01+16:13:56"_s},
                   {u"callStartedAt"_s, u"2022-03-01T16:13:56Z"_s},
                   {u"callerNumber"_s, u"+254716330450"_s}};
        QTest::newRow("Dial to a SIP agent: address untouched")
            << u"sip-dial-final.form"_s
            << Expectations{{u"dialDestinationNumber"_s, u"agent1@ke.sip.africastalking.com"_s},
                   {u"lastBridgeHangupCause"_s, u"NORMAL_CLEARING"_s},
                   {u"dialDurationSeconds"_s, u"120"_s},
                   {u"durationSeconds"_s, u"131"_s}};
        QTest::newRow("unknown values keep their text")
            << u"unknown-values.form"_s
            << Expectations{{u"direction"_s, u"Sideways"_s},
                   {u"directionKind"_s, u"Unknown"_s},
                   {u"callSessionState"_s, u"Queued"_s},
                   {u"sessionState"_s, u"Other"_s},
                   {u"durationInSeconds"_s, u"abc"_s},
                   {u"durationSeconds"_s, NONE},
                   {u"dialDurationInSeconds"_s, u"-3"_s},
                   {u"dialDurationSeconds"_s, NONE},
                   {u"callStartTime"_s, u"2022-02-30 10:00:00"_s},
                   {u"callStartedAt"_s, NONE},
                   {u"dialStartedAt"_s, NONE},
                   {u"destinationNumber"_s, ABSENT}};
    }
    void parsesRealCallbacks()
    {
        QFETCH(QString, file);
        QFETCH(Expectations, expected);

        const QByteArray body = readCallback(file);
        QVERIFY(!body.isEmpty());
        const auto event = CallbackParser::parse(body);
        QVERIFY2(event.ok(), TestVoice::errorText(event).constData());
        for (const auto &[field, value] : expected) {
            const QString actual = fieldOf(*event, field);
            QVERIFY2(actual == value,
                qPrintable(field + u": got \""_s + actual + u"\", expected \""_s + value + u'"'));
        }
        // raw is the decoded form, verbatim and complete.
        QCOMPARE(event->raw.size(), Util::decodeForm(body).size());
    }

    void keepsEveryFieldVerbatimInRaw()
    {
        const auto event = CallbackParser::parse(readCallback(u"unknown-values.form"_s));
        QVERIFY(event.ok());
        const Util::FormFields expected = {
            {u"isActive"_s, u"1"_s},
            {u"sessionId"_s, u"ATVId_ffffffffffffffffffffffffffffffff"_s},
            {u"direction"_s, u"Sideways"_s},
            {u"callSessionState"_s, u"Queued"_s},
            {u"callerNumber"_s, u"+254716330450"_s},
            {u"durationInSeconds"_s, u"abc"_s},
            {u"dialDurationInSeconds"_s, u"-3"_s},
            {u"callStartTime"_s, u"2022-02-30 10:00:00"_s},
            {u"dialStartTime"_s, u"2022-03-01T16:13:56"_s},
            {u"futureField"_s, u"hello world"_s},
            {u"flag"_s, u""_s},
        };
        QCOMPARE(event->raw, expected);
        QVERIFY(!event->raw.last().second.isNull());
    }

    // Both encodings of the same callback describe the same moment.
    void bothTimeEncodingsAgree()
    {
        const auto space = CallbackParser::parse(readCallback(u"time-space-encoding.form"_s));
        const auto plus = CallbackParser::parse(readCallback(u"time-literal-plus.form"_s));
        QVERIFY(space.ok() && plus.ok());
        QVERIFY(space->callStartedAt.has_value());
        QCOMPARE(space->callStartedAt, plus->callStartedAt);
        QCOMPARE(space->callStartedAt->timeSpec(), Qt::UTC);
    }

    void parsesDecodedFields()
    {
        const Util::FormFields fields = {{u"sessionId"_s, u"ATVId_json"_s},
            {u"isActive"_s, u"1"_s},
            {u"callerNumber"_s, u"+254716330450"_s},
            {u"callStartTime"_s, u"2022-03-01 16:13:56"_s}};
        const auto event = CallbackParser::parse(fields);
        QVERIFY(event.ok());
        QCOMPARE(event->sessionId, u"ATVId_json"_s);
        QCOMPARE(event->callerNumber, u"+254716330450"_s);
        QCOMPARE(event->callStartedAt->toString(Qt::ISODate), u"2022-03-01T16:13:56Z"_s);
        QCOMPARE(event->raw, fields);
    }

    void refusesBadCallbacks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("message");

        const QByteArray id = "sessionId=ATVId_abc&";
        QTest::newRow("empty body") << QByteArray() << Code::EmptyBody
                                    << u"The callback has an empty body; AT always posts the "
                                       u"call's fields as a form."_s;
        QTest::newRow("only a newline") << QByteArray("\r\n") << Code::EmptyBody
                                        << u"The callback has an empty body; AT always posts "
                                           u"the call's fields as a form."_s;
        QTest::newRow("only separators") << QByteArray("&&&") << Code::EmptyBody
                                         << u"The callback has an empty body; AT always posts "
                                            u"the call's fields as a form."_s;
        QTest::newRow("no sessionId: cannot be matched to a call")
            << QByteArray("isActive=1&direction=Inbound&callerNumber=%2B254716330450")
            << Code::MissingSessionId
            << u"The callback has no sessionId; it cannot be matched to a call."_s;
        QTest::newRow("JSON posted as a form")
            << QByteArray("{\"sessionId\":\"ATVId_abc\",\"isActive\":\"1\"}")
            << Code::MissingSessionId
            << u"The callback has no sessionId; it cannot be matched to a call."_s;
        QTest::newRow("garbage bytes")
            << QByteArray("\x00\xff\xfe%\x80=\x01&\xc3\x28=%zz", 15) << Code::MissingSessionId
            << u"The callback has no sessionId; it cannot be matched to a call."_s;
        QTest::newRow("empty sessionId")
            << QByteArray("sessionId=&isActive=1") << Code::InvalidSessionId
            << u"The callback's sessionId is empty; it cannot be matched to a call."_s;
        QTest::newRow("sessionId with a space (a bare '+' in it)")
            << QByteArray("sessionId=ATVId+abc&isActive=1") << Code::InvalidSessionId
            << u"The callback's sessionId \"ATVId abc\" contains a space or control character; "
               u"it cannot be matched to a call."_s;
        QTest::newRow("sessionId with a newline")
            << QByteArray("sessionId=ATVId_abc%0A&isActive=1") << Code::InvalidSessionId
            << u"The callback's sessionId \"ATVId_abc\n\" contains a space or control "
               u"character; it cannot be matched to a call."_s;
        QTest::newRow("megabyte sessionId")
            << "sessionId=" + QByteArray(1024 * 1024, 'A') + "&isActive=1" << Code::InvalidSessionId
            << u"The callback's sessionId is 1048576 characters long, more than the 128 "
               u"expected; it cannot be matched to a call."_s;
        QTest::newRow("no isActive: live or ended is unknown")
            << id + "direction=Inbound" << Code::MissingIsActive
            << u"The callback has no isActive field; it cannot tell whether call ATVId_abc is "
               u"still live or has ended."_s;
        QTest::newRow("isActive=yes")
            << id + "isActive=yes" << Code::InvalidIsActive
            << u"The callback's isActive is \"yes\"; AT sends \"1\" while the call is live and "
               u"\"0\" when it has ended."_s;
        QTest::newRow("isActive=true") << id + "isActive=true" << Code::InvalidIsActive
                                       << u"The callback's isActive is \"true\"; AT sends \"1\" "
                                          u"while the call is live and \"0\" when it has ended."_s;
        QTest::newRow("isActive empty") << id + "isActive=" << Code::InvalidIsActive
                                        << u"The callback's isActive is \"\"; AT sends \"1\" "
                                           u"while the call is live and \"0\" when it has "
                                           u"ended."_s;
        QTest::newRow("megabyte isActive is quoted short")
            << id + "isActive=" + QByteArray(1024 * 1024, '1') << Code::InvalidIsActive
            << u"The callback's isActive is \"1111111111111111111111111111111111111111…\" "
               u"(1048576 characters); AT sends \"1\" while the call is live and \"0\" when it "
               u"has ended."_s;
        QTest::newRow("two different sessionIds")
            << QByteArray("sessionId=ATVId_a&isActive=1&sessionId=ATVId_b")
            << Code::ConflictingField
            << u"The callback carries sessionId more than once with different values "
               u"(\"ATVId_a\" and \"ATVId_b\"); it is unclear which one to trust."_s;
        QTest::newRow("isActive both 1 and 0")
            << id + "isActive=1&isActive=0" << Code::ConflictingField
            << u"The callback carries isActive more than once with different values (\"1\" "
               u"and \"0\"); it is unclear which one to trust."_s;
    }
    void refusesBadCallbacks()
    {
        QFETCH(QByteArray, body);
        QFETCH(Code, code);
        QFETCH(QString, message);

        const auto event = CallbackParser::parse(body);
        QVERIFY(!event.ok());
        QCOMPARE(event.error().message, message);
        QCOMPARE(event.error().code, code);
        QVERIFY(event.error().message.size() < 300);
    }

    void acceptsOddButHarmlessCallbacks()
    {
        // The same sessionId twice is not ambiguous; for other fields the first value counts.
        const auto twice = CallbackParser::parse(
            "sessionId=ATVId_a&isActive=1&sessionId=ATVId_a&dtmfDigits=1&dtmfDigits=2");
        QVERIFY2(twice.ok(), TestVoice::errorText(twice).constData());
        QCOMPARE(twice->sessionId, u"ATVId_a"_s);
        QCOMPARE(twice->dtmfDigits, u"1"_s);
        QCOMPARE(twice->raw.size(), 5);

        // A megabyte in an ordinary field is kept, not parsed into anything.
        const QByteArray huge(1024 * 1024, '7');
        const auto big = CallbackParser::parse("sessionId=ATVId_a&isActive=0&callerNumber=+" + huge
            + "&durationInSeconds=" + huge + "&callStartTime=" + huge);
        QVERIFY2(big.ok(), TestVoice::errorText(big).constData());
        QCOMPARE(big->callerNumber.size(), huge.size() + 1);
        QVERIFY(!big->durationSeconds);
        QVERIFY(!big->callStartedAt);

        // A sessionId of exactly 128 characters is still accepted.
        const auto longest = CallbackParser::parse("isActive=1&sessionId=" + QByteArray(128, 'x'));
        QVERIFY(longest.ok());
    }

    void restoresPlus_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare plus decoded as space") << u" 254716330450"_s << u"+254716330450"_s;
        QTest::newRow("already has plus") << u"+254716330450"_s << u"+254716330450"_s;
        QTest::newRow("SIP address")
            << u"agent1@ke.sip.africastalking.com"_s << u"agent1@ke.sip.africastalking.com"_s;
        QTest::newRow("WebRTC client") << u"myapp.alice"_s << u"myapp.alice"_s;
        QTest::newRow("space then words") << u" hello"_s << u" hello"_s;
        QTest::newRow("two spaces") << u"  254716330450"_s << u"  254716330450"_s;
        QTest::newRow("only a space") << u" "_s << u" "_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("absurdly long digits")
            << u' ' + QString(100, u'1') << u' ' + QString(100, u'1');
    }
    void restoresPlus()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(CallbackParser::restorePlus(input), expected);
    }

    void parsesTimes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // ISO 8601 UTC, or NONE
        QTest::newRow("space") << u"2022-03-01 16:13:56"_s << u"2022-03-01T16:13:56Z"_s;
        QTest::newRow("literal plus") << u"2022-03-01+16:13:56"_s << u"2022-03-01T16:13:56Z"_s;
        QTest::newRow("surrounding blanks")
            << u" 2022-03-01 16:13:56 "_s << u"2022-03-01T16:13:56Z"_s;
        QTest::newRow("None") << u"None"_s << NONE;
        QTest::newRow("empty") << u""_s << NONE;
        QTest::newRow("ISO T separator") << u"2022-03-01T16:13:56"_s << NONE;
        QTest::newRow("February 30th") << u"2022-02-30 10:00:00"_s << NONE;
        QTest::newRow("hour 24") << u"2022-03-01 24:00:00"_s << NONE;
        QTest::newRow("letters in the year") << u"20x2-03-01 16:13:56"_s << NONE;
        QTest::newRow("signs in digits") << u"2022-+3-01 16:13:56"_s << NONE;
    }
    void parsesTimes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto time = CallbackParser::parseTime(input);
        QCOMPARE(time ? time->toString(Qt::ISODate) : NONE, expected);
    }

    // Anything can POST to the callback URL: no body may crash the parser.
    void survivesMangledBodies()
    {
        const QByteArray body = readCallback(u"inbound-final-dial-uganda.form"_s);
        for (qsizetype length = 0; length <= body.size(); ++length) {
            const auto event = CallbackParser::parse(body.left(length));
            QVERIFY(event.ok() || !event.error().message.isEmpty());
        }
        QRandomGenerator random(20240601);
        for (int round = 0; round < 2000; ++round) {
            QByteArray noise = body;
            for (int flips = 0; flips < 8; ++flips)
                noise[random.bounded(int(noise.size()))] = char(random.bounded(256));
            const auto event = CallbackParser::parse(noise);
            QVERIFY(event.ok() || !event.error().message.isEmpty());
        }
    }
};

SIMU_TEST_MAIN(TestCallbackParser)
#include "tst_callbackparser.moc"
