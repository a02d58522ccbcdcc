#!/usr/bin/env bash
# Quick start for a fresh Debian 12 machine, run as root (or with sudo available):
#   bash cmake/quickstart.sh run    build (release) and start the workbench window (demo corpus
#                                   and default database ready; press Train). Without a display
#                                   it runs the command-line twin on the demo corpus instead.
#   bash cmake/quickstart.sh test   build (ci preset) and run the whole test suite
# Each installs the Debian packages it needs first (only those that are missing).
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libqt6opengl6-dev
    libeigen3-dev libsqlite3-dev libicu-dev libhnswlib-dev libcpp-httplib-dev
    xvfb xauth fonts-noto-cjk curl
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
run)
    install_packages
    cmake --preset release
    cmake --build --preset release --parallel "$jobs"
    shift
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec build/release/app/gui/embedding-workbench "$@"
    fi
    echo "No display found: training the demo corpus with the command-line twin (ewb) instead."
    exec build/release/app/cli/ewb train --demo "$@"
    ;;
test)
    install_packages
    CTEST_PARALLEL_LEVEL="$jobs" CMAKE_BUILD_PARALLEL_LEVEL="$jobs" cmake --workflow --preset ci
    ;;
*)
    echo "usage: bash cmake/quickstart.sh run|test" >&2
    exit 64
    ;;
esac
