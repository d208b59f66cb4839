#include "wire.h"

#include <QFile>
#include <QList>

#include <arpa/inet.h>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

qint64 clockNs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

} // namespace

qint64 monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

qint64 realtimeNs()
{
    return clockNs(CLOCK_REALTIME);
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

qint64 processDiskWriteBytes()
{
    QFile file(u"/proc/self/io"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return -1;
}

double machineBusySeconds()
{
    QFile file(u"/proc/stat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // "cpu  user nice system idle iowait irq softirq steal ..." in clock ticks.
    const QList<QByteArray> fields
        = file.readAll().split('\n').constFirst().simplified().split(' ');
    double busy = 0;
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        if (i != 4 && i != 5) // idle, iowait
            busy += fields.at(i).toDouble();
    }
    return busy / double(sysconf(_SC_CLK_TCK));
}

void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int connectLoopback(quint16 port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        && errno != EINPROGRESS) {
        close(fd);
        return -1;
    }
    return fd;
}

bool connectSucceeded(int fd)
{
    int error = 0;
    socklen_t length = sizeof error;
    return getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
}

bool writeSome(int fd, const QByteArray &data, qsizetype &offset)
{
    while (offset < data.size()) {
        const ssize_t written
            = send(fd, data.constData() + offset, size_t(data.size() - offset), MSG_NOSIGNAL);
        if (written > 0) {
            offset += written;
            continue;
        }
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (written < 0 && errno == EINTR)
            continue;
        return false;
    }
    return true;
}

bool readAvailable(int fd, QByteArray &into)
{
    char chunk[16384];
    for (;;) {
        const ssize_t got = recv(fd, chunk, sizeof chunk, 0);
        if (got > 0) {
            into.append(chunk, got);
            if (size_t(got) < sizeof chunk)
                return true;
            continue;
        }
        if (got == 0)
            return false;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return true;
        if (errno != EINTR)
            return false;
    }
}

Poller::Poller()
    : m_fd(epoll_create1(EPOLL_CLOEXEC))
    , m_events(4096)
{}

Poller::~Poller()
{
    if (m_fd >= 0)
        close(m_fd);
}

bool Poller::add(int fd, std::uint32_t events, std::uint64_t tag)
{
    epoll_event event{};
    event.events = events;
    event.data.u64 = tag;
    return epoll_ctl(m_fd, EPOLL_CTL_ADD, fd, &event) == 0;
}

bool Poller::modify(int fd, std::uint32_t events, std::uint64_t tag)
{
    epoll_event event{};
    event.events = events;
    event.data.u64 = tag;
    return epoll_ctl(m_fd, EPOLL_CTL_MOD, fd, &event) == 0;
}

void Poller::remove(int fd)
{
    epoll_ctl(m_fd, EPOLL_CTL_DEL, fd, nullptr);
}

int Poller::wait(int timeoutMs)
{
    const int ready = epoll_wait(m_fd, m_events.data(), int(m_events.size()), timeoutMs);
    return ready < 0 ? 0 : ready;
}

const epoll_event *Poller::events() const
{
    return m_events.data();
}

QByteArray webhookRequest(quint16 port, const QString &secret, const QByteArray &body)
{
    QByteArray request;
    request.reserve(body.size() + 256);
    request.append("POST /api/webhooks/africastalking/")
        .append(secret.toUtf8())
        .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
        .append(QByteArray::number(port))
        .append("\r\nUser-Agent: simu-hubbench\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                "Accept: */*\r\nContent-Length: ")
        .append(QByteArray::number(body.size()))
        .append("\r\n\r\n")
        .append(body);
    return request;
}

ResponseReader::State ResponseReader::next()
{
    // Scans in place: this runs for every answer, and the load process must stay cheap.
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return State::Incomplete;
    const QByteArrayView head(m_buffer.constData(), headerEnd);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView statusLine = head.first(lineEnd);
    bool ok = false;
    m_status = statusLine.size() >= 12 ? statusLine.sliced(9, 3).toInt(&ok) : 0;
    if (!ok || !statusLine.startsWith("HTTP/1.")) {
        m_problem = u"not an HTTP/1.x status line: %1"_s.arg(
            QString::fromLatin1(statusLine.first(qMin<qsizetype>(80, statusLine.size()))));
        return State::Malformed;
    }
    m_close = statusLine.startsWith("HTTP/1.0");
    qint64 length = -1;
    qsizetype at = lineEnd + 2;
    while (at < head.size()) {
        qsizetype end = head.indexOf("\r\n", at);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(at, end - at);
        at = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            length = value.toLongLong();
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            m_close = value.compare("close", Qt::CaseInsensitive) == 0;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            m_problem = u"the hub answered with Transfer-Encoding, which the bench cannot read"_s;
            return State::Malformed;
        }
    }
    if (length < 0) {
        m_problem = u"a response without Content-Length"_s;
        return State::Malformed;
    }
    const qsizetype total = headerEnd + 4 + length;
    if (m_buffer.size() < total)
        return State::Incomplete;
    m_body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, total);
    return State::Complete;
}

} // namespace Bench
