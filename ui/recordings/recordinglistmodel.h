#pragma once

// The calls a recordings search found, one row per call that has a recording, in the order
// the hub returned them (newest first). Only calls with a recording are ever kept.

#include "calls/call.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ui {

class RecordingListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingListModel)

public:
    // Disposition and Notes: the call's wrap-up (empty until the agent saves one).
    enum Column {
        DateTime,
        Customer,
        Agent,
        Direction,
        Duration,
        Cost,
        Disposition,
        Notes,
        ColumnCount
    };

    explicit RecordingListModel(QObject *parent = nullptr);

    // Replaces the rows / adds rows after them; calls without a recording are skipped (and
    // calls already shown, should pages overlap because new calls arrived in between).
    // Both return how many rows were added.
    int setCalls(const QList<Calls::Call> &calls);
    int appendCalls(const QList<Calls::Call> &calls);
    void clear();

    const Calls::Call &callAt(int row) const { return m_calls.at(row); }
    // A call shown here changed (its wrap-up was saved): its row shows the new one. False when
    // the call is not listed.
    bool updateCall(const Calls::Call &call);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const Calls::Call &call, int column) const;

    QList<Calls::Call> m_calls;
};

} // namespace Ui
