#include "recordingsource.h"

#include "client/hubclient.h"
#include "recordingplayer.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// The call a player was last asked for: a late answer for an earlier call is dropped.
const char *const WANTED = "simuRecordingSession";

void load(RecordingPlayer *player, const Calls::Call &call, const QUrl &url, bool play)
{
    if (player->source() != url)
        player->setSource(
            url, RecordingPlayer::suggestedFileName(call.customerNumber, call.createdAt));
    if (play)
        player->play();
}

} // namespace

void loadCallRecording(
    Client::HubClient *client, RecordingPlayer *player, const Calls::Call &call, bool play)
{
    const QUrl atUrl(call.recordingUrl.trimmed());
    player->setProperty(WANTED, call.sessionId);
    if (!client || !client->isLoggedIn()) {
        load(player, call, atUrl, play);
        return;
    }
    QPointer<RecordingPlayer> guard(player);
    client->recordingLink(call.sessionId, [guard, call, atUrl, play](const auto &link) {
        if (!guard || guard->property(WANTED).toString() != call.sessionId)
            return;
        load(guard, call, link ? *link : atUrl, play);
    });
}

} // namespace Ui
