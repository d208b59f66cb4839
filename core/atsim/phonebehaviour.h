#pragma once

// How a simulated phone user behaves: the customer AT dials, the caller who rings an AT
// number, or an agent's line that a <Dial> rings. Times are simulated seconds.

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace AtSim {

struct DtmfPress
{
    QString digits; // e.g. "1234#"
    double afterSeconds = 2; // after the prompt of the <GetDigits> that receives them ends
    bool operator==(const DtmfPress &) const = default;
};

struct PhoneBehaviour
{
    enum class Answer {
        Answer, // picks up after answerDelaySeconds
        NoAnswer, // rings until AT gives up: NO_ANSWER
        Busy, // USER_BUSY
        Absent, // handset off or unreachable: SUBSCRIBER_ABSENT
        Reject, // declines the call: CALL_REJECTED
        NotRegistered, // a SIP address with no registered phone: USER_NOT_REGISTERED
    };

    Answer answer = Answer::Answer;
    double answerDelaySeconds = 3;
    QList<DtmfPress> dtmf; // consumed in order, one entry per <GetDigits>
    double speechSeconds = 5; // how long they speak when a <Record> records them
    double talkSeconds = 20; // how long they talk once bridged to another person
    // Hangs up this long after the call connected, whatever is happening. Unset: stays until
    // the app ends the call, a bridge ends, or patience runs out.
    std::optional<double> hangupAfterSeconds;
    double patienceSeconds = 300; // how long they wait in a queue or conference

    bool operator==(const PhoneBehaviour &) const = default;

    QJsonObject toJson() const;
    // Missing keys keep `base`'s values; an unknown key, a wrong type or an unknown answer is
    // an error naming the key. toJson() writes an unset hangupAfter as null, so its output
    // read back gives the same behaviour whatever the base.
    static Util::Result<PhoneBehaviour, QString> fromJson(
        const QJsonObject &json, const PhoneBehaviour &base);
};

QString toString(PhoneBehaviour::Answer answer);

} // namespace AtSim
