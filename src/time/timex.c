/*
 * timex.c — entry points of the time stage: DCT parsing, tagging raw text
 * (timex_tag) and a document (timex_tag_doc, skipping boilerplate and
 * assigning sentence indexes).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/timex_internal.h"

static int digits(const char *s, int n, int *out) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 0;
}

el_status timex_parse_dct(const char *s, el_datetime *out) {
  el_datetime d = {-1, -1, -1, -1, -1};
  if (!s || !out) return EL_ERR_ARG;
  size_t n = strlen(s);
  if (n != 10 && n != 16) return EL_ERR_ARG;
  if (s[4] != '-' || s[7] != '-') return EL_ERR_ARG;
  if (digits(s, 4, &d.year) || digits(s + 5, 2, &d.month) || digits(s + 8, 2, &d.day))
    return EL_ERR_ARG;
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > tx_days_in_month(d.year, d.month))
    return EL_ERR_ARG;
  if (n == 16) {
    if ((s[10] != 'T' && s[10] != ' ') || s[13] != ':') return EL_ERR_ARG;
    if (digits(s + 11, 2, &d.hour) || digits(s + 14, 2, &d.minute)) return EL_ERR_ARG;
    if (d.hour > 23 || d.minute > 59) return EL_ERR_ARG;
  }
  *out = d;
  return EL_OK;
}

/* Where tag_slice's expressions go: appended to out, or handed to each
 * (timex_tag_each). */
typedef struct {
  el_timex_vec *out;
  timex_each_fn each;
  void *each_ud;
  int each_failed; /* each returned non-zero */
  uint32_t base;   /* offset of the tagged slice in the whole text */
  int ranges;      /* fill precision and range_start/range_end */
} tag_ud;

static int emit_timex(void *ud, size_t s, size_t e, el_timex_type type, const char *value) {
  tag_ud *u = ud;
  el_timex tmp, *x = &tmp;
  if (!u->each && !(x = EL_VEC_PUSH(*u->out))) return -1;
  x->start = (uint32_t)s + u->base;
  x->end = (uint32_t)e + u->base;
  x->type = type;
  size_t n = strnlen(value, sizeof x->value - 1);
  memcpy(x->value, value, n);
  x->value[n] = 0;
  x->sentence = -1;
  x->precision = EL_PREC_UNKNOWN;
  x->range_start[0] = x->range_end[0] = 0;
  if (u->ranges && (type == EL_TIMEX_DATE || type == EL_TIMEX_TIME))
    tx_value_range(value, &x->precision, x->range_start, x->range_end);
  if (u->each && u->each(u->each_ud, x) != 0) {
    u->each_failed = 1;
    return -1;
  }
  return 0;
}

/* Very long inputs are tagged in segments of at least SEG bytes ending at
 * a paragraph break where possible, so the token array stays small
 * (anchoring state does not cross a segment; articles are far shorter). */
#define SEG ((size_t)32 * 1024)

/* Cut after pos + SEG at a blank line, else a newline, else a space,
 * looking at most 3 * SEG further; never inside a word. */
static size_t segment_end(const char *text, size_t pos, size_t len) {
  if (len - pos <= SEG * 2) return len;
  size_t lo = pos + SEG, hi = pos + 4 * SEG < len ? pos + 4 * SEG : len;
  for (size_t i = lo; i + 1 < hi; i++) { /* memchr: the blank line can be far */
    const char *q = memchr(text + i, '\n', hi - 1 - i);
    if (!q) break;
    i = (size_t)(q - text);
    if (text[i + 1] == '\n') return i + 2;
  }
  for (size_t i = lo; i < hi; i++)
    if (text[i] == '\n') return i + 1;
  for (size_t i = lo; i < hi; i++)
    if (text[i] == ' ' || text[i] == '\t') return i + 1;
  return hi == len ? len : hi; /* one 96 KB "word": cut anyway */
}

static int contains(const char *t, size_t n, const char *w) {
  size_t k = strlen(w);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(t + i, w, k) == 0) return 1;
  return 0;
}

static int has_word(const char *t, size_t n, const char *w) {
  size_t k = strlen(w);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(t + i, w, k) == 0 && (i == 0 || !isalnum((unsigned char)t[i - 1])) &&
        (i + k == n || !isalnum((unsigned char)t[i + k])))
      return 1;
  return 0;
}

int tx_is_post(const char *text, size_t len) {
  while (len && isspace((unsigned char)text[len - 1])) len--;
  while (len && isspace((unsigned char)*text)) text++, len--;
  if (len == 0 || len > 200) return 0;
  /* links, handles, hashtags, exclamations, emoticons, lowercase "i" */
  for (size_t i = 0; i < len; i++)
    if (text[i] == '@' || text[i] == '#' || text[i] == '!' || text[i] == '~') return 1;
  if (contains(text, len, "http") || has_word(text, len, "i") || has_word(text, len, "I") ||
      has_word(text, len, "lol") || contains(text, len, ":)"))
    return 1;
  /* no sentence shape: lowercase start or no final punctuation */
  char last = text[len - 1];
  return islower((unsigned char)text[0]) ||
         !(last == '.' || last == '?' || last == '"' || last == '\'' || last == ')');
}

/* tag_slice with token arrays of its own (freed at the end) */
static el_status tag_slice_tk(const char *text, size_t len, uint32_t base, const el_datetime *dct,
                              tag_ud *u, tx_toks *tk);

static el_status tag_slice(const char *text, size_t len, uint32_t base, const el_datetime *dct,
                           tag_ud *u) {
  tx_toks tk = {0};
  el_status st = tag_slice_tk(text, len, base, dct, u, &tk);
  tx_toks_free(&tk);
  return st;
}

/* Tag text[0..len) segment by segment, tokens in *tk (kept allocated). */
static el_status tag_slice_tk(const char *text, size_t len, uint32_t base, const el_datetime *dct,
                              tag_ud *u, tx_toks *tk) {
  el_status st = EL_OK;
  for (size_t pos = 0; pos < len && st == EL_OK;) {
    size_t end = segment_end(text, pos, len);
    tx_toks_clear(tk);
    if (tx_tokenize(text + pos, end - pos, tk) != 0) {
      st = EL_ERR_NOMEM;
      break;
    }
    u->base = base + (uint32_t)pos;
    int post = pos == 0 && end == len && tx_is_post(text, len);
    if (tx_scan(tk, dct, post, emit_timex, u) != 0) st = u->each_failed ? EL_ERR_IO : EL_ERR_NOMEM;
    pos = end;
  }
  return st;
}

el_status timex_tag(const char *text, size_t len, const el_datetime *dct, el_timex_vec *out) {
  if (!text || !out) return EL_ERR_ARG;
  if (len > UINT32_MAX) return EL_ERR_INPUT;
  tag_ud u = {.out = out, .ranges = 1};
  return tag_slice(text, len, 0, dct, &u);
}

el_status timex_tag_spans(const char *text, size_t len, const el_datetime *dct, el_timex_vec *out) {
  if (!text || !out) return EL_ERR_ARG;
  if (len > UINT32_MAX) return EL_ERR_INPUT;
  tag_ud u = {.out = out};
  return tag_slice(text, len, 0, dct, &u);
}

struct timex_scratch {
  tx_toks tk;
};

timex_scratch *timex_scratch_new(void) {
  return calloc(1, sizeof(timex_scratch));
}

void timex_scratch_free(timex_scratch *s) {
  if (!s) return;
  tx_toks_free(&s->tk);
  free(s);
}

el_status timex_tag_each(const char *text, size_t len, const el_datetime *dct,
                         timex_scratch *scratch, timex_each_fn fn, void *ud) {
  if (!text || !fn) return EL_ERR_ARG;
  if (len > UINT32_MAX) return EL_ERR_INPUT;
  tag_ud u = {.each = fn, .each_ud = ud};
  if (!scratch) return tag_slice(text, len, 0, dct, &u);
  return tag_slice_tk(text, len, 0, dct, &u, &scratch->tk);
}

el_status timex_tag_doc(el_doc *doc) {
  if (!doc || !doc->text) return EL_ERR_ARG;
  el_datetime dct, *pd = NULL;
  if (doc->published[0] && timex_parse_dct(doc->published, &dct) == EL_OK) pd = &dct;
  /* tag each region between skipped spans separately */
  size_t pos = 0;
  el_timex_vec *out = (el_timex_vec *)&doc->timexes;
  for (size_t k = 0; k <= doc->skip.n; k++) {
    size_t end = k < doc->skip.n ? doc->skip.v[k].start : doc->len;
    if (end > doc->len) end = doc->len;
    if (end > pos) {
      tag_ud u = {.out = out, .ranges = 1};
      el_status st = tag_slice(doc->text + pos, end - pos, (uint32_t)pos, pd, &u);
      if (st != EL_OK) return st;
    }
    if (k < doc->skip.n && doc->skip.v[k].end > pos) pos = doc->skip.v[k].end;
  }
  /* sentence index by binary search over doc->sents */
  for (size_t i = 0; i < doc->timexes.n; i++) {
    el_timex *x = &doc->timexes.v[i];
    size_t lo = 0, hi = doc->sents.n;
    x->sentence = -1;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (doc->sents.v[mid].end <= x->start)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < doc->sents.n && doc->sents.v[lo].start <= x->start) x->sentence = (int32_t)lo;
    tx_range_narrow_to_part(x, doc->text + x->start, x->end - x->start);
  }
  return EL_OK;
}
