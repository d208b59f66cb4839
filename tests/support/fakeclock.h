#pragma once

// A clock that stands still until a test moves it, so anything timed (token expiry, throttles,
// rate limits, durations) tests instantly and exactly. No sleeps.

#include "util/clock.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <chrono>

namespace TestSupport {

class FakeClock final : public Util::IClock
{
public:
    // A fixed, ordinary weekday morning in UTC, so test output is the same everywhere.
    explicit FakeClock(QDateTime start = QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}

    QDateTime now() const override { return m_now; }

    // clock.advance(std::chrono::seconds(30)); or with chrono literals, clock.advance(30s).
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    void set(const QDateTime &time) { m_now = time; }

private:
    QDateTime m_now;
};

} // namespace TestSupport
