#!/usr/bin/env bash
# Installs the Debian 12 packages Simu needs to build, test and run.
# Works as root or through sudo, and does nothing when everything is already present.
set -euo pipefail

PACKAGES=(
    cmake ninja-build g++ make pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev qt6-multimedia-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libphonenumber-dev libssl-dev
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    xvfb xauth
    dbus gnome-keyring libsecret-1-0
    clang-format curl
    chromium
)

# Node.js runs the web console's browser test (tests/web); a machine that already has node
# (a newer one from elsewhere, say) keeps it. Debian's nodejs 18 is new enough.
if ! command -v node >/dev/null 2>&1; then
    PACKAGES+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
    PACKAGES+=(npm)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
        exit 1
    fi

    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The browser test's npm packages (playwright-core, pinned in tests/web/package-lock.json; it
# drives the chromium above and downloads no browser of its own). Installed only when
# node_modules is missing or older than the lock file, so `make test` stays offline and fast.
WEB_TEST_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/web"
if [ -f "$WEB_TEST_DIR/package-lock.json" ] \
    && { [ ! -d "$WEB_TEST_DIR/node_modules" ] \
        || [ "$WEB_TEST_DIR/package-lock.json" -nt "$WEB_TEST_DIR/node_modules" ]; }; then
    echo "Installing the web console test's npm packages: npm ci --prefix tests/web"
    npm ci --prefix "$WEB_TEST_DIR" --no-audit --no-fund
    touch "$WEB_TEST_DIR/node_modules"
fi
