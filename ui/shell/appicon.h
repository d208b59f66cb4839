#pragma once

#include <QIcon>

namespace Ui {

// Simu's icon (a handset on a green disc), drawn at every size the window and tray ask for,
// so it stays sharp without an image plugin. `alert` adds an amber ring for an incoming call.
QIcon appIcon(bool alert = false);

} // namespace Ui
