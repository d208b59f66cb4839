#pragma once

// What the benches share (hubbench, consolebench, analyticsbench): a quiet machine before each
// run, children that hand their figures back as one JSON line, latency percentiles in that
// JSON, and the report's table of each figure's median across runs with its PASS/FAIL.

#include "stats.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Bench {

// The 1-minute load average, -1 when /proc/loadavg cannot be read.
double loadAverage();
// Waits until other processes use less than a quarter of a core (sampled over 2 s), at most
// maxSeconds; returns the time waited. Other engineers' builds would otherwise be measured too.
double waitForQuiet(double maxSeconds);

// Runs `program arguments` while this process's event loop keeps running (a hub in this
// process serves the child), kills it after limitSeconds, and returns the JSON object on the
// last line of its standard output. `what` names the child in the error messages.
Util::Result<QJsonObject, QString> runJsonChild(
    const QString &program, const QStringList &arguments, int limitSeconds, const QString &what);

QJsonObject toJson(const Percentiles &p);
Percentiles percentilesFromJson(const QJsonObject &json);

// A figure as the report prints it: English digit grouping ("30,000"), `decimals` places.
QString formatNumber(double value, int decimals);

// The report's "| figure | target | median | runs | result |" table over every run's figures.
template <typename Run>
class MedianTable
{
public:
    using Figure = std::function<double(const Run &)>;
    using Format = std::function<QString(double)>;
    using Verdict = std::function<bool(double)>;

    // `noTarget` is what the target column shows for a figure that has none.
    explicit MedianTable(const QList<Run> &runs, QString noTarget = {})
        : m_runs(runs)
        , m_noTarget(std::move(noTarget))
    {}

    // One row: the median of the figure across runs, then each run's, "a / b / c". With a
    // verdict the median is judged PASS or FAIL, and met() says whether every one passed.
    void row(const QString &name,
        const QString &target,
        const Figure &figure,
        const Format &format,
        const Verdict &passes = {})
    {
        QList<double> values;
        for (const Run &run : m_runs)
            values.append(figure(run));
        const double middle = median(values);
        QString verdict = QStringLiteral("—");
        if (passes) {
            const bool ok = passes(middle);
            m_met = m_met && ok;
            verdict = ok ? QStringLiteral("PASS") : QStringLiteral("**FAIL**");
        }
        m_rows.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                          .arg(name,
                              target.isEmpty() ? m_noTarget : target,
                              format(middle),
                              perRun(figure, format),
                              verdict));
    }

    // Each run's figure, "a / b / c".
    QString perRun(const Figure &figure, const Format &format) const
    {
        QStringList parts;
        for (const Run &run : m_runs)
            parts.append(format(figure(run)));
        return parts.join(QStringLiteral(" / "));
    }

    // The header and every row, ending in a newline.
    QString text() const
    {
        return QStringLiteral(
                   "| figure | target | median | runs | result |\n|---|---|---|---|---|\n")
            + m_rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    bool met() const { return m_met; }

private:
    const QList<Run> &m_runs;
    QString m_noTarget;
    QStringList m_rows;
    bool m_met = true;
};

} // namespace Bench
