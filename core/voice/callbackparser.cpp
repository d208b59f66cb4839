#include "callbackparser.h"

#include "util/logging.h"

#include <QDate>
#include <QStringList>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Voice {

namespace {

using Code = CallbackError::Code;

const QString SESSION_ID = u"sessionId"_s;
const QString IS_ACTIVE = u"isActive"_s;
const QString NO_MATCH = u"; it cannot be matched to a call."_s;
constexpr qsizetype QUOTE_LIMIT = 40; // values are untrusted and may be megabytes long
constexpr qsizetype MAX_NUMBER_LENGTH = 32;

struct Field
{
    QStringView name;
    QString CallbackEvent::*member;
};

// Copied as AT sent them.
const Field PLAIN_FIELDS[] = {
    {u"direction", &CallbackEvent::direction},
    {u"callSessionState", &CallbackEvent::callSessionState},
    {u"callerCarrierName", &CallbackEvent::callerCarrierName},
    {u"callerCountryCode", &CallbackEvent::callerCountryCode},
    {u"callStartTime", &CallbackEvent::callStartTime},
    {u"clientRequestId", &CallbackEvent::clientRequestId},
    {u"clientDialedNumber", &CallbackEvent::clientDialedNumber},
    {u"dtmfDigits", &CallbackEvent::dtmfDigits},
    {u"recordingUrl", &CallbackEvent::recordingUrl},
    {u"status", &CallbackEvent::status},
    {u"durationInSeconds", &CallbackEvent::durationInSeconds},
    {u"currencyCode", &CallbackEvent::currencyCode},
    {u"amount", &CallbackEvent::amount},
    {u"hangupCause", &CallbackEvent::hangupCause},
    {u"dialStartTime", &CallbackEvent::dialStartTime},
    {u"dialDurationInSeconds", &CallbackEvent::dialDurationInSeconds},
    {u"lastBridgeHangupCause", &CallbackEvent::lastBridgeHangupCause},
    {u"callTransferHangupCause", &CallbackEvent::callTransferHangupCause},
};

// Phone numbers whose '+' may have been decoded into a space.
const Field NUMBER_FIELDS[] = {
    {u"callerNumber", &CallbackEvent::callerNumber},
    {u"destinationNumber", &CallbackEvent::destinationNumber},
    {u"dialDestinationNumber", &CallbackEvent::dialDestinationNumber},
    {u"callTransferredToNumber", &CallbackEvent::callTransferredToNumber},
};

QString quoted(const QString &value)
{
    if (value.size() <= QUOTE_LIMIT)
        return u'"' + value + u'"';
    return u'"' + value.left(QUOTE_LIMIT) + u"…\" ("_s + QString::number(value.size())
        + u" characters)"_s;
}

Util::Failure<CallbackError> failure(Code code, const QString &message)
{
    qCDebug(lcVoice).noquote() << "rejected callback:" << message;
    return Util::fail(CallbackError{code, message});
}

// Every value of a field, in order; a field sent empty gives an empty, non-null string.
QStringList valuesOf(const Util::FormFields &fields, QStringView name)
{
    QStringList values;
    for (const auto &[key, value] : fields) {
        if (key == name)
            values.append(value.isNull() ? u""_s : value);
    }
    return values;
}

std::optional<QString> firstValue(const Util::FormFields &fields, QStringView name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value.isNull() ? u""_s : value;
    }
    return std::nullopt;
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

std::optional<int> wholeNumber(const QString &value)
{
    if (value.size() > 9 || !allDigits(value)) // 9 digits always fit an int
        return std::nullopt;
    return value.toInt();
}

bool hasSpaceOrControl(const QString &value)
{
    for (QChar c : value) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// "+2347XXXXXXXXX:20" arrives as " 2347XXXXXXXXX:20" when the '+' was sent bare.
QString restoreTransferParam(const QString &param)
{
    const qsizetype colon = param.indexOf(u':');
    if (colon < 0)
        return CallbackParser::restorePlus(param);
    return CallbackParser::restorePlus(param.left(colon)) + param.mid(colon);
}

Direction directionFrom(const QString &text)
{
    if (text == u"Inbound"_s)
        return Direction::Inbound;
    if (text == u"Outbound"_s)
        return Direction::Outbound;
    return Direction::Unknown;
}

SessionState sessionStateFrom(const QString &text)
{
    static const QList<QPair<QString, SessionState>> known = {
        {u"Ringing"_s, SessionState::Ringing},
        {u"Answered"_s, SessionState::Answered},
        {u"Active"_s, SessionState::Active},
        {u"Completed"_s, SessionState::Completed},
        {u"NotAnswered"_s, SessionState::NotAnswered},
        {u"Transferred"_s, SessionState::Transferred},
        {u"TransferCompleted"_s, SessionState::TransferCompleted},
    };
    if (text.isEmpty())
        return SessionState::Unknown;
    for (const auto &[name, state] : known) {
        if (text == name)
            return state;
    }
    return SessionState::Other;
}

// A required field sent twice with different values: the callback names two calls or two
// states, and guessing would act on the wrong one.
std::optional<CallbackError> conflict(const QStringList &values, const QString &name)
{
    for (const QString &value : values) {
        if (value != values.first()) {
            return CallbackError{Code::ConflictingField,
                u"The callback carries "_s + name + u" more than once with different values ("_s
                    + quoted(values.first()) + u" and "_s + quoted(value)
                    + u"); it is unclear which one to trust."_s};
        }
    }
    return std::nullopt;
}

} // namespace

Util::Result<CallbackEvent, CallbackError> CallbackParser::parse(const QByteArray &formBody)
{
    if (formBody.trimmed().isEmpty()) {
        return failure(Code::EmptyBody,
            u"The callback has an empty body; AT always posts the call's fields as a "
            u"form."_s);
    }
    return parse(Util::decodeForm(formBody));
}

Util::Result<CallbackEvent, CallbackError> CallbackParser::parse(const Util::FormFields &fields)
{
    if (fields.isEmpty()) {
        return failure(Code::EmptyBody,
            u"The callback has an empty body; AT always posts the call's fields as a "
            u"form."_s);
    }

    const QStringList sessionIds = valuesOf(fields, SESSION_ID);
    if (sessionIds.isEmpty())
        return failure(Code::MissingSessionId, u"The callback has no sessionId"_s + NO_MATCH);
    if (auto error = conflict(sessionIds, SESSION_ID))
        return failure(error->code, error->message);
    const QString &sessionId = sessionIds.first();
    if (sessionId.isEmpty())
        return failure(Code::InvalidSessionId, u"The callback's sessionId is empty"_s + NO_MATCH);
    if (sessionId.size() > MaxSessionIdLength) {
        return failure(Code::InvalidSessionId,
            u"The callback's sessionId is "_s + QString::number(sessionId.size())
                + u" characters long, more than the "_s + QString::number(MaxSessionIdLength)
                + u" expected"_s + NO_MATCH);
    }
    if (hasSpaceOrControl(sessionId)) {
        return failure(Code::InvalidSessionId,
            u"The callback's sessionId "_s + quoted(sessionId)
                + u" contains a space or control character"_s + NO_MATCH);
    }

    const QStringList activeValues = valuesOf(fields, IS_ACTIVE);
    if (activeValues.isEmpty()) {
        return failure(Code::MissingIsActive,
            u"The callback has no isActive field; it cannot tell whether call "_s + sessionId
                + u" is still live or has ended."_s);
    }
    if (auto error = conflict(activeValues, IS_ACTIVE))
        return failure(error->code, error->message);
    const QString &isActive = activeValues.first();
    if (isActive != u"0"_s && isActive != u"1"_s) {
        return failure(Code::InvalidIsActive,
            u"The callback's isActive is "_s + quoted(isActive)
                + u"; AT sends \"1\" while the call is live and \"0\" when it has "
                  u"ended."_s);
    }

    CallbackEvent event;
    event.sessionId = sessionId;
    event.isActive = isActive == u"1"_s;
    event.raw = fields;
    for (auto &[name, value] : event.raw) {
        if (value.isNull())
            value = u""_s;
    }

    for (const Field &field : PLAIN_FIELDS) {
        if (auto value = firstValue(fields, field.name))
            event.*field.member = *value;
    }
    for (const Field &field : NUMBER_FIELDS) {
        if (auto value = firstValue(fields, field.name))
            event.*field.member = restorePlus(*value);
    }
    if (auto param = firstValue(fields, u"callTransferParam"))
        event.callTransferParam = restoreTransferParam(*param);
    if (auto state = firstValue(fields, u"callTransferState"))
        event.callTransferState = state->trimmed();

    event.directionKind = directionFrom(event.direction);
    event.sessionState = sessionStateFrom(event.callSessionState);
    event.callStartedAt = parseTime(event.callStartTime);
    event.dialStartedAt = parseTime(event.dialStartTime);
    event.durationSeconds = wholeNumber(event.durationInSeconds);
    event.dialDurationSeconds = wholeNumber(event.dialDurationInSeconds);

    qCDebug(lcVoice).noquote() << "callback" << event.sessionId << "isActive" << isActive << "state"
                               << quoted(event.callSessionState) << "caller"
                               << Util::maskNumber(event.callerNumber);
    return event;
}

std::optional<QDateTime> CallbackParser::parseTime(const QString &value)
{
    // Fixed shape "yyyy-MM-dd?HH:mm:ss" with '?' a space or '+'; checked by hand so a huge or
    // odd value costs nothing and no locale is involved.
    const QString text = value.size() <= 64 ? value.trimmed() : QString();
    if (text.size() != 19 || (text.at(10) != u' ' && text.at(10) != u'+'))
        return std::nullopt;
    const QStringView v(text);
    const auto part = [&v](qsizetype from, qsizetype length) {
        const QStringView digits = v.mid(from, length);
        return allDigits(digits) ? digits.toInt() : -1;
    };
    if (v.at(4) != u'-' || v.at(7) != u'-' || v.at(13) != u':' || v.at(16) != u':')
        return std::nullopt;
    const int fields[]
        = {part(0, 4), part(5, 2), part(8, 2), part(11, 2), part(14, 2), part(17, 2)};
    for (int field : fields) {
        if (field < 0)
            return std::nullopt;
    }
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5]);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QString CallbackParser::restorePlus(const QString &number)
{
    if (number.size() < 2 || number.size() > MAX_NUMBER_LENGTH || number.at(0) != u' ')
        return number;
    const QStringView digits = QStringView(number).mid(1);
    return allDigits(digits) ? u'+' + digits.toString() : number;
}

} // namespace Voice
