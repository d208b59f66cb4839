// Ui::Csv: what a supervisor gets when they open an exported table in Excel or LibreOffice.

#include "common/csvexport.h"
#include "testmain.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray BOM("\xEF\xBB\xBF");

// A one-column table with this header and these cells.
std::unique_ptr<QStandardItemModel> table(const QString &header, const QStringList &cells)
{
    auto model = std::make_unique<QStandardItemModel>(int(cells.size()), 1);
    model->setHorizontalHeaderLabels({header});
    for (int row = 0; row < cells.size(); ++row)
        model->setItem(row, 0, new QStandardItem(cells.at(row)));
    return model;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cell_data();
    void cell();
    void fileHasBomHeaderAndCrlf();
    void unicodeSurvives();
    void csvRoleIsPreferred();
    void numbersGoOutPlainly_data();
    void numbersGoOutPlainly();
    void writesAFileAndReportsFailureInWords();
    void suggestedNameCarriesTheDate();
};

void TestCsvExport::cell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text stays as it is") << u"agent1"_s << u"agent1"_s;
    QTest::newRow("a comma does not split the cell")
        << u"Nairobi, Kenya"_s << u"\"Nairobi, Kenya\""_s;
    QTest::newRow("quotes are doubled inside quotes")
        << u"the \"VIP\" line"_s << u"\"the \"\"VIP\"\" line\""_s;
    QTest::newRow("a newline stays inside its cell")
        << u"line one\nline two"_s << u"\"line one\nline two\""_s;
    QTest::newRow("a carriage return inside is quoted") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("empty stays empty") << QString() << QString();
    QTest::newRow("a formula is not run") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("a formula with a comma is guarded and quoted")
        << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("an @ command is not run") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("a leading tab is guarded") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("a leading carriage return is guarded and quoted") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("plus with a formula is guarded")
        << u"+1+cmd|' /C calc'!A0"_s << u"'+1+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus with a formula is guarded") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("a lone minus is guarded") << u"-"_s << u"'-"_s;
    QTest::newRow("a phone number keeps its plus") << u"+254712345678"_s << u"+254712345678"_s;
    QTest::newRow("a spaced phone number keeps its plus")
        << u"+254 712 345 678"_s << u"+254 712 345 678"_s;
    QTest::newRow("a negative number stays a number") << u"-12.5"_s << u"-12.5"_s;
    QTest::newRow("a positive signed number stays a number") << u"+3"_s << u"+3"_s;
    QTest::newRow("an equals sign later on is harmless") << u"a=b"_s << u"a=b"_s;
}

void TestCsvExport::cell()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Ui::Csv::cell(text), expected);
}

void TestCsvExport::fileHasBomHeaderAndCrlf()
{
    auto model = std::make_unique<QStandardItemModel>(2, 2);
    model->setHorizontalHeaderLabels({u"Agent"_s, u"Calls, answered"_s});
    model->setItem(0, 0, new QStandardItem(u"agent1"_s));
    model->setItem(0, 1, new QStandardItem(u"3"_s));
    model->setItem(1, 0, new QStandardItem(u"=evil()"_s));
    model->setItem(1, 1, new QStandardItem(u"line\nbreak"_s));
    const QByteArray csv = Ui::Csv::fromModel(*model);
    QVERIFY(csv.startsWith(BOM));
    QCOMPARE(csv.mid(BOM.size()),
        QByteArray("Agent,\"Calls, answered\"\r\n"
                   "agent1,3\r\n"
                   "'=evil(),\"line\nbreak\"\r\n"));
}

void TestCsvExport::unicodeSurvives()
{
    const auto model = table(u"Jina"_s, {u"Wanjikũ Mũthoni"_s, u"Agnès Ndiaye – Dakar"_s});
    const QByteArray csv = Ui::Csv::fromModel(*model);
    QVERIFY(csv.startsWith(BOM));
    QCOMPARE(QString::fromUtf8(csv.mid(BOM.size())),
        u"Jina\r\nWanjikũ Mũthoni\r\nAgnès Ndiaye – Dakar\r\n"_s);
}

void TestCsvExport::csvRoleIsPreferred()
{
    // A duration shown as "2:05" goes out as 125 seconds; a cell without CsvRole as shown.
    auto model = std::make_unique<QStandardItemModel>(1, 2);
    model->setHorizontalHeaderLabels({u"Talk time"_s, u"Agent"_s});
    model->setHeaderData(0, Qt::Horizontal, u"Talk time (s)"_s, Ui::CsvRole);
    auto *duration = new QStandardItem(u"2:05"_s);
    duration->setData(125, Ui::CsvRole);
    model->setItem(0, 0, duration);
    model->setItem(0, 1, new QStandardItem(u"agent2"_s));
    QCOMPARE(Ui::Csv::fromModel(*model).mid(BOM.size()),
        QByteArray("Talk time (s),Agent\r\n125,agent2\r\n"));
}

void TestCsvExport::numbersGoOutPlainly_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a big count has no thousands separator")
        << QVariant(qint64(1234567)) << u"1234567"_s;
    QTest::newRow("a decimal uses a point") << QVariant(12.25) << u"12.25"_s;
    QTest::newRow("a negative number is not guarded") << QVariant(-3) << u"-3"_s;
    QTest::newRow("an exact amount stays exact")
        << QVariant(u"KES 0.408333333333333345"_s) << u"KES 0.408333333333333345"_s;
    QTest::newRow("text in a number's place is still guarded") << QVariant(u"=2*3"_s) << u"'=2*3"_s;
}

void TestCsvExport::numbersGoOutPlainly()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(Ui::Csv::cellFor(value), expected);
}

void TestCsvExport::writesAFileAndReportsFailureInWords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto model = table(u"Number"_s, {u"+254712345678"_s});
    const QString path = dir.filePath(u"calls.csv"_s);
    QVERIFY(Ui::Csv::writeFile(*model, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), BOM + "Number\r\n+254712345678\r\n");

    const auto refused = Ui::Csv::writeFile(*model, dir.filePath(u"no/such/folder/x.csv"_s));
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"Cannot write "_s), qPrintable(refused.error()));
}

void TestCsvExport::suggestedNameCarriesTheDate()
{
    QCOMPARE(Ui::Csv::suggestedFileName(u"call-volume"_s, QDate(2026, 11, 24)),
        u"call-volume-2026-11-24.csv"_s);
}

SIMU_TEST_MAIN(TestCsvExport)

#include "tst_csvexport.moc"
