#include "agentdirectory.h"

#include "util/clock.h"

#include <algorithm>

namespace Hub {

AgentDirectory::AgentDirectory(Source source, const Util::IClock &clock, int cacheSeconds)
    : m_source(std::move(source))
    , m_clock(clock)
    , m_cacheSeconds(cacheSeconds)
{}

const QList<AgentLine> &AgentDirectory::agents()
{
    const QDateTime now = m_clock.now();
    if (!m_fetchedAt.isValid() || m_fetchedAt.secsTo(now) >= m_cacheSeconds || now < m_fetchedAt) {
        m_agents = m_source();
        m_fetchedAt = now;
    }
    return m_agents;
}

QList<AgentLine> AgentDirectory::available(const QSet<QString> &busy)
{
    QList<AgentLine> free;
    for (const AgentLine &agent : agents()) {
        if (!busy.contains(agent.username) && !agent.line.isEmpty()
            && (!m_stateFilter || m_stateFilter(agent.username)))
            free.append(agent);
    }
    // Longest since their last offer first; never offered counts as longest.
    std::stable_sort(free.begin(), free.end(), [this](const AgentLine &a, const AgentLine &b) {
        const QDateTime ta = m_lastOffered.value(a.username);
        const QDateTime tb = m_lastOffered.value(b.username);
        if (!ta.isValid() || !tb.isValid())
            return !ta.isValid() && tb.isValid();
        return ta < tb;
    });
    return free;
}

void AgentDirectory::noteOffered(const QStringList &usernames)
{
    const QDateTime now = m_clock.now();
    for (const QString &username : usernames)
        m_lastOffered.insert(username, now);
}

std::optional<AgentLine> AgentDirectory::byLine(const QString &line)
{
    for (const AgentLine &agent : agents()) {
        if (agent.line.compare(line, Qt::CaseInsensitive) == 0)
            return agent;
    }
    return std::nullopt;
}

} // namespace Hub
