#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Memory benchmark (issue 14): peak RSS of `skylight-cli list` against answers that are large or
# hostile, each from tests/bench/memory-bench-server.py in its own process on 127.0.0.1:
#   - the largest page the body cap accepts (a valid Glance v2 page of 1 KB images),
#   - one image whose name is 100 MB, a Compute XML page with a 100 MB attribute,
#   - a 200 MB page over the cap (with Content-Length, and chunked without one),
#   - a header that never ends.
# Target: peak RSS at most 2x the largest accepted response body + 64 MB. Prints, per case, the
# peak RSS, the wall time, the exit code and the first line of what the CLI said.
# A benchmark, not a test: it prints figures and exits 0 unless the CLI cannot be run.
#
#   tests/bench/memory-bench.sh [--cli PATH] [--cap-mb 32] [--timeout 10]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=""
cap_mb=32        # TransportOptions::maxBodyBytes
timeout_s=10     # --timeout for the header flood
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli=$2; shift 2 ;;
        --cap-mb) cap_mb=$2; shift 2 ;;
        --timeout) timeout_s=$2; shift 2 ;;
        *) echo "usage: $0 [--cli PATH] [--cap-mb 32] [--timeout 10]" >&2; exit 2 ;;
    esac
done
if [ -z "$cli" ]; then
    for candidate in "$root/build/release/bin/skylight-cli" "$root/build/ci/bin/skylight-cli" "$root/build/dev/bin/skylight-cli"; do
        [ -x "$candidate" ] && { cli=$candidate; break; }
    done
fi
[ -x "$cli" ] || { echo "memory-bench: build skylight-cli first (cmake --build --preset release)" >&2; exit 2; }
for tool in python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "memory-bench: $tool is missing" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/skylight-memory-bench.XXXXXX")
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

largest=$((cap_mb - 1)) # MB: the largest page under the cap
target=$((2 * largest + 64))
printf '%-44s %10s %8s %5s  %s\n' "case" "peak RSS" "time" "exit" "what the CLI said"

# run LABEL MODE MB API PATH [CLI OPTIONS...]
run() {
    local label=$1 mode=$2 mb=$3 api=$4 path=$5
    shift 5
    python3 "$here/memory-bench-server.py" "$mode" "$mb" >"$work/port" &
    server_pid=$!
    local port=""
    for _ in $(seq 1 600); do # generating a large page takes a few seconds
        port=$(head -n1 "$work/port" 2>/dev/null || true)
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "memory-bench: the server for $label did not start" >&2; exit 2; }
    local start end rc=0
    start=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/rss" env OS_TOKEN=bench "$cli" --endpoint "http://127.0.0.1:$port$path" \
        --api "$api" "$@" list >/dev/null 2>"$work/err" || rc=$?
    end=$(date +%s.%N)
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
    local rss_mb said
    rss_mb=$(( $(tail -n1 "$work/rss") / 1024 ))
    said=$( (grep -v '^Command exited' "$work/err" || true) | head -n1 | cut -c1-110)
    printf '%-44s %7s MB %7.1fs %5s  %s\n' "$label" "$rss_mb" "$(echo "$end - $start" | bc)" "$rc" "$said"
    echo "$rss_mb" >"$work/last"
}

run "largest accepted page (${largest} MB)" page "$largest" glance-v2 ""
accepted=$(cat "$work/last")
run "a 100 MB name" name 100 glance-v2 ""
run "Compute XML, a 100 MB attribute" xmlattr 100 compute "/v2/bench"
run "200 MB page over the cap (Content-Length)" over 200 glance-v2 ""
run "200 MB page over the cap (chunked)" overchunked 200 glance-v2 ""
run "header flood (--timeout $timeout_s)" flood 0 glance-v2 "" --timeout "$timeout_s"
echo
echo "Target: peak RSS <= 2 x ${largest} MB + 64 MB = ${target} MB for every case;" \
    "the largest accepted page peaked at ${accepted} MB."
