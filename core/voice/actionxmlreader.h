#pragma once

// The strict reader the AT simulator uses to run an app's reply (reference §4): XML bytes ->
// ActionDocument, checked by the same ActionXmlValidator the writer uses.
//
// How it mirrors AT, and where it decides because AT's behaviour is unknown:
// * The root must be <Response>; element and attribute names are case-sensitive, so <say>
//   is not <Say> and callBackUrl is not callbackUrl.
// * Unknown attributes are ignored by default, as AT does (that is how the PHP SDK's
//   callBackUrl looped callers in <GetDigits>); each one is reported in ReadResult::warnings.
// * Unknown elements fail by default: what AT does with them is unconfirmed, and a clear error
//   serves the app's author better than a silently skipped step. Both policies are options.
// * Both ringBackTone and ringbackTone are read (SDKs emit both spellings).
// * Booleans are exactly "true" or "false" (what every SDK emits); "1", "0", "True" are errors.
// * Numbers are whole decimal numbers; "20s", "1.5" or "" are errors.
// * The text of <Say> and the URL of <Redirect> are trimmed (indentation is not content), so
//   every document ActionXmlWriter writes reads back equal.
// * Dial phoneNumbers are split on commas and each entry trimmed.
// * Text outside <Say>/<Redirect>, comments and processing instructions are ignored; text
//   is reported as a warning.
// * An empty or whitespace-only body is an error ("the app answered with an empty body"):
//   what AT does then is unconfirmed, so the simulator decides.

#include "actions.h"
#include "actionxmlerror.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>

namespace Voice {

struct ActionXmlReadOptions
{
    enum class UnknownPolicy { Ignore, Fail };
    UnknownPolicy unknownElements = UnknownPolicy::Fail;
    UnknownPolicy unknownAttributes = UnknownPolicy::Ignore;
    qsizetype maxBytes = 1024 * 1024; // AT's limit is unknown; a voice menu is a few kB
};

struct ActionXmlReadResult
{
    ActionDocument document;
    // One line per ignored item, e.g. "ignored attribute callBackUrl on <GetDigits> (line 3;
    // names are case-sensitive: did you mean callbackUrl?)".
    QStringList warnings;
};

class ActionXmlReader final
{
public:
    using ReadOptions = ActionXmlReadOptions;
    using ReadResult = ActionXmlReadResult;
    using UnknownPolicy = ActionXmlReadOptions::UnknownPolicy;

    static Util::Result<ReadResult, ActionXmlError> read(
        const QByteArray &xml, const ReadOptions &options = {});
};

} // namespace Voice
