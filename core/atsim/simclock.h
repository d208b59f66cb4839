#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace AtSim {

// Simulated time runs `speed` times faster than real time. Calls keep their own exact
// timelines in simulated seconds (see SimCall), so durations do not depend on how busy the
// machine is; this clock only converts between the two and stamps wall-clock times.
class SimClock
{
public:
    explicit SimClock(double speed, const QDateTime &epoch = QDateTime::currentDateTimeUtc());

    double speed() const { return m_speed; }
    QDateTime now() const;
    // Real milliseconds a simulated span takes; never negative.
    int realMs(double simSeconds) const;

private:
    double m_speed;
    QDateTime m_epoch;
    QElapsedTimer m_elapsed;
};

} // namespace AtSim
