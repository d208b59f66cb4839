#pragma once

// One chart with its figures beside it: the chart (Qt Charts) on the left, the table it is
// drawn from on the right with "Export CSV…" under it, split by a handle the user can drag.
// A panel may carry a few controls of its own above the chart (the volume's "Split by").

#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace Ui {

class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    // `fileStem` names the exported file ("call-volume" -> call-volume-2026-11-24.csv).
    ChartPanel(QAbstractItemModel *model, const QString &fileStem, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *table() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    // Controls shown above the chart, left to right.
    void addControl(QWidget *widget);
    // What the last export said ("Saved 7 rows to …", or why it failed).
    QString exportStatus() const;
    // Names for screen readers: "Call volume chart", "Call volume table".
    void setNames(const QString &chartName, const QString &tableName);
    // Recolours the chart from the current palette (after an update or a theme change).
    void restyle();

Q_SIGNALS:
    void exported(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAbstractItemModel *m_model;
    QString m_fileStem;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableView *m_table;
    QPushButton *m_export;
    QLabel *m_exportStatus;
    QHBoxLayout *m_controls;
    QSplitter *m_splitter;
};

} // namespace Ui
