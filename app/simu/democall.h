#pragma once

// `simu --demo` until the hub and the desktop console exist: starts the built-in Africa's
// Talking simulator and a small voice app in this process, then walks two calls through
// them and prints every step — the REST request, each notification AT posts, the ActionXML
// the app answers, the call's state, cost and recording. No real call, no money spent.

#include "at/httptransport.h"
#include "calls/callregistry.h"
#include "http/router.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace At {
class Client;
}
namespace AtSim {
class Simulator;
}
namespace Http {
class Server;
}

class DemoCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCall)

public:
    DemoCall(QTextStream &out, double speed, QObject *parent = nullptr);
    ~DemoCall() override;

    // Starts the demo; `finished` reports the exit code (0 when both calls completed).
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    Http::Response handleVoice(const Http::Request &request);
    QByteArray replyFor(const Voice::CallbackEvent &event);
    void placeOutboundCall();
    void ringInbound();
    void reportFinal(const Calls::Call &call);
    void checkRecording(const QString &url, const std::function<void()> &then);
    void fail(const QString &why);
    void print(const QString &line);

    QTextStream &m_out;
    double m_speed;
    std::unique_ptr<AtSim::Simulator> m_simulator;
    Http::Router m_router;
    std::unique_ptr<Http::Server> m_webhook;
    At::NetworkTransport m_transport;
    std::unique_ptr<At::Client> m_client;
    Calls::CallRegistry m_calls;
    QTimer m_deadline;
    int m_finishedCalls = 0;
};
