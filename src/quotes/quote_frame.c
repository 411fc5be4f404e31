/*
 * quote_frame.c — splits the text into sentence frames for attribution,
 * looking only at text outside quotes: a quote's inner ". " never splits
 * it, and a quote ending with . ! ? followed by a capital or a new quote
 * ends its sentence.  Abbreviations (U.S., D.C., single initials, Mr, Gen)
 * do not end a sentence.  Linear in the text length.
 */
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/text.h"

static bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Short titles and abbreviations after which a period is not an end. */
static const char *const abbrevs[] = {
    "mr",   "mrs",  "ms",  "dr",  "gen",  "sen", "rep", "gov", "lt",   "col",   "sgt",
    "capt", "prof", "st",  "jr",  "sr",   "inc", "ltd", "co",  "corp", "vs",    "no",
    "mt",   "ft",   "adm", "maj", "pres", "amb", "rev", "hon", "dept", "gov't", "approx"};

static bool is_abbrev(const char *t, size_t dot) {
  size_t b = dot;
  while (b > 0 && !is_space_byte(t[b - 1]) && t[b - 1] != '(' && t[b - 1] != '"') b--;
  size_t n = dot - b;
  if (n == 0) return false;
  if (n == 1 && t[b] >= 'A' && t[b] <= 'Z') return true; /* initial: John A. Smith */
  if (memchr(t + b, '.', n)) return true;                /* U.S. D.C. a.m. */
  if (n > 6) return false;
  char w[8];
  for (size_t i = 0; i < n; i++)
    w[i] = (char)((t[b + i] >= 'A' && t[b + i] <= 'Z') ? t[b + i] + 32 : t[b + i]);
  w[n] = '\0';
  for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
    if (strcmp(w, abbrevs[i]) == 0) return true;
  return false;
}

/* Does a new sentence start at or after j (skipping spaces, not newlines)? */
static bool starts_sentence(const char *t, size_t len, size_t j) {
  if (j >= len) return false;
  if (!is_space_byte(t[j])) return false;
  while (j < len && (t[j] == ' ' || t[j] == '\t')) j++;
  if (j >= len || t[j] == '\n') return false; /* the line break handles it */
  int32_t cp;
  text_utf8_decode(t, len, j, &cp);
  if (text_is_upper(cp) || (cp >= '0' && cp <= '9')) return true;
  if (cp == '"' || cp == 0x201C || cp == 0x00AB || cp == 0x201E || cp == 0x2018 || cp == '(')
    return true;
  return false;
}

/* Does the quoted text end with sentence-final punctuation? */
static bool ends_sentence(const char *t, const quote_span *q) {
  if (q->end <= q->start) return false;
  size_t e = q->end;
  char c = t[e - 1];
  if (c == '.' || c == '!' || c == '?') return true;
  /* … U+2026 */
  return e - q->start >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
         (unsigned char)c == 0xA6;
}

typedef struct {
  quote_frame_vec *out;
  bool in_frame, para_start;
  uint32_t start;
} frame_state;

static el_status close_frame(frame_state *f, size_t end) {
  if (!f->in_frame) return EL_OK;
  quote_frame *fr = EL_VEC_PUSH(*f->out);
  if (!fr) return EL_ERR_NOMEM;
  fr->start = f->start;
  fr->end = (uint32_t)end;
  fr->para_start = f->para_start;
  f->in_frame = false;
  f->para_start = false;
  return EL_OK;
}

static void open_frame(frame_state *f, size_t at) {
  if (f->in_frame) return;
  f->in_frame = true;
  f->start = (uint32_t)at;
}

el_status quote_frames(const char *t, size_t len, quote_span_vec *spans, quote_frame_vec *out) {
  frame_state f = {.out = out, .para_start = true};
  el_status st;
  size_t k = 0, i = 0;
  while (i < len) {
    if (k < spans->n && i >= spans->v[k].open) {
      quote_span *q = &spans->v[k];
      open_frame(&f, q->open);
      q->frame = (int32_t)f.out->n; /* index the frame will get */
      i = q->close > i ? q->close : i + 1;
      k++;
      if (q->multi_para || q->unclosed) { /* the quote ran to a line end */
      } else if (ends_sentence(t, q) && starts_sentence(t, len, i)) {
        if ((st = close_frame(&f, i)) != EL_OK) return st;
      }
      continue;
    }
    char c = t[i];
    if (c == '\n') {
      if ((st = close_frame(&f, i)) != EL_OK) return st;
      f.para_start = true;
      i++;
      continue;
    }
    if (is_space_byte(c)) {
      i++;
      continue;
    }
    open_frame(&f, i);
    if ((c == '.' || c == '!' || c == '?') && !(c == '.' && is_abbrev(t, i))) {
      size_t j = i + 1;
      while (j < len && (t[j] == ')' || t[j] == '\'' || t[j] == '.')) j++;
      if (starts_sentence(t, len, j)) {
        if ((st = close_frame(&f, j)) != EL_OK) return st;
        i = j;
        continue;
      }
    }
    i++;
  }
  return close_frame(&f, len);
}
