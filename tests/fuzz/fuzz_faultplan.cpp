// Control-API JSON that injects a REST fault -> AtSim::Fault::fromJson. Properties: an accepted
// fault can fire (a served endpoint, an error status, a count that is not 0), its toJson()
// reads back equal, and a FaultPlan holding it answers its endpoint with a sane response.

#include "atsim/faultplan.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using AtSim::Fault;

namespace {

bool same(const Fault &a, const Fault &b)
{
    return a.endpoint == b.endpoint && a.kind == b.kind && a.status == b.status
        && a.delayMs == b.delayMs && a.remaining == b.remaining;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList keys
        = {u"endpoint"_s, u"kind"_s, u"status"_s, u"delayMs"_s, u"count"_s};
    static const QStringList words = {u"*"_s,
        u"/call"_s,
        u"/queueStatus"_s,
        u"/mediaUpload"_s,
        u"/callTransfer"_s,
        u"/capability-token/request"_s,
        u"/recordings"_s,
        u"status"_s,
        u"latency"_s,
        u"reset"_s,
        u"malformed_json"_s,
        u"500"_s};
    const QJsonObject object = Fuzz::jsonObject(Fuzz::bytes(data, size), keys, words);
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const auto fault = Fault::fromJson(object);
    if (!fault) {
        if (fault.error().isEmpty())
            Fuzz::fail("a refused fault has no message", json);
        return 0;
    }
    if (fault->status < 400 || fault->status > 599 || fault->remaining == 0 || fault->remaining < -1
        || fault->delayMs < 0)
        Fuzz::fail("an accepted fault that can never fire as asked", json);
    const auto again = Fault::fromJson(fault->toJson());
    if (!again || !same(*again, *fault))
        Fuzz::fail("toJson() does not read back to the same fault",
            json + "\n--- toJson ---\n" + QJsonDocument(fault->toJson()).toJson());

    AtSim::FaultPlan plan;
    plan.add(*fault);
    const QString endpoint = fault->endpoint == u"*"_s ? u"/call"_s : fault->endpoint;
    const auto taken = plan.take(endpoint);
    if (!taken || !same(*taken, *fault))
        Fuzz::fail("a fault does not fire on its own endpoint", json);
    const Http::Response response = AtSim::FaultPlan::responseFor(*taken);
    if (!response.abortConnection && fault->kind != Fault::Kind::MalformedJson
        && response.status != fault->status)
        Fuzz::fail("a fault answers with a status other than its own", json);
    return 0;
}
