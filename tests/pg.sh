# Throwaway PostgreSQL cluster on loopback, shared by tests/run.sh and the benchmark scripts.
# pg_find_or_install -> prints the newest server's bin directory, installing PostgreSQL with apt if there is none.
# pg_start BIN_DIR  -> exports PG_PORT, PG_DIR, PG_CONNECTION ; pg_stop stops it and removes its files.

pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

pg_find_or_install() {
  if ! pg_bin; then
    echo "PostgreSQL not found: installing it with apt" >&2
    local sudo=
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
    pg_bin
  fi
}

pg_free_port() {
  python3 - <<'PY'
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local bin=$1
  PG_BIN=$bin
  PG_DIR=$(mktemp -d /tmp/crossregion-pg.XXXXXX)
  PG_PORT=${PG_PORT:-$(pg_free_port)}
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
  pg_as_owner "$bin/initdb" -D "$PG_DIR/data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 ${PG_EXTRA_OPTS:-}" \
    start >/dev/null
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  export PG_BIN PG_DIR PG_PORT PG_CONNECTION
  echo "PostgreSQL ($("$bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$PG_PORT" >&2
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
