#pragma once

// The rules an ActionXML document must follow before AT can run it (reference §4), checked
// in one place for both directions: ActionXmlWriter refuses to send a document that breaks them
// and ActionXmlReader (the simulator) refuses to run one.
//
// Decisions where AT's own behaviour is unknown:
// * An empty document (<Response/>) is valid: AT runs nothing and hangs up. Apps use it to end
//   a call, and it is the documented reply to a final notification.
// * <GetDigits>/<Record> without a prompt are valid (silent input); more than one is not.
// * Dial and Dequeue are not terminal: AT goes on with the next action when nobody answers.
//   <Redirect>, <Reject> and a bare <Record/> are: anything after them is an error, because
//   the app author clearly expected it to run.
// * URLs must be absolute http or https with a host: AT fetches them from its own servers.
// * phoneNumbers entries are not checked for number format: SIP addresses and WebRTC client
//   names ("myapp.alice") are valid targets.

#include "actions.h"
#include "actionxmlerror.h"
#include "util/result.h"

namespace Voice {

class ActionXmlValidator final
{
public:
    // The first problem in document order (structure first: a lone <Reject>, nothing after a
    // terminal action; then each action's own content).
    static Util::Result<void, ActionXmlError> validate(const ActionDocument &document);

    // True for <Redirect>, <Reject> and a bare <Record/>: AT runs nothing after them.
    static bool isTerminal(const Action &action);
};

} // namespace Voice
