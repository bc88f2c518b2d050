#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Starts an OpenStack Swift on 127.0.0.1 from Debian's packages (swift 2.30), as the store of the
# test peer's Glance that cannot read at random: Glance answers a Range request for an image kept
# there with 400 (glance_store's StoreRandomGetNotSupported). start-peer.sh runs this; it can also
# run alone. One of each server, one replica, storage in a folder, no mount check:
#   proxy (tempauth: user admin:admin, key admin)  http://127.0.0.1:$SWIFT_PORT/auth/v1.0
#   account, container, object servers             SWIFT_PORT+1, +2, +3
#   memcached (tempauth keeps its tokens there)    SWIFT_PORT+4
# Every PID started is appended to $PEER_DIR/peer.pids; stop-peer.sh stops exactly those.
#
#   PEER_DIR (required)   state in $PEER_DIR/swift, logs in $PEER_DIR/logs/swift-*.log
#   SWIFT_PORT            default 18080
#
# Swift reads its hash path prefix/suffix from /etc/swift/swift.conf and nowhere else (the
# servers' swift_dir only holds the rings). The package's file (placeholders "changeme") is good
# enough for a throwaway store and is left alone; only when the file is missing or has neither
# value is one written, which needs root (as installing the package does).
set -Eeuo pipefail
# A step that fails (a seeding request answered 4xx with curl -f, say) names itself before the
# script ends, so the peer tests' log says which one.
trap 'echo "start-swift.sh: line $LINENO failed (exit $?): $BASH_COMMAND" >&2' ERR

: "${PEER_DIR:?set PEER_DIR}"
SWIFT_PORT=${SWIFT_PORT:-18080}
HOST=127.0.0.1
SWIFT_DIR=$PEER_DIR/swift
ETC=$SWIFT_DIR/etc
LOGS=$PEER_DIR/logs
PIDFILE=$PEER_DIR/peer.pids
MEMCACHED_PORT=$((SWIFT_PORT + 4))
AUTH_URL=http://$HOST:$SWIFT_PORT/auth/v1.0

log() { printf '[start-swift %s] %s\n' "$(date +%T)" "$*" >&2; }

for package in swift-proxy swift-account swift-container swift-object memcached curl iproute2; do
    dpkg -s "$package" >/dev/null 2>&1 || { echo "start-swift: $package is missing: run packaging/linux/install-deps.sh --tests" >&2; exit 1; }
done
for port in $SWIFT_PORT $((SWIFT_PORT + 1)) $((SWIFT_PORT + 2)) $((SWIFT_PORT + 3)) $MEMCACHED_PORT; do
    if ss -ltnH "sport = :$port" | grep -q .; then
        echo "start-swift: port $port is in use on this machine" >&2; exit 1
    fi
done

if ! grep -Eq '^[[:space:]]*swift_hash_path_(prefix|suffix)[[:space:]]*=[[:space:]]*[^[:space:]]' /etc/swift/swift.conf 2>/dev/null; then
    mkdir -p /etc/swift
    printf '[swift-hash]\nswift_hash_path_prefix = skylight-peer\nswift_hash_path_suffix = skylight-peer\n' \
        > /etc/swift/swift.conf || { echo "start-swift: /etc/swift/swift.conf needs a hash path prefix; run as root once" >&2; exit 1; }
    log "wrote /etc/swift/swift.conf"
fi

rm -rf "$SWIFT_DIR"
mkdir -p "$ETC" "$SWIFT_DIR/srv/d1" "$LOGS"
touch "$PIDFILE"
USER_NAME=$(id -un)

# Settings every server shares: stay the user we are (Swift would switch to "swift" when root),
# log to the console (-v; our log file) and to the discard port rather than the host's syslog.
common() { # port
    cat <<CONF
[DEFAULT]
bind_ip = $HOST
bind_port = $1
workers = 0
user = $USER_NAME
swift_dir = $ETC
devices = $SWIFT_DIR/srv
mount_check = false
log_udp_host = $HOST
log_udp_port = 9
CONF
}

# One ring per kind with a single device: 2^6 partitions, one replica, no minimum move interval.
# Built with swift-ring-builder's own RingBuilder in one process: the command takes ~1 s a call,
# and three kinds need nine calls (create, add, rebalance).
/usr/bin/python3 - "$ETC" "$HOST" "$SWIFT_PORT" <<'PY'
import sys
from swift.common.ring import RingBuilder
etc, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
for offset, kind in enumerate(("account", "container", "object"), start=1):
    builder = RingBuilder(6, 1, 0)
    builder.add_dev({"region": 1, "zone": 1, "ip": host, "port": port + offset, "device": "d1", "weight": 1})
    builder.rebalance()
    builder.get_ring().save("%s/%s.ring.gz" % (etc, kind))
PY
port=$SWIFT_PORT
for kind in account container object; do
    port=$((port + 1))
    [ -s "$ETC/$kind.ring.gz" ] || { echo "start-swift: no $kind ring was written" >&2; exit 1; }
    { common "$port"
      printf '[pipeline:main]\npipeline = %s-server\n[app:%s-server]\nuse = egg:swift#%s\n' "$kind" "$kind" "$kind"
    } > "$ETC/$kind-server.conf"
done
{ common "$SWIFT_PORT"
  cat <<CONF
[pipeline:main]
pipeline = catch_errors proxy-logging cache tempauth proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:tempauth]
use = egg:swift#tempauth
user_admin_admin = admin .admin .reseller_admin
[filter:cache]
use = egg:swift#memcache
memcache_servers = $HOST:$MEMCACHED_PORT
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:proxy-logging]
use = egg:swift#proxy_logging
CONF
} > "$ETC/proxy-server.conf"

nohup memcached -l "$HOST" -p "$MEMCACHED_PORT" -U 0 -m 16 -u "$USER_NAME" > "$LOGS/swift-memcached.log" 2>&1 < /dev/null &
echo "memcached $!" >> "$PIDFILE"
for kind in account container object proxy; do
    nohup "swift-$kind-server" "$ETC/$kind-server.conf" -v > "$LOGS/swift-$kind.log" 2>&1 < /dev/null &
    echo "swift-$kind-server $!" >> "$PIDFILE"
done

# Up when tempauth hands out a token and the account (created on first use) answers.
for _ in $(seq 1 300); do
    headers=$(curl -s -D - -o /dev/null --max-time 2 -H 'X-Auth-User: admin:admin' -H 'X-Auth-Key: admin' "$AUTH_URL" | tr -d '\r') || true
    token=$(awk 'tolower($1)=="x-auth-token:"{print $2}' <<< "$headers")
    storage=$(awk 'tolower($1)=="x-storage-url:"{print $2}' <<< "$headers")
    if [ -n "$token" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "X-Auth-Token: $token" "$storage")" = 204 ]; then
        log "swift up: $AUTH_URL (admin:admin / admin)"
        exit 0
    fi
    sleep 0.1
done
echo "start-swift: swift did not come up within 30 s; logs in $LOGS/swift-*.log" >&2
tail -5 "$LOGS"/swift-*.log >&2 || true
exit 1
