#include "phonebehaviour.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

struct AnswerName
{
    PhoneBehaviour::Answer answer;
    QLatin1StringView name;
};

constexpr AnswerName ANSWER_NAMES[] = {
    {PhoneBehaviour::Answer::Answer, "answer"_L1},
    {PhoneBehaviour::Answer::NoAnswer, "no_answer"_L1},
    {PhoneBehaviour::Answer::Busy, "busy"_L1},
    {PhoneBehaviour::Answer::Absent, "absent"_L1},
    {PhoneBehaviour::Answer::Reject, "reject"_L1},
    {PhoneBehaviour::Answer::NotRegistered, "not_registered"_L1},
};

// Every key fromJson() reads; anything else is a typo the user must hear about, not a
// scenario that silently runs with a default.
constexpr QLatin1StringView KEYS[] = {"answer"_L1,
    "answerDelay"_L1,
    "dtmf"_L1,
    "speech"_L1,
    "talk"_L1,
    "patience"_L1,
    "hangupAfter"_L1};

bool isDtmfKey(QChar c)
{
    // ASCII only: QChar::isDigit() also accepts Arabic-Indic and other digits.
    return (c >= u'0' && c <= u'9') || c == u'*' || c == u'#';
}

bool readSeconds(const QJsonObject &json, const QString &key, double *out, QString *error)
{
    if (!json.contains(key))
        return true;
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toDouble() < 0) {
        *error = u"\"%1\" must be a number of seconds, 0 or more"_s.arg(key);
        return false;
    }
    *out = value.toDouble();
    return true;
}

} // namespace

QString toString(PhoneBehaviour::Answer answer)
{
    for (const auto &entry : ANSWER_NAMES) {
        if (entry.answer == answer)
            return entry.name;
    }
    return {};
}

QJsonObject PhoneBehaviour::toJson() const
{
    QJsonArray presses;
    for (const DtmfPress &press : dtmf)
        presses.append(QJsonObject{{u"digits"_s, press.digits}, {u"after"_s, press.afterSeconds}});
    QJsonObject json{
        {u"answer"_s, toString(answer)},
        {u"answerDelay"_s, answerDelaySeconds},
        {u"dtmf"_s, presses},
        {u"speech"_s, speechSeconds},
        {u"talk"_s, talkSeconds},
        {u"patience"_s, patienceSeconds},
    };
    // null rather than absent, so sending this JSON back clears a hangupAfter set before.
    json.insert(u"hangupAfter"_s,
        hangupAfterSeconds ? QJsonValue(*hangupAfterSeconds) : QJsonValue(QJsonValue::Null));
    return json;
}

Util::Result<PhoneBehaviour, QString> PhoneBehaviour::fromJson(
    const QJsonObject &json, const PhoneBehaviour &base)
{
    PhoneBehaviour out = base;
    QString error;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (std::find(std::begin(KEYS), std::end(KEYS), it.key()) == std::end(KEYS))
            return Util::fail(u"unknown key \"%1\": a phone behaviour has answer, answerDelay, "
                              "dtmf, speech, talk, patience and hangupAfter"_s.arg(it.key()));
    }
    if (json.contains(u"answer"_s)) {
        const QString name = json.value(u"answer"_s).toString();
        bool known = false;
        for (const auto &entry : ANSWER_NAMES) {
            if (entry.name == name) {
                out.answer = entry.answer;
                known = true;
            }
        }
        if (!known)
            return Util::fail(u"\"answer\" must be one of answer, no_answer, busy, absent, "
                              "reject, not_registered"_s);
    }
    if (!readSeconds(json, u"answerDelay"_s, &out.answerDelaySeconds, &error)
        || !readSeconds(json, u"speech"_s, &out.speechSeconds, &error)
        || !readSeconds(json, u"talk"_s, &out.talkSeconds, &error)
        || !readSeconds(json, u"patience"_s, &out.patienceSeconds, &error))
        return Util::fail(error);
    if (json.contains(u"hangupAfter"_s)) {
        if (json.value(u"hangupAfter"_s).isNull()) {
            out.hangupAfterSeconds.reset();
        } else {
            double seconds = 0;
            if (!readSeconds(json, u"hangupAfter"_s, &seconds, &error))
                return Util::fail(error);
            out.hangupAfterSeconds = seconds;
        }
    }
    if (json.contains(u"dtmf"_s)) {
        const QJsonValue value = json.value(u"dtmf"_s);
        out.dtmf.clear();
        if (value.isString()) {
            out.dtmf.append({value.toString(), 2});
        } else if (value.isArray()) {
            for (const QJsonValue &entry : value.toArray()) {
                if (entry.isString()) {
                    out.dtmf.append({entry.toString(), 2});
                    continue;
                }
                const QJsonObject press = entry.toObject();
                if (!entry.isObject() || !press.value(u"digits"_s).isString())
                    return Util::fail(u"each \"dtmf\" entry must be a string of digits or "
                                      "{\"digits\": \"...\", \"after\": seconds}"_s);
                DtmfPress parsed{press.value(u"digits"_s).toString(), 2};
                if (!readSeconds(press, u"after"_s, &parsed.afterSeconds, &error))
                    return Util::fail(error);
                out.dtmf.append(parsed);
            }
        } else {
            return Util::fail(u"\"dtmf\" must be a string of digits or a list of "
                              "{\"digits\", \"after\"}"_s);
        }
        for (const DtmfPress &press : std::as_const(out.dtmf)) {
            if (!std::all_of(press.digits.cbegin(), press.digits.cend(), isDtmfKey))
                return Util::fail(
                    u"\"dtmf\" digits may only be 0-9, * and #: \"%1\""_s.arg(press.digits));
        }
    }
    return out;
}

} // namespace AtSim
