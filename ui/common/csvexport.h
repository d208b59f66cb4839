#pragma once

// Any table the console shows, as a CSV file people open in Excel or LibreOffice: the header
// labels and every row, RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads
// Kiswahili and French text right), CRLF line ends, and a guard against formula injection
// (a customer's name "=HYPERLINK(...)" must stay text). Numbers and durations go out as plain
// values: a model gives them through CsvRole, which is read before Qt::DisplayRole.

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace Ui {

// The value a cell exports as ("125" for a duration shown as "2:05"), when it differs from
// what the table shows.
inline constexpr int CsvRole = Qt::UserRole + 100;

namespace Csv {

// One cell's text, guarded against formula injection and quoted when it must be.
QString cell(const QString &text);
// A value as it goes out: numbers plainly (no thousands separators), text through cell().
QString cellFor(const QVariant &value);
// The whole file: BOM, the header line, one line per row, each ended by CRLF.
QByteArray fromModel(const QAbstractItemModel &model);
// Writes fromModel() to `path` (atomically); the error is a sentence for the user.
Util::Result<void, QString> writeFile(const QAbstractItemModel &model, const QString &path);
// "call-volume-2026-11-24.csv" from "call-volume".
QString suggestedFileName(const QString &stem, const QDate &date = QDate::currentDate());

// "Export CSV…": asks where (suggesting a dated name in the documents folder), writes, and says
// what happened. Returns the sentence it showed: "" when the user cancelled.
QString exportWithDialog(QWidget *parent, const QAbstractItemModel &model, const QString &stem);

} // namespace Csv

} // namespace Ui
