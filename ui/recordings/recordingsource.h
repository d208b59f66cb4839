#pragma once

// Where a call's recording is played from: the hub's own copy (a short-lived signed link from
// POST /api/calls/{id}/recording/link: seekable, and still there after AT's copy is gone),
// else AT's recording URL as the call reports it (a hub without the recordings API, or a link
// refused). The player is loaded once the answer is in, if it still wants that call.

#include "calls/call.h"

namespace Client {
class HubClient;
}

namespace Ui {

class RecordingPlayer;

// `client` may be null (then AT's URL). `play` starts playback once loaded.
void loadCallRecording(
    Client::HubClient *client, RecordingPlayer *player, const Calls::Call &call, bool play);

} // namespace Ui
