#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over every source of app/ with
# the build's compile_commands.json, and fails on any finding.
#   scripts/check-tidy.sh [BUILD_DIR] [FILE_REGEX]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
filter="${2:-$root/app/.*\\.cpp$}"
if ! command -v run-clang-tidy >/dev/null; then
    echo "check-tidy: run-clang-tidy is missing (apt-get install clang-tidy)" >&2
    exit 2
fi
[[ -f "$build/compile_commands.json" ]] || { echo "check-tidy: no $build/compile_commands.json" >&2; exit 2; }
log="$(mktemp)"
db="$(mktemp -d)"
trap 'rm -rf "$log" "$db"' EXIT
# The build's compile commands without its precompiled header: clang cannot
# read gcc's, and each source is checked on what it includes itself.
python3 - "$build/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, re, sys
pch = re.compile(r" -Winvalid-pch| (-Xclang )?-include(-pch)? (-Xclang )?\S*cmake_pch\.hxx(\.pch|\.gch)?(?= |$)")
entries = json.load(open(sys.argv[1]))
for entry in entries:
    entry["command"] = pch.sub("", entry["command"])
json.dump(entries, open(sys.argv[2], "w"), indent=1)
PY
if run-clang-tidy -p "$db" -quiet -j "$(nproc)" "$filter" >"$log" 2>&1; then
    echo "clang-tidy: no findings in $(grep -c '"file"' "$build/compile_commands.json") compiled files' app sources"
    exit 0
fi
grep -E 'warning:|error:' "$log" | sort -u
echo "clang-tidy found the problems above (checks in .clang-tidy)"
exit 1
