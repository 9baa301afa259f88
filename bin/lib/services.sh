#!/usr/bin/env bash
# Install (apt-get, only what is missing) and start the servers Skyline needs: Redis, MariaDB, memcached.
# Idempotent: servers that already answer are left alone. Safe to source or run.
# Usage: services.sh [--with-extras]   (extras: graphite-carbon, apache2, chromium for e2e/browser tests)
set -euo pipefail

log() { echo "[skyline services] $*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_UPDATED=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing: ${missing[*]}"
  if [ $APT_UPDATED -eq 0 ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  # policy-rc.d-less containers may try to start services; we start them ourselves below.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

start_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then log "redis: running"; return; fi
  log "redis: starting on 127.0.0.1:6379"
  $SUDO redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
      --logfile /tmp/skyline-redis.log >/dev/null
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && return; sleep 0.1; done
  log "redis: did not start (see /tmp/skyline-redis.log)"; return 1
}

mysql_root() { $SUDO mysql --protocol=socket -uroot "$@"; }

start_mariadb() {
  if ! mysqladmin --protocol=socket -uroot ping >/dev/null 2>&1; then
    log "mariadb: starting"
    $SUDO mkdir -p /run/mysqld && $SUDO chown mysql:mysql /run/mysqld
    if [ ! -d /var/lib/mysql/mysql ]; then
      $SUDO mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
    fi
    $SUDO start-stop-daemon --start --background --exec /usr/sbin/mariadbd -- --user=mysql \
        --bind-address=127.0.0.1 --port=3306
    for _ in $(seq 1 100); do mysqladmin --protocol=socket -uroot ping >/dev/null 2>&1 && break; sleep 0.2; done
    mysqladmin --protocol=socket -uroot ping >/dev/null 2>&1 || { log "mariadb: did not start"; return 1; }
  else
    log "mariadb: running"
  fi
  # The test user may create and drop its own skyline_test_* databases.
  mysql_root <<'SQL'
CREATE USER IF NOT EXISTS 'skyline_test'@'localhost' IDENTIFIED BY 'skyline_test';
CREATE USER IF NOT EXISTS 'skyline_test'@'127.0.0.1' IDENTIFIED BY 'skyline_test';
GRANT ALL PRIVILEGES ON `skyline\_test\_%`.* TO 'skyline_test'@'localhost';
GRANT ALL PRIVILEGES ON `skyline\_test\_%`.* TO 'skyline_test'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
}

start_memcached() {
  if (exec 3<>/dev/tcp/127.0.0.1/11211) 2>/dev/null; then log "memcached: running"; return; fi
  log "memcached: starting on 127.0.0.1:11211"
  $SUDO memcached -d -u memcache -l 127.0.0.1 -p 11211 -m 64 || $SUDO memcached -d -u root -l 127.0.0.1 -p 11211 -m 64
}

# A JDK 17 or later on the PATH (javac too: Maven compiles)?
java_ok() {
  command -v javac >/dev/null 2>&1 || return 1
  local v
  v=$(javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')
  [ -n "$v" ] && [ "$v" -ge 17 ]
}

# The JDK package this Debian release has (17 on bookworm, 21 on trixie), else the distribution default.
java_package() {
  local p
  if [ $APT_UPDATED -eq 0 ] && ! apt-cache show openjdk-17-jdk-headless >/dev/null 2>&1; then
    $SUDO apt-get update -qq; APT_UPDATED=1
  fi
  for p in openjdk-17-jdk-headless openjdk-21-jdk-headless default-jdk-headless; do
    if apt-cache show "$p" >/dev/null 2>&1; then echo "$p"; return; fi
  done
  echo default-jdk-headless
}

main() {
  # libopenblas0-pthread: the BLAS/LAPACK numpy uses on Debian; Ionosphere's features reproduce numpy's
  # least-squares rounding by calling it (docs/features.md)
  local pkgs=(redis-server mariadb-server mariadb-client memcached libopenblas0-pthread)
  if [ "${1:-}" = "--with-extras" ]; then
    pkgs+=(graphite-carbon apache2 chromium chromium-driver)
  fi
  java_ok || pkgs+=("$(java_package)")
  command -v mvn >/dev/null 2>&1 || pkgs+=(maven)
  apt_install "${pkgs[@]}"
  start_redis
  start_mariadb
  start_memcached
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then main "$@"; fi
