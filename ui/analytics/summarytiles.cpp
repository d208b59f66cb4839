#include "summarytiles.h"

#include "analyticsformat.h"
#include "models/callformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

const char *const TILE_NAMES[] = {
    "callsTile", "answeredTile", "abandonmentTile", "meanDurationTile", "talkTimeTile", "costTile"};

} // namespace

SummaryTiles::SummaryTiles(QWidget *parent)
    : QFrame(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (int tile = 0; tile < TileCount; ++tile) {
        auto *box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        box->setBackgroundRole(QPalette::Base);
        box->setAutoFillBackground(true);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(10, 6, 10, 6);
        column->setSpacing(2);
        m_captions[tile] = new QLabel(box);
        m_values[tile] = new QLabel(box);
        m_values[tile]->setObjectName(QString::fromLatin1(TILE_NAMES[tile]));
        m_values[tile]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = m_values[tile]->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        m_values[tile]->setFont(big);
        column->addWidget(m_captions[tile]);
        column->addWidget(m_values[tile]);
        column->addStretch(1);
        row->addWidget(box, 1);
    }
    retranslate();
    clear();
}

void SummaryTiles::retranslate()
{
    const QString captions[TileCount] = {tr("Calls"),
        tr("Answered"),
        tr("Abandoned (inbound)"),
        tr("Mean duration"),
        tr("Talk time"),
        tr("Cost")};
    for (int tile = 0; tile < TileCount; ++tile) {
        m_captions[tile]->setText(captions[tile]);
        m_values[tile]->setAccessibleName(captions[tile]);
    }
    if (m_summary)
        setSummary(*m_summary);
}

void SummaryTiles::clear()
{
    m_summary.reset();
    for (int tile = 0; tile < TileCount; ++tile)
        setValue(Tile(tile), u"—"_s);
}

void SummaryTiles::setValue(Tile tile, const QString &text, const QString &toolTip)
{
    m_values[tile]->setText(text);
    m_values[tile]->setToolTip(toolTip);
    m_values[tile]->setAccessibleDescription(text);
}

void SummaryTiles::setSummary(const Client::AnalyticsSummary &summary)
{
    m_summary = summary;
    setValue(Calls,
        AnalyticsFormat::count(summary.calls),
        tr("%1 inbound, %2 outbound")
            .arg(
                AnalyticsFormat::count(summary.inbound), AnalyticsFormat::count(summary.outbound)));
    const std::optional<double> answeredShare = summary.calls > 0
        ? std::optional<double>(double(summary.answered) / double(summary.calls))
        : std::nullopt;
    setValue(Answered,
        AnalyticsFormat::count(summary.answered),
        tr("%1 of all calls").arg(AnalyticsFormat::percent(answeredShare)));
    setValue(Abandonment,
        AnalyticsFormat::percent(summary.abandonmentRate),
        tr("%n inbound call(s) ended before anyone answered", nullptr, int(summary.abandoned)));
    setValue(TalkTime, CallFormat::duration(summary.talkSeconds));
    QString exact;
    const QString shown = AnalyticsFormat::money(summary.cost, &exact);
    setValue(Cost,
        shown,
        exact.isEmpty() ? QString() : tr("Exactly as Africa's Talking reported:\n%1").arg(exact));
}

void SummaryTiles::setDurations(const Client::DurationStats &stats)
{
    const QString median = AnalyticsFormat::averageSeconds(stats.medianSeconds);
    const QString p90 = stats.p90Seconds ? CallFormat::duration(*stats.p90Seconds) : u"—"_s;
    setValue(MeanDuration,
        AnalyticsFormat::averageSeconds(stats.meanSeconds),
        tr("Median %1, 90% under %2, over %n answered call(s)", nullptr, int(stats.count))
            .arg(median, p90));
}

QString SummaryTiles::valueText(Tile tile) const
{
    return m_values[tile]->text();
}

void SummaryTiles::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Ui
