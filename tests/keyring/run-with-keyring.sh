#!/bin/sh
# Runs a test against a private Secret Service: its own D-Bus session bus and
# a gnome-keyring-daemon whose files live in a temporary home, so the user's
# own keyring is never touched. Exits 77 (skipped) without those programs.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian: dbus-daemon, gnome-keyring)"
        exit 77
    fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'printf test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
    sh "$@"
