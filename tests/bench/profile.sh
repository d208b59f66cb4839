#!/usr/bin/env bash
# Profiles the hub under the bench's load with perf (`make bench-profile`): one short webhook
# run and one short fan-out run, sampled on the software clock (virtual machines here have no
# hardware counters), with DWARF call graphs. Writes the hub process's inclusive and self costs
# to <bench dir>/profile/*.txt; the load processes (hubbench-load, hubbench-probe) are left out.
set -euo pipefail

BENCH_DIR=${1:-build-bench}
OUT="$BENCH_DIR/profile"
BIN="$BENCH_DIR/bin/hubbench"

if ! command -v perf >/dev/null 2>&1; then
    echo "perf is not installed (Debian: apt-get install linux-perf)." >&2
    exit 1
fi
[ -x "$BIN" ] || { echo "$BIN is missing: run make bench first." >&2; exit 1; }
mkdir -p "$OUT"

profile() {
    local name=$1
    shift
    perf record -q -e cpu-clock -F 499 --call-graph dwarf,32768 -o "$OUT/$name.data" -- \
        "$BIN" --runs 1 "$@"
    perf report -i "$OUT/$name.data" --comms hubbench --children --sort symbol --stdio \
        -g none --percent-limit 2 2>/dev/null | grep -v '^$' > "$OUT/$name-inclusive.txt"
    perf report -i "$OUT/$name.data" --comms hubbench --no-children --sort dso,symbol --stdio \
        -g none --percent-limit 0.3 2>/dev/null | grep -v '^$' > "$OUT/$name-self.txt"
    perf report -i "$OUT/$name.data" --comms hubbench --no-children --sort dso --stdio \
        -g none 2>/dev/null | grep -v '^$' > "$OUT/$name-by-library.txt"
    echo "== $name: $OUT/$name-inclusive.txt (top 40)"
    grep -v '^#' "$OUT/$name-inclusive.txt" | grep -v '0x0000' | head -40 | cut -c1-160
}

profile webhook --no-fanout --warmup 1 --seconds 6
profile fanout --no-webhook --fanout-seconds 6
