#!/usr/bin/env bash
# Hostile input to `eventline ingest`: each case must end with exit 0 (taken
# or rejected with a message) or 1 (clear error), never a signal, a hang or
# a sanitizer report, and the database must stay consistent.  Run time must
# be linear in the input size: time N and 2N and require a ratio under 3
# (quadratic would be 4), above an absolute floor so tiny timings don't flake.
# EL_HOSTILE_XFAIL="name,name" reports those linear checks without failing
# (for a known issue being fixed; names as printed, e.g. "nested <div><p>").
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
. "$SRC/tests/cli/lib/dbcheck.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
SCALE=1; [ "${EL_UNDER_SANITIZER:-0}" = 1 ] && SCALE=4  # sanitizers are slower
LIMIT=$((120 * SCALE))                                     # seconds per case

# rep STRING COUNT: STRING repeated COUNT times, no separator.
rep() { awk -v s="$1" -v n="$2" 'BEGIN { ORS = ""; for (i = 0; i < n; i++) print s }'; }
# jsonl_of FILE: wrap a text file as one JSONL article (jq escapes it).
jsonl_of() { jq -Rsc '{id: "hostile", published: "2026-01-08", text: .}' "$1"; }

# run_case NAME FILE [ingest options]: ingest into a fresh db, check the outcome.
run_case() {
  local name=$1 file=$2; shift 2
  rm -f "$tmp"/h.db*
  local rc u sy
  # CPU time (user + sys of the process tree): unlike wall time it does not
  # depend on fsync latency or other load on the machine.
  local TIMEFORMAT='%3U %3S'
  { time timeout "$LIMIT" "$EL" ingest --db "$tmp/h.db" "$@" "$file" >"$tmp/out" 2>"$tmp/err"; } 2>"$tmp/time"
  rc=$?
  read -r u sy <"$tmp/time"
  last_ms=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%d", (u + s) * 1000 }')
  if [ $rc -eq 124 ]; then bad "$name: timed out after ${LIMIT}s"; return; fi
  if [ $rc -gt 1 ]; then bad "$name: exit $rc"; head -c 2000 "$tmp/err"; return; fi
  if [ -s "$tmp/h.db" ]; then
    local r; r=$(db_integrity "$tmp/h.db")
    [ "$r" = ok ] || { bad "$name: $r"; return; }
  fi
  ok
  # summary line, and the last message that is not a dictionary warning
  printf '%-30s exit %d %6d ms cpu  %s | %s\n' "$name" "$rc" "$last_ms" "$(tail -1 "$tmp/out" | head -c 90)" \
    "$(grep -v '/data/.*:[0-9]*: ' "$tmp/err" | tail -1 | head -c 150)"
}

# linear NAME GENERATOR N: CPU time of the case at size N and 2N (GENERATOR
# SIZE FILE writes the input); the larger must take < 3x the smaller, unless
# it is under the floor of 1 s (times SCALE).
linear() {
  local name=$1 gen=$2 n=$3 t1 t2
  "$gen" "$n" "$tmp/l1"; "$gen" $((2 * n)) "$tmp/l2"
  run_case "$name (N)" "$tmp/l1" --format "${FMT:-text}"; t1=$last_ms
  run_case "$name (2N)" "$tmp/l2" --format "${FMT:-text}"; t2=$last_ms
  local floor=$((1000 * SCALE))
  # one more measurement before calling it quadratic: a busy machine can
  # slow one run (a quadratic case stays at ~4x)
  if [ "$t2" -ge "$floor" ] && [ "$t2" -ge $((3 * (t1 > 0 ? t1 : 1))) ]; then
    run_case "$name (N, again)" "$tmp/l1" --format "${FMT:-text}"; t1=$last_ms
    run_case "$name (2N, again)" "$tmp/l2" --format "${FMT:-text}"; t2=$last_ms
  fi
  if [ "$t2" -lt "$floor" ] || [ "$t2" -lt $((3 * (t1 > 0 ? t1 : 1))) ]; then ok
  elif [[ ",${EL_HOSTILE_XFAIL:-}," == *",$name,"* ]]; then
    echo "XFAIL (known, EL_HOSTILE_XFAIL): $name: not linear: ${t1} ms for N, ${t2} ms for 2N"; ok
  else
    bad "$name: not linear: ${t1} ms for N, ${t2} ms for 2N"; fi
}

# ---- the cases ----
head -c 10485760 /dev/zero | tr '\0' 'a' >"$tmp/nospace.txt"
run_case "10 MB without space/newline" "$tmp/nospace.txt" --format text
jsonl_of "$tmp/nospace.txt" >"$tmp/nospace.jsonl"
run_case "10 MB word in JSONL" "$tmp/nospace.jsonl"
rep '"' 100000 >"$tmp/quotes.txt"; run_case "100k quote marks" "$tmp/quotes.txt" --format text
rep '“He said, ' 50000 >"$tmp/curly.txt"; run_case "50k unclosed curly quotes" "$tmp/curly.txt" --format text
{ rep '<div>' 100000; echo 'The president met the minister on Monday.'; rep '</div>' 100000; } >"$tmp/deep.html"
run_case "100k nested <div>" "$tmp/deep.html" --format html
{ rep '<b><i><u>' 30000; echo 'Text.'; } >"$tmp/unclosed.html"
run_case "90k unclosed tags" "$tmp/unclosed.html" --format html
printf 'The minister\0 met\0\0 the president on Monday.\0\n' >"$tmp/nul.txt"
run_case "NUL bytes in text" "$tmp/nul.txt" --format text
printf '{"id":"n1","text":"before\\u0000after the president met the minister."}\n' >"$tmp/nul.jsonl"
run_case "NUL escape in JSONL" "$tmp/nul.jsonl"
printf 'Overlong \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf, surrogate \xed\xa0\x80, 5-byte \xf8\x88\x80\x80\x80, stray \x80\xbf \xfe\xff. The president met the minister.\n' >"$tmp/overlong.txt"
run_case "mostly invalid UTF-8" "$tmp/overlong.txt" --format text
{ echo 'The Russian foreign minister met the Chinese president on Monday in Paris.'; cat "$tmp/overlong.txt";
  echo 'Later the German defense minister visited the French prime minister for talks.'; } >"$tmp/someinvalid.txt"
run_case "some overlong/invalid UTF-8" "$tmp/someinvalid.txt" --format text
if [ -s "$tmp/h.db" ]; then
  n=$(sqlite3 "$tmp/h.db" "SELECT count(*) FROM documents WHERE invalid_bytes > 0" 2>/dev/null || echo 0)
  [ "${n:-0}" = 1 ] && ok || bad "invalid bytes not repaired and counted"
else bad "text with a few invalid bytes was rejected"; fi
printf 'The \xe2\x80\xaeRussian\xe2\x80\xac foreign minister \xe2\x81\xa6met\xe2\x81\xa9 the Chinese president on Monday.\n' >"$tmp/rtl.txt"
run_case "bidi overrides" "$tmp/rtl.txt" --format text --published 2026-01-08
if [ -s "$tmp/h.db" ]; then
  n=$(sqlite3 "$tmp/h.db" "SELECT count(*) FROM documents WHERE instr(text, char(8238)) OR instr(text, char(8294))" 2>/dev/null || echo 0)
  [ "${n:-0}" = 0 ] && ok || bad "bidi overrides kept in stored text"
fi
head -c 3000000 /dev/urandom >"$tmp/binary.bin"; run_case "3 MB random bytes" "$tmp/binary.bin" --format text
printf '' >"$tmp/empty.txt"; run_case "empty file" "$tmp/empty.txt" --format text
printf '{"text": "unterminated\n{"id": 1}\n[]\n"str"\n{"text": 5}\n{"text": ""}\n' >"$tmp/bad.jsonl"
run_case "malformed JSONL lines" "$tmp/bad.jsonl"
awk -v n=1 -v seed=5 -f "$SRC/tests/cli/lib/gen_articles.awk" | jq -c '.text = (.text * 2000)' >"$tmp/long.jsonl"
run_case "1 MB+ single JSONL line" "$tmp/long.jsonl"
# A 20 MB article exceeds the reader's limit: rejected, not processed.
head -c 20000000 /dev/zero | tr '\0' 'a' | sed 's/aaaaaaaaa/word word /g' >"$tmp/huge.txt"
run_case "20 MB article" "$tmp/huge.txt" --format text

# ---- linear time ----
# Measured in the normal build; under sanitizers the timings say little and
# take long, so the checks are skipped there.
if [ "${EL_UNDER_SANITIZER:-0}" = 1 ]; then
  echo "linear-time checks skipped under sanitizers"
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit
fi
g_nospace() { head -c "$1" /dev/zero | tr '\0' 'x' >"$2"; }
g_quotes() { rep '"a ' $(($1 / 3)) >"$2"; }
g_sentence() { rep 'the Russian minister met the Chinese president and ' $(($1 / 51)) >"$2"; }
g_article() {
  awk -v n=$(($1 / 700 + 1)) -v seed=9 -f "$SRC/tests/cli/lib/gen_articles.awk" | jq -r .text |
    head -c "$1" >"$2"
}
g_lines() { rep 'Minister.\n' $(($1 / 10)) >"$2"; }
g_html() { { rep '<div>' $(($1 / 11)); echo x; rep '</div>' $(($1 / 11)); } >"$2"; }
g_html_p() { { rep '<div><p>' $(($1 / 16)); echo x; rep '</p></div>' $(($1 / 16)); } >"$2"; }
g_caps() { rep 'Mr. A. B. C. D. U.S. ' $(($1 / 21)) >"$2"; }
linear "no-space blob" g_nospace 2000000
linear "quote marks" g_quotes 600000
linear "one endless sentence" g_sentence 400000
linear "ordinary article text" g_article 600000
linear "short lines" g_lines 600000
linear "abbreviations" g_caps 400000
FMT=html linear "nested <div>" g_html 1000000
FMT=html linear "nested <div><p>" g_html_p 400000

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
