#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests:
#   postgres.sh start DIR   initdb into DIR/data, start it with its Unix socket in DIR on a free
#                           port (no TCP), fsync off; prints the URL of its maintenance database
#                           (postgresql://lyceum@/postgres?host=DIR&port=PORT), also kept in DIR/url
#   postgres.sh stop DIR    stops it and removes DIR
# As root, the cluster runs as the `postgres` system user (PostgreSQL refuses to run as root).
# Role lyceum logs in without a password over the socket (trust); role lyceum_pw needs the
# password "right-password" (scram), so tests can show what a wrong password says.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: postgres.sh start|stop DIR" >&2
  exit 2
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "postgres.sh: PostgreSQL is not installed (Debian package postgresql-15)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  chmod 700 "$dir"
  # No TCP is opened (listen_addresses=''): the port only names the socket file in DIR. A port
  # free on loopback anyway, so a client that falls back to TCP finds nothing rather than another
  # server.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
    echo $((20000 + RANDOM % 20000)))
  as_owner "$bindir/initdb" -D "$dir/data" -U lyceum --auth=trust --no-locale -E UTF8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # The password role first: pg_hba.conf is read top-down.
  as_owner sed -i '1i local all lyceum_pw scram-sha-256' "$dir/data/pg_hba.conf"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  "$bindir/psql" -q -h "$dir" -p "$port" -U lyceum -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE lyceum_pw LOGIN PASSWORD 'right-password' CREATEDB" >/dev/null
  url="postgresql://lyceum@/postgres?host=$dir&port=$port"
  echo "$url" >"$dir/url"
  echo "$url"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: postgres.sh start|stop DIR" >&2
  exit 2
  ;;
esac
