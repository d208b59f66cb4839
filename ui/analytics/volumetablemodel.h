#pragma once

// GET /api/analytics/call-volume as a table: one row per bucket (its start, calls, by
// direction, answered or not, and one column per outcome the hub reports). Counts export to
// CSV as plain numbers and starts as ISO times (CsvRole).

#include "client/analyticsresults.h"

#include <QAbstractTableModel>

namespace Ui {

class VolumeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTableModel)

public:
    enum Column { Start, Calls, Inbound, Outbound, Answered, NotAnswered, FirstOutcome };

    explicit VolumeTableModel(QObject *parent = nullptr);

    void setVolume(const Client::CallVolume &volume);
    const Client::CallVolume &volume() const { return m_volume; }
    const QStringList &outcomes() const { return m_outcomes; }
    // Calls over every bucket.
    qint64 totalCalls() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    qint64 countAt(const Client::VolumePoint &point, int column) const;

    Client::CallVolume m_volume;
    QStringList m_outcomes; // the outcome columns, in reading order
};

} // namespace Ui
