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
    clang-format curl
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

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
