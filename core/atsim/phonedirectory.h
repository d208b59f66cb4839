#pragma once

#include "phonebehaviour.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace AtSim {

// The scripted phone users: how each number (or SIP address) behaves when AT rings it or when
// it calls in. Numbers without a script behave like defaultBehaviour().
class PhoneDirectory
{
public:
    void set(const QString &address, const PhoneBehaviour &behaviour);
    void remove(const QString &address);
    void clear();
    PhoneBehaviour behaviourFor(const QString &address) const;
    PhoneBehaviour defaultBehaviour() const { return m_default; }
    void setDefaultBehaviour(const PhoneBehaviour &behaviour) { m_default = behaviour; }
    QJsonObject toJson() const;

private:
    static QString key(const QString &address);

    QHash<QString, PhoneBehaviour> m_scripts;
    PhoneBehaviour m_default;
};

} // namespace AtSim
