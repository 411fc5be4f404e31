#!/usr/bin/env bash
# Security of `eventline ingest` and the queries:
#   - SQL injection: ids, metadata, actor names and query arguments shaped
#     like SQL ('; DROP TABLE events; --) are data: stored and returned
#     intact through bound parameters, and every table survives;
#   - paths inside articles ("text": "/etc/passwd", "url"/"path" fields,
#     file:// URLs) are never opened: their contents never reach the store;
#   - HTML report escaping: there is no `report` command yet; when it exists
#     a test must check that names/quotes with <script> are escaped.
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
. "$SRC/tests/cli/lib/dbcheck.sh"
tmp=${EL_KEEP_TMP:-$(mktemp -d)}; [ -n "${EL_KEEP_TMP:-}" ] || trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
db=$tmp/s.db

evil_id="x'; DROP TABLE events; --"
evil_src="Robert'); DROP TABLE documents;--"
secret="$tmp/secret.txt"; echo "TOPSECRET-$$-CONTENT" >"$secret"
jq -nc --arg id "$evil_id" --arg src "$evil_src" \
  '{id: $id, published: "2026-01-08", source: $src, title: "\" OR 1=1 --",
    text: "The Russian foreign minister accused the Chinese government of spying on Monday. \"We reject this; DROP TABLE quotes; --,\" the Chinese foreign minister said."}' >"$tmp/in.jsonl"
jq -nc --arg p "$secret" '{id: "path-text", published: "2026-01-08", text: $p}' >>"$tmp/in.jsonl"
jq -nc --arg p "$secret" '{id: "path-fields", published: "2026-01-08", url: ("file://" + $p), path: $p, file: $p,
  source: $p, text: ("See " + $p + " and file://" + $p + " for details. The president met the minister.")}' >>"$tmp/in.jsonl"
jq -nc '{id: "etc", text: "/etc/passwd"}' >>"$tmp/in.jsonl"

"$EL" ingest --db "$db" "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -le 1 ] && ok || { bad "ingest exit $rc"; cat "$tmp/err"; }
tables=$(db_tables "$db" | tr '\n' ' ')
echo "tables: $tables"
for t in documents events; do
  echo " $tables " | grep -q " $t " && ok || bad "table $t missing after ingest"
done
# The id and the source are stored exactly (documents.doc_id, .source).
sq() { printf '%s' "$1" | sed "s/'/''/g"; }
got=$(sqlite3 "$db" "SELECT count(*) FROM documents WHERE doc_id = '$(sq "$evil_id")' AND source = '$(sq "$evil_src")';")
[ "$got" = 1 ] && ok || bad "hostile id/source not stored intact"
# Queries with hostile arguments run, return intact ids, and drop nothing.
"$EL" events --db "$db" --all --mentions --format jsonl >"$tmp/ev.jsonl" 2>"$tmp/everr" && ok || { bad "events query"; cat "$tmp/everr"; }
if [ -s "$tmp/ev.jsonl" ]; then
  jq -e --arg id "$evil_id" 'select(.evidence[]?.doc == $id)' "$tmp/ev.jsonl" >/dev/null && ok ||
    bad "event evidence does not carry the id intact"
fi
for arg in "--actor=$evil_id" "--dyad=$evil_id:$evil_src" "--code=0'; DROP TABLE events; --" "--from=2026' OR '1'='1"; do
  "$EL" events --db "$db" "${arg%%=*}" "${arg#*=}" --format jsonl >"$tmp/q.out" 2>"$tmp/q.err"; rc=$?
  [ $rc -le 2 ] && ok || bad "events ${arg%%=*} hostile value: exit $rc"
done
# A filter value that would be always-true if pasted into SQL matches nothing.
"$EL" events --db "$db" --all --mentions --actor "x' OR '1'='1" --format jsonl >"$tmp/or.out" 2>/dev/null
[ ! -s "$tmp/or.out" ] && ok || bad "--actor \"x' OR '1'='1\" returned rows: SQL built from input?"
"$EL" events --db "$db" --all --mentions --code "0' OR '1'='1" --format jsonl >"$tmp/or.out" 2>/dev/null
[ ! -s "$tmp/or.out" ] && ok || bad "--code \"0' OR '1'='1\" returned rows: SQL built from input?"
"$EL" quotes --db "$db" --speaker "$evil_id" --format jsonl >/dev/null 2>&1; rc=$?
[ $rc -le 2 ] && ok || bad "quotes --speaker hostile value: exit $rc"
[ "$(db_tables "$db" | tr '\n' ' ')" = "$tables" ] && ok || bad "tables changed by queries"
r=$(db_integrity "$db"); [ "$r" = ok ] && ok || bad "$r"

# No file named in an article was read.
if sqlite3 "$db" .dump | grep -q "TOPSECRET-$$"; then bad "content of a file named in an article reached the store"; else ok; fi
if sqlite3 "$db" .dump | grep -q "root:x:0:0"; then bad "/etc/passwd content reached the store"; else ok; fi
# ... and the path itself is kept as plain text.
sqlite3 "$db" .dump | grep -qF "$secret" && ok || bad "path text not stored as text"

# HTML report: markup in article ids, names, evidence and quotes is escaped.
if "$EL" report --help >/dev/null 2>&1; then
  jq -nc '{id: "<script>alert(\"id\")</script>", published: "2026-01-08",
    text: "The Russian foreign minister accused the Chinese government of spying <script>alert(1)</script> on Monday. \"<img src=x onerror=alert(2)>We reject this,\" the Chinese foreign minister said on Monday."}' >"$tmp/xss.jsonl"
  "$EL" ingest --db "$tmp/x.db" "$tmp/xss.jsonl" >/dev/null 2>&1
  "$EL" report --db "$tmp/x.db" -o "$tmp/r.html" RUS CHN >/dev/null 2>"$tmp/r.err"; rc=$?
  if [ $rc -ne 0 ]; then bad "report failed (exit $rc)"; head -3 "$tmp/r.err"
  else
    grep -qi '<script' "$tmp/r.html" && bad "report contains a <script> tag" || ok
    grep -qi '<img src=x' "$tmp/r.html" && bad "report contains unescaped <img> from a quote" || ok
    grep -qi 'onerror=' "$tmp/r.html" && ! grep -q '&lt;img' "$tmp/r.html" && bad "onerror attribute not escaped" || ok
    grep -q '&lt;script&gt;alert(1)' "$tmp/r.html" && ok || bad "escaped evidence not in the report (is the event in it?)"
  fi
else
  echo "note: HTML report escaping not tested: no report command yet"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
