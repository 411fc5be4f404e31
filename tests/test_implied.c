/*
 * test_implied.c — agents for acts of state named without one
 * (src/events/event_implied.c), through the whole pipeline with the
 * shipped dictionaries: each cue (phrase, place, linked actor, dominant
 * dyad) on texts written for this test, and the look-alikes that must get
 * no agent (an arrest with no cue, a supposed or negated revocation, an
 * extradition to the dyad's other side).  Expectations checked by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "events/events.h"
#include "pipeline/pipeline.h"
#include "pipeline_fixture.h"
#include "text/text.h"

/* The article date of these tests: 2025-06-10, a Tuesday. */
static el_doc *run(void **state, const char *text) {
  return run_dated(state, "2025-06-10", text);
}

/* The factual event src.country -> tgt.country with a cameo prefix whose
 * agent was implied by `cue` ("" = stated), NULL if none. */
static const el_event *find(const el_doc *d, const char *src, const char *tgt, const char *cameo,
                            const char *cue) {
  char want[64] = "";
  if (cue[0]) snprintf(want, sizeof want, "\"implied_source\":\"%s\"", cue);
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    if (e->negated || strcmp(e->source.country, src) || strcmp(e->target.country, tgt) ||
        strncmp(e->cameo, cameo, strlen(cameo)))
      continue;
    bool implied = e->details_json && strstr(e->details_json, "implied_source");
    if (cue[0] ? implied && strstr(e->details_json, want) : !implied) return e;
  }
  return NULL;
}

static int implied_count(const el_doc *d) {
  int n = 0;
  for (size_t i = 0; i < d->events.n; i++)
    n += d->events.v[i].details_json && strstr(d->events.v[i].details_json, "implied_source");
  return n;
}

/* "a U.S. visa": the issuing state; the owner before it is the target */
static void test_phrase_issuer(void **state) {
  el_doc *d =
      run(state, "An Iraqi journalist's U.S. visa was cancelled on Friday, his editor said.");
  const el_event *e = find(d, "USA", "IRQ", "163", "phrase");
  assert_non_null(e);
  assert_string_equal(e->source.code, "USAGOV");
  assert_true(e->confidence < 0.6);
  assert_string_equal(e->date, "2025-06-06");
  doc_free(d);
}

/* "barred from entering the United States": the state entered */
static void test_phrase_entered(void **state) {
  el_doc *d =
      run(state, "A Nicaraguan judge was barred from entering the United States on Monday.");
  assert_non_null(find(d, "USA", "NIC", "16", "phrase"));
  doc_free(d);
}

/* visas suspended or withdrawn and residence permits cancelled are
 * revoked (163), by the issuing state; "withdrew its troops" stays a
 * retreat (08: 080, or 0874 "retreat militarily" when the troops are read
 * as the pattern's &MILITARY) */
static void test_visa_verbs(void **state) {
  el_doc *d = run(state, "Washington suspended the visas of three Nicaraguan judges.");
  assert_non_null(find(d, "USA", "NIC", "163", ""));
  doc_free(d);
  d = run(state, "Daniel Ortega's U.S. visa was withdrawn.");
  assert_non_null(find(d, "USA", "NIC", "163", "phrase"));
  doc_free(d);
  d = run(state, "A Belarusian activist's Lithuanian residence permit was cancelled on Friday.");
  assert_non_null(find(d, "LTU", "BLR", "163", "phrase"));
  doc_free(d);
  d = run(state, "Israel withdrew its troops from Gaza.");
  assert_non_null(find(d, "ISR", "PSE", "08", ""));
  doc_free(d);
}

/* the other side of the article's dyad revoked the visa; the date comes
 * from the usual dating ("in March") */
static void test_dyad_visa(void **state) {
  el_doc *d = run(state,
                  "Honduran President Xiomara Castro met U.S. Secretary of State Marco Rubio in "
                  "Tegucigalpa on Monday. Relations have been tense since the revocation of the "
                  "visa of a Honduran minister in March.");
  const el_event *e = find(d, "USA", "HND", "163", "dyad");
  assert_non_null(e);
  assert_string_equal(e->date, "2025-03");
  doc_free(d);
}

/* "X's capture" with "the Kenyan operation against X" in the article */
static void test_linked_operation(void **state) {
  el_doc *d = run(state,
                  "The Kenyan operation against Somali militant commander Ahmed Diriye began in "
                  "April. Diriye's capture was announced on Sunday.");
  assert_non_null(find(d, "KEN", "SOM", "173", "linked"));
  doc_free(d);
}

/* "the detention of two Canadian citizens in Beijing": China */
static void test_place(void **state) {
  el_doc *d = run(state,
                  "Canada said on Monday that the detention of two Canadian citizens in Beijing "
                  "was arbitrary.");
  assert_non_null(find(d, "CHN", "CAN", "173", "place"));
  doc_free(d);
  /* an expulsion coded by a pattern (not the verb's own code) "from X" */
  d = run(state, "Three Iranian journalists were expelled from Turkey on Monday.");
  assert_non_null(find(d, "TUR", "IRN", "174", "place"));
  doc_free(d);
}

/* an arrest with no cue gets no agent, even in an article about a dyad:
 * the target's own police are as likely */
static void test_arrest_without_cue(void **state) {
  el_doc *d = run(state,
                  "Peruvian President Dina Boluarte met Bolivian President Luis Arce in La Paz on "
                  "Friday. The arrest of a Peruvian opposition leader last week overshadowed the "
                  "visit.");
  assert_int_equal(implied_count(d), 0);
  doc_free(d);
}

/* a bombed country does not make its arrested nationals the bomber's
 * captives: force links need the same named person */
static void test_force_link_needs_person(void **state) {
  el_doc *d = run(state,
                  "U.S. warplanes bombed a factory in Sudan on Thursday. The bomber was identified "
                  "as a Sudanese who had been arrested, Kenyan newspapers reported.");
  assert_null(find(d, "USA", "SDN", "17", "linked"));
  assert_non_null(find(d, "USA", "SDN", "19", ""));
  doc_free(d);
}

/* a city is taken, not arrested: no captor from the war around it */
static void test_place_is_not_captive(void **state) {
  el_doc *d = run(state, "German artillery shelled Italy in May. On June 4 Rome was captured.");
  assert_int_equal(implied_count(d), 0);
  doc_free(d);
}

/* supposed, negated and denied revocations are not facts */
static void test_not_factual(void **state) {
  static const char *const texts[] = {
      "Colombian President Gustavo Petro met U.S. President Donald Trump on Tuesday. A revocation "
      "of Petro's visa would deepen the crisis.",
      "Colombian President Gustavo Petro met U.S. President Donald Trump on Tuesday. Petro's visa "
      "has not been revoked, officials said.",
      "The United States denied on Tuesday that it had revoked the visa of the Colombian "
      "president.",
  };
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    el_doc *d = run(state, texts[k]);
    assert_null(find(d, "USA", "COL", "16", "dyad"));
    assert_null(find(d, "USA", "COL", "16", "phrase"));
    doc_free(d);
  }
}

/* the destination of an extradition is not who extradites */
static void test_extradition_destination(void **state) {
  el_doc *d = run(state,
                  "Mexican President Claudia Sheinbaum spoke with U.S. President Donald Trump on "
                  "Monday. The extradition of a Mexican cartel leader to the United States was "
                  "discussed.");
  assert_null(find(d, "USA", "MEX", "17", "dyad"));
  doc_free(d);
}

/* an act with a stated agent is coded as before, not as implied */
static void test_stated_agent_unchanged(void **state) {
  el_doc *d = run(state, "The United States revoked the visa of a Honduran minister on Monday.");
  assert_non_null(find(d, "USA", "HND", "163", ""));
  assert_int_equal(implied_count(d), 0);
  doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_phrase_issuer),
      cmocka_unit_test(test_phrase_entered),
      cmocka_unit_test(test_visa_verbs),
      cmocka_unit_test(test_dyad_visa),
      cmocka_unit_test(test_linked_operation),
      cmocka_unit_test(test_place),
      cmocka_unit_test(test_arrest_without_cue),
      cmocka_unit_test(test_force_link_needs_person),
      cmocka_unit_test(test_place_is_not_captive),
      cmocka_unit_test(test_not_factual),
      cmocka_unit_test(test_extradition_destination),
      cmocka_unit_test(test_stated_agent_unchanged),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
