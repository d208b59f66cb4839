// The simulator's billing: the `amount` a voice app reads in the final notification, and the
// carrier name it reads in callerCarrierName.

#include "atsim/billing.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBilling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void billAmount_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("perMinute");
        QTest::addColumn<QString>("amount");

        QTest::newRow("7 s in Kenya matches the 2020 capture's precision")
            << 7 << u"3.5"_s << u"0.408333333333333333"_s;
        QTest::newRow("a whole minute keeps three decimals") << 60 << u"3.5"_s << u"3.500"_s;
        QTest::newRow("one second") << 1 << u"3.5"_s << u"0.058333333333333333"_s;
        QTest::newRow("unanswered call is free: plain 0") << 0 << u"3.5"_s << u"0"_s;
        QTest::newRow("negative duration bills nothing") << -5 << u"3.5"_s << u"0"_s;
        QTest::newRow("39 s in Uganda") << 39 << u"220"_s << u"143.000"_s;
        QTest::newRow("23 s in Uganda (bridged call of the sequences test)")
            << 23 << u"220"_s << u"84.333333333333333333"_s;
        QTest::newRow("free price") << 30 << u"0"_s << u"0"_s;
        QTest::newRow("price with many decimals is kept exactly")
            << 60 << u"0.123456789012345678"_s << u"0.123456789012345678"_s;
        QTest::newRow("decimals beyond 18 are dropped, not rounded into garbage")
            << 60 << u"1.1234567890123456789"_s << u"1.123456789012345678"_s;
        QTest::newRow("price without leading zero") << 60 << u".5"_s << u"0.500"_s;
        QTest::newRow("price with surrounding spaces") << 60 << u" 3.5 "_s << u"3.500"_s;
        QTest::newRow("a day-long call at a large price")
            << 86400 << u"1000000"_s << u"1440000000.000"_s;
        QTest::newRow("a year of calling at a price above 2^64 per minute")
            << 31536000 << u"18446744073709551615"_s << u"9695608685141740328844000.000"_s;
        QTest::newRow("the longest int duration at the largest price still adds up")
            << 2147483647 << u"18446744073709551615"_s << u"660234687311423745348582331.750"_s;
        QTest::newRow("malformed price: letters bill nothing") << 60 << u"abc"_s << u"0"_s;
        QTest::newRow("malformed price: two points") << 60 << u"3.5.1"_s << u"0"_s;
        QTest::newRow("malformed price: negative") << 60 << u"-3.5"_s << u"0"_s;
        QTest::newRow("malformed price: letters after the point") << 60 << u"3.5x"_s << u"0"_s;
        QTest::newRow("malformed price: exponent") << 60 << u"1e3"_s << u"0"_s;
        QTest::newRow("malformed price: non-ASCII digits")
            << 60 << u"3.\u0665"_s << u"0"_s; // ARABIC-INDIC DIGIT FIVE
        QTest::newRow("malformed price: empty") << 60 << QString() << u"0"_s;
        QTest::newRow("malformed price: too many digits for any currency")
            << 60 << u"123456789012345678901234567890"_s << u"0"_s;
    }
    void billAmount()
    {
        QFETCH(int, seconds);
        QFETCH(QString, perMinute);
        QFETCH(QString, amount);
        QCOMPARE(AtSim::billAmount(seconds, perMinute), amount);
    }

    void addAmounts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sum");

        QTest::newRow("two bills")
            << u"0.408333333333333333"_s << u"3.500"_s << u"3.908333333333333333"_s;
        QTest::newRow("nothing plus nothing") << u"0"_s << u"0"_s << u"0"_s;
        QTest::newRow("nothing plus a bill") << u"0"_s << u"1.5"_s << u"1.500"_s;
        QTest::newRow("thirds add up to one")
            << u"0.333333333333333333"_s << u"0.666666666666666667"_s << u"1.000"_s;
        QTest::newRow("carry into the whole part") << u"99.999"_s << u"0.001"_s << u"100.000"_s;
        QTest::newRow("a malformed amount counts as nothing") << u"oops"_s << u"2"_s << u"2.000"_s;
    }
    void addAmounts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sum);
        QCOMPARE(AtSim::addAmounts(a, b), sum);
        QCOMPARE(AtSim::addAmounts(b, a), sum);
    }

    void carrierFor_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("carrier");

        QTest::newRow("KE 0722 Safaricom") << u"KE"_s << u"+254722000001"_s << u"Safaricom"_s;
        QTest::newRow("KE 0711 Safaricom") << u"KE"_s << u"+254711082000"_s << u"Safaricom"_s;
        QTest::newRow("KE 0110 Safaricom") << u"KE"_s << u"+254110000001"_s << u"Safaricom"_s;
        QTest::newRow("KE 0757 Safaricom") << u"KE"_s << u"+254757000001"_s << u"Safaricom"_s;
        QTest::newRow("KE 0733 Airtel") << u"KE"_s << u"+254733000002"_s << u"Airtel"_s;
        QTest::newRow("KE 0750 Airtel") << u"KE"_s << u"+254750000001"_s << u"Airtel"_s;
        QTest::newRow("KE 0780 Airtel") << u"KE"_s << u"+254780000001"_s << u"Airtel"_s;
        QTest::newRow("KE 0786 Airtel") << u"KE"_s << u"+254786000001"_s << u"Airtel"_s;
        QTest::newRow("KE 0100 Airtel") << u"KE"_s << u"+254100000001"_s << u"Airtel"_s;
        QTest::newRow("KE 0772 Telkom") << u"KE"_s << u"+254772000001"_s << u"Telkom"_s;
        QTest::newRow("UG 0772 MTN") << u"UG"_s << u"+256772123456"_s << u"MTN"_s;
        QTest::newRow("UG 0783 MTN (the 2023 capture)")
            << u"UG"_s << u"+256783204665"_s << u"MTN"_s;
        QTest::newRow("UG 0701 Airtel") << u"UG"_s << u"+256701000001"_s << u"Airtel"_s;
        QTest::newRow("UG 0752 Airtel") << u"UG"_s << u"+256752000001"_s << u"Airtel"_s;
        QTest::newRow("TZ Vodacom") << u"TZ"_s << u"+255754000001"_s << u"Vodacom"_s;
        QTest::newRow("NG MTN") << u"NG"_s << u"+2348030000001"_s << u"MTN"_s;
        QTest::newRow("unknown region") << u"US"_s << u"+16502530000"_s << u"Unknown"_s;
        QTest::newRow("no region")
            << QString() << u"agent1@sandbox.sip.africastalking.com"_s << u"Unknown"_s;
    }
    void carrierFor()
    {
        QFETCH(QString, region);
        QFETCH(QString, number);
        QFETCH(QString, carrier);
        QCOMPARE(AtSim::carrierFor(region, number), carrier);
    }
};

SIMU_TEST_MAIN(TestBilling)
#include "tst_billing.moc"
