#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says.
# `scripts/check-format.sh --fix` formats them in place.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
clang_format="${CLANG_FORMAT:-clang-format}"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app tests -name '*.cpp' -o -name '*.h')
if [[ "${1:-}" == "--fix" ]]; then
    "$clang_format" -i "${files[@]}"
    exit 0
fi
bad=0
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: scripts/check-format.sh --fix)"
        bad=1
    fi
done
((bad == 0)) && echo "all ${#files[@]} C++ files are formatted"
exit $bad
