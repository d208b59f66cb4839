#!/usr/bin/env bash
# Fails when the committed .ts files are stale (a string was added, changed or removed in the
# code without scripts/update-translations.sh) or when a translation is missing: Swahili and
# French must be complete. Run by ctest as translations_up_to_date.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/translation-sources.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "${TS_FILES[@]}"; do
    fresh="$work/$(basename "$ts")"
    cp "$ts" "$fresh"
    "$LUPDATE" "${LUPDATE_OPTIONS[@]}" "${TRANSLATED_SOURCES[@]}" -ts "$fresh" >/dev/null
    if ! diff -u "$ts" "$fresh" >"$work/diff"; then
        echo "error: $ts is stale: run scripts/update-translations.sh, translate, commit." >&2
        grep '^[-+] *<source>' "$work/diff" | head -20 >&2 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" != "0" ]; then
        echo "error: $ts has $unfinished untranslated strings:" >&2
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -20 >&2 || true
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations up to date and complete: ${TS_FILES[*]}"
exit $status
