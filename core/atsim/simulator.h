#pragma once

// The Africa's Talking voice simulator, whole: AT's REST endpoints, the call engine that posts
// notifications to the app and executes its ActionXML, scripted phone users, recordings, and
// the /sim control API — all on one HTTP port. Tests and demo mode run it in-process; the
// simu-atsim executable wraps it. See docs/simulator.md.

#include "simconfig.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace AtSim {

class CallEngine;
class FaultPlan;
class PhoneDirectory;
class Transcript;

class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(SimConfig config, QObject *parent = nullptr);
    ~Simulator() override;

    // Returns the bound port (0 picks a free one), or 0 when it cannot listen.
    quint16 listen(
        const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    QUrl baseUrl() const; // "http://127.0.0.1:<port>"

    // Points an AT number's voice callback URL somewhere (e.g. at a hub started later).
    // Adds the number to the account if it is not there yet.
    void setCallbackUrl(const QString &number, const QUrl &url);

    const SimConfig &config() const;
    quint32 seed() const;
    CallEngine &engine();
    PhoneDirectory &phones();
    Transcript &transcript();
    FaultPlan &faults();

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
    QUrl m_baseUrl;
};

} // namespace AtSim
