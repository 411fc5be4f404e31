/*
 * actor_load.c — readers for the PETRARCH dictionary formats (see
 * shared/data/petrarch2/docs/dictionaries.rst): .actors files (phrases,
 * +synonyms, tab-indented [CODE yymmdd-yymmdd] / [CODE >d] / [CODE <d]
 * roles), agents ([~GOV], [NGO~], {plural}, !SUBST! sets), our titles
 * file (role nouns and party qualifiers), discards, and a whole directory.
 * Malformed lines are reported as "file:line: reason" and skipped, or fail
 * the load when opts->strict.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "actors/actor_int.h"

typedef struct {
  const char *path;
  long line;
  const dict_load_opts *o;
  int errors;
} load_ctx;

static void warnf(load_ctx *c, const char *fmt, ...) {
  FILE *w = c->o && c->o->warn ? c->o->warn : stderr;
  va_list ap;
  va_start(ap, fmt);
  fprintf(w, "%s:%ld: ", c->path, c->line);
  vfprintf(w, fmt, ap);
  fputc('\n', w);
  va_end(ap);
  c->errors++;
}

static bool strict(const load_ctx *c) {
  return c->o && c->o->strict;
}

/* Cut a '#' comment and trailing blanks / CR; returns the new length. */
static size_t strip_line(char *s) {
  char *h = strchr(s, '#');
  if (h) *h = 0;
  size_t n = strlen(s);
  while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
    s[--n] = 0;
  return n;
}

static bool blank_or_markup(const char *s) {
  while (*s == ' ' || *s == '\t') s++;
  return !*s || (s[0] == '<' && s[1] == '!'); /* <!-- ... --> lines */
}

/* Read yymmdd or yyyymmdd (blanks allowed around); -1 if malformed. */
static int32_t parse_date(const char *s, const char **end) {
  while (*s == ' ') s++;
  const char *b = s;
  while (isdigit((unsigned char)*s)) s++;
  size_t n = (size_t)(s - b);
  while (*s == ' ') s++;
  *end = s;
  if (n != 6 && n != 8) return -1;
  long v = strtol(b, NULL, 10);
  if (n == 6) {
    long yy = v / 10000;
    v += (yy < 30 ? 2000 : 1900) * 10000;
  }
  int mm = (int)(v / 100 % 100), dd = (int)(v % 100);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return -1;
  return (int32_t)v;
}

/* Parse "[CODE restriction]" starting at s ('[' included). */
static bool parse_role(const char *s, actor_role *r, const char **why) {
  memset(r, 0, sizeof *r);
  if (*s != '[') {
    *why = "expected '['";
    return false;
  }
  const char *close = strpbrk(s, "]}");
  if (!close) {
    *why = "missing ']'";
    return false;
  }
  const char *p = s + 1;
  while (*p == ' ') p++;
  size_t k = 0;
  while (p < close && *p != ' ' && *p != '<' && *p != '>') {
    if (k + 1 >= sizeof r->code) {
      *why = "code too long";
      return false;
    }
    r->code[k++] = (char)toupper((unsigned char)*p++);
  }
  r->code[k] = 0;
  if (!k) {
    *why = "empty code";
    return false;
  }
  while (*p == ' ') p++;
  r->from = ACTOR_DATE_MIN;
  r->to = ACTOR_DATE_MAX;
  if (p == close) {
    r->dflt = true;
    return true;
  }
  const char *e;
  if (*p == '<' || *p == '>') {
    int32_t d = parse_date(p + 1, &e);
    if (d < 0 || e != close) {
      *why = "bad date restriction";
      return false;
    }
    if (*p == '<')
      r->to = d;
    else
      r->from = d;
    return true;
  }
  int32_t a = parse_date(p, &e);
  if (a < 0 || *e != '-') {
    *why = "bad date restriction";
    return false;
  }
  int32_t b = parse_date(e + 1, &e);
  if (b < 0 || e != close || b < a) {
    *why = "bad date range";
    return false;
  }
  r->from = a;
  r->to = b;
  return true;
}

typedef el_status (*line_fn)(actor_dict *d, load_ctx *c, char *line, size_t n, void *state);

static el_status for_each_line(actor_dict *d, const char *path, const dict_load_opts *o, line_fn fn,
                               void *state) {
  if (!d || !path) return EL_ERR_ARG;
  FILE *f = fopen(path, "rb");
  if (!f) return EL_ERR_NOTFOUND;
  load_ctx c = {.path = path, .o = o};
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  el_status st = EL_OK;
  while ((got = getline(&line, &cap, f)) >= 0) {
    c.line++;
    if ((size_t)got != strlen(line)) {
      warnf(&c, "NUL byte in line");
      if (strict(&c)) {
        st = EL_ERR_PARSE;
        break;
      }
      continue;
    }
    if (blank_or_markup(line)) continue;
    size_t n = strip_line(line);
    if (!n || blank_or_markup(line)) continue;
    int before = c.errors;
    st = fn(d, &c, line, n, state);
    if (st != EL_OK) break;
    if (c.errors > before && strict(&c)) {
      st = EL_ERR_PARSE;
      break;
    }
  }
  if (st == EL_OK && ferror(f)) st = EL_ERR_IO;
  free(line);
  fclose(f);
  return st;
}

/* ---- .actors ----------------------------------------------------------- */

typedef struct {
  int32_t cur;      /* current entry, -1 none */
  bool coded;       /* its primary line had an undated [CODE] (a country, an org) */
  int32_t replaced; /* the earlier entry its primary phrase overrode, -1 none */
} actors_state;

/* A person re-entered by a later file (current.actors.txt after the
 * PETRARCH dictionaries) keeps the earlier entry's dated roles that end
 * before the new entry's first one: the update adds the 2020s, it does not
 * erase the 1990s.  A role reaching into the new span is cut at its start. */
static el_status keep_earlier_roles(actor_dict *d, int32_t cur, int32_t old) {
  int32_t first = ACTOR_DATE_MAX;
  for (size_t i = 0; i < d->actors.v[cur].roles.n; i++) {
    const actor_role *r = &d->actors.v[cur].roles.v[i];
    if (!r->dflt && r->from < first) first = r->from;
  }
  if (first == ACTOR_DATE_MAX || first == ACTOR_DATE_MIN) return EL_OK;
  for (size_t i = 0; i < d->actors.v[old].roles.n; i++) {
    actor_role r = d->actors.v[old].roles.v[i];
    if (r.dflt || r.from >= first) continue;
    if (r.to >= first) r.to = first - 1;
    actor_role *slot = EL_VEC_PUSH(d->actors.v[cur].roles);
    if (!slot) return EL_ERR_NOMEM;
    *slot = r;
  }
  return EL_OK;
}

static el_status finish_entry(actor_dict *d, actors_state *s) {
  if (s->cur < 0) return EL_OK;
  actor_entry *e = &d->actors.v[s->cur];
  bool agent_code = false;
  bool bare_country = false;
  for (size_t i = 0; i < e->roles.n; i++) { /* a dated role with an agent */
    size_t n = strlen(e->roles.v[i].code);
    if (n >= 6 && !e->roles.v[i].dflt) agent_code = true;
    if (n == 3) bare_country = true; /* "UKRAINE_ ... [UKR >911221]" */
  }
  /* a person has dated agent roles and no undated code of its own; an
   * entry with a bare country code among its roles ("UKRAINE_ ... [UKR
   * >911221]") is a country */
  e->is_person = agent_code && !s->coded && !bare_country;
  e->place = !e->is_person;
  int32_t old = s->replaced;
  s->replaced = -1;
  if (e->is_person && old >= 0 && old != s->cur && d->actors.v[old].is_person)
    return keep_earlier_roles(d, s->cur, old);
  return EL_OK;
}

/* A one-word demonym of a country ("CHILEAN_", "ISRAELI", "FILIPINO") also
 * names its people in the plural ("Chileans"), unless that form is taken. */
static el_status bind_demonym_plural(actor_dict *d, const char *p, size_t n, int32_t idx) {
  while (n && (p[n - 1] == '_' || p[n - 1] == ' ')) n--;
  if (n < 4 || n > 60 || memchr(p, '_', n) || memchr(p, ' ', n)) return EL_OK;
  const actor_entry *e = &d->actors.v[idx];
  if (!e->roles.n || strlen(e->roles.v[0].code) != 3) return EL_OK;
  char z = (char)toupper((unsigned char)p[n - 1]), y = (char)toupper((unsigned char)p[n - 2]);
  if (!((y == 'A' && z == 'N') || z == 'I' || (y == 'N' && z == 'O')))
    return EL_OK; /* "Filipinos" */
  char buf[64];
  memcpy(buf, p, n);
  buf[n] = 'S';
  if (actor_trie_find(d, buf, n + 1) >= 0 && d->nodes.v[actor_trie_find(d, buf, n + 1)].actor >= 0)
    return EL_OK;
  int32_t node;
  el_status st = actor_trie_add(d, buf, n + 1, &node);
  if (st == EL_OK) d->nodes.v[node].actor = idx;
  return st == EL_ERR_PARSE ? EL_OK : st;
}

static el_status bind_phrase(actor_dict *d, load_ctx *c, const char *p, size_t n, int32_t idx) {
  int32_t node;
  el_status st = actor_trie_add(d, p, n, &node);
  if (st == EL_ERR_PARSE) {
    warnf(c, "phrase has no usable word");
    return EL_OK;
  }
  if (st != EL_OK) return st;
  d->nodes.v[node].actor = idx; /* a later entry overrides an earlier one */
  return bind_demonym_plural(d, p, n, idx);
}

static el_status actors_line(actor_dict *d, load_ctx *c, char *line, size_t n, void *state) {
  actors_state *s = state;
  const char *why = NULL;
  if (line[0] == ' ' || line[0] == '\t') { /* date restriction */
    char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    actor_role r;
    if (s->cur < 0) {
      warnf(c, "date restriction before any actor");
      return EL_OK;
    }
    if (!parse_role(p, &r, &why)) {
      warnf(c, "%s", why);
      return EL_OK;
    }
    actor_role *slot = EL_VEC_PUSH(d->actors.v[s->cur].roles);
    if (!slot) return EL_ERR_NOMEM;
    *slot = r;
    return EL_OK;
  }
  char *br = strchr(line, '[');
  size_t plen = br ? (size_t)(br - line) : n;
  char *semi = memchr(line, ';', plen); /* TABARI "; comment" */
  if (semi) plen = (size_t)(semi - line);
  if (line[0] == '+') {
    if (s->cur < 0) {
      warnf(c, "synonym before any actor");
      return EL_OK;
    }
    /* "+NAME [CODE]": PETRARCH ignores a synonym's code; so do we */
    return bind_phrase(d, c, line + 1, plen - 1, s->cur);
  }
  actor_role r;
  if (br && !parse_role(br, &r, &why)) {
    warnf(c, "%s", why);
    return EL_OK;
  }
  el_status st = finish_entry(d, s);
  if (st != EL_OK) return st;
  s->cur = -1;
  s->coded = br && r.dflt;
  int32_t known = actor_trie_find(d, line, plen);
  s->replaced = known >= 0 ? d->nodes.v[known].actor : -1;
  int32_t idx;
  st = actor_entry_new(d, line, plen, &idx);
  if (st != EL_OK) return st;
  if (!d->actors.v[idx].name[0]) {
    warnf(c, "actor line without a name");
    free(d->actors.v[idx].name);
    d->actors.n--;
    return EL_OK;
  }
  if (br) {
    actor_role *slot = EL_VEC_PUSH(d->actors.v[idx].roles);
    if (!slot) return EL_ERR_NOMEM;
    *slot = r;
    slot->dflt = slot->from == ACTOR_DATE_MIN && slot->to == ACTOR_DATE_MAX;
  }
  s->cur = idx;
  return bind_phrase(d, c, line, plen, idx);
}

el_status actor_dict_load_actors(actor_dict *d, const char *path, const dict_load_opts *o) {
  actors_state s = {.cur = -1, .replaced = -1};
  el_status st = for_each_line(d, path, o, actors_line, &s);
  if (d) {
    el_status fs = finish_entry(d, &s);
    if (st == EL_OK) st = fs;
  }
  return st;
}

/* ---- agents and titles --------------------------------------------------- */

#define MAX_SUBST 16
typedef struct {
  char name[32];
  char *items; /* "A\0B\0C\0\0" */
} subst_set;

typedef struct {
  subst_set sets[MAX_SUBST];
  int nsets;
  bool titles; /* titles file: [~AGT] roles and [CTY] qualifiers */
} agents_state;

static void agents_state_free(agents_state *s) {
  for (int i = 0; i < s->nsets; i++) free(s->sets[i].items);
}

/* "!PERSON! = MAN, MEN" */
static el_status add_subst(load_ctx *c, agents_state *s, char *line) {
  char *bang2 = strchr(line + 1, '!');
  char *eq = strchr(line, '=');
  if (!bang2 || !eq || eq < bang2 || (size_t)(bang2 - line + 2) > sizeof s->sets[0].name ||
      s->nsets == MAX_SUBST) {
    warnf(c, "bad substitution set");
    return EL_OK;
  }
  subst_set *set = &s->sets[s->nsets];
  memcpy(set->name, line, (size_t)(bang2 - line + 1));
  set->name[bang2 - line + 1] = 0;
  size_t len = strlen(eq + 1);
  set->items = calloc(len + 2, 1);
  if (!set->items) return EL_ERR_NOMEM;
  size_t o = 0;
  for (const char *p = eq + 1; *p; p++) {
    if (*p == ' ' || *p == '\t') continue;
    set->items[o++] = *p == ',' ? 0 : *p;
  }
  set->items[o] = 0;
  set->items[o + 1] = 0;
  s->nsets++;
  return EL_OK;
}

static void plural_of(const char *p, size_t n, char *out, size_t cap) {
  out[0] = 0;
  if (n + 4 > cap) return;
  memcpy(out, p, n);
  char a = (char)toupper((unsigned char)(n > 1 ? p[n - 2] : 0));
  char z = (char)toupper((unsigned char)p[n - 1]);
  bool vowel_y = z == 'Y' && strchr("AEIOU", a);
  if (z == 'Y' && !vowel_y)
    strcpy(out + n - 1, "IES");
  else if ((a == 'S' && z == 'S') || z == 'X' || ((a == 'C' || a == 'S') && z == 'H'))
    strcpy(out + n, "ES");
  else
    strcpy(out + n, "S");
}

static el_status bind_agent(actor_dict *d, load_ctx *c, const char *p, size_t n, int32_t agent,
                            int32_t title) {
  int32_t node;
  el_status st = actor_trie_add(d, p, n, &node);
  if (st == EL_ERR_PARSE) {
    warnf(c, "phrase has no usable word");
    return EL_OK;
  }
  if (st != EL_OK) return st;
  if (agent >= 0) d->nodes.v[node].agent = agent;
  if (title >= 0) d->nodes.v[node].title = title;
  return EL_OK;
}

/* Add the phrase (singular and its plurals) for one agent/title. */
static el_status add_forms(actor_dict *d, load_ctx *c, agents_state *s, const char *phrase,
                           size_t n, const char *plural, bool auto_plural, int32_t agent,
                           title_entry *t) {
  int32_t ti = -1, tpl = -1;
  if (t) {
    title_entry *e = EL_VEC_PUSH(d->titles);
    if (!e) return EL_ERR_NOMEM;
    *e = *t;
    ti = (int32_t)(d->titles.n - 1);
    if (t->kind == TITLE_ROLE) {
      e = EL_VEC_PUSH(d->titles);
      if (!e) return EL_ERR_NOMEM;
      *e = *t;
      e->group = true;
      tpl = (int32_t)(d->titles.n - 1);
    }
  }
  (void)s;
  el_status st = bind_agent(d, c, phrase, n, agent, ti);
  if (st != EL_OK) return st;
  if (plural && *plural) {
    const char *p = plural;
    while (*p) { /* several plurals may be given, blank-separated */
      while (*p == ' ') p++;
      const char *b = p;
      while (*p && *p != ' ') p++;
      if (p > b && (st = bind_agent(d, c, b, (size_t)(p - b), agent, tpl)) != EL_OK) return st;
    }
  } else if (auto_plural && !plural) {
    char buf[512];
    plural_of(phrase, n, buf, sizeof buf);
    if (buf[0] && (st = bind_agent(d, c, buf, strlen(buf), agent, tpl)) != EL_OK) return st;
  }
  return EL_OK;
}

static el_status agents_line(actor_dict *d, load_ctx *c, char *line, size_t n, void *state) {
  agents_state *s = state;
  (void)n;
  while (*line == ' ' || *line == '\t') line++;
  if (line[0] == '!' && strchr(line, '=') && !strchr(line, '[')) return add_subst(c, s, line);
  char *br = strchr(line, '[');
  if (!br) {
    warnf(c, "missing [code]");
    return EL_OK;
  }
  char *close = strpbrk(br, "]}");
  if (!close) {
    warnf(c, "missing ']'");
    return EL_OK;
  }
  /* code */
  char code[24];
  size_t k = 0;
  for (char *p = br + 1; p < close; p++)
    if (*p != ' ' && k + 1 < sizeof code) code[k++] = (char)toupper((unsigned char)*p);
  code[k] = 0;
  /* phrase and optional {plural} */
  char *brace = memchr(line, '{', (size_t)(br - line));
  char *pend = brace ? brace : br;
  char plural[256];
  const char *pl = NULL;
  if (brace) {
    char *bc = memchr(brace, '}', (size_t)(br - brace));
    if (!bc) {
      warnf(c, "missing '}'");
      return EL_OK;
    }
    size_t m = (size_t)(bc - brace - 1);
    if (m >= sizeof plural) m = sizeof plural - 1;
    memcpy(plural, brace + 1, m);
    plural[m] = 0;
    pl = plural;
  }
  size_t plen = (size_t)(pend - line);
  while (plen && (line[plen - 1] == ' ' || line[plen - 1] == '\t')) plen--;
  if (!plen) {
    warnf(c, "no phrase before the code");
    return EL_OK;
  }
  int32_t agent = -1;
  title_entry t = {0}, *tp = NULL;
  if (s->titles) {
    tp = &t;
    if (k >= 2 && code[0] == '~') {
      t.kind = TITLE_ROLE;
      if (strcmp(code + 1, "=") == 0) {
        t.counterpart = true;
        strcpy(t.agent, "GOV");
      } else {
        snprintf(t.agent, sizeof t.agent, "%.7s", code + 1);
      }
    } else if (k == 3 && isupper((unsigned char)code[0])) {
      t.kind = TITLE_QUALIFIER;
      memcpy(t.country, code, 4);
    } else {
      warnf(c, "title code must be [~AGENT] or [CTY]");
      return EL_OK;
    }
  } else {
    agent_entry a = {0};
    if (k >= 2 && code[0] == '~') {
      snprintf(a.code, sizeof a.code, "%.15s", code + 1);
    } else if (k >= 2 && code[k - 1] == '~') {
      code[k - 1] = 0;
      snprintf(a.code, sizeof a.code, "%.15s", code);
      a.prefix = true;
    } else if (k >= 1 && code[0] != '~') {
      snprintf(a.code, sizeof a.code, "%.15s", code); /* [GOV]: treated as [~GOV] */
    } else {
      warnf(c, "empty agent code");
      return EL_OK;
    }
    agent_entry *slot = EL_VEC_PUSH(d->agents);
    if (!slot) return EL_ERR_NOMEM;
    *slot = a;
    agent = (int32_t)(d->agents.n - 1);
  }
  /* substitution markers: one phrase per item, no plural formation */
  char *b1 = memchr(line, '!', plen);
  char *b2 = b1 ? memchr(b1 + 1, '!', plen - (size_t)(b1 + 1 - line)) : NULL;
  if (b1 && b2) {
    size_t mlen = (size_t)(b2 - b1 + 1);
    for (int i = 0; i < s->nsets; i++) {
      if (strlen(s->sets[i].name) != mlen || memcmp(s->sets[i].name, b1, mlen) != 0) continue;
      for (const char *it = s->sets[i].items; *it; it += strlen(it) + 1) {
        char buf[512];
        int w = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(b1 - line), line, it,
                         (int)(plen - (size_t)(b2 + 1 - line)), b2 + 1);
        if (w <= 0 || (size_t)w >= sizeof buf) continue;
        el_status st = add_forms(d, c, s, buf, (size_t)w, "", false, agent, tp);
        if (st != EL_OK) return st;
      }
      return EL_OK;
    }
    warnf(c, "unknown substitution set %.*s", (int)mlen, b1);
    return EL_OK;
  }
  /* a phrase ending in '_' or a multiword head still gets the plural */
  return add_forms(d, c, s, line, plen, pl, true, agent, tp);
}

el_status actor_dict_load_agents(actor_dict *d, const char *path, const dict_load_opts *o) {
  agents_state s = {0};
  el_status st = for_each_line(d, path, o, agents_line, &s);
  agents_state_free(&s);
  return st;
}

el_status actor_dict_load_titles(actor_dict *d, const char *path, const dict_load_opts *o) {
  agents_state s = {.titles = true};
  el_status st = for_each_line(d, path, o, agents_line, &s);
  agents_state_free(&s);
  return st;
}

/* ---- discards ------------------------------------------------------------ */

static el_status discards_line(actor_dict *d, load_ctx *c, char *line, size_t n, void *state) {
  (void)state;
  (void)n;
  while (*line == ' ' || *line == '\t') line++;
  uint8_t kind = DISCARD_SENTENCE;
  if (*line == '+') {
    kind = DISCARD_DOC;
    line++;
  }
  /* Phoenix lists the bare years 1914-2013: a year is no topic, and
   * "In 2013, X met Y" must still be coded.  Only word phrases discard. */
  bool has_letter = false;
  for (const char *p = line; *p && !has_letter; p++)
    has_letter = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (unsigned char)*p >= 0x80;
  if (!has_letter) return EL_OK;
  int32_t node;
  el_status st = actor_trie_add(d, line, strlen(line), &node);
  if (st == EL_ERR_PARSE) {
    warnf(c, "empty discard phrase");
    return EL_OK;
  }
  if (st != EL_OK) return st;
  if (d->nodes.v[node].discard < kind) d->nodes.v[node].discard = kind;
  return EL_OK;
}

el_status actor_dict_load_discards(actor_dict *d, const char *path, const dict_load_opts *o) {
  return for_each_line(d, path, o, discards_line, NULL);
}

/* ---- given names ----------------------------------------------------------- */

static el_status names_line(actor_dict *d, load_ctx *c, char *line, size_t n, void *state) {
  (void)state;
  (void)n;
  char *br = strchr(line, '[');
  if (!br || (br[1] != 'F' && br[1] != 'M') || br[2] != ']') {
    warnf(c, "expected NAME [F] or NAME [M]");
    return EL_OK;
  }
  int32_t node;
  el_status st = actor_trie_add(d, line, (size_t)(br - line), &node);
  if (st == EL_ERR_PARSE) {
    warnf(c, "empty name");
    return EL_OK;
  }
  if (st != EL_OK) return st;
  d->nodes.v[node].gender = br[1] == 'F' ? GENDER_FEMALE : GENDER_MALE;
  return EL_OK;
}

el_status actor_dict_load_given_names(actor_dict *d, const char *path, const dict_load_opts *o) {
  return for_each_line(d, path, o, names_line, NULL);
}

/* ---- a whole directory ------------------------------------------------------ */

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Load one kind of file from dir, sorted by name, `first` (if present)
 * before the others so later files override it. */
static el_status load_matching(actor_dict *d, const char *dir, const char *suffix,
                               const char *first,
                               el_status (*fn)(actor_dict *, const char *, const dict_load_opts *),
                               const dict_load_opts *o) {
  DIR *dp = opendir(dir);
  if (!dp) return EL_ERR_NOTFOUND;
  char **names = NULL;
  size_t n = 0, cap = 0;
  el_status st = EL_OK;
  struct dirent *de;
  while ((de = readdir(dp))) {
    if (de->d_name[0] == '.' || !ends_with(de->d_name, suffix)) continue;
    if (n == cap) {
      size_t nc = cap ? cap * 2 : 16;
      char **nn = realloc(names, nc * sizeof *nn);
      if (!nn) {
        st = EL_ERR_NOMEM;
        break;
      }
      names = nn;
      cap = nc;
    }
    if (!(names[n] = strdup(de->d_name))) {
      st = EL_ERR_NOMEM;
      break;
    }
    n++;
  }
  closedir(dp);
  if (n) qsort(names, n, sizeof *names, cmp_str);
  for (int pass = 0; pass < 2 && st == EL_OK; pass++) {
    for (size_t i = 0; i < n && st == EL_OK; i++) {
      bool is_first = first && strcmp(names[i], first) == 0;
      if (is_first != (pass == 0)) continue;
      char path[4096];
      int w = snprintf(path, sizeof path, "%s/%s", dir, names[i]);
      st = w > 0 && (size_t)w < sizeof path ? fn(d, path, o) : EL_ERR_ARG;
    }
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  return st;
}

el_status actor_dict_load_dir(actor_dict *d, const char *data_dir, const dict_load_opts *o) {
  if (!d || !data_dir) return EL_ERR_ARG;
  char dir[4000];
  int w = snprintf(dir, sizeof dir, "%s/actors", data_dir);
  if (w < 0 || (size_t)w >= sizeof dir) return EL_ERR_ARG;
  el_status st =
      load_matching(d, dir, ".actors.txt", "countries.actors.txt", actor_dict_load_actors, o);
  if (st == EL_OK)
    st = load_matching(d, dir, "agents.txt", "agents.txt", actor_dict_load_agents, o);
  if (st == EL_OK) st = load_matching(d, dir, "titles.txt", NULL, actor_dict_load_titles, o);
  if (st == EL_OK) st = load_matching(d, dir, "discards.txt", NULL, actor_dict_load_discards, o);
  if (st == EL_OK)
    st = load_matching(d, dir, "given_names.txt", NULL, actor_dict_load_given_names, o);
  return st;
}
