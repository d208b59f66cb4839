#pragma once

// Sorting and filtering over a CallsModel: by agent, direction, live or ended, and a search
// box that matches the customer's number (however it is typed: "0712", "+254 712", "712") or
// the agent's name. Newest call first unless the user sorts otherwise.

#include "voice/callbackevent.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace Ui {

class CallsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Live: not ended yet. Ended: ended, still shown for CallsModel::keepEndedMs().
    enum class StateFilter { All, Live, Ended };
    Q_ENUM(StateFilter)

    explicit CallsFilterProxy(QObject *parent = nullptr);

    // A username; "" shows every agent's calls. Case-insensitive.
    void setAgentFilter(const QString &agent);
    QString agentFilter() const;

    // Inbound or Outbound only; std::nullopt shows both.
    void setDirectionFilter(std::optional<Voice::Direction> direction);
    std::optional<Voice::Direction> directionFilter() const;

    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const;

    // Text from a search box; "" matches everything.
    void setTextFilter(const QString &text);
    QString textFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_agent;
    std::optional<Voice::Direction> m_direction;
    StateFilter m_state = StateFilter::All;
    QString m_text;
    QString m_needle; // m_text as it is matched: digits only for a number, else lower case
};

} // namespace Ui
