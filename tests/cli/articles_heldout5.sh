#!/usr/bin/env bash
# Fifth held-out article set: four wire-style articles on dyads outside the
# first four sets (tests/data/articles_heldout5.jsonl: China-Taiwan drills
# after Lai's inauguration 2024, Azerbaijan-Russia after the Yekaterinburg
# raids 2025, Pakistan-Afghanistan border clashes 2025, Mali-Algeria after
# the Tinzaouatene drone 2025), written on 2026-12-03 together with the
# expectations below, which were committed BEFORE the engine ever ran on these
# articles (same conventions as tests/cli/articles_heldout.sh: a careful
# reader's coding of who did what to whom, the CAMEO root, the date of the
# act -- not the article's -- with the precision the text gives, and the
# sentence it rests on; check_none for negated, refused and hypothetical
# acts). The articles lean on relative times: "early on Thursday", "three
# days after X", "the same day", "overnight", "on the day of the
# inauguration", "in April last year", "on Sunday" (ahead), "next week",
# "early last Friday", "the next day", "three days later", "in early May",
# "next month", "late on Saturday", "Thursday night", "earlier this month",
# "later this week", "in early/late March", "overnight from March 31 to
# April 1", "hours later", "a month earlier".
# First run (2026-12-03, branch articles5 at 1a353f0 = main 8fcedf2 + this
# test): 39 passed, 39 failed of 78.  Two checks were the gold's fault and
# are fixed (CAMEO's verb dictionary codes SUMMON 040, and the project turns
# a summons into a protest, 11, only when the text says "to protest"): "502
# AZE summons RUS envoy" ("summoned Russia's charge d'affaires on Saturday
# and demanded ...") and "504 MLI-DZA summon envoys 2023-12" ("had summoned
# each other's ambassadors") now take 04 or 11; with them 41 of 78.
# Failures by cause (what the engine gave instead, from `eventline code
# --all`):
# - drills, exercises and scrambled jets get no code at all (no 15 for
#   military posture): 501 drills Friday, drills launched Thursday, Taiwan
#   scrambling jets, the April 2023 drills.
# - a bare noun of the other side's act as object has no target ("condemned
#   the drills", "denounced the speech"; "China's military drills" works),
#   nor a place ("closed the Torkham and Chaman crossings", "reopened the
#   crossing"): 501 TWN condemns, 501 CHN denounces, 503 PAK closes
#   crossings, 503 PAK reopens crossing.
# - phrasings with no verb entry: "had driven away four ... vessels",
#   "placed three U.S. defence companies on its list of unreliable
#   entities", "suspended its cooperation with the Russian State Duma",
#   "declined to attend the Victory Day parade", "would upgrade its
#   technical mission in Kabul", "was withdrawing from a joint military
#   staff committee", "would close its own airspace to Algerian aircraft".
# - quotes: a threat or demand inside a quotation is not coded for its
#   speaker: Wang's "we will push our countermeasures" came out TWN->CHNGOV
#   100 negated intent (the quote's "Taiwan independence forces" taken as
#   source), Zakharova's "release our citizens" and Mujahid's "If Pakistan
#   violates ... a strong response" gave nothing.
# - a name in apposition breaks the summons-to-protest rule: "summoned
#   Azerbaijan's ambassador, Rahman Mustafayev, on Monday to protest" is
#   040 (without the name, 111).
# - "Mali and its allies in the Alliance of Sahel States, Burkina Faso and
#   Niger, recalled": BFA and NER recall, Mali (the first conjunct) is lost.
# - relative times anchored on the wrong date: "Algeria responded the next
#   day by recalling ..." and the quote rejecting Mali's accusations are
#   dated 2010 (the year named last in the sentence before, not Sunday);
#   Mali's accusation is dated 2025-03-31 (the start of the downing's
#   "overnight from March 31 to April 1", not after it); Asif's accusation
#   is dated 2025 by "this year" in its relative clause.
# - the agent of a nominal act: "in retaliation for Pakistani air strikes on
#   Kabul" gave AFGREBGOV->AFGGOV 195 (the sentence's subject as agent of
#   the strikes) and dated the Taliban's own attacks Thursday; "its troops
#   had killed more than 200 Taliban" gave nothing ("its" not resolved).
# - acts in relative clauses or agentless passives: "a Malian drone that the
#   Algerian army shot down" / "was destroyed by air defence units", "a
#   joint military staff committee that it set up with Algeria ... in 2010".
# - unnamed or adjectival actors: "after troops exchanged fire in early
#   March", "after talks with Taliban officials", "Pakistani and Afghan
#   officials are expected to meet in Doha later this week", "A delegation
#   of U.S. lawmakers ... is due to arrive in Taipei on Sunday".
# - cancellations coded as the act cancelled: "called off a planned visit to
#   Baku by ... Overchuk" gave RUS->AZEGOV 042 and AZEGOV->RUS 043 as fact,
#   no 16; the second verb of "summoned X on Saturday and demanded a ...
#   investigation" gave no demand.
# - "Azerbaijani police raided the Baku office of the Russian state news
#   agency Sputnik" gave AZECOP->AZEGOV 190 and AZECOP->RUSGOV 060 (Baku
#   taken as the target; the raid not 17).
# - "would not accept 'any lesson' from Algiers" (a refusal, 12) gives
#   nothing; "ended a 2015 peace agreement ..., brokered by Algeria" gave
#   MLIGOV->DZA 045 (from "brokered"), not the ending.
# Also wrong but unchecked: the dateline sentence's "after the fiercest
# clashes" coded PAK<->AFG 190 on Monday (the article's day); "We strongly
# urge Beijing ..., spokesman Matthew Miller said" came out TWNGOV (Miller
# unknown, the Taipei dateline); "Saudi Arabia and Qatar urged both sides"
# took India (named in the paragraph before) as one side.
# Floor: 41 of 78 (branch articles5, engine unchanged from main 8fcedf2).
# 42: "Algeria responded the next day" after a sentence ending in a
# background year ("a committee that it set up ... in 2010") counts from
# the act dated before it (Sunday's recall), not from 2010.
# 43: "summoned Azerbaijan's ambassador, Rahman Mustafayev, on Monday to
# protest": the comma closing the apposition no longer cuts the purpose off
# (a diplomatic protest, 114).
# Args: eventline binary, source dir, shared dir.
set -u
EL=$1; SRC=$2
. "$SRC/tests/cli/lib/article_checks.sh"
articles_ingest "$SRC/tests/data/articles_heldout5.jsonl"

# ---- 501 China-Taiwan, published Friday 2024-05-24 ----
# "China's military staged a second day of large-scale drills around Taiwan on Friday".
check "501 CHN drills around TWN 2024-05-24 (15)" 'doc("501") and d("CHN";"TWN") and root(["15"]) and day("2024-05-24") and says("second day")'
# "The ... Eastern Theatre Command launched the exercises early on Thursday".
check "501 CHN launches drills 2024-05-23 (15)" 'doc("501") and d("CHN";"TWN") and root(["15"]) and day("2024-05-23") and says("launched the exercises")'
# "... and had scrambled its own jets and ships in response" (over the previous 24 hours).
check "501 TWN scrambles jets 2024-05-23/24 (15)" 'doc("501") and d("TWN";"CHN") and root(["15"]) and within("2024-05-23";"2024-05-24") and says("scrambled")'
# "'... we will push our countermeasures one step further,' ... Wang Wenbin told reporters in Beijing on Thursday".
check "501 CHN threatens TWN 2024-05-23 (13)" 'doc("501") and d("CHN";"TWN") and root(["13"]) and day("2024-05-23") and says("countermeasures")'
# "Lai's office condemned the drills on Thursday as an 'irrational provocation'".
check "501 TWN condemns CHN drills 2024-05-23 (11)" 'doc("501") and d("TWN";"CHN") and root(["11"]) and day("2024-05-23") and says("irrational provocation")'
# "Taiwan's coast guard said it had driven away four Chinese coast guard vessels ... overnight".
check "501 TWN drives away CHN vessels overnight (15/17)" 'doc("501") and d("TWN";"CHN") and root(["15","17"]) and within("2024-05-23";"2024-05-24") and says("driven away")'
# "In his inauguration speech on Monday, Lai urged Beijing to stop its military intimidation".
check "501 TWN urges CHN 2024-05-20 (02/10)" 'doc("501") and d("TWN";"CHN") and root(["02","10"]) and day("2024-05-20") and says("urged Beijing")'
# "China's Taiwan Affairs Office denounced the speech the same day".
check "501 CHN denounces Lai speech 2024-05-20 (11)" 'doc("501") and d("CHN";"TWN") and root(["11"]) and day("2024-05-20") and says("denounced")'
# "On the day of the inauguration, China's commerce ministry also placed three U.S. defence companies on its list of unreliable entities".
check "501 CHN sanctions USA firms 2024-05-20 (16)" 'doc("501") and d("CHN";"USA") and root(["16"]) and day("2024-05-20") and says("unreliable entities")'
# "The U.S. State Department urged China on Thursday to act with restraint".
check "501 USA urges CHN restraint 2024-05-23 (02/10)" 'doc("501") and d("USA";"CHN") and root(["02","10"]) and day("2024-05-23") and says("urged China")'
# "... it held three days of exercises after then-President Tsai Ing-wen met ... McCarthy" ("in April last year").
check "501 CHN drills April 2023 (15)" 'doc("501") and d("CHN";"TWN") and root(["15"]) and within("2023-04-01";"2023-04-30") and says("three days of exercises")'
check "501 TWN-USA meeting April 2023 (04)" 'doc("501") and dyad("TWN";"USA") and root(["04"]) and within("2023-04-01";"2023-04-30") and says("met U.S. House Speaker")'
# "A delegation of U.S. lawmakers ... is due to arrive in Taipei on Sunday and will meet Lai next week" (planned, any mood).
check "501 USA delegation visit planned 2024-05-26/06-02 (04)" 'doc("501") and dyad("USA";"TWN") and root(["04"]) and within("2024-05-26";"2024-06-02") and says("due to arrive")'
check_none "501 planned delegation visit coded as held" 'doc("501") and asserted and root(["04"]) and says("due to arrive")'
check_none "501 'would not seek conflict' coded as force or threat" 'doc("501") and asserted and root(["13","15","17","18","19","20"]) and says("would not seek conflict")'
check_none "501 unsaid end of drills coded as a statement" 'doc("501") and asserted and root(["01","15"]) and says("did not say when")'
check_none "501 hypothetical blockade rehearsal coded as fact" 'doc("501") and asserted and says("could serve")'
check_none "501 April 2023 drills dated in 2024" 'doc("501") and says("three days of exercises") and root(["15"]) and .date_start>="2024"'
check_none "501 Friday drills dated before Friday" 'doc("501") and d("CHN";"TWN") and root(["15"]) and (.evidence|length)==1 and says("second day") and .date_start<"2024-05-24"'

# ---- 502 Azerbaijan-Russia, published Tuesday 2025-07-01 ----
# "Azerbaijani police raided the Baku office of the Russian state news agency Sputnik on Monday and detained two of its executives".
check "502 AZE raids RUS agency 2025-06-30 (17)" 'doc("502") and d("AZE";"RUS") and root(["17"]) and day("2025-06-30") and says("raided the Baku office")'
# "Russia's foreign ministry summoned Azerbaijan's ambassador ... on Monday to protest".
check "502 RUS summons AZE envoy 2025-06-30 (11)" 'doc("502") and d("RUS";"AZE") and root(["11"]) and day("2025-06-30") and says("summoned Azerbaijan")'
# "'We expect the Azerbaijani side to release our citizens without delay,' ... Zakharova said".
check "502 RUS demands release (10)" 'doc("502") and d("RUS";"AZE") and root(["10"]) and within("2025-06-30";"2025-07-01") and says("release our citizens")'
# "Russian police raided the homes of ethnic Azerbaijanis in ... Yekaterinburg early last Friday".
check "502 RUS raids Azerbaijanis 2025-06-27 (17/18)" 'doc("502") and d("RUS";"AZE") and root(["17","18"]) and day("2025-06-27") and says("Yekaterinburg")'
# "... and Azerbaijan accused Russian police of beating them to death" (after the raids).
check "502 AZE accuses RUS police (11)" 'doc("502") and d("AZE";"RUS") and root(["11"]) and within("2025-06-27";"2025-07-01") and says("beating them")'
# "Azerbaijan cancelled all cultural events organised by Russian state bodies the next day".
check "502 AZE cancels events 2025-06-28 (16)" 'doc("502") and d("AZE";"RUS") and root(["16"]) and day("2025-06-28") and says("cancelled all cultural")'
# "Baku also summoned Russia's charge d'affaires on Saturday and demanded a swift and thorough investigation"
# (no "to protest": SUMMON is 040 in CAMEO's dictionary; was 11 only, the gold's fault, fixed after the first run).
check "502 AZE summons RUS envoy 2025-06-28 (04/11)" 'doc("502") and d("AZE";"RUS") and root(["04","11"]) and day("2025-06-28") and says("affaires")'
check "502 AZE demands investigation 2025-06-28 (10)" 'doc("502") and d("AZE";"RUS") and root(["10"]) and day("2025-06-28") and says("demanded")'
# "Azerbaijan's parliament also suspended its cooperation with the Russian State Duma on Monday".
check "502 AZE suspends cooperation 2025-06-30 (16)" 'doc("502") and d("AZE";"RUS") and root(["16"]) and day("2025-06-30") and says("suspended its cooperation")'
# "... an Azerbaijan Airlines passenger jet crashed in Kazakhstan on December 25, after being hit by Russian air defences".
check "502 RUS air defences hit AZE jet 2024-12-25 (18/19)" 'doc("502") and d("RUS";"AZE") and root(["18","19"]) and day("2024-12-25") and says("air defences")'
# "Aliyev accused Russia of trying to hush up the cause of the crash" (after the crash).
check "502 AZE accuses RUS of a cover-up (11)" 'doc("502") and d("AZE";"RUS") and root(["11"]) and .date_start>="2024-12-25" and .date_end<="2025-07-01" and says("hush up")'
# "Putin apologised to Aliyev in a phone call three days later".
check "502 RUS apologises to AZE 2024-12-28 (04/05)" 'doc("502") and d("RUS";"AZE") and root(["04","05"]) and day("2024-12-28") and says("apologised")'
# "In early May, Aliyev declined to attend the Victory Day parade in Moscow".
check "502 AZE declines RUS invitation early May (12)" 'doc("502") and d("AZE";"RUS") and root(["12"]) and within("2025-05-01";"2025-05-10") and says("declined to attend")'
check_none "502 declined parade coded as a meeting" 'doc("502") and asserted and root(["04"]) and says("declined to attend")'
check_none "502 Putin's unplanned call coded as fact" 'doc("502") and asserted and root(["04"]) and says("no plans to call")'
check_none "502 cancelled visit next month coded as held" 'doc("502") and asserted and root(["04"]) and says("due to visit")'
check_none "502 economic measures not imposed coded as fact" 'doc("502") and asserted and root(["16"]) and says("has not imposed")'
check_none "502 hypothetical retaliation coded as fact" 'doc("502") and asserted and says("could retaliate")'

# ---- 503 Pakistan-Afghanistan, published Monday 2025-10-13 ----
# "Afghan Taliban forces attacked Pakistani border posts ... late on Saturday".
check "503 AFG attacks PAK posts 2025-10-11 (18/19)" 'doc("503") and d("AFG";"PAK") and root(["18","19"]) and day("2025-10-11") and says("attacked Pakistani border posts")'
# "... its troops had killed more than 200 Taliban and allied fighters" (Saturday night into Sunday).
check "503 PAK kills AFG fighters 2025-10-11/12 (18/19)" 'doc("503") and d("PAK";"AFG") and root(["18","19"]) and within("2025-10-11";"2025-10-12") and says("killed more than 200")'
# "... Pakistani air strikes on Kabul and the eastern province of Paktika on Thursday night".
check "503 PAK air strikes on AFG 2025-10-09 (18/19)" 'doc("503") and d("PAK";"AFG") and root(["18","19"]) and day("2025-10-09") and says("air strikes on Kabul")'
# "'If Pakistan violates Afghanistan's territory again, our armed forces are ready to give a strong response,' ... Mujahid told a news conference in Kabul on Sunday".
check "503 AFG threatens PAK 2025-10-12 (13)" 'doc("503") and d("AFG";"PAK") and root(["13"]) and day("2025-10-12") and says("strong response")'
# "Pakistan closed the Torkham and Chaman crossings on Sunday".
check "503 PAK closes crossings 2025-10-12 (16/19)" 'doc("503") and d("PAK";"AFG") and root(["16","19"]) and day("2025-10-12") and says("closed the Torkham")'
# "Pakistani Defence Minister Khawaja Asif accused Kabul of sheltering fighters of the Pakistani Taliban".
check "503 PAK accuses AFG (11)" 'doc("503") and d("PAK";"AFG") and root(["11"]) and within("2025-10-11";"2025-10-13") and says("sheltering")'
# "He met Indian Foreign Minister Subrahmanyam Jaishankar in New Delhi on Friday".
check "503 AFG-IND meeting 2025-10-10 (04)" 'doc("503") and dyad("AFG";"IND") and root(["04"]) and day("2025-10-10") and says("Jaishankar")'
# "... and India said it would upgrade its technical mission in Kabul to an embassy".
check "503 IND to upgrade mission in AFG (03/05)" 'doc("503") and d("IND";"AFG") and root(["03","05"]) and within("2025-10-10";"2025-10-13") and says("upgrade")'
# "Earlier this month, Pakistan's foreign ministry summoned Afghanistan's charge d'affaires".
check "503 PAK summons AFG envoy this month (11)" 'doc("503") and d("PAK";"AFG") and root(["11"]) and within("2025-10-01";"2025-10-13") and says("summoned Afghanistan")'
# "Saudi Arabia and Qatar urged both sides on Sunday to exercise restraint".
check "503 SAU/QAT urge PAK/AFG 2025-10-12 (02/10)" 'doc("503") and (c(.source)=="SAU" or c(.source)=="QAT") and (c(.target)=="PAK" or c(.target)=="AFG") and root(["02","10"]) and day("2025-10-12") and says("urged both sides")'
# "Pakistani and Afghan officials are expected to meet in Doha later this week" (planned, any mood).
check "503 PAK-AFG talks planned this week (04)" 'doc("503") and dyad("PAK";"AFG") and root(["04"]) and within("2025-10-13";"2025-10-19") and says("expected to meet")'
# "... after troops exchanged fire in early March over the construction of a border post".
check "503 PAK-AFG exchange of fire early March (18/19)" 'doc("503") and dyad("PAK";"AFG") and root(["18","19"]) and within("2025-03-01";"2025-03-10") and says("exchanged fire")'
# "Pakistan reopened the crossing in late March after talks with Taliban officials".
check "503 PAK reopens crossing late March (03/05/08)" 'doc("503") and d("PAK";"AFG") and root(["03","05","08"]) and within("2025-03-20";"2025-03-31") and says("reopened")'
check "503 PAK-AFG talks in March (04)" 'doc("503") and dyad("PAK";"AFG") and root(["04"]) and within("2025-03-01";"2025-03-31") and says("after talks")'
check_none "503 talks later this week coded as held" 'doc("503") and asserted and root(["04"]) and says("expected to meet")'
check_none "503 unconfirmed strikes asserted by the denial sentence" 'doc("503") and asserted and root(["01","18","19"]) and says("has not confirmed")'
check_none "503 refused talks with the TTP coded as fact" 'doc("503") and asserted and root(["04"]) and says("would not hold talks")'
check_none "503 hypothetical cost coded as fact" 'doc("503") and asserted and says("could cost")'
check_none "503 Saturday attack dated before Saturday" 'doc("503") and d("AFG";"PAK") and root(["18","19"]) and (.evidence|length)==1 and says("attacked Pakistani border posts") and .date_start<"2025-10-11"'

# ---- 504 Mali-Algeria, published Tuesday 2025-04-08 ----
# "Algeria closed its airspace to flights to and from Mali on Monday".
check "504 DZA closes airspace to MLI 2025-04-07 (16/19)" 'doc("504") and d("DZA";"MLI") and root(["16","19"]) and day("2025-04-07") and says("closed its airspace")'
# "... the drone had entered Algerian airspace ... overnight from March 31 to April 1 and was destroyed by air defence units" / "shot down ... last week".
check "504 DZA downs MLI drone 2025-03-31/04-01 (18/19)" 'doc("504") and d("DZA";"MLI") and root(["18","19"]) and within("2025-03-31";"2025-04-01") and says("shot down|destroyed")'
# "Mali's military government ... accused Algeria of 'sponsoring international terrorism'".
check "504 MLI accuses DZA (11)" 'doc("504") and d("MLI";"DZA") and root(["11"]) and within("2025-04-01";"2025-04-08") and says("sponsoring")'
# "On Sunday, Mali and its allies ..., Burkina Faso and Niger, recalled their ambassadors from Algiers".
check "504 MLI recalls envoy from DZA 2025-04-06 (16)" 'doc("504") and d("MLI";"DZA") and root(["16"]) and day("2025-04-06") and says("recalled their ambassadors")'
check "504 BFA/NER recall envoys from DZA 2025-04-06 (16)" 'doc("504") and (c(.source)=="BFA" or c(.source)=="NER") and c(.target)=="DZA" and root(["16"]) and day("2025-04-06") and says("recalled their ambassadors")'
# "Mali also said it was withdrawing from a joint military staff committee" (the same Sunday).
check "504 MLI quits joint committee 2025-04-06 (16)" 'doc("504") and d("MLI";"DZA") and root(["16"]) and day("2025-04-06") and says("withdrawing")'
# "... a joint military staff committee that it set up with Algeria, Mauritania and Niger in 2010".
check "504 MLI-DZA set up a committee 2010 (03/05/06)" 'doc("504") and dyad("MLI";"DZA") and root(["03","05","06"]) and within("2010-01-01";"2010-12-31") and says("set up")'
# "Algeria responded the next day by recalling its ambassadors to Mali and Niger".
check "504 DZA recalls envoy from MLI 2025-04-07 (16)" 'doc("504") and d("DZA";"MLI") and root(["16"]) and day("2025-04-07") and says("recalling its ambassadors")'
# "... the Algerian foreign ministry said, rejecting Mali's accusations as 'baseless'".
check "504 DZA rejects MLI accusations (01/11/12)" 'doc("504") and d("DZA";"MLI") and root(["01","11","12"]) and within("2025-04-07";"2025-04-08") and says("baseless|escalation")'
# "Hours later, Mali announced that it would close its own airspace to Algerian aircraft in return".
check "504 MLI closes airspace to DZA 2025-04-07/08 (16/19)" 'doc("504") and d("MLI";"DZA") and root(["16","19"]) and within("2025-04-07";"2025-04-08") and says("close its own airspace")'
# "Diop, said on Tuesday that Bamako would not accept 'any lesson' from Algiers".
check "504 MLI rebuffs DZA 2025-04-08 (11/12)" 'doc("504") and d("MLI";"DZA") and root(["11","12"]) and day("2025-04-08") and says("any lesson")'
# "The African Union urged both countries on Monday to show restraint".
check "504 AU urges MLI/DZA 2025-04-07 (02/10)" 'doc("504") and (c(.target)=="MLI" or c(.target)=="DZA") and root(["02","10"]) and day("2025-04-07") and says("African Union")'
# "... Mali's military leaders ended a 2015 peace agreement ..., brokered by Algeria, in January 2024".
check "504 MLI ends the Algiers accord 2024-01 (12/16)" 'doc("504") and c(.source)=="MLI" and root(["12","16"]) and within("2024-01-01";"2024-01-31") and says("ended a 2015")'
# "A month earlier, the two countries had summoned each other's ambassadors after ... Tebboune received ... Dicko, in Algiers"
# (summons with no stated protest: 04 or 11; was 11 only, the gold's fault, fixed after the first run).
check "504 MLI-DZA summon envoys 2023-12 (04/11)" 'doc("504") and dyad("MLI";"DZA") and root(["04","11"]) and within("2023-12-01";"2023-12-31") and says("summoned each other")'
check "504 DZA receives Malian imam 2023-12 (04)" 'doc("504") and dyad("DZA";"MLI") and root(["04"]) and within("2023-12-01";"2023-12-31") and says("received an influential")'
check_none "504 2015 agreement coded as signed in 2024" 'doc("504") and asserted and root(["03","05"]) and says("2015 peace agreement") and .date_start>="2024"'
check_none "504 unsaid length of closure coded as a statement" 'doc("504") and asserted and root(["01"]) and says("did not say how long")'
check_none "504 unplanned return of envoy coded as fact" 'doc("504") and asserted and root(["03","05","06","08"]) and says("no plans to restore")'
check_none "504 hypothetical complication coded as fact" 'doc("504") and asserted and says("could complicate")'
check_none "504 drone downing dated after April 1" 'doc("504") and d("DZA";"MLI") and root(["18","19"]) and (.evidence|length)==1 and says("destroyed by air defence") and .date_start>"2025-04-01"'

# ---- whole corpus ----
check_none "event without evidence from the corpus" '(.evidence|length)==0 or (.evidence[0].doc|test("^50[1-4]_")|not)'
check_no_duplicates
articles_verdict 43
