#pragma once

// GET /api/analytics/agent-performance as a table: one row per agent with calls, answered,
// talk time, average handle time and speed of answer, one cost column per currency, and the
// time in each agent state when the hub reports it (rows without it show zero). Times show as
// "m:ss" and export to CSV as seconds; money exports exactly as the hub wrote it.

#include "client/analyticsresults.h"

#include <QAbstractTableModel>

namespace Ui {

class AgentPerformanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPerformanceModel)

public:
    enum Column { Agent, Calls, Answered, TalkTime, AverageHandle, AverageAnswer, FirstCost };

    explicit AgentPerformanceModel(QObject *parent = nullptr);

    void setPerformance(const Client::AgentPerformance &performance);
    const QList<Client::AgentFigures> &agents() const { return m_agents; }
    // Whether the time-in-state columns are shown (some row carries them).
    bool hasTimeInState() const { return m_hasStates; }
    // The column of a state ("available", ...), or -1 when not shown.
    int stateColumn(const QString &state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Client::AgentFigures &figures, int column) const;
    QVariant exported(const Client::AgentFigures &figures, int column) const;

    QList<Client::AgentFigures> m_agents;
    QStringList m_currencies; // one cost column each
    bool m_hasStates = false;
};

} // namespace Ui
