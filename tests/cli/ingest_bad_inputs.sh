#!/usr/bin/env bash
# `eventline ingest` with bad inputs mixed with good ones: every bad input
# gets a message naming the file (and the line for JSONL), the good articles
# of the same run are stored, and the exit status is 1.
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1
tmp=$(mktemp -d); trap 'chmod -R u+rw "$tmp"; rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
in=$tmp/in; mkdir "$in"
printf 'The foreign minister of France met the German chancellor in Berlin on Monday.\n' >"$in/good.txt"
: >"$in/empty.txt"
head -c 3000 /dev/urandom >"$in/binary.bin"; printf '\0\0\0\0' >>"$in/binary.bin"
printf 'Caf\xe9 talks: the minister met \xff\xfe the envoy on Monday.\n' >"$in/badutf8.txt"
{
  echo '{"id": "j1", "text": "The prime minister of Spain visited Morocco on Tuesday.", "published": "2026-01-08"}'
  echo '{"id": "broken", "text": "missing brace"'
  echo '{"id": "j3", "text": "The president of Brazil praised Argentina.", "published": "2026-01-08"}'
  echo '{"id": "notext", "title": "no text field"}'
} >"$in/articles.jsonl"
printf '<html><head><title>Only a title</title></head></html>\n' >"$in/nobody.html"
printf 'Unreadable article about the president.\n' >"$in/unreadable.txt"; chmod 000 "$in/unreadable.txt"
cd "$tmp" || exit 1
"$EL" ingest --db "$tmp/b.db" "$in/good.txt" "$in/empty.txt" "$in/binary.bin" "$in/badutf8.txt" \
  "$in/articles.jsonl" "$in/nobody.html" "$in/unreadable.txt" "$in/does-not-exist.txt" \
  >"$tmp/out" 2>"$tmp/err"
rc=$?
echo "exit $rc; stdout: $(cat "$tmp/out")"; grep -v 'CAMEO.2.0.txt' "$tmp/err" | head -20
[ $rc -eq 1 ] && ok || bad "exit status $rc, want 1"
err=$(grep -v 'data/verbs' "$tmp/err")
need() { # NAME PATTERN
  if printf '%s\n' "$err" | grep -qE "^eventline: .*$2"; then ok; else bad "no message for $1 (want /$2/)"; fi
}
need "empty file" "empty\.txt"
need "binary file" "binary\.bin"
need "invalid UTF-8 (rejected or warned)" "badutf8\.txt"
need "malformed JSONL line 2" "articles\.jsonl:2:"
need "JSONL line without text" "articles\.jsonl:4:"
need "HTML without body" "nobody\.html"
need "missing file" "does-not-exist\.txt"
if [ "$(id -u)" -ne 0 ]; then need "unreadable file" "unreadable\.txt"; fi
# root reads any file: check the unreadable file as an unprivileged user.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  u=$tmp/u; mkdir "$u"; chmod 755 "$tmp"; chmod 777 "$u"
  printf 'Unreadable article about the president.\n' >"$u/locked.txt"; chmod 000 "$u/locked.txt"
  cp "$in/good.txt" "$u/good.txt"; chmod 644 "$u/good.txt"
  setpriv --reuid=65534 --regid=65534 --clear-groups "$EL" ingest --db "$u/u.db" "$u/locked.txt" "$u/good.txt" \
    >"$tmp/u.out" 2>"$tmp/u.err"; rc=$?
  [ $rc -eq 1 ] && ok || bad "unreadable file: exit $rc"
  grep -qE '^eventline: .*locked\.txt' "$tmp/u.err" && ok || bad "no message for the unreadable file: $(head -c 300 "$tmp/u.err")"
  [ "$(sqlite3 "$u/u.db" "SELECT count(*) FROM documents WHERE doc_id = 'good';" 2>/dev/null)" = 1 ] && ok ||
    bad "good article next to the unreadable one not stored"
fi
# The good articles are stored whole.
for id in good j1 j3; do
  n=$(sqlite3 "$tmp/b.db" "SELECT count(*) FROM documents WHERE doc_id = '$id';")
  [ "$n" = 1 ] && ok || bad "article $id not stored ($n)"
done
for id in empty binary broken notext nobody does-not-exist; do
  n=$(sqlite3 "$tmp/b.db" "SELECT count(*) FROM documents WHERE doc_id = '$id';")
  [ "$n" = 0 ] && ok || bad "rejected input $id was stored"
done
n=$(sqlite3 "$tmp/b.db" "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc = d.id);")
[ "$n" = 0 ] && ok || bad "$n stored documents without sentences"
# The summary counts them.
grep -qE '^[0-9]+ documents: [0-9]+ new, 0 duplicate, [1-9][0-9]* rejected; [0-9]+ events, [0-9]+ quotes$' "$tmp/out" &&
  ok || bad "summary line: $(cat "$tmp/out")"
# No progress bar when stderr is not a terminal.
grep -q $'\r' "$tmp/err" && bad "progress bar written to a non-terminal" || ok
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
