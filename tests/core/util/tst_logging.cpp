#include "testmain.h"
#include "util/logging.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("masked");
        QTest::newRow("e164") << u"+254712345678"_s << u"+254712***678"_s;
        QTest::newRow("short") << u"12345"_s << u"*****"_s;
        QTest::newRow("sip") << u"agent1@ke.sip.africastalking.com"_s
                             << u"agent1"_s + QString(23, u'*') + u"com"_s;
    }
    void maskNumber()
    {
        QFETCH(QString, number);
        QFETCH(QString, masked);
        QCOMPARE(Util::maskNumber(number), masked);
        QVERIFY(!Util::maskNumber(number).contains(number));
    }
};

SIMU_TEST_MAIN(TestLogging)
#include "tst_logging.moc"
