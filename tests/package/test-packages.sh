#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# The Linux installers as a user gets them (CTest package_linux, label "package"):
# packaging/build-packages.sh makes DEB, RPM and TGZ (from SKYLIGHT_PACKAGE_BUILD_DIR when given: CTest
# passes an optimised build tree, CI's, rather than building the release preset again); the .deb passes lintian, its desktop entry
# and AppStream metadata validate, it installs with apt-get (dependencies from the archive), the
# installed apps run (skylight-cli --version and --demo list, skylight --demo stays up under
# Xvfb), and removing it leaves nothing behind; the .rpm holds the same files; the TGZ runs
# from wherever it is unpacked.
# Installs into the system: needs root or passwordless sudo, else exits 77 (skipped).
set -euo pipefail
cd "$(dirname "$0")/../.."
app_id=io.github.skylight.Skylight
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        echo "SKIP: installing the package needs root or passwordless sudo"
        exit 77
    fi
fi
if dpkg-query -W -f='${Status}' skylight 2>/dev/null | grep -q "install ok installed"; then
    fail "a skylight package is already installed here; remove it (apt-get remove skylight) and run again"
fi

tmp=$(mktemp -d)
installed=0
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if [ "$installed" = 1 ]; then
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq skylight >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

step "build the packages (packaging/build-packages.sh)"
packaging/build-packages.sh
packages=$(cd "${SKYLIGHT_PACKAGE_BUILD_DIR:-build/release}" && pwd)/packages
deb=$(ls "$packages"/skylight_"$version"_*.deb)
rpm=$(ls "$packages"/skylight-"$version"-*.rpm)
tgz=$(ls "$packages"/skylight-"$version"-*.tar.gz)

step "lintian: no errors"
lintian --fail-on error --info "$deb" || fail "lintian reports errors in $(basename "$deb")"

step "desktop entry, AppStream metadata and icons, as packaged"
dpkg-deb -x "$deb" "$tmp/deb"
desktop-file-validate "$tmp/deb/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$tmp/deb/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
png_size() { # width x height from the PNG header
    od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}
for size in 16 22 24 32 48 64 128 256; do
    icon="$tmp/deb/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$icon" ] || fail "no ${size} px icon"
    [ "$(png_size "$icon")" = "${size}x${size}" ] || fail "the ${size} px icon is $(png_size "$icon")"
done
[ -f "$tmp/deb/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
for lang in de zh_CN; do
    [ -s "$tmp/deb/usr/share/skylight/translations/skylight_$lang.qm" ] || fail "no $lang catalogue"
done
if grep -rl --binary-files=text "$(pwd)/build" "$tmp/deb/usr/bin" >/dev/null; then
    fail "the executables name the build tree (not relocatable)"
fi

step "apt-get install ./$(basename "$deb")"
(cd "$packages" && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$(basename "$deb")") ||
    fail "apt-get install"
installed=1
dpkg-query -L skylight | sort >"$tmp/installed"

step "run the installed apps (from an empty folder, with an empty home)"
mkdir -p "$tmp/home" "$tmp/work"
cd "$tmp/work"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
[ "$(command -v skylight-cli)" = /usr/bin/skylight-cli ] || fail "skylight-cli is not /usr/bin/skylight-cli"
/usr/bin/skylight-cli --version | tee "$tmp/version"
grep -q "$version" "$tmp/version" || fail "skylight-cli --version does not say $version"
/usr/bin/skylight-cli --demo list >"$tmp/list" || fail "skylight-cli --demo list exited with $?"
head -5 "$tmp/list"
[ "$(wc -l <"$tmp/list")" -gt 10 ] || fail "skylight-cli --demo list listed $(wc -l <"$tmp/list") lines"

step "skylight --demo under Xvfb stays up"
exec 3>"$tmp/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || fail "Xvfb did not start"
DISPLAY=":$(cat "$tmp/display")" QT_QPA_PLATFORM=xcb /usr/bin/skylight --demo >"$tmp/gui.log" 2>&1 &
gui_pid=$!
sleep 6
if ! kill -0 "$gui_pid" 2>/dev/null; then
    cat "$tmp/gui.log"
    wait "$gui_pid" && status=0 || status=$?
    fail "skylight --demo ended within 6 s (exit status $status)"
fi
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
kill "$xvfb_pid"
xvfb_pid=""
echo "skylight --demo ran for 6 s"
cd - >/dev/null

step "apt-get remove --purge: nothing left behind"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq skylight || fail "apt-get remove"
installed=0
if dpkg-query -W -f='${Status}' skylight 2>/dev/null | grep -q "installed"; then
    fail "dpkg still knows skylight"
fi
left=0
while read -r path; do
    case "$path" in
    /usr/share/skylight* | /usr/share/doc/skylight*)
        [ -e "$path" ] && { echo "left behind: $path"; left=1; } ;;
    *)
        [ -f "$path" ] || [ -L "$path" ] && { echo "left behind: $path"; left=1; } ;;
    esac
done <"$tmp/installed"
[ "$left" = 0 ] || fail "files of the package are left after removal"
echo "all $(wc -l <"$tmp/installed") paths gone"

step "rpm -qlp: the same files as the .deb"
rpm -qlvp "$rpm" | awk '$1 ~ /^-/ {print $NF}' | sort >"$tmp/rpm-files"
dpkg-deb -c "$deb" | awk '$1 ~ /^-/ {sub(/^\./, "", $6); print $6}' | sort >"$tmp/deb-files"
cat "$tmp/rpm-files"
diff -u "$tmp/deb-files" "$tmp/rpm-files" || fail "the .rpm and the .deb hold different files"

step "TGZ: runs from wherever it is unpacked"
mkdir -p "$tmp/tgz"
tar -xzf "$tgz" -C "$tmp/tgz"
tree=$(ls -d "$tmp"/tgz/skylight-"$version"-*)
"$tree/bin/skylight-cli" --version | grep -q "$version" || fail "the unpacked skylight-cli"
QT_QPA_PLATFORM=offscreen "$tree/bin/skylight" --lang de --help | grep -q "Die Images" ||
    fail "the unpacked skylight does not find its German catalogue"
[ -s "$tree/share/skylight/translations/skylight_de.qm" ] || fail "the TGZ has no catalogues"

printf '\nThe Linux packages passed: %s\n' "$(cd "$packages" && ls)"
