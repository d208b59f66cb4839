#include "identity.h"

using namespace Qt::StringLiterals;

namespace Auth {

QString roleApiName(Role role)
{
    switch (role) {
    case Role::Agent:
        return u"agent"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"agent"_s; // unreachable: every enumerator is handled above
}

std::optional<Role> roleFromApiName(const QString &name)
{
    for (Role role : {Role::Agent, Role::Supervisor, Role::Admin}) {
        if (roleApiName(role) == name)
            return role;
    }
    return std::nullopt;
}

bool canSeeAllCalls(Role role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

bool canManageUsers(Role role)
{
    return role == Role::Admin;
}

} // namespace Auth
