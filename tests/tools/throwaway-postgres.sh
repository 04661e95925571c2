#!/usr/bin/env bash
# A PostgreSQL server for the test suite only:
#   throwaway-postgres.sh start DIR   prints the connection URI of a new cluster in DIR
#   throwaway-postgres.sh stop DIR    stops it and removes DIR
# The cluster lives in DIR, is run by an unprivileged user (nobody, when
# started as root: PostgreSQL refuses to run as root), listens on a Unix
# socket in DIR and on no TCP port, so nothing outside this machine's users
# can reach it, and nothing is left running or on disk after "stop". It is
# tuned for speed, not safety (no fsync): it holds test data only.
# Two roles: campdesk_admin, the cluster's superuser, and campdesk, an
# ordinary login that owns the database campdesk_test.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "throwaway-postgres: no PostgreSQL server (Debian package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case $action in
start)
    mkdir -p "$dir"
    chmod 755 "$dir" # the suite, run by another user, reaches the socket in it
    [ "$(id -u)" -ne 0 ] || chown nobody "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U campdesk_admin -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start
    as_owner "$bindir/createuser" -h "$dir" -U campdesk_admin campdesk
    as_owner "$bindir/createdb" -h "$dir" -U campdesk_admin -O campdesk campdesk_test
    echo "postgresql:///campdesk_test?host=$dir&user=campdesk"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -w -s -m fast stop || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "throwaway-postgres: start or stop, not $action" >&2
    exit 2
    ;;
esac
