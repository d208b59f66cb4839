#include "recordingsview.h"

#include "recordinglistmodel.h"
#include "recordingplayer.h"
#include "recordingsource.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// "Last 7 days" counts today: from six days ago to today, both whole days.
constexpr int DEFAULT_DAYS_BACK = 6;

} // namespace

RecordingsView::RecordingsView(Client::HubClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new RecordingListModel(this))
    , m_player(new RecordingPlayer(client.network(), this))
{
    buildLayout();
    retranslate();

    connect(m_searchButton, &QPushButton::clicked, this, &RecordingsView::search);
    connect(m_numberEdit, &QLineEdit::returnPressed, this, &RecordingsView::search);
    connect(m_agentBox->lineEdit(), &QLineEdit::returnPressed, this, &RecordingsView::search);
    connect(m_loadMoreButton, &QPushButton::clicked, this, &RecordingsView::loadMore);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &RecordingsView::handleCurrentRowChanged);
    connect(m_table, &QTableView::activated, this, &RecordingsView::handleRowActivated);
    updateStatus();
}

RecordingsView::~RecordingsView()
{
    // The children (model, table, player) die after this object's members: their last
    // signals must not reach it.
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    disconnect(m_table, nullptr, this, nullptr);
}

void RecordingsView::buildLayout()
{
    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(u"numberEdit"_s);
    m_numberEdit->setClearButtonEnabled(true);
    m_numberLabel = new QLabel(this);
    m_numberLabel->setBuddy(m_numberEdit);

    m_agentBox = new QComboBox(this);
    m_agentBox->setObjectName(u"agentBox"_s);
    m_agentBox->setEditable(true);
    m_agentBox->setInsertPolicy(QComboBox::NoInsert);
    m_agentBox->setMinimumContentsLength(12);
    m_agentLabel = new QLabel(this);
    m_agentLabel->setBuddy(m_agentBox);

    const QDate today = QDate::currentDate();
    m_fromEdit = new QDateEdit(today.addDays(-DEFAULT_DAYS_BACK), this);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_fromEdit);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(u"toEdit"_s);
    m_toEdit->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_toEdit);

    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(u"searchButton"_s);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"recordingsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Six short columns share the width: readable across the room, no empty band on the right.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_loadMoreButton = new QPushButton(this);
    m_loadMoreButton->setObjectName(u"loadMoreButton"_s);
    m_loadMoreButton->hide();

    m_nowPlayingLabel = new QLabel(this);
    m_nowPlayingLabel->setObjectName(u"nowPlayingLabel"_s);
    m_nowPlayingLabel->setWordWrap(true);

    auto *fields = new QGridLayout;
    fields->addWidget(m_numberLabel, 0, 0);
    fields->addWidget(m_numberEdit, 1, 0);
    fields->addWidget(m_agentLabel, 0, 1);
    fields->addWidget(m_agentBox, 1, 1);
    fields->addWidget(m_fromLabel, 0, 2);
    fields->addWidget(m_fromEdit, 1, 2);
    fields->addWidget(m_toLabel, 0, 3);
    fields->addWidget(m_toEdit, 1, 3);
    fields->addWidget(m_searchButton, 1, 4);
    fields->setColumnStretch(0, 2);
    fields->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_loadMoreButton, 0, Qt::AlignLeft);
    layout->addWidget(m_nowPlayingLabel);
    layout->addWidget(m_player);
}

void RecordingsView::retranslate()
{
    m_numberLabel->setText(tr("&Number"));
    m_numberEdit->setPlaceholderText(tr("Any number"));
    m_numberEdit->setAccessibleName(tr("Customer number"));
    m_agentLabel->setText(tr("&Agent"));
    m_agentBox->lineEdit()->setPlaceholderText(tr("All agents"));
    m_agentBox->setAccessibleName(tr("Agent"));
    m_fromLabel->setText(tr("&From"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_toLabel->setText(tr("&To"));
    m_toEdit->setAccessibleName(tr("To date"));
    m_searchButton->setText(tr("&Search"));
    m_searchButton->setAccessibleName(tr("Search recordings"));
    m_statusLabel->setAccessibleName(tr("Search status"));
    m_table->setAccessibleName(tr("Calls with a recording"));
    m_loadMoreButton->setText(tr("Load more"));
    m_loadMoreButton->setAccessibleName(tr("Load more calls"));
    m_nowPlayingLabel->setAccessibleName(tr("Selected recording"));
    setAccessibleName(tr("Recordings"));
    updateStatus();
}

void RecordingsView::showEvent(QShowEvent *event)
{
    // Opening Recordings shows the last week's straight away, once per view.
    if (!m_searched && m_client.isLoggedIn())
        search();
    QWidget::showEvent(event);
}

void RecordingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordingsView::setAgents(const QStringList &agents)
{
    const QString typed = m_agentBox->currentText();
    m_agentBox->clear();
    m_agentBox->addItems(agents);
    m_agentBox->setEditText(typed);
}

void RecordingsView::setAgentFieldVisible(bool visible)
{
    m_agentFieldVisible = visible;
    m_agentLabel->setVisible(visible);
    m_agentBox->setVisible(visible);
}

void RecordingsView::setPageSize(int calls)
{
    m_pageSize = qBound(1, calls, 500); // the hub's largest page
}

void RecordingsView::search()
{
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    ++m_generation; // whatever was on its way is out of date now
    m_searched = true;
    m_error.clear();
    m_fetched = 0;
    m_total = 0;
    m_model->clear();
    if (from > to) {
        m_searching = false;
        m_error = tr("The “from” date is after the “to” date.");
        updateStatus();
        Q_EMIT searchFinished(false);
        return;
    }
    m_query = {};
    m_query.number = m_numberEdit->text().trimmed();
    m_query.agent = m_agentFieldVisible ? m_agentBox->currentText().trimmed() : QString();
    // Whole local days: the hub's range is [from, to).
    m_query.from = from.startOfDay();
    m_query.to = to.addDays(1).startOfDay();
    m_query.limit = m_pageSize;
    fetchPage(0);
}

void RecordingsView::loadMore()
{
    if (canLoadMore())
        fetchPage(m_fetched);
}

bool RecordingsView::canLoadMore() const
{
    return m_searched && !m_searching && m_error.isEmpty() && m_fetched < m_total;
}

void RecordingsView::fetchPage(int offset)
{
    m_searching = true;
    updateStatus();
    Client::HistoryQuery query = m_query;
    query.offset = offset;
    const quint64 generation = m_generation;
    QPointer<RecordingsView> self(this);
    m_client.history(query,
        [self, generation, offset](
            const Util::Result<Client::HistoryPage, Client::ClientError> &result) {
            if (self && self->m_generation == generation)
                self->handlePage(result, offset == 0);
        });
}

void RecordingsView::handlePage(
    const Util::Result<Client::HistoryPage, Client::ClientError> &result, bool firstPage)
{
    m_searching = false;
    if (!result) {
        m_error = tr("The search failed: %1").arg(result.error().message);
        updateStatus();
        Q_EMIT searchFinished(false);
        return;
    }
    if (firstPage)
        m_model->setCalls(result->calls);
    else
        m_model->appendCalls(result->calls);
    m_fetched = result->offset + int(result->calls.size());
    // A page that brings nothing new ends the search, whatever the total says, so "Load
    // more" can never loop on the same empty page.
    m_total = result->calls.isEmpty() ? m_fetched : result->total;
    updateStatus();
    Q_EMIT searchFinished(true);
}

void RecordingsView::updateStatus()
{
    m_loadMoreButton->setVisible(canLoadMore());
    m_loadMoreButton->setEnabled(!m_searching);
    QString text;
    if (m_searching) {
        text = tr("Searching…");
    } else if (!m_error.isEmpty()) {
        text = m_error;
    } else if (!m_searched) {
        text = tr("Choose a number, an agent or dates, then Search.");
    } else if (m_model->rowCount() == 0 && !canLoadMore()) {
        text = tr("No recordings match this search.");
    } else {
        text = tr("%n recording(s) found.", nullptr, m_model->rowCount());
        if (canLoadMore()) {
            text += u' '
                + tr("Searched %1 of %2 calls; Load more to look further.")
                      .arg(QLocale().toString(m_fetched), QLocale().toString(m_total));
        }
    }
    m_statusLabel->setText(text);
    QFont font = m_statusLabel->font();
    font.setBold(!m_error.isEmpty() && !m_searching);
    m_statusLabel->setFont(font);
}

QString RecordingsView::statusText() const
{
    return m_statusLabel->text();
}

void RecordingsView::handleCurrentRowChanged(const QModelIndex &current)
{
    if (current.isValid())
        loadCall(m_model->callAt(current.row()), false);
}

void RecordingsView::handleRowActivated(const QModelIndex &index)
{
    if (index.isValid())
        loadCall(m_model->callAt(index.row()), true);
}

void RecordingsView::showCall(const Calls::Call &call)
{
    // Select it in the list when the list has it, so the two agree.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->callAt(row).sessionId == call.sessionId) {
            m_table->selectRow(row);
            break;
        }
    }
    loadCall(call, true);
}

void RecordingsView::loadCall(const Calls::Call &call, bool startPlaying)
{
    const QString when = QLocale().toString(call.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (call.recordingUrl.trimmed().isEmpty()) {
        m_player->clear();
        m_nowPlayingLabel->setText(
            tr("The call with %1 on %2 has no recording.").arg(call.customerNumber, when));
        return;
    }
    m_nowPlayingLabel->setText(tr("Call with %1 on %2").arg(call.customerNumber, when));
    loadCallRecording(&m_client, m_player, call, startPlaying);
}

} // namespace Ui
