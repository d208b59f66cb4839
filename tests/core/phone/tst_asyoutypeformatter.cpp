#include "phone/phonenumbers.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAsYouTypeFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");

        QTest::newRow("Kenyan mobile, complete") << u"KE"_s << u"0712345678"_s << u"0712 345678"_s;
        QTest::newRow("Kenyan mobile, half typed") << u"KE"_s << u"07123"_s << u"0712 3"_s;
        QTest::newRow("first digit") << u"KE"_s << u"0"_s << u"0"_s;
        QTest::newRow("international Kenyan")
            << u"KE"_s << u"+254712345678"_s << u"+254 712 345678"_s;
        QTest::newRow("international Ugandan from Kenya")
            << u"KE"_s << u"+256772123456"_s << u"+256 772 123456"_s;
        QTest::newRow("Ugandan local with region UG")
            << u"UG"_s << u"0772123456"_s << u"0772 123456"_s;
        QTest::newRow("Nigerian local") << u"NG"_s << u"08031234567"_s << u"0803 123 4567"_s;
        QTest::newRow("Tanzanian local") << u"TZ"_s << u"0754123456"_s << u"0754 123 456"_s;
        QTest::newRow("Rwandan local") << u"RW"_s << u"0788123456"_s << u"0788 123 456"_s;
        QTest::newRow("Nairobi landline") << u"KE"_s << u"0202222222"_s << u"020 2222222"_s;
        QTest::newRow("user's own separators are replaced")
            << u"KE"_s << u"(0712) 345-678"_s << u"0712 345678"_s;
        QTest::newRow("unknown region formats as Kenya")
            << u"XX"_s << u"0712345678"_s << u"0712 345678"_s;
        QTest::newRow("SIP address unchanged") << u"KE"_s << u"agent1@ke.sip.africastalking.com"_s
                                               << u"agent1@ke.sip.africastalking.com"_s;
        QTest::newRow("client name unchanged") << u"KE"_s << u"myapp.alice"_s << u"myapp.alice"_s;
        QTest::newRow("letters unchanged") << u"KE"_s << u"call me"_s << u"call me"_s;
        QTest::newRow("service code unchanged") << u"KE"_s << u"*144#"_s << u"*144#"_s;
        QTest::newRow("empty") << u"KE"_s << QString() << QString();
        QTest::newRow("separators only unchanged") << u"KE"_s << u" ("_s << u" ("_s;
    }
    void format()
    {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        if (region == u"XX"_s)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown phone region"_s));
        Phone::AsYouTypeFormatter formatter(region);
        QCOMPARE(formatter.format(typed), shown);
    }

    // The dial pad calls format() after every key press, including backspace.
    void typingThenDeleting()
    {
        Phone::AsYouTypeFormatter formatter;
        const QString digits = u"0712345678"_s;
        QString shown;
        for (qsizetype i = 1; i <= digits.size(); ++i)
            shown = formatter.format(digits.left(i));
        QCOMPARE(shown, u"0712 345678"_s);
        QCOMPARE(formatter.format(u"0712 34567"_s), u"0712 34567"_s);
        QCOMPARE(formatter.format(u"071"_s), u"071"_s);
        QCOMPARE(formatter.format(u"+256772123456"_s), u"+256 772 123456"_s);
    }

    // Two dial pads (two agents' windows) must not share state.
    void independentInstances()
    {
        Phone::AsYouTypeFormatter kenya(u"KE"_s);
        Phone::AsYouTypeFormatter nigeria(u"NG"_s);
        QCOMPARE(kenya.format(u"0712"_s), u"0712"_s);
        QCOMPARE(nigeria.format(u"08031234567"_s), u"0803 123 4567"_s);
        QCOMPARE(kenya.format(u"0712345678"_s), u"0712 345678"_s);
    }
};

SIMU_TEST_MAIN(TestAsYouTypeFormatter)
#include "tst_asyoutypeformatter.moc"
