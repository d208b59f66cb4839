#include "recordingsview.h"

#include "common/csvexport.h"
#include "recordinglistmodel.h"
#include "recordingplayer.h"
#include "recordingsource.h"
#include "recordingstatusproxy.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// "Last 7 days" counts today: from six days ago to today, both whole days.
constexpr int DEFAULT_DAYS_BACK = 6;
// A download that is still going after this many status checks is left to the hub; the row
// says so and the user can ask again later.
constexpr int MAX_STATUS_POLLS = 240;

} // namespace

RecordingsView::RecordingsView(Client::HubClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new RecordingListModel(this))
    , m_proxy(new RecordingStatusProxy(
          [this](int row) -> const Calls::Call & { return m_model->callAt(row); }, this))
    , m_player(new RecordingPlayer(client.network(), this))
{
    m_proxy->setSourceModel(m_model);
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
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString message = Csv::exportWithDialog(this, *m_proxy, u"call-history"_s);
        if (!message.isEmpty())
            say(message);
    });
    connect(m_downloadButton, &QPushButton::clicked, this, &RecordingsView::downloadSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RecordingsView::deleteSelected);
    updateStatus();
    updateActions();
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
    m_table->setModel(m_proxy);
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

    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_downloadButton = new QPushButton(this);
    m_downloadButton->setObjectName(u"downloadButton"_s);
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_actionLabel = new QLabel(this);
    m_actionLabel->setObjectName(u"recordingActionLabel"_s);
    m_actionLabel->setWordWrap(true);
    m_actionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_downloadButton->hide();
    m_deleteButton->hide();

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
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_loadMoreButton);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_downloadButton);
    actions->addWidget(m_deleteButton);
    actions->addWidget(m_actionLabel, 1);
    layout->addLayout(actions);
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
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setAccessibleName(tr("Export the search results as CSV"));
    m_downloadButton->setText(tr("&Download to hub"));
    m_downloadButton->setAccessibleName(tr("Download the selected recording to the hub"));
    m_downloadButton->setToolTip(tr("The hub keeps its own copy of the recording, so it plays "
                                    "even when Africa's Talking's link has expired."));
    m_deleteButton->setText(tr("De&lete recording"));
    m_deleteButton->setAccessibleName(tr("Delete the selected recording"));
    m_actionLabel->setAccessibleName(tr("Recording download or deletion"));
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
    updateActions();
}

QString RecordingsView::statusText() const
{
    return m_statusLabel->text();
}

void RecordingsView::handleCurrentRowChanged(const QModelIndex &current)
{
    updateActions();
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
    if (m_deleted.contains(call.sessionId)) {
        m_player->clear();
        m_loadedSession.clear();
        m_nowPlayingLabel->setText(tr("The recording of the call with %1 on %2 was deleted.")
                                       .arg(call.customerNumber, when));
        return;
    }
    m_loadedSession = call.recordingUrl.trimmed().isEmpty() ? QString() : call.sessionId;
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

namespace Ui {

void RecordingsView::setManagementAllowed(bool allowed)
{
    m_canManage = allowed;
    updateActions();
}

void RecordingsView::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void RecordingsView::setStatusPollInterval(int milliseconds)
{
    m_pollMs = qMax(1, milliseconds);
}

void RecordingsView::selectRow(int row)
{
    m_table->selectRow(row);
}

QString RecordingsView::actionText() const
{
    return m_actionLabel->text();
}

void RecordingsView::say(const QString &text)
{
    m_actionLabel->setText(text);
}

std::optional<Calls::Call> RecordingsView::selectedCall() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->callAt(current.row());
}

void RecordingsView::updateActions()
{
    const auto call = selectedCall();
    const bool usable = call && !m_deleted.contains(call->sessionId);
    m_downloadButton->setVisible(m_canManage);
    m_deleteButton->setVisible(m_canManage);
    m_downloadButton->setEnabled(usable);
    m_deleteButton->setEnabled(usable);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

void RecordingsView::downloadSelected()
{
    const auto call = selectedCall();
    if (!m_canManage || !call || m_deleted.contains(call->sessionId))
        return;
    const QString sessionId = call->sessionId;
    m_proxy->setNote(sessionId, tr("Asking the hub…"));
    say(tr("Asking the hub to download the recording of the call with %1…")
            .arg(call->customerNumber));
    QPointer<RecordingsView> self(this);
    m_client.downloadRecording(sessionId, [self, sessionId](const auto &result) {
        if (self)
            self->handleRecordingStatus(sessionId, result, 0);
    });
}

void RecordingsView::pollStatus(const QString &sessionId, int attempt)
{
    QPointer<RecordingsView> self(this);
    QTimer::singleShot(m_pollMs, this, [self, sessionId, attempt] {
        self->m_client.recordingStatus(sessionId, [self, sessionId, attempt](const auto &result) {
            if (self)
                self->handleRecordingStatus(sessionId, result, attempt);
        });
    });
}

void RecordingsView::handleRecordingStatus(const QString &sessionId,
    const Util::Result<Client::RecordingStatus, Client::ClientError> &result,
    int attempt)
{
    if (!result) {
        m_proxy->setNote(sessionId, tr("Download failed"));
        say(tr("The hub could not download the recording: %1").arg(result.error().message));
        Q_EMIT recordingActionFinished(sessionId, false);
        return;
    }
    const Client::RecordingStatus &status = *result;
    if (status.state == u"local"_s) {
        const QString size = QLocale().formattedDataSize(status.bytes);
        m_proxy->setNote(sessionId, tr("On the hub (%1)").arg(size));
        say(tr("The recording is on the hub now: %1, checksum %2…")
                .arg(size, status.sha256.left(12)));
        Q_EMIT recordingActionFinished(sessionId, true);
    } else if (status.state == u"failed"_s) {
        m_proxy->setNote(sessionId, tr("Download failed"));
        say(tr("The hub could not download the recording after %n attempt(s): %1",
            nullptr,
            status.attempts)
                .arg(status.error.isEmpty() ? tr("no reason given") : status.error));
        Q_EMIT recordingActionFinished(sessionId, false);
    } else if (status.state == u"deleted"_s) {
        m_deleted.insert(sessionId);
        m_proxy->setNote(sessionId, tr("Deleted"));
        say(tr("This recording was deleted; there is nothing to download."));
        updateActions();
        Q_EMIT recordingActionFinished(sessionId, false);
    } else if (attempt >= MAX_STATUS_POLLS) {
        m_proxy->setNote(sessionId, tr("Downloading (slowly)"));
        say(tr("The hub is still downloading the recording; select it again later to play it."));
        Q_EMIT recordingActionFinished(sessionId, false);
    } else {
        const QString progress = status.progress
            ? tr("Downloading to the hub… %1%").arg(qRound(*status.progress * 100.0))
            : tr("Downloading to the hub…");
        m_proxy->setNote(sessionId, progress);
        say(progress);
        pollStatus(sessionId, attempt + 1);
    }
}

void RecordingsView::deleteSelected()
{
    const auto call = selectedCall();
    if (!m_canManage || !call || m_deleted.contains(call->sessionId))
        return;
    const QString when = QLocale().toString(call->createdAt.toLocalTime(), QLocale::ShortFormat);
    const QString who = call->agent.isEmpty() ? QString() : tr(" (agent %1)").arg(call->agent);
    const QString question
        = tr("Delete the recording of the call with %1 on %2%3?\n\nThe hub removes its copy "
             "for good and notes in its audit log that you did.")
              .arg(call->customerNumber, when, who);
    const bool confirmed = m_confirm ? m_confirm(question)
                                     : QMessageBox::question(this,
                                           tr("Delete recording"),
                                           question,
                                           QMessageBox::Yes | QMessageBox::No,
                                           QMessageBox::No)
            == QMessageBox::Yes;
    if (!confirmed)
        return;
    say(tr("Deleting the recording of the call with %1…").arg(call->customerNumber));
    QPointer<RecordingsView> self(this);
    const Calls::Call target = *call;
    m_client.deleteRecording(target.sessionId, [self, target](const auto &result) {
        if (self)
            self->handleDeleted(target, result);
    });
}

void RecordingsView::handleDeleted(const Calls::Call &call,
    const Util::Result<Client::RecordingStatus, Client::ClientError> &result)
{
    if (!result) {
        say(tr("The recording was not deleted: %1").arg(result.error().message));
        Q_EMIT recordingActionFinished(call.sessionId, false);
        return;
    }
    m_deleted.insert(call.sessionId);
    const QString by = result->deletedBy;
    m_proxy->setNote(call.sessionId, by.isEmpty() ? tr("Deleted") : tr("Deleted by %1").arg(by));
    if (m_loadedSession == call.sessionId) {
        say({});
        loadCall(call, false); // the player lets go of it and says so, once
    } else {
        say(tr("The recording of the call with %1 was deleted.").arg(call.customerNumber));
    }
    updateActions();
    Q_EMIT recordingActionFinished(call.sessionId, true);
}

} // namespace Ui
