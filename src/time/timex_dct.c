/*
 * timex_dct.c — publication-date inference for documents whose metadata
 * has none.  In order of trust:
 *   header    a "date/published/posted/updated [:] <date>" line near the top,
 *             or a line that is only a date (and its time) there
 *   dateline  "City, Month Day:" opening a paragraph; the year comes from
 *             the dateline itself or from the content's explicit dates
 *   embedded  a dated item (a tweet signature "(@handle) June 21, 2022")
 * Anything else is EL_ERR_NOTFOUND: a date is never invented.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/timex_internal.h"

typedef struct {
  int y, m, d;
  size_t end; /* token after the date */
} dct_date;

static int tk_is(const tx_toks *t, size_t i, const char *w) {
  return i < t->n && t->v[i].kind == TK_WORD && strcmp(t->v[i].w, w) == 0;
}
static int tk_p(const tx_toks *t, size_t i, char c) {
  return i < t->n && t->v[i].kind == TK_PUNCT && t->v[i].w[0] == c;
}
static int tk_int(const tx_toks *t, size_t i, int lo, int hi, int nd) {
  return i < t->n && t->v[i].kind == TK_NUM && t->v[i].ndig && (!nd || t->v[i].ndig == nd) &&
         t->v[i].num >= lo && t->v[i].num <= hi;
}
static int tk_day(const tx_toks *t, size_t i) {
  if (!tk_int(t, i, 1, 31, 0) || t->v[i].ndig > 2) return 0;
  const char *s = t->v[i].w;
  return !s[0] || !strcmp(s, "st") || !strcmp(s, "nd") || !strcmp(s, "rd") || !strcmp(s, "th");
}
static int tk_month(const tx_toks *t, size_t i) {
  return i < t->n && t->v[i].kind == TK_WORD && t->v[i].cls == L_MONTH && t->v[i].cap;
}
static size_t skip_dot(const tx_toks *t, size_t i) {
  return tk_p(t, i, '.') && !t->v[i].sp ? i + 1 : i;
}

/* "2024/03/05", "03/28/2024" (US), "28/03/2024" (day first): slashes
 * glued to the numbers.  With both leading numbers 12 or less and unequal
 * the order is unknown ("03/04/2024"): no date rather than a guessed one. */
static int numeric_date_at(const tx_toks *t, size_t i, dct_date *o) {
  if (!(i + 4 < t->n && tk_p(t, i + 1, '/') && tk_p(t, i + 3, '/') && !t->v[i + 1].sp &&
        !t->v[i + 2].sp && !t->v[i + 3].sp && !t->v[i + 4].sp))
    return 0;
  if (tk_int(t, i, 1000, 2999, 4) && tk_int(t, i + 2, 1, 12, 0) && tk_int(t, i + 4, 1, 31, 0)) {
    o->y = t->v[i].num, o->m = t->v[i + 2].num, o->d = t->v[i + 4].num;
  } else if (tk_int(t, i, 1, 31, 0) && tk_int(t, i + 2, 1, 31, 0) &&
             tk_int(t, i + 4, 1000, 2999, 4) && t->v[i].ndig <= 2 && t->v[i + 2].ndig <= 2) {
    int a = t->v[i].num, b = t->v[i + 2].num;
    if (a > 12 && b <= 12)
      o->d = a, o->m = b;
    else if (b > 12 && a <= 12)
      o->m = a, o->d = b;
    else if (a == b)
      o->m = o->d = a;
    else
      return 0;
    o->y = t->v[i + 4].num;
  } else
    return 0;
  o->end = i + 5;
  return 1;
}

/* A date at token i: ISO, "Month Day[, Year]", "Day Month [Year]",
 * numeric with slashes.
 * y = -1 when the year is not written.  Returns 1 if found. */
static int date_at(const tx_toks *t, size_t i, dct_date *o) {
  o->y = -1;
  if (tk_int(t, i, 1000, 2999, 4) && tk_p(t, i + 1, '-') && tk_int(t, i + 2, 1, 12, 2) &&
      tk_p(t, i + 3, '-') && tk_int(t, i + 4, 1, 31, 2) && !t->v[i + 1].sp && !t->v[i + 2].sp) {
    o->y = t->v[i].num, o->m = t->v[i + 2].num, o->d = t->v[i + 4].num;
    o->end = i + 5;
  } else if (tk_month(t, i) && tk_day(t, skip_dot(t, i + 1))) {
    size_t j = skip_dot(t, i + 1);
    o->m = t->v[i].val, o->d = t->v[j].num;
    j++;
    size_t k = tk_p(t, j, ',') ? j + 1 : j;
    if (tk_int(t, k, 1000, 2999, 4)) {
      o->y = t->v[k].num;
      j = k + 1;
    }
    o->end = j;
  } else if (tk_day(t, i) && tk_month(t, i + 1)) {
    o->d = t->v[i].num, o->m = t->v[i + 1].val;
    size_t j = skip_dot(t, i + 2);
    if (tk_int(t, j, 1000, 2999, 4)) {
      o->y = t->v[j].num;
      j++;
    }
    o->end = j;
  } else if (!numeric_date_at(t, i, o))
    return 0;
  if (o->d > tx_days_in_month(o->y > 0 ? o->y : 2000, o->m)) return 0;
  return 1;
}

static el_status put(char out[17], int y, int m, int d, const char **origin, const char *org,
                     double *conf, double c) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > tx_days_in_month(y, m))
    return EL_ERR_NOTFOUND;
  snprintf(out, 17, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
  if (origin) *origin = org;
  if (conf) *conf = c;
  return EL_OK;
}

/* A clock time with its zone at token j ("10:15 AM EST", "10.15 GMT",
 * "4:05 p.m. ET"): the token after it, j if none */
static size_t skip_clock(const tx_toks *t, size_t j) {
  if (j >= t->n || t->v[j].kind != TK_NUM || t->v[j].num < 0 || t->v[j].num > 24) return j;
  size_t k = j + 1;
  if (tk_p(t, k, ':') && !t->v[k].sp && tk_int(t, k + 1, 0, 59, 2))
    k += 2;
  else if (t->v[j].ndig) /* a plain number needs its minutes or "am/pm" */
    if (!(k < t->n && t->v[k].kind == TK_WORD && t->v[k].cls == L_AMPM)) return j;
  /* US zones the lexicon leaves out as words ("et al."): only capitalized
   * and after a clock */
  while (k < t->n && t->v[k].kind == TK_WORD &&
         (t->v[k].cls == L_AMPM || t->v[k].cls == L_TZ ||
          (t->v[k].cap &&
           (tk_is(t, k, "et") || tk_is(t, k, "pt") || tk_is(t, k, "ct") || tk_is(t, k, "mt")))))
    k = skip_dot(t, k + 1);
  return k;
}

/* An optional weekday at j ("Sun", "Tuesday,"): the token after it */
static size_t skip_weekday(const tx_toks *t, size_t j) {
  if (j < t->n && t->v[j].kind == TK_WORD && t->v[j].cls == L_WDAY) {
    j = skip_dot(t, j + 1);
    if (tk_p(t, j, ',')) j++;
  }
  return j;
}

/* A line of its own near the top that is only a date, with its weekday
 * and clock time ("Sun 3 Mar 2024 10.15 GMT", "March 3, 2024 | 4:05 PM
 * ET", "By Jane Roe, March 3, 2024"): the page's date line.  Not a sentence that opens with a date
 * ("March 3, 2024 was a day..."): nothing but a time, a zone or
 * separators may follow it on its line. */
static int find_date_line(const tx_toks *t, dct_date *o) {
  int lines = 0;
  for (size_t i = 0; i < t->n && t->v[i].s < 400 && lines <= 6; i++) {
    if (i > 0 && !t->v[i].nl) continue;
    lines++;
    size_t j = i;
    /* a byline before it: "By Jane Roe, March 3, 2024" */
    if (tk_is(t, j, "by") && t->v[j].cap) {
      size_t k = j + 1;
      while (k < t->n && k < j + 6 && t->v[k].kind == TK_WORD && t->v[k].cap && !t->v[k].nl)
        k = skip_dot(t, k + 1);
      if (k > j + 1 && (tk_p(t, k, ',') || tk_p(t, k, '|') || tk_p(t, k, '-')) && !t->v[k].nl)
        j = k + 1;
    }
    j = skip_weekday(t, j);
    if (!date_at(t, j, o) || o->y <= 0) continue;
    size_t k = o->end;
    for (;;) {
      size_t c = skip_clock(t, k);
      if (c != k) {
        k = c;
        continue;
      }
      if (k < t->n && !t->v[k].nl &&
          (tk_p(t, k, '|') || tk_p(t, k, ',') || tk_p(t, k, '-') || tk_p(t, k, '/') ||
           tk_is(t, k, "at") || tk_p(t, k, '(') || tk_p(t, k, ')'))) {
        k++;
        continue;
      }
      break;
    }
    if (k >= t->n || t->v[k].nl) return 1;
  }
  return 0;
}

/* "date 2022-06-21", "Published: June 21, 2022", "Updated 10:15 AM EST,
 * Sun March 3, 2024" in the first 300 bytes */
static int find_header(const tx_toks *t, dct_date *o) {
  static const char *const KEYS[] = {"date", "dated", "published", "posted", "updated", "fecha"};
  for (size_t i = 0; i < t->n && t->v[i].s < 300; i++) {
    int key = 0;
    for (size_t k = 0; k < sizeof KEYS / sizeof *KEYS; k++) key |= tk_is(t, i, KEYS[k]);
    if (!key) continue;
    size_t j = i + 1;
    if (tk_is(t, j, "on")) j++;
    if (tk_p(t, j, ':') || tk_p(t, j, '-')) j++;
    /* a clock time first: "Updated 10:15 AM EST, Sun March 3, 2024" */
    size_t c = skip_clock(t, j);
    if (c != j && tk_p(t, c, ',')) j = c + 1;
    /* an optional weekday: "Published: Tuesday, June 21, 2022" */
    j = skip_weekday(t, j);
    if (date_at(t, j, o) && o->y > 0) return 1;
  }
  return 0;
}

/* "Washington, D.C., January 8:" opening one of the first paragraphs */
static int find_dateline(const tx_toks *t, dct_date *o) {
  int paras = 0;
  for (size_t i = 0; i < t->n && paras <= 3 && t->v[i].s < 2000; i++) {
    if (!t->v[i].nl) continue;
    paras++;
    /* place: capitalized words, commas, dots, up to 10 tokens */
    size_t j = i, words = 0;
    while (j < t->n && j < i + 12) {
      const tx_tok *w = &t->v[j];
      if (w->kind == TK_WORD && w->cap && w->cls != L_MONTH)
        words++;
      else if (!(w->kind == TK_PUNCT && (w->w[0] == ',' || w->w[0] == '.')))
        break;
      j++;
    }
    if (!words || j == i || !tk_p(t, j - 1, ',')) continue;
    if (!date_at(t, j, o)) continue;
    size_t e = o->end;
    if (tk_p(t, e, ':') || tk_p(t, e, '-') || tk_p(t, e, '(') || tk_p(t, e, ',')) return 1;
  }
  return 0;
}

/* a dated item: "(@handle) June 21, 2022" (tweet signature) */
static int find_embedded(const tx_toks *t, dct_date *o) {
  int found = 0;
  dct_date best = {0};
  for (size_t i = 3; i < t->n; i++) {
    if (!tk_p(t, i - 1, ')')) continue;
    size_t k = i - 2;
    while (k > 0 && k + 6 > i && !tk_p(t, k, '@')) k--;
    if (!tk_p(t, k, '@') || !tk_p(t, k - 1, '(')) continue;
    dct_date d;
    if (date_at(t, i, &d) && d.y > 0) {
      if (!found || d.y * 400 + d.m * 32 + d.d > best.y * 400 + best.m * 32 + best.d) best = d;
      found = 1;
    }
  }
  if (found) *o = best;
  return found;
}

/* Year for a dateline month/day from the content: the explicit full date
 * nearest in time decides; else the latest plain year.  0 if none. */
static int year_from_content(const tx_toks *t, int m, int d, double *conf) {
  int64_t best = -1;
  int latest_year = 0;
  for (size_t i = 0; i < t->n; i++) {
    dct_date x;
    if (date_at(t, i, &x) && x.y > 0) {
      int64_t z = tx_days_from_civil(x.y, x.m, x.d);
      if (z > best) best = z;
      i = x.end - 1;
      continue;
    }
    if (tk_int(t, i, 1900, 2100, 4) && !t->v[i].w[0] && !tk_p(t, i + 1, '-') &&
        !tk_p(t, i - (i > 0), '-') && t->v[i].num > latest_year)
      latest_year = t->v[i].num;
  }
  if (best >= 0) {
    int by, bm, bd, out = 0;
    int64_t bestd = INT64_MAX;
    tx_civil_from_days(best, &by, &bm, &bd);
    for (int y = by - 1; y <= by + 1; y++) {
      if (d > tx_days_in_month(y, m)) continue;
      int64_t diff = tx_days_from_civil(y, m, d) - best;
      if (diff < 0) diff = -diff * 2; /* reports come after the dates they cite */
      if (diff < bestd) {
        bestd = diff;
        out = y;
      }
    }
    *conf = 0.7;
    return out;
  }
  if (latest_year) {
    *conf = 0.5;
    return latest_year;
  }
  return 0;
}

el_status timex_infer_dct(const char *text, size_t len, char out[17], const char **origin,
                          double *confidence) {
  if (!text || !out) return EL_ERR_ARG;
  if (len > UINT32_MAX) return EL_ERR_INPUT;
  tx_toks t = {0};
  if (tx_tokenize(text, len, &t) != 0) {
    tx_toks_free(&t);
    return EL_ERR_NOMEM;
  }
  el_status st = EL_ERR_NOTFOUND;
  dct_date d;
  if (find_header(&t, &d)) st = put(out, d.y, d.m, d.d, origin, "header", confidence, 0.9);
  if (st != EL_OK && find_date_line(&t, &d))
    st = put(out, d.y, d.m, d.d, origin, "header", confidence, 0.8);
  if (st != EL_OK && find_dateline(&t, &d)) {
    if (d.y > 0)
      st = put(out, d.y, d.m, d.d, origin, "dateline", confidence, 0.85);
    else {
      double c = 0;
      int y = year_from_content(&t, d.m, d.d, &c);
      if (y) st = put(out, y, d.m, d.d, origin, "dateline", confidence, c);
    }
  }
  if (st != EL_OK && find_embedded(&t, &d))
    st = put(out, d.y, d.m, d.d, origin, "embedded", confidence, 0.6);
  tx_toks_free(&t);
  return st;
}
