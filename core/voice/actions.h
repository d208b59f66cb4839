#pragma once

// The ActionXML document model: what an app answers to an AT voice callback (reference §4).
// ActionXmlWriter turns it into XML, ActionXmlReader reads XML back into it (the simulator
// executes it). Optional attributes are std::optional / empty strings: what is unset is not
// written, so AT's own defaults apply. Every member has a `{}` initializer so designated
// initializers (`Voice::Say{.text = u"Hi"_s}`) compile without -Wmissing-field-initializers.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Voice {

struct Say
{
    QString text{};
    QString voice{}; // "man", "woman" or a cloud voice name; empty = AT default
    std::optional<bool> playBeep{}; // beep after the text
    bool operator==(const Say &) const = default;
};

struct Play
{
    QString url{};
    bool operator==(const Play &) const = default;
};

using Prompt = std::variant<Say, Play>;

struct GetDigits
{
    std::optional<int> numDigits{};
    std::optional<int> timeoutSeconds{}; // attribute "timeout"; AT's default is 30
    QString finishOnKey{}; // one of 0-9 * #
    QString callbackUrl{};
    QList<Prompt> prompts{}; // AT allows exactly one; more is an invalid document
    bool operator==(const GetDigits &) const = default;
};

struct Dial
{
    QStringList phoneNumbers{}; // numbers and/or SIP addresses; written comma-joined
    std::optional<bool> record{};
    std::optional<bool> sequential{};
    QString callerId{};
    QString ringbackTone{}; // written as "ringBackTone"; "ringbackTone" is read too
    std::optional<int> maxDuration{}; // seconds
    bool operator==(const Dial &) const = default;
};

struct Record
{
    QString finishOnKey{};
    std::optional<int> maxLength{}; // seconds
    std::optional<int> timeoutSeconds{}; // attribute "timeout"
    std::optional<bool> trimSilence{};
    std::optional<bool> playBeep{};
    QString callbackUrl{};
    QList<Prompt> prompts{}; // AT allows exactly one
    bool operator==(const Record &) const = default;

    // A bare <Record/> records until hang-up and reports its URL only in the final callback.
    bool isTerminal() const
    {
        return finishOnKey.isEmpty() && !maxLength && !timeoutSeconds && !trimSilence && !playBeep
            && callbackUrl.isEmpty() && prompts.isEmpty();
    }
};

struct Enqueue
{
    QString name{}; // queue name; empty = the number's default queue
    QString holdMusic{}; // URL
    bool operator==(const Enqueue &) const = default;
};

struct Dequeue
{
    QString phoneNumber{}; // the AT number the queued callers dialled
    QString name{}; // queue name
    bool operator==(const Dequeue &) const = default;
};

struct Conference
{
    bool operator==(const Conference &) const = default;
};

struct Redirect
{
    QString url{};
    bool operator==(const Redirect &) const = default;
};

struct Reject
{
    bool operator==(const Reject &) const = default;
};

using Action = std::
    variant<Say, Play, GetDigits, Dial, Record, Enqueue, Dequeue, Conference, Redirect, Reject>;

struct ActionDocument
{
    QList<Action> actions{};
    bool operator==(const ActionDocument &) const = default;
};

} // namespace Voice
