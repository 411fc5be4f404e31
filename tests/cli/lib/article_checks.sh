# article_checks.sh — shared by the held-out article scripts and the seeds
# check: ingest one JSONL file of articles, then check_* jq filters over its
# events (--all, or a FILE of the caller's), with a jq prelude of dyad, root
# and date helpers, and a closing verdict against a floor of passed checks.
# Source it, then call articles_ingest (or fill $tmp yourself).
articles_ingest() { # FILE
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  db=$tmp/e.db
  "$EL" ingest --db "$db" "$1" >/dev/null 2>"$tmp/ingest.err" || {
    echo "ingest failed"; cat "$tmp/ingest.err"; exit 1; }
  "$EL" events --db "$db" --all --format jsonl >"$tmp/all.jsonl" || { echo "events --all failed"; exit 1; }
  pass=0; fail=0
}
# jq prelude: dyad and date helpers shared by every filter.
P='def c(a): (a.country//"");
def eu(a): c(a)=="EUR" or ((a.code//"")|test("^IGOEU|^EUR|^EUU"));
def d(a;b): c(.source)==a and c(.target)==b;
def dyad(a;b): d(a;b) or d(b;a);
def root(r): [.root]|inside(r);
def asserted: (.negated|not) and .mood=="fact";
def day(x): .date==x;
def within(a;b): .date_start>=a and .date_end<=b;
def doc(x): any(.evidence[]?; .doc|startswith(x));
def says(re): any(.evidence[]?; .sentence|test(re));'
# check_in NAME FILE JQ-FILTER: passes when the filter selects at least one
# event of FILE (JSON lines); check NAME JQ-FILTER: the same over every event.
check_in() {
  local n
  n=$(jq -c "$P select($3)" "$2" | wc -l)
  if [ "$n" -gt 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "MISSING: $1"; fi
}
check() { check_in "$1" "$tmp/all.jsonl" "$2"; }
# check_none_in NAME FILE JQ-FILTER: passes when no event of FILE matches;
# check_none NAME JQ-FILTER: the same over every event.
check_none_in() {
  local n
  n=$(jq -c "$P select($3)" "$2" | wc -l)
  if [ "$n" -eq 0 ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "UNEXPECTED: $1"; jq -c "$P select($3)|{date,s:.source.code,t:.target.code,cameo,mood,negated,e:.evidence[0].sentence[0:90]}" "$2" | head -3; fi
}
check_none() { check_none_in "$1" "$tmp/all.jsonl" "$2"; }
# check_no_duplicates: no two factual events share source, target, CAMEO and date.
check_no_duplicates() {
  local n
  n=$(jq -s -c 'map(select((.negated|not) and .mood=="fact")) | group_by([.source.code,.target.code,.cameo,.date]) | map(select(length>1)) | length' "$tmp/all.jsonl")
  if [ "$n" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "UNEXPECTED: $n duplicated events (same source, target, CAMEO, date)"; fi
}
# articles_verdict FLOOR: the summary line, and failure below FLOOR passes.
articles_verdict() {
  echo "$pass passed, $fail failed"
  [ "$pass" -ge "$1" ] || { echo "below the floor of $1 passed checks"; exit 1; }
}
