// AT voice callback bodies (anything can POST to the callback URL) -> CallbackParser::parse.
// Every input must give an event or an error with a message; an event always has a usable
// sessionId and an isActive that was exactly "0" or "1".

#include "fuzzsupport.h"
#include "voice/callbackparser.h"

using namespace Qt::StringLiterals;
using Voice::CallbackParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const auto event = CallbackParser::parse(body);
    if (!event) {
        if (event.error().message.isEmpty())
            Fuzz::fail("a refused callback has no message", body);
        return 0;
    }
    if (event->sessionId.isEmpty() || event->sessionId.size() > CallbackParser::MaxSessionIdLength)
        Fuzz::fail("an accepted callback has an unusable sessionId", body);
    const QString isActive = Util::formValue(event->raw, u"isActive"_s);
    if (event->isActive != (isActive == u"1"_s))
        Fuzz::fail("isActive does not match the field AT sent", body);
    // The same fields decoded elsewhere (JSON, multipart) must give the same verdict.
    if (!CallbackParser::parse(Util::decodeForm(body)))
        Fuzz::fail("the form and the field-list entry points disagree", body);
    return 0;
}
