#include "callregistry.h"

#include "util/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Calls {

namespace {

// How many dropped session ids to remember, so that a very late notification for one of them
// is ignored instead of starting a ghost call that would never end.
constexpr int DROPPED_MEMORY_FACTOR = 4;
constexpr int DROPPED_MEMORY_MINIMUM = 1000;

const Call &noCall()
{
    static const Call empty;
    return empty;
}

// AT answers sessionId "None" for /call recipients it refused: there is no call to track.
bool isTrackable(const QString &sessionId)
{
    const QString trimmed = sessionId.trimmed();
    return !trimmed.isEmpty() && trimmed.compare(u"None"_s, Qt::CaseInsensitive) != 0;
}

Transition ignored(const QString &reason)
{
    Transition transition;
    transition.reason = reason;
    return transition;
}

} // namespace

CallRegistry::CallRegistry(int finishedCapacity, QObject *parent)
    : QObject(parent)
    , m_finishedCapacity(std::max(0, finishedCapacity))
{}

std::optional<Call> CallRegistry::find(const QString &sessionId) const
{
    const auto it = m_calls.constFind(sessionId);
    if (it == m_calls.cend())
        return std::nullopt;
    return *it;
}

const Call &CallRegistry::addQueued(Call call)
{
    const QString sessionId = call.sessionId;
    if (!isTrackable(sessionId) || m_dropped.contains(sessionId)) {
        qCWarning(lcCalls) << "Not tracking queued call with session id" << sessionId;
        return noCall();
    }

    auto it = m_calls.find(sessionId);
    if (it == m_calls.end()) {
        m_calls.insert(sessionId, call);
        qCInfo(lcCalls) << sessionId << "queued to" << Util::maskNumber(call.customerNumber);
        Q_EMIT callAdded(call);
    } else {
        // The notifications were faster than the /call answer: keep what they said.
        Call merged = *it;
        if (merged.direction == Voice::Direction::Unknown)
            merged.direction = call.direction;
        if (merged.customerNumber.isEmpty())
            merged.customerNumber = call.customerNumber;
        if (merged.atNumber.isEmpty())
            merged.atNumber = call.atNumber;
        if (merged.clientRequestId.isEmpty())
            merged.clientRequestId = call.clientRequestId;
        if (!sameCallData(*it, merged)) {
            *it = merged;
            Q_EMIT callUpdated(merged, merged.state);
        }
    }
    // Look up again: a slot connected to the signals may have changed the registry.
    const auto stored = m_calls.constFind(sessionId);
    return stored == m_calls.cend() ? noCall() : *stored;
}

Transition CallRegistry::applyCallback(
    const Voice::CallbackEvent &event, const QDateTime &receivedAt)
{
    const QString sessionId = event.sessionId;
    if (!isTrackable(sessionId)) {
        qCWarning(lcCalls) << "Notification without a session id ignored";
        return ignored(u"notification without a session id ignored"_s);
    }

    auto it = m_calls.find(sessionId);
    if (it == m_calls.end()) {
        if (m_dropped.contains(sessionId)) {
            qCInfo(lcCalls) << sessionId << "notification for a call that ended long ago ignored";
            return ignored(u"notification for a call that ended long ago ignored"_s);
        }
        const Transition transition = CallStateMachine::start(event, receivedAt);
        m_calls.insert(sessionId, transition.call);
        qCInfo(lcCalls) << sessionId << Util::maskNumber(transition.call.customerNumber)
                        << transition.reason;
        Q_EMIT callAdded(transition.call);
        if (transition.call.isFinal())
            noteFinished(transition.call, transition.previousState);
        return transition;
    }

    const Transition transition = CallStateMachine::apply(*it, event, receivedAt);
    if (!transition.changed) {
        qCDebug(lcCalls) << sessionId << transition.reason;
        return transition;
    }
    *it = transition.call;
    qCInfo(lcCalls) << sessionId << transition.reason;
    Q_EMIT callUpdated(transition.call, transition.previousState);
    noteFinished(transition.call, transition.previousState);
    return transition;
}

QList<Call> CallRegistry::activeCalls() const
{
    QList<Call> calls;
    for (const Call &call : m_calls) {
        if (!call.isFinal())
            calls.append(call);
    }
    std::sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.sessionId < b.sessionId;
    });
    return calls;
}

QList<Call> CallRegistry::recentCalls() const
{
    QList<Call> calls;
    calls.reserve(m_finishedOrder.size());
    for (auto it = m_finishedOrder.crbegin(); it != m_finishedOrder.crend(); ++it) {
        const auto found = m_calls.constFind(*it);
        if (found != m_calls.cend())
            calls.append(*found);
    }
    return calls;
}

void CallRegistry::noteFinished(const Call &call, CallState previous)
{
    if (!call.isFinal() || isFinal(previous))
        return; // only the moment a call ends counts
    m_finishedOrder.append(call.sessionId);

    const int droppedMemory
        = std::max(DROPPED_MEMORY_MINIMUM, m_finishedCapacity * DROPPED_MEMORY_FACTOR);
    while (m_finishedOrder.size() > m_finishedCapacity) {
        const QString oldest = m_finishedOrder.takeFirst();
        m_calls.remove(oldest);
        m_dropped.insert(oldest);
        m_droppedOrder.append(oldest);
        while (m_droppedOrder.size() > droppedMemory)
            m_dropped.remove(m_droppedOrder.takeFirst());
    }
}

} // namespace Calls
