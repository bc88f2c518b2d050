#!/bin/sh
# Runs a test with a private session bus and a private, unlocked gnome-keyring (its own keyring
# files, so that tests running in parallel never share one), then removes them.
#   with-keyring.sh PROGRAM [ARGS...]
set -u
keyrings=$(mktemp -d "${TMPDIR:-/tmp}/skylight-keyring.XXXXXX")
XDG_DATA_HOME=$keyrings dbus-run-session -- sh -c \
    'echo -n skylight | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
status=$?
rm -rf "$keyrings"
exit $status
