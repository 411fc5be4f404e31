/*
 * pipeline_fixture.h — shared by the cmocka tests that run the whole
 * pipeline (real dictionaries from data/) on invented sentences: open and
 * close the pipeline as the group's setup and teardown, code one text
 * with a publication date (events printed on stderr for a failing run),
 * and find the first factual event between two countries with a root.
 * Include after cmocka.h.
 */
#ifndef EVENTLINE_TESTS_PIPELINE_FIXTURE_H
#define EVENTLINE_TESTS_PIPELINE_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "pipeline/pipeline.h"
#include "text/text.h"

static int setup(void **state) {
  el_pipeline *p = NULL;
  char err[512];
  if (pipeline_open(&p, EL_SOURCE_DIR "/data", err, sizeof err) != EL_OK) return -1;
  *state = p;
  return 0;
}

static int teardown(void **state) {
  pipeline_close(*state);
  return 0;
}

/* Code text published on dct (YYYY-MM-DD); the caller frees the doc. */
static inline el_doc *run_dated(void **state, const char *dct, const char *text) {
  el_doc *d = doc_new();
  assert_non_null(d);
  snprintf(d->published, sizeof d->published, "%s", dct);
  assert_int_equal(text_normalize(d, text, strlen(text)), EL_OK);
  assert_int_equal(pipeline_process(*state, d), EL_OK);
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    fprintf(stderr, "  %s -> %s %s %s neg=%d mood=%d conf=%.3f %s\n", e->source.code,
            e->target.code, e->cameo, e->date, e->negated, e->mood, e->confidence,
            e->details_json ? e->details_json : "");
  }
  return d;
}

/* First factual event src -> tgt (countries) with the root, or NULL. */
static inline const el_event *find_fact(const el_doc *d, const char *src, const char *tgt,
                                        const char *root) {
  for (size_t i = 0; i < d->events.n; i++) {
    const el_event *e = &d->events.v[i];
    if (e->negated || e->mood != EL_MOOD_FACT) continue;
    if (!strcmp(e->source.country, src) && !strcmp(e->target.country, tgt) &&
        !strcmp(e->root, root))
      return e;
  }
  return NULL;
}

#endif
