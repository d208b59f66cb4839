#pragma once

// The Analytics view's figures at a glance, one tile each: calls, answered, abandonment (inbound
// calls that ended unanswered, as a share of inbound calls), mean duration of answered calls,
// talk time and cost per currency (rounded to cents, exact in the tooltip).

#include "client/analyticsresults.h"

#include <QFrame>

class QLabel;

namespace Ui {

class SummaryTiles final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryTiles)

public:
    enum Tile { Calls, Answered, Abandonment, MeanDuration, TalkTime, Cost, TileCount };

    explicit SummaryTiles(QWidget *parent = nullptr);

    void setSummary(const Client::AnalyticsSummary &summary);
    void setDurations(const Client::DurationStats &stats);
    void clear();

    QString valueText(Tile tile) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setValue(Tile tile, const QString &text, const QString &toolTip = QString());

    QLabel *m_captions[TileCount] = {};
    QLabel *m_values[TileCount] = {};
    std::optional<Client::AnalyticsSummary> m_summary;
};

} // namespace Ui
