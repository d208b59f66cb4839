#pragma once

// Recordings across calls: search the hub's call history by number, agent and date range,
// list the calls that have a recording, and play the selected one in the player below.
// showCall() plays one call's recording directly (from the call details elsewhere).
// An agent's searches only ever return their own calls (the hub filters), so the console
// hides the agent field for agents.

#include "calls/call.h"
#include "client/hubclient.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {

class RecordingListModel;
class RecordingPlayer;

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

    RecordingPlayer *player() const { return m_player; }
    RecordingListModel *model() const { return m_model; }
    QString statusText() const;
    bool isSearching() const { return m_searching; }
    bool canLoadMore() const;

Q_SIGNALS:
    // A search or a "Load more" got its answer (or failed: see statusText()).
    void searchFinished(bool ok);

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

    Client::HubClient &m_client;
    RecordingListModel *m_model = nullptr;
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
