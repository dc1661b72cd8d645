#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Tidings: installs the missing apt
# packages (as root, or through sudo), then configures and builds into build/.
# Safe to run again: it installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-translations-l10n
    libxml2-dev libgl-dev libuchardet-dev zlib1g-dev qtkeychain-qt6-dev
    fonts-dejavu-core librsvg2-bin
)
if [[ "${TIDINGS_SETUP_TEST_TOOLS:-0}" == 1 ]]; then
    PACKAGES+=(xvfb xauth imagemagick desktop-file-utils appstream clang clang-format clang-tidy
        dbus-daemon gnome-keyring dpkg-dev file python3
        php-cli php-cgi php-pgsql php-curl php-intl php-mbstring php-xml postgresql-15 curl)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# tt-rss for the sync tests (scripts/ttrss-server.sh): after php-cgi, which keeps
# Apache out; dbconfig-no-thanks keeps it from asking for a database.
if [[ "${TIDINGS_SETUP_TEST_TOOLS:-0}" == 1 ]] &&
    ! dpkg-query -W -f='${Status}' tt-rss 2>/dev/null | grep -q "install ok installed"; then
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends tt-rss dbconfig-no-thanks
fi

BUILD_DIR="${TIDINGS_BUILD_DIR:-build}"
# Only options that were asked for are passed, so running the app after the
# tests (or the other way round) reuses the build instead of redoing it.
options=()
[[ -n "${TIDINGS_WERROR:-}" ]] && options+=(-DTIDINGS_WERROR="$TIDINGS_WERROR")
[[ -n "${TIDINGS_BUILD_TYPE:-}" ]] && options+=(-DCMAKE_BUILD_TYPE="$TIDINGS_BUILD_TYPE")
[[ -n "${TIDINGS_SANITIZE:-}" ]] && options+=(-DTIDINGS_SANITIZE="$TIDINGS_SANITIZE")
[[ -n "${TIDINGS_BUILD_BENCHMARKS:-}" ]] && options+=(-DTIDINGS_BUILD_BENCHMARKS="$TIDINGS_BUILD_BENCHMARKS")
[[ -n "${TIDINGS_COMPILER_LAUNCHER:-}" ]] && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$TIDINGS_COMPILER_LAUNCHER")
cmake -S . -B "$BUILD_DIR" -G Ninja "${options[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
