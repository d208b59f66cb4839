#pragma once

// A whole hub, assembled: the database, logins, the AT client, the call center, the event
// stream and the LAN API on one HTTP port. `simu --headless` runs one; the desktop console
// will run one in-process; integration tests start one on port 0. Collaborators that tests
// replace (the clock, the HTTP transport to AT) can be handed in.

#include "http/router.h"
#include "hubconfig.h"
#include "util/result.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace At {
class IHttpTransport;
}
namespace Auth {
class AuthService;
}
namespace Util {
class IClock;
}

namespace Hub {

class CallCenter;

class HubServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubServer)

public:
    struct Options
    {
        const Util::IClock *clock = nullptr; // default: the system clock
        At::IHttpTransport *atTransport = nullptr; // default: a NetworkTransport
        int passwordIterations = 0; // 0: the production count
    };

    explicit HubServer(HubConfig config, QObject *parent = nullptr);
    HubServer(HubConfig config, Options options, QObject *parent = nullptr);
    ~HubServer() override;

    // Opens the database, loads live calls and listens. The error says what failed, in
    // words (a busy port, an unreadable database...).
    Util::Result<void, QString> start();

    quint16 port() const;
    QUrl baseUrl() const; // http://<address>:<port>
    QUrl webhookUrl() const; // baseUrl + /api/webhooks/africastalking/<secret>
    const HubConfig &config() const;
    Auth::AuthService &auth();
    CallCenter &calls();
    // Every route the hub serves (method and pattern; "WEBSOCKET" for upgrades), so a test
    // can hold the API description (resources/api/openapi.json) to it.
    QList<Http::RouteInfo> routes() const;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace Hub
