#pragma once

// The recordings search's table as the view shows and exports it: the calls' own columns
// (RecordingListModel's, whatever they become) plus a "Recording" column saying where each
// recording stands after the user acted on it ("Downloading to the hub… 40%", "On the hub",
// "Deleted by supervisor1"). The notes are kept by session id, so they survive a new search.
// For CSV export it gives plain values (CsvRole): ISO times, seconds, exact amounts.

#include "calls/call.h"

#include <QHash>
#include <QIdentityProxyModel>

#include <functional>

namespace Ui {

class RecordingStatusProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingStatusProxy)

public:
    // `callAt(row)` reads the source model's call of a row.
    RecordingStatusProxy(
        std::function<const Calls::Call &(int row)> callAt, QObject *parent = nullptr);

    int statusColumn() const;
    void setNote(const QString &sessionId, const QString &note);
    QString note(const QString &sessionId) const { return m_notes.value(sessionId); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    std::function<const Calls::Call &(int row)> m_callAt;
    QHash<QString, QString> m_notes;
};

} // namespace Ui
