#pragma once

#include <QRandomGenerator>
#include <QString>

namespace AtSim {

// Every random choice of the simulator comes from here, so one seed replays a whole run:
// the same session ids, recording names and tokens in the same order.
class IdGenerator
{
public:
    explicit IdGenerator(quint32 seed);

    quint32 seed() const { return m_seed; }
    QString sessionId(); // "ATVId_" + 32 lowercase hex digits, as AT's
    QString hex(int digits); // lowercase hex
    QString token(const QString &prefix, int length); // e.g. "ATCAPtkn_" + base62

private:
    quint32 m_seed;
    QRandomGenerator m_random;
};

} // namespace AtSim
