#pragma once

#include "http/router.h"

namespace AtSim {

class CallEngine;
class FaultPlan;
class PhoneDirectory;
class RecordingStore;
class RestApi;
class Transcript;
struct SimConfig;

// The simulator's own API under /sim: it scripts the phone users (how a number answers, the
// digits it presses, when it hangs up), rings AT numbers, injects REST faults, and shows every
// call and HTTP exchange so tests and demos can watch. Also serves /recordings/<name>.mp3.
// Documented in docs/simulator.md. Errors: {"error": {"code", "message"}}.
class ControlApi
{
public:
    ControlApi(const SimConfig &config,
        CallEngine &engine,
        PhoneDirectory &phones,
        FaultPlan &faults,
        Transcript &transcript,
        RecordingStore &recordings,
        const RestApi &rest);

    void registerRoutes(Http::Router &router);

private:
    Http::Response health() const;
    Http::Response showConfig() const;
    Http::Response setPhone(const Http::Request &request);
    Http::Response setDefaultPhone(const Http::Request &request);
    Http::Response ringInbound(const Http::Request &request);
    Http::Response listCalls() const;
    Http::Response showCall(const Http::Request &request) const;
    Http::Response hangUp(const Http::Request &request);
    Http::Response pressDigits(const Http::Request &request);
    Http::Response queues() const;
    Http::Response addFault(const Http::Request &request);
    Http::Response setBalance(const Http::Request &request);

    const SimConfig &m_config;
    CallEngine &m_engine;
    PhoneDirectory &m_phones;
    FaultPlan &m_faults;
    Transcript &m_transcript;
    RecordingStore &m_recordings;
    const RestApi &m_rest;
};

} // namespace AtSim
