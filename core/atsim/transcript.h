#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace AtSim {

// Every HTTP exchange the simulator takes part in: REST requests the app made to "AT", and
// callbacks "AT" posted to the app, with what came back. Tests and the control API read it.
struct Exchange
{
    enum class Kind { RestRequest, Callback };
    int id = 0;
    Kind kind = Kind::Callback;
    QDateTime at;
    QString sessionId;
    QString method;
    QUrl url;
    QByteArray requestBody;
    int status = 0;
    QByteArray responseBody;
    QString error; // transport failure, or why the reply was unusable
};

class Transcript
{
public:
    explicit Transcript(int capacity = 5000);

    int append(Exchange exchange); // returns the exchange id
    QList<Exchange> exchanges() const { return m_exchanges; }
    QList<Exchange> callbacksFor(const QString &sessionId) const;
    QJsonArray toJson(const QString &sessionId = {}) const;

private:
    int m_capacity;
    int m_nextId = 1;
    QList<Exchange> m_exchanges;
};

} // namespace AtSim
