#include "simclock.h"

#include <cmath>

namespace AtSim {

SimClock::SimClock(double speed, const QDateTime &epoch)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_epoch(epoch)
{
    m_elapsed.start();
}

QDateTime SimClock::now() const
{
    return m_epoch.addMSecs(qint64(double(m_elapsed.elapsed()) * m_speed));
}

int SimClock::realMs(double simSeconds) const
{
    if (simSeconds <= 0)
        return 0;
    return int(std::lround(simSeconds * 1000.0 / m_speed));
}

} // namespace AtSim
