#pragma once

// Pure functions from what the transport got back to a typed result or a typed Error with a
// message a person understands. They see the whole TransportReply, so network failures,
// HTTP errors and body problems are all mapped here, in one place, and tested with tables.
//
// Rules (reference §1.4-1.5, §2): any 2xx is transport success and the body decides; fields
// are read by name, never by position; an `errorMessage` other than "None" is a failure
// whatever the status; 401/400 keep AT's plain-text words in Error::providerText.

#include "aterror.h"
#include "atrequests.h"
#include "atresponses.h"
#include "httptransport.h"
#include "util/result.h"

namespace At {

Util::Result<CallResult, Error> parseCallReply(const TransportReply &reply);
// Accepts both {"callTransferResponse":{...}} and the top-level {"status":...} shape.
Util::Result<TransferResult, Error> parseTransferReply(const TransportReply &reply);
// numCalls may be a JSON number or a numeric string.
Util::Result<QueueStatusResult, Error> parseQueueStatusReply(const TransportReply &reply);
// The body is opaque text (akka's "The request has been fulfilled..."), not JSON.
Util::Result<MediaUploadResult, Error> parseMediaUploadReply(const TransportReply &reply);

// The error for a reply that is not a 2xx HTTP answer (network failure or error status), or
// nullopt for a 2xx. Messages for /call and /callTransfer warn when the request may already
// have been carried out.
std::optional<Error> errorForReply(Endpoint endpoint, const TransportReply &reply);

} // namespace At
