#pragma once

#include "http/router.h"
#include "util/formcodec.h"

#include <optional>

namespace Phone {
class NumberParser;
}

namespace AtSim {

class CallEngine;
class FaultPlan;
class IdGenerator;
struct SimConfig;

// AT's voice REST endpoints as the simulator serves them (reference §1, §2): /call,
// /queueStatus, /mediaUpload, /callTransfer and the WebRTC /capability-token/request, with
// AT's authentication, error texts and response shapes.
class RestApi
{
public:
    RestApi(const SimConfig &config,
        CallEngine &engine,
        IdGenerator &ids,
        FaultPlan &faults,
        const Phone::NumberParser &numbers);

    void registerRoutes(Http::Router &router);

    // Media URLs registered through /mediaUpload, newest last.
    QStringList uploadedMedia() const { return m_media; }

private:
    using Handler = Http::Response (RestApi::*)(const Http::Request &, const Util::FormFields &);
    Http::Response serve(const QString &endpoint, const Http::Request &request, Handler handler);
    std::optional<Http::Response> checkAuth(const Http::Request &request) const;
    std::optional<Http::Response> requireFields(
        const Util::FormFields &fields, const QStringList &names) const;

    Http::Response call(const Http::Request &request, const Util::FormFields &fields);
    Http::Response queueStatus(const Http::Request &request, const Util::FormFields &fields);
    Http::Response mediaUpload(const Http::Request &request, const Util::FormFields &fields);
    Http::Response callTransfer(const Http::Request &request, const Util::FormFields &fields);
    Http::Response capabilityToken(const Http::Request &request, const Util::FormFields &fields);

    QJsonObject callEntry(const QString &recipient, const QString &from, const QString &requestId);

    const SimConfig &m_config;
    CallEngine &m_engine;
    IdGenerator &m_ids;
    FaultPlan &m_faults;
    const Phone::NumberParser &m_numbers;
    QStringList m_media;
};

} // namespace AtSim
