#!/usr/bin/env bash
# Install eventline's build and test dependencies (Debian 12 packages only).
# Does nothing when they are already installed.
set -euo pipefail
PKGS="build-essential cmake pkg-config libsqlite3-dev sqlite3 libutf8proc-dev libxml2-dev \
libjansson-dev libssl-dev libcmocka-dev jq"
if [ "${1:-}" = "--test" ]; then PKGS="$PKGS valgrind clang libclang-rt-14-dev"; fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
