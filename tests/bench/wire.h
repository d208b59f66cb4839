#pragma once

// The bench's client side speaks HTTP/1.1 and WebSocket over raw non-blocking sockets and
// epoll, not through Qt's event loop: on a 2-core machine a Qt client would cost more CPU per
// request than the hub it measures, and the figures would describe the client. Linux only.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

struct epoll_event;

namespace Bench {

qint64 monotonicNs();
qint64 realtimeNs();
// User + system CPU seconds this process has used so far.
double processCpuSeconds();
// Bytes this process has caused to be written to storage so far (/proc/self/io write_bytes).
qint64 processDiskWriteBytes();
// CPU seconds the whole machine has spent busy (not idle, not waiting for I/O), all cores.
double machineBusySeconds();
// Raises the open-file limit to the hard limit: 1,000 subscribers need more than 1,024 fds.
void raiseFileLimit();

// A non-blocking TCP connection to 127.0.0.1:port with Nagle off; -1 when it cannot start.
int connectLoopback(quint16 port);
// Whether a non-blocking connect() has completed without error.
bool connectSucceeded(int fd);

// Writes what the socket accepts now. Returns false on a broken connection.
bool writeSome(int fd, const QByteArray &data, qsizetype &offset);
// Reads everything available into `into`. Returns false when the peer closed or on error.
bool readAvailable(int fd, QByteArray &into);

class Poller
{
public:
    Poller();
    ~Poller();
    Poller(const Poller &) = delete;
    Poller &operator=(const Poller &) = delete;

    bool add(int fd, std::uint32_t events, std::uint64_t tag);
    bool modify(int fd, std::uint32_t events, std::uint64_t tag);
    void remove(int fd);
    // Waits up to timeoutMs (-1: forever); the ready events are in events()[0..n).
    int wait(int timeoutMs);
    const epoll_event *events() const;

private:
    int m_fd = -1;
    std::vector<epoll_event> m_events;
};

// POST /api/webhooks/africastalking/<secret> as AT sends it: form-encoded, keep-alive.
QByteArray webhookRequest(quint16 port, const QString &secret, const QByteArray &body);

// Reads one HTTP/1.1 response at a time out of a byte stream (Content-Length bodies only,
// which is what the hub writes).
class ResponseReader
{
public:
    enum class State { Incomplete, Complete, Malformed };

    // Appends bytes; call next() until it returns Incomplete.
    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    State next();
    int status() const { return m_status; }
    bool closeAfter() const { return m_close; }
    QByteArray body() const { return m_body; }
    QString problem() const { return m_problem; }
    QByteArray &buffer() { return m_buffer; }

private:
    QByteArray m_buffer;
    int m_status = 0;
    bool m_close = false;
    QByteArray m_body;
    QString m_problem;
};

} // namespace Bench
