#!/usr/bin/env bash
# Second held-out article set, written AFTER the fixes of branch 'articles'
# to measure them on text they were not made on: three wire-style articles
# (tests/data/articles_heldout2.jsonl: Venezuela-Guyana 2023, Kosovo-Serbia
# 2023, Somalia-Ethiopia 2024), written on 2026-12-03 together with the
# expectations below, which were committed BEFORE the engine ever ran on
# these articles (same conventions as tests/cli/articles_heldout.sh).
# First run (2026-12-03, branch articles at d3143bf): 19 passed, 8 failed of 27.
# After three general fixes prompted by it (coordinated gerund of an
# accusation, "called on X to <act>", "a weekend attack" dating): 20 of 27.
# Then 21 (2026-12-03, main): "They also agreed to meet again" after "the two
# countries said ..." ("they" may be a pair of countries; "St. Vincent and
# the Grenadines" is one country, not VCT and Grenada; the agents of two
# coordinated passives do not act together); 22: "shook hands" is a meeting
# (040) and "at the start of the talks" takes the date of the meeting told
# before; 23: "held joint military flights with X" is military cooperation
# (062), like joint drills.
# Failing at first run: the St. Vincent meeting (coded 050 from "agreed", no 04 from
# "talks ... mediated by"), the mediation, "agreed to meet again in Brazil"
# (coded as a Brazilian-hosted visit, fact, on the article's day), the US-Guyana
# joint flights, Kurti's call on the EU (dated by "a weekend attack"; fixed),
# "null and void" (no event), the Arab League's condemnation (aimed at
# Somalia, not Ethiopia), and Ethiopia's deal with Somaliland merged into an
# Ethiopia-Somalia 050 of 2018.  The test fails below FLOOR passes.
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
. "$SRC/tests/cli/lib/article_checks.sh"
articles_ingest "$SRC/tests/data/articles_heldout2.jsonl"


# ---- 201 Venezuela-Guyana, published Friday 2023-12-15 ----
# "agreed on Thursday not to use force against each other ... after a tense meeting".
check "201 VEN-GUY meeting 2023-12-14 (04)" 'doc("201") and dyad("VEN";"GUY") and root(["04"]) and day("2023-12-14") and says("meeting|talks|shook hands")'
check "201 VEN-GUY agree not to use force 2023-12-14 (03/05)" 'doc("201") and dyad("VEN";"GUY") and root(["03","05"]) and day("2023-12-14") and says("agreed|declaration")'
# "talks, which were mediated by the prime minister of St. Vincent and the Grenadines".
check "201 St Vincent mediates (04)" 'doc("201") and c(.source)=="VCT" and (c(.target)=="VEN" or c(.target)=="GUY") and root(["04"]) and day("2023-12-14") and says("mediated")'
# "They also agreed to meet again in Brazil within three months": intent to meet.
check "201 VEN-GUY agree to meet again (03)" 'doc("201") and dyad("VEN";"GUY") and root(["03"]) and says("meet again")'
# "Guyana accused Caracas of preparing to annex its territory" (this month).
check "201 GUY accuses VEN 2023-12 (11)" 'doc("201") and d("GUY";"VEN") and root(["11"]) and .date_start>="2023-12-01" and .date_end<="2023-12-15" and says("accused Caracas")'
# "the United States held joint military flights with Guyana's defence force last week".
check "201 USA-GUY joint flights last week (06)" 'doc("201") and dyad("USA";"GUY") and root(["06"]) and .date_start>="2023-12-04" and .date_end<="2023-12-10" and says("joint military")'
check_none "201 force coded as fact between VEN and GUY" 'doc("201") and asserted and dyad("VEN";"GUY") and root(["17","18","19","20"])'
check_none "201 'did not withdraw its claim' coded as a yield" 'doc("201") and asserted and root(["08"]) and says("did not withdraw")'
check_none "201 hypothetical collapse coded as fact" 'doc("201") and asserted and says("could collapse")'
check_none "201 1899 tribunal dated 2023" 'doc("201") and says("1899") and (.evidence|length)==1 and .date_start>="2023"'

# ---- 202 Kosovo-Serbia, published Tuesday 2023-09-26 ----
# "Kurti on Tuesday accused Serbia of planning and financing a weekend attack".
check "202 KSV accuses SRB 2023-09-26 (11)" 'doc("202") and d("KSV";"SRB") and root(["11"]) and day("2023-09-26") and says("accused Serbia")'
# "... and called on the European Union to impose sanctions on Belgrade".
check "202 KSV appeals to EU (02/10)" 'doc("202") and c(.source)=="KSV" and eu(.target) and root(["02","10"]) and day("2023-09-26")'
# "The European Union's foreign policy chief ... urged both sides to return to the ... dialogue".
check "202 EU urges KSV/SRB (02/10)" 'doc("202") and eu(.source) and (c(.target)=="KSV" or c(.target)=="SRB") and root(["02","10"]) and within("2023-09-25";"2023-09-26")'
# "Washington ... urged Belgrade to withdraw its forces".
check "202 USA urges SRB to withdraw (02/10)" 'doc("202") and d("USA";"SRB") and root(["02","10"]) and within("2023-09-25";"2023-09-26") and says("withdraw")'
# "About 30 gunmen ambushed a police patrol ... on Sunday": whatever is coded is Sunday's.
check_none "202 Sunday ambush dated Tuesday" 'doc("202") and says("ambushed") and (.evidence|length)==1 and .date_start>="2023-09-25"'
# "Vucic denied that Belgrade had any role in the violence".
check_none "202 denied role coded as Serbian attack" 'doc("202") and asserted and d("SRB";"KSV") and root(["17","18","19","20"]) and says("denied that Belgrade")'
# "Belgrade would not send troops into Kosovo".
check_none "202 negated troop deployment as fact" 'doc("202") and asserted and says("would not send troops")'
# "NATO has kept peacekeepers in Kosovo since its 1999 bombing campaign against Serbian forces".
check_none "202 1999 bombing dated 2023" 'doc("202") and says("1999 bombing") and root(["18","19","20"]) and .date_start>="2000"'

# ---- 203 Somalia-Ethiopia, published Wednesday 2024-01-03 ----
# "Somalia recalled its ambassador to Ethiopia on Tuesday".
check "203 SOM recalls ambassador from ETH 2024-01-02 (16)" 'doc("203") and d("SOM";"ETH") and root(["16"]) and day("2024-01-02") and says("recalled")'
# "the memorandum ... was 'null and void' and a violation of Somalia's sovereignty".
check "203 SOM rejects/criticises ETH deal (11/12)" 'doc("203") and d("SOM";"ETH") and root(["11","12"]) and within("2024-01-02";"2024-01-03")'
# "The African Union called on both countries on Wednesday to exercise restraint".
check "203 AU appeals to SOM/ETH 2024-01-03 (02/10)" 'doc("203") and ((.source.code//"")|startswith("IGOAFRAU")) and (c(.target)=="SOM" or c(.target)=="ETH") and root(["02","10"]) and day("2024-01-03")'
# "the Arab League condemned the deal as a breach of Somali sovereignty".
check "203 Arab League condemns ETH (11)" 'doc("203") and ((.source.code//"")|startswith("IGOMEAARL")) and c(.target)=="ETH" and root(["11"])'
# The agreement was signed with Somaliland, not with Somalia.
check_none "203 Somaliland deal coded as ETH-SOM agreement" 'doc("203") and asserted and dyad("ETH";"SOM") and root(["05"]) and says("signed")'
# "Addis Ababa had no intention of going to war with Somalia".
check_none "203 negated war coded as fact" 'doc("203") and asserted and d("ETH";"SOM") and root(["19","20"]) and says("no intention")'
# "Ethiopia and Somalia restored full diplomatic relations in 2018".  (The
# filter selected any event of that sentence; since the present-perfect rule
# of 2026-12-03 the same sentence's "and Ethiopian troops have fought
# militants in Somalia" takes the article's date, not 2018, so the check now
# names the restoration's root, as its comment always meant.)
check_none "203 2018 restoration dated 2024" 'doc("203") and says("restored full diplomatic") and root(["05"]) and (.evidence|length)==1 and .date_start>="2024"'

# ---- whole corpus ----
check_none "event without evidence from the corpus" '(.evidence|length)==0 or (.evidence[0].doc|test("^20[1-3]_")|not)'
check_no_duplicates
articles_verdict 23
