#pragma once

#include "http/httpresponse.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace AtSim {

// Faults to inject into the REST side, so clients can be tested against a misbehaving AT:
// a status code (5xx, 429...), latency, a dropped connection, or a malformed JSON body.
struct Fault
{
    enum class Kind { Status, Latency, Reset, MalformedJson };
    QString endpoint; // "/call", ... or "*" for every endpoint
    Kind kind = Kind::Status;
    int status = 500;
    int delayMs = 0;
    int remaining = 1; // how many requests it affects; -1 = until cleared

    // Unknown keys, an endpoint the simulator does not serve, a non-error status and values
    // of the wrong type are errors naming the key: a fault that can never fire is refused.
    static Util::Result<Fault, QString> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

class FaultPlan
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    QJsonArray toJson() const;

    // The fault for this request, consuming one use of it. A latency fault only delays: the
    // caller still answers normally and applies delayMs to its response.
    std::optional<Fault> take(const QString &endpoint);

    // The response a fault produces instead of the real one (not for latency).
    static Http::Response responseFor(const Fault &fault);

private:
    QList<Fault> m_faults;
};

} // namespace AtSim
