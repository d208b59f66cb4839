// Hub::parseSpendCap and Hub::SpendMeter: the daily spend cap read from the settings, and the
// decision to refuse a call once today's spend (the hub's local day) reaches it. The clock is a
// FakeClock and the zone a fixed UTC+3 (East Africa Time), so midnight is exact everywhere.

#include "fakeclock.h"
#include "hub/spendcap.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Analytics::ExactAmount;
using Spent = QMap<QString, QString>; // currency -> amount, as AT sends it

namespace {

const QTimeZone EAT(3 * 3600);

ExactAmount amount(const QString &text)
{
    return ExactAmount::parse(text).value_or(ExactAmount());
}

// A local time in Nairobi.
QDateTime nairobi(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), EAT);
}

// Spend that depends on which day is asked for: `byDayStart` maps the UTC start of a local
// day to that day's spend. Records the ranges asked for.
struct FakeSpend
{
    QMap<QDateTime, Spent> byDayStart;
    QList<QPair<QDateTime, QDateTime>> asked;
    QString failure;

    Hub::SpendMeter::SpendBetween source()
    {
        return [this](const QDateTime &from,
                   const QDateTime &to) -> Util::Result<QMap<QString, ExactAmount>, QString> {
            asked.append({from, to});
            if (!failure.isEmpty())
                return Util::fail(failure);
            QMap<QString, ExactAmount> out;
            const Spent spent = byDayStart.value(from);
            for (auto it = spent.cbegin(); it != spent.cend(); ++it)
                out.insert(it.key(), amount(it.value()));
            return out;
        };
    }
};

} // namespace

class TestSpendCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCapAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("read");
        QTest::newRow("no cap") << u""_s << u""_s;
        QTest::newRow("only spaces") << u"   "_s << u""_s;
        QTest::newRow("one currency") << u"KES 5000"_s << u"KES 5000"_s;
        QTest::newRow("two currencies") << u"KES 5000, UGX 150000"_s << u"KES 5000, UGX 150000"_s;
        QTest::newRow("lower-case code") << u"kes 5000"_s << u"KES 5000"_s;
        QTest::newRow("amount first") << u"2500.50 KES"_s << u"KES 2500.5"_s;
        QTest::newRow("cents exactly") << u"KES 0.000001"_s << u"KES 0.000001"_s;
        QTest::newRow("extra spaces") << u"  KES   5000 ,UGX 1 "_s << u"KES 5000, UGX 1"_s;
    }

    void readsTheCapAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, read);
        const auto cap = Hub::parseSpendCap(text);
        QVERIFY2(bool(cap), qPrintable(cap ? QString() : cap.error()));
        QCOMPARE(Hub::describeSpendCap(*cap), read);
    }

    void refusesACapItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a currency without an amount") << u"KES"_s << u"\"KES\""_s;
        QTest::newRow("an amount without a currency") << u"5000"_s << u"\"5000\""_s;
        QTest::newRow("a word for an amount") << u"KES lots"_s << u"\"lots\" is not an amount"_s;
        QTest::newRow("a comma inside the amount") << u"KES 5,000"_s << u"\"000\""_s;
        QTest::newRow("an exponent") << u"KES 5e3"_s << u"\"5e3\" is not an amount"_s;
        QTest::newRow("a zero cap") << u"KES 0"_s << u"more than zero"_s;
        QTest::newRow("a negative cap") << u"KES -5"_s << u"more than zero"_s;
        QTest::newRow("a currency twice") << u"KES 10, kes 20"_s << u"KES is capped twice"_s;
        QTest::newRow("a dangling comma") << u"KES 10,"_s << u"empty entry"_s;
        QTest::newRow("a four-letter code") << u"KESH 10"_s << u"\"KESH 10\""_s;
    }

    void refusesACapItCannotRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto cap = Hub::parseSpendCap(text);
        QVERIFY(!cap);
        QVERIFY2(cap.error().startsWith(u"calls/daily-spend-cap: "_s), qPrintable(cap.error()));
        QVERIFY2(cap.error().contains(mentions), qPrintable(cap.error()));
    }

    void refusesCallsOnceTheCapIsReached_data()
    {
        QTest::addColumn<QString>("cap");
        QTest::addColumn<Spent>("spent");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("remainingKes"); // "" when KES is not capped
        QTest::newRow("no cap, any spend")
            << u""_s << Spent{{u"KES"_s, u"999999"_s}} << false << u""_s;
        QTest::newRow("nothing spent yet") << u"KES 5000"_s << Spent{} << false << u"5000"_s;
        QTest::newRow("just below the cap")
            << u"KES 5000"_s << Spent{{u"KES"_s, u"4999.999999999999999999"_s}} << false
            << u"0.000000000000000001"_s;
        QTest::newRow("exactly at the cap")
            << u"KES 5000"_s << Spent{{u"KES"_s, u"5000.000"_s}} << true << u"0"_s;
        QTest::newRow("over the cap")
            << u"KES 5000"_s << Spent{{u"KES"_s, u"5012.408333333333333345"_s}} << true << u"0"_s;
        QTest::newRow("another currency's spend does not count")
            << u"KES 5000"_s << Spent{{u"UGX"_s, u"900000"_s}} << false << u"5000"_s;
        QTest::newRow("one of two capped currencies reached")
            << u"KES 5000, UGX 150000"_s << Spent{{u"KES"_s, u"10"_s}, {u"UGX"_s, u"150000.5"_s}}
            << true << u"4990"_s;
    }

    void refusesCallsOnceTheCapIsReached()
    {
        QFETCH(QString, cap);
        QFETCH(Spent, spent);
        QFETCH(bool, refused);
        QFETCH(QString, remainingKes);
        TestSupport::FakeClock clock(nairobi(2026, 11, 24, 15, 0).toUTC());
        FakeSpend source;
        source.byDayStart.insert(nairobi(2026, 11, 24, 0, 0).toUTC(), spent);
        Hub::SpendMeter meter(*Hub::parseSpendCap(cap), source.source(), clock, EAT);

        const auto refusal = meter.refusal();
        QCOMPARE(refusal.has_value(), refused);
        if (refused) {
            QCOMPARE(refusal->code, Hub::HubError::Code::RateLimited);
            QCOMPARE(refusal->errorCode, u"spend_cap_reached"_s);
            // Nine hours to midnight in Nairobi.
            QCOMPARE(refusal->retryAfterSeconds, 9 * 3600);
            QVERIFY2(refusal->message.contains(u"daily cap"_s), qPrintable(refusal->message));
            QVERIFY2(refusal->message.contains(u"in 9 h 0 min"_s), qPrintable(refusal->message));
        }
        const auto today = meter.today();
        QVERIFY(bool(today));
        QCOMPARE(today->dayStart, nairobi(2026, 11, 24, 0, 0));
        QCOMPARE(today->resetsAt, nairobi(2026, 11, 25, 0, 0));
        const auto kes = std::find_if(today->currencies.cbegin(),
            today->currencies.cend(),
            [](const Hub::CurrencySpend &c) { return c.currency == u"KES"_s; });
        if (remainingKes.isEmpty()) {
            QVERIFY(kes == today->currencies.cend() || !kes->cap);
        } else {
            QVERIFY(kes != today->currencies.cend());
            QVERIFY(kes->remaining.has_value());
            QCOMPARE(kes->remaining->toString(), remainingKes);
        }
    }

    void theMessageNamesTheCapAndTheSpend()
    {
        TestSupport::FakeClock clock(nairobi(2026, 11, 24, 21, 30).toUTC());
        FakeSpend source;
        source.byDayStart.insert(
            nairobi(2026, 11, 24, 0, 0).toUTC(), Spent{{u"KES"_s, u"5012.40"_s}});
        Hub::SpendMeter meter(*Hub::parseSpendCap(u"KES 5000"_s), source.source(), clock, EAT);
        const auto refusal = meter.refusal();
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->message,
            u"Today's spend has reached the daily cap: KES 5012.4 spent of a KES 5000 cap. No "
            "calls can be placed until the cap resets at midnight, hub time (2026-11-25 00:00 "
            "UTC+03, in 2 h 30 min)."_s);
        QCOMPARE(refusal->retryAfterSeconds, 2 * 3600 + 30 * 60);
    }

    void midnightResetsTheCap()
    {
        // Ten seconds before midnight the cap is reached; twenty seconds later a new day has
        // begun with nothing spent.
        TestSupport::FakeClock clock(nairobi(2026, 11, 24, 23, 59, 50).toUTC());
        FakeSpend source;
        source.byDayStart.insert(nairobi(2026, 11, 24, 0, 0).toUTC(), Spent{{u"KES"_s, u"6000"_s}});
        Hub::SpendMeter meter(*Hub::parseSpendCap(u"KES 5000"_s), source.source(), clock, EAT);

        const auto before = meter.refusal();
        QVERIFY(before.has_value());
        QCOMPARE(before->retryAfterSeconds, 10);

        clock.advance(std::chrono::seconds(20));
        QVERIFY(!meter.refusal().has_value());
        // The second question was about the new local day, midnight to midnight.
        QCOMPARE(source.asked.constLast().first, nairobi(2026, 11, 25, 0, 0));
        QCOMPARE(source.asked.constLast().second, nairobi(2026, 11, 26, 0, 0));
        const auto today = meter.today();
        QVERIFY(bool(today));
        QCOMPARE(today->currencies.size(), 1);
        QCOMPARE(today->currencies.constFirst().spent.toString(), u"0"_s);
        QCOMPARE(today->currencies.constFirst().remaining->toString(), u"5000"_s);
    }

    void anUnreadableSpendStopsCallsRatherThanSpendingBlind()
    {
        TestSupport::FakeClock clock(nairobi(2026, 11, 24, 12, 0).toUTC());
        FakeSpend source;
        source.failure = u"database is locked"_s;
        Hub::SpendMeter capped(*Hub::parseSpendCap(u"KES 5000"_s), source.source(), clock, EAT);
        const auto refusal = capped.refusal();
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->code, Hub::HubError::Code::Storage);
        QVERIFY(refusal->message.contains(u"database is locked"_s));
        // Without a cap nothing is read, so nothing can stop a call.
        Hub::SpendMeter uncapped({}, source.source(), clock, EAT);
        QVERIFY(!uncapped.refusal().has_value());
    }
};

SIMU_TEST_MAIN(TestSpendCap)
#include "tst_spendcap.moc"
