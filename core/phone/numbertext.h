#pragma once

// Internal to core/phone: the character rules shared by NumberParser and AsYouTypeFormatter.
// Deliberately stricter than libphonenumber, which would read "0800 FLOWERS" as digits or pick
// a number out of "call 0712345678 now": a dial pad must not guess what the user meant.

#include <QString>

#include <optional>

namespace Phone::NumberText {

// Spaces (any Unicode space), dashes (any Unicode dash), dots and parentheses.
bool isSeparator(QChar c);

// Digits (any script, returned as ASCII) and a leading '+', separators dropped: "(0712) 345-678"
// → "0712345678". std::nullopt when anything else appears (letters, '*', '#', a '+' later on).
std::optional<QString> stripSeparators(const QString &text);

} // namespace Phone::NumberText
