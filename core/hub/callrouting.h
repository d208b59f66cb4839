#pragma once

// What the hub tells AT to do with a call, decided from local state only (the webhook
// answers in milliseconds and never waits on the network). Pure functions: no I/O.

#include "calls/call.h"
#include "voice/actions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Hub {

struct AgentLine
{
    QString username;
    QString line; // E.164 number or AT SIP address
};

struct RoutingOptions
{
    bool record = true;
    QString holdMusicUrl;
    QString queueName = QStringLiteral("support");
    int maxAgentsRungAtOnce = 5;
};

struct RoutingDecision
{
    Voice::ActionDocument document;
    QStringList offeredTo; // agents whose lines ring
    QString assignedAgent; // set when exactly one agent can take it
    QString assignedLine;
};

// An inbound call: ring the available agents' lines together (the first to answer takes
// it); if nobody is free, or nobody answers, queue the caller with hold music.
RoutingDecision routeInbound(
    const Calls::Call &call, const QList<AgentLine> &available, const RoutingOptions &options);

// A click-to-call whose agent just answered their own line: now dial the customer, so the
// customer never waits for an agent.
RoutingDecision connectClickToCall(const Calls::Call &call, const RoutingOptions &options);

} // namespace Hub
