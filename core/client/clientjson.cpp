#include "clientjson.h"

#include "calls/calljson.h"
#include "calls/callstate.h"
#include "jsonfield.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Client {

namespace {

// A required string; an empty one is fine unless `nonEmpty`.
Util::Result<QString, QString> stringAt(
    const QJsonObject &json, const QString &key, bool nonEmpty = false)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || (nonEmpty && value.toString().isEmpty()))
        return wrongField(key, nonEmpty ? u"a non-empty string"_s : u"a string"_s);
    return value.toString();
}

// A whole number (JSON has only doubles; a seq may pass 2^31).
Util::Result<qint64, QString> integerAt(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return wrongField(key, u"a number"_s);
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < 0)
        return wrongField(key, u"a whole number, 0 or more"_s);
    return qint64(number);
}

Util::Result<QList<Calls::Call>, QString> callsAt(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return wrongField(key, u"a list"_s);
    QList<Calls::Call> calls;
    const QJsonArray array = value.toArray();
    calls.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Util::fail(u"\"%1\"[%2] is not a call object"_s.arg(key).arg(i));
        auto call = Calls::callFromJson(array.at(i).toObject());
        if (!call)
            return Util::fail(u"\"%1\"[%2]: %3"_s.arg(key).arg(i).arg(call.error()));
        calls.append(call.value());
    }
    return calls;
}

QString lineFrom(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString(); // null: no line
}

} // namespace

Util::Result<Auth::Identity, QString> identityFromJson(const QJsonObject &json)
{
    Auth::Identity identity;
    auto username = stringAt(json, u"username"_s, true);
    if (!username)
        return Util::fail(username.error());
    identity.username = username.value();
    identity.displayName = json.value(u"displayName"_s).toString();
    const auto role = Auth::roleFromApiName(json.value(u"role"_s).toString());
    if (!role)
        return Util::fail(u"\"role\" is not agent, supervisor or admin"_s);
    identity.role = *role;
    const QJsonValue line = json.value(u"line"_s);
    if (!line.isString() && !line.isNull() && !line.isUndefined())
        return wrongField(u"line"_s, u"a string or null"_s);
    identity.line = lineFrom(line);
    return identity;
}

Util::Result<Session, QString> sessionFromJson(const QJsonObject &json)
{
    Session session;
    auto token = stringAt(json, u"token"_s, true);
    if (!token)
        return Util::fail(token.error());
    session.token = token.value();
    session.expiresAt
        = QDateTime::fromString(json.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
    if (!session.expiresAt.isValid())
        return wrongField(u"expiresAt"_s, u"an ISO-8601 time"_s);
    if (!json.value(u"user"_s).isObject())
        return wrongField(u"user"_s, u"an object"_s);
    auto identity = identityFromJson(json.value(u"user"_s).toObject());
    if (!identity)
        return Util::fail(u"\"user\": "_s + identity.error());
    session.identity = identity.value();
    return session;
}

Util::Result<Health, QString> healthFromJson(const QJsonObject &json)
{
    Health health;
    auto status = stringAt(json, u"status"_s, true);
    if (!status)
        return Util::fail(status.error());
    health.status = status.value();
    health.version = json.value(u"version"_s).toString();
    health.demo = json.value(u"demo"_s).toBool(false); // only demo hubs say so
    return health;
}

Util::Result<Calls::Call, QString> callFromApiJson(const QJsonObject &json)
{
    return Calls::callFromJson(json);
}

Util::Result<ActiveCalls, QString> activeCallsFromJson(const QJsonObject &json)
{
    auto calls = callsAt(json, u"calls"_s);
    if (!calls)
        return Util::fail(calls.error());
    auto seq = integerAt(json, u"seq"_s);
    if (!seq)
        return Util::fail(seq.error());
    return ActiveCalls{calls.value(), seq.value()};
}

Util::Result<HistoryPage, QString> historyPageFromJson(const QJsonObject &json)
{
    auto calls = callsAt(json, u"calls"_s);
    if (!calls)
        return Util::fail(calls.error());
    HistoryPage page;
    page.calls = calls.value();
    for (const auto &[key, field] : {std::pair{u"total"_s, &page.total},
             std::pair{u"offset"_s, &page.offset},
             std::pair{u"limit"_s, &page.limit}}) {
        auto number = integerAt(json, key);
        if (!number)
            return Util::fail(number.error());
        *field = int(qMin<qint64>(number.value(), std::numeric_limits<int>::max()));
    }
    return page;
}

Util::Result<QUrl, QString> recordingLinkFromJson(const QJsonObject &json, const QUrl &hub)
{
    const QString path = json.value(u"url"_s).toString();
    const QUrl relative(path);
    // A link elsewhere (another host, a scheme) would make the player fetch from anywhere.
    if (path.isEmpty() || !relative.isRelative() || !path.startsWith(u"/api/"_s))
        return Util::fail(u"\"url\" must be a path on the hub, such as /api/calls/…/recording"_s);
    return hub.resolved(relative);
}

Util::Result<QList<AgentInfo>, QString> agentsFromJson(const QJsonObject &json)
{
    const QJsonValue value = json.value(u"agents"_s);
    if (!value.isArray())
        return wrongField(u"agents"_s, u"a list"_s);
    QList<AgentInfo> agents;
    for (const QJsonValue &item : value.toArray()) {
        auto agent = agentFromJson(item.toObject());
        if (!agent)
            return Util::fail(u"\"agents\": "_s + agent.error());
        agents.append(agent.value());
    }
    return agents;
}

Util::Result<StreamMessage, QString> streamMessageFromText(const QByteArray &utf8)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Util::fail(u"not JSON: "_s + parseError.errorString());
    if (!document.isObject())
        return Util::fail(u"not a JSON object"_s);
    const QJsonObject json = document.object();
    auto type = stringAt(json, u"type"_s, true);
    if (!type)
        return Util::fail(type.error());
    auto seq = integerAt(json, u"seq"_s);
    if (!seq)
        return Util::fail(seq.error());
    StreamMessage message;
    if (type.value() == u"ready"_s) {
        message.isReady = true;
        message.readySeq = seq.value();
        return message;
    }
    if (seq.value() == 0)
        return Util::fail(u"an event without a \"seq\""_s);
    StreamEvent &event = message.event;
    event.type = type.value();
    event.seq = seq.value();
    event.sessionId = json.value(u"sessionId"_s).toString();
    event.at = QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODateWithMs);
    // Call events carry the whole call; event types added later may carry none.
    if (json.value(u"call"_s).isObject()) {
        auto call = Calls::callFromJson(json.value(u"call"_s).toObject());
        if (!call)
            return Util::fail(u"\"call\": "_s + call.error());
        event.call = call.value();
    } else if (event.type.startsWith(u"call_"_s)) {
        return wrongField(u"call"_s, u"an object"_s);
    }
    // Agent states (hubclientagents.cpp): the agent as GET /api/agents lists them.
    if (event.type == u"agent_update"_s && json.value(u"agent"_s).isObject()) {
        auto agent = agentFromJson(json.value(u"agent"_s).toObject());
        if (!agent)
            return Util::fail(u"\"agent\": "_s + agent.error());
        event.agent = agent.value();
    }
    return message;
}

std::optional<ApiError> apiErrorFromBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QJsonValue code = error.value(u"code"_s);
    const QJsonValue message = error.value(u"message"_s);
    if (!code.isString() || !message.isString() || message.toString().isEmpty())
        return std::nullopt;
    return ApiError{code.toString(), message.toString()};
}

QUrlQuery historyQueryItems(const HistoryQuery &query)
{
    QUrlQuery items;
    const auto add = [&items](const QString &key, const QString &value) {
        if (!value.isEmpty())
            items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"agent"_s, query.agent);
    add(u"direction"_s, query.direction);
    add(u"state"_s, query.states.join(u','));
    add(u"number"_s, query.number);
    if (query.from.isValid())
        add(u"from"_s, Calls::isoTime(query.from));
    if (query.to.isValid())
        add(u"to"_s, Calls::isoTime(query.to));
    if (query.offset > 0)
        add(u"offset"_s, QString::number(query.offset));
    add(u"limit"_s, QString::number(query.limit));
    return items;
}

QJsonObject initiateBody(const InitiateRequest &request)
{
    QJsonObject body{{u"to"_s, request.to}};
    if (!request.from.isEmpty())
        body.insert(u"from"_s, request.from);
    if (!request.clientRequestId.isEmpty())
        body.insert(u"clientRequestId"_s, request.clientRequestId);
    return body;
}

QJsonObject transferBody(const TransferRequest &request)
{
    QJsonObject body{{u"to"_s, request.to}};
    if (!request.callLeg.isEmpty())
        body.insert(u"callLeg"_s, request.callLeg);
    return body;
}

} // namespace Client
