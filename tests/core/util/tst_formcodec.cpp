#include "testmain.h"
#include "util/formcodec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Util::FormFields;

class TestFormCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<FormFields>("fields");
        QTest::addColumn<QByteArray>("wire");

        QTest::newRow("plus is percent-encoded, never left bare")
            << FormFields{{u"to"_s, u"+254722000001"_s}} << QByteArray("to=%2B254722000001");
        QTest::newRow("comma-joined recipients")
            << FormFields{{u"to"_s, u"+254722000001,+254733000002"_s}}
            << QByteArray("to=%2B254722000001%2C%2B254733000002");
        QTest::newRow("space, ampersand and equals are escaped")
            << FormFields{{u"a"_s, u"x y&z=1"_s}} << QByteArray("a=x%20y%26z%3D1");
        QTest::newRow("field order kept") << FormFields{{u"username"_s, u"myapp"_s},
            {u"from"_s, u"+1"_s}} << QByteArray("username=myapp&from=%2B1");
        QTest::newRow("utf-8") << FormFields{{u"n"_s, u"Wanjikũ"_s}}
                               << QByteArray("n=Wanjik%C5%A9");
    }
    void encode()
    {
        QFETCH(FormFields, fields);
        QFETCH(QByteArray, wire);
        QCOMPARE(Util::encodeForm(fields), wire);
        QCOMPARE(Util::decodeForm(wire), fields);
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<FormFields>("fields");

        QTest::newRow("bare plus is a space (form encoding)")
            << QByteArray("callStartTime=2022-03-01+16:13:56")
            << FormFields{{u"callStartTime"_s, u"2022-03-01 16:13:56"_s}};
        QTest::newRow("encoded plus is a plus") << QByteArray(
            "callerNumber=%2B254711082000") << FormFields{{u"callerNumber"_s, u"+254711082000"_s}};
        QTest::newRow("field without value")
            << QByteArray("a&b=") << FormFields{{u"a"_s, u""_s}, {u"b"_s, u""_s}};
        QTest::newRow("empty pairs skipped")
            << QByteArray("a=1&&b=2") << FormFields{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}};
        QTest::newRow("broken escape stays literal")
            << QByteArray("a=100%zz") << FormFields{{u"a"_s, u"100%zz"_s}};
        QTest::newRow("empty body") << QByteArray() << FormFields{};
    }
    void decode()
    {
        QFETCH(QByteArray, wire);
        QFETCH(FormFields, fields);
        QCOMPARE(Util::decodeForm(wire), fields);
    }

    void lookup()
    {
        const FormFields fields = Util::decodeForm("a=1&b=&a=2");
        QCOMPARE(Util::formValue(fields, u"a"_s), u"1"_s);
        QVERIFY(Util::hasFormField(fields, u"b"_s));
        QVERIFY(!Util::formValue(fields, u"b"_s).isNull());
        QVERIFY(Util::formValue(fields, u"missing"_s).isNull());
        QVERIFY(!Util::hasFormField(fields, u"missing"_s));
    }
};

SIMU_TEST_MAIN(TestFormCodec)
#include "tst_formcodec.moc"
