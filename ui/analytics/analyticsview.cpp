#include "analyticsview.h"

#include "agentperformancemodel.h"
#include "analyticscharts.h"
#include "analyticsformat.h"
#include "chartpanel.h"
#include "common/csvexport.h"
#include "durationtablemodel.h"
#include "summarytiles.h"
#include "volumetablemodel.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// Dates typed into the custom range are applied once the user pauses this long.
constexpr int EDIT_PAUSE_MS = 400;

} // namespace

struct AnalyticsView::Answers
{
    int outstanding = 4;
    std::optional<Client::ClientError> error;
    Client::CallVolume volume;
    Client::AgentPerformance agents;
    Client::DurationStats durations;
    Client::AnalyticsSummary summary;
};

AnalyticsView::AnalyticsView(Client::HubClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_volumeModel(new VolumeTableModel(this))
    , m_agentModel(new AgentPerformanceModel(this))
    , m_durationModel(new DurationTableModel(this))
{
    setObjectName(u"analyticsView"_s);
    buildLayout();
    retranslate();
    showPresetDates();

    m_autoTimer.setSingleShot(true);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (m_pending > 0)
            m_dirty = true; // the refresh under way ends by starting another
        else
            refresh();
    });
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(EDIT_PAUSE_MS);
    connect(&m_editTimer, &QTimer::timeout, this, &AnalyticsView::refresh);

    connect(m_presetBox, &QComboBox::currentIndexChanged, this, [this] {
        showPresetDates();
        onRangeControlsChanged();
    });
    const auto datesEdited = [this] {
        // Typing a date makes the range a custom one.
        if (m_presetBox->currentData().toInt() != int(AnalyticsRange::Preset::Custom)) {
            const QSignalBlocker blocker(m_presetBox);
            m_presetBox->setCurrentIndex(
                m_presetBox->findData(int(AnalyticsRange::Preset::Custom)));
        }
        updateBucketLabel();
        m_editTimer.start();
    };
    connect(m_fromEdit, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, datesEdited);
    connect(
        m_bucketBox, &QComboBox::currentIndexChanged, this, &AnalyticsView::onRangeControlsChanged);
    connect(m_directionBox,
        &QComboBox::currentIndexChanged,
        this,
        &AnalyticsView::onRangeControlsChanged);
    connect(m_splitBox, &QComboBox::currentIndexChanged, this, &AnalyticsView::redrawVolume);
    connect(m_refreshButton, &QPushButton::clicked, this, &AnalyticsView::refresh);
    connect(&m_client, &Client::HubClient::event, this, &AnalyticsView::onEvent);
}

AnalyticsView::~AnalyticsView() = default;

void AnalyticsView::buildLayout()
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_presetBox = new QComboBox(this);
    m_presetBox->setObjectName(u"presetBox"_s);
    for (int preset = 0; preset <= int(AnalyticsRange::Preset::Custom); ++preset)
        m_presetBox->addItem(QString(), preset);
    m_presetBox->setCurrentIndex(int(AnalyticsRange::Preset::Today));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setBuddy(m_presetBox);

    const QDate today = QDate::currentDate();
    m_fromEdit = new QDateEdit(today, this);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_fromEdit);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(u"toEdit"_s);
    m_toEdit->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_toEdit);

    m_bucketBox = new QComboBox(this);
    m_bucketBox->setObjectName(u"bucketBox"_s);
    for (const QString &bucket : {QString(), u"hour"_s, u"day"_s, u"week"_s})
        m_bucketBox->addItem(QString(), bucket);
    m_bucketLabel = new QLabel(this);
    m_bucketLabel->setBuddy(m_bucketBox);

    m_directionBox = new QComboBox(this);
    m_directionBox->setObjectName(u"directionBox"_s);
    for (const QString &direction : {QString(), u"inbound"_s, u"outbound"_s})
        m_directionBox->addItem(QString(), direction);
    m_directionLabel = new QLabel(this);
    m_directionLabel->setBuddy(m_directionBox);

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_refreshButton->setShortcut(QKeySequence::Refresh);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tiles = new SummaryTiles(this);

    m_volumePanel = new ChartPanel(m_volumeModel, u"call-volume"_s, this);
    m_agentPanel = new ChartPanel(m_agentModel, u"agent-performance"_s, this);
    m_durationPanel = new ChartPanel(m_durationModel, u"call-durations"_s, this);
    m_splitBox = new QComboBox(this);
    m_splitBox->setObjectName(u"splitBox"_s);
    m_splitBox->addItem(QString(), int(AnalyticsCharts::VolumeSplit::Outcome));
    m_splitBox->addItem(QString(), int(AnalyticsCharts::VolumeSplit::Direction));
    m_splitLabel = new QLabel(this);
    m_splitLabel->setBuddy(m_splitBox);
    m_volumePanel->addControl(m_splitLabel);
    m_volumePanel->addControl(m_splitBox);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"analyticsTabs"_s);
    m_tabs->addTab(m_volumePanel, QString());
    m_tabs->addTab(m_agentPanel, QString());
    m_tabs->addTab(m_durationPanel, QString());

    auto *controls = new QGridLayout;
    controls->addWidget(m_rangeLabel, 0, 0);
    controls->addWidget(m_presetBox, 1, 0);
    controls->addWidget(m_fromLabel, 0, 1);
    controls->addWidget(m_fromEdit, 1, 1);
    controls->addWidget(m_toLabel, 0, 2);
    controls->addWidget(m_toEdit, 1, 2);
    controls->addWidget(m_bucketLabel, 0, 3);
    controls->addWidget(m_bucketBox, 1, 3);
    controls->addWidget(m_directionLabel, 0, 4);
    controls->addWidget(m_directionBox, 1, 4);
    controls->addWidget(m_refreshButton, 1, 5);
    controls->setColumnStretch(6, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_tiles);
    layout->addWidget(m_tabs, 1);
}

void AnalyticsView::retranslate()
{
    // Until told who is looking, the page reads as the centre's (the hub decides in any case).
    const bool agent = !m_identity.username.isEmpty() && !Auth::canSeeAllCalls(m_identity.role);
    m_title->setText(agent ? tr("My performance") : tr("Call centre analytics"));
    setAccessibleName(agent ? tr("My performance") : tr("Analytics"));
    m_rangeLabel->setText(tr("&Range"));
    const QStringList presets{tr("Today"),
        tr("Yesterday"),
        tr("Last 7 days"),
        tr("Last 30 days"),
        tr("This month"),
        tr("Custom dates")};
    for (int i = 0; i < presets.size(); ++i)
        m_presetBox->setItemText(i, presets.at(i));
    m_presetBox->setAccessibleName(tr("Range"));
    m_fromLabel->setText(tr("&From"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_toLabel->setText(tr("&To"));
    m_toEdit->setAccessibleName(tr("To date (included)"));
    m_bucketLabel->setText(tr("&Group by"));
    m_bucketBox->setItemText(1, tr("Hour"));
    m_bucketBox->setItemText(2, tr("Day"));
    m_bucketBox->setItemText(3, tr("Week"));
    m_bucketBox->setAccessibleName(tr("Group calls over time by"));
    updateBucketLabel();
    m_directionLabel->setText(tr("D&irection"));
    m_directionBox->setItemText(0, tr("Inbound and outbound"));
    m_directionBox->setItemText(1, tr("Inbound"));
    m_directionBox->setItemText(2, tr("Outbound"));
    m_directionBox->setAccessibleName(tr("Direction of the calls over time"));
    m_directionBox->setToolTip(
        tr("Narrows the calls-over-time chart; the totals and the other charts count both."));
    m_refreshButton->setText(tr("R&efresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the figures"));
    m_refreshButton->setToolTip(tr("The figures also refresh by themselves as calls end."));
    m_statusLabel->setAccessibleName(tr("Analytics status"));
    m_tiles->setAccessibleName(tr("Totals"));
    m_splitLabel->setText(tr("&Split by"));
    m_splitBox->setItemText(0, tr("Answered or not"));
    m_splitBox->setItemText(1, tr("Direction"));
    m_splitBox->setAccessibleName(tr("Split the bars by"));
    m_tabs->setTabText(0, tr("Calls over time"));
    m_tabs->setTabText(1, agent ? tr("My calls") : tr("Agents"));
    m_tabs->setTabText(2, tr("Call durations"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_volumePanel->setNames(tr("Calls over time chart"), tr("Calls over time table"));
    m_agentPanel->setNames(tr("Calls per agent chart"), tr("Agent performance table"));
    m_durationPanel->setNames(tr("Call duration chart"), tr("Call duration table"));
}

void AnalyticsView::setIdentity(const Auth::Identity &identity)
{
    m_identity = identity;
    retranslate();
}

void AnalyticsView::setPreset(AnalyticsRange::Preset preset)
{
    m_presetBox->setCurrentIndex(m_presetBox->findData(int(preset)));
}

void AnalyticsView::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        const QSignalBlocker blockPreset(m_presetBox);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
        m_presetBox->setCurrentIndex(m_presetBox->findData(int(AnalyticsRange::Preset::Custom)));
    }
    onRangeControlsChanged();
}

void AnalyticsView::setBucketOverride(const QString &bucket)
{
    m_bucketBox->setCurrentIndex(qMax(0, m_bucketBox->findData(bucket)));
}

void AnalyticsView::setDirection(const QString &direction)
{
    m_directionBox->setCurrentIndex(qMax(0, m_directionBox->findData(direction)));
}

Client::AnalyticsQuery AnalyticsView::currentQuery() const
{
    const auto preset = AnalyticsRange::Preset(m_presetBox->currentData().toInt());
    const QDateTime now = QDateTime::currentDateTime();
    const AnalyticsRange::Range range
        = AnalyticsRange::rangeFor(preset, now, m_fromEdit->date(), m_toEdit->date());
    Client::AnalyticsQuery query;
    query.from = range.from;
    query.to = range.to;
    query.bucket = m_bucketBox->currentData().toString();
    if (query.bucket.isEmpty())
        query.bucket = AnalyticsRange::automaticBucket(range);
    query.direction = m_directionBox->currentData().toString();
    query.tzOffsetMinutes = AnalyticsRange::tzOffsetMinutes(now);
    return query;
}

void AnalyticsView::showPresetDates()
{
    const auto preset = AnalyticsRange::Preset(m_presetBox->currentData().toInt());
    const bool custom = preset == AnalyticsRange::Preset::Custom;
    if (!custom) {
        // The dates say what the preset means; editing them makes the range custom.
        const auto range = AnalyticsRange::rangeFor(preset, QDateTime::currentDateTime());
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDate(range.from.date());
        m_toEdit->setDate(range.to.addMSecs(-1).date());
    }
    updateBucketLabel();
}

void AnalyticsView::updateBucketLabel()
{
    const QString bucket = AnalyticsRange::automaticBucket(
        AnalyticsRange::rangeFor(AnalyticsRange::Preset(m_presetBox->currentData().toInt()),
            QDateTime::currentDateTime(),
            m_fromEdit->date(),
            m_toEdit->date()));
    const QString name = bucket == u"hour"_s ? tr("hour")
        : bucket == u"day"_s                 ? tr("day")
                                             : tr("week");
    m_bucketBox->setItemText(0, tr("Automatic (%1)").arg(name));
}

void AnalyticsView::onRangeControlsChanged()
{
    m_editTimer.stop();
    if (m_loaded || isVisible())
        refresh();
}

void AnalyticsView::setAutoRefreshInterval(int milliseconds)
{
    m_autoInterval = qMax(0, milliseconds);
}

void AnalyticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if ((!m_loaded || m_dirty) && m_pending == 0 && m_client.isLoggedIn())
        refresh();
}

void AnalyticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalyticsView::onEvent(const Client::StreamEvent &event)
{
    // Only ended calls change the figures (live calls are counted once they end), and only
    // those that began inside the range shown.
    if (!event.call.isFinal())
        return;
    const Client::AnalyticsQuery shown = m_loaded ? m_asked : currentQuery();
    const QDateTime created = event.call.createdAt.isValid() ? event.call.createdAt : event.at;
    if (created.isValid() && shown.from.isValid() && shown.to.isValid()
        && (created < shown.from || created >= shown.to))
        return;
    scheduleRefresh();
}

void AnalyticsView::scheduleRefresh()
{
    m_dirty = true;
    if (!isVisible() || m_autoTimer.isActive())
        return; // hidden: refreshed when shown; already planned: that one will do
    const qint64 since
        = m_sinceLastRefresh.isValid() ? m_sinceLastRefresh.elapsed() : qint64(m_autoInterval);
    m_autoTimer.start(int(qMax<qint64>(0, m_autoInterval - since)));
}

void AnalyticsView::refresh()
{
    m_editTimer.stop();
    m_autoTimer.stop();
    m_loaded = true;
    m_dirty = false;
    m_sinceLastRefresh.restart();
    m_asked = currentQuery();
    const quint64 generation = ++m_generation;
    m_pending = 4;
    m_statusLabel->setText(tr("Loading the figures…"));
    QFont font = m_statusLabel->font();
    font.setBold(false);
    m_statusLabel->setFont(font);

    auto answers = std::make_shared<Answers>();
    QPointer<AnalyticsView> self(this);
    // Each answer lands in `answers`; the last one shows them all together.
    const auto keep = [self, generation, answers](auto &slot) {
        return [self, generation, answers, &slot](const auto &result) {
            if (result)
                slot = *result;
            else if (!answers->error)
                answers->error = result.error();
            if (self)
                self->partDone(generation, answers);
        };
    };
    m_client.callVolume(m_asked, keep(answers->volume));
    m_client.agentPerformance(m_asked, keep(answers->agents));
    m_client.callDurationStats(m_asked, keep(answers->durations));
    m_client.analyticsSummary(m_asked, keep(answers->summary));
}

void AnalyticsView::partDone(quint64 generation, const std::shared_ptr<Answers> &answers)
{
    if (--answers->outstanding > 0 || generation != m_generation)
        return; // more to come, or a newer refresh has replaced this one
    m_pending = 0;
    if (answers->error)
        showError(*answers->error);
    else
        showAnswers(*answers);
    Q_EMIT refreshed(!answers->error);
    if (m_dirty)
        scheduleRefresh(); // calls ended while this one was on its way
}

void AnalyticsView::showAnswers(const Answers &answers)
{
    m_error.clear();
    m_tiles->setSummary(answers.summary);
    m_tiles->setDurations(answers.durations);
    m_volumeModel->setVolume(answers.volume);
    m_agentModel->setPerformance(answers.agents);
    m_durationModel->setStats(answers.durations);
    redrawVolume();
    AnalyticsCharts::showAgents(*m_agentPanel->chart(), answers.agents.agents);
    m_agentPanel->restyle();
    AnalyticsCharts::showDurations(*m_durationPanel->chart(), answers.durations);
    m_durationPanel->restyle();

    const QLocale locale;
    const QString from = locale.toString(m_asked.from.date(), QLocale::ShortFormat);
    const QString to = locale.toString(m_asked.to.addMSecs(-1).date(), QLocale::ShortFormat);
    const QString span = from == to ? from : tr("%1 to %2").arg(from, to);
    m_statusLabel->setText(
        tr("%1 · updated %2 · refreshes by itself as calls end")
            .arg(span, locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void AnalyticsView::showError(const Client::ClientError &error)
{
    switch (error.kind) {
    case Client::ClientError::Kind::Http:
        m_error = error.httpStatus == 403
            ? tr("The hub refused: %1").arg(error.message)
            : tr("The hub cannot show figures for this choice: %1").arg(error.message);
        // Figures for another range would now be read as this one's.
        m_tiles->clear();
        m_volumeModel->setVolume({});
        m_agentModel->setPerformance({});
        m_durationModel->setStats({});
        for (ChartPanel *panel : {m_volumePanel, m_agentPanel, m_durationPanel})
            panel->chart()->removeAllSeries();
        break;
    case Client::ClientError::Kind::Network:
    case Client::ClientError::Kind::Protocol:
        // A blip: what was shown stays, with the reason it is not up to date.
        m_error = tr("The figures could not be updated: %1").arg(error.message);
        break;
    }
    m_statusLabel->setText(m_error);
    QFont font = m_statusLabel->font();
    font.setBold(true);
    m_statusLabel->setFont(font);
}

void AnalyticsView::redrawVolume()
{
    const auto split = AnalyticsCharts::VolumeSplit(m_splitBox->currentData().toInt());
    AnalyticsCharts::showVolume(*m_volumePanel->chart(), m_volumeModel->volume(), split);
    m_volumePanel->restyle();
}

QString AnalyticsView::statusText() const
{
    return m_statusLabel->text();
}

ChartPanel *AnalyticsView::panel(Panel which) const
{
    switch (which) {
    case Panel::Volume:
        return m_volumePanel;
    case Panel::Agents:
        return m_agentPanel;
    case Panel::Durations:
        break;
    }
    return m_durationPanel;
}

Util::Result<void, QString> AnalyticsView::exportTable(Panel which, const QString &path) const
{
    return Csv::writeFile(*panel(which)->table()->model(), path);
}

} // namespace Ui
