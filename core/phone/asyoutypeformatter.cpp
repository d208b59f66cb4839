// Phone::AsYouTypeFormatter (declared in phonenumbers.h, next to the parser it pairs with).

#include "numbertext.h"
#include "phonenumbers.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace Phone {

struct AsYouTypeFormatter::Private
{
    // libphonenumber's formatter is stateful and not thread-safe: one per dial pad.
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter;
};

AsYouTypeFormatter::AsYouTypeFormatter(const QString &region)
    : m_d(std::make_unique<Private>())
{
    // NumberParser applies the same "unknown region → KE" rule, so the two always agree.
    const std::string checkedRegion = NumberParser(region).defaultRegion().toStdString();
    m_d->formatter.reset(
        i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(checkedRegion));
}

AsYouTypeFormatter::~AsYouTypeFormatter() = default;

QString AsYouTypeFormatter::format(const QString &typed)
{
    // SIP addresses, client names and service codes are not ours to reformat.
    const std::optional<QString> digits = NumberText::stripSeparators(typed);
    if (!digits || digits->isEmpty())
        return typed;

    // Start over on every call: the dial pad may have deleted or pasted anywhere.
    m_d->formatter->Clear();
    std::string shown;
    for (const QChar c : *digits)
        m_d->formatter->InputDigit(static_cast<i18n::phonenumbers::char32>(c.unicode()), &shown);
    return QString::fromStdString(shown);
}

} // namespace Phone
