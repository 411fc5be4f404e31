/*
 * quote_scan.c — finds quoted spans in the text in one linear pass.
 *
 * Marks: straight " (open/close decided by position and flanking), curly
 * “ ” and „, guillemets « ».  Curly and guillemet quotes nest by depth; a
 * straight quote closes the open straight quote.  A paragraph that ends
 * inside a quote continues it when the next paragraph reopens with a quote
 * mark (newspaper convention), or when the line break is only a soft wrap;
 * otherwise the quote ends with the paragraph (flagged unclosed).  Curly
 * single quotes ‘ ’ open a top-level quote too (British style, headlines);
 * ’ followed by a letter is an apostrophe, and an unclosed ‘ is dropped.
 * Straight single quotes never open one: they are apostrophes too often.
 */
#include "quotes/quotes_int.h"
#include "text/text.h"

typedef enum {
  MARK_NONE = 0,
  MARK_STRAIGHT,
  MARK_OPEN,
  MARK_CLOSE,
  MARK_GOPEN,
  MARK_GCLOSE,
  MARK_SOPEN, /* ‘ */
  MARK_SCLOSE /* ’, mostly an apostrophe */
} mark_kind;

/* The quote mark at text[i] and its byte length, or MARK_NONE. */
static mark_kind mark_at(const char *t, size_t len, size_t i, size_t *mlen) {
  unsigned char c = (unsigned char)t[i];
  *mlen = 1;
  if (c == '"') return MARK_STRAIGHT;
  if (c == 0xC2 && i + 1 < len) {
    *mlen = 2;
    unsigned char d = (unsigned char)t[i + 1];
    if (d == 0xAB) return MARK_GOPEN;  /* « */
    if (d == 0xBB) return MARK_GCLOSE; /* » */
  }
  if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80) {
    *mlen = 3;
    unsigned char d = (unsigned char)t[i + 2];
    if (d == 0x9C || d == 0x9E) return MARK_OPEN; /* “ „ */
    if (d == 0x9D) return MARK_CLOSE;             /* ” */
    if (d == 0x98) return MARK_SOPEN;             /* ‘ */
    if (d == 0x99) return MARK_SCLOSE;            /* ’ */
  }
  *mlen = 1;
  return MARK_NONE;
}

static bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Character before i is a space, line start or an opening bracket/dash. */
static bool opens_after(const char *t, size_t i) {
  if (i == 0) return true;
  char p = t[i - 1];
  if (is_space_byte(p) || p == '(' || p == '[' || p == '{' || p == '/' || p == '-') return true;
  /* em/en dash U+2014/U+2013 */
  if (i >= 3 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80 &&
      ((unsigned char)p == 0x94 || (unsigned char)p == 0x93))
    return true;
  return false;
}

/* The mark at i follows a sentence end: ". “" */
static bool after_sentence_end(const char *t, size_t i) {
  size_t k = i;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
  if (k == i || k == 0) return false;
  char p = t[k - 1];
  if (p == '.' || p == '!' || p == '?') return true;
  /* … U+2026 */
  return k >= 3 && (unsigned char)t[k - 3] == 0xE2 && (unsigned char)t[k - 2] == 0x80 &&
         (unsigned char)p == 0xA6;
}

/* A letter or digit starts at i. */
static bool letter_at(const char *t, size_t len, size_t i) {
  if (i >= len) return false;
  int32_t cp;
  text_utf8_decode(t, len, i, &cp);
  return text_is_letter(cp) || (cp >= '0' && cp <= '9');
}

static bool space_after(const char *t, size_t len, size_t i) {
  return i >= len || is_space_byte(t[i]);
}

typedef struct {
  quote_span_vec *out;
  bool open;
  mark_kind kind; /* MARK_STRAIGHT, MARK_OPEN (curly), MARK_GOPEN or MARK_SOPEN */
  size_t depth;
  uint32_t open_at, text_at;
  bool multi;
} scan_state;

/* Record [text_at, end) trimmed as a span; empty spans are dropped. */
static el_status emit(const char *t, scan_state *s, size_t end, size_t close, bool unclosed) {
  size_t a = s->text_at, b = end;
  while (a < b && is_space_byte(t[a])) a++;
  while (b > a && is_space_byte(t[b - 1])) b--;
  s->open = false;
  s->depth = 0;
  bool multi = s->multi;
  s->multi = false;
  if (a >= b) return EL_OK;
  quote_span *q = EL_VEC_PUSH(*s->out);
  if (!q) return EL_ERR_NOMEM;
  q->open = s->open_at;
  q->start = (uint32_t)a;
  q->end = (uint32_t)b;
  q->close = (uint32_t)close;
  q->frame = -1;
  q->unclosed = unclosed;
  q->multi_para = multi;
  return EL_OK;
}

/* At a line break with a quote open: index where scanning resumes inside the
 * continued quote, or 0 when the quote must end here. */
static size_t continue_at(const char *t, size_t len, size_t nl, mark_kind kind) {
  size_t j = nl, breaks = 0;
  while (j < len && is_space_byte(t[j])) {
    if (t[j] == '\n') breaks++;
    j++;
  }
  if (j >= len) return 0;
  size_t ml;
  mark_kind m = mark_at(t, len, j, &ml);
  if ((m == MARK_OPEN || m == MARK_GOPEN || m == MARK_STRAIGHT) &&
      (kind == m || (kind == MARK_OPEN && m == MARK_STRAIGHT) ||
       (kind == MARK_STRAIGHT && m == MARK_OPEN)))
    return j + ml;
  /* Soft wrap: one line break, the line does not end a sentence and the
   * next one starts lowercase. */
  if (breaks == 1) {
    size_t k = nl;
    while (k > 0 && is_space_byte(t[k - 1])) k--;
    char last = k > 0 ? t[k - 1] : '.';
    if (last != '.' && last != '!' && last != '?' && last != ':' && last != '"' && last != ',' &&
        (unsigned char)last < 0x80 && t[j] >= 'a' && t[j] <= 'z')
      return j;
  }
  return 0;
}

el_status quote_scan(const char *t, size_t len, quote_span_vec *out) {
  scan_state s = {.out = out};
  el_status st;
  size_t i = 0;
  while (i < len) {
    char c = t[i];
    if (c == '\n') {
      if (s.open) {
        size_t r = continue_at(t, len, i, s.kind);
        if (r) {
          s.multi = true;
          i = r;
          continue;
        }
        if (s.kind == MARK_SOPEN)
          s.open = false; /* an unclosed ‘ is more likely a stray mark */
        else if ((st = emit(t, &s, i, i, true)) != EL_OK)
          return st;
      }
      i++;
      continue;
    }
    size_t ml;
    mark_kind m = mark_at(t, len, i, &ml);
    if (m == MARK_NONE) {
      i++;
      continue;
    }
    bool before_open = opens_after(t, i);
    bool after_space = space_after(t, len, i + ml);
    if (!s.open) {
      bool opens = false;
      if (m == MARK_OPEN || m == MARK_GOPEN)
        opens = !after_space || before_open;
      else if (m == MARK_STRAIGHT)
        /* 12" is inches, a lone " before a space is stray */
        opens = !after_space && !(i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9' && !before_open);
      else if (m == MARK_CLOSE)
        opens = before_open && !after_space; /* ”Foo” typography */
      else if (m == MARK_SOPEN)
        opens = before_open && !after_space; /* ‘single-quoted speech’ */
      if (opens) {
        s.open = true;
        s.kind = (m == MARK_CLOSE) ? MARK_OPEN : m;
        s.depth = 1;
        s.open_at = (uint32_t)i;
        s.text_at = (uint32_t)(i + ml);
      }
      i += ml;
      continue;
    }
    /* A quote is open. */
    if (s.kind == MARK_SOPEN) {
      /* ’ closes when no letter follows (else it is an apostrophe) */
      if (m == MARK_SCLOSE && !before_open && !letter_at(t, len, i + ml) &&
          (st = emit(t, &s, i, i + ml, false)) != EL_OK)
        return st;
    } else if (s.kind == MARK_STRAIGHT) {
      if (m == MARK_STRAIGHT && before_open && !after_space && after_sentence_end(t, i)) {
        /* "... it. "We ...: the closing mark was left out */
        if ((st = emit(t, &s, i, i, true)) != EL_OK) return st;
        s.open = true;
        s.kind = MARK_STRAIGHT;
        s.depth = 1;
        s.open_at = (uint32_t)i;
        s.text_at = (uint32_t)(i + ml);
      } else if (m == MARK_STRAIGHT || m == MARK_CLOSE) {
        if ((st = emit(t, &s, i, i + ml, false)) != EL_OK) return st;
      }
    } else if (s.kind == MARK_OPEN) {
      if (m == MARK_OPEN && before_open && !after_space && after_sentence_end(t, i)) {
        /* “... truth. “We believe ...: a closing mark was left out (or
         * the paragraph break was lost): end the quote, start a new one */
        if ((st = emit(t, &s, i, i, true)) != EL_OK) return st;
        s.open = true;
        s.kind = MARK_OPEN;
        s.depth = 1;
        s.open_at = (uint32_t)i;
        s.text_at = (uint32_t)(i + ml);
      } else if (m == MARK_OPEN && before_open && !after_space) {
        s.depth++;
      } else if (m == MARK_CLOSE || (m == MARK_OPEN && t[i + 2] == (char)0x9C && !before_open) ||
                 (m == MARK_STRAIGHT && !before_open)) {
        /* ” closes; so does “ used as a closer („...“) or a stray straight
         * closer in mixed typography. */
        if (--s.depth == 0 && (st = emit(t, &s, i, i + ml, false)) != EL_OK) return st;
      }
    } else if (s.kind == MARK_GOPEN) {
      if (m == MARK_GOPEN)
        s.depth++;
      else if (m == MARK_GCLOSE && --s.depth == 0 && (st = emit(t, &s, i, i + ml, false)) != EL_OK)
        return st;
    }
    i += ml;
  }
  if (s.open && s.kind != MARK_SOPEN && (st = emit(t, &s, len, len, true)) != EL_OK) return st;
  return EL_OK;
}
