// /api/calls/{session_id}/recording...: the audio (with Range, by token or signed link), a
// signed link for players, a download into the hub, its status, and deletion.

#include "auth/authservice.h"
#include "calls/calljson.h"
#include "hub/callcenter.h"
#include "hubapi.h"
#include "recordings/byterange.h"
#include "recordings/recordingmanager.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

using Recordings::RecordingError;

// The rule of validSessionId() in callscontroller.cpp (file-local there): a session id with a
// path character is no call of ours. Files are named by a hash of the id in any case.
bool isPlausibleSessionId(const QString &sessionId)
{
    return !sessionId.isEmpty() && sessionId.size() <= 128 && !sessionId.contains(u'/')
        && !sessionId.contains(u'\\');
}

Error fromRecordingError(const RecordingError &error)
{
    switch (error.code) {
    case RecordingError::Code::NoRecording:
        return {404, u"no_recording"_s, error.message};
    case RecordingError::Code::Deleted:
        return {410, u"recording_deleted"_s, error.message};
    case RecordingError::Code::FetchFailed:
        return {502, u"recording_unavailable"_s, error.message};
    case RecordingError::Code::TimedOut:
        return {504, u"recording_timeout"_s, error.message};
    case RecordingError::Code::Storage:
        break;
    }
    return Error::unavailable(u"storage_unavailable"_s, error.message);
}

QJsonValue timeOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(Calls::isoTime(*time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject statusJson(const Recordings::Status &status)
{
    const auto progress = status.progress();
    return QJsonObject{{u"sessionId"_s, status.sessionId},
        {u"state"_s, Storage::recordingStateName(status.state)},
        {u"bytes"_s, status.bytes},
        {u"sha256"_s, status.sha256},
        {u"progress"_s, progress ? QJsonValue(*progress) : QJsonValue(QJsonValue::Null)},
        {u"receivedBytes"_s, status.receivedBytes},
        {u"totalBytes"_s,
            status.totalBytes >= 0 ? QJsonValue(status.totalBytes) : QJsonValue(QJsonValue::Null)},
        {u"attempts"_s, status.attempts},
        {u"error"_s, status.error},
        {u"downloadedAt"_s, timeOrNull(status.downloadedAt)},
        {u"deletedAt"_s, timeOrNull(status.deletedAt)},
        {u"deletedBy"_s, status.deletedBy}};
}

// A file name a browser may offer when saving: the session id when it is plain, else generic.
QByteArray attachmentName(const QString &sessionId)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_.-]{1,128}$"_s);
    if (!plain.match(sessionId).hasMatch())
        return "recording.mp3";
    return sessionId.toLatin1() + ".mp3";
}

// 200 with the whole file, 206 with one range, or 416; see recordings/byterange.h. If-Range
// with another version's ETag (the SHA-256) gets the whole file, as RFC 9110 says.
Http::Response audioResponse(
    const Http::Request &request, const Recordings::LocalFile &file, const QString &sessionId)
{
    const QByteArray etag = '"' + file.sha256.toLatin1() + '"';
    QByteArray rangeHeader = request.header("Range");
    const QByteArray ifRange = request.header("If-Range").trimmed();
    if (!ifRange.isEmpty() && ifRange != etag)
        rangeHeader.clear();
    const auto range = Recordings::ByteRange::parse(rangeHeader, file.size);
    Http::Response response;
    switch (range.kind) {
    case Recordings::ByteRange::Kind::Unsatisfiable:
        response = toResponse(Error{416,
            u"range_not_satisfiable"_s,
            u"The requested range lies outside the recording, which is %1 bytes long."_s.arg(
                file.size)});
        response.withHeader("Content-Range", range.contentRange(file.size));
        break;
    case Recordings::ByteRange::Kind::Part:
        response = Http::Response::fromFile(
            "audio/mpeg", Http::FileBody{file.path, range.first, range.length()}, 206);
        response.withHeader("Content-Range", range.contentRange(file.size));
        break;
    case Recordings::ByteRange::Kind::Whole:
        response
            = Http::Response::fromFile("audio/mpeg", Http::FileBody{file.path, 0, file.size}, 200);
        break;
    }
    return response.withHeader("Accept-Ranges", "bytes")
        .withHeader("ETag", etag)
        .withHeader("Cache-Control", "private, no-cache")
        .withHeader("Content-Disposition", "inline; filename=\"" + attachmentName(sessionId) + '"');
}

} // namespace

Util::Result<QString, Error> HubApi::recordingSource(
    const Http::Request &request, const Auth::Identity &user) const
{
    const QString sessionId = request.pathParam(u"session_id"_s);
    if (!isPlausibleSessionId(sessionId))
        return Util::fail(Error::notFound(u"No such call."_s));
    const auto call = m_calls.call(user, sessionId);
    if (!call)
        return Util::fail(fromHubError(call.error()));
    return call->recordingUrl;
}

void HubApi::recordingAudio(const Http::Request &request, Http::Respond respond)
{
    if (!request.query.hasQueryItem(u"access"_s)) {
        authedAsync([this](const Http::Request &r, const Auth::Identity &u, Http::Respond done) {
            recordingAudioFor(r, u, std::move(done));
        })(request, std::move(respond));
        return;
    }
    // A signed link: it names one call and proves a user who could see it asked for it.
    const QString sessionId = request.pathParam(u"session_id"_s);
    if (!isPlausibleSessionId(sessionId))
        return respond(toResponse(Error::notFound(u"No such call."_s)));
    switch (m_recordings.checkLink(
        sessionId, request.queryValue(u"access"_s), request.queryValue(u"expires"_s))) {
    case Recordings::LinkSigner::Check::Invalid:
        return respond(toResponse(Error{403,
            u"invalid_link"_s,
            u"This link does not open this recording. Ask the hub for a new one."_s}));
    case Recordings::LinkSigner::Check::Expired:
        return respond(toResponse(Error{403,
            u"link_expired"_s,
            u"This link to the recording has expired. Ask the hub for a new one."_s}));
    case Recordings::LinkSigner::Check::Valid:
        break;
    }
    m_recordings.whenLocal(sessionId,
        QString(), // the link was made for a known recording: its URL is on record
        m_config.recordingFetchWaitMs,
        [request, respond = std::move(respond), sessionId](const auto &file) {
            respond(file ? audioResponse(request, *file, sessionId)
                         : toResponse(fromRecordingError(file.error())));
        });
}

void HubApi::recordingAudioFor(
    const Http::Request &request, const Auth::Identity &user, Http::Respond respond)
{
    const auto source = recordingSource(request, user);
    if (!source)
        return respond(toResponse(source.error()));
    const QString sessionId = request.pathParam(u"session_id"_s);
    m_recordings.whenLocal(sessionId,
        *source,
        m_config.recordingFetchWaitMs,
        [request, respond = std::move(respond), sessionId](const auto &file) {
            respond(file ? audioResponse(request, *file, sessionId)
                         : toResponse(fromRecordingError(file.error())));
        });
}

Http::Response HubApi::recordingLink(const Http::Request &request, const Auth::Identity &user)
{
    const auto source = recordingSource(request, user);
    if (!source)
        return toResponse(source.error());
    const QString sessionId = request.pathParam(u"session_id"_s);
    const auto status = m_recordings.status(sessionId, *source);
    if (!status)
        return toResponse(fromRecordingError(status.error()));
    if (!*status)
        return toResponse(fromRecordingError(
            {RecordingError::Code::NoRecording, u"This call has no recording."_s}));
    if ((*status)->state == Storage::RecordingState::Deleted)
        return toResponse(
            fromRecordingError({RecordingError::Code::Deleted, u"This recording was deleted."_s}));
    const auto link = m_recordings.signedLink(sessionId, m_config.recordingLinkSeconds);
    return Http::Response::json(
        QJsonObject{{u"url"_s, link.url}, {u"expiresAt"_s, Calls::isoTime(link.expiresAt)}});
}

Http::Response HubApi::downloadRecording(const Http::Request &request, const Auth::Identity &user)
{
    const auto source = recordingSource(request, user);
    if (!source)
        return toResponse(source.error());
    const auto status = m_recordings.download(request.pathParam(u"session_id"_s), *source);
    if (!status)
        return toResponse(fromRecordingError(status.error()));
    // 200 when there is nothing to wait for; 202 while it downloads.
    return Http::Response::json(
        statusJson(*status), status->state == Storage::RecordingState::Local ? 200 : 202);
}

Http::Response HubApi::recordingStatus(const Http::Request &request, const Auth::Identity &user)
{
    const auto source = recordingSource(request, user);
    if (!source)
        return toResponse(source.error());
    const auto status = m_recordings.status(request.pathParam(u"session_id"_s), *source);
    if (!status)
        return toResponse(fromRecordingError(status.error()));
    if (!*status)
        return toResponse(fromRecordingError(
            {RecordingError::Code::NoRecording, u"This call has no recording."_s}));
    return Http::Response::json(statusJson(**status));
}

Http::Response HubApi::deleteRecording(const Http::Request &request, const Auth::Identity &user)
{
    if (!Auth::canSeeAllCalls(user.role))
        return toResponse(
            Error::forbidden(u"Only a supervisor or an administrator may delete a recording."_s));
    const auto source = recordingSource(request, user);
    if (!source)
        return toResponse(source.error());
    const auto status = m_recordings.remove(
        request.pathParam(u"session_id"_s), *source, user.username, request.peer.toString());
    if (!status)
        return toResponse(fromRecordingError(status.error()));
    return Http::Response::json(statusJson(*status));
}

} // namespace Api
