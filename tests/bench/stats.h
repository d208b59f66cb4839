#pragma once

// Percentiles of latency samples and the median of several runs' figures.

#include <QList>

#include <cstdint>
#include <vector>

namespace Bench {

struct Percentiles
{
    qint64 count = 0;
    double p50Ms = 0, p90Ms = 0, p99Ms = 0, p999Ms = 0, maxMs = 0, meanMs = 0;
};

// Nearest-rank percentiles of nanosecond samples (sorts them in place).
Percentiles percentiles(std::vector<qint64> &samplesNs);

double median(QList<double> values);

} // namespace Bench
