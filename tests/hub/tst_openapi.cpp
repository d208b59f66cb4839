// resources/api/openapi.json is the hub API's public description, served at /api/openapi.json.
// These tests keep it true: a route the hub serves but the document lacks (or the reverse)
// fails, as do a broken $ref, an operation that forgets an error it can return, and a schema
// whose keys differ from what the hub really sends.

#include "calls/calljson.h"
#include "hubharness.h"
#include "testmain.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

const QSet<QString> HTTP_METHODS
    = {u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};

// "get /api/calls/{session_id}": how the router and the document are compared.
QString operationKey(const QString &method, const QString &path)
{
    return method.toLower() + u' ' + path;
}

// Resolves a local reference ("#/components/schemas/Call"); null when it leads nowhere.
QJsonValue resolve(const QJsonObject &document, const QString &reference)
{
    if (!reference.startsWith(u"#/"_s))
        return QJsonValue::Undefined;
    QJsonValue at = document;
    for (QString part : reference.mid(2).split(u'/')) {
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (!at.isObject() || !at.toObject().contains(part))
            return QJsonValue::Undefined;
        at = at.toObject().value(part);
    }
    return at;
}

void collectRefs(const QJsonValue &value, QStringList &out)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectRefs(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"$ref"_s && it->isString())
                out.append(it->toString());
            else
                collectRefs(*it, out);
        }
    }
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// A call with every part filled, so no nested object is null.
Calls::Call fullCall()
{
    Calls::Call call = Calls::Call::outboundQueued(
        u"ATVId_full"_s, CUSTOMER, AT_NUMBER, u"order-42"_s, QDateTime::currentDateTimeUtc());
    call.kind = Calls::CallKind::ClickToCall;
    call.agent = u"agent1"_s;
    call.agentLine = AGENT1_LINE;
    call.costAmount = u"2.5"_s;
    call.currencyCode = u"KES"_s;
    call.dialLeg.destination = CUSTOMER;
    call.transfer.target = OTHER_CUSTOMER;
    return call;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(OPENAPI_SOURCE_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), OPENAPI_SOURCE_FILE);
        m_fileBytes = file.readAll();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(m_fileBytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_document = document.object();

        m_harness = std::make_unique<HubHarness>();
        const QString started = m_harness->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_harness->addStandardUsers());
        m_adminToken = m_harness->login(u"admin"_s);
        QVERIFY(!m_adminToken.isEmpty());
    }

    void cleanupTestCase() { m_harness.reset(); }

    void everyRouteTheHubServesIsDocumented()
    {
        const QJsonObject paths = m_document.value(u"paths"_s).toObject();
        QStringList missing;
        const QList<Http::RouteInfo> routes = m_harness->hub().routes();
        QVERIFY(routes.size() > 10);
        for (const Http::RouteInfo &route : routes) {
            const QString method
                = route.method == "WEBSOCKET" ? u"get"_s : QString::fromLatin1(route.method);
            if (!paths.value(route.pattern).toObject().contains(method.toLower()))
                missing.append(operationKey(method, route.pattern));
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"served but not in openapi.json: "_s + missing.join(u", "_s)));
    }

    void everyDocumentedOperationExists()
    {
        QSet<QString> served;
        for (const Http::RouteInfo &route : m_harness->hub().routes()) {
            const QString method
                = route.method == "WEBSOCKET" ? u"get"_s : QString::fromLatin1(route.method);
            served.insert(operationKey(method, route.pattern));
        }
        QStringList extra;
        const QJsonObject paths = m_document.value(u"paths"_s).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path->toObject();
            for (auto it = item.begin(); it != item.end(); ++it) {
                if (HTTP_METHODS.contains(it.key())
                    && !served.contains(operationKey(it.key(), path.key())))
                    extra.append(operationKey(it.key(), path.key()));
            }
        }
        QVERIFY2(extra.isEmpty(),
            qPrintable(u"in openapi.json but not served: "_s + extra.join(u", "_s)));
    }

    void theHubServesExactlyTheFile()
    {
        const Reply reply = m_harness->get(u"/api/openapi.json"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY2(reply.body == m_fileBytes, "the served document differs from the file: rebuild?");
        QJsonParseError error{};
        const QJsonDocument served = QJsonDocument::fromJson(reply.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(served.isObject());
        QVERIFY2(served.object().value(u"openapi"_s).toString().startsWith(u"3."_s),
            "not an OpenAPI 3 document");
        QVERIFY(
            !served.object().value(u"info"_s).toObject().value(u"title"_s).toString().isEmpty());
    }

    void everyReferenceResolves()
    {
        QStringList references;
        collectRefs(m_document, references);
        QVERIFY(references.size() > 50);
        QStringList broken;
        for (const QString &reference : std::as_const(references)) {
            if (resolve(m_document, reference).isUndefined())
                broken.append(reference);
        }
        QVERIFY2(broken.isEmpty(), qPrintable(u"broken $ref: "_s + broken.join(u", "_s)));
    }

    // An integrator reads one operation and must find every error it can answer.
    void operationsListTheErrorsTheyCanReturn()
    {
        const QJsonArray globalSecurity = m_document.value(u"security"_s).toArray();
        const QJsonObject paths = m_document.value(u"paths"_s).toObject();
        QStringList problems;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path->toObject();
            for (auto it = item.begin(); it != item.end(); ++it) {
                if (!HTTP_METHODS.contains(it.key()))
                    continue;
                const QJsonObject operation = it->toObject();
                const QString name = operationKey(it.key(), path.key());
                const QJsonObject responses = operation.value(u"responses"_s).toObject();
                const QJsonArray security = operation.contains(u"security"_s)
                    ? operation.value(u"security"_s).toArray()
                    : globalSecurity;
                const auto require = [&](const QString &status, const QString &why) {
                    if (!responses.contains(status))
                        problems.append(name + u" lacks "_s + status + u" ("_s + why + u')');
                };
                if (!security.isEmpty()) {
                    require(u"401"_s, u"it needs a login"_s);
                    require(u"403"_s, u"a disabled account or a role"_s);
                    if (!operation.contains(u"x-roles"_s))
                        problems.append(name + u" does not say which roles may call it"_s);
                }
                if (operation.contains(u"requestBody"_s)) {
                    require(u"400"_s, u"it reads a body"_s);
                    require(u"413"_s, u"bodies are capped"_s);
                }
                if (path.key().contains(u"{session_id}"_s))
                    require(u"404"_s, u"the call may not exist"_s);
                if (operation.value(u"operationId"_s).toString().isEmpty())
                    problems.append(name + u" has no operationId"_s);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    // The schemas name exactly the keys the hub sends, so a key added to an answer without the
    // document (or the reverse) fails here.
    void schemasMatchRealAnswers_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pointer"); // where in the answer the object is

        QTest::newRow("health") << u"Health"_s << QByteArray("GET") << u"/api/health"_s << u""_s;
        QTest::newRow("health webhook counters")
            << u"Health"_s << QByteArray("GET") << u"/api/health"_s << u"webhook"_s;
        QTest::newRow("me") << u"Me"_s << QByteArray("GET") << u"/api/me"_s << u""_s;
        QTest::newRow("user list")
            << u"UserList"_s << QByteArray("GET") << u"/api/users"_s << u""_s;
        QTest::newRow("agent list")
            << u"AgentList"_s << QByteArray("GET") << u"/api/agents"_s << u""_s;
        QTest::newRow("history page")
            << u"CallPage"_s << QByteArray("GET") << u"/api/calls"_s << u""_s;
        QTest::newRow("active calls")
            << u"CallList"_s << QByteArray("GET") << u"/api/calls/active"_s << u""_s;
        QTest::newRow("wrap-up dispositions")
            << u"Dispositions"_s << QByteArray("GET") << u"/api/wrap-up/dispositions"_s << u""_s;
        QTest::newRow("today's spend")
            << u"SpendToday"_s << QByteArray("GET") << u"/api/spend/today"_s << u""_s;
        QTest::newRow("error shape")
            << u"Error"_s << QByteArray("GET") << u"/api/no/such/route"_s << u""_s;
        QTest::newRow("error inner object")
            << u"Error"_s << QByteArray("GET") << u"/api/no/such/route"_s << u"error"_s;
    }

    void schemasMatchRealAnswers()
    {
        QFETCH(QString, schema);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, pointer);
        const Reply reply = m_harness->send(method, path, m_adminToken);
        QJsonObject answer = reply.json();
        QJsonObject described = schemaObject(schema);
        if (!pointer.isEmpty()) {
            answer = answer.value(pointer).toObject();
            described = described.value(u"properties"_s).toObject().value(pointer).toObject();
        }
        QVERIFY2(!answer.isEmpty(), reply.describe().constData());
        QCOMPARE(sortedKeys(answer), sortedKeys(described.value(u"properties"_s).toObject()));
    }

    void loginAnswerMatchesItsSchema()
    {
        const Reply reply = m_harness->loginReply(u"agent1"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(sortedKeys(reply.json()),
            sortedKeys(schemaObject(u"LoginResponse"_s).value(u"properties"_s).toObject()));
        QCOMPARE(sortedKeys(reply.json().value(u"user"_s).toObject()),
            sortedKeys(schemaObject(u"Me"_s).value(u"properties"_s).toObject()));
    }

    void agentsAndMyOwnChangesMatchTheirSchemas()
    {
        const QJsonArray agents
            = m_harness->get(u"/api/agents"_s, m_adminToken).json().value(u"agents"_s).toArray();
        QVERIFY(!agents.isEmpty());
        QCOMPARE(sortedKeys(agents.first().toObject()),
            sortedKeys(schemaObject(u"Agent"_s).value(u"properties"_s).toObject()));
        const Reply changed = m_harness->patch(
            u"/api/me"_s, m_adminToken, QJsonObject{{u"displayName"_s, u"Administrator"_s}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(sortedKeys(changed.json()),
            sortedKeys(schemaObject(u"Me"_s).value(u"properties"_s).toObject()));
        const QStringList patchable
            = sortedKeys(schemaObject(u"MePatch"_s).value(u"properties"_s).toObject());
        QCOMPARE(patchable, (QStringList{u"displayName"_s, u"line"_s}));
    }

    void callSchemaMatchesTheCallJson()
    {
        const QJsonObject call = Calls::toJson(fullCall());
        const QJsonObject properties = schemaObject(u"Call"_s).value(u"properties"_s).toObject();
        QCOMPARE(sortedKeys(call), sortedKeys(properties));
        QStringList required
            = schemaObject(u"Call"_s).value(u"required"_s).toVariant().toStringList();
        required.sort();
        QCOMPARE(required, sortedKeys(call)); // every key is always sent (null when unknown)
        for (const QString &nested : {u"cost"_s, u"legs"_s, u"dialedLeg"_s, u"transfer"_s}) {
            QJsonObject schema = properties.value(nested).toObject();
            if (schema.contains(u"$ref"_s))
                schema = resolve(m_document, schema.value(u"$ref"_s).toString()).toObject();
            QVERIFY2(call.value(nested).isObject(), qPrintable(nested));
            QCOMPARE(sortedKeys(call.value(nested).toObject()),
                sortedKeys(schema.value(u"properties"_s).toObject()));
        }
        // Every state and kind the hub can send is in the enums.
        const QJsonArray states = schemaObject(u"CallState"_s).value(u"enum"_s).toArray();
        for (int state = 0; state <= int(Calls::CallState::Transferred); ++state)
            QVERIFY2(states.contains(Calls::apiName(static_cast<Calls::CallState>(state))),
                qPrintable(Calls::apiName(static_cast<Calls::CallState>(state))));
    }

private:
    QJsonObject schemaObject(const QString &name) const
    {
        return m_document.value(u"components"_s)
            .toObject()
            .value(u"schemas"_s)
            .toObject()
            .value(name)
            .toObject();
    }

    QByteArray m_fileBytes;
    QJsonObject m_document;
    std::unique_ptr<HubHarness> m_harness;
    QString m_adminToken;
};

SIMU_TEST_MAIN(TestOpenApi)
#include "tst_openapi.moc"
