#pragma once

#include <QDateTime>

namespace Util {

// Time as a seam: production code asks an IClock, tests hand in a FakeClock.
class IClock
{
public:
    virtual ~IClock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public IClock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace Util
