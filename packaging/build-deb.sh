#!/usr/bin/env bash
# Builds Tidings and makes its .deb: build/tidings_<version>_<arch>.deb.
#   packaging/build-deb.sh [BUILD_DIR]      (default: build, or $TIDINGS_BUILD_DIR)
# A build folder that does not exist yet is set up by scripts/setup.sh
# (Release build, apt packages installed as needed).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-${TIDINGS_BUILD_DIR:-build}}"
if [[ ! -f "$build/CPackConfig.cmake" ]]; then
    TIDINGS_BUILD_DIR="$build" TIDINGS_BUILD_TYPE="${TIDINGS_BUILD_TYPE:-Release}" bash scripts/setup.sh
fi
for tool in dpkg-shlibdeps:dpkg-dev file:file; do
    command -v "${tool%%:*}" >/dev/null || { echo "build-deb: install ${tool#*:} first" >&2; exit 2; }
done
cmake --build "$build" --parallel "$(nproc)"
cd "$build"
cpack -G DEB
ls -1 "$PWD"/tidings_*.deb
