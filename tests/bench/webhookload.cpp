#include "webhookload.h"

#include "callbackbodies.h"
#include "wire.h"

#include <QFile>
#include <QHash>

#include <memory>
#include <sys/epoll.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr int MAX_CONNECTION_ERRORS = 1000;
constexpr qint64 DRAIN_LIMIT_NS = 10'000'000'000; // answers still missing after this are lost

struct OpenCall
{
    quint64 serial = 0;
    QByteArray sessionId;
    bool ringingSent = false;
};

struct Connection
{
    int index = 0;
    int fd = -1;
    bool connected = false;
    bool busy = false; // a request is out, its answer not yet read
    QByteArray out;
    qsizetype offset = 0;
    ResponseReader reader;
    qint64 sentAt = 0;
    bool sentFirst = false; // the request out is a first notification
    QByteArray sentSession;
    std::vector<OpenCall> calls;
    size_t nextCall = 0;
    quint64 nextSerial = 0;
};

class LoadRun
{
public:
    explicit LoadRun(const WebhookLoadOptions &options)
        : m_options(options)
    {}

    Util::Result<WebhookLoadResult, QString> run();

private:
    bool open(Connection &connection);
    void closeConnection(Connection &connection);
    void startRequest(Connection &connection);
    void onReadable(Connection &connection, qint64 now);
    void onWritable(Connection &connection);
    void lose(Connection &connection, const QString &why);
    void noteProblem(const QString &problem)
    {
        if (m_result.firstProblem.isEmpty())
            m_result.firstProblem = problem;
    }
    bool writeAcks() const;

    const WebhookLoadOptions &m_options;
    CallbackBodies m_bodies;
    Poller m_poller;
    std::vector<std::unique_ptr<Connection>> m_connections;
    WebhookLoadResult m_result;
    std::vector<qint64> m_latencies;
    QHash<QByteArray, int> m_acks;
    qint64 m_windowStart = 0, m_windowEnd = 0;
    bool m_stopping = false;
};

bool LoadRun::open(Connection &connection)
{
    connection.fd = connectLoopback(m_options.port);
    connection.connected = false;
    connection.reader = ResponseReader();
    if (connection.fd < 0)
        return false;
    return m_poller.add(connection.fd, EPOLLOUT | EPOLLIN, quint64(connection.index));
}

void LoadRun::closeConnection(Connection &connection)
{
    if (connection.fd < 0)
        return;
    m_poller.remove(connection.fd);
    close(connection.fd);
    connection.fd = -1;
    connection.connected = false;
}

void LoadRun::startRequest(Connection &connection)
{
    OpenCall &call = connection.calls[connection.nextCall];
    connection.nextCall = (connection.nextCall + 1) % connection.calls.size();
    if (call.sessionId.isEmpty()) {
        call.serial = connection.nextSerial++;
        call.sessionId
            = CallbackBodies::sessionId(m_options.run, quint32(connection.index), call.serial);
    }
    const quint64 detailSeed = (quint64(connection.index) << 40) ^ call.serial;
    const bool first = !call.ringingSent;
    const QByteArray body = first ? m_bodies.firstNotification(call.sessionId, detailSeed)
                                  : m_bodies.finalNotification(call.sessionId, detailSeed);
    connection.sentFirst = first;
    connection.sentSession = call.sessionId;
    if (first) {
        call.ringingSent = true;
    } else {
        call.sessionId.clear(); // the next turn of this slot starts a new call
        call.ringingSent = false;
    }
    connection.out = webhookRequest(m_options.port, m_options.secret, body);
    connection.offset = 0;
    connection.busy = true;
    ++m_result.sent;
    connection.sentAt = monotonicNs();
    if (!writeSome(connection.fd, connection.out, connection.offset))
        return lose(connection, u"the hub closed a connection while a callback was sent"_s);
    if (connection.offset < connection.out.size())
        m_poller.modify(connection.fd, EPOLLIN | EPOLLOUT, quint64(connection.index));
}

void LoadRun::onWritable(Connection &connection)
{
    if (!connection.connected) {
        if (!connectSucceeded(connection.fd))
            return lose(connection, u"cannot connect to the hub"_s);
        connection.connected = true;
        m_poller.modify(connection.fd, EPOLLIN, quint64(connection.index));
        if (!m_stopping)
            startRequest(connection);
        return;
    }
    if (!writeSome(connection.fd, connection.out, connection.offset))
        return lose(connection, u"the hub closed a connection while a callback was sent"_s);
    if (connection.offset >= connection.out.size())
        m_poller.modify(connection.fd, EPOLLIN, quint64(connection.index));
}

void LoadRun::onReadable(Connection &connection, qint64 now)
{
    QByteArray &buffer = connection.reader.buffer();
    const bool stillOpen = readAvailable(connection.fd, buffer);
    for (;;) {
        const ResponseReader::State state = connection.reader.next();
        if (state == ResponseReader::State::Incomplete)
            break;
        if (state == ResponseReader::State::Malformed || !connection.busy)
            return lose(connection,
                state == ResponseReader::State::Malformed
                    ? connection.reader.problem()
                    : u"the hub sent an answer nobody asked for"_s);
        connection.busy = false;
        const int status = connection.reader.status();
        if (status == 200) {
            ++m_result.answered200;
            ++(connection.sentFirst ? m_result.firstOk : m_result.finalOk);
            if (connection.reader.body().startsWith("<?xml"))
                ++m_result.xmlAnswers;
            ++m_acks[connection.sentSession];
        } else {
            ++m_result.answeredOther;
            noteProblem(u"HTTP %1: %2"_s.arg(status).arg(
                QString::fromUtf8(connection.reader.body().left(200))));
        }
        if (now >= m_windowStart && now < m_windowEnd) {
            ++m_result.measured;
            m_latencies.push_back(now - connection.sentAt);
        }
        if (connection.reader.closeAfter()) { // the hub may end keep-alive; start afresh
            closeConnection(connection);
            if (!m_stopping && !open(connection))
                ++m_result.connectionErrors;
            return;
        }
        if (!m_stopping)
            startRequest(connection);
    }
    if (!stillOpen)
        lose(connection, u"the hub closed a keep-alive connection"_s);
}

void LoadRun::lose(Connection &connection, const QString &why)
{
    if (connection.busy) {
        ++m_result.connectionErrors;
        connection.busy = false;
    }
    noteProblem(why);
    closeConnection(connection);
    if (!m_stopping && m_result.connectionErrors < MAX_CONNECTION_ERRORS && !open(connection))
        ++m_result.connectionErrors;
}

bool LoadRun::writeAcks() const
{
    if (m_options.acksFile.isEmpty())
        return true;
    QFile file(m_options.acksFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray text;
    text.reserve(m_acks.size() * 48);
    for (auto it = m_acks.constBegin(); it != m_acks.constEnd(); ++it)
        text.append(it.key()).append(' ').append(QByteArray::number(it.value())).append('\n');
    return file.write(text) == text.size();
}

Util::Result<WebhookLoadResult, QString> LoadRun::run()
{
    raiseFileLimit();
    const double cpuBefore = processCpuSeconds();
    const qint64 start = monotonicNs();
    m_windowStart = start + qint64(m_options.warmupSeconds * 1e9);
    m_windowEnd = m_windowStart + qint64(m_options.seconds * 1e9);
    m_latencies.reserve(size_t(m_options.seconds * 100000));
    for (int i = 0; i < m_options.connections; ++i) {
        auto connection = std::make_unique<Connection>();
        connection->index = i;
        connection->calls.resize(size_t(qMax(1, m_options.sessionsPerConnection)));
        if (!open(*connection))
            return Util::fail(u"cannot open a connection to 127.0.0.1:%1"_s.arg(m_options.port));
        m_connections.push_back(std::move(connection));
    }
    for (;;) {
        const int ready = m_poller.wait(5);
        const qint64 now = monotonicNs();
        for (int i = 0; i < ready; ++i) {
            const epoll_event &event = m_poller.events()[i];
            Connection &connection = *m_connections[size_t(event.data.u64)];
            if (connection.fd < 0)
                continue;
            if (event.events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                onReadable(connection, now);
            if (connection.fd >= 0 && (event.events & EPOLLOUT))
                onWritable(connection);
        }
        m_stopping = m_stopping || now >= m_windowEnd;
        if (m_result.connectionErrors >= MAX_CONNECTION_ERRORS)
            return Util::fail(
                u"too many broken connections; the first problem: %1"_s.arg(m_result.firstProblem));
        bool anyBusy = false;
        for (const auto &connection : m_connections)
            anyBusy = anyBusy || connection->busy;
        if (m_stopping && (!anyBusy || now > m_windowEnd + DRAIN_LIMIT_NS))
            break;
    }
    for (const auto &connection : m_connections) {
        if (connection->busy) {
            ++m_result.connectionErrors;
            noteProblem(u"a callback was still unanswered 10 s after the run ended"_s);
        }
        closeConnection(*connection);
    }
    m_result.wallSeconds = double(monotonicNs() - start) / 1e9;
    m_result.cpuSeconds = processCpuSeconds() - cpuBefore;
    m_result.measuredSeconds = m_options.seconds;
    m_result.requestsPerSecond = double(m_result.measured) / m_options.seconds;
    m_result.latency = percentiles(m_latencies);
    m_result.sessionsAcked = m_acks.size();
    if (!writeAcks())
        return Util::fail(u"cannot write %1"_s.arg(m_options.acksFile));
    return m_result;
}

} // namespace

Util::Result<WebhookLoadResult, QString> runWebhookLoad(const WebhookLoadOptions &options)
{
    LoadRun run(options);
    return run.run();
}

} // namespace Bench
