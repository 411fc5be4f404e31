/*
 * meta.c — document metadata shared by all formats: publication dates
 * (parse + calendar check), ids from file names, header lines at the top
 * of a plain text ("date 2022-06-21 ...", "title: ..."), and the common
 * finishing step (normalize -> sink, or reject with a reason).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "doc/doc_internal.h"
#include "text/text.h"

static bool digits(const char *s, int n) {
  for (int i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

static int num(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
  return v;
}

static int days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return d[m - 1];
}

/* Month name or abbreviation at s (case-insensitive) -> 1..12, else 0;
 * *len gets the letters consumed. */
static int month_at(const char *s, size_t *len) {
  static const char *const names[] = {"january",   "february", "march",    "april",
                                      "may",       "june",     "july",     "august",
                                      "september", "october",  "november", "december"};
  size_t n = 0;
  while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z')) n++;
  if (n < 3) return 0;
  for (int m = 0; m < 12; m++) {
    size_t full = strlen(names[m]);
    if (n > full) continue;
    if (strncasecmp(s, names[m], n) == 0 && (n == full || n == 3 || (m == 8 && n == 4))) {
      *len = n;
      return m + 1;
    }
  }
  return 0;
}

static int read_int(const char **p, int maxdigits) {
  int v = 0, k = 0;
  while (k < maxdigits && **p >= '0' && **p <= '9') v = v * 10 + (*(*p)++ - '0'), k++;
  return k ? v : -1;
}

/* Dates as RSS feeds and pages write them: "Thu, 08 Jan 2026 14:03:00 GMT",
 * "8 January 2026", "January 8, 2026 2:03 PM" is cut to the day,
 * "2026/01/08".  Fills y, m, d and hh:mm (-1 when absent). */
static bool parse_loose(const char *s, int *y, int *m, int *d, int *hh, int *mm) {
  const char *p = s;
  size_t ml;
  *hh = *mm = -1;
  if (strlen(p) >= 10 && p[0] >= '0' && p[0] <= '9' && p[4] == '/') { /* 2026/01/08 */
    *y = read_int(&p, 4);
    if (*p++ != '/' || (*m = read_int(&p, 2)) < 0 || *p++ != '/' || (*d = read_int(&p, 2)) < 0)
      return false;
    return *p == '\0';
  }
  {
    size_t w = 0; /* a weekday "Thu," */
    while ((p[w] >= 'a' && p[w] <= 'z') || (p[w] >= 'A' && p[w] <= 'Z')) w++;
    if (w >= 3 && p[w] == ',') p += w + 1;
  }
  while (*p == ' ') p++;
  if (*p >= '0' && *p <= '9') { /* 8 January 2026 */
    *d = read_int(&p, 2);
    while (*p == ' ') p++;
    if (!(*m = month_at(p, &ml))) return false;
    p += ml;
    if (*p == '.') p++;
    while (*p == ' ') p++;
    if ((*y = read_int(&p, 4)) < 1000) return false;
  } else if ((*m = month_at(p, &ml))) { /* January 8, 2026 */
    p += ml;
    if (*p == '.') p++;
    while (*p == ' ') p++;
    if ((*d = read_int(&p, 2)) < 0) return false;
    if (*p == ',') p++;
    while (*p == ' ') p++;
    if ((*y = read_int(&p, 4)) < 1000) return false;
    return *p == '\0' || *p == ' ' || *p == ',';
  } else {
    return false;
  }
  while (*p == ' ') p++;
  if (*p == '\0') return true;
  int h = read_int(&p, 2);
  if (h < 0 || *p++ != ':') return false;
  int mi = read_int(&p, 2);
  if (mi < 0) return false;
  if (*p == ':') {
    p++;
    if (read_int(&p, 2) < 0) return false;
  }
  while (*p == ' ') p++;
  if ((p[0] == 'P' || p[0] == 'p') && (p[1] == 'M' || p[1] == 'm')) {
    if (h < 1 || h > 12) return false;
    h = h % 12 + 12;
  } else if ((p[0] == 'A' || p[0] == 'a') && (p[1] == 'M' || p[1] == 'm')) {
    if (h < 1 || h > 12) return false;
    h = h % 12;
  }
  *hh = h;
  *mm = mi;
  return true; /* zone names/offsets after the time are ignored */
}

/* "20240303", "202403031015", "20240303101500" (GDELT's DATEADDED form) and
 * "28/03/2024", "03/28/2024" where the order is certain (one
 * of day and month above 12, or both equal): *y.. set, *hh = -1 when no
 * time.  "03/04/2024" (March 4 or April 3) is no date. */
static bool parse_numeric(const char *s, size_t n, int *y, int *m, int *d, int *hh, int *mm) {
  *hh = *mm = -1;
  if ((n == 8 || n == 12 || n == 14) && digits(s, (int)n)) {
    *y = num(s, 4), *m = num(s + 4, 2), *d = num(s + 6, 2);
    if (n >= 12) *hh = num(s + 8, 2), *mm = num(s + 10, 2);
    if (n == 14 && num(s + 12, 2) > 60) return false;
    return true;
  }
  if (n == 10 && digits(s, 2) && s[2] == '/' && digits(s + 3, 2) && s[5] == '/' &&
      digits(s + 6, 4)) {
    int a = num(s, 2), b = num(s + 3, 2);
    *y = num(s + 6, 4);
    if (a > 12 && b <= 12)
      *d = a, *m = b;
    else if (b > 12 && a <= 12)
      *m = a, *d = b;
    else if (a == b)
      *m = *d = a;
    else
      return false;
    return true;
  }
  return false;
}

el_status doc_parse_published(const char *s, char out[17]) {
  out[0] = '\0';
  if (!s) return EL_ERR_PARSE;
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
  {
    /* compact and slashed numbers, or the forms feeds and pages write */
    int y, m, d, hh, mm;
    bool iso = n >= 5 && s[0] >= '0' && s[0] <= '9' && s[4] == '-';
    if (parse_numeric(s, n, &y, &m, &d, &hh, &mm) ||
        (!iso && parse_loose(s, &y, &m, &d, &hh, &mm))) {
      if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) || hh > 23 ||
          mm > 59)
        return EL_ERR_PARSE;
      char tmp[48];
      if (hh >= 0)
        snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm);
      else
        snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
      memcpy(out, tmp, 17);
      out[16] = '\0';
      return EL_OK;
    }
  }
  if (n < 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
      !digits(s + 8, 2))
    return EL_ERR_PARSE;
  int y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return EL_ERR_PARSE;
  if (n == 10) {
    memcpy(out, s, 10);
    out[10] = '\0';
    return EL_OK;
  }
  /* time: [T ]HH:MM[:SS[.fff]][Z|+HH:MM|-HHMM] */
  const char *t = s + 10, *e = s + n;
  if (*t != 'T' && *t != 't' && *t != ' ') return EL_ERR_PARSE;
  t++;
  if (e - t < 5 || !digits(t, 2) || t[2] != ':' || !digits(t + 3, 2)) return EL_ERR_PARSE;
  int hh = num(t, 2), mm = num(t + 3, 2);
  if (hh > 23 || mm > 59) return EL_ERR_PARSE;
  const char *p = t + 5;
  if (p < e && *p == ':') {
    if (e - p < 3 || !digits(p + 1, 2) || num(p + 1, 2) > 60) return EL_ERR_PARSE;
    p += 3;
    if (p < e && (*p == '.' || *p == ',')) {
      p++;
      if (p >= e || *p < '0' || *p > '9') return EL_ERR_PARSE;
      while (p < e && *p >= '0' && *p <= '9') p++;
    }
  }
  if (p < e && (*p == 'Z' || *p == 'z')) {
    p++;
  } else if (p < e && (*p == '+' || *p == '-')) {
    p++;
    if (e - p >= 5 && digits(p, 2) && p[2] == ':' && digits(p + 3, 2))
      p += 5;
    else if (e - p >= 4 && digits(p, 4))
      p += 4;
    else if (e - p >= 2 && digits(p, 2))
      p += 2;
    else
      return EL_ERR_PARSE;
  } else if (p < e && *p == ' ') { /* "... 14:03 UTC" */
    while (p < e && *p == ' ') p++;
    while (p < e && ((*p >= 'A' && *p <= 'Z'))) p++;
  }
  if (p != e) return EL_ERR_PARSE;
  memcpy(out, s, 10);
  out[10] = 'T';
  memcpy(out + 11, t, 5); /* HH:MM as written */
  out[16] = '\0';
  return EL_OK;
}

doc_format doc_format_from_name(const char *name) {
  const char *slash = strrchr(name, '/');
  const char *base = slash ? slash + 1 : name;
  const char *dot = strrchr(base, '.');
  if (!dot) return DOC_FORMAT_AUTO;
  static const struct {
    const char *ext;
    doc_format fmt;
  } map[] = {{".jsonl", DOC_FORMAT_JSONL}, {".ndjson", DOC_FORMAT_JSONL},
             {".json", DOC_FORMAT_JSONL},  {".html", DOC_FORMAT_HTML},
             {".htm", DOC_FORMAT_HTML},    {".xhtml", DOC_FORMAT_HTML},
             {".txt", DOC_FORMAT_TEXT},    {".text", DOC_FORMAT_TEXT}};
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strcasecmp(dot, map[i].ext) == 0) return map[i].fmt;
  return DOC_FORMAT_AUTO;
}

el_doc *doc_start(const char *name, long line) {
  el_doc *doc = doc_new();
  if (!doc) return NULL;
  doc->path = arena_strdup(doc->arena, name);
  doc->line = line;
  if (!doc->path) {
    doc_free(doc);
    return NULL;
  }
  return doc;
}

el_status doc_set_id_from_name(el_doc *doc, const char *name, long line) {
  const char *base;
  size_t n;
  if (strcmp(name, "-") == 0) {
    base = "stdin";
    n = 5;
  } else {
    const char *slash = strrchr(name, '/');
    base = slash ? slash + 1 : name;
    const char *dot = strrchr(base, '.');
    n = (dot && dot != base) ? (size_t)(dot - base) : strlen(base);
  }
  doc->id = line > 0 ? arena_printf(doc->arena, "%.*s:%ld", (int)n, base, line)
                     : arena_strndup(doc->arena, base, n);
  return doc->id ? EL_OK : EL_ERR_NOMEM;
}

/* ---- header lines ------------------------------------------------------ */

static bool key_is(const char *s, size_t n, const char *key) {
  size_t m = strlen(key);
  return n == m && strncasecmp(s, key, m) == 0;
}

size_t doc_parse_header(const char *buf, size_t len, doc_header *h) {
  memset(h, 0, sizeof *h);
  size_t i = 0, body = 0;
  if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) i = body = 3;
  for (int lines = 0; lines < 16; lines++) {
    size_t j = i;
    while (j < len && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\n' || buf[j] == '\r')) j++;
    size_t k = j;
    while (k < len && ((buf[k] >= 'a' && buf[k] <= 'z') || (buf[k] >= 'A' && buf[k] <= 'Z'))) k++;
    const char *key = buf + j;
    size_t key_n = k - j;
    bool is_date = key_is(key, key_n, "date") || key_is(key, key_n, "published");
    bool is_meta = is_date || key_is(key, key_n, "title") || key_is(key, key_n, "source") ||
                   key_is(key, key_n, "url") || key_is(key, key_n, "id") ||
                   key_is(key, key_n, "lang") || key_is(key, key_n, "language");
    if (!is_meta) break;
    size_t v = k;
    while (v < len && (buf[v] == ' ' || buf[v] == '\t')) v++;
    bool colon = v < len && buf[v] == ':';
    if (!colon && (v == k || !is_date)) break; /* "date 2022-06-21" needs a space */
    if (colon) v++;
    while (v < len && (buf[v] == ' ' || buf[v] == '\t')) v++;
    size_t eol = v;
    while (eol < len && buf[eol] != '\n') eol++;
    size_t ve = eol;
    while (ve > v && (buf[ve - 1] == ' ' || buf[ve - 1] == '\t' || buf[ve - 1] == '\r')) ve--;
    char whole[64], parsed[17];
    if (is_date && colon && ve - v < sizeof whole) { /* "Date: Thu, 08 Jan 2026" */
      memcpy(whole, buf + v, ve - v);
      whole[ve - v] = '\0';
      if (doc_parse_published(whole, parsed) == EL_OK) {
        memcpy(h->published, parsed, sizeof parsed);
        i = body = eol < len ? eol + 1 : eol;
        continue;
      }
    }
    if (is_date) {
      /* the date is one token; text may follow on the same line */
      size_t de = v;
      while (de < ve && buf[de] != ' ' && buf[de] != '\t') de++;
      if (de - v > 40) break;
      char tmp[48], out[17];
      memcpy(tmp, buf + v, de - v);
      tmp[de - v] = '\0';
      /* "2026-01-08 14:03" spans two tokens */
      size_t de2 = de;
      if (de < ve && buf[de] == ' ' && ve - de >= 6 && buf[de + 3] == ':' && de - v == 10) {
        de2 = de + 1;
        while (de2 < ve && buf[de2] != ' ') de2++;
        char tmp2[48];
        if (de2 - v < sizeof tmp2) {
          memcpy(tmp2, buf + v, de2 - v);
          tmp2[de2 - v] = '\0';
          if (doc_parse_published(tmp2, out) == EL_OK) {
            memcpy(tmp, tmp2, de2 - v + 1);
            de = de2;
          }
        }
      }
      if (doc_parse_published(tmp, out) != EL_OK) break;
      size_t rest = de;
      while (rest < ve && (buf[rest] == ' ' || buf[rest] == '\t')) rest++;
      if (rest < ve && colon) break; /* "Date: 2022-06-21 foo" is not a header */
      memcpy(h->published, out, sizeof out);
      if (rest < ve) return rest; /* " date 2022-06-21 President-elect ..." */
    } else {
      if (ve == v) break;
      const char **dst = NULL;
      size_t *dn = NULL;
      if (key_is(key, key_n, "title"))
        dst = &h->title, dn = &h->title_n;
      else if (key_is(key, key_n, "source"))
        dst = &h->source, dn = &h->source_n;
      else if (key_is(key, key_n, "url"))
        dst = &h->url, dn = &h->url_n;
      else if (key_is(key, key_n, "id"))
        dst = &h->id, dn = &h->id_n;
      else
        dst = &h->lang, dn = &h->lang_n;
      if (!colon) break;
      *dst = buf + v;
      *dn = ve - v;
    }
    i = body = eol < len ? eol + 1 : eol;
  }
  if (h->published[0] || h->title || h->source || h->url || h->id || h->lang)
    while (body < len &&
           (buf[body] == '\n' || buf[body] == '\r' || buf[body] == ' ' || buf[body] == '\t'))
      body++; /* the blank line(s) after the header */
  return body;
}

el_status doc_apply_header(el_doc *doc, const doc_header *h) {
  struct {
    const char **dst;
    const char *s;
    size_t n;
  } f[] = {{&doc->title, h->title, h->title_n},
           {&doc->source, h->source, h->source_n},
           {&doc->url, h->url, h->url_n},
           {&doc->id, h->id, h->id_n},
           {&doc->lang, h->lang, h->lang_n}};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
    if (!f[i].s || *f[i].dst) continue;
    *f[i].dst = arena_strndup(doc->arena, f[i].s, f[i].n);
    if (!*f[i].dst) return EL_ERR_NOMEM;
  }
  if (h->published[0] && !doc->published[0]) {
    memcpy(doc->published, h->published, sizeof doc->published);
    doc->published_origin = "header";
    doc->published_confidence = 1.0;
  }
  return EL_OK;
}

/* ---- finishing ----------------------------------------------------------- */

static void vreport(doc_reject_fn fn, void *ctx, const char *path, long line, const char *fmt,
                    va_list ap) {
  char msg[512];
  vsnprintf(msg, sizeof msg, fmt, ap);
  fn(ctx, path, line, msg);
}

void doc_reject(doc_reader *r, const char *path, long line, const char *fmt, ...) {
  if (!r->reject) return;
  va_list ap;
  va_start(ap, fmt);
  vreport(r->reject, r->ctx, path, line, fmt, ap);
  va_end(ap);
}

void doc_warn(doc_reader *r, const char *path, long line, const char *fmt, ...) {
  if (!r->opts || !r->opts->warn) return;
  va_list ap;
  va_start(ap, fmt);
  vreport(r->opts->warn, r->ctx, path, line, fmt, ap);
  va_end(ap);
}

el_status doc_finish(doc_reader *r, el_doc *doc, const char *raw, size_t len,
                     size_t invalid_extra) {
  const char *why = NULL;
  el_status st = text_normalize_reason(doc, raw, len, &why);
  if (st == EL_ERR_INPUT) {
    doc_reject(r, doc->path, doc->line, "%s", why ? why : "input rejected");
    doc_free(doc);
    return EL_OK;
  }
  if (st != EL_OK) {
    doc_free(doc);
    return st;
  }
  doc->invalid_bytes += invalid_extra;
  if (!doc->published[0] && r->flag_published[0]) {
    memcpy(doc->published, r->flag_published, sizeof doc->published);
    doc->published_origin = "flag";
    doc->published_confidence = 1.0;
  }
  if (!doc->id && (st = doc_set_id_from_name(doc, doc->path, doc->line)) != EL_OK) {
    doc_free(doc);
    return st;
  }
  return r->sink(r->ctx, doc);
}
