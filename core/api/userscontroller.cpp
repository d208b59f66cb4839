// /api/users: administrators manage who may log in and with which role and phone line.

#include "auth/authservice.h"
#include "hub/callcenter.h"
#include "hubapi.h"
#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

QJsonObject userJson(const Auth::UserInfo &user)
{
    return QJsonObject{
        {u"username"_s, user.identity.username},
        {u"displayName"_s, user.identity.displayName},
        {u"role"_s, Auth::roleApiName(user.identity.role)},
        {u"line"_s, user.identity.line.isEmpty() ? QJsonValue() : user.identity.line},
        {u"disabled"_s, user.disabled},
        {u"createdAt"_s, user.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"updatedAt"_s, user.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Util::Result<std::optional<Auth::Role>, Error> roleField(const JsonBody &body)
{
    const auto text = body.optionalString(u"role"_s);
    if (!text)
        return Util::fail(text.error());
    if (!text->has_value())
        return std::optional<Auth::Role>();
    const auto role = Auth::roleFromApiName(**text);
    if (!role)
        return Util::fail(Error::badRequest(
            u"invalid_field"_s, u"\"role\" must be agent, supervisor or admin"_s));
    return std::optional<Auth::Role>(*role);
}

} // namespace

Http::Response HubApi::listUsers(const Http::Request &, const Auth::Identity &)
{
    const auto users = m_auth.users();
    if (!users)
        return toResponse(fromAuthError(users.error()));
    QJsonArray list;
    for (const Auth::UserInfo &user : *users)
        list.append(userJson(user));
    return Http::Response::json(QJsonObject{{u"users"_s, list}});
}

Http::Response HubApi::createUser(const Http::Request &request, const Auth::Identity &admin)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return toResponse(body.error());
    if (auto only
        = body->onlyFields({u"username"_s, u"password"_s, u"role"_s, u"displayName"_s, u"line"_s});
        !only)
        return toResponse(only.error());
    const auto username = body->requiredString(u"username"_s);
    if (!username)
        return toResponse(username.error());
    const QJsonValue password = body->object().value(u"password"_s);
    if (!password.isString() || password.toString().isEmpty())
        return toResponse(Error::badRequest(u"missing_field"_s, u"\"password\" is required"_s));
    const auto role = roleField(*body);
    if (!role)
        return toResponse(role.error());
    if (!role->has_value())
        return toResponse(Error::badRequest(u"missing_field"_s, u"\"role\" is required"_s));
    const auto displayName = body->optionalString(u"displayName"_s);
    const auto line = body->optionalString(u"line"_s);
    if (!displayName)
        return toResponse(displayName.error());
    if (!line)
        return toResponse(line.error());

    Auth::NewUser user;
    user.username = *username;
    user.password = password.toString();
    user.role = **role;
    user.displayName = displayName->value_or(QString());
    user.line = line->value_or(QString());
    const auto created = m_auth.createUser(user, admin.username, request.peer.toString());
    if (!created)
        return toResponse(fromAuthError(created.error()));
    m_calls.agentsChanged();
    return Http::Response::json(userJson(*created), 201);
}

Http::Response HubApi::updateUser(const Http::Request &request, const Auth::Identity &admin)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return toResponse(body.error());
    if (auto only
        = body->onlyFields({u"password"_s, u"role"_s, u"displayName"_s, u"line"_s, u"disabled"_s});
        !only)
        return toResponse(only.error());
    Auth::UserPatch patch;
    if (body->has(u"password"_s)) {
        const QJsonValue password = body->object().value(u"password"_s);
        if (!password.isString())
            return toResponse(
                Error::badRequest(u"invalid_field"_s, u"\"password\" must be a string"_s));
        patch.password = password.toString();
    }
    const auto role = roleField(*body);
    if (!role)
        return toResponse(role.error());
    patch.role = *role;
    const auto displayName = body->optionalString(u"displayName"_s);
    if (!displayName)
        return toResponse(displayName.error());
    patch.displayName = *displayName;
    const auto line = body->optionalString(u"line"_s);
    if (!line)
        return toResponse(line.error());
    if (body->has(u"line"_s))
        patch.line = line->value_or(QString()); // null clears the line
    const auto disabled = body->optionalBool(u"disabled"_s);
    if (!disabled)
        return toResponse(disabled.error());
    patch.disabled = *disabled;

    // The caller's own token survives a change of their own password; every other goes.
    const auto updated = m_auth.updateUser(request.pathParam(u"name"_s),
        patch,
        admin.username,
        request.peer.toString(),
        bearerToken(request, false));
    if (!updated)
        return toResponse(fromAuthError(updated.error()));
    m_calls.agentsChanged();
    return Http::Response::json(userJson(*updated));
}

Http::Response HubApi::deleteUser(const Http::Request &request, const Auth::Identity &admin)
{
    const auto removed
        = m_auth.deleteUser(request.pathParam(u"name"_s), admin.username, request.peer.toString());
    if (!removed)
        return toResponse(fromAuthError(removed.error()));
    m_calls.agentsChanged();
    return Http::Response::empty(204);
}

} // namespace Api
