#include "schema.h"

using namespace Qt::StringLiterals;

namespace Storage {

// Times are milliseconds since the epoch (UTC), so they sort and compare as integers.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
            {
                u"CREATE TABLE users ("
                "  username TEXT PRIMARY KEY NOT NULL,"
                "  display_name TEXT NOT NULL DEFAULT '',"
                "  role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),"
                "  line TEXT NOT NULL DEFAULT ''," // the agent's phone or SIP address
                "  password_hash BLOB NOT NULL,"
                "  password_salt BLOB NOT NULL,"
                "  password_iterations INTEGER NOT NULL,"
                "  disabled INTEGER NOT NULL DEFAULT 0,"
                "  created_at INTEGER NOT NULL,"
                "  updated_at INTEGER NOT NULL)"_s,
                u"CREATE TABLE tokens ("
                "  token_hash BLOB PRIMARY KEY NOT NULL," // SHA-256 of the bearer token
                "  username TEXT NOT NULL REFERENCES users(username)"
                "    ON DELETE CASCADE ON UPDATE CASCADE,"
                "  created_at INTEGER NOT NULL,"
                "  expires_at INTEGER NOT NULL,"
                "  last_used_at INTEGER)"_s,
                u"CREATE INDEX tokens_by_user ON tokens(username)"_s,
                u"CREATE TABLE calls ("
                "  session_id TEXT PRIMARY KEY NOT NULL,"
                "  kind TEXT NOT NULL," // click_to_call, inbound, outbound
                "  direction TEXT NOT NULL," // inbound, outbound, unknown
                "  state TEXT NOT NULL," // Calls::apiName()
                "  customer_number TEXT NOT NULL DEFAULT '',"
                "  at_number TEXT NOT NULL DEFAULT '',"
                "  agent TEXT NOT NULL DEFAULT ''," // username; '' while unassigned
                "  created_at INTEGER NOT NULL,"
                "  ended_at INTEGER,"
                "  updated_at INTEGER NOT NULL,"
                "  duration_seconds INTEGER,"
                "  cost_amount TEXT NOT NULL DEFAULT ''," // exactly as AT sent it
                "  currency_code TEXT NOT NULL DEFAULT '',"
                "  data TEXT NOT NULL)"_s, // the whole call, as JSON
                u"CREATE INDEX calls_by_created ON calls(created_at)"_s,
                u"CREATE INDEX calls_by_agent ON calls(agent, created_at)"_s,
                u"CREATE INDEX calls_by_customer ON calls(customer_number, created_at)"_s,
                // History's number search matches on the number's last seven digits.
                u"CREATE INDEX calls_by_customer_tail ON calls(substr(customer_number, -7), created_at)"_s,
                u"CREATE INDEX calls_live ON calls(created_at) WHERE ended_at IS NULL"_s,
                u"CREATE TABLE callback_log (" // every webhook body, verbatim
                "  id INTEGER PRIMARY KEY,"
                "  session_id TEXT NOT NULL DEFAULT '',"
                "  received_at INTEGER NOT NULL,"
                "  remote_address TEXT NOT NULL DEFAULT '',"
                "  body BLOB NOT NULL,"
                "  outcome TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE INDEX callback_log_by_session ON callback_log(session_id, id)"_s,
                u"CREATE TABLE events (" // the live stream, replayable
                "  seq INTEGER PRIMARY KEY AUTOINCREMENT," // never reused, even after pruning
                "  type TEXT NOT NULL,"
                "  session_id TEXT NOT NULL DEFAULT '',"
                "  agent TEXT NOT NULL DEFAULT ''," // who may see it: usernames, comma-separated
                "  payload TEXT NOT NULL,"
                "  created_at INTEGER NOT NULL)"_s,
                u"CREATE TABLE audit_log ("
                "  id INTEGER PRIMARY KEY,"
                "  at INTEGER NOT NULL,"
                "  actor TEXT NOT NULL DEFAULT '',"
                "  action TEXT NOT NULL,"
                "  target TEXT NOT NULL DEFAULT '',"
                "  detail TEXT NOT NULL DEFAULT '',"
                "  remote_address TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE INDEX audit_by_at ON audit_log(at)"_s,
            }},
        // Write-behind (core/hub/calljournal.h): the events table is the durable record of each
        // call's newest state, and the calls table catches up in batches. Appends at a table's
        // end cost one page per batch; these two indexes cost a random page per callback.
        {2,
            {
                u"DROP INDEX callback_log_by_session"_s, // the raw log is read rarely, by support
                u"DROP INDEX calls_by_customer"_s, // calls_by_customer_tail serves the search
                u"CREATE TABLE meta ("
                "  key TEXT PRIMARY KEY NOT NULL,"
                "  value INTEGER NOT NULL) WITHOUT ROWID"_s,
            }},
        // Call analytics (core/analytics): what each ended call adds, and its sums per hour and
        // per day, kept in the write-behind's transaction (core/analytics/callrollups.h). A
        // GROUP BY over a million calls takes about a second here (docs/performance.md); these
        // answer in milliseconds.
        {3,
            {
                // One row per rolled-up call: its membership (a call is summed once, and a late
                // change such as a cost is applied as a difference) and the source of the sums
                // for the minutes at either end of a range. Clustered by time: a range is one
                // sequential read.
                u"CREATE TABLE analytics_calls ("
                "  created_at INTEGER NOT NULL,"
                "  session_id TEXT NOT NULL,"
                "  agent TEXT NOT NULL,"
                "  direction TEXT NOT NULL,"
                "  outcome TEXT NOT NULL," // the final state
                "  answered INTEGER NOT NULL,"
                "  duration_seconds INTEGER," // answered calls whose duration AT sent
                "  talk_seconds INTEGER NOT NULL,"
                "  handle_seconds INTEGER NOT NULL,"
                "  answer_wait_ms INTEGER," // answered inbound calls
                "  currency TEXT NOT NULL," // '' when the call has no readable cost
                "  cost_units INTEGER NOT NULL," // exact: units + nanos/1e9 + attos/1e18
                "  cost_nanos INTEGER NOT NULL,"
                "  cost_attos INTEGER NOT NULL,"
                "  PRIMARY KEY (created_at, session_id)) WITHOUT ROWID"_s,
                u"CREATE UNIQUE INDEX analytics_calls_by_session ON analytics_calls(session_id)"_s,
                // The sums, per hour and per day (UTC), per agent and for everyone. Hours and
                // days start at whole hours and days since the epoch, in milliseconds. Each
                // outcome (final state) is a column, not a key: five times fewer rows to add up.
                u"CREATE TABLE analytics_hours ("
                "  start INTEGER NOT NULL, agent TEXT NOT NULL, direction TEXT NOT NULL,"
                "  currency TEXT NOT NULL,"
                "  calls INTEGER NOT NULL, answered INTEGER NOT NULL,"
                "  completed INTEGER NOT NULL, no_answer INTEGER NOT NULL, busy INTEGER NOT NULL,"
                "  failed INTEGER NOT NULL, rejected INTEGER NOT NULL,"
                "  transferred INTEGER NOT NULL,"
                "  talk_seconds INTEGER NOT NULL, handle_seconds INTEGER NOT NULL,"
                "  answer_wait_ms INTEGER NOT NULL, answer_waits INTEGER NOT NULL,"
                "  cost_units INTEGER NOT NULL, cost_nanos INTEGER NOT NULL,"
                "  cost_attos INTEGER NOT NULL,"
                "  PRIMARY KEY (start, agent, direction, currency)) WITHOUT ROWID"_s,
                u"CREATE INDEX analytics_hours_by_agent ON analytics_hours(agent, start)"_s,
                u"CREATE TABLE analytics_days ("
                "  start INTEGER NOT NULL, agent TEXT NOT NULL, direction TEXT NOT NULL,"
                "  currency TEXT NOT NULL,"
                "  calls INTEGER NOT NULL, answered INTEGER NOT NULL,"
                "  completed INTEGER NOT NULL, no_answer INTEGER NOT NULL, busy INTEGER NOT NULL,"
                "  failed INTEGER NOT NULL, rejected INTEGER NOT NULL,"
                "  transferred INTEGER NOT NULL,"
                "  talk_seconds INTEGER NOT NULL, handle_seconds INTEGER NOT NULL,"
                "  answer_wait_ms INTEGER NOT NULL, answer_waits INTEGER NOT NULL,"
                "  cost_units INTEGER NOT NULL, cost_nanos INTEGER NOT NULL,"
                "  cost_attos INTEGER NOT NULL,"
                "  PRIMARY KEY (start, agent, direction, currency)) WITHOUT ROWID"_s,
                u"CREATE INDEX analytics_days_by_agent ON analytics_days(agent, start)"_s,
                u"CREATE TABLE analytics_hours_all ("
                "  start INTEGER NOT NULL, direction TEXT NOT NULL, currency TEXT NOT NULL,"
                "  calls INTEGER NOT NULL, answered INTEGER NOT NULL,"
                "  completed INTEGER NOT NULL, no_answer INTEGER NOT NULL, busy INTEGER NOT NULL,"
                "  failed INTEGER NOT NULL, rejected INTEGER NOT NULL,"
                "  transferred INTEGER NOT NULL,"
                "  talk_seconds INTEGER NOT NULL, handle_seconds INTEGER NOT NULL,"
                "  answer_wait_ms INTEGER NOT NULL, answer_waits INTEGER NOT NULL,"
                "  cost_units INTEGER NOT NULL, cost_nanos INTEGER NOT NULL,"
                "  cost_attos INTEGER NOT NULL,"
                "  PRIMARY KEY (start, direction, currency)) WITHOUT ROWID"_s,
                u"CREATE TABLE analytics_days_all ("
                "  start INTEGER NOT NULL, direction TEXT NOT NULL, currency TEXT NOT NULL,"
                "  calls INTEGER NOT NULL, answered INTEGER NOT NULL,"
                "  completed INTEGER NOT NULL, no_answer INTEGER NOT NULL, busy INTEGER NOT NULL,"
                "  failed INTEGER NOT NULL, rejected INTEGER NOT NULL,"
                "  transferred INTEGER NOT NULL,"
                "  talk_seconds INTEGER NOT NULL, handle_seconds INTEGER NOT NULL,"
                "  answer_wait_ms INTEGER NOT NULL, answer_waits INTEGER NOT NULL,"
                "  cost_units INTEGER NOT NULL, cost_nanos INTEGER NOT NULL,"
                "  cost_attos INTEGER NOT NULL,"
                "  PRIMARY KEY (start, direction, currency)) WITHOUT ROWID"_s,
                // Answered calls' durations per (day, agent): an encoded per-second histogram
                // (core/analytics/durationhistogram.h). A rowid table keeps the blobs in-page.
                u"CREATE TABLE analytics_durations ("
                "  start INTEGER NOT NULL, agent TEXT NOT NULL,"
                "  histogram BLOB NOT NULL,"
                "  UNIQUE (start, agent))"_s,
                u"CREATE INDEX analytics_durations_by_agent ON analytics_durations(agent, start)"_s,
                // The calls already stored are summed at the hub's next start, in chunks
                // (Analytics::CallRollups::buildPending), which then clears this.
                u"INSERT INTO meta (key, value) VALUES ('analytics_build_pending', 1)"
                " ON CONFLICT (key) DO UPDATE SET value = 1"_s,
            }},
        // Call recordings (core/recordings): AT's file, the local copy and its checksum, and
        // who deleted it.
        {4,
            {
                u"CREATE TABLE recordings ("
                "  session_id TEXT PRIMARY KEY NOT NULL,"
                "  source_url TEXT NOT NULL DEFAULT ''," // AT's recordingUrl
                "  state TEXT NOT NULL CHECK (state IN"
                "    ('remote', 'downloading', 'local', 'failed', 'deleted')),"
                "  local_path TEXT NOT NULL DEFAULT ''," // a file name in <dataDir>/recordings
                "  bytes INTEGER NOT NULL DEFAULT 0,"
                "  sha256 TEXT NOT NULL DEFAULT ''," // lower-case hex
                "  attempts INTEGER NOT NULL DEFAULT 0,"
                "  last_error TEXT NOT NULL DEFAULT '',"
                "  downloaded_at INTEGER,"
                "  deleted_at INTEGER,"
                "  deleted_by TEXT NOT NULL DEFAULT '')"_s,
                // The retention sweep: local copies by age.
                u"CREATE INDEX recordings_local_by_age ON recordings(downloaded_at)"
                " WHERE state = 'local'"_s,
            }},
        // Agent states (core/hub/agentstate.h): each agent's current state, kept across a
        // restart, and a log of stretches of time in one state for the analytics. A stretch ends
        // (ended_at) where the next begins; the open one has none.
        {5,
            {
                u"CREATE TABLE agent_states ("
                "  username TEXT PRIMARY KEY NOT NULL,"
                "  state TEXT NOT NULL," // what everyone sees: available, busy, away, ...
                "  reason TEXT NOT NULL DEFAULT ''," // away's reason
                "  since INTEGER NOT NULL,"
                "  chosen TEXT NOT NULL," // what the agent chose: offline, available or away
                "  chosen_reason TEXT NOT NULL DEFAULT '',"
                "  after_call_work_ends INTEGER,"
                "  on_call INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s,
                u"CREATE TABLE agent_state_log ("
                "  id INTEGER PRIMARY KEY,"
                "  username TEXT NOT NULL,"
                "  state TEXT NOT NULL,"
                "  reason TEXT NOT NULL DEFAULT '',"
                "  started_at INTEGER NOT NULL,"
                "  ended_at INTEGER)"_s,
                // A range of the analytics: the stretches that began before its end.
                u"CREATE INDEX agent_state_log_by_start ON agent_state_log(started_at)"_s,
                u"CREATE INDEX agent_state_log_open ON agent_state_log(username)"
                " WHERE ended_at IS NULL"_s,
            }},
        // Wrap-up (core/hub/callwrapup.cpp): the call's disposition, copied out of `data` (which
        // holds the whole wrap-up) so history can filter on it. Case-insensitive, as the API is.
        {6,
            {
                u"ALTER TABLE calls ADD COLUMN disposition TEXT NOT NULL DEFAULT ''"
                " COLLATE NOCASE"_s,
                u"CREATE INDEX calls_by_disposition ON calls(disposition, created_at)"
                " WHERE disposition <> ''"_s,
            }},
        // Time in each agent state, summed per UTC hour and per UTC day as each stretch of the
        // log closes (Storage::AgentStateSums), so agent-performance adds up a few thousand sums
        // rather than every stretch of its range (millions over a quarter). The log by agent
        // serves a range's ends, agent by agent: the stretches that began there and the one
        // each agent was in when it began; it replaces the index by start. The sums of the
        // stretches already closed are built here, each cut at the hours it spans.
        {7,
            {
                u"CREATE TABLE agent_state_hours ("
                "  start INTEGER NOT NULL, username TEXT NOT NULL, state TEXT NOT NULL,"
                "  ms INTEGER NOT NULL,"
                "  PRIMARY KEY (start, username, state)) WITHOUT ROWID"_s,
                u"CREATE TABLE agent_state_days ("
                "  start INTEGER NOT NULL, username TEXT NOT NULL, state TEXT NOT NULL,"
                "  ms INTEGER NOT NULL,"
                "  PRIMARY KEY (start, username, state)) WITHOUT ROWID"_s,
                u"CREATE INDEX agent_state_log_by_agent ON agent_state_log(username, started_at)"_s,
                u"DROP INDEX agent_state_log_by_start"_s,
                u"WITH RECURSIVE pieces(username, state, piece_start, stretch_end) AS ("
                "  SELECT username, state, started_at, ended_at FROM agent_state_log"
                "    WHERE ended_at > started_at"
                "  UNION ALL"
                "  SELECT username, state, (piece_start / 3600000 + 1) * 3600000, stretch_end"
                "    FROM pieces WHERE (piece_start / 3600000 + 1) * 3600000 < stretch_end)"
                " INSERT INTO agent_state_hours (start, username, state, ms)"
                " SELECT piece_start / 3600000 * 3600000, username, state,"
                "   SUM(MIN(stretch_end, (piece_start / 3600000 + 1) * 3600000) - piece_start)"
                " FROM pieces GROUP BY 1, 2, 3"_s,
                u"INSERT INTO agent_state_days (start, username, state, ms)"
                " SELECT start / 86400000 * 86400000, username, state, SUM(ms)"
                " FROM agent_state_hours GROUP BY 1, 2, 3"_s,
            }},
    };
    return all;
}

} // namespace Storage
