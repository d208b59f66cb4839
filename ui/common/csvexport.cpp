#include "csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ui::Csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ui::Csv", text);
}

// "+254712345678", "+254 712 345 678", "-12.5", "+3": values a spreadsheet must see as they
// are, and that no spreadsheet runs as a formula.
bool isPlainNumberOrPhone(const QString &text)
{
    static const QRegularExpression number(u"^[+-]?\\d+([.,]\\d+)?$"_s);
    static const QRegularExpression phone(u"^\\+\\d[\\d ]{5,19}$"_s);
    return number.match(text).hasMatch() || phone.match(text).hasMatch();
}

// Cells a spreadsheet would run as a formula (OWASP's CSV injection list).
bool needsGuard(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first == u'+' || first == u'-')
        return !isPlainNumberOrPhone(text);
    return false;
}

QString headerText(const QAbstractItemModel &model, int column)
{
    const QVariant csv = model.headerData(column, Qt::Horizontal, CsvRole);
    return csv.isValid() ? csv.toString()
                         : model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

} // namespace

QString cell(const QString &text)
{
    QString out = needsGuard(text) ? u'\'' + text : text;
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(u"\""_s, u"\"\""_s);
        out = u'"' + out + u'"';
    }
    return out;
}

QString cellFor(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        // Shortest exact form, '.' as the decimal point whatever the locale.
        return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return cell(value.toString());
    }
}

QByteArray fromModel(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QString text;
    QStringList line;
    for (int column = 0; column < columns; ++column)
        line << cell(headerText(model, column));
    text += line.join(u',') + u"\r\n"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        line.clear();
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant csv = model.data(index, CsvRole);
            line << cellFor(csv.isValid() ? csv : model.data(index, Qt::DisplayRole));
        }
        text += line.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Util::Result<void, QString> writeFile(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Util::fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = fromModel(model);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Util::fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString suggestedFileName(const QString &stem, const QDate &date)
{
    return u"%1-%2.csv"_s.arg(stem, date.toString(Qt::ISODate));
}

QString exportWithDialog(QWidget *parent, const QAbstractItemModel &model, const QString &stem)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(parent,
        tr("Export CSV"),
        QDir(folder).filePath(suggestedFileName(stem)),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return {};
    const auto written = writeFile(model, path);
    if (!written) {
        QMessageBox::warning(parent, tr("Export CSV"), written.error());
        return written.error();
    }
    // translate() itself, not the local tr(): lupdate only sees a plural in a real call.
    return QCoreApplication::translate(
        "Ui::Csv", "Saved %n row(s) to %1.", nullptr, model.rowCount())
        .arg(QDir::toNativeSeparators(path));
}

} // namespace Ui::Csv
