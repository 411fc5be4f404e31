#!/usr/bin/env bash
# Re-ingesting the bundled examples changes nothing: `sqlite3 .dump` is
# byte-identical, the summary reports only duplicates, and the examples as
# a directory of .txt files plus the JSONL ingest in one run.
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
db=$tmp/r.db
"$EL" ingest --db "$db" "$SRC/examples/seeds.jsonl" >"$tmp/out1" 2>"$tmp/err1"; rc=$?
[ $rc -eq 0 ] && ok || { bad "first ingest exit $rc"; tail -3 "$tmp/err1"; }
grep -qE '^5 documents: 5 new, 0 duplicate, 0 rejected; ' "$tmp/out1" && ok || bad "first summary: $(cat "$tmp/out1")"
sqlite3 "$db" .dump >"$tmp/dump1"
"$EL" ingest --db "$db" "$SRC/examples/seeds.jsonl" >"$tmp/out2" 2>"$tmp/err2"; rc=$?
[ $rc -eq 0 ] && ok || bad "second ingest exit $rc"
grep -qE '^5 documents: 0 new, 5 duplicate, 0 rejected; 0 events, 0 quotes$' "$tmp/out2" && ok ||
  bad "second summary: $(cat "$tmp/out2")"
sqlite3 "$db" .dump >"$tmp/dump2"
cmp -s "$tmp/dump1" "$tmp/dump2" && ok || { bad "database changed by re-ingest"; diff "$tmp/dump1" "$tmp/dump2" | head -5; }
# From stdin too.
"$EL" ingest --db "$db" --format jsonl - <"$SRC/examples/seeds.jsonl" >"$tmp/out3" 2>/dev/null
grep -qE '^5 documents: 0 new, 5 duplicate' "$tmp/out3" && ok || bad "stdin re-ingest: $(cat "$tmp/out3")"
sqlite3 "$db" .dump >"$tmp/dump3"
cmp -s "$tmp/dump1" "$tmp/dump3" && ok || bad "database changed by stdin re-ingest"
# A directory of text files is read recursively; 5 documents, each once.
"$EL" ingest --db "$tmp/dir.db" "$SRC/examples/seeds" >"$tmp/out4" 2>/dev/null; rc=$?
[ $rc -eq 0 ] && ok || bad "directory ingest exit $rc"
grep -qE '^5 documents: 5 new' "$tmp/out4" && ok || bad "directory summary: $(cat "$tmp/out4")"
"$EL" ingest --db "$tmp/dir.db" "$SRC/examples/seeds" >"$tmp/out5" 2>/dev/null
grep -qE '^5 documents: 0 new, 5 duplicate' "$tmp/out5" && ok || bad "directory re-ingest: $(cat "$tmp/out5")"
# Schema bookkeeping is there.
v=$(sqlite3 "$db" 'SELECT max(version) FROM schema_version;')
[ -n "$v" ] && [ "$v" -ge 1 ] && ok || bad "schema_version missing"
[ "$(sqlite3 "$db" 'PRAGMA journal_mode;')" = wal ] && ok || bad "not in WAL mode"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
