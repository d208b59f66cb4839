#include "calltable.h"

#include <QHeaderView>
#include <QTableView>

namespace Ui {

void setUpCallTable(QTableView *table, QAbstractItemModel *model, const QString &accessibleName)
{
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    // Fixed row heights: with hundreds of live rows, measuring each one would stall the UI.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(120);
    table->horizontalHeader()->setHighlightSections(false);
}

} // namespace Ui
