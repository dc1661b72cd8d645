#!/usr/bin/env bash
# Makes the .deb with CPack (into a temporary folder, not the build folder),
# checks its control fields and contents, unpacks it into a clean root with
# dpkg -x and starts the unpacked binary offscreen until its window has
# painted.   tests/packaging/check-deb.sh BUILD_DIR VERSION
source "${BASH_SOURCE[0]%/*}/common.sh"
build="$(cd "$1" && pwd)"
version="$2"
need_tool cpack cmake
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool file file
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
make_temp

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB failed"; }
arch="$(dpkg --print-architecture)"
deb="$tmp/out/tidings_${version}_${arch}.deb"
[[ -f "$deb" ]] || fail "no $(basename "$deb"); cpack made: $(ls "$tmp/out")"

field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == tidings ]] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ "$(field Architecture)" == "$arch" ]] || fail "Architecture is '$(field Architecture)'"
for f in Section Maintainer Homepage Description; do
    [[ -n "$(field "$f")" ]] || fail "the control field $f is empty"
done
depends="$(field Depends)"
echo "Depends: $depends"
# dpkg-shlibdeps found the linked libraries; the plugins Qt loads are named.
for p in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 \
    libxml2 libuchardet0 libqt6sql6-sqlite libqt6svg6; do
    grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
done
# Every dependency names a package this machine (which built it) knows.
IFS=',' read -ra deps <<<"$depends"
for d in "${deps[@]}"; do
    name="$(sed -E 's/^ *//; s/[ :(|].*//' <<<"$d")"
    dpkg-query -W "$name" >/dev/null 2>&1 || fail "Depends names $name, which dpkg does not know"
done

dpkg-deb -c "$deb" >"$tmp/contents"
for f in usr/bin/tidings usr/bin/tidings-cli usr/share/applications/org.tidings.Tidings.desktop \
    usr/share/metainfo/org.tidings.Tidings.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.tidings.Tidings.svg \
    usr/share/icons/hicolor/48x48/apps/org.tidings.Tidings.png; do
    grep -q " \./$f\$" "$tmp/contents" || fail "the package lacks /$f"
done

# A clean root: only what the package holds.
dpkg -x "$deb" "$tmp/root"
check_tree "$tmp/root"
tidings="$tmp/root/usr/bin/tidings"
export QT_QPA_PLATFORM=offscreen
[[ "$("$tidings" --version)" == "Tidings $version" ]] || fail "tidings --version says '$("$tidings" --version)'"
"$tmp/root/usr/bin/tidings-cli" --version | grep -qF "$version" || fail "tidings-cli --version lacks $version"
# Offscreen, with a new profile: opens the store, shows the window, quits
# once it has painted. An exit code other than 0 (or a hang) fails.
status=0
timeout 60 "$tidings" --profile "$tmp/profile" --quit-after-paint \
    >"$tmp/run.log" 2>&1 || status=$?
cat "$tmp/run.log"
[[ $status -eq 0 ]] || fail "the unpacked tidings exited with $status"
grep -q '^tidings: window painted: ' "$tmp/run.log" || fail "the unpacked tidings never painted its window"
[[ -f "$tmp/profile/tidings.sqlite" ]] || fail "the unpacked tidings made no database in its profile"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, fields and contents right, started from a clean root"
