/*
 * test_events.c — the event stage on hand-built documents (text, tokens,
 * one sentence, actor mentions), with the real CAMEO.2.0.txt +
 * news.verbs.txt dictionaries and codebook; plus dictionary loader errors
 * and hostile input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "events/events.h"
#include "pipeline/pipeline.h"
#include "text/text.h"

#define NEWS_F1_FLOOR 0.90 /* measured 0.95 on 40 sentences (2026-11-24) */

typedef struct {
  verb_dict *vd;
  cameo_codebook *cb;
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  dict_load_opts o = {.strict = false, .warn = stderr};
  assert_int_equal(verb_dict_new(&f->vd), EL_OK);
  assert_int_equal(verb_dict_load(f->vd, EL_SOURCE_DIR "/data/verbs/CAMEO.2.0.txt", &o), EL_OK);
  assert_int_equal(verb_dict_load(f->vd, EL_SOURCE_DIR "/data/verbs/news.verbs.txt", &o), EL_OK);
  assert_int_equal(codebook_load(&f->cb, EL_SOURCE_DIR "/data/cameo/cameo-codes.csv",
                                 EL_SOURCE_DIR "/data/cameo/CAMEO2PLOVER-2021.txt"),
                   EL_OK);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  verb_dict_free(f->vd);
  codebook_free(f->cb);
  free(f);
  return 0;
}

/* Tokenize on blanks and punctuation; "X's" stays one word like the text
 * stage does. One sentence. */
static el_doc *mkdoc(const char *text) {
  el_doc *d = doc_new();
  d->text = arena_strdup(d->arena, text);
  d->len = strlen(text);
  size_t i = 0, n = d->len;
  while (i < n) {
    if (text[i] == ' ') {
      i++;
      continue;
    }
    el_token *t = EL_VEC_PUSH(d->toks);
    t->start = (uint32_t)i;
    if (strchr(",.;:?!\"", text[i])) {
      t->end = (uint32_t)++i;
      t->flags = EL_TOK_PUNCT;
      continue;
    }
    while (i < n && text[i] != ' ' && !strchr(",.;:?!\"", text[i])) i++;
    t->end = (uint32_t)i;
    t->flags = EL_TOK_WORD;
    if (text[t->start] >= 'A' && text[t->start] <= 'Z') t->flags |= EL_TOK_CAP;
  }
  el_sentence *s = EL_VEC_PUSH(d->sents);
  s->start = 0;
  s->end = (uint32_t)n;
  s->tok_begin = 0;
  s->tok_end = (uint32_t)d->toks.n;
  return d;
}

/* Add an actor mention for the k-th occurrence (0-based) of surface. */
static void actor(el_doc *d, const char *surface, int k, const char *code, const char *name) {
  const char *p = d->text;
  for (int j = 0; j <= k; j++) {
    p = strstr(j ? p + 1 : p, surface);
    assert_non_null(p);
  }
  uint32_t b = (uint32_t)(p - d->text), e = b + (uint32_t)strlen(surface);
  el_actor_mention *m = EL_VEC_PUSH(d->actors);
  m->start = b;
  m->end = e;
  m->sentence = 0;
  for (size_t t = 0; t < d->toks.n; t++) {
    if (d->toks.v[t].start == b) m->tok_begin = (uint32_t)t;
    if (d->toks.v[t].end == e || (d->toks.v[t].start < e && d->toks.v[t].end > e))
      m->tok_end = (uint32_t)t + 1;
  }
  snprintf(m->code, sizeof m->code, "%s", code);
  memcpy(m->country, code, 3);
  m->name = name;
  m->confidence = 1;
}

static int count(const el_doc *d, const char *src, const char *tgt, const char *cameo_prefix,
                 int negated) {
  int n = 0;
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    if (strcmp(e->source.code, src) || strcmp(e->target.code, tgt)) continue;
    if (strncmp(e->cameo, cameo_prefix, strlen(cameo_prefix))) continue;
    if (negated >= 0 && e->negated != (negated != 0)) continue;
    n++;
  }
  return n;
}

static void dump(const el_doc *d) {
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    fprintf(stderr, "  %s -> %s %s neg=%d mood=%d %s\n", e->source.code, e->target.code, e->cameo,
            e->negated, e->mood, e->pattern_id);
  }
}

static el_doc *code(fixture *f, el_doc *d) {
  assert_int_equal(events_code(f->vd, f->cb, d), EL_OK);
  dump(d);
  return d;
}

static void test_active_accuse(void **state) {
  el_doc *d = mkdoc("The Russian government accused Poland of espionage on Monday.");
  actor(d, "The Russian government", 0, "RUSGOV", NULL);
  actor(d, "Poland", 0, "POL", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUSGOV", "POL", "112", 0), 1);
  assert_int_equal(d->events.n, 1);
  const el_event *e = &d->events.v[0];
  assert_string_equal(e->root, "11");
  assert_int_equal(e->quad_class, 3);
  assert_true(e->goldstein < 0);
  assert_string_equal(e->plover, "ACCUSE");
  assert_string_equal(e->target.code, "POL");
  assert_non_null(strstr(e->pattern_id, ".txt:"));
  assert_memory_equal(d->text + e->trigger_start, "accused", 7);
  doc_free(d);
}

/* A pattern's later word past an adjunct's head belongs to the adjunct:
 * WARN * (AGAINST STRIKE) is 138, but not across "following". */
static void test_pattern_gap_stops_at_adjunct(void **state) {
  el_doc *d = mkdoc("Mexico warned against a U.S. intervention following the recent strikes.");
  actor(d, "Mexico", 0, "MEX", NULL);
  actor(d, "U.S.", 0, "USA", NULL);
  code(*state, d);
  assert_int_equal(count(d, "MEX", "USA", "138", -1), 0);
  assert_int_equal(count(d, "MEX", "USA", "130", 0), 1);
  doc_free(d);
  d = mkdoc("Mexico warned the U.S. against a strike.");
  actor(d, "Mexico", 0, "MEX", NULL);
  actor(d, "U.S.", 0, "USA", NULL);
  code(*state, d);
  assert_int_equal(count(d, "MEX", "USA", "138", 0), 1);
  doc_free(d);
}

/* "warned that X better watch out": the idiom threatens X; "warned that X
 * faced famine" foretells */
static void test_warned_better_watch(void **state) {
  el_doc *d = mkdoc("Turkey warned that Greece had better watch out.");
  actor(d, "Turkey", 0, "TUR", NULL);
  actor(d, "Greece", 0, "GRC", NULL);
  code(*state, d);
  assert_int_equal(count(d, "TUR", "GRC", "13", 0), 1);
  doc_free(d);
  d = mkdoc("Turkey warned that Greece faced famine.");
  actor(d, "Turkey", 0, "TUR", NULL);
  actor(d, "Greece", 0, "GRC", NULL);
  code(*state, d);
  assert_int_equal(count(d, "TUR", "GRC", "", -1), 0);
  doc_free(d);
}

/* "called X a drug trafficker" accuses (112), "a tyrant" insults (111);
 * "called X" alone is still a call, both ways */
static void test_called_names(void **state) {
  el_doc *d = mkdoc("Trump called Petro a drug trafficker.");
  actor(d, "Trump", 0, "USAGOV", "Donald Trump");
  actor(d, "Petro", 0, "COLGOV", "Gustavo Petro");
  code(*state, d);
  assert_int_equal(count(d, "USAGOV", "COLGOV", "112", 0), 1);
  assert_int_equal(count(d, "COLGOV", "USAGOV", "", -1), 0);
  doc_free(d);
  d = mkdoc("Erdogan called Netanyahu a tyrant.");
  actor(d, "Erdogan", 0, "TURGOV", NULL);
  actor(d, "Netanyahu", 0, "ISRGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "TURGOV", "ISRGOV", "111", 0), 1);
  doc_free(d);
  d = mkdoc("Trump called Petro.");
  actor(d, "Trump", 0, "USAGOV", "Donald Trump");
  actor(d, "Petro", 0, "COLGOV", "Gustavo Petro");
  code(*state, d);
  assert_int_equal(count(d, "USAGOV", "COLGOV", "041", 0), 1);
  assert_int_equal(count(d, "COLGOV", "USAGOV", "041", 0), 1);
  doc_free(d);
}

/* "X was joined by Y" is company in a delegation, no meeting of the two;
 * "X joined Y at a summit" meets Y */
static void test_joined_by(void **state) {
  el_doc *d = mkdoc("Trump was joined by Senator Bernie Moreno.");
  actor(d, "Trump", 0, "USAGOV", "Donald Trump");
  actor(d, "Senator Bernie Moreno", 0, "USALEG", "Bernie Moreno");
  code(*state, d);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
  d = mkdoc("Petro joined Maduro at a summit.");
  actor(d, "Petro", 0, "COLGOV", "Gustavo Petro");
  actor(d, "Maduro", 0, "VENGOV", "Nicolas Maduro");
  code(*state, d);
  assert_int_equal(count(d, "COLGOV", "VENGOV", "04", 0), 1);
  doc_free(d);
}

/* "A and B shook hands" / "shook hands with B": they met, both ways;
 * "protests shook the capital" is no event */
static void test_shook_hands(void **state) {
  el_doc *d = mkdoc("Maduro shook hands with Ali.");
  actor(d, "Maduro", 0, "VENGOV", "Nicolas Maduro");
  actor(d, "Ali", 0, "GUYGOV", "Irfaan Ali");
  code(*state, d);
  assert_int_equal(count(d, "VENGOV", "GUYGOV", "040", 0), 1);
  assert_int_equal(count(d, "GUYGOV", "VENGOV", "040", 0), 1);
  doc_free(d);
  d = mkdoc("Protests shook Venezuela.");
  actor(d, "Venezuela", 0, "VEN", NULL);
  code(*state, d);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
}

/* "held / conducted joint military flights with X": military cooperation
 * both ways (062) */
static void test_joint_flights(void **state) {
  const char *texts[] = {"Brazil held joint military flights with Chile.",
                         "Brazil conducted joint military flights with Chile."};
  for (size_t i = 0; i < 2; i++) {
    el_doc *d = mkdoc(texts[i]);
    actor(d, "Brazil", 0, "BRA", NULL);
    actor(d, "Chile", 0, "CHL", NULL);
    code(*state, d);
    assert_int_equal(count(d, "BRA", "CHL", "062", 0), 1);
    assert_int_equal(count(d, "CHL", "BRA", "062", 0), 1);
    doc_free(d);
  }
}

static void test_passive_by(void **state) {
  el_doc *d = mkdoc("Lopez was arrested by Mexican police in Tijuana.");
  actor(d, "Lopez", 0, "VENGOV", "Luis Lopez");
  actor(d, "Mexican police", 0, "MEXCOP", NULL);
  code(*state, d);
  assert_int_equal(count(d, "MEXCOP", "VENGOV", "17", 0), 1);
  assert_int_equal(count(d, "VENGOV", "MEXCOP", "", -1), 0);
  doc_free(d);
}

static void test_nominal_arrest(void **state) {
  el_doc *d = mkdoc("The arrest of Lopez by Mexican police came after a long chase.");
  actor(d, "Lopez", 0, "VENGOV", "Luis Lopez");
  actor(d, "Mexican police", 0, "MEXCOP", NULL);
  code(*state, d);
  assert_int_equal(count(d, "MEXCOP", "VENGOV", "173", 0), 1);
  doc_free(d);
}

static void test_phone_call_between(void **state) {
  el_doc *d = mkdoc("A phone call between Lula and Macron lasted an hour.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "041", 0), 1);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "041", 0), 1);
  doc_free(d);
}

static void test_compound_meeting(void **state) {
  el_doc *d = mkdoc("Lula and Macron held a meeting in Brasilia on Tuesday.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", 0), 1);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "04", 0), 1);
  doc_free(d);
}

static void test_meeting_with_reciprocal(void **state) {
  el_doc *d = mkdoc("Lula held talks with Macron at the palace.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", 0), 1);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "04", 0), 1);
  doc_free(d);
}

static void test_compound_target(void **state) {
  el_doc *d = mkdoc("Russia accused Ukraine and Poland of provocations.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  actor(d, "Poland", 0, "POL", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "112", 0), 1);
  assert_int_equal(count(d, "RUS", "POL", "112", 0), 1);
  assert_int_equal(d->events.n, 2);
  doc_free(d);
}

static void test_comma_list(void **state) {
  el_doc *d = mkdoc("Germany invaded France, Belgium, the Netherlands, and Luxembourg in May.");
  actor(d, "Germany", 0, "DEU", NULL);
  actor(d, "France", 0, "FRA", NULL);
  actor(d, "Belgium", 0, "BEL", NULL);
  actor(d, "the Netherlands", 0, "NLD", NULL);
  actor(d, "Luxembourg", 0, "LUX", NULL);
  code(*state, d);
  assert_int_equal(count(d, "DEU", "FRA", "19", 0), 1);
  assert_int_equal(count(d, "DEU", "BEL", "19", 0), 1);
  assert_int_equal(count(d, "DEU", "NLD", "19", 0), 1);
  assert_int_equal(count(d, "DEU", "LUX", "19", 0), 1);
  assert_int_equal(d->events.n, 4);
  doc_free(d);
  /* a place before the subject is not part of it */
  d = mkdoc("In Paris, Germany accused Poland of sabotage.");
  actor(d, "Paris", 0, "FRA", NULL);
  actor(d, "Germany", 0, "DEU", NULL);
  actor(d, "Poland", 0, "POL", NULL);
  code(*state, d);
  assert_int_equal(count(d, "DEU", "POL", "112", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
}

static void test_sanctions(void **state) {
  el_doc *d = mkdoc("The US government imposed sanctions against Ortega last year.");
  actor(d, "The US government", 0, "USAGOV", NULL);
  actor(d, "Ortega", 0, "NICGOV", "Daniel Ortega");
  code(*state, d);
  assert_int_equal(count(d, "USAGOV", "NICGOV", "163", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
}

static void test_passive_remains_sanctioned(void **state) {
  /* passive with "by": the agent is the source */
  el_doc *d = mkdoc("Ortega was sanctioned by the Treasury Department in May.");
  actor(d, "Ortega", 0, "NICGOV", "Daniel Ortega");
  actor(d, "the Treasury Department", 0, "USAGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "USAGOV", "NICGOV", "163", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
  /* "remains sanctioned" restates a state: no new event */
  d = mkdoc("Ortega remains personally sanctioned by the Treasury Department.");
  actor(d, "Ortega", 0, "NICGOV", "Daniel Ortega");
  actor(d, "the Treasury Department", 0, "USAGOV", NULL);
  code(*state, d);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
}

static void test_visa_revocation(void **state) {
  el_doc *d =
      mkdoc("The State Department announced the revocation of the Brazilian president's visa.");
  actor(d, "The State Department", 0, "USAGOV", NULL);
  actor(d, "the Brazilian president", 0, "BRAGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "USAGOV", "BRAGOV", "16", 0), 1);
  doc_free(d);
}

static void test_negation(void **state) {
  el_doc *d = mkdoc("Lula did not meet Macron.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", 1), 1);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "", 0), 0);
  doc_free(d);
}

static void test_passive_negated(void **state) {
  el_doc *d = mkdoc("The sanctions against Ortega were not discussed by the Treasury.");
  actor(d, "Ortega", 0, "NICGOV", "Daniel Ortega");
  actor(d, "the Treasury", 0, "USAGOV", NULL);
  code(*state, d);
  for (size_t i = 0; i < d->events.n; i++)
    if (strncmp(d->events.v[i].cameo, "04", 2) == 0) assert_true(d->events.v[i].negated);
  doc_free(d);
}

static void test_hypothetical(void **state) {
  el_doc *d = mkdoc("Russia could attack Ukraine next year.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "", 0), 0);
  for (size_t i = 0; i < d->events.n; i++)
    assert_int_equal(d->events.v[i].mood, EL_MOOD_HYPOTHETICAL);
  doc_free(d);
  /* an infinitive after a modal's verb: "how we can work together to
   * enhance prosperity" */
  d = mkdoc("Lula said Brazil can work together with France to enhance trade with Chile.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Brazil", 0, "BRA", NULL);
  actor(d, "France", 0, "FRA", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRA", "CHL", "06", 1), 1);
  for (size_t i = 0; i < d->events.n; i++) assert_true(d->events.v[i].negated);
  doc_free(d);
  /* "can" tells what is possible, not what was done */
  d = mkdoc("Brazil can send troops to Haiti.");
  actor(d, "Brazil", 0, "BRA", NULL);
  actor(d, "Haiti", 0, "HTI", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRA", "HTI", "", 0), 0);
  doc_free(d);
}

/* "the upcoming meeting": a meeting that has not happened is no fact; the
 * same meeting reported as held is. */
static void test_prospective_noun(void **state) {
  el_doc *d = mkdoc("The upcoming meeting between Lula and Macron raised hopes.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "", 0), 0);
  for (size_t i = 0; i < d->events.n; i++) assert_int_equal(d->events.v[i].mood, EL_MOOD_INTENT);
  doc_free(d);
  d = mkdoc("The meeting between Lula and Macron raised hopes.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", 0), 1);
  doc_free(d);
}

static void test_conditional(void **state) {
  el_doc *d = mkdoc("If Russia attacks Ukraine, the alliance will respond.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "", 0), 0);
  doc_free(d);
}

static void test_denial_and_question(void **state) {
  el_doc *d = mkdoc("Russia denied that it attacked Ukraine.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "it", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "", 0), 0);
  doc_free(d);
  d = mkdoc("Did Russia attack Ukraine ?");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "", 0), 0);
  for (size_t i = 0; i < d->events.n; i++) assert_int_equal(d->events.v[i].mood, EL_MOOD_QUESTION);
  doc_free(d);
}

static void test_intent_to_meet(void **state) {
  el_doc *d = mkdoc("Lula agreed to hold a meeting with Macron in March.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "036", 0), 1);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", -1), 0);
  doc_free(d);
}

static void test_ask_to_mediate(void **state) {
  el_doc *d = mkdoc("Lula asked Macron to mediate with Argentina.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Argentina", 0, "ARG", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "02", 0), 1);
  /* the pattern ASK * (TO MEDIATE) codes the specific appeal */
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "028", 0), 1);
  doc_free(d);
}

/* "condemned the sanctions": the one condemned is the agent of the act
 * told before; nobody when the act is the condemner's own or untold */
static void test_reaction_to_act_told_before(void **state) {
  el_doc *d = mkdoc("Israel struck Gaza on Monday . Egypt condemned the strikes .");
  actor(d, "Israel", 0, "ISR", NULL);
  actor(d, "Gaza", 0, "PSEGZA", NULL);
  actor(d, "Egypt", 0, "EGY", NULL);
  code(*state, d);
  assert_int_equal(count(d, "EGY", "ISR", "11", 0), 1);
  doc_free(d);
  d = mkdoc("Egypt condemned the strikes .");
  actor(d, "Egypt", 0, "EGY", NULL);
  code(*state, d);
  assert_int_equal((int)d->events.n, 0);
  doc_free(d);
  d = mkdoc("Russia imposed sanctions on Poland . Russia defended the sanctions .");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Poland", 0, "POL", NULL);
  actor(d, "Russia", 1, "RUS", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "RUS", "", -1), 0);
  assert_int_equal(count(d, "RUS", "POL", "16", 0), 1);
  doc_free(d);
}

/* "pledged $500 million in aid to X": intent to give aid (033) */
static void test_pledged_aid(void **state) {
  el_doc *d = mkdoc("Japan pledged $500 million in aid to the Philippines.");
  actor(d, "Japan", 0, "JPN", NULL);
  actor(d, "Philippines", 0, "PHL", NULL);
  code(*state, d);
  assert_int_equal(count(d, "JPN", "PHL", "033", 0), 1);
  doc_free(d);
}

/* "a deal mediated by X": X mediates (a reduced passive even though
 * "deal" is also a verb); the parties do not mediate X */
static void test_reduced_passive_with_by(void **state) {
  el_doc *d = mkdoc("Ukraine and Russia exchanged prisoners in a deal mediated by the UAE.");
  actor(d, "Ukraine", 0, "UKR", NULL);
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "UAE", 0, "ARE", NULL);
  code(*state, d);
  assert_int_equal(count(d, "UKR", "ARE", "", -1), 0);
  assert_int_equal(count(d, "RUS", "ARE", "", -1), 0);
  assert_int_equal(count(d, "UKR", "RUS", "08", 0), 1);
  doc_free(d);
}

/* a word modifying a person noun names no act ("an aid worker"); a
 * border named by its neighbour's adjective is where, not whom */
static void test_modifiers_and_border_places(void **state) {
  el_doc *d = mkdoc("Taliban authorities detained a British aid worker in Kabul.");
  actor(d, "Taliban authorities", 0, "AFGREB", NULL);
  actor(d, "British", 0, "GBR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "AFGREB", "GBR", "17", 0), 1);
  assert_int_equal(count(d, "AFGREB", "GBR", "16", -1), 0);
  for (size_t i = 0; i < d->events.n; i++) /* "aid" is no act of Britain's */
    assert_string_not_equal(d->events.v[i].source.code, "GBR");
  doc_free(d);
  d = mkdoc("Colombian rebels attacked a military base near the Venezuelan border.");
  actor(d, "Colombian rebels", 0, "COLREB", NULL);
  actor(d, "Venezuelan", 0, "VEN", NULL);
  code(*state, d);
  assert_int_equal(count(d, "COLREB", "VEN", "", -1), 0);
  doc_free(d);
}

/* "detained dozens of people at a rally in X": people of no named
 * country, taken as civilians of the place */
static void test_people_of_the_place(void **state) {
  el_doc *d = mkdoc("Russian police detained dozens of people at a rally in Moscow.");
  actor(d, "Russian police", 0, "RUSCOP", NULL);
  actor(d, "Moscow", 0, "RUSGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUSCOP", "RUSCVL", "17", 0), 1);
  doc_free(d);
  /* a named target stays: no place stands in */
  d = mkdoc("Russian police detained two French activists in Moscow.");
  actor(d, "Russian police", 0, "RUSCOP", NULL);
  actor(d, "French activists", 0, "FRACVL", NULL);
  actor(d, "Moscow", 0, "RUSGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUSCOP", "FRACVL", "17", 0), 1);
  assert_int_equal(count(d, "RUSCOP", "RUSCVL", "", -1), 0);
  doc_free(d);
}

/* "visited Kyiv and pledged new military aid": the promise goes to the
 * one just visited; a hostile act does not inherit a target */
static void test_coordinated_promise_target(void **state) {
  el_doc *d = mkdoc("Lula visited Kyiv and pledged new military aid.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Kyiv", 0, "UKRGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "UKRGOV", "03", 0), 1);
  doc_free(d);
  d = mkdoc("Lula visited Kyiv and criticized the war.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Kyiv", 0, "UKRGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "UKRGOV", "11", -1), 0);
  doc_free(d);
}

/* passives and places: "were expelled by X", "was hit with tariffs by X",
 * "bombed positions in northern X" */
static void test_passives_and_parts_of_places(void **state) {
  el_doc *d = mkdoc("Two Russian diplomats were expelled by Norway on Friday.");
  actor(d, "Russian diplomats", 0, "RUSGOV", NULL);
  actor(d, "Norway", 0, "NOR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "NOR", "RUSGOV", "161", 0), 1);
  doc_free(d);
  d = mkdoc("Mexico was hit with 25 percent tariffs by the United States.");
  actor(d, "Mexico", 0, "MEX", NULL);
  actor(d, "United States", 0, "USA", NULL);
  code(*state, d);
  assert_int_equal(count(d, "USA", "MEX", "163", 0), 1);
  assert_int_equal(count(d, "MEX", "USA", "", -1), 0);
  assert_int_equal(count(d, "USA", "MEX", "19", -1), 0);
  doc_free(d);
  d = mkdoc("Turkish warplanes bombed militant positions in northern Iraq.");
  actor(d, "Turkish warplanes", 0, "TURMIL", NULL);
  actor(d, "Iraq", 0, "IRQ", NULL);
  code(*state, d);
  assert_int_equal(count(d, "TURMIL", "IRQ", "19", 0), 1);
  doc_free(d);
}

/* winning a vote is no use of force; beating troops is */
static void test_election_defeat(void **state) {
  el_doc *d = mkdoc("In the run-off election, Lula defeated Bolsonaro.");
  actor(d, "Lula", 0, "BRAELI", "Lula");
  actor(d, "Bolsonaro", 0, "BRAOPP", "Jair Bolsonaro");
  code(*state, d);
  assert_int_equal((int)d->events.n, 0);
  doc_free(d);
  d = mkdoc("Ukrainian forces defeated Russian troops near Kharkiv.");
  actor(d, "Ukrainian forces", 0, "UKRMIL", NULL);
  actor(d, "Russian troops", 0, "RUSMIL", NULL);
  code(*state, d);
  assert_int_equal(count(d, "UKRMIL", "RUSMIL", "19", 0), 1);
  doc_free(d);
}

/* "A and B discussed the future of X": X is the topic, A and B consult */
static void test_topic_of_consultation(void **state) {
  el_doc *d = mkdoc("Lula and Macron discussed the future of Venezuela.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Venezuela", 0, "VEN", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", 0), 1);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "04", 0), 1);
  assert_int_equal(count(d, "BRAGOV", "VEN", "", -1), 0);
  assert_int_equal(count(d, "FRAGOV", "VEN", "", -1), 0);
  doc_free(d);
}

/* what is weighed or foreseen is not reported as done */
static void test_possibility_and_forecast(void **state) {
  el_doc *d = mkdoc("Lula and Macron discussed the possibility of Brazil sending aid to Haiti.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Brazil", 0, "BRA", NULL);
  actor(d, "Haiti", 0, "HTI", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRA", "HTI", "07", 0), 0);
  doc_free(d);
  /* "suggested that X could collapse" is no appeal to X; "should" is */
  d = mkdoc("Trump suggested that Cuba could collapse without support.");
  actor(d, "Trump", 0, "USAGOV", "Donald Trump");
  actor(d, "Cuba", 0, "CUB", NULL);
  code(*state, d);
  assert_int_equal(count(d, "USAGOV", "CUB", "02", -1), 0);
  doc_free(d);
  d = mkdoc("Trump suggested that Cuba should hold elections.");
  actor(d, "Trump", 0, "USAGOV", "Donald Trump");
  actor(d, "Cuba", 0, "CUB", NULL);
  code(*state, d);
  assert_int_equal(count(d, "USAGOV", "CUB", "02", 0), 1);
  doc_free(d);
}

/* "adding that ...", "revealed that ...": saying, not giving or cooperating;
 * "other disputes" is a noun */
static void test_verbs_of_saying_and_nouns(void **state) {
  el_doc *d = mkdoc("Lula praised the deal, adding that Brazil had agreed with France.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Brazil", 0, "BRA", NULL);
  actor(d, "France", 0, "FRA", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "BRA", "06", -1), 0);
  assert_int_equal(count(d, "BRA", "FRA", "06", -1), 0);
  doc_free(d);
  d = mkdoc("Lula revealed that Macron told him he liked him.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "05", -1), 0);
  doc_free(d);
  d = mkdoc("Lula explained drugs and other disputes between Brazil and France.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Brazil", 0, "BRA", NULL);
  actor(d, "France", 0, "FRA", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "BRA", "11", -1), 0);
  assert_int_equal(count(d, "BRAGOV", "FRA", "11", -1), 0);
  doc_free(d);
}

static void test_said_that_complement(void **state) {
  el_doc *d = mkdoc("Lula said that he spoke with Macron by phone.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "he", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "041", 0), 1);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "041", 0), 1);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "010", -1), 0);
  doc_free(d);
}

static void test_relative_clause(void **state) {
  el_doc *d = mkdoc("Lula, who met Macron on Monday, criticized Biden.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Biden", 0, "USAGOV", "Joe Biden");
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "USAGOV", "111", 0), 1);
  assert_int_equal(count(d, "FRAGOV", "USAGOV", "", -1), 0);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", 0), 1);
  doc_free(d);
}

static void test_no_fallback(void **state) {
  el_doc *d = mkdoc("Lula blorfed Macron yesterday and Macron said nothing.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Macron", 1, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
  /* one actor only: no dyad, no event */
  d = mkdoc("Russia attacked a village.");
  actor(d, "Russia", 0, "RUS", NULL);
  code(*state, d);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
}

static void test_hostile_input(void **state) {
  fixture *f = *state;
  /* 20k tokens of mixed scripts and stray bytes in one sentence, actors everywhere */
  size_t n = 20000;
  char *text = malloc(n * 8 + 1);
  size_t len = 0;
  const char *words[] = {"attacked", "\xE4\xB8\xAD\xE6\x96\x87",
                         "met",      "the",
                         "Russia's", "not",
                         "by",       "to",
                         ",",        "and",
                         "between",  "\xF0\x9F\x98\x80",
                         "X"};
  for (size_t i = 0; i < n; i++) {
    const char *w = words[(i * 7919) % 13];
    size_t wl = strlen(w);
    memcpy(text + len, w, wl);
    len += wl;
    text[len++] = ' ';
  }
  text[len] = '\0';
  el_doc *d = mkdoc(text);
  for (size_t t = 0; t + 1 < d->toks.n; t += 3) {
    el_actor_mention *m = EL_VEC_PUSH(d->actors);
    m->tok_begin = (uint32_t)t;
    m->tok_end = (uint32_t)t + 1 + (t % 2);
    m->start = d->toks.v[t].start;
    m->end = d->toks.v[m->tok_end - 1].end;
    m->sentence = 0;
    snprintf(m->code, sizeof m->code, "%s", t % 2 ? "RUS" : "UKR");
  }
  assert_int_equal(events_code(f->vd, f->cb, d), EL_OK);
  doc_free(d);
  free(text);
  /* empty documents and sentences with broken ranges */
  d = doc_new();
  assert_int_equal(events_code(f->vd, f->cb, d), EL_OK);
  el_sentence *s = EL_VEC_PUSH(d->sents);
  s->tok_begin = 5;
  s->tok_end = 9;
  el_actor_mention *m = EL_VEC_PUSH(d->actors);
  m->tok_begin = 6;
  m->tok_end = 7;
  snprintf(m->code, sizeof m->code, "RUS");
  assert_int_equal(events_code(f->vd, f->cb, d), EL_OK);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
}

static void test_aimed_at_is_target(void **state) {
  /* "at X" after fired shells is what was aimed at, not a place */
  el_doc *d = mkdoc("North Korea fired two artillery shells at Seoul on Thursday.");
  actor(d, "North Korea", 0, "PRK", NULL);
  actor(d, "Seoul", 0, "KOR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "PRK", "KOR", "19", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
}

static void test_clause_subject_target(void **state) {
  /* "complained that X ...": the clause is about X; "an anti- X rally" is the
   * object it names */
  el_doc *d = mkdoc("The Russian government complained that Ukraine had violated the ceasefire.");
  actor(d, "The Russian government", 0, "RUSGOV", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUSGOV", "UKR", "11", 0), 1);
  doc_free(d);
  d = mkdoc("Police broke up an anti- Kenya rally on Saturday.");
  actor(d, "Police", 0, "UGACOP", NULL);
  actor(d, "Kenya", 0, "KEN", NULL);
  code(*state, d);
  assert_int_equal(count(d, "UGACOP", "KEN", "", 0), 1);
  doc_free(d);
}

static void test_locative_targets_option(void **state) {
  fixture *f = *state;
  const char *text = "The French government criticized the closure of schools in Mali.";
  el_doc *d = mkdoc(text);
  actor(d, "The French government", 0, "FRAGOV", NULL);
  actor(d, "Mali", 0, "MLI", NULL);
  code(f, d);
  assert_int_equal(count(d, "FRAGOV", "MLI", "", -1), 0); /* where, not whom */
  doc_free(d);
  d = mkdoc(text);
  actor(d, "The French government", 0, "FRAGOV", NULL);
  actor(d, "Mali", 0, "MLI", NULL);
  const events_opts o = {.locative_targets = true}; /* PETRARCH's reading */
  assert_int_equal(events_code_opts(f->vd, f->cb, d, &o), EL_OK);
  dump(d);
  assert_int_equal(count(d, "FRAGOV", "MLI", "", 0), 1);
  doc_free(d);
}

static void test_exact_pattern_words_option(void **state) {
  /* "- * RESOLUTION [102]" under ADOPT [081]: by default the plural in the
   * text matches the pattern word; as PETRARCH reads it, only "resolution" */
  fixture *f = *state;
  char path[] = "/tmp/el_test_verbs_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *w = fdopen(fd, "w");
  assert_non_null(w);
  fputs("--- ADOPT [081] ---\nADOPT\n- * RESOLUTION [102]\n", w);
  fclose(w);
  verb_dict *vd = NULL;
  dict_load_opts lo = {.strict = true, .warn = stderr};
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, path, &lo), EL_OK);
  remove(path);
  const char *text = "Peru adopted resolutions with Chile.";
  const events_opts exact = {.exact_pattern_words = true};
  for (int k = 0; k < 2; k++) {
    el_doc *d = mkdoc(text);
    actor(d, "Peru", 0, "PER", NULL);
    actor(d, "Chile", 0, "CHL", NULL);
    assert_int_equal(events_code_opts(vd, f->cb, d, k ? &exact : NULL), EL_OK);
    dump(d);
    assert_int_equal(count(d, "PER", "CHL", k ? "081" : "102", 0), 1);
    assert_int_equal(d->events.n, 1);
    doc_free(d);
  }
  verb_dict_free(vd);
}

/* events_opts.monadic (PETRARCH's require_dyad = false): an act with a
 * source and a noun phrase but no actor after its verb is coded with target
 * "---"; a verb with nothing after it ("condemned it today.") is not, nor
 * an act in an adjunct clause ("after ...") of a verb coded before it. By
 * default only dyads are events. */
static void test_monadic_option(void **state) {
  fixture *f = *state;
  const events_opts mono = {.monadic = true};
  const char *text = "Peru condemned the vote on Saturday.";
  for (int k = 0; k < 2; k++) {
    el_doc *d = mkdoc(text);
    actor(d, "Peru", 0, "PER", NULL);
    assert_int_equal(events_code_opts(f->vd, f->cb, d, k ? &mono : NULL), EL_OK);
    dump(d);
    assert_int_equal(d->events.n, (size_t)k);
    if (k) assert_int_equal(count(d, "PER", "---", "11", 0), 1);
    doc_free(d);
  }
  el_doc *d = mkdoc("Peru condemned today.");
  actor(d, "Peru", 0, "PER", NULL);
  assert_int_equal(events_code_opts(f->vd, f->cb, d, &mono), EL_OK);
  dump(d);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
  d = mkdoc("Peru met Chile after Bolivia condemned the vote.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  actor(d, "Bolivia", 0, "BOL", NULL);
  assert_int_equal(events_code_opts(f->vd, f->cb, d, &mono), EL_OK);
  dump(d);
  assert_int_equal(count(d, "PER", "CHL", "04", 0), 1);
  assert_int_equal(count(d, "BOL", "---", "", -1), 0);
  doc_free(d);
}

/* events_opts.clause_targets: a verb takes the first actor of its clause
 * as the target, as PETRARCH takes the first actor of the verb phrase; by
 * default an isolated verb takes only its direct object, and "links
 * leading into X" puts X in another verb's phrase. */
static void test_clause_targets_option(void **state) {
  fixture *f = *state;
  char path[] = "/tmp/el_test_verbs_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *w = fdopen(fd, "w");
  assert_non_null(w);
  fputs("--- MONITOR [1711] ---\nMONITOR\n\n--- LEAD [---] ---\nLEAD\n", w);
  fclose(w);
  verb_dict *vd = NULL;
  dict_load_opts lo = {.strict = true, .warn = stderr};
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, path, &lo), EL_OK);
  remove(path);
  const events_opts wide = {.clause_targets = true};
  for (int k = 0; k < 2; k++) {
    el_doc *d = mkdoc("Peru monitored all communication links leading into Chile.");
    actor(d, "Peru", 0, "PER", NULL);
    actor(d, "Chile", 0, "CHL", NULL);
    assert_int_equal(events_code_opts(vd, f->cb, d, k ? &wide : NULL), EL_OK);
    dump(d);
    assert_int_equal(count(d, "PER", "CHL", "1711", 0), k);
    assert_int_equal(d->events.n, (size_t)k);
    doc_free(d);
  }
  verb_dict_free(vd);
}

/* "A's N and N of B" before the verb: each conjunct stands for its actor,
 * so both act (the possessive no longer ends the group). */
static void test_possessor_conjuncts(void **state) {
  fixture *f = *state;
  el_doc *d = mkdoc("Peru's farmers and the fishermen of Chile warned Bolivia.");
  actor(d, "Peru's", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  actor(d, "Bolivia", 0, "BOL", NULL);
  code(f, d);
  assert_int_equal(count(d, "PER", "BOL", "13", 0), 1);
  assert_int_equal(count(d, "CHL", "BOL", "13", 0), 1);
  assert_int_equal(d->events.n, 2);
  doc_free(d);
}

/* events_opts.new_actor_words (PETRARCH's new_actor_length): a subject or
 * object noun phrase with no actor and at most that many words is an actor
 * named by its words in capitals ('s dropped); longer phrases, and every
 * phrase by default, are not. */
static void test_new_actor_words_option(void **state) {
  fixture *f = *state;
  char path[] = "/tmp/el_test_verbs_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *w = fdopen(fd, "w");
  assert_non_null(w);
  fputs("--- LEFT [032:033] ---\nLEFT\n", w);
  fclose(w);
  verb_dict *vd = NULL;
  dict_load_opts lo = {.strict = true, .warn = stderr};
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, path, &lo), EL_OK);
  remove(path);
  const int words[] = {0, 3, 4};
  for (int k = 0; k < 3; k++) {
    el_doc *d = mkdoc("Gryffindor's head Minerva McGonagall left for the Ministry of Magic today.");
    const events_opts o = {.new_actor_words = words[k]};
    assert_int_equal(events_code_opts(vd, f->cb, d, &o), EL_OK);
    dump(d);
    assert_int_equal(d->events.n, k == 2 ? 2u : 0u);
    for (size_t i = 0; i < d->events.n; i++) {
      const el_event *e = &d->events.v[i];
      bool there = !strcmp(e->cameo, "032");
      const el_actor_ref *who = there ? &e->source : &e->target;
      const el_actor_ref *where = there ? &e->target : &e->source;
      assert_true(who->phrase && where->phrase);
      assert_string_equal(who->name, "GRYFFINDOR HEAD MINERVA MCGONAGALL");
      assert_string_equal(where->name, "THE MINISTRY OF MAGIC");
      assert_string_equal(who->code, "---");
      assert_true(there || !strcmp(e->cameo, "033"));
    }
    doc_free(d);
  }
  verb_dict_free(vd);
}

static void test_acronym_in_parentheses(void **state) {
  el_doc *d = mkdoc("Mexico and the European Union (EU) met on Monday.");
  actor(d, "Mexico", 0, "MEX", NULL);
  actor(d, "European Union", 0, "IGOEEU", NULL);
  code(*state, d);
  assert_int_equal(count(d, "MEX", "IGOEEU", "04", 0), 1);
  assert_int_equal(count(d, "IGOEEU", "MEX", "04", 0), 1);
  doc_free(d);
}

static void test_unresolved_pronoun_subject(void **state) {
  /* "he" (no actor found for it) is the subject, not Germany */
  el_doc *d = mkdoc("As Germany's exports fell, he accused Russia of espionage.");
  actor(d, "Germany's", 0, "DEU", NULL);
  actor(d, "Russia", 0, "RUS", NULL);
  code(*state, d);
  assert_int_equal(d->events.n, 0);
  doc_free(d);
}

static void test_two_prepositions_to_object(void **state) {
  el_doc *d = mkdoc("The French government appealed for calm with Mali on Monday.");
  actor(d, "The French government", 0, "FRAGOV", NULL);
  actor(d, "Mali", 0, "MLI", NULL);
  code(*state, d);
  assert_int_equal(count(d, "FRAGOV", "MLI", "", 0), 1);
  doc_free(d);
  /* adjectives in a comma list, a verb form inside a noun compound */
  d = mkdoc("The French government appealed for closer, stronger trade relations with Mali.");
  actor(d, "The French government", 0, "FRAGOV", NULL);
  actor(d, "Mali", 0, "MLI", NULL);
  code(*state, d);
  assert_int_equal(count(d, "FRAGOV", "MLI", "02", 0), 1);
  doc_free(d);
}

static void test_directed_pattern_not_doubled(void **state) {
  /* a pattern placing source ($) and target (+) gives the direction: a
   * consult code is not mirrored */
  fixture *f = *state;
  char path[] = "/tmp/el_test_verbs_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *w = fdopen(fd, "w");
  assert_non_null(w);
  fputs(
      "--- HOST [042] ---\nHOST\n- + * FESTIVAL $ [046]\n"
      "--- REGRET [111] ---\nREGRET {REGRETTED}\n- NOTED + * [115]\n",
      w);
  fclose(w);
  verb_dict *vd = NULL;
  dict_load_opts o = {.strict = true, .warn = stderr};
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, path, &o), EL_OK);
  remove(path);
  el_doc *d = mkdoc("Peru hosted a festival with Chile.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  assert_int_equal(events_code(vd, f->cb, d), EL_OK);
  dump(d);
  assert_int_equal(count(d, "CHL", "PER", "046", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
  /* "+" before the verb: its subject is the target, the source is the
   * subject of the pattern's first word */
  d = mkdoc("Peru noted that Chile regretted the vote.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  assert_int_equal(events_code(vd, f->cb, d), EL_OK);
  dump(d);
  assert_int_equal(count(d, "PER", "CHL", "115", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
  verb_dict_free(vd);
}

static void test_skip_in_pattern(void **state) {
  /* '^' passes over one noun phrase, an actor or not, that is neither
   * source nor target */
  fixture *f = *state;
  char path[] = "/tmp/el_test_verbs_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *w = fdopen(fd, "w");
  assert_non_null(w);
  fputs(
      "--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT + [162]\n- $ IN ^ * [163]\n"
      "--- CELEBRATE [181] ---\nCELEBRATE\n- * FEAST IN ^ + [045]\n- * ^ FEAST WITH + [046]\n",
      w);
  fclose(w);
  verb_dict *vd = NULL;
  dict_load_opts o = {.strict = true, .warn = stderr};
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, path, &o), EL_OK);
  remove(path);
  el_doc *d = mkdoc("Peru celebrated the feast in Bolivia with Chile.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Bolivia", 0, "BOL", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  assert_int_equal(events_code(vd, f->cb, d), EL_OK);
  dump(d);
  assert_int_equal(count(d, "PER", "CHL", "045", 0), 1);
  assert_int_equal(count(d, "PER", "BOL", "", -1), 0);
  doc_free(d);
  d = mkdoc("Peru warned their citizens about Chile.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  assert_int_equal(events_code(vd, f->cb, d), EL_OK);
  dump(d);
  assert_int_equal(count(d, "PER", "CHL", "162", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
  /* before the verb: the source precedes the skipped phrase */
  d = mkdoc("Peru in the capital warned Chile.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  assert_int_equal(events_code(vd, f->cb, d), EL_OK);
  dump(d);
  assert_int_equal(count(d, "PER", "CHL", "163", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
  /* the pattern word after '^' ends the skipped phrase */
  d = mkdoc("Peru celebrated its national feast with Chile.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  assert_int_equal(events_code(vd, f->cb, d), EL_OK);
  dump(d);
  assert_int_equal(count(d, "PER", "CHL", "046", 0), 1);
  doc_free(d);
  /* nothing to skip: the pattern does not match */
  d = mkdoc("Peru celebrated the feast in, Chile said.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  assert_int_equal(events_code(vd, f->cb, d), EL_OK);
  dump(d);
  assert_int_equal(count(d, "PER", "CHL", "045", -1), 0);
  doc_free(d);
  verb_dict_free(vd);
}

static void test_gerund_after_subordinator(void **state) {
  /* "after accusing": the gerund's subject is the governing verb's, not
   * the nearest actor before it */
  el_doc *d = mkdoc("Peru criticized Chile after accusing Bolivia of spying.");
  actor(d, "Peru", 0, "PER", NULL);
  actor(d, "Chile", 0, "CHL", NULL);
  actor(d, "Bolivia", 0, "BOL", NULL);
  code(*state, d);
  assert_int_equal(count(d, "PER", "CHL", "11", 0), 1);
  assert_int_equal(count(d, "PER", "BOL", "11", 0), 1);
  assert_int_equal(count(d, "CHL", "BOL", "", -1), 0);
  doc_free(d);
}

static void test_degree_adverb_not_verb(void **state) {
  /* "very close to the border": an adverb, not "close" the border */
  el_doc *d = mkdoc("Russia flew very close to the border with Ukraine.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "19", -1), 0); /* "close" the border: 191 */
  doc_free(d);
}

static void test_day_adjunct_in_pattern_gap(void **state) {
  /* "on Thursday" does not use up the gap before the pattern word */
  el_doc *d = mkdoc("Russia vowed on Thursday to seek revenge against Ukraine.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "138", 0), 1);
  doc_free(d);
}

static void test_neither_nor(void **state) {
  el_doc *d = mkdoc("Neither France nor Germany accused Russia of espionage.");
  actor(d, "France", 0, "FRA", NULL);
  actor(d, "Germany", 0, "DEU", NULL);
  actor(d, "Russia", 0, "RUS", NULL);
  code(*state, d);
  assert_int_equal(count(d, "FRA", "RUS", "11", -1), 1);
  assert_int_equal(count(d, "DEU", "RUS", "11", -1), 1);
  doc_free(d);
}

static void test_apposition_pair_and_place(void **state) {
  /* "A, and his Brazilian counterpart, B, held a meeting at <place>": the
   * nationality restates B, the place is not a target, A and B meet */
  el_doc *d = mkdoc(
      "President Macron, and his Brazilian counterpart, Lula, held their first meeting at the "
      "Elysee Palace.");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Brazilian", 0, "BRA", NULL);
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "the Elysee Palace", 0, "FRAGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "04", 0), 1);
  assert_int_equal(count(d, "BRAGOV", "FRAGOV", "04", 0), 1);
  assert_int_equal(d->events.n, 2);
  doc_free(d);
}

static void test_future_meeting_is_intent(void **state) {
  el_doc *d = mkdoc("Macron said he looked forward to meeting Lula soon.");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "he", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  code(*state, d);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "036", 0), 1);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "04", -1), 0);
  doc_free(d);
}

static void test_threat_and_deployment(void **state) {
  el_doc *d = mkdoc("Russia threatened to attack Ukraine.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "13", 0), 1);
  assert_int_equal(count(d, "RUS", "UKR", "19", -1), 0);
  doc_free(d);
  /* own troops are the instrument; the neighbour is the target */
  d = mkdoc(
      "Lula ordered the deployment of 3000 Brazilian soldiers along the border with Venezuela.");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "Brazilian soldiers", 0, "BRAMIL", NULL);
  actor(d, "Venezuela", 0, "VEN", NULL);
  code(*state, d);
  assert_int_equal(count(d, "BRAGOV", "VEN", "15", 0), 1);
  assert_int_equal(count(d, "BRAGOV", "BRAMIL", "", -1), 0);
  doc_free(d);
  /* the verb: soldiers posted along (not only to) a border */
  d = mkdoc("Poland has deployed 15000 soldiers along the border with Belarus.");
  actor(d, "Poland", 0, "POL", NULL);
  actor(d, "Belarus", 0, "BLR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "POL", "BLR", "154", 0), 1);
  doc_free(d);
}

static void test_coordination_across_adjunct(void **state) {
  el_doc *d = mkdoc("Putin praised Xi, and in March, following Biden's visit, threatened Ukraine.");
  actor(d, "Putin", 0, "RUSGOV", "Vladimir Putin");
  actor(d, "Xi", 0, "CHNGOV", "Xi Jinping");
  actor(d, "Biden's", 0, "USAGOV", "Joe Biden");
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUSGOV", "CHNGOV", "051", 0), 1);
  assert_int_equal(count(d, "RUSGOV", "UKR", "13", 0), 1);
  assert_int_equal(count(d, "USAGOV", "UKR", "", -1), 0);
  doc_free(d);
}

static void test_naming_is_not_a_call(void **state) {
  el_doc *d = mkdoc("Putin called Zelensky a clown and later phoned Macron.");
  actor(d, "Putin", 0, "RUSGOV", "Vladimir Putin");
  actor(d, "Zelensky", 0, "UKRGOV", "Volodymyr Zelensky");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  code(*state, d);
  assert_int_equal(count(d, "RUSGOV", "UKRGOV", "04", -1), 0);
  assert_int_equal(count(d, "RUSGOV", "FRAGOV", "041", 0), 1);
  doc_free(d);
}

static void test_infinitive_not_factual(void **state) {
  /* "plans to attack": the attack is not asserted (the plan codes as a threat) */
  el_doc *d = mkdoc("The Kremlin plans to attack Ukraine in spring.");
  actor(d, "The Kremlin", 0, "RUSGOV", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUSGOV", "UKR", "19", 0), 0);
  assert_int_equal(count(d, "RUSGOV", "UKR", "13", 0), 1);
  doc_free(d);
  /* a governor the dictionary does not know: the attack is intent only */
  d = mkdoc("The Kremlin resolved to attack Ukraine in spring.");
  actor(d, "The Kremlin", 0, "RUSGOV", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUSGOV", "UKR", "19", 0), 0);
  doc_free(d);
  /* "an honor to speak with": the talk happened */
  d = mkdoc("Macron said it was an honor to speak with Lula.");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  code(*state, d);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "04", 0), 1);
  doc_free(d);
}

static void test_invitation_target(void **state) {
  el_doc *d = mkdoc("Macron extended an invitation to Lula to visit the Elysee Palace.");
  actor(d, "Macron", 0, "FRAGOV", "Emmanuel Macron");
  actor(d, "Lula", 0, "BRAGOV", "Lula");
  actor(d, "the Elysee Palace", 0, "FRAGOV", NULL);
  code(*state, d);
  assert_int_equal(count(d, "FRAGOV", "BRAGOV", "036", 0), 1);
  assert_int_equal(d->events.n, 1);
  doc_free(d);
}

static void test_isolated_verb_needs_object(void **state) {
  /* "took" has only a block default: the actors far away are not its object */
  el_doc *d = mkdoc("The talks between Russia and Ukraine took place last week in a hotel.");
  actor(d, "Russia", 0, "RUS", NULL);
  actor(d, "Ukraine", 0, "UKR", NULL);
  code(*state, d);
  assert_int_equal(count(d, "RUS", "UKR", "17", -1), 0);
  assert_int_equal(count(d, "RUS", "UKR", "04", 0), 1);
  assert_int_equal(count(d, "UKR", "RUS", "04", 0), 1);
  doc_free(d);
}

#ifndef EL_EVENTS_ONLY /* (a build of this stage alone leaves it out) */
/* Through the whole pipeline (text -> actors -> events) with the shipped
 * dictionaries; skipped when the actor stage finds no actors (not built). */
static void test_pipeline_integration(void **state) {
  (void)state;
  el_pipeline *p = NULL;
  char err[512];
  if (pipeline_open(&p, EL_SOURCE_DIR "/data", err, sizeof err) != EL_OK) {
    fprintf(stderr, "pipeline_open: %s\n", err);
    skip();
  }
  static const char text[] =
      "Russia accused Ukraine of shelling a border village on Monday.\n\n"
      "Ukraine did not attack Russia, the ministry said.\n\n"
      "Russia and Ukraine could resume talks next month.\n";
  el_doc *d = doc_new();
  snprintf(d->published, sizeof d->published, "2025-03-10");
  assert_int_equal(text_normalize(d, text, sizeof text - 1), EL_OK);
  assert_int_equal(pipeline_process(p, d), EL_OK);
  dump(d);
  if (d->actors.n == 0) {
    doc_free(d);
    pipeline_close(p);
    skip();
  }
  int accuse = 0, factual_attack = 0, factual_talks = 0;
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    if (!strcmp(e->source.country, "RUS") && !strcmp(e->target.country, "UKR") &&
        !strcmp(e->root, "11") && !e->negated)
      accuse++;
    if (!strcmp(e->root, "19") && !e->negated) factual_attack++;
    if (!strcmp(e->root, "04") && !e->negated) factual_talks++;
    assert_true(e->quad_class >= 1 && e->quad_class <= 4);
    assert_non_null(e->pattern_id);
  }
  assert_int_equal(accuse, 1);
  assert_int_equal(factual_attack, 0);
  assert_int_equal(factual_talks, 0);
  doc_free(d);
  pipeline_close(p);
}

/* Realistic news sentences with hand-checked (source country, target
 * country, CAMEO root) of their factual events; "" = no event expected.
 * Roots follow CAMEO: pledging aid is 03 (033), a visit is 042 paired with
 * the host's 043, "host talks between" is 039 in CAMEO.2.0, expelling a
 * diplomat 161 (the codebook's usage note on 174; was 174 here until
 * 2026-12-02).
 * Scores dyad+root precision/recall over the set, prints misses. */
typedef struct {
  const char *text, *want[4];
} news_case;

static const news_case news_cases[] = {
    {"Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Friday.",
     {"CHN FRA 04", "FRA CHN 04"}},
    {"Russian forces shelled the Ukrainian city of Kharkiv overnight, killing three civilians.",
     {"RUS UKR 19"}},
    {"The United States imposed new sanctions on Iran over its nuclear program.", {"USA IRN 16"}},
    {"Police in Kenya arrested dozens of protesters in Nairobi on Tuesday.", {"KEN KEN 17"}},
    {"Japan pledged $500 million in humanitarian aid to Ukraine.", {"JPN UKR 03"}},
    {"India and Pakistan exchanged fire along the Line of Control.", {"IND PAK 19", "PAK IND 19"}},
    {"German Chancellor Olaf Scholz criticized Hungary for blocking the EU aid package.",
     {"DEU HUN 11"}},
    {"Turkey expelled the Dutch ambassador on Monday.", {"TUR NLD 16"}},
    {"Israel's military said it struck Hezbollah targets in southern Lebanon.", {"ISR LBN 19"}},
    {"Egypt hosted talks between Israeli and Palestinian negotiators in Cairo.",
     {"EGY ISR 03", "EGY PSE 03"}},
    {"Brazil's foreign minister said the government would not recognize the election result.",
     {""}},
    {"Saudi Arabia and Iran agreed to restore diplomatic relations.", {"SAU IRN 03", "IRN SAU 03"}},
    {"South Korea accused North Korea of launching a ballistic missile into the sea.",
     {"KOR PRK 11"}},
    {"Thousands of people protested in Belgrade against the Serbian government.", {"SRB SRB 14"}},
    {"The European Union called on Georgia to respect the right to protest.", {"IGO GEO 02"}},
    {"Mexican President Claudia Sheinbaum called the tariffs a mistake.", {""}},
    {"Nigeria's army rescued 20 hostages from kidnappers in Kaduna state.", {""}},
    {"Canada will send military trainers to Latvia next year.", {""}},
    {"Poland closed its border with Belarus after a migrant surge.", {"POL BLR 19"}},
    {"Venezuela released six American detainees after talks with Washington.", {"VEN USA 08"}},
    {"Pakistan's foreign ministry summoned the Afghan charge d'affaires.", {"PAK AFG 04"}},
    {"Ethiopian Prime Minister Abiy Ahmed visited Kenya on Sunday.", {"ETH KEN 04", "KEN ETH 04"}},
    {"Iran threatened to retaliate against Israel.", {"IRN ISR 13"}},
    {"The United Nations condemned the attack on the aid convoy in Sudan.", {""}},
    {"Colombian troops killed a rebel commander in a raid near the Venezuelan border.", {""}},
    {"France denied that it had supplied weapons to the rebels.", {""}},
    {"Ukrainian President Volodymyr Zelensky thanked Britain for its military support.",
     {"UKR GBR 05"}},
    {"Hamas released four Israeli hostages on Saturday under the ceasefire deal.", {"PSE ISR 08"}},
    {"Myanmar's military junta arrested a prominent opposition politician in Yangon.",
     {"MMR MMR 17"}},
    {"Germany said it had no plans to send Taurus missiles to Ukraine.", {""}},
    {"Iran seized a Greek oil tanker in the Gulf of Oman.", {"IRN GRC 17"}},
    {"The British foreign secretary urged Rwanda to withdraw its troops from eastern Congo.",
     {"GBR RWA 02"}},
    {"Poland slammed Russia over the drone incursion.", {"POL RUS 11"}},
    {"The United States deported 200 Guatemalan migrants last week.", {"USA GTM 17"}},
    {"The Indian government welcomed the decision by Bangladesh to release the prisoners.",
     {"IND BGD 05"}},
    {"France recalled its ambassador to Algeria for consultations.", {"FRA DZA 16"}},
    {"Beijing lodged a formal protest with Tokyo over the visit.", {"CHN JPN 11"}},
    {"The United States and Britain condemned the attack on Tuesday.", {""}},
    {"Armenia and Azerbaijan accused each other of violating the ceasefire.",
     {"ARM AZE 11", "AZE ARM 11"}},
    {"Qatar and Egypt are mediating between Israel and Hamas.",
     {"QAT ISR 04", "QAT PSE 04", "EGY ISR 04", "EGY PSE 04"}},
    /* reciprocal verbs, judged agents, a possessive country before a
     * role, expulsion orders, a quoted speaker's "our", relative clauses
     * without an actor antecedent, deals */
    {"Afghan and Pakistani forces clashed at the Chaman border crossing.",
     {"AFG PAK 19", "PAK AFG 19"}},
    {"Ghana condemned the detention of Ghanaian traders by Nigerian police.", {"GHA NGA 11"}},
    {"Egypt's foreign minister met his Jordanian counterpart in Amman.",
     {"EGY JOR 04", "JOR EGY 04"}},
    {"Guinea ordered the French ambassador to leave the country.", {"GIN FRA 16"}},
    {"\"Israeli jets bombed our villages,\" a Lebanese official told reporters.", {"ISR LBN 19"}},
    {"Somalia accused Ethiopia of arming militias who attacked Somali troops.", {"SOM ETH 11"}},
    {"Tanzania signed a gas deal with Uganda.", {"TZA UGA 05", "UGA TZA 05"}},
    /* a demand is 10 whatever it asks; entry and import bans are
     * sanctions; protesting an act judges its agent; a crowd protests in
     * the country where it gathers; "The minister" is the one before */
    {"Kenya demanded that Uganda withdraw its soldiers from the border island.", {"KEN UGA 10"}},
    {"Estonia banned entry to 20 Belarusian officials.", {"EST BLR 16"}},
    {"India suspended imports of Bangladeshi jute on Friday.", {"IND BGD 16"}},
    {"Peru protested the detention of three Peruvian fishermen by Chilean sailors.",
     {"PER CHL 11"}},
    {"Hundreds of protesters gathered outside the French embassy in Dakar.", {"SEN FRA 14"}},
    {"A Panama-flagged tanker was seized by Iranian forces in the Strait of Hormuz.",
     {"IRN PAN 17"}},
    {"A Russian power station was hit by Ukrainian drones overnight.", {"UKR RUS 19"}},
    {"Serbian settlers attacked an Albanian village near the border.", {"SRB ALB 18"}},
    /* a warning threatens only what the source will do or what the
     * warned will face */
    {"The World Bank warned that Argentina's economy would shrink.", {""}},
    {"Turkey warned that it would respond if Greece extended its territorial waters.",
     {"TUR GRC 13"}},
    {"Russia warned that Finland would face consequences.", {"RUS FIN 13"}},
    {"Beijing announced 10 percent tariffs on American farm goods.", {"CHN USA 16"}},
    {"Brazil retaliated with tariffs on Argentine wine.", {"BRA ARG 16"}},
    /* a state's act against persons is the state's where it took place */
    {"Canada criticized the detention of a Canadian businessman in China.", {"CAN CHN 11"}},
    {"Germany condemned the execution of a German citizen in Iran.", {"DEU IRN 11"}},
    {"Paraguay extradited a Brazilian gang leader to Brazil.", {"PRY BRA 06"}},
    /* a plain form right after a past verb is its object, not a verb */
    {"Lula met Macron in Paris. The two leaders discussed trade.", {"BRA FRA 04", "FRA BRA 04"}},
    {"India and France held joint naval drills in the Arabian Sea.", {"IND FRA 06", "FRA IND 06"}},
    {"Indian Prime Minister Narendra Modi told Russian President Vladimir Putin in a phone call "
     "that India wanted peace.",
     {"IND RUS 04", "RUS IND 04"}},
    {"Clashes between Tajik and Kyrgyz border guards killed three people.",
     {"TJK KGZ 19", "KGZ TJK 19"}},
    {"Lithuania hit Belarus with new sanctions.", {"LTU BLR 16"}},
    {"Syrian air defences downed an Israeli drone.", {"SYR ISR 19"}},
    {"Vietnam's president is on a state visit to Laos.", {"VNM LAO 04", "LAO VNM 04"}},
    /* a wish addressed to no one is no appeal; readiness to talk is the
     * subject's own intent */
    {"The Thai prime minister hopes to visit Cambodia next month.", {""}},
    {"Belgrade is ready to hold talks with Pristina.", {"SRB KSV 03"}},
    {"The Kremlin said Putin and Erdogan discussed Syria in a phone call.",
     {"RUS TUR 04", "TUR RUS 04"}},
    /* wire style: plain "Congo" is the Democratic Republic */
    {"Burundi accused Congo of harbouring rebels.", {"BDI COD 11"}},
    {"The Republic of Congo accused Gabon of harbouring rebels.", {"COG GAB 11"}},
    /* reported speech: "its airspace" is the speaker's */
    {"South Korea said Russian bombers had entered its air defence zone.", {"RUS KOR 15"}},
    {"Russian bombers entered its air defence zone.", {""}},
    /* a state's protest is disapproval, a people's a demonstration */
    {"The Russian embassy in Tallinn protested against remarks by an Estonian minister.",
     {"RUS EST 11"}},
    {"Thousands of Kenyans protested against Uganda.", {"KEN UGA 14"}},
    /* a reaction to an act of the sentence before judges its agent */
    {"Sudanese drones struck a market in Chad on Monday. Chad condemned the attack.",
     {"SDN TCD 19", "TCD SDN 11"}},
    {"Turkish jets bombed villages in Iraq overnight. Germany criticized the strikes on Iraq.",
     {"TUR IRQ 19", "DEU TUR 11"}},
    {"Turkish jets bombed villages in Iraq overnight. Turkey defended the strikes.",
     {"TUR IRQ 19"}},
    {"Serbia threatened Kosovo on Monday. Kosovo rejected the threats.",
     {"SRB KSV 13", "KSV SRB 12"}},
    /* a third state rejecting the threats rejects their author */
    {"Serbia threatened Kosovo on Monday. Albania rejected the threats.",
     {"SRB KSV 13", "ALB SRB 12"}},
    {"The Mexican foreign minister summoned the Cuban ambassador. The minister accused Havana of "
     "meddling in Mexican politics.",
     {"MEX CUB 04", "MEX CUB 11"}},
};

static void test_news_sentences(void **state) {
  (void)state;
  el_pipeline *p = NULL;
  char err[512];
  if (pipeline_open(&p, EL_SOURCE_DIR "/data", err, sizeof err) != EL_OK) skip();
  int tp = 0, fp = 0, fn = 0;
  for (size_t c = 0; c < sizeof news_cases / sizeof *news_cases; c++) {
    const news_case *nc = &news_cases[c];
    el_doc *d = doc_new();
    snprintf(d->published, sizeof d->published, "2025-03-10");
    assert_int_equal(text_normalize(d, nc->text, strlen(nc->text)), EL_OK);
    assert_int_equal(pipeline_process(p, d), EL_OK);
    char got[32][24];
    int ng = 0;
    for (size_t i = 0; i < d->events.n && ng < 32; i++) {
      const el_event *e = &d->events.v[i];
      if (e->negated) continue;
      char t[24];
      snprintf(t, sizeof t, "%.3s %.3s %.2s", e->source.country, e->target.country, e->root);
      bool dup = false;
      for (int k = 0; k < ng; k++) dup = dup || !strcmp(got[k], t);
      if (!dup) snprintf(got[ng++], sizeof got[0], "%s", t);
    }
    int nw = 0;
    for (int w = 0; w < 4 && nc->want[w] && nc->want[w][0]; w++) {
      nw++;
      bool hit = false;
      for (int k = 0; k < ng; k++) hit = hit || !strncmp(got[k], nc->want[w], strlen(nc->want[w]));
      if (hit)
        tp++;
      else {
        fn++;
        printf("news miss  [%s] %s\n", nc->want[w], nc->text);
      }
    }
    for (int k = 0; k < ng; k++) {
      bool hit = false;
      for (int w = 0; w < nw; w++) hit = hit || !strncmp(got[k], nc->want[w], strlen(nc->want[w]));
      if (!hit) {
        fp++;
        printf("news false [%s] %s\n", got[k], nc->text);
      }
    }
    doc_free(d);
  }
  double prec = tp + fp ? (double)tp / (tp + fp) : 0, rec = tp + fn ? (double)tp / (tp + fn) : 0;
  double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
  printf("news dyad+root: tp %d fp %d fn %d  P %.2f R %.2f F1 %.2f\n", tp, fp, fn, prec, rec, f1);
  assert_true(f1 >= NEWS_F1_FLOOR);
  pipeline_close(p);
}
#endif

static void test_codebook(void **state) {
  fixture *f = *state;
  const cameo_entry *e = codebook_lookup(f->cb, "163");
  assert_non_null(e);
  assert_true(e->goldstein == -8.0);
  assert_int_equal(e->quad_class, 4);
  assert_string_equal(e->plover, "COERCE");
  e = codebook_lookup(f->cb, "041");
  assert_non_null(e);
  assert_int_equal(e->quad_class, 1);
  assert_string_equal(e->plover, "CONSULT");
  assert_int_equal(codebook_quad_class("0874"), 2);
  assert_int_equal(codebook_quad_class("112"), 3);
  assert_int_equal(codebook_quad_class("xx"), 0);
  assert_null(codebook_lookup(f->cb, "9"));
  cameo_codebook *cb = NULL;
  assert_int_equal(codebook_load(&cb, "/nonexistent.csv", NULL), EL_ERR_NOTFOUND);
  assert_null(cb);
}

static void test_bad_dictionary(void **state) {
  (void)state;
  char path[] = "/tmp/el_test_verbs_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *w = fdopen(fd, "w");
  fputs(
      "&GOOD\n+WORD\n\n"         /* 1-3 */
      "ORPHAN_VERB\n"            /* 4: outside a block */
      "--- TEST [010] ---\n"     /* 5 */
      "FROB [0123456789]\n"      /* 6: bad code */
      "BLORF {BLORFS\n"          /* 7: unterminated */
      "- * &MISSING [111]\n"     /* 8: undefined synset */
      "- no verb marker [111]\n" /* 9 */
      "- * &GOOD [111] # fine\n" /* 10 */
      "GLARB [112]\n",           /* 11 */
      w);
  fclose(w);
  char *buf = NULL;
  size_t blen = 0;
  FILE *warn = open_memstream(&buf, &blen);
  dict_load_opts o = {.strict = false, .warn = warn};
  verb_dict *vd;
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, path, &o), EL_OK);
  fflush(warn);
  char l4[64], l9[64];
  snprintf(l4, sizeof l4, "%s:4: ", path);
  snprintf(l9, sizeof l9, "%s:9: ", path);
  assert_non_null(strstr(buf, l4));
  assert_non_null(strstr(buf, l9));
  assert_non_null(strstr(buf, ":6: "));
  assert_non_null(strstr(buf, ":7: "));
  assert_non_null(strstr(buf, ":8: "));
  assert_null(strstr(buf, ":10: "));
  verb_dict_free(vd);
  /* strict: the first bad line fails the load */
  o.strict = true;
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, path, &o), EL_ERR_PARSE);
  verb_dict_free(vd);
  fclose(warn);
  free(buf);
  unlink(path);
  assert_int_equal(verb_dict_new(&vd), EL_OK);
  assert_int_equal(verb_dict_load(vd, "/nonexistent/verbs.txt", NULL), EL_ERR_NOTFOUND);
  verb_dict_free(vd);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_active_accuse),
      cmocka_unit_test(test_pattern_gap_stops_at_adjunct),
      cmocka_unit_test(test_warned_better_watch),
      cmocka_unit_test(test_called_names),
      cmocka_unit_test(test_joined_by),
      cmocka_unit_test(test_shook_hands),
      cmocka_unit_test(test_joint_flights),
      cmocka_unit_test(test_passive_by),
      cmocka_unit_test(test_nominal_arrest),
      cmocka_unit_test(test_phone_call_between),
      cmocka_unit_test(test_compound_meeting),
      cmocka_unit_test(test_meeting_with_reciprocal),
      cmocka_unit_test(test_compound_target),
      cmocka_unit_test(test_comma_list),
      cmocka_unit_test(test_sanctions),
      cmocka_unit_test(test_passive_remains_sanctioned),
      cmocka_unit_test(test_visa_revocation),
      cmocka_unit_test(test_negation),
      cmocka_unit_test(test_passive_negated),
      cmocka_unit_test(test_hypothetical),
      cmocka_unit_test(test_prospective_noun),
      cmocka_unit_test(test_conditional),
      cmocka_unit_test(test_denial_and_question),
      cmocka_unit_test(test_intent_to_meet),
      cmocka_unit_test(test_ask_to_mediate),
      cmocka_unit_test(test_reaction_to_act_told_before),
      cmocka_unit_test(test_pledged_aid),
      cmocka_unit_test(test_reduced_passive_with_by),
      cmocka_unit_test(test_modifiers_and_border_places),
      cmocka_unit_test(test_people_of_the_place),
      cmocka_unit_test(test_coordinated_promise_target),
      cmocka_unit_test(test_passives_and_parts_of_places),
      cmocka_unit_test(test_election_defeat),
      cmocka_unit_test(test_topic_of_consultation),
      cmocka_unit_test(test_possibility_and_forecast),
      cmocka_unit_test(test_verbs_of_saying_and_nouns),
      cmocka_unit_test(test_said_that_complement),
      cmocka_unit_test(test_relative_clause),
      cmocka_unit_test(test_no_fallback),
      cmocka_unit_test(test_apposition_pair_and_place),
      cmocka_unit_test(test_aimed_at_is_target),
      cmocka_unit_test(test_neither_nor),
      cmocka_unit_test(test_day_adjunct_in_pattern_gap),
      cmocka_unit_test(test_degree_adverb_not_verb),
      cmocka_unit_test(test_gerund_after_subordinator),
      cmocka_unit_test(test_directed_pattern_not_doubled),
      cmocka_unit_test(test_skip_in_pattern),
      cmocka_unit_test(test_two_prepositions_to_object),
      cmocka_unit_test(test_unresolved_pronoun_subject),
      cmocka_unit_test(test_acronym_in_parentheses),
      cmocka_unit_test(test_locative_targets_option),
      cmocka_unit_test(test_exact_pattern_words_option),
      cmocka_unit_test(test_clause_subject_target),
      cmocka_unit_test(test_future_meeting_is_intent),
      cmocka_unit_test(test_threat_and_deployment),
      cmocka_unit_test(test_isolated_verb_needs_object),
      cmocka_unit_test(test_coordination_across_adjunct),
      cmocka_unit_test(test_invitation_target),
      cmocka_unit_test(test_infinitive_not_factual),
      cmocka_unit_test(test_naming_is_not_a_call),
      cmocka_unit_test(test_hostile_input),
#ifndef EL_EVENTS_ONLY
      cmocka_unit_test(test_pipeline_integration),
      cmocka_unit_test(test_news_sentences),
#endif
      cmocka_unit_test(test_monadic_option),
      cmocka_unit_test(test_clause_targets_option),
      cmocka_unit_test(test_possessor_conjuncts),
      cmocka_unit_test(test_new_actor_words_option),
      cmocka_unit_test(test_codebook),
      cmocka_unit_test(test_bad_dictionary),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
