#pragma once

// Turns a finished QNetworkReply from the hub into the JSON object it answered, or the
// ClientError a person can act on: Network when the hub could not be reached (the message
// names the address), Http with the hub's own code and message, Protocol when whatever
// answered is not the hub's API (a wrong address, a captive portal, a proxy's error page).

#include "client/hubclient.h"

#include <QJsonObject>

class QNetworkReply;

namespace Client {

struct ReplyContext
{
    QUrl hub; // for messages: "Cannot reach the hub at http://…"
    int timeoutMs = 0;
    // The request changes something (POST, PATCH): a connection lost mid-way must say that it
    // may or may not have been carried out.
    bool changesState = false;
};

Util::Result<QJsonObject, ClientError> readReply(QNetworkReply &reply, const ReplyContext &context);

// The address as people write it: "http://192.168.1.20:8470".
QString hubName(const QUrl &hub);

} // namespace Client
