#include "credentialrules.h"

#include "phone/phonenumbers.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Auth::CredentialRules", text);
}

bool isUsernameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_'
        || c == u'-';
}

} // namespace

QString normaliseUsername(const QString &username)
{
    return username.trimmed().toLower();
}

Util::Result<void, QString> checkUsername(const QString &username)
{
    if (username.isEmpty())
        return Util::fail(tr("Enter a username."));
    if (username.size() < MinUsernameLength || username.size() > MaxUsernameLength)
        return Util::fail(tr("A username has %1 to %2 characters.")
                              .arg(MinUsernameLength)
                              .arg(MaxUsernameLength));
    if (!std::all_of(username.cbegin(), username.cend(), isUsernameCharacter))
        return Util::fail(tr("A username may contain only the letters a-z, digits, '.', '_' "
                             "and '-'."));
    return {};
}

Util::Result<void, QString> checkPassword(const QString &password, const QString &username)
{
    const QList<uint> characters = password.toUcs4();
    if (characters.size() < MinPasswordLength)
        return Util::fail(
            tr("The password is too short: use at least %1 characters.").arg(MinPasswordLength));
    if (characters.size() > MaxPasswordLength)
        return Util::fail(
            tr("The password is too long: use at most %1 characters.").arg(MaxPasswordLength));
    if (std::all_of(characters.cbegin(), characters.cend(), [&](uint c) {
            return c == characters.first();
        }))
        return Util::fail(tr("The password is one character repeated; choose a real one."));
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return Util::fail(tr("The password must not be the username."));
    return {};
}

Util::Result<QString, QString> checkDisplayName(const QString &displayName)
{
    const QString trimmed = displayName.trimmed();
    if (trimmed.size() > MaxDisplayNameLength)
        return Util::fail(tr("The display name is too long: use at most %1 characters.")
                              .arg(MaxDisplayNameLength));
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return Util::fail(tr("The display name contains control characters."));
    return trimmed;
}

Util::Result<QString, QString> checkLine(const QString &line, const Phone::NumberParser &parser)
{
    if (line.trimmed().isEmpty())
        return QString();
    auto address = parser.parse(line);
    if (!address)
        return Util::fail(tr("The line is not a phone number or AT SIP address: %1")
                              .arg(address.error().message));
    if (address->kind != Phone::AddressKind::PhoneNumber
        && address->kind != Phone::AddressKind::SipAddress)
        return Util::fail(tr("The line must be a phone number (like +254712345678) or an AT "
                             "SIP address (like agent1@ke.sip.africastalking.com)."));
    return address->value;
}

} // namespace Auth
