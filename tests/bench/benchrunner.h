#pragma once

// One bench run: a fresh hub in this process, its load in a child process (this same program
// started with --load-webhook or --fanout-probe), so the hub's thread never generates load
// and the two do not share an event loop. The hub keeps serving while the child runs.

#include "results.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Bench {

class BenchRunner
{
public:
    BenchRunner(BenchSettings settings, QString program);

    Util::Result<RunFigures, QString> runOnce(int run);

private:
    Util::Result<void, QString> webhookPhase(int run, RunFigures &figures);
    Util::Result<void, QString> fanoutPhase(int run, RunFigures &figures);
    // Runs this program as the load child; the JSON object on the last line of its output.
    Util::Result<QJsonObject, QString> runChild(const QStringList &arguments, int timeoutSeconds);

    BenchSettings m_settings;
    QString m_program;
};

} // namespace Bench
