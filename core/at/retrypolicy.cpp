#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace At {

namespace {

// Retry-After in seconds (the HTTP-date form is not worth parsing for a 429 AT never sent).
std::optional<int> retryAfterMs(const TransportReply &reply)
{
    bool ok = false;
    const int seconds = reply.header("Retry-After").trimmed().toInt(&ok);
    if (!ok || seconds < 0 || seconds > 24 * 3600)
        return std::nullopt;
    return seconds * 1000;
}

} // namespace

bool isRepeatable(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::QueueStatus:
    case Endpoint::MediaUpload:
        return true;
    case Endpoint::Call:
    case Endpoint::CallTransfer:
        break;
    }
    return false;
}

bool isRetryableFailure(Endpoint endpoint, const TransportReply &reply)
{
    if (reply.provesNotSent())
        return true;
    if (!isRepeatable(endpoint))
        return false;
    switch (reply.outcome) {
    case TransportOutcome::Completed:
        return reply.status == 429 || (reply.status >= 500 && reply.status < 600);
    case TransportOutcome::Timeout:
    case TransportOutcome::ConnectionLost:
    case TransportOutcome::NetworkError:
        return true;
    case TransportOutcome::ConnectionRefused:
    case TransportOutcome::HostNotFound:
    case TransportOutcome::TlsError:
        break; // handled by provesNotSent()
    }
    return false;
}

int RetryPolicy::delayForAttempt(int failedAttempt, double randomUnit) const
{
    const int exponent = std::clamp(failedAttempt - 1, 0, 30);
    const double base = std::max(0, baseDelayMs) * std::pow(2.0, exponent);
    const double unit = std::clamp(randomUnit, 0.0, 1.0);
    const double varied = base * (1.0 + std::max(0.0, jitter) * (2.0 * unit - 1.0));
    const double capped = std::clamp(varied, 0.0, static_cast<double>(std::max(0, maxDelayMs)));
    return static_cast<int>(std::lround(capped));
}

std::optional<int> RetryPolicy::retryDelay(
    Endpoint endpoint, const TransportReply &reply, int failedAttempt, double randomUnit) const
{
    if (failedAttempt >= maxAttempts || !isRetryableFailure(endpoint, reply))
        return std::nullopt;
    const int backoff = delayForAttempt(failedAttempt, randomUnit);
    if (reply.outcome == TransportOutcome::Completed && reply.status == 429) {
        if (const auto asked = retryAfterMs(reply)) {
            if (*asked > maxDelayMs)
                return std::nullopt; // give the user the 429 rather than hang for minutes
            return std::max(backoff, *asked);
        }
    }
    return backoff;
}

} // namespace At
