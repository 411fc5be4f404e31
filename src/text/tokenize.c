/*
 * tokenize.c — splits a piece of one paragraph into tokens with byte
 * offsets and EL_TOK_* flags.
 *
 * Words keep internal apostrophes ("Chile's"), hyphens ("president-elect")
 * and periods ("Voz.us"); chains of short segments ("U.S.", "a.m.", "Ph.D."),
 * single capital initials ("J.") and known abbreviations ("Mr.", "Jan.")
 * keep their final period.  Numbers keep , . : / between digits ("30,000",
 * "11:00") but split at '-' between digits ("2022-2026" -> 3 tokens).  Every
 * quotation mark, dash and other punctuation is a token of its own; "..."
 * and "--" stay together.  Tokens are capped in length so that a 10 MB
 * run without spaces stays linear and harmless downstream.
 */
#include <string.h>

#include "text/text.h"
#include "text/text_internal.h"

#define MAX_TOKEN_BYTES 1024

bool text_is_quote_cp(int32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case 0x00AB:
    case 0x00BB:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2039:
    case 0x203A:
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F:
    case 0xFF02:
      return true;
    default:
      return false;
  }
}

bool text_is_dash_cp(int32_t cp) {
  return (cp >= 0x2012 && cp <= 0x2015) || cp == 0x2E3A || cp == 0x2E3B || cp == 0xFE58 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

/* Abbreviations that keep their period.  Titles precede names; the others
 * may end a sentence when a sentence starter follows. */
static const char *const title_abbrs[] = {
    "Mr",   "Mrs",  "Ms",  "Messrs", "Mmes", "Dr",  "Drs",  "Prof", "Gen",  "Gens", "Sen",  "Sens",
    "Rep",  "Reps", "Gov", "Govs",   "Lt",   "Col", "Capt", "Cpt",  "Sgt",  "Maj",  "Adm",  "Cmdr",
    "Cdr",  "Brig", "Cpl", "Pvt",    "Rev",  "Hon", "Pres", "Supt", "Insp", "Det",  "Atty", "Fr",
    "Msgr", "St",   "Mt",  "Ft",     "Gov",  "Amb", "Sec",  "Secs", "Rt",   "Mme",  "Mlle", NULL};
static const char *const inner_abbrs[] = {"e.g", "i.e", "vs", "cf",     "No", "Nos", "nos", "no",
                                          "Vol", "vol", "pp", "approx", "ca", "viz", NULL};
static const char *const weak_abbrs[] = {
    "Jr",    "Sr",   "Jan", "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",   "Sep",
    "Sept",  "Oct",  "Nov", "Dec",  "Mon",  "Tue",  "Tues", "Wed",  "Thu",   "Thur",
    "Thurs", "Fri",  "Sat", "Sun",  "Inc",  "Corp", "Ltd",  "Co",   "Bros",  "Dept",
    "Univ",  "Assn", "Ave", "Blvd", "Rd",   "etc",  "al",   "est",  "Calif", "Mass",
    "Penn",  "Wash", "Fla", "Ill",  "Mich", "Ariz", "Ore",  "Conn", "Colo",  "Okla",
    "Tenn",  "Ky",   "La",  "Va",   "Md",   "Minn", "Wis",  "Ga",   NULL};

#define ABBR_MAX 6 /* the longest entry of the lists above ("Messrs", "approx") */

static bool in_list(const char *const *list, const char *s, size_t n) {
  if (n > ABBR_MAX) return false;
  for (size_t i = 0; list[i]; i++)
    if (list[i][0] == s[0] && strlen(list[i]) == n && memcmp(list[i], s, n) == 0) return true;
  return false;
}

/* A chain of 1-2 letter segments joined by periods: "U.S", "a.m", "Ph.D". */
static bool is_short_chain(const char *s, size_t n) {
  size_t seg = 0, dots = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = text_utf8_decode(s, n, i, &cp);
    if (cp == '.') {
      if (seg == 0) return false;
      dots++;
      seg = 0;
    } else if (text_is_letter(cp)) {
      if (++seg > 2) return false;
    } else {
      return false;
    }
    i += k;
  }
  return dots > 0 && seg > 0;
}

text_abbr text_abbr_class(const char *s, size_t n) {
  if (n && s[n - 1] == '.') n--; /* accept the token with its period */
  if (n == 0) return ABBR_NONE;
  if ((n == 3 && (memcmp(s, "a.m", 3) == 0 || memcmp(s, "p.m", 3) == 0)) ||
      (n == 3 && (memcmp(s, "A.M", 3) == 0 || memcmp(s, "P.M", 3) == 0)))
    return ABBR_TIME;
  if (in_list(title_abbrs, s, n)) return ABBR_TITLE;
  if (in_list(inner_abbrs, s, n)) return ABBR_INNER;
  if (in_list(weak_abbrs, s, n)) return ABBR_WEAK;
  if (is_short_chain(s, n)) return ABBR_WEAK;
  int32_t cp;
  size_t k = text_utf8_decode(s, n, 0, &cp);
  if (k == n && text_is_upper(cp)) return ABBR_WEAK; /* initial "J" */
  return ABBR_NONE;
}

typedef struct {
  const char *s;
  size_t end; /* end of the range */
} scan;

static int32_t cp_at(const scan *sc, size_t i, size_t *len) {
  int32_t cp = 0;
  if (i >= sc->end) {
    *len = 0;
    return -1;
  }
  *len = text_utf8_decode(sc->s, sc->end, i, &cp);
  return cp;
}

static bool is_alnum_cp(int32_t cp) {
  return cp >= 0 && (text_is_letter(cp) || text_is_digit(cp));
}

static bool is_apostrophe(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static el_status push_tok(el_doc *doc, size_t start, size_t end, uint16_t flags) {
  el_token *t = EL_VEC_PUSH(doc->toks);
  if (!t) return EL_ERR_NOMEM;
  t->start = (uint32_t)start;
  t->end = (uint32_t)end;
  t->flags = flags;
  return EL_OK;
}

static uint16_t word_flags(const char *s, size_t start, size_t end) {
  uint16_t f = EL_TOK_WORD;
  bool first = true, any = false, all_upper = true;
  for (size_t i = start; i < end;) {
    int32_t cp;
    i += text_utf8_decode(s, end, i, &cp);
    if (!text_is_letter(cp)) continue;
    bool up = text_is_upper(cp);
    if (first && up) f |= EL_TOK_CAP;
    first = false;
    any = true;
    if (!up) {
      /* combining marks are letters here but never uppercase */
      if (!(cp >= 0x300 && cp < 0x370)) all_upper = false;
    }
  }
  if (any && all_upper) f |= EL_TOK_UPPER;
  return f;
}

static bool starts_with_ci(const char *s, size_t n, const char *p) {
  size_t m = strlen(p);
  if (n < m) return false;
  for (size_t i = 0; i < m; i++)
    if (text_ascii_lower((unsigned char)s[i]) != p[i]) return false;
  return true;
}

/* End of a URL starting at i: up to whitespace, minus trailing punctuation. */
static size_t url_end(const scan *sc, size_t i) {
  size_t j = i;
  while (j < sc->end && j - i < MAX_TOKEN_BYTES) {
    size_t k;
    int32_t cp = cp_at(sc, j, &k);
    if (text_is_space(cp) || text_is_quote_cp(cp) || cp == '<' || cp == '>' || cp == 0x2014 ||
        cp == 0x2013 || cp == 0x2026)
      break;
    j += k;
  }
  while (j > i && strchr(".,;:!?)]}", sc->s[j - 1])) j--;
  return j;
}

/* Scan a word starting at i (a letter, or '#'/'@' before a letter). */
static size_t scan_word(const scan *sc, size_t i, bool *dotted) {
  size_t j = i, k;
  int32_t cp = cp_at(sc, j, &k);
  j += k; /* first char */
  *dotted = false;
  int32_t prev = cp;
  while (j < sc->end && j - i < MAX_TOKEN_BYTES) {
    cp = cp_at(sc, j, &k);
    if (is_alnum_cp(cp) || (cp == '_' && prev != '_')) {
      prev = cp;
      j += k;
      continue;
    }
    size_t k2;
    int32_t next = cp_at(sc, j + k, &k2);
    if (is_apostrophe(cp) && text_is_letter(prev) && text_is_letter(next)) {
      prev = cp;
      j += k;
      continue;
    }
    if (cp == '-' && is_alnum_cp(prev) && is_alnum_cp(next)) {
      prev = cp;
      j += k;
      continue;
    }
    if (cp == '.' && text_is_letter(prev) && text_is_letter(next)) {
      *dotted = true;
      prev = cp;
      j += k;
      continue;
    }
    break;
  }
  return j;
}

static size_t scan_number(const scan *sc, size_t i) {
  size_t j = i, k;
  int32_t prev = -1;
  while (j < sc->end && j - i < MAX_TOKEN_BYTES) {
    int32_t cp = cp_at(sc, j, &k);
    if (is_alnum_cp(cp)) {
      prev = cp;
      j += k;
      continue;
    }
    size_t k2;
    int32_t next = cp_at(sc, j + k, &k2);
    if ((cp == ',' || cp == '.' || cp == ':' || cp == '/') && text_is_digit(prev) &&
        text_is_digit(next)) {
      prev = cp;
      j += k;
      continue;
    }
    if (cp == '-' && is_alnum_cp(prev) && text_is_letter(next)) { /* "20-minute" */
      prev = cp;
      j += k;
      continue;
    }
    break;
  }
  return j;
}

el_status text_tokenize_range(el_doc *doc, size_t start, size_t end) {
  scan sc = {doc->text, end};
  const char *s = doc->text;
  bool single_open = false; /* an opening single quote is pending */
  size_t i = start;
  while (i < end) {
    size_t k;
    int32_t cp = cp_at(&sc, i, &k);
    if (text_is_space(cp)) {
      i += k;
      continue;
    }
    el_status st;
    /* URLs */
    if (starts_with_ci(s + i, end - i, "http://") || starts_with_ci(s + i, end - i, "https://") ||
        starts_with_ci(s + i, end - i, "www.")) {
      size_t j = url_end(&sc, i);
      if (j > i) {
        if ((st = push_tok(doc, i, j, EL_TOK_WORD)) != EL_OK) return st;
        i = j;
        continue;
      }
    }
    size_t k2;
    int32_t next = cp_at(&sc, i + k, &k2);
    if (text_is_letter(cp) || ((cp == '#' || cp == '@') && is_alnum_cp(next))) {
      bool dotted;
      size_t j = scan_word(&sc, i, &dotted);
      if (dotted && j < end && s[j] == '/') { /* pic.example.com/abc */
        size_t u = url_end(&sc, i);
        if (u > j) j = u; /* always make progress */
        if ((st = push_tok(doc, i, j, EL_TOK_WORD)) != EL_OK) return st;
        i = j;
        continue;
      }
      if (j < end && s[j] == '.') {
        text_abbr a = text_abbr_class(s + i, j - i);
        bool keep = a != ABBR_NONE;
        if (keep && (a == ABBR_INNER) && !dotted) {
          /* "No." only before a number: "No. 5" */
          size_t m = j + 1;
          while (m < end && s[m] == ' ') m++;
          bool is_no = (j - i == 2 || j - i == 3) && (s[i] == 'N' || s[i] == 'n');
          if (is_no && !(m < end && s[m] >= '0' && s[m] <= '9')) keep = false;
        }
        if (keep) j++;
      }
      { /* possessive plural "leaders' talks": a trailing apostrophe after s
           belongs to the word when no single quote is open */
        size_t m;
        int32_t c2 = cp_at(&sc, j, &m);
        int32_t last;
        text_utf8_decode(s, j, j - text_utf8_prev(s, j), &last);
        if (is_apostrophe(c2) && !single_open && (last == 's' || last == 'S')) {
          size_t m2;
          int32_t after = cp_at(&sc, j + m, &m2);
          if (after < 0 || text_is_space(after) || after == ',' || after == '.') j += m;
        }
      }
      if ((st = push_tok(doc, i, j, word_flags(s, i, j))) != EL_OK) return st;
      i = j;
      continue;
    }
    if (text_is_digit(cp)) {
      size_t j = scan_number(&sc, i);
      if ((st = push_tok(doc, i, j, EL_TOK_NUM)) != EL_OK) return st;
      i = j;
      continue;
    }
    if (text_is_quote_cp(cp)) {
      /* track single quotes to tell a closing quote from an apostrophe */
      if (cp == '\'' || cp == 0x2018 || cp == 0x2019) {
        int32_t before = -1;
        if (i > start) text_utf8_decode(s, i, i - text_utf8_prev(s, i), &before);
        bool opening = (before < 0 || text_is_space(before) || before == '(' || before == '"' ||
                        before == 0x201C) &&
                       is_alnum_cp(next);
        if (cp == 0x2018 || opening)
          single_open = true;
        else
          single_open = false;
      }
      if ((st = push_tok(doc, i, i + k, EL_TOK_PUNCT | EL_TOK_QUOTE)) != EL_OK) return st;
      i += k;
      continue;
    }
    size_t j = i + k;
    if (cp == '.' || cp == '-') { /* "..." and "--" */
      while (j < end && s[j] == (char)cp && j - i < MAX_TOKEN_BYTES) j++;
    } else if (cp == '!' || cp == '?') {
      while (j < end && (s[j] == '!' || s[j] == '?') && j - i < MAX_TOKEN_BYTES) j++;
    }
    if ((st = push_tok(doc, i, j, EL_TOK_PUNCT)) != EL_OK) return st;
    i = j;
  }
  return EL_OK;
}
