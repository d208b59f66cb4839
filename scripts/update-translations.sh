#!/usr/bin/env bash
# Brings translations/*.ts up to date with the source code (new strings arrive unfinished,
# removed ones go). Translate the new strings with Qt Linguist (`linguist translations/
# simu_sw.ts`), then commit the .ts files; the build compiles them into the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/translation-sources.sh
"$LUPDATE" "${LUPDATE_OPTIONS[@]}" "${TRANSLATED_SOURCES[@]}" -ts "${TS_FILES[@]}"
for ts in "${TS_FILES[@]}"; do
    echo "$ts: $(grep -c '<source>' "$ts") strings, $(grep -c 'type="unfinished"' "$ts" || true) unfinished"
done
