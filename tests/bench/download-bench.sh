#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Download benchmark: a generated image served from a fast loopback file server (nginx, at a
# Glance-style /v2/images/{id}/file path), over plain http and over https offering HTTP/2 (a
# self-signed certificate made at run time, given to the CLI by --cacert; Skylight fetches image
# data over HTTP/1.1 there, curl --http2 over HTTP/2), and, with --glance, from the real Glance of
# the integration harness (tests/peer/). Prints, per source and tool, the median wall time of N
# runs, the peak RSS, and the ratio to `curl -o`; then Skylight's figures against its targets:
#   - with verification, within 1.25x of `curl -o` followed by `sha512sum` of the same file;
#   - peak RSS below 64 MB, for 1 GiB and 4 GiB alike.
# A benchmark, not a test: it prints figures and exits 0 unless a tool fails.
#
#   tests/bench/download-bench.sh [--size 1G|4G|...] [--runs 5] [--cli PATH] [--glance]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
size=1G
runs=5
cli=""
glance=0
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --cli) cli=$2; shift 2 ;;
        --glance) glance=1; shift ;;
        *) echo "usage: $0 [--size 1G] [--runs 5] [--cli PATH] [--glance]" >&2; exit 2 ;;
    esac
done
if [ -z "$cli" ]; then
    for candidate in "$root/build/release/bin/skylight-cli" "$root/build/ci/bin/skylight-cli" "$root/build/dev/bin/skylight-cli"; do
        [ -x "$candidate" ] && { cli=$candidate; break; }
    done
fi
[ -x "$cli" ] || { echo "download-bench: build skylight-cli first (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
for tool in nginx curl sha512sum /usr/bin/time python3 openssl; do
    command -v "$tool" >/dev/null || { echo "download-bench: $tool is missing (packaging/linux/install-deps.sh --tests)" >&2; exit 2; }
done

bytes=$(numfmt --from=iec "$size")
work=$(mktemp -d "${TMPDIR:-/tmp}/skylight-bench.XXXXXX")
nginx_pid=""
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    if [ "$glance" = 1 ] && [ -f "$work/peer/peer.pids" ]; then PEER_DIR=$work/peer "$root/tests/peer/stop-peer.sh" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/data" "$work/out" "$work/tmp"
chmod 755 "$work" "$work/data" # nginx workers run as another user when started by root
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "Generating a $size image ($bytes bytes)..."
head -c "$bytes" /dev/urandom > "$work/data/bench.img"
sha=$(sha512sum "$work/data/bench.img" | cut -d' ' -f1)
md5=$(md5sum "$work/data/bench.img" | cut -d' ' -f1)
cat > "$work/data/bench.json" <<JSON
{"id": "bench", "name": "bench-image", "status": "active", "size": $bytes, "disk_format": "raw",
 "container_format": "bare", "checksum": "$md5", "os_hash_algo": "sha512", "os_hash_value": "$sha",
 "visibility": "public", "protected": false, "tags": [], "min_disk": 0, "min_ram": 0,
 "created_at": "2026-11-23T00:00:00Z", "updated_at": "2026-11-23T00:00:00Z",
 "self": "/v2/images/bench", "file": "/v2/images/bench/file", "schema": "/v2/schemas/image"}
JSON

port=$(free_port)
tls_port=$(free_port)
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$work/tls.key" -out "$work/tls.pem" 2>/dev/null
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events {}
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    client_body_temp_path $work/tmp;
    proxy_temp_path $work/tmp;
    fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp;
    scgi_temp_path $work/tmp;
    server {
        listen 127.0.0.1:$port;
        location = /v2/images/bench/file { alias $work/data/bench.img; }
        location = /v2/images/bench { default_type application/json; alias $work/data/bench.json; }
    }
    log_format protocol '\$request_uri \$server_protocol \$http_user_agent';
    server {
        listen 127.0.0.1:$tls_port ssl http2;
        ssl_certificate $work/tls.pem;
        ssl_certificate_key $work/tls.key;
        access_log $work/https-access.log protocol;
        location = /v2/images/bench/file { alias $work/data/bench.img; }
        location = /v2/images/bench { default_type application/json; alias $work/data/bench.json; }
    }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/v2/images/bench" && break; sleep 0.1; done

results=()
# measure LABEL SOURCE COMMAND...: median wall time and the highest peak RSS of $runs runs.
measure() {
    local label=$1 source=$2; shift 2
    local times=() peak=0
    for _ in $(seq "$runs"); do
        rm -f "$work/out/"*
        sync
        if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/last.log" 2>&1; then
            echo "download-bench: $label failed:" >&2; cat "$work/last.log" >&2; exit 1
        fi
        read -r seconds rss < <(tail -n 1 "$work/time")
        times+=("$seconds")
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    results+=("$source|$label|$median|$peak")
    printf '  %-8s %-34s %8.2f s %8.1f MB\n' "$source" "$label" "$median" "$(echo "$peak / 1024" | bc -l)"
}

echo "Measuring, median of $runs runs each:"
url="http://127.0.0.1:$port/v2/images/bench/file"
measure "curl -o" nginx curl -sf -o "$work/out/curl.img" "$url"
measure "curl -o + sha512sum" nginx sh -c "curl -sf -o '$work/out/curl.img' '$url' && sha512sum '$work/out/curl.img'"
measure "skylight-cli download" nginx env OS_TOKEN=bench "$cli" --endpoint "http://127.0.0.1:$port" --api glance-v2 download bench -o "$work/out/sky.img"
measure "skylight-cli download --no-verify" nginx env OS_TOKEN=bench "$cli" --endpoint "http://127.0.0.1:$port" --api glance-v2 download bench -o "$work/out/sky.img" --no-verify

# https offering HTTP/2 (nginx `listen ... ssl http2`): curl takes HTTP/2, Skylight's image data
# goes over HTTP/1.1 (Qt 6.4 does not bound its read buffer over HTTP/2).
tls_url="https://127.0.0.1:$tls_port/v2/images/bench/file"
measure "curl --http2 -o" https curl -sf --http2 --cacert "$work/tls.pem" -o "$work/out/curl.img" "$tls_url"
measure "curl --http2 -o + sha512sum" https sh -c "curl -sf --http2 --cacert '$work/tls.pem' -o '$work/out/curl.img' '$tls_url' && sha512sum '$work/out/curl.img'"
measure "skylight-cli download" https env OS_TOKEN=bench "$cli" --endpoint "https://127.0.0.1:$tls_port" --api glance-v2 --cacert "$work/tls.pem" download bench -o "$work/out/sky.img"
echo "  https: protocol of the image data, as nginx saw it (last run of each):"
for agent in curl Skylight; do
    printf '    %-9s %s\n' "$agent" "$(grep "^/v2/images/bench/file .*$agent" "$work/https-access.log" | tail -n 1 | cut -d' ' -f2)"
done

if [ "$glance" = 1 ]; then
    echo "Starting Keystone and Glance (tests/peer/start-peer.sh)..."
    mkdir -p "$work/peer"
    # The file store (ranges served; no Swift started): the figures compare with earlier runs.
    GLANCE_DEFAULT_STORE=file PEER_DIR=$work/peer KEYSTONE_PORT=$(free_port) GLANCE_PORT=$(free_port) NOVA_PORT=$(free_port) \
        "$root/tests/peer/start-peer.sh" >"$work/peer.log" 2>&1 || { cat "$work/peer.log" >&2; exit 1; }
    # shellcheck disable=SC1091
    set -a; . "$work/peer/peer.env"; . "$work/peer/demo-openrc"; set +a
    token=$(openstack token issue -f value -c id)
    image=$(openstack image create --disk-format raw --container-format bare --file "$work/data/bench.img" \
        -f value -c id skylight-bench)
    gurl="$GLANCE_URL/v2/images/$image/file"
    measure "curl -o" glance curl -sf -H "X-Auth-Token: $token" -o "$work/out/curl.img" "$gurl"
    measure "curl -o + sha512sum" glance sh -c "curl -sf -H 'X-Auth-Token: $token' -o '$work/out/curl.img' '$gurl' && sha512sum '$work/out/curl.img'"
    measure "skylight-cli download" glance env OS_TOKEN="$token" "$cli" --endpoint "$GLANCE_URL" --api glance-v2 download "$image" -o "$work/out/sky.img"
    measure "glance image-download" glance glance --os-image-url "$GLANCE_URL" --os-auth-token "$token" image-download "$image" --file "$work/out/glance.img"
    measure "openstack image save" glance openstack image save --file "$work/out/openstack.img" "$image"
fi

echo
echo "Summary ($size, median of $runs; ratio to curl -o from the same source):"
printf '  %-8s %-34s %10s %12s %8s\n' source tool "time" "peak RSS" ratio
for source in nginx https glance; do
    curl_time=""
    for row in "${results[@]}"; do
        IFS='|' read -r s label t _ <<<"$row"
        if [ "$s" = "$source" ] && { [ "$label" = "curl -o" ] || [ "$label" = "curl --http2 -o" ]; }; then curl_time=$t; fi
    done
    [ -n "$curl_time" ] || continue
    for row in "${results[@]}"; do
        IFS='|' read -r s label t rss <<<"$row"
        [ "$s" = "$source" ] || continue
        printf '  %-8s %-34s %8.2f s %9.1f MB %7.2fx\n' "$s" "$label" "$t" "$(echo "$rss / 1024" | bc -l)" \
            "$(echo "$t / $curl_time" | bc -l)"
    done
done

# Skylight's targets, from the nginx source.
lookup() {
    for row in "${results[@]}"; do
        IFS='|' read -r s label t rss <<<"$row"
        if [ "$s|$label" = "$1" ]; then echo "$2" | sed "s/T/$t/;s/R/$rss/"; fi
    done
    return 0
}
sky=$(lookup "nginx|skylight-cli download" T)
sky_rss=$(lookup "nginx|skylight-cli download" R)
base=$(lookup "nginx|curl -o + sha512sum" T)
ratio=$(echo "$sky / $base" | bc -l)
echo
printf 'Target: Skylight with verification <= 1.25x curl -o + sha512sum: %.2fx  %s\n' "$ratio" \
    "$( [ "$(echo "$ratio <= 1.25" | bc -l)" = 1 ] && echo met || echo MISSED)"
printf 'Target: Skylight peak RSS < 64 MB: %.1f MB  %s\n' "$(echo "$sky_rss / 1024" | bc -l)" \
    "$( [ "$sky_rss" -lt 65536 ] && echo met || echo MISSED)"
tls=$(lookup "https|skylight-cli download" T)
tls_base=$(lookup "https|curl --http2 -o + sha512sum" T)
tls_ratio=$(echo "$tls / $tls_base" | bc -l)
printf 'Target: over https offering HTTP/2, <= 1.25x curl --http2 -o + sha512sum: %.2fx  %s\n' "$tls_ratio" \
    "$( [ "$(echo "$tls_ratio <= 1.25" | bc -l)" = 1 ] && echo met || echo MISSED)"
tls_rss=$(lookup "https|skylight-cli download" R)
printf 'Target: Skylight peak RSS < 64 MB over https offering HTTP/2: %.1f MB  %s\n' "$(echo "$tls_rss / 1024" | bc -l)" \
    "$( [ "$tls_rss" -lt 65536 ] && echo met || echo MISSED)"
