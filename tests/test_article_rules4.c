/*
 * test_article_rules4.c — rules found on the fourth held-out article set
 * (tests/data/articles_heldout4.jsonl), each checked here on invented
 * sentences through the whole pipeline: "that night" and a sentence-opening
 * "Hours later" / "Two days later" count from the day of the act told
 * before, not from a background date in its noun phrase; "earlier this
 * week" ends on the article's day; "Hours after the signing, X ..." and
 * "The signing came a month after X and Y met" count from the act that
 * "the signing" names ("signed"); "carried out a strike on X" is force,
 * and "X's first direct attack on Y" is a noun whose agent is X, not the
 * officials who told of it; "The fighting erupted a day after X recalled
 * its envoy" counts from the force told before; an acronym defined in
 * parentheses after an organization ("the Rapid Support Forces (RSF)")
 * names it later in the story; "demanded after the ceremony that X
 * withdraw" is a demand on X, not X's withdrawal; "agreed to step up
 * security cooperation with X" is cooperation, not a threat; "downgraded
 * relations with X" reduces relations (161); a reaction to "Monday's
 * incident" lies between Monday and the article, not in the time the
 * sentence before gave another act, also in a clause after it ("welcomed
 * Monday's ruling, and an official called X's case a publicity stunt",
 * which criticizes X as "called X a sham" does); a court that "threw out
 * a case in which X accused Y" rejects X; "sanctions on the group's
 * leader, <name>," target the person the apposition names; "Officials
 * from the two foreign ministries will hold talks ... next Tuesday" are the
 * two governments of the story, meeting (as planned) on that Tuesday, and
 * so are "experts from the two countries".
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

static void test_opener_counts_from_the_scene(void **state) {
  el_doc *d = run_dated(
      state, "2023-09-16",
      "Chad fired rockets at Niger late last Sunday, in revenge for a raid on its border post on "
      "August 30 that killed four guards.\n\n"
      "The French president spoke by phone with Chad's president that night.\n\n"
      "Hours later, Niger's foreign ministry summoned the ambassador of Chad to protest.\n\n"
      "Two days later, Niger's army chief threatened to retaliate against Chad.");
  const el_event *fire = find_fact(d, "TCD", "NER", "19");
  assert_non_null(fire);
  assert_string_equal(fire->date, "2023-09-10");
  const el_event *call = find_fact(d, "FRA", "TCD", "04");
  if (!call) call = find_fact(d, "TCD", "FRA", "04");
  assert_non_null(call);
  assert_string_equal(call->date, "2023-09-10");
  const el_event *summon = find_fact(d, "NER", "TCD", "11");
  assert_non_null(summon);
  assert_string_equal(summon->date, "2023-09-10");
  const el_event *threat = find_fact(d, "NER", "TCD", "13");
  assert_non_null(threat);
  assert_string_equal(threat->date, "2023-09-12");
  doc_free(d);
}

static void test_earlier_this_week_ends_on_the_day(void **state) {
  el_doc *d = run_dated(state, "2024-04-20",
                        "Foreign ministers of France and Germany, meeting in Berlin earlier this "
                        "week, urged Iran to show restraint.");
  const el_event *e = find_fact(d, "FRA", "IRN", "02");
  assert_non_null(e);
  assert_string_equal(e->date_start, "2024-04-15");
  assert_string_equal(e->date_end, "2024-04-20");
  doc_free(d);
}

static void test_offset_from_the_signing(void **state) {
  el_doc *d = run_dated(
      state, "2025-04-26",
      "Ghana and Togo signed a border agreement in Accra on Friday.\n\n"
      "Hours after the signing, Togo's army accused Ghana of shelling its posts.\n\n"
      "The signing came a month after Ghanaian President John Mahama and Togolese President Faure "
      "Gnassingbe met in Lome.");
  const el_event *acc = find_fact(d, "TGO", "GHA", "11");
  assert_non_null(acc);
  assert_string_equal(acc->date, "2025-04-25");
  const el_event *met = find_fact(d, "GHA", "TGO", "04");
  if (!met) met = find_fact(d, "TGO", "GHA", "04");
  assert_non_null(met);
  assert_true(strcmp(met->date_start, "2025-03-20") > 0);
  assert_true(strcmp(met->date_end, "2025-03-31") <= 0);
  doc_free(d);
}

static void test_carried_out_a_strike(void **state) {
  el_doc *d =
      run_dated(state, "2024-04-20",
                "Egypt carried out a limited strike on a military air base in eastern Libya "
                "early on Friday, two U.S. officials said, in response to "
                "Libya's first direct attack on Egyptian territory last weekend.");
  const el_event *e = find_fact(d, "EGY", "LBY", "19");
  assert_non_null(e);
  assert_string_equal(e->date, "2024-04-19");
  for (size_t i = 0; i < d->events.n; i++)
    assert_false(!strcmp(d->events.v[i].source.country, "USA") &&
                 !strcmp(d->events.v[i].root, "19"));
  doc_free(d);
}

static void test_fighting_names_force(void **state) {
  el_doc *d =
      run_dated(state, "2025-07-25",
                "Peruvian jets bombed Ecuadorian army posts on Thursday.\n\n"
                "The fighting erupted a day after Peru recalled its ambassador from Quito.");
  const el_event *e = find_fact(d, "PER", "ECU", "16");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-07-23");
  doc_free(d);
}

static void test_defined_acronym(void **state) {
  el_doc *d =
      run_dated(state, "2025-05-07",
                "Sudan accused the paramilitary Rapid Support Forces (RSF) of war crimes on "
                "Tuesday.\n\nThe RSF attacked Egyptian troops near the border on Monday.");
  const el_event *e = find_fact(d, "SDN", "EGY", "19");
  assert_non_null(e);
  assert_string_equal(e->source.code, "SDNREB");
  assert_string_equal(e->date, "2025-05-05");
  doc_free(d);
}

static void test_demand_past_time_adjunct(void **state) {
  el_doc *d = run_dated(state, "2025-04-26",
                        "Gabon's foreign minister demanded after the ceremony that Cameroon "
                        "withdraw its troops from the border.");
  const el_event *e = find_fact(d, "GAB", "CMR", "10");
  assert_non_null(e);
  assert_null(find_fact(d, "CMR", "GAB", "08"));
  doc_free(d);
}

static void test_step_up_cooperation(void **state) {
  el_doc *d = run_dated(state, "2023-03-17",
                        "Japan and South Korea agreed on Thursday to step up security cooperation "
                        "with the United States.");
  assert_non_null(find_fact(d, "JPN", "USA", "03"));
  assert_null(find_fact(d, "JPN", "USA", "13"));
  assert_null(find_fact(d, "KOR", "USA", "13"));
  doc_free(d);
}

static void test_downgraded_relations(void **state) {
  el_doc *d =
      run_dated(state, "2025-07-25", "Laos downgraded relations with Vietnam on Wednesday.");
  const el_event *e = find_fact(d, "LAO", "VNM", "16");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-07-23");
  doc_free(d);
}

static void test_reaction_to_a_days_thing(void **state) {
  el_doc *d = run_dated(state, "2025-05-07",
                        "Sudan filed a complaint against Chad in early March. Egypt's foreign "
                        "ministry summoned Chad's ambassador over Monday's border incident.");
  const el_event *e = NULL;
  for (size_t i = 0; i < d->events.n && !e; i++)
    if (!strcmp(d->events.v[i].source.country, "EGY")) e = &d->events.v[i];
  assert_non_null(e);
  assert_string_equal(e->date_start, "2025-05-05");
  assert_string_equal(e->date_end, "2025-05-07");
  doc_free(d);
}

static void test_called_a_stunt(void **state) {
  el_doc *d = run_dated(state, "2025-05-07",
                        "Chad filed the complaint in early March. Egypt welcomed Monday's ruling, "
                        "and a senior official called Chad's case \"a cynical publicity stunt\".");
  const el_event *e = find_fact(d, "EGY", "TCD", "11");
  assert_non_null(e);
  assert_string_equal(e->date_start, "2025-05-05");
  assert_string_equal(e->date_end, "2025-05-07");
  assert_null(find_fact(d, "EGY", "TCD", "04"));
  doc_free(d);
}

static void test_threw_out_a_case(void **state) {
  el_doc *d = run_dated(state, "2025-05-07",
                        "On Monday, Kenya's High Court threw out a case in which Uganda accused "
                        "Kenya of blocking its fuel imports.");
  const el_event *e = NULL;
  for (size_t i = 0; i < d->events.n && !e; i++)
    if (!strcmp(d->events.v[i].root, "12") && !strcmp(d->events.v[i].target.country, "UGA"))
      e = &d->events.v[i];
  assert_non_null(e);
  assert_string_equal(e->date, "2025-05-05");
  doc_free(d);
}

static void test_apposition_after_description(void **state) {
  el_doc *d = run_dated(state, "2025-05-07",
                        "In January, the United States imposed sanctions on the army's leader, "
                        "Abdel Fattah al-Burhan, over attacks on civilians.");
  const el_event *e = find_fact(d, "USA", "SDN", "16");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-01");
  doc_free(d);
}

static void test_officials_from_the_two_ministries(void **state) {
  el_doc *d = run_dated(state, "2023-03-17",
                        "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio "
                        "Kishida in Tokyo on Thursday. Officials from the two foreign ministries "
                        "will hold talks on export controls in Seoul next Tuesday.");
  const el_event *e = NULL;
  for (size_t i = 0; i < d->events.n && !e; i++)
    if (!strcmp(d->events.v[i].root, "04") && d->events.v[i].mood == EL_MOOD_INTENT)
      e = &d->events.v[i];
  assert_non_null(e);
  assert_string_equal(e->date, "2023-03-21");
  assert_true(!strcmp(e->source.country, "KOR") || !strcmp(e->source.country, "JPN"));
  assert_true(!strcmp(e->target.country, "KOR") || !strcmp(e->target.country, "JPN"));
  doc_free(d);
}

static void test_experts_from_the_two_countries(void **state) {
  el_doc *d = run_dated(state, "2025-04-26",
                        "The foreign ministers of Burundi and Tanzania signed a declaration in "
                        "Washington on Friday. Under the declaration, experts from the two "
                        "countries will meet in Washington next Tuesday to begin work on a draft.");
  const el_event *e = NULL;
  for (size_t i = 0; i < d->events.n && !e; i++)
    if (!strcmp(d->events.v[i].root, "04") && d->events.v[i].mood == EL_MOOD_INTENT)
      e = &d->events.v[i];
  assert_non_null(e);
  assert_string_equal(e->date, "2025-04-29");
  assert_true(!strcmp(e->source.country, "BDI") || !strcmp(e->source.country, "TZA"));
  assert_true(!strcmp(e->target.country, "BDI") || !strcmp(e->target.country, "TZA"));
  doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_opener_counts_from_the_scene),
      cmocka_unit_test(test_earlier_this_week_ends_on_the_day),
      cmocka_unit_test(test_offset_from_the_signing),
      cmocka_unit_test(test_carried_out_a_strike),
      cmocka_unit_test(test_fighting_names_force),
      cmocka_unit_test(test_defined_acronym),
      cmocka_unit_test(test_demand_past_time_adjunct),
      cmocka_unit_test(test_step_up_cooperation),
      cmocka_unit_test(test_downgraded_relations),
      cmocka_unit_test(test_reaction_to_a_days_thing),
      cmocka_unit_test(test_called_a_stunt),
      cmocka_unit_test(test_threw_out_a_case),
      cmocka_unit_test(test_apposition_after_description),
      cmocka_unit_test(test_officials_from_the_two_ministries),
      cmocka_unit_test(test_experts_from_the_two_countries),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
