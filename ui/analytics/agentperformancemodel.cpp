#include "agentperformancemodel.h"

#include "agent/agentstatetext.h"
#include "analyticsformat.h"
#include "common/csvexport.h"
#include "models/callformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ui {

AgentPerformanceModel::AgentPerformanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AgentPerformanceModel::setPerformance(const Client::AgentPerformance &performance)
{
    beginResetModel();
    m_agents = performance.agents;
    m_currencies.clear();
    m_hasStates = false;
    for (const Client::AgentFigures &figures : m_agents) {
        for (auto it = figures.cost.begin(); it != figures.cost.end(); ++it) {
            if (!m_currencies.contains(it.key()))
                m_currencies << it.key();
        }
        m_hasStates = m_hasStates || !figures.timeInState.isEmpty();
    }
    m_currencies.sort();
    endResetModel();
}

int AgentPerformanceModel::stateColumn(const QString &state) const
{
    const qsizetype at = AnalyticsFormat::agentStates().indexOf(state);
    if (!m_hasStates || at < 0)
        return -1;
    return FirstCost + int(m_currencies.size()) + int(at);
}

int AgentPerformanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentPerformanceModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return FirstCost + int(m_currencies.size())
        + (m_hasStates ? int(AnalyticsFormat::agentStates().size()) : 0);
}

QVariant AgentPerformanceModel::display(const Client::AgentFigures &figures, int column) const
{
    switch (column) {
    case Agent:
        return figures.agent;
    case Calls:
        return AnalyticsFormat::count(figures.calls);
    case Answered:
        return AnalyticsFormat::count(figures.answered);
    case TalkTime:
        return CallFormat::duration(figures.talkSeconds);
    case AverageHandle:
        return AnalyticsFormat::averageSeconds(figures.averageHandleSeconds);
    case AverageAnswer:
        return AnalyticsFormat::averageSeconds(figures.averageSpeedOfAnswerSeconds);
    default:
        break;
    }
    const int costAt = column - FirstCost;
    if (costAt < m_currencies.size()) {
        const QString currency = m_currencies.at(costAt);
        if (!figures.cost.contains(currency))
            return u"—"_s;
        return CallFormat::cost(figures.cost.value(currency), currency).text;
    }
    const QString state = AnalyticsFormat::agentStates().value(costAt - int(m_currencies.size()));
    return CallFormat::duration(figures.timeInState.value(state));
}

QVariant AgentPerformanceModel::exported(const Client::AgentFigures &figures, int column) const
{
    const auto rounded = [](const std::optional<double> &seconds) -> QVariant {
        if (!seconds)
            return QString();
        return std::round(*seconds * 100.0) / 100.0;
    };
    switch (column) {
    case Agent:
        return figures.agent;
    case Calls:
        return figures.calls;
    case Answered:
        return figures.answered;
    case TalkTime:
        return figures.talkSeconds;
    case AverageHandle:
        return rounded(figures.averageHandleSeconds);
    case AverageAnswer:
        return rounded(figures.averageSpeedOfAnswerSeconds);
    default:
        break;
    }
    const int costAt = column - FirstCost;
    if (costAt < m_currencies.size())
        return figures.cost.value(m_currencies.at(costAt)); // exact, as the hub wrote it
    const QString state = AnalyticsFormat::agentStates().value(costAt - int(m_currencies.size()));
    return figures.timeInState.value(state);
}

QVariant AgentPerformanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agents.size())
        return {};
    const Client::AgentFigures &figures = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(figures, index.column());
    case CsvRole:
        return exported(figures, index.column());
    case Qt::ToolTipRole: {
        const int costAt = index.column() - FirstCost;
        if (costAt >= 0 && costAt < m_currencies.size()) {
            const QString currency = m_currencies.at(costAt);
            if (figures.cost.contains(currency))
                return u"%1 %2"_s.arg(currency, figures.cost.value(currency));
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Agent)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AgentPerformanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int costAt = section - FirstCost;
    const bool isState = costAt >= m_currencies.size();
    const QString state = isState
        ? AnalyticsFormat::agentStates().value(costAt - int(m_currencies.size()))
        : QString();
    if (role == CsvRole) {
        // The file says what unit its plain numbers are in.
        switch (section) {
        case TalkTime:
            return tr("Talk time (s)");
        case AverageHandle:
            return tr("Average handle time (s)");
        case AverageAnswer:
            return tr("Average speed of answer (s)");
        default:
            if (isState && section >= FirstCost)
                return tr("%1 (s)").arg(AgentStateText::label(state));
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agent:
        return tr("Agent");
    case Calls:
        return tr("Calls");
    case Answered:
        return tr("Answered");
    case TalkTime:
        return tr("Talk time");
    case AverageHandle:
        return tr("Avg handle time");
    case AverageAnswer:
        return tr("Avg speed of answer");
    default:
        break;
    }
    if (!isState)
        return tr("Cost (%1)").arg(m_currencies.value(costAt));
    return AgentStateText::label(state);
}

} // namespace Ui
