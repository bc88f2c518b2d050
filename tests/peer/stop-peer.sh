#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Stops the services start-peer.sh and start-swift.sh started: only the PIDs in $PEER_DIR/peer.pids,
# and only while each still runs the program it was started as. SIGTERM to all of them at once,
# then SIGKILL to any still running 10 s later.
set -u
: "${PEER_DIR:?set PEER_DIR}"
PIDFILE=$PEER_DIR/peer.pids
[ -s "$PIDFILE" ] || { echo "stop-peer: nothing to stop"; exit 0; }
stopping=()
while read -r name pid; do
    [ -n "${pid:-}" ] || continue
    kill -0 "$pid" 2>/dev/null || { echo "stop-peer: $name ($pid) is not running"; continue; }
    cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)
    case "$name:$cmd" in
        keystone:*uwsgi*keystone-wsgi-public*|glance-api:*glance-api*"$PEER_DIR"*|nova-api:*nova-api*"$PEER_DIR"*) ;;
        swift-*-server:*swift-*-server*"$PEER_DIR"*|memcached:memcached\ -l\ 127.0.0.1\ *) ;;
        *) echo "stop-peer: pid $pid is no longer $name; left alone"; continue ;;
    esac
    kill -TERM "$pid"
    stopping+=("$name:$pid")
done < "$PIDFILE"
for _ in $(seq 1 100); do
    alive=0
    for entry in "${stopping[@]}"; do kill -0 "${entry#*:}" 2>/dev/null && alive=1; done
    [ "$alive" = 1 ] || break
    sleep 0.1
done
for entry in "${stopping[@]}"; do
    if kill -0 "${entry#*:}" 2>/dev/null; then
        echo "stop-peer: ${entry%%:*} (${entry#*:}) ignored SIGTERM; SIGKILL"
        kill -KILL "${entry#*:}"
    else
        echo "stop-peer: stopped ${entry%%:*} (${entry#*:})"
    fi
done
rm -f "$PIDFILE"
exit 0
