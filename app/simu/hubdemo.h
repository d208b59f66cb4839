#pragma once

// `simu --headless --demo`: the hub wired to the built-in Africa's Talking simulator, with demo
// users and a gentle stream of calls, so that every view shows life. Binds to 127.0.0.1 only.

#include "atsim/simulator.h"
#include "hub/hubserver.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace SimuApp {

class HubDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubDemo)

public:
    struct Options
    {
        double speed = 1.0; // simulated seconds per real second (env SIMU_DEMO_SPEED)
        int inboundEverySeconds = 25; // on average; 0 stops the inbound stream
        int outboundEverySeconds = 45;
        quint32 seed = 0;
        bool inWindow = false; // the desktop demo: closing the window stops it
    };

    HubDemo(Hub::HubConfig config, Options options, QTextStream &out, QObject *parent = nullptr);
    ~HubDemo() override;

    Util::Result<void, QString> start();
    Hub::HubServer &hub() { return *m_hub; }
    // The demo users' password (SIMU_DEMO_PASSWORD, or made up at start).
    const QString &password() const { return m_password; }
    static QStringList demoUsernames();

    // The agents' own phones in the simulator, and the customers who call in.
    static const QStringList &agentLines();

private:
    Util::Result<QString, QString> seedUsers();
    void scriptPhones();
    void ringInbound();
    void placeOutbound();
    void scheduleNext(QTimer &timer, int averageSeconds);
    QString randomCustomer();

    Hub::HubConfig m_config;
    Options m_options;
    QTextStream &m_out;
    std::unique_ptr<AtSim::Simulator> m_simulator;
    std::unique_ptr<Hub::HubServer> m_hub;
    QTimer m_inbound;
    QTimer m_outbound;
    QRandomGenerator m_random;
    QString m_password;
};

} // namespace SimuApp
