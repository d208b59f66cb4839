// Analytics::ExactAmount: AT's costs summed to the last digit AT sends. A supervisor comparing
// the hub's spend with AT's invoice must see the same number, not one a float rounded.

#include "analytics/exactamount.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Analytics::ExactAmount;

class TestAnalyticsAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatAtSends_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a free call") << u"0"_s << u"0"_s;
        QTest::newRow("zero with decimals") << u"0.000"_s << u"0"_s;
        QTest::newRow("UGX with trailing zero") << u"147.440"_s << u"147.44"_s;
        QTest::newRow("18 decimals kept whole")
            << u"0.408333333333333345"_s << u"0.408333333333333345"_s;
        QTest::newRow("whole number") << u"12"_s << u"12"_s;
        QTest::newRow("no leading digit") << u".5"_s << u"0.5"_s;
        QTest::newRow("explicit plus") << u"+3.25"_s << u"3.25"_s;
        QTest::newRow("a refund") << u"-0.25"_s << u"-0.25"_s;
        QTest::newRow("negative whole") << u"-7"_s << u"-7"_s;
        QTest::newRow("large bill") << u"999999999999999999.999999999999999999"_s
                                    << u"999999999999999999.999999999999999999"_s;
    }

    void readsWhatAtSends()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        const auto amount = ExactAmount::parse(text);
        QVERIFY2(amount.has_value(), qPrintable(text));
        QCOMPARE(amount->toString(), shown);
    }

    void refusesWhatIsNotADecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("sign only") << u"-"_s;
        QTest::newRow("point only") << u"."_s;
        QTest::newRow("comma decimal") << u"0,5"_s;
        QTest::newRow("exponent") << u"1e3"_s;
        QTest::newRow("currency inside") << u"KES 0.5"_s;
        QTest::newRow("two points") << u"1.2.3"_s;
        QTest::newRow("19 decimals would be rounded") << u"0.1234567890123456789"_s;
        QTest::newRow("19 whole digits would overflow") << u"1234567890123456789"_s;
        QTest::newRow("space inside") << u"1 000"_s;
        QTest::newRow("NaN") << u"NaN"_s;
    }

    void refusesWhatIsNotADecimal()
    {
        QFETCH(QString, text);
        QVERIFY2(!ExactAmount::parse(text).has_value(), qPrintable(text));
    }

    // A float sum of a thousand 0.1s is 99.9999999999986; the invoice says 100.
    void sumsExactlyWhereADoubleDrifts()
    {
        ExactAmount total;
        double drifting = 0;
        for (int i = 0; i < 1000; ++i) {
            total += *ExactAmount::parse(u"0.1"_s);
            drifting += 0.1;
        }
        QCOMPARE(total.toString(), u"100"_s);
        QVERIFY(drifting != 100.0);
        ExactAmount tiny;
        for (int i = 0; i < 3; ++i)
            tiny += *ExactAmount::parse(u"0.408333333333333345"_s);
        QCOMPARE(tiny.toString(), u"1.225000000000000035"_s);
    }

    void refundsAndChargesCancel()
    {
        const ExactAmount charge = *ExactAmount::parse(u"2.45"_s);
        const ExactAmount refund = *ExactAmount::parse(u"-2.45"_s);
        QVERIFY((charge + refund).isZero());
        QCOMPARE((refund + *ExactAmount::parse(u"1"_s)).toString(), u"-1.45"_s);
        QCOMPARE((-charge).toString(), u"-2.45"_s);
    }

    // The database sums the three parts separately; what comes back must carry into the same
    // amount as summing in memory.
    void partsSummedElsewhereCarryBack()
    {
        QStringList texts = {
            u"0.408333333333333345"_s, u"147.440"_s, u"0.999999999999999999"_s, u"-0.5"_s, u"3"_s};
        ExactAmount inMemory;
        qint64 units = 0, nanos = 0, attos = 0;
        for (int round = 0; round < 200; ++round) {
            for (const QString &text : std::as_const(texts)) {
                const ExactAmount amount = *ExactAmount::parse(text);
                inMemory += amount;
                units += amount.units();
                nanos += amount.nanos();
                attos += amount.attos();
            }
        }
        QCOMPARE(ExactAmount::fromParts(units, nanos, attos), inMemory);
        QCOMPARE(inMemory.toString(), u"30269.6666666666666688"_s);
    }
};

SIMU_TEST_MAIN(TestAnalyticsAmount)
#include "tst_analyticsamount.moc"
