#!/usr/bin/env bash
# End-to-end run of the real binary under valgrind memcheck: ingest the
# example articles into a temp database, then query it.  Any memory error or
# leak of any kind fails.
#   scripts/valgrind.sh [BUILD_DIR]     (default build/, built if missing)
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
if [ ! -x "$BUILD/eventline" ]; then
  cmake -S . -B "$BUILD" >/dev/null && cmake --build "$BUILD" -j2 --target eventline || exit 1
fi
command -v valgrind >/dev/null || { echo "valgrind: not installed (scripts/install-deps.sh --test)"; exit 1; }
input=examples/seeds.jsonl
[ -f "$input" ] || input=../shared/seeds/seeds.jsonl
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
VG="valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all --error-exitcode=1 --track-fds=no"
pass=0; fail=0
run() { # NAME CMD... : run under valgrind, output to $tmp/NAME.out
  local name=$1; shift
  if $VG "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
    pass=$((pass + 1)); echo "valgrind $name: clean"
  else
    fail=$((fail + 1)); echo "valgrind $name: FAILED"; head -60 "$tmp/$name.err"
  fi
}
run ingest "$BUILD/eventline" ingest --db "$tmp/v.db" "$input"
run ingest-again "$BUILD/eventline" ingest --db "$tmp/v.db" "$input"
run events "$BUILD/eventline" events --db "$tmp/v.db" --format jsonl
run events-mentions "$BUILD/eventline" events --db "$tmp/v.db" --all --mentions --format jsonl
run quotes "$BUILD/eventline" quotes --db "$tmp/v.db" --format jsonl
run actors "$BUILD/eventline" actors --db "$tmp/v.db" --format jsonl
run code sh -c "exec $VG '$BUILD/eventline' code <'$input'"
run timex sh -c "echo 'The talks on Monday lasted two hours; last autumn they met.' | exec $VG '$BUILD/eventline' timex --dct 2026-01-08"
# The database must hold something after the ingest.
n=$(sqlite3 "$tmp/v.db" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)
if [ "${n:-0}" -gt 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "valgrind: no documents stored"; fi
echo "valgrind: $pass checks clean, $fail failed"
[ $fail -eq 0 ]
