#include "faultplan.h"

#include <algorithm>
#include <limits>

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

// The REST endpoints RestApi serves: a fault for any other path would silently never fire.
constexpr QLatin1StringView ENDPOINTS[] = {"*"_L1,
    "/call"_L1,
    "/queueStatus"_L1,
    "/mediaUpload"_L1,
    "/callTransfer"_L1,
    "/capability-token/request"_L1};

constexpr QLatin1StringView KEYS[]
    = {"endpoint"_L1, "kind"_L1, "status"_L1, "delayMs"_L1, "count"_L1};

// A whole number in [min, max] under `key`, or `fallback` when the key is absent.
std::optional<int> readInteger(
    const QJsonObject &json, const QString &key, int fallback, int min, int max)
{
    if (!json.contains(key))
        return fallback;
    const QJsonValue value = json.value(key);
    const qint64 number = value.toInteger(std::numeric_limits<qint64>::min());
    if (!value.isDouble() || number < min || number > max)
        return std::nullopt;
    return int(number);
}

template <typename List>
bool contains(const List &list, const QString &text)
{
    return std::find(std::begin(list), std::end(list), text) != std::end(list);
}

} // namespace

Util::Result<Fault, QString> Fault::fromJson(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!contains(KEYS, it.key()))
            return Util::fail(u"unknown key \"%1\": a fault has endpoint, kind, status, delayMs "
                              "and count"_s.arg(it.key()));
    }
    Fault fault;
    const QJsonValue endpoint = json.value(u"endpoint"_s);
    fault.endpoint = endpoint.toString(u"*"_s);
    if ((!endpoint.isUndefined() && !endpoint.isString()) || !contains(ENDPOINTS, fault.endpoint))
        return Util::fail(u"\"endpoint\" must be *, /call, /queueStatus, /mediaUpload, "
                          "/callTransfer or /capability-token/request"_s);
    const QJsonValue kindValue = json.value(u"kind"_s);
    bool known = false;
    if (kindValue.isUndefined() || kindValue.isString()) {
        const QString kind = kindValue.toString(u"status"_s);
        for (const auto &entry : KIND_NAMES) {
            if (entry.name == kind) {
                fault.kind = entry.kind;
                known = true;
            }
        }
    }
    if (!known)
        return Util::fail(u"\"kind\" must be one of status, latency, reset, malformed_json"_s);
    // Error statuses only: a 1xx would leave the client waiting for a final answer.
    const auto status = readInteger(json, u"status"_s, 500, 400, 599);
    if (!status)
        return Util::fail(u"\"status\" must be an HTTP error status, 400 to 599"_s);
    fault.status = *status;
    const auto delay = readInteger(json, u"delayMs"_s, 0, 0, 600000);
    if (!delay)
        return Util::fail(u"\"delayMs\" must be a whole number between 0 and 600000"_s);
    fault.delayMs = *delay;
    const auto count = readInteger(json, u"count"_s, 1, -1, std::numeric_limits<int>::max());
    if (!count || *count == 0)
        return Util::fail(u"\"count\" must be a positive number, or -1 for every request"_s);
    fault.remaining = *count;
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
