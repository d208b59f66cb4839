#pragma once

// What one ended call adds to the analytics, worked out once from the call: its row in
// analytics_calls, and the amounts the rollups sum. Every figure the analytics API reports is
// a sum of these, so their definitions are the API's:
//
//   bucket time      createdAt (Simu's clock: when the call reached the hub), in UTC
//   outcome          the final state: completed, no_answer, busy, failed, rejected, transferred
//   answered         completed or transferred (both need an answer), or Simu saw it answered
//   durationSeconds  AT's durationInSeconds of an answered call (unset when AT sent none)
//   talkSeconds      the same, 0 when unanswered or unknown
//   handleSeconds    talk time for now; after-call work joins it when wrap-up is recorded
//   answerWaitMs     inbound and answered: from ringing at the hub to the answer (Simu's clock)
//   cost, currency   AT's amount, exactly, when it sent a readable amount and a currency

#include "analytics/exactamount.h"
#include "calls/call.h"

#include <QString>

#include <optional>

namespace Analytics {

struct CallFacts
{
    QString sessionId;
    qint64 createdAtMs = 0; // ms since the epoch, UTC
    QString agent; // username; "" when nobody took the call
    QString direction; // "inbound", "outbound", "unknown"
    QString outcome; // Calls::apiName of the final state
    bool answered = false;
    std::optional<int> durationSeconds;
    qint64 talkSeconds = 0;
    qint64 handleSeconds = 0;
    std::optional<qint64> answerWaitMs;
    QString currency; // "" when the call has no readable cost
    ExactAmount cost;

    friend bool operator==(const CallFacts &, const CallFacts &) = default;
};

// The facts of an ended call; nullopt while the call is live (or has no creation time).
std::optional<CallFacts> factsOf(const Calls::Call &call);

} // namespace Analytics
