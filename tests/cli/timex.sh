#!/bin/bash
# timex.sh — `eventline timex`: usage errors, JSON lines with byte offsets
# into the input, values anchored on --dct.
# args: eventline-binary source-dir shared-dir
set -u
EL=$1
fail() { echo "FAIL: $*"; exit 1; }
"$EL" timex --help > /dev/null || fail "--help should exit 0"
echo x | "$EL" timex > /dev/null 2>&1; [ $? -eq 2 ] || fail "missing --dct should exit 2"
echo x | "$EL" timex --dct 2025-02-30 > /dev/null 2>&1; [ $? -eq 2 ] || fail "impossible --dct should exit 2"
echo x | "$EL" timex --dct 08/01/2026 > /dev/null 2>&1; [ $? -eq 2 ] || fail "malformed --dct should exit 2"
text='Crónica: the ministers met on Monday and talked for about 35 minutes; on February 30 nothing happened.'
out=$(printf '%s' "$text" | "$EL" timex --dct 2026-01-08) || fail "tagging failed"
echo "$out"
[ "$(echo "$out" | wc -l)" -eq 2 ] || fail "expected 2 expressions (February 30 is impossible)"
echo "$out" | jq -s -e 'map(select(.text == "Monday")) | length == 1 and .[0].type == "DATE" and .[0].value == "2026-01-05"' > /dev/null \
  || fail "Monday should resolve to 2026-01-05"
echo "$out" | jq -s -e 'map(select(.text == "35 minutes")) | length == 1 and .[0].type == "DURATION" and .[0].value == "PT35M"' > /dev/null \
  || fail "35 minutes should be PT35M"
# offsets are bytes ("Crónica" has a 2-byte ó)
while read -r s e t; do
  got=$(printf '%s' "$text" | tail -c +$((s + 1)) | head -c $((e - s)))
  [ "$got" = "$t" ] || fail "offsets $s..$e give '$got', not '$t'"
done < <(echo "$out" | jq -r '"\(.start) \(.end) \(.text)"')
# unanchored
printf 'They met on January 7.' | "$EL" timex --dct none | jq -e '.value == "XXXX-01-07"' > /dev/null \
  || fail "--dct none should leave XXXX-01-07"
# inferred DCT from a dateline + a dated mention in the content
printf 'Lima, Peru, March 4: The minister resigned.\n\nThe crisis began on February 27, 2024.\nHe left yesterday.' \
  | "$EL" timex --dct auto 2>/dev/null | jq -s -e 'map(select(.text == "yesterday")) | length == 1 and .[0].value == "2024-03-03"' > /dev/null \
  || fail "--dct auto should infer 2024-03-04 from the dateline"
# binary input (a NUL byte) fails the run and names the line; invalid UTF-8
# is told with its line and tagged around
err=$(printf 'On Monday they met.\nAnd \000\001\002 more.\n' | "$EL" timex --dct 2026-01-08 2>&1 >/dev/null)
rc=$?
[ $rc -eq 1 ] || fail "binary input should exit 1 (got $rc)"
echo "$err" | grep -q 'stdin:2: binary input' || fail "binary input should name line 2: $err"
out=$(printf 'On Monday they met.\nOn Tuesday \377\376 again.\n' | "$EL" timex --dct 2026-01-08 2>/tmp/timex_err.$$)
rc=$?
err=$(cat /tmp/timex_err.$$); rm -f /tmp/timex_err.$$
[ $rc -eq 0 ] || fail "invalid UTF-8 should still tag (got $rc)"
echo "$err" | grep -q 'stdin:2: invalid UTF-8 (2 bytes' || fail "invalid UTF-8 should name line 2: $err"
echo "$out" | jq -s -e 'length == 2 and .[1].text == "Tuesday" and .[1].value == "2026-01-06"' > /dev/null \
  || fail "both days should be tagged around the invalid bytes"
printf 'Plain text on Monday.\n' | "$EL" timex --dct 2026-01-08 2>&1 >/dev/null | grep -q . \
  && fail "clean text should print no warning"
echo "timex CLI ok"
