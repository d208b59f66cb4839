#include "calls/calljson.h"
#include "samplecalls.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;
using Calls::Call;
using Calls::CallKind;
using Calls::CallState;
using TestSupport::completeCall;
using TestSupport::sampleTime;

namespace {

QJsonObject readJsonFile(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray pretty(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QJsonObject withKey(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

QJsonObject withoutKey(QJsonObject json, const QString &key)
{
    json.remove(key);
    return json;
}

} // namespace

class TestCallJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A local time zone that is not UTC, so a time written in local time shows up.
        qputenv("TZ", "EAT-3");
        tzset();
        QVERIFY(QDateTime::currentDateTime().offsetFromUtc() == 3 * 3600);
    }

    // The contract, key by key: a frontend written against these files keeps working.
    void shapeIsTheDocumentedContract_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<QString>("file");

        QTest::newRow("complete call: every key a frontend reads")
            << completeCall() << u"call-complete.json"_s;
        QTest::newRow("call just queued: absent values are null, text is empty")
            << Call::outboundQueued(
                   u"ATVId_queued"_s, u"+254712345678"_s, u"+254711082000"_s, {}, sampleTime)
            << u"call-queued.json"_s;
    }
    void shapeIsTheDocumentedContract()
    {
        QFETCH(Call, call);
        QFETCH(QString, file);

        const QJsonObject expected = readJsonFile(file);
        QVERIFY2(!expected.isEmpty(), qPrintable(file));
        const QJsonObject actual = Calls::toJson(call);
        QCOMPARE(pretty(actual), pretty(expected));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Call>("call");

        QTest::newRow("complete call") << completeCall();
        QTest::newRow("queued call") << Call::outboundQueued(
            u"ATVId_q"_s, u"+254712345678"_s, u"+254711082000"_s, u"req-1"_s, sampleTime);
        Call bare;
        bare.sessionId = u"ATVId_bare"_s;
        QTest::newRow("nothing but a session id (every optional unset)") << bare;

        Call unicode = completeCall(u"ATVId_ünïcødé_📞"_s);
        unicode.customerNumber = u"myapp.алиса"_s;
        unicode.agent = u"agënt·一"_s;
        unicode.carrierName = u"Ñandú \"Mobile\"\\ \n\t tab"_s;
        unicode.hangupCause = QString(u"NUL\u0000inside"_s);
        unicode.clientDialedNumber = u"  leading and trailing spaces  "_s;
        QTest::newRow("unicode, quotes, control characters and a NUL") << unicode;

        Call currencyOnly = bare;
        currencyOnly.currencyCode = u"UGX"_s;
        QTest::newRow("currency without an amount is kept") << currencyOnly;
        Call amountOnly = bare;
        amountOnly.costAmount = u"147.440"_s;
        QTest::newRow("amount without a currency is kept, trailing zero too") << amountOnly;

        Call legStartOnly = bare;
        legStartOnly.dialLeg.startedAt = sampleTime;
        QTest::newRow("dialled leg with only a start time") << legStartOnly;
        Call legDurationOnly = bare;
        legDurationOnly.dialLeg.durationSeconds = 0;
        QTest::newRow("dialled leg with a zero duration") << legDurationOnly;
        Call wrappedUp = bare;
        wrappedUp.wrapUp = Calls::WrapUp{u"Other"_s, QString(), u"agent2"_s, QDateTime()};
        QTest::newRow("a wrap-up with no notes and no time") << wrappedUp;
        Call failedTransfer = bare;
        failedTransfer.transfer.hangupCause = u"InvalidPhoneNumber"_s;
        QTest::newRow("transfer with only its failure") << failedTransfer;

        Call extremes = completeCall(u"ATVId_extremes"_s);
        extremes.durationSeconds = std::numeric_limits<int>::max();
        extremes.dialLeg.durationSeconds = -1;
        extremes.callbacksApplied = std::numeric_limits<int>::max();
        QTest::newRow("largest counts and a negative duration") << extremes;

        Call times = bare;
        times.createdAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        times.answeredAt = QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        times.endedAt = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        times.startedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone(3 * 3600));
        times.updatedAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0, 1), Qt::LocalTime);
        QTest::newRow("epoch, before the epoch, year 9999, offsets and local time") << times;

        for (int i = 0; i <= static_cast<int>(CallState::Transferred); ++i) {
            Call inState = bare;
            inState.state = static_cast<CallState>(i);
            QTest::addRow("state %s", qPrintable(Calls::apiName(inState.state))) << inState;
        }
        for (const CallKind kind :
            {CallKind::Unknown, CallKind::ClickToCall, CallKind::Inbound, CallKind::Outbound}) {
            Call ofKind = bare;
            ofKind.kind = kind;
            QTest::addRow("kind %s", qPrintable(Calls::kindApiName(kind))) << ofKind;
        }
        for (const Voice::Direction direction :
            {Voice::Direction::Unknown, Voice::Direction::Inbound, Voice::Direction::Outbound}) {
            Call withDirection = bare;
            withDirection.direction = direction;
            QTest::addRow("direction %s", qPrintable(Calls::directionApiName(direction)))
                << withDirection;
        }
    }
    void roundTrip()
    {
        QFETCH(Call, call);

        const QJsonObject json = Calls::toJson(call);
        // Through text, as storage and the API carry it.
        const QJsonObject reparsed
            = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
        const auto back = Calls::callFromJson(reparsed);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
        QCOMPARE(pretty(Calls::toJson(*back)), pretty(json)); // readable difference first
        QVERIFY(*back == call);
        // Storage and events use the fast writer: it must say exactly the same.
        QCOMPARE(Calls::toJsonText(call), QJsonDocument(json).toJson(QJsonDocument::Compact));
    }

    // The fast writer against Qt's on every kind of character a carrier or a user may send.
    void fastWriterWritesWhatQtWrites_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("plain ASCII") << u"Safaricom"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ \\\\ /slash/"_s;
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        controls += QChar(char16_t(0x7f));
        QTest::newRow("every control character and DEL") << controls;
        QTest::newRow("two-byte UTF-8 edges") << QString(u"\u0080 é \u07ff"_s);
        QTest::newRow("three-byte UTF-8 edges") << QString(u"\u0800 一 \ufffd \uffff"_s);
        QTest::newRow("emoji: a surrogate pair") << u"call 📞 done"_s;
        QTest::newRow("lone high surrogate at the end") << QString(QChar(char16_t(0xd83d)));
        QTest::newRow("lone low surrogate in the middle")
            << (u"a"_s + QChar(char16_t(0xdcde)) + u"b"_s);
        QTest::newRow("reversed surrogate pair")
            << (QString(QChar(char16_t(0xdc00))) + QChar(char16_t(0xd800)));
    }
    void fastWriterWritesWhatQtWrites()
    {
        QFETCH(QString, text);

        Call call = completeCall();
        call.carrierName = text;
        call.transfer.state = text;
        QCOMPARE(Calls::toJsonText(call),
            QJsonDocument(Calls::toJson(call)).toJson(QJsonDocument::Compact));
    }

    void timesAreUtcWithMilliseconds()
    {
        Call call = completeCall();
        call.createdAt = QDateTime(QDate(2026, 11, 24), QTime(13, 15, 30, 5), Qt::LocalTime);
        call.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15, 30), QTimeZone(-5 * 3600));
        const QJsonObject json = Calls::toJson(call);
        QCOMPARE(json.value(u"createdAt"_s).toString(), u"2026-11-24T10:15:30.005Z"_s);
        QCOMPARE(json.value(u"startedAt"_s).toString(), u"2026-11-24T15:15:30.000Z"_s);
    }

    void timesAreReadInEveryIsoForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("UTC with milliseconds") << u"2026-11-24T10:15:30.123Z"_s << sampleTime;
        QTest::newRow("with an offset") << u"2026-11-24T13:15:30.123+03:00"_s << sampleTime;
        QTest::newRow("without milliseconds")
            << u"2026-11-24T10:15:30Z"_s << sampleTime.addMSecs(-123);
        QTest::newRow("without a zone is UTC, not the hub's local time")
            << u"2026-11-24T10:15:30.123"_s << sampleTime;
    }
    void timesAreReadInEveryIsoForm()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);

        const auto call = Calls::callFromJson(
            withKey(Calls::toJson(completeCall()), u"createdAt"_s, QJsonValue(text)));
        QVERIFY2(call.ok(), call.ok() ? "" : qPrintable(call.error()));
        QCOMPARE(call->createdAt, expected);
    }

    void agentLegNamesWhereTheAgentWasReached_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<QString>("agentLeg");

        Call inbound = completeCall();
        inbound.agentLine.clear();
        QTest::newRow("inbound call without a line: the leg AT bridged")
            << inbound << u"agent1.simu@ke.sip.africastalking.com"_s;
        Call rang = completeCall();
        rang.agentLine = u"+254700000001"_s;
        QTest::newRow("the line the hub rang wins") << rang << u"+254700000001"_s;
        Call outbound = completeCall();
        outbound.direction = Voice::Direction::Outbound;
        outbound.agentLine.clear();
        QTest::newRow("outbound call without a line: no agent leg") << outbound << QString();
    }
    void agentLegNamesWhereTheAgentWasReached()
    {
        QFETCH(Call, call);
        QFETCH(QString, agentLeg);

        const QJsonObject legs = Calls::toJson(call).value(u"legs"_s).toObject();
        QCOMPARE(legs.value(u"customer"_s).toString(), call.customerNumber);
        QCOMPARE(legs.value(u"agent"_s).toString(), agentLeg);
    }

    void missingKeysReadAsUnset()
    {
        const auto call = Calls::callFromJson(
            QJsonObject{{u"sessionId"_s, u"ATVId_old"_s}, {u"state"_s, u"ringing"_s}});
        QVERIFY2(call.ok(), call.ok() ? "" : qPrintable(call.error()));
        Call expected;
        expected.sessionId = u"ATVId_old"_s;
        expected.state = CallState::Ringing;
        QVERIFY(*call == expected);
    }

    void derivedKeysAreIgnoredOnReading()
    {
        QJsonObject json = Calls::toJson(completeCall());
        json.insert(u"final"_s, false);
        json.insert(u"legs"_s, QJsonObject{{u"customer"_s, u"+1"_s}});
        json.insert(u"somethingNew"_s, QJsonArray{1, 2});
        const auto call = Calls::callFromJson(json);
        QVERIFY2(call.ok(), call.ok() ? "" : qPrintable(call.error()));
        QVERIFY(*call == completeCall());
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("mentions");

        const QJsonObject good = Calls::toJson(completeCall());
        QTest::newRow("no sessionId") << withoutKey(good, u"sessionId"_s) << u"\"sessionId\""_s;
        QTest::newRow("empty sessionId")
            << withKey(good, u"sessionId"_s, u""_s) << u"\"sessionId\""_s;
        QTest::newRow("sessionId is a number")
            << withKey(good, u"sessionId"_s, 42) << u"\"sessionId\" must be a string"_s;
        QTest::newRow("no state") << withoutKey(good, u"state"_s) << u"\"state\" is missing"_s;
        QTest::newRow("state spelled like the C++ enum")
            << withKey(good, u"state"_s, u"InProgress"_s)
            << u"\"state\" \"InProgress\" is not one of queued, ringing, in_progress"_s;
        QTest::newRow("unknown kind")
            << withKey(good, u"kind"_s, u"robocall"_s) << u"\"kind\" \"robocall\""_s;
        QTest::newRow("unknown direction")
            << withKey(good, u"direction"_s, u"sideways"_s) << u"\"direction\""_s;
        QTest::newRow("time that is not a time")
            << withKey(good, u"createdAt"_s, u"yesterday"_s) << u"\"createdAt\""_s;
        QTest::newRow("time as a number")
            << withKey(good, u"endedAt"_s, 1700000000) << u"\"endedAt\" must be a string"_s;
        QTest::newRow("duration as text")
            << withKey(good, u"durationSeconds"_s, u"95"_s) << u"\"durationSeconds\""_s;
        QTest::newRow("fractional duration")
            << withKey(good, u"durationSeconds"_s, 9.5) << u"\"durationSeconds\""_s;
        QTest::newRow("count beyond any int")
            << withKey(good, u"callbacksApplied"_s, 1e12) << u"\"callbacksApplied\""_s;
        QTest::newRow("cost as a single string")
            << withKey(good, u"cost"_s, u"2.5 KES"_s) << u"\"cost\" must be an object"_s;
        QTest::newRow("cost amount as a number (precision would be lost)")
            << withKey(good, u"cost"_s, QJsonObject{{u"amount"_s, 2.5}, {u"currency"_s, u"KES"_s}})
            << u"\"cost.amount\" must be a string"_s;
        QTest::newRow("dialled leg with a broken start time") << withKey(good,
            u"dialedLeg"_s,
            QJsonObject{{u"destination"_s, u"x"_s}, {u"startedAt"_s, u"2026-13-40"_s}})
                                                              << u"\"dialedLeg.startedAt\""_s;
        QTest::newRow("transfer as an array")
            << withKey(good, u"transfer"_s, QJsonArray{}) << u"\"transfer\""_s;
        QTest::newRow("agent as a boolean") << withKey(good, u"agent"_s, true) << u"\"agent\""_s;
    }
    void refusals()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, mentions);

        const auto call = Calls::callFromJson(json);
        QVERIFY(!call.ok());
        QVERIFY2(call.error().contains(mentions), qPrintable(call.error()));
    }

    void refusalsNeverCrashOnAnything_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("empty object") << QJsonObject();
        QTest::newRow("every key null") << [] {
            QJsonObject json = Calls::toJson(completeCall());
            for (const QString &key : json.keys())
                json.insert(key, QJsonValue::Null);
            return json;
        }();
        QTest::newRow("every key an array") << [] {
            QJsonObject json = Calls::toJson(completeCall());
            for (const QString &key : json.keys())
                json.insert(key, QJsonArray{1});
            return json;
        }();
    }
    void refusalsNeverCrashOnAnything()
    {
        QFETCH(QJsonObject, json);
        const auto call = Calls::callFromJson(json);
        QVERIFY(!call.ok());
        QVERIFY(call.error().startsWith(u"call JSON: "_s));
    }
};

SIMU_TEST_MAIN(TestCallJson)
#include "tst_calljson.moc"
