#pragma once

// What the hub's API answers, read into the client's values, and what the client sends. Pure
// functions: each reader returns the value, or a sentence naming the key that is wrong (the
// client reports it as a Protocol error: the other side is not speaking the hub's API).

#include "client/hubclient.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace Client {

Util::Result<Auth::Identity, QString> identityFromJson(const QJsonObject &json);
// POST /api/auth/login: {"token", "role", "expiresAt", "user": {...}}.
Util::Result<Session, QString> sessionFromJson(const QJsonObject &json);
Util::Result<Health, QString> healthFromJson(const QJsonObject &json);
Util::Result<Calls::Call, QString> callFromApiJson(const QJsonObject &json);
// GET /api/calls/active: {"calls": [...], "seq": N}.
Util::Result<ActiveCalls, QString> activeCallsFromJson(const QJsonObject &json);
// GET /api/calls: {"calls": [...], "total", "offset", "limit"}.
Util::Result<HistoryPage, QString> historyPageFromJson(const QJsonObject &json);
// POST /api/calls/{id}/recording/link: {"url": "/api/calls/…/recording?access=…", "expiresAt"},
// resolved against the hub's address; only a path on the hub itself is accepted.
Util::Result<QUrl, QString> recordingLinkFromJson(const QJsonObject &json, const QUrl &hub);
// GET /api/agents: {"agents": [...]}.
Util::Result<QList<AgentInfo>, QString> agentsFromJson(const QJsonObject &json);
// One agent of that list, or of an agent_update event (hubclientagents.cpp); with
// `requireCounts` false, "activeCalls" may be absent (GET /api/me).
Util::Result<AgentInfo, QString> agentFromJson(const QJsonObject &json, bool requireCounts = true);

// One message of the call stream: an event, or the {"type":"ready","seq":N} mark.
struct StreamMessage
{
    bool isReady = false;
    qint64 readySeq = 0; // when isReady
    StreamEvent event; // otherwise
};
Util::Result<StreamMessage, QString> streamMessageFromText(const QByteArray &utf8);

// The API's error shape, {"error": {"code", "message"}}; nullopt when the body is not one.
struct ApiError
{
    QString code;
    QString message;
};
std::optional<ApiError> apiErrorFromBody(const QByteArray &body);

// What the client sends.
QUrlQuery historyQueryItems(const HistoryQuery &query);
QJsonObject initiateBody(const InitiateRequest &request);
QJsonObject transferBody(const TransferRequest &request);

} // namespace Client
