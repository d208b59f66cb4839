#pragma once

// A voice app on a real loopback port, for simulator and hub tests: it records every
// notification AT (the simulator) posts to it, and answers each one with what the test's
// script returns. Header-only so any test can use it.

#include "http/httpserver.h"
#include "http/router.h"
#include "util/formcodec.h"

#include <QElapsedTimer>
#include <QList>
#include <QTest>
#include <QUrl>

#include <functional>

namespace TestSupport {

struct ReceivedCallback
{
    QString path;
    QByteArray body;
    Util::FormFields fields;

    QString value(const QString &name) const { return Util::formValue(fields, name); }
    bool has(const QString &name) const { return Util::hasFormField(fields, name); }
    QStringList names() const
    {
        QStringList out;
        for (const auto &field : fields)
            out.append(field.first);
        return out;
    }
};

class FakeApp
{
public:
    using Script = std::function<Http::Response(const ReceivedCallback &)>;

    FakeApp()
        : m_server(m_router)
    {
        const auto handler = [this](const Http::Request &request) {
            ReceivedCallback callback{request.path, request.body, Util::decodeForm(request.body)};
            m_received.append(callback);
            Http::Response response = m_script ? m_script(callback) : xml("<Response/>");
            return response;
        };
        m_router.post(QStringLiteral("/voice"), handler);
        m_router.post(QStringLiteral("/voice/{step}"), handler);
        m_port = m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }

    static Http::Response xml(const QByteArray &document)
    {
        return Http::Response::bytes("application/xml", document);
    }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QStringLiteral("/voice")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    void setScript(Script script) { m_script = std::move(script); }
    const QList<ReceivedCallback> &received() const { return m_received; }
    QList<ReceivedCallback> receivedFor(const QString &sessionId) const
    {
        QList<ReceivedCallback> out;
        for (const ReceivedCallback &callback : m_received) {
            if (callback.value(QStringLiteral("sessionId")) == sessionId)
                out.append(callback);
        }
        return out;
    }
    // Waits until a final notification (isActive=0) for the session has arrived.
    bool waitForFinal(const QString &sessionId, int timeoutMs = 10000)
    {
        const auto hasFinal = [&] {
            for (const ReceivedCallback &callback : receivedFor(sessionId)) {
                if (callback.value(QStringLiteral("isActive")) == QStringLiteral("0"))
                    return true;
            }
            return false;
        };
        QElapsedTimer timer;
        timer.start();
        while (!hasFinal() && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return hasFinal();
    }

private:
    Http::Router m_router;
    Http::Server m_server;
    quint16 m_port = 0;
    Script m_script;
    QList<ReceivedCallback> m_received;
};

} // namespace TestSupport
