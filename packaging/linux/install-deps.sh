#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Installs what Skylight needs from the distribution's packages (Debian 12 "bookworm" or newer,
# Ubuntu 24.04 or newer). Idempotent: installs only what is missing; uses sudo only when not root.
#
#   packaging/linux/install-deps.sh           # to build and run
#   packaging/linux/install-deps.sh --tests   # also what the test suite needs
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev qt6-translations-l10n
    libxkbcommon-dev libgl-dev libssl-dev libyaml-cpp-dev
    # the installers (packaging/build-packages.sh)
    dpkg-dev rpm
)
test_packages=(
    xvfb xauth dbus gnome-keyring libsecret-tools
    # checking the installers (tests/package/)
    lintian desktop-file-utils appstream
    # real OpenStack services for the integration tests (tests/peer/)
    glance-api keystone nova-api python3-keystonemiddleware uwsgi-core uwsgi-plugin-python3
    python3-openstackclient python3-glanceclient jq curl iproute2
    # Glance's store that refuses Range requests: OpenStack Swift (tests/peer/start-swift.sh)
    swift swift-proxy swift-account swift-container swift-object python3-swiftclient memcached
    # the download benchmark (tests/bench/): a fast loopback file server and GNU time
    nginx-light time bc openssl
    # the fuzz targets (tests/fuzz/): Clang 19, the first whose C++23 mode has <expected> with g++ 12's
    # library, its sanitizer and libFuzzer runtimes, and llvm-symbolizer for readable reports
    clang-19 libclang-rt-19-dev llvm-19
    # the image inspector's tests (tests/unit/tst_inspector.cpp): real images of every format
    qemu-utils xorriso gdisk
    # Copy as Command (tests/unit/tst_imagecommands.cpp): the lines pasted into the shells users have
    zsh fish
)

wanted=("${build_packages[@]}")
case "${1:-}" in
    --tests) wanted+=("${test_packages[@]}") ;;
    "") ;;
    *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed already."
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
