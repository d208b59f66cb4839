#include "stats.h"

#include <algorithm>
#include <cmath>

namespace Bench {

namespace {

double nearestRank(const std::vector<qint64> &sorted, double fraction)
{
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, qsizetype(sorted.size()) - 1);
    return double(sorted[size_t(index)]) / 1e6;
}

} // namespace

Percentiles percentiles(std::vector<qint64> &samplesNs)
{
    Percentiles out;
    out.count = qint64(samplesNs.size());
    if (samplesNs.empty())
        return out;
    std::sort(samplesNs.begin(), samplesNs.end());
    out.p50Ms = nearestRank(samplesNs, 0.50);
    out.p90Ms = nearestRank(samplesNs, 0.90);
    out.p99Ms = nearestRank(samplesNs, 0.99);
    out.p999Ms = nearestRank(samplesNs, 0.999);
    out.maxMs = double(samplesNs.back()) / 1e6;
    double sum = 0;
    for (const qint64 sample : samplesNs)
        sum += double(sample);
    out.meanMs = sum / double(samplesNs.size()) / 1e6;
    return out;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace Bench
