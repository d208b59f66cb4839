// Control-API JSON that scripts a simulated phone user -> AtSim::PhoneBehaviour::fromJson,
// on the defaults and on a base with every field changed. Properties: an accepted behaviour has
// no negative time and only DTMF keys, and its toJson() reads back equal whatever the base.

#include "atsim/phonebehaviour.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using AtSim::PhoneBehaviour;

namespace {

PhoneBehaviour changedBase()
{
    PhoneBehaviour base;
    base.answer = PhoneBehaviour::Answer::Busy;
    base.answerDelaySeconds = 9;
    base.dtmf = {{u"1#"_s, 4}};
    base.speechSeconds = 1;
    base.talkSeconds = 2;
    base.hangupAfterSeconds = 30;
    base.patienceSeconds = 7;
    return base;
}

bool isDtmfKey(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'*' || c == u'#';
}

void check(const PhoneBehaviour &behaviour, const QByteArray &json)
{
    const double times[] = {behaviour.answerDelaySeconds,
        behaviour.speechSeconds,
        behaviour.talkSeconds,
        behaviour.patienceSeconds,
        behaviour.hangupAfterSeconds.value_or(0)};
    if (std::any_of(std::begin(times), std::end(times), [](double t) { return !(t >= 0); }))
        Fuzz::fail("an accepted behaviour has a negative time", json);
    for (const AtSim::DtmfPress &press : behaviour.dtmf) {
        if (!(press.afterSeconds >= 0)
            || !std::all_of(press.digits.cbegin(), press.digits.cend(), isDtmfKey))
            Fuzz::fail("an accepted behaviour has a bad DTMF press", json);
    }
    for (const PhoneBehaviour &base : {PhoneBehaviour{}, changedBase()}) {
        const auto again = PhoneBehaviour::fromJson(behaviour.toJson(), base);
        if (!again || !(*again == behaviour))
            Fuzz::fail("toJson() does not read back to the same behaviour",
                json + "\n--- toJson ---\n" + QJsonDocument(behaviour.toJson()).toJson());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList keys = {u"answer"_s,
        u"answerDelay"_s,
        u"dtmf"_s,
        u"speech"_s,
        u"talk"_s,
        u"patience"_s,
        u"hangupAfter"_s,
        u"digits"_s,
        u"after"_s};
    static const QStringList words = {u"answer"_s,
        u"no_answer"_s,
        u"busy"_s,
        u"absent"_s,
        u"reject"_s,
        u"not_registered"_s,
        u"Busy"_s,
        u"12#"_s,
        u"*"_s,
        u""_s,
        u"1 2"_s,
        u"\u0661"_s};
    const QJsonObject object = Fuzz::jsonObject(Fuzz::bytes(data, size), keys, words);
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    for (const PhoneBehaviour &base : {PhoneBehaviour{}, changedBase()}) {
        const auto behaviour = PhoneBehaviour::fromJson(object, base);
        if (!behaviour) {
            if (behaviour.error().isEmpty())
                Fuzz::fail("a refused behaviour has no message", json);
            continue;
        }
        check(*behaviour, json);
    }
    return 0;
}
