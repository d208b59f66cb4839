#include "consolestallprobe.h"

#include "stats.h"
#include "wire.h"

#include <algorithm>
#include <sys/resource.h>

namespace Bench {

namespace {

constexpr double STALL_LIMIT_MS = 16; // one frame at 60 Hz
constexpr int CPU_SAMPLE_MS = 1000;

double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(qMax(1, intervalMs))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
    m_cpuTimer.setInterval(CPU_SAMPLE_MS);
    connect(&m_cpuTimer, &QTimer::timeout, this, [this] { sampleCpu(); });
}

void StallProbe::start()
{
    m_cpu.reserve(3600);
    m_lastNs = monotonicNs();
    sampleCpu();
    m_timer.start();
    m_cpuTimer.start();
}

void StallProbe::onTimeout()
{
    const qint64 now = monotonicNs();
    m_gaps.push_back({now, now - m_lastNs});
    m_lastNs = now;
}

void StallProbe::sampleCpu()
{
    if (m_cpu.size() < m_cpu.capacity())
        m_cpu.push_back({monotonicNs(), threadCpuSeconds(), processCpuSeconds()});
}

StallProbe::CpuSample StallProbe::cpuAt(qint64 atNs) const
{
    if (m_cpu.empty())
        return {};
    if (atNs <= m_cpu.front().atNs)
        return m_cpu.front();
    for (size_t i = 1; i < m_cpu.size(); ++i) {
        const CpuSample &before = m_cpu[i - 1];
        const CpuSample &after = m_cpu[i];
        if (atNs > after.atNs)
            continue;
        const double f
            = double(atNs - before.atNs) / double(qMax<qint64>(1, after.atNs - before.atNs));
        return {atNs,
            before.thread + f * (after.thread - before.thread),
            before.process + f * (after.process - before.process)};
    }
    return m_cpu.back();
}

StallWindow StallProbe::window(qint64 fromNs, qint64 toNs) const
{
    StallWindow out;
    const qint64 intervalNs = qint64(m_intervalMs) * 1'000'000;
    std::vector<qint64> gaps;
    for (const Gap &gap : m_gaps) {
        if (gap.endNs < fromNs || gap.endNs >= toNs)
            continue;
        gaps.push_back(gap.gapNs);
        if (double(gap.gapNs - intervalNs) / 1e6 > STALL_LIMIT_MS)
            ++out.stallsOver16Ms;
    }
    const Percentiles p = percentiles(gaps);
    const double intervalMs = double(m_intervalMs);
    out.samples = p.count;
    out.longestStallMs = qMax(0.0, p.maxMs - intervalMs);
    out.p99StallMs = qMax(0.0, p.p99Ms - intervalMs);
    out.p50GapMs = p.p50Ms;
    const CpuSample from = cpuAt(fromNs);
    const CpuSample to = cpuAt(toNs);
    out.threadCpuSeconds = to.thread - from.thread;
    out.processCpuSeconds = to.process - from.process;
    return out;
}

std::vector<std::pair<qint64, qint64>> StallProbe::longest(
    qint64 fromNs, qint64 toNs, int count) const
{
    std::vector<std::pair<qint64, qint64>> found;
    for (const Gap &gap : m_gaps) {
        if (gap.endNs >= fromNs && gap.endNs < toNs)
            found.emplace_back(gap.endNs, gap.gapNs);
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.second > b.second;
    });
    found.resize(std::min(found.size(), size_t(qMax(0, count))));
    return found;
}

} // namespace Bench
