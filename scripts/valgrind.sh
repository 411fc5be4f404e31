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
run() { # NAME STDIN CMD... : run under valgrind, output to $tmp/NAME.out
  local name=$1 in=$2; shift 2
  if $VG "$@" <"$in" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
    pass=$((pass + 1)); echo "valgrind $name: clean"
  else
    fail=$((fail + 1)); echo "valgrind $name: FAILED"; head -60 "$tmp/$name.err"
  fi
}
run ingest /dev/null "$BUILD/eventline" ingest --db "$tmp/v.db" "$input"
run ingest-again /dev/null "$BUILD/eventline" ingest --db "$tmp/v.db" "$input"
# HTML and damaged text through the same binary (libxml2, UTF-8 repair).
printf '<html><head><title>T</title><script>x</script></head><body><nav>Home</nav><article><p>The Russian foreign minister met the Chinese president on Monday.</p><p>&ldquo;We agreed,&rdquo; he said. \xc0\xaf</p></article></body></html>' >"$tmp/a.html"
printf 'date 2026-01-08\nThe French president \xe2\x80\xaecriticized\xe2\x80\xac the German chancellor yesterday.\x00\n' >"$tmp/b.txt"
run ingest-html /dev/null "$BUILD/eventline" ingest --db "$tmp/v.db" "$tmp/a.html" "$tmp/b.txt"
run events /dev/null "$BUILD/eventline" events --db "$tmp/v.db" --format jsonl
run events-mentions /dev/null "$BUILD/eventline" events --db "$tmp/v.db" --all --mentions --format jsonl
run quotes /dev/null "$BUILD/eventline" quotes --db "$tmp/v.db" --format jsonl
run actors /dev/null "$BUILD/eventline" actors --db "$tmp/v.db" --format jsonl
run code "$input" "$BUILD/eventline" code
echo 'The talks on Monday lasted two hours; last autumn they met.' >"$tmp/timex.txt"
run timex "$tmp/timex.txt" "$BUILD/eventline" timex --dct 2026-01-08
# The database must hold something after the ingest.
n=$(sqlite3 "$tmp/v.db" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)
if [ "${n:-0}" -gt 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "valgrind: no documents stored"; fi
echo "valgrind: $pass checks clean, $fail failed"
[ $fail -eq 0 ]
