#!/usr/bin/env bash
# Stops the services start-peer.sh started: only the PIDs in $PEER_DIR/peer.pids, and only while
# each still runs the program it was started as. SIGTERM, then SIGKILL after 10 s.
set -u
: "${PEER_DIR:?set PEER_DIR}"
PIDFILE=$PEER_DIR/peer.pids
[ -s "$PIDFILE" ] || { echo "stop-peer: nothing to stop"; exit 0; }
while read -r name pid; do
    [ -n "${pid:-}" ] || continue
    kill -0 "$pid" 2>/dev/null || { echo "stop-peer: $name ($pid) is not running"; continue; }
    cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)
    case "$name:$cmd" in
        keystone:*uwsgi*keystone-wsgi-public*|glance-api:*glance-api*"$PEER_DIR"*|nova-api:*nova-api*"$PEER_DIR"*) ;;
        *) echo "stop-peer: pid $pid is no longer $name; left alone"; continue ;;
    esac
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        echo "stop-peer: $name ($pid) ignored SIGTERM; SIGKILL"
        kill -KILL "$pid"
    fi
    echo "stop-peer: stopped $name ($pid)"
done < "$PIDFILE"
rm -f "$PIDFILE"
exit 0
