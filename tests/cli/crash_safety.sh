#!/usr/bin/env bash
# Crash safety of `eventline ingest`: SIGKILL it at random moments while it
# stores a few thousand synthetic articles, and after every kill check that
#   - the database passes PRAGMA integrity_check and foreign_key_check,
#   - no article is partly stored: every stored document has exactly the
#     rows (sentences, mentions, events, quotes...) that an uninterrupted
#     run stores for it, and at least one sentence;
# then finish the ingest and require the same row count in every table as
# the uninterrupted run.  Args: eventline binary, source dir, shared dir.
# Env: EL_CRASH_TRIALS (default 25, 10 under sanitizers), EL_CRASH_ARTICLES
# (default 3000, 600 under sanitizers), EL_CRASH_SEED (random kill times; printed for replay).
set -u
EL=$1; SRC=$2
. "$SRC/tests/cli/lib/dbcheck.sh"
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI missing"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ "${EL_UNDER_SANITIZER:-0}" = 1 ]; then
  N=${EL_CRASH_ARTICLES:-600}; TRIALS=${EL_CRASH_TRIALS:-10}
else
  N=${EL_CRASH_ARTICLES:-3000}; TRIALS=${EL_CRASH_TRIALS:-25}
fi
SEED=${EL_CRASH_SEED:-$(( $(date +%s) % 100000 ))}
RANDOM=$SEED
echo "crash_safety: $N articles, $TRIALS kill trials, seed $SEED"
awk -v n="$N" -v seed=11 -f "$SRC/tests/cli/lib/gen_articles.awk" >"$tmp/in.jsonl"

pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# Uninterrupted reference run, timed (ms) to place the kills.
t0=$(date +%s%N)
"$EL" ingest --db "$tmp/ref.db" "$tmp/in.jsonl" >"$tmp/ref.out" 2>"$tmp/ref.err" || {
  echo "reference ingest failed:"; tail -5 "$tmp/ref.err"; exit 1; }
ref_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ref_ms" -lt 50 ] && ref_ms=50
db_counts "$tmp/ref.db" >"$tmp/ref.counts"
ndocs=$(sqlite3 "$tmp/ref.db" 'SELECT count(*) FROM documents;')
echo "reference: ${ref_ms} ms, $ndocs documents"; sed 's/^/  /' "$tmp/ref.counts"
[ "$ndocs" -eq "$N" ] && ok || bad "reference stored $ndocs of $N articles"
[ "$(db_integrity "$tmp/ref.db")" = ok ] && ok || bad "reference database not consistent"
[ -z "$(db_partial_docs "$tmp/ref.db" "$tmp/ref.db")" ] && ok || bad "self-check of db_partial_docs"

# Every trial resumes on the database the killed one left (already stored
# articles are duplicates), so kills land in schema creation, early, middle
# and late phases, and on recovery of a killed database.  When a run gets to
# the end before its kill, the result is compared with the reference and the
# next trial starts from an empty database.  Kill delays are capped at
# EL_CRASH_MAX_DELAY_MS (default 3000) to keep the test short.
MAXD=${EL_CRASH_MAX_DELAY_MS:-3000}
[ "$MAXD" -gt "$ref_ms" ] && MAXD=$ref_ms
killed=0; finished=0; compared=0
check_db() { # LABEL
  local r p z
  if [ ! -s "$tmp/c.db" ]; then ok; return; fi # killed before creating it
  if [ -z "$(db_tables "$tmp/c.db")" ]; then ok; return; fi # before the schema committed
  if ! db_tables "$tmp/c.db" | grep -qx documents; then bad "$1: partial schema"; return; fi
  r=$(db_integrity "$tmp/c.db")
  [ "$r" = ok ] && ok || bad "$1: $r"
  p=$(db_partial_docs "$tmp/c.db" "$tmp/ref.db")
  [ -z "$p" ] && ok || { bad "$1: partly stored articles"; echo "$p" | head -5; }
  z=$(db_docs_without_sentences "$tmp/c.db")
  [ "$z" = 0 ] && ok || bad "$1: $z documents without sentences"
}
finish_and_compare() { # LABEL
  "$EL" ingest --db "$tmp/c.db" "$tmp/in.jsonl" >/dev/null 2>"$tmp/fin.err" || {
    bad "$1: resuming ingest failed"; tail -3 "$tmp/fin.err"; }
  db_counts "$tmp/c.db" >"$tmp/c.counts"
  if cmp -s "$tmp/ref.counts" "$tmp/c.counts"; then ok; else
    bad "$1: row counts differ from the uninterrupted run"; diff "$tmp/ref.counts" "$tmp/c.counts" | head; fi
  check_db "$1 finished"
  compared=$((compared + 1))
}
for ((trial = 1; trial <= TRIALS; trial++)); do
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % MAXD ))
  "$EL" ingest --db "$tmp/c.db" "$tmp/in.jsonl" >/dev/null 2>"$tmp/run.err" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -KILL "$pid" 2>/dev/null; then killed=$((killed + 1)); what=killed; else finished=$((finished + 1)); what="had finished"; fi
  wait "$pid" 2>/dev/null
  stored=0
  [ -s "$tmp/c.db" ] && stored=$(sqlite3 "$tmp/c.db" 'SELECT count(*) FROM documents;' 2>/dev/null || echo 0)
  echo "trial $trial: $what after ${delay_ms} ms, $stored documents stored"
  check_db "trial $trial"
  if [ "${stored:-0}" -ge "$N" ]; then
    finish_and_compare "trial $trial"
    rm -f "$tmp"/c.db*
  fi
done
finish_and_compare "last group"
echo "crash_safety: $killed ingests killed mid-run, $finished finished before the kill, $compared complete databases compared"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
