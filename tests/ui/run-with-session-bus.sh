#!/bin/sh
# Runs a test on a private D-Bus session bus of its own (dbus-run-session),
# so nothing reaches the desktop's. Exits 77 (skipped) without it.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "SKIP: dbus-run-session is not installed (Debian: dbus-daemon)"
    exit 77
fi
exec dbus-run-session -- "$@"
