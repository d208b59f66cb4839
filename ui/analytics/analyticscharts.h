#pragma once

// The Analytics view's three charts (Qt Charts), filled from the hub's answers: call volume
// over time (bars for up to a month of buckets, lines beyond, split by outcome or direction),
// calls and answered calls per agent, and the duration histogram. Colours and text follow the
// system palette, so the charts read in light and dark themes alike.

#include "client/analyticsresults.h"

class QChart;
class QPalette;

namespace Ui::AnalyticsCharts {

enum class VolumeSplit { Outcome, Direction };

// More buckets than this draw as lines on a time axis: bars would be slivers and their labels
// a smear.
inline constexpr int MAX_BAR_BUCKETS = 31;

void showVolume(QChart &chart, const Client::CallVolume &volume, VolumeSplit split);
void showAgents(QChart &chart, const QList<Client::AgentFigures> &agents);
void showDurations(QChart &chart, const Client::DurationStats &stats);

// Background, text, grid and legend colours from `palette`.
void applyPalette(QChart &chart, const QPalette &palette);

} // namespace Ui::AnalyticsCharts
