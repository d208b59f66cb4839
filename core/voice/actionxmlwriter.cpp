#include "actionxmlwriter.h"

#include "actionxmlnames.h"
#include "actionxmlvalidator.h"

#include <QStringList>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Voice {

namespace {

namespace Attr = XmlAttribute;
namespace Element = XmlElement;

// Thin helpers over QXmlStreamWriter: an unset value writes nothing.
class ElementWriter
{
public:
    explicit ElementWriter(QXmlStreamWriter &xml)
        : m_xml(xml)
    {}

    void text(QStringView name, const QString &value)
    {
        if (!value.isEmpty())
            m_xml.writeAttribute(name.toString(), value);
    }
    void flag(QStringView name, const std::optional<bool> &value)
    {
        if (value)
            m_xml.writeAttribute(name.toString(), *value ? u"true"_s : u"false"_s);
    }
    void number(QStringView name, const std::optional<int> &value)
    {
        if (value)
            m_xml.writeAttribute(name.toString(), QString::number(*value));
    }

    void write(const Say &say)
    {
        m_xml.writeStartElement(Element::Say.toString());
        text(Attr::Voice, say.voice);
        flag(Attr::PlayBeep, say.playBeep);
        characters(say.text);
        m_xml.writeEndElement();
    }
    void write(const Play &play)
    {
        m_xml.writeEmptyElement(Element::Play.toString());
        text(Attr::Url, play.url);
    }
    void write(const GetDigits &getDigits)
    {
        start(Element::GetDigits, getDigits.prompts);
        number(Attr::NumDigits, getDigits.numDigits);
        number(Attr::Timeout, getDigits.timeoutSeconds);
        text(Attr::FinishOnKey, getDigits.finishOnKey);
        text(Attr::CallbackUrl, getDigits.callbackUrl);
        finish(getDigits.prompts);
    }
    void write(const Dial &dial)
    {
        m_xml.writeEmptyElement(Element::Dial.toString());
        text(Attr::PhoneNumbers, dial.phoneNumbers.join(u','));
        flag(Attr::Record, dial.record);
        flag(Attr::Sequential, dial.sequential);
        text(Attr::CallerId, dial.callerId);
        text(Attr::RingBackTone, dial.ringbackTone);
        number(Attr::MaxDuration, dial.maxDuration);
    }
    void write(const Record &record)
    {
        start(Element::Record, record.prompts);
        text(Attr::FinishOnKey, record.finishOnKey);
        number(Attr::MaxLength, record.maxLength);
        number(Attr::Timeout, record.timeoutSeconds);
        flag(Attr::TrimSilence, record.trimSilence);
        flag(Attr::PlayBeep, record.playBeep);
        text(Attr::CallbackUrl, record.callbackUrl);
        finish(record.prompts);
    }
    void write(const Enqueue &enqueue)
    {
        m_xml.writeEmptyElement(Element::Enqueue.toString());
        text(Attr::Name, enqueue.name);
        text(Attr::HoldMusic, enqueue.holdMusic);
    }
    void write(const Dequeue &dequeue)
    {
        m_xml.writeEmptyElement(Element::Dequeue.toString());
        text(Attr::PhoneNumber, dequeue.phoneNumber);
        text(Attr::Name, dequeue.name);
    }
    void write(const Conference &) { m_xml.writeEmptyElement(Element::Conference.toString()); }
    void write(const Redirect &redirect)
    {
        m_xml.writeStartElement(Element::Redirect.toString());
        characters(redirect.url);
        m_xml.writeEndElement();
    }
    void write(const Reject &) { m_xml.writeEmptyElement(Element::Reject.toString()); }

private:
    // Element text. QXmlStreamWriter writes a carriage return as it is, and every XML reader
    // (AT's, ActionXmlReader) turns a literal CR or CRLF into LF, so "a\r\nb" would come back
    // as "a\nb": a CR is written as the character reference &#13;, which readers keep.
    void characters(const QString &text)
    {
        const QStringList lines = text.split(u'\r');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEntityReference(u"#13"_s);
            m_xml.writeCharacters(lines.at(i));
        }
    }

    // Elements that may hold a prompt are written as <X/> when they have none.
    void start(QStringView name, const QList<Prompt> &prompts)
    {
        if (prompts.isEmpty())
            m_xml.writeEmptyElement(name.toString());
        else
            m_xml.writeStartElement(name.toString());
    }
    void finish(const QList<Prompt> &prompts)
    {
        if (prompts.isEmpty())
            return;
        for (const Prompt &prompt : prompts)
            std::visit([this](const auto &p) { write(p); }, prompt);
        m_xml.writeEndElement();
    }

    QXmlStreamWriter &m_xml;
};

} // namespace

Util::Result<QByteArray, ActionXmlError> ActionXmlWriter::write(const ActionDocument &document)
{
    if (const auto valid = ActionXmlValidator::validate(document); !valid)
        return Util::fail(valid.error());

    QByteArray xml;
    QXmlStreamWriter stream(&xml);
    stream.setAutoFormatting(true);
    stream.setAutoFormattingIndent(2);
    stream.writeStartDocument();
    stream.writeStartElement(Element::Response.toString());
    ElementWriter writer(stream);
    for (const Action &action : document.actions)
        std::visit([&writer](const auto &a) { writer.write(a); }, action);
    stream.writeEndElement();
    stream.writeEndDocument();

    if (stream.hasError()) {
        return Util::fail(ActionXmlError{ActionXmlError::Code::WriteFailed,
            -1,
            0,
            u"the XML writer failed to encode the document"_s});
    }
    return xml;
}

} // namespace Voice
