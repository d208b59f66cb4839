// Wrap-up over the real API: a disposition and notes saved after a real call (placed through the
// simulator), seen in the call, the history and on every console's stream, kept across a
// restart, audited; and every bad input answered with its status and JSON error.

#include "hubharness.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testmain.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

QString wrapUpPath(const QString &sessionId)
{
    return u"/api/calls/%1/wrap-up"_s.arg(sessionId);
}

QJsonObject wrapUp(const QString &disposition, const QString &notes)
{
    return QJsonObject{{u"disposition"_s, disposition}, {u"notes"_s, notes}};
}

} // namespace

class TestWrapUpApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubHarness> m_hub;
    QString m_call; // agent1's ended click-to-call

    // A click-to-call by `agent`, waited for until it ended.
    static QString placeEndedCall(HubHarness &hub, const QString &agent)
    {
        const QString token = hub.login(agent);
        const Reply placed = hub.initiate(token);
        if (placed.status != 201)
            return {};
        const QString id = placed.json().value(u"sessionId"_s).toString();
        return hub.waitForFinal(token, id).value(u"final"_s).toBool() ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<HubHarness>();
        QVERIFY(m_hub->startWithStandardUsers());
        m_call = placeEndedCall(*m_hub, u"agent1"_s);
        QVERIFY(!m_call.isEmpty());
    }

    void cleanupTestCase() { m_hub.reset(); }

    void theDispositionsAreListed()
    {
        const Reply reply = m_hub->get(u"/api/wrap-up/dispositions"_s, m_hub->login(u"agent2"_s));
        QCOMPARE(reply.status, 200);
        const QStringList listed = reply.json().value(u"dispositions"_s).toVariant().toStringList();
        QCOMPARE(listed, Hub::HubConfig().wrapUpDispositions);
        QVERIFY(listed.contains(u"Callback requested"_s));
        QCOMPARE(reply.json().value(u"notesMaxChars"_s).toInt(), 2000);
        QCOMPARE(m_hub->get(u"/api/wrap-up/dispositions"_s).status, 401);
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path"); // {CALL}: agent1's ended call
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QString call = u"/api/calls/{CALL}/wrap-up"_s;
        const QByteArray good = R"({"disposition": "Resolved", "notes": "ok"})";
        QTest::newRow("an agent on a colleague's call")
            << u"agent2"_s << call << good << 403 << u"forbidden"_s << u"agent who handled"_s;
        QTest::newRow("an unknown call")
            << u"agent1"_s << u"/api/calls/ATVId_00000000000000000000000000000000/wrap-up"_s << good
            << 404 << u"not_found"_s << u"No call"_s;
        QTest::newRow("a session id with backslashes")
            << u"agent1"_s << u"/api/calls/..%5C..%5Csimu.db/wrap-up"_s << good << 400
            << u"invalid_parameter"_s << u"session id"_s;
        QTest::newRow("a session id with dots")
            << u"agent1"_s << u"/api/calls/ATVId_..simu.db/wrap-up"_s << good << 400
            << u"invalid_parameter"_s << u"session id"_s;
        QTest::newRow("a session id far too long")
            << u"agent1"_s << u"/api/calls/ATVId_%1/wrap-up"_s.arg(QString(200, u'a')) << good
            << 400 << u"invalid_parameter"_s << u"longer than 128"_s;
        QTest::newRow("an unknown disposition names the valid ones")
            << u"agent1"_s << call << QByteArray(R"({"disposition": "Maybe"})") << 400
            << u"unknown_disposition"_s << u"Resolved, Follow-up needed, Callback requested"_s;
        QTest::newRow("an empty disposition")
            << u"agent1"_s << call << QByteArray(R"({"disposition": ""})") << 400
            << u"missing_field"_s << u"disposition"_s;
        QTest::newRow("no disposition")
            << u"agent1"_s << call << QByteArray(R"({"notes": "called back"})") << 400
            << u"missing_field"_s << u"disposition"_s;
        QTest::newRow("a disposition that is not text")
            << u"agent1"_s << call << QByteArray(R"({"disposition": 3})") << 400
            << u"invalid_field"_s << u"disposition"_s;
        QTest::newRow("notes one character too long")
            << u"agent1"_s << call
            << compact(QJsonObject{
                   {u"disposition"_s, u"Resolved"_s}, {u"notes"_s, QString(2001, u'n')}})
            << 400 << u"invalid_field"_s << u"at most 2000 characters (these are 2001)"_s;
        QTest::newRow("a misspelt key")
            << u"agent1"_s << call << QByteArray(R"({"disposition": "Sale", "note": "x"})") << 400
            << u"unknown_field"_s << u"note"_s;
        QTest::newRow("bad JSON") << u"agent1"_s << call << QByteArray(R"({"disposition": )") << 400
                                  << u"malformed_json"_s << u""_s;
        QTest::newRow("no token") << u""_s << call << good << 401 << u"unauthorised"_s << u""_s;
    }

    void badInputIsAClearError()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const QString token = user.isEmpty() ? QString() : m_hub->login(user);
        const Reply reply = m_hub->send("POST", path.replace(u"{CALL}"_s, m_call), token, body);
        QVERIFY2(reply.status == status, reply.describe().constData());
        QCOMPARE(reply.errorCode(), code);
        QVERIFY2(reply.errorMessage().contains(mentions), reply.describe().constData());
        // Nothing was saved on the way.
        const QJsonObject call
            = m_hub->get(u"/api/calls/"_s + m_call, m_hub->login(u"supervisor1"_s)).json();
        QCOMPARE(call.value(u"wrapUp"_s), QJsonValue(QJsonValue::Null));
    }

    void theAgentWrapsUpAndEveryConsoleSeesIt_data()
    {
        QTest::addColumn<QString>("saidAs");
        QTest::addColumn<QString>("stored");
        QTest::newRow("as listed") << u"Callback requested"_s << u"Callback requested"_s;
        QTest::newRow("in another letter case")
            << u"  callback REQUESTED "_s << u"Callback requested"_s;
    }

    void theAgentWrapsUpAndEveryConsoleSeesIt()
    {
        QFETCH(QString, saidAs);
        QFETCH(QString, stored);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString id = placeEndedCall(hub, u"agent1"_s);
        QVERIFY(!id.isEmpty());
        const QString agent1 = hub.login(u"agent1"_s);
        const QString supervisor = hub.login(u"supervisor1"_s);
        const auto wallboard = hub.openStream(u"/api/calls/stream"_s, supervisor);
        QVERIFY(wallboard);
        QVERIFY(wallboard->waitForCount(1)); // ready

        const Reply saved = hub.post(wrapUpPath(id),
            agent1,
            wrapUp(saidAs, u"Wants a call after 5 pm.\nPrefers Swahili."_s));
        QVERIFY2(saved.status == 200, saved.describe().constData());
        const QJsonObject wrap = saved.json().value(u"wrapUp"_s).toObject();
        QCOMPARE(wrap.value(u"disposition"_s).toString(), stored);
        QCOMPARE(
            wrap.value(u"notes"_s).toString(), u"Wants a call after 5 pm.\nPrefers Swahili."_s);
        QCOMPARE(wrap.value(u"by"_s).toString(), u"agent1"_s);
        QVERIFY(QDateTime::fromString(wrap.value(u"at"_s).toString(), Qt::ISODateWithMs).isValid());

        // The call, the history (filtered by disposition too) and the supervisor's stream.
        QCOMPARE(
            hub.get(u"/api/calls/"_s + id, supervisor).json().value(u"wrapUp"_s).toObject(), wrap);
        const QJsonObject history
            = hub.get(u"/api/calls?disposition=callback%20requested"_s, supervisor).json();
        QCOMPARE(history.value(u"total"_s).toInt(), 1);
        QCOMPARE(history.value(u"calls"_s).toArray().at(0).toObject().value(u"wrapUp"_s).toObject(),
            wrap);
        QCOMPARE(hub.get(u"/api/calls?disposition=Sale"_s, supervisor)
                     .json()
                     .value(u"total"_s)
                     .toInt(-1),
            0);
        const auto event = wallboard->waitFor([&id](const QJsonObject &message) {
            return message.value(u"sessionId"_s).toString() == id
                && message.value(u"call"_s).toObject().value(u"wrapUp"_s).isObject();
        });
        QVERIFY(event.has_value());
        QCOMPARE(event->value(u"type"_s).toString(), u"call_update"_s);
        QCOMPARE(event->value(u"call"_s).toObject().value(u"wrapUp"_s).toObject(), wrap);
    }

    void savingAgainReplacesItAndIsAudited()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString id = placeEndedCall(hub, u"agent1"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(hub.post(wrapUpPath(id), hub.login(u"agent1"_s), wrapUp(u"Sale"_s, u"2 units"_s))
                     .status,
            200);
        // A supervisor corrects it: the new one replaces the old, whoever wrote it.
        const Reply corrected = hub.post(
            wrapUpPath(id), hub.login(u"supervisor1"_s), wrapUp(u"Complaint"_s, QString()));
        QVERIFY2(corrected.status == 200, corrected.describe().constData());
        const QJsonObject wrap = hub.get(u"/api/calls/"_s + id, hub.login(u"agent1"_s))
                                     .json()
                                     .value(u"wrapUp"_s)
                                     .toObject();
        QCOMPARE(wrap.value(u"disposition"_s).toString(), u"Complaint"_s);
        QCOMPARE(wrap.value(u"notes"_s).toString(), QString());
        QCOMPARE(wrap.value(u"by"_s).toString(), u"supervisor1"_s);
        // An admin may too; an agent who did not take the call may not.
        QCOMPARE(hub.post(wrapUpPath(id), hub.login(u"admin"_s), wrapUp(u"Other"_s, u"x"_s)).status,
            200);
        QCOMPARE(
            hub.post(wrapUpPath(id), hub.login(u"agent2"_s), wrapUp(u"Other"_s, u"x"_s)).status,
            403);

        // The audit log, read through a second connection beside the hub (WAL allows it).
        QStringList actions;
        {
            auto database = Storage::Database::open(QDir(hub.dataDir()).filePath(u"simu.db"_s));
            QVERIFY(bool(database));
            Storage::AuditLog audit(**database);
            const auto entries = audit.recent(50);
            QVERIFY(bool(entries));
            for (const Storage::AuditEntry &entry : *entries) {
                if (entry.target == id && entry.action.startsWith(u"call.wrap_up"_s)) {
                    actions << entry.actor + u' ' + entry.action;
                    QVERIFY2(!entry.detail.contains(u"2 units"_s), "notes stay out of the log");
                }
            }
        }
        actions.sort();
        QCOMPARE(actions,
            (QStringList{u"admin call.wrap_up.replace"_s,
                u"agent1 call.wrap_up"_s,
                u"supervisor1 call.wrap_up.replace"_s}));
    }

    void theWrapUpSurvivesARestart()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString id = placeEndedCall(hub, u"agent1"_s);
        QVERIFY(!id.isEmpty());
        const QString notes = u"Asked for the invoice again — sent by email. 👍"_s;
        QCOMPARE(
            hub.post(wrapUpPath(id), hub.login(u"agent1"_s), wrapUp(u"Follow-up needed"_s, notes))
                .status,
            200);

        QCOMPARE(hub.restartHub(), QString());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const QJsonObject wrap
            = hub.get(u"/api/calls/"_s + id, supervisor).json().value(u"wrapUp"_s).toObject();
        QCOMPARE(wrap.value(u"disposition"_s).toString(), u"Follow-up needed"_s);
        QCOMPARE(wrap.value(u"notes"_s).toString(), notes);
        QCOMPARE(wrap.value(u"by"_s).toString(), u"agent1"_s);
        QCOMPARE(hub.get(u"/api/calls?disposition=follow-up%20needed"_s, supervisor)
                     .json()
                     .value(u"total"_s)
                     .toInt(-1),
            1);
    }

    void theAgentsOwnWrapUpEndsTheirAfterCallWork()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString id = placeEndedCall(hub, u"agent1"_s);
        QVERIFY(!id.isEmpty());
        const QString supervisor = hub.login(u"supervisor1"_s);
        const auto stateOf = [&](const QString &agent) {
            for (const QJsonValue &row :
                hub.get(u"/api/agents"_s, supervisor).json().value(u"agents"_s).toArray()) {
                if (row.toObject().value(u"username"_s).toString() == agent)
                    return row.toObject().value(u"state"_s).toString();
            }
            return QString();
        };
        // Thirty seconds of after-call work by default: the wrap-up ends it early.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"agent1"_s), u"after_call_work"_s, WAIT_MS);
        QCOMPARE(hub.post(wrapUpPath(id), hub.login(u"agent1"_s), wrapUp(u"Resolved"_s, QString()))
                     .status,
            200);
        const bool ended
            = QTest::qWaitFor([&] { return stateOf(u"agent1"_s) != u"after_call_work"_s; }, 3000);
        QVERIFY2(ended, "saving the wrap-up must end the agent's after-call work");
        QCOMPARE(stateOf(u"agent1"_s), u"available"_s);
    }

    void aConfiguredListIsTheOnlyChoice()
    {
        HubHarness hub([](Hub::HubConfig &config) {
            config.wrapUpDispositions = {u"Paid"_s, u"Promised to pay"_s};
            config.wrapUpNotesMaxChars = 10;
        });
        QVERIFY(hub.startWithStandardUsers());
        const QString id = placeEndedCall(hub, u"agent1"_s);
        QVERIFY(!id.isEmpty());
        const QString agent1 = hub.login(u"agent1"_s);
        QCOMPARE(hub.get(u"/api/wrap-up/dispositions"_s, agent1)
                     .json()
                     .value(u"dispositions"_s)
                     .toVariant()
                     .toStringList(),
            (QStringList{u"Paid"_s, u"Promised to pay"_s}));
        const Reply resolved = hub.post(wrapUpPath(id), agent1, wrapUp(u"Resolved"_s, QString()));
        QCOMPARE(resolved.status, 400);
        QVERIFY(resolved.errorMessage().contains(u"Paid, Promised to pay"_s));
        QCOMPARE(hub.post(wrapUpPath(id), agent1, wrapUp(u"Paid"_s, u"0123456789"_s)).status, 200);
        QCOMPARE(hub.post(wrapUpPath(id), agent1, wrapUp(u"Paid"_s, u"0123456789x"_s)).status, 400);
    }
};

SIMU_TEST_MAIN(TestWrapUpApi)
#include "tst_wrapupapi.moc"
