#pragma once

// The strip across the top of the console that says, in words, when the hub cannot be
// reached: what the agent sees may be out of date, and Simu is reconnecting by itself. After
// a reconnect it says how many updates arrived that happened meanwhile, then hides. While the
// connection is healthy it takes no space.

#include "client/hubclient.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;

namespace Ui {

class ConnectionBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    QString text() const;
    // How long the "reconnected" note stays (ms).
    void setReconnectedNoteMs(int ms) { m_noteMs = ms; }

public Q_SLOTS:
    void setState(Client::ConnectionState state);
    void noteCaughtUp(int missedEvents);

private:
    enum class Tone { Neutral, Warning, Good };
    void show(const QString &text, Tone tone);
    void refreshLostText();

    QLabel *m_label;
    Client::ConnectionState m_state = Client::ConnectionState::Disconnected;
    bool m_wasLost = false;
    QElapsedTimer m_lostFor;
    QTimer m_tick; // updates "lost for N s"
    QTimer m_hide;
    int m_noteMs = 8000;
};

} // namespace Ui
