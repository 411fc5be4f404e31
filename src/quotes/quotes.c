/*
 * quotes.c — the quote stage driver: scan quoted spans, split sentence
 * frames, attribute speakers, keep speech, fill doc->quotes.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/text.h"

/* Person roles after a country adjective: "the Chilean leader" refers
 * back to that country's leading person. */
static const char *const roles[] = {
    "leader",  "president", "president-elect", "premier", "counterpart", "ruler", "strongman",
    "monarch", "king",      "queen",           NULL};

bool quote_role_follows(const el_doc *doc, uint32_t end) {
  size_t i = end;
  if (i >= doc->len || doc->text[i] != ' ') return false;
  i++;
  for (const char *const *r = roles; *r; r++) {
    size_t n = strlen(*r);
    if (i + n <= doc->len && strncmp(doc->text + i, *r, n) == 0 &&
        (i + n == doc->len ||
         !((doc->text[i + n] >= 'a' && doc->text[i + n] <= 'z') || doc->text[i + n] == '-')))
      return true;
  }
  return false;
}

#define ANTECEDENT_WINDOW 100 /* earlier mentions looked at */

/* The mention that gives a speaker its name and code: the mention itself
 * when named; for a bare country adjective in "the Chilean leader" (a
 * description the actor stage left unresolved), the most mentioned earlier
 * named person of that country. */
static int32_t speaker_source(const el_doc *doc, int32_t s) {
  const el_actor_mention *m = &doc->actors.v[s];
  if (m->name) return s;
  /* a pronoun or description the actor stage left without a person stays
   * as it is (never guessed); only "the <country adjective> <role>" refers
   * back by itself */
  bool adj = m->kind == EL_ACTOR_DICT && strlen(m->code) == 3 && m->start >= 4 &&
             (strncmp(doc->text + m->start - 4, "the ", 4) == 0 ||
              strncmp(doc->text + m->start - 4, "The ", 4) == 0) &&
             quote_role_follows(doc, m->end);
  if (!adj) return s;
  struct {
    const char *name;
    int32_t last;
    int count;
  } seen[8];
  int nseen = 0;
  for (int32_t i = s; i-- > 0 && s - i <= ANTECEDENT_WINDOW;) { /* actors are in text order */
    const el_actor_mention *p = &doc->actors.v[i];
    if (p->start >= m->start || !p->name || !p->is_person) continue;
    if (strncmp(p->code, m->code, 3) != 0) continue;
    int k = 0;
    while (k < nseen && strcmp(seen[k].name, p->name) != 0) k++;
    if (k == nseen) {
      if (nseen == 8) continue;
      seen[nseen].name = p->name;
      seen[nseen].last = i;
      seen[nseen].count = 0;
      nseen++;
    }
    seen[k].count++;
  }
  int best = -1;
  for (int k = 0; k < nseen; k++)
    if (best < 0 || seen[k].count > seen[best].count) best = k;
  return best >= 0 ? seen[best].last : s;
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
    /* "...," Ruiz said: the comma belongs to the sentence, not the quote */
    while (out->end > out->start + 1 &&
           (doc->text[out->end - 1] == ',' || doc->text[out->end - 1] == ' '))
      out->end--;
    out->sentence = sentence_of(doc, q);
    out->speaker = -1;
    if (a->speaker >= 0 && (size_t)a->speaker < doc->actors.n) {
      int32_t src = speaker_source(doc, a->speaker);
      const el_actor_mention *m = &doc->actors.v[src];
      out->speaker = a->speaker;
      if (m->name)
        out->speaker_name = m->name;
      else if (m->kind != EL_ACTOR_PRONOUN) {
        out->speaker_name = arena_strndup(doc->arena, doc->text + m->start, m->end - m->start);
        if (!out->speaker_name) st = EL_ERR_NOMEM;
      }
      memcpy(out->speaker_code, m->code, sizeof out->speaker_code);
      out->speaker_code[sizeof out->speaker_code - 1] = '\0';
      out->cue = a->cue;
    } else if (a->name_end > a->name_start && a->name_end <= doc->len) {
      /* named in the text, but no actor mention covers the name */
      out->speaker_name =
          arena_strndup(doc->arena, doc->text + a->name_start, a->name_end - a->name_start);
      if (!out->speaker_name) st = EL_ERR_NOMEM;
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
