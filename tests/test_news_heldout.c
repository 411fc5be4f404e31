/*
 * test_news_heldout.c — the whole pipeline (real dictionaries from data/) on
 * held-out news sentences with hand-coded gold events
 * (tests/data/news_heldout.tsv: text, then "SRC TGT RR;..." of the factual
 * events, by country and CAMEO root).  Prints every miss and false event and
 * dyad+root precision/recall/F1, and holds F1 above a floor; the same for
 * the development batches tests/data/news_dev*.tsv (written while fixing
 * the coder, so a weaker check of generality than the held-out set).
 * Another file of the same format can be scored with
 *   build/test_news_heldout FILE.tsv
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "pipeline/pipeline.h"
#include "text/text.h"

/* measured 0.750 on 88 docs before the coder fixes, 0.960 after, 0.989 after
 * the news7 fixes (2026-12-02; tuned on since, so a regression guard) */
#define HELDOUT_F1_FLOOR 0.95
/* the development batches (news_dev*.tsv, written while fixing the coder):
 * measured 0.878 on 125 docs (2026-12-02); with news_dev5 (agentless acts
 * of state) 0.822 on 158 docs before the implied-agent rule, 0.865 after;
 * news_dev6, written after it and scored once: 0.702 before, 0.825 after
 * (0.844 once residence permits were treated like visas); news_dev7 (40
 * docs across regions, written before seeing its output): 0.709 at first
 * run, 0.941 after the news7 fixes (all 217 dev docs 0.913, held-out
 * 0.989); 0.926 once diplomat expulsions followed the codebook (161);
 * news_dev8 (49 docs, written before seeing its output): 0.849 at first
 * run, 0.981 after the news8 fixes (all 266 dev docs 0.954 with main merged,
 * held-out 0.994); news_dev9 (85 docs across regions and roots 01-20,
 * written before seeing its output): 0.867 at first run, 0.990 after the
 * news9 fixes (held-out 1.000); news_dev10 (39 docs written after them as
 * a fresh check): 0.925 at first run, 1.000 after (all 390 dev docs 0.967);
 * news_dev11 (28 docs, a further fresh check): 0.737 at first run, 0.966
 * after; news_dev12 (27 docs of harder constructions): 0.853 at first run,
 * 1.000 after (all 445 dev docs 0.970, held-out 1.000); news_dev13 (24
 * docs): 0.918 at first run, 0.984 after (all 469 dev docs 0.971);
 * news_dev14 (23 docs): 0.905 at first run, 1.000 after (all 492 dev docs
 * 0.972); news_dev15 (16 docs): 0.733 at first run, 1.000 after (all 508
 * dev docs 0.973); news_dev16 (15 docs): 0.839 at first run, 0.875 after
 * (all 523 dev docs 0.970, held-out 1.000) */
#define DEV_F1_FLOOR 0.88
#define MAX_TUPLES 32

static const char *tsv_path = EL_SOURCE_DIR "/tests/data/news_heldout.tsv";

typedef struct {
  int tp, fp, fn, docs;
} score;

/* Split gold "A B 04;B A 04" into tuples. */
static int parse_gold(char *field, char want[MAX_TUPLES][16]) {
  int n = 0;
  for (char *save = NULL, *t = strtok_r(field, ";", &save); t && n < MAX_TUPLES;
       t = strtok_r(NULL, ";", &save)) {
    while (*t == ' ') t++;
    if (*t) snprintf(want[n++], 16, "%.10s", t);
  }
  return n;
}

/* Distinct "SRC TGT RR" of the document's factual (not negated) events. */
static int collect(const el_doc *d, char got[MAX_TUPLES][16]) {
  int n = 0;
  for (size_t i = 0; i < d->events.n && n < MAX_TUPLES; i++) {
    const el_event *e = &d->events.v[i];
    if (e->negated) continue;
    char t[16];
    snprintf(t, sizeof t, "%.3s %.3s %.2s", e->source.country, e->target.country, e->root);
    bool dup = false;
    for (int k = 0; k < n; k++) dup = dup || !strcmp(got[k], t);
    if (!dup) snprintf(got[n++], 16, "%s", t);
  }
  return n;
}

static void score_line(const el_pipeline *p, const char *text, char *gold, score *sc) {
  char want[MAX_TUPLES][16], got[MAX_TUPLES][16];
  int nw = parse_gold(gold, want);
  el_doc *d = doc_new();
  assert_non_null(d);
  snprintf(d->published, sizeof d->published, "2025-06-10");
  assert_int_equal(text_normalize(d, text, strlen(text)), EL_OK);
  assert_int_equal(pipeline_process(p, d), EL_OK);
  int ng = collect(d, got);
  for (int w = 0; w < nw; w++) {
    bool hit = false;
    for (int k = 0; k < ng; k++) hit = hit || !strcmp(got[k], want[w]);
    if (hit) {
      sc->tp++;
    } else {
      sc->fn++;
      printf("heldout miss  [%s] %s\n", want[w], text);
    }
  }
  for (int k = 0; k < ng; k++) {
    bool hit = false;
    for (int w = 0; w < nw; w++) hit = hit || !strcmp(got[k], want[w]);
    if (!hit) {
      sc->fp++;
      printf("heldout false [%s] %s\n", got[k], text);
    }
  }
  sc->docs++;
  doc_free(d);
}

static void score_file(const el_pipeline *p, const char *path, score *sc) {
  FILE *f = fopen(path, "r");
  assert_non_null(f);
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (!line[0] || line[0] == '#') continue;
    char *tab = strchr(line, '\t');
    char empty[1] = "";
    char *gold = empty;
    if (tab) {
      *tab = '\0';
      gold = tab + 1;
    }
    score_line(p, line, gold, sc);
  }
  fclose(f);
}

static double f1_of(const score *sc, const char *what) {
  double prec = sc->tp + sc->fp ? (double)sc->tp / (sc->tp + sc->fp) : 0;
  double rec = sc->tp + sc->fn ? (double)sc->tp / (sc->tp + sc->fn) : 0;
  double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
  printf("%s dyad+root: %d docs tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f\n", what, sc->docs, sc->tp,
         sc->fp, sc->fn, prec, rec, f1);
  return f1;
}

static void test_news_heldout(void **state) {
  (void)state;
  el_pipeline *p = NULL;
  char err[512];
  assert_int_equal(pipeline_open(&p, EL_SOURCE_DIR "/data", err, sizeof err), EL_OK);
  score sc = {0, 0, 0, 0};
  score_file(p, tsv_path, &sc);
  pipeline_close(p);
  double f1 = f1_of(&sc, "heldout");
  assert_true(sc.docs >= 60);
  assert_true(f1 >= HELDOUT_F1_FLOOR);
}

static void test_news_dev(void **state) {
  (void)state;
  static const char *const files[] = {
      "news_dev.tsv",   "news_dev2.tsv",  "news_dev3.tsv",  "news_dev4.tsv",
      "news_dev5.tsv",  "news_dev6.tsv",  "news_dev7.tsv",  "news_dev8.tsv",
      "news_dev9.tsv",  "news_dev10.tsv", "news_dev11.tsv", "news_dev12.tsv",
      "news_dev13.tsv", "news_dev14.tsv", "news_dev15.tsv", "news_dev16.tsv"};
  el_pipeline *p = NULL;
  char err[512];
  assert_int_equal(pipeline_open(&p, EL_SOURCE_DIR "/data", err, sizeof err), EL_OK);
  score sc = {0, 0, 0, 0};
  for (size_t k = 0; k < sizeof files / sizeof files[0]; k++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/%s", EL_SOURCE_DIR, files[k]);
    score_file(p, path, &sc);
  }
  pipeline_close(p);
  assert_true(f1_of(&sc, "dev") >= DEV_F1_FLOOR);
}

/* Sentences that carry a phrase PETRARCH's discard list once dropped the
 * sentence for (time phrases, disasters, history): the event is still
 * coded.  Gold checked by hand. */
static void test_discards_keep_events(void **state) {
  (void)state;
  static const struct {
    const char *text, *want;
  } cases[] = {
      {"Two weeks ago, Russia expelled three Estonian diplomats.", "RUS EST 16"},
      {"Japan sent emergency aid to the Philippines after the typhoon.", "JPN PHL 07"},
      {"Ukraine accused Russia of the worst attack on civilians since World War II.", "UKR RUS 11"},
      {"Turkey praised Ethiopia for its landslide election.", "TUR ETH 05"},
  };
  el_pipeline *p = NULL;
  char err[512];
  assert_int_equal(pipeline_open(&p, EL_SOURCE_DIR "/data", err, sizeof err), EL_OK);
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    el_doc *d = doc_new();
    assert_non_null(d);
    assert_int_equal(text_normalize(d, cases[k].text, strlen(cases[k].text)), EL_OK);
    assert_int_equal(pipeline_process(p, d), EL_OK);
    char got[MAX_TUPLES][16];
    int ng = collect(d, got);
    bool hit = false;
    for (int g = 0; g < ng; g++) hit = hit || !strcmp(got[g], cases[k].want);
    if (!hit) printf("discard miss [%s] %s\n", cases[k].want, cases[k].text);
    assert_true(hit);
    doc_free(d);
  }
  pipeline_close(p);
}

int main(int argc, char **argv) {
  if (argc > 1) tsv_path = argv[1];
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_news_heldout),
                                     cmocka_unit_test(test_news_dev),
                                     cmocka_unit_test(test_discards_keep_events)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
