#include "call.h"

namespace Calls {

Call Call::outboundQueued(const QString &sessionId,
    const QString &customerNumber,
    const QString &atNumber,
    const QString &clientRequestId,
    const QDateTime &now)
{
    Call call;
    call.sessionId = sessionId;
    call.direction = Voice::Direction::Outbound;
    call.kind = CallKind::Outbound;
    call.customerNumber = customerNumber;
    call.atNumber = atNumber;
    call.clientRequestId = clientRequestId;
    call.state = CallState::Queued;
    call.createdAt = now;
    call.updatedAt = now;
    return call;
}

bool sameCallData(const Call &before, const Call &after)
{
    Call withoutBookkeeping = after;
    withoutBookkeeping.callbacksApplied = before.callbacksApplied;
    withoutBookkeeping.updatedAt = before.updatedAt;
    return withoutBookkeeping == before;
}

} // namespace Calls
