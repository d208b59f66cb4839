#pragma once

// AT's notification sequences for one call, each with the states the call passes through and
// what it shows at the end: the table behind the sequences, duplicates and ownership tests.

#include "callstatemachinefixture.h"

namespace CallStateMachineTest {

// Adds the columns queuedFirst (bool: the call was placed by /call before any notification),
// events (Events), path (States, one per event) and expected (Expected), and one row per
// sequence. Call it from a test's _data() function.
void addSequenceTable();

} // namespace CallStateMachineTest
