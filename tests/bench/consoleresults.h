#pragma once

// What the console bench measures (issue 4's performance targets) and how its processes hand
// their figures to the orchestrating one: each child prints one JSON line on standard output.

#include "stats.h"

#include <QJsonObject>
#include <QString>

namespace Bench {

// Issue 4's targets.
constexpr double CONSOLE_STALL_TARGET_MS = 16;
constexpr double CONSOLE_STARTUP_TARGET_MS = 500;
constexpr double CONSOLE_MEMORY_TARGET_MB = 150;

struct ConsoleBenchSettings
{
    int runs = 3;
    int liveCalls = 500; // held live by the load at all times (after its ramp)
    double updatesPerSecond = 200; // callbacks a second: half new calls ringing, half ending
    // Long enough for the live model to reach its steady size: ended calls stay in it for
    // Ui::CallsModel::DefaultKeepEndedMs (60 s), so the measured window sees ~6,000 rows.
    double warmupSeconds = 65;
    double seconds = 20;
    int historyCalls = 100000;
    int probeIntervalMs = 2;
    double quietWaitSeconds = 60;
    QString dataRoot; // on the disk the hub would use
    QString simu; // the `simu` executable: the hub and the desktop app under test
};

// The UI process: a real Ui::MainWindow and Client::HubClient, logged in as a supervisor.
struct UiFigures
{
    // Gaps between the 2 ms probe timer's timeouts inside the window; a stall is gap - interval.
    qint64 samples = 0;
    double longestStallMs = 0;
    double p99StallMs = 0;
    double p50GapMs = 0;
    qint64 stallsOver16Ms = 0;
    double uiThreadCpuSeconds = 0; // the UI thread alone, inside the window
    double processCpuSeconds = 0; // every thread of the UI process, inside the window
    double windowSeconds = 0;
    qint64 snapshotSeq = 0; // the REST snapshot's place in the stream, at login
    qint64 lastSeq = 0; // the last event the UI received, when asked to stop
    qint64 eventsReceived = 0; // after the snapshot, in all
    qint64 eventsInWindow = 0;
    qint64 seqGaps = 0; // events arriving with a seq other than last + 1
    int modelRows = 0; // rows of the live calls model (live and recently ended calls)
    int liveRows = 0; // of which not ended
    int countersLive = -1; // the wallboard's "N live calls", -1 when it could not be read
    qint64 counterChanges = 0; // times the wallboard's counters text changed inside the window
    QString countersText; // the wallboard's counters, as last read
    qint64 readyRssKb = 0; // VmRSS once logged in, before the load
    qint64 rssKb = 0; // VmRSS when asked to stop
    qint64 hwmKb = 0; // VmHWM: the peak since the process started
    qint64 heapInUseKb = 0; // malloc: allocated and not freed (every arena)
    qint64 heapFreeKb = 0; // malloc: freed but still held from the system
    double loginMs = 0; // from pressing Log in to the stream being connected
};

// The webhook load process.
struct ConsoleLoadFigures
{
    // The measured window, on CLOCK_MONOTONIC (shared by every process on the machine).
    qint64 windowStartNs = 0;
    qint64 windowEndNs = 0;
    qint64 sent = 0;
    qint64 answered200 = 0;
    qint64 ringsOk = 0;
    qint64 endsOk = 0;
    qint64 answeredOther = 0;
    qint64 connectionErrors = 0;
    qint64 inWindow = 0; // answered 200 inside the measured window
    double maxLagMs = 0; // how late a callback left after its scheduled time, at worst
    Percentiles latency; // send to whole answer, inside the window
    double cpuSeconds = 0;
    double wallSeconds = 0;
    QString firstProblem;
};

// `simu` (the desktop app, remote-hub mode) launched as a user would.
struct StartupFigures
{
    double mappedMs = -1; // QProcess start to the X server mapping its window (-1: unseen)
    double lineMs = -1; // QProcess start to the bench reading the probe's line
    double sinceMainMs = -1; // the probe's own figure: from the top of main()
    double sinceProcessMs = -1; // the probe's: from the kernel's process start (10 ms ticks)
    qint64 idleRssKb = 0; // at the login screen, 2 s after the window was shown
    qint64 idleHwmKb = 0;
};

struct ConsoleRunFigures
{
    UiFigures ui;
    ConsoleLoadFigures load;
    StartupFigures startup;
    qint64 hubLastSeq = 0; // the hub's stream position after the load drained
    int hubLiveCalls = 0; // GET /api/calls/active after the load
    double hubCpuSeconds = 0; // the hub process, while the load ran
    double loadWallSeconds = 0;
    double xServerCpuSeconds = 0; // Xvfb, drawing what the console paints (-1: not found)
    double othersCpuSeconds = 0; // neither hub, load, console nor X server: noise
    double loadAverage = 0;
    double waitedSeconds = 0;
};

QJsonObject toJson(const UiFigures &f);
UiFigures uiFiguresFromJson(const QJsonObject &json);
QJsonObject toJson(const ConsoleLoadFigures &f);
ConsoleLoadFigures consoleLoadFromJson(const QJsonObject &json);

// VmRSS and VmHWM (kB) of a process from /proc/<pid>/status; "self" for this one.
struct ResidentMemory
{
    qint64 rssKb = 0;
    qint64 hwmKb = 0;
};
ResidentMemory residentMemory(const QString &pid = QStringLiteral("self"));
// User + system CPU seconds of another process (/proc/<pid>/stat), -1 when it is gone.
double processCpuSecondsOf(qint64 pid);

} // namespace Bench
