#pragma once

// Analytics: the centre's numbers for supervisors and admins (every agent), "My performance"
// for an agent (their own figures only; the hub decides what each may see). A range (Today,
// Yesterday, Last 7 days, Last 30 days, This month or custom dates), the bucket chosen for it
// (or overridden) and a direction; tiles with the totals; three charts, each with its table
// and "Export CSV…". It refreshes itself as calls in its range end, at most every
// autoRefreshInterval() (a supervisor watches the charts fill), and says in words what the hub
// answered when it refuses.

#include "analyticsrange.h"
#include "auth/identity.h"
#include "client/hubclient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Ui {

class AgentPerformanceModel;
class ChartPanel;
class DurationTableModel;
class SummaryTiles;
class VolumeTableModel;

class AnalyticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsView)

public:
    enum class Panel { Volume, Agents, Durations };

    explicit AnalyticsView(Client::HubClient &client, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    // Agents get "My performance"; supervisors and admins the whole centre.
    void setIdentity(const Auth::Identity &identity);

    void setPreset(AnalyticsRange::Preset preset);
    // Custom dates, both days included.
    void setCustomRange(const QDate &from, const QDate &to);
    // "hour", "day", "week", or "" for the automatic choice.
    void setBucketOverride(const QString &bucket);
    // "", "inbound", "outbound": the calls-over-time chart's direction.
    void setDirection(const QString &direction);
    // What the next refresh asks the hub for.
    Client::AnalyticsQuery currentQuery() const;

    // Asks the hub for every figure now (what Refresh does).
    void refresh();
    // The least time between automatic refreshes (2 s; tests shorten it).
    void setAutoRefreshInterval(int milliseconds);
    int autoRefreshInterval() const { return m_autoInterval; }

    bool isRefreshing() const { return m_pending > 0; }
    QString statusText() const;
    SummaryTiles *tiles() const { return m_tiles; }
    VolumeTableModel *volumeModel() const { return m_volumeModel; }
    AgentPerformanceModel *agentModel() const { return m_agentModel; }
    DurationTableModel *durationModel() const { return m_durationModel; }
    ChartPanel *panel(Panel which) const;
    // Writes a panel's table as CSV (what its "Export CSV…" does once a file is chosen).
    Util::Result<void, QString> exportTable(Panel which, const QString &path) const;

Q_SIGNALS:
    // Every figure arrived (ok), or the hub refused or could not be reached (see statusText()).
    void refreshed(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void onEvent(const Client::StreamEvent &event);
    // A call ended: refresh soon, but not more often than the interval allows.
    void scheduleRefresh();
    void onRangeControlsChanged();
    void showPresetDates();
    void updateBucketLabel();
    struct Answers;
    void partDone(quint64 generation, const std::shared_ptr<Answers> &answers);
    void showAnswers(const Answers &answers);
    void showError(const Client::ClientError &error);
    void redrawVolume();

    Client::HubClient &m_client;
    Auth::Identity m_identity;

    QLabel *m_title = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_presetBox = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_bucketLabel = nullptr;
    QComboBox *m_bucketBox = nullptr;
    QLabel *m_directionLabel = nullptr;
    QComboBox *m_directionBox = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    SummaryTiles *m_tiles = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_splitLabel = nullptr;
    QComboBox *m_splitBox = nullptr;

    VolumeTableModel *m_volumeModel;
    AgentPerformanceModel *m_agentModel;
    DurationTableModel *m_durationModel;
    ChartPanel *m_volumePanel = nullptr;
    ChartPanel *m_agentPanel = nullptr;
    ChartPanel *m_durationPanel = nullptr;

    // One refresh asks four questions; it is done when all four have answered.
    int m_pending = 0;
    quint64 m_generation = 0;
    QString m_error; // the last refresh's failure, in words
    Client::AnalyticsQuery m_asked;
    bool m_loaded = false; // some refresh has been asked for
    bool m_dirty = false; // a call ended while hidden or busy: refresh when possible
    int m_autoInterval = 2000;
    QElapsedTimer m_sinceLastRefresh;
    QTimer m_autoTimer; // the next automatic refresh
    QTimer m_editTimer; // typing dates: wait for the user to pause
};

} // namespace Ui
