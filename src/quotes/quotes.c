/*
 * quotes.c — the quote stage driver: scan quoted spans, split sentence
 * frames, attribute speakers, keep speech, fill doc->quotes.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/text.h"

/* Display name of a speaker mention: its name; for a pronoun or description
 * without one, the nearest earlier named mention with the same code; else
 * the mention text (a government, an organization). */
static const char *speaker_name(el_doc *doc, int32_t s) {
  const el_actor_mention *m = &doc->actors.v[s];
  if (m->name) return m->name;
  if (m->kind == EL_ACTOR_PRONOUN || m->kind == EL_ACTOR_COREF) {
    if (!m->code[0]) return NULL;
    for (int32_t i = s; i-- > 0;) {
      const el_actor_mention *p = &doc->actors.v[i];
      if (strcmp(p->code, m->code) == 0 && p->name && p->start < m->start) return p->name;
    }
    if (m->kind == EL_ACTOR_PRONOUN) return NULL;
  }
  return arena_strndup(doc->arena, doc->text + m->start, m->end - m->start);
}

static int32_t sentence_of(const el_doc *doc, const quote_span *q) {
  if (doc->sents.n == 0) return -1;
  int32_t s = text_sentence_at(doc, q->open);
  if (s < 0) s = text_sentence_at(doc, q->start);
  return s;
}

el_status quotes_find_lex(const quote_lexicon *lx, el_doc *doc) {
  if (!doc || !doc->text || doc->len == 0) return EL_OK;
  if (doc->len > UINT32_MAX) return EL_ERR_INPUT;
  quote_span_vec spans = {0};
  quote_frame_vec frames = {0};
  quote_attr *attrs = NULL;
  el_status st = quote_scan(doc->text, doc->len, &spans);
  if (st == EL_OK) st = quote_frames(doc->text, doc->len, &spans, &frames);
  if (st == EL_OK && spans.n) {
    attrs = calloc(spans.n, sizeof *attrs);
    if (!attrs) st = EL_ERR_NOMEM;
  }
  if (st == EL_OK && spans.n) st = quote_attribute(lx, doc, &spans, &frames, attrs);
  for (size_t i = 0; st == EL_OK && i < spans.n; i++) {
    const quote_span *q = &spans.v[i];
    const quote_attr *a = &attrs[i];
    if (!quote_is_speech(doc->text, q, a)) continue;
    el_quote *out = EL_VEC_PUSH(doc->quotes);
    if (!out) {
      st = EL_ERR_NOMEM;
      break;
    }
    out->start = q->start;
    out->end = q->end;
    out->sentence = sentence_of(doc, q);
    out->speaker = -1;
    if (a->speaker >= 0 && (size_t)a->speaker < doc->actors.n) {
      const el_actor_mention *m = &doc->actors.v[a->speaker];
      out->speaker = a->speaker;
      out->speaker_name = speaker_name(doc, a->speaker);
      memcpy(out->speaker_code, m->code, sizeof out->speaker_code);
      out->speaker_code[sizeof out->speaker_code - 1] = '\0';
      out->cue = a->cue;
    }
  }
  free(attrs);
  EL_VEC_FREE(spans);
  EL_VEC_FREE(frames);
  return st;
}

el_status quotes_find(el_doc *doc) {
  return quotes_find_lex(NULL, doc);
}
