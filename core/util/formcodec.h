#pragma once

// application/x-www-form-urlencoded, done by hand because QUrlQuery neither encodes '+' nor
// decodes it as a space: a phone number "+254..." sent through QUrlQuery arrives as " 254...".

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Util {

using FormFields = QList<QPair<QString, QString>>;

// Percent-encodes every byte outside [A-Za-z0-9-._~], so '+' becomes %2B and ' ' becomes %20.
QByteArray encodeForm(const FormFields &fields);

// Decodes '+' as a space and %XX escapes as bytes (UTF-8). A field without '=' gets an empty
// value; empty pairs ("a=1&&b=2") are skipped. Never fails: malformed escapes stay literal.
FormFields decodeForm(const QByteArray &body);

// The first value of a field, or a null QString when the field is absent.
QString formValue(const FormFields &fields, const QString &name);
bool hasFormField(const FormFields &fields, const QString &name);

} // namespace Util
