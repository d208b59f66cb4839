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
    };
    return all;
}

} // namespace Storage
