#include "simconfig.h"

using namespace Qt::StringLiterals;

namespace AtSim {

SimConfig SimConfig::defaults()
{
    SimConfig config;
    config.apiKey = u"atsk_simulator_key"_s;
    config.numbers = {{u"+254711082000"_s, {}}};
    // Per-minute prices: Kenya's matches the 2020 capture (7 s for 0.4083 KES); the others
    // are plausible figures, not AT's price list.
    config.prices = {
        {u"KE"_s, {u"KES"_s, u"3.5"_s}},
        {u"UG"_s, {u"UGX"_s, u"220"_s}},
        {u"TZ"_s, {u"TZS"_s, u"140"_s}},
        {u"RW"_s, {u"RWF"_s, u"60"_s}},
        {u"NG"_s, {u"NGN"_s, u"35"_s}},
        {u"MW"_s, {u"MWK"_s, u"80"_s}},
        {u"ZM"_s, {u"ZMW"_s, u"1.2"_s}},
        {u"ET"_s, {u"ETB"_s, u"3"_s}},
        {u"GH"_s, {u"GHS"_s, u"0.9"_s}},
        {u"CI"_s, {u"XOF"_s, u"60"_s}},
        {u"SN"_s, {u"XOF"_s, u"60"_s}},
        {u"ZA"_s, {u"ZAR"_s, u"1.5"_s}},
    };
    config.supportedRegions = config.prices.keys();
    config.supportedRegions.sort();
    return config;
}

const VoiceNumber *SimConfig::findNumber(const QString &number) const
{
    for (const VoiceNumber &entry : numbers) {
        if (entry.number == number)
            return &entry;
    }
    return nullptr;
}

Price SimConfig::priceFor(const QString &region) const
{
    return prices.value(region, fallbackPrice);
}

} // namespace AtSim
