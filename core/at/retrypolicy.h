#pragma once

// When the AT client may send a request again, and how long it waits first. Pure functions,
// so the rules and the backoff are tested without a network and without waiting.
//
// The one rule that matters: a /call (or /callTransfer) that may have reached AT is never
// sent again, because the customer's phone would ring twice and the account would pay twice.
// Those two are retried only when the failure proves nothing left this machine (connection
// refused, name lookup failed, TLS handshake failed). /queueStatus only reads, and
// /mediaUpload registers the same URL again harmlessly, so those two are also retried after a
// timeout, a broken connection, a 5xx, or a 429 (after Retry-After, if AT ever sends one).

#include "atrequests.h"
#include "httptransport.h"

#include <optional>

namespace At {

struct RetryPolicy
{
    int maxAttempts = 4; // the first try included; 1 disables retries
    int baseDelayMs = 500; // wait before the 2nd attempt; doubles each time
    int maxDelayMs = 8000; // ceiling for any wait, jitter included
    double jitter = 0.2; // each wait varies by up to ±20% so clients do not retry in step

    // The wait after `failedAttempt` (1-based) failed: baseDelayMs * 2^(failedAttempt-1),
    // varied by jitter (randomUnit in [0, 1): 0 gives -jitter, 0.5 none, ~1 +jitter), capped
    // at maxDelayMs, never negative.
    int delayForAttempt(int failedAttempt, double randomUnit) const;

    // The wait before sending again after `failedAttempt` got `reply`, or nullopt when the
    // request must not (or need not) be sent again: success, a definite answer, a failure that
    // may have reached AT on a non-repeatable endpoint, attempts used up, or a Retry-After
    // longer than maxDelayMs.
    std::optional<int> retryDelay(
        Endpoint endpoint, const TransportReply &reply, int failedAttempt, double randomUnit) const;
};

// True when sending this endpoint twice cannot do the work twice.
bool isRepeatable(Endpoint endpoint);

// True when `reply` is a failure worth sending `endpoint` again for (ignores attempt counts).
bool isRetryableFailure(Endpoint endpoint, const TransportReply &reply);

} // namespace At
