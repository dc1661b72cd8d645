# Shared by the packaging checks (sourced). A missing tool skips the check
# (exit 77, ctest's SKIP_RETURN_CODE) on a developer's machine and fails it
# when CI is set, like the corpus tests: CI always has the tools
# (scripts/setup.sh installs them with the test tools).
set -euo pipefail

need_tool() { # need_tool COMMAND PACKAGE
    command -v "$1" >/dev/null && return 0
    if [[ -n "${CI:-}" ]]; then
        echo "FAIL: $1 is missing (apt-get install $2), and CI always has it" >&2
        exit 1
    fi
    echo "SKIP: $1 is missing (apt-get install $2)"
    exit 77
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A temporary folder removed on exit.
make_temp() {
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/tidings-packaging.XXXXXX")"
    trap 'rm -rf "$tmp"' EXIT
}

# Width and height of a PNG, from its IHDR chunk ("W H").
png_size() {
    local w h
    w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    echo "$w $h"
}

# Checks the installed tree under ROOT (installed with the prefix ROOT/usr):
# exactly the expected files, the desktop entry and the metainfo valid and
# saying what they must (also as a whole tree), the icons at their sizes.
check_tree() { # check_tree ROOT
    local top="$1" root="$1/usr" id=org.tidings.Tidings
    local expected=(
        bin/tidings
        bin/tidings-cli
        "share/applications/$id.desktop"
        "share/metainfo/$id.metainfo.xml"
        "share/icons/hicolor/scalable/apps/$id.svg"
        share/doc/tidings/copyright
    )
    local sizes=(16 22 24 32 48 64 128 256) s
    for s in "${sizes[@]}"; do
        expected+=("share/icons/hicolor/${s}x${s}/apps/$id.png")
    done
    local want got
    want="$(printf '%s\n' "${expected[@]}" | sort)"
    got="$(cd "$root" && find . -type f -printf '%P\n' | sort)"
    [[ "$want" == "$got" ]] || fail "installed files differ from the expected ones:
$(diff <(echo "$want") <(echo "$got") || true)"

    local f
    for f in bin/tidings bin/tidings-cli; do
        [[ -x "$root/$f" ]] || fail "$f is not executable"
    done

    local desktop="$root/share/applications/$id.desktop"
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
    grep -qx 'Exec=tidings %U' "$desktop" || fail "the desktop entry does not run 'tidings %U'"
    grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"
    local key value
    for value in Network Feed; do
        grep -q "^Categories=\(.*;\)\?$value;" "$desktop" || fail "Categories lacks $value"
    done
    for value in application/rss+xml application/atom+xml x-scheme-handler/feed; do
        grep -q "^MimeType=\(.*;\)\?$value;" "$desktop" || fail "MimeType lacks $value"
    done

    local metainfo="$root/share/metainfo/$id.metainfo.xml"
    appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli rejects $metainfo"
    appstreamcli validate-tree --no-net --strict "$top" || fail "appstreamcli validate-tree rejects $top"
    for key in "<launchable type=\"desktop-id\">$id.desktop</launchable>" '<screenshot type="default">' \
        '<caption>' '<release version=' '<description>' '<url type="homepage">'; do
        grep -qF "$key" "$metainfo" || fail "the metainfo lacks $key"
    done

    for s in "${sizes[@]}"; do
        f="$root/share/icons/hicolor/${s}x${s}/apps/$id.png"
        [[ "$(png_size "$f")" == "$s $s" ]] || fail "$f is $(png_size "$f"), not $s x $s"
    done
    grep -q '<svg' "$root/share/icons/hicolor/scalable/apps/$id.svg" || fail "the scalable icon is not an SVG"
    echo "installed tree under $root: ${#expected[@]} files as expected, desktop entry and metainfo valid"
}
