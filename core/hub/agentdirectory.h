#pragma once

// Which agents can take a call, and on which line. The list of agents comes from the user
// store through a Source (cached briefly: an inbound call must not wait on a query), and the
// hub says who is busy. Among the free agents, the one who was offered a call longest ago
// comes first, so calls spread fairly.

#include "callrouting.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace Util {
class IClock;
}

namespace Hub {

class AgentDirectory
{
public:
    // Enabled agents that have a line.
    using Source = std::function<QList<AgentLine>()>;

    AgentDirectory(Source source, const Util::IClock &clock, int cacheSeconds = 5);

    // Whether an agent's state lets a call ring them (agentstateservice.h: only "available"
    // does). Unset: every agent may be rung, as before agent states existed.
    using StateFilter = std::function<bool(const QString &username)>;
    void setStateFilter(StateFilter filter) { m_stateFilter = std::move(filter); }

    // Agents who may take a call now: a line, not in `busy`, and available by their state.
    QList<AgentLine> available(const QSet<QString> &busy);
    void noteOffered(const QStringList &usernames);
    std::optional<AgentLine> byLine(const QString &line);
    // Forget the cached list (after a user was created, changed or deleted).
    void invalidate() { m_fetchedAt = {}; }

private:
    const QList<AgentLine> &agents();

    Source m_source;
    StateFilter m_stateFilter;
    const Util::IClock &m_clock;
    int m_cacheSeconds;
    QList<AgentLine> m_agents;
    QDateTime m_fetchedAt;
    QHash<QString, QDateTime> m_lastOffered;
};

} // namespace Hub
