#pragma once

// Everything that can go wrong with an AT REST request, as a value. `message` is for a person
// (translatable, context "At::Client"); `providerText` keeps AT's own words for the details
// view and logs.

#include <QMetaType>
#include <QObject>
#include <QString>

namespace At {

struct Error
{
    Q_GADGET

public:
    enum class Code {
        InvalidRequest, // refused locally before sending (empty "from", no API key, ...)
        Unauthorised, // HTTP 401: wrong API key or username
        BadRequest, // HTTP 400: AT says a field is missing or malformed
        ProviderRejected, // AT answered with errorMessage other than "None", or aborted a transfer
        RateLimited, // HTTP 429 (never documented for voice; handled in case it appears)
        HttpError, // any other non-2xx status
        Timeout, // no answer in time: the request may have reached AT
        ConnectionFailed, // proved never sent: refused, name lookup failed, TLS handshake failed
        NetworkError, // the connection broke mid-exchange: the request may have reached AT
        BadResponse, // 2xx, but the body is not the JSON AT documents
    };
    Q_ENUM(Code)

    Code code = Code::NetworkError;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString message; // for a person: what happened and what to do
    QString providerText; // AT's raw words (trimmed), or the network layer's
    // True when AT may have received and acted on the request although no usable answer came
    // back. For /call this means the phone may already be ringing: never redial blindly.
    bool mayHaveReachedAt = false;
};

} // namespace At

Q_DECLARE_METATYPE(At::Error)
