// How the simulator reads REST bodies: whatever an official AT SDK sends (form, multipart,
// JSON with arrays, Node's JSON text under a form content type) must give the same fields,
// and a broken body must give akka-http's error text rather than a half-read request.

#include "atsim/requestdecoder.h"
#include "testmain.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Util::FormFields;

namespace {

Http::Request post(const QByteArray &contentType, const QByteArray &body)
{
    Http::Request request;
    request.method = "POST";
    request.path = u"/call"_s;
    if (!contentType.isNull())
        request.headers.append({"Content-Type", contentType});
    request.body = body;
    return request;
}

QByteArray multipart(const QByteArray &boundary, const QList<QByteArray> &parts)
{
    QByteArray body;
    for (const QByteArray &part : parts)
        body += "--" + boundary + "\r\n" + part + "\r\n";
    return body + "--" + boundary + "--\r\n";
}

const QByteArray FORM = "application/x-www-form-urlencoded";
const QByteArray JSON = "application/json";

} // namespace

class TestRequestDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<FormFields>("fields");

        const FormFields call{{u"username"_s, u"myapp"_s},
            {u"from"_s, u"+254711082000"_s},
            {u"to"_s, u"+254722000001,+254733000002"_s}};

        // --- form
        QTest::newRow("python/php form body")
            << FORM
            << QByteArray(
                   "username=myapp&from=%2B254711082000&to=%2B254722000001%2C%2B254733000002")
            << call;
        QTest::newRow("form with a charset parameter")
            << FORM + "; charset=UTF-8" << QByteArray("username=myapp&name=Wanjik%C5%A9")
            << FormFields{{u"username"_s, u"myapp"_s}, {u"name"_s, u"Wanjikũ"_s}};
        QTest::newRow("unencoded plus is a space, as on AT")
            << FORM << QByteArray("to=+254722000001") << FormFields{{u"to"_s, u" 254722000001"_s}};
        QTest::newRow("no content type: read as a form")
            << QByteArray() << QByteArray("username=myapp")
            << FormFields{{u"username"_s, u"myapp"_s}};
        QTest::newRow("empty form body") << FORM << QByteArray() << FormFields{};
        QTest::newRow("empty body, no content type")
            << QByteArray() << QByteArray() << FormFields{};

        // --- JSON
        QTest::newRow("json strings")
            << JSON
            << QByteArray("{\"username\":\"myapp\",\"from\":\"+254711082000\","
                          "\"to\":\"+254722000001,+254733000002\"}")
            << call;
        QTest::newRow("json content type with charset")
            << JSON + "; charset=utf-8" << QByteArray("{\"username\":\"myapp\"}")
            << FormFields{{u"username"_s, u"myapp"_s}};
        QTest::newRow("Laravel: to as a JSON array is comma-joined")
            << JSON
            << QByteArray("{\"username\":\"myapp\",\"from\":\"+254711082000\","
                          "\"to\":[\"+254722000001\",\"+254733000002\"]}")
            << call;
        QTest::newRow("json booleans are the words true and false")
            << JSON << QByteArray("{\"incoming\":true,\"outgoing\":false}")
            << FormFields{{u"incoming"_s, u"true"_s}, {u"outgoing"_s, u"false"_s}};
        QTest::newRow("json whole numbers have no decimals")
            << JSON << QByteArray("{\"expire\":86400,\"to\":254722000001}")
            << FormFields{{u"expire"_s, u"86400"_s}, {u"to"_s, u"254722000001"_s}};
        QTest::newRow("json fractions print as written")
            << JSON << QByteArray("{\"a\":0.1,\"b\":2.5,\"c\":-3}")
            << FormFields{{u"a"_s, u"0.1"_s}, {u"b"_s, u"2.5"_s}, {u"c"_s, u"-3"_s}};
        QTest::newRow("json null is an empty value")
            << JSON << QByteArray("{\"clientRequestId\":null}")
            << FormFields{{u"clientRequestId"_s, u""_s}};
        QTest::newRow("json array of numbers")
            << JSON << QByteArray("{\"n\":[1,2]}") << FormFields{{u"n"_s, u"1,2"_s}};
        QTest::newRow("json nested array stays JSON text")
            << JSON << QByteArray("{\"n\":[[1,2],\"x\"]}") << FormFields{{u"n"_s, u"[1,2],x"_s}};
        QTest::newRow("Laravel callActions: objects stay JSON text")
            << JSON
            << QByteArray("{\"callActions\":[{\"actionType\":\"Say\",\"text\":\"Hi\"},"
                          "{\"actionType\":\"Play\",\"url\":\"https://example.com/a.wav\"}]}")
            << FormFields{{u"callActions"_s,
                   u"{\"actionType\":\"Say\",\"text\":\"Hi\"},"
                   "{\"actionType\":\"Play\",\"url\":\"https://example.com/a.wav\"}"_s}};
        QTest::newRow("json object value stays JSON text")
            << JSON << QByteArray("{\"meta\":{\"k\":1}}")
            << FormFields{{u"meta"_s, u"{\"k\":1}"_s}};
        QTest::newRow("Node 0.8.3: JSON text under a form content type")
            << FORM << QByteArray("{\"username\":\"myapp\",\"phoneNumbers\":\"+254711082000\"}")
            << FormFields{{u"username"_s, u"myapp"_s}, {u"phoneNumbers"_s, u"+254711082000"_s}};
        QTest::newRow("Node 0.8.3: JSON text with leading whitespace")
            << FORM << QByteArray("\n  {\"url\":\"https://example.com/a.mp3\"}")
            << FormFields{{u"url"_s, u"https://example.com/a.mp3"_s}};
        QTest::newRow("json: plus signs stay plus signs")
            << JSON << QByteArray("{\"to\":\"+254722000001\"}")
            << FormFields{{u"to"_s, u"+254722000001"_s}};

        // --- multipart
        const QByteArray part1 = "Content-Disposition: form-data; name=\"username\"\r\n\r\nmyapp";
        const QByteArray part2
            = "Content-Disposition: form-data; name=\"from\"\r\n\r\n+254711082000";
        const QByteArray part3 = "Content-Disposition: form-data; name=\"to\"\r\n"
                                 "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                 "+254722000001,+254733000002";
        QTest::newRow("multipart, as curl -F sends it")
            << QByteArray("multipart/form-data; boundary=------------------------d74496d66958873e")
            << multipart("------------------------d74496d66958873e", {part1, part2, part3}) << call;
        QTest::newRow("multipart, quoted boundary")
            << QByteArray("multipart/form-data; boundary=\"simu boundary\"")
            << multipart("simu boundary", {part1, part2, part3}) << call;
        QTest::newRow("multipart, boundary parameter in capitals")
            << QByteArray("Multipart/Form-Data; charset=utf-8; BOUNDARY=xyz")
            << multipart("xyz", {part1, part2, part3}) << call;
        QTest::newRow("multipart value with CRLF inside and a plus")
            << QByteArray("multipart/form-data; boundary=b")
            << multipart(
                   "b", {"Content-Disposition: form-data; name=\"text\"\r\n\r\nline 1\r\nline +2"})
            << FormFields{{u"text"_s, u"line 1\r\nline +2"_s}};
        QTest::newRow("multipart empty value")
            << QByteArray("multipart/form-data; boundary=b")
            << multipart("b", {"Content-Disposition: form-data; name=\"clientRequestId\"\r\n\r\n"})
            << FormFields{{u"clientRequestId"_s, u""_s}};
        QTest::newRow("multipart file part: its filename is not its name")
            << QByteArray("multipart/form-data; boundary=b")
            << multipart("b",
                   {"Content-Disposition: form-data; filename=\"hold.mp3\"; name=\"url\"\r\n\r\n"
                    "https://example.com/hold.mp3"})
            << FormFields{{u"url"_s, u"https://example.com/hold.mp3"_s}};
        QTest::newRow("multipart preamble is ignored")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("This is a preamble\r\n") + multipart("b", {part1})
            << FormFields{{u"username"_s, u"myapp"_s}};
        QTest::newRow("multipart utf-8 value")
            << QByteArray("multipart/form-data; boundary=b")
            << multipart("b", {"Content-Disposition: form-data; name=\"n\"\r\n\r\nWanjik\xc5\xa9"})
            << FormFields{{u"n"_s, u"Wanjikũ"_s}};
    }
    void decodes()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(FormFields, fields);
        const auto decoded = AtSim::decodeRequestFields(post(contentType, body));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error()));
        // Order matters for forms and multipart; a JSON object has none (Qt sorts its keys).
        FormFields actual = *decoded;
        if (body.trimmed().startsWith('{')) {
            std::sort(actual.begin(), actual.end());
            std::sort(fields.begin(), fields.end());
        }
        QCOMPARE(actual, fields);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");

        const QString badJson = u"The request content was malformed:\nInvalid JSON body"_s;
        const QString badMultipart
            = u"The request content was malformed:\nInvalid multipart body"_s;
        QTest::newRow("truncated JSON") << JSON << QByteArray("{\"username\":\"myapp\"") << badJson;
        QTest::newRow("JSON array instead of an object")
            << JSON << QByteArray("[\"+254722000001\"]") << badJson;
        QTest::newRow("JSON string instead of an object") << JSON << QByteArray("\"x\"") << badJson;
        QTest::newRow("empty body sent as JSON") << JSON << QByteArray() << badJson;
        QTest::newRow("a form body sent as JSON")
            << JSON << QByteArray("username=myapp") << badJson;
        QTest::newRow("broken JSON under a form content type")
            << FORM << QByteArray("{\"username\":") << badJson;
        QTest::newRow("multipart without a boundary parameter")
            << QByteArray("multipart/form-data")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--")
            << badMultipart;
        QTest::newRow("multipart with a different boundary")
            << QByteArray("multipart/form-data; boundary=other")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--")
            << badMultipart;
        QTest::newRow("multipart cut off before the closing delimiter")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n")
            << badMultipart;
        QTest::newRow("multipart part without a blank line after its headers")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n1\r\n--b--")
            << badMultipart;
        QTest::newRow("multipart name with no closing quote")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\r\n\r\n1\r\n--b--")
            << badMultipart;
        QTest::newRow("empty multipart body")
            << QByteArray("multipart/form-data; boundary=b") << QByteArray() << badMultipart;
    }
    void refuses()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto decoded = AtSim::decodeRequestFields(post(contentType, body));
        QVERIFY(!decoded);
        QCOMPARE(decoded.error(), error);
    }
};

SIMU_TEST_MAIN(TestRequestDecoder)
#include "tst_requestdecoder.moc"
