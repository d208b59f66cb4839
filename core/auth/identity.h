#pragma once

// Who is making a request to the hub, and what their role lets them do. The API layer gets an
// Identity from AuthService::authenticate() and asks the helpers below; it never compares
// roles itself, so a new role only needs teaching here.

#include <QString>

#include <optional>

namespace Auth {

enum class Role : quint8 { Agent, Supervisor, Admin };

// "agent", "supervisor", "admin": the names the REST API and the database use.
QString roleApiName(Role role);
// Case-sensitive, like every other API name; nullopt for anything else.
std::optional<Role> roleFromApiName(const QString &name);

struct Identity
{
    QString username; // lower-case, [a-z0-9._-]{2,32}
    QString displayName;
    Role role = Role::Agent;
    // The agent's own phone: E.164 ("+254712345678") or an AT SIP address
    // ("agent1@ke.sip.africastalking.com"). Empty when the user has no line.
    QString line;

    friend bool operator==(const Identity &, const Identity &) = default;
};

// Supervisors and admins watch every call; agents see only their own.
bool canSeeAllCalls(Role role);
// Only admins list, create, change and delete users.
bool canManageUsers(Role role);

} // namespace Auth
