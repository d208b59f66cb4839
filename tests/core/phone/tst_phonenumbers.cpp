#include "phone/phonenumbers.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Phone::AddressKind;
using Phone::NumberErrorCode;
using Phone::NumberParser;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAccepts_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("input");
        QTest::addColumn<AddressKind>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("regionCode");
        QTest::addColumn<int>("countryCode");

        const auto number = AddressKind::PhoneNumber;
        QTest::newRow("Kenyan mobile typed locally dials +254")
            << u"KE"_s << u"0712 345678"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("Kenyan mobile typed without spaces")
            << u"KE"_s << u"0712345678"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("surrounding spaces are ignored")
            << u"KE"_s << u"  +254712345678 \t"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("international with spaces")
            << u"KE"_s << u"+254 712 345 678"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("00 international prefix, which Kenya's own IDD (000) does not cover")
            << u"KE"_s << u"00254712345678"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("parentheses and dash")
            << u"KE"_s << u"(0712) 345-678"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("dots") << u"KE"_s << u"0712.345.678"_s << number << u"+254712345678"_s
                              << u"KE"_s << 254;
        QTest::newRow("Safaricom 011 range")
            << u"KE"_s << u"0112345678"_s << number << u"+254112345678"_s << u"KE"_s << 254;
        QTest::newRow("Nairobi landline")
            << u"KE"_s << u"020 2222222"_s << number << u"+254202222222"_s << u"KE"_s << 254;
        QTest::newRow("Ugandan number still accepted with a Kenyan default")
            << u"KE"_s << u"+256772123456"_s << number << u"+256772123456"_s << u"UG"_s << 256;
        QTest::newRow("Ugandan local number with region UG")
            << u"UG"_s << u"0772123456"_s << number << u"+256772123456"_s << u"UG"_s << 256;
        QTest::newRow("Kenyan number with a Ugandan default")
            << u"UG"_s << u"+254712345678"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("Nigerian local")
            << u"NG"_s << u"0803 123 4567"_s << number << u"+2348031234567"_s << u"NG"_s << 234;
        QTest::newRow("Tanzanian local")
            << u"TZ"_s << u"0754 123 456"_s << number << u"+255754123456"_s << u"TZ"_s << 255;
        QTest::newRow("Rwandan local")
            << u"RW"_s << u"0788123456"_s << number << u"+250788123456"_s << u"RW"_s << 250;
        QTest::newRow("lower-case region setting")
            << u"ug"_s << u"0772123456"_s << number << u"+256772123456"_s << u"UG"_s << 256;
        QTest::newRow("unknown region setting falls back to Kenya")
            << u"XX"_s << u"0712345678"_s << number << u"+254712345678"_s << u"KE"_s << 254;
        QTest::newRow("non-geographic number has no region")
            << u"KE"_s << u"+800 1234 5678"_s << number << u"+80012345678"_s << QString() << 800;

        const auto sip = AddressKind::SipAddress;
        QTest::newRow("AT SIP address") << u"KE"_s << u"agent1@ke.sip.africastalking.com"_s << sip
                                        << u"agent1@ke.sip.africastalking.com"_s << u"KE"_s << 254;
        QTest::newRow("SIP host lower-cased, user name kept")
            << u"KE"_s << u"Agent1.MyApp@KE.SIP.AfricasTalking.com"_s << sip
            << u"Agent1.MyApp@ke.sip.africastalking.com"_s << u"KE"_s << 254;
        QTest::newRow("Ugandan SIP host") << u"KE"_s << u" a@ug.sip.africastalking.com "_s << sip
                                          << u"a@ug.sip.africastalking.com"_s << u"UG"_s << 256;
        QTest::newRow("sip: scheme dropped")
            << u"KE"_s << u"sip:agent2@ng.sip.africastalking.com"_s << sip
            << u"agent2@ng.sip.africastalking.com"_s << u"NG"_s << 234;
        QTest::newRow("sandbox SIP host has no country")
            << u"KE"_s << u"agent1@sandbox.sip.africastalking.com"_s << sip
            << u"agent1@sandbox.sip.africastalking.com"_s << QString() << 0;

        const auto client = AddressKind::WebRtcClient;
        QTest::newRow("WebRTC client name")
            << u"KE"_s << u"myapp.alice"_s << client << u"myapp.alice"_s << QString() << 0;
        QTest::newRow("WebRTC client with digits, dash and underscore")
            << u"KE"_s << u"my-app_2.agent_7"_s << client << u"my-app_2.agent_7"_s << QString()
            << 0;
    }
    void parseAccepts()
    {
        QFETCH(QString, region);
        QFETCH(QString, input);
        QFETCH(AddressKind, kind);
        QFETCH(QString, value);
        QFETCH(QString, regionCode);
        QFETCH(int, countryCode);

        if (region == u"XX"_s)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown phone region"_s));
        const auto result = NumberParser(region).parse(input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->kind, kind);
        QCOMPARE(result->value, value);
        QCOMPARE(result->regionCode, regionCode);
        QCOMPARE(result->countryCode, countryCode);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("input");
        QTest::addColumn<NumberErrorCode>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << u"KE"_s << QString() << NumberErrorCode::Empty
                               << u"Enter a phone number."_s;
        QTest::newRow("only spaces")
            << u"KE"_s << u"   "_s << NumberErrorCode::Empty << u"Enter a phone number."_s;
        QTest::newRow("words") << u"KE"_s << u"call me"_s << NumberErrorCode::NotANumber
                               << u"“call me” is not a phone number."_s;
        QTest::newRow("vanity letters are not turned into digits")
            << u"KE"_s << u"0800 FLOWERS"_s << NumberErrorCode::NotANumber
            << u"“0800 FLOWERS” is not a phone number."_s;
        QTest::newRow("service code") << u"KE"_s << u"*144#"_s << NumberErrorCode::NotANumber
                                      << u"“*144#” is not a phone number."_s;
        QTest::newRow("number inside text is not picked out")
            << u"KE"_s << u"tel 0712345678"_s << NumberErrorCode::NotANumber
            << u"“tel 0712345678” is not a phone number."_s;
        QTest::newRow("plus alone")
            << u"KE"_s << u"+"_s << NumberErrorCode::NotANumber << u"“+” is not a phone number."_s;
        QTest::newRow("second plus")
            << u"KE"_s << u"+254+712345678"_s << NumberErrorCode::NotANumber
            << u"“+254+712345678” is not a phone number."_s;
        QTest::newRow("SIP address on a foreign host")
            << u"KE"_s << u"a@ke.sip.africastalking.com.evil.com"_s << NumberErrorCode::NotANumber
            << u"“a@ke.sip.africastalking.com.evil.com” is not an Africa's Talking SIP address "
               "(name@ke.sip.africastalking.com)."_s;
        QTest::newRow("e-mail address")
            << u"KE"_s << u"alice@example.com"_s << NumberErrorCode::NotANumber
            << u"“alice@example.com” is not an Africa's Talking SIP address "
               "(name@ke.sip.africastalking.com)."_s;
        QTest::newRow("two digits") << u"KE"_s << u"12"_s << NumberErrorCode::TooShort
                                    << u"12 is too short for a phone number in Kenya."_s;
        QTest::newRow("single zero") << u"KE"_s << u"0"_s << NumberErrorCode::TooShort
                                     << u"0 is too short for a phone number in Kenya."_s;
        QTest::newRow("half a Kenyan mobile")
            << u"KE"_s << u"0712 34"_s << NumberErrorCode::TooShort
            << u"0712 34 is too short for a phone number in Kenya."_s;
        QTest::newRow("country code only") << u"KE"_s << u"+254"_s << NumberErrorCode::TooShort
                                           << u"+254 is too short for a phone number in Kenya."_s;
        QTest::newRow("short Ugandan number, named as Uganda from a Kenyan default")
            << u"KE"_s << u"+256 77"_s << NumberErrorCode::TooShort
            << u"+256 77 is too short for a phone number in Uganda."_s;
        QTest::newRow("plus and one digit") << u"KE"_s << u"+2"_s << NumberErrorCode::TooShort
                                            << u"+2 is too short to be a phone number."_s;
        QTest::newRow("Kenyan mobile with extra digits")
            << u"KE"_s << u"071234567890123"_s << NumberErrorCode::TooLong
            << u"071234567890123 is too long for a phone number in Kenya."_s;
        QTest::newRow("far too many digits")
            << u"KE"_s << u"+254712345678901234567"_s << NumberErrorCode::TooLong
            << u"+254712345678901234567 is too long for a phone number in Kenya."_s;
        QTest::newRow("unknown country code")
            << u"KE"_s << u"+999 123"_s << NumberErrorCode::InvalidCountryCode
            << u"+999 123 does not start with a known country code."_s;
        QTest::newRow("Kenyan-looking number in an unused range")
            << u"KE"_s << u"0812 345 678"_s << NumberErrorCode::InvalidForRegion
            << u"0812 345 678 is not a valid phone number in Kenya."_s;
        QTest::newRow("international number in an unused Kenyan range")
            << u"UG"_s << u"+254 912 345 678"_s << NumberErrorCode::InvalidForRegion
            << u"+254 912 345 678 is not a valid phone number in Kenya."_s;
        QTest::newRow("WebRTC-looking name made of digits is a number, and a bad one")
            << u"KE"_s << u"0712.345"_s << NumberErrorCode::InvalidForRegion
            << u"0712.345 is not a valid phone number in Kenya."_s;
    }
    void parseRefuses()
    {
        QFETCH(QString, region);
        QFETCH(QString, input);
        QFETCH(NumberErrorCode, code);
        QFETCH(QString, message);

        const auto result = NumberParser(region).parse(input);
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->value : QString()));
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().message, message);
    }

    void format_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("international");
        QTest::addColumn<QString>("national");
        QTest::addColumn<QString>("regionOf");

        QTest::newRow("Kenyan mobile")
            << u"KE"_s << u"+254712345678"_s << u"+254 712 345678"_s << u"0712 345678"_s << u"KE"_s;
        QTest::newRow("Nairobi landline")
            << u"KE"_s << u"+254202222222"_s << u"+254 20 2222222"_s << u"020 2222222"_s << u"KE"_s;
        QTest::newRow("Ugandan number")
            << u"KE"_s << u"+256772123456"_s << u"+256 772 123456"_s << u"0772 123456"_s << u"UG"_s;
        QTest::newRow("Nigerian number") << u"KE"_s << u"+2348031234567"_s << u"+234 803 123 4567"_s
                                         << u"0803 123 4567"_s << u"NG"_s;
        QTest::newRow("Tanzanian number") << u"KE"_s << u"+255754123456"_s << u"+255 754 123 456"_s
                                          << u"0754 123 456"_s << u"TZ"_s;
        QTest::newRow("Rwandan number") << u"KE"_s << u"+250788123456"_s << u"+250 788 123 456"_s
                                        << u"0788 123 456"_s << u"RW"_s;
        QTest::newRow("local input in the default region")
            << u"UG"_s << u"0772123456"_s << u"+256 772 123456"_s << u"0772 123456"_s << u"UG"_s;
        QTest::newRow("invalid number left as it was")
            << u"KE"_s << u"+25412"_s << u"+25412"_s << u"+25412"_s << QString();
        QTest::newRow("garbage left as it was")
            << u"KE"_s << u"call me"_s << u"call me"_s << u"call me"_s << QString();
        QTest::newRow("SIP address left as it was, region from its host")
            << u"KE"_s << u"agent1@ug.sip.africastalking.com"_s
            << u"agent1@ug.sip.africastalking.com"_s << u"agent1@ug.sip.africastalking.com"_s
            << u"UG"_s;
        QTest::newRow("WebRTC client left as it was")
            << u"KE"_s << u"myapp.alice"_s << u"myapp.alice"_s << u"myapp.alice"_s << QString();
        QTest::newRow("empty") << u"KE"_s << QString() << QString() << QString() << QString();
    }
    void format()
    {
        QFETCH(QString, region);
        QFETCH(QString, input);
        QFETCH(QString, international);
        QFETCH(QString, national);
        QFETCH(QString, regionOf);

        const NumberParser parser(region);
        QCOMPARE(parser.formatInternational(input), international);
        QCOMPARE(parser.formatNational(input), national);
        QCOMPARE(parser.regionOf(input), regionOf);
    }

    void addressKinds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("sip");
        QTest::addColumn<bool>("client");

        QTest::newRow("Kenyan SIP") << u"agent1@ke.sip.africastalking.com"_s << true << false;
        QTest::newRow("host in capitals") << u"agent1@KE.SIP.AFRICASTALKING.COM"_s << true << false;
        QTest::newRow("sandbox SIP") << u"agent1@sandbox.sip.africastalking.com"_s << true << false;
        QTest::newRow("foreign host after AT's name")
            << u"a@ke.sip.africastalking.com.evil.com"_s << false << false;
        QTest::newRow("foreign host before AT's name")
            << u"a@evil.com.ke.sip.africastalking.com"_s << false << false;
        QTest::newRow("no user name") << u"@ke.sip.africastalking.com"_s << false << false;
        QTest::newRow("no country label") << u"a@sip.africastalking.com"_s << false << false;
        QTest::newRow("space inside the user name")
            << u"a b@ke.sip.africastalking.com"_s << false << false;
        QTest::newRow("WebRTC client") << u"myapp.alice"_s << false << true;
        QTest::newRow("dotted digits are not a client") << u"0712.345"_s << false << false;
        QTest::newRow("client part of digits only") << u"myapp.123"_s << false << false;
        QTest::newRow("three parts") << u"a.b.c"_s << false << false;
        QTest::newRow("empty part") << u"myapp."_s << false << false;
        QTest::newRow("phone number") << u"+254712345678"_s << false << false;
        QTest::newRow("empty") << QString() << false << false;
    }
    void addressKinds()
    {
        QFETCH(QString, input);
        QFETCH(bool, sip);
        QFETCH(bool, client);
        QCOMPARE(NumberParser::isSipAddress(input), sip);
        QCOMPARE(NumberParser::isWebRtcClient(input), client);
    }

    void defaultRegion_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("region");

        QTest::newRow("default is Kenya") << QString() << u"KE"_s;
        QTest::newRow("Uganda") << u"UG"_s << u"UG"_s;
        QTest::newRow("lower case is normalised") << u" ng "_s << u"NG"_s;
        QTest::newRow("unknown code falls back to Kenya") << u"XX"_s << u"KE"_s;
        QTest::newRow("non-geographic code falls back to Kenya") << u"001"_s << u"KE"_s;
        QTest::newRow("country name is not a code") << u"Kenya"_s << u"KE"_s;
    }
    void defaultRegion()
    {
        QFETCH(QString, setting);
        QFETCH(QString, region);
        // A bad setting is an administrator's mistake: it must show up in the log.
        if (!setting.isNull() && setting.trimmed().toUpper() != region)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown phone region"_s));
        const NumberParser parser = setting.isNull() ? NumberParser() : NumberParser(setting);
        QCOMPARE(parser.defaultRegion(), region);
    }
};

SIMU_TEST_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
