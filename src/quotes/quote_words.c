/*
 * quote_words.c — the word stream the attribution reads: words and
 * punctuation OUTSIDE quotes (a quote is one QTOK_QUOTE token, so names
 * inside a quote never count), each with its lexicon class, its sentence
 * frame and the doc->actors mention covering it.  Linear.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/text.h"

/* ---- the word stream ------------------------------------------------- */

static bool word_char(int32_t cp) {
  return text_is_letter(cp) || (cp >= '0' && cp <= '9');
}

/* Lowercase ASCII copy of a token into buf (UTF-8 bytes kept). */
static size_t tok_lower(const el_doc *doc, const quote_tok *t, char *buf, size_t n) {
  size_t k = 0;
  for (uint32_t i = t->start; i < t->end && k + 1 < n; i++) {
    char c = doc->text[i];
    buf[k++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  buf[k] = '\0';
  return k;
}

static el_status push_tok(quote_tok_vec *v, uint32_t s, uint32_t e, uint8_t kind, char punct,
                          int32_t quote) {
  quote_tok *t = EL_VEC_PUSH(*v);
  if (!t) return EL_ERR_NOMEM;
  t->start = s;
  t->end = e;
  t->kind = kind;
  t->punct = punct;
  t->mention = -1;
  t->quote = quote;
  t->frame = -1;
  return EL_OK;
}

el_status quote_words_build(const quote_lexicon *lx, const el_doc *doc, const quote_span_vec *spans,
                            const quote_frame_vec *frames, quote_tok_vec *out) {
  const char *t = doc->text;
  size_t len = doc->len, i = 0, k = 0;
  el_status st;
  while (i < len) {
    if (k < spans->n && i >= spans->v[k].open) {
      const quote_span *q = &spans->v[k];
      if ((st = push_tok(out, q->open, q->close, QTOK_QUOTE, 0, (int32_t)k)) != EL_OK) return st;
      i = q->close > i ? q->close : i + 1;
      k++;
      continue;
    }
    int32_t cp;
    size_t n = text_utf8_decode(t, len, i, &cp);
    if (word_char(cp)) {
      size_t j = i + n;
      while (j < len) {
        int32_t c2;
        size_t m = text_utf8_decode(t, len, j, &c2);
        if (word_char(c2)) {
          j += m;
          continue;
        }
        /* inner ' ’ - . joined when a letter follows: so-called, U.S., Ruiz’s */
        if ((c2 == '\'' || c2 == 0x2019 || c2 == '-' || c2 == '.') && j + m < len) {
          int32_t c3;
          text_utf8_decode(t, len, j + m, &c3);
          if (word_char(c3)) {
            j += m;
            continue;
          }
        }
        break;
      }
      if ((st = push_tok(out, (uint32_t)i, (uint32_t)j, QTOK_WORD, 0, -1)) != EL_OK) return st;
      quote_tok *w = &out->v[out->n - 1];
      w->cap = text_is_upper(cp);
      char buf[48];
      size_t bl = tok_lower(doc, w, buf, sizeof buf);
      w->lex = (uint8_t)quote_lexicon_class(lx, buf, bl);
      i = j;
      continue;
    }
    char p = 0;
    if (cp == ',' || cp == ':' || cp == ';' || cp == '.' || cp == '!' || cp == '?' || cp == '(' ||
        cp == ')')
      p = (char)cp;
    else if (cp == 0x2014 || cp == 0x2013 || cp == '-')
      p = '-';
    if (p && (st = push_tok(out, (uint32_t)i, (uint32_t)(i + n), QTOK_PUNCT, p, -1)) != EL_OK)
      return st;
    i += n;
  }
  /* frame of every token (both sorted by offset) */
  size_t f = 0;
  for (size_t j = 0; j < out->n; j++) {
    quote_tok *w = &out->v[j];
    if (w->kind == QTOK_QUOTE) {
      w->frame = spans->v[w->quote].frame;
      continue;
    }
    while (f < frames->n && frames->v[f].end <= w->start) f++;
    if (f < frames->n && frames->v[f].start <= w->start) w->frame = (int32_t)f;
  }
  return EL_OK;
}

/* ---- mentions onto tokens ------------------------------------------------ */

static int cmp_mention_start(const void *a, const void *b, const el_doc *doc) {
  const el_actor_mention *x = &doc->actors.v[*(const int32_t *)a];
  const el_actor_mention *y = &doc->actors.v[*(const int32_t *)b];
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return 0;
}

/* qsort has no context argument: sort indices with an insertion-free
 * merge sort instead. */
static void sort_mentions(int32_t *idx, int32_t *tmp, size_t n, const el_doc *doc) {
  for (size_t w = 1; w < n; w *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * w) {
      size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      size_t a = lo, b = mid, o = lo;
      while (a < mid && b < hi)
        tmp[o++] = cmp_mention_start(&idx[b], &idx[a], doc) < 0 ? idx[b++] : idx[a++];
      while (a < mid) tmp[o++] = idx[a++];
      while (b < hi) tmp[o++] = idx[b++];
    }
    memcpy(idx, tmp, n * sizeof *idx);
  }
}

el_status quote_words_map_mentions(const el_doc *doc, quote_tok_vec *toks) {
  size_t n = doc->actors.n;
  if (n == 0) return EL_OK;
  int32_t *idx = malloc(n * sizeof *idx), *tmp = malloc(n * sizeof *tmp);
  if (!idx || !tmp) {
    free(idx);
    free(tmp);
    return EL_ERR_NOMEM;
  }
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    const el_actor_mention *a = &doc->actors.v[i];
    if (a->start < a->end && a->end <= doc->len) idx[m++] = (int32_t)i;
  }
  sort_mentions(idx, tmp, m, doc);
  size_t t = 0;
  for (size_t i = 0; i < m; i++) {
    const el_actor_mention *a = &doc->actors.v[idx[i]];
    while (t < toks->n && toks->v[t].end <= a->start) t++;
    /* tokens inside [start, end); a longer mention wins an overlap */
    for (size_t j = t; j < toks->n && toks->v[j].start < a->end; j++) {
      quote_tok *w = &toks->v[j];
      if (w->kind != QTOK_WORD) continue;
      if (w->mention >= 0) {
        const el_actor_mention *b = &doc->actors.v[w->mention];
        if (b->end - b->start >= a->end - a->start) continue;
      }
      w->mention = idx[i];
    }
  }
  free(idx);
  free(tmp);
  return EL_OK;
}
