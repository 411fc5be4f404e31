/*
 * boilerplate.c — marks web-page residue that is not article text, so the
 * later stages never see it: tracking/"share" chrome lines, "Related
 * Sources: • ..." link lists (also as the tail of a long line), image
 * captions and photo credits, social-embed tails ("pic.twitter.com/..."
 * and "— Name (@handle) June 21, 2022"), an outlet masthead as the first
 * line, bylines, and caption lines repeated with a credit glued on.
 *
 * Rules are shapes, not names: everything here is closed-class web/press
 * vocabulary.  A short headline line is kept (it is news text).
 */
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "text/text_internal.h"

/* Whole lines that are page chrome (compared lowercased, ends trimmed of
 * punctuation). */
static const char *const chrome_lines[] = {"tracking",
                                           "tracking pixel",
                                           "tracking code",
                                           "analytics",
                                           "advertisement",
                                           "advertisements",
                                           "advertising",
                                           "ad",
                                           "ads",
                                           "sponsored",
                                           "sponsored content",
                                           "paid content",
                                           "promoted",
                                           "loading",
                                           "share",
                                           "share this",
                                           "share this article",
                                           "share this story",
                                           "share on facebook",
                                           "share on twitter",
                                           "share via email",
                                           "tweet",
                                           "email",
                                           "print",
                                           "print this",
                                           "subscribe",
                                           "subscribe now",
                                           "sign up",
                                           "sign in",
                                           "log in",
                                           "read more",
                                           "read next",
                                           "continue reading",
                                           "skip to content",
                                           "skip to main content",
                                           "scroll to continue",
                                           "advertisement - scroll to continue",
                                           "scroll to continue with content",
                                           "story continues below",
                                           "story continues below advertisement",
                                           "article continues below",
                                           "article continues after advertisement",
                                           "click here",
                                           "comments",
                                           "comment",
                                           "cookies",
                                           "accept cookies",
                                           "menu",
                                           "close",
                                           "back to top",
                                           "follow us",
                                           "newsletter",
                                           "copy link",
                                           "link copied",
                                           "copied",
                                           "related",
                                           "related articles",
                                           "related stories",
                                           "related content",
                                           "more stories",
                                           "most read",
                                           "most popular",
                                           "trending",
                                           "trending now",
                                           "you may also like",
                                           "recommended",
                                           "recommended for you",
                                           "listen to this article",
                                           "play video",
                                           "watch",
                                           "watch now",
                                           "video",
                                           "photo",
                                           "image",
                                           "photos",
                                           "images",
                                           "gallery",
                                           "view gallery",
                                           "enlarge",
                                           "expand",
                                           "toggle caption",
                                           "hide caption",
                                           "caption",
                                           "embed",
                                           NULL};

/* Prefixes of a link list; "whole" ones only at line start. */
/* each ends with ':' (mark_link_list finds them from the colons) */
static const char *const list_heads[] = {"related sources:",  "related articles:",
                                         "related stories:",  "related content:",
                                         "related links:",    "related news:",
                                         "related coverage:", "related reading:",
                                         "read more:",        "also read:",
                                         "see also:",         "more on this story:",
                                         "related:",          NULL};
static const char *const list_heads_line_start[] = {"sources:", "source:", "links:", NULL};

/* Caption vocabulary: [lead] noun [qualifier] followed by ':' / "by". */
static const char *const caption_leads[] = {"featured", "top",  "main", "header", "lead",
                                            "cover",    "file", "hero", "inline", NULL};
static const char *const caption_nouns[] = {
    "image",   "images",   "photo",   "photos",       "photograph", "photographs",
    "picture", "pictures", "pic",     "illustration", "graphic",    "video",
    "caption", "credit",   "credits", "foto",         "imagen",     NULL};
static const char *const caption_quals[] = {"credit", "credits",  "description", "caption",
                                            "source", "courtesy", "by",          NULL};

/* Credit markers that make a short line a photo credit. */
static const char *const credit_marks[] = {
    "Getty Images", "AP Photo", "REUTERS/",     "Reuters/",     "AFP/",
    "/AFP",         "/Reuters", "/REUTERS",     "/AP",          "EPA-EFE",
    "Shutterstock", "iStock",   "Photo credit", "photo credit", "Image source",
    "via Getty",    NULL};

/* Line starts of promotions, wire trailers and legal lines (short lines). */
static const char *const promo_heads[] = {"sign up for",
                                          "sign up to",
                                          "subscribe to",
                                          "subscribe for",
                                          "follow us",
                                          "click here",
                                          "download our app",
                                          "download the app",
                                          "join our",
                                          "get the latest",
                                          "watch:",
                                          "listen:",
                                          "reporting by ",
                                          "additional reporting by",
                                          "editing by ",
                                          "writing by ",
                                          "this story has been corrected",
                                          "this article has been updated",
                                          "have a news tip",
                                          "got a news tip",
                                          NULL};

/* Embed lines from social platforms. */
static const char *const embed_lines[] = {
    "a post shared by", "view this post on instagram",   "watch on youtube",
    "embedded video",   "this content is not available", NULL};

typedef struct {
  const char *s;
  size_t a, b; /* trimmed line bounds */
} line_t;

static bool ci_eq_n(const char *s, const char *lit, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (text_ascii_lower((unsigned char)s[i]) != (unsigned char)lit[i]) return false;
  return true;
}

static bool ci_starts(const char *s, size_t n, const char *lit) {
  size_t m = strlen(lit);
  return n >= m && ci_eq_n(s, lit, m);
}

/* Offset of the first case-insensitive occurrence of lit in s[0,n), or -1. */
static long ci_find(const char *s, size_t n, const char *lit) {
  size_t m = strlen(lit);
  if (m == 0 || n < m) return -1;
  /* lit is lowercase; candidates are found with memchr (vectorized) for
   * its first byte in each case, keeping the next hit of each */
  unsigned char lo = (unsigned char)lit[0];
  unsigned char up = lo >= 'a' && lo <= 'z' ? (unsigned char)(lo - 32) : lo;
  size_t span = n - m + 1; /* a match starts in s[0, span) */
  const char *pl = memchr(s, lo, span);
  const char *pu = up != lo ? memchr(s, up, span) : NULL;
  while (pl || pu) {
    const char *p = !pu || (pl && pl < pu) ? pl : pu;
    if (ci_eq_n(p, lit, m)) return (long)(p - s);
    size_t next = (size_t)(p - s) + 1;
    if (p == pl) pl = next < span ? memchr(s + next, lo, span - next) : NULL;
    if (p == pu) pu = next < span ? memchr(s + next, up, span - next) : NULL;
  }
  return -1;
}

static long find(const char *s, size_t n, const char *lit) {
  size_t m = strlen(lit);
  if (m == 0 || n < m) return -1;
  size_t span = n - m + 1; /* a match starts in s[0, span) */
  for (const char *p = memchr(s, lit[0], span); p;) {
    if (memcmp(p, lit, m) == 0) return (long)(p - s);
    size_t next = (size_t)(p - s) + 1;
    p = next < span ? memchr(s + next, lit[0], span - next) : NULL;
  }
  return -1;
}

static el_status add_span(el_doc *doc, size_t a, size_t b) {
  if (b <= a) return EL_OK;
  el_span *sp = EL_VEC_PUSH(doc->skip);
  if (!sp) return EL_ERR_NOMEM;
  sp->start = (uint32_t)a;
  sp->end = (uint32_t)b;
  return EL_OK;
}

static bool is_ws(char c) {
  return c == ' ' || c == '\t';
}

static bool is_alnum_ascii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Does the line end like a sentence (. ! ? … or a closing quote/bracket)? */
static bool ends_sentence(const line_t *l) {
  if (l->b <= l->a) return false;
  size_t k = text_utf8_prev(l->s, l->b);
  int32_t cp;
  text_utf8_decode(l->s, l->b, l->b - k, &cp);
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == '"' || cp == 0x201D ||
         cp == 0x2019 || cp == ')' || cp == ':' || cp == ';';
}

static bool has_alnum(const el_doc *doc, size_t a, size_t b) {
  for (size_t i = a; i < b;) {
    int32_t cp;
    i += text_utf8_decode(doc->text, b, i, &cp);
    if (text_is_letter(cp) || text_is_digit(cp)) return true;
  }
  return false;
}

static bool is_chrome_line(const line_t *l) {
  size_t a = l->a, b = l->b;
  /* trim ASCII punctuation/symbols and bullets at both ends */
  while (a < b && !is_alnum_ascii(l->s[a]) && (unsigned char)l->s[a] < 0x80) a++;
  while (b > a && !is_alnum_ascii(l->s[b - 1]) && (unsigned char)l->s[b - 1] < 0x80) b--;
  if (b - a > 48) return false;
  for (size_t i = 0; chrome_lines[i]; i++)
    if (strlen(chrome_lines[i]) == b - a && ci_eq_n(l->s + a, chrome_lines[i], b - a)) return true;
  return false;
}

/* Match a word from list at s (case-insensitive, followed by a non-letter);
 * returns the length matched or 0. */
static size_t match_word(const char *s, size_t n, const char *const *list) {
  for (size_t i = 0; list[i]; i++) {
    size_t m = strlen(list[i]);
    if (n >= m && ci_eq_n(s, list[i], m) && (n == m || !is_alnum_ascii(s[m]))) return m;
  }
  return 0;
}

/* "Featured image credit: ...", "Photo: ...", "Image by ...", "Credit: ..." */
static bool is_caption_line(const line_t *l) {
  const char *s = l->s + l->a;
  size_t n = l->b - l->a, i = 0, m;
  if ((m = match_word(s, n, caption_leads)) && m < n && s[m] == ' ') i = m + 1;
  if (!(m = match_word(s + i, n - i, caption_nouns))) return false;
  i += m;
  bool qual = false;
  if (i < n && s[i] == ' ' && (m = match_word(s + i + 1, n - i - 1, caption_quals))) {
    i += 1 + m;
    qual = true;
  }
  while (i < n && is_ws(s[i])) i++;
  if (i < n && (s[i] == ':' || s[i] == '|')) return true;
  if (qual) return true; /* "Image credit @X", "Photo by X" */
  return ci_starts(s + i, n - i, "by ");
}

/* "(Photo by X/AFP)", "(AP Photo/...)", "(Image: ...)" anywhere in a line. */
static el_status mark_paren_credits(el_doc *doc, const line_t *l) {
  static const char *const heads[] = {
      "(photo",      "(ap photo",      "(image",        "(credit",
      "(picture",    "(reuters photo", "(afp photo",    "(getty",
      "(file photo", "(foto",          "(reporting by", "(additional reporting",
      "(writing by", "(editing by",    "(compiled by",  NULL};
  size_t i = l->a;
  while (i < l->b) {
    const char *p = memchr(l->s + i, '(', l->b - i);
    if (!p) break;
    size_t at = (size_t)(p - l->s);
    bool hit = false;
    for (size_t h = 0; heads[h] && !hit; h++) {
      size_t m = strlen(heads[h]);
      if (l->b - at >= m && ci_eq_n(p, heads[h], m) &&
          (l->b - at == m || !((p[m] >= 'a' && p[m] <= 'z') || (p[m] >= 'A' && p[m] <= 'Z'))))
        hit = true;
    }
    size_t close = at + 1;
    while (close < l->b && l->s[close] != ')' && close - at < 200) close++;
    if (hit && close < l->b && l->s[close] == ')') {
      el_status st = add_span(doc, at, close + 1);
      if (st != EL_OK) return st;
      i = close + 1;
    } else {
      i = at + 1;
    }
  }
  return EL_OK;
}

static bool is_credit_line(const line_t *l) {
  size_t n = l->b - l->a;
  if (n > 300) return false;
  size_t tail = n > 80 ? n - 80 : 0;
  for (size_t i = 0; credit_marks[i]; i++) {
    long p = find(l->s + l->a + tail, n - tail, credit_marks[i]);
    if (p < 0) continue;
    size_t after = l->a + tail + (size_t)p + strlen(credit_marks[i]);
    char last = credit_marks[i][strlen(credit_marks[i]) - 1];
    if (last == '/' || after >= l->b || !is_alnum_ascii(l->s[after])) return true;
  }
  return false;
}

/* Start of the run of hashtags/links right before position p in the line. */
static size_t back_over_tags(const line_t *l, size_t p) {
  size_t start = p;
  for (;;) {
    size_t q = start;
    while (q > l->a && is_ws(l->s[q - 1])) q--;
    size_t w = q;
    while (w > l->a && !is_ws(l->s[w - 1])) w--;
    if (w < q && (l->s[w] == '#' || ci_starts(l->s + w, q - w, "http") ||
                  ci_starts(l->s + w, q - w, "pic."))) {
      start = w;
      continue;
    }
    return start;
  }
}

static bool is_month_word(const char *s, size_t n) {
  static const char *const months[] = {
      "january", "february", "march",    "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan",   "feb", "mar",  "apr",  "jun",    "jul",
      "aug",     "sep",      "sept",     "oct",   "nov", "dec",  NULL};
  return match_word(s, n, months) > 0;
}

/* Tweet embed tails: "pic.twitter.com/..." / "t.co/..." and "— Name
 * (@handle) June 21, 2022" at the end of a line.  Marks from the first tag
 * or link before them to the end of the line; the tweet text stays. */
static el_status mark_embed_tail(el_doc *doc, const line_t *l) {
  const char *s = l->s;
  size_t n = l->b - l->a;
  long cut = -1;
  static const char *const links[] = {"pic.twitter.com/", "https://t.co/", "http://t.co/",
                                      "pic.x.com/", NULL};
  /* every link has a '/': most lines have none */
  bool slash = memchr(s + l->a, '/', n) != NULL;
  for (size_t i = 0; slash && links[i]; i++) {
    long p = ci_find(s + l->a, n, links[i]);
    if (p >= 0 && (cut < 0 || p < cut)) cut = p;
  }
  /* "(@handle) Month D, YYYY" at the end, with a dash before the name */
  long h = -1;
  for (const char *q = memchr(s + l->a, '(', n); q && q + 2 < s + l->b;
       q = memchr(q + 1, '(', (size_t)(s + l->b - (q + 1))))
    if (q[1] == '@') h = (long)(q - (s + l->a));
  if (h >= 0) {
    size_t close = l->a + (size_t)h;
    while (close < l->b && s[close] != ')') close++;
    size_t k = close + 1;
    while (k < l->b && is_ws(s[k])) k++;
    bool dated = close < l->b && k < l->b && is_month_word(s + k, l->b - k) && l->b - k < 24;
    if (dated) {
      /* a dash (— – or " - ") within 80 bytes before the handle */
      size_t lo = (size_t)h > 80 ? (size_t)h - 80 : 0;
      for (size_t j = (size_t)h; j > lo; j--) {
        const char *q = s + l->a + j - 1;
        bool dash = (j >= 3 && (memcmp(q - 2, "\xE2\x80\x94", 3) == 0 ||
                                memcmp(q - 2, "\xE2\x80\x93", 3) == 0));
        if (dash || (*q == '-' && j >= 2 && is_ws(q[-1]))) {
          long d = (long)(dash ? j - 3 : j - 1);
          if (cut < 0 || d < cut) cut = d;
          break;
        }
      }
    }
  }
  if (cut < 0) return EL_OK;
  size_t start = back_over_tags(l, l->a + (size_t)cut);
  return add_span(doc, start, l->b);
}

/* "Related Sources: • Source 1 • Source 2" as a line or as its tail. */
static el_status mark_link_list(el_doc *doc, const line_t *l, bool *whole) {
  const char *s = l->s + l->a;
  size_t n = l->b - l->a;
  *whole = false;
  for (size_t i = 0; list_heads_line_start[i]; i++)
    if (ci_starts(s, n, list_heads_line_start[i]) && n < 300) {
      *whole = true;
      return add_span(doc, l->a, l->b);
    }
  /* every head ends with ':': find each head's first occurrence from the
   * colons of the line (few) instead of scanning the line once per head */
  enum { NHEADS = sizeof list_heads / sizeof list_heads[0] - 1 };
  long first[NHEADS];
  for (size_t i = 0; i < NHEADS; i++) first[i] = -1;
  for (const char *c = memchr(s, ':', n); c; c = memchr(c + 1, ':', n - (size_t)(c + 1 - s))) {
    size_t end = (size_t)(c - s) + 1;
    for (size_t i = 0; i < NHEADS; i++) {
      size_t m = strlen(list_heads[i]);
      if (first[i] < 0 && end >= m && ci_eq_n(s + end - m, list_heads[i], m))
        first[i] = (long)(end - m);
    }
    if (c + 1 == s + n) break;
  }
  for (size_t i = 0; i < NHEADS; i++) {
    long p = first[i];
    if (p < 0) continue;
    if (p == 0) {
      *whole = true;
      return add_span(doc, l->a, l->b);
    }
    /* tail of a long line: after a sentence end, short or bulleted */
    size_t at = (size_t)p;
    size_t q = at;
    while (q > 0 && is_ws(s[q - 1])) q--;
    if (q == at || q == 0) continue;
    line_t head = {l->s, l->a, l->a + q};
    bool after_end = ends_sentence(&head);
    bool bulleted = find(s + at, n - at, "\xE2\x80\xA2") >= 0; /* • */
    if (after_end && (n - at <= 300 || bulleted)) return add_span(doc, l->a + at, l->b);
  }
  return EL_OK;
}

/* Count words; report a domain-like token ("voz.us", "example.com") and
 * whether its first label repeats as a word of the line. */
static bool is_masthead(const line_t *l) {
  const char *s = l->s;
  size_t n = l->b - l->a;
  if (n == 0 || n > 80 || ends_sentence(l)) return false;
  size_t words = 0;
  const char *dom = NULL;
  size_t dom_label = 0;
  for (size_t i = l->a; i < l->b;) {
    while (i < l->b && is_ws(s[i])) i++;
    if (i >= l->b) break;
    size_t w = i;
    while (i < l->b && !is_ws(s[i])) i++;
    words++;
    /* label{2,}.tld{2,6} with letters only in the tld */
    size_t dot = w;
    while (dot < i && s[dot] != '.') dot++;
    if (dot < i && dot - w >= 2 && i - dot - 1 >= 2 && i - dot - 1 <= 6) {
      bool ok = true;
      for (size_t k = dot + 1; k < i; k++)
        if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))) ok = false;
      for (size_t k = w; k < dot; k++)
        if (!is_alnum_ascii(s[k]) && s[k] != '-') ok = false;
      if (ok) {
        dom = s + w;
        dom_label = dot - w;
      }
    }
  }
  if (!dom || words > 8) return false;
  if (words <= 3) return true;
  /* the label repeats as a separate word: "Voz media US Voz.us" */
  for (size_t i = l->a; i < l->b;) {
    while (i < l->b && is_ws(s[i])) i++;
    size_t w = i;
    while (i < l->b && !is_ws(s[i])) i++;
    if (s + w != dom && i - w == dom_label) {
      bool same = true;
      for (size_t k = 0; k < dom_label; k++)
        if (text_ascii_lower((unsigned char)s[w + k]) != text_ascii_lower((unsigned char)dom[k]))
          same = false;
      if (same) return true;
    }
  }
  return false;
}

/* "By Jane Doe", "By Jane Doe and John Roe" (no sentence punctuation). */
static bool is_byline(const line_t *l) {
  const char *s = l->s + l->a;
  size_t n = l->b - l->a;
  if (n < 5 || n > 80 || !ci_starts(s, n, "by ") || ends_sentence(l)) return false;
  if (!(s[3] >= 'A' && s[3] <= 'Z')) return false;
  size_t words = 1;
  for (size_t i = 3; i < n; i++)
    if (is_ws(s[i]) && i + 1 < n && !is_ws(s[i + 1])) words++;
  return words <= 7;
}

/* "© 2024 Example Media", "Copyright 2025 ...", "... All rights reserved." */
static bool is_legal_line(const line_t *l) {
  const char *s = l->s + l->a;
  size_t n = l->b - l->a;
  if (n > 200) return false;
  if (ci_find(s, n, "all rights reserved") >= 0) return true;
  if (!ci_starts(s, n, "copyright") && !ci_starts(s, n, "\xC2\xA9") && !ci_starts(s, n, "(c)"))
    return false;
  for (size_t i = 0; i + 4 <= n; i++) /* a year */
    if ((s[i] == '1' || s[i] == '2') && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
        s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9')
      return true;
  return false;
}

/* cur repeats prev (a line without final punctuation) exactly, or with a
 * short credit appended: glued ("HouseAFP") or naming a photo agency. */
static bool is_repeated_caption(const line_t *prev, const line_t *cur) {
  size_t pn = prev->b - prev->a, cn = cur->b - cur->a;
  if (pn < 10 || cn < pn || cn > pn + 40 || ends_sentence(prev)) return false;
  if (memcmp(cur->s + cur->a, prev->s + prev->a, pn) != 0) return false;
  if (cn == pn) return true;
  const char *x = cur->s + cur->a + pn;
  size_t xn = cn - pn;
  if (ends_sentence(cur)) return false;
  if (!is_ws(x[0]) && xn <= 30) {
    for (size_t i = 0; i < xn; i++)
      if (is_ws(x[i])) return false; /* one glued word: "AFP", "Reuters" */
    return true;
  }
  static const char *const agencies[] = {"photo", "getty",        "afp",    "reuters",  "ap ",
                                         "epa",   "shutterstock", "credit", "courtesy", "file",
                                         NULL};
  for (size_t i = 0; agencies[i]; i++)
    if (ci_find(x, xn, agencies[i]) >= 0) return true;
  return false;
}

static int span_cmp(const void *a, const void *b) {
  const el_span *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

static void sort_merge(el_doc *doc) {
  if (doc->skip.n < 2) return;
  qsort(doc->skip.v, doc->skip.n, sizeof *doc->skip.v, span_cmp);
  size_t o = 0;
  for (size_t i = 1; i < doc->skip.n; i++) {
    el_span *cur = &doc->skip.v[o];
    if (doc->skip.v[i].start <= cur->end) {
      if (doc->skip.v[i].end > cur->end) cur->end = doc->skip.v[i].end;
    } else {
      doc->skip.v[++o] = doc->skip.v[i];
    }
  }
  doc->skip.n = o + 1;
}

static bool line_is(const line_t *l, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (ci_starts(l->s + l->a, l->b - l->a, list[i])) return true;
  return false;
}

el_status text_mark_boilerplate(el_doc *doc) {
  doc->skip.n = 0;
  if (!doc->text) return EL_OK;
  const char *s = doc->text;
  size_t pos = 0;
  bool first = true;
  line_t prev = {s, 0, 0};
  bool have_prev = false, prev_marked = false;
  el_status st;
  while (pos < doc->len) {
    const char *nl = memchr(s + pos, '\n', doc->len - pos);
    size_t le = nl ? (size_t)(nl - s) : doc->len;
    line_t l = {s, pos, le};
    while (l.a < l.b && is_ws(s[l.a])) l.a++;
    while (l.b > l.a && is_ws(s[l.b - 1])) l.b--;
    pos = le + 1;
    if (l.a == l.b) continue;
    bool mark = false, whole = false;
    if (have_prev && is_repeated_caption(&prev, &l)) {
      /* a caption repeated with a credit glued on ("...HouseAFP"): both
         copies are caption text; an exact repeat drops only the copy */
      mark = true;
      if (l.b - l.a > prev.b - prev.a && !prev_marked &&
          (st = add_span(doc, prev.a, prev.b)) != EL_OK)
        return st;
    } else if (!has_alnum(doc, l.a, l.b) || is_chrome_line(&l) || is_caption_line(&l) ||
               is_credit_line(&l) || is_byline(&l) || line_is(&l, embed_lines) ||
               is_legal_line(&l) || (l.b - l.a <= 200 && line_is(&l, promo_heads))) {
      mark = true;
    } else if (first && is_masthead(&l)) {
      mark = true;
    }
    if (mark) {
      if ((st = add_span(doc, l.a, l.b)) != EL_OK) return st;
    } else {
      if ((st = mark_link_list(doc, &l, &whole)) != EL_OK) return st;
      if (!whole) {
        if ((st = mark_embed_tail(doc, &l)) != EL_OK) return st;
        if ((st = mark_paren_credits(doc, &l)) != EL_OK) return st;
      }
      mark = whole;
    }
    first = false;
    prev = l;
    have_prev = true;
    prev_marked = mark;
  }
  sort_merge(doc);
  return EL_OK;
}
