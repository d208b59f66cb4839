#pragma once

// How the console words and colours an agent's state, the same in the agent's own control and
// on the supervisor's wallboard: "Available", "Away ▸ Lunch", "After-call work"... The hub's
// names ("available", "after_call_work") never reach the screen untranslated.

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Ui {

class AgentStateText
{
    Q_DECLARE_TR_FUNCTIONS(AgentStateText)

public:
    // "Available", "Busy", "Away ▸ Lunch", "After-call work", "Offline"; "Unknown" for a state
    // this console does not know (a newer hub).
    static QString label(const QString &state, const QString &reason = {});
    // One sentence for a tooltip: what the state means for the calls the agent gets.
    static QString explanation(const QString &state);
    // Green, red, amber, blue, grey: always shown with the label, never alone.
    static QColor colour(const QString &state);
    // 0:07, 4:05, 1:02:03: time in a state, or left of after-call work.
    static QString duration(qint64 seconds);
};

} // namespace Ui
