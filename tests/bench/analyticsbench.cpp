// analyticsbench: the call analytics' benchmark (issue 5). Seeds a hub data folder with a
// million ended calls over 90 days and the agents' state changes over the same days (or reuses
// what was seeded before), times every analytics endpoint warm, in-process and over HTTP, next
// to the plain GROUP BY over the calls table and the state log, and writes the "## Analytics"
// section of docs/performance.md. Not a test: `make bench-analytics` runs it.
//
//   analyticsbench [--calls 1000000] [--days 90] [--agents 20] [--runs 20]
//                  [--data-dir DIR] [--report docs/performance.md]

#include "analyticsreport.h"
#include "analyticsseed.h"
#include "analyticstimings.h"
#include "perfreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The hub logs each login and start; the bench's own progress is what matters here.
    QLoggingCategory::setFilterRules(u"simu.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the hub's call analytics over a large history."_s);
    parser.addHelpOption();
    const QCommandLineOption calls{
        u"calls"_s, u"Ended calls in the history."_s, u"n"_s, u"1000000"_s};
    const QCommandLineOption days{u"days"_s, u"Days the history spans."_s, u"n"_s, u"90"_s};
    const QCommandLineOption agents{u"agents"_s, u"Agents sharing the calls."_s, u"n"_s, u"20"_s};
    const QCommandLineOption runs{u"runs"_s, u"Timed runs of each query."_s, u"n"_s, u"20"_s};
    const QCommandLineOption baselineRuns{
        u"baseline-runs"_s, u"Timed runs of each plain GROUP BY over calls."_s, u"n"_s, u"5"_s};
    const QCommandLineOption dataDir{u"data-dir"_s,
        u"The hub data folder to seed or reuse (default: a temporary one)."_s,
        u"dir"_s};
    const QCommandLineOption report{
        u"report"_s, u"Rewrite the \"## Analytics\" section of this file."_s, u"file"_s};
    parser.addOptions({calls, days, agents, runs, baselineRuns, dataDir, report});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Bench::AnalyticsSeedSettings settings;
    settings.calls = parser.value(calls).toLongLong();
    settings.days = parser.value(days).toInt();
    settings.agents = parser.value(agents).toInt();
    const int timedRuns = parser.value(runs).toInt();
    if (settings.calls <= 0 || settings.days <= 0 || settings.days > 399 || settings.agents <= 0
        || settings.agents > 99 || timedRuns <= 0) {
        err << "--calls, --agents (1-99), --days (1-399) and --runs must be positive" << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QString folder = parser.isSet(dataDir) ? parser.value(dataDir) : temporary.path();
    QDir().mkpath(folder);

    const auto seeded = Bench::seedAnalyticsHistory(folder, settings);
    if (!seeded) {
        err << "seeding failed: " << seeded.error() << Qt::endl;
        return 1;
    }
    err << "summing every stored call again, as an upgrade does" << Qt::endl;
    const auto rebuilt = Bench::rebuildAnalytics(folder);
    if (!rebuilt) {
        err << "rebuilding failed: " << rebuilt.error() << Qt::endl;
        return 1;
    }
    const auto measured = Bench::measureAnalytics(
        folder, seeded->endsAt, timedRuns, parser.value(baselineRuns).toInt());
    if (!measured) {
        err << "measuring failed: " << measured.error() << Qt::endl;
        return 1;
    }
    bool allMet = false;
    const QString section = Bench::analyticsSection(
        settings, *seeded, *measured, *rebuilt, Bench::describeMachine(folder), timedRuns, &allMet);
    out << section << Qt::endl;
    if (parser.isSet(report)) {
        if (const auto written
            = Bench::writeSection(parser.value(report), Bench::ANALYTICS_SECTION, section);
            !written) {
            err << written.error() << Qt::endl;
            return 1;
        }
        err << "wrote the analytics section of " << parser.value(report) << Qt::endl;
    }
    if (!allMet)
        err << "a target was missed: see the report" << Qt::endl;
    return 0; // a missed target is a finding, not a broken bench
}
