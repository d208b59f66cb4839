#pragma once

// Money as Africa's Talking reports it: a decimal string of variable precision ("0", "147.440",
// "0.408333333333333345"), summed exactly. A double would drift after a few thousand calls; an
// integer of micro-units would cut the last twelve digits of the third example. So an amount is
// whole units plus a fraction of 18 digits, and sums stay exact to the last digit AT sends.
//
// Storage keeps the fraction as two 9-digit halves (nanos and attos), so SQLite can SUM millions
// of them in a 64-bit integer without overflow; fromParts() carries those sums back.

#include <QString>
#include <QStringView>

#include <optional>

namespace Analytics {

class ExactAmount
{
public:
    static constexpr int MAX_DECIMALS = 18;
    static constexpr qint64 NANO = 1'000'000'000; // one half of the fraction

    ExactAmount() = default;

    // "147.440", "-0.5", "12", ".5", "+3.25". Nullopt for anything else: a comma, an exponent,
    // more than 18 decimals, more than 18 whole digits, spaces inside, an empty string.
    static std::optional<ExactAmount> parse(QStringView text);

    // units + nanos·10⁻⁹ + attos·10⁻¹⁸, each part any size and sign (sums read from SQL),
    // carried into the canonical form.
    static ExactAmount fromParts(qint64 units, qint64 nanos, qint64 attos);

    // The canonical form: value = units + fraction·10⁻¹⁸ with 0 <= fraction < 10¹⁸ (so -0.25 is
    // units -1, fraction 0.75·10¹⁸), split in halves for storage.
    qint64 units() const { return m_units; }
    qint64 nanos() const { return m_fraction / NANO; }
    qint64 attos() const { return m_fraction % NANO; }

    ExactAmount &operator+=(const ExactAmount &other);
    friend ExactAmount operator+(ExactAmount a, const ExactAmount &b) { return a += b; }
    ExactAmount operator-() const;
    friend bool operator==(const ExactAmount &, const ExactAmount &) = default;

    bool isZero() const { return m_units == 0 && m_fraction == 0; }

    // The exact value, without trailing zeros: "147.44", "0.408333333333333345", "-0.25", "0".
    QString toString() const;

private:
    static constexpr qint64 ONE = NANO * NANO; // 10¹⁸: one whole unit in fraction digits

    qint64 m_units = 0;
    qint64 m_fraction = 0; // [0, 10¹⁸)
};

} // namespace Analytics
