#include "chartpanel.h"

#include "analyticscharts.h"
#include "common/csvexport.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

ChartPanel::ChartPanel(QAbstractItemModel *model, const QString &fileStem, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_fileStem(fileStem)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(this))
    , m_exportStatus(new QLabel(this))
    , m_controls(new QHBoxLayout)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_chart->setAnimationOptions(QChart::NoAnimation); // it refreshes as calls end: no jumping
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 260);
    m_chartView->setFocusPolicy(Qt::StrongFocus);

    m_table->setModel(model);
    m_table->setObjectName(fileStem + u"Table"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_export->setObjectName(fileStem + u"Export"_s);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chartSide = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_controls->addStretch(1);
    chartLayout->addLayout(m_controls);
    chartLayout->addWidget(m_chartView, 1);

    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_exportStatus, 1);
    tableLayout->addLayout(exportRow);

    m_splitter->addWidget(chartSide);
    m_splitter->addWidget(tableSide);
    // The tables have many columns (figures, costs, states): as much room as the chart.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString message = Csv::exportWithDialog(this, *m_model, m_fileStem);
        if (message.isEmpty())
            return;
        m_exportStatus->setText(message);
        Q_EMIT exported(message);
    });
    retranslate();
    restyle();
}

void ChartPanel::addControl(QWidget *widget)
{
    m_controls->insertWidget(m_controls->count() - 1, widget);
}

QString ChartPanel::exportStatus() const
{
    return m_exportStatus->text();
}

void ChartPanel::setNames(const QString &chartName, const QString &tableName)
{
    m_chartView->setAccessibleName(chartName);
    m_table->setAccessibleName(tableName);
    m_export->setAccessibleName(tr("Export %1 as CSV").arg(tableName));
}

void ChartPanel::restyle()
{
    AnalyticsCharts::applyPalette(*m_chart, palette());
}

void ChartPanel::retranslate()
{
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save this table as a CSV file for a spreadsheet"));
    m_exportStatus->setAccessibleName(tr("Export result"));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

} // namespace Ui
