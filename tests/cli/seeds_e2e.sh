#!/usr/bin/env bash
# End-to-end check on the bundled seed articles against expectations verified
# by hand (a careful reader's answers, read off the articles, not the program):
# which US-Colombia events exist, who did them to whom, their CAMEO root and
# the date the text supports.  Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
db=$tmp/e.db
"$EL" ingest --db "$db" "$SRC/examples/seeds.jsonl" >/dev/null 2>"$tmp/ingest.err" || {
  echo "ingest failed"; cat "$tmp/ingest.err"; exit 1; }
"$EL" events --db "$db" --dyad USA:COL --format jsonl >"$tmp/ev.jsonl" || { echo "events failed"; exit 1; }
"$EL" events --db "$db" --all --mentions --format jsonl >"$tmp/all.jsonl" || { echo "events --all failed"; exit 1; }
"$EL" events --db "$db" --dyad USA:VEN --format jsonl >"$tmp/ven.jsonl" || { echo "events USA:VEN failed"; exit 1; }
pass=0; fail=0
. "$SRC/tests/cli/lib/article_checks.sh"
# check NAME JQ-FILTER: over the merged US-Colombia events.
check() { check_in "$1" "$tmp/ev.jsonl" "$2"; }
us_co='((.source.country=="USA" and .target.country=="COL") or (.source.country=="COL" and .target.country=="USA"))'
# 001 + 003: the White House meeting on Tuesday 2026-02-03.
check "meeting 2026-02-03 (04)" "$us_co and .root==\"04\" and .date_start<=\"2026-02-03\" and .date_end>=\"2026-02-03\" and (.date|startswith(\"2026-02-03\"))"
# 004 "the phone call on Wednesday" (DCT 2026-01-08) and 001 "a phone call ... on January 7".
check "phone call 2026-01-07 (04)" "$us_co and .root==\"04\" and .date==\"2026-01-07\""
# 002 "spoke with Trump for about 35 minutes" and 004 "reportedly lasting an hour": the merged
# call keeps both durations side by side.
check "call keeps 35 minutes and an hour" "$us_co and .root==\"04\" and .date==\"2026-01-07\" and ((.details.duration//[])|index(\"PT35M\")!=null) and ((.details.duration//[])|index(\"PT1H\")!=null)"
# 001 "lasted more than two hours" (a sentence after the one dating the meeting).
check "meeting lasted more than two hours" "$us_co and .root==\"04\" and (.date|startswith(\"2026-02-03\")) and ((.details.duration//[])|index(\"PT2H\")!=null)"
# 000: Petro spoke with Secretary of State Blinken "on Monday" (DCT 2022-06-21).
check "Blinken call 2022-06-20 (04)" "$us_co and .root==\"04\" and .date==\"2022-06-20\""
# 000: the call with President Biden, reported 2022-06-21 (day not stated: 20th or 21st).
check "Biden call June 2022 (04)" "$us_co and .root==\"04\" and ((.source.name//\"\")+(.target.name//\"\")|test(\"Biden\"))"
# 000: the president-elect is not yet the government.
check "president-elect coded ELI" "$us_co and (((.source.country==\"COL\") and (.source.code|test(\"ELI\"))) or ((.target.country==\"COL\") and (.target.code|test(\"ELI\"))))"
# 001/002: accusations by the US side (called him a leader of drug trafficking; accused of being sick).
check "US accuses Colombia (11)" ".source.country==\"USA\" and .target.country==\"COL\" and .root==\"11\""
# "The call took place days after Trump accused the Colombian leader": the
# accusation ends before the day of the call (2026-01-08 at the latest).
check "accusation days before the call (11)" ".source.country==\"USA\" and .target.country==\"COL\" and .root==\"11\" and .date_end<\"2026-01-08\" and .date_start>=\"2025-12-25\""
# 002/001: threats and warnings from the US side.
check "US threatens Colombia (13)" ".source.country==\"USA\" and .target.country==\"COL\" and .root==\"13\""
# 002 (DCT 2026-01-08): "Last month, he [Trump] warned that Petro "better watch his a-."
check "Trump's warning last month, 2025-12 (13)" ".source.country==\"USA\" and .target.country==\"COL\" and .root==\"13\" and .date==\"2025-12\""
# 004: "Last autumn, the U.S. government imposed sanctions against Petro" -> autumn 2025.
check "sanctions autumn 2025 (16)" ".source.country==\"USA\" and .target.country==\"COL\" and .root==\"16\" and .date_start>=\"2025-08\" and .date_start<=\"2025-12\""
# 001/003: Petro asked Trump to mediate / help with a reconciliation with Ecuador.
check "Colombia appeals to US (02)" ".source.country==\"COL\" and .target.country==\"USA\" and .root==\"02\""
# Acts of state named without their agent (details.implied_source says how the agent was found):
# 004 "contributing to a revocation of his visa in September" (DCT 2026-01-08): the U.S. revoked
# Petro's visa, September 2025 (the same article: the U.S. government sanctioned Petro).
check "visa revocation 2025-09 (16, implied)" ".source.country==\"USA\" and .target.country==\"COL\" and .root==\"16\" and .date==\"2025-09\" and (.details.implied_source!=null)"
# 001 "in January, following Maduro's capture" (DCT 2026-02-04), with "the U.S. operation against
# Maduro" later in the same article: the U.S. captured Maduro, January 2026.
check_in "Maduro's capture 2026-01 (17, implied)" "$tmp/ven.jsonl" '.source.country=="USA" and .target.country=="VEN" and .root=="17" and .date=="2026-01" and (.details.implied_source!=null)'
# An implied agent is less certain than a stated one.
check_none_in "implied event as confident as a stated one" "$tmp/all.jsonl" '(.details.implied_source!=null) and .confidence>=0.6'
# Every event carries evidence from an article id of the corpus.
check_none_in "event without evidence" "$tmp/ev.jsonl" '(.evidence|length)==0 or (.evidence[0].doc|test("^00[0-4]_")|not)'
# 003: "his inclusion on the OFAC list was not discussed" must not be a factual event.
check_none_in "negated sentence coded as fact" "$tmp/all.jsonl" '(.negated|not) and (.evidence[0].sentence|test("was not discussed"))'
# 002: "would provoke widespread resistance" / "could collapse" are hypothetical.
check_none_in "hypothetical coded as fact" "$tmp/ev.jsonl" '(.evidence[0].sentence|test("would provoke|could collapse"))'
# 003: "Trump, for his part, was joined by Secretary of State Marco Rubio, ... and Republican
# Senator Bernie Moreno": members of one delegation, no event between them.
check_none_in "delegation company coded as an event" "$tmp/all.jsonl" '(.evidence[0].sentence|test("was joined by"))'
# 002: "warned against any US intervention following the recent strikes" is a warning (13),
# not a threat of military force (138).
check_none_in "warning against intervention coded 138" "$tmp/all.jsonl" '.cameo=="138" and (.evidence[0].sentence|test("warned against any US intervention"))'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
