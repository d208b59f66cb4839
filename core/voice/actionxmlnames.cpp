#include "actionxmlnames.h"

#include <type_traits>

namespace Voice {

QString actionElementName(const Action &action)
{
    return std::visit(
        [](const auto &a) -> QString {
            using T = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<T, Say>)
                return XmlElement::Say.toString();
            else if constexpr (std::is_same_v<T, Play>)
                return XmlElement::Play.toString();
            else if constexpr (std::is_same_v<T, GetDigits>)
                return XmlElement::GetDigits.toString();
            else if constexpr (std::is_same_v<T, Dial>)
                return XmlElement::Dial.toString();
            else if constexpr (std::is_same_v<T, Record>)
                return XmlElement::Record.toString();
            else if constexpr (std::is_same_v<T, Enqueue>)
                return XmlElement::Enqueue.toString();
            else if constexpr (std::is_same_v<T, Dequeue>)
                return XmlElement::Dequeue.toString();
            else if constexpr (std::is_same_v<T, Conference>)
                return XmlElement::Conference.toString();
            else if constexpr (std::is_same_v<T, Redirect>)
                return XmlElement::Redirect.toString();
            else
                return XmlElement::Reject.toString();
        },
        action);
}

QString xmlTag(QStringView elementName)
{
    return u'<' + elementName.toString() + u'>';
}

} // namespace Voice
