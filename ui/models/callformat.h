#pragma once

// How every view shows a call: its state and direction in words, durations, costs and the
// colour of each state.
// Pure functions, kept apart from the model so each rule is testable and the model stays about
// bookkeeping.

#include "calls/call.h"

#include <QColor>
#include <QString>

namespace Ui::CallFormat {

// The state, direction and kind of a call in words (translated).
QString stateText(Calls::CallState state);
QString directionText(Voice::Direction direction);
QString kindText(Calls::CallKind kind);

// Seconds the call has been talking at `hubNow` (the hub's clock), or AT's billed duration
// once it is final; nothing before it is answered.
std::optional<qint64> liveSeconds(const Calls::Call &call, const QDateTime &hubNow);

// "0:39", "12:05", "1:02:05" (hours appear only past an hour). Negative counts as 0.
QString duration(qint64 seconds);
// The same, or "—" when there is nothing to count yet.
QString durationText(std::optional<qint64> seconds);

struct Cost
{
    QString text; // "KES 0.41": cents, or more decimals when cents would show a non-zero as 0
    QString toolTip; // the amount exactly as AT sent it
    double value = -1; // for sorting; -1 when there is no cost
};

// `amount` exactly as AT sent it ("0.408333333333333345"), `currency` "KES". Numbers follow
// the user's locale ("KES 0,41" in French). An amount that is not a number is shown as sent.
Cost cost(const QString &amount, const QString &currency);

// A swatch colour per state, mid-tone so it reads on light and dark backgrounds alike:
// amber ringing, green in progress, blue transferring, grey completed, red failed.
QColor stateColour(Calls::CallState state);

} // namespace Ui::CallFormat
