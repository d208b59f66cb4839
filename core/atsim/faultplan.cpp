#include "faultplan.h"

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

struct KindName
{
    Fault::Kind kind;
    QLatin1StringView name;
};

constexpr KindName KIND_NAMES[] = {
    {Fault::Kind::Status, "status"_L1},
    {Fault::Kind::Latency, "latency"_L1},
    {Fault::Kind::Reset, "reset"_L1},
    {Fault::Kind::MalformedJson, "malformed_json"_L1},
};

} // namespace

Util::Result<Fault, QString> Fault::fromJson(const QJsonObject &json)
{
    Fault fault;
    fault.endpoint = json.value(u"endpoint"_s).toString(u"*"_s);
    const QString kind = json.value(u"kind"_s).toString(u"status"_s);
    bool known = false;
    for (const auto &entry : KIND_NAMES) {
        if (entry.name == kind) {
            fault.kind = entry.kind;
            known = true;
        }
    }
    if (!known)
        return Util::fail(u"\"kind\" must be one of status, latency, reset, malformed_json"_s);
    fault.status = json.value(u"status"_s).toInt(500);
    if (fault.status < 100 || fault.status > 599)
        return Util::fail(u"\"status\" must be an HTTP status code"_s);
    fault.delayMs = json.value(u"delayMs"_s).toInt(0);
    if (fault.delayMs < 0 || fault.delayMs > 600000)
        return Util::fail(u"\"delayMs\" must be between 0 and 600000"_s);
    fault.remaining = json.value(u"count"_s).toInt(1);
    if (fault.remaining == 0 || fault.remaining < -1)
        return Util::fail(u"\"count\" must be a positive number, or -1 for every request"_s);
    return fault;
}

QJsonObject Fault::toJson() const
{
    QString kindName;
    for (const auto &entry : KIND_NAMES) {
        if (entry.kind == kind)
            kindName = entry.name;
    }
    return {{u"endpoint"_s, endpoint},
        {u"kind"_s, kindName},
        {u"status"_s, status},
        {u"delayMs"_s, delayMs},
        {u"count"_s, remaining}};
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray out;
    for (const Fault &fault : m_faults)
        out.append(fault.toJson());
    return out;
}

std::optional<Fault> FaultPlan::take(const QString &endpoint)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (fault.endpoint != u"*"_s && fault.endpoint != endpoint)
            continue;
        const Fault taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

Http::Response FaultPlan::responseFor(const Fault &fault)
{
    switch (fault.kind) {
    case Fault::Kind::Reset: {
        Http::Response response;
        response.abortConnection = true;
        return response;
    }
    case Fault::Kind::MalformedJson:
        return Http::Response::bytes("application/json", R"({"entries":[{"phoneNumber":)");
    case Fault::Kind::Status:
    case Fault::Kind::Latency:
        break;
    }
    if (fault.status >= 500)
        return Http::Response::text("There was an internal server error.", fault.status);
    return Http::Response::text("The request could not be completed.", fault.status);
}

} // namespace AtSim
