#include "storage/callbacklog.h"
#include "storage/callrepository.h"
#include "storage/eventstore.h"
#include "testmain.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Storage::Database;

namespace {

// The numbers of the complete "committed i" lines, in order; a line cut by the kill is ignored.
QList<int> committedNumbers(const QByteArray &output)
{
    QList<int> numbers;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return numbers;
    for (const QByteArray &line : output.left(end).split('\n')) {
        if (line.startsWith("committed "))
            numbers << line.mid(10).toInt();
    }
    return numbers;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The webhook's promise: a callback answered 200 is never lost, even if the process is
    // killed right after. "committed i" stands for the 200: it is printed only after COMMIT.
    void everyReportedCommitSurvivesSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"hub.db"_s);

        QProcess writer;
        writer.start(QStringLiteral(DURABILITY_WRITER), {path, u"1000000"_s});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

        QByteArray output;
        const QDeadlineTimer deadline(30'000);
        while (committedNumbers(output).size() < 200 && !deadline.hasExpired()) {
            if (!writer.waitForReadyRead(int(deadline.remainingTime())))
                break;
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(committedNumbers(output).size() >= 200,
            qPrintable(u"the writer stopped early: "_s
                + QString::fromUtf8(writer.readAllStandardError())));

        writer.kill(); // SIGKILL: no destructor, no COMMIT of anything in flight, no cleanup
        QVERIFY(writer.waitForFinished(10'000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();

        const QList<int> committed = committedNumbers(output);
        for (int i = 0; i < committed.size(); ++i)
            QCOMPARE(committed.at(i), i + 1);
        const int last = committed.size();
        qInfo("killed the writer after %d reported commits", last);

        auto database = Database::open(path);
        QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message));
        {
            QSqlQuery check(QSqlDatabase::database((*database)->connectionName(), false));
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }

        Storage::CallRepository calls(**database);
        Storage::CallbackLog log(**database);
        Storage::EventStore events(**database);

        QSet<QString> sessionsWithEvents;
        const auto stored = events.since(0, Storage::EventStore::maxBatch);
        QVERIFY(stored.ok());
        for (const Storage::StoredEvent &event : *stored)
            sessionsWithEvents << event.sessionId;

        for (int i = 1; i <= last; ++i) {
            const QString session = u"ATVId_%1"_s.arg(i);
            const auto call = calls.find(session);
            QVERIFY2(call.ok() && call->has_value(), qPrintable(session + u" lost"_s));
            if (i < last) // the next transaction ended it, and that one committed too
                QCOMPARE((*call)->state, Calls::CallState::Completed);
            QCOMPARE(log.forSession(session)->size(), 1);
            QVERIFY2(sessionsWithEvents.contains(session),
                qPrintable(u"event of "_s + session + u" lost"_s));
        }
        // Nothing beyond the one transaction that may have committed before its line was printed.
        QVERIFY(stored->size() <= last + 1);
    }
};

SIMU_TEST_MAIN(TestDurability)
#include "tst_durability.moc"
