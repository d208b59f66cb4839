#pragma once

#include <QString>

namespace AtSim {

// AT bills per second at a per-minute rate and reports the amount as a decimal string of
// varying precision ("0", "147.440", "0.408333333333333345"). Simu computes it exactly in
// decimal: seconds * rate / 60, at most 18 decimals, at least 3 (or "0" for nothing).
QString billAmount(int seconds, const QString &perMinute);

// Adds two decimal amounts as billAmount() formats them.
QString addAmounts(const QString &a, const QString &b);

// A plausible carrier name for a number's region, as callerCarrierName reports it.
QString carrierFor(const QString &region, const QString &e164);

} // namespace AtSim
