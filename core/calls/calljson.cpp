#include "calljson.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Calls {

namespace {

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[12];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = static_cast<char>('0' + value % 10);
    out.append(digits, width);
}

// "2026-11-24T10:15:30.123Z", written by hand: this runs for every time of every call saved
// and sent, and Qt's formatter costs about a microsecond each. Years outside 0..9999 (never
// a real call) go through Qt.
void appendIsoTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid())
        return;
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999) {
        out += utc.toString(Qt::ISODateWithMs).toLatin1();
        return;
    }
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
    out += 'T';
    appendDigits(out, clock.hour(), 2);
    out += ':';
    appendDigits(out, clock.minute(), 2);
    out += ':';
    appendDigits(out, clock.second(), 2);
    out += '.';
    appendDigits(out, clock.msec(), 3);
    out += 'Z';
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const std::optional<QDateTime> &time)
{
    return time ? timeValue(*time) : QJsonValue(QJsonValue::Null);
}

QJsonValue intValue(const std::optional<int> &number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

// Where the agent is reached: the line the hub rang, else (inbound) the leg AT bridged.
QString agentLeg(const Call &call)
{
    if (!call.agentLine.isEmpty())
        return call.agentLine;
    if (call.direction == Voice::Direction::Inbound)
        return call.dialLeg.destination;
    return QString();
}

QJsonValue costValue(const Call &call)
{
    if (call.costAmount.isEmpty() && call.currencyCode.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"amount"_s, call.costAmount}, {u"currency"_s, call.currencyCode}};
}

QJsonValue dialLegValue(const DialLeg &leg)
{
    if (leg == DialLeg{})
        return QJsonValue::Null;
    return QJsonObject{
        {u"destination"_s, leg.destination},
        {u"startedAt"_s, timeValue(leg.startedAt)},
        {u"durationSeconds"_s, intValue(leg.durationSeconds)},
    };
}

QJsonValue wrapUpValue(const std::optional<WrapUp> &wrapUp)
{
    if (!wrapUp)
        return QJsonValue::Null;
    return QJsonObject{
        {u"disposition"_s, wrapUp->disposition},
        {u"notes"_s, wrapUp->notes},
        {u"by"_s, wrapUp->by},
        {u"at"_s, timeValue(wrapUp->at)},
    };
}

QJsonValue transferValue(const TransferInfo &transfer)
{
    if (transfer == TransferInfo{})
        return QJsonValue::Null;
    return QJsonObject{
        {u"target"_s, transfer.target},
        {u"state"_s, transfer.state},
        {u"hangupCause"_s, transfer.hangupCause},
    };
}

// Writes compact JSON exactly as QJsonDocument::toJson(Compact) would (same escapes, same
// number forms), without building a QJsonObject first: about ten times faster. The caller
// writes keys in QJsonObject's order (sorted), which tst_calljson checks byte for byte.
class TextWriter
{
public:
    explicit TextWriter(QByteArray &out)
        : m_out(out)
    {}

    void open()
    {
        m_out += '{';
        m_first = true;
    }
    void close()
    {
        m_out += '}';
        m_first = false;
    }

    void text(const char *key, const QString &value)
    {
        name(key);
        string(value);
    }
    void time(const char *key, const QDateTime &value)
    {
        name(key);
        if (!value.isValid()) {
            m_out += "null";
            return;
        }
        m_out += '"';
        appendIsoTime(m_out, value);
        m_out += '"';
    }
    void time(const char *key, const std::optional<QDateTime> &value)
    {
        time(key, value.value_or(QDateTime()));
    }
    void number(const char *key, const std::optional<int> &value)
    {
        name(key);
        if (value)
            m_out += QByteArray::number(*value);
        else
            m_out += "null";
    }
    void boolean(const char *key, bool value)
    {
        name(key);
        m_out += value ? "true" : "false";
    }
    void null(const char *key)
    {
        name(key);
        m_out += "null";
    }
    void object(const char *key)
    {
        name(key);
        open();
    }

private:
    void name(const char *key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }

    static char hex(uint digit)
    {
        return static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
    }

    void escape(char16_t unit)
    {
        m_out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out += hex((unit >> shift) & 0xf);
    }

    void string(const QString &value)
    {
        m_out += '"';
        const QChar *unit = value.constData();
        const QChar *end = unit + value.size();
        for (; unit < end; ++unit) {
            const char16_t c = unit->unicode();
            if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
                m_out += static_cast<char>(c);
            } else if (c < 0x80) {
                switch (c) {
                case u'"':
                    m_out += "\\\"";
                    break;
                case u'\\':
                    m_out += "\\\\";
                    break;
                case u'\b':
                    m_out += "\\b";
                    break;
                case u'\f':
                    m_out += "\\f";
                    break;
                case u'\n':
                    m_out += "\\n";
                    break;
                case u'\r':
                    m_out += "\\r";
                    break;
                case u'\t':
                    m_out += "\\t";
                    break;
                default:
                    escape(c);
                }
            } else if (c < 0x800) {
                m_out += static_cast<char>(0xc0 | (c >> 6));
                m_out += static_cast<char>(0x80 | (c & 0x3f));
            } else if (QChar::isHighSurrogate(c) && unit + 1 < end && unit[1].isLowSurrogate()) {
                const char32_t code = QChar::surrogateToUcs4(c, unit[1].unicode());
                ++unit;
                m_out += static_cast<char>(0xf0 | (code >> 18));
                m_out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
                m_out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
                m_out += static_cast<char>(0x80 | (code & 0x3f));
            } else if (QChar::isSurrogate(c)) {
                escape(c); // a lone surrogate is not valid UTF-8: Qt escapes it too
            } else {
                m_out += static_cast<char>(0xe0 | (c >> 12));
                m_out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
                m_out += static_cast<char>(0x80 | (c & 0x3f));
            }
        }
        m_out += '"';
    }

    QByteArray &m_out;
    bool m_first = true;
};

// Reads keys of one JSON object; the first problem wins and names its key ("dialedLeg.startedAt").
class Reader
{
public:
    Reader(const QJsonObject &json, QString prefix, QString *error)
        : m_json(json)
        , m_prefix(std::move(prefix))
        , m_error(error)
    {}

    QString text(const QString &key) const
    {
        const QJsonValue value = m_json.value(key);
        if (isAbsent(value))
            return QString();
        if (!value.isString()) {
            refuse(key, u"must be a string"_s);
            return QString();
        }
        return value.toString();
    }

    std::optional<int> number(const QString &key) const
    {
        const QJsonValue value = m_json.value(key);
        if (isAbsent(value))
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number
            || number < std::numeric_limits<int>::min()
            || number > std::numeric_limits<int>::max()) {
            refuse(key, u"must be a whole number"_s);
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    std::optional<QDateTime> time(const QString &key) const
    {
        const QString text = this->text(key);
        if (text.isEmpty())
            return std::nullopt;
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC); // no zone given: UTC, as everywhere in this format
        if (!time.isValid()) {
            refuse(key,
                u"must be an ISO-8601 time such as 2026-11-24T10:15:30.123Z, not \"%1\""_s.arg(
                    text.left(40)));
            return std::nullopt;
        }
        return time.toUTC();
    }

    // A nested object, or an empty one when absent (its keys then read as unset).
    QJsonObject object(const QString &key) const
    {
        const QJsonValue value = m_json.value(key);
        if (isAbsent(value))
            return QJsonObject();
        if (!value.isObject())
            refuse(key, u"must be an object or null"_s);
        return value.toObject();
    }

    Reader nested(const QString &key) const
    {
        return Reader(object(key), path(key) + u'.', m_error);
    }

    template <typename T>
    T named(const QString &key,
        std::optional<T> (*fromName)(const QString &),
        T fallback,
        const QString &choices) const
    {
        const QString name = text(key);
        if (name.isEmpty())
            return fallback;
        if (const std::optional<T> value = fromName(name))
            return *value;
        refuse(key, u"\"%1\" is not one of %2"_s.arg(name.left(40), choices));
        return fallback;
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }
    QString path(const QString &key) const { return m_prefix + key; }
    void refuse(const QString &key, const QString &why) const
    {
        if (m_error->isEmpty())
            *m_error = u"call JSON: \"%1\" %2"_s.arg(path(key), why);
    }

    QJsonObject m_json;
    QString m_prefix;
    QString *m_error;
};

QString stateChoices()
{
    QStringList names;
    for (int i = 0; i <= static_cast<int>(CallState::Transferred); ++i)
        names << apiName(static_cast<CallState>(i));
    return names.join(u", "_s);
}

} // namespace

QString isoTime(const QDateTime &time)
{
    QByteArray text;
    appendIsoTime(text, time);
    return QString::fromLatin1(text);
}

QString directionApiName(Voice::Direction direction)
{
    switch (direction) {
    case Voice::Direction::Inbound:
        return u"inbound"_s;
    case Voice::Direction::Outbound:
        return u"outbound"_s;
    case Voice::Direction::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<Voice::Direction> directionFromApiName(const QString &name)
{
    if (name == u"inbound")
        return Voice::Direction::Inbound;
    if (name == u"outbound")
        return Voice::Direction::Outbound;
    if (name == u"unknown")
        return Voice::Direction::Unknown;
    return std::nullopt;
}

QJsonObject toJson(const Call &call)
{
    return QJsonObject{
        {u"sessionId"_s, call.sessionId},
        {u"kind"_s, kindApiName(call.kind)},
        {u"direction"_s, directionApiName(call.direction)},
        {u"state"_s, apiName(call.state)},
        {u"final"_s, call.isFinal()},
        {u"customerNumber"_s, call.customerNumber},
        {u"atNumber"_s, call.atNumber},
        {u"agent"_s, call.agent},
        {u"agentLine"_s, call.agentLine},
        {u"legs"_s,
            QJsonObject{{u"customer"_s, call.customerNumber}, {u"agent"_s, agentLeg(call)}}},
        {u"clientRequestId"_s, call.clientRequestId},
        {u"carrier"_s, call.carrierName},
        {u"clientDialedNumber"_s, call.clientDialedNumber},
        {u"createdAt"_s, timeValue(call.createdAt)},
        {u"answeredAt"_s, timeValue(call.answeredAt)},
        {u"endedAt"_s, timeValue(call.endedAt)},
        {u"startedAt"_s, timeValue(call.startedAt)},
        {u"updatedAt"_s, timeValue(call.updatedAt)},
        {u"durationSeconds"_s, intValue(call.durationSeconds)},
        {u"cost"_s, costValue(call)},
        {u"hangupCause"_s, call.hangupCause},
        {u"status"_s, call.status},
        {u"dialedLeg"_s, dialLegValue(call.dialLeg)},
        {u"lastBridgeHangupCause"_s, call.lastBridgeHangupCause},
        {u"recordingUrl"_s, call.recordingUrl},
        {u"dtmfDigits"_s, call.dtmfDigits},
        {u"transfer"_s, transferValue(call.transfer)},
        {u"callbacksApplied"_s, call.callbacksApplied},
        {u"wrapUp"_s, wrapUpValue(call.wrapUp)},
    };
}

QByteArray toJsonText(const Call &call)
{
    QByteArray out;
    out.reserve(1024);
    TextWriter write(out);
    // Keys in QJsonObject's (sorted) order, so the bytes equal QJsonDocument's.
    write.open();
    write.text("agent", call.agent);
    write.text("agentLine", call.agentLine);
    write.time("answeredAt", call.answeredAt);
    write.text("atNumber", call.atNumber);
    write.number("callbacksApplied", call.callbacksApplied);
    write.text("carrier", call.carrierName);
    write.text("clientDialedNumber", call.clientDialedNumber);
    write.text("clientRequestId", call.clientRequestId);
    if (call.costAmount.isEmpty() && call.currencyCode.isEmpty()) {
        write.null("cost");
    } else {
        write.object("cost");
        write.text("amount", call.costAmount);
        write.text("currency", call.currencyCode);
        write.close();
    }
    write.time("createdAt", call.createdAt);
    write.text("customerNumber", call.customerNumber);
    if (call.dialLeg == DialLeg{}) {
        write.null("dialedLeg");
    } else {
        write.object("dialedLeg");
        write.text("destination", call.dialLeg.destination);
        write.number("durationSeconds", call.dialLeg.durationSeconds);
        write.time("startedAt", call.dialLeg.startedAt);
        write.close();
    }
    write.text("direction", directionApiName(call.direction));
    write.text("dtmfDigits", call.dtmfDigits);
    write.number("durationSeconds", call.durationSeconds);
    write.time("endedAt", call.endedAt);
    write.boolean("final", call.isFinal());
    write.text("hangupCause", call.hangupCause);
    write.text("kind", kindApiName(call.kind));
    write.text("lastBridgeHangupCause", call.lastBridgeHangupCause);
    write.object("legs");
    write.text("agent", agentLeg(call));
    write.text("customer", call.customerNumber);
    write.close();
    write.text("recordingUrl", call.recordingUrl);
    write.text("sessionId", call.sessionId);
    write.time("startedAt", call.startedAt);
    write.text("state", apiName(call.state));
    write.text("status", call.status);
    if (call.transfer == TransferInfo{}) {
        write.null("transfer");
    } else {
        write.object("transfer");
        write.text("hangupCause", call.transfer.hangupCause);
        write.text("state", call.transfer.state);
        write.text("target", call.transfer.target);
        write.close();
    }
    write.time("updatedAt", call.updatedAt);
    if (!call.wrapUp) {
        write.null("wrapUp");
    } else {
        write.object("wrapUp");
        write.time("at", call.wrapUp->at);
        write.text("by", call.wrapUp->by);
        write.text("disposition", call.wrapUp->disposition);
        write.text("notes", call.wrapUp->notes);
        write.close();
    }
    write.close();
    return out;
}

Util::Result<Call, QString> callFromJson(const QJsonObject &json)
{
    QString error;
    const Reader read(json, QString(), &error);

    Call call;
    call.sessionId = read.text(u"sessionId"_s);
    if (error.isEmpty() && call.sessionId.isEmpty())
        return Util::fail(u"call JSON: \"sessionId\" is missing or empty"_s);
    call.kind = read.named<CallKind>(u"kind"_s,
        callKindFromApiName,
        CallKind::Unknown,
        u"click_to_call, inbound, outbound, unknown"_s);
    call.direction = read.named<Voice::Direction>(u"direction"_s,
        directionFromApiName,
        Voice::Direction::Unknown,
        u"inbound, outbound, unknown"_s);
    if (json.value(u"state"_s).isUndefined() || json.value(u"state"_s).isNull())
        return Util::fail(u"call JSON: \"state\" is missing"_s);
    call.state = read.named<CallState>(
        u"state"_s, callStateFromApiName, CallState::Queued, stateChoices());
    call.customerNumber = read.text(u"customerNumber"_s);
    call.atNumber = read.text(u"atNumber"_s);
    call.agent = read.text(u"agent"_s);
    call.agentLine = read.text(u"agentLine"_s);
    call.clientRequestId = read.text(u"clientRequestId"_s);
    call.carrierName = read.text(u"carrier"_s);
    call.clientDialedNumber = read.text(u"clientDialedNumber"_s);
    call.createdAt = read.time(u"createdAt"_s).value_or(QDateTime());
    call.answeredAt = read.time(u"answeredAt"_s);
    call.endedAt = read.time(u"endedAt"_s);
    call.startedAt = read.time(u"startedAt"_s);
    call.updatedAt = read.time(u"updatedAt"_s).value_or(QDateTime());
    call.durationSeconds = read.number(u"durationSeconds"_s);

    const Reader cost = read.nested(u"cost"_s);
    call.costAmount = cost.text(u"amount"_s);
    call.currencyCode = cost.text(u"currency"_s);

    call.hangupCause = read.text(u"hangupCause"_s);
    call.status = read.text(u"status"_s);

    const Reader leg = read.nested(u"dialedLeg"_s);
    call.dialLeg.destination = leg.text(u"destination"_s);
    call.dialLeg.startedAt = leg.time(u"startedAt"_s);
    call.dialLeg.durationSeconds = leg.number(u"durationSeconds"_s);

    call.lastBridgeHangupCause = read.text(u"lastBridgeHangupCause"_s);
    call.recordingUrl = read.text(u"recordingUrl"_s);
    call.dtmfDigits = read.text(u"dtmfDigits"_s);

    const Reader transfer = read.nested(u"transfer"_s);
    call.transfer.target = transfer.text(u"target"_s);
    call.transfer.state = transfer.text(u"state"_s);
    call.transfer.hangupCause = transfer.text(u"hangupCause"_s);

    call.callbacksApplied = read.number(u"callbacksApplied"_s).value_or(0);

    const QJsonValue wrapUpJson = json.value(u"wrapUp"_s);
    if (!wrapUpJson.isUndefined() && !wrapUpJson.isNull()) {
        const Reader wrapUp = read.nested(u"wrapUp"_s);
        call.wrapUp = WrapUp{wrapUp.text(u"disposition"_s),
            wrapUp.text(u"notes"_s),
            wrapUp.text(u"by"_s),
            wrapUp.time(u"at"_s).value_or(QDateTime())};
    }

    if (!error.isEmpty())
        return Util::fail(error);
    return call;
}

} // namespace Calls
