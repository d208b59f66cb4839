#pragma once

// Today's spend on the wallboard: per currency what the centre has spent since the hub's local
// midnight, and with a daily cap set, the cap and what remains (red once it is reached: no
// calls can be placed until midnight). Refreshed when calls end (at most every two seconds,
// however many end) and every minute.

#include "client/hubclient.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace Ui {

class SpendPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CallEndedDelayMs = 2000;
    static constexpr int PeriodMs = 60000;

    explicit SpendPanel(Client::HubClient &client, QWidget *parent = nullptr);

    // Asks the hub now (one request at a time).
    void refresh();
    // A call ended (its cost may have arrived): refresh within two seconds.
    void callEnded();
    void setSpend(const Client::SpendToday &spend);
    QString text() const;
    bool capReached() const { return m_capReached; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Client::HubClient &m_client;
    QLabel *m_summary;
    QTimer m_soon; // single shot after a call ends
    QTimer m_periodic;
    QElapsedTimer m_lastRequest; // when the last request was sent
    bool m_inFlight = false;
    bool m_againAfter = false; // a call ended while a request was on its way
    bool m_capReached = false;
};

} // namespace Ui
