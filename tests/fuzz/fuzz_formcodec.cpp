// Form bodies -> Util::decodeForm -> encodeForm -> decodeForm: decoding what Simu encodes must
// give back the same fields (a phone number's '+' or a name's '&' must survive), and encoding
// is stable from then on.

#include "fuzzsupport.h"
#include "util/formcodec.h"

namespace {

QByteArray describe(const Util::FormFields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields)
        out += '[' + name.toUtf8() + "] = [" + value.toUtf8() + "]\n";
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const Util::FormFields fields = Util::decodeForm(body);
    const QByteArray encoded = Util::encodeForm(fields);
    const Util::FormFields again = Util::decodeForm(encoded);
    if (again != fields) {
        Fuzz::fail("decode(encode(fields)) differs from fields",
            body + "\n--- decoded ---\n" + describe(fields) + "--- after encoding ---\n" + encoded
                + "\n--- decoded again ---\n" + describe(again));
    }
    if (Util::encodeForm(again) != encoded)
        Fuzz::fail("encoding is not stable", body);
    for (const auto &[name, value] : fields) {
        if (!Util::hasFormField(fields, name) || Util::formValue(fields, name).isNull())
            Fuzz::fail("a decoded field cannot be looked up", describe(fields));
    }
    return 0;
}
