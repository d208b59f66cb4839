#include "numbertext.h"

namespace Phone::NumberText {

bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Punctuation_Dash || c == u'.' || c == u'('
        || c == u')';
}

std::optional<QString> stripSeparators(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            out += QChar(u'0' + c.digitValue());
        else if (c == u'+' && out.isEmpty())
            out += c;
        else if (!isSeparator(c))
            return std::nullopt;
    }
    return out;
}

} // namespace Phone::NumberText
