#pragma once

// One console bench run, each part in a process of its own so the console's figures are the
// console's alone:
//   1. a copy of the seeded data folder, and `simu --headless` on it (consolehub.h);
//   2. the desktop app launched as a user would, timed to its window (consolestartup.h);
//   3. the console (this program with --console, consoleui.h) logged in as the supervisor;
//   4. the webhook load (this program with --load-console, consoleload.h) for the warm-up and
//      the measured window; then the hub's own count of events and live calls, and the
//      console's figures for the window.

#include "consoleresults.h"
#include "util/result.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Bench {

class ConsoleRunner
{
public:
    ConsoleRunner(ConsoleBenchSettings settings, QString program);

    // Seeds the data folder every run starts from (a child process: the seeding's memory is
    // not the console's). Returns how long it took, in seconds.
    Util::Result<double, QString> prepare();
    Util::Result<ConsoleRunFigures, QString> runOnce(int run);

private:
    Util::Result<void, QString> copyTemplate(const QString &to) const;
    Util::Result<void, QString> uiAndLoad(int run,
        quint16 port,
        const QString &secret,
        qint64 hubPid,
        const QString &runDir,
        ConsoleRunFigures &figures);
    // Runs this program as a child (--seed, --load-console); the JSON on its last line.
    Util::Result<QJsonObject, QString> runChild(const QStringList &arguments, int limitSeconds);

    ConsoleBenchSettings m_settings;
    QString m_program;
    QTemporaryDir m_root; // the template and each run's folder, removed at the end
    QString m_template;
};

} // namespace Bench
