#include "callbackbodies.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// splitmix64: a cheap, well-mixed hash, so every call's details differ without an RNG's state.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

QByteArray hex(quint64 value, int digits)
{
    return QByteArray::number(value, 16).rightJustified(digits, '0').right(digits);
}

QByteArray digits(quint64 value, int count)
{
    return QByteArray::number(value).rightJustified(count, '0').right(count);
}

// "123.450" from thousandths, the precision AT's captures show.
QByteArray decimal(quint64 thousandths)
{
    return QByteArray::number(thousandths / 1000) + '.' + digits(thousandths % 1000, 3);
}

QByteArray formTime(const QDateTime &time)
{
    return time.toString(u"yyyy-MM-dd+HH'%3A'mm'%3A'ss"_s).toLatin1();
}

} // namespace

QString agentName(int index)
{
    return u"agent%1"_s.arg(index + 1, 2, 10, QChar(u'0'));
}

QString agentLine(int index)
{
    return u"+2547000002%1"_s.arg(index + 1, 2, 10, QChar(u'0'));
}

CallbackBodies::CallbackBodies()
{
    // Calls started within the last minute, as a busy centre's notifications would show.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(3 * 3600); // EAT
    for (int second = 0; second < 60; ++second)
        m_startTimes.append(formTime(now.addSecs(-second)));
    for (int i = 0; i < AGENT_COUNT; ++i)
        m_agentLines.append(agentLine(i).toLatin1().replace("+", "%2B"));
}

QByteArray CallbackBodies::sessionId(quint32 run, quint32 stream, quint64 serial)
{
    return "ATVId_" + hex(run, 8) + hex(stream, 4) + hex(serial, 20);
}

CallbackBodies::Caller CallbackBodies::caller(quint64 serial) const
{
    const quint64 h = mix(serial);
    if (h % 4 == 0) // one caller in four is Ugandan, as in the captures
        return {"%2B2567" + digits(h >> 8, 8), (h >> 4) % 2 ? "MTN" : "Airtel", "256", "UGX"};
    static const QByteArray carriers[] = {"Safaricom", "Airtel", "Telkom"};
    return {"%2B2547" + digits(h >> 8, 8), carriers[(h >> 4) % 3], "254", "KES"};
}

const QByteArray &CallbackBodies::startTime(quint64 serial) const
{
    return m_startTimes.at(qsizetype(mix(serial ^ 0x5a5a) % quint64(m_startTimes.size())));
}

QByteArray CallbackBodies::firstNotification(const QByteArray &sessionId, quint64 serial) const
{
    const Caller from = caller(serial);
    QByteArray body;
    body.reserve(320);
    body.append("isActive=1&sessionId=")
        .append(sessionId)
        .append("&direction=Inbound&callerNumber=")
        .append(from.number)
        .append("&destinationNumber=%2B254711082942&callSessionState=Ringing&callerCarrierName=")
        .append(from.carrier)
        .append("&callerCountryCode=")
        .append(from.countryCode)
        .append("&callStartTime=")
        .append(startTime(serial));
    return body;
}

QByteArray CallbackBodies::finalNotification(const QByteArray &sessionId, quint64 serial) const
{
    const Caller from = caller(serial);
    const quint64 h = mix(serial ^ 0xfeed);
    const quint64 ringSeconds = 3 + h % 20;
    const quint64 talkSeconds = 15 + (h >> 8) % 600;
    const quint64 duration = ringSeconds + talkSeconds;
    const quint64 costPerMinute = from.currency == "UGX" ? 226800 : 4800; // thousandths
    QByteArray body;
    body.reserve(640);
    body.append("isActive=0&sessionId=")
        .append(sessionId)
        .append("&direction=Inbound&callerNumber=")
        .append(from.number)
        .append("&destinationNumber=%2B254711082942&callerCarrierName=")
        .append(from.carrier)
        .append("&callerCountryCode=")
        .append(from.countryCode)
        .append("&callSessionState=Completed&status=Success&callStartTime=")
        .append(startTime(serial))
        .append("&durationInSeconds=")
        .append(QByteArray::number(duration))
        .append("&currencyCode=")
        .append(from.currency)
        .append("&amount=")
        .append(decimal(duration * costPerMinute / 60))
        .append("&dialDestinationNumber=")
        .append(m_agentLines.at(qsizetype((h >> 20) % quint64(m_agentLines.size()))))
        .append("&dialStartTime=")
        .append(startTime(serial))
        .append("&dialDurationInSeconds=")
        .append(QByteArray::number(talkSeconds))
        .append("&recordingUrl=http%3A%2F%2F41.210.130.212%3A8080%2F")
        .append(hex(mix(h), 16) + hex(mix(h + 1), 16))
        .append(".mp3&hangupCause=NORMAL_CLEARING");
    return body;
}

} // namespace Bench
