#include "phonedirectory.h"

using namespace Qt::StringLiterals;

namespace AtSim {

QString PhoneDirectory::key(const QString &address)
{
    // SIP hosts are case-insensitive; numbers have no case.
    return address.trimmed().toLower();
}

void PhoneDirectory::set(const QString &address, const PhoneBehaviour &behaviour)
{
    m_scripts.insert(key(address), behaviour);
}

void PhoneDirectory::remove(const QString &address)
{
    m_scripts.remove(key(address));
}

void PhoneDirectory::clear()
{
    m_scripts.clear();
}

PhoneBehaviour PhoneDirectory::behaviourFor(const QString &address) const
{
    return m_scripts.value(key(address), m_default);
}

QJsonObject PhoneDirectory::toJson() const
{
    QJsonObject scripts;
    for (auto it = m_scripts.cbegin(); it != m_scripts.cend(); ++it)
        scripts.insert(it.key(), it.value().toJson());
    return QJsonObject{{u"default"_s, m_default.toJson()}, {u"phones"_s, scripts}};
}

} // namespace AtSim
