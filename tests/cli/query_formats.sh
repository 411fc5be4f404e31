#!/usr/bin/env bash
# The query commands and `code` on the bundled examples: Event/Quote JSONL
# carry the GUIDE.md fields, CSV has its header and RFC 4180 quoting,
# merged events account for every mention, --dyad matches both directions
# (--directed one), filters narrow, and `code` (no database) yields the same
# mentions as ingest + events --mentions.
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
db=$tmp/q.db
"$EL" ingest --db "$db" "$SRC/examples/seeds.jsonl" >/dev/null 2>"$tmp/err" || { echo "ingest failed"; tail -3 "$tmp/err"; exit 1; }
ev() { "$EL" events --db "$db" "$@"; }

ev --all --mentions --format jsonl >"$tmp/m.jsonl" || bad "events --all --mentions"
ev --all --format jsonl >"$tmp/g.jsonl" || bad "events --all"
nm=$(wc -l <"$tmp/m.jsonl")
stored=$(sqlite3 "$db" 'SELECT count(*) FROM events;')
[ "$nm" -eq "$stored" ] && ok || bad "--all --mentions lists $nm of $stored stored mentions"
if [ "$nm" -gt 0 ]; then
  # Every line has the GUIDE fields with the right types.
  jq -e 'select((.id|type)=="string" and (.date_precision|type)=="string" and (.source|keys|contains(["code","country","name"]))
          and (.target|keys|contains(["code","country","name"])) and (.cameo|type)=="string" and (.root|type)=="string"
          and (.quad_class|type)=="number" and (.goldstein|type)=="number" and (.negated|type)=="boolean"
          and .mentions==1 and .reports==1 and .documents==1 and (.confidence|type)=="number" and (.evidence|length)==1
          and (.evidence[0]|keys|contains(["doc","sentence","start","end"])) and (.details|type)=="object"
          and (keys|contains(["date","date_start","date_end","plover"])))' "$tmp/m.jsonl" | jq -s length >"$tmp/n"
  [ "$(cat "$tmp/n")" -eq "$nm" ] && ok || bad "$(( nm - $(cat "$tmp/n") )) mention lines lack GUIDE fields"
  # Merged events account for every mention, and their counts add up.
  total=$(jq -s 'map(.mentions) | add' "$tmp/g.jsonl")
  [ "$total" -eq "$nm" ] && ok || bad "merged mentions add up to $total, not $nm"
  # One evidence per report (article sentence): a reciprocal act coded both
  # ways from one sentence is two mentions and one report.
  jq -e -s 'all(.[]; (.evidence|length) == .reports and .documents <= .reports and .reports <= .mentions
               and ([.evidence[] | [.doc, .start]] | unique | length) == .reports)' "$tmp/g.jsonl" >/dev/null && ok ||
    bad "evidence list length != reports"
  jq -e -s 'any(.[]; .mentions > .reports)' "$tmp/g.jsonl" >/dev/null && ok ||
    bad "no reciprocal event counted as one report (the seeds' calls and meetings are)"
  # --explain lists every mention with its pattern.
  ev --all --explain --format jsonl | jq -e -s 'all(.[]; (.evidence|length) == .mentions)' >/dev/null && ok ||
    bad "--explain evidence != mentions"
  # The evidence sentence is the text at [start, end) of the article.
  jq -e -s 'all(.[]; .evidence[0].end > .evidence[0].start)' "$tmp/m.jsonl" >/dev/null && ok || bad "empty evidence span"
  # Sorted by date (the start of the event's date interval).
  jq -r '.date_start // ""' "$tmp/g.jsonl" >"$tmp/dates"; sort -c "$tmp/dates" 2>/dev/null && ok || bad "events not sorted by date_start"
  # Default = factual only.
  ev --mentions --format jsonl >"$tmp/f.jsonl"
  jq -e -s 'all(.[]; .negated == false)' "$tmp/f.jsonl" >/dev/null && ok || bad "default output has negated events"
  nf=$(sqlite3 "$db" "SELECT count(*) FROM events WHERE negated = 0 AND mood = 'fact';")
  [ "$(wc -l <"$tmp/f.jsonl")" -eq "$nf" ] && ok || bad "default lists $(wc -l <"$tmp/f.jsonl") of $nf factual mentions"
fi
# Dyad: both directions = the two directed queries.
both=$(ev --all --mentions --dyad USA:COL --format jsonl | wc -l)
ab=$(ev --all --mentions --dyad USA:COL --directed --format jsonl | wc -l)
ba=$(ev --all --mentions --dyad COL:USA --directed --format jsonl | wc -l)
[ "$both" -eq $((ab + ba)) ] && ok || bad "dyad both ways $both != $ab + $ba"
ev --all --mentions --dyad USA:COL --directed --format jsonl |
  jq -e -s 'all(.[]; (.source.code|startswith("USA")) and (.target.code|startswith("COL")))' >/dev/null && ok ||
  bad "--directed USA:COL returned other pairs"
# --actor, --code, --from/--to narrow.
ev --all --mentions --actor USA --format jsonl |
  jq -e -s 'all(.[]; (.source.code|startswith("USA")) or (.target.code|startswith("USA")) or .source.country=="USA" or .target.country=="USA")' >/dev/null &&
  ok || bad "--actor USA returned events without USA"
ev --all --mentions --code 04 --format jsonl | jq -e -s 'all(.[]; .cameo|startswith("04"))' >/dev/null && ok || bad "--code 04"
ev --all --mentions --from 2026-01-01 --to 2026-01-31 --format jsonl |
  jq -e -s 'all(.[]; .date_end >= "2026-01-01" and .date_start[0:10] <= "2026-01-31")' >/dev/null && ok || bad "--from/--to"
# --explain adds rule and trigger.
ev --all --mentions --explain --format jsonl | head -1 | jq -e '.evidence[0] | keys | contains(["pattern","trigger"])' >/dev/null && ok ||
  { [ "$nm" -eq 0 ] && ok || bad "--explain fields"; }
# CSV: header, and one record per merged event (quoted newlines aside).
ev --all --format csv >"$tmp/e.csv" || bad "events --format csv"
head -1 "$tmp/e.csv" | grep -q '^id,date,date_precision,date_start,date_end,source_code,' && ok || bad "CSV header"
head -1 "$tmp/e.csv" | grep -q $'\r$' && ok || bad "CSV lines do not end in CRLF"
# Table (default) output works; a season is shown by name (the seeds'
# "Last autumn, the U.S. government imposed sanctions" in a January 2026 article).
ev >"$tmp/t.txt" 2>/dev/null && ok || bad "table output"
grep -q '^autumn 2025 .*163' "$tmp/t.txt" && ok || bad "table: season not named (autumn 2025)"
# Quotes.
"$EL" quotes --db "$db" --format jsonl >"$tmp/q.jsonl" || bad "quotes --format jsonl"
nq=$(sqlite3 "$db" 'SELECT count(*) FROM quotes;')
[ "$(wc -l <"$tmp/q.jsonl")" -eq "$nq" ] && ok || bad "quotes lists $(wc -l <"$tmp/q.jsonl") of $nq"
if [ "$nq" -gt 0 ]; then
  jq -e -s 'all(.[]; (.doc|type)=="string" and (.speaker|keys|contains(["name","code"])) and (.text|type)=="string"
            and (.start|type)=="number" and (.end|type)=="number" and has("date"))' "$tmp/q.jsonl" >/dev/null &&
    ok || bad "quote fields"
fi
"$EL" quotes --db "$db" --format csv | head -1 | grep -q '^doc,date,speaker_name,speaker_code,text' && ok || bad "quotes CSV header"
# A quotation dated to a month (seed 002: "Last month, he warned that Petro
# \"better watch his a-.\"", DCT 2026-01-08) or a year is within a --from/--to
# inside it.
"$EL" quotes --db "$db" --from 2025-12-05 --to 2025-12-31 --format jsonl >"$tmp/qm.jsonl" || bad "quotes --from/--to"
jq -e -s 'all(.[]; .date == "2025-12" or .date == "2025" or (.date >= "2025-12-05" and .date <= "2025-12-31"))
           and any(.[]; .date == "2025-12" and (.text | test("better watch")))' "$tmp/qm.jsonl" >/dev/null &&
  ok || bad "month-dated quote within --from 2025-12-05 --to 2025-12-31"
# Actors.
"$EL" actors --db "$db" --format jsonl >"$tmp/a.jsonl" || bad "actors --format jsonl"
na=$(sqlite3 "$db" 'SELECT count(*) FROM actors;')
[ "$(jq -s 'map(select(.type=="learned")) | length' "$tmp/a.jsonl")" -eq "$na" ] && ok || bad "learned actors count"
nc=$(sqlite3 "$db" 'SELECT count(DISTINCT code) FROM actor_mentions;')
[ "$(jq -s 'map(select(.type=="mentions")) | length' "$tmp/a.jsonl")" -eq "$nc" ] && ok || bad "mention counts per code"
"$EL" actors --db "$db" >/dev/null && ok || bad "actors table"
# code: same factual mentions as ingest + events --mentions, no database.
( cd "$tmp" && "$EL" code <"$SRC/examples/seeds.jsonl" >"$tmp/code.jsonl" 2>"$tmp/code.err" ) && ok || bad "code exit"
[ ! -e "$tmp/eventline.db" ] && ok || bad "code created a database"
jq -c '[.evidence[0].doc, .evidence[0].start, .cameo, .source.code, .target.code, .date]' "$tmp/code.jsonl" | sort >"$tmp/c1"
jq -c '[.evidence[0].doc, .evidence[0].start, .cameo, .source.code, .target.code, .date]' "$tmp/f.jsonl" 2>/dev/null | sort >"$tmp/c2"
cmp -s "$tmp/c1" "$tmp/c2" && ok || bad "code and ingest+events disagree ($(wc -l <"$tmp/c1") vs $(wc -l <"$tmp/c2") mentions)"
# code: a bad line is reported with its number, the others still coded.
{ head -1 "$SRC/examples/seeds.jsonl"; echo '{"id": "bad", "text": '; sed -n 2p "$SRC/examples/seeds.jsonl"; } >"$tmp/mixed.jsonl"
"$EL" code <"$tmp/mixed.jsonl" >"$tmp/mixed.out" 2>"$tmp/mixed.err"; rc=$?
[ $rc -eq 1 ] && ok || bad "code with a bad line: exit $rc"
grep -q '^eventline: .*:2: ' "$tmp/mixed.err" && ok || bad "code: no message with line 2"
docs=$(jq -r '.evidence[0].doc' "$tmp/mixed.out" | sort -u | wc -l)
[ "$docs" -ge 1 ] && ok || bad "code: good lines not coded"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
