#include "callsfilterproxy.h"

#include "callsmodel.h"

namespace Ui {

namespace {

// "+254 (712) 345-678" is a number to match by its digits; "agent2" is a name.
bool looksLikeNumber(const QString &text)
{
    bool hasDigit = false;
    for (const QChar c : text) {
        if (c.isDigit())
            hasDigit = true;
        else if (!c.isSpace() && c != u'+' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return false;
    }
    return hasDigit;
}

QString needleFor(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!looksLikeNumber(trimmed))
        return trimmed.toLower();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

CallsFilterProxy::CallsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallsModel::SortRole);
    setDynamicSortFilter(true);
    sort(CallsModel::StartedColumn, Qt::DescendingOrder);
}

void CallsFilterProxy::setAgentFilter(const QString &agent)
{
    const QString trimmed = agent.trimmed();
    if (trimmed == m_agent)
        return;
    m_agent = trimmed;
    invalidateFilter();
}

QString CallsFilterProxy::agentFilter() const
{
    return m_agent;
}

void CallsFilterProxy::setDirectionFilter(std::optional<Voice::Direction> direction)
{
    if (direction == Voice::Direction::Unknown)
        direction.reset(); // "unknown only" is not a filter anyone asks for
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
}

std::optional<Voice::Direction> CallsFilterProxy::directionFilter() const
{
    return m_direction;
}

void CallsFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

CallsFilterProxy::StateFilter CallsFilterProxy::stateFilter() const
{
    return m_state;
}

void CallsFilterProxy::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = needleFor(text);
    invalidateFilter();
}

QString CallsFilterProxy::textFilter() const
{
    return m_text;
}

bool CallsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state != StateFilter::All) {
        const bool ended = index.data(CallsModel::IsFinalRole).toBool();
        if (ended != (m_state == StateFilter::Ended))
            return false;
    }
    if (m_direction && index.data(CallsModel::DirectionRole).toInt() != int(*m_direction))
        return false;
    if (!m_agent.isEmpty()
        && index.data(CallsModel::AgentRole).toString().compare(m_agent, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_needle.isEmpty()
        && !index.data(CallsModel::SearchTextRole).toString().contains(m_needle))
        return false;
    return true;
}

bool CallsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Equal (two calls in the same millisecond): arrival order, so rows do not swap places
    // from one update to the next.
    return left.row() < right.row();
}

} // namespace Ui
