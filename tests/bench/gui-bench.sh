#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# The image browser at 100,000 images: first page, all rows, peak RSS, filter keystrokes, sorting.
#   tests/bench/gui-bench.sh [--images N] [--strict] [--load-only] [BUILD_DIR]
# Runs bench_gui from BUILD_DIR (default build/release, else build/ci) under Xvfb when it is
# installed (a real X server draws the table), else on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/../.."
args=()
build=""
while [ $# -gt 0 ]; do
    case "$1" in
        --images) args+=(--images "$2"); shift 2 ;;
        --strict) args+=(--strict); shift ;;
        --load-only) args+=(--load-only); shift ;;
        *) build="$1"; shift ;;
    esac
done
if [ -z "$build" ]; then
    for candidate in build/release build/ci build/dev; do
        if [ -x "$candidate/bin/bench_gui" ]; then build="$candidate"; break; fi
    done
fi
binary="$build/bin/bench_gui"
if [ ! -x "$binary" ]; then
    echo "gui-bench: no bench_gui in ${build:-build/*}; build first (cmake --workflow --preset ci)" >&2
    exit 2
fi
if command -v xvfb-run >/dev/null && [ -z "${SKYLIGHT_BENCH_OFFSCREEN:-}" ]; then
    exec xvfb-run -a -s '-screen 0 1400x900x24' "$binary" "${args[@]}"
fi
QT_QPA_PLATFORM=offscreen exec "$binary" "${args[@]}"
