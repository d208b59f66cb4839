// ActionXML an app answers with -> ActionXmlReader::read, under every unknown-element and
// unknown-attribute policy. Properties, for every document that reads:
// * ActionXmlWriter::write accepts it (reader and writer share one validator), and reading the
//   written XML gives an equal document: what the simulator runs is what the app meant;
// * writing is stable (write(read(write(d))) == write(d));
// * a document that reads under a strict policy reads the same under the lenient one.

#include "fuzzsupport.h"
#include "voice/actionxmlreader.h"
#include "voice/actionxmlwriter.h"

#include <optional>

using namespace Qt::StringLiterals;
using Voice::ActionDocument;
using Voice::ActionXmlReader;
using Voice::ActionXmlReadOptions;
using Voice::ActionXmlWriter;
using Policy = ActionXmlReadOptions::UnknownPolicy;

namespace {

QByteArray describe(const char *step, const QByteArray &input, const QByteArray &written)
{
    return QByteArray(step) + "\n--- input ---\n" + input + "\n--- written ---\n" + written;
}

std::optional<ActionDocument> readAndRoundTrip(
    const QByteArray &xml, const ActionXmlReadOptions &options)
{
    const auto read = ActionXmlReader::read(xml, options);
    if (!read) {
        if (read.error().message.isEmpty())
            Fuzz::fail("a refused document has no message", xml);
        return std::nullopt;
    }
    const auto written = ActionXmlWriter::write(read->document);
    if (!written)
        Fuzz::fail("the writer refuses a document the reader accepted",
            describe(qPrintable(written.error().message), xml, {}));
    const auto reread = ActionXmlReader::read(*written, options);
    if (!reread)
        Fuzz::fail("the reader refuses what the writer wrote",
            describe(qPrintable(reread.error().message), xml, *written));
    if (!(reread->document == read->document))
        Fuzz::fail("the written document reads back different", describe("", xml, *written));
    const auto rewritten = ActionXmlWriter::write(reread->document);
    if (!rewritten || *rewritten != *written)
        Fuzz::fail("writing is not stable", describe("", xml, *written));
    return read->document;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = Fuzz::bytes(data, size);
    ActionXmlReadOptions strict; // the defaults: unknown elements fail, attributes are ignored
    strict.unknownAttributes = Policy::Fail;
    ActionXmlReadOptions lenient;
    lenient.unknownElements = Policy::Ignore;
    ActionXmlReadOptions defaults;

    const auto strictDocument = readAndRoundTrip(xml, strict);
    const auto defaultDocument = readAndRoundTrip(xml, defaults);
    const auto lenientDocument = readAndRoundTrip(xml, lenient);
    if (strictDocument && defaultDocument != strictDocument)
        Fuzz::fail("ignoring unknown attributes changed a document that has none", xml);
    if (defaultDocument && lenientDocument != defaultDocument)
        Fuzz::fail("ignoring unknown elements changed a document that has none", xml);
    return 0;
}
