#include "durationtablemodel.h"

#include "analyticsformat.h"
#include "common/csvexport.h"

using namespace Qt::StringLiterals;

namespace Ui {

DurationTableModel::DurationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DurationTableModel::setStats(const Client::DurationStats &stats)
{
    beginResetModel();
    m_stats = stats;
    endResetModel();
}

int DurationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stats.histogram.size());
}

int DurationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DurationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_stats.histogram.size())
        return {};
    const Client::DurationBin &bin = m_stats.histogram.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Band:
            return AnalyticsFormat::binLabel(bin);
        case FromSeconds:
            return AnalyticsFormat::count(bin.fromSeconds);
        case ToSeconds:
            return bin.toSeconds ? AnalyticsFormat::count(*bin.toSeconds) : QString();
        case Calls:
            return AnalyticsFormat::count(bin.count);
        default:
            return {};
        }
    case CsvRole:
        switch (index.column()) {
        case FromSeconds:
            return bin.fromSeconds;
        case ToSeconds:
            return bin.toSeconds ? QVariant(*bin.toSeconds) : QVariant(QString());
        case Calls:
            return bin.count;
        default:
            return {}; // the band as shown
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Band)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DurationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Band:
        return tr("Duration");
    case FromSeconds:
        return tr("From (s)");
    case ToSeconds:
        return tr("To (s)");
    case Calls:
        return tr("Answered calls");
    default:
        return {};
    }
}

} // namespace Ui
