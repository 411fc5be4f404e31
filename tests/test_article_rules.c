/*
 * test_article_rules.c — rules found on whole wire-style articles (the
 * held-out set in tests/data/articles_heldout.jsonl), each checked here on
 * invented sentences through the whole pipeline: a swap told as "A and B
 * each released", the accused object of "accused X of <gerund> Y", a
 * warning that the warner's own country would retaliate, a call's length
 * told next to another act, aid "received", names with "de la", and an
 * unqualified minister or government body in a datelined story, a signed
 * "partnership", drones launched "at" a country, "over Tuesday's incident",
 * "It accused ..." after a sentence about a state body, "... and said"
 * after a gerund complement, "territory controlled by X", and "a group set
 * up earlier this year" after the trigger, "al-Sisi", and a meeting told
 * right after the lede, "since February, when X announced a 25% tariff",
 * "summoned X to protest", "an \"aggressive\" use of", "the nuclear-armed
 * neighbours ... when they fought ... before agreeing", "called on the EU
 * to impose", "planning and financing a weekend attack", and an undated
 * mention that must not borrow a background year from a later sentence,
 * "condemned the deal as a breach of Somali sovereignty", "The talks came
 * days after X accused Y", '"We will retaliate against X," Y said', a
 * summit story (agreement, "during a summit", "criticised the meeting"), a
 * strikes story (a condemnation and appeal in one sentence, an apposition),
 * "the two countries" of a story whose mediator was named last.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "pipeline/pipeline.h"
#include "pipeline_fixture.h"
#include "text/text.h"

static void test_each_released_is_a_swap(void **state) {
  el_doc *d = run_dated(state, "2024-10-19",
                        "Russia and Ukraine each released 95 prisoners of war on Friday.");
  const el_event *a = find_fact(d, "RUS", "UKR", "08"), *b = find_fact(d, "UKR", "RUS", "08");
  assert_non_null(a);
  assert_non_null(b);
  assert_string_equal(a->date, "2024-10-18");
  doc_free(d);
  /* "in an exchange mediated by X": X mediates between the pair */
  d = run_dated(state, "2024-10-19",
                "Russia and Ukraine each released 95 prisoners of war on Friday in an exchange "
                "mediated by the United Arab Emirates.");
  assert_non_null(find_fact(d, "ARE", "RUS", "04"));
  assert_non_null(find_fact(d, "ARE", "UKR", "04"));
  doc_free(d);
}

static void test_accused_object_not_gerund_object(void **state) {
  el_doc *d =
      run_dated(state, "2024-10-19", "Ukraine accused Russia of torturing Ukrainian prisoners.");
  assert_non_null(find_fact(d, "UKR", "RUS", "11"));
  assert_null(find_fact(d, "RUS", "UKR", "18")); /* the accusation's content is not a fact */
  doc_free(d);
}

static void test_warned_own_country_would_retaliate(void **state) {
  el_doc *d =
      run_dated(state, "2025-04-18",
                "Mexican Economy Minister Marcelo Ebrard spoke to reporters. Ebrard warned on "
                "Tuesday that Mexico would impose retaliatory tariffs on U.S. goods.");
  const el_event *e = find_fact(d, "MEX", "USA", "13");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-04-15"); /* the Tuesday before, when he warned */
  /* the "would" of the reported clause does not push the Tuesday ahead */
  for (size_t i = 0; i < d->events.n; i++)
    assert_string_not_equal(d->events.v[i].date, "2025-04-22");
  doc_free(d);
}

static void test_call_length_not_given_to_other_act(void **state) {
  el_doc *d =
      run_dated(state, "2025-04-18",
                "Mexican President Claudia Sheinbaum said on Thursday she had held a phone call "
                "with U.S. President Donald Trump. Sheinbaum said the call lasted about 40 "
                "minutes and that both sides agreed to keep talking.");
  const el_event *call = find_fact(d, "MEX", "USA", "04");
  assert_non_null(call);
  assert_non_null(call->details_json);
  assert_non_null(strstr(call->details_json, "PT40M"));
  for (size_t i = 0; i < d->events.n; i++)
    if (strcmp(d->events.v[i].root, "04") != 0 && d->events.v[i].details_json)
      assert_null(strstr(d->events.v[i].details_json, "PT40M"));
  doc_free(d);
}

static void test_received_help_is_no_aid(void **state) {
  el_doc *d = run_dated(state, "2024-10-19",
                        "Russia said 95 Russian soldiers had been returned from Ukraine and were "
                        "receiving medical help.");
  assert_null(find_fact(d, "RUS", "UKR", "07"));
  assert_null(find_fact(d, "UKR", "RUS", "07"));
  assert_null(find_fact(d, "RUS", "UKR", "04")); /* "returned from": no return visit */
  assert_null(find_fact(d, "UKR", "RUS", "04"));
  doc_free(d);
}

static void test_dateline_minister_with_particles(void **state) {
  el_doc *d =
      run_dated(state, "2025-04-18",
                "MEXICO CITY, April 18 - Foreign Minister Rosa Ibarra de la Vega met the U.S. "
                "ambassador on Friday.");
  const el_event *e = find_fact(d, "MEX", "USA", "04");
  assert_non_null(e);
  assert_non_null(e->source.name);
  assert_string_equal(e->source.name, "Rosa Ibarra de la Vega");
  assert_string_equal(e->date, "2025-04-18");
  doc_free(d);
}

static void test_signed_partnership(void **state) {
  el_doc *d =
      run_dated(state, "2024-03-18", "Kenya signed a strategic partnership with Uganda on Sunday.");
  const el_event *e = find_fact(d, "KEN", "UGA", "05");
  assert_non_null(e);
  assert_string_equal(e->cameo, "057");
  assert_string_equal(e->date, "2024-03-17");
  doc_free(d);
}

static void test_drones_at_country_is_target(void **state) {
  el_doc *d = run_dated(state, "2024-10-19", "Russia launched more than 100 drones at Ukraine.");
  assert_non_null(find_fact(d, "RUS", "UKR", "19"));
  doc_free(d);
}

static void test_dateline_government_body(void **state) {
  el_doc *d =
      run_dated(state, "2025-09-17",
                "MANILA, Sept 17 - Fishermen gathered in the port on Wednesday. The Department "
                "of Foreign Affairs said it had lodged a diplomatic protest with the Chinese "
                "envoy over Tuesday's incident.");
  const el_event *e = find_fact(d, "PHL", "CHN", "11");
  assert_non_null(e);
  /* "Tuesday's incident" dates the incident; the protest gets the article's day */
  assert_string_equal(e->date, "2025-09-17");
  doc_free(d);
  /* but "at last year's summit" is where and when the act took place */
  d = run_dated(
      state, "1998-12-03",
      "NATO decided at last year's Madrid summit to invite Poland to start accession talks.");
  for (size_t i = 0; i < d->events.n; i++) assert_string_equal(d->events.v[i].date, "1997");
  assert_true(d->events.n > 0);
  doc_free(d);
}

static void test_it_is_the_body_before(void **state) {
  el_doc *d = run_dated(state, "2026-02-12",
                        "The Indian army said its posts came under fire. It accused Pakistan of "
                        "violating the ceasefire.");
  const el_event *e = find_fact(d, "IND", "PAK", "11");
  assert_non_null(e);
  assert_string_equal(e->source.code, "INDMIL");
  doc_free(d);
  /* a person before is not "It"; nor is an impersonal "It seemed" */
  d = run_dated(
      state, "2026-02-12",
      "Prime Minister Narendra Modi spoke on Thursday. It accused Pakistan of violating the "
      "ceasefire.");
  assert_null(find_fact(d, "IND", "PAK", "11"));
  doc_free(d);
}

static void test_and_said_shares_accuser(void **state) {
  el_doc *d =
      run_dated(state, "2024-10-19",
                "Ukraine accused Russia of torturing Ukrainian prisoners and said it had sent "
                "letters to the United Nations.");
  for (size_t i = 0; i < d->events.n; i++) { /* "sent" is Ukraine's, not Russia's */
    assert_false(!strcmp(d->events.v[i].source.country, "RUS") &&
                 !strcmp(d->events.v[i].target.code, "IGOUNO"));
    /* and a letter goes one way: no UN -> Ukraine consultation */
    assert_false(!strcmp(d->events.v[i].source.code, "IGOUNO"));
  }
  doc_free(d);
}

static void test_controlled_by_is_no_act(void **state) {
  el_doc *d =
      run_dated(state, "2024-10-19",
                "Russia said its soldiers had come home from territory controlled by Ukraine.");
  assert_null(find_fact(d, "RUS", "UKR", "06"));
  assert_null(find_fact(d, "UKR", "RUS", "06"));
  doc_free(d);
  /* a passive verb is one: "is being controlled by" is not dropped here */
  d = run_dated(state, "2000-02-16",
                "Cuba said the boy was being controlled by the United States.");
  assert_non_null(find_fact(d, "USA", "CUB", "06"));
  doc_free(d);
}

static void test_participle_date_is_the_nouns(void **state) {
  el_doc *d =
      run_dated(state, "2025-04-18",
                "Mexico and the United States agreed to keep working through a security group "
                "set up earlier this year.");
  assert_true(d->events.n > 0);
  for (size_t i = 0; i < d->events.n; i++) assert_string_equal(d->events.v[i].date, "2025-04-18");
  doc_free(d);
  /* "over talks set up last year": the criticism is not of last year */
  d = run_dated(state, "2025-04-18",
                "Mexico criticized the United States over talks set up last year.");
  const el_event *e = find_fact(d, "MEX", "USA", "11");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-04-18");
  doc_free(d);
}

static void test_al_name_and_meeting_after_lede(void **state) {
  el_doc *d =
      run_dated(state, "2024-03-18",
                "CAIRO, March 18 - The European Union signed a partnership with Egypt on "
                "Sunday.\n\nEuropean Commission President Ursula von der Leyen met President "
                "Abdel Fattah al-Sisi in Cairo.");
  const el_event *e = NULL;
  for (size_t i = 0; i < d->events.n && !e; i++)
    if (!strcmp(d->events.v[i].root, "04") && !strcmp(d->events.v[i].source.country, "EGY"))
      e = &d->events.v[i];
  assert_non_null(e);
  assert_non_null(e->source.name); /* "al-Sisi" is part of the name */
  assert_non_null(strstr(e->source.name, "Sisi"));
  assert_string_equal(e->date, "2024-03-17"); /* the lede's Sunday visit */
  doc_free(d);
}

static void test_tariff_since_when(void **state) {
  el_doc *d =
      run_dated(state, "2025-04-18",
                "Relations have been strained since February, when Washington announced a 25% "
                "tariff on all imports from Mexico.");
  const el_event *e = find_fact(d, "USA", "MEX", "16");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-02");
  doc_free(d);
}

static void test_summoned_to_protest(void **state) {
  el_doc *d =
      run_dated(state, "2025-09-17",
                "The Philippines summoned China's ambassador on Wednesday to protest what it "
                "called an \"aggressive\" use of water cannon.");
  const el_event *e = find_fact(d, "PHL", "CHN", "11");
  assert_non_null(e);
  assert_string_equal(e->cameo, "114");          /* a diplomatic protest, not a demonstration */
  assert_null(find_fact(d, "CHN", "CHN", "17")); /* "use of" is a noun, not China's act */
  doc_free(d);
  /* an apposition naming the envoy does not cut the purpose off */
  d = run_dated(state, "2025-07-01",
                "Russia summoned Azerbaijan's ambassador, Rahman Mustafayev, on Monday to protest "
                "against what it called unfriendly actions.");
  e = find_fact(d, "RUS", "AZE", "11");
  assert_non_null(e);
  assert_string_equal(e->cameo, "114");
  doc_free(d);
  d = run_dated(state, "2026-02-12",
                "India said Pakistan's envoy had been summoned to lodge a strong protest.");
  assert_non_null(find_fact(d, "IND", "PAK", "11"));
  doc_free(d);
}

static void test_neighbours_they_fought(void **state) {
  el_doc *d =
      run_dated(state, "2026-02-12",
                "India expelled a Pakistani diplomat. Relations between the nuclear-armed "
                "neighbours plunged in May last year, when they fought four days of missile "
                "strikes before agreeing to a ceasefire.");
  const el_event *a = find_fact(d, "IND", "PAK", "19"), *b = find_fact(d, "PAK", "IND", "19");
  assert_non_null(a);
  assert_non_null(b);
  assert_string_equal(a->date, "2025-05");
  assert_non_null(find_fact(d, "PAK", "IND", "03")); /* the ceasefire, agreed by both */
  doc_free(d);
}

static void test_called_on_to_impose(void **state) {
  el_doc *d =
      run_dated(state, "2023-09-26",
                "PRISTINA, Sept 26 - Kosovo's government on Tuesday accused Serbia of planning "
                "and financing a weekend attack in which a police officer was killed, and called "
                "on the European Union to impose sanctions on Belgrade.");
  assert_null(find_fact(d, "KSV", "SRB", "06")); /* "financing": the accusation's content */
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    /* the act asked for is the EU's; "a weekend attack" dates no act of Tuesday */
    if (!strcmp(e->root, "16")) assert_string_equal(e->source.code, "IGOEUREEC");
    assert_string_equal(e->date, "2023-09-26");
  }
  doc_free(d);
}

static void test_background_year_not_borrowed(void **state) {
  el_doc *d =
      run_dated(state, "2024-01-03",
                "Ethiopia signed a deal with Somalia.\n\nThe two leaders spoke about ports.\n\n"
                "Ethiopia and Somalia restored full diplomatic relations in 2018.");
  const el_event *e = NULL;
  for (size_t i = 0; i < d->events.n; i++)
    if (!strcmp(d->events.v[i].cameo, "057")) e = &d->events.v[i];
  assert_non_null(e);
  assert_string_equal(e->date, "2024-01-03"); /* not the 2018 restoration's year */
  doc_free(d);
}

static void test_condemned_as_breach_of(void **state) {
  el_doc *d = run_dated(state, "2024-01-03",
                        "The Arab League condemned the deal as a breach of Somali sovereignty.");
  for (size_t i = 0; i < d->events.n; i++) /* Somalia is the one wronged, not the condemned */
    assert_string_not_equal(d->events.v[i].target.country, "SOM");
  doc_free(d);
  d = run_dated(state, "2024-01-03", "Somalia condemned Ethiopia as an aggressor.");
  assert_non_null(find_fact(d, "SOM", "ETH", "11"));
  doc_free(d);
}

/* "The talks came days after X accused Y": the accusation lies days before
 * the talks' day, not on the article's; "a day after the talks" the day
 * after; a noun that names no dated act ties nothing.  2024-03-08 is a
 * Friday, so "on Wednesday" is 03-06; 03-06 minus 2..6 days is 02-29..03-04,
 * whose middle (03-02) is in ISO week 2024-W09 (`date -d 2024-03-02 +%G-W%V`). */
static void test_offset_from_named_act(void **state) {
  el_doc *d = run_dated(state, "2024-03-08",
                        "Iranian and Saudi foreign ministers held talks in Beijing on Wednesday.\n"
                        "The talks came days after Iran accused Saudi Arabia of funding unrest.\n"
                        "Iran seized a Saudi tanker a day after the talks.");
  const el_event *acc = find_fact(d, "IRN", "SAU", "11"), *seize = find_fact(d, "IRN", "SAU", "17");
  assert_non_null(acc);
  assert_string_equal(acc->date, "2024-W09");
  assert_int_equal(acc->date_precision, EL_PREC_WEEK);
  assert_string_equal(acc->date_start, "2024-02-29");
  assert_string_equal(acc->date_end, "2024-03-04");
  assert_non_null(seize);
  assert_string_equal(seize->date, "2024-03-07");
  doc_free(d);
  /* "took place a week after": Monday 2024-05-06 minus 7 days */
  d = run_dated(state, "2024-05-10",
                "Japan and China held a summit on Monday.\n"
                "The summit took place a week after China expelled a Japanese diplomat.");
  const el_event *exp = find_fact(d, "CHN", "JPN", "16");
  assert_non_null(exp);
  assert_string_equal(exp->date, "2024-04-29");
  doc_free(d);
  /* past acts "days before" the talks cannot run past the article's day */
  d = run_dated(state, "2024-03-08",
                "Iranian and Saudi foreign ministers held talks in Beijing on Wednesday.\n\n"
                "The talks came days before Iran accused Saudi Arabia of funding unrest.\n\n"
                "Iran seized a Saudi tanker two days after the election.");
  acc = find_fact(d, "IRN", "SAU", "11");
  seize = find_fact(d, "IRN", "SAU", "17");
  assert_non_null(acc);
  assert_string_equal(acc->date_end, "2024-03-08");
  assert_non_null(seize);
  assert_string_equal(seize->date, "2024-03-08"); /* no election told: the article's day */
  doc_free(d);
}

/* A side announcing its own force against another threatens it (CAMEO
 * 138), whether quoted, reported ("said it will / would") or vowed; the
 * announced act itself is no fact.  A forecast by someone else, a
 * negated announcement and "said it will attack" read as SAY * ATTACK
 * are not threats nor attacks. */
static void test_announced_force_is_threat(void **state) {
  static const char *const threats[] = {
      "\"We will retaliate against India,\" Pakistan's foreign minister said on Thursday.",
      "Pakistan said on Thursday it would retaliate against India.",
      "Pakistan said it will attack India.", "Pakistan vowed to retaliate against India."};
  for (size_t i = 0; i < sizeof threats / sizeof *threats; i++) {
    el_doc *d = run_dated(state, "2026-02-12", threats[i]);
    const el_event *t = find_fact(d, "PAK", "IND", "13");
    assert_non_null(t);
    assert_string_equal(t->cameo, "138");
    assert_null(find_fact(d, "PAK", "IND", "19")); /* no attack took place */
    doc_free(d);
  }
  /* "wrote that Y would \"pay a very big price\"": the writer threatens Y
   * (the quotation mark inside the verb group keeps "would" its mood), on
   * the day before the call it is tied to (2025-04-18 is a Friday) */
  el_doc *d =
      run_dated(state, "2025-04-18",
                "Mexico and the United States held a phone call on Thursday.\n"
                "The call came a day after U.S. President Donald Trump wrote on social media "
                "that Mexico would \"pay a very big price\".");
  const el_event *t = find_fact(d, "USA", "MEX", "13");
  assert_non_null(t);
  assert_string_equal(t->cameo, "130");
  assert_string_equal(t->date, "2025-04-16");
  doc_free(d);
  static const char *const none[] = {"Pakistan will attack India, analysts said.",
                                     "Pakistan said it would not attack India.",
                                     "India said Pakistan would attack India."};
  for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
    el_doc *d = run_dated(state, "2026-02-12", none[i]);
    assert_null(find_fact(d, "PAK", "IND", "13"));
    assert_null(find_fact(d, "PAK", "IND", "19"));
    doc_free(d);
  }
}

/* A summit story: "A and B agreed to deepen cooperation in the face of
 * X's launches" is between A and B, not aimed at X; "during a summit" is
 * their meeting; "a summit that both sides called \"constructive\"" is no
 * phone call; "C criticised the meeting" aims at both parties of that
 * meeting (not at a call told in between), and "A rejected the criticism"
 * at C.  2026-03-14 is a Saturday: "on Friday" is 03-13. */
static void test_summit_story(void **state) {
  el_doc *d =
      run_dated(state, "2026-03-14",
                "Japan and South Korea agreed on Friday to deepen security cooperation in the "
                "face of North Korea's missile launches, during a summit in Tokyo that both "
                "sides called \"constructive\".\n\n"
                "The summit came two days after South Korea's president spoke by phone with the "
                "United States.\n\n"
                "China criticised the meeting on Friday. Japan rejected the criticism.");
  assert_null(find_fact(d, "JPN", "PRK", "03"));
  assert_null(find_fact(d, "KOR", "PRK", "03"));
  const el_event *agree = find_fact(d, "JPN", "KOR", "03"),
                 *summit = find_fact(d, "KOR", "JPN", "04");
  assert_non_null(agree);
  assert_non_null(summit);
  assert_string_equal(summit->date, "2026-03-13");
  for (size_t i = 0; i < d->events.n; i++) /* "called" names, it is no call */
    assert_false(!strcmp(d->events.v[i].cameo, "041") && d->events.v[i].sentence == 0);
  const el_event *call = find_fact(d, "KOR", "USA", "04");
  assert_non_null(call);
  assert_string_equal(call->date, "2026-03-11"); /* two days before the summit */
  assert_non_null(find_fact(d, "CHN", "JPN", "11"));
  assert_non_null(find_fact(d, "CHN", "KOR", "11"));
  assert_null(find_fact(d, "CHN", "USA", "11"));
  assert_non_null(find_fact(d, "JPN", "CHN", "12"));
  doc_free(d);
}

/* A strikes story (2025-06-05 is a Thursday): "condemned the strikes as a
 * violation of the November ceasefire and called on A and B, which
 * brokered the truce, to pressure X" condemns the strikes' author, asks A
 * and B (whose pressure is not a fact) and is not dated November by the
 * ceasefire's modifier; "Iran, Hezbollah's main backer, denounced" is
 * Iran's act; a time in a relative clause of the sentence before ("strikes
 * that killed two fighters on Monday") does not date the next sentence. */
static void test_strikes_story(void **state) {
  el_doc *d =
      run_dated(state, "2025-06-05",
                "Israeli warplanes struck targets in southern Lebanon on Wednesday.\n\n"
                "Lebanese Prime Minister Nawaf Salam condemned the strikes as a \"flagrant "
                "violation\" of the November ceasefire and called on the United States and "
                "France, which brokered the truce, to pressure Israel to stop its attacks.\n\n"
                "Hezbollah said its rocket fire was a response to drone strikes that killed two "
                "of its fighters on Monday. Israeli Defence Minister Israel Katz warned that "
                "Israel would hit Beirut if the attacks continued.\n\n"
                "Iran, Hezbollah's main backer, denounced the Israeli strikes.");
  const el_event *cond = find_fact(d, "LBN", "ISR", "11"),
                 *appeal = find_fact(d, "LBN", "USA", "02");
  assert_non_null(cond);
  assert_non_null(appeal);
  assert_string_equal(appeal->date, "2025-06-05"); /* not 2024-11 */
  assert_non_null(find_fact(d, "LBN", "FRA", "02"));
  assert_null(find_fact(d, "LBN", "ISR", "17")); /* the pressure is asked of others */
  assert_null(find_fact(d, "USA", "ISR", "17")); /* and has not happened */
  const el_event *warn = find_fact(d, "ISR", "LBN", "13");
  assert_non_null(warn);
  assert_string_equal(warn->date, "2025-06-05"); /* not Monday 06-02 */
  assert_non_null(find_fact(d, "IRN", "ISR", "11"));
  doc_free(d);
}

/* "The two countries" / "both governments" far from the last pair acting
 * together are the story's pair (named together most, the lede counting
 * more), not the two countries named last: Qatar mediates, Burundi closes
 * a border, the story is Congo and Rwanda. */
static void test_story_pair(void **state) {
  el_doc *d =
      run_dated(state, "2025-07-03",
                "Congo recalled its ambassador to Rwanda on Tuesday and accused Rwanda of backing "
                "rebels.\n\n"
                "Rwanda denied the accusation and called on Congo to return to talks mediated by "
                "Qatar.\n\n"
                "The two countries signed a peace agreement in June.\n\n"
                "Burundi closed its border with Rwanda in January.\n\n"
                "The African Union urged both governments to respect the ceasefire.");
  assert_non_null(find_fact(d, "COD", "RWA", "05"));
  assert_null(find_fact(d, "COD", "QAT", "05"));
  /* the African Union's appeal (source code IGOAFRAU) goes to the pair */
  int to_cod = 0, to_bdi = 0;
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    if (strncmp(e->source.code, "IGOAFRAU", 8) || strcmp(e->root, "02")) continue;
    to_cod += !strcmp(e->target.country, "COD");
    to_bdi += !strcmp(e->target.country, "BDI");
  }
  assert_int_equal(to_cod, 1);
  assert_int_equal(to_bdi, 0);
  /* "denied the accusation and called on Congo": the call is no denial */
  assert_non_null(find_fact(d, "RWA", "COD", "02"));
  doc_free(d);
}

/* What an accusation says was done ("of sending troops to back rebels") is
 * its content, not a fact; a relative clause after it is the writer's. */
static void test_accused_content_not_fact(void **state) {
  el_doc *d = run_dated(state, "2025-07-03",
                        "Congo accused Rwanda of sending troops to back M23 rebels who attacked "
                        "Burundi last month.");
  assert_non_null(find_fact(d, "COD", "RWA", "11"));
  assert_null(find_fact(d, "RWA", "COD", "05")); /* M23 are Congolese rebels: no backing as fact */
  for (size_t i = 0; i < d->events.n; i++)
    assert_false(!strcmp(d->events.v[i].source.country, "RWA") && !d->events.v[i].negated &&
                 d->events.v[i].mood == EL_MOOD_FACT);
  doc_free(d);
}

/* "Rwanda denied it. Its foreign minister, X, said ... and called on
 * Kinshasa to return to talks mediated by Qatar": the minister is
 * Rwanda's (not a countryless GOV), and Qatar mediates, it is not the one
 * Congo acts on. */
static void test_its_minister_and_reduced_passive(void **state) {
  el_doc *d =
      run_dated(state, "2025-07-03",
                "Rwanda denied the accusation. Its foreign minister, Olivier Nduhungirehe, said "
                "Congo was \"looking for a scapegoat\" and called on Kinshasa to return to talks "
                "mediated by Qatar.");
  const el_event *e = find_fact(d, "RWA", "COD", "02");
  assert_non_null(e);
  assert_string_equal(e->source.code, "RWAGOV");
  assert_null(find_fact(d, "COD", "QAT", "04"));
  doc_free(d);
}

/* "A, B and C criticized X, and Y said it would sever ties with X": Y is
 * the subject of a clause of its own, not criticized; "called the raid
 * \"an authoritarian act\"" criticizes the raid's agent. */
static void test_clause_and_naming_an_act(void **state) {
  el_doc *d =
      run_dated(state, "2024-04-06",
                "Ecuadorian police stormed the Mexican embassy in Quito on Friday.\n\n"
                "Mexico's president called the raid \"an authoritarian act\".\n\n"
                "Brazil, Colombia and Chile criticized Ecuador, and Nicaragua said it would "
                "sever ties with Quito.");
  assert_non_null(find_fact(d, "MEX", "ECU", "11"));
  assert_non_null(find_fact(d, "CHL", "ECU", "11"));
  assert_null(find_fact(d, "CHL", "NIC", "11"));
  assert_null(find_fact(d, "BRA", "NIC", "11"));
  assert_non_null(find_fact(d, "NIC", "ECU", "13"));
  assert_null(find_fact(d, "ECU", "ECU", "13"));
  doc_free(d);
}

/* A trade story: "(Reuters)" after the dateline is never a side; "both
 * sides" of the EU and China are the EU (an international body, told
 * apart by its code) and China; "duties on electric vehicles imported from
 * China" is no import by the EU. */
static void test_trade_story(void **state) {
  el_doc *d = run_dated(state, "2024-10-30",
                        "BRUSSELS, Oct 30 (Reuters) - The European Union imposed duties of up to "
                        "35% on electric vehicles imported from China on Tuesday.\n\n"
                        "German Chancellor Olaf Scholz urged both sides to continue negotiating.");
  int to_eu = 0, to_china = 0, to_media = 0;
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    assert_false(!strncmp(e->source.code, "IGOEU", 5) && !strcmp(e->root, "06")); /* no import */
    if (strcmp(e->source.country, "DEU") || strcmp(e->root, "02")) continue;
    to_eu += !strncmp(e->target.code, "IGOEU", 5);
    to_china += !strcmp(e->target.country, "CHN");
    to_media += !strcmp(e->target.code, "MED");
  }
  assert_int_equal(to_eu, 1);
  assert_int_equal(to_china, 1);
  assert_int_equal(to_media, 0);
  doc_free(d);
}

/* "accused X of crossing a red line and said Tehran would not take part in
 * talks planned for Sunday": the plan's time is the talks', not the
 * accusation's (2025-06-14 is a Saturday; the accusation was dated the
 * Sunday before, 06-08). */
static void test_plan_time_not_the_acts(void **state) {
  el_doc *d = run_dated(state, "2025-06-14",
                        "Iranian Foreign Minister Abbas Araghchi accused Israel of crossing a red "
                        "line and said Tehran would not take part in nuclear talks with the United "
                        "States planned for Sunday in Oman.");
  const el_event *e = find_fact(d, "IRN", "ISR", "11");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-06-14");
  doc_free(d);
}

/* "the two arch-rivals traded fire" / "traded strikes": the story's pair
 * used force on each other (not TRADE's 060); "traded barbs" criticizes. */
static void test_traded_strikes(void **state) {
  el_doc *d =
      run_dated(state, "2025-06-14",
                "Israel struck Iran on Friday. The two arch-rivals traded fire on Saturday.");
  assert_non_null(find_fact(d, "IRN", "ISR", "19"));
  assert_non_null(find_fact(d, "ISR", "IRN", "19"));
  doc_free(d);
  d = run_dated(state, "2025-06-14", "Israel and Hezbollah traded strikes on Sunday.");
  assert_non_null(find_fact(d, "LBN", "ISR", "19"));
  assert_null(find_fact(d, "LBN", "ISR", "06"));
  doc_free(d);
  d = run_dated(state, "2025-06-14", "India and Pakistan traded barbs at the United Nations.");
  assert_non_null(find_fact(d, "IND", "PAK", "11"));
  doc_free(d);
}

/* "the cordial meeting" refers back to the meeting the story dated, not to
 * a phone call told in between with the same two sides */
static void test_meeting_noun_takes_meetings_date(void **state) {
  el_doc *d = run_dated(state, "2025-05-08",
                        "Kenyan President Anna Berg and Tanzanian President Carl Moss held their "
                        "first face-to-face meeting in Vienna on Tuesday.\n\nRelations had been "
                        "tense. A phone call between the two leaders on April 2 eased tensions.\n\n"
                        "Although differences persist, the cordial meeting seems to push for a "
                        "reset of relations between Kenya and Tanzania.");
  size_t seen = 0;
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    if ((size_t)e->sentence != d->sents.n - 1 || strcmp(e->root, "04") != 0) continue;
    assert_string_equal(e->date, "2025-05-06");
    seen++;
  }
  assert_true(seen > 0);
  doc_free(d);
}

/* naming a leader a criminal accuses him (112), quoted or not, also when
 * the crime is named by its act ("a leader of illegal drug trafficking") */
static void test_called_leader_of_crime(void **state) {
  static const char *const texts[] = {
      "Kenyan President Anna Berg called Tanzanian President Carl Moss a \"leader of illegal "
      "drug trafficking\" on Monday.",
      "Kenyan President Anna Berg called Tanzanian President Carl Moss a leader of illegal drug "
      "trafficking on Monday.",
      "Kenyan President Anna Berg called Tanzanian President Carl Moss a \"drug trafficker\" on "
      "Monday."};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    el_doc *d = run_dated(state, "2025-05-08", texts[i]);
    const el_event *e = find_fact(d, "KEN", "TZA", "11");
    assert_non_null(e);
    assert_string_equal(e->cameo, "112");
    assert_null(find_fact(d, "KEN", "TZA", "04")); /* naming, not a phone call */
    doc_free(d);
  }
}

/* "the end of 2025" keeps the year as the date but not all of it as the
 * range: the last third; "late January" the last third of the month */
static void test_named_part_narrows_range(void **state) {
  el_doc *d = run_dated(state, "2026-02-04",
                        "At the end of 2025, Kenyan President Anna Berg accused Tanzania of "
                        "spying. In late January, Kenya imposed tariffs on Tanzanian goods. "
                        "Early last year, Kenya threatened Tanzania with sanctions.");
  const el_event *e = find_fact(d, "KEN", "TZA", "11");
  assert_non_null(e);
  assert_string_equal(e->date, "2025");
  assert_string_equal(e->date_start, "2025-09-02");
  assert_string_equal(e->date_end, "2025-12-31");
  e = find_fact(d, "KEN", "TZA", "16");
  assert_non_null(e);
  assert_string_equal(e->date, "2026-01");
  assert_string_equal(e->date_start, "2026-01-22");
  assert_string_equal(e->date_end, "2026-01-31");
  e = find_fact(d, "KEN", "TZA", "13");
  assert_non_null(e);
  assert_string_equal(e->date_start, "2025-01-01");
  assert_string_equal(e->date_end, "2025-05-01");
  doc_free(d);
}

/* other verbs of naming accuse or insult as "called X a ..." does; naming
 * an act or a meeting is no accusation */
static void test_naming_verbs(void **state) {
  static const struct {
    const char *text, *cameo;
  } cases[] = {
      {"Kenyan President Anna Berg described Tanzanian President Carl Moss as a tyrant.", "111"},
      {"Kenyan President Anna Berg labelled Tanzanian President Carl Moss a drug trafficker.",
       "112"},
      {"Kenyan President Anna Berg on Monday referred to Tanzanian President Carl Moss as a thug.",
       "111"},
      {"Kenyan President Anna Berg branded Tanzanian President Carl Moss a drug trafficker.",
       "112"}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    el_doc *d = run_dated(state, "2025-05-08", cases[i].text);
    const el_event *e = find_fact(d, "KEN", "TZA", "11");
    assert_non_null(e);
    assert_string_equal(e->cameo, cases[i].cameo);
    doc_free(d);
  }
  el_doc *d = run_dated(state, "2025-05-08",
                        "Kenyan President Anna Berg described her talks with Tanzanian President "
                        "Carl Moss as constructive.");
  assert_null(find_fact(d, "KEN", "TZA", "11"));
  doc_free(d);
}

/* "The sanctions come a month after X visited Y": the noun names the act
 * by its object ("imposed new sanctions"), and the visit lies a month
 * before it, not on the article's day */
static void test_offset_from_act_named_by_object(void **state) {
  el_doc *d = run_dated(state, "2025-11-20",
                        "The European Union on Wednesday imposed new sanctions on Russia.\n\n"
                        "The sanctions come a month after Ukrainian President Volodymyr "
                        "Zelenskyy visited Belgium.");
  const el_event *s = find_fact(d, "IGO", "RUS", "16");
  for (size_t i = 0; !s && i < d->events.n; i++)
    if (!strcmp(d->events.v[i].root, "16")) s = &d->events.v[i];
  assert_non_null(s);
  assert_string_equal(s->date, "2025-11-19");
  const el_event *v = find_fact(d, "UKR", "BEL", "04");
  assert_non_null(v);
  assert_true(strcmp(v->date_end, "2025-10-31") <= 0);
  assert_true(strcmp(v->date_start, "2025-10-01") >= 0);
  doc_free(d);
}

/* "condemned the move" after sanctions: the sanctioning side is the target */
static void test_condemned_the_move(void **state) {
  el_doc *d = run_dated(state, "2025-11-20",
                        "The European Union on Wednesday imposed new sanctions on Russia.\n\n"
                        "Russia's foreign ministry condemned the move hours later.");
  const el_event *e = NULL;
  for (size_t i = 0; i < d->events.n && !e; i++)
    if (!strcmp(d->events.v[i].source.country, "RUS") && !strcmp(d->events.v[i].root, "11"))
      e = &d->events.v[i];
  assert_non_null(e);
  assert_string_equal(e->cameo, "111");
  assert_true(!strncmp(e->target.code, "IGOEUR", 6));
  doc_free(d);
}

/* "coast guard ships fired": "ships" is the subject's plural head, not
 * SHIP (a delivery of aid); "demanded an explanation" is a demand (101) */
static void test_plural_head_before_past_verb(void **state) {
  el_doc *d = run_dated(state, "2024-08-09",
                        "Chinese coast guard ships fired water cannon at a Philippine supply "
                        "vessel on Friday.");
  assert_non_null(find_fact(d, "CHN", "PHL", "19"));
  assert_null(find_fact(d, "CHN", "PHL", "07"));
  doc_free(d);
  d = run_dated(state, "2024-08-09", "The Philippines demanded an explanation from China.");
  const el_event *e = find_fact(d, "PHL", "CHN", "10");
  assert_non_null(e);
  assert_string_equal(e->cameo, "101");
  doc_free(d);
}

/* a quotation told inside an act dated through another act ("two days
 * after X accused Y of \"economic warfare\"") was said then, not on the
 * article's day */
static void test_quote_takes_its_acts_date(void **state) {
  el_doc *d = run_dated(state, "2025-11-20",
                        "The European Union on Wednesday imposed new sanctions on Russia.\n\n"
                        "The sanctions came two days after Russian Foreign Minister Sergei Lavrov "
                        "accused the European Union of \"economic warfare\".");
  const el_quote *q = NULL;
  for (size_t i = 0; i < d->quotes.n; i++)
    if (!strncmp(d->text + d->quotes.v[i].start, "economic warfare", 16)) q = &d->quotes.v[i];
  assert_non_null(q);
  assert_string_equal(q->date, "2025-11-17");
  doc_free(d);
}

/* withdrawing troops from the border with X yields to X (0874), as
 * "withdrew its troops from X" does; sending them there stays no target */
static void test_withdrew_from_border_with(void **state) {
  el_doc *d = run_dated(state, "2023-10-12",
                        "Serbia has pulled back some of its troops from the border with Kosovo.");
  assert_non_null(find_fact(d, "SRB", "KSV", "08"));
  doc_free(d);
  d = run_dated(state, "2023-10-12",
                "Serbia withdrew some of its troops from the border with Kosovo on Tuesday.");
  const el_event *e = find_fact(d, "SRB", "KSV", "08");
  assert_non_null(e);
  assert_string_equal(e->date, "2023-10-10");
  doc_free(d);
}

/* "responded the next day" after a sentence whose last date is a year of
 * background ("a committee set up in 2010") counts from the act dated in
 * the sentence before that, not from the year */
static void test_next_day_not_from_background_year(void **state) {
  el_doc *d = run_dated(state, "2025-04-08",
                        "On Sunday, Mali recalled its ambassador from Algiers. Mali also said it "
                        "was withdrawing from a committee that it set up with Algeria in 2010.\n\n"
                        "Algeria responded the next day by recalling its ambassador to Mali.");
  const el_event *e = find_fact(d, "DZA", "MLI", "16");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-04-07");
  doc_free(d);
}

/* "called off" a visit or talks cancels them (161, 164): no visit or
 * meeting held */
static void test_called_off(void **state) {
  el_doc *d = run_dated(state, "2025-07-01",
                        "Azerbaijan called off a planned visit by Russian Deputy Prime Minister "
                        "Alexei Overchuk.");
  const el_event *e = find_fact(d, "AZE", "RUS", "16");
  assert_non_null(e);
  assert_string_equal(e->cameo, "161");
  assert_null(find_fact(d, "AZE", "RUS", "04"));
  assert_null(find_fact(d, "RUS", "AZE", "04"));
  doc_free(d);
  d = run_dated(state, "2025-07-01", "Kenya called off the summit with Tanzania.");
  e = find_fact(d, "KEN", "TZA", "16");
  assert_non_null(e);
  assert_string_equal(e->cameo, "164");
  assert_null(find_fact(d, "KEN", "TZA", "04"));
  doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_each_released_is_a_swap),
      cmocka_unit_test(test_accused_object_not_gerund_object),
      cmocka_unit_test(test_warned_own_country_would_retaliate),
      cmocka_unit_test(test_call_length_not_given_to_other_act),
      cmocka_unit_test(test_received_help_is_no_aid),
      cmocka_unit_test(test_dateline_minister_with_particles),
      cmocka_unit_test(test_signed_partnership),
      cmocka_unit_test(test_drones_at_country_is_target),
      cmocka_unit_test(test_dateline_government_body),
      cmocka_unit_test(test_it_is_the_body_before),
      cmocka_unit_test(test_and_said_shares_accuser),
      cmocka_unit_test(test_controlled_by_is_no_act),
      cmocka_unit_test(test_participle_date_is_the_nouns),
      cmocka_unit_test(test_al_name_and_meeting_after_lede),
      cmocka_unit_test(test_tariff_since_when),
      cmocka_unit_test(test_summoned_to_protest),
      cmocka_unit_test(test_neighbours_they_fought),
      cmocka_unit_test(test_called_on_to_impose),
      cmocka_unit_test(test_background_year_not_borrowed),
      cmocka_unit_test(test_condemned_as_breach_of),
      cmocka_unit_test(test_offset_from_named_act),
      cmocka_unit_test(test_announced_force_is_threat),
      cmocka_unit_test(test_summit_story),
      cmocka_unit_test(test_strikes_story),
      cmocka_unit_test(test_story_pair),
      cmocka_unit_test(test_accused_content_not_fact),
      cmocka_unit_test(test_its_minister_and_reduced_passive),
      cmocka_unit_test(test_clause_and_naming_an_act),
      cmocka_unit_test(test_trade_story),
      cmocka_unit_test(test_plan_time_not_the_acts),
      cmocka_unit_test(test_traded_strikes),
      cmocka_unit_test(test_meeting_noun_takes_meetings_date),
      cmocka_unit_test(test_called_leader_of_crime),
      cmocka_unit_test(test_named_part_narrows_range),
      cmocka_unit_test(test_naming_verbs),
      cmocka_unit_test(test_offset_from_act_named_by_object),
      cmocka_unit_test(test_condemned_the_move),
      cmocka_unit_test(test_plural_head_before_past_verb),
      cmocka_unit_test(test_quote_takes_its_acts_date),
      cmocka_unit_test(test_withdrew_from_border_with),
      cmocka_unit_test(test_next_day_not_from_background_year),
      cmocka_unit_test(test_called_off),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
