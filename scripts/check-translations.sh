#!/usr/bin/env bash
# Fails when a translations/*.ts file is stale: when running lupdate over the
# sources would change it (a tr() string added, changed or removed without
# updating them). `scripts/check-translations.sh --update` refreshes them in place.
set -euo pipefail
update=0
[[ "${1:-}" == "--update" ]] && update=1
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
stale=0
# Every library's public include root, and the UI's folder root, so lupdate
# resolves the namespaces of the classes it reads; the CLI has no tr() text.
includes=(-I "$root/app/ui")
sources=("$root/app/main.cpp" "$root/app/ui")
for lib in "$root"/app/*/include; do
    includes+=(-I "$lib")
    sources+=("$(dirname "$lib")")
done
for ts in "$root"/translations/tidings_*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    # English is the source language: its file holds only the plural forms.
    plural=()
    [[ "$(basename "$ts")" == tidings_en.ts ]] && plural=(-pluralonly)
    "$lupdate" -silent "${plural[@]}" -no-obsolete -locations none -extensions cpp,h "${includes[@]}" \
        "${sources[@]}" -ts "$copy" >/dev/null 2>&1
    if ! diff -q "$ts" "$copy" >/dev/null; then
        if [[ $update == 1 ]]; then
            cp "$copy" "$ts"
            echo "updated translations/$(basename "$ts")"
            continue
        fi
        echo "stale: translations/$(basename "$ts") (run: scripts/check-translations.sh --update)"
        diff "$ts" "$copy" | head -20
        stale=1
    fi
done
[[ $stale == 0 && $update == 0 ]] && echo "translations are current"
exit $stale
