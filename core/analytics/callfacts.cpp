#include "callfacts.h"

#include "calls/calljson.h"
#include "util/logging.h"

namespace Analytics {

std::optional<CallFacts> factsOf(const Calls::Call &call)
{
    if (!call.isFinal() || !call.createdAt.isValid() || call.sessionId.isEmpty())
        return std::nullopt;
    CallFacts facts;
    facts.sessionId = call.sessionId;
    facts.createdAtMs = call.createdAt.toMSecsSinceEpoch();
    facts.agent = call.agent;
    facts.direction = Calls::directionApiName(call.direction);
    facts.outcome = Calls::apiName(call.state);
    facts.answered = call.state == Calls::CallState::Completed
        || call.state == Calls::CallState::Transferred || call.answeredAt.has_value();
    if (facts.answered && call.durationSeconds && *call.durationSeconds >= 0) {
        facts.durationSeconds = *call.durationSeconds;
        facts.talkSeconds = *call.durationSeconds;
        facts.handleSeconds = *call.durationSeconds;
    }
    if (facts.answered && call.direction == Voice::Direction::Inbound && call.answeredAt
        && call.answeredAt->isValid())
        facts.answerWaitMs = std::max<qint64>(0, call.createdAt.msecsTo(*call.answeredAt));
    if (call.hasCost() && !call.currencyCode.isEmpty()) {
        if (const auto amount = ExactAmount::parse(call.costAmount)) {
            facts.cost = *amount;
            facts.currency = call.currencyCode;
        } else {
            qCWarning(lcHub).noquote() << "call" << call.sessionId
                                       << "has a cost that is not a decimal number; it is left"
                                          " out of the cost figures:"
                                       << call.costAmount.left(40);
        }
    }
    return facts;
}

} // namespace Analytics
