#pragma once

#include <QString>

class QCoreApplication;

namespace Ui {

// Loads Simu's translation (and Qt's own, where Debian ships one) for `language` ("en", "sw",
// "fr"), or for the system's languages when it is empty. English needs none. Returns the
// language in use.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace Ui
