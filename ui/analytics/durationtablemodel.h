#pragma once

// GET /api/analytics/call-duration-stats' histogram as a table: one row per duration band
// ("0:30–1:00"), its bounds in seconds and how many answered calls fell in it.

#include "client/analyticsresults.h"

#include <QAbstractTableModel>

namespace Ui {

class DurationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationTableModel)

public:
    enum Column { Band, FromSeconds, ToSeconds, Calls, ColumnCount };

    explicit DurationTableModel(QObject *parent = nullptr);

    void setStats(const Client::DurationStats &stats);
    const Client::DurationStats &stats() const { return m_stats; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Client::DurationStats m_stats;
};

} // namespace Ui
