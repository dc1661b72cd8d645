#!/usr/bin/env bash
# cmake --install into a temporary prefix, then checks what landed there
# (check_tree in common.sh).   tests/packaging/check-install.sh BUILD_DIR
source "${BASH_SOURCE[0]%/*}/common.sh"
build="$1"
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
make_temp
cmake --install "$build" --prefix "$tmp/root/usr" >/dev/null
check_tree "$tmp/root"
