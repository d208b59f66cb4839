#pragma once

#include "http/httprequest.h"
#include "util/formcodec.h"
#include "util/result.h"

namespace AtSim {

// Reads a REST request body into fields, accepting everything AT's official SDKs send:
// application/x-www-form-urlencoded, multipart/form-data, JSON (arrays such as the Laravel
// SDK's "to": [...] are comma-joined), and the Node SDK's JSON text sent with a form content
// type. A malformed body is an error in akka-http's words.
Util::Result<Util::FormFields, QString> decodeRequestFields(const Http::Request &request);

} // namespace AtSim
