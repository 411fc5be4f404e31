#!/usr/bin/env bash
# Storage faults during `eventline ingest`:
#   disk full  — a file-size limit (ulimit -f) stops the database from
#                growing: ingest must exit with an error that says so (not
#                die from SIGXFSZ), keep what was stored before intact and
#                consistent, and store no article partly;
#   read-only  — the database file is not writable: a clear error, nothing
#                lost, and the data still readable.
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
. "$SRC/tests/cli/lib/dbcheck.sh"
tmp=$(mktemp -d); chmod 755 "$tmp"; trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

awk -v n=40 -v seed=3 -f "$SRC/tests/cli/lib/gen_articles.awk" >"$tmp/first.jsonl"
awk -v n=1500 -v seed=4 -v start=40 -f "$SRC/tests/cli/lib/gen_articles.awk" >"$tmp/more.jsonl"
cat "$tmp/first.jsonl" "$tmp/more.jsonl" >"$tmp/all.jsonl"
"$EL" ingest --db "$tmp/ref.db" "$tmp/all.jsonl" >/dev/null 2>&1 || { echo "reference ingest failed"; exit 1; }

# ---- disk full ----
"$EL" ingest --db "$tmp/full.db" "$tmp/first.jsonl" >/dev/null 2>"$tmp/e" || { bad "first ingest"; cat "$tmp/e"; }
before=$(sqlite3 "$tmp/full.db" 'SELECT count(*) FROM documents;')
size_kb=$(( $(stat -c %s "$tmp/full.db") / 1024 ))
# Room for roughly 200 KB more in any one file (database, WAL, journal).
( ulimit -f $((size_kb + 200)); exec "$EL" ingest --db "$tmp/full.db" "$tmp/more.jsonl" ) >"$tmp/full.out" 2>"$tmp/full.err"
rc=$?
echo "disk full: exit $rc; stderr: $(head -c 300 "$tmp/full.err")"
if [ $rc -ge 128 ]; then bad "disk full: killed by signal $((rc - 128)) (SIGXFSZ not handled)"
elif [ $rc -eq 0 ]; then bad "disk full: ingest reported success"
else ok; fi
grep -qiE 'disk full|no space|too large|database or disk is full' "$tmp/full.err" && ok ||
  bad "disk full: the error does not say the disk is full"
r=$(db_integrity "$tmp/full.db"); [ "$r" = ok ] && ok || bad "disk full: $r"
after=$(sqlite3 "$tmp/full.db" 'SELECT count(*) FROM documents;')
[ "$after" -ge "$before" ] && ok || bad "disk full: lost documents ($before -> $after)"
p=$(db_partial_docs "$tmp/full.db" "$tmp/ref.db"); [ -z "$p" ] && ok || { bad "disk full: partly stored articles"; echo "$p"; }
# With space again, the ingest completes and matches the reference.
"$EL" ingest --db "$tmp/full.db" "$tmp/more.jsonl" >/dev/null 2>"$tmp/e" || { bad "ingest after disk full"; cat "$tmp/e"; }
if cmp -s <(db_counts "$tmp/ref.db") <(db_counts "$tmp/full.db"); then ok; else
  bad "disk full: counts after resuming differ"; diff <(db_counts "$tmp/ref.db") <(db_counts "$tmp/full.db"); fi

# ---- read-only database ----
"$EL" ingest --db "$tmp/ro.db" "$tmp/first.jsonl" >/dev/null 2>&1 || bad "ro: first ingest"
counts_before=$(db_counts "$tmp/ro.db")
sum_before=$(sha256sum <"$tmp/ro.db")
chmod 444 "$tmp/ro.db"
# root ignores file modes: run the writer as an unprivileged user instead.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chmod 755 "$tmp"; chmod 644 "$tmp/more.jsonl"; chmod o+rx "$(dirname "$EL")" 2>/dev/null
  else
    echo "ro: running as root without setpriv: read-only check skipped"
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  "${as_user[@]}" "$EL" ingest --db "$tmp/ro.db" "$tmp/more.jsonl" >"$tmp/ro.out" 2>"$tmp/ro.err"
  rc=$?
  echo "read-only: exit $rc; stderr: $(head -c 300 "$tmp/ro.err")"
  if [ $rc -ne 0 ] && [ $rc -lt 128 ]; then ok; else bad "read-only: exit $rc (want a clean error)"; fi
  grep -qiE 'read-?only|permission|not writable|cannot write|attempt to write|open' "$tmp/ro.err" && ok ||
    bad "read-only: the error does not say why"
  [ "$(sha256sum <"$tmp/ro.db")" = "$sum_before" ] && ok || bad "read-only: database file changed"
fi
chmod 644 "$tmp/ro.db"
[ "$(db_counts "$tmp/ro.db")" = "$counts_before" ] && ok || bad "read-only: counts changed"
r=$(db_integrity "$tmp/ro.db"); [ "$r" = ok ] && ok || bad "read-only: $r"
# A read-only database is still queryable.
chmod 444 "$tmp/ro.db"
"$EL" events --db "$tmp/ro.db" --format jsonl >"$tmp/ro.ev" 2>"$tmp/ro.everr" && ok ||
  { bad "read-only: events query failed"; head -3 "$tmp/ro.everr"; }
chmod 644 "$tmp/ro.db"

# ---- missing directory ----
"$EL" ingest --db "$tmp/no/such/dir/x.db" "$tmp/first.jsonl" >/dev/null 2>"$tmp/nd.err"
rc=$?
if [ $rc -ne 0 ] && [ $rc -lt 128 ] && [ -s "$tmp/nd.err" ]; then ok; else bad "missing dir: exit $rc, no message"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
