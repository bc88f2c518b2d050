#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Runs a test with a private session bus and a private, unlocked gnome-keyring (its own keyring
# files, so that tests running in parallel never share one), then removes them.
#   with-keyring.sh PROGRAM [ARGS...]
# The daemon forks before it owns org.freedesktop.secrets and has written the new login keyring;
# a test that asks earlier makes D-Bus start a second daemon, which finds a half-written keyring
# and wants a password prompt. So: wait for both first.
set -u
keyrings=$(mktemp -d "${TMPDIR:-/tmp}/skylight-keyring.XXXXXX")
XDG_DATA_HOME=$keyrings dbus-run-session -- sh -c '
    echo -n skylight | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    tries=0
    until [ -s "$XDG_DATA_HOME/keyrings/login.keyring" ] &&
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ]; then echo "with-keyring: gnome-keyring did not come up" >&2; exit 1; fi
        sleep 0.05
    done
    exec "$@"' sh "$@"
status=$?
rm -rf "$keyrings"
exit $status
