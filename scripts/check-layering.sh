#!/usr/bin/env bash
# Builds each layering probe (tests/layering/CMakeLists.txt) and checks that
# the forbidden includes fail to compile because the header cannot be found,
# and that the controls compile. Also checks the sources for the two ways
# round the include roots: a relative "../" include, and a Qt Gui/Widgets
# header named through its module folder (<QtWidgets/QWidget>) below the UI.
# Usage: check-layering.sh BUILD_DIR probe_NAME:fails|compiles:HEADER ...
set -uo pipefail
build="$1"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
failed=0
for probe in "$@"; do
    target="${probe%%:*}"
    rest="${probe#*:}"
    expect="${rest%%:*}"
    header="${rest#*:}"
    out="$(cmake --build "$build" --target "$target" 2>&1)"
    status=$?
    if [[ $expect == compiles ]]; then
        if ((status == 0)); then
            echo "ok: $target compiles ($header is allowed)"
        else
            echo "FAIL: $target should compile ($header is allowed):"
            echo "$out" | tail -20
            failed=1
        fi
    else
        if ((status != 0)) && grep -q "No such file or directory" <<<"$out"; then
            echo "ok: $target fails: $header is out of reach"
        else
            echo "FAIL: $target should fail for want of $header (exit $status):"
            echo "$out" | tail -20
            failed=1
        fi
    fi
done

cd "$root/app"
below_ui=(base html feeds extract topics net sync storage pipeline cli)
if hits="$(grep -rnE '#include\s*[<"](QtGui|QtWidgets)/' "${below_ui[@]}")"; then
    echo "FAIL: a library below the UI names a Qt Gui or Widgets header:"
    echo "$hits"
    failed=1
else
    echo "ok: no library below the UI names a Qt Gui or Widgets header"
fi
if hits="$(grep -rnE '#include\s*"\.\./' .)"; then
    echo "FAIL: a relative include reaches around the include roots:"
    echo "$hits"
    failed=1
else
    echo "ok: no relative include reaches around the include roots"
fi
exit $failed
