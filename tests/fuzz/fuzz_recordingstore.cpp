// HTTP Range headers a media player (or anyone) sends for a simulator recording ->
// RecordingStore::serve. The store and one short recording are made once; every input is a
// Range header. Only 200 (whole file), 206 (the bytes Content-Range names, inside the file)
// and 416 are valid answers. The input is also tried as a recording name, which must be 404
// unless it is the recording's own name.

#include "atsim/idgenerator.h"
#include "atsim/recordingstore.h"
#include "fuzzsupport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using AtSim::RecordingStore;

namespace {

struct Fixture
{
    AtSim::IdGenerator ids{7};
    RecordingStore store{ids};
    QString name = store.create(0.5); // a few frames: every range is cheap to check
    QByteArray whole = store.serve(name, {}).body;
};

Fixture &fixture()
{
    static Fixture instance;
    if (instance.name.isEmpty() || instance.whole.isEmpty())
        Fuzz::fail("the recording store made no recording", QByteArray("check the Qt resource"));
    return instance;
}

void checkPart(const Http::Response &response, const QByteArray &whole, const QByteArray &range)
{
    static const QRegularExpression contentRange(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
    const QRegularExpressionMatch match
        = contentRange.match(QString::fromLatin1(response.header("Content-Range")));
    if (!match.hasMatch())
        Fuzz::fail("a 206 without a well-formed Content-Range", range);
    const qint64 first = match.captured(1).toLongLong();
    const qint64 last = match.captured(2).toLongLong();
    if (match.captured(3).toLongLong() != whole.size() || first > last || last >= whole.size())
        Fuzz::fail("a 206 whose Content-Range is outside the file", range);
    if (response.body != whole.mid(first, last - first + 1))
        Fuzz::fail("a 206 whose body is not the bytes Content-Range names", range);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fixture &f = fixture();
    const QByteArray range = Fuzz::bytes(data, size);
    const Http::Response response = f.store.serve(f.name, range);
    switch (response.status) {
    case 200:
        if (response.body != f.whole)
            Fuzz::fail("a 200 that is not the whole file", range);
        break;
    case 206:
        checkPart(response, f.whole, range);
        break;
    case 416:
        if (response.header("Content-Range") != "bytes */" + QByteArray::number(f.whole.size()))
            Fuzz::fail("a 416 without the file's size", range);
        break;
    default:
        Fuzz::fail("an answer other than 200, 206 or 416 for a recording that exists", range);
    }

    const QString name = QString::fromUtf8(range);
    if (name != f.name && f.store.serve(name, {}).status != 404)
        Fuzz::fail("a name that is not a recording was served", range);
    return 0;
}
