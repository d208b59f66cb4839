#include "callrouting.h"

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

Voice::Enqueue queueFor(const RoutingOptions &options)
{
    return Voice::Enqueue{.name = options.queueName, .holdMusic = options.holdMusicUrl};
}

} // namespace

RoutingDecision routeInbound(
    const Calls::Call &call, const QList<AgentLine> &available, const RoutingOptions &options)
{
    RoutingDecision decision;
    if (available.isEmpty()) {
        decision.document.actions
            = {Voice::Say{.text = u"Thank you for calling. All our agents are busy; please hold "
                                  "and we will be with you shortly."_s},
                queueFor(options)};
        return decision;
    }
    QStringList lines;
    for (const AgentLine &agent : available.mid(0, qMax(1, options.maxAgentsRungAtOnce))) {
        lines.append(agent.line);
        decision.offeredTo.append(agent.username);
    }
    if (decision.offeredTo.size() == 1) {
        decision.assignedAgent = decision.offeredTo.constFirst();
        decision.assignedLine = lines.constFirst();
    }
    // <Dial> falls through to the next action when nobody answers: then the caller queues.
    decision.document.actions = {
        Voice::Dial{.phoneNumbers = lines,
            .record = options.record,
            .sequential = false,
            .callerId = call.atNumber},
        Voice::Say{.text = u"Sorry, nobody could take your call right now. Please hold."_s},
        queueFor(options),
    };
    return decision;
}

RoutingDecision connectClickToCall(const Calls::Call &call, const RoutingOptions &options)
{
    RoutingDecision decision;
    decision.assignedAgent = call.agent;
    decision.assignedLine = call.agentLine;
    decision.document.actions = {
        Voice::Dial{.phoneNumbers = {call.customerNumber},
            .record = options.record,
            .callerId = call.atNumber},
        // Reached only when the customer does not answer: tell the agent, then hang up.
        Voice::Say{.text = u"The customer did not answer."_s},
    };
    return decision;
}

} // namespace Hub
