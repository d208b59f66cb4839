#include "analyticscharts.h"

#include "analyticsformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Ui::AnalyticsCharts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ui::AnalyticsCharts", text);
}

void clear(QChart &chart)
{
    chart.removeAllSeries();
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        chart.removeAxis(axis);
        delete axis;
    }
}

// A count axis with whole-number ticks: 0..1 for an empty chart, no "2.5 calls".
QValueAxis *countAxis(qint64 maximum)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(u"%d"_s);
    axis->setMin(0);
    if (maximum <= 5) {
        const qint64 top = qMax<qint64>(1, maximum);
        axis->setMax(double(top));
        axis->setTickCount(int(top) + 1);
    } else {
        // A step of 1, 2 or 5 times a power of ten, about five ticks.
        const double raw = double(maximum) / 5.0;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        double step = power;
        for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
            step = factor * power;
            if (step >= raw)
                break;
        }
        const int ticks = int(std::ceil(double(maximum) / step));
        axis->setMax(step * ticks);
        axis->setTickCount(ticks + 1);
    }
    return axis;
}

struct Part
{
    QString name;
    std::function<qint64(const Client::VolumePoint &)> count;
};

QList<Part> partsOf(VolumeSplit split)
{
    if (split == VolumeSplit::Direction) {
        return {{tr("Inbound"),
                    [](const Client::VolumePoint &p) {
                        return p.inbound;
                    }},
            {tr("Outbound"), [](const Client::VolumePoint &p) {
                 return p.outbound;
             }}};
    }
    return {{tr("Answered"),
                [](const Client::VolumePoint &p) {
                    return p.answered;
                }},
        {tr("Not answered"), [](const Client::VolumePoint &p) {
             return p.notAnswered;
         }}};
}

} // namespace

void showVolume(QChart &chart, const Client::CallVolume &volume, VolumeSplit split)
{
    clear(chart);
    chart.setTitle(tr("Calls over time"));
    const QList<Part> parts = partsOf(split);
    qint64 highest = 0;
    for (const Client::VolumePoint &point : volume.series)
        highest = qMax(highest, point.calls);

    if (volume.series.size() <= MAX_BAR_BUCKETS) {
        // Stacked bars: each bar is the bucket's calls, split in two.
        auto *series = new QStackedBarSeries;
        for (const Part &part : parts) {
            auto *set = new QBarSet(part.name);
            for (const Client::VolumePoint &point : volume.series)
                *set << double(part.count(point));
            series->append(set);
        }
        // Labels short enough to stand upright under a narrow bar; the axis title gives the
        // rest (the day of the hours, the month of the days).
        const bool many = volume.series.size() > 12;
        const QString format = volume.bucket == u"hour"_s ? u"HH"_s
            : volume.bucket == u"week"_s                  ? u"d MMM"_s
            : many                                        ? u"d"_s
                                                          : u"ddd d MMM"_s;
        QStringList categories;
        for (const Client::VolumePoint &point : volume.series) {
            QString label = QLocale().toString(point.start.toLocalTime(), format);
            while (categories.contains(label)) // categories must differ
                label += u' ';
            categories << label;
        }
        chart.addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        if (!volume.series.isEmpty()) {
            const QDate first = volume.series.constFirst().start.toLocalTime().date();
            const QDate last = volume.series.constLast().start.toLocalTime().date();
            const QLocale locale;
            if (volume.bucket == u"hour"_s) {
                x->setTitleText(tr("Hour of %1").arg(locale.toString(first, QLocale::LongFormat)));
            } else if (volume.bucket == u"week"_s) {
                x->setTitleText(tr("Weeks starting"));
            } else if (many) {
                x->setTitleText(first.month() == last.month()
                        ? locale.toString(first, u"MMMM yyyy"_s)
                        : tr("%1 to %2")
                              .arg(locale.toString(first, u"d MMMM"_s),
                                  locale.toString(last, u"d MMMM yyyy"_s)));
            }
        }
        // Upright labels are cut to "…" once bars are narrower than the text; standing on end
        // they fit any bar.
        x->setLabelsAngle(many ? -90 : 0);
        chart.addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        QValueAxis *y = countAxis(highest);
        y->setTitleText(tr("Calls"));
        chart.addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        return;
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(AnalyticsFormat::axisFormat(volume.bucket));
    x->setTickCount(7);
    chart.addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(highest);
    y->setTitleText(tr("Calls"));
    chart.addAxis(y, Qt::AlignLeft);
    for (const Part &part : parts) {
        auto *line = new QLineSeries;
        line->setName(part.name);
        for (const Client::VolumePoint &point : volume.series)
            line->append(double(point.start.toMSecsSinceEpoch()), double(part.count(point)));
        chart.addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    x->setRange(volume.series.constFirst().start.toLocalTime(),
        volume.series.constLast().start.toLocalTime());
}

void showAgents(QChart &chart, const QList<Client::AgentFigures> &agents)
{
    clear(chart);
    chart.setTitle(tr("Calls per agent"));
    auto *series = new QBarSeries;
    auto *calls = new QBarSet(tr("Calls"));
    auto *answered = new QBarSet(tr("Answered"));
    QStringList names;
    qint64 highest = 0;
    for (const Client::AgentFigures &figures : agents) {
        *calls << double(figures.calls);
        *answered << double(figures.answered);
        names << figures.agent;
        highest = qMax(highest, figures.calls);
    }
    series->append(calls);
    series->append(answered);
    chart.addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names.isEmpty() ? QStringList{tr("No calls")} : names);
    x->setLabelsAngle(names.size() > 8 ? -45 : 0);
    chart.addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(highest);
    y->setTitleText(tr("Calls"));
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void showDurations(QChart &chart, const Client::DurationStats &stats)
{
    clear(chart);
    chart.setTitle(tr("How long answered calls lasted (minutes:seconds)"));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Answered calls"));
    QStringList bands;
    qint64 highest = 0;
    for (const Client::DurationBin &bin : stats.histogram) {
        *set << double(bin.count);
        bands << AnalyticsFormat::binLabel(bin);
        highest = qMax(highest, bin.count);
    }
    series->append(set);
    chart.addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(bands);
    chart.addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(highest);
    y->setTitleText(tr("Calls"));
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart.legend()->setVisible(false); // one series: the title says what it is
}

void applyPalette(QChart &chart, const QPalette &palette)
{
    chart.setBackgroundBrush(palette.base());
    chart.setBackgroundRoundness(0);
    chart.setTitleBrush(palette.text());
    chart.legend()->setLabelColor(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.text());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

} // namespace Ui::AnalyticsCharts
