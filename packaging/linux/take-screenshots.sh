#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Renders Skylight on its demo cloud under Xvfb to resources/screenshots/ (skylight --screenshots):
# the main window, each details tab, the Sharing tab with the members of the demo's shared image,
# the Cloud information dock (stores, import methods, quotas), an unsafe image's Contents, the
# downloads panel, the community images (visibility scope) and the first-run page.
# Needs a build (cmake --preset release && cmake --build --preset release) and xvfb.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-build/release/bin/skylight}"
out=resources/screenshots
mkdir -p "$out"
# CJK and Cyrillic names of the demo cloud need a font that has them.
if ! dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q "install ok installed"; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends fonts-wqy-microhei xvfb xauth
fi
xvfb-run -a -s "-screen 0 1400x900x24" "$binary" --demo --screenshots "$out"
ls "$out"/*.png
