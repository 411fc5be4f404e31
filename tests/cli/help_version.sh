#!/usr/bin/env bash
# `--help` of every subcommand and of eventline, `--version`, and usage
# errors (exit 2, message on stderr prefixed "eventline: ").
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
cd "$tmp" || exit 1
for c in ingest events quotes actors timeline report code timex; do
  "$EL" "$c" --help >"$tmp/o" 2>"$tmp/e"; rc=$?
  [ $rc -eq 0 ] && ok || bad "$c --help: exit $rc"
  grep -q "usage: eventline $c" "$tmp/o" && ok || bad "$c --help: no usage line on stdout"
done
"$EL" --help >"$tmp/o"; rc=$?
[ $rc -eq 0 ] && grep -q "ingest" "$tmp/o" && ok || bad "eventline --help"
v=$("$EL" --version); rc=$?
[ $rc -eq 0 ] && [[ "$v" =~ ^eventline\ [0-9]+\.[0-9]+\.[0-9]+$ ]] && ok || bad "--version: '$v' exit $rc"
usage_error() { # DESCRIPTION ARGS...
  local what=$1; shift
  "$EL" "$@" >"$tmp/o" 2>"$tmp/e"; local rc=$?
  if [ $rc -eq 2 ] && grep -q '^eventline: ' "$tmp/e"; then ok; else bad "$what: exit $rc, stderr '$(head -c 200 "$tmp/e")'"; fi
}
usage_error "no command"
usage_error "unknown command" frobnicate
usage_error "unknown option" events --frob
usage_error "missing option value" events --db
usage_error "bad format" events --format xml
usage_error "bad date" events --from yesterday
usage_error "bad dyad" events --dyad USA
usage_error "ingest without input" ingest
usage_error "bad --published" ingest --published 2026-13-45 x.txt
usage_error "bad ingest format" ingest --format pdf x.txt
# Queries on a database that does not exist: an error (1), and no file made.
"$EL" events --db "$tmp/none.db" >"$tmp/o" 2>"$tmp/e"; rc=$?
[ $rc -eq 1 ] && grep -q 'none.db' "$tmp/e" && ok || bad "events on a missing db: exit $rc"
[ ! -e "$tmp/none.db" ] && ok || bad "a query created the database"
# Default database is eventline.db in the current directory.
printf 'The minister met the envoy.\n' >"$tmp/a.txt"
"$EL" ingest "$tmp/a.txt" >/dev/null 2>&1
[ -f "$tmp/eventline.db" ] && ok || bad "default --db eventline.db not created"
"$EL" events >/dev/null 2>&1; rc=$?
[ $rc -eq 0 ] && ok || bad "events on the default db: exit $rc"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
