#!/usr/bin/env bash
# Starts throw-away Redis, PostgreSQL and MariaDB servers on loopback for the test suite, installing
# them from Debian's packages when they are missing. Sourced by test.sh: it exports MASTER_TEST_REDIS
# (host:port), MASTER_TEST_POSTGRES and MASTER_TEST_MYSQL (ADO.NET connection strings of a user that
# may create databases), and MASTER_TEST_REDIS_SERVER (the redis-server binary, for tests that start,
# stop and restart a server of their own); it stops the servers when the calling shell exits.
# Variables already set by the caller are left alone, so a developer can point the tests at servers
# of their own.

servers_dir=$(mktemp -d /tmp/master-test-servers.XXXXXX)
chmod 755 "$servers_dir" # the database servers run as their own users
servers_pids=()

servers_stop() {
  # The servers' own pid files name the postmaster and mariadbd, not the runuser wrappers started here.
  local pids=() file
  for file in "$servers_dir/postgres/postmaster.pid" "$servers_dir/mariadb/mysqld.pid" "$servers_dir/redis/redis.pid"; do
    [ -f "$file" ] && pids+=("$(head -1 "$file")")
  done
  for pid in "${pids[@]}" "${servers_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}" "${servers_pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  rm -rf "$servers_dir"
}
trap servers_stop EXIT

servers_install() {
  local missing=()
  [ -d /usr/lib/postgresql ] || missing+=(postgresql)
  command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "servers: ${missing[*]} missing and not root; tests that need them fail with CI=true, else skip" >&2
    return 1
  fi
  echo "== install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Waits up to 30 s for a command to succeed.
servers_wait() {
  for _ in $(seq 1 300); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "servers: gave up waiting for: $*" >&2
  return 1
}

servers_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

servers_as() {
  # initdb and mariadbd refuse to run as root; the packages create their own users (redis too).
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$1" -- "${@:2}"; else "${@:2}"; fi
}

servers_start_postgres() {
  local bin port data
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  port=$(servers_free_port)
  data="$servers_dir/postgres"
  mkdir -p "$data" && { [ "$(id -u)" -ne 0 ] || chown postgres "$data"; }
  servers_as postgres "$bin/initdb" -D "$data" -U master --auth=trust -E UTF8 >"$servers_dir/postgres-init.log" 2>&1 || return 1
  servers_as postgres "$bin/postgres" -D "$data" -p "$port" -k "$data" -c listen_addresses=127.0.0.1 \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
    >"$servers_dir/postgres.log" 2>&1 &
  servers_pids+=($!)
  servers_wait servers_as postgres "$bin/pg_isready" -h 127.0.0.1 -p "$port" || return 1
  export MASTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=master;Database=postgres"
}

servers_start_mariadb() {
  local port data
  port=$(servers_free_port)
  data="$servers_dir/mariadb"
  mkdir -p "$data" && { [ "$(id -u)" -ne 0 ] || chown mysql "$data"; }
  servers_as mysql mariadb-install-db --no-defaults --datadir="$data" --auth-root-authentication-method=socket \
    >"$servers_dir/mariadb-init.log" 2>&1 || return 1
  servers_as mysql mariadbd --no-defaults --datadir="$data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$data/mysqld.sock" --pid-file="$data/mysqld.pid" --skip-log-bin --innodb-flush-log-at-trx-commit=0 \
    --max-connections=300 >"$servers_dir/mariadb.log" 2>&1 &
  servers_pids+=($!)
  servers_wait servers_as mysql mariadb --no-defaults -S "$data/mysqld.sock" -u mysql -e "SELECT 1" || return 1
  servers_as mysql mariadb --no-defaults -S "$data/mysqld.sock" -u mysql -e \
    "CREATE USER 'master'@'127.0.0.1' IDENTIFIED BY 'master'; GRANT ALL PRIVILEGES ON *.* TO 'master'@'127.0.0.1' WITH GRANT OPTION;" || return 1
  export MASTER_TEST_MYSQL="Server=127.0.0.1;Port=$port;User ID=master;Password=master"
}

servers_start_redis() {
  local port data
  port=$(servers_free_port)
  data="$servers_dir/redis"
  mkdir -p "$data" && { [ "$(id -u)" -ne 0 ] || chown redis "$data"; }
  # No persistence: these are throw-away servers; the tests that restart Redis start their own with AOF.
  servers_as redis redis-server --port "$port" --bind 127.0.0.1 --dir "$data" --pidfile "$data/redis.pid" \
    --save "" --appendonly no --daemonize no --logfile "$data/redis.log" &
  servers_pids+=($!)
  servers_wait redis-cli -h 127.0.0.1 -p "$port" ping || return 1
  export MASTER_TEST_REDIS="127.0.0.1:$port"
}

if servers_install; then
  if [ -z "${MASTER_TEST_REDIS_SERVER:-}" ]; then
    export MASTER_TEST_REDIS_SERVER
    MASTER_TEST_REDIS_SERVER=$(command -v redis-server)
  fi
  if [ -z "${MASTER_TEST_REDIS:-}" ]; then
    servers_start_redis || echo "servers: Redis did not start; see $servers_dir" >&2
  fi
  if [ -z "${MASTER_TEST_POSTGRES:-}" ]; then
    servers_start_postgres || echo "servers: PostgreSQL did not start; see $servers_dir" >&2
  fi
  if [ -z "${MASTER_TEST_MYSQL:-}" ]; then
    servers_start_mariadb || echo "servers: MariaDB did not start; see $servers_dir" >&2
  fi
fi
echo "servers: redis=${MASTER_TEST_REDIS:-none} postgres=${MASTER_TEST_POSTGRES:-none} mysql=${MASTER_TEST_MYSQL:-none}"
