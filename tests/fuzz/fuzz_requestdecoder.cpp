// REST bodies sent to the AT simulator -> AtSim::decodeRequestFields. The first input byte
// picks the Content-Type (form, JSON, multipart with a boundary, none, and odd spellings of
// each); the rest is the body. Every body gives fields or an error with a message, and a form
// body (one that does not start with '{') decodes exactly as Util::decodeForm does.

#include "atsim/requestdecoder.h"
#include "fuzzsupport.h"

#include <iterator>

namespace {

struct ContentType
{
    const char *header; // nullptr: no Content-Type header at all
    bool isForm; // decoded as a form unless the body looks like JSON
};

const ContentType CONTENT_TYPES[] = {
    {"application/x-www-form-urlencoded", true},
    {"application/x-www-form-urlencoded; charset=utf-8", true},
    {"application/json", false},
    {"Application/JSON; charset=UTF-8", false},
    {"multipart/form-data; boundary=XyZ", false},
    {"multipart/form-data; boundary=\"--x y\"", false},
    {"multipart/form-data; charset=utf-8; BOUNDARY=b", false},
    {"multipart/form-data", false}, // no boundary
    {"multipart/form-data; boundary=", false},
    {"multipart/form-data; boundary=\"", false},
    {nullptr, true},
    {"text/plain", true},
    {"", true},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const ContentType &type = CONTENT_TYPES[data[0] % std::size(CONTENT_TYPES)];
    Http::Request request;
    request.method = "POST";
    if (type.header)
        request.headers.append({QByteArray("Content-Type"), QByteArray(type.header)});
    request.body = Fuzz::bytes(data + 1, size - 1);

    const auto fields = AtSim::decodeRequestFields(request);
    if (!fields) {
        if (fields.error().isEmpty())
            Fuzz::fail("a refused body has no message", request.body);
        return 0;
    }
    if (type.isForm && !request.body.trimmed().startsWith('{')
        && *fields != Util::decodeForm(request.body))
        Fuzz::fail("a form body decodes differently from Util::decodeForm", request.body);
    return 0;
}
