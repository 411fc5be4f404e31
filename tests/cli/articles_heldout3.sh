#!/usr/bin/env bash
# Third held-out article set: four wire-style articles on dyads other than
# US-Colombia (tests/data/articles_heldout3.jsonl: India-Pakistan ceasefire
# 2025, China-Philippines at Second Thomas Shoal 2024, Russia-Ukraine talks in
# Istanbul 2025, Armenia-Azerbaijan treaty text 2025), written on 2026-12-03
# together with the expectations below, which were committed BEFORE the
# engine ever ran on these articles (same conventions as
# tests/cli/articles_heldout.sh: a careful reader's coding of who did what to
# whom, the CAMEO root, the date of the act -- not the article's -- and the
# sentence it rests on; check_none for negated, refused and hypothetical acts).
# First run (2026-12-03, branch articles3 at d5da05d = main c4bd559 + this
# test): 28 passed, 24 failed of 52.
# Gold fix after the first run (the gold's fault, not the engine's): a
# proposal that the other side meet or act is an appeal in CAMEO (PROPOSE is
# SUGGEST [020], "PROPOSE * MEETING" [026], codebook 026 "make a request or
# proposal to meet"), so "proposed a meeting between ..." and "proposed that
# the two sides sign it" accept 02 as well as 03.  Same engine: 29 of 52.
# 30: a year after a determiner modifying a later noun ("reaffirmed that
# its 1951 mutual defence treaty ...") dates that noun, not the act.
# 32: "are due to meet ... next month" (and "set to") is scheduled, not a
# meeting held (intent, like "plans to meet").
# 33: "Hours later, Misri accused ..." takes the day of the scene before (a
# bare "hours later" was a duration), and "would take effect at 5 p.m." the
# day named earlier in its sentence ("on Saturday afternoon"), not the DCT's.
# 35: a participle or an appositive set off by commas after the subject
# ("Zelenskiy, speaking in the Albanian capital Tirana on Friday, accused";
# "Russia, Armenia's traditional ally, also welcomed") names no subject.
# 36: "Fidan, opening the session, urged both sides" takes the date of the
# talks told before ("opening/closing the", and "session" names the meeting).
# 37: "called Armenia a threat" (also menace, aggressor, fascist, occupier)
# criticizes Armenia (111), as CALL * DICTATOR does; "accused it of arming
# itself with French and Indian weapons" is no arming of France by the accuser.
# 38: "MANILA - ... The armed forces chief, General Romeo Brawner, demanded":
# a datelined story's unqualified officer or military body is of the
# dateline's country, as its unqualified minister already was.
# 39: "European leaders visiting Kyiv demanded that Moscow ...": the actor a
# participle describes is the subject, not the participle's object.
# 40: "India fired missiles at what it called 'terrorist infrastructure' at
# nine sites in Pakistan": sites struck in a country make it the target
# (a wider reach for attacks), and missiles fired at it are 195.
# 41: "delegations held ... talks ... on Friday, agreeing to swap 1,000
# prisoners of war each": the gerund after a comma keeps the pair of the
# talks; and the participle asides of 35 now need the main verb right after
# their closing comma (", agreeing to swap 1,000 prisoners" is none).
# 42: "the two countries' directors general of military operations had spoken
# by telephone": "the two countries'" is the dyad before, with the agent
# named after it (INDMIL, PAKMIL).
# 43, a second gold fix (same engine): a consultation is reciprocal and the
# store merges its two directions into one event shown either way, so the
# Rubio check takes either direction, as the 04 checks of the other sets do
# (the engine coded USAGOV->PAKGOV and PAKGOV->USAGOV; the merged row showed
# the second).
# 44: "a Russian drone struck a bus evacuating civilians near the town of
# Bilopillia in the northeastern Sumy region": the place of a strike told in
# its clause is where it hit (and data/actors/places.actors.txt names
# Ukrainian regions and cities beside those countries.actors.txt had).
# 45: "Zelenskiy called the attack a deliberate killing of civilians": CALL *
# KILLING / MASSACRE / WAR CRIME / GENOCIDE / TERRORISM is an accusation
# (112); "the attack" names a strike coded 18 as well as 19; and a reaction
# aimed through the act reacted to keeps its own date instead of an earlier
# same-dyad accusation's (it was dated Friday, by the "decorative" one).
# 46: "proposed that the two sides sign it without delay": the group after
# "that" may begin with its determiner ("the two sides"), the other side
# being the one appealed to.
# 47: "took place in April, when each side freed 246 soldiers": "each side"
# is the dyad before, freeing is a swap between them, and "took" after the
# aside ", mediated by the United Arab Emirates," is the main verb, not a
# participle (so "in April" dates the act, not the publication day).
# 48: "Kallas welcomed the announcement on Thursday": praise of an agreement
# named by a definite noun (agreement, deal, accord, announcement, treaty,
# ceasefire, truce) goes to the parties of the latest agreement told in the
# lede or the two sentences before.
# 49: "Putin had proposed the direct talks last Sunday": a proposal of the
# meeting named by a definite noun goes to the other side of the proposer's
# latest meeting told in the lede or the two sentences before.
# 50: "Pakistan said 31 civilians were killed and vowed to retaliate": VOW *
# (TO RETALIATE) is a threat of force (138), and a threat with no target is
# aimed at the agent of the latest act of force against the threatener told
# in its sentence or the two before.
# 51 after merging main (5a44e90: its own rules, e.g. 'talks mediated by
# Qatar' and 'welcomed the agreement' by the act's noun, with these; the
# judged act is tried first, then the fallbacks of 48-50).
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
. "$SRC/tests/cli/lib/article_checks.sh"
articles_ingest "$SRC/tests/data/articles_heldout3.jsonl"

# ---- 301 India-Pakistan, published Sunday 2025-05-11 ----
# "India and Pakistan agreed on Saturday to stop all firing and military action".
check "301 IND-PAK ceasefire 2025-05-10 (03/05/08)" 'doc("301") and dyad("IND";"PAK") and root(["03","05","08"]) and day("2025-05-10") and says("stop all firing|ceasefire")'
# "the two countries' directors general of military operations had spoken by telephone on Saturday afternoon".
check "301 IND-PAK military phone talks 2025-05-10 (04)" 'doc("301") and dyad("IND";"PAK") and root(["04"]) and day("2025-05-10") and says("telephone")'
# "Hours later, Misri accused Pakistan of violating the truce" (late on Saturday).
check "301 IND accuses PAK of violating the truce 2025-05-10 (11)" 'doc("301") and d("IND";"PAK") and root(["11"]) and day("2025-05-10") and says("violating")'
# "Pakistan's foreign ministry rejected the accusation" (that night or Sunday).
check "301 PAK rejects the accusation (01/11/12)" 'doc("301") and d("PAK";"IND") and root(["01","11","12"]) and within("2025-05-10";"2025-05-11") and says("rejected the accusation")'
# "The fighting began on Wednesday, when India fired missiles at ... nine sites in Pakistan".
check "301 IND missile strikes on PAK 2025-05-07 (18/19)" 'doc("301") and d("IND";"PAK") and root(["18","19"]) and day("2025-05-07") and says("fired missiles")'
# "Pakistan said 31 civilians were killed and vowed to retaliate" (Wednesday or after).
check "301 PAK vows to retaliate (13)" 'doc("301") and d("PAK";"IND") and root(["13"]) and within("2025-05-07";"2025-05-11") and says("retaliate")'
# "New Delhi blamed the attack on Pakistan-based militants" (after April 22).
check "301 IND blames PAK-based militants (11)" 'doc("301") and d("IND";"PAK") and root(["11"]) and says("blamed") and .date_start>="2025-04-22" and .date_end<="2025-05-11"'
# "Rubio said on Saturday that he had spoken with ... Sharif and ... Jaishankar over the previous 48 hours".
check "301 USA talks with PAK/IND, May 8-10 (04)" 'doc("301") and (dyad("USA";"PAK") or dyad("USA";"IND")) and root(["04"]) and within("2025-05-08";"2025-05-10") and says("spoken with")'
# "Sharif said in a televised address on Sunday ... and thanked China, Saudi Arabia and Turkey".
check "301 PAK thanks CHN 2025-05-11 (05)" 'doc("301") and d("PAK";"CHN") and root(["05"]) and day("2025-05-11") and says("thanked")'
check_none "301 'did not comment' coded as a statement" 'doc("301") and asserted and says("did not comment") and root(["01","08"])'
check_none "301 airspace reopening coded as fact" 'doc("301") and asserted and root(["08"]) and says("would not reopen")'
check_none "301 hypothetical collapse coded as fact" 'doc("301") and asserted and says("could collapse")'

# ---- 302 China-Philippines, published Thursday 2024-06-20 ----
# "The Philippine military accused China's coast guard on Wednesday of acting 'like pirates'".
check "302 PHL accuses CHN 2024-06-19 (11)" 'doc("302") and d("PHL";"CHN") and root(["11"]) and day("2024-06-19") and says("pirates")'
# "Brawner demanded that China return the rifles and pay for damage".
check "302 PHL demands CHN return rifles (10)" 'doc("302") and d("PHL";"CHN") and root(["10"]) and within("2024-06-19";"2024-06-20") and says("demanded")'
# "Chinese coast guard vessels rammed two navy inflatable boats on Monday".
check "302 CHN rams PHL boats 2024-06-17 (17/18/19)" 'doc("302") and d("CHN";"PHL") and root(["17","18","19"]) and day("2024-06-17") and says("rammed")'
# "... boarded Philippine navy boats ... and seized seven rifles": before Wednesday's accusation.
check "302 CHN boards PHL boats, seizes rifles, before Wednesday (17/18)" 'doc("302") and d("CHN";"PHL") and root(["17","18"]) and says("boarded|seized") and .date_start>="2024-06-10" and .date_end<="2024-06-18"'
# "Lin Jian said on Wednesday ... and blamed Manila for the confrontation".
check "302 CHN blames PHL 2024-06-19 (11)" 'doc("302") and d("CHN";"PHL") and root(["11"]) and day("2024-06-19") and says("blamed|fully responsible")'
# "The Philippine Department of Foreign Affairs filed a diplomatic protest with the Chinese embassy ... on Tuesday".
check "302 PHL protests to CHN 2024-06-18 (11)" 'doc("302") and d("PHL";"CHN") and root(["11"]) and day("2024-06-18") and says("diplomatic protest")'
# "The United States condemned China's 'aggressive and dangerous' actions" (after Monday).
check "302 USA condemns CHN (11)" 'doc("302") and d("USA";"CHN") and root(["11"]) and within("2024-06-17";"2024-06-20") and says("condemned")'
# "In April, Chinese coast guard ships fired water cannon at two Philippine vessels".
check "302 CHN water cannon on PHL 2024-04 (17/18/19)" 'doc("302") and d("CHN";"PHL") and root(["17","18","19"]) and within("2024-04-01";"2024-04-30") and says("water cannon")'
check_none "302 negated war coded as fact" 'doc("302") and asserted and root(["19","20"]) and says("would not be provoked")'
check_none "302 talks due next month coded as a meeting held" 'doc("302") and asserted and root(["04"]) and says("due to meet")'
check_none "302 conditional cancellation coded as fact" 'doc("302") and asserted and says("could cancel")'
check_none "302 Monday ramming dated Wednesday or later" 'doc("302") and says("rammed") and root(["17","18","19"]) and (.evidence|length)==1 and .date_start>="2024-06-19"'

# ---- 303 Russia-Ukraine, published Saturday 2025-05-17 ----
# "Russian and Ukrainian delegations held their first direct peace talks ... in Istanbul on Friday".
check "303 RUS-UKR talks 2025-05-16 (04)" 'doc("303") and dyad("RUS";"UKR") and root(["04"]) and day("2025-05-16") and says("talks")'
# "... agreeing to swap 1,000 prisoners of war each".
check "303 RUS-UKR agree a prisoner swap 2025-05-16 (03/05)" 'doc("303") and dyad("RUS";"UKR") and root(["03","05"]) and day("2025-05-16") and says("swap")'
# "Turkish Foreign Minister Hakan Fidan, opening the session, urged both sides to seize the chance for a ceasefire".
check "303 TUR urges RUS/UKR 2025-05-16 (02/10)" 'doc("303") and c(.source)=="TUR" and (c(.target)=="RUS" or c(.target)=="UKR") and root(["02","10"]) and day("2025-05-16") and says("urged")'
# "Ukraine had also proposed a meeting between President Volodymyr Zelenskiy and ... Putin".
check "303 UKR proposes a leaders meeting to RUS (02/03)" 'doc("303") and d("UKR";"RUS") and root(["02","03"]) and within("2025-05-16";"2025-05-17") and says("proposed a meeting")'
# "Zelenskiy, speaking in ... Tirana on Friday, accused Putin of sending a 'decorative' delegation".
check "303 UKR accuses RUS 2025-05-16 (11)" 'doc("303") and d("UKR";"RUS") and root(["11"]) and day("2025-05-16") and says("decorative")'
# "Putin had proposed the direct talks last Sunday".
check "303 RUS proposes talks 2025-05-11 (03)" 'doc("303") and d("RUS";"UKR") and root(["03"]) and day("2025-05-11") and says("proposed the direct talks")'
# "hours after European leaders visiting Kyiv demanded that Moscow accept an unconditional 30-day ceasefire".
check "303 European leaders demand RUS accept a ceasefire (10)" 'doc("303") and (eu(.source) or c(.source)=="EUR") and c(.target)=="RUS" and root(["10"]) and within("2025-05-10";"2025-05-11") and says("demanded")'
# "On Saturday, a Russian drone struck a bus evacuating civilians ... killing nine people".
check "303 RUS drone strike on UKR 2025-05-17 (18/19/20)" 'doc("303") and d("RUS";"UKR") and root(["18","19","20"]) and day("2025-05-17") and says("drone")'
# "Zelenskiy called the attack a deliberate killing of civilians" (Saturday).
check "303 UKR accuses RUS over the bus attack 2025-05-17 (11)" 'doc("303") and d("UKR";"RUS") and root(["11"]) and day("2025-05-17") and says("deliberate killing")'
# "The last prisoner exchange ... took place in April, when each side freed 246 soldiers".
check "303 April prisoner exchange 2025-04 (08)" 'doc("303") and dyad("RUS";"UKR") and root(["08"]) and within("2025-04-01";"2025-04-30") and says("freed|exchange")'
check_none "303 Putin's trip not made coded as a meeting" 'doc("303") and asserted and root(["04"]) and says("did not travel")'
check_none "303 refused ceasefire coded as agreed" 'doc("303") and asserted and d("RUS";"UKR") and root(["03","05","08"]) and says("would not agree")'
check_none "303 exchange 'could take place' coded as done" 'doc("303") and asserted and root(["08"]) and says("could take place")'
check_none "303 conditional sanctions coded as fact" 'doc("303") and asserted and says("if the talks failed") and (root(["11"])|not)'

# ---- 304 Armenia-Azerbaijan, published Friday 2025-03-14 ----
# "Armenia and Azerbaijan said on Thursday they had agreed on the text of a peace treaty".
check "304 ARM-AZE agree on treaty text 2025-03-13 (03/05)" 'doc("304") and dyad("ARM";"AZE") and root(["03","05"]) and day("2025-03-13") and says("agreed on the text")'
# "Yerevan was ready to begin consultations with Baku on the date and venue for signing".
check "304 ARM ready for consultations with AZE (03)" 'doc("304") and d("ARM";"AZE") and root(["03"]) and within("2025-03-13";"2025-03-14") and says("consultations")'
# "Pashinyan ... proposed that the two sides sign it without delay".
check "304 ARM proposes signing (02/03)" 'doc("304") and d("ARM";"AZE") and root(["02","03"]) and within("2025-03-13";"2025-03-14") and says("proposed")'
# "But Azerbaijan insisted that Armenia first remove from its constitution ...".
check "304 AZE demands ARM change its constitution (10)" 'doc("304") and d("AZE";"ARM") and root(["10"]) and within("2025-03-13";"2025-03-14") and says("insisted")'
# "Two days earlier, Azerbaijan's defence ministry had accused Armenian forces of firing" (Tuesday).
check "304 AZE accuses ARM of border fire 2025-03-11 (11)" 'doc("304") and d("AZE";"ARM") and root(["11"]) and day("2025-03-11") and says("accused Armenian forces")'
# "In January, Aliyev called Armenia a threat ... and accused it of arming itself".
check "304 AZE accuses ARM 2025-01 (11)" 'doc("304") and d("AZE";"ARM") and root(["11"]) and within("2025-01-01";"2025-01-31") and says("arming itself")'
# "Kaja Kallas welcomed the announcement on Thursday".
check "304 EU welcomes the text 2025-03-13 (01/05)" 'doc("304") and eu(.source) and (c(.target)=="ARM" or c(.target)=="AZE") and root(["01","05"]) and day("2025-03-13") and says("welcomed")'
# "Russia ... also welcomed the agreement, ... Zakharova said on Friday".
check "304 RUS welcomes the text 2025-03-14 (01/05)" 'doc("304") and c(.source)=="RUS" and (c(.target)=="ARM" or c(.target)=="AZE") and root(["01","05"]) and day("2025-03-14") and says("welcomed")'
check_none "304 unsigned treaty coded as signed (057)" 'doc("304") and asserted and dyad("ARM";"AZE") and .cameo=="057"'
check_none "304 2023 offensive dated 2024 or later" 'doc("304") and says("September 2023") and root(["17","18","19","20"]) and .date_start>="2024"'
check_none "304 hypothetical reopening coded as fact" 'doc("304") and asserted and says("could pave")'
check_none "304 relations never established coded as fact" 'doc("304") and asserted and says("never established") and root(["04","05","06"])'

# ---- whole corpus ----
check_none "event without evidence from the corpus" '(.evidence|length)==0 or (.evidence[0].doc|test("^30[1-4]_")|not)'
check_no_duplicates
articles_verdict 51
