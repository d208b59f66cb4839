#include "consoleui.h"

#include "models/callsmodel.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"
#include "supervisor/supervisorview.h"
#include "wire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTextStream>

#include <malloc.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr int LOGIN_LIMIT_MS = 60'000;
constexpr int COUNTER_SAMPLE_MS = 1000;
constexpr QSize WINDOW_SIZE(1280, 800);

} // namespace

ConsoleUi::ConsoleUi(const ConsoleUiOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(options.settingsFile)
    , m_numbers(u"KE"_s)
    , m_probe(options.probeIntervalMs)
{
    m_counterChangeTimes.reserve(4096);
    m_client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(options.port)));
    connect(&m_client, &Client::HubClient::snapshot, this, [this](const auto &, qint64 seq) {
        if (m_haveSnapshot)
            return; // a reconnect's snapshot: the events still count from the first one
        m_haveSnapshot = true;
        m_snapshotSeq = seq;
        m_lastSeq = seq;
    });
    connect(&m_client, &Client::HubClient::event, this, &ConsoleUi::onEvent);
    connect(&m_client, &Client::HubClient::connectionStateChanged, this, [this](auto state) {
        if (state == Client::ConnectionState::Connected && !m_ready)
            onConnected();
    });
    m_loginLimit.setSingleShot(true);
    connect(&m_loginLimit, &QTimer::timeout, this, [this] {
        const QString error = m_window ? m_window->loginPage()->errorText() : QString();
        fail(u"not logged in and connected after %1 s%2"_s.arg(LOGIN_LIMIT_MS / 1000)
                 .arg(error.isEmpty() ? QString() : u": "_s + error));
    });
    m_counterSampler.setInterval(COUNTER_SAMPLE_MS);
    connect(&m_counterSampler, &QTimer::timeout, this, &ConsoleUi::sampleCounters);
}

ConsoleUi::~ConsoleUi() = default;

void ConsoleUi::start()
{
    // As DesktopApp::openWindow() builds it; the tray icon too (Xvfb has no tray to show it).
    Ui::MainWindow::Options options;
    m_window = std::make_unique<Ui::MainWindow>(m_client, m_settings, m_numbers, options);
    m_window->resize(WINDOW_SIZE);
    m_window->show();

    // Through the login form, as a user would.
    QLineEdit *username = nullptr;
    QLineEdit *password = nullptr;
    for (QLineEdit *field : m_window->loginPage()->findChildren<QLineEdit *>()) {
        if (field->echoMode() == QLineEdit::Password)
            password = field;
        else if (!username)
            username = field;
    }
    QPushButton *logIn = nullptr;
    for (QPushButton *button : m_window->loginPage()->findChildren<QPushButton *>()) {
        if (button->accessibleName() == u"Log in"_s)
            logIn = button;
    }
    if (!username || !password || !logIn)
        return fail(u"the login page has no username field, password field or Log in button"_s);
    username->setText(m_options.username);
    password->setText(m_options.password);
    m_loginLimit.start(LOGIN_LIMIT_MS);
    m_loginTimer.start();
    logIn->click();
}

void ConsoleUi::onConnected()
{
    if (!m_window->isLoggedIn() || !m_window->showView(u"wallboard"_s))
        return fail(u"logged in, but the supervisor's wallboard is not there"_s);
    m_ready = true;
    m_loginMs = double(m_loginTimer.nsecsElapsed()) / 1e6;
    m_loginLimit.stop();
    m_readyRssKb = residentMemory().rssKb;
    m_probe.start();
    m_counterSampler.start();
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &ConsoleUi::onInput);
    QTextStream(stdout) << "ready " << m_snapshotSeq << Qt::endl;
}

void ConsoleUi::onEvent(const Client::StreamEvent &event)
{
    m_eventTimes.push_back(monotonicNs());
    ++m_received;
    if (m_lastSeq > 0 && event.seq != m_lastSeq + 1)
        ++m_seqGaps;
    m_lastSeq = event.seq;
}

void ConsoleUi::sampleCounters()
{
    // The wallboard's counters are a label: a user sees them change, or not.
    const QString text
        = m_window->supervisorView() ? m_window->supervisorView()->countersText() : QString();
    if (text != m_lastCounters) {
        m_lastCounters = text;
        m_counterChangeTimes.push_back(monotonicNs());
    }
}

void ConsoleUi::onInput()
{
    char chunk[256];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got <= 0) {
        m_input->setEnabled(false);
        return fail(u"the bench closed the console's input before asking for the figures"_s);
    }
    m_inputBuffer.append(chunk, got);
    const qsizetype newline = m_inputBuffer.indexOf('\n');
    if (newline < 0)
        return;
    const QList<QByteArray> words = m_inputBuffer.left(newline).simplified().split(' ');
    m_inputBuffer.remove(0, newline + 1);
    if (words.size() != 3 || words.at(0) != "stop")
        return fail(u"unexpected command: %1"_s.arg(QString::fromLatin1(words.join(' '))));
    m_input->setEnabled(false);
    finish(words.at(1).toLongLong(), words.at(2).toLongLong());
}

void ConsoleUi::finish(qint64 fromNs, qint64 toNs)
{
    sampleCounters(); // what the wallboard says now, after the load
    UiFigures f;
    const StallWindow stalls = m_probe.window(fromNs, toNs);
    f.samples = stalls.samples;
    f.longestStallMs = stalls.longestStallMs;
    f.p99StallMs = stalls.p99StallMs;
    f.p50GapMs = stalls.p50GapMs;
    f.stallsOver16Ms = stalls.stallsOver16Ms;
    f.uiThreadCpuSeconds = stalls.threadCpuSeconds;
    f.processCpuSeconds = stalls.processCpuSeconds;
    f.windowSeconds = double(toNs - fromNs) / 1e9;
    f.snapshotSeq = m_snapshotSeq;
    f.lastSeq = m_lastSeq;
    f.eventsReceived = m_received;
    for (const qint64 at : m_eventTimes)
        f.eventsInWindow += at >= fromNs && at < toNs ? 1 : 0;
    for (const qint64 at : m_counterChangeTimes)
        f.counterChanges += at >= fromNs && at < toNs ? 1 : 0;
    f.seqGaps = m_seqGaps;
    const Ui::CallsModel &model = *m_window->liveCalls();
    f.modelRows = model.rowCount();
    for (int row = 0; row < f.modelRows; ++row)
        f.liveRows += model.callAt(row).isFinal() ? 0 : 1;
    const QRegularExpressionMatch live
        = QRegularExpression(u"<b>(\\d+)</b> live call"_s).match(m_lastCounters);
    f.countersLive = live.hasMatch() ? live.captured(1).toInt() : -1;
    f.countersText = m_lastCounters;
    const ResidentMemory memory = residentMemory();
    f.readyRssKb = m_readyRssKb;
    f.rssKb = memory.rssKb;
    f.hwmKb = memory.hwmKb;
    // Where the memory is: in use by the console, or freed but kept by malloc.
    const struct mallinfo2 heap = mallinfo2();
    f.heapInUseKb = qint64(heap.uordblks + heap.hblkhd) / 1024;
    f.heapFreeKb = qint64(heap.fordblks) / 1024;
    f.loginMs = m_loginMs;
    // CONSOLEBENCH_STALLS=N: the N longest stalls on CLOCK_MONOTONIC, to find in a profile.
    if (const int worst = qEnvironmentVariableIntValue("CONSOLEBENCH_STALLS"); worst > 0) {
        QTextStream err(stderr);
        for (const auto &[endNs, gapNs] : m_probe.longest(fromNs, toNs, worst))
            err << "consolebench (console): stall of " << double(gapNs) / 1e6 << " ms ending at "
                << endNs << " ns (CLOCK_MONOTONIC)" << Qt::endl;
    }
    QTextStream(stdout) << QJsonDocument(toJson(f)).toJson(QJsonDocument::Compact) << Qt::endl;
    QCoreApplication::exit(0);
}

void ConsoleUi::fail(const QString &why)
{
    QTextStream(stderr) << "consolebench (console): " << why << Qt::endl;
    QCoreApplication::exit(1);
}

} // namespace Bench
