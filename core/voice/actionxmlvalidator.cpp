#include "actionxmlvalidator.h"

#include "actionxmlnames.h"

#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace Voice {

namespace {

using Code = ActionXmlError::Code;

struct Problem
{
    Code code;
    QString message;
};
using Outcome = std::optional<Problem>;

const QString FINISH_KEYS = u"0123456789*#"_s;
constexpr qsizetype QUOTE_LIMIT = 60; // a 1 MB value must not end up in a log line

QString quoted(const QString &value)
{
    if (value.size() <= QUOTE_LIMIT)
        return u'"' + value + u'"';
    return u'"' + value.left(QUOTE_LIMIT) + u"…\" ("_s + QString::number(value.size())
        + u" characters)"_s;
}

QString attributeOf(QStringView attribute, const QString &element)
{
    return u"attribute "_s + attribute.toString() + u" of "_s + element;
}

// XML 1.0 carries no control characters other than tab, LF and CR, no U+FFFE/U+FFFF and no
// unpaired surrogates. QXmlStreamWriter silently drops them, so they are refused up front.
Outcome checkCharacters(const QString &value, const QString &where)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const qsizetype position = i;
        bool valid = true;
        if (QChar::isHighSurrogate(c)) {
            valid = i + 1 < value.size() && value.at(i + 1).isLowSurrogate();
            ++i; // the pair is one character
        } else if (QChar::isLowSurrogate(c)) {
            valid = false;
        } else if (c < 0x20) {
            valid = c == u'\t' || c == u'\n' || c == u'\r';
        } else if (c == 0xFFFE || c == 0xFFFF) {
            valid = false;
        }
        if (!valid) {
            return Problem{Code::InvalidCharacter,
                where + u" contains a character XML cannot carry (U+"_s
                    + QString::number(c, 16).toUpper().rightJustified(4, u'0') + u" at position "_s
                    + QString::number(position) + u')'};
        }
    }
    return std::nullopt;
}

Outcome checkUrl(const QString &url, const QString &where, bool required)
{
    if (url.isEmpty()) {
        if (required)
            return Problem{Code::MissingUrl, where + u" is missing"_s};
        return std::nullopt;
    }
    if (auto bad = checkCharacters(url, where))
        return bad;
    const QUrl parsed(url, QUrl::StrictMode);
    const bool web = parsed.scheme() == u"http"_s || parsed.scheme() == u"https"_s;
    if (!parsed.isValid() || !web || parsed.host().isEmpty()) {
        return Problem{Code::InvalidUrl,
            where + u" must be an absolute http(s) URL that AT can fetch, not "_s + quoted(url)};
    }
    return std::nullopt;
}

Outcome checkPositive(const std::optional<int> &value, const QString &where, const QString &unit)
{
    if (value && *value <= 0) {
        return Problem{Code::NonPositiveNumber,
            where + u" must be a positive number of "_s + unit + u", not "_s
                + QString::number(*value)};
    }
    return std::nullopt;
}

Outcome checkFinishOnKey(const QString &key, const QString &where)
{
    if (key.isEmpty() || (key.size() == 1 && FINISH_KEYS.contains(key.at(0))))
        return std::nullopt;
    return Problem{
        Code::InvalidFinishOnKey, where + u" must be one key of 0-9, * or #, not "_s + quoted(key)};
}

Outcome checkSay(const Say &say, const QString &element)
{
    if (say.text.trimmed().isEmpty())
        return Problem{Code::EmptySayText, element + u" has no text to speak"_s};
    if (auto bad = checkCharacters(say.text, u"the text of "_s + element))
        return bad;
    return checkCharacters(say.voice, attributeOf(XmlAttribute::Voice, element));
}

Outcome checkPlay(const Play &play, const QString &element)
{
    return checkUrl(play.url, attributeOf(XmlAttribute::Url, element), true);
}

Outcome checkPrompts(const QList<Prompt> &prompts, const QString &owner)
{
    if (prompts.size() > 1) {
        return Problem{Code::TooManyPrompts,
            owner + u" takes a single <Say> or <Play> prompt; this one has "_s
                + QString::number(prompts.size())};
    }
    for (const Prompt &prompt : prompts) {
        const Outcome bad = std::visit(
            [&owner](const auto &p) {
                using T = std::decay_t<decltype(p)>;
                if constexpr (std::is_same_v<T, Say>)
                    return checkSay(p, u"the <Say> prompt of "_s + owner);
                else
                    return checkPlay(p, u"the <Play> prompt of "_s + owner);
            },
            prompt);
        if (bad)
            return bad;
    }
    return std::nullopt;
}

Outcome checkDialNumbers(const QStringList &numbers, const QString &element)
{
    const QString where = attributeOf(XmlAttribute::PhoneNumbers, element);
    if (numbers.isEmpty())
        return Problem{Code::NoDialNumbers, element + u" has no phoneNumbers to ring"_s};
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QString &number = numbers.at(i);
        const QString entry = u"entry "_s + QString::number(i + 1) + u" of "_s + where;
        if (number.trimmed().isEmpty())
            return Problem{Code::InvalidDialNumber, entry + u" is empty"_s};
        if (number.contains(u','))
            return Problem{Code::InvalidDialNumber,
                entry + u" contains a comma ("_s + quoted(number)
                    + u"); give each number as its own entry"_s};
        if (number.trimmed() != number)
            return Problem{Code::InvalidDialNumber,
                entry + u" has spaces around it ("_s + quoted(number) + u')'};
        if (auto bad = checkCharacters(number, entry))
            return bad;
    }
    return std::nullopt;
}

template <typename... Checks>
Outcome firstProblem(Checks &&...checks)
{
    Outcome result;
    // Evaluated left to right; the first problem wins.
    ((result ? void() : void(result = checks())), ...);
    return result;
}

Outcome checkAction(const Action &action)
{
    const QString element = xmlTag(actionElementName(action));
    const auto attr = [&element](QStringView name) {
        return attributeOf(name, element);
    };
    const QString seconds = u"seconds"_s;
    const QString digits = u"digits"_s;
    return std::visit(
        [&](const auto &a) -> Outcome {
            using T = std::decay_t<decltype(a)>;
            namespace Attr = XmlAttribute;
            if constexpr (std::is_same_v<T, Say>) {
                return checkSay(a, element);
            } else if constexpr (std::is_same_v<T, Play>) {
                return checkPlay(a, element);
            } else if constexpr (std::is_same_v<T, GetDigits>) {
                return firstProblem(
                    [&] { return checkPositive(a.numDigits, attr(Attr::NumDigits), digits); },
                    [&] { return checkPositive(a.timeoutSeconds, attr(Attr::Timeout), seconds); },
                    [&] { return checkFinishOnKey(a.finishOnKey, attr(Attr::FinishOnKey)); },
                    [&] { return checkUrl(a.callbackUrl, attr(Attr::CallbackUrl), false); },
                    [&] { return checkPrompts(a.prompts, element); });
            } else if constexpr (std::is_same_v<T, Dial>) {
                return firstProblem([&] { return checkDialNumbers(a.phoneNumbers, element); },
                    [&] { return checkCharacters(a.callerId, attr(Attr::CallerId)); },
                    [&] { return checkUrl(a.ringbackTone, attr(Attr::RingBackTone), false); },
                    [&] { return checkPositive(a.maxDuration, attr(Attr::MaxDuration), seconds); });
            } else if constexpr (std::is_same_v<T, Record>) {
                return firstProblem(
                    [&] { return checkFinishOnKey(a.finishOnKey, attr(Attr::FinishOnKey)); },
                    [&] { return checkPositive(a.maxLength, attr(Attr::MaxLength), seconds); },
                    [&] { return checkPositive(a.timeoutSeconds, attr(Attr::Timeout), seconds); },
                    [&] { return checkUrl(a.callbackUrl, attr(Attr::CallbackUrl), false); },
                    [&] { return checkPrompts(a.prompts, element); });
            } else if constexpr (std::is_same_v<T, Enqueue>) {
                return firstProblem([&] { return checkCharacters(a.name, attr(Attr::Name)); },
                    [&] { return checkUrl(a.holdMusic, attr(Attr::HoldMusic), false); });
            } else if constexpr (std::is_same_v<T, Dequeue>) {
                if (a.phoneNumber.trimmed().isEmpty()) {
                    return Problem{Code::MissingPhoneNumber,
                        element
                            + u" has no phoneNumber: it needs the AT number the "
                              u"queued callers dialled"_s};
                }
                return firstProblem(
                    [&] { return checkCharacters(a.phoneNumber, attr(Attr::PhoneNumber)); },
                    [&] { return checkCharacters(a.name, attr(Attr::Name)); });
            } else if constexpr (std::is_same_v<T, Redirect>) {
                return checkUrl(a.url, u"the URL of "_s + element, true);
            } else {
                return std::nullopt; // Conference and Reject carry nothing.
            }
        },
        action);
}

Util::Failure<ActionXmlError> failure(const Problem &problem, int actionIndex)
{
    return Util::fail(ActionXmlError{problem.code, actionIndex, 0, problem.message});
}

} // namespace

bool ActionXmlValidator::isTerminal(const Action &action)
{
    if (const auto *record = std::get_if<Record>(&action))
        return record->isTerminal();
    return std::holds_alternative<Redirect>(action) || std::holds_alternative<Reject>(action);
}

Util::Result<void, ActionXmlError> ActionXmlValidator::validate(const ActionDocument &document)
{
    const QList<Action> &actions = document.actions;
    const int count = static_cast<int>(actions.size());

    for (int i = 0; i < count; ++i) {
        if (std::holds_alternative<Reject>(actions.at(i)) && count > 1) {
            return failure({Code::RejectNotAlone,
                               u"<Reject> must be the only action in a response; this one has "_s
                                   + QString::number(count) + u" actions"_s},
                i);
        }
    }

    for (int i = 0; i + 1 < count; ++i) {
        if (!isTerminal(actions.at(i)))
            continue;
        const bool bareRecord = std::holds_alternative<Record>(actions.at(i));
        const QString terminal = bareRecord ? u"a bare <Record/> (it records until the caller "
                                              u"hangs up)"_s
                                            : xmlTag(actionElementName(actions.at(i)));
        return failure({Code::ActionAfterTerminal,
                           u"nothing after "_s + terminal + u" would run, but "_s
                               + xmlTag(actionElementName(actions.at(i + 1))) + u" follows it"_s},
            i + 1);
    }

    for (int i = 0; i < count; ++i) {
        if (const Outcome problem = checkAction(actions.at(i)))
            return failure(*problem, i);
    }
    return {};
}

} // namespace Voice
