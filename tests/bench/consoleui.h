#pragma once

// The console under test, in a process of its own (so its memory is the console's alone): a
// real Ui::MainWindow with its own Client::HubClient, as DesktopApp builds it, 1280x800 on the
// X server, logged in as a supervisor through the login form, showing the wallboard while the
// hub's stream arrives. A StallProbe watches its UI thread.
//
// It talks to the bench over its standard input and output, one line each way:
//   out: "ready <snapshot seq>"          logged in, stream connected, probe running
//   in:  "stop <from ns> <to ns>"        the measured window (CLOCK_MONOTONIC)
//   out: one JSON line (UiFigures)       then the process exits

#include "client/hubclient.h"
#include "consoleresults.h"
#include "consolestallprobe.h"
#include "phone/phonenumbers.h"
#include "shell/consolesettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace Ui {
class MainWindow;
}

namespace Bench {

struct ConsoleUiOptions
{
    quint16 port = 0;
    QString username;
    QString password;
    int probeIntervalMs = 2;
    QString settingsFile; // the console's own settings (window layout, last user)
};

class ConsoleUi final : public QObject
{
public:
    explicit ConsoleUi(const ConsoleUiOptions &options, QObject *parent = nullptr);
    ~ConsoleUi() override;

    // Shows the window and logs in; the rest happens in the event loop. The process exits
    // with 0 after the figures are printed, 1 on a failure (explained on standard error).
    void start();

private:
    void onConnected();
    void onEvent(const Client::StreamEvent &event);
    void onInput();
    void sampleCounters();
    void finish(qint64 fromNs, qint64 toNs);
    void fail(const QString &why);

    ConsoleUiOptions m_options;
    Client::HubClient m_client;
    Ui::ConsoleSettings m_settings;
    Phone::NumberParser m_numbers;
    std::unique_ptr<Ui::MainWindow> m_window;
    StallProbe m_probe;
    QSocketNotifier *m_input = nullptr;
    QByteArray m_inputBuffer;
    QTimer m_loginLimit;
    QTimer m_counterSampler;
    QElapsedTimer m_loginTimer;
    double m_loginMs = 0;
    qint64 m_readyRssKb = 0;
    bool m_ready = false;

    bool m_haveSnapshot = false;
    qint64 m_snapshotSeq = 0;
    qint64 m_lastSeq = 0;
    qint64 m_received = 0;
    qint64 m_seqGaps = 0;
    std::deque<qint64> m_eventTimes; // CLOCK_MONOTONIC of each event's arrival
    QString m_lastCounters;
    std::vector<qint64> m_counterChangeTimes;
};

} // namespace Bench
