/*
 * actor_coref.c — within-document reference:
 *  - surname aliases: once "Ana Ruiz" is named anywhere in the
 *    document, "Ruiz" (and "President Ruiz") is the same actor; a
 *    surname two persons share is left alone;
 *  - descriptions ("the Chilean leader", "Chile's new president-elect")
 *    -> the latest person of that country, with the description's role;
 *  - compounds ("the two leaders", "both governments") -> both actors of
 *    the preceding dyad, one mention each on the same span;
 *  - pronouns (he/she/him) -> the latest named person in the same or the
 *    previous sentence.  Unresolved pronouns and compounds are dropped;
 *  - acronyms defined in parentheses after an organization ("the Rapid
 *    Support Forces (RSF)") -> that organization wherever they recur.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "actors/actor_int.h"
#include "text/text.h"

#define ALIAS_KEY 64
#define LOOKBACK 400 /* mentions scanned back for an antecedent */

static uint64_t fnv(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

typedef struct {
  char key[ALIAS_KEY];
  alias_slot v;
} alias_ent;

typedef struct {
  alias_ent *e;
  size_t cap;
} alias_tab;

static alias_ent *alias_find(alias_tab *t, const char *key, bool create) {
  if (!t->cap) return NULL;
  size_t i = fnv(key) & (t->cap - 1);
  for (size_t probes = 0; probes < t->cap; probes++) {
    alias_ent *e = &t->e[i];
    if (!e->key[0]) {
      if (!create) return NULL;
      memset(e, 0, sizeof *e); /* the table only clears key[0] */
      snprintf(e->key, sizeof e->key, "%s", key);
      return e;
    }
    if (strcmp(e->key, key) == 0) return e;
    i = (i + 1) & (t->cap - 1);
  }
  return NULL;
}

static bool is_particle(const char *w) {
  static const char *const p[] = {"de",  "del", "la",  "las", "los", "da",  "das", "do",  "dos",
                                  "van", "von", "der", "den", "di",  "du",  "le",  "bin", "ibn",
                                  "al",  "el",  "y",   "ben", "jr",  "jr.", "sr",  "sr.", NULL};
  size_t n = strlen(w);
  if (n > 3) return false; /* longer than any particle */
  for (int i = 0; p[i]; i++)
    if (strcmp(p[i], w) == 0) return true;
  return n < 2 || (n == 2 && w[1] == '.');
}

/* A name written family name first, as Korean names usually are in English
 * ("Lee Jae-myung", "Kim Jong Un", "Yoon Suk Yeol"): a hyphenated given
 * name after the first word, or two short given-name syllables. */
static bool family_name_first(const char *name) {
  const char *w[4];
  size_t len[4], n = 0;
  for (const char *s = name; *s && n < 4;) {
    while (*s == ' ') s++;
    if (!*s) break;
    w[n] = s;
    while (*s && *s != ' ') s++;
    len[n] = (size_t)(s - w[n]);
    n++;
  }
  if (n < 2 || n > 3) return false;
  for (size_t i = 1; i < n; i++) {
    const char *h = memchr(w[i], '-', len[i]);
    if (h && h > w[i] && (size_t)(h - w[i]) + 1 < len[i] && h[1] >= 'a' && h[1] <= 'z') return true;
  }
  return n == 3 && len[1] <= 4 && len[2] <= 4 && len[0] <= 5;
}

static void add_aliases(alias_tab *t, const actor_cand *a) {
  const char *s = a->m.name;
  /* the given name is not an alias, unless the family name comes first */
  bool first = !family_name_first(s);
  while (*s) {
    while (*s == ' ') s++;
    const char *b = s;
    while (*s && *s != ' ') s++;
    if (s == b) break;
    if (first) {
      first = false;
      continue;
    }
    char key[ALIAS_KEY];
    if ((unsigned char)*b >= 'a' && (unsigned char)*b <= 'z') continue; /* "of", "de" */
    if (!actor_norm_word(b, (size_t)(s - b), key, sizeof key) || is_particle(key)) continue;
    alias_ent *e = alias_find(t, key, true);
    if (!e) continue;
    if (!e->v.name) {
      e->v.name = a->m.name;
      memcpy(e->v.code, a->m.code, 24);
      e->v.entry = a->entry;
    } else if (strcmp(e->v.name, a->m.name) != 0) {
      e->v.ambiguous = true;
    }
  }
}

static bool token_key(const find_ctx *c, uint32_t t, char key[ALIAS_KEY]) {
  const el_token *k = &c->doc->toks.v[t];
  size_t n = actor_norm_word(c->doc->text + k->start, k->end - k->start, key, ALIAS_KEY);
  if (n > 2 && key[n - 1] == 's' && key[n - 2] == '\'') key[n - 2] = 0;
  return n > 0;
}

static void fill(find_ctx *c, actor_cand *a, int32_t sent, uint32_t b, uint32_t e) {
  a->m.tok_begin = b;
  a->m.tok_end = e;
  a->m.start = c->doc->toks.v[b].start;
  a->m.end = c->doc->toks.v[e - 1].end;
  a->m.sentence = sent;
}

/* The acronym an organization's mention defines right after it: "the Rapid
 * Support Forces (RSF)" -> token of "RSF"; 0 if none. */
static uint32_t defined_acronym(const find_ctx *c, const actor_cand *a) {
  const el_doc *doc = c->doc;
  uint32_t k = a->m.tok_end;
  if (a->m.is_person || a->pending || !a->m.code[0] || k + 2 >= doc->toks.n) return 0;
  const el_token *o = &doc->toks.v[k], *w = &doc->toks.v[k + 1], *e = &doc->toks.v[k + 2];
  if (doc->text[o->start] != '(' || doc->text[e->start] != ')') return 0;
  if (!(w->flags & EL_TOK_WORD) || !(w->flags & EL_TOK_UPPER)) return 0;
  if (w->end - w->start < 2 || w->end - w->start > 6) return 0;
  return k + 1;
}

static void add_acronym(alias_tab *t, const find_ctx *c, const actor_cand *a, uint32_t k) {
  char key[ALIAS_KEY];
  if (!token_key(c, k, key)) return;
  alias_ent *e = alias_find(t, key, true);
  if (!e) return;
  if (!e->v.code[0]) {
    e->v.name = a->m.name;
    memcpy(e->v.code, a->m.code, 24);
    e->v.entry = a->entry;
    e->v.org = true;
  } else if (strcmp(e->v.code, a->m.code) != 0) {
    e->v.ambiguous = true;
  }
}

el_status actor_alias_pass(find_ctx *c) {
  size_t persons = 0;
  for (size_t i = 0; i < c->cands.n; i++)
    if ((c->cands.v[i].m.is_person && c->cands.v[i].m.name) || defined_acronym(c, &c->cands.v[i]))
      persons++;
  if (!persons) return EL_OK;
  alias_tab t = {0};
  t.cap = 64;
  while (t.cap < persons * 8) t.cap *= 2;
  t.e = malloc(t.cap * sizeof *t.e);
  if (!t.e) return EL_ERR_NOMEM;
  for (size_t i = 0; i < t.cap; i++) t.e[i].key[0] = '\0'; /* empty; entries cleared when made */
  for (size_t i = 0; i < c->cands.n; i++) {
    const actor_cand *a = &c->cands.v[i];
    if (a->m.is_person && a->m.name && !a->single_name && !a->pending) add_aliases(&t, a);
    uint32_t acr = defined_acronym(c, a);
    if (acr) add_acronym(&t, c, a, acr);
  }
  char key[ALIAS_KEY];
  /* "President Ruiz" -> the full name */
  for (size_t i = 0; i < c->cands.n; i++) {
    actor_cand *a = &c->cands.v[i];
    if (!a->single_name || a->entry >= 0 || !a->m.name) continue;
    if (!actor_norm_word(a->m.name, strlen(a->m.name), key, sizeof key)) continue;
    alias_ent *e = alias_find(&t, key, false);
    if (!e || e->v.ambiguous || e->v.org) continue;
    a->m.name = e->v.name;
    a->entry = e->v.entry;
    if (!a->m.country[0] || strcmp(a->m.code, a->agent) == 0) {
      memcpy(a->m.code, e->v.code, 24);
      actor_code_country(a->m.code, a->m.country);
    }
  }
  /* bare surnames in tokens no mention covers */
  EL_VEC(actor_cand) extra = {0};
  el_status st = EL_OK;
  size_t ci = 0;
  for (size_t s = 0; s < c->doc->sents.n && st == EL_OK; s++) {
    if (c->discarded[s]) continue;
    const el_sentence *se = &c->doc->sents.v[s];
    for (uint32_t k = se->tok_begin; k < se->tok_end && k < c->doc->toks.n; k++) {
      while (ci < c->cands.n && c->cands.v[ci].m.tok_end <= k) ci++;
      if (ci < c->cands.n && c->cands.v[ci].m.tok_begin <= k) continue;
      const el_token *tk = &c->doc->toks.v[k];
      if (!(tk->flags & EL_TOK_CAP) || !(tk->flags & EL_TOK_WORD)) continue;
      if (!token_key(c, k, key)) continue;
      alias_ent *e = alias_find(&t, key, false);
      if (!e || e->v.ambiguous) continue;
      if (e->v.org) {
        /* the acronym where it is defined is the mention before it */
        if (k > se->tok_begin && c->doc->text[c->doc->toks.v[k - 1].start] == '(') continue;
        actor_cand a = {.entry = e->v.entry};
        memcpy(a.m.code, e->v.code, 24);
        actor_code_country(e->v.code, a.m.country);
        a.m.name = e->v.name;
        a.m.kind = EL_ACTOR_LEARNED;
        a.m.confidence = 0.8f;
        fill(c, &a, (int32_t)s, k, k + 1);
        actor_cand *slot = EL_VEC_PUSH(extra);
        if (!slot) {
          st = EL_ERR_NOMEM;
          break;
        }
        *slot = a;
        continue;
      }
      char given[ALIAS_KEY] = "";
      const char *sp = strchr(e->v.name, ' ');
      if (sp && (size_t)(sp - e->v.name) < sizeof given)
        memcpy(given, e->v.name, (size_t)(sp - e->v.name));
      if (actor_namesake_before(c, se->tok_begin, se->tok_end, k, given)) continue;
      actor_cand a = {.entry = e->v.entry};
      uint32_t end = k + 1;
      /* "the Smith administration": the person's government */
      const trie_node *nx =
          end < se->tok_end && c->ti[end].node >= 0 ? &c->d->nodes.v[c->ti[end].node] : NULL;
      char cty[4];
      actor_code_country(e->v.code, cty);
      bool poss = c->ti[k].wbase >= 0 ||
                  memchr(c->doc->text + tk->start, '\'', tk->end - tk->start) != NULL;
      if (nx && nx->agent >= 0 && nx->title < 0 && cty[0] && !poss) {
        actor_code_join(cty, c->d->agents.v[nx->agent].code, a.m.code);
        memcpy(a.m.country, cty, 4);
        end = c->ti[end].aend;
        a.m.kind = EL_ACTOR_DICT;
      } else {
        memcpy(a.m.code, e->v.code, 24);
        memcpy(a.m.country, cty, 4);
        a.m.name = e->v.name;
        a.m.is_person = true;
        a.m.kind = e->v.entry >= 0 ? EL_ACTOR_DICT : EL_ACTOR_LEARNED;
      }
      a.m.confidence = 0.8f;
      fill(c, &a, (int32_t)s, k, end);
      actor_cand *slot = EL_VEC_PUSH(extra);
      if (!slot) {
        st = EL_ERR_NOMEM;
        break;
      }
      *slot = a;
      k = end - 1;
    }
  }
  free(t.e);
  if (st == EL_OK && extra.n) { /* merge the two sorted lists */
    size_t n = c->cands.n + extra.n;
    actor_cand *m = malloc(n * sizeof *m);
    if (!m) {
      st = EL_ERR_NOMEM;
    } else {
      size_t a = 0, b = 0, o = 0;
      while (a < c->cands.n || b < extra.n) {
        if (b >= extra.n || (a < c->cands.n && c->cands.v[a].m.tok_begin <= extra.v[b].m.tok_begin))
          m[o++] = c->cands.v[a++];
        else
          m[o++] = extra.v[b++];
      }
      free(c->cands.v);
      c->cands.v = m;
      c->cands.n = c->cands.cap = n;
    }
  }
  EL_VEC_FREE(extra);
  return st;
}

/* ---- resolution and output -------------------------------------------- */

static const el_actor_mention *latest_person(const el_doc *doc, const char *country,
                                             int32_t min_sentence) {
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  for (size_t k = doc->actors.n; k-- > lim;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (m->sentence < min_sentence) return NULL;
    if (!m->is_person || !m->name) continue;
    if (country && strcmp(m->country, country) != 0) continue;
    return m;
  }
  return NULL;
}

/* Head noun of a description ("ambassador" in "the Argentine
 * ambassador"), lowercased, possessive dropped; "" if none. */
static void desc_head(const el_doc *doc, const el_actor_mention *m, char out[32]) {
  const char *x = doc->text;
  uint32_t e = m->end, b = m->start;
  if (e - b > 2 && x[e - 2] == '\'' && (x[e - 1] == 's' || x[e - 1] == 'S')) e -= 2;
  uint32_t w = e;
  while (w > b && x[w - 1] != ' ' && x[w - 1] != '\n') w--;
  size_t n = e - w < 31 ? e - w : 0;
  for (size_t i = 0; i < n; i++) {
    char ch = x[w + i];
    out[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
  }
  out[n] = 0;
}

/* Heads that name a country's leader: "the Chilean leader" is its latest
 * named person.  Any other office ("the Argentine ambassador", "the
 * Peruvian foreign minister") is that person only if named with it. */
static bool leader_head(const char *h) {
  static const char *const heads[] = {
      "leader", "president", "president-elect", "premier",  "chancellor",  "king",       "queen",
      "emir",   "sultan",    "strongman",       "dictator", "counterpart", "presidente", NULL};
  for (const char *const *p = heads; *p; p++)
    if (!strcmp(h, *p)) return true;
  return false;
}

/* The person a description refers to: the latest of its country, named
 * with the description's office unless that office is the leader's. */
static const el_actor_mention *described_person(const el_doc *doc, const el_actor_mention *d) {
  char head[32];
  desc_head(doc, d, head);
  if (!head[0] || leader_head(head)) return latest_person(doc, d->country, 0);
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  for (size_t k = doc->actors.n; k-- > lim;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (!m->is_person || !m->name || strcmp(m->country, d->country) != 0) continue;
    if (text_span_has_word(doc, m->start, m->end, head)) return m;
  }
  return NULL;
}

/* "Smith's comments": a possessive is rarely the subject */
static bool possessive(const el_doc *doc, const el_actor_mention *m) {
  const char *x = doc->text;
  if (m->end - m->start < 3) return false;
  if (x[m->end - 1] == 's' && x[m->end - 2] == '\'') return true;
  return m->end - m->start > 4 && x[m->end - 1] == 's' && (unsigned char)x[m->end - 2] == 0x99 &&
         (unsigned char)x[m->end - 3] == 0x80 && (unsigned char)x[m->end - 4] == 0xE2;
}

static bool gender_ok(const find_ctx *c, const actor_cand *a, const el_actor_mention *m) {
  uint8_t g = actor_name_gender(c->d, m->name);
  return !g || g == a->gender;
}

static bool tok_word(const el_doc *doc, uint32_t t, const char *w) {
  return text_token_is(doc, &doc->toks.v[t], w);
}

/* "to Smith", "with Ruiz": the object of a preposition is rarely what a
 * later subject pronoun means, and never the speaker in "he clarified to
 * X". */
static bool oblique(const el_doc *doc, const el_actor_mention *m) {
  static const char *const preps[] = {"to",      "with",    "from",  "for",       "against",
                                      "by",      "of",      "on",    "at",        "about",
                                      "toward",  "towards", "into",  "among",     "between",
                                      "without", "like",    "under", "including", NULL};
  uint32_t t = m->tok_begin;
  if (m->sentence < 0 || t == 0 || t <= doc->sents.v[m->sentence].tok_begin) return false;
  for (int k = 0; preps[k]; k++)
    if (tok_word(doc, t - 1, preps[k])) return true;
  return false;
}

static bool same_person(const el_actor_mention *x, const el_actor_mention *y) {
  return x && y && x->name && y->name && strcmp(x->name, y->name) == 0;
}

/* Subject pronouns (he/she) take the latest subject-like person of their
 * own sentence before them, else the previous sentence's first one (its
 * subject); objects of prepositions and possessives only as a last resort.
 * Object pronouns (him/her) are not the subject of their sentence
 * ("Smith praised him"), and a pronoun inside a quotation is not the
 * speaker outside it ("Smith said: 'I never met him'"): those take the
 * latest other person. */
/* "its": the country a sentence before the pronoun's, or its own, is about:
 * the first country or organization named (not a person, not a place
 * after a preposition), in the pronoun's sentence before it, else in the
 * sentence before. */
static const el_actor_mention *country_antecedent(const el_doc *doc, const actor_cand *a) {
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  const el_actor_mention *same = NULL, *prev = NULL;
  for (size_t k = doc->actors.n; k-- > lim;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (m->sentence < a->m.sentence - 1) break;
    if (m->is_person || m->name || !m->country[0] || strlen(m->code) != 3) continue;
    if (possessive(doc, m) || oblique(doc, m)) continue;
    if (m->sentence == a->m.sentence && m->tok_end <= a->m.tok_begin) same = m;
    if (m->sentence == a->m.sentence - 1) prev = m;
  }
  return same ? same : prev;
}

/* "It thanked ...": the subject of the sentence before when that is a
 * body of a state ("Russia's Defence Ministry", "The Indian army") or a
 * state, never a person; NULL when that sentence opens otherwise. */
static const el_actor_mention *it_antecedent(const el_doc *doc, const actor_cand *a) {
  if (a->m.sentence < 1) return NULL;
  const el_sentence *prev = &doc->sents.v[a->m.sentence - 1];
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  const el_actor_mention *first = NULL;
  for (size_t k = doc->actors.n; k-- > lim;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (m->sentence < a->m.sentence - 1) break;
    if (m->sentence == a->m.sentence - 1) first = m;
  }
  if (!first || first->is_person || first->name || !first->country[0]) return NULL;
  /* the subject: at most "The" before it in its sentence */
  if (first->tok_begin > prev->tok_begin + 1) return NULL;
  return first;
}

static const el_actor_mention *pronoun_antecedent(const find_ctx *c, const actor_cand *a) {
  const el_doc *doc = c->doc;
  const el_sentence *se = &doc->sents.v[a->m.sentence];
  bool object =
      !a->possessive && a->m.end - a->m.start == 3 && (doc->text[a->m.start] | 0x20) == 'h';
  uint32_t quote_open = UINT32_MAX; /* the quote mark the pronoun sits after */
  for (uint32_t t = se->tok_begin; t < a->m.tok_begin && t < doc->toks.n; t++)
    if (doc->toks.v[t].flags & EL_TOK_QUOTE) quote_open = quote_open == UINT32_MAX ? t : UINT32_MAX;
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  const el_actor_mention *latest = NULL, *first_prev = NULL, *same = NULL, *first_same = NULL;
  for (size_t k = doc->actors.n; k-- > lim;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (m->sentence < a->m.sentence - 1) break;
    if (!m->is_person || !m->name || !gender_ok(c, a, m)) continue;
    bool subj = !possessive(doc, m) && !oblique(doc, m);
    if (m->sentence == a->m.sentence && subj &&
        (quote_open == UINT32_MAX || m->tok_end <= quote_open)) {
      if (!same) same = m;
      first_same = m; /* the sentence's subject, or the speaker */
    }
    if (!latest) latest = m;
    if (m->sentence == a->m.sentence - 1 && subj) first_prev = m;
  }
  if (object || quote_open != UINT32_MAX) {
    for (size_t k = doc->actors.n; k-- > lim;) {
      const el_actor_mention *m = &doc->actors.v[k];
      if (m->sentence < a->m.sentence - 1) break;
      if (!m->is_person || !m->name || !gender_ok(c, a, m)) continue;
      if (!same_person(m, first_same)) return m;
    }
    return NULL;
  }
  if (same) return same;
  if (first_prev) return first_prev;
  if (latest) return latest;
  /* no named person: an unnamed office holder who is the subject of the
   * pronoun's own sentence ("Mexico's president said that she had
   * spoken with X") */
  const el_actor_mention *desc = NULL;
  for (size_t k = doc->actors.n; k-- > lim;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (m->sentence < a->m.sentence) break;
    if (m->sentence != a->m.sentence || m->tok_end > a->m.tok_begin) continue;
    if (!m->is_person || m->name || !m->country[0]) continue;
    if (!possessive(doc, m) && !oblique(doc, m)) desc = m;
  }
  return desc;
}

static el_status emit(el_doc *doc, const el_actor_mention *m) {
  el_actor_mention *o = EL_VEC_PUSH(doc->actors);
  if (!o) return EL_ERR_NOMEM;
  *o = *m;
  return EL_OK;
}

/* What tells two sides apart: the country, or for an international body
 * (no country, or "IGO") its code, so that the EU and the UN are two. */
static bool is_body(const el_actor_mention *m) {
  return (!m->country[0] || !strcmp(m->country, "IGO")) && !strncmp(m->code, "IGO", 3);
}
static const char *side_key(const el_actor_mention *m) {
  return is_body(m) ? m->code : m->country;
}

static bool compound_ok(const actor_cand *a, const el_actor_mention *m) {
  if (!m->country[0] && !(is_body(m) && a->compound != COMP_PERSONS)) return false;
  /* "(Reuters)" after a dateline: the wire, never a side */
  if (!strcmp(m->code, "MED")) return false;
  return a->compound != COMP_PERSONS || (m->is_person && m->name);
}

static bool same_referent(const actor_cand *a, const el_actor_mention *x,
                          const el_actor_mention *y) {
  if (strcmp(side_key(x), side_key(y)) != 0) return false;
  return a->compound != COMP_PERSONS || strcmp(x->name, y->name) == 0;
}

/* x and y (x first, same sentence) act together: "X and Y", "X met Y",
 * "talks between X and Y" -- not "X said Y was ...". */
static bool together(const el_doc *doc, const el_actor_mention *x, const el_actor_mention *y) {
  static const char *const joint[] = {"and",      "with",    "&",        "met",     "meet",
                                      "meets",    "meeting", "hosted",   "hosts",   "received",
                                      "receives", "visited", "called",   "spoke",   "talked",
                                      "phoned",   "joined",  "welcomed", "greeted", NULL};
  static const char *const speech[] = {"said",   "says",    "told",      "stated",
                                       "added",  "accused", "according", "claimed",
                                       "warned", "that",    NULL};
  if (x->tok_end > y->tok_begin || y->tok_begin - x->tok_end > 12) return false;
  if (x->tok_begin > 0 && tok_word(doc, x->tok_begin - 1, "between")) return true;
  /* "talks mediated by X, and attended by Y": Y is the agent of a passive
   * of its own, coordinated after X ("X was received by Y" stays a pair) */
  if (y->tok_begin >= 2 && tok_word(doc, y->tok_begin - 1, "by")) {
    const el_token *p = &doc->toks.v[y->tok_begin - 2];
    size_t n = p->end - p->start;
    bool participle = n > 3 && !memcmp(doc->text + p->end - 2, "ed", 2);
    for (uint32_t t = x->tok_end; participle && t + 2 < y->tok_begin; t++)
      if (tok_word(doc, t, "and") || tok_word(doc, t, ",")) return false;
  }
  /* "Ruiz asked Smith": one verb between them */
  bool joined = y->tok_begin - x->tok_end <= 2 && y->tok_begin > x->tok_end;
  for (uint32_t t = x->tok_end; t < y->tok_begin && joined; t++)
    if (doc->toks.v[t].flags & (EL_TOK_PUNCT | EL_TOK_CAP | EL_TOK_NUM)) joined = false;
  for (uint32_t t = x->tok_end; t < y->tok_begin; t++) {
    for (int k = 0; speech[k]; k++)
      if (tok_word(doc, t, speech[k])) return false;
    for (int k = 0; joint[k] && !joined; k++) joined = tok_word(doc, t, joint[k]);
  }
  return joined;
}

/* The preceding dyad: the latest sentence (within 8) where two distinct
 * referents act together; else the latest that mentions two; else the two
 * latest distinct referents. */
static el_status resolve_compound_as(find_ctx *c, const actor_cand *a, bool *done);

/* "both sides": the persons of the dyad if there are, else its countries */
static el_status resolve_compound(find_ctx *c, const actor_cand *a) {
  bool done = false;
  /* "Venezuela and Guyana met on Thursday. They also agreed to ...": with
   * no two persons before it, "they" is a pair of countries that acted
   * together in its sentence or the one before (only such a pair) */
  if (a->they) {
    el_status st = resolve_compound_as(c, a, &done);
    if (st != EL_OK || done) return st;
    actor_cand b = *a;
    b.compound = COMP_COUNTRIES;
    return resolve_compound_as(c, &b, &done);
  }
  if (a->compound != COMP_SIDES) return resolve_compound_as(c, a, &done);
  actor_cand b = *a;
  b.compound = COMP_PERSONS;
  el_status st = resolve_compound_as(c, &b, &done);
  if (st != EL_OK || done) return st;
  b.compound = COMP_COUNTRIES;
  return resolve_compound_as(c, &b, &done);
}

/* The pair of countries named together in the most sentences among the
 * dozen before a's (the latest such sentence breaks ties): "the two
 * countries" in a story about Congo and Rwanda is that pair, though
 * Qatar, their mediator, was named last.  Countries only, not persons. */
#define DOMINANT_WINDOW 12
#define DOMINANT_MAX 16
static bool dominant_pair(const el_doc *doc, const actor_cand *a, const el_actor_mention *out[2]) {
  const el_actor_mention *cty[DOMINANT_MAX];
  int n = 0, count[DOMINANT_MAX][DOMINANT_MAX] = {{0}}, last[DOMINANT_MAX][DOMINANT_MAX] = {{0}};
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  size_t k = doc->actors.n;
  while (k > lim) {
    int32_t s = doc->actors.v[k - 1].sentence;
    if (s < a->m.sentence - DOMINANT_WINDOW) break;
    bool seen[DOMINANT_MAX] = {false};
    const el_actor_mention *nxt = NULL;
    int nxt_i = -1;
    for (; k > lim && doc->actors.v[k - 1].sentence == s; k--) {
      const el_actor_mention *m = &doc->actors.v[k - 1];
      if (!compound_ok(a, m) || m->start >= a->m.start) continue;
      int i = 0;
      while (i < n && strcmp(side_key(cty[i]), side_key(m)) != 0) i++;
      if (i == n) {
        if (n == DOMINANT_MAX) continue;
        cty[n++] = m; /* the latest mention of each country */
      }
      seen[i] = true;
      /* "X and Y", "X met Y": acting together counts more than being named */
      if (nxt && nxt_i != i && together(doc, m, nxt)) {
        int lo = i < nxt_i ? i : nxt_i, hi = i < nxt_i ? nxt_i : i;
        count[lo][hi] += 2;
        if (!last[lo][hi]) last[lo][hi] = s + 1;
      }
      nxt = m;
      nxt_i = i;
    }
    for (int i = 0; i < n; i++)
      for (int j = i + 1; j < n && seen[i]; j++)
        if (seen[j]) {
          count[i][j] += s == 0 ? 3 : 1; /* the lede names the story's pair */
          if (!last[i][j]) last[i][j] = s + 1;
        }
  }
  int bi = -1, bj = -1;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (count[i][j] && (bi < 0 || count[i][j] > count[bi][bj] ||
                          (count[i][j] == count[bi][bj] && last[i][j] > last[bi][bj])))
        bi = i, bj = j;
  if (bi < 0) return false;
  out[0] = cty[bi];
  out[1] = cty[bj];
  return true;
}

static el_status resolve_compound_as(find_ctx *c, const actor_cand *a, bool *done) {
  el_doc *doc = c->doc;
  const el_actor_mention *pick[2] = {NULL, NULL}, *any[2] = {NULL, NULL}, *near[2] = {NULL, NULL},
                         *far[2] = {NULL, NULL};
  int nany = 0;
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  size_t k = doc->actors.n;
  while (k > lim && !pick[1]) {
    int32_t s = doc->actors.v[k - 1].sentence;
    if (s < a->m.sentence - (a->they ? 1 : 8)) break;
    const el_actor_mention *in[2] = {NULL, NULL}, *nxt = NULL, *tog[2] = {NULL, NULL};
    int nin = 0;
    for (; k > lim && doc->actors.v[k - 1].sentence == s; k--) {
      const el_actor_mention *m = &doc->actors.v[k - 1];
      if (!compound_ok(a, m)) continue;
      if (nin < 2 && (nin == 0 || !same_referent(a, in[0], m))) in[nin++] = m;
      if (nany < 2 && (nany == 0 || !same_referent(a, any[0], m))) any[nany++] = m;
      /* the latest neighbouring pair of this sentence acting together */
      if (!tog[1] && nxt && !same_referent(a, nxt, m) && together(doc, m, nxt))
        tog[0] = nxt, tog[1] = m;
      nxt = m;
    }
    /* a pair acting together right before ("X and Y met. Both sides
     * agreed"); further back the story's dominant pair comes first */
    if (tog[1] && (a->they || s == a->m.sentence)) {
      pick[0] = tog[0], pick[1] = tog[1];
    } else if (tog[1] && !far[1]) {
      far[0] = tog[0], far[1] = tog[1];
    } else if (nin == 2 && !near[1]) {
      near[0] = in[0], near[1] = in[1];
    }
  }
  /* "Relations between the two neighbours plunged in May, when they
   * fought": a pair named together earlier in the pronoun's sentence, or
   * in the sentence before ("the two countries said ... They also agreed") */
  bool they_pair = false;
  if (a->they && !pick[1]) {
    for (size_t q = doc->actors.n; q-- > 1 && doc->actors.v[q].sentence >= a->m.sentence - 1;) {
      const el_actor_mention *x = &doc->actors.v[q], *y = &doc->actors.v[q - 1];
      if (x->kind == EL_ACTOR_COREF && y->kind == EL_ACTOR_COREF && x->start == y->start &&
          x->end == y->end && x->end <= a->m.start && !x->is_person && !y->is_person &&
          strcmp(x->country, y->country) != 0) {
        pick[0] = x, pick[1] = y, they_pair = true;
        break;
      }
    }
  }
  if (a->they && !pick[1]) return EL_OK; /* "they" may be any group */
  const el_actor_mention *dom[2];
  if (!pick[1] && a->compound != COMP_PERSONS && dominant_pair(doc, a, dom))
    pick[0] = dom[0], pick[1] = dom[1];
  if (!pick[1]) pick[0] = far[0], pick[1] = far[1];
  if (!pick[1]) pick[0] = near[0], pick[1] = near[1];
  if (!pick[1]) pick[0] = any[0], pick[1] = any[1];
  if (!pick[1]) return EL_OK;
  *done = true;
  /* Copies: emit() grows doc->actors, which may move what pick[] points to. */
  const el_actor_mention ante[2] = {*pick[0], *pick[1]};
  for (int i = 1; i >= 0; i--) { /* in text order of the antecedents */
    el_actor_mention m = a->m;
    memcpy(m.country, ante[i].country, 4);
    if (they_pair) {
      memcpy(m.code, ante[i].code, 24);
      m.name = NULL;
      m.is_person = false;
    } else if (a->compound == COMP_PERSONS) {
      memcpy(m.code, ante[i].code, 24);
      m.name = ante[i].name;
      m.is_person = true;
    } else if (is_body(&ante[i])) {
      /* "both sides" of the EU and China: the body itself */
      memcpy(m.code, ante[i].code, 24);
      m.name = NULL;
      m.is_person = false;
    } else if (a->compound == COMP_GOVS) {
      actor_code_join(ante[i].country, "GOV", m.code);
      m.name = NULL;
      m.is_person = false;
    } else {
      /* "soldiers from the two countries": each country's agent */
      if (a->agent[0])
        actor_code_join(ante[i].country, a->agent, m.code);
      else
        memcpy(m.code, ante[i].country, 4);
      m.name = NULL;
      m.is_person = false;
    }
    m.kind = a->they ? EL_ACTOR_PRONOUN : EL_ACTOR_COREF;
    m.confidence = a->they ? 0.5f : 0.6f;
    el_status st = emit(doc, &m);
    if (st != EL_OK) return st;
  }
  return EL_OK;
}

/* "The minister ..." opening a sentence: the subject-like office holder
 * (named or not) of the latest earlier sentence, within two, that has one. */
static const el_actor_mention *office_antecedent(const el_doc *doc, int32_t sentence) {
  size_t lim = doc->actors.n > LOOKBACK ? doc->actors.n - LOOKBACK : 0;
  const el_actor_mention *first = NULL;
  int32_t in = -1;
  for (size_t k = doc->actors.n; k-- > lim;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (m->sentence >= sentence) continue;
    if (in >= 0 && m->sentence != in) break;
    if (m->sentence < sentence - 2) break;
    if (!m->is_person || !m->country[0] || possessive(doc, m) || oblique(doc, m)) continue;
    in = m->sentence;
    first = m; /* keeps the earliest of that sentence: its subject */
  }
  return first;
}

/* "Taiwan's defence ministry said Chinese warplanes entered its air
 * defence zone": "its" after a speech verb is the country of the
 * sentence's first actor, the speaker, when another actor stands between
 * (the reported clause's subject); NULL otherwise. */
static const el_actor_mention *its_antecedent(const find_ctx *c, const actor_cand *a) {
  static const char *const speech[] = {"said",    "says",     "told",   "accused",
                                       "claimed", "reported", "warned", NULL};
  const el_doc *doc = c->doc;
  const el_actor_mention *first = NULL;
  int before = 0;
  for (size_t k = doc->actors.n; k-- > 0;) {
    const el_actor_mention *m = &doc->actors.v[k];
    if (m->sentence < a->m.sentence) break;
    if (m->sentence > a->m.sentence || m->tok_end > a->m.tok_begin || !m->country[0]) continue;
    first = m;
    before++;
  }
  if (!first || before < 2) return NULL;
  for (uint32_t t = first->tok_end; t < a->m.tok_begin; t++)
    for (int k = 0; speech[k]; k++)
      if (tok_word(doc, t, speech[k])) return first;
  return NULL;
}

el_status actor_coref_emit(find_ctx *c) {
  el_doc *doc = c->doc;
  for (size_t i = 0; i < c->cands.n; i++) {
    actor_cand *a = &c->cands.v[i];
    el_status st = EL_OK;
    if (a->pending == PEND_DESC && !a->m.country[0]) {
      const el_actor_mention *p = office_antecedent(doc, a->m.sentence);
      if (p) {
        memcpy(a->m.country, p->country, 4);
        a->m.name = p->name;
        if (p->name)
          memcpy(a->m.code, p->code, 24);
        else
          actor_code_join(p->country, a->agent[0] ? a->agent : "GOV", a->m.code);
        st = emit(doc, &a->m);
      }
    } else if (a->pending == PEND_DESC) {
      const el_actor_mention *p = described_person(doc, &a->m);
      if (p) {
        a->m.name = p->name;
        /* the person's dated role, unless the description says more
         * ("Chile's president-elect", "the former president") */
        if (strcmp(a->agent, "ELI") != 0 && strcmp(a->agent, "GOV") == 0)
          memcpy(a->m.code, p->code, 24);
        else
          actor_code_join(a->m.country, a->agent, a->m.code);
        a->m.confidence = 0.7f;
      } else {
        a->m.confidence = 0.5f;
      }
      st = emit(doc, &a->m);
    } else if (a->pending == PEND_COMPOUND) {
      st = resolve_compound(c, a);
    } else if (a->pending == PEND_PRONOUN && a->it_subject) {
      const el_actor_mention *p = it_antecedent(doc, a);
      if (p) {
        memcpy(a->m.code, p->code, 24);
        memcpy(a->m.country, p->country, 4);
        a->m.confidence = 0.5f;
        st = emit(doc, &a->m);
      }
    } else if (a->pending == PEND_PRONOUN && a->its) {
      const el_actor_mention *p = its_antecedent(c, a);
      if (p) {
        memcpy(a->m.country, p->country, 4);
        memcpy(a->m.code, p->country, 4);
        a->m.confidence = 0.5f;
        st = emit(doc, &a->m);
      }
    } else if (a->pending == PEND_PRONOUN) {
      const el_actor_mention *p = a->neuter ? country_antecedent(doc, a) : pronoun_antecedent(c, a);
      if (p && a->agent[0]) { /* "his government": a group, not the person */
        if (p->country[0]) {
          actor_code_join(p->country, a->agent, a->m.code);
          memcpy(a->m.country, p->country, 4);
          a->m.confidence = 0.5f;
          st = emit(doc, &a->m);
        }
      } else if (p) {
        memcpy(a->m.code, p->code, 24);
        memcpy(a->m.country, p->country, 4);
        a->m.name = p->name;
        a->m.confidence = 0.5f;
        st = emit(doc, &a->m);
      }
    } else {
      st = emit(doc, &a->m);
    }
    if (st != EL_OK) return st;
  }
  return EL_OK;
}
