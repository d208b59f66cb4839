#pragma once

// Recordings across calls: search the hub's call history by number, agent and date range,
// list the calls that have a recording, and play the selected one in the player below.
// showCall() plays one call's recording directly (from the call details elsewhere).
// An agent's searches only ever return their own calls (the hub filters), so the console
// hides the agent field for agents.
// Supervisors and admins also manage recordings: "Download to hub" (the hub fetches the file
// from Africa's Talking into its own storage; progress, then finished or failed, in words) and
// "Delete recording" (after a confirmation naming the call; the row then says it is deleted).
// "Export CSV…" saves the search results.

#include "calls/call.h"
#include "client/hubclient.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {

class RecordingListModel;
class RecordingPlayer;
class RecordingStatusProxy;

class RecordingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingsView)

public:
    explicit RecordingsView(Client::HubClient &client, QWidget *parent = nullptr);
    ~RecordingsView() override;

    // The agents the agent field offers (usernames); typing another name works too.
    void setAgents(const QStringList &agents);
    void setAgentFieldVisible(bool visible);
    // Plays this call's recording now, or says it has none.
    void showCall(const Calls::Call &call);

    // Runs a new search with the fields' values (what the Search button does).
    void search();
    // Fetches the next page of the current search (what "Load more" does).
    void loadMore();
    // Calls fetched per page (100; tests use fewer).
    void setPageSize(int calls);

    // Download and Delete (supervisors and admins; the hub refuses agents in any case).
    void setManagementAllowed(bool allowed);
    // Asks the hub to download / deletes (after confirming) the selected row's recording.
    void downloadSelected();
    void deleteSelected();
    // How Delete asks "are you sure?" (tests answer it); the default is a message box.
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    // How often a download's progress is asked for (500 ms; tests shorten it).
    void setStatusPollInterval(int milliseconds);
    // Selects a row of the results (what a click does).
    void selectRow(int row);

    RecordingPlayer *player() const { return m_player; }
    RecordingListModel *model() const { return m_model; }
    // The table as shown and exported: the model's columns plus "Recording".
    RecordingStatusProxy *tableModel() const { return m_proxy; }
    // What the last download or delete said, in words.
    QString actionText() const;
    QString statusText() const;
    bool isSearching() const { return m_searching; }
    bool canLoadMore() const;

Q_SIGNALS:
    // A search or a "Load more" got its answer (or failed: see statusText()).
    void searchFinished(bool ok);
    // A download reached its end (on the hub, or failed), or a delete was answered.
    void recordingActionFinished(const QString &sessionId, bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void fetchPage(int offset);
    void handlePage(
        const Util::Result<Client::HistoryPage, Client::ClientError> &result, bool firstPage);
    void handleCurrentRowChanged(const QModelIndex &current);
    void handleRowActivated(const QModelIndex &index);
    void loadCall(const Calls::Call &call, bool startPlaying);
    void updateStatus();
    void updateActions();
    std::optional<Calls::Call> selectedCall() const;
    void pollStatus(const QString &sessionId, int attempt);
    void handleRecordingStatus(const QString &sessionId,
        const Util::Result<Client::RecordingStatus, Client::ClientError> &result,
        int attempt);
    void handleDeleted(const Calls::Call &call,
        const Util::Result<Client::RecordingStatus, Client::ClientError> &result);
    void say(const QString &text);

    Client::HubClient &m_client;
    RecordingListModel *m_model = nullptr;
    RecordingStatusProxy *m_proxy = nullptr;
    RecordingPlayer *m_player = nullptr;

    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_numberEdit = nullptr;
    QLabel *m_agentLabel = nullptr;
    QComboBox *m_agentBox = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_loadMoreButton = nullptr;
    QLabel *m_nowPlayingLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_actionLabel = nullptr;

    bool m_canManage = false;
    std::function<bool(const QString &)> m_confirm;
    int m_pollMs = 500;
    QSet<QString> m_deleted; // session ids whose recording this view deleted
    QString m_loadedSession; // the call the player holds

    Client::HistoryQuery m_query; // the search "Load more" continues
    bool m_agentFieldVisible = true;
    bool m_searching = false;
    bool m_searched = false;
    QString m_error;
    int m_pageSize = 100;
    int m_fetched = 0; // calls fetched so far, with or without a recording
    int m_total = 0; // calls matching the search, over all pages
    // Answers to an older search are dropped: each search gets a new number, and a reply
    // only counts if it still matches. (Replies to a destroyed view are dropped by QPointer.)
    quint64 m_generation = 0;
};

} // namespace Ui
