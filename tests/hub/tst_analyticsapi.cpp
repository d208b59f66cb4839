// GET /api/analytics/...: real calls placed through the simulator, read back over HTTP as a
// supervisor and as agents; every bad input answered with its status and code; every answer
// shaped as resources/api/openapi.json says.

#include "analyticsrig.h"
#include "hubharness.h"
#include "testmain.h"

#include <QFile>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

const QStringList ENDPOINTS = {u"/api/analytics/call-volume"_s,
    u"/api/analytics/agent-performance"_s,
    u"/api/analytics/call-duration-stats"_s,
    u"/api/analytics/summary"_s};

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestAnalyticsApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubHarness> m_hub;
    QStringList m_calls; // the calls placed in initTestCase, as GET /api/calls answers them
    QJsonObject m_openApi;

    QString token(const QString &user) { return m_hub->login(user); }

    // The schema's property names, following a $ref.
    QStringList schemaKeys(const QString &name) const
    {
        const QJsonObject schema = m_openApi.value(u"components"_s)
                                       .toObject()
                                       .value(u"schemas"_s)
                                       .toObject()
                                       .value(name)
                                       .toObject();
        return sortedKeys(schema.value(u"properties"_s).toObject());
    }

    // Places a click-to-call for `agent` and waits until it has ended (the simulator answers,
    // they talk, AT bills).
    bool placeCall(const QString &agent)
    {
        const QString agentToken = token(agent);
        const Reply placed = m_hub->initiate(agentToken);
        if (placed.status != 201)
            return false;
        const QString id = placed.json().value(u"sessionId"_s).toString();
        return m_hub->waitForFinal(agentToken, id).value(u"final"_s).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(OPENAPI_SOURCE_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_openApi = QJsonDocument::fromJson(file.readAll()).object();
        m_hub = std::make_unique<HubHarness>();
        QVERIFY(m_hub->startWithStandardUsers());
        QVERIFY(placeCall(u"agent1"_s));
        QVERIFY(placeCall(u"agent1"_s));
        QVERIFY(placeCall(u"agent2"_s));
    }

    void cleanupTestCase() { m_hub.reset(); }

    // The analytics agree with the history: the same calls, the same money to the last digit.
    void figuresAgreeWithTheCallHistory()
    {
        const QString supervisor = token(u"supervisor1"_s);
        const QJsonArray history
            = m_hub->get(u"/api/calls"_s, supervisor).json().value(u"calls"_s).toArray();
        QCOMPARE(history.size(), 3);
        QMap<QString, QString> cost;
        qint64 talk = 0;
        for (const QJsonValue &value : history) {
            const QJsonObject call = value.toObject();
            const QJsonObject price = call.value(u"cost"_s).toObject();
            const QString currency = price.value(u"currency"_s).toString();
            cost[currency] = AnalyticsTest::decimalAdd(
                cost.value(currency, u"0"_s), price.value(u"amount"_s).toString());
            talk += call.value(u"durationSeconds"_s).toInt();
        }
        const Reply summary = m_hub->get(u"/api/analytics/summary"_s, supervisor);
        QCOMPARE(summary.status, 200);
        const QJsonObject json = summary.json();
        QCOMPARE(json.value(u"calls"_s).toInt(), 3);
        QCOMPARE(json.value(u"answered"_s).toInt(), 3);
        QCOMPARE(json.value(u"outbound"_s).toInt(), 3);
        QCOMPARE(json.value(u"talkSeconds"_s).toInteger(), talk);
        QCOMPARE(json.value(u"cost"_s).toObject().toVariantMap().size(), cost.size());
        for (auto it = cost.begin(); it != cost.end(); ++it)
            QCOMPARE(json.value(u"cost"_s).toObject().value(it.key()).toString(), it.value());

        const Reply volume
            = m_hub->get(u"/api/analytics/call-volume?bucket=day&tz=180"_s, supervisor);
        QCOMPARE(volume.status, 200);
        const QJsonArray series = volume.json().value(u"series"_s).toArray();
        QVERIFY(series.size() >= 7 && series.size() <= 9);
        int calls = 0;
        for (const QJsonValue &point : series)
            calls += point.toObject().value(u"completed"_s).toInt();
        QCOMPARE(calls, 3);
        // The first bucket starts at a Nairobi midnight, 21:00 UTC.
        QVERIFY2(
            series.first().toObject().value(u"start"_s).toString().endsWith(u"T21:00:00.000Z"_s),
            volume.describe().constData());
    }

    void agentsSeeOnlyTheirOwnFigures()
    {
        const QString agent1 = token(u"agent1"_s);
        const QString agent2 = token(u"agent2"_s);
        const QString agent3 = token(u"agent3"_s);
        QCOMPARE(
            m_hub->get(u"/api/analytics/summary"_s, agent1).json().value(u"calls"_s).toInt(), 2);
        QCOMPARE(
            m_hub->get(u"/api/analytics/summary"_s, agent2).json().value(u"calls"_s).toInt(), 1);
        QCOMPARE(
            m_hub->get(u"/api/analytics/summary"_s, agent3).json().value(u"calls"_s).toInt(), 0);

        const auto agentsSeenBy = [this](const QString &who) {
            QStringList names;
            const QJsonArray agents = m_hub->get(u"/api/analytics/agent-performance"_s, who)
                                          .json()
                                          .value(u"agents"_s)
                                          .toArray();
            for (const QJsonValue &agent : agents)
                names << agent.toObject().value(u"agent"_s).toString();
            return names;
        };
        QCOMPARE(agentsSeenBy(agent1), QStringList{u"agent1"_s});
        QCOMPARE(agentsSeenBy(agent3), QStringList{u"agent3"_s}); // their own line, all zeros
        QCOMPARE(agentsSeenBy(token(u"supervisor1"_s)), (QStringList{u"agent1"_s, u"agent2"_s}));
        QCOMPARE(agentsSeenBy(token(u"admin"_s)), (QStringList{u"agent1"_s, u"agent2"_s}));

        int volume = 0;
        const QJsonArray series = m_hub->get(u"/api/analytics/call-volume?bucket=week"_s, agent2)
                                      .json()
                                      .value(u"series"_s)
                                      .toArray();
        for (const QJsonValue &point : series)
            volume += point.toObject().value(u"calls"_s).toInt();
        QCOMPARE(volume, 1);
        QCOMPARE(m_hub->get(u"/api/analytics/call-duration-stats"_s, agent2)
                     .json()
                     .value(u"count"_s)
                     .toInt(),
            1);
        QCOMPARE(
            m_hub->get(
                     u"/api/analytics/call-duration-stats?agent=agent1"_s, token(u"supervisor1"_s))
                .json()
                .value(u"count"_s)
                .toInt(),
            2);
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("pathAndQuery");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const QString &endpoint : ENDPOINTS) {
            const QString name = endpoint.section(u'/', -1);
            QTest::addRow("%s: from after to", qPrintable(name))
                << u"supervisor1"_s
                << endpoint + u"?from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z"_s << 400
                << u"invalid_range"_s;
            QTest::addRow("%s: more than 400 days", qPrintable(name))
                << u"supervisor1"_s
                << endpoint + u"?from=2025-01-01T00:00:00Z&to=2026-02-06T00:00:00Z"_s << 400
                << u"invalid_range"_s;
            QTest::addRow("%s: a misspelt parameter", qPrintable(name))
                << u"supervisor1"_s << endpoint + u"?form=2026-11-24T00:00:00Z"_s << 400
                << u"invalid_parameter"_s;
            QTest::addRow("%s: a time that is not one", qPrintable(name))
                << u"supervisor1"_s << endpoint + u"?from=yesterday"_s << 400
                << u"invalid_parameter"_s;
            QTest::addRow("%s: no login", qPrintable(name))
                << u""_s << endpoint << 401 << u"unauthorised"_s;
        }
        const QString volume = u"/api/analytics/call-volume"_s;
        QTest::newRow("an unknown bucket")
            << u"supervisor1"_s << volume + u"?bucket=month"_s << 400 << u"invalid_parameter"_s;
        QTest::newRow("a bucket in capitals")
            << u"supervisor1"_s << volume + u"?bucket=HOUR"_s << 400 << u"invalid_parameter"_s;
        QTest::newRow("an unknown direction")
            << u"supervisor1"_s << volume + u"?direction=sideways"_s << 400
            << u"invalid_parameter"_s;
        QTest::newRow("a half-hour time zone")
            << u"supervisor1"_s << volume + u"?tz=330"_s << 400 << u"invalid_parameter"_s;
        QTest::newRow("a time zone that is not a number")
            << u"supervisor1"_s << volume + u"?tz=EAT"_s << 400 << u"invalid_parameter"_s;
        QTest::newRow("a time zone beyond +14h")
            << u"supervisor1"_s << volume + u"?tz=900"_s << 400 << u"invalid_parameter"_s;
        QTest::newRow("hours over two months")
            << u"supervisor1"_s
            << volume + u"?bucket=hour&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z"_s << 400
            << u"invalid_range"_s;
        QTest::newRow("tz on the summary") << u"supervisor1"_s << u"/api/analytics/summary?tz=180"_s
                                           << 400 << u"invalid_parameter"_s;
        QTest::newRow("an agent asking for a colleague's durations")
            << u"agent1"_s << u"/api/analytics/call-duration-stats?agent=agent2"_s << 403
            << u"forbidden"_s;
    }

    void badInputIsAClearError()
    {
        QFETCH(QString, who);
        QFETCH(QString, pathAndQuery);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Reply reply = m_hub->get(pathAndQuery, who.isEmpty() ? QString() : token(who));
        QVERIFY2(reply.status == status, reply.describe().constData());
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.errorMessage().isEmpty());
    }

    void onlyGetIsServed()
    {
        const Reply reply = m_hub->post(u"/api/analytics/summary"_s, token(u"supervisor1"_s), {});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
    }

    // Each answer, and each object inside it, has exactly the keys the API document lists.
    void answersMatchTheDocument()
    {
        const QString supervisor = token(u"supervisor1"_s);
        const QJsonObject volume
            = m_hub->get(u"/api/analytics/call-volume?bucket=hour"_s, supervisor).json();
        QCOMPARE(sortedKeys(volume), schemaKeys(u"CallVolume"_s));
        QCOMPARE(sortedKeys(volume.value(u"series"_s).toArray().first().toObject()),
            schemaKeys(u"CallVolumeBucket"_s));
        const QJsonObject agents
            = m_hub->get(u"/api/analytics/agent-performance"_s, supervisor).json();
        QCOMPARE(sortedKeys(agents), schemaKeys(u"AgentPerformance"_s));
        QCOMPARE(sortedKeys(agents.value(u"agents"_s).toArray().first().toObject()),
            schemaKeys(u"AgentFigures"_s));
        const QJsonObject durations
            = m_hub->get(u"/api/analytics/call-duration-stats"_s, supervisor).json();
        QCOMPARE(sortedKeys(durations), schemaKeys(u"CallDurationStats"_s));
        QCOMPARE(sortedKeys(durations.value(u"histogram"_s).toArray().first().toObject()),
            schemaKeys(u"DurationBin"_s));
        const QJsonObject summary = m_hub->get(u"/api/analytics/summary"_s, supervisor).json();
        QCOMPARE(sortedKeys(summary), schemaKeys(u"AnalyticsSummary"_s));
    }
};

SIMU_TEST_MAIN(TestAnalyticsApi)
#include "tst_analyticsapi.moc"
