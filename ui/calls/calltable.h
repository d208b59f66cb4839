#pragma once

// Every call list in the console looks and behaves the same: whole rows selected, sortable,
// read-only, columns sized to their content, keyboard-navigable.

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace Ui {

void setUpCallTable(QTableView *table, QAbstractItemModel *model, const QString &accessibleName);

} // namespace Ui
