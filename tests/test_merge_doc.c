/* test_merge_doc.c — within-document event coreference for dating. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "merge/merge.h"

static void add_sentence(el_doc *d, const char *needle) {
  const char *p = strstr(d->text, needle);
  assert_non_null(p);
  el_sentence *s = EL_VEC_PUSH(d->sents);
  assert_non_null(s);
  s->start = (uint32_t)(p - d->text);
  s->end = s->start + (uint32_t)strlen(needle);
}

static el_event *add_event(el_doc *d, int32_t sent, const char *root, const char *src,
                           const char *src_name, const char *tgt, const char *tgt_name,
                           const char *trigger, const char *date, double conf, int32_t timex) {
  el_event *e = EL_VEC_PUSH(d->events);
  assert_non_null(e);
  e->sentence = sent;
  snprintf(e->root, sizeof e->root, "%s", root);
  snprintf(e->cameo, sizeof e->cameo, "%s0", root);
  snprintf(e->source.country, sizeof e->source.country, "%s", src);
  snprintf(e->source.code, sizeof e->source.code, "%sGOV", src);
  e->source.name = src_name;
  snprintf(e->target.country, sizeof e->target.country, "%s", tgt);
  snprintf(e->target.code, sizeof e->target.code, "%sGOV", tgt);
  e->target.name = tgt_name;
  const el_sentence *s = &d->sents.v[sent];
  const char *p = strstr(d->text + s->start, trigger);
  assert_non_null(p);
  e->trigger_start = (uint32_t)(p - d->text);
  e->trigger_end = e->trigger_start + (uint32_t)strlen(trigger);
  snprintf(e->date, sizeof e->date, "%s", date);
  snprintf(e->date_start, sizeof e->date_start, "%s", date);
  snprintf(e->date_end, sizeof e->date_end, "%s", date);
  e->date_precision = EL_PREC_DAY;
  e->date_confidence = conf;
  e->timex = timex;
  return e;
}

static void test_refers_back(void **state) {
  (void)state;
  el_doc *d = doc_new();
  d->text = arena_strdup(d->arena,
                         "Smith and Roux held a phone call on Monday. "
                         "Both governments praised the conversation last month. "
                         "During the call, Roux asked Smith for help. "
                         "Jones also talked with Roux.");
  d->len = strlen(d->text);
  add_sentence(d, "Smith and Roux held a phone call on Monday.");
  add_sentence(d, "Both governments praised the conversation last month.");
  add_sentence(d, "During the call, Roux asked Smith for help.");
  add_sentence(d, "Jones also talked with Roux.");
  add_event(d, 0, "04", "USA", "Alice Smith", "FRA", "Jean Roux", "held", "2026-01-05", 0.85, 0);
  /* inherited from another sentence: refers to the call */
  add_event(d, 1, "04", "FRA", "", "USA", "", "conversation", "2025-12", 0.65, 1);
  /* an appeal "during the call", dated by the article only */
  add_event(d, 2, "02", "FRA", "Roux", "USA", "Smith", "asked", "2026-01-09", 0.5, -1);
  /* another person: not the same call */
  add_event(d, 3, "04", "USA", "Bob Jones", "FRA", "Roux", "talked", "2026-01-09", 0.5, -1);
  assert_int_equal(merge_doc_events(d), EL_OK);
  assert_string_equal(d->events.v[0].date, "2026-01-05");
  assert_string_equal(d->events.v[1].date, "2026-01-05");
  assert_true(d->events.v[1].date_confidence < 0.8);
  assert_string_equal(d->events.v[2].date, "2026-01-05");
  assert_string_equal(d->events.v[3].date, "2026-01-09");
  assert_int_equal(d->events.v[3].timex, -1);
  doc_free(d);
}

/* A sentence that goes on with the scene ("In addition, they ...") after
 * one dated through its antecedent takes that date; one that does not open
 * as a continuation, or follows in another paragraph, keeps its own. */
static void test_continuation_carries_date(void **state) {
  (void)state;
  el_doc *d = doc_new();
  d->text = arena_strdup(d->arena,
                         "Smith and Roux held a meeting on Monday. "
                         "During the meeting, Roux asked Smith for help. "
                         "In addition, they discussed aid to Chad. "
                         "Chad thanked Roux. "
                         "During the meeting, Smith praised Roux. "
                         "They also discussed trade.");
  d->len = strlen(d->text);
  add_sentence(d, "Smith and Roux held a meeting on Monday.");
  add_sentence(d, "During the meeting, Roux asked Smith for help.");
  add_sentence(d, "In addition, they discussed aid to Chad.");
  add_sentence(d, "Chad thanked Roux.");
  add_sentence(d, "During the meeting, Smith praised Roux.");
  add_sentence(d, "They also discussed trade.");
  d->sents.v[5].para = 1; /* a new paragraph */
  add_event(d, 0, "04", "USA", "Alice Smith", "FRA", "Jean Roux", "held", "2026-01-05", 0.85, 0);
  add_event(d, 1, "02", "FRA", "Roux", "USA", "Smith", "asked", "2026-01-09", 0.5, -1);
  add_event(d, 2, "04", "FRA", "", "TCD", "", "discussed", "2026-01-09", 0.5, -1);
  add_event(d, 3, "05", "TCD", "", "FRA", "Roux", "thanked", "2026-01-09", 0.5, -1);
  add_event(d, 4, "05", "USA", "Smith", "FRA", "Roux", "praised", "2026-01-09", 0.5, -1);
  add_event(d, 5, "04", "USA", "", "TCD", "", "discussed", "2026-01-09", 0.5, -1);
  assert_int_equal(merge_doc_events(d), EL_OK);
  assert_string_equal(d->events.v[1].date, "2026-01-05"); /* during the meeting */
  assert_string_equal(d->events.v[2].date, "2026-01-05"); /* carried */
  assert_true(d->events.v[2].date_confidence < 0.7);
  assert_string_equal(d->events.v[3].date, "2026-01-09"); /* no continuation opener */
  assert_int_equal(d->events.v[3].timex, -1);
  assert_string_equal(d->events.v[4].date, "2026-01-05");
  assert_string_equal(d->events.v[5].date, "2026-01-09"); /* other paragraph */
  doc_free(d);
}

/* The scene of the sentence just before wins over an antecedent of the same
 * dyad further back: "In addition, they discussed ..." right after "During
 * the meeting, ..." is that meeting, not the phone call told earlier. */
static void test_continuation_before_older_antecedent(void **state) {
  (void)state;
  el_doc *d = doc_new();
  d->text = arena_strdup(d->arena,
                         "Smith and Roux spoke by phone on January 7. "
                         "Smith and Roux held a meeting on Tuesday. "
                         "During the meeting, Roux asked Smith for help. "
                         "In addition, they discussed trade.");
  d->len = strlen(d->text);
  add_sentence(d, "Smith and Roux spoke by phone on January 7.");
  add_sentence(d, "Smith and Roux held a meeting on Tuesday.");
  add_sentence(d, "During the meeting, Roux asked Smith for help.");
  add_sentence(d, "In addition, they discussed trade.");
  d->sents.v[1].para = 1;
  d->sents.v[2].para = 2;
  d->sents.v[3].para = 2;
  add_event(d, 0, "04", "USA", "Smith", "FRA", "Roux", "spoke", "2026-01-07", 0.85, 0);
  add_event(d, 1, "04", "USA", "Smith", "FRA", "Roux", "held", "2026-02-03", 0.85, 1);
  add_event(d, 2, "02", "FRA", "Roux", "USA", "Smith", "asked", "2026-02-04", 0.5, -1);
  /* the same dyad and root as the call, and as the meeting */
  add_event(d, 3, "04", "FRA", "Roux", "USA", "Smith", "discussed", "2026-02-04", 0.5, -1);
  /* make the call the nearest same-dyad antecedent: the meeting's mention
   * is of the other root */
  snprintf(d->events.v[1].root, sizeof d->events.v[1].root, "%s", "03");
  assert_int_equal(merge_doc_events(d), EL_OK);
  assert_string_equal(d->events.v[2].date, "2026-02-03"); /* during the meeting */
  assert_string_equal(d->events.v[3].date, "2026-02-03"); /* carried, not the call's */
  doc_free(d);
}

/* A headline dated only by the article takes the date of the same event
 * dated later in the text; a directed event of the other direction does not. */
static void test_headline_looks_ahead(void **state) {
  (void)state;
  el_doc *d = doc_new();
  d->text = arena_strdup(d->arena,
                         "Roux accuses Smith. Smith accused Roux of fraud on Friday. "
                         "Smith and Roux end their meeting. They met on Tuesday.");
  d->len = strlen(d->text);
  add_sentence(d, "Roux accuses Smith.");
  add_sentence(d, "Smith accused Roux of fraud on Friday.");
  add_sentence(d, "Smith and Roux end their meeting.");
  add_sentence(d, "They met on Tuesday.");
  add_event(d, 0, "11", "FRA", "", "USA", "", "accuses", "2026-01-10", 0.5, -1);
  add_event(d, 1, "11", "USA", "", "FRA", "", "accused", "2026-01-09", 0.85, 0);
  add_event(d, 2, "04", "USA", "", "FRA", "", "meeting", "2026-01-10", 0.5, -1);
  add_event(d, 3, "04", "FRA", "", "USA", "", "met", "2026-01-06", 0.85, 1);
  assert_int_equal(merge_doc_events(d), EL_OK);
  assert_string_equal(d->events.v[0].date, "2026-01-10"); /* other direction: kept */
  assert_string_equal(d->events.v[2].date, "2026-01-06"); /* reciprocal: same meeting */
  doc_free(d);
}

/* "at the start of the talks" places the act in the meeting told before
 * ("after a tense meeting on Thursday"), another noun for the same scene */
static void test_inside_meeting_scene(void **state) {
  (void)state;
  el_doc *d = doc_new();
  d->text = arena_strdup(d->arena,
                         "Smith and Roux agreed on Thursday to end the dispute after a tense "
                         "meeting. Smith and Roux shook hands at the start of the talks.");
  d->len = strlen(d->text);
  add_sentence(d, "Smith and Roux agreed on Thursday to end the dispute after a tense meeting.");
  add_sentence(d, "Smith and Roux shook hands at the start of the talks.");
  add_event(d, 0, "05", "USA", "Alice Smith", "FRA", "Jean Roux", "agreed", "2026-01-08", 0.85, 0);
  add_event(d, 1, "04", "USA", "Alice Smith", "FRA", "Jean Roux", "shook", "2026-01-09", 0.5, -1);
  assert_int_equal(merge_doc_events(d), EL_OK);
  assert_string_equal(d->events.v[1].date, "2026-01-08");
  doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_refers_back),
      cmocka_unit_test(test_continuation_carries_date),
      cmocka_unit_test(test_continuation_before_older_antecedent),
      cmocka_unit_test(test_headline_looks_ahead),
      cmocka_unit_test(test_inside_meeting_scene),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
