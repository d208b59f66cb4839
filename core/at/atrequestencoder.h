#pragma once

// Turns a request struct into the exact bytes AT expects, or into an InvalidRequest error
// when a required field is missing, so nothing is sent (and nothing is paid for) when the
// request is obviously wrong. Pure functions: no network, no state.
//
// Wire format (reference §1.2-1.3, §2): POST <base URL path>/<endpoint>, headers
// `apiKey: <key>`, `Accept: application/json`, `Content-Type: application/x-www-form-urlencoded`,
// form body with every byte outside [A-Za-z0-9-._~] percent-encoded ('+' is %2B, ',' is %2C),
// list fields comma-joined, optional fields left out when empty.

#include "atconfig.h"
#include "aterror.h"
#include "atrequests.h"
#include "httptransport.h"
#include "util/result.h"

namespace At {

using EncodeResult = Util::Result<OutgoingRequest, Error>;

// Fields: username, from, to, clientRequestId.
EncodeResult encodeCall(const Config &config, const CallRequest &request);
// Fields: username, sessionId, phoneNumber, callLeg, holdMusicUrl.
EncodeResult encodeTransfer(const Config &config, const TransferRequest &request);
// Fields: username, phoneNumbers, queueName.
EncodeResult encodeQueueStatus(const Config &config, const QueueStatusRequest &request);
// Fields: username, phoneNumber, url.
EncodeResult encodeMediaUpload(const Config &config, const MediaUploadRequest &request);

} // namespace At
