#!/bin/sh
# Usage: run-with-private-keyring.sh PROGRAM [ARGS...]
#
# Runs PROGRAM against a real Secret Service that belongs to this run alone: a private D-Bus
# session (dbus-run-session) with gnome-keyring-daemon started in it and its login keyring
# unlocked. Nothing reaches the user's own session or keyring, provided HOME and XDG_* point at
# a private folder (tests/core/secrets/CMakeLists.txt sets them). When PROGRAM ends, the bus
# and the keyring daemon end with it.
#
# Inside, SIMU_TEST_KEYCHAIN=private-secret-service tells the test it may write to the keychain.
# Needs the packages dbus, gnome-keyring and libsecret-1-0 (scripts/install-deps.sh).
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 PROGRAM [ARGS...]" >&2
    exit 2
fi

if [ "${SIMU_PRIVATE_KEYRING_INNER:-}" != 1 ]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "error: $tool is missing; run scripts/install-deps.sh (dbus, gnome-keyring)" >&2
            exit 1
        fi
    done
    export SIMU_PRIVATE_KEYRING_INNER=1
    exec dbus-run-session -- sh "$0" "$@"
fi

# Inside the private session. The keyring password only protects this throw-away keyring.
if ! printf '%s' simu-test-keyring \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
    echo "error: gnome-keyring-daemon could not start an unlocked keyring" >&2
    exit 1
fi

# --unlock returns a moment before the daemon owns org.freedesktop.secrets on the bus. A test
# that asked in between would make the bus start a second daemon from its .service file, so
# wait (at most 5 s) until the name is taken.
secret_service_is_up() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'
}
tries=0
until secret_service_is_up; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
        echo "error: gnome-keyring-daemon never offered the Secret Service on the bus" >&2
        exit 1
    fi
    sleep 0.05
done

SIMU_TEST_KEYCHAIN=private-secret-service "$@"
status=$?

# Stop the keyring daemon now rather than trusting it to notice the bus going away, so no
# test run leaves a gnome-keyring-daemon behind. Only this session's daemon is asked for.
keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
    string:org.freedesktop.secrets 2>/dev/null | awk '/uint32/ { print $2 }')
if [ -n "$keyring_pid" ]; then
    kill "$keyring_pid" 2>/dev/null
fi

exit "$status"
