#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Listing benchmark (issue 14): a Glance v2 image service with 100,000 generated images (the GUI
# benchmark's LargeCloud, served by `bench_gui --serve N` in a process of its own), listed page by
# page (1,000 images a page, the server's maximum) by
#   - curl, following `next` with jq (the floor: fetching the same pages, nothing printed),
#   - skylight-cli list --all as a table and with -f json,
#   - openstack image list (python3-openstackclient, with the admin_token auth type: no Keystone),
# and one image shown by skylight-cli show and by curl. Prints the wall time and the peak RSS of
# each (GNU time: %e %M), the median of N runs, then Skylight's figures against the targets:
#   - list --all, table and json: peak RSS < 64 MB, and <= 1.5x the time of curl;
#   - show: <= 5x the time of curl.
# A benchmark, not a test: it prints figures and exits 0 unless a tool fails (1 with --strict when
# a target is missed).
#
#   tests/bench/list-bench.sh [--images 100000] [--runs 3] [--build DIR] [--strict]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
images=100000
runs=3
build=""
strict=0
while [ $# -gt 0 ]; do
    case "$1" in
        --images) images=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --strict) strict=1; shift ;;
        *) echo "usage: $0 [--images 100000] [--runs 3] [--build DIR] [--strict]" >&2; exit 2 ;;
    esac
done
if [ -z "$build" ]; then
    for candidate in build/release build/ci build/dev; do
        if [ -x "$root/$candidate/bin/skylight-cli" ] && [ -x "$root/$candidate/bin/bench_gui" ]; then
            build=$root/$candidate; break
        fi
    done
fi
cli=$build/bin/skylight-cli
server=$build/bin/bench_gui
if [ ! -x "$cli" ] || [ ! -x "$server" ]; then
    echo "list-bench: no skylight-cli and bench_gui in ${build:-build/*}; build them first, e.g." >&2
    echo "  cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DSKYLIGHT_BUILD_TESTS=ON" >&2
    echo "  cmake --build build/release --target skylight-cli bench_gui" >&2
    exit 2
fi
for tool in curl jq /usr/bin/time bc; do
    command -v "$tool" >/dev/null || { echo "list-bench: $tool is missing" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/skylight-list-bench.XXXXXX")
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "Generating and serving $images images..."
QT_QPA_PLATFORM=offscreen "$server" --serve "$images" > "$work/port" &
server_pid=$!
for _ in $(seq 600); do
    [ -s "$work/port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { echo "list-bench: the server did not start" >&2; exit 1; }
    sleep 0.1
done
port=$(head -n 1 "$work/port")
base="http://127.0.0.1:$port"
export OS_TOKEN=bench-token
first_id=$(curl -sf "$base/v2/images?limit=1" | jq -r '.images[0].id')

# The same pages as the CLI asks for, one curl per page, `next` read with jq.
cat > "$work/curl-list.sh" <<SH
#!/usr/bin/env bash
set -euo pipefail
url="$base/v2/images?limit=1000"
pages=0
while [ -n "\$url" ]; do
    curl -sf -H "X-Auth-Token: \$OS_TOKEN" -o "$work/page.json" "\$url"
    pages=\$((pages + 1))
    next=\$(jq -r '.next // empty' "$work/page.json")
    url=\${next:+$base\$next}
done
echo "\$pages pages" >&2
SH
chmod +x "$work/curl-list.sh"

declare -A wall rss
# measure KEY COMMAND...: the median wall time and the highest peak RSS (kB) of $runs runs; output
# to $work/KEY.out (counted afterwards).
measure() {
    local key=$1; shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$key.out" 2>"$work/$key.err"; then
            echo "list-bench: $key failed:" >&2; tail -n 5 "$work/$key.err" >&2; tail -n 2 "$work/time" >&2
            return 1
        fi
        read -r seconds kb < <(tail -n 1 "$work/time")
        times+=("$seconds")
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    wall[$key]=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    rss[$key]=$peak
}

echo "Listing $images images, 1,000 a page, median of $runs runs..."
measure curl "$work/curl-list.sh"
measure table "$cli" --endpoint "$base" --api glance-v2 list --all --limit 1000
measure json "$cli" --endpoint "$base" --api glance-v2 list --all --limit 1000 -f json
rows_table=$(($(wc -l < "$work/table.out") - 2))
rows_json=$(jq length "$work/json.out")
echo "  skylight-cli printed $rows_table table rows and $rows_json JSON objects"

# openstack image list without Keystone: the admin_token auth type takes the endpoint (the
# image API's, with /v2) and the token as given. Without --limit it follows every `next` (the
# bench server then sends its largest pages, 1,000 images, as to the others).
osc=""
if command -v openstack >/dev/null; then
    if measure osc openstack --os-auth-type admin_token --os-endpoint "$base/v2" --os-token "$OS_TOKEN" \
        image list -f value -c ID; then
        osc=$(wc -l < "$work/osc.out")
        echo "  openstack image list printed $osc rows"
    else
        echo "  openstack image list could not be run here without Keystone (see above)"
    fi
else
    echo "  openstack (python3-openstackclient) is not installed: skipped"
fi

echo "Showing one image, median of $((runs * 3)) runs..."
runs=$((runs * 3))
measure curlshow curl -sf -H "X-Auth-Token: $OS_TOKEN" "$base/v2/images/$first_id"
measure show "$cli" --endpoint "$base" --api glance-v2 show "$first_id"
measure showjson "$cli" --endpoint "$base" --api glance-v2 show "$first_id" -f json

mb() { echo "$1 / 1024" | bc -l; }
ratio() { echo "$1 / $2" | bc -l; }
printf '\n%-40s %9s %11s %8s\n' "tool ($images images)" "time" "peak RSS" "ratio"
row() { printf '%-40s %7.2f s %8.1f MB %7.2fx\n' "$1" "${wall[$2]}" "$(mb "${rss[$2]}")" "$(ratio "${wall[$2]}" "${wall[$3]}")"; }
row "curl + jq, following next" curl curl
row "skylight-cli list --all" table curl
row "skylight-cli list --all -f json" json curl
if [ -n "$osc" ]; then row "openstack image list" osc curl; else printf '%-40s %s\n' "openstack image list" "not run"; fi
row "curl (one image)" curlshow curlshow
row "skylight-cli show" show curlshow
row "skylight-cli show -f json" showjson curlshow

missed=0
target() { # TEXT VALUE LIMIT UNIT
    local met
    met=$( [ "$(echo "$2 < $3" | bc -l)" = 1 ] && echo met || echo MISSED)
    [ "$met" = met ] || missed=1
    printf 'Target: %-52s %8.2f%-3s (< %s)  %s\n' "$1" "$2" "$4" "$3" "$met"
}
echo
target "list --all peak RSS, table" "$(mb "${rss[table]}")" 64 MB
target "list --all peak RSS, -f json" "$(mb "${rss[json]}")" 64 MB
target "list --all time / curl, table" "$(ratio "${wall[table]}" "${wall[curl]}")" 1.5 x
target "list --all time / curl, -f json" "$(ratio "${wall[json]}" "${wall[curl]}")" 1.5 x
target "show time / curl" "$(ratio "${wall[show]}" "${wall[curlshow]}")" 5 x
[ "$rows_table" = "$images" ] && [ "$rows_json" = "$images" ] || { echo "list-bench: not every image was listed" >&2; exit 1; }
[ "$strict" = 1 ] && [ "$missed" = 1 ] && exit 1
exit 0
