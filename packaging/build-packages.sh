#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Builds the release preset and makes the installers of this platform with CPack:
# DEB, RPM and TGZ on Linux (NSIS on Windows and DragNDrop on macOS: see the README).
#   packaging/build-packages.sh [GENERATOR...]     # default: the platform's generators
# The packages land in build/release/packages/.
# SKYLIGHT_PACKAGE_BUILD_DIR=DIR packages an optimised build tree that exists already instead (CI's,
# whose tests ran on those very binaries; CPack strips them): the packages land in DIR/packages/.
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
build_dir="${SKYLIGHT_PACKAGE_BUILD_DIR:-}"
if [ -n "$build_dir" ]; then
    [ -f "$build_dir/CMakeCache.txt" ] || { echo "build-packages: $build_dir is not a build tree" >&2; exit 2; }
    case "$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")" in
        Release|RelWithDebInfo|MinSizeRel) ;;
        *) echo "build-packages: $build_dir is not an optimised build" >&2; exit 2 ;;
    esac
    cmake --build "$build_dir"
else
    cmake --preset release
    cmake --build --preset release
    build_dir=build/release
fi
rm -rf "$build_dir/packages"
cd "$build_dir"
if [ ${#generators[@]} -eq 0 ]; then
    cpack
else
    cpack -G "$(IFS=';'; echo "${generators[*]}")"
fi
ls -l packages/*.*
