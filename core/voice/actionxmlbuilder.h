#pragma once

// A fluent way to build an ActionDocument in code, on top of the same model and writer:
//
//     const auto xml = Voice::ActionXmlBuilder()
//                          .say(u"Connecting you to an agent"_s)
//                          .dial({u"+254711000111"_s, u"agent1@ke.sip.africastalking.com"_s})
//                          .toXml();   // Result<QByteArray, ActionXmlError>
//
// For attributes, pass the struct: .getDigits({.numDigits = 4, .callbackUrl = url,
// .prompts = {Voice::Say{.text = u"Enter your PIN"_s}}}). Nothing is checked until toXml(),
// which validates like ActionXmlWriter::write() (it is that call).

#include "actions.h"
#include "actionxmlerror.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Voice {

class ActionXmlBuilder final
{
public:
    ActionXmlBuilder &say(const QString &text);
    ActionXmlBuilder &say(Say say);
    ActionXmlBuilder &play(const QString &url);
    ActionXmlBuilder &getDigits(GetDigits getDigits);
    ActionXmlBuilder &dial(const QStringList &phoneNumbers);
    ActionXmlBuilder &dial(Dial dial);
    ActionXmlBuilder &record(Record record);
    ActionXmlBuilder &enqueue(Enqueue enqueue);
    ActionXmlBuilder &dequeue(Dequeue dequeue);
    ActionXmlBuilder &conference();
    ActionXmlBuilder &redirect(const QString &url);
    ActionXmlBuilder &reject();
    ActionXmlBuilder &add(Action action);

    const ActionDocument &document() const { return m_document; }
    Util::Result<QByteArray, ActionXmlError> toXml() const;

private:
    ActionDocument m_document;
};

} // namespace Voice
