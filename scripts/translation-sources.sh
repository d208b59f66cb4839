# Sourced by update-translations.sh and check-translations.sh: the one list of what lupdate
# reads, so the update and the staleness check can never disagree. Relative to the repository.
TRANSLATED_SOURCES=(ui app/simu core/phone core/client core/secrets)
TS_FILES=(translations/simu_sw.ts translations/simu_fr.ts)
LUPDATE_OPTIONS=(-extensions cpp,h -no-obsolete -locations none -silent)
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
[ -x "$LUPDATE" ] || LUPDATE=/usr/lib/qt6/bin/lupdate
