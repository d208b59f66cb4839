#include "formcodec.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Util {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// QByteArray::fromPercentEncoding() turns a malformed escape such as "%zz" into garbage;
// a form value from an untrusted sender keeps it literally instead.
QString decodeComponent(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < raw.size() && hexValue(raw.at(i + 1)) >= 0
            && hexValue(raw.at(i + 2)) >= 0) {
            out += char(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2)));
            i += 2;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

} // namespace

QByteArray encodeForm(const FormFields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

FormFields decodeForm(const QByteArray &body)
{
    FormFields fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            fields.append({decodeComponent(pair), u""_s});
        else
            fields.append({decodeComponent(pair.left(eq)), decodeComponent(pair.mid(eq + 1))});
    }
    return fields;
}

QString formValue(const FormFields &fields, const QString &name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasFormField(const FormFields &fields, const QString &name)
{
    for (const auto &field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

} // namespace Util
