#include "actionxmlbuilder.h"

#include "actionxmlwriter.h"

namespace Voice {

ActionXmlBuilder &ActionXmlBuilder::say(const QString &text)
{
    return add(Say{.text = text});
}

ActionXmlBuilder &ActionXmlBuilder::say(Say say)
{
    return add(std::move(say));
}

ActionXmlBuilder &ActionXmlBuilder::play(const QString &url)
{
    return add(Play{.url = url});
}

ActionXmlBuilder &ActionXmlBuilder::getDigits(GetDigits getDigits)
{
    return add(std::move(getDigits));
}

ActionXmlBuilder &ActionXmlBuilder::dial(const QStringList &phoneNumbers)
{
    return add(Dial{.phoneNumbers = phoneNumbers});
}

ActionXmlBuilder &ActionXmlBuilder::dial(Dial dial)
{
    return add(std::move(dial));
}

ActionXmlBuilder &ActionXmlBuilder::record(Record record)
{
    return add(std::move(record));
}

ActionXmlBuilder &ActionXmlBuilder::enqueue(Enqueue enqueue)
{
    return add(std::move(enqueue));
}

ActionXmlBuilder &ActionXmlBuilder::dequeue(Dequeue dequeue)
{
    return add(std::move(dequeue));
}

ActionXmlBuilder &ActionXmlBuilder::conference()
{
    return add(Conference{});
}

ActionXmlBuilder &ActionXmlBuilder::redirect(const QString &url)
{
    return add(Redirect{.url = url});
}

ActionXmlBuilder &ActionXmlBuilder::reject()
{
    return add(Reject{});
}

ActionXmlBuilder &ActionXmlBuilder::add(Action action)
{
    m_document.actions.append(std::move(action));
    return *this;
}

Util::Result<QByteArray, ActionXmlError> ActionXmlBuilder::toXml() const
{
    return ActionXmlWriter::write(m_document);
}

} // namespace Voice
