#pragma once

// The calls Simu is tracking, by AT session id: every live call, plus the most recent ended
// ones (older ones are dropped; the call history belongs to storage, not to memory).
//
// Notifications go through applyCallback(), which runs the state machine and emits only when
// something changed. A late notification for a call that was already dropped is recognised
// and ignored, so it cannot resurrect a finished call as a live one.

#include "calls/call.h"
#include "calls/callstatemachine.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace Calls {

class CallRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallRegistry)

public:
    // finishedCapacity: how many ended calls stay findable (the oldest are dropped first).
    explicit CallRegistry(int finishedCapacity = 500, QObject *parent = nullptr);

    std::optional<Call> find(const QString &sessionId) const;

    // After /call answered Queued. If AT's notifications overtook the /call answer, the call
    // already exists: it keeps its state and only gains what it lacked (clientRequestId,
    // numbers). The reference stays valid until the registry next changes.
    const Call &addQueued(Call call);

    Transition applyCallback(const Voice::CallbackEvent &event, const QDateTime &receivedAt);

    // Live calls, oldest first.
    QList<Call> activeCalls() const;
    // Ended calls still held, most recently ended first.
    QList<Call> recentCalls() const;

Q_SIGNALS:
    void callAdded(const Calls::Call &call);
    void callUpdated(const Calls::Call &call, Calls::CallState previous);

private:
    // Bookkeeping after a call changed: remembers the order calls ended in and drops the
    // oldest ended calls beyond capacity.
    void noteFinished(const Call &call, CallState previous);

    QHash<QString, Call> m_calls;
    QList<QString> m_finishedOrder; // oldest first
    QList<QString> m_droppedOrder; // oldest first; bounded like m_dropped
    QSet<QString> m_dropped; // session ids of ended calls no longer held
    int m_finishedCapacity;
};

} // namespace Calls
