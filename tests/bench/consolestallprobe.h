#pragma once

// How long the UI thread was unavailable: a Qt::PreciseTimer fires every `intervalMs` on the
// thread it lives on, and every gap between two timeouts is recorded with when it ended. Work
// that holds the thread (handling an event, laying out, painting) delays the next timeout, so
// a gap minus the interval is a stall a user would feel as a frozen window. Once a second it
// also notes the thread's and the process's CPU time, so a window's CPU use can be worked out.

#include <QObject>
#include <QTimer>

#include <deque>
#include <vector>

namespace Bench {

struct StallWindow
{
    qint64 samples = 0; // gaps ending inside the window
    double longestStallMs = 0; // the longest gap minus the interval
    double p99StallMs = 0;
    double p50GapMs = 0;
    qint64 stallsOver16Ms = 0;
    double threadCpuSeconds = 0; // the probe's thread (the UI thread)
    double processCpuSeconds = 0;
};

class StallProbe final : public QObject
{
public:
    explicit StallProbe(int intervalMs, QObject *parent = nullptr);

    void start();
    int intervalMs() const { return m_intervalMs; }
    // Figures for the gaps that ended in [fromNs, toNs) on CLOCK_MONOTONIC.
    StallWindow window(qint64 fromNs, qint64 toNs) const;
    // The `count` longest gaps that ended in [fromNs, toNs): (end, gap) in ns, longest first.
    // For matching stalls with a profile taken on the same clock (perf record -k monotonic).
    std::vector<std::pair<qint64, qint64>> longest(qint64 fromNs, qint64 toNs, int count) const;

private:
    struct Gap
    {
        qint64 endNs = 0;
        qint64 gapNs = 0;
    };
    struct CpuSample
    {
        qint64 atNs = 0;
        double thread = 0;
        double process = 0;
    };
    void onTimeout();
    void sampleCpu();
    // CPU seconds at `atNs`, interpolated between the samples around it.
    CpuSample cpuAt(qint64 atNs) const;

    int m_intervalMs;
    QTimer m_timer;
    QTimer m_cpuTimer;
    qint64 m_lastNs = 0;
    std::deque<Gap> m_gaps; // grows in small blocks: recording never copies the past
    std::vector<CpuSample> m_cpu;
};

} // namespace Bench
