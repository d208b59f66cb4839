// What a user types or pastes as a number (dial pad, settings, API) -> Phone::NumberParser with
// the default regions Simu ships for (KE, UG, NG), the formatting helpers and the dial pad's
// AsYouTypeFormatter. Properties: an accepted address parses back to itself from any region
// (E.164 is region-free), and the helpers agree with the parser about its region.

#include "fuzzsupport.h"
#include "phone/phonenumbers.h"

#include <array>

using namespace Qt::StringLiterals;
using Phone::AddressKind;
using Phone::NumberParser;

namespace {

struct Region
{
    NumberParser parser;
    Phone::AsYouTypeFormatter formatter;
    explicit Region(const QString &code)
        : parser(code)
        , formatter(code)
    {}
};

std::array<Region, 3> &regions()
{
    static std::array<Region, 3> all{Region(u"KE"_s), Region(u"UG"_s), Region(u"NG"_s)};
    return all;
}

QByteArray describe(const QString &input, const Phone::Address &first, const QString &region)
{
    return "input [" + input.toUtf8() + "] in " + region.toUtf8() + " gave [" + first.value.toUtf8()
        + "] region [" + first.regionCode.toUtf8() + "] +" + QByteArray::number(first.countryCode);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(Fuzz::bytes(data, size));
    for (Region &region : regions()) {
        const NumberParser &parser = region.parser;
        region.formatter.format(input);
        parser.formatInternational(input);
        parser.formatNational(input);
        parser.regionOf(input);

        const auto address = parser.parse(input);
        if (!address) {
            if (address.error().message.isEmpty())
                Fuzz::fail("a refused number has no message", input);
            continue;
        }
        const QString context = parser.defaultRegion();
        if (address->value.isEmpty())
            Fuzz::fail("an accepted address is empty", describe(input, *address, context));
        for (Region &other : regions()) {
            const auto again = other.parser.parse(address->value);
            if (!again || !(*again == *address))
                Fuzz::fail("an accepted address does not parse back to itself",
                    describe(input, *address, context) + " / again in "
                        + other.parser.defaultRegion().toUtf8() + ": "
                        + (again ? again->value.toUtf8() : again.error().message.toUtf8()));
        }
        if (address->kind == AddressKind::WebRtcClient)
            continue;
        if (parser.regionOf(address->value) != address->regionCode)
            Fuzz::fail("regionOf disagrees with parse", describe(input, *address, context));
        if (address->kind == AddressKind::PhoneNumber) {
            const auto formatted = parser.parse(parser.formatInternational(address->value));
            if (!formatted || !(*formatted == *address))
                Fuzz::fail("the international format does not parse back to the number",
                    describe(input, *address, context));
        }
    }
    return 0;
}
