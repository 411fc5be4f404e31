/*
 * fuzz_common.h — helpers shared by the libFuzzer harnesses: invariant
 * checks on an el_doc after each stage.  A broken invariant traps, so the
 * fuzzer reports it like a crash (with the input that caused it).
 */
#ifndef EL_FUZZ_COMMON_H
#define EL_FUZZ_COMMON_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline.h"
#include "text/text.h"

#define FUZZ_CHECK(cond)                                                           \
  do {                                                                             \
    if (!(cond)) {                                                                 \
      fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      __builtin_trap();                                                            \
    }                                                                              \
  } while (0)

/* doc->text is NUL-terminated valid UTF-8 of doc->len bytes with a hash. */
static inline void fuzz_check_text(const el_doc *doc) {
  FUZZ_CHECK(doc->text != NULL);
  FUZZ_CHECK(doc->text[doc->len] == '\0');
  FUZZ_CHECK(text_utf8_valid(doc->text, doc->len));
  FUZZ_CHECK(strlen(doc->hash) == 64);
}

/* Sentences and tokens lie inside the text, in order, and agree. */
static inline void fuzz_check_segments(const el_doc *doc) {
  uint32_t prev_end = 0;
  for (size_t i = 0; i < doc->sents.n; i++) {
    const el_sentence *s = &doc->sents.v[i];
    FUZZ_CHECK(s->start <= s->end && s->end <= doc->len);
    FUZZ_CHECK(s->start >= prev_end);
    FUZZ_CHECK(s->tok_begin <= s->tok_end && s->tok_end <= doc->toks.n);
    prev_end = s->end;
  }
  prev_end = 0;
  for (size_t i = 0; i < doc->toks.n; i++) {
    const el_token *t = &doc->toks.v[i];
    FUZZ_CHECK(t->start < t->end && t->end <= doc->len);
    FUZZ_CHECK(t->start >= prev_end);
    prev_end = t->end;
  }
  for (size_t i = 0; i < doc->skip.n; i++)
    FUZZ_CHECK(doc->skip.v[i].start <= doc->skip.v[i].end && doc->skip.v[i].end <= doc->len);
}

static inline void fuzz_check_timexes(const el_doc *doc) {
  for (size_t i = 0; i < doc->timexes.n; i++) {
    const el_timex *t = &doc->timexes.v[i];
    FUZZ_CHECK(t->start <= t->end && t->end <= doc->len);
    FUZZ_CHECK(t->sentence >= -1 && t->sentence < (int32_t)doc->sents.n);
    FUZZ_CHECK(memchr(t->value, '\0', sizeof t->value) != NULL);
  }
}

static inline void fuzz_check_quotes(const el_doc *doc) {
  for (size_t i = 0; i < doc->quotes.n; i++) {
    const el_quote *q = &doc->quotes.v[i];
    FUZZ_CHECK(q->start <= q->end && q->end <= doc->len);
    FUZZ_CHECK(q->sentence >= -1 && q->sentence < (int32_t)doc->sents.n);
    FUZZ_CHECK(q->speaker >= -1 && q->speaker < (int32_t)doc->actors.n);
  }
}

static inline void fuzz_check_mentions(const el_doc *doc) {
  for (size_t i = 0; i < doc->actors.n; i++) {
    const el_actor_mention *a = &doc->actors.v[i];
    FUZZ_CHECK(a->start <= a->end && a->end <= doc->len);
    FUZZ_CHECK(a->tok_begin <= a->tok_end && a->tok_end <= doc->toks.n);
    FUZZ_CHECK(a->sentence >= -1 && a->sentence < (int32_t)doc->sents.n);
  }
  for (size_t i = 0; i < doc->events.n; i++) {
    const el_event *e = &doc->events.v[i];
    FUZZ_CHECK(e->sentence >= 0 && e->sentence < (int32_t)doc->sents.n);
    FUZZ_CHECK(e->trigger_start <= e->trigger_end && e->trigger_end <= doc->len);
    FUZZ_CHECK(e->timex >= -1 && e->timex < (int32_t)doc->timexes.n);
  }
  for (size_t i = 0; i < doc->learned.n; i++) {
    const el_learned_actor *l = &doc->learned.v[i];
    FUZZ_CHECK(l->name != NULL);
    FUZZ_CHECK(l->start <= l->end && l->end <= doc->len);
  }
}
#endif
