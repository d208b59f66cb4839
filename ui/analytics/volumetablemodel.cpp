#include "volumetablemodel.h"

#include "analyticsformat.h"
#include "common/csvexport.h"

using namespace Qt::StringLiterals;

namespace Ui {

VolumeTableModel::VolumeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VolumeTableModel::setVolume(const Client::CallVolume &volume)
{
    beginResetModel();
    m_volume = volume;
    QStringList keys;
    for (const Client::VolumePoint &point : volume.series) {
        for (auto it = point.outcomes.begin(); it != point.outcomes.end(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
    }
    m_outcomes = AnalyticsFormat::orderedOutcomes(keys);
    endResetModel();
}

qint64 VolumeTableModel::totalCalls() const
{
    qint64 total = 0;
    for (const Client::VolumePoint &point : m_volume.series)
        total += point.calls;
    return total;
}

int VolumeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_volume.series.size());
}

int VolumeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstOutcome + int(m_outcomes.size());
}

qint64 VolumeTableModel::countAt(const Client::VolumePoint &point, int column) const
{
    switch (column) {
    case Calls:
        return point.calls;
    case Inbound:
        return point.inbound;
    case Outbound:
        return point.outbound;
    case Answered:
        return point.answered;
    case NotAnswered:
        return point.notAnswered;
    default:
        return point.outcomes.value(m_outcomes.value(column - FirstOutcome));
    }
}

QVariant VolumeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_volume.series.size())
        return {};
    const Client::VolumePoint &point = m_volume.series.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Start)
            return AnalyticsFormat::bucketLabel(point.start, m_volume.bucket);
        return AnalyticsFormat::count(countAt(point, column));
    case CsvRole:
        if (column == Start)
            return point.start.toLocalTime().toString(Qt::ISODate);
        return countAt(point, column);
    case Qt::TextAlignmentRole:
        if (column == Start)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant VolumeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Period starting");
    case Calls:
        return tr("Calls");
    case Inbound:
        return tr("Inbound");
    case Outbound:
        return tr("Outbound");
    case Answered:
        return tr("Answered");
    case NotAnswered:
        return tr("Not answered");
    default:
        return AnalyticsFormat::outcomeLabel(m_outcomes.value(section - FirstOutcome));
    }
}

} // namespace Ui
