#include "actionxmlreader.h"

#include "actionxmlnames.h"
#include "actionxmlvalidator.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace Voice {

namespace {

namespace Attr = XmlAttribute;
namespace Element = XmlElement;
using Code = ActionXmlError::Code;
using Policy = ActionXmlReadOptions::UnknownPolicy;
using Names = std::initializer_list<QStringView>;

constexpr qsizetype QUOTE_LIMIT = 40;

const Names ACTION_ELEMENTS = {Element::Say,
    Element::Play,
    Element::GetDigits,
    Element::Dial,
    Element::Record,
    Element::Enqueue,
    Element::Dequeue,
    Element::Conference,
    Element::Redirect,
    Element::Reject};

QString quoted(QStringView value)
{
    if (value.size() <= QUOTE_LIMIT)
        return u'"' + value.toString() + u'"';
    return u'"' + value.left(QUOTE_LIMIT).toString() + u"…\""_s;
}

// A name that differs only in case from a known one: the likeliest typo, worth naming.
QString caseHint(QStringView name, Names known, bool element)
{
    for (QStringView candidate : known) {
        if (candidate.compare(name, Qt::CaseInsensitive) == 0) {
            return u"; names are case-sensitive: did you mean "_s
                + (element ? xmlTag(candidate) : candidate.toString()) + u'?';
        }
    }
    return {};
}

// The first bytes of a body that cannot be XML (its first non-blank character is not '<'),
// or nothing when it may be XML.
QByteArray notXmlStart(const QByteArray &xml)
{
    QByteArrayView body(xml);
    if (body.startsWith("\xEF\xBB\xBF")) // UTF-8 byte order mark
        body = body.sliced(3);
    body = body.trimmed();
    if (body.isEmpty() || body.startsWith('<'))
        return {};
    return body.first(std::min(body.size(), QUOTE_LIMIT)).toByteArray();
}

class Parser
{
public:
    Parser(const QByteArray &xml, const ActionXmlReadOptions &options)
        : m_xml(xml)
        , m_options(options)
    {}

    Util::Result<ActionXmlReadResult, ActionXmlError> run()
    {
        ActionXmlReadResult result;
        if (!readRoot() || !readResponse(result.document) || !readToEnd())
            return Util::fail(*m_error);

        if (const auto valid = ActionXmlValidator::validate(result.document); !valid) {
            ActionXmlError error = valid.error();
            if (error.actionIndex >= 0 && error.actionIndex < m_actionLines.size())
                error.line = m_actionLines.at(error.actionIndex);
            return Util::fail(withLine(std::move(error)));
        }
        result.warnings = m_warnings;
        return result;
    }

private:
    // --- errors and warnings ------------------------------------------------------------

    static ActionXmlError withLine(ActionXmlError error)
    {
        if (error.line > 0)
            error.message += u" (line "_s + QString::number(error.line) + u')';
        return error;
    }

    bool failWith(Code code, const QString &message)
    {
        if (!m_error) {
            m_error = withLine(ActionXmlError{code, m_currentAction, m_xml.lineNumber(), message});
        }
        return false;
    }

    bool failMalformed()
    {
        return failWith(
            Code::MalformedXml, u"the reply is not well-formed XML: "_s + m_xml.errorString());
    }

    void warn(const QString &message)
    {
        m_warnings.append(message + u" (line "_s + QString::number(m_xml.lineNumber()) + u')');
    }

    // --- structure ----------------------------------------------------------------------

    bool readRoot()
    {
        while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::StartElement) {
        }
        if (m_xml.hasError())
            return failMalformed();
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            return failWith(Code::MalformedXml, u"the reply has no <Response> element"_s);
        const QStringView name = m_xml.qualifiedName();
        if (name != Element::Response) {
            return failWith(Code::WrongRoot,
                u"the root element must be <Response> (names are case-sensitive), "
                u"not "_s
                    + xmlTag(name));
        }
        return checkAttributes(Element::Response, {});
    }

    bool readResponse(ActionDocument &document)
    {
        while (true) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement: {
                const qint64 line = m_xml.lineNumber();
                m_currentAction = static_cast<int>(document.actions.size());
                std::optional<Action> action = readAction();
                m_currentAction = -1;
                if (m_error)
                    return false;
                if (action) {
                    document.actions.append(std::move(*action));
                    m_actionLines.append(line);
                }
                break;
            }
            case QXmlStreamReader::EndElement:
                return true;
            case QXmlStreamReader::Characters:
                warnAboutText(Element::Response);
                break;
            case QXmlStreamReader::Invalid:
                return failMalformed();
            default:
                break; // comments, processing instructions
            }
        }
    }

    bool readToEnd()
    {
        while (!m_xml.atEnd())
            m_xml.readNext();
        return !m_xml.hasError() || failMalformed();
    }

    // An unknown element at the current position: fail, or skip it with a warning.
    bool unknownElement(QStringView parent)
    {
        const QString name = m_xml.qualifiedName().toString();
        const QString what = u"unknown element "_s + xmlTag(name) + u" inside "_s + xmlTag(parent);
        const QString hint = caseHint(name, ACTION_ELEMENTS, true);
        if (m_options.unknownElements == Policy::Fail)
            return failWith(Code::UnknownElement, what + hint);
        warn(u"ignored "_s + what + hint);
        m_xml.skipCurrentElement();
        return !m_xml.hasError() || failMalformed();
    }

    void warnAboutText(QStringView element)
    {
        if (!m_xml.isWhitespace())
            warn(u"ignored text "_s + quoted(m_xml.text().trimmed()) + u" inside "_s
                + xmlTag(element));
    }

    // --- actions ------------------------------------------------------------------------

    std::optional<Action> readAction()
    {
        const QStringView name = m_xml.qualifiedName();
        if (name == Element::Say)
            return asAction(readSay());
        if (name == Element::Play)
            return asAction(readPlay());
        if (name == Element::GetDigits)
            return asAction(readGetDigits());
        if (name == Element::Dial)
            return asAction(readDial());
        if (name == Element::Record)
            return asAction(readRecord());
        if (name == Element::Enqueue)
            return asAction(readEnqueue());
        if (name == Element::Dequeue)
            return asAction(readDequeue());
        if (name == Element::Conference)
            return asAction(readEmpty<Conference>(Element::Conference));
        if (name == Element::Redirect)
            return asAction(readRedirect());
        if (name == Element::Reject)
            return asAction(readEmpty<Reject>(Element::Reject));
        unknownElement(Element::Response);
        return std::nullopt;
    }

    template <typename T>
    static std::optional<Action> asAction(std::optional<T> &&value)
    {
        if (!value)
            return std::nullopt;
        return Action(std::move(*value));
    }

    std::optional<Say> readSay()
    {
        Say say;
        if (!checkAttributes(Element::Say, {Attr::Voice, Attr::PlayBeep}))
            return std::nullopt;
        say.voice = text(Attr::Voice);
        say.playBeep = flag(Element::Say, Attr::PlayBeep);
        if (m_error || !readContent(Element::Say, &say.text, nullptr))
            return std::nullopt;
        say.text = say.text.trimmed();
        return say;
    }

    std::optional<Play> readPlay()
    {
        Play play;
        if (!checkAttributes(Element::Play, {Attr::Url}))
            return std::nullopt;
        play.url = text(Attr::Url);
        if (!readContent(Element::Play, nullptr, nullptr))
            return std::nullopt;
        return play;
    }

    std::optional<GetDigits> readGetDigits()
    {
        GetDigits g;
        const QStringView e = Element::GetDigits;
        if (!checkAttributes(
                e, {Attr::NumDigits, Attr::Timeout, Attr::FinishOnKey, Attr::CallbackUrl}))
            return std::nullopt;
        g.numDigits = number(e, Attr::NumDigits);
        g.timeoutSeconds = number(e, Attr::Timeout);
        g.finishOnKey = text(Attr::FinishOnKey);
        g.callbackUrl = text(Attr::CallbackUrl);
        if (m_error || !readContent(e, nullptr, &g.prompts))
            return std::nullopt;
        return g;
    }

    std::optional<Dial> readDial()
    {
        Dial dial;
        const QStringView e = Element::Dial;
        if (!checkAttributes(e,
                {Attr::PhoneNumbers,
                    Attr::Record,
                    Attr::Sequential,
                    Attr::CallerId,
                    Attr::RingBackTone,
                    Attr::RingbackToneLegacy,
                    Attr::MaxDuration}))
            return std::nullopt;
        const QString numbers = text(Attr::PhoneNumbers);
        if (!numbers.trimmed().isEmpty()) {
            for (const QString &number : numbers.split(u','))
                dial.phoneNumbers.append(number.trimmed());
        }
        dial.record = flag(e, Attr::Record);
        dial.sequential = flag(e, Attr::Sequential);
        dial.callerId = text(Attr::CallerId);
        dial.ringbackTone = text(Attr::RingBackTone);
        if (const QString legacy = text(Attr::RingbackToneLegacy); !legacy.isEmpty()) {
            if (dial.ringbackTone.isEmpty())
                dial.ringbackTone = legacy;
            else
                warn(u"both ringBackTone and ringbackTone on <Dial>; ringBackTone is used"_s);
        }
        dial.maxDuration = number(e, Attr::MaxDuration);
        if (m_error || !readContent(e, nullptr, nullptr))
            return std::nullopt;
        return dial;
    }

    std::optional<Record> readRecord()
    {
        Record r;
        const QStringView e = Element::Record;
        if (!checkAttributes(e,
                {Attr::FinishOnKey,
                    Attr::MaxLength,
                    Attr::Timeout,
                    Attr::TrimSilence,
                    Attr::PlayBeep,
                    Attr::CallbackUrl}))
            return std::nullopt;
        r.finishOnKey = text(Attr::FinishOnKey);
        r.maxLength = number(e, Attr::MaxLength);
        r.timeoutSeconds = number(e, Attr::Timeout);
        r.trimSilence = flag(e, Attr::TrimSilence);
        r.playBeep = flag(e, Attr::PlayBeep);
        r.callbackUrl = text(Attr::CallbackUrl);
        if (m_error || !readContent(e, nullptr, &r.prompts))
            return std::nullopt;
        return r;
    }

    std::optional<Enqueue> readEnqueue()
    {
        Enqueue enqueue;
        if (!checkAttributes(Element::Enqueue, {Attr::Name, Attr::HoldMusic}))
            return std::nullopt;
        enqueue.name = text(Attr::Name);
        enqueue.holdMusic = text(Attr::HoldMusic);
        if (!readContent(Element::Enqueue, nullptr, nullptr))
            return std::nullopt;
        return enqueue;
    }

    std::optional<Dequeue> readDequeue()
    {
        Dequeue dequeue;
        if (!checkAttributes(Element::Dequeue, {Attr::PhoneNumber, Attr::Name}))
            return std::nullopt;
        dequeue.phoneNumber = text(Attr::PhoneNumber);
        dequeue.name = text(Attr::Name);
        if (!readContent(Element::Dequeue, nullptr, nullptr))
            return std::nullopt;
        return dequeue;
    }

    std::optional<Redirect> readRedirect()
    {
        Redirect redirect;
        if (!checkAttributes(Element::Redirect, {})
            || !readContent(Element::Redirect, &redirect.url, nullptr))
            return std::nullopt;
        redirect.url = redirect.url.trimmed();
        return redirect;
    }

    template <typename T>
    std::optional<T> readEmpty(QStringView element)
    {
        if (!checkAttributes(element, {}) || !readContent(element, nullptr, nullptr))
            return std::nullopt;
        return T{};
    }

    // Reads up to the element's end tag. Text goes to *textOut when given (else a warning);
    // <Say>/<Play> children go to *prompts when given (else they are misplaced).
    bool readContent(QStringView element, QString *textOut, QList<Prompt> *prompts)
    {
        while (true) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (!readChild(element, prompts))
                    return false;
                break;
            case QXmlStreamReader::EndElement:
                return true;
            case QXmlStreamReader::Characters:
                if (textOut)
                    textOut->append(m_xml.text());
                else
                    warnAboutText(element);
                break;
            case QXmlStreamReader::Invalid:
                return failMalformed();
            default:
                break;
            }
        }
    }

    bool readChild(QStringView parent, QList<Prompt> *prompts)
    {
        const QStringView name = m_xml.qualifiedName();
        if (prompts && name == Element::Say) {
            std::optional<Say> say = readSay();
            if (say)
                prompts->append(std::move(*say));
            return say.has_value();
        }
        if (prompts && name == Element::Play) {
            std::optional<Play> play = readPlay();
            if (play)
                prompts->append(std::move(*play));
            return play.has_value();
        }
        for (QStringView known : ACTION_ELEMENTS) {
            if (name == known) {
                const QString why = prompts ? u": it takes only a <Say> or <Play> prompt"_s
                                            : u": it takes no elements"_s;
                return failWith(Code::MisplacedElement,
                    xmlTag(name) + u" cannot be inside "_s + xmlTag(parent) + why);
            }
        }
        return unknownElement(parent);
    }

    // --- attributes ---------------------------------------------------------------------

    bool checkAttributes(QStringView element, Names known)
    {
        m_attributes = m_xml.attributes();
        for (const QXmlStreamAttribute &attribute : std::as_const(m_attributes)) {
            const QStringView name = attribute.qualifiedName();
            if (std::find(known.begin(), known.end(), name) != known.end())
                continue;
            const QString what = u"attribute "_s + name.toString() + u" on "_s + xmlTag(element);
            const QString hint = caseHint(name, known, false);
            if (m_options.unknownAttributes == Policy::Fail)
                return failWith(Code::UnknownAttribute, u"unknown "_s + what + hint);
            warn(u"ignored "_s + what + hint);
        }
        return true;
    }

    QString text(QStringView name) const { return m_attributes.value(name.toString()).toString(); }

    std::optional<bool> flag(QStringView element, QStringView name)
    {
        if (!m_attributes.hasAttribute(name.toString()))
            return std::nullopt;
        const QString value = text(name);
        if (value == u"true"_s)
            return true;
        if (value == u"false"_s)
            return false;
        failWith(Code::InvalidBoolean,
            u"attribute "_s + name.toString() + u" of "_s + xmlTag(element)
                + u" must be \"true\" or \"false\", not "_s + quoted(value));
        return std::nullopt;
    }

    std::optional<int> number(QStringView element, QStringView name)
    {
        if (!m_attributes.hasAttribute(name.toString()))
            return std::nullopt;
        const QString value = text(name);
        // Strictly ASCII digits with an optional minus: QString::toInt() alone would also take
        // surrounding spaces and a '+'. A negative number is read so the validator can say why
        // it is wrong.
        bool wellFormed = !value.isEmpty() && value.size() <= 11 && value != u"-"_s;
        for (qsizetype i = 0; wellFormed && i < value.size(); ++i) {
            const char16_t c = value.at(i).unicode();
            wellFormed = (c >= u'0' && c <= u'9') || (i == 0 && c == u'-');
        }
        bool ok = false;
        const int parsed = wellFormed ? value.toInt(&ok) : 0;
        if (ok)
            return parsed;
        failWith(Code::InvalidInteger,
            u"attribute "_s + name.toString() + u" of "_s + xmlTag(element)
                + u" must be a whole number, not "_s + quoted(value));
        return std::nullopt;
    }

    QXmlStreamReader m_xml;
    const ActionXmlReadOptions &m_options;
    QXmlStreamAttributes m_attributes; // of the element being read
    QStringList m_warnings;
    QList<qint64> m_actionLines; // line of each action read, for validator errors
    std::optional<ActionXmlError> m_error;
    int m_currentAction = -1; // index of the action being read, -1 between actions
};

} // namespace

Util::Result<ActionXmlReadResult, ActionXmlError> ActionXmlReader::read(
    const QByteArray &xml, const ReadOptions &options)
{
    if (xml.trimmed().isEmpty()) {
        return Util::fail(
            ActionXmlError{Code::EmptyBody, -1, 0, u"the app answered with an empty body"_s});
    }
    if (const QByteArray start = notXmlStart(xml); !start.isEmpty()) {
        // "OK", "null", a JSON body: say what came instead of a parser's "premature end".
        return Util::fail(ActionXmlError{Code::MalformedXml,
            -1,
            0,
            u"the reply is not XML: it starts with "_s + quoted(QString::fromUtf8(start))
                + u" where AT expects <Response>"_s});
    }
    if (xml.size() > options.maxBytes) {
        return Util::fail(ActionXmlError{Code::DocumentTooLarge,
            -1,
            0,
            u"the app's reply is "_s + QString::number(xml.size()) + u" bytes, more than the "_s
                + QString::number(options.maxBytes) + u" bytes Simu accepts"_s});
    }
    return Parser(xml, options).run();
}

} // namespace Voice
