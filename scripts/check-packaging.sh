#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metadata.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
desktop-file-validate "$root/packaging/tidings.desktop"
appstreamcli validate --no-net --strict "$root/packaging/tidings.metainfo.xml"
echo "packaging metadata is valid"
