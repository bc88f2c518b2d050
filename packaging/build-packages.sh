#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Builds the release preset and makes the installers of this platform with CPack:
# DEB, RPM and TGZ on Linux (NSIS on Windows and DragNDrop on macOS: see the README).
#   packaging/build-packages.sh [GENERATOR...]     # default: the platform's generators
# The packages land in build/release/packages/.
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022 # lintian checks the permissions of what the package holds
for tool in cmake cpack; do
    command -v "$tool" >/dev/null || { echo "build-packages: $tool is missing" >&2; exit 2; }
done
generators=("$@")
if [ ${#generators[@]} -eq 0 ] && [ "$(uname -s)" = Linux ]; then
    generators=(DEB RPM TGZ)
    for tool in dpkg-shlibdeps rpmbuild; do
        command -v "$tool" >/dev/null || {
            echo "build-packages: $tool is missing (packaging/linux/install-deps.sh installs it)" >&2
            exit 2
        }
    done
fi
cmake --preset release
cmake --build --preset release
rm -rf build/release/packages
cd build/release
if [ ${#generators[@]} -eq 0 ]; then
    cpack
else
    cpack -G "$(IFS=';'; echo "${generators[*]}")"
fi
ls -l packages/*.*
