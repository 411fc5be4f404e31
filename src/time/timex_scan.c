/*
 * timex_scan.c — finds time expressions in the token stream and builds
 * their TIMEX3 type and value.  One left-to-right pass: at each token the
 * matchers below are tried (longest wins) and the scan resumes after the
 * match.  Values are anchored on the DCT (news) or, in narrative documents
 * whose explicit years are far from the DCT, on the last explicit date.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/timex_internal.h"

typedef struct {
  const tx_toks *tk;
  const tx_tok *v; /* tk->v and tk->n, one load away for T() (the */
  size_t n;        /* matchers' byte stores could alias *tk) */
  int has_dct;
  el_datetime dct;
  int narrative;     /* anchor on the last explicit date, not the DCT */
  size_t at;         /* the candidate token being matched */
  int *story;        /* story_here(at), -1 until a matcher asks (in_story):
                      * most candidates never need it, and it may cost a
                      * tense look-up */
  int ry, rm, rd;    /* last explicit reference date (-1 = unknown) */
  int dy, dm, dd;    /* last day-precision date mentioned (-1 = none) */
  int ly, lm, ld;    /* last day or month resolved, explicit or not (ld -1 for a month) */
  int post;          /* short social-media post: tweet conventions */
  int history;       /* long history text: "former" is PAST_REF (TIMEX2) */
  int old_year;      /* some explicit year lies over 50 years before the DCT */
  int rbc;           /* the reference year ry is BC */
  int last_q;        /* quarter of the last "YYYY-Qn" expression, 0 if none */
  int last_qy;       /* its year */
  int my, mm;        /* news: last month resolved from the DCT, -1 if none */
  size_t mtok, rtok; /* where it and the reference date ry were set */
  int rframe;        /* ry frames what follows: not "since 1990", "the 1998
                      * bombing", "until 1974" (story_here) */
  size_t last_q_tok; /* token where it ended */
  int rep_q, rep_qy; /* the quarter a report is about: the latest finished
                      * one named by its ordinal ("third-quarter"), 0 if none */
  size_t multi_tok;  /* end of the last period of several quarters ("the nine
                      * months", P6M/P9M), 0 if none */
} sc_ctx;

/* financial reports compare quarters: "a year earlier" after "the third
 * quarter" is that quarter a year before */
static int quarter_context(const sc_ctx *c, size_t i) {
  return c->last_q && i >= c->last_q_tok && i - c->last_q_tok < 250 ? c->last_q : 0;
}

/* "For the nine months, ... up from $9 million a year earlier": a period
 * of several quarters told after the last quarter is what a year-ago
 * comparison is about; its year, not the quarter */
static int year_ago_quarter(const sc_ctx *c, size_t i, int q) {
  return c->multi_tok > c->last_q_tok && i >= c->multi_tok ? 0 : q;
}

/* the reported quarter, if one was named in the last 250 tokens */
static int reported_quarter(const sc_ctx *c, size_t i, int *y) {
  if (!c->rep_q || !quarter_context(c, i)) return 0;
  *y = c->rep_qy;
  return c->rep_q;
}

typedef struct {
  size_t a, b; /* tokens [a, b) */
  el_timex_type type;
  char value[32];
  int ry, rm, rd; /* explicit date this match establishes, -1 if none */
  int invalid;    /* impossible date: emit nothing for these tokens */
  int bc;         /* ry is a year BC */
} sc_match;

static size_t m_clock(const sc_ctx *c, size_t i, int *hh, int *mm);
static size_t m_holiday(const sc_ctx *c, size_t i, sc_match *o, int dir);
static int story_here(const sc_ctx *c, size_t i);

/* Is the candidate being matched inside a story (story_here)?  Asked on
 * first use only. */
static int in_story(const sc_ctx *c) {
  if (*c->story < 0) *c->story = story_here(c, c->at);
  return *c->story;
}
static size_t m_year(const sc_ctx *c, size_t i, sc_match *o);

/* ---- token helpers ---- */

static const tx_tok *T(const sc_ctx *c, size_t i) {
  return i < c->n ? &c->v[i] : NULL;
}
static int cls(const sc_ctx *c, size_t i) {
  const tx_tok *t = T(c, i);
  return t && t->kind == TK_WORD ? t->cls : L_NONE;
}
static int val(const sc_ctx *c, size_t i) {
  const tx_tok *t = T(c, i);
  return t ? t->val : 0;
}
/* token i is the word w, zero-padded like a token's word (tx_weq).
 * Forced inline: GCC kept it out of line in the bigger matchers, where the
 * call cost more than the compare (2% of the instructions). */
static inline __attribute__((always_inline)) int isw_pad(const sc_ctx *c, size_t i, const char *w) {
  const tx_tok *t = T(c, i);
  return t && t->kind == TK_WORD && tx_weq(t, w);
}
/* token i is the word lit (a literal): matchers try word after word on
 * the same token, each one compare of the word's two halves */
#define isw(c, i, lit) isw_pad((c), (i), TX_W(lit))
static int isp(const sc_ctx *c, size_t i, char ch) {
  const tx_tok *t = T(c, i);
  return t && t->kind == TK_PUNCT && t->w[0] == ch;
}
/* token i directly attached to the previous one (no space) */
static int glued(const sc_ctx *c, size_t i) {
  const tx_tok *t = T(c, i);
  return t && !t->sp;
}
static int is_int(const sc_ctx *c, size_t i, int lo, int hi) {
  const tx_tok *t = T(c, i);
  return t && t->kind == TK_NUM && t->ndig && t->num >= lo && t->num <= hi;
}
static int plain_int(const sc_ctx *c, size_t i, int lo, int hi) {
  return is_int(c, i, lo, hi) && T(c, i)->w[0] == 0;
}

/* a capitalized plain word (no time word) at i: part of a name */
static int cap_plain(const sc_ctx *c, size_t i) {
  const tx_tok *t = T(c, i);
  return t && t->kind == TK_WORD && t->cap && t->cls == L_NONE;
}

/* words that put a month or season word in a time reading: "in August",
 * "since June", "early spring", "between May and June" */
static int time_lead(const sc_ctx *c, size_t i) {
  static const char P[][TX_WSIZE] = {"in",      "of",   "since",  "until", "by",     "during",
                                     "early",   "late", "mid",    "last",  "next",   "this",
                                     "through", "till", "before", "after", "from",   "to",
                                     "and",     "or",   "the",    "each",  "every",  "between",
                                     "on",      "for",  "that",   "over",  "around", "throughout"};
  for (size_t k = 0; k < sizeof P / sizeof *P; k++)
    if (isw_pad(c, i, P[k])) return 1;
  return isp(c, i, '-');
}

/* A count: digits, a number word, "twenty four"/"twenty-four".  Returns
 * tokens consumed (0 if none), value in *v. */
static size_t count_at(const sc_ctx *c, size_t i, int *v) {
  if (plain_int(c, i, 0, 100000)) {
    *v = T(c, i)->num;
    return 1;
  }
  if (T(c, i) && T(c, i)->kind == TK_NUM && T(c, i)->grp) { /* "125,000" */
    *v = T(c, i)->num;
    return 1;
  }
  if (cls(c, i) == L_NUM) {
    int x = val(c, i);
    size_t n = 1;
    if (x >= 20 && x < 100 && x % 10 == 0) {
      size_t j = i + 1;
      if (isp(c, j, '-') && glued(c, j) && glued(c, j + 1)) j++;
      if (cls(c, j) == L_NUM && val(c, j) < 10) {
        x += val(c, j);
        n = j - i + 1;
      }
    }
    if (x == 100 || x == 1000) return 0; /* "hundred years" needs a count */
    if (cls(c, i + n) == L_NUM && (val(c, i + n) == 100 || val(c, i + n) == 1000)) {
      x *= val(c, i + n);
      n++;
    }
    *v = x;
    return n;
  }
  return 0;
}

static const char *unit_code(int u) {
  switch (u) {
    case TU_SEC:
      return "S";
    case TU_MIN:
      return "M";
    case TU_HOUR:
      return "H";
    case TU_DAY:
      return "D";
    case TU_WEEK:
      return "W";
    case TU_WEEKEND:
      return "WE";
    case TU_MONTH:
      return "M";
    case TU_QUARTER:
      return "Q";
    case TU_YEAR:
      return "Y";
    case TU_DECADE:
      return "DE";
    case TU_CENTURY:
      return "CE";
    case TU_MILLENNIUM:
      return "ML";
  }
  return "X";
}

static void dur_value(char out[32], int n, int unit) {
  int t = unit == TU_SEC || unit == TU_MIN || unit == TU_HOUR;
  if (unit == TU_WEEK && n < 0) {
    snprintf(out, 32, "PXW");
    return;
  }
  /* "P[T]<n|X><unit>" */
  char *o = out;
  const char *u = unit_code(unit);
  *o++ = 'P';
  if (t) *o++ = 'T';
  if (n < 0)
    *o++ = 'X';
  else {
    char d[12];
    int k = 0;
    do d[k++] = (char)('0' + n % 10);
    while ((n /= 10) > 0);
    while (k) *o++ = d[--k];
  }
  size_t ul = strlen(u);
  memcpy(o, u, ul + 1);
}

/* ---- anchored value builders ---- */

/* "%04d" / "-%02d" (v in 0..9999 / 0..99) with tx_put2; other ranges go
 * through snprintf. */
static char *put4(char *o, int v) {
  tx_put2(o, (unsigned)v / 100);
  tx_put2(o + 2, (unsigned)v % 100);
  return o + 4;
}
static char *put_dash2(char *o, int v) {
  o[0] = '-';
  tx_put2(o + 1, (unsigned)v);
  return o + 3;
}

/* YYYY-MM-DD, XXXX-MM-DD (y < 0), YYYY-MM (d < 0) or XXXX-MM */
static void v_ymd(char out[32], int y, int m, int d) {
  if (y > 9999 || m < 0 || m > 99 || d > 99) {
    if (d < 0)
      snprintf(out, 32, y < 0 ? "XXXX-%02d" : "%04d-%02d", y < 0 ? m : y, m);
    else if (y < 0)
      snprintf(out, 32, "XXXX-%02d-%02d", m, d);
    else
      snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
    return;
  }
  char *o = y < 0 ? memcpy(out, "XXXX", 4), out + 4 : put4(out, y);
  o = put_dash2(o, m);
  if (d >= 0) o = put_dash2(o, d);
  *o = 0;
}

static void v_day(char out[32], int y, int m, int d) {
  v_ymd(out, y, m, d < 0 ? 0 : d);
}

/* "%04d" of a year */
static void v_year(char out[32], int y) {
  if (y <= 0) { /* "125,000 years ago": year 0 is 1 BC (TIMEX3 "BC0001") */
    snprintf(out, 32, "BC%04d", 1 - y);
    return;
  }
  if (y > 9999) {
    snprintf(out, 32, "%04d", y);
    return;
  }
  put4(out, y)[0] = 0;
}

/* "%04d-Q%d" / "%04d-H%d" / "%04d-W%02d": a year and one of its parts
 * (quarter, half, ISO week); by hand in the common range */
static void v_year_part(char out[32], int y, char part, int n) {
  if (y < 0 || y > 9999 || n < 0 || n > (part == 'W' ? 99 : 9)) {
    snprintf(out, 32, part == 'W' ? "%04d-%c%02d" : "%04d-%c%d", y, part, n);
    return;
  }
  char *o = put4(out, y);
  *o++ = '-';
  *o++ = part;
  if (part == 'W') {
    tx_put2(o, (unsigned)n);
    o += 2;
  } else
    *o++ = (char)('0' + n);
  *o = 0;
}

/* "%04d-%02d" (v_ymd writes XXXX for a negative year, this does not) */
static void v_year_month(char out[32], int y, int m) {
  if (y < 0)
    snprintf(out, 32, "%04d-%02d", y, m);
  else
    v_ymd(out, y, m, -1);
}

/* "%04d-%s", "BC%04d": a year and a code after or before it */
static void v_year_code(char out[32], int y, const char *code) {
  if (y < 0 || y > 9999 || strlen(code) > 8) {
    snprintf(out, 32, "%04d-%s", y, code);
    return;
  }
  char *o = put4(out, y);
  *o++ = '-';
  strcpy(o, code);
}
static void v_bc_year(char out[32], int y) {
  if (y < 0 || y > 9999) {
    snprintf(out, 32, "BC%04d", y);
    return;
  }
  out[0] = 'B', out[1] = 'C';
  put4(out + 2, y)[0] = 0;
}

/* "%.10sT%02d:%02d": a day (up to 10 bytes of it) and a clock time */
static void v_clock(char out[32], const char *day, int h, int mi) {
  if (h < 0 || h > 99 || mi < 0 || mi > 99) {
    snprintf(out, 32, "%.10sT%02d:%02d", day, h, mi);
    return;
  }
  size_t n = strnlen(day, 10);
  memmove(out, day, n);
  out[n] = 'T';
  tx_put2(out + n + 1, (unsigned)h);
  out[n + 3] = ':';
  tx_put2(out + n + 4, (unsigned)mi);
  out[n + 6] = 0;
}

/* anchor for relative expressions: ref date in narratives, else DCT */
static int anchor(const sc_ctx *c, int anaphoric, int *y, int *m, int *d) {
  if (c->ry > 0 && (anaphoric || in_story(c))) {
    *y = c->ry;
    *m = c->rm > 0 ? c->rm : 1;
    *d = c->rd > 0 ? c->rd : 1;
    return 1;
  }
  if (!c->has_dct) return 0;
  *y = c->dct.year;
  *m = c->dct.month;
  *d = c->dct.day;
  return 1;
}

/* anchor for an anaphoric offset in units of unit: the last month resolved
 * in news when it came after the reference date and the unit is a month or
 * longer ("collapsed in February. A month later"), else as anchor() */
static int anchor_unit(const sc_ctx *c, int anaphoric, int unit, int *y, int *m, int *d) {
  if (anaphoric && unit >= TU_MONTH && c->my > 0 && (c->ry <= 0 || c->mtok > c->rtok)) {
    *y = c->my;
    *m = c->mm;
    *d = 1;
    return 1;
  }
  return anchor(c, anaphoric, y, m, d);
}

/* "the following day", "four days later" told from a reference that has
 * no day ("in 1915", "in October 1915"): a day of that year or month,
 * which one unknown ("1915-XX-XX", "1915-10-XX"; "1915-WXX" for weeks),
 * not a day counted from January 1.  Writes it and returns 1 then. */
static int vague_day_shift(const sc_ctx *c, int anaphoric, int unit, char out[32]) {
  /* news: a month named after the last day ("In January, the EU imposed
   * sanctions. Two days later, ...") is the reference */
  if (anaphoric && unit == TU_DAY && c->my > 0 && (c->ry <= 0 || c->mtok > c->rtok)) {
    snprintf(out, 32, "%04d-%02d-XX", c->my % 10000, c->mm % 100);
    return 1;
  }
  if (!(c->ry > 0 && c->rd <= 0 && (anaphoric || in_story(c)))) return 0;
  if (unit == TU_DAY) {
    if (c->rm > 0)
      snprintf(out, 32, "%04d-%02d-XX", c->ry % 10000, c->rm % 100);
    else
      snprintf(out, 32, "%04d-XX-XX", c->ry % 10000);
    return 1;
  }
  if (unit == TU_WEEK) {
    snprintf(out, 32, "%04d-WXX", c->ry % 10000);
    return 1;
  }
  return 0;
}

static void v_shift(char out[32], int y, int m, int d, int n, int unit) {
  int64_t z = tx_days_from_civil(y, m, d);
  switch (unit) {
    case TU_DAY:
      tx_civil_from_days(z + n, &y, &m, &d);
      v_day(out, y, m, d);
      break;
    case TU_WEEK:
    case TU_WEEKEND: {
      int wy, wn;
      tx_civil_from_days(z + 7 * n, &y, &m, &d);
      tx_iso_week(y, m, d, &wy, &wn);
      v_year_part(out, wy, 'W', wn);
      if (unit == TU_WEEKEND) memcpy(out + strlen(out), "-WE", 4);
      break;
    }
    case TU_MONTH:
      tx_add_months(&y, &m, n);
      v_year_month(out, y, m);
      break;
    case TU_QUARTER: {
      int q = (m - 1) / 3 + n, yy = y;
      while (q < 0) {
        q += 4;
        yy--;
      }
      yy += q / 4;
      v_year_part(out, yy, 'Q', q % 4 + 1);
      break;
    }
    case TU_YEAR:
      v_year(out, y + n);
      break;
    case TU_DECADE:
      snprintf(out, 32, "%03d", (y / 10 + n));
      break;
    case TU_CENTURY:
      snprintf(out, 32, "%02d", (y / 100 + n));
      break;
    case TU_HOUR:
    case TU_MIN:
    case TU_SEC:
      v_day(out, y, m, d);
      break;
    default:
      v_year(out, y);
      break;
  }
}

/* weekday w relative to the anchor: dir -1 past, +1 future, 0 by tense;
 * strict: never the anchor day itself ("last Monday"). */
/* "could reach the coast by Tuesday", "would hit by Thursday night": a
 * deadline ("by" + the day) for what a modal says may come; "had said it
 * would finish by Tuesday" looks back */
static int modal_deadline(const sc_ctx *c, size_t at) {
  /* "until Wednesday or Thursday": the second day goes with the first */
  if (at >= 2 && (isw(c, at - 1, "or") || isw(c, at - 1, "and")) && cls(c, at - 2) == L_WDAY)
    at -= 2;
  /* "could last until noon Friday": the clock time before the day */
  while (at >= 2 && (T(c, at - 1)->kind == TK_NUM || isp(c, at - 1, ':') || isp(c, at - 1, '.') ||
                     cls(c, at - 1) == L_AMPM || cls(c, at - 1) == L_TZ || isw(c, at - 1, "noon") ||
                     isw(c, at - 1, "midnight")))
    at--;
  /* "should crest at noon Thursday", "may vote on Friday": a modal of what
   * is expected right before the verb whose time this is */
  if (at < 2) return 0;
  size_t v = at >= 3 && (isw(c, at - 1, "at") || isw(c, at - 1, "on")) ? at - 2 : at - 1;
  if (T(c, v)->kind == TK_WORD && !T(c, v)->cap && cls(c, v) == L_NONE &&
      (isw(c, v - 1, "should") || isw(c, v - 1, "may") || isw(c, v - 1, "might")))
    return 1;
  /* "should hit the coast on Friday": the modal a few words back in the
   * clause, before the verb whose object comes between */
  for (size_t d = 2; d <= 7 && d < at; d++) {
    size_t k = at - d;
    if (T(c, k)->kind == TK_PUNCT || T(c, k + 1)->nl) break;
    if ((isw(c, k, "should") || isw(c, k, "may") || isw(c, k, "might")) &&
        T(c, k + 1)->kind == TK_WORD && !T(c, k + 1)->cap &&
        (cls(c, k + 1) == L_NONE || cls(c, k + 1) == L_TENSE) && !isw(c, k + 1, "have"))
      return 1;
    /* another clause or verb in between ("should know what happened on") */
    const tx_tok *w = T(c, k);
    int mod_verb =
        k > 0 && (isw(c, k - 1, "should") || isw(c, k - 1, "may") || isw(c, k - 1, "might"));
    if (!mod_verb && (cls(c, k) == L_TENSE || isw(c, k, "that") || isw(c, k, "what") ||
                      isw(c, k, "when") || isw(c, k, "which") || isw(c, k, "who") ||
                      (w->kind == TK_WORD && w->wlen >= 4 && w->w[w->wlen - 2] == 'e' &&
                       w->w[w->wlen - 1] == 'd')))
      break;
  }
  int by = at >= 2 && isw(c, at - 1, "by"), until = at >= 2 && isw(c, at - 1, "until");
  if (!by && !until) return 0;
  for (size_t d = 2; d <= 9 && d <= at; d++) {
    const tx_tok *t = T(c, at - d);
    if (t->kind == TK_PUNCT || T(c, at - d + 1)->nl || isw(c, at - d, "had")) return 0;
    /* "until": only modals that cannot be past ("may not be known until
     * Wednesday"; "could not be reached until Tuesday" may be past) */
    int modal = isw(c, at - d, "may") || isw(c, at - d, "might") || isw(c, at - d, "will");
    /* "talks that could last until Friday" (not "could not leave until") */
    if (until && !modal && (isw(c, at - d, "could") || isw(c, at - d, "should")))
      modal = !(isw(c, at - d + 1, "not") || isw(c, at - d + 1, "never"));
    if (by)
      modal =
          modal || isw(c, at - d, "would") || isw(c, at - d, "could") || isw(c, at - d, "should");
    if (modal) return !(d < at && (isw(c, at - d - 1, "had") || isw(c, at - d + 1, "have")));
  }
  return 0;
}

/* "until Saturday", "until 8 p.m. Saturday": the day bounds a state that
 * lasts; with no tense cue (nor could/would/did/had before "until") it
 * lies ahead */
static int until_before(const sc_ctx *c, size_t at) {
  for (size_t d = 1; d <= 7 && d <= at; d++) {
    size_t k = at - d;
    if (isw(c, k, "until") || isw(c, k, "till")) {
      /* "could not reach the village until Tuesday": a past bound */
      for (size_t b = 1; b <= 8 && b <= k; b++) {
        if (T(c, k - b)->kind == TK_PUNCT) break;
        if (isw(c, k - b, "could") || isw(c, k - b, "would") || isw(c, k - b, "did") ||
            isw(c, k - b, "had"))
          return 0;
      }
      return 1;
    }
    const tx_tok *t = T(c, k);
    if (!(t->kind == TK_NUM || isp(c, k, ':') || isp(c, k, '.') || cls(c, k) == L_AMPM ||
          cls(c, k) == L_TZ || isw(c, k, "at")))
      return 0;
  }
  return 0;
}

static void v_weekday(const sc_ctx *c, char out[32], int w, int dir, int strict, size_t at) {
  int y, m, d;
  /* weekdays are about the days around the DCT, even in texts that
   * recount history; without a DCT, the last full date mentioned */
  if (c->has_dct)
    y = c->dct.year, m = c->dct.month, d = c->dct.day;
  else if (c->narrative && c->dy > 0)
    y = c->dy, m = c->dm, d = c->dd;
  else {
    snprintf(out, 32, "XXXX-WXX-%d", w);
    return;
  }
  if (dir == 0 && c->post) dir = tx_tense(c->tk, at) < 0 ? -1 : 1; /* posts announce */
  if (dir == 0 && modal_deadline(c, at)) dir = 1;
  if (dir == 0) {
    int tense = tx_tense(c->tk, at);
    dir = tense > 0 || (tense == 0 && until_before(c, at)) ? 1 : -1;
  }
  int wd = tx_weekday(y, m, d);
  int64_t z = tx_days_from_civil(y, m, d);
  int diff;
  if (dir < 0) {
    diff = (wd - w + 7) % 7;
    if (strict && diff == 0) diff = 7;
    z -= diff;
  } else {
    diff = (w - wd + 7) % 7;
    if (strict && diff == 0) diff = 7;
    z += diff;
  }
  tx_civil_from_days(z, &y, &m, &d);
  v_day(out, y, m, d);
}

/* Year for month m (day d, 0 = whole month) given no explicit year: the
 * candidate nearest the anchor, where the direction the tense points to
 * costs a quarter of the other (a slightly later "Jan. 14" in a past-tense
 * sentence is more often a misread tense than a date a year back). */
/* A year against the tense costs this many times its distance: soft, since
 * the cue is often a reporting verb ("said the offer expires Nov. 5"); a
 * harder penalty loses value F1 on TBAQ (8: -0.006, 100: -0.023). */
#define TENSE_YEAR_PENALTY 4
/* "will" (or "shall") shortly before token at in its clause: a future the
 * text states itself, not one read off a reporting verb */
static int will_before(const sc_ctx *c, size_t at) {
  for (size_t d = 1; d <= 6 && d <= at; d++) {
    const tx_tok *t = T(c, at - d);
    if (t->kind == TK_PUNCT || T(c, at - d + 1)->nl) return 0;
    if (isw(c, at - d, "will") || isw(c, at - d, "shall")) return 1;
  }
  return 0;
}

static int year_for(const sc_ctx *c, int m, int d, int dir, size_t at) {
  int y, am, ad;
  if (!anchor(c, 0, &y, &am, &ad)) return -1;
  if (c->ry > 0 && in_story(c)) {
    /* histories move forward: "December 1941 ... in January" is 1942 */
    if (c->rm > 0 && c->rm - m >= 6) return c->ry + 1;
    return c->ry;
  }
  if (dir == 0) dir = tx_tense(c->tk, at);
  if (dir == 0 && c->post) dir = 1;
  /* a cue of the phrase itself ("will", the governing verb) is strict */
  int strong = (dir > 0 && will_before(c, at)) ||
               (dir != 0 && tx_governing_tense(c->tk, at) == dir) ||
               (dir < 0 && at > 0 && isw(c, at - 1, "since")); /* "since March" */
  int64_t now = tx_days_from_civil(y, am, ad), best_cost = INT64_MAX;
  int best = y;
  for (int cy = y - 1; cy <= y + 1; cy++) {
    int dd = d > 0 ? d : 15;
    if (dd > tx_days_in_month(cy, m)) dd = tx_days_in_month(cy, m);
    int64_t diff = tx_days_from_civil(cy, m, dd) - now;
    if (d <= 0 && cy == y && m == am) diff = 0;
    int64_t cost = diff < 0 ? -diff : diff;
    if ((dir < 0 && diff > 0) || (dir > 0 && diff < 0)) cost *= strong ? 100 : TENSE_YEAR_PENALTY;
    if (cost < best_cost) {
      best_cost = cost;
      best = cy;
    }
  }
  return best;
}

static const char *const SEASON_CODE[] = {"", "SP", "SU", "FA", "WI"};

static void v_season(const sc_ctx *c, char out[32], int s, int dir, int strict, size_t at) {
  int y, m, d;
  if (!anchor(c, 0, &y, &m, &d)) {
    snprintf(out, 32, "XXXX-%s", SEASON_CODE[s]);
    return;
  }
  /* current season index: count seasons since year 0, winter = Dec..Feb */
  int cy = y, cs;
  if (m <= 2) {
    cs = 4;
    cy = y - 1;
  } else
    cs = (m - 3) / 3 + 1;
  int cur = cy * 4 + (cs - 1), tgt;
  if (dir == 0 && at > 0 && isw(c, at - 1, "since")) dir = -1; /* "since the spring" */
  if (dir == 0 && c->post) dir = tx_tense(c->tk, at) < 0 ? -1 : 1;
  if (dir == 0) {
    int t = tx_tense(c->tk, at);
    dir = t > 0 ? 1 : t < 0 ? -1 : (strict ? -1 : 0);
  }
  if (dir < 0) {
    tgt = cur - ((cs - s + 4) % 4);
    if (strict && tgt == cur) tgt -= 4;
  } else if (dir > 0) {
    tgt = cur + ((s - cs + 4) % 4);
    if (strict && tgt == cur) tgt += 4;
  } else {
    /* no tense: the nearer one, as for months ("return to school in the
     * autumn" said in June is the coming autumn) */
    int back = (cs - s + 4) % 4, fwd = (s - cs + 4) % 4;
    tgt = fwd < back ? cur + fwd : cur - back;
  }
  /* posts name the winter they are in by the calendar year ("2014-WI" in
   * January 2014) */
  int ty = c->post && tgt == cur ? y : tgt / 4;
  v_year_code(out, ty, SEASON_CODE[tgt % 4 + 1]);
}

/* ---- matchers: each returns the end token (exclusive) or 0 ---- */

/* the '.' of an abbreviation ("Sept.", "Tues."), never a full stop after a
 * full word */
static size_t eat_dot(const sc_ctx *c, size_t j) {
  if (j == 0 || !isp(c, j, '.') || !glued(c, j)) return j;
  const tx_tok *p = T(c, j - 1);
  if (p->kind == TK_WORD && p->val2 == 1 && (p->cls == L_MONTH || p->cls == L_WDAY)) return j + 1;
  if (p->kind == TK_WORD && p->cls == L_BC && strchr(p->w, '.')) return j + 1;
  return j;
}

/* 4-digit year token acceptable as a year */
static int year_tok(const sc_ctx *c, size_t i) {
  return plain_int(c, i, 1000, 2199) && T(c, i)->ndig == 4;
}

static size_t m_iso(const sc_ctx *c, size_t i, sc_match *o) {
  if (!(is_int(c, i, 1000, 2999) && T(c, i)->ndig == 4)) return 0;
  char sep = 0;
  if (isp(c, i + 1, '-'))
    sep = '-';
  else if (isp(c, i + 1, '/'))
    sep = '/';
  if (!sep || !glued(c, i + 1) || !glued(c, i + 2) || !is_int(c, i + 2, 1, 12) ||
      T(c, i + 2)->ndig != 2)
    return 0;
  if (!isp(c, i + 3, sep) || !glued(c, i + 3) || !glued(c, i + 4) || !is_int(c, i + 4, 1, 31) ||
      T(c, i + 4)->ndig != 2)
    return 0;
  int y = T(c, i)->num, m = T(c, i + 2)->num, d = T(c, i + 4)->num;
  if (d > tx_days_in_month(y, m)) {
    o->invalid = 1;
    return i + 5;
  }
  size_t j = i + 5;
  o->type = EL_TIMEX_DATE;
  v_day(o->value, y, m, d);
  /* 2026-02-03T11:00 arrives as "T11" word? digits after T are a number: skip */
  o->ry = y, o->rm = m, o->rd = d;
  return j;
}

/* m/d/yyyy; in posts also m/d ("tix on sale 9/26"), in the year the
 * tense points to (not a fraction: "1/2 day", "3/4 of", "$3/4") */
static size_t m_slash(const sc_ctx *c, size_t i, sc_match *o) {
  if (!is_int(c, i, 1, 12) || !isp(c, i + 1, '/') || !glued(c, i + 1) || !is_int(c, i + 2, 1, 31) ||
      !glued(c, i + 2))
    return 0;
  if (c->post && c->has_dct && !(isp(c, i + 3, '/') && glued(c, i + 3)) &&
      !(i > 0 && (isp(c, i - 1, '$') || T(c, i - 1)->kind == TK_NUM)) && !isp(c, i + 3, '%') &&
      cls(c, i + 3) != L_UNIT && !isw(c, i + 3, "of") && T(c, i + 2)->ndig && T(c, i)->ndig &&
      !T(c, i + 2)->w[0]) {
    int m = T(c, i)->num, d = T(c, i + 2)->num;
    int y = year_for(c, m, d, 0, i);
    if (y < 0 || d > tx_days_in_month(y, m)) return 0;
    o->type = EL_TIMEX_DATE;
    v_day(o->value, y, m, d);
    return i + 3;
  }
  if (!isp(c, i + 3, '/') || !glued(c, i + 3) || !glued(c, i + 4)) return 0;
  if (!(is_int(c, i + 4, 1000, 2999) && T(c, i + 4)->ndig == 4)) return 0;
  int m = T(c, i)->num, d = T(c, i + 2)->num, y = T(c, i + 4)->num;
  if (d > tx_days_in_month(y, m)) {
    o->invalid = 1;
    return i + 5;
  }
  o->type = EL_TIMEX_DATE;
  v_day(o->value, y, m, d);
  o->ry = y, o->rm = m, o->rd = d;
  return i + 5;
}

/* month word acceptable here (guards for "may", "march", abbreviations) */
/* words before a bare month abbreviation in a post that make it the month
 * ("since jan"; not "to jan", "with jan", where it is more often a name) */
static int post_month_lead(const sc_ctx *c, size_t k) {
  static const char P[][TX_WSIZE] = {"in",     "since", "until",  "till",  "til",  "by",
                                     "before", "after", "during", "early", "late", "mid",
                                     "last",   "next",  "this",   "end",   "start"};
  for (size_t q = 0; q < sizeof P / sizeof *P; q++)
    if (isw_pad(c, k, P[q])) return 1;
  return 0;
}

static int month_ok(const sc_ctx *c, size_t i, int has_day_or_year) {
  const tx_tok *t = T(c, i);
  if (!t || t->kind != TK_WORD || t->cls != L_MONTH) return 0;
  /* a bare abbreviation in a post after a word that calls for a time
   * ("since jan", "in feb", "until aug"), unless a name follows */
  if (t->val2 && c->post && !has_day_or_year && i > 0 && !t->dot && post_month_lead(c, i - 1) &&
      !(T(c, i + 1) && T(c, i + 1)->kind == TK_WORD && T(c, i + 1)->cap))
    return 1;
  /* lowercase abbreviations only in posts, with a day or year ("sept 30") */
  if (t->val2 && !t->cap && !(c->post && has_day_or_year)) return 0;
  if ((tx_weq(t, TX_W("may")) || tx_weq(t, TX_W("march"))) && !t->cap) return 0;
  if (has_day_or_year) return 1;
  if (t->val2 && !t->dot) return 0;
  if (tx_weq(t, TX_W("may")) || tx_weq(t, TX_W("march"))) {
    /* bare "May": only after a preposition or modifier */
    static const char P[][TX_WSIZE] = {"in",      "of",   "since",  "until", "by",   "during",
                                       "early",   "late", "mid",    "last",  "next", "this",
                                       "through", "till", "before", "after", "to",   "from",
                                       "and",     "or",   "between"};
    /* "May was the wettest month": opening a sentence as the subject of a
     * verb (the modal comes before its subject: "May I", "May the") */
    static const char VERB[][TX_WSIZE] = {"was",    "is",      "has",     "had",     "will",
                                          "saw",    "brought", "marked",  "ended",   "began",
                                          "became", "proved",  "remains", "remained"};
    if (t->cap &&
        (i == 0 || t->nl || isp(c, i - 1, '.') || isp(c, i - 1, '!') || isp(c, i - 1, '?')))
      for (size_t k = 0; k < sizeof VERB / sizeof *VERB; k++)
        if (isw_pad(c, i + 1, VERB[k])) return 1;
    if (i == 0) return 0;
    const tx_tok *p = T(c, i - 1);
    if (p->kind == TK_PUNCT && p->w[0] == '-' && i >= 2) p = T(c, i - 2);
    for (size_t k = 0; k < sizeof P / sizeof *P; k++)
      if (p->kind == TK_WORD && tx_weq(p, P[k])) return 1;
    return 0;
  }
  return 1;
}

static int day_tok(const sc_ctx *c, size_t i) {
  const tx_tok *t = T(c, i);
  if (!t || t->kind != TK_NUM || !t->ndig || t->ndig > 2 || t->num < 1 || t->num > 31) return 0;
  return t->w[0] == 0 || tx_weq(t, TX_W("th")) || tx_weq(t, TX_W("st")) || tx_weq(t, TX_W("nd")) ||
         tx_weq(t, TX_W("rd"));
}

/* optional year after a month/day: ", 2022" or " 2022"; returns new j */
static size_t opt_year(const sc_ctx *c, size_t j, int *y) {
  size_t k = j;
  if (isp(c, k, ',')) k++;
  if (is_int(c, k, 1000, 2999) && T(c, k)->ndig == 4 && T(c, k)->w[0] == 0 &&
      !(isp(c, k + 1, '-') && is_int(c, k + 2, 0, 9999) && glued(c, k + 1)) &&
      !isp(c, k + 1, ':')) {
    *y = T(c, k)->num;
    return k + 1;
  }
  /* transcripts spell the year: "January nineteen ninety-seven" */
  if (cls(c, k) == L_NUM && (val(c, k) == 19 || val(c, k) == 20 || val(c, k) == 2)) {
    sc_match m;
    memset(&m, 0, sizeof m);
    size_t e = m_year(c, k, &m);
    if (e > k + 1 && !m.invalid && m.type == EL_TIMEX_DATE && strlen(m.value) == 4 &&
        isdigit((unsigned char)m.value[3])) {
      *y = atoi(m.value);
      return e;
    }
  }
  return j;
}

/* "480 BC" at k: the year in *y, returns the end (k if none) */
static size_t bc_year(const sc_ctx *c, size_t k, int *y) {
  if (plain_int(c, k, 1, 9999) && cls(c, k + 1) == L_BC && val(c, k + 1) == 1) {
    *y = T(c, k)->num;
    return eat_dot(c, k + 2);
  }
  return k;
}

static size_t m_month(const sc_ctx *c, size_t i, sc_match *o, int dir);

/* "31 May-1 June 1916", "May 30 to June 2, 2019": a day of month m with
 * no year, ending at token j, that opens a range takes its year from the
 * date that closes it when that date names its year (the year before if
 * the range crosses a new year).  -1 if none. */
static int year_of_range_end(const sc_ctx *c, size_t j, int m) {
  if (!(isp(c, j, '-') || isw(c, j, "to") || isw(c, j, "through") || isw(c, j, "until") ||
        isw(c, j, "and")))
    return -1;
  size_t k = j + 1;
  if (isw(c, k, "the")) k++;
  if (!day_tok(c, k) && !month_ok(c, k, 1)) return -1;
  sc_match o2;
  memset(&o2, 0, sizeof o2);
  if (!m_month(c, k, &o2, 0) || o2.invalid || o2.ry <= 0 || o2.rm <= 0 || o2.rd <= 0) return -1;
  return m <= o2.rm ? o2.ry : o2.ry - 1;
}

static size_t month_date(const sc_ctx *c, size_t i, sc_match *o, int m, int d, int y, size_t j,
                         int dir) {
  /* "August of that year": the reference year */
  /* "August of that year", "January 24 of the same year" */
  int same = isw(c, j, "of") && isw(c, j + 1, "the") && isw(c, j + 2, "same");
  if (y < 0 && isw(c, j, "of") && (isw(c, j + 1, "that") || same) && isw(c, j + 2 + same, "year")) {
    int ay, am, ad;
    if (anchor(c, 1, &ay, &am, &ad)) y = ay;
    j += 3 + same;
  }
  if (d > 0 && d > tx_days_in_month(y > 0 ? y : 2000, m)) {
    o->invalid = 1;
    return j;
  }
  o->type = EL_TIMEX_DATE;
  if (y < 0 && d > 0) y = year_of_range_end(c, j, m);
  if (y < 0)
    y = year_for(c, m, d, dir, i);
  else
    o->ry = y, o->rm = m, o->rd = d > 0 ? d : -1;
  if (d > 0) {
    v_day(o->value, y, m, d);
    if (y > 0 && d > tx_days_in_month(y, m)) {
      o->invalid = 1;
      return j;
    }
  } else
    v_ymd(o->value, y, m, -1);
  return j;
}

/* January 7[, 2022] | January 2022 | January | 7 January [2022] | 7th of January */
/* an ordinal word after a month may be its day: lowercase ("March
 * eighth"), or capitalized as a holiday's name is ("July Fourth") when no
 * capitalized word follows ("the March Second Division") */
static int cap_ord_ok(const sc_ctx *c, size_t k) {
  return !T(c, k)->cap || !(T(c, k + 1) && T(c, k + 1)->kind == TK_WORD && T(c, k + 1)->cap);
}

static size_t m_month(const sc_ctx *c, size_t i, sc_match *o, int dir) {
  int d = -1, y = -1, m;
  size_t j;
  if (day_tok(c, i)) {
    j = i + 1;
    /* "26-30 November", "5 and 6 May": the first day takes the month */
    if ((isp(c, j, '-') || isw(c, j, "and") || isw(c, j, "to")) && day_tok(c, j + 1) &&
        month_ok(c, j + 2, 1) && T(c, j + 1)->num > T(c, i)->num) {
      int yy = -1;
      opt_year(c, eat_dot(c, j + 3), &yy);
      month_date(c, i, o, val(c, j + 2), T(c, i)->num, yy, j, dir);
      return i + 1;
    }
    if (isw(c, j, "of")) j++;
    if (!month_ok(c, j, 1)) return 0;
    d = T(c, i)->num;
    m = val(c, j);
    j = eat_dot(c, j + 1);
    j = opt_year(c, j, &y);
    return month_date(c, i, o, m, d, y, j, dir);
  }
  if (cls(c, i) != L_MONTH) return 0; /* (month_ok's first test, before the look-ahead) */
  int has = day_tok(c, eat_dot(c, i + 1)) || year_tok(c, eat_dot(c, i + 1)) ||
            (isp(c, eat_dot(c, i + 1), ',') && year_tok(c, eat_dot(c, i + 1) + 1)) ||
            (cls(c, i + 1) == L_ORD && cap_ord_ok(c, i + 1) && !c->post && T(c, i)->cap &&
             cls(c, i + 2) != L_UNIT && !isp(c, i + 2, '-')); /* "March eighth" */
  if (!month_ok(c, i, has)) return 0;
  /* a bare April, May, June or August before a capitalized name, with no
   * word that calls for a time ("in", "since", "last"...) before it, is a
   * given name ("playwright August Wilson") */
  if (!has && !c->post && T(c, i)->cap && !T(c, i)->val2 && cap_plain(c, i + 1) &&
      (isw(c, i, "april") || isw(c, i, "may") || isw(c, i, "june") || isw(c, i, "august")) &&
      !(i > 0 && time_lead(c, i - 1)))
    return 0;
  m = val(c, i);
  j = eat_dot(c, i + 1);
  if (day_tok(c, j) &&
      !((isp(c, j + 1, ':') && glued(c, j + 1) && is_int(c, j + 2, 0, 59) && glued(c, j + 2)) ||
        (T(c, j + 1) && T(c, j + 1)->cls == L_UNIT))) {
    d = T(c, j)->num;
    j++;
    j = opt_year(c, j, &y);
    if (y < 0 && isw(c, j, "of") && year_tok(c, j + 1)) /* "June 20 of 1792" */
      j = opt_year(c, j + 1, &y);
  } else if (cls(c, j) == L_ORD && cap_ord_ok(c, j) && !c->post &&
             !(isp(c, j + 1, '-') && glued(c, j + 1)) && cls(c, j + 1) != L_UNIT &&
             !isw(c, j + 1, "half")) {
    /* transcripts spell the day: "March eighth", "May first, nineteen
     * ninety-eight" (not "March second-quarter") */
    d = val(c, j);
    j = opt_year(c, j + 1, &y);
  } else {
    /* "January 2022", "January of 2022", "April 480 BC" */
    size_t k = j;
    if (isw(c, k, "of")) k++;
    int by;
    size_t kb = bc_year(c, k, &by);
    if (kb != k) {
      o->type = EL_TIMEX_DATE;
      snprintf(o->value, 32, "BC%04d-%02d", by, m);
      o->ry = by, o->rm = m, o->rd = -1, o->bc = 1;
      return kb;
    }
    size_t k2 = opt_year(c, k, &y);
    if (k2 != k) j = k2;
  }
  /* "from January to June", "between March and May": a bare month opening a
   * range takes its year from the month that closes it (news) */
  if (y < 0 && d < 0 && !c->narrative && !c->post && c->has_dct &&
      (isw(c, j, "to") || isw(c, j, "through") || isw(c, j, "until") || isw(c, j, "and")) &&
      month_ok(c, j + 1, 0) && !day_tok(c, eat_dot(c, j + 2)) && !year_tok(c, eat_dot(c, j + 2))) {
    int m2 = val(c, j + 1), y2 = year_for(c, m2, -1, dir, j + 1);
    if (y2 > 0) y = m <= m2 ? y2 : y2 - 1;
  }
  /* "June last year", "Feb. 4 this year": the year named after it */
  if (y < 0 && c->has_dct && cls(c, j) == L_REL && T(c, j)->val2 == 0 && isw(c, j + 1, "year") &&
      !(isp(c, j + 2, '\'') && glued(c, j + 2))) {
    y = c->dct.year + val(c, j);
    j += 2;
  }
  return month_date(c, i, o, m, d, y, j, dir);
}

/* a weekday in the name of a paper or show: "the Sunday Times", "the Mail
 * on Sunday", "Saturday Night Live" */
static int weekday_in_title(const sc_ctx *c, size_t i) {
  static const char PAPER[][TX_WSIZE] = {"times",  "telegraph",   "mirror",   "express",
                                         "herald", "post",        "tribune",  "mail",
                                         "star",   "independent", "observer", "sport"};
  const tx_tok *t = T(c, i);
  if (!t->cap) return 0;
  if (cap_plain(c, i + 1))
    for (size_t k = 0; k < sizeof PAPER / sizeof *PAPER; k++)
      if (isw_pad(c, i + 1, PAPER[k])) return 1;
  if (i >= 2 && isw(c, i - 1, "on") && T(c, i - 2)->cap &&
      (isw(c, i - 2, "mail") || isw(c, i - 2, "independent")))
    return 1;
  return cls(c, i + 1) == L_POD && T(c, i + 1)->cap && cap_plain(c, i + 2);
}

/* weekday [POD] */
static size_t m_weekday(const sc_ctx *c, size_t i, sc_match *o, int dir, int strict) {
  const tx_tok *t = T(c, i);
  if (!t || t->kind != TK_WORD || t->cls != L_WDAY) return 0;
  if (!c->post && weekday_in_title(c, i)) return 0;
  int hh, mm;
  /* posts write "Sat", "tues", "this sun": abbreviations that are not
   * also verbs or nouns pass, the others need a capital or a cue word */
  int post_ok = c->post &&
                (t->cap ||
                 (i > 0 && (isw(c, i - 1, "this") || isw(c, i - 1, "next") ||
                            isw(c, i - 1, "last") || isw(c, i - 1, "every") ||
                            isw(c, i - 1, "on") || isw(c, i - 1, "till") || isw(c, i - 1, "by"))) ||
                 /* "mon night", "sat @ 8pm" */
                 (cls(c, i + 1) == L_POD && !T(c, i + 1)->val2) || isp(c, i + 1, '@') ||
                 !(tx_weq(t, TX_W("sat")) || tx_weq(t, TX_W("sun")) || tx_weq(t, TX_W("wed")) ||
                   tx_weq(t, TX_W("mon"))));
  /* in news, "Sun," / "Wed," are more often names than days: a capital
   * and a comma pass only for the abbreviations that are no words */
  int word_abbr = t->val2 && (tx_weq(t, TX_W("sat")) || tx_weq(t, TX_W("sun")) ||
                              tx_weq(t, TX_W("wed")) || tx_weq(t, TX_W("mon")));
  if (t->val2 && !post_ok && !(t->cap && (t->dot || (isp(c, i + 1, ',') && !word_abbr))) &&
      !m_clock(c, i + 1, &hh, &mm))
    return 0;
  size_t j = eat_dot(c, i + 1);
  /* "Friday the 13th": the nearest month where that day is this weekday */
  if (isw(c, j, "the") && day_tok(c, j + 1) && T(c, j + 1)->w[0] && c->has_dct) {
    int dd = T(c, j + 1)->num, best = -1;
    int64_t now = tx_days_from_civil(c->dct.year, c->dct.month, c->dct.day), bz = 0;
    for (int k = -1; k <= 1; k++) {
      int yy = c->dct.year, mo = c->dct.month;
      tx_add_months(&yy, &mo, k);
      if (dd > tx_days_in_month(yy, mo) || tx_weekday(yy, mo, dd) != t->val) continue;
      int64_t z = tx_days_from_civil(yy, mo, dd);
      if (best < 0 || llabs(z - now) < llabs(bz - now)) best = 1, bz = z;
    }
    if (best > 0) {
      int yy, mo, d2;
      tx_civil_from_days(bz, &yy, &mo, &d2);
      o->type = EL_TIMEX_DATE;
      v_day(o->value, yy, mo, d2);
      return j + 2;
    }
  }
  v_weekday(c, o->value, t->val, dir, strict, i);
  /* "from Monday to Wednesday", "Tuesday through Friday": a day closing a
   * range is the first such weekday after the day opening it */
  if (i >= 2 && cls(c, i - 2) == L_WDAY && c->ly > 0 && c->lm > 0 && c->ld > 0 &&
      (isw(c, i - 1, "to") || isw(c, i - 1, "through") || isw(c, i - 1, "until") ||
       isw(c, i - 1, "till") || (isp(c, i - 1, '-') && !T(c, i - 1)->sp)) &&
      tx_weekday(c->ly, c->lm, c->ld) == val(c, i - 2)) {
    int64_t z = tx_days_from_civil(c->ly, c->lm, c->ld);
    int gap = (t->val - val(c, i - 2) + 7) % 7;
    z += gap ? gap : 7;
    int yy, mo, dd;
    tx_civil_from_days(z, &yy, &mo, &dd);
    v_day(o->value, yy, mo, dd);
  }
  o->type = EL_TIMEX_DATE;
  /* ", January 7": the explicit date decides; so does "Friday Oct. 13"
   * with no comma (a month and its day) */
  int bare = !isp(c, j, ',') && month_ok(c, j, 1) && day_tok(c, eat_dot(c, j + 1));
  if (bare || (isp(c, j, ',') && (month_ok(c, j + 1, 1) || day_tok(c, j + 1)))) {
    sc_match m2 = *o;
    size_t e = m_month(c, bare ? j : j + 1, &m2, dir);
    if (e && !m2.invalid && strlen(m2.value) == 10) {
      *o = m2;
      return e;
    }
  }
  if (cls(c, j) == L_POD && T(c, j)->val2 == 1 && T(c, j)->val <= POD_NI && !c->post) {
    /* "Tuesday nights": every Tuesday night */
    static const char *const P[] = {"", "MO", "AF", "EV", "NI"};
    o->type = EL_TIMEX_SET;
    snprintf(o->value, 32, "XXXX-WXX-%dT%s", t->val, P[val(c, j)]);
    return j + 1;
  }
  if (cls(c, j) == L_POD && T(c, j)->val2 == 0 && T(c, j)->val <= POD_NI) {
    static const char *const P[] = {"", "MO", "AF", "EV", "NI"};
    size_t n = strlen(o->value);
    snprintf(o->value + n, 32 - n, "T%s", P[val(c, j)]);
    o->type = EL_TIMEX_TIME;
    j++;
  }
  return j;
}

static void add_pod(sc_match *o, int pod) {
  static const char *const P[] = {"", "MO", "AF", "EV", "NI"};
  if (pod < POD_MO || pod > POD_NI) return;
  size_t n = strlen(o->value);
  snprintf(o->value + n, 32 - n, "T%s", P[pod]);
  o->type = EL_TIMEX_TIME;
}

/* "USA Today", "VOA Today", "the Today show", NBC's "Today" programme: a
 * capitalized deictic word after "the" or a broadcaster's or paper's
 * initials, or before "show"/"program", names a paper or a programme */
static int deixis_in_title(const sc_ctx *c, size_t i) {
  if (!T(c, i)->cap) return 0;
  if (isw(c, i + 1, "show") || isw(c, i + 1, "program") || isw(c, i + 1, "programme")) return 1;
  if (i == 0 || T(c, i)->nl || T(c, i - 1)->kind != TK_WORD) return 0;
  return isw(c, i - 1, "the") || isw(c, i - 1, "usa") || isw(c, i - 1, "voa");
}

/* today / yesterday / tomorrow / tonight [POD] */
static size_t m_deixis(const sc_ctx *c, size_t i, sc_match *o) {
  if (cls(c, i) != L_DEIXIS || deixis_in_title(c, i)) return 0;
  int y, m, d;
  size_t j = i + 1;
  o->type = EL_TIMEX_DATE;
  if (!c->has_dct)
    snprintf(o->value, 32, "XXXX-XX-XX");
  else {
    y = c->dct.year, m = c->dct.month, d = c->dct.day;
    v_shift(o->value, y, m, d, val(c, i), TU_DAY);
  }
  if (T(c, i)->val2)
    add_pod(o, POD_NI);
  else if (cls(c, j) == L_POD && T(c, j)->val2 == 0) {
    add_pod(o, val(c, j));
    j++;
  }
  return j;
}

static size_t m_ref(const sc_ctx *c, size_t i, sc_match *o) {
  const tx_tok *t = T(c, i);
  if (!t || t->kind != TK_WORD) return 0;
  size_t j = i;
  int det = 0;
  if (isw(c, j, "the")) {
    det = 1;
    j++;
    if (isw(c, j, "near") || isw(c, j, "distant") || isw(c, j, "recent")) j++;
  }
  if (isw(c, j, "right") && isw(c, j + 1, "now")) j++;
  const tx_tok *w = T(c, j);
  if (!w || w->kind != TK_WORD) return 0;
  o->type = EL_TIMEX_DATE;
  if (!det) {
    if (w->cls == L_REF && w->val2 != 1 && w->val2 != 2 && !tx_weq(w, TX_W("soon"))) {
      snprintf(o->value, 32, "%s",
               w->val == REF_PAST      ? "PAST_REF"
               : w->val == REF_PRESENT ? "PRESENT_REF"
                                       : "FUTURE_REF");
      return j + 1;
    }
    if (tx_weq(w, TX_W("now"))) {
      snprintf(o->value, 32, "PRESENT_REF");
      return j + 1;
    }
    if (tx_weq(w, TX_W("lately"))) {
      snprintf(o->value, 32, "PAST_REF");
      return j + 1;
    }
    if ((tx_weq(w, TX_W("recent")) || tx_weq(w, TX_W("coming"))) && cls(c, j + 1) == L_UNIT &&
        T(c, j + 1)->val2 == 1) {
      /* "in recent years": the recent past, PAST_REF (TBAQ 3 to 2 against
       * PXY; shorter units are stretches, "recent weeks" PXW) */
      if (!c->history && tx_weq(w, TX_W("recent")) && val(c, j + 1) == TU_YEAR) {
        snprintf(o->value, 32, "PAST_REF");
        return j + 2;
      }
      o->type = EL_TIMEX_DURATION;
      dur_value(o->value, -1, val(c, j + 1));
      return j + 2;
    }
    return 0;
  }
  /* "the coming days", "the following months", "the past weeks": an
   * unspecified stretch ahead or behind, as "recent weeks" is */
  if ((tx_weq(w, TX_W("coming")) || (w->cls == L_REL && w->val != 0 && w->val2 != 2)) &&
      cls(c, j + 1) == L_UNIT && T(c, j + 1)->val2 == 1 && val(c, j + 1) != TU_WEEKEND) {
    o->type = EL_TIMEX_DURATION;
    dur_value(o->value, -1, val(c, j + 1));
    return j + 2;
  }
  /* the past / the future / the present, not followed by a unit or count */
  if (tx_weq(w, TX_W("past")) || tx_weq(w, TX_W("future")) || tx_weq(w, TX_W("present"))) {
    int k;
    if (cls(c, j + 1) == L_UNIT || cls(c, j + 1) == L_FEW || count_at(c, j + 1, &k) ||
        cls(c, j + 1) == L_WDAY || cls(c, j + 1) == L_MONTH || cls(c, j + 1) == L_SEASON)
      return 0;
    const tx_tok *nx = T(c, j + 1);
    if (nx && nx->kind == TK_WORD && tx_weq(w, TX_W("present")) && nx->cls == L_NONE &&
        !tx_weq(nx, TX_W("and")) && !tx_weq(nx, TX_W("or")))
      return 0; /* "the present system" */
    snprintf(o->value, 32, "%s",
             w->w[0] == 'p' && w->w[1] == 'a' ? "PAST_REF"
             : w->w[0] == 'f'                 ? "FUTURE_REF"
                                              : "PRESENT_REF");
    return j + 1;
  }
  return 0;
}

/* time of day: 11:00 [a.m.] [EST] | 5 p.m. | 5pm | noon | midnight | 10 o'clock */
static size_t m_clock(const sc_ctx *c, size_t i, int *hh, int *mm) {
  const tx_tok *t = T(c, i);
  if (!t) return 0;
  size_t j;
  int h = -1, mi = 0, ampm = -1;
  if (t->kind == TK_WORD && t->cls == L_POD && (t->val == POD_NOON || t->val == POD_MIDNIGHT)) {
    *hh = t->val == POD_NOON ? 12 : 24;
    *mm = 0;
    return i + 1;
  }
  /* "430pm", "1130pm": hours and minutes run together before am/pm */
  if (t->kind == TK_NUM && (t->ndig == 3 || t->ndig == 4) &&
      (tx_weq(t, TX_W("am")) || tx_weq(t, TX_W("pm"))) && t->num % 100 < 60 && t->num / 100 >= 1 &&
      t->num / 100 <= 12) {
    int hh12 = t->num / 100;
    *hh = hh12 % 12 + (t->w[0] == 'p' ? 12 : 0);
    *mm = t->num % 100;
    return i + 1;
  }
  /* "9.30 p.m.": hours and minutes joined by a dot, read as a time only
   * before a separate am/pm word (otherwise a decimal; the glued "9.30pm"
   * is left out: on the TempEval tweets, whose gold for it is off, it
   * scored lower) */
  if (t->kind == TK_NUM && !t->ndig && t->dmin && t->dmin - 1 < 60 && t->num >= 1 && t->num <= 12 &&
      !t->w[0] && cls(c, i + 1) == L_AMPM) {
    int ap = val(c, i + 1);
    j = i + 2;
    const tx_tok *u = T(c, i + 1);
    if (memchr(u->w, '.', strnlen(u->w, sizeof u->w)) && isp(c, j, '.') && glued(c, j))
      j++; /* the final dot of "p.m." */
    if (cls(c, j) == L_TZ) j++;
    *hh = t->num % 12 + ap;
    *mm = t->dmin - 1;
    return j;
  }
  if (t->kind != TK_NUM || !t->ndig || t->ndig > 2) return 0;
  h = t->num;
  if (h == 12 && !t->w[0] && cls(c, i + 1) == L_POD &&
      (val(c, i + 1) == POD_NOON || val(c, i + 1) == POD_MIDNIGHT)) {
    *hh = val(c, i + 1) == POD_NOON ? 12 : 24; /* "12 noon" */
    *mm = 0;
    return i + 2;
  }
  if (t->w[0]) {
    if (tx_weq(t, TX_W("am")))
      ampm = 0;
    else if (tx_weq(t, TX_W("pm")))
      ampm = 12;
    else
      return 0;
    j = i + 1;
  } else if (isp(c, i + 1, ':') && glued(c, i + 1) && glued(c, i + 2) && is_int(c, i + 2, 0, 59) &&
             T(c, i + 2)->ndig == 2) {
    mi = T(c, i + 2)->num;
    const tx_tok *u = T(c, i + 2);
    j = i + 3;
    if (u->w[0]) {
      if (tx_weq(u, TX_W("am")))
        ampm = 0;
      else if (tx_weq(u, TX_W("pm")))
        ampm = 12;
      else if (!tx_weq(u, TX_W("hrs")) && !tx_weq(u, TX_W("h"))) /* "05:30hrs" */
        return 0;
    }
  } else {
    j = i + 1;
    if (isw(c, j, "o'clock")) {
      *hh = h;
      *mm = 0;
      return h >= 1 && h <= 12 ? j + 1 : 0;
    }
    /* "4 in the morning", "at 9 in the evening" */
    if (isw(c, j, "in") && isw(c, j + 1, "the") && cls(c, j + 2) == L_POD && !T(c, j + 2)->val2 &&
        val(c, j + 2) >= POD_MO && val(c, j + 2) <= POD_NI && h >= 1 && h <= 12) {
      int pod = val(c, j + 2);
      *hh = h % 12 + (pod == POD_AF || pod == POD_EV || (pod == POD_NI && h >= 6) ? 12 : 0);
      *mm = 0;
      return j + 3;
    }
    if (cls(c, j) != L_AMPM) return 0;
  }
  if (ampm < 0 && cls(c, j) == L_AMPM) {
    ampm = val(c, j);
    j++;
    const tx_tok *ap = T(c, j - 1);
    if (ap && memchr(ap->w, '.', strnlen(ap->w, sizeof ap->w)) && isp(c, j, '.') && glued(c, j))
      j++; /* the final dot of "a.m." */
  }
  if (ampm >= 0) {
    if (h < 1 || h > 12) return 0;
    h = h % 12 + ampm;
  } else if (h > 23)
    return 0;
  if (ampm < 0 && !(isp(c, i + 1, ':'))) return 0;
  if (cls(c, j) == L_TZ) j++;
  *hh = h;
  *mm = mi;
  return j;
}

static size_t m_time(const sc_ctx *c, size_t i, sc_match *o) {
  int h, mi;
  size_t j = m_clock(c, i, &h, &mi);
  if (!j) return 0;
  o->type = EL_TIMEX_TIME;
  char day[32];
  int y, m, d;
  if (c->narrative && c->dy > 0)
    v_day(day, c->dy, c->dm, c->dd);
  else if (c->has_dct) {
    y = c->dct.year, m = c->dct.month, d = c->dct.day;
    v_day(day, y, m, d);
  } else
    snprintf(day, 32, "XXXX-XX-XX");
  /* "spoke on Saturday afternoon and agreed that the truce would take
   * effect at 5 p.m.": a day named earlier in the sentence */
  if (!c->narrative && c->ry > 0 && c->rm > 0 && c->rd > 0 && c->rtok <= i && i - c->rtok < 30) {
    size_t k = c->rtok;
    while (k < i && !isp(c, k, '.') && !isp(c, k, '!') && !isp(c, k, '?') && !isp(c, k, ';')) k++;
    if (k == i) v_day(day, c->ry, c->rm, c->rd);
  }
  /* "on Tuesday at 3 a.m.", "sat @ 8pm", "9/26 at 10am": the day named
   * just before */
  if (i >= 3 && (isw(c, i - 1, "at") || isp(c, i - 1, '@'))) {
    for (size_t b = i - 2; b + 4 >= i && b > 0; b--) {
      sc_match d0;
      memset(&d0, 0, sizeof d0);
      size_t e0 = 0;
      if (cls(c, b) == L_WDAY)
        e0 = m_weekday(c, b, &d0, 0, 0);
      else if (cls(c, b) == L_MONTH || day_tok(c, b))
        e0 = m_month(c, b, &d0, 0);
      if (!e0 && isp(c, b + 1, '/')) e0 = m_slash(c, b, &d0);
      if (e0 == i - 1 && !d0.invalid && strlen(d0.value) == 10 &&
          isdigit((unsigned char)d0.value[9])) {
        memcpy(day, d0.value, 11);
        break;
      }
    }
  }
  /* "11:00 AM today", "5 p.m. Monday", "10 a.m. on Friday", "3 a.m. local
   * time (0000 GMT) on Tuesday" */
  size_t k = j;
  /* after "local time" or a bracket the day gives the date, but is tagged
   * on its own, as annotated ("10:35 a.m. (0735 GMT) Friday") */
  int apart = 0;
  if ((isw(c, k, "local") || isw(c, k, "eastern") || isw(c, k, "central") ||
       isw(c, k, "mountain") || isw(c, k, "pacific")) &&
      isw(c, k + 1, "time"))
    k += 2, apart = 1; /* "5 p.m. Eastern time on Nov. 21" */
  if (isp(c, k, '(')) {
    size_t q = k + 1;
    while (q < k + 6 && T(c, q) && !isp(c, q, ')')) q++;
    if (isp(c, q, ')')) k = q + 1, apart = 1;
  }
  /* "at 9:30 a.m. on July 16": two expressions, the clock time on that day
   * (as annotated: "11 a.m. on 11 November 1918") */
  if (isw(c, k, "on")) k++, apart = 1;
  sc_match d2;
  memset(&d2, 0, sizeof d2);
  size_t e = 0;
  if (cls(c, k) == L_DEIXIS)
    e = m_deixis(c, k, &d2);
  else if (cls(c, k) == L_WDAY)
    e = m_weekday(c, k, &d2, 0, 0);
  else if (cls(c, k) == L_MONTH || (isp(c, k, ',') && cls(c, k + 1) == L_MONTH)) {
    /* "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6" */
    size_t k2 = isp(c, k, ',') ? k + 1 : k;
    if (month_ok(c, k2, 1)) {
      e = m_month(c, k2, &d2, 0);
      if (e && (d2.invalid || strlen(d2.value) != 10)) e = 0;
    }
  }
  if (e && strlen(d2.value) >= 10) {
    memcpy(day, d2.value, 10);
    day[10] = 0;
    if (!apart) j = e;
    /* "7:30 tonight", "at 8 tonight": an evening hour */
    if (cls(c, k) == L_DEIXIS && T(c, k)->val2 == 1 && h >= 1 && h < 12) {
      int ampm = 0;
      for (size_t q = i; q < k && !ampm; q++) ampm = cls(c, q) == L_AMPM;
      if (!ampm) h += 12;
    }
  }
  day[10] = 0;
  if (h == 24)
    snprintf(o->value, 32, "%.10sT24:00", day);
  else
    v_clock(o->value, day, h % 100, mi % 100);
  return j;
}

/* [more than|nearly|...] count unit(s) [ago|earlier|later] ; 20-minute */
static size_t m_duration(const sc_ctx *c, size_t i, sc_match *o, int anaphoric_ok) {
  int n = -2;
  size_t j = i;
  /* "7hrs", "50mins", "2weeks": the unit glued to the number */
  if (T(c, j) && T(c, j)->kind == TK_NUM && T(c, j)->cls == L_UNIT && T(c, j)->ndig &&
      T(c, j)->ndig <= 4 && val(c, j) <= TU_YEAR && val(c, j) != TU_WEEKEND) {
    o->type = EL_TIMEX_DURATION;
    dur_value(o->value, T(c, j)->num, val(c, j));
    return j + 1;
  }
  if (isw(c, j, "a") && cls(c, j + 1) == L_FEW && val(c, j + 1) == 0) j++; /* a few */
  if (isw(c, j, "a") && isw(c, j + 1, "couple") && isw(c, j + 2, "of")) {
    n = 2;
    j += 3;
  } else if (cls(c, j) == L_FEW && val(c, j) != 2) {
    n = -1;
    j++;
  } else if (isw(c, j, "half") && (isw(c, j + 1, "an") || isw(c, j + 1, "a")) &&
             cls(c, j + 2) == L_UNIT && !T(c, j + 2)->val2) {
    /* "half an hour", "half a year", "half a century": half the unit in
     * the next smaller one (a week or month has none that divides it) */
    static const char *const HALF[] = {[TU_HOUR] = "PT30M",
                                       [TU_DAY] = "PT12H",
                                       [TU_YEAR] = "P6M",
                                       [TU_DECADE] = "P5Y",
                                       [TU_CENTURY] = "P50Y"};
    int u = val(c, j + 2);
    if (u > 0 && u <= TU_CENTURY && HALF[u]) {
      o->type = EL_TIMEX_DURATION;
      snprintf(o->value, 32, "%s", HALF[u]);
      return j + 3;
    }
    return 0;
  } else if (isw(c, j, "a") || isw(c, j, "an")) {
    n = 1;
    j++;
  } else {
    size_t k = count_at(c, j, &n);
    if (!k) return 0;
    j += k;
  }
  /* "2 1/2 years" */
  int half = 0;
  if (T(c, j - 1)->kind == TK_NUM && plain_int(c, j, 1, 1) && isp(c, j + 1, '/') &&
      glued(c, j + 1) && plain_int(c, j + 2, 2, 2) && glued(c, j + 2)) {
    half = 1;
    j += 3;
  }
  /* "two and a half hours": the half before the unit */
  if (!half && n > 0 && j > i && !isw(c, i, "a") && !isw(c, i, "an") && isw(c, j, "and") &&
      (isw(c, j + 1, "a") || isw(c, j + 1, "one")) && isw(c, j + 2, "half") &&
      cls(c, j + 3) == L_UNIT) {
    half = 1;
    j += 3;
  }
  if (isw(c, j, "more") || isw(c, j, "additional") || isw(c, j, "straight") ||
      isw(c, j, "consecutive") || isw(c, j, "full"))
    j++;
  int hy = 0;
  if (isp(c, j, '-') && glued(c, j) && glued(c, j + 1)) {
    hy = 1;
    j++;
  }
  int unit;
  if (cls(c, j) == L_UNIT)
    unit = val(c, j);
  else if (isw(c, j, "second") && n >= 1 && !isw(c, i, "a"))
    unit = TU_SEC;
  else
    return 0;
  const tx_tok *u = T(c, j);
  /* "a 60 Minutes report", "Net Income for 6 Months @": a capitalized unit
   * after figures names a programme or heads a headline in news (histories
   * tag "the Seven Years War", "57 Days") */
  if (u->cap && !hy && !c->history && !c->post && T(c, j - 1)->kind == TK_NUM) return 0;
  if (n == 1 && u->val2 == 1 && !hy && T(c, i)->kind == TK_WORD && isw(c, i, "a")) return 0;
  if (n != 1 && n > 0 && u->val2 == 0 && !hy && T(c, j - 1)->kind == TK_NUM) {
    /* "2 year" without hyphen still fine */
  }
  if (unit == TU_WEEKEND) return 0;
  /* "a quarter of the vote", "three-quarters": fractions */
  if (unit == TU_QUARTER && (n < 2 || hy || isw(c, j + 1, "of"))) return 0;
  j++;
  /* "a year-earlier loss": the adjective is the expression ("year-earlier"),
   * not "a year" */
  if (isp(c, j, '-') && glued(c, j) && glued(c, j + 1) &&
      (isw(c, j + 1, "earlier") || isw(c, j + 1, "ago")))
    return 0;
  /* "Islam will one day be ...", "may one day return": an indefinite time
   * ahead, no length */
  if (n == 1 && unit == TU_DAY && !hy && u->val2 == 0 && isw(c, i, "one") && i > 0 &&
      (isw(c, i - 1, "will") || isw(c, i - 1, "would") || isw(c, i - 1, "could") ||
       isw(c, i - 1, "may") || isw(c, i - 1, "might") || isw(c, i - 1, "can") ||
       isw(c, i - 1, "shall"))) {
    o->type = EL_TIMEX_DATE;
    snprintf(o->value, 32, "FUTURE_REF");
    return j;
  }
  /* "a week or so ago": the approximation sits before the direction */
  if (isw(c, j, "or") && isw(c, j + 1, "so") && cls(c, j + 2) == L_DIR &&
      (isw(c, j + 2, "ago") || isw(c, j + 2, "earlier") || isw(c, j + 2, "later")))
    j += 2;
  /* "in a year or two", "in a week or so": a vague time ahead */
  if (i > 0 && isw(c, i - 1, "in") && n >= 1 && isw(c, j, "or") && u->val2 == 0) {
    int n2;
    size_t k2 = count_at(c, j + 1, &n2);
    if ((k2 && n2 > n) || isw(c, j + 1, "so")) {
      o->type = EL_TIMEX_DATE;
      snprintf(o->value, 32, "FUTURE_REF");
      size_t e = k2 ? j + 1 + k2 : j + 2;
      if (k2 && cls(c, e) == L_UNIT && val(c, e) == unit) e++;
      return e;
    }
  }
  /* ages: "47-year-old" is not a time expression; "18 years old" is a
   * duration in histories (TIMEX2), while TimeML news leaves ages alone */
  if (isp(c, j, '-') && isw(c, j + 1, "old")) return 0;
  if (!hy && u->val2 == 1 && n > 0 && isw(c, j, "old")) {
    if (!c->history && !c->post) return 0;
    o->type = EL_TIMEX_DURATION;
    dur_value(o->value, n, unit);
    return j + 1;
  }
  if (u->val2 == 2) { /* fortnight */
    n = n > 0 ? n * 2 : n;
  }
  /* ago / earlier / later / hence, "from now", "from today": a date */
  int from_now = isw(c, j, "from") && (isw(c, j + 1, "now") || isw(c, j + 1, "today"));
  /* "paused for 90 days later that day": "later" opens the next expression */
  int opens_next = !isw(c, j, "ago") && /* "50 years ago this week" */
                   (isw(c, j + 1, "that") || isw(c, j + 1, "this")) &&
                   (cls(c, j + 2) == L_UNIT || cls(c, j + 2) == L_POD);
  /* "two years before," ending its clause: "two years earlier" */
  int before_end =
      isw(c, j, "before") && n > 0 &&
      (j + 1 >= c->n || T(c, j + 1)->nl ||
       (T(c, j + 1)->kind == TK_PUNCT &&
        (T(c, j + 1)->w[0] == '.' || T(c, j + 1)->w[0] == ',' || T(c, j + 1)->w[0] == ';')));
  if (from_now || before_end ||
      (cls(c, j) == L_DIR && !opens_next &&
       (isw(c, j, "ago") || isw(c, j, "earlier") || isw(c, j, "later") || isw(c, j, "hence")))) {
    int dir = from_now ? 1 : before_end ? -1 : val(c, j);
    int y, m, d;
    int hence = from_now || isw(c, j, "hence");
    int ana = anaphoric_ok && !isw(c, j, "ago") && !hence;
    o->type = EL_TIMEX_DATE;
    if (n < 0) {
      /* "A few days later, it announced ...": in news, later than a past
       * act is still before the time of writing (histories, TIMEX2-style,
       * tell it ahead of their narrative time) */
      int past = dir < 0 || (ana && !c->history && isw(c, j, "later") && tx_tense(c->tk, i) < 0);
      snprintf(o->value, 32, past ? "PAST_REF" : "FUTURE_REF");
      /* "a few minutes ago" in news: a vague point within the day */
      if (!c->history && isw(c, j, "ago") && (unit == TU_HOUR || unit == TU_MIN || unit == TU_SEC))
        o->type = EL_TIMEX_TIME;
    } else if (!ana && c->has_dct && !c->history && (isw(c, j, "ago") || hence)) {
      /* "ago" counts back from the time of writing in news that cites older
       * events (in histories, quotes speak from their own time) */
      y = c->dct.year, m = c->dct.month, d = c->dct.day;
      int u2 = unit == TU_HOUR || unit == TU_MIN || unit == TU_SEC ? TU_DAY : unit;
      int nn = u2 == unit ? n * dir : 0;
      /* "a decade ago" is a year ten years back (1989 in 1999), not the
       * decade before ("the last decade", 198) */
      if (unit == TU_DECADE || unit == TU_CENTURY) {
        nn = n * dir * (unit == TU_DECADE ? 10 : 100);
        u2 = TU_YEAR;
      }
      int ry = 0, q = unit == TU_YEAR ? reported_quarter(c, i, &ry) : 0;
      if (unit == TU_YEAR && !q) q = quarter_context(c, i);
      q = year_ago_quarter(c, i, q);
      if (q)
        v_year_part(o->value, y + nn, 'Q', q);
      else
        v_shift(o->value, y, m, d, nn, u2);
    } else if (!anchor_unit(c, ana, unit, &y, &m, &d))
      snprintf(o->value, 32, dir < 0 ? "PAST_REF" : "FUTURE_REF");
    else {
      int u2 = unit;
      int nn = n * dir;
      if (unit == TU_HOUR || unit == TU_MIN || unit == TU_SEC) u2 = TU_DAY, nn = 0;
      int ry = 0, q = unit == TU_YEAR ? reported_quarter(c, i, &ry) : 0;
      if (unit == TU_YEAR && !q) {
        q = quarter_context(c, i);
        ry = c->last_qy;
      }
      q = year_ago_quarter(c, i, q);
      /* "the fourth quarter of 2025 ... a year earlier": counted from
       * that quarter's year, not the DCT's */
      if (q && c->has_dct)
        v_year_part(o->value, (ry > 0 ? ry : c->dct.year) + nn, 'Q', q);
      else if (!vague_day_shift(c, ana, u2, o->value))
        v_shift(o->value, y, m, d, nn, u2);
    }
    return from_now ? j + 2 : j + 1;
  }
  o->type = EL_TIMEX_DURATION;
  /* "a minute and a half", "5 1/2 hours": half the unit in the next
   * smaller one */
  if (!half && n > 0 && !hy && isw(c, j, "and") && isw(c, j + 1, "a") && isw(c, j + 2, "half"))
    half = 2;
  if (half && n > 0 && n < 1000 &&
      (unit == TU_YEAR || unit == TU_DAY || unit == TU_HOUR || unit == TU_MIN)) {
    if (unit == TU_YEAR)
      snprintf(o->value, 32, "P%dY6M", n);
    else if (unit == TU_DAY)
      snprintf(o->value, 32, "P%dDT12H", n);
    else
      snprintf(o->value, 32, "PT%d%s30%s", n, unit == TU_HOUR ? "H" : "M",
               unit == TU_HOUR ? "M" : "S");
    return half == 2 ? j + 3 : j;
  }
  if (half) return 0;
  dur_value(o->value, n, unit);
  return j;
}

/* "the next year" after a date years before the DCT ("died in 1547, and
 * his son was crowned the next year") or in a story is the story's next */
static int old_story(const sc_ctx *c) {
  return (c->has_dct && c->ry > 0 && c->ry <= c->dct.year - 2) || in_story(c);
}

/* "the following May", "the previous winter", and "the next spring" in a
 * story: relative to the story's last date, not the DCT */
static int story_relative(const sc_ctx *c, int the, const tx_tok *r) {
  if (!the || r->cls != L_REL || r->val == 0 || c->ry <= 0 || c->rbc) return 0;
  int next = r->w[0] == 'n';
  return (r->val2 == 1 && !tx_weq(r, TX_W("past"))) || (next && old_story(c));
}

/* last/next/this/past ... + weekday|month|season|unit|POD */
static size_t m_rel(const sc_ctx *c, size_t i, sc_match *o) {
  size_t j = i;
  int the = 0;
  if (isw(c, j, "the")) {
    the = 1;
    j++;
  }
  int dir;
  int strict = 1;
  if (!the && (isw(c, j, "earlier") || isw(c, j, "later")) &&
      ((cls(c, j + 1) == L_REL && T(c, j + 1)->val2 == 0) || isw(c, j + 1, "that")))
    j++; /* earlier this year: same value as "this year" */
  /* "this past weekend", "this coming week": "this" belongs to it */
  if (!the && isw(c, j, "this") && (isw(c, j + 1, "past") || isw(c, j + 1, "coming"))) j++;
  if (cls(c, j) == L_REL)
    dir = val(c, j);
  else if (isw(c, j, "current"))
    dir = 0;
  else if (the && isw(c, j, "same"))
    dir = 2;
  else if (!the && isw(c, j, "that"))
    dir = 2;
  else
    return 0;
  const tx_tok *r = T(c, j);
  /* "the past/next two weeks": a duration */
  if (the && dir != 0 && dir != 2) {
    int n;
    size_t k = count_at(c, j + 1, &n);
    if (!k && cls(c, j + 1) == L_FEW && val(c, j + 1) != 2) {
      k = 1;
      n = -1;
    }
    /* "the next three fiscal years" */
    if (k && isw(c, j + 1 + k, "fiscal") && cls(c, j + 2 + k) == L_UNIT) k++;
    if (k && cls(c, j + 1 + k) == L_UNIT && T(c, j + 1 + k)->val2 == 1) {
      o->type = EL_TIMEX_DURATION;
      dur_value(o->value, n, val(c, j + 1 + k));
      return j + 2 + k;
    }
  }
  if (!the && r->val2 == 1 && dir != 0 &&
      !(isw(c, j, "past") || isw(c, j, "previous") || isw(c, j, "coming") || isw(c, j, "upcoming")))
    return 0; /* "following" needs "the" */
  j++;
  if (dir == 2) {
    /* the same day / that day / that year: the reference date */
    int y, m, d;
    if (cls(c, j) == L_SEASON && !T(c, j)->val2 && !the) {
      /* "that summer": the season of the reference year */
      if (!anchor(c, 1, &y, &m, &d)) return 0;
      o->type = EL_TIMEX_DATE;
      v_year_code(o->value, y, SEASON_CODE[val(c, j)]);
      return j + 1;
    }
    if (cls(c, j) != L_UNIT || T(c, j)->val2) return 0;
    if (val(c, j) == TU_DAY && c->my > 0 && (c->ry <= 0 || c->mtok > c->rtok)) {
      /* "killed last October ... crossed out that same day": a day of
       * the month named last, which day unknown */
      o->type = EL_TIMEX_DATE;
      snprintf(o->value, 32, "%04d-%02d-XX", c->my % 10000, c->mm % 100);
      return j + 1;
    }
    if (!anchor(c, 1, &y, &m, &d)) return 0;
    o->type = EL_TIMEX_DATE;
    v_shift(o->value, y, m, d, 0, val(c, j));
    return j + 1;
  }
  const tx_tok *w = T(c, j);
  if (!w || w->kind != TK_WORD) return 0;
  int y, m, d;
  switch (w->cls) {
    case L_WDAY:
      if (w->val2 && !w->cap && !c->post) return 0;
      o->type = EL_TIMEX_DATE;
      if (dir == 0 && c->has_dct && isw(c, j - 1, "this")) {
        /* "this Saturday": that day of the DCT's week */
        int64_t z = tx_days_from_civil(c->dct.year, c->dct.month, c->dct.day);
        int off = w->val - tx_weekday(c->dct.year, c->dct.month, c->dct.day);
        /* said on a Sunday, "will take place this Tuesday" is the coming
         * one (a past cue is too often a participle to move a day back:
         * "happening this Sat ... seats limited") */
        if (off < 0 && tx_tense(c->tk, i) > 0) off += 7;
        z += off;
        int yy, mm, dd;
        tx_civil_from_days(z, &yy, &mm, &dd);
        v_day(o->value, yy, mm, dd);
      } else if (dir == 0)
        v_weekday(c, o->value, w->val, 0, 0, i);
      else
        v_weekday(c, o->value, w->val, dir, strict, i);
      /* "this Tuesday evening", "last Friday night": the part of day joins,
       * as after a bare weekday */
      j = eat_dot(c, j + 1);
      if (cls(c, j) == L_POD && T(c, j)->val2 == 0 && T(c, j)->val <= POD_NI &&
          strlen(o->value) == 10) {
        add_pod(o, val(c, j));
        j++;
      }
      /* "this coming Sunday, March eighth": the date naming the same day */
      if (isp(c, j, ',') && cls(c, j + 1) == L_MONTH && strlen(o->value) == 10) {
        sc_match m2;
        memset(&m2, 0, sizeof m2);
        size_t e = m_month(c, j + 1, &m2, 0);
        if (e && !m2.invalid && !strcmp(m2.value, o->value)) return e;
      }
      return j;
    case L_MONTH: {
      if (!month_ok(c, j, 1)) return 0;
      int mm = w->val;
      o->type = EL_TIMEX_DATE;
      if (story_relative(c, the, r)) {
        /* "the following May", "the previous April": of the story's date */
        if (c->rm <= 0)
          y = c->ry + dir;
        else if (dir < 0)
          y = mm < c->rm ? c->ry : c->ry - 1;
        else
          y = mm > c->rm ? c->ry : c->ry + 1;
        v_year_month(o->value, y, mm);
        return eat_dot(c, j + 1);
      }
      if (c->has_dct) /* "last April" is relative to the DCT */
        y = c->dct.year, m = c->dct.month, d = c->dct.day;
      else if (!anchor(c, 0, &y, &m, &d)) {
        snprintf(o->value, 32, "XXXX-%02d", mm);
        return j + 1;
      }
      if (dir < 0)
        y = mm < m ? y : y - 1;
      else if (dir > 0)
        y = mm > m ? y : y + 1;
      else if (c->has_dct)
        y = c->dct.year; /* "this September": the DCT's year */
      else
        y = year_for(c, mm, 0, 0, i);
      if (year_tok(c, eat_dot(c, j + 1))) { /* "this August 2013" */
        v_year_month(o->value, T(c, eat_dot(c, j + 1))->num, mm);
        return eat_dot(c, j + 1) + 1;
      }
      /* "last Oct. 23", "next March 4": the last (next) such day from the
       * DCT; not "last October 23 people" */
      size_t dk = eat_dot(c, j + 1);
      if (c->has_dct && dir != 0 && day_tok(c, dk) && cls(c, dk + 1) != L_UNIT &&
          !(T(c, dk + 1) && T(c, dk + 1)->kind == TK_NUM)) {
        int dd = T(c, dk)->num, yy = c->dct.year;
        int here = mm * 32 + dd, now = c->dct.month * 32 + c->dct.day;
        if (dir < 0 && here >= now) yy--;
        if (dir > 0 && here <= now) yy++;
        if (dd > tx_days_in_month(yy, mm)) return 0;
        v_day(o->value, yy, mm, dd);
        return dk + 1;
      }
      v_year_month(o->value, y, mm);
      return eat_dot(c, j + 1);
    }
    case L_SEASON:
      o->type = EL_TIMEX_DATE;
      if (story_relative(c, the, r)) {
        /* "the following winter": the next one after the story's date */
        if (c->rm <= 0)
          v_year_code(o->value, c->ry + dir, SEASON_CODE[w->val]);
        else if (w->val == 4) /* a winter is named by the year it ends in */
          v_year_code(o->value,
                      dir > 0      ? c->ry + 1
                      : c->rm <= 2 ? c->ry - 1
                                   : c->ry,
                      SEASON_CODE[4]);
        else {
          sc_ctx at_story = *c;
          int yes = 1;
          at_story.story = &yes;
          v_season(&at_story, o->value, w->val, dir, 1, i);
        }
      } else if (dir == 0 && c->has_dct && w->val != 4) {
        /* "this summer": the DCT's year, unless told in the past before it */
        int sy = c->dct.year;
        if (3 * w->val > c->dct.month && tx_tense(c->tk, i) < 0) sy--;
        v_year_code(o->value, sy, SEASON_CODE[w->val]);
      } else
        v_season(c, o->value, w->val, dir, dir != 0, i);
      return j + 1;
    case L_HOLIDAY:
      if (dir == 0 || !w->cap) return 0;
      return m_holiday(c, j, o, dir); /* "last Thanksgiving" */
    case L_POD:
      if (w->val2 || w->val > POD_NI) return 0;
      if (dir > 0 || (dir < 0 && w->val != POD_NI)) return 0;
      o->type = EL_TIMEX_TIME;
      if (!c->has_dct)
        snprintf(o->value, 32, "XXXX-XX-XX");
      else
        v_shift(o->value, c->dct.year, c->dct.month, c->dct.day, dir, TU_DAY);
      add_pod(o, w->val);
      return j + 1;
    case L_UNIT: {
      if (w->val2 == 1) return 0;
      int unit = w->val;
      if (unit == TU_DAY && !the) return 0;
      /* "in the past hour", "the last hour": the length up to now (an
       * hour has no calendar value); "the next hour" ahead */
      if (unit == TU_HOUR || unit == TU_MIN || unit == TU_SEC) {
        if (!the || c->history || c->post || dir == 0 || dir == 2 ||
            !(isw(c, j - 1, "past") || isw(c, j - 1, "last") || isw(c, j - 1, "next")) ||
            (unit != TU_HOUR && isw(c, j - 1, "last"))) /* "at the last minute" */
          return 0;
        o->type = EL_TIMEX_DURATION;
        dur_value(o->value, 1, unit);
        return j + 1;
      }
      /* "the past decade": the ten years up to now, as both TBAQ and
       * WikiWars annotate it (a DURATION), unlike "the past year" */
      if (the && unit == TU_DECADE && tx_weq(r, TX_W("past"))) {
        o->type = EL_TIMEX_DURATION;
        dur_value(o->value, 1, TU_DECADE);
        return j + 1;
      }
      int ana = the && r->val2 == 1 && (isw(c, i + 1, "following") || isw(c, i + 1, "previous"));
      /* "the next year" in a story: the year after the story's */
      if (the && old_story(c) && c->ry > 0 && isw(c, i + 1, "next") &&
          (unit == TU_YEAR || unit == TU_MONTH))
        ana = 1;
      if (the && isw(c, i + 1, "next") && (unit == TU_DAY)) ana = 1;
      if (!ana && c->has_dct) /* "next month" is relative to the DCT */
        y = c->dct.year, m = c->dct.month, d = c->dct.day;
      else if (!anchor_unit(c, ana, unit, &y, &m, &d))
        return 0;
      o->type = EL_TIMEX_DATE;
      if (r->val2 == 2) dir = -1; /* latest */
      /* "this year's third quarter", "last year's quarter": a quarter of
       * that year (the reported one when none is named) */
      if (unit == TU_YEAR && isp(c, j + 1, '\'') && isw(c, j + 2, "s") && glued(c, j + 2)) {
        size_t k = j + 3;
        int q = 0, ry = 0;
        if (cls(c, k) == L_ORD && val(c, k) <= 4 && isw(c, k + 1, "quarter"))
          q = val(c, k), k++;
        else if (isw(c, k, "quarter") || isw(c, k, "period"))
          q = reported_quarter(c, i, &ry);
        if (q && (isw(c, k, "quarter") || isw(c, k, "period"))) {
          v_year_part(o->value, y + dir, 'Q', q);
          return k + 1;
        }
      }
      /* "This quarter's loss" in a report on the third quarter ended
       * Sept. 30: the reported quarter, not the DCT's */
      if (unit == TU_QUARTER && dir == 0 && isw(c, i + (the ? 1 : 0), "this") &&
          isp(c, j + 1, '\'') && isw(c, j + 2, "s") && glued(c, j + 2)) {
        int ry = 0, q = reported_quarter(c, i, &ry);
        if (q) {
          v_year_part(o->value, ry, 'Q', q);
          return j + 1;
        }
      }
      if (!(ana && vague_day_shift(c, ana, unit, o->value)))
        v_shift(o->value, y, m, d, dir, unit == TU_WEEKEND ? TU_WEEKEND : unit);
      if (unit == TU_DAY && !ana) return 0;
      return j + 1;
    }
  }
  return 0;
}

static const char *const POD_CODE[] = {"", "MO", "AF", "EV", "NI"};

/* the weekend / weekend ; the morning etc. are not tagged alone */
static size_t m_weekend(const sc_ctx *c, size_t i, sc_match *o) {
  size_t j = i;
  /* "months ago", "years earlier" */
  if (cls(c, i) == L_UNIT && T(c, i)->val2 == 1 &&
      (isw(c, i + 1, "ago") || isw(c, i + 1, "earlier"))) {
    o->type = EL_TIMEX_DATE;
    snprintf(o->value, 32, "PAST_REF");
    return i + 2;
  }
  if (cls(c, i) == L_UNIT && val(c, i) == TU_WEEKEND && T(c, i)->val2 == 1) {
    o->type = EL_TIMEX_SET;
    snprintf(o->value, 32, "XXXX-WXX-WE");
    return i + 1;
  }
  /* the night of April 18, 1775 */
  if (isw(c, i, "the") && cls(c, i + 1) == L_POD && val(c, i + 1) <= POD_NI && !T(c, i + 1)->val2 &&
      isw(c, i + 2, "of")) {
    sc_match d2;
    memset(&d2, 0, sizeof d2);
    size_t k = i + 3;
    if (isw(c, k, "the")) k++;
    size_t e = m_month(c, k, &d2, 0);
    if (!e) e = m_weekday(c, k, &d2, 0, 0);
    if (e && !d2.invalid && strlen(d2.value) == 10) {
      *o = d2;
      add_pod(o, val(c, i + 1));
      return e;
    }
    return 0;
  }
  /* the morning / the evening (of the DCT); not "the night on Saturday",
   * whose day is named after it */
  if (isw(c, i, "the") && cls(c, i + 1) == L_POD && val(c, i + 1) <= POD_NI && !T(c, i + 1)->val2 &&
      !isw(c, i + 2, "of") && !isw(c, i + 2, "before") && !isw(c, i + 2, "after") &&
      !(isw(c, i + 2, "on") && (cls(c, i + 3) == L_WDAY || cls(c, i + 3) == L_MONTH))) {
    if (c->has_dct)
      v_day(o->value, c->dct.year, c->dct.month, c->dct.day);
    else
      snprintf(o->value, 32, "XXXX-XX-XX");
    add_pod(o, val(c, i + 1));
    return i + 2;
  }
  if (isw(c, j, "the")) j++;
  if (!(cls(c, j) == L_UNIT && val(c, j) == TU_WEEKEND && T(c, j)->val2 == 0)) return 0;
  if (!c->has_dct)
    snprintf(o->value, 32, "XXXX-WXX-WE");
  else {
    int dir = tx_tense(c->tk, i) < 0 ? -1 : 0;
    int y = c->dct.year, m = c->dct.month, d = c->dct.day;
    if (dir < 0 && tx_weekday(y, m, d) < 6)
      v_shift(o->value, y, m, d, -1, TU_WEEKEND);
    else
      v_shift(o->value, y, m, d, 0, TU_WEEKEND);
  }
  o->type = EL_TIMEX_DATE;
  return j + 1;
}

/* ordinal quarter/half: [the] [fiscal] third quarter [of [fiscal] 1998] */
/* "of the year", "of this year", "of next year", "of last year" at k:
 * that year counted from the DCT in *y; returns the end, k if none */
static size_t of_dct_year(const sc_ctx *c, size_t k, int *y) {
  if (!c->has_dct || !isw(c, k, "of") || !isw(c, k + 2, "year") || isp(c, k + 3, '\'')) return k;
  if (isw(c, k + 1, "the") || (cls(c, k + 1) == L_REL && T(c, k + 1)->val2 == 0)) {
    *y = c->dct.year + (cls(c, k + 1) == L_REL ? val(c, k + 1) : 0);
    return k + 3;
  }
  return k;
}

/* "the second half of the year" / "the fourth quarter of the year" told in
 * the past before that part of the DCT's year has begun (a January report)
 * is last year's; "of this year" is said outright.  k: the "of", start: the
 * part's first month, at: the expression's first token. */
static int of_the_year_back(const sc_ctx *c, size_t k, int start, size_t at) {
  return c->has_dct && isw(c, k + 1, "the") && start > c->dct.month && tx_tense(c->tk, at) < 0;
}

/* "of the match", "of his term" after an ordinal half or quarter: a part
 * of something that is not a stretch of the calendar (a plain word after
 * "of" and an optional determiner) */
static int is_possessive(const sc_ctx *c, size_t i);
static int of_non_time(const sc_ctx *c, size_t k) {
  if (!isw(c, k, "of")) return 0;
  k++;
  if (cls(c, k) == L_DET || is_possessive(c, k)) k++;
  return T(c, k) && T(c, k)->kind == TK_WORD && (T(c, k)->cls == L_NONE || isw(c, k, "final"));
}

static size_t m_quarter(const sc_ctx *c, size_t i, sc_match *o) {
  size_t j = i;
  int the = 0, y = -1;
  if (isw(c, j, "the")) {
    the = 1;
    j++;
  }
  if (year_tok(c, j) && the) {
    y = T(c, j)->num;
    j++;
  }
  /* "the October-December quarter", "the April-June period" */
  if (the && cls(c, j) == L_MONTH && isp(c, j + 1, '-') && cls(c, j + 2) == L_MONTH &&
      (isw(c, j + 3, "quarter") || isw(c, j + 3, "period")) && (val(c, j) - 1) % 3 == 0 &&
      val(c, j + 2) == val(c, j) + 2) {
    int m1 = val(c, j);
    if (y < 0) y = year_for(c, m1, 0, 0, i);
    if (y < 0) return 0;
    o->type = EL_TIMEX_DATE;
    v_year_part(o->value, y, 'Q', (m1 - 1) / 3 + 1);
    return j + 4;
  }
  int fiscal = isw(c, j, "fiscal") || (i > 0 && isw(c, i - 1, "fiscal"));
  if (isw(c, j, "fiscal")) j++;
  int q;
  size_t k;
  if (cls(c, j) == L_ORD && val(c, j) <= 4) {
    q = val(c, j);
    k = j + 1;
    if (isp(c, k, '-') && glued(c, k)) {
      k++;
      if (the && j == i + 1) return 0; /* "the third-quarter results": adjective */
    }
  } else if (isw(c, j, "q1") || isw(c, j, "q2") || isw(c, j, "q3") || isw(c, j, "q4")) {
    q = T(c, j)->w[1] - '0';
    o->type = EL_TIMEX_DATE;
    k = j + 1;
    if (!T(c, j)->cap) return 0;
    goto have;
  } else if (the && (isw(c, j, "latest") || isw(c, j, "current") || isw(c, j, "recent") ||
                     (isw(c, j, "quarter") && j == i + 1))) {
    k = isw(c, j, "quarter") ? j : j + 1;
    if (isw(c, j, "quarter") &&
        (isw(c, j + 1, "of") || isp(c, j - 2, '-') || (isp(c, j + 1, '-') && glued(c, j + 1))))
      return 0; /* "a quarter of", "the quarter-to-quarter comparison" */
    /* "the latest period" in a report on a quarter: that quarter */
    int ry = 0, rq = reported_quarter(c, i, &ry);
    if (isw(c, j, "latest") && isw(c, k, "period") && (rq || c->has_dct)) {
      o->type = EL_TIMEX_DATE;
      if (rq)
        v_year_part(o->value, ry, 'Q', rq);
      else /* the last finished quarter */
        v_shift(o->value, c->dct.year, c->dct.month, 1, -1, TU_QUARTER);
      return k + 1;
    }
    if (!(cls(c, k) == L_UNIT && val(c, k) == TU_QUARTER && !T(c, k)->val2)) return 0;
    if (!c->has_dct) return 0;
    o->type = EL_TIMEX_DATE;
    if (rq && !isw(c, j, "current")) {
      /* "the quarter" / "the latest quarter": the one being reported;
       * "the quarter a year ago/earlier": that quarter the year before */
      if (isw(c, k + 1, "a") && isw(c, k + 2, "year") &&
          (isw(c, k + 3, "ago") || isw(c, k + 3, "earlier"))) {
        v_year_part(o->value, ry - 1, 'Q', rq);
        return k + 4;
      }
      v_year_part(o->value, ry, 'Q', rq);
      return k + 1;
    }
    /* in the closing days of a quarter (a market wrap on March 31) the
     * quarter told in the past is the one ending */
    int closing =
        c->dct.month % 3 == 0 && c->dct.day >= tx_days_in_month(c->dct.year, c->dct.month) - 2;
    v_shift(o->value, c->dct.year, c->dct.month, 1,
            isw(c, j, "current") || closing || (k == j && tx_tense(c->tk, i) > 0) ? 0 : -1,
            TU_QUARTER);
    return k + 1;
  } else if (the && (isw(c, j, "last") || isw(c, j, "latter")) && isw(c, j + 1, "half") &&
             isw(c, j + 2, "of") && year_tok(c, j + 3)) {
    q = 2; /* "the last half of 1989" */
    k = j + 1;
  } else
    return 0;
  if (isw(c, k, "half") && q <= 2) {
    k++;
    if (of_non_time(c, k)) return 0;
    if (isw(c, k, "of")) {
      size_t e = opt_year(c, k + 1, &y);
      if (e != k + 1)
        k = e;
      else {
        size_t of = k;
        k = of_dct_year(c, k, &y);
        if (k != of && of_the_year_back(c, of, q == 2 ? 7 : 1, i)) y--;
      }
    }
    if (y < 0) {
      if (!c->has_dct) return 0;
      y = c->dct.year;
      /* "the second half" told in the first: last year's, unless the
       * clause looks ahead ("expects growth to slow in the second half") */
      if (q == 2 && c->dct.month <= 6 && tx_tense(c->tk, i) <= 0) y--;
      /* "the first half" told as ahead in the second: next year's */
      if (q == 1 && c->dct.month > 6 && tx_tense(c->tk, i) > 0) y++;
    }
    o->type = EL_TIMEX_DATE;
    v_year_part(o->value, y, 'H', q);
    return k;
  }
  if (!(cls(c, k) == L_UNIT && val(c, k) == TU_QUARTER && !T(c, k)->val2)) return 0;
  k++;
  if (of_non_time(c, k)) return 0;
have:
  if (isw(c, k, "of") || isp(c, k, ',')) {
    size_t kk = k + 1;
    if (isw(c, kk, "fiscal")) kk++;
    int yy = -1;
    size_t e = opt_year(c, kk, &yy);
    if (e != kk) {
      y = yy;
      k = e;
    } else if (isw(c, k, "of")) {
      size_t of = k;
      k = of_dct_year(c, k, &y);
      if (k != of && of_the_year_back(c, of, (q - 1) * 3 + 1, i)) y--;
    }
  } else if (year_tok(c, k)) {
    y = T(c, k)->num;
    k++;
  }
  if (y < 0) {
    if (!c->has_dct) {
      snprintf(o->value, 32, "XXXX-Q%d", q);
      o->type = EL_TIMEX_DATE;
      return k;
    }
    y = c->dct.year;
    int cq = (c->dct.month - 1) / 3 + 1;
    /* a fiscal quarter is numbered in its fiscal year, named by the year
     * it ends in: "its fiscal fourth quarter, which ended June 30" told in
     * July is this year's (TBAQ writes all its fiscal quarters so) */
    if (q > cq && !fiscal && tx_tense(c->tk, i) <= 0) y--;
    /* a quarter over before the last one, told as ahead ("will withdraw
     * in the first quarter" in December): next year's (the quarter just
     * ended is the one results are due for: "will report third-quarter
     * earnings" in October) */
    if (q < cq - 1 && !fiscal && tx_tense(c->tk, i) > 0) y++;
  }
  o->type = EL_TIMEX_DATE;
  v_year_part(o->value, y, 'Q', q);
  return k;
}

/* "the same quarter last year", "the corresponding period a year
 * earlier", "the comparable period of the previous year": one expression,
 * the quarter under report a year back (with no quarter in view, the last
 * finished one; "period" with none, the year before) */
static size_t m_same_period(const sc_ctx *c, size_t i, sc_match *o) {
  if (c->post || !c->has_dct || !isw(c, i, "the") || in_story(c)) return 0;
  size_t k = i + 1;
  if (!(isw(c, k, "same") || isw(c, k, "corresponding") || isw(c, k, "comparable"))) return 0;
  k++;
  int quarter = isw(c, k, "quarter");
  if (!quarter && !isw(c, k, "period")) return 0;
  k++;
  size_t e = 0;
  if (isw(c, k, "of") && isw(c, k + 1, "last") && isw(c, k + 2, "year"))
    e = k + 3;
  else if (isw(c, k, "last") && isw(c, k + 1, "year"))
    e = k + 2;
  else if (isw(c, k, "a") && isw(c, k + 1, "year") &&
           (isw(c, k + 2, "ago") || isw(c, k + 2, "earlier")))
    e = k + 3;
  else if ((isw(c, k, "of") || isw(c, k, "in")) && isw(c, k + 1, "the") &&
           (isw(c, k + 2, "previous") || isw(c, k + 2, "prior")) && isw(c, k + 3, "year"))
    e = k + 4;
  if (!e) return 0;
  int ry = 0, q = reported_quarter(c, i, &ry);
  if (!q && quarter_context(c, i)) q = quarter_context(c, i), ry = c->last_qy;
  q = year_ago_quarter(c, i, q);
  if (!q && quarter) {
    q = (c->dct.month - 1) / 3;
    ry = c->dct.year;
    if (!q) q = 4, ry--;
  }
  o->type = EL_TIMEX_DATE;
  if (q)
    v_year_part(o->value, ry - 1, 'Q', q);
  else
    v_year(o->value, c->dct.year - 1);
  return e;
}

/* the first nine months [of 1998] / the nine months: durations */
static size_t m_first_n(const sc_ctx *c, size_t i, sc_match *o) {
  size_t j = i;
  if (!isw(c, j, "the")) return 0;
  j++;
  if (isw(c, j, "first") || isw(c, j, "last")) j++;
  int n;
  size_t k = count_at(c, j, &n);
  if (!k || n < 2) return 0;
  j += k;
  if (!(cls(c, j) == L_UNIT && T(c, j)->val2 == 1)) return 0;
  o->type = EL_TIMEX_DURATION;
  dur_value(o->value, n, val(c, j));
  return j + 1;
}

/* years, decades, centuries, fiscal years, BC */
/* Nouns that a number identifies rather than dates: "Resolution 1441",
 * "Flight 1549", "Route 1010", "Report 1001". */
static int names_numbered_thing(const sc_ctx *c, size_t i) {
  /* zero-padded like a token's word, so each is one 16-byte compare (this
   * runs before every number that looks like a year) */
  static const char NOUNS[][TX_WSIZE] = {
      "resolution", "resolutions", "flight",   "route",     "article", "articles",  "section",
      "room",       "number",      "no",       "nos",       "bill",    "chapter",   "page",
      "pages",      "item",        "model",    "version",   "highway", "channel",   "bus",
      "unit",       "case",        "file",     "report",    "decree",  "paragraph", "clause",
      "protocol",   "order",       "platform", "gate",      "exit",    "line",      "grade",
      "level",      "batch",       "lot",      "code",      "mission", "operation", "squadron",
      "regiment",   "division",    "brigade",  "battalion", "corps",   "apollo",    "soyuz"};
  const tx_tok *t = T(c, i);
  if (!t || t->kind != TK_WORD) return 0;
  for (size_t k = 0; k < sizeof NOUNS / sizeof *NOUNS; k++)
    if (t->w[0] == NOUNS[k][0] && memcmp(t->w, NOUNS[k], sizeof t->w) == 0) return 1;
  return 0;
}

/* a lowercase content word at k that a decade before it modifies ("band",
 * "boom"): not a function word, a verb in -ed or a time word */
static int decade_modifies(const sc_ctx *c, size_t k) {
  static const char FUNC[][TX_WSIZE] = {
      "and",   "or",     "but",     "when",    "where",   "which",    "that",   "as",      "with",
      "in",    "on",     "at",      "to",      "for",     "of",       "by",     "from",    "under",
      "were",  "was",    "saw",     "had",     "have",    "is",       "are",    "because", "while",
      "after", "before", "until",   "through", "despite", "amid",     "among",  "into",    "if",
      "so",    "than",   "brought", "became",  "began",   "remained", "onward", "onwards", "the"};
  const tx_tok *t = T(c, k);
  if (!t || t->kind != TK_WORD || t->cap || t->cls != L_NONE) return 0;
  if (t->wlen >= 4 && t->w[t->wlen - 2] == 'e' && t->w[t->wlen - 1] == 'd') return 0;
  for (size_t f = 0; f < sizeof FUNC / sizeof *FUNC; f++)
    if (isw_pad(c, k, FUNC[f])) return 0;
  return 1;
}

static size_t m_year(const sc_ctx *c, size_t i, sc_match *o) {
  const tx_tok *ti = T(c, i);
  /* a number of 1 to 3 digits (most numbers) is read below only as a year
   * BC ("499 BC", "from 499 to 493 BC") or a century's ordinal ("the 5th
   * century", "the mid-19th century"): nothing else can match it */
  if (ti->kind == TK_NUM && ti->ndig >= 1 && ti->ndig <= 3 &&
      !(ti->w[0] ? ti->ndig <= 2 : cls(c, i + 1) == L_BC || cls(c, i + 3) == L_BC))
    return 0;
  /* "(1800 GMT)": a clock time in four digits, no year */
  if (ti->kind == TK_NUM && cls(c, i + 1) == L_TZ) return 0;
  size_t j = i;
  int the = 0;
  if (isw(c, j, "the")) {
    the = 1;
    j++;
  }
  if (isw(c, j, "fiscal")) {
    j++;
    if (isw(c, j, "year")) j++;
    if (!year_tok(c, j)) return 0;
    o->type = EL_TIMEX_DATE;
    v_year(o->value, T(c, j)->num);
    o->ry = T(c, j)->num, o->rm = -1, o->rd = -1;
    return j + 1;
  }
  const tx_tok *t = T(c, j);
  if (!t) return 0;
  /* "Q3 2025", "H1 2026" (the DCT's year alone), "FY2026", "FY 2026" */
  if (t->kind == TK_WORD && t->cls == L_FISCAL && t->val > 0 && !the) {
    /* "h2" or "q3" in lower case is a formula or a code ("the h2
     * receptor") outside posts */
    if (!t->cap && !c->post) return 0;
    size_t k = j + 1;
    int part = 0;
    if (t->val != 9) { /* Q or H glued to its number */
      int top = t->val == 1 ? 4 : 2;
      if (!glued(c, k) || !is_int(c, k, 1, top) || T(c, k)->ndig != 1) return 0;
      part = T(c, k)->num;
      k++;
    }
    size_t yk = k;
    if (isp(c, yk, '-') && glued(c, yk)) yk++; /* "Q3-2025" */
    int y = year_tok(c, yk) ? T(c, yk)->num : 0;
    /* "FY25", "Q3 FY26": two digits glued to FY are a year of the DCT's century */
    if (t->val == 9 && !y && glued(c, yk) && T(c, yk) && T(c, yk)->kind == TK_NUM &&
        T(c, yk)->ndig == 2 && !T(c, yk)->w[0])
      y = (c->has_dct ? c->dct.year / 100 * 100 : 2000) + T(c, yk)->num;
    if (t->val == 9 && !y) return 0; /* "FY" needs its year */
    if (!y && !c->has_dct) return 0;
    if (!y) {
      /* the DCT's year, or the one before for a later part told in the
       * past ("revenue grew in Q3" written in January) */
      y = c->dct.year;
      int now = t->val == 1 ? (c->dct.month - 1) / 3 + 1 : (c->dct.month - 1) / 6 + 1;
      if (part > now && tx_tense(c->tk, j) < 0) y--;
    } else
      k = yk + 1;
    o->type = EL_TIMEX_DATE;
    if (t->val == 1)
      v_year_part(o->value, y, 'Q', part);
    else if (t->val == 5)
      v_year_part(o->value, y, 'H', part);
    else
      v_year(o->value, y);
    return k;
  }
  /* [the] [comparable] year-earlier / year-ago [quarter|period] */
  {
    size_t k = j;
    if (isw(c, k, "comparable") || isw(c, k, "same")) k++;
    /* "the prior-year quarter", "the previous-year period" */
    int prior = the && (isw(c, k, "prior") || isw(c, k, "previous")) && isp(c, k + 1, '-') &&
                glued(c, k + 1) && glued(c, k + 2) && isw(c, k + 2, "year") &&
                (isw(c, k + 3, "quarter") || isw(c, k + 3, "period"));
    if (prior || (isw(c, k, "year") && isp(c, k + 1, '-') && glued(c, k + 1) && glued(c, k + 2) &&
                  (isw(c, k + 2, "earlier") || isw(c, k + 2, "ago")) && c->has_dct)) {
      if (!c->has_dct) return 0;
      k += 3;
      int ry = 0, q = reported_quarter(c, i, &ry);
      if (!q) q = quarter_context(c, i);
      q = year_ago_quarter(c, i, q);
      int ord = cls(c, k) == L_ORD && val(c, k) <= 4 ? val(c, k) : 0;
      int qy = ry > 0 ? ry : c->dct.year; /* the year of the quarter compared */
      if (ord && isw(c, k + 1, "quarter")) {
        q = ord;
        k += 2;
      } else if (isw(c, k, "quarter") || isw(c, k, "period")) {
        /* "the year-ago quarter" with none named: the last finished one */
        if (!q && isw(c, k, "quarter")) {
          q = (c->dct.month - 1) / 3;
          qy = c->dct.year;
          if (!q) q = 4, qy--;
        }
        k++;
      } else if (the)
        return 0;
      o->type = EL_TIMEX_DATE;
      if (q)
        v_year_part(o->value, qy - 1, 'Q', q);
      else
        v_year(o->value, c->dct.year - 1);
      return k;
    }
  }
  /* spoken years: "nineteen ninety-six", "the year two thousand" */
  if (t->kind == TK_WORD && t->cls == L_NUM && t->val >= 11 && t->val <= 20 && t->val != 20) {
    int n;
    size_t k = count_at(c, j + 1, &n);
    if (k && n >= 10 && n <= 99 && cls(c, j + 1) == L_NUM) {
      o->type = EL_TIMEX_DATE;
      snprintf(o->value, 32, "%d%02d", t->val, n);
      return j + 1 + k;
    }
  }
  if (the && isw(c, j, "year") && isw(c, j + 1, "two") && isw(c, j + 2, "thousand")) {
    int n = 0;
    size_t k = j + 3;
    if (isw(c, k, "and")) k++;
    size_t kk = count_at(c, k, &n);
    if (kk && n < 100)
      k += kk;
    else
      n = 0, k = j + 3;
    o->type = EL_TIMEX_DATE;
    v_year(o->value, 2000 + n);
    return k;
  }
  /* '90s */
  if (t->kind == TK_PUNCT && (t->w[0] == '\'' || t->w[0] == '"') && T(c, j + 1) &&
      T(c, j + 1)->kind == TK_NUM && glued(c, j + 1) && T(c, j + 1)->ndig == 2 &&
      tx_weq(T(c, j + 1), TX_W("s")) && T(c, j + 1)->num % 10 == 0) {
    int cent = c->has_dct ? c->dct.year / 100 : 19;
    /* "the '90s" written in 2025 are the 1990s */
    if (c->has_dct && cent * 100 + T(c, j + 1)->num > c->dct.year) cent--;
    o->type = EL_TIMEX_DATE;
    snprintf(o->value, 32, "%02d%d", cent, T(c, j + 1)->num / 10);
    return j + 2;
  }
  /* '99, '05: a year of the century around the reference (the story's
   * year, else the DCT's), at most ten years after it */
  if (t->kind == TK_PUNCT && (t->w[0] == '\'' || t->w[0] == '"') && !the && T(c, j + 1) &&
      T(c, j + 1)->kind == TK_NUM && glued(c, j + 1) && T(c, j + 1)->ndig == 2 &&
      !T(c, j + 1)->w[0] && !(T(c, j + 2) && glued(c, j + 2) && T(c, j + 2)->kind != TK_PUNCT) &&
      !(j > 0 && isp(c, j - 1, '('))) { /* not an alumnus's class: "Su ('13)" */
    int ref = c->ry > 0 && in_story(c) ? c->ry : c->has_dct ? c->dct.year : 0;
    if (ref <= 0) return 0;
    int yy = ref / 100 * 100 + T(c, j + 1)->num;
    if (yy > ref + 10) yy -= 100;
    o->type = EL_TIMEX_DATE;
    v_year(o->value, yy);
    o->ry = yy, o->rm = -1, o->rd = -1;
    return j + 2;
  }
  /* 1990s / 1800s */
  if (t->kind == TK_NUM && t->ndig == 4 && tx_weq(t, TX_W("s")) && t->num % 10 == 0 &&
      t->num >= 1000 && t->num < 2200) {
    /* "the 1990s band", "the 1970s oil shock": the decade modifies the
     * noun after it, whose determiner stays outside (TBAQ: "the <2003>
     * invasion") */
    if (the && decade_modifies(c, j + 1)) return 0;
    o->type = EL_TIMEX_DATE;
    if (t->num % 100 == 0 && t->num != 2000) /* "the 2000s" is the decade */
      snprintf(o->value, 32, "%02d", t->num / 100);
    else
      snprintf(o->value, 32, "%03d", t->num / 10);
    return j + 1;
  }
  /* the 20th century / the nineteenth century; "the early 12th century",
   * "the mid-19th century" (m_pos calls here after the modifier) */
  int pos_the = !the && i >= 2 &&
                ((cls(c, i - 1) == L_POS && isw(c, i - 2, "the")) ||
                 (i >= 3 && isp(c, i - 1, '-') && cls(c, i - 2) == L_POS && isw(c, i - 3, "the")));
  if (the || pos_the) {
    int n = -1;
    if (t->kind == TK_NUM && t->ndig && t->ndig <= 2 &&
        (tx_weq(t, TX_W("th")) || tx_weq(t, TX_W("st")) || tx_weq(t, TX_W("nd")) ||
         tx_weq(t, TX_W("rd"))))
      n = t->num;
    else if (t->kind == TK_WORD && t->cls == L_ORD)
      n = t->val;
    size_t k = j + 1;
    if (n > 0 && isp(c, k, '-') && glued(c, k)) k++;
    if (n > 0 && n <= 30 && isw(c, k, "century")) {
      o->type = EL_TIMEX_DATE;
      if (cls(c, k + 1) == L_BC && val(c, k + 1) == 1) { /* "the 4th century BC" */
        snprintf(o->value, 32, "BC%02d", n - 1);
        return eat_dot(c, k + 2);
      }
      snprintf(o->value, 32, "%02d", n - 1);
      return k + 1;
    }
    if (!the) return 0;
    /* "the 1988 period", "the 1988 quarter": the reported quarter of 1988 */
    if (year_tok(c, j) && (isw(c, j + 1, "period") || isw(c, j + 1, "quarter"))) {
      int ry = 0, q = reported_quarter(c, i, &ry);
      if (isw(c, j + 1, "period")) q = year_ago_quarter(c, i, q);
      o->type = EL_TIMEX_DATE;
      if (q)
        v_year_part(o->value, T(c, j)->num, 'Q', q);
      else if (isw(c, j + 1, "period"))
        v_year(o->value, T(c, j)->num);
      else
        return 0;
      return j + 2;
    }
    if (!(isw(c, j, "year") && year_tok(c, j + 1))) return 0;
    j++;
    t = T(c, j);
  }
  /* "from 499 to 493 BC": the first year is BC too */
  if (t->kind == TK_NUM && t->ndig && t->ndig <= 4 && t->w[0] == 0 && t->num > 0 &&
      (isp(c, j + 1, '-') || isw(c, j + 1, "to") || isw(c, j + 1, "and")) &&
      plain_int(c, j + 2, 1, 9999) && cls(c, j + 3) == L_BC && val(c, j + 3) == 1 &&
      T(c, j + 2)->num < t->num) {
    o->type = EL_TIMEX_DATE;
    v_bc_year(o->value, t->num);
    o->ry = t->num, o->rm = -1, o->rd = -1, o->bc = 1;
    return j + 1;
  }
  /* 499 BC */
  if (t->kind == TK_NUM && t->ndig && t->ndig <= 4 && t->w[0] == 0 && t->num > 0 &&
      cls(c, j + 1) == L_BC) {
    o->type = EL_TIMEX_DATE;
    if (val(c, j + 1)) {
      v_bc_year(o->value, t->num);
      o->bc = 1;
    } else
      v_year(o->value, t->num);
    o->ry = t->num, o->rm = -1, o->rd = -1;
    return eat_dot(c, j + 2);
  }
  if (cls(c, j) == L_BC && !val(c, j) && T(c, j)->cap && plain_int(c, j + 1, 1, 2999)) {
    o->type = EL_TIMEX_DATE;
    v_year(o->value, T(c, j + 1)->num);
    return j + 2;
  }
  if (!year_tok(c, j)) return 0;
  /* not a year: $1990, 1990%, 1,990, 1990-foot... */
  if (j > 0) {
    const tx_tok *p = T(c, j - 1);
    if (p->kind == TK_PUNCT &&
        (p->w[0] == '$' || p->w[0] == '#' || (unsigned char)p->w[0] == 0xE2 ||
         (unsigned char)p->w[0] == 0xC2) &&
        p->sp != 0 && glued(c, j)) /* was "!p->sp == 0" (same meaning), a clang error */
      return 0;
    if (p->kind == TK_PUNCT && (p->w[0] == '$' || p->w[0] == '#')) return 0;
    if (names_numbered_thing(c, j - 1)) return 0; /* "Resolution 1441", "Flight 1549" */
  }
  const tx_tok *nx = T(c, j + 1);
  if (nx && nx->kind == TK_PUNCT && nx->w[0] == '%') return 0;
  if (nx && nx->kind == TK_PUNCT && nx->w[0] == ':' && glued(c, j + 2) && T(c, j + 2) &&
      T(c, j + 2)->kind == TK_NUM)
    return 0; /* 20:15 */
  if (nx && nx->kind == TK_WORD && !nx->sp) return 0;
  if (nx && nx->kind == TK_WORD && (cls(c, j + 1) == L_UNIT || tx_weq(nx, TX_W("percent"))))
    return 0;
  o->type = EL_TIMEX_DATE;
  v_year(o->value, T(c, j)->num);
  /* a year the story looks ahead to ("would be ready for a campaign in
   * 1976") is not where the narrative is */
  if (!(c->narrative && c->ry > 0 && T(c, j)->num > c->ry && tx_tense(c->tk, j) > 0))
    o->ry = T(c, j)->num, o->rm = -1, o->rd = -1;
  return j + 1;
}

/* his / her / its / their / our / my / your */
static int is_possessive(const sc_ctx *c, size_t i) {
  static const char P[][TX_WSIZE] = {"his", "her", "its", "their", "our", "my", "your"};
  for (size_t k = 0; k < sizeof P / sizeof *P; k++)
    if (isw_pad(c, i, P[k])) return 1;
  return 0;
}

/* SET: daily, every week, each Monday, Mondays */
static size_t m_set(const sc_ctx *c, size_t i, sc_match *o) {
  const tx_tok *t = T(c, i);
  if (!t || t->kind != TK_WORD) return 0;
  o->type = EL_TIMEX_SET;
  if (t->cls == L_SETW) {
    int n = t->val2 == 2 ? 2 : 1;
    /* "daily newspaper", "quarterly dividend": adjectives, not a SET */
    const tx_tok *nx = T(c, i + 1);
    /* "published daily since 1851", "gather daily outside": an adverb
     * before a preposition (news; histories keep the TIMEX2 reading) */
    static const char PREP[][TX_WSIZE] = {"since",   "in",     "on",      "at",      "from",
                                          "until",   "during", "for",     "through", "except",
                                          "between", "by",     "outside", "across",  "throughout"};
    int adverb = 0;
    for (size_t k = 0; k < sizeof PREP / sizeof *PREP && !c->history; k++)
      if (isw_pad(c, i + 1, PREP[k])) adverb = 1;
    /* "averaged 1.2 billion shares daily last month": before another time
     * expression the word is an adverb too */
    if (!c->history && nx && nx->kind == TK_WORD && (nx->cls == L_REL || nx->cls == L_DEIXIS))
      adverb = 1;
    if (!c->post && !adverb && !tx_weq(t, TX_W("annually")) && nx && nx->kind == TK_WORD &&
        !tx_weq(nx, TX_W("and")) && !tx_weq(nx, TX_W("or")) && !tx_weq(nx, TX_W("basis")) &&
        !(t->val <= TU_WEEK && i > 0 && (cls(c, i - 1) == L_DET || is_possessive(c, i - 1))))
      return 0;
    /* "rise 8.5% annually", "10,000 units annually": a rate, not a SET */
    if (!c->post && tx_weq(t, TX_W("annually")) && i >= 2 &&
        (isp(c, i - 1, '%') || T(c, i - 1)->kind == TK_NUM || T(c, i - 2)->kind == TK_NUM ||
         isw(c, i - 1, "percent")))
      return 0;
    if (tx_weq(t, TX_W("nightly"))) {
      snprintf(o->value, 32, "XXXX-XX-XXTNI");
      return i + 1;
    }
    dur_value(o->value, n, t->val);
    return i + 1;
  }
  if (t->cls == L_WDAYS) {
    snprintf(o->value, 32, "XXXX-WXX-%d", t->val);
    return i + 1;
  }
  if (t->cls == L_EVERY) {
    size_t j = i + 1;
    int n = 1;
    if (isw(c, j, "single")) j++; /* "every single day" */
    size_t k = count_at(c, j, &n);
    if (k)
      j += k;
    else if (isw(c, j, "other")) {
      n = 2;
      j++;
    }
    if (cls(c, j) == L_UNIT) {
      if (val(c, j) == TU_WEEKEND)
        snprintf(o->value, 32, "XXXX-WXX-WE");
      else
        dur_value(o->value, n, val(c, j));
      return j + 1;
    }
    if (cls(c, j) == L_WDAY && (!T(c, j)->val2 || c->post)) {
      /* "every Saturday morning": the part of day joins */
      if (cls(c, j + 1) == L_POD && val(c, j + 1) <= POD_NI && !T(c, j + 1)->val2) {
        snprintf(o->value, 32, "XXXX-WXX-%dT%s", val(c, j), POD_CODE[val(c, j + 1)]);
        return j + 2;
      }
      snprintf(o->value, 32, "XXXX-WXX-%d", val(c, j));
      return j + 1;
    }
    if (cls(c, j) == L_POD && val(c, j) <= POD_NI && !T(c, j)->val2) {
      snprintf(o->value, 32, "XXXX-XX-XXT%s", POD_CODE[val(c, j)]);
      return j + 1;
    }
    if (month_ok(c, j, 1)) {
      snprintf(o->value, 32, "XXXX-%02d", val(c, j));
      return j + 1;
    }
    if (cls(c, j) == L_SEASON && !T(c, j)->val2) { /* "each summer" */
      snprintf(o->value, 32, "XXXX-%s", SEASON_CODE[val(c, j)]);
      return j + 1;
    }
  }
  return 0;
}

/* Day of a holiday in year y.  Fixed holidays: val = month*100+day.
 * Movable (val2 = 1): val = month*100 + nth*10 + weekday, nth 5 = last
 * ("Thanksgiving" = 4th Thursday of November); val2 = 2: Easter Sunday;
 * val2 = 3: the Tuesday after the first Monday (US Election Day).  In the
 * lexicon, val2 + 10 marks a word that names the day only before "Day"
 * ("Labor Day", "Veterans Day"). */
static void holiday_day(int v, int v2, int y, int *m, int *d) {
  *m = v / 100;
  *d = v % 100;
  if (v2 == 2) { /* anonymous Gregorian computus */
    int a = y % 19, b = y / 100, cc = y % 100, dd = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - dd - g + 15) % 30, ii = cc / 4, k = cc % 4;
    int l = (32 + 2 * e + 2 * ii - h - k) % 7, mm = (a + 11 * h + 22 * l) / 451;
    *m = (h + l - 7 * mm + 114) / 31;
    *d = (h + l - 7 * mm + 114) % 31 + 1;
    return;
  }
  if (v2 != 1 && v2 != 3) return;
  int nth = v2 == 3 ? 1 : (v % 100) / 10, wd = v2 == 3 ? 1 : v % 10;
  if (y <= 0) y = 2000; /* any year: only used when the year is unknown */
  if (nth == 5) {
    int last = tx_days_in_month(y, *m);
    *d = last - (tx_weekday(y, *m, last) - wd + 7) % 7;
  } else
    *d = 1 + (wd - tx_weekday(y, *m, 1) + 7) % 7 + 7 * (nth - 1);
  if (v2 == 3) *d += 1;
}

static size_t m_holiday(const sc_ctx *c, size_t i, sc_match *o, int dir) {
  size_t j = i;
  int md, v2 = 0, shift = 0;
  /* posts write fixed holidays in lowercase ("merry xmas") */
  if (cls(c, j) == L_HOLIDAY && (T(c, j)->cap || (c->post && T(c, j)->val2 == 0))) {
    md = val(c, j);
    v2 = T(c, j)->val2;
    /* "Election Day", "Labor Day" (val2 + 10): the word alone is no day */
    int need_day = v2 == 3 || v2 >= 10;
    if (v2 >= 10) v2 -= 10;
    size_t dj = j + 1; /* "Valentine's Day", "Mother's Day": past the 's */
    if ((isp(c, dj, '\'') || isp(c, dj, '"')) && glued(c, dj) && isw(c, dj + 1, "s") &&
        glued(c, dj + 1))
      dj += 2;
    else if (isw(c, dj, "'s") && glued(c, dj))
      dj += 1;
    if (need_day && !(isw(c, dj, "day") && T(c, dj)->cap)) return 0;
    j = need_day ? dj : j + 1;
    if (v2 == 0 && isw(c, j, "eve") && T(c, j)->cap) {
      md -= 1;
      j++;
    } else if (isw(c, j, "day") && T(c, j)->cap)
      j++;
    else if (v2 == 2 && cls(c, j) == L_WDAY && T(c, j)->cap && (val(c, j) == 1 || val(c, j) == 7)) {
      shift = val(c, j) == 1; /* "Easter Monday" is the day after, "Easter Sunday" the day */
      j++;
    }
  } else if (isw(c, j, "may") && T(c, j)->cap && isw(c, j + 1, "day") && T(c, j + 1)->cap) {
    md = 501; /* "May Day" */
    j += 2;
  } else if (T(c, j)->cap && T(c, j + 1) && T(c, j + 1)->cap &&
             ((isw(c, j, "black") && cls(c, j + 1) == L_WDAY && val(c, j + 1) == 5) ||
              (isw(c, j, "cyber") && cls(c, j + 1) == L_WDAY && val(c, j + 1) == 1))) {
    /* "Black Friday", "Cyber Monday": the Friday and Monday after Thanksgiving */
    md = 1144, v2 = 1, shift = isw(c, j, "black") ? 1 : 4;
    j += 2;
  } else if ((isw(c, j, "martin") || isw(c, j, "mlk")) && T(c, j)->cap) {
    /* "Martin Luther King [Jr.] Day", "MLK Day": the third Monday of January */
    size_t k = j + 1;
    if (isw(c, j, "martin")) {
      if (!isw(c, k, "luther") || !isw(c, k + 1, "king")) return 0;
      k += 2;
      if (isw(c, k, "jr")) k += isp(c, k + 1, '.') && glued(c, k + 1) ? 2 : 1;
    }
    if (!isw(c, k, "day") || !T(c, k)->cap) return 0;
    md = 131, v2 = 1;
    j = k + 1;
  } else if (isw(c, j, "new") && T(c, j)->cap && isw(c, j + 1, "year") && T(c, j + 1)->cap) {
    /* "New Year Day", "New Year's Day" (the 's as its own tokens) */
    size_t k = j + 2;
    if ((isp(c, k, '\'') || isp(c, k, '"')) && glued(c, k) && isw(c, k + 1, "s") && glued(c, k + 1))
      k += 2;
    else if (isw(c, k, "'s") && glued(c, k)) /* after U+2019 the 's is one word */
      k += 1;
    if (!isw(c, k, "eve") && !isw(c, k, "day")) return 0;
    md = isw(c, k, "eve") ? 1231 : 101;
    j = k + 1;
  } else
    return 0;
  int y = -1, m, d, week = 0;
  if (isw(c, j, "week")) /* "Easter week": the week of that day */
    week = 1, j++;
  j = opt_year(c, j, &y);
  if (week) {
    sc_match d2 = *o;
    if (v2) {
      holiday_day(md, v2, y > 0 ? y : c->has_dct ? c->dct.year : y, &m, &d);
      if (y < 0) y = year_for(c, m, d, dir, i);
      if (y > 0) holiday_day(md, v2, y, &m, &d);
    } else {
      m = md / 100, d = md % 100;
      if (y < 0) y = year_for(c, m, d, dir, i);
    }
    d2.type = EL_TIMEX_DATE;
    if (y < 0) return 0;
    v_shift(d2.value, y, m, d, 0, TU_WEEK);
    *o = d2;
    return j;
  }
  if (v2) {
    /* the day in the DCT's year first, when the year is unknown: a movable
     * feast's date moves by weeks ("will celebrate Easter" said the day
     * before it was read as next year's) */
    holiday_day(md, v2, y > 0 ? y : c->has_dct ? c->dct.year : y, &m, &d);
    if (y < 0) y = year_for(c, m, d, dir, i);
    if (y < 0) {
      o->type = EL_TIMEX_DATE;
      snprintf(o->value, 32, "XXXX-%02d", m);
      return j;
    }
    holiday_day(md, v2, y, &m, &d);
    if (shift) tx_civil_from_days(tx_days_from_civil(y, m, d) + shift, &y, &m, &d);
    o->type = EL_TIMEX_DATE;
    v_day(o->value, y, m, d);
    return j;
  }
  return month_date(c, i, o, md / 100, md % 100, y, j, dir);
}

/* season [of] [year] */
static size_t m_season(const sc_ctx *c, size_t i, sc_match *o, int dir) {
  size_t j = i;
  int the = 0;
  if (isw(c, j, "the")) {
    the = 1;
    j++;
  }
  if (cls(c, j) != L_SEASON) return 0;
  int s = val(c, j);
  j++;
  int y = -1;
  size_t k = j;
  if (isw(c, k, "of")) k++;
  int by;
  size_t kb = bc_year(c, k, &by);
  if (kb != k) { /* "autumn of 481 BC" */
    o->type = EL_TIMEX_DATE;
    snprintf(o->value, 32, "BC%04d-%s", by, SEASON_CODE[s]);
    o->ry = by, o->rm = -1, o->rd = -1, o->bc = 1;
    return kb;
  }
  size_t e = opt_year(c, k, &y);
  if (e != k)
    j = e;
  else {
    /* bare season: "fall"/"spring" are common verbs/nouns: need context;
     * "winter", "summer", "autumn" do not */
    const tx_tok *st = T(c, j - 1);
    /* "the Arab Spring", "the Prague Spring": a name that the season ends
     * (in "the German Spring Offensive" it names the offensive's time) */
    if (!the && st->cap && !c->post && j >= 2 && cap_plain(c, j - 2) && !time_lead(c, j - 2) &&
        !(T(c, j) && T(c, j)->kind == TK_WORD && T(c, j)->cap))
      return 0;
    /* "of Spring Valley", "on Summer Street": a capitalized season after a
     * lowercase word and before a capitalized one opens a place name (an
     * event named by its season takes "the": "the Spring Offensive") */
    if (!the && st->cap && !c->post && i > 0 && T(c, i - 1)->kind == TK_WORD && !T(c, i - 1)->cap &&
        cls(c, i - 1) != L_REL && cls(c, i - 1) != L_POS && cls(c, i - 1) != L_EVERY &&
        cls(c, i - 1) != L_DET && cap_plain(c, j))
      return 0;
    /* "the Winter Olympics", "the Summer Games": an event named by the
     * season it is held in, not a time */
    if (st->cap && (isw(c, j, "olympics") || isw(c, j, "olympic") || isw(c, j, "games") ||
                    isw(c, j, "paralympics") || isw(c, j, "palace")))
      return 0;
    if (!tx_weq(st, TX_W("spring")) && !tx_weq(st, TX_W("fall")) && !isw(c, j, "of")) goto ok;
    if (!the && !T(c, i)->cap &&
        !(i > 0 && (isw(c, i - 1, "in") || isw(c, i - 1, "this") || isw(c, i - 1, "during") ||
                    isw(c, i - 1, "until") || isw(c, i - 1, "by") || isw(c, i - 1, "early") ||
                    isw(c, i - 1, "late") || isw(c, i - 1, "since"))))
      return 0;
    if (isw(c, j, "of")) return 0; /* the fall of Saigon */
    if (s == 3 &&
        !(i > 0 && (isw(c, i - 1, "in") || isw(c, i - 1, "this") || isw(c, i - 1, "early") ||
                    isw(c, i - 1, "late") || isw(c, i - 1, "during") || isw(c, i - 1, "by") ||
                    isw(c, i - 1, "until") || isw(c, i - 1, "since"))) &&
        /* "planned for the fall, ...": the noun closes the phrase */
        !(the && i > 0 &&
          (isw(c, i - 1, "for") || isw(c, i - 1, "since") || isw(c, i - 1, "after") ||
           isw(c, i - 1, "before") || isw(c, i - 1, "through")) &&
          (!T(c, j) || (T(c, j)->kind == TK_PUNCT && T(c, j)->w[0] != '-'))))
      return 0;
  }
ok:
  o->type = EL_TIMEX_DATE;
  if (y > 0) {
    v_year_code(o->value, y, SEASON_CODE[s]);
    o->ry = y, o->rm = -1, o->rd = -1;
  } else if (c->narrative && c->ry > 0)
    /* a winter is named by the year it ends in, unless the story is
     * already in that January or February */
    v_year_code(o->value, s == 4 && !(c->rm >= 1 && c->rm <= 2) ? c->ry + 1 : c->ry,
                SEASON_CODE[s]);
  else
    v_season(c, o->value, s, dir, 0, i);
  return j;
}

/* position modifier: early/late/mid/the end of/the beginning of + core */
static size_t m_core(sc_ctx *c, size_t i, sc_match *o);

static size_t m_pos(sc_ctx *c, size_t i, sc_match *o) {
  size_t j = i;
  int the = 0;
  if (isw(c, j, "the") || isw(c, j, "at")) {
    the = isw(c, j, "the");
    if (!the) return 0;
    j++;
  }
  if (cls(c, j) != L_POS) return 0;
  int pos = val(c, j);
  j++;
  int of_form = pos == POS_END || pos == POS_START || (pos == POS_MID && T(c, j - 1)->val2);
  if (of_form) {
    if (!isw(c, j, "of")) return 0;
    j++;
  } else if (isp(c, j, '-') && glued(c, j))
    j++;
  else if ((pos == POS_EARLY || pos == POS_LATE) && isw(c, j, "in") && year_tok(c, j + 1))
    j++; /* early in 1914 */
  sc_match m2;
  memset(&m2, 0, sizeof m2);
  m2.ry = m2.rm = m2.rd = -1;
  /* "the late 1970s", "the early summer": the article belongs to it (but
   * "the early days" is no date: below) */
  size_t e = m_core(c, j, &m2);
  if (e && !m2.invalid && (m2.type == EL_TIMEX_DATE || m2.type == EL_TIMEX_TIME)) {
    *o = m2;
    return e;
  }
  /* "mid-afternoon", "mid-morning yesterday": that part of the DCT's day
   * (or of the day named right after) */
  if (pos == POS_MID && !the && cls(c, j) == L_POD && !T(c, j)->val2 && val(c, j) <= POD_NI &&
      c->has_dct && !in_story(c)) {
    size_t e = j + 1, e2 = 0;
    memset(&m2, 0, sizeof m2);
    if (cls(c, e) == L_DEIXIS && !T(c, e)->val2)
      e2 = m_deixis(c, e, &m2);
    else if (cls(c, e) == L_WDAY)
      e2 = m_weekday(c, e, &m2, 0, 0);
    if (e2 && strlen(m2.value) == 10)
      e = e2;
    else
      v_day(m2.value, c->dct.year, c->dct.month, c->dct.day);
    *o = m2;
    o->type = EL_TIMEX_DATE;
    add_pod(o, val(c, j));
    return e;
  }
  if (the && !of_form) return 0;
  /* the end of the year / month / week */
  if (isw(c, j, "the") && cls(c, j + 1) == L_UNIT && !T(c, j + 1)->val2) {
    int u = val(c, j + 1), y, m, d;
    if (u == TU_HOUR || u == TU_MIN || u == TU_SEC || u == TU_DAY) return 0;
    if (!anchor(c, 0, &y, &m, &d)) return 0;
    o->type = EL_TIMEX_DATE;
    v_shift(o->value, y, m, d, 0, u);
    return j + 2;
  }
  return 0;
}

static void keep_longest(size_t *best, sc_match *bo, size_t e, const sc_match *m) {
  if (e > *best) {
    *best = e;
    *bo = *m;
  }
}

/* Short posts (tweets) tag bare time nouns: "all day" P1D, "days" PXD,
 * "night" is tonight (DCT TNI), "the week" this week, "the future". */
static size_t m_post(const sc_ctx *c, size_t i, sc_match *o) {
  size_t j = i;
  int det = 0, dur_ok = 1;
  if (isw(c, j, "the") || isw(c, j, "this") || isw(c, j, "that")) {
    det = 1;
    j++;
  } else if (isw(c, j, "a") || isw(c, j, "an") || isw(c, j, "one") || isw(c, j, "another")) {
    j++;
  }
  /* "the first day", "1st year": the n-th unit of something */
  int ord = cls(c, j) == L_ORD ? val(c, j)
            : (T(c, j) && T(c, j)->kind == TK_NUM && T(c, j)->ndig &&
               (tx_weq(T(c, j), TX_W("st")) || tx_weq(T(c, j), TX_W("nd")) ||
                tx_weq(T(c, j), TX_W("rd")) || tx_weq(T(c, j), TX_W("th"))))
                ? T(c, j)->num
                : 0;
  if (ord > 0 && ord < 1000 && cls(c, j + 1) == L_UNIT && !T(c, j + 1)->val2) {
    int u = val(c, j + 1);
    if (u == TU_DAY || u == TU_WEEK || u == TU_MONTH || u == TU_YEAR) {
      o->type = EL_TIMEX_DATE;
      snprintf(o->value, 32, "P1%s-#%d", unit_code(u), ord);
      return j + 2;
    }
  }
  /* "last day", "last minute": the one around the DCT */
  if (isw(c, j, "last") && cls(c, j + 1) == L_UNIT && !T(c, j + 1)->val2 && c->has_dct &&
      (val(c, j + 1) == TU_DAY || val(c, j + 1) == TU_MIN)) {
    o->type = val(c, j + 1) == TU_DAY ? EL_TIMEX_DATE : EL_TIMEX_TIME;
    v_day(o->value, c->dct.year, c->dct.month, c->dct.day);
    if (val(c, j + 1) == TU_MIN) strcat(o->value, "TXX");
    return j + 2;
  }
  if (isw(c, j, "every") && isw(c, j + 1, "single") && cls(c, j + 2) == L_UNIT) {
    o->type = EL_TIMEX_SET;
    dur_value(o->value, 1, val(c, j + 2));
    return j + 3;
  }
  if (isw(c, j, "whole") || isw(c, j, "entire") || isw(c, j, "late")) {
    j++;
    dur_ok = !isw(c, j - 1, "late");
  }
  const tx_tok *w = T(c, j);
  if (!w || w->kind != TK_WORD) return 0;
  if (w->cls == L_POD && w->val >= POD_MO && w->val <= POD_NI) {
    if (!c->has_dct) return 0;
    o->type = EL_TIMEX_TIME;
    snprintf(o->value, 32, "%04d-%02d-%02dT%s", c->dct.year, c->dct.month, c->dct.day,
             POD_CODE[w->val]);
    return j + 1;
  }
  if (w->cls == L_REF && w->val == REF_FUTURE && j == i && tx_weq(w, TX_W("future"))) {
    o->type = EL_TIMEX_DATE;
    snprintf(o->value, 32, "FUTURE_REF");
    return j + 1;
  }
  if (w->cls != L_UNIT || !dur_ok) return 0;
  /* "happy new year": the holiday's greeting, no stretch of time */
  if (j == i && i > 0 && isw(c, i - 1, "new") && tx_weq(w, TX_W("year"))) return 0;
  if (w->wlen <= 4 && !tx_weq(w, TX_W("day")) && !tx_weq(w, TX_W("days")) &&
      !tx_weq(w, TX_W("week")) && !tx_weq(w, TX_W("year")) && !tx_weq(w, TX_W("hour")))
    return 0; /* "min", "yr", "hrs": too ambiguous alone */
  int u = w->val;
  if (u != TU_DAY && u != TU_WEEK && u != TU_MONTH && u != TU_YEAR && u != TU_HOUR && u != TU_MIN)
    return 0;
  if (det && !w->val2 && c->has_dct && u != TU_HOUR && u != TU_MIN) {
    o->type = EL_TIMEX_DATE;
    v_shift(o->value, c->dct.year, c->dct.month, c->dct.day, 0, u);
    return j + 1;
  }
  o->type = EL_TIMEX_DURATION;
  dur_value(o->value, w->val2 ? -1 : 1, u);
  /* "day 3" of a series */
  if (!w->val2 && T(c, j + 1) && T(c, j + 1)->kind == TK_NUM && T(c, j + 1)->ndig &&
      T(c, j + 1)->ndig <= 2 && !T(c, j + 1)->w[0])
    return j + 2;
  return j + 1;
}

/* "earlier in the year", "late in the month": that period of the text's
 * reference date (histories) or of the DCT */
static size_t m_in_the_unit(const sc_ctx *c, size_t i, sc_match *o) {
  if (!(isw(c, i, "earlier") || isw(c, i, "later") || isw(c, i, "early") || isw(c, i, "late")) ||
      !isw(c, i + 1, "in") || !isw(c, i + 2, "the") || cls(c, i + 3) != L_UNIT || T(c, i + 3)->val2)
    return 0;
  int u = val(c, i + 3), y, m, d;
  if (u != TU_YEAR && u != TU_MONTH && u != TU_WEEK) return 0;
  if (!anchor(c, 1, &y, &m, &d)) return 0;
  o->type = EL_TIMEX_DATE;
  v_shift(o->value, y, m, d, 0, u);
  return i + 4;
}

/* News and financial reports (not histories, not posts): "the year", "the
 * full year", "the [current|latest] fiscal year" is the DCT's year (the
 * latest: the one before; after a reported fourth quarter, its year); "the year ended/ending June
 * 30" is a year-long period (DURATION).  "the year before/earlier/of ..." is left alone. */
static size_t m_the_year(const sc_ctx *c, size_t i, sc_match *o) {
  if (c->post || !c->has_dct || !isw(c, i, "the") || in_story(c)) return 0;
  size_t j = i + 1;
  int shift = 0;
  if (isw(c, j, "full"))
    j++;
  else {
    if (isw(c, j, "current"))
      j++;
    else if (isw(c, j, "latest"))
      shift = -1, j++;
    if (isw(c, j, "fiscal"))
      j++;
    else if (j > i + 1)
      return 0; /* "the current year": m_rel */
  }
  /* "ended the decade at 3.5 percent": the DCT's decade, unless a decade
   * named shortly before is the one meant ("the 1990s ... the decade") */
  if (j == i + 1 && isw(c, j, "decade") && !T(c, j)->cap && !isp(c, j + 1, '-') &&
      !isp(c, j + 1, '\'') && !isw(c, j + 1, "of") && !isw(c, j + 1, "when") &&
      !isw(c, j + 1, "in") && !isw(c, j + 1, "that") && !isw(c, j + 1, "before") &&
      !isw(c, j + 1, "after") && !isw(c, j + 1, "since")) {
    for (size_t k = i; k > 0 && i - k < 80; k--) {
      const tx_tok *p = T(c, k - 1);
      if (p->kind == TK_NUM && p->ndig == 4 && tx_weq(p, TX_W("s"))) return 0;
      if (p->kind == TK_PUNCT && p->w[0] == '\'' && T(c, k) && T(c, k)->kind == TK_NUM &&
          tx_weq(T(c, k), TX_W("s")))
        return 0; /* "the '90s" */
    }
    o->type = EL_TIMEX_DATE;
    snprintf(o->value, 32, "%03d", c->dct.year / 10);
    return j + 1;
  }
  if (!isw(c, j, "year") || T(c, j)->cap) return 0; /* "Man of the Year" */
  const tx_tok *nx = T(c, j + 1);
  if (nx && nx->kind == TK_PUNCT && (nx->w[0] == '-' || nx->w[0] == '\'') && glued(c, j + 1))
    return 0; /* "the year-earlier period", "the year's" */
  if (nx && nx->kind == TK_WORD &&
      (cls(c, j + 1) == L_DIR || cls(c, j + 1) == L_NUM || year_tok(c, j + 1) ||
       isw(c, j + 1, "ago") ||
       (j == i + 1 && /* "the year of / when / that ...": some other year */
        (isw(c, j + 1, "of") || isw(c, j + 1, "when") || isw(c, j + 1, "in") ||
         isw(c, j + 1, "that")))))
    return 0;
  if (nx && nx->kind == TK_NUM) return 0;
  if (isw(c, j + 1, "ended") || isw(c, j + 1, "ending")) {
    o->type = EL_TIMEX_DURATION;
    snprintf(o->value, 32, "P1Y");
    return j + 1;
  }
  o->type = EL_TIMEX_DATE;
  /* a report on a fourth quarter ("Fourth-quarter revenue rose 9%, and for
   * the full year 7%") closes that quarter's year */
  int qy, rq = shift == 0 ? reported_quarter(c, i, &qy) : 0;
  v_year(o->value, rq == 4 && qy < c->dct.year ? qy : c->dct.year + shift);
  return j + 1;
}

/* "by year-end", "by year end", "by year's end" (news): the close of the
 * DCT's year; "since year-end" the close of the year before; "by month's
 * end" that month */
static size_t m_year_end(const sc_ctx *c, size_t i, sc_match *o) {
  int month = isw(c, i, "month"), week = isw(c, i, "week");
  if (c->post || !c->has_dct || !(isw(c, i, "year") || month || week) || i == 0) return 0;
  if (!(isw(c, i - 1, "by") || isw(c, i - 1, "since") || isw(c, i - 1, "around") ||
        isw(c, i - 1, "at") || isw(c, i - 1, "until") || isw(c, i - 1, "before") ||
        isw(c, i - 1, "after") || isw(c, i - 1, "through")))
    return 0;
  size_t j = i + 1;
  int hy = 0;
  if (isp(c, j, '-') && glued(c, j) && glued(c, j + 1))
    hy = 1, j++;
  else if (isp(c, j, '\'') && glued(c, j) && isw(c, j + 1, "s") && glued(c, j + 1))
    j += 2;
  if (!isw(c, j, "end")) return 0;
  const tx_tok *nx = T(c, j + 1);
  if (nx && nx->kind == TK_WORD && nx->cls == L_NONE && !tx_weq(nx, TX_W("and")))
    return 0; /* "by year-end bonus" */
  o->type = EL_TIMEX_DATE;
  if (week) { /* "by week's end": the DCT's week, in news */
    if (hy || in_story(c)) return 0;
    v_shift(o->value, c->dct.year, c->dct.month, c->dct.day, 0, TU_WEEK);
    return j + 1;
  }
  if (month) {
    /* "by month's end", "at month-end": the month of the reference (the
     * story's when it names one, else the DCT's) */
    int story = in_story(c);
    if (story && !(c->ry > 0 && c->rm > 0)) return 0;
    if (story)
      v_year_month(o->value, c->ry, c->rm);
    else
      v_year_month(o->value, c->dct.year, c->dct.month);
    return j + 1;
  }
  if (hy && year_tok(c, j + 1)) { /* "at year-end 2024" */
    snprintf(o->value, 32, "%04d-12-31", T(c, j + 1)->num % 10000);
    return j + 2;
  }
  if (in_story(c)) return 0; /* the story's year: "the end of the year" */
  int y = c->dct.year - (isw(c, i - 1, "since") ? 1 : 0);
  if (hy)
    snprintf(o->value, 32, "%04d-12-31", y);
  else
    v_year(o->value, y);
  return j + 1;
}

/* "the next morning", "the previous evening", "that night": a part of
 * the day told from the day in reference (the last one named), else the
 * DCT's */
static size_t m_anaphoric_pod(const sc_ctx *c, size_t i, sc_match *o) {
  size_t j = i;
  int dir = 0;
  if (cls(c, i + 1) != L_REL && cls(c, i + 1) != L_POD) return 0; /* most "the"/"that" */
  if (isw(c, j, "the") &&
      (isw(c, j + 1, "next") || isw(c, j + 1, "following") || isw(c, j + 1, "previous"))) {
    dir = isw(c, j + 1, "previous") ? -1 : 1;
    j += 2;
  } else if (isw(c, j, "that"))
    j += 1;
  else
    return 0;
  if (cls(c, j) != L_POD || T(c, j)->val2 || val(c, j) > POD_NI) return 0;
  int y, m, d;
  if (!anchor(c, 1, &y, &m, &d)) return 0;
  o->type = EL_TIMEX_DATE;
  v_shift(o->value, y, m, d, dir, TU_DAY);
  add_pod(o, val(c, j));
  /* a time of day (TimeML TIME) in news; histories annotate it as a date
   * of that part of the day (WikiWars) */
  o->type = c->narrative ? EL_TIMEX_DATE : EL_TIMEX_TIME;
  return j + 1;
}

/* "the Fourth of July", "the first of May": an ordinal word for the day */
static size_t m_ord_of_month(const sc_ctx *c, size_t i, sc_match *o) {
  if (!isw(c, i, "the") || cls(c, i + 1) != L_ORD || !isw(c, i + 2, "of") || !month_ok(c, i + 3, 1))
    return 0;
  int d = val(c, i + 1), m = val(c, i + 3), y = -1;
  if (d < 1 || d > 31) return 0;
  size_t j = opt_year(c, eat_dot(c, i + 4), &y);
  return month_date(c, i, o, m, d, y, j, 0);
}

/* "the week of March 6": the ISO week holding that day */
static size_t m_week_of(const sc_ctx *c, size_t i, sc_match *o) {
  if (!isw(c, i, "the") || !isw(c, i + 1, "week") || !isw(c, i + 2, "of")) return 0;
  sc_match d2;
  memset(&d2, 0, sizeof d2);
  d2.ry = d2.rm = d2.rd = -1;
  size_t e = m_month(c, i + 3, &d2, 0);
  int y, m, d;
  if (!e || d2.invalid || strlen(d2.value) != 10 ||
      sscanf(d2.value, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return 0;
  *o = d2;
  o->type = EL_TIMEX_DATE;
  v_shift(o->value, y, m, d, 0, TU_WEEK);
  return e;
}

/* "the last day of the decade", "the first day of next year", "the last
 * day of 2019": that one day (news, from the DCT; "the first day of the
 * war" names no calendar period) */
static size_t m_day_of(const sc_ctx *c, size_t i, sc_match *o) {
  int first = isw(c, i + 1, "first");
  if (!isw(c, i, "the") || !(first || isw(c, i + 1, "last") || isw(c, i + 1, "final")) ||
      !isw(c, i + 2, "day") || !isw(c, i + 3, "of"))
    return 0;
  size_t k = i + 4, e = 0;
  int y0 = -1, m0 = 1, y1 = -1, m1 = 12;
  if (year_tok(c, k)) { /* "of 2019" */
    y0 = y1 = T(c, k)->num;
    e = k + 1;
  } else { /* ("of March": m_part_of_month) */
    if (!c->has_dct || in_story(c)) return 0;
    int shift = 0;
    if (isw(c, k, "this") || isw(c, k, "the"))
      ;
    else if (isw(c, k, "next"))
      shift = 1;
    else if (isw(c, k, "last"))
      shift = -1;
    else
      return 0;
    int y = c->dct.year, m = c->dct.month;
    if (isw(c, k + 1, "year"))
      y0 = y1 = y + shift;
    else if (isw(c, k + 1, "decade"))
      y0 = (y / 10 + shift) * 10, y1 = y0 + 9;
    else if (isw(c, k + 1, "month")) {
      int mm = m - 1 + shift, yy = y + (mm < 0 ? -1 : mm > 11 ? 1 : 0);
      mm = (mm + 12) % 12 + 1;
      y0 = y1 = yy, m0 = m1 = mm;
    } else if (isw(c, k + 1, "quarter") && shift == 0) {
      y0 = y1 = y, m0 = (m - 1) / 3 * 3 + 1, m1 = m0 + 2;
    } else
      return 0;
    e = k + 2;
  }
  o->type = EL_TIMEX_DATE;
  if (first)
    v_day(o->value, y0, m0, 1);
  else
    v_day(o->value, y1, m1, tx_days_in_month(y1, m1));
  return e;
}

/* "the last week of August", "the first two weeks of February 1951": a
 * part of the month, a DATE valued by its length (P1W, P2W) as histories
 * annotate it; in news one week is that ISO week */
static size_t m_part_of_month(const sc_ctx *c, size_t i, sc_match *o) {
  if (!isw(c, i, "the")) return 0;
  size_t j = i + 1;
  if (!(isw(c, j, "last") || isw(c, j, "final") || isw(c, j, "first") ||
        (cls(c, j) == L_ORD && val(c, j) <= 4)))
    return 0;
  j++;
  int n = 1;
  size_t k = count_at(c, j, &n);
  j += k;
  /* "the first two quarters of 1990", "the last six months of 2024": a half
   * of that year */
  if (k && cls(c, j) == L_UNIT && T(c, j)->val2 == 1 && isw(c, j + 1, "of") && year_tok(c, j + 2) &&
      (isw(c, i + 1, "first") || isw(c, i + 1, "last")) &&
      ((val(c, j) == TU_QUARTER && n == 2) || (val(c, j) == TU_MONTH && n == 6))) {
    o->type = EL_TIMEX_DATE;
    v_year_part(o->value, T(c, j + 2)->num, 'H', isw(c, i + 1, "first") ? 1 : 2);
    return j + 3;
  }
  if (cls(c, j) != L_UNIT || (val(c, j) != TU_WEEK && val(c, j) != TU_DAY) ||
      (k && !T(c, j)->val2) || !isw(c, j + 1, "of") || !month_ok(c, j + 2, 1))
    return 0;
  int u = val(c, j), plural = T(c, j)->val2 == 1;
  size_t e = eat_dot(c, j + 3);
  int y = -1;
  e = opt_year(c, e, &y);
  if (!c->history && u == TU_WEEK && !k) {
    /* news: one week of the month is the ISO week holding the middle day
     * of that seven-day stretch ("the second week of June 2026" W24) */
    int m = val(c, j + 2), nth = isw(c, i + 1, "last") || isw(c, i + 1, "final") ? 0
                                 : isw(c, i + 1, "first")                        ? 1
                                                                                 : val(c, i + 1);
    if (y < 0) y = year_for(c, m, 15, 0, i);
    if (y > 0) {
      int d = nth ? 4 + 7 * (nth - 1) : tx_days_in_month(y, m) - 3;
      o->type = EL_TIMEX_DATE;
      v_shift(o->value, y, m, d, 0, TU_WEEK);
      return e;
    }
  }
  if (!c->history && u == TU_DAY && !k && !plural) {
    /* news: "the last day of March" is that day */
    int m = val(c, j + 2), nth = isw(c, i + 1, "last") || isw(c, i + 1, "final") ? 0
                                 : isw(c, i + 1, "first")                        ? 1
                                                                                 : val(c, i + 1);
    if (y < 0) y = year_for(c, m, 15, 0, i);
    if (y > 0) {
      o->type = EL_TIMEX_DATE;
      v_day(o->value, y, m, nth ? nth : tx_days_in_month(y, m));
      return e;
    }
  }
  o->type = EL_TIMEX_DATE; /* a part of a date, valued by its length */
  dur_value(o->value, plural && !k ? -1 : n, u);
  return e;
}

/* "on the 14th", "until the 29th": a day of the month in reference (the
 * month of the last day or month resolved, else the DCT's), one month back when a
 * past tense points before that day and one month on when the future
 * points after it.  Only after a preposition and before no noun ("the
 * 14th century", "the 25th anniversary" are not dates). */
static size_t m_the_nth(const sc_ctx *c, size_t i, sc_match *o) {
  if (!isw(c, i, "the") || i == 0) return 0;
  if (!(isw(c, i - 1, "on") || isw(c, i - 1, "by") || isw(c, i - 1, "until") ||
        isw(c, i - 1, "till") || isw(c, i - 1, "since") || isw(c, i - 1, "from") ||
        isw(c, i - 1, "before") || isw(c, i - 1, "after") || isw(c, i - 1, "through")))
    return 0;
  const tx_tok *t = T(c, i + 1);
  if (!day_tok(c, i + 1) || t->w[0] == 0) return 0; /* the ordinal suffix is needed */
  const tx_tok *nx = T(c, i + 2);
  if (nx && nx->kind == TK_WORD && !nx->nl &&
      !(isw(c, i + 2, "and") || isw(c, i + 2, "or") || isw(c, i + 2, "to") || isw(c, i + 2, "at") ||
        isw(c, i + 2, "in") || isw(c, i + 2, "when") || isw(c, i + 2, "but") ||
        isw(c, i + 2, "as") || isw(c, i + 2, "after") || isw(c, i + 2, "before") ||
        isw(c, i + 2, "with")))
    return 0;
  if (nx && nx->kind == TK_PUNCT && (nx->w[0] == '-' || nx->w[0] == '\'') && glued(c, i + 2))
    return 0; /* "the 14th-century", "the 20th's" */
  int y, m, d = -1;
  /* "from the 13th to the 19th of October 1950": the month named at the
   * other end of the range */
  size_t k = i + 2;
  if (isw(c, k, "to") || isw(c, k, "and") || isw(c, k, "through") || isw(c, k, "until") ||
      isp(c, k, '-')) {
    k++;
    if (isw(c, k, "the")) k++;
    sc_match o2;
    memset(&o2, 0, sizeof o2);
    if (day_tok(c, k) && m_month(c, k, &o2, 0) && isdigit((unsigned char)o2.value[0]) &&
        strlen(o2.value) >= 7) {
      int n = T(c, i + 1)->num, yy = atoi(o2.value), mm = atoi(o2.value + 5);
      if (n > tx_days_in_month(yy, mm)) return 0;
      o->type = EL_TIMEX_DATE;
      v_day(o->value, yy, mm, n);
      return i + 2;
    }
  }
  if (c->ly > 0 && c->lm > 0) {
    y = c->ly, m = c->lm, d = c->ld;
  } else if (c->has_dct) {
    y = c->dct.year, m = c->dct.month, d = c->dct.day;
  } else
    return 0;
  int n = t->num;
  if (d > 0) {
    int dir = tx_tense(c->tk, i + 1);
    if (dir < 0 && n > d) tx_add_months(&y, &m, -1);
    if (dir > 0 && n < d) tx_add_months(&y, &m, 1);
  }
  if (n > tx_days_in_month(y, m)) return 0;
  o->type = EL_TIMEX_DATE;
  v_day(o->value, y, m, n);
  return i + 2;
}

/* "The day before, ...", "the day after": the day next to the last date
 * mentioned.  Not before a noun phrase ("the day before the vote" is
 * anchored on an event, not on a date). */
static size_t m_the_day_dir(const sc_ctx *c, size_t i, sc_match *o) {
  if (!isw(c, i, "the") || !isw(c, i + 1, "day")) return 0;
  int dir;
  if (isw(c, i + 2, "before"))
    dir = -1;
  else if (isw(c, i + 2, "after"))
    dir = 1;
  else
    return 0;
  /* "the day before yesterday", "the day after tomorrow": two days from
   * the DCT, one expression */
  if (cls(c, i + 3) == L_DEIXIS && val(c, i + 3) == dir && !T(c, i + 3)->val2 && c->has_dct) {
    o->type = EL_TIMEX_DATE;
    v_shift(o->value, c->dct.year, c->dct.month, c->dct.day, 2 * dir, TU_DAY);
    return i + 4;
  }
  const tx_tok *nx = T(c, i + 3);
  if (nx && !(nx->kind == TK_PUNCT && nx->w[0] != '\'' && nx->w[0] != '-') && !nx->nl) return 0;
  int y, m, d;
  if (!anchor(c, 1, &y, &m, &d)) return 0;
  o->type = EL_TIMEX_DATE;
  v_shift(o->value, y, m, d, dir, TU_DAY);
  return i + 3;
}

/* Vague references (news and histories): "these days" (the present), "the
 * short/near term" (the future), "for a while" / "for some time" (an
 * unknown span). */
static size_t m_vague(const sc_ctx *c, size_t i, sc_match *o) {
  if (c->post) return 0;
  o->type = EL_TIMEX_DATE;
  if (isw(c, i, "these") && isw(c, i + 1, "days") && !(cls(c, i + 2) == L_DIR)) {
    snprintf(o->value, 32, "PRESENT_REF");
    return i + 2;
  }
  /* "the weeks ahead", "the months ahead": an open length from now, as
   * "the coming weeks" */
  if (isw(c, i, "the") && cls(c, i + 1) == L_UNIT && T(c, i + 1)->val2 == 1 &&
      val(c, i + 1) >= TU_DAY && val(c, i + 1) <= TU_YEAR && val(c, i + 1) != TU_WEEKEND &&
      val(c, i + 1) != TU_QUARTER && isw(c, i + 2, "ahead") && !isw(c, i + 3, "of")) {
    o->type = EL_TIMEX_DURATION;
    dur_value(o->value, -1, val(c, i + 1));
    return i + 3;
  }
  if (isw(c, i, "the") && (isw(c, i + 1, "short") || isw(c, i + 1, "near")) &&
      isw(c, i + 2, "term") && !(isp(c, i + 3, '-') && glued(c, i + 3))) {
    snprintf(o->value, 32, "FUTURE_REF");
    return i + 3;
  }
  if (i > 0 && (isw(c, i - 1, "for") || isw(c, i - 1, "in") || isw(c, i - 1, "after")) &&
      ((isw(c, i, "a") && isw(c, i + 1, "while")) ||
       (isw(c, i, "some") && isw(c, i + 1, "time") && isw(c, i - 1, "for")))) {
    o->type = EL_TIMEX_DURATION;
    snprintf(o->value, 32, "PXX");
    return i + 2;
  }
  return 0;
}

/* "the nineties", "the early eighties": a decade spelled as transcripts
 * say it, the latest one begun by the DCT's year (not temperatures: "highs
 * in the seventies") */
static size_t m_spelled_decade(const sc_ctx *c, size_t i, sc_match *o) {
  static const char DEC[][TX_WSIZE] = {"twenties", "thirties",  "forties",  "fifties",
                                       "sixties",  "seventies", "eighties", "nineties"};
  if (c->post || !isw(c, i, "the")) return 0;
  size_t k = i + 1;
  if (cls(c, k) == L_POS && val(c, k) != POS_END && val(c, k) != POS_START) {
    k++;
    if (isp(c, k, '-') && glued(c, k)) k++;
  }
  /* the decade words are lexicon followers (data/time/lexicon.tsv): any
   * other token is settled by its class, not by eight word compares (this
   * runs for every "the" before a time word) */
  if (cls(c, k) != L_FOLLOW) return 0;
  int d = -1;
  for (int n = 0; n < 8; n++)
    if (isw_pad(c, k, DEC[n])) d = (n + 2) * 10;
  if (d < 0) return 0;
  for (size_t b = 1; b <= 6 && b <= i; b++) {
    const tx_tok *t = T(c, i - b);
    if (t->kind != TK_WORD) continue;
    if (isw(c, i - b, "temperature") || isw(c, i - b, "temperatures") || isw(c, i - b, "high") ||
        isw(c, i - b, "highs") || isw(c, i - b, "low") || isw(c, i - b, "lows") ||
        isw(c, i - b, "degrees") || isw(c, i - b, "mercury"))
      return 0;
  }
  int y = 1900 + d;
  if (c->has_dct && 2000 + d <= c->dct.year) y = 2000 + d;
  o->type = EL_TIMEX_DATE;
  snprintf(o->value, 32, "%03d", y / 10);
  return k + 1;
}

/* "current" before a noun that is not a time unit ("current market
 * conditions", "his current wife"): the present (TimeML PRESENT_REF) */
static size_t m_current(const sc_ctx *c, size_t i, sc_match *o) {
  int k = cls(c, i + 1);
  if (k == L_UNIT || k == L_FISCAL || k == L_ORD || k == L_SEASON || k == L_MONTH) return 0;
  const tx_tok *nx = T(c, i + 1);
  if (!nx || nx->kind != TK_WORD) return 0;
  o->type = EL_TIMEX_DATE;
  snprintf(o->value, 32, "PRESENT_REF");
  return i + 1;
}

/* Histories are annotated TIMEX2-style: "former" (emperor) is PAST_REF,
 * a bare "future" FUTURE_REF, a bare "night" some night (XXXX-XX-XXTNI). */
static size_t m_narr(const sc_ctx *c, size_t i, sc_match *o) {
  const tx_tok *w = T(c, i);
  if (!w || w->kind != TK_WORD) return 0;
  o->type = EL_TIMEX_DATE;
  if (isw(c, i, "former")) {
    snprintf(o->value, 32, "PAST_REF");
    return i + 1;
  }
  if (w->cls == L_REF && w->val == REF_FUTURE && tx_weq(w, TX_W("future"))) {
    snprintf(o->value, 32, "FUTURE_REF");
    return i + 1;
  }
  if (w->cls == L_POD && w->val == POD_NI && !w->val2 && tx_weq(w, TX_W("night"))) {
    o->type = EL_TIMEX_TIME;
    snprintf(o->value, 32, "XXXX-XX-XXTNI");
    return i + 1;
  }
  return 0;
}

/* "Explosions were heard overnight in the suburbs": the adverb is the
 * night before the day it is told from; the adjective ("overnight
 * lending", "an overnight stay") names no time.  The day is the one the
 * sentence told just before, else the DCT's (the eve of it in the past). */
static size_t m_overnight(const sc_ctx *c, size_t i, sc_match *o) {
  static const char AFTER[][TX_WSIZE] = {"in",    "at",     "on",     "with",   "from", "to",
                                         "after", "before", "and",    "but",    "as",   "when",
                                         "while", "near",   "across", "along",  "into", "amid",
                                         "for",   "by",     "during", "outside"};
  if (c->post || c->history || !isw(c, i, "overnight")) return 0;
  const tx_tok *p = i > 0 ? T(c, i - 1) : NULL, *nx = T(c, i + 1);
  if (p && p->kind == TK_WORD &&
      (p->cls == L_DET || is_possessive(c, i - 1) || isw(c, i - 1, "of")))
    return 0;
  int ok = !nx || nx->kind == TK_PUNCT || nx->nl;
  for (size_t k = 0; k < sizeof AFTER / sizeof *AFTER && !ok; k++)
    if (isw_pad(c, i + 1, AFTER[k])) ok = 1;
  if (!ok) return 0;
  o->type = EL_TIMEX_TIME;
  if (c->ry > 0 && c->rm > 0 && c->rd > 0 && i >= c->rtok && i - c->rtok <= 30)
    v_day(o->value, c->ry, c->rm, c->rd);
  else if (c->has_dct) {
    int y = c->dct.year, m = c->dct.month, d = c->dct.day;
    if (tx_tense(c->tk, i) < 0) tx_civil_from_days(tx_days_from_civil(y, m, d) - 1, &y, &m, &d);
    v_day(o->value, y, m, d);
  } else
    snprintf(o->value, 32, "XXXX-XX-XX");
  size_t n = strlen(o->value);
  snprintf(o->value + n, 32 - n, "TNI");
  return i + 1;
}

/* A bare plural unit of unknown count in news: "for weeks", "within
 * hours", "would take years", "hours after the vote" (DURATION PX<unit>);
 * histories annotate such phrases whole, as dates (TIMEX2) */
static size_t m_bare_units(const sc_ctx *c, size_t i, sc_match *o) {
  static const char LEAD[][TX_WSIZE] = {"for",   "within", "over",   "take",    "takes", "took",
                                        "taken", "taking", "lasted", "lasting", "spent"};
  const tx_tok *t = T(c, i);
  if (c->post || c->history || !t->val2 || t->val < TU_MIN || t->val > TU_DECADE ||
      t->val == TU_WEEKEND || t->val == TU_QUARTER || i == 0)
    return 0;
  int lead = 0;
  for (size_t k = 0; k < sizeof LEAD / sizeof *LEAD; k++)
    if (isw_pad(c, i - 1, LEAD[k])) lead = 1;
  /* "hours after", "days later", "was canceled days before": the count is
   * left open */
  const tx_tok *p = T(c, i - 1);
  if (!lead && (isw(c, i + 1, "after") || isw(c, i + 1, "later") || isw(c, i + 1, "before")) &&
      (p->kind == TK_PUNCT || isw(c, i - 1, "just") || isw(c, i - 1, "only") ||
       (p->kind == TK_WORD && !p->cap && p->cls == L_NONE && p->wlen >= 4 &&
        tx_streq(p->w + p->wlen - 2, "ed"))))
    lead = 1;
  /* "the lowest point in years.", "the first time in decades,": a
   * superlative or first/last before "in" + units closing the phrase */
  if (!lead && t->val >= TU_WEEK && isw(c, i - 1, "in") &&
      (!T(c, i + 1) || (T(c, i + 1)->kind == TK_PUNCT && T(c, i + 1)->w[0] != '-'))) {
    for (size_t k = i - 1; k > 0 && i - k < 8 && !lead; k--) {
      const tx_tok *w = T(c, k - 1);
      if (w->kind == TK_PUNCT) break;
      lead = w->kind == TK_WORD && w->wlen >= 4 && w->w[w->wlen - 2] == 's' &&
             w->w[w->wlen - 1] == 't' && !isw(c, k - 1, "against") && !isw(c, k - 1, "almost");
    }
  }
  if (!lead || isw(c, i + 1, "ago") || isw(c, i + 1, "-")) return 0;
  /* "Hours later, X accused ...": the day of the scene told before, as
   * "two hours later" is; a count left open is no length to report */
  if ((t->val == TU_HOUR || t->val == TU_MIN) && isw(c, i + 1, "later") && c->ry > 0 && c->rm > 0 &&
      c->rd > 0) {
    o->type = EL_TIMEX_DATE;
    v_day(o->value, c->ry, c->rm, c->rd);
    return i + 2;
  }
  o->type = EL_TIMEX_DURATION;
  dur_value(o->value, -1, t->val);
  return i + 1;
}

/* "week-long", "months-long": a unit made an adjective of length */
static size_t m_unit_long(const sc_ctx *c, size_t i, sc_match *o) {
  const tx_tok *t = T(c, i);
  if (!isp(c, i + 1, '-') || !glued(c, i + 1) || !isw(c, i + 2, "long") || !glued(c, i + 2) ||
      t->val < TU_MIN || t->val > TU_CENTURY || t->val == TU_WEEKEND)
    return 0;
  o->type = EL_TIMEX_DURATION;
  dur_value(o->value, t->val2 ? -1 : 1, t->val);
  return i + 3;
}

static size_t m_core(sc_ctx *c, size_t i, sc_match *o) {
  size_t best = 0, e;
  sc_match m;
#define TRY(call)                         \
  do {                                    \
    memset(&m, 0, sizeof m);              \
    m.ry = m.rm = m.rd = -1;              \
    e = (call);                           \
    if (e) keep_longest(&best, o, e, &m); \
  } while (0)
  const tx_tok *t = T(c, i);
  if (!t) return 0;
  if (c->post && t->kind == TK_WORD) TRY(m_post(c, i, &m));
  if (c->history && t->kind == TK_WORD) TRY(m_narr(c, i, &m));
  if (t->kind == TK_NUM) {
    /* matchers whose first test on a number is its digit count (ndig 0:
     * not a plain integer) are not called when it fails: m_iso wants 4
     * digits, m_slash an integer, m_month a day (1 or 2 digits: day_tok),
     * m_year 1 to 4 (a year, a century ordinal, a year BC) */
    if (t->ndig == 4) TRY(m_iso(c, i, &m));
    if (t->ndig) TRY(m_slash(c, i, &m));
    if (t->ndig == 1 || t->ndig == 2) TRY(m_month(c, i, &m, 0));
    TRY(m_time(c, i, &m));
    TRY(m_duration(c, i, &m, 1));
    if (t->ndig && t->ndig <= 4) TRY(m_year(c, i, &m));
    return best;
  }
  if (t->kind == TK_PUNCT) {
    if (t->w[0] == '\'') TRY(m_year(c, i, &m));
    return best;
  }
  switch (t->cls) {
    case L_MONTH:
      TRY(m_month(c, i, &m, 0));
      if (isw(c, i, "may")) TRY(m_holiday(c, i, &m, 0));
      break;
    case L_WDAY:
      TRY(m_weekday(c, i, &m, 0, 0));
      break;
    case L_DEIXIS:
      TRY(m_deixis(c, i, &m));
      break;
    case L_SEASON:
      TRY(m_season(c, i, &m, 0));
      break;
    case L_HOLIDAY:
      TRY(m_holiday(c, i, &m, 0));
      break;
    case L_SETW:
    case L_WDAYS:
    case L_EVERY:
      TRY(m_set(c, i, &m));
      break;
    case L_POD:
      TRY(m_time(c, i, &m));
      if (t->val2 == 2) TRY(m_overnight(c, i, &m));
      break;
    case L_FISCAL:
      TRY(m_year(c, i, &m));
      TRY(m_quarter(c, i, &m)); /* "fiscal second-quarter" */
      break;
    case L_BC:
      TRY(m_year(c, i, &m));
      break;
    case L_REL:
      TRY(m_rel(c, i, &m));
      break;
    case L_POS:
      TRY(m_pos(c, i, &m));
      TRY(m_in_the_unit(c, i, &m));
      break;
    case L_DIR:
      TRY(m_rel(c, i, &m));
      TRY(m_in_the_unit(c, i, &m));
      break;
    case L_DET: {
      /* "the"/"a" are frequent: go on only before a word that can start
       * a time expression */
      const tx_tok *nx = T(c, i + 1);
      if (!nx || (nx->kind == TK_PUNCT && nx->w[0] != '\'') ||
          (nx->kind == TK_WORD && nx->cls == L_NONE))
        break;
      if (val(c, i) == 0) {
        if (day_tok(c, i + 1)) { /* "the 20 September", "the 19th of October" */
          TRY(m_month(c, i + 1, &m, 0));
        }
        TRY(m_rel(c, i, &m));
        TRY(m_quarter(c, i, &m));
        TRY(m_same_period(c, i, &m));
        TRY(m_first_n(c, i, &m));
        TRY(m_year(c, i, &m));
        TRY(m_the_year(c, i, &m));
        TRY(m_weekend(c, i, &m));
        TRY(m_season(c, i, &m, 0));
        TRY(m_pos(c, i, &m));
        TRY(m_ref(c, i, &m));
        TRY(m_vague(c, i, &m));
        TRY(m_part_of_month(c, i, &m));
        /* (guarded: a TRY clears a match, and "the" is frequent) */
        if (cls(c, i + 1) == L_ORD) TRY(m_ord_of_month(c, i, &m));
        if (cls(c, i + 1) == L_REL) TRY(m_anaphoric_pod(c, i, &m));
        if (cls(c, i + 1) == L_UNIT) TRY(m_week_of(c, i, &m));
        if (isw(c, i + 2, "day")) TRY(m_day_of(c, i, &m));
        TRY(m_the_nth(c, i, &m));
        TRY(m_the_day_dir(c, i, &m));
        TRY(m_spelled_decade(c, i, &m));
      } else if (!(cls(c, i + 1) == L_UNIT && isp(c, i + 2, '-') && isw(c, i + 3, "long"))) {
        /* (not "a month-long strike": "month-long" is the expression) */
        TRY(m_duration(c, i, &m, 1));
        TRY(m_vague(c, i, &m));
      }
      break;
    }
    case L_REF:
      TRY(m_ref(c, i, &m));
      break;
    case L_UNIT:
      TRY(m_unit_long(c, i, &m));
      TRY(m_bare_units(c, i, &m));
      TRY(m_weekend(c, i, &m));
      TRY(m_year(c, i, &m));
      TRY(m_year_end(c, i, &m));
      break;
    case L_ORD:
      TRY(m_quarter(c, i, &m));
      break;
    case L_NUM:
      TRY(m_year(c, i, &m));
      TRY(m_duration(c, i, &m, 1));
      break;
    case L_FEW:
    case L_HALF:
      TRY(m_duration(c, i, &m, 1));
      TRY(m_vague(c, i, &m));
      break;
    case L_KEY:
      if (isw(c, i, "current") || isw(c, i, "that")) {
        TRY(m_rel(c, i, &m));
        if (cls(c, i + 1) == L_POD) TRY(m_anaphoric_pod(c, i, &m));
        if (!c->post && isw(c, i, "current")) TRY(m_current(c, i, &m));
      } else if (isw(c, i, "lately") || isw(c, i, "right") || isw(c, i, "recent"))
        TRY(m_ref(c, i, &m));
      else if (isw(c, i, "new") || isw(c, i, "martin") || isw(c, i, "mlk") || isw(c, i, "black") ||
               isw(c, i, "cyber"))
        TRY(m_holiday(c, i, &m, 0));
      else if (isw(c, i, "these"))
        TRY(m_vague(c, i, &m));
      break;
  }
#undef TRY
  return best;
}

/* included approximators: more than, nearly, almost, over, at least, up to */
static size_t approx_prefix(const sc_ctx *c, size_t i) {
  if (cls(c, i) == L_APPROX) {
    int v = val(c, i);
    if (v == 1) return i + 1;
    /* "over a year", "over nine months": more than (not "over the past
     * year", "over several years", where it is the preposition) */
    if (isw(c, i, "over") && i + 1 < c->n &&
        (isw(c, i + 1, "a") || isw(c, i + 1, "an") || cls(c, i + 1) == L_NUM ||
         (T(c, i + 1)->kind == TK_NUM && T(c, i + 1)->ndig && !T(c, i + 1)->w[0])))
      return i + 1;
    if (v == 2 && isw(c, i + 1, "than")) return i + 2;
    return 0;
  }
  /* "the better part of a decade": an approximate length */
  if (isw(c, i, "the") && (isw(c, i + 1, "better") || isw(c, i + 1, "best")) &&
      isw(c, i + 2, "part") && isw(c, i + 3, "of"))
    return i + 4;
  if (cls(c, i) != L_KEY || val(c, i) == 0) return 0; /* at / up / no */
  if ((isw(c, i, "at") && isw(c, i + 1, "least")) || (isw(c, i, "up") && isw(c, i + 1, "to")) ||
      (isw(c, i, "no") && isw(c, i + 1, "more") && isw(c, i + 2, "than")))
    return isw(c, i, "no") ? i + 3 : i + 2;
  return 0;
}

/* Tweet conventions (TIMEX3 as annotated on social-media posts): a bare
 * year is "2014-XX-XX", a day named by its weekday keeps the weekday
 * ("2014-06-13-WXX-5"), a week carries its month ("2014-10-W44"), and
 * recurring parts of day / weekends drop the X-padding ("TMO", "XXXX-WE"). */
static void post_rewrite(const sc_ctx *c, size_t a, size_t e, sc_match *m) {
  char *v = m->value;
  size_t n = strlen(v);
  /* midnight opens the day in posts */
  if (n == 16 && tx_streq(v + 10, "T24:00")) memcpy(v + 11, "00", 2);
  int dig4 = n >= 4 && isdigit((unsigned char)v[0]) && isdigit((unsigned char)v[1]) &&
             isdigit((unsigned char)v[2]) && isdigit((unsigned char)v[3]);
  /* "2 years ago": that day, years back */
  if (dig4 && n == 4 && c->has_dct && isw(c, e - 1, "ago")) {
    int y = atoi(v), d = c->dct.day;
    if (d > tx_days_in_month(y, c->dct.month)) d = tx_days_in_month(y, c->dct.month);
    v_day(v, y, c->dct.month, d);
    return;
  }
  if (dig4 && n == 4) {
    for (size_t k = a; k < e; k++)
      if (T(c, k)->kind == TK_NUM && T(c, k)->ndig == 4) {
        snprintf(v + 4, 28, "-XX-XX");
        break;
      }
    return;
  }
  if (dig4 && n == 8 && v[4] == '-' && v[5] == 'W' && isdigit((unsigned char)v[6])) {
    int y = atoi(v), wk = atoi(v + 6);
    int64_t j4 = tx_days_from_civil(y, 1, 4);
    int64_t thu = j4 - (tx_weekday(y, 1, 4) - 1) + 7 * (wk - 1) + 3;
    int yy, mm, dd;
    tx_civil_from_days(thu, &yy, &mm, &dd);
    char w[32];
    snprintf(w, sizeof w, "%04d-%02d-W%02d", y, mm, wk % 100);
    memcpy(v, w, sizeof w);
    return;
  }
  if (dig4 && n >= 10 && v[4] == '-' && v[7] == '-' && isdigit((unsigned char)v[9])) {
    for (size_t k = a; k < e; k++) {
      if (cls(c, k) == L_WDAY) {
        int wd = tx_weekday(atoi(v), atoi(v + 5), atoi(v + 8));
        if (wd != val(c, k)) break;
        char w[32];
        snprintf(w, sizeof w, "%.10s-WXX-%d%s", v, wd, v + 10);
        memcpy(v, w, sizeof w);
        break;
      }
    }
    return;
  }
  if (m->type == EL_TIMEX_SET && strncmp(v, "XXXX-XX-XXT", 11) == 0 && n == 13) {
    memmove(v, v + 10, 4);
    return;
  }
  if (m->type == EL_TIMEX_SET && tx_streq(v, "XXXX-WXX-WE")) snprintf(v, 32, "XXXX-WE");
  /* "7hrs", "3mins" (glued) are written without the T */
  if (m->type == EL_TIMEX_DURATION && v[0] == 'P' && v[1] == 'T' && T(c, a)->kind == TK_NUM &&
      T(c, a)->cls == L_UNIT && e == a + 1)
    memmove(v + 1, v + 2, strlen(v + 2) + 1);
  /* "2 more hours": an open amount */
  if (m->type == EL_TIMEX_DURATION && v[0] == 'P') {
    for (size_t k = a; k < e; k++)
      if (isw(c, k, "more")) {
        size_t p = v[1] == 'T' ? 2 : 1, q = p;
        while (isdigit((unsigned char)v[q])) q++;
        if (q > p && v[q]) {
          v[p] = 'X';
          memmove(v + p + 1, v + q, strlen(v + q) + 1);
        }
        break;
      }
  }
}

/* News writes a length in decades as years ("the past decade" P10Y, "two
 * decades" P20Y, "decades-long" PXY in TBAQ); histories, and texts that
 * name years long past, keep the DE unit (WikiWars' "the past decade"
 * P1DE). */
static void news_decade_years(char v[32]) {
  size_t n = strlen(v);
  if (n < 4 || v[0] != 'P' || v[n - 2] != 'D' || v[n - 1] != 'E') return;
  if (n == 4 && v[1] == 'X') {
    snprintf(v, 32, "PXY");
    return;
  }
  int k = 0;
  for (size_t q = 1; q < n - 2; q++) {
    if (!isdigit((unsigned char)v[q]) || k > 99999) return;
    k = k * 10 + (v[q] - '0');
  }
  if (k > 0) snprintf(v, 32, "P%dY", k * 10);
}

/* A value computed forward from a reference year ry that is really BC
 * ("the following year" after "491 BC" is 490 BC, not 492): mirror the
 * year, decade or century around the reference. */
static void bc_rewrite(char v[32], int ry) {
  size_t nd = 0;
  while (nd < 4 && isdigit((unsigned char)v[nd])) nd++;
  if (nd < 2 || (v[nd] && v[nd] != '-')) return;
  int x = atoi(v), scale = nd == 4 ? 1 : nd == 3 ? 10 : 100, ref = ry / scale;
  if (nd == 4 && abs(x - ry) > 200) return; /* not derived from ry */
  if (nd < 4 && abs(x - ref) > 2) return;
  int b = 2 * ref - x;
  if (b <= 0) return;
  char w[64];
  int n = snprintf(w, sizeof w, "BC%0*d%s", (int)nd, b, v + nd);
  if (n < 0 || n >= 32) return; /* does not fit a value */
  memcpy(v, w, (size_t)n + 1);
}

/* Narrative documents (histories) anchor on the text's own dates. */
/* atoi of the leading digits of a value field ("2026-01-07" + 5 -> 1),
 * without strtol's locale and sign machinery: run per expression */
static int lead_num(const char *s) {
  int v = 0;
  for (int k = 0; k < 9 && s[k] >= '0' && s[k] <= '9'; k++) v = v * 10 + (s[k] - '0');
  return v;
}

/* A news text recounting a past episode ("In January 1863 the president
 * ... Later that year ... in July") anchors on the episode while it lasts:
 * the last explicit date is two years or more before the DCT, frames the
 * account (frames_account), was told within the last STORY_SPAN tokens
 * (about two sentences), and the expression's clause is in the past. */
#define STORY_SPAN 40
static int story_here(const sc_ctx *c, size_t i) {
  /* a history anchors on its own timeline, but a news story citing many
   * old years still tells what lies ahead from its date ("a summit set for
   * April" after "Spain joined in 1982") */
  if (c->narrative) return c->history || !c->has_dct || tx_tense(c->tk, i) <= 0;
  return c->has_dct && !c->post && c->ry > 0 && !c->rbc && c->rframe && c->ry <= c->dct.year - 2 &&
         i >= c->rtok && i - c->rtok <= STORY_SPAN && tx_tense(c->tk, i) < 0;
}

/* Whether the date starting at token a frames what follows (rframe): it
 * opens its sentence, alone or after a preposition ("In 1588 the fleet",
 * "On 6 June 1944,", "Three days later,"); a date inside a sentence is
 * more often background ("drew 200,000 people in 2023", "since 1990"). */
static int frames_account(const sc_ctx *c, size_t a) {
  size_t k = a;
  if (k > 0 && T(c, k - 1)->kind == TK_WORD && T(c, k - 1)->cap && !T(c, k)->nl &&
      (isw(c, k - 1, "in") || isw(c, k - 1, "on") || isw(c, k - 1, "by") ||
       isw(c, k - 1, "during") || isw(c, k - 1, "after") || isw(c, k - 1, "at")))
    k--;
  return k == 0 || T(c, k)->nl || isp(c, k - 1, '.') || isp(c, k - 1, '!') || isp(c, k - 1, '?');
}

/* strstr(value, "-Q") as a loop: values are a few bytes and this runs for
 * every expression, where the library's vector strstr spent more time
 * setting up than searching (1% of the CLI's time in perf) */
static const char *quarter_code(const char *value) {
  for (const char *v = value; v[0]; v++)
    if (v[0] == '-' && v[1] == 'Q') return v;
  return NULL;
}

static int is_narrative(const tx_toks *tk, const el_datetime *dct, int *history, int *old) {
  int far = 0, near = 0;
  for (size_t ci = 0; ci < tk->ncand; ci++) { /* numbers are all candidates */
    if (!(tk->cand[ci] & TX_CAND_NUM)) continue;
    size_t i = tk->cand[ci] & TX_CAND_TOK;
    const tx_tok *t = &tk->v[i];
    if (t->ndig && t->w[0] == 0 && i + 1 < tk->n && tk->v[i + 1].kind == TK_WORD &&
        tk->v[i + 1].cls == L_BC && tk->v[i + 1].val == 1) {
      far++; /* "480 BC" */
      continue;
    }
    if (t->kind == TK_NUM && t->ndig == 4 && t->w[0] == 0 && t->num >= 1000 && t->num < 2200) {
      /* histories look back; financial texts cite future maturities */
      if (dct && dct->year > 0 && t->num >= dct->year - 2)
        near++;
      else
        far++;
      if (dct && dct->year > 0 && t->num < dct->year - 50) *old = 1;
    }
  }
  /* a history (many old years, few recent ones) follows TIMEX2 habits */
  *history = far >= 8 && 2 * far > near;
  /* a few old years are background a news story cites, not its timeline */
  return far >= 5 && 2 * far > near;
}

int tx_scan(const tx_toks *tk, const el_datetime *dct, int post, tx_emit_fn emit, void *ud) {
  sc_ctx c;
  memset(&c, 0, sizeof c);
  c.tk = tk;
  c.v = tk->v;
  c.n = tk->n;
  c.has_dct = dct && dct->year > 0 && dct->month > 0 && dct->day > 0;
  if (c.has_dct) c.dct = *dct;
  c.narrative = is_narrative(tk, c.has_dct ? dct : NULL, &c.history, &c.old_year);
  c.post = post;
  c.ry = c.rm = c.rd = -1;
  c.dy = c.dm = c.dd = -1;
  c.ly = c.lm = c.ld = -1;
  c.my = c.mm = -1;
  size_t i = 0, done = 0; /* i: where the scan resumes; done: end of the last expression emitted */
  /* Only the tokens that can start an expression are visited: the
   * tokenizer lists them all, in order (tx_can_start), so the scan walks
   * that list and skips the entries before the resume point. */
  for (size_t ci = 0; ci < tk->ncand; ci++) {
    /* the tokens were written a whole segment ago (out of L1): fetch the
     * candidates a few ahead while this one is tested */
    if (ci + 8 < tk->ncand) __builtin_prefetch(&tk->v[tk->cand[ci + 8] & TX_CAND_TOK]);
    size_t at = tk->cand[ci] & TX_CAND_TOK;
    if (at < i) continue;
    i = at;
    const tx_tok *ti = &tk->v[i];
    /* "the"/"a" before a plain word (the commonest case): nothing starts */
    if (ti->kind == TK_WORD && ti->cls == L_DET && !c.post) {
      const tx_tok *nx = i + 1 < tk->n ? &tk->v[i + 1] : NULL;
      if (!nx || (nx->kind == TK_PUNCT && nx->w[0] != '\'') ||
          (nx->kind == TK_WORD && nx->cls == L_NONE)) {
        i++;
        continue;
      }
    }
    sc_match m;
    memset(&m, 0, sizeof m);
    m.ry = m.rm = m.rd = -1;
    int story = -1;
    c.at = i;
    c.story = &story;
    size_t a = i, e = 0;
    size_t p = approx_prefix(&c, i);
    if (p) {
      e = m_core(&c, p, &m);
      if (!(e && (m.type == EL_TIMEX_DURATION || isw(&c, e - 1, "ago") ||
                  isw(&c, e - 1, "earlier") || isw(&c, e - 1, "later")))) {
        a = p; /* approximator not part of this expression */
        if (!e) {
          i = p;
          continue;
        }
      }
    } else
      e = m_core(&c, i, &m);
    if (!e) {
      i++;
      continue;
    }
    /* "14th December Friday": a weekday naming the same day */
    if (!m.invalid && m.type == EL_TIMEX_DATE && strlen(m.value) == 10 &&
        isdigit((unsigned char)m.value[0]) && isdigit((unsigned char)m.value[9])) {
      size_t k = isp(&c, e, ',') ? e + 1 : e;
      if (cls(&c, k) == L_WDAY && !T(&c, k)->val2 && cls(&c, a) != L_WDAY &&
          tx_weekday(atoi(m.value), atoi(m.value + 5), atoi(m.value + 8)) == val(&c, k))
        e = k + 1;
    }
    /* "May 10, 2014, 2pm", "Sat 7pm": a day followed by a clock time */
    if (!m.invalid && m.type == EL_TIMEX_DATE && strlen(m.value) == 10 &&
        isdigit((unsigned char)m.value[9])) {
      size_t k = isp(&c, e, ',') ? e + 1 : e;
      int h, mi;
      size_t ke = m_clock(&c, k, &h, &mi);
      if (ke && h < 24) {
        char v[32];
        v_clock(v, m.value, h % 100, mi % 100);
        memcpy(m.value, v, sizeof v);
        m.type = EL_TIMEX_TIME;
        e = ke;
      }
    }
    /* "Memorial Day weekend", "Thanksgiving weekend": the weekend of the
     * holiday, the one before it for a Monday holiday */
    if (!m.invalid && m.type == EL_TIMEX_DATE && strlen(m.value) == 10 &&
        isdigit((unsigned char)m.value[9]) && isw(&c, e, "weekend") && !T(&c, e)->val2 &&
        (cls(&c, e - 1) == L_HOLIDAY || isw(&c, e - 1, "day"))) {
      int hy = atoi(m.value), hm = atoi(m.value + 5), hd = atoi(m.value + 8), wy, wn;
      int64_t z = tx_days_from_civil(hy, hm, hd) - (tx_weekday(hy, hm, hd) == 1 ? 2 : 0);
      tx_civil_from_days(z, &hy, &hm, &hd);
      tx_iso_week(hy, hm, hd, &wy, &wn);
      snprintf(m.value, sizeof m.value, "%04d-W%02d-WE", wy % 10000, wn % 100);
      e++;
    }
    /* "2 hours, 18 minutes", "3 years and 6 months": one duration, in news
     * with its written separator ("an hour thirty minutes" in a post is
     * annotated by its first unit) */
    if (!m.invalid && m.type == EL_TIMEX_DURATION && !c.post &&
        (isp(&c, e, ',') || isw(&c, e, "and"))) {
      size_t vl = strlen(m.value), k = e + 1;
      char big = vl ? m.value[vl - 1] : 0;
      int hm = big == 'H' && m.value[1] == 'T', ym = big == 'Y' && m.value[1] != 'T';
      int n2;
      size_t kc = (hm || ym) && isdigit((unsigned char)m.value[vl - 2]) ? count_at(&c, k, &n2) : 0;
      if (kc && cls(&c, k + kc) == L_UNIT && n2 > 0 && n2 < 1000 &&
          val(&c, k + kc) == (hm ? TU_MIN : TU_MONTH) && vl + 5 < sizeof m.value) {
        snprintf(m.value + vl, sizeof m.value - vl, "%dM", n2);
        e = k + kc + 1;
      }
    }
    /* "twice a year", "three times a week": a frequency, SET of the unit */
    if (!m.invalid && m.type == EL_TIMEX_DURATION && a > done + 1 && a == i &&
        (isw(&c, a, "a") || isw(&c, a, "an") || isw(&c, a, "per")) && e == a + 2) {
      int n;
      if (isw(&c, a - 1, "once") || isw(&c, a - 1, "twice") || isw(&c, a - 1, "thrice")) {
        m.type = EL_TIMEX_SET;
        a--;
      } else if (isw(&c, a - 1, "times") && a >= 2 + done &&
                 (count_at(&c, a - 2, &n) == 1 ||
                  (a >= 3 + done && count_at(&c, a - 3, &n) == 2))) {
        m.type = EL_TIMEX_SET;
        a -= count_at(&c, a - 2, &n) == 1 ? 2 : 3;
      }
    }
    if (!m.invalid && c.narrative && c.rbc && c.ry > 0 && m.ry <= 0) bc_rewrite(m.value, c.ry);
    if (!m.invalid) {
      /* keep the reference date for narrative anchoring */
      if (m.ry > 0) {
        c.rtok = e;
        c.rframe = frames_account(&c, a);
        c.ry = m.ry;
        c.rm = m.rm;
        c.rd = m.rd;
        c.rbc = m.bc;
      } else if ((m.type == EL_TIMEX_DATE || m.type == EL_TIMEX_TIME) && strlen(m.value) >= 10 &&
                 (m.value[10] == 0 || m.value[10] == 'T') && isdigit((unsigned char)m.value[0]) &&
                 m.value[4] == '-' && m.value[7] == '-' && isdigit((unsigned char)m.value[8])) {
        /* a day, or a time of one ("Friday morning" for "later that day") */
        c.rtok = e;
        c.rframe = frames_account(&c, a);
        c.ry = lead_num(m.value);
        c.rm = lead_num(m.value + 5);
        c.rd = lead_num(m.value + 8);
        c.rbc = 0;
      } else if (!c.narrative && m.type == EL_TIMEX_DATE && strlen(m.value) == 4 &&
                 lead_num(m.value) != c.ry && in_story(&c)) {
        /* "the following year he was appointed ...": a news account that
         * moves on by whole years no longer dates its months */
        c.rframe = 0;
      } else if (!c.narrative && m.type == EL_TIMEX_DATE && strlen(m.value) == 7 &&
                 isdigit((unsigned char)m.value[0]) && m.value[4] == '-' &&
                 isdigit((unsigned char)m.value[5])) {
        /* news: a month resolved from the DCT ("collapsed in February") is
         * the reference for "a month later" (not for a day: "the next day") */
        c.my = lead_num(m.value);
        c.mm = lead_num(m.value + 5);
        c.mtok = e;
      }
      /* the month in reference for "on the 14th" */
      size_t vl = strlen(m.value);
      if (m.type <= EL_TIMEX_TIME && vl >= 7 && isdigit((unsigned char)m.value[0]) &&
          m.value[4] == '-' && isdigit((unsigned char)m.value[5]) &&
          (vl == 7 || m.value[7] == '-')) {
        c.ly = lead_num(m.value);
        c.lm = lead_num(m.value + 5);
        c.ld = vl >= 10 && isdigit((unsigned char)m.value[8]) ? lead_num(m.value + 8) : -1;
      }
      if (c.ry > 0 && c.rm > 0 && c.rd > 0 && c.rd <= 31) {
        c.dy = c.ry;
        c.dm = c.rm;
        c.dd = c.rd;
      }
      const char *qp = quarter_code(m.value);
      if (qp && qp[2] >= '1' && qp[2] <= '4') {
        c.last_q = qp[2] - '0';
        c.last_qy = atoi(m.value);
        c.last_q_tok = e;
        /* a quarter named by its ordinal, not one reached back to */
        int named = 0, back = 0;
        for (size_t k = a; k < e; k++) {
          if ((cls(&c, k) == L_ORD &&
               (isw(&c, k + 1, "quarter") || (isp(&c, k + 1, '-') && isw(&c, k + 2, "quarter")))) ||
              isw(&c, k, "q1") || isw(&c, k, "q2") || isw(&c, k, "q3") || isw(&c, k, "q4"))
            named = 1;
          if (isw(&c, k, "ago") || isw(&c, k, "earlier") || isw(&c, k, "last") ||
              isw(&c, k, "previous"))
            back = 1;
        }
        /* results are reported for a finished quarter: the latest one
         * before the DCT's quarter */
        int qy = atoi(m.value), at = qy * 4 + c.last_q - 1;
        if (named && !back && c.has_dct && at < c.dct.year * 4 + (c.dct.month - 1) / 3 &&
            at > c.rep_qy * 4 + c.rep_q - 1) {
          c.rep_q = c.last_q;
          c.rep_qy = qy;
        }
      }
      if (c.post) {
        post_rewrite(&c, a, e, &m);
        /* posts count days and name them with an article: "a Sunday",
         * "another day", "these days" */
        if (a > done && (cls(&c, a) == L_WDAY || cls(&c, a) == L_UNIT) &&
            (isw(&c, a - 1, "a") || isw(&c, a - 1, "another") || isw(&c, a - 1, "these") ||
             isw(&c, a - 1, "those")))
          a--;
      }
      if (m.type == EL_TIMEX_DURATION && (tx_streq(m.value, "P6M") || tx_streq(m.value, "P9M") ||
                                          tx_streq(m.value, "P2Q") || tx_streq(m.value, "P3Q")))
        c.multi_tok = e;
      if (!c.narrative && !c.old_year && !c.post && m.type == EL_TIMEX_DURATION)
        news_decade_years(m.value);
      if (emit(ud, tk->v[a].s, tk->v[e - 1].e, m.type, m.value)) return -1;
      done = e;
    }
    i = e;
  }
  return 0;
}
