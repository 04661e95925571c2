#!/usr/bin/env bash
# A PostgreSQL server for the test suite only:
#   throwaway-postgres.sh start DIR   prints the connection URI of a new cluster in DIR
#   throwaway-postgres.sh start-tls DIR
#                                     prints the address of a new cluster in DIR that
#                                     takes TLS connections on 127.0.0.1 only
#   throwaway-postgres.sh stop DIR    stops it and removes DIR
# The cluster lives in DIR, is run by an unprivileged user (nobody, when
# started as root: PostgreSQL refuses to run as root), listens on a Unix
# socket in DIR and on no TCP port, so nothing outside this machine's users
# can reach it, and nothing is left running or on disk after "stop". It is
# tuned for speed, not safety (no fsync): it holds test data only.
# The TLS cluster exists for the tests of sslmode: the suite's server, on a
# socket, cannot test it, since libpq ignores sslmode there. It listens on
# the loopback address only, on a free port, with a certificate for
# "localhost" from a certificate authority made for it (DIR/ca.crt), and
# its pg_hba.conf takes no unencrypted TCP connection. DIR also holds
# stranger-ca.crt, an authority that signed nothing of it.
# Two roles: campdesk_admin, the cluster's superuser, and campdesk, a login
# that owns the database campdesk_test and may make the logins of a team
# (CREATEROLE), as a workspace's owner does; nothing more.
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

make_certificates() { # dir
    local dir=$1
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=CampDesk test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=CampDesk stranger CA" \
        -keyout "$dir/stranger-ca.key" -out "$dir/stranger-ca.crt" 2>/dev/null
    openssl req -new -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\n' >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
        -days 2 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
    rm -f "$dir/ca.key" "$dir/stranger-ca.key" "$dir/server.csr" "$dir/server.ext" "$dir/ca.srl"
    chmod 600 "$dir/server.key"
    [ "$(id -u)" -ne 0 ] || chown nobody "$dir/server.key" "$dir/server.crt"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

new_cluster() { # dir
    mkdir -p "$1"
    chmod 755 "$1" # the suite, run by another user, reaches the socket in it
    [ "$(id -u)" -ne 0 ] || chown nobody "$1"
    as_owner "$bindir/initdb" -D "$1/data" -U campdesk_admin -A trust -E UTF8 --locale=C --no-sync >"$1/initdb.log"
}

add_roles() { # dir, port
    as_owner "$bindir/createuser" -h "$1" -p "$2" -U campdesk_admin --createrole campdesk
    as_owner "$bindir/createdb" -h "$1" -p "$2" -U campdesk_admin -O campdesk campdesk_test
    # A database that stores its texts in another encoding than UTF8, which
    # CampDesk refuses (PostgresConnectionTest).
    as_owner "$bindir/createdb" -h "$1" -p "$2" -U campdesk_admin -O campdesk -E LATIN1 -T template0 --locale=C \
        campdesk_latin1
}

fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"

case $action in
start)
    new_cluster "$dir"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' $fast" \
        start
    add_roles "$dir" 5432
    echo "postgresql:///campdesk_test?host=$dir&user=campdesk"
    ;;
start-tls)
    new_cluster "$dir"
    make_certificates "$dir"
    # The suite's own logins are trusted; every other login over TCP gives
    # its password (SCRAM), so that a password `team add` set is tried.
    printf 'local all all trust\nhostssl all campdesk,campdesk_admin 127.0.0.1/32 trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n' \
        >"$dir/data/pg_hba.conf"
    # Another process may take the free port before the server does: a few tries.
    for attempt in 1 2 3; do
        port=$(free_port)
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
            -o "-c listen_addresses='127.0.0.1' -p $port -c unix_socket_directories='$dir' $fast \
                -c ssl=on -c ssl_cert_file='$dir/server.crt' -c ssl_key_file='$dir/server.key'" \
            start; then
            break
        fi
        [ "$attempt" -lt 3 ] || exit 1
    done
    add_roles "$dir" "$port"
    # hostaddr spares a look-up of "localhost", which a bare chroot may not resolve.
    echo "postgresql://campdesk@localhost:$port/campdesk_test?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert=$dir/ca.crt"
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
