#include "callstate.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Calls {

namespace {

// One table, so the API names and the enum cannot drift apart.
const std::array<std::pair<CallState, QString>, 10> &apiNames()
{
    static const std::array<std::pair<CallState, QString>, 10> names{{
        {CallState::Queued, u"queued"_s},
        {CallState::Ringing, u"ringing"_s},
        {CallState::InProgress, u"in_progress"_s},
        {CallState::Transferring, u"transferring"_s},
        {CallState::Completed, u"completed"_s},
        {CallState::NoAnswer, u"no_answer"_s},
        {CallState::Busy, u"busy"_s},
        {CallState::Failed, u"failed"_s},
        {CallState::Rejected, u"rejected"_s},
        {CallState::Transferred, u"transferred"_s},
    }};
    return names;
}

const std::array<std::pair<CallKind, QString>, 4> &kindNames()
{
    static const std::array<std::pair<CallKind, QString>, 4> names{{
        {CallKind::Unknown, u"unknown"_s},
        {CallKind::ClickToCall, u"click_to_call"_s},
        {CallKind::Inbound, u"inbound"_s},
        {CallKind::Outbound, u"outbound"_s},
    }};
    return names;
}

} // namespace

bool isFinal(CallState state)
{
    switch (state) {
    case CallState::Queued:
    case CallState::Ringing:
    case CallState::InProgress:
    case CallState::Transferring:
        return false;
    case CallState::Completed:
    case CallState::NoAnswer:
    case CallState::Busy:
    case CallState::Failed:
    case CallState::Rejected:
    case CallState::Transferred:
        return true;
    }
    return true; // an out-of-range value is treated as ended: never keep a ghost call live
}

QString apiName(CallState state)
{
    for (const auto &[value, name] : apiNames()) {
        if (value == state)
            return name;
    }
    return u"unknown"_s;
}

std::optional<CallState> callStateFromApiName(const QString &name)
{
    for (const auto &[value, candidate] : apiNames()) {
        if (candidate == name)
            return value;
    }
    return std::nullopt;
}

QString kindApiName(CallKind kind)
{
    for (const auto &[value, name] : kindNames()) {
        if (value == kind)
            return name;
    }
    return u"unknown"_s;
}

std::optional<CallKind> callKindFromApiName(const QString &name)
{
    for (const auto &[value, candidate] : kindNames()) {
        if (candidate == name)
            return value;
    }
    return std::nullopt;
}

QString displayName(CallState state)
{
    const char *text = "Unknown";
    switch (state) {
    case CallState::Queued:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Queued");
        break;
    case CallState::Ringing:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Ringing");
        break;
    case CallState::InProgress:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "In progress");
        break;
    case CallState::Transferring:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Transferring");
        break;
    case CallState::Completed:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Completed");
        break;
    case CallState::NoAnswer:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "No answer");
        break;
    case CallState::Busy:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Busy");
        break;
    case CallState::Failed:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Failed");
        break;
    case CallState::Rejected:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Rejected");
        break;
    case CallState::Transferred:
        text = QT_TRANSLATE_NOOP("Calls::CallState", "Transferred");
        break;
    }
    return QCoreApplication::translate("Calls::CallState", text);
}

} // namespace Calls
