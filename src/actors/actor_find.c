/*
 * actor_find.c — actors_find(): keys every token once (interned word ids,
 * no allocation per token), finds the longest dictionary match at each
 * token, applies discards, and composes matches into mentions: countries,
 * country + agent groups ("Chilean soldiers", "government of Peru"),
 * dictionary persons, and (via actor_learn.c) titled persons.  Then the
 * alias pass and coreference (actor_coref.c) finish the job.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors/actor_int.h"

bool actor_tok_is(const find_ctx *c, uint32_t t, const char *w) {
  if (t >= c->doc->toks.n) return false;
  const el_token *k = &c->doc->toks.v[t];
  const char *x = c->doc->text + k->start;
  size_t n = k->end - k->start;
  /* most calls fail on the first letter: test it before anything else */
  char ch = x[0];
  if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
  if (ch != w[0]) return false;
  for (size_t i = 1; i < n; i++) {
    ch = x[i];
    if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
    if (ch != w[i]) return false; /* also stops at the end of w (NUL) */
  }
  return w[n] == 0;
}

bool actor_tok_punct(const find_ctx *c, uint32_t t, char ch) {
  if (t >= c->doc->toks.n) return false;
  const el_token *k = &c->doc->toks.v[t];
  return k->end - k->start == 1 && c->doc->text[k->start] == ch;
}

void actor_code_join(const char *country, const char *agent, char out[24]) {
  size_t n = strlen(country), m = strlen(agent);
  if (n >= m && m && strcmp(country + n - m, agent) == 0) m = 0; /* USAGOV + GOV */
  if (snprintf(out, 24, "%s%.*s", country, (int)m, agent) >= 24) out[23] = '\0';
}

/* [NGO~] agents go before the country: "NGO" + "COL" */
static void prefix_join(const char *agent, const char *base, char out[24]) {
  size_t n = strlen(agent), m = strlen(base);
  if (n > 23) n = 23;
  if (n + m > 23) m = 23 - n;
  memcpy(out, agent, n);
  memcpy(out + n, base, m);
  out[n + m] = 0;
}

el_status actor_cand_push(find_ctx *c, const actor_cand *a) {
  actor_cand *s = EL_VEC_PUSH(c->cands);
  if (!s) return EL_ERR_NOMEM;
  *s = *a;
  return EL_OK;
}

/* A name starts capitalized (or with a digit), or with a lowercase "the"
 * before a capital: "the Kremlin" for THE_KREMLIN. */
static bool name_start(const find_ctx *c, uint32_t t) {
  const el_token *toks = c->doc->toks.v;
  if (toks[t].flags & (EL_TOK_CAP | EL_TOK_NUM)) return true;
  return t + 1 < c->doc->toks.n && (toks[t + 1].flags & EL_TOK_CAP) && actor_tok_is(c, t, "the");
}

static bool node_usable(const find_ctx *c, int32_t node, bool cap) {
  const trie_node *n = &c->d->nodes.v[node];
  return (n->actor >= 0 && cap) || n->agent >= 0 || n->title >= 0;
}

/* Trie step over token j: its word, or for "Costa_Rica" (dictionary
 * phrases are written with '_', and so are some texts) each part in turn;
 * -1 if no edge. */
static int32_t trie_step_parts(const find_ctx *c, int32_t node, uint32_t j);
static inline int32_t trie_step(const find_ctx *c, int32_t node, uint32_t j) {
  int32_t ch = actor_trie_child(c->d, node, c->ti[j].wid);
  if (ch >= 0 || !c->ti[j].under) return ch;
  return trie_step_parts(c, node, j);
}

/* The '_'-joined parts of token j, one trie step each (the rare path of
 * trie_step, kept out of line so that the common one inlines). */
static int32_t trie_step_parts(const find_ctx *c, int32_t node, uint32_t j) {
  const el_token *k = &c->doc->toks.v[j];
  const char *x = c->doc->text + k->start, *end = c->doc->text + k->end;
  while (x < end && node >= 0) {
    const char *u = memchr(x, '_', (size_t)(end - x));
    size_t n = (size_t)((u ? u : end) - x);
    char buf[ACTOR_WORD_MAX];
    size_t m = n ? actor_norm_word(x, n, buf, sizeof buf) : 0;
    int32_t wid = m ? actor_word_id(c->d, buf, m) : -1;
    node = wid >= 0 ? actor_trie_child(c->d, node, wid) : -1;
    x = u ? u + 1 : end;
  }
  return node;
}

/* Longest usable match at token i (sentence end e); returns the highest
 * discard level seen on the way. */
static uint8_t match_at(find_ctx *c, uint32_t i, uint32_t e) {
  bool cap = (c->doc->toks.v[i].flags & (EL_TOK_CAP | EL_TOK_NUM)) != 0;
  tok_info *t = &c->ti[i];
  t->node = -1;
  t->apos = false;
  int32_t node = 0;
  uint8_t disc = 0;
  for (uint32_t j = i; j < e; j++) {
    if (j == i + 1 && !cap) cap = name_start(c, i); /* "the Kremlin": rare, so late */
    int32_t ch = trie_step(c, node, j);
    /* "Chile's": the match ends here, also when a longer phrase goes on
     * through the possessive ("Egypt's foreign minister" past "EGYPT'S
     * REVOLUTION"); a longer match found later overrides it */
    if (c->ti[j].wbase >= 0) {
      int32_t b = actor_trie_child(c->d, node, c->ti[j].wbase);
      if (b >= 0) {
        if (c->d->nodes.v[b].discard > disc) disc = c->d->nodes.v[b].discard;
        if (node_usable(c, b, cap)) {
          t->node = b;
          t->aend = j + 1;
          t->apos = true;
        }
      }
      if (ch < 0) break;
    }
    if (ch < 0 && c->spaced_phrase_gaps && node != 0) {
      /* "Ithilen state-run television" for ITHILEN TELEVISION: up to two
       * lowercase words (hyphens inside them) before the phrase's next word */
      const el_token *toks = c->doc->toks.v;
      for (uint32_t k = j, words = 0; k + 1 < e && ch < 0; k++) {
        bool hyphen = (toks[k].flags & EL_TOK_PUNCT) && toks[k].end == toks[k].start + 1 &&
                      c->doc->text[toks[k].start] == '-';
        bool lower = (toks[k].flags & EL_TOK_WORD) && !(toks[k].flags & (EL_TOK_CAP | EL_TOK_NUM));
        if (!hyphen && !lower) break;
        if (!hyphen && ++words > 2) break;
        int32_t g = trie_step(c, node, k + 1);
        if (g >= 0 && c->d->nodes.v[g].gap_before && c->d->nodes.v[g].actor >= 0) {
          ch = g;
          j = k + 1;
        }
      }
    }
    if (ch < 0) break;
    node = ch;
    if (c->d->nodes.v[ch].discard > disc) disc = c->d->nodes.v[ch].discard;
    if (node_usable(c, ch, cap)) {
      t->node = ch;
      t->aend = j + 1;
      t->apos = false;
    }
  }
  return disc;
}

static void key_token(find_ctx *c, uint32_t i) {
  const el_token *k = &c->doc->toks.v[i];
  tok_info *t = &c->ti[i];
  t->wid = t->wbase = -1;
  t->node = -1;
  t->under = memchr(c->doc->text + k->start, '_', k->end - k->start) != NULL;
  if (k->flags & EL_TOK_QUOTE) return;
  char buf[ACTOR_WORD_MAX];
  size_t n = actor_norm_word(c->doc->text + k->start, k->end - k->start, buf, sizeof buf);
  if (!n) return;
  t->wid = actor_word_id(c->d, buf, n);
  /* "a Greek-owned tanker", "a Panama-flagged ship", "the US-led
   * coalition": the owner's or leader's country ("Russian-made" is none) */
  static const char *const owned[] = {"-owned", "-flagged", "-registered", "-led", NULL};
  for (int k = 0; owned[k] && t->wid < 0; k++) {
    size_t m = strlen(owned[k]);
    if (n > m + 1 && memcmp(buf + n - m, owned[k], m) == 0)
      t->wid = actor_word_id(c->d, buf, n - m);
  }
  /* "Armenians", "Israelis": the plural of a capitalized demonym the
   * dictionary lists only in the singular */
  if (t->wid < 0 && (k->flags & EL_TOK_CAP) && n > 5 && buf[n - 1] == 's' &&
      (buf[n - 2] == 'i' || (buf[n - 2] == 'n' && buf[n - 3] == 'a')))
    t->wid = actor_word_id(c->d, buf, n - 1);
  if (n > 2 && buf[n - 1] == 's' && buf[n - 2] == '\'')
    t->wbase = actor_word_id(c->d, buf, n - 2);
  else if (n > 1 && buf[n - 1] == '\'')
    t->wbase = actor_word_id(c->d, buf, n - 1);
}

static bool doc_tok_is(const el_doc *doc, uint32_t t, const char *w) {
  const el_token *k = &doc->toks.v[t];
  size_t n = k->end - k->start;
  const char *x = doc->text + k->start;
  for (size_t i = 0; i < n; i++) {
    char ch = x[i];
    if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
    if (ch != w[i]) return false;
  }
  return w[n] == 0;
}

static bool any_within(const el_doc *doc, uint32_t t, const char *const *words, uint32_t reach) {
  for (uint32_t k = t; words && k-- > 0 && t - k <= reach;)
    for (int a = 0; words[a]; a++)
      if (doc_tok_is(doc, k, words[a])) return true;
  return false;
}

/* An attack word within 16 tokens before t with no clause punctuation or
 * speech verb between. */
static bool clause_attack_before(const el_doc *doc, uint32_t t, const char *const *attacked) {
  static const char *const stops[] = {"said", "says", "told", "and", "but", "while", NULL};
  for (uint32_t k = t; k-- > 0 && t - k <= 16;) {
    const el_token *tk = &doc->toks.v[k];
    if ((tk->flags & EL_TOK_PUNCT) && tk->end - tk->start == 1 &&
        strchr(",;:.\"()", doc->text[tk->start]))
      return false;
    for (int a = 0; stops[a]; a++)
      if (doc_tok_is(doc, k, stops[a])) return false;
    for (int a = 0; attacked[a]; a++)
      if (doc_tok_is(doc, k, attacked[a])) return true;
  }
  return false;
}

static bool any_before(const el_doc *doc, uint32_t t, const char *const *verbs) {
  return any_within(doc, t, verbs, 4);
}

bool actors_prep_marks_target(const el_doc *doc, uint32_t t) {
  /* "fired shells at Seoul", "rockets into X", "lashed out at X": a
   * target, not a place */
  static const char *const aimed[] = {
      "fired",   "fires",   "fire",     "firing",      "shot",    "shoot",   "shoots",
      "aimed",   "aims",    "launched", "launch",      "hurled",  "threw",   "throw",
      "lashed",  "lash",    "out",      "directed",    "pointed", "swipe",   "jab",
      "angry",   "furious", "shells",   "missiles",    "rockets", "drones",  "drone",
      "missile", "rocket",  "bombs",    "projectiles", "cannon",  "cannons", NULL};
  /* "arrived in X": X hosts the visit */
  /* "invested $1 billion in X": X receives the investment */
  static const char *const arrive[] = {
      "arrived", "arrives",  "arriving",  "arrive",     "landed",      "lands", "invest",
      "invests", "invested", "investing", "investment", "investments", NULL};
  if (t >= doc->toks.n) return false;
  const char *const *verbs = doc_tok_is(doc, t, "at") || doc_tok_is(doc, t, "into") ? aimed
                             : doc_tok_is(doc, t, "in")                             ? arrive
                                                                                    : NULL;
  return any_before(doc, t, verbs);
}

static bool is_locative(const find_ctx *c, uint32_t t) {
  if (c->places_as_actors) return false;
  static const char *const preps[] = {"in",   "at",     "near",       "inside", "outside", "across",
                                      "into", "around", "throughout", "within", NULL};
  /* "were arrested in X": X's authorities made the arrest */
  static const char *const held[] = {"arrested",   "detained",  "jailed",
                                     "imprisoned", "sentenced", NULL};
  /* "bombed targets near X", "struck a depot in X", "struck hideouts
   * inside X": the place is what was attacked */
  static const char *const attacked[] = {"bombed", "bombarded",  "struck",    "shelled", "attacked",
                                         "raided", "pounded",    "hit",       "strikes", "bombs",
                                         "shells", "airstrikes", "airstrike", NULL};
  static const char *const struck_sites[] = {
      "sites", "targets", "positions", "camps", "bases", "facilities", "hideouts", "depots", NULL};
  static const char *const fired[] = {"fired", "launched", "missiles", "rockets", "drones", NULL};
  /* "marched in X" may be troops: only protest words */
  static const char *const protested[] = {"protested", "protesting", "rallied", "demonstrated",
                                          NULL};
  /* "deployed warships around X", "massed troops near X": a show of force
   * aimed at X */
  static const char *const postured[] = {"deployed", "deploys",  "deploying", "massed",
                                         "massing",  "warships", "drills",    "patrols",
                                         "aircraft", "troops",   NULL};
  /* "the arrest of two Japanese citizens in X": the same, named by a noun
   * a few words further back */
  static const char *const held_nouns[] = {"arrest",    "arrests",    "detention", "imprisonment",
                                           "execution", "executions", "jailing",   NULL};
  static const char *const held_people[] = {
      "people",     "protesters", "protestors", "demonstrators", "activists", "civilians",
      "residents",  "students",   "migrants",   "suspects",      "opponents", "dissidents",
      "supporters", NULL};
  for (int i = 0; preps[i]; i++) {
    if (!actor_tok_is(c, t, preps[i])) continue;
    if (actors_prep_marks_target(c->doc, t)) return false;
    if (i == 0 && any_before(c->doc, t, held)) return false;
    /* "detained dozens of people at a rally in X": people of no named
     * country held there */
    if (i == 0 && any_within(c->doc, t, held, 9) && any_within(c->doc, t, held_people, 7))
      return false;
    /* "the US embassy in Manila", "protested in Belgrade": the country
     * of a mission or of a protest, whose people a crowd there are */
    if (i == 0 && t > 0 &&
        (doc_tok_is(c->doc, t - 1, "embassy") || doc_tok_is(c->doc, t - 1, "consulate") ||
         any_before(c->doc, t, protested)))
      return false;
    if (i == 0 && t >= 5 && any_before(c->doc, t - 4, held_nouns)) return false;
    if (i == 0 && any_before(c->doc, t, held_nouns)) return false;
    if ((i == 0 || i == 2 || i == 3) && any_before(c->doc, t, attacked)) return false;
    /* "fired missiles at what it called militant camps at nine sites in
     * X": sites struck there, the attack a few words further back */
    if ((i == 0 || i == 2 || i == 3) && t > 0 && any_within(c->doc, t, struck_sites, 1) &&
        (any_within(c->doc, t, attacked, 14) || any_within(c->doc, t, fired, 14)))
      return false;
    /* "a drone struck a bus evacuating civilians near the town of B in the
     * Sumy region": the place of a strike told in the same clause (no
     * comma between) is where it hit */
    if ((i == 0 || i == 2) && clause_attack_before(c->doc, t, attacked)) return false;
    if ((i == 2 || i == 7) && any_within(c->doc, t, postured, 5)) return false;
    return true;
  }
  return false;
}

/* "Sea of", "Gulf of", "Strait of": a body of water or landform named
 * after a country. */
static bool geo_of(const find_ctx *c, uint32_t t) {
  static const char *const geo[] = {"sea", "gulf", "strait", "straits", "bay", "lake", NULL};
  if (!actor_tok_is(c, t + 1, "of") || !(c->doc->toks.v[t].flags & EL_TOK_CAP)) return false;
  for (int i = 0; geo[i]; i++)
    if (actor_tok_is(c, t, geo[i])) return true;
  return false;
}

static const actor_entry *actor_at(const find_ctx *c, uint32_t t) {
  if (t >= c->doc->toks.n || c->ti[t].node < 0) return NULL;
  int32_t a = c->d->nodes.v[c->ti[t].node].actor;
  if (a < 0 || !name_start(c, t)) return NULL;
  return &c->d->actors.v[a];
}

static void fill_span(find_ctx *c, actor_cand *a, int32_t sent, uint32_t b, uint32_t e) {
  /* "the Kremlin": the mention is the name, as when the dictionary
   * leaves the article out */
  if (e > b + 1 && !(c->doc->toks.v[b].flags & EL_TOK_CAP) && actor_tok_is(c, b, "the") &&
      (c->doc->toks.v[b + 1].flags & EL_TOK_CAP))
    b++;
  a->m.tok_begin = b;
  a->m.tok_end = e;
  a->m.start = c->doc->toks.v[b].start;
  a->m.end = c->doc->toks.v[e - 1].end;
  a->m.sentence = sent;
}

/* Title Case ("Smith Says Chile Will Pay"): every word but short
 * function words capitalized */
bool actor_title_case(const find_ctx *c, uint32_t b, uint32_t e) {
  static const char *const minor[] = {"a",  "an", "the", "and",  "or", "but",  "of", "in", "on",
                                      "at", "to", "for", "with", "by", "from", "as", "vs", NULL};
  uint32_t words = 0;
  for (uint32_t i = b; i < e && i < c->doc->toks.n; i++) {
    uint16_t f = c->doc->toks.v[i].flags;
    if (!(f & EL_TOK_WORD)) continue;
    words++;
    if (f & EL_TOK_CAP) continue;
    bool is_minor = false;
    for (int k = 0; minor[k] && !is_minor; k++) is_minor = actor_tok_is(c, i, minor[k]);
    if (!is_minor) return false;
  }
  return words >= 4;
}

/* "Nicolás Ruiz", "Melania Smith", "Juanita Castro": a surname after
 * another given name is a namesake, not the person the surname alone
 * stands for.  The word before counts as a given name when the given-name
 * list knows it, or when it is a capitalized word inside the sentence that
 * is no dictionary phrase, honorific or Title Case headline word.  `given`
 * (may be NULL) is the given name of the person the surname stands for:
 * that one is the same person. */
bool actor_namesake_before(const find_ctx *c, uint32_t sb, uint32_t se, uint32_t i,
                           const char *given) {
  if (i <= sb || !(c->doc->toks.v[i - 1].flags & EL_TOK_CAP)) return false;
  const el_token *p = &c->doc->toks.v[i - 1];
  if (!(p->flags & EL_TOK_WORD)) return false;
  if (given) {
    char a[ACTOR_WORD_MAX], b[ACTOR_WORD_MAX];
    size_t n = actor_norm_word(c->doc->text + p->start, p->end - p->start, a, sizeof a);
    size_t m = actor_norm_word(given, strlen(given), b, sizeof b);
    if (n && n == m && memcmp(a, b, n) == 0) return false;
  }
  int32_t node = actor_trie_child(c->d, 0, c->ti[i - 1].wid);
  if (node > 0 && c->d->nodes.v[node].gender != GENDER_NONE) return true;
  if (c->ti[i - 1].node >= 0 || (node > 0 && c->d->nodes.v[node].title >= 0)) return false;
  static const char *const honor[] = {"mr",  "mrs",  "ms",  "dr",   "sir",  "lady", "madam", "sen",
                                      "rep", "gen",  "col", "lt",   "capt", "prof", "gov",   "pres",
                                      "don", "dona", "mme", "herr", "frau", "sr",   "sra",   "st",
                                      "rev", "maj",  "adm", "cmdr", "amb",  "pm",   NULL};
  char w[ACTOR_WORD_MAX];
  size_t n = actor_norm_word(c->doc->text + p->start, p->end - p->start, w, sizeof w);
  if (n && w[n - 1] == '.') w[--n] = 0;
  for (int k = 0; honor[k]; k++)
    if (strcmp(w, honor[k]) == 0) return false;
  if (i - 1 == sb) { /* opening the sentence, any word is capitalized */
    static const char *const opener[] = {
        "but",      "and",     "or",        "when",    "while",   "then",    "as",      "if",
        "so",       "yet",     "still",     "now",     "also",    "after",   "before",  "since",
        "although", "though",  "meanwhile", "however", "later",   "earlier", "today",   "yesterday",
        "on",       "in",      "at",        "for",     "with",    "by",      "from",    "under",
        "both",     "even",    "only",      "why",     "how",     "what",    "where",   "who",
        "the",      "a",       "an",        "this",    "that",    "these",   "those",   "here",
        "there",    "instead", "thus",      "nor",     "unlike",  "like",    "because", "once",
        "until",    "despite", "during",    "without", "neither", "either",  "not",     "whether",
        "indeed",   "no",      "yes",       "said",    "says",    "tonight", "last",    "next",
        "first",    "again",   "all",       "many",    "some",    "his",     "her",     "their",
        "our",      "my",      "its",       "former",  "new",     "young",   "old",     "dear",
        "senior",   "top",     NULL};
    for (int k = 0; opener[k]; k++)
      if (strcmp(w, opener[k]) == 0) return false;
    if (n > 3 && (strcmp(w + n - 2, "ly") == 0 || strcmp(w + n - 2, "ed") == 0 ||
                  strcmp(w + n - 3, "ing") == 0))
      return false;
  }
  return !actor_title_case(c, sb, se);
}

/* Agent phrases like EMBASSY_IN end in a preposition: keep it out of the
 * mention's span. */
static uint32_t trim_span(const find_ctx *c, uint32_t b, uint32_t e) {
  static const char *const preps[] = {"in", "to", "at", "for", "of", "on", "from", NULL};
  while (e > b + 1) {
    bool p = false;
    for (int k = 0; preps[k]; k++)
      if (actor_tok_is(c, e - 1, preps[k])) p = true;
    if (!p) break;
    e--;
  }
  return e;
}

/* "former" among the (at most 3) tokens of [b, i) right before i: former
 * officials are CAMEO elites (ELI) */
static bool was_former(const find_ctx *c, uint32_t b, uint32_t i) {
  for (uint32_t t = i; t-- > b && i - t <= 3;)
    if (actor_tok_is(c, t, "former") || actor_tok_is(c, t, "ex")) return true;
  return false;
}

/* After a sentence-opening place ending at j: a dateline goes on with at
 * most two ", Region" parts and then a dash, colon, parenthesis or date
 * ("Santiago, Chile—", "Washington, D.C., January 8:"); a list of
 * countries ("Russia, China and Iran condemned") does not. */
static bool dateline_after(const find_ctx *c, uint32_t j, uint32_t e) {
  static const char *const months[] = {
      "january", "february", "march",    "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan",   "feb", "mar",  "apr",  "jun",    "jul",
      "aug",     "sep",      "sept",     "oct",   "nov", "dec",  NULL};
  for (int part = 0; part < 3 && j < e; part++) {
    const el_token *k = &c->doc->toks.v[j];
    if (k->flags & EL_TOK_NUM) return true;
    for (int m = 0; months[m]; m++)
      if (actor_tok_is(c, j, months[m])) return true;
    if ((k->flags & EL_TOK_PUNCT) && !actor_tok_punct(c, j, ',') && !actor_tok_punct(c, j, '.'))
      return !(k->flags & EL_TOK_QUOTE);
    if (!actor_tok_punct(c, j, ',') || part == 2) return false;
    j++; /* ", Region": a few capitalized words */
    if (j < e && (c->doc->toks.v[j].flags & EL_TOK_NUM)) return true;
    for (int m = 0; months[m]; m++)
      if (actor_tok_is(c, j, months[m])) return true;
    uint32_t w = 0;
    while (j < e && w < 4 && (c->doc->toks.v[j].flags & EL_TOK_CAP)) {
      bool month = false;
      for (int m = 0; months[m] && !month; m++) month = actor_tok_is(c, j, months[m]);
      if (month) break;
      j++, w++;
    }
    while (j < e && actor_tok_punct(c, j, '.')) j++;
    if (!w) return false;
  }
  return false;
}

/* actors_opts.code_bare_agents: the agent phrase at i alone, country
 * unknown ("---GOV"). */
static el_status bare_agent(find_ctx *c, int32_t sent, uint32_t i, uint32_t *end) {
  const trie_node *nd = &c->d->nodes.v[c->ti[i].node];
  const agent_entry *ag = &c->d->agents.v[nd->agent];
  if (ag->prefix) return EL_OK;
  actor_cand a = {.entry = -1};
  actor_code_join("---", ag->code, a.m.code);
  fill_span(c, &a, sent, i, trim_span(c, i, c->ti[i].aend));
  a.m.kind = EL_ACTOR_DICT;
  a.m.confidence = 0.5f;
  *end = a.m.tok_end;
  return actor_cand_push(c, &a);
}

/* A country usable in an agent's list: not a person, not a null code,
 * not a possessive. */
static bool listed_country(const find_ctx *c, uint32_t q) {
  const actor_entry *ce = actor_at(c, q);
  char base[24];
  return ce && !ce->is_person && actor_entry_code(ce, c->date, base) && base[0] != '-' &&
         base[0] != '+' && !c->ti[q].apos;
}

/* The countries continuing a list after the one ending at p ("A, B and C"
 * after A): their first tokens into items; 0 unless the list closes with
 * "and"/"or". */
static uint32_t country_list(const find_ctx *c, uint32_t p, uint32_t e, uint32_t items[8]) {
  uint32_t ni = 0;
  while (ni < 8 && p + 1 < e) {
    uint32_t q = p;
    bool comma = actor_tok_punct(c, q, ',');
    if (comma) q++;
    bool conj = actor_tok_is(c, q, "and") || actor_tok_is(c, q, "or");
    if (conj) q++;
    if ((!comma && !conj) || q >= e || !listed_country(c, q)) return 0;
    items[ni++] = q;
    p = c->ti[q].aend;
    if (conj) return ni;
  }
  return 0;
}

/* "lawmakers and officials in Peru [and Chile]": the agent at i shares
 * the countries of the agent at j that follows "and"; one mention per
 * country on the first agent's words.  Sets *end past them, 0 if no such
 * phrase. */
static el_status coordinated_agent(find_ctx *c, int32_t sent, uint32_t i, uint32_t j, uint32_t e,
                                   uint32_t *end) {
  *end = 0;
  if (j >= e || c->ti[j].node < 0 || actor_at(c, j)) return EL_OK;
  const trie_node *n2 = &c->d->nodes.v[c->ti[j].node];
  if (n2->agent < 0 || n2->title >= 0 || c->d->agents.v[n2->agent].prefix) return EL_OK;
  uint32_t k = c->ti[j].aend;
  if (!actor_tok_is(c, k, "of") && !actor_tok_is(c, k, "from") && !actor_tok_is(c, k, "in"))
    return EL_OK;
  k++;
  if (actor_tok_is(c, k, "the")) k++;
  if (k >= e || !listed_country(c, k)) return EL_OK;
  uint32_t items[9];
  items[0] = k;
  uint32_t ni = 1 + country_list(c, c->ti[k].aend, e, items + 1);
  const agent_entry *ag = &c->d->agents.v[c->d->nodes.v[c->ti[i].node].agent];
  uint32_t ie = trim_span(c, i, c->ti[i].aend);
  el_status st = EL_OK;
  for (uint32_t x = 0; x < ni && st == EL_OK; x++) {
    char base[24];
    actor_entry_code(actor_at(c, items[x]), c->date, base);
    actor_cand a = {.entry = -1};
    actor_code_join(base, ag->code, a.m.code);
    actor_code_country(base, a.m.country);
    fill_span(c, &a, sent, i, ie);
    a.m.kind = EL_ACTOR_DICT;
    a.m.confidence = 0.8f;
    st = actor_cand_push(c, &a);
  }
  *end = ie;
  return st;
}

/* Country/organization (+ agent) and dictionary persons at i. */
static el_status try_plain(find_ctx *c, int32_t sent, uint32_t sb, uint32_t i, uint32_t e,
                           uint32_t *end) {
  *end = 0;
  if (c->ti[i].node < 0) return EL_OK; /* no dictionary match here: most tokens */
  const actor_entry *ent = actor_at(c, i);
  const trie_node *nd = c->ti[i].node >= 0 ? &c->d->nodes.v[c->ti[i].node] : NULL;
  actor_cand a = {.entry = -1};
  if (ent && ent->is_person) {
    if (c->ti[i].aend == i + 1 && actor_namesake_before(c, sb, e, i, NULL)) {
      *end = i + 1;
      return EL_OK;
    }
    if (!actor_entry_code(ent, c->date, a.m.code)) return EL_OK;
    uint32_t pe = c->ti[i].aend;
    actor_code_country(a.m.code, a.m.country);
    /* "the Smith administration", "the Vega regime": the person's
     * country with the agent, not the person */
    const trie_node *an = pe < e && c->ti[pe].node >= 0 ? &c->d->nodes.v[c->ti[pe].node] : NULL;
    if (an && an->agent >= 0 && an->title < 0 && an->actor < 0 && !c->ti[i].apos &&
        a.m.country[0] && !c->d->agents.v[an->agent].prefix) {
      actor_code_join(a.m.country, c->d->agents.v[an->agent].code, a.m.code);
      fill_span(c, &a, sent, i, trim_span(c, i, c->ti[pe].aend));
      a.m.kind = EL_ACTOR_DICT;
      a.m.confidence = 0.8f;
      *end = a.m.tok_end;
      return actor_cand_push(c, &a);
    }
    fill_span(c, &a, sent, i, pe);
    a.m.name = ent->name;
    a.m.is_person = true;
    a.m.kind = EL_ACTOR_DICT;
    a.m.confidence = 0.9f;
    a.entry = nd->actor;
    *end = c->ti[i].aend;
    return actor_cand_push(c, &a);
  }
  char base[24];
  uint32_t j = i, b = i;
  bool have_country = false;
  if (ent) {
    if (!actor_entry_code(ent, c->date, base)) return EL_OK;
    have_country = true;
    j = c->ti[i].aend;
    /* "in Chile", "the Sea of Japan", or a dateline "Santiago, Chile—": a
     * place */
    bool place = ent->place &&
                 ((i > sb && is_locative(c, i - 1)) || (i > sb + 1 && geo_of(c, i - 2)) ||
                  (i > sb + 1 && actor_tok_is(c, i - 1, "the") && is_locative(c, i - 2)) ||
                  (i == sb && dateline_after(c, j, e) &&
                   (sent == 0 || c->doc->sents.v[sent - 1].para != c->doc->sents.v[sent].para)));
    if (place && !(j < e && c->ti[j].node >= 0 && c->d->nodes.v[c->ti[j].node].agent >= 0)) {
      *end = j;
      if (i == sb) { /* skip the rest of the dateline place: ", Chile" */
        if (sent <= 1 && !c->dateline_country[0] && dateline_after(c, j, e))
          actor_code_country(base, c->dateline_country);
        uint32_t k = j + 1;
        if (k < e && actor_at(c, k) && actor_at(c, k)->place) *end = c->ti[k].aend;
      }
      return EL_OK;
    }
    /* "Kenyan and Ugandan soldiers": the first adjective shares the
     * agent that follows the second */
    if (!c->ti[i].apos && j + 1 < e && actor_tok_is(c, j, "and") && listed_country(c, j + 1)) {
      uint32_t k2 = c->ti[j + 1].aend;
      const trie_node *an = k2 < e && c->ti[k2].node >= 0 ? &c->d->nodes.v[c->ti[k2].node] : NULL;
      if (an && an->agent >= 0 && an->title < 0 && an->actor < 0 && !c->ti[j + 1].apos &&
          !c->d->agents.v[an->agent].prefix) {
        char cty[4];
        actor_code_country(base, cty);
        if (cty[0]) {
          actor_code_join(cty, c->d->agents.v[an->agent].code, a.m.code);
          memcpy(a.m.country, cty, 4);
          fill_span(c, &a, sent, i, j);
          a.m.kind = EL_ACTOR_DICT;
          a.m.confidence = 0.8f;
          *end = j;
          return actor_cand_push(c, &a);
        }
      }
    }
    /* "Chilean soldiers", "Arnor's foreign minister", "Peru's new
     * government": country, a few modifiers, an agent */
    static const char *const mods[] = {"first",   "deputy", "top", "senior", "new", "acting",
                                       "interim", "chief",  "own", "former", NULL};
    /* after a possessive, any plain adjectives: "Peru's awful and corrupt
     * minister" */
    static const char *const stops[] = {
        "to",  "of",  "in",   "on",   "at", "for", "with", "by",    "from", "that",  "which",
        "who", "has", "have", "had",  "is", "was", "were", "are",   "will", "would", "the",
        "a",   "an",  "said", "says", "as", "not", "its",  "their", "his",  "her",   NULL};
    uint32_t k = j;
    while (k < e && k - j < 4 && c->ti[k].node < 0) {
      bool m = false;
      for (int x = 0; mods[x] && !m; x++) m = actor_tok_is(c, k, mods[x]);
      const el_token *tk = &c->doc->toks.v[k];
      if (!m && c->ti[i].apos && (tk->flags & EL_TOK_WORD) && !(tk->flags & EL_TOK_CAP)) {
        m = true;
        for (int x = 0; stops[x] && m; x++) m = !actor_tok_is(c, k, stops[x]);
      }
      if (!m) break;
      k++;
    }
    if (k < e && c->ti[k].node >= 0) {
      j = k;
      const trie_node *an = &c->d->nodes.v[c->ti[j].node];
      if (an->agent >= 0 && an->title < 0 && !actor_at(c, j)) {
        const agent_entry *ag = &c->d->agents.v[an->agent];
        char cty[4];
        actor_code_country(base, cty);
        if (ag->prefix)
          prefix_join(ag->code, cty[0] ? cty : base, a.m.code);
        else
          actor_code_join(base, was_former(c, sb, i) || was_former(c, i, j) ? "ELI" : ag->code,
                          a.m.code);
        j = c->ti[j].aend;
        memcpy(a.m.country, cty, 4);
        fill_span(c, &a, sent, b, trim_span(c, b, j));
        /* "Bree President Romendacil": the office holder the dictionary
         * knows is the same mention, coded by the office */
        const actor_entry *pe = !ag->prefix && a.m.tok_end == j ? actor_at(c, j) : NULL;
        char pcode[24], pcty[4] = "";
        if (pe && !pe->is_person && actor_entry_code(pe, c->date, pcode))
          actor_code_country(pcode, pcty);
        if (pe && (pe->is_person || (pcty[0] && strcmp(pcty, cty) == 0)) && !c->ti[j].apos) {
          a.m.name = pe->name;
          a.m.is_person = true;
          a.entry = c->d->nodes.v[c->ti[j].node].actor;
          j = c->ti[j].aend;
          fill_span(c, &a, sent, b, j);
        }
        a.m.kind = EL_ACTOR_DICT;
        a.m.confidence = 0.85f;
        *end = j;
        el_status st = actor_cand_push(c, &a);
        /* "Danish media and government": the country governs both */
        const trie_node *n2 = j + 1 < e && actor_tok_is(c, j, "and") && c->ti[j + 1].node >= 0
                                  ? &c->d->nodes.v[c->ti[j + 1].node]
                                  : NULL;
        if (st == EL_OK && n2 && n2->agent >= 0 && n2->title < 0 && !actor_at(c, j + 1) &&
            !c->d->agents.v[n2->agent].prefix && !ag->prefix) {
          actor_cand a2 = a;
          actor_code_join(base, c->d->agents.v[n2->agent].code, a2.m.code);
          uint32_t e2 = c->ti[j + 1].aend;
          fill_span(c, &a2, sent, j + 1, trim_span(c, j + 1, e2));
          *end = e2;
          st = actor_cand_push(c, &a2);
        }
        return st;
      }
      j = c->ti[i].aend;
    }
    memcpy(a.m.code, base, 24);
  } else if (nd && nd->agent >= 0 && nd->title < 0) {
    /* "government of Peru", "soldiers from Mali", "activists in Chile"
     * (PETRARCH reads the place as the agent's country), "MSF Peru" */
    uint32_t k = c->ti[i].aend;
    bool adjacent = c->d->agents.v[nd->agent].prefix && actor_at(c, k);
    const actor_entry *ce = NULL;
    if (!adjacent) {
      if (actor_tok_is(c, k, "of") || actor_tok_is(c, k, "from") || actor_tok_is(c, k, "in")) {
        k++;
        if (actor_tok_is(c, k, "the")) k++;
        ce = actor_at(c, k);
      }
    } else {
      ce = actor_at(c, k);
    }
    if (!ce && !adjacent && actor_tok_is(c, k, "and")) {
      el_status st = coordinated_agent(c, sent, i, k + 1, e, end);
      if (st != EL_OK || *end) return st;
    }
    if (!ce || ce->is_person || !actor_entry_code(ce, c->date, base)) {
      /* "MANILA - ... The Department of Foreign Affairs said", "the navy":
       * a wire story's unqualified government or military body is of its
       * dateline country */
      const agent_entry *ag = &c->d->agents.v[nd->agent];
      if (c->dateline_country[0] && !ag->prefix &&
          (strcmp(ag->code, "GOV") == 0 || strcmp(ag->code, "MIL") == 0) && i > 0 &&
          actor_tok_is(c, i - 1, "the") && c->ti[i].aend - i >= 2 && !ce) {
        actor_cand a = {.entry = -1};
        actor_code_join(c->dateline_country, ag->code, a.m.code);
        memcpy(a.m.country, c->dateline_country, 4);
        fill_span(c, &a, sent, i, trim_span(c, i, c->ti[i].aend));
        a.m.kind = EL_ACTOR_DICT;
        a.m.confidence = 0.5f;
        *end = a.m.tok_end;
        return actor_cand_push(c, &a);
      }
      return c->code_bare_agents ? bare_agent(c, sent, i, end) : EL_OK;
    }
    if (base[0] == '-' || base[0] == '+') return EL_OK;
    const agent_entry *ag = &c->d->agents.v[nd->agent];
    char cty[4];
    actor_code_country(base, cty);
    uint32_t ke = c->ti[k].aend;
    if (ag->prefix) {
      prefix_join(ag->code, cty[0] ? cty : base, a.m.code);
      /* "an NGO Peru official": the prefixed group's agent too */
      const trie_node *n2 = ke < e && c->ti[ke].node >= 0 ? &c->d->nodes.v[c->ti[ke].node] : NULL;
      if (adjacent && !c->ti[k].apos && n2 && n2->agent >= 0 && n2->title < 0 && !actor_at(c, ke) &&
          !c->d->agents.v[n2->agent].prefix) {
        char pre[24];
        memcpy(pre, a.m.code, sizeof pre);
        actor_code_join(pre, c->d->agents.v[n2->agent].code, a.m.code);
        ke = trim_span(c, ke, c->ti[ke].aend);
      }
    } else {
      actor_code_join(base, was_former(c, sb, i) ? "ELI" : ag->code, a.m.code);
    }
    memcpy(a.m.country, cty, 4);
    fill_span(c, &a, sent, i, ke);
    a.m.kind = EL_ACTOR_DICT;
    a.m.confidence = 0.85f;
    *end = ke;
    el_status st = actor_cand_push(c, &a);
    /* "lawmakers in Peru and Chile", "ambassadors of A, B and C": the
     * agent of each country */
    uint32_t items[8];
    uint32_t ni = ag->prefix ? 0 : country_list(c, c->ti[k].aend, e, items);
    for (uint32_t x = 0; x < ni && st == EL_OK; x++) {
      uint32_t q = items[x];
      actor_entry_code(actor_at(c, q), c->date, base);
      actor_cand a2 = a;
      actor_code_join(base, was_former(c, sb, i) ? "ELI" : ag->code, a2.m.code);
      actor_code_country(base, a2.m.country);
      fill_span(c, &a2, sent, q, c->ti[q].aend);
      *end = c->ti[q].aend;
      st = actor_cand_push(c, &a2);
    }
    return st;
  }
  if (!have_country) return EL_OK;
  if (base[0] == '-' || base[0] == '+') { /* [---]: a null code, no actor */
    *end = j;
    return EL_OK;
  }
  fill_span(c, &a, sent, b, j);
  actor_code_country(a.m.code, a.m.country);
  a.m.kind = EL_ACTOR_DICT;
  a.m.confidence = 0.9f;
  *end = j;
  return actor_cand_push(c, &a);
}

/* Spanish "He sostenido", "He hablado" (I have ...): not the pronoun */
static bool spanish_he(const find_ctx *c, uint32_t i) {
  if (i + 1 >= c->doc->toks.n) return false;
  const el_token *t = &c->doc->toks.v[i + 1];
  const char *x = c->doc->text + t->start;
  size_t n = t->end - t->start;
  return n > 4 && (memcmp(x + n - 3, "ido", 3) == 0 || memcmp(x + n - 3, "ado", 3) == 0) &&
         !(t->flags & EL_TOK_CAP);
}

static el_status try_pronoun(find_ctx *c, int32_t sent, uint32_t i, uint32_t *end) {
  *end = 0;
  const el_token *tk = &c->doc->toks.v[i]; /* he she him his her: cheap filter */
  char f = (char)(c->doc->text[tk->start] | 0x20);
  if (f == 't' && actor_tok_is(c, i, "they")) {
    actor_cand a = {.entry = -1, .pending = PEND_COMPOUND, .compound = COMP_PERSONS};
    a.they = true;
    fill_span(c, &a, sent, i, i + 1);
    a.m.kind = EL_ACTOR_PRONOUN;
    a.m.is_person = true;
    *end = i + 1;
    return actor_cand_push(c, &a);
  }
  /* "The Indian army said ... It accused Pakistan of ...": a sentence
   * opening with "It" and a verb in the past; not "It was", "It seemed" */
  if (f == 'i' && actor_tok_is(c, i, "it") && i == (uint32_t)c->doc->sents.v[sent].tok_begin &&
      i + 1 < c->doc->toks.n) {
    static const char *const impersonal[] = {"seemed", "appeared", "remained", "happened",
                                             "needed", "turned",   "emerged",  "proved",
                                             "meant",  "looked",   NULL};
    const el_token *nx = &c->doc->toks.v[i + 1];
    size_t n = nx->end - nx->start;
    const char *w = c->doc->text + nx->start;
    bool past = (nx->flags & EL_TOK_WORD) && !(nx->flags & EL_TOK_CAP) && n > 3 &&
                ((w[n - 2] == 'e' && w[n - 1] == 'd') || actor_tok_is(c, i + 1, "said"));
    for (int k = 0; impersonal[k] && past; k++)
      if (actor_tok_is(c, i + 1, impersonal[k])) past = false;
    if (!past) return EL_OK;
    actor_cand a = {.entry = -1, .pending = PEND_PRONOUN, .it_subject = true};
    fill_span(c, &a, sent, i, i + 1);
    a.m.kind = EL_ACTOR_PRONOUN;
    *end = i + 1;
    return actor_cand_push(c, &a);
  }
  if (f == 'i' && actor_tok_is(c, i, "its") && i + 1 < c->doc->toks.n) {
    /* "Its foreign ministry accused ...": the country the sentence before
     * was about, with the agent; only as a subject, first in its sentence
     * or clause ("withdrew its troops" is the subject's own instrument) */
    bool subject = i == (uint32_t)c->doc->sents.v[sent].tok_begin ||
                   (i > 0 && (actor_tok_punct(c, i - 1, ',') || actor_tok_is(c, i - 1, "and") ||
                              actor_tok_is(c, i - 1, "but") || actor_tok_is(c, i - 1, "while")));
    if (subject && c->ti[i + 1].node >= 0) {
      const trie_node *n = &c->d->nodes.v[c->ti[i + 1].node];
      uint32_t k = c->ti[i + 1].aend;
      if (n->agent >= 0 && n->title < 0 && n->actor < 0 && !c->d->agents.v[n->agent].prefix &&
          !(k < c->doc->toks.n && (c->doc->toks.v[k].flags & EL_TOK_CAP))) {
        actor_cand a = {.entry = -1, .pending = PEND_PRONOUN, .neuter = true};
        snprintf(a.agent, sizeof a.agent, "%s", c->d->agents.v[n->agent].code);
        fill_span(c, &a, sent, i, trim_span(c, i, k));
        a.m.kind = EL_ACTOR_PRONOUN;
        *end = k;
        return actor_cand_push(c, &a);
      }
    }
    /* "X said Y entered its airspace": the territory of the speaker */
    static const char *const domain[] = {"airspace",    "territory", "territorial", "waters",
                                         "border",      "borders",   "air",         "soil",
                                         "sovereignty", "embassy",   "maritime",    NULL};
    bool dom = false;
    for (int k = 0; domain[k] && !dom; k++) dom = actor_tok_is(c, i + 1, domain[k]);
    if (!dom) return EL_OK;
    actor_cand a = {.entry = -1, .pending = PEND_PRONOUN, .its = true, .possessive = true};
    fill_span(c, &a, sent, i, i + 1);
    a.m.kind = EL_ACTOR_PRONOUN;
    *end = i + 1;
    return actor_cand_push(c, &a);
  }
  if (tk->end - tk->start > 3 || tk->end - tk->start < 2 || (f != 'h' && f != 's')) return EL_OK;
  static const char *const prons[] = {"he", "she", "him", NULL};
  static const uint8_t gender[] = {GENDER_MALE, GENDER_FEMALE, GENDER_MALE};
  for (int k = 0; prons[k]; k++) {
    if (!actor_tok_is(c, i, prons[k])) continue;
    if (k == 0 && spanish_he(c, i)) return EL_OK;
    actor_cand a = {.entry = -1, .pending = PEND_PRONOUN, .gender = gender[k]};
    fill_span(c, &a, sent, i, i + 1);
    a.m.kind = EL_ACTOR_PRONOUN;
    a.m.is_person = true;
    *end = i + 1;
    return actor_cand_push(c, &a);
  }
  /* "her" as an object: "invited her to", "told her." */
  static const char *const after_obj[] = {"to",  "in", "at",   "on",   "for",   "with", "from",
                                          "and", "as", "that", "the",  "a",     "an",   "about",
                                          "by",  "of", "into", "over", "after", NULL};
  bool her_obj = false;
  if (actor_tok_is(c, i, "her") && i + 1 < c->doc->toks.n) {
    const el_token *nx = &c->doc->toks.v[i + 1];
    her_obj = (nx->flags & EL_TOK_PUNCT) != 0;
    for (int k = 0; after_obj[k] && !her_obj; k++) her_obj = actor_tok_is(c, i + 1, after_obj[k]);
  }
  if (her_obj) {
    actor_cand a = {.entry = -1, .pending = PEND_PRONOUN, .gender = GENDER_FEMALE};
    fill_span(c, &a, sent, i, i + 1);
    a.m.kind = EL_ACTOR_PRONOUN;
    a.m.is_person = true;
    *end = i + 1;
    return actor_cand_push(c, &a);
  }
  /* "his government", "her administration": the person's country + agent */
  bool his = actor_tok_is(c, i, "his"), her = !his && actor_tok_is(c, i, "her");
  /* "his visa", "her U.S. visa", "his arrest": the person an act of state
   * is done to, so the event stage can give the act its target */
  if (his || her) {
    static const char *const owned[] = {"visa",      "visas",       "arrest",    "capture",
                                        "detention", "deportation", "expulsion", NULL};
    uint32_t j = i + 1;
    if (j + 1 < c->doc->toks.n && (c->doc->toks.v[j].flags & EL_TOK_CAP)) j++; /* "U.S." */
    bool act = false;
    for (int k = 0; owned[k] && !act && j < c->doc->toks.n; k++) act = actor_tok_is(c, j, owned[k]);
    if (act) {
      actor_cand a = {.entry = -1, .pending = PEND_PRONOUN, .possessive = true};
      a.gender = his ? GENDER_MALE : GENDER_FEMALE;
      fill_span(c, &a, sent, i, i + 1);
      a.m.kind = EL_ACTOR_PRONOUN;
      a.m.is_person = true;
      *end = i + 1;
      return actor_cand_push(c, &a);
    }
  }
  uint32_t j = i + 1;
  if ((his || her) && j < c->doc->toks.n && c->ti[j].node >= 0) {
    const trie_node *n = &c->d->nodes.v[c->ti[j].node];
    if (n->agent < 0 || n->title >= 0 || n->actor >= 0 || c->d->agents.v[n->agent].prefix)
      return EL_OK;
    /* "his official Twitter account": an adjective, not the office */
    uint32_t k = c->ti[j].aend;
    if (actor_tok_is(c, j, "official") ||
        (k < c->doc->toks.n && (c->doc->toks.v[k].flags & EL_TOK_CAP)))
      return EL_OK;
    actor_cand a = {.entry = -1, .pending = PEND_PRONOUN};
    a.gender = his ? GENDER_MALE : GENDER_FEMALE;
    snprintf(a.agent, sizeof a.agent, "%s", c->d->agents.v[n->agent].code);
    fill_span(c, &a, sent, i, trim_span(c, i, c->ti[j].aend));
    a.m.kind = EL_ACTOR_PRONOUN;
    *end = c->ti[j].aend;
    return actor_cand_push(c, &a);
  }
  return EL_OK;
}

/* "both governments", "the two countries": the preceding dyad */
static el_status try_compound_group(find_ctx *c, int32_t sent, uint32_t i, uint32_t e,
                                    uint32_t *end) {
  *end = 0;
  /* "soldiers from the two countries", "officials of both countries": the
   * agent of each side */
  const char *agent = NULL;
  uint32_t j = i;
  if (c->ti[i].node >= 0) {
    const trie_node *n = &c->d->nodes.v[c->ti[i].node];
    uint32_t k = c->ti[i].aend;
    if (n->agent >= 0 && n->title < 0 && n->actor < 0 && !c->d->agents.v[n->agent].prefix &&
        k + 2 < e && (actor_tok_is(c, k, "from") || actor_tok_is(c, k, "of"))) {
      agent = c->d->agents.v[n->agent].code;
      j = k + 1;
    }
  }
  char f = (char)(c->doc->text[c->doc->toks.v[j].start] | 0x20);
  if (f != 'b' && f != 't' && f != 'e') return EL_OK; /* "both", "the two", "each side" */
  /* "each side freed 246 soldiers": the dyad's two sides */
  if (!agent && actor_tok_is(c, j, "each") && j + 1 < e && actor_tok_is(c, j + 1, "side")) {
    actor_cand a = {.entry = -1, .pending = PEND_COMPOUND, .compound = COMP_SIDES};
    fill_span(c, &a, sent, i, j + 2);
    a.m.kind = EL_ACTOR_COREF;
    *end = j + 2;
    return actor_cand_push(c, &a);
  }
  /* "the nuclear-armed neighbours", "the two neighbors": the dyad before */
  if (!agent && actor_tok_is(c, j, "the")) {
    uint32_t k = j + 1;
    /* nouns for the two sides of a dyad: "the two arch-rivals", "the
     * long-time foes", "the nuclear-armed neighbours" */
    static const char *const pair_nouns[] = {"neighbours",  "neighbors",  "rivals",
                                             "arch-rivals", "archrivals", "foes",
                                             "adversaries", "enemies",    "allies"};
    bool pair = false;
    while (k < e && k < j + 3 && (c->doc->toks.v[k].flags & EL_TOK_WORD) &&
           !(c->doc->toks.v[k].flags & EL_TOK_CAP) && c->ti[k].node < 0) {
      for (size_t w = 0; w < sizeof pair_nouns / sizeof *pair_nouns && !pair; w++)
        pair = actor_tok_is(c, k, pair_nouns[w]);
      if (pair) break;
      k++;
    }
    if (k > j + 1 && k < e && pair) {
      actor_cand a = {.entry = -1, .pending = PEND_COMPOUND, .compound = COMP_COUNTRIES};
      fill_span(c, &a, sent, i, k + 1);
      a.m.kind = EL_ACTOR_COREF;
      *end = k + 1;
      return actor_cand_push(c, &a);
    }
  }
  if (actor_tok_is(c, j, "both"))
    j++;
  else if (actor_tok_is(c, j, "the") && actor_tok_is(c, j + 1, "two"))
    j += 2;
  else
    return EL_OK;
  if (j >= e) return EL_OK;
  uint8_t kind = 0;
  /* "the two foreign ministries": a ministry's field before it */
  if (j + 1 < e &&
      (actor_tok_is(c, j, "foreign") || actor_tok_is(c, j, "defence") ||
       actor_tok_is(c, j, "defense")) &&
      actor_tok_is(c, j + 1, "ministries"))
    j++;
  if (actor_tok_is(c, j, "governments") || actor_tok_is(c, j, "administrations") ||
      actor_tok_is(c, j, "ministries"))
    kind = COMP_GOVS;
  else if (actor_tok_is(c, j, "countries") || actor_tok_is(c, j, "nations"))
    kind = COMP_COUNTRIES;
  bool poss =
      !kind && (actor_tok_is(c, j, "countries'") || actor_tok_is(c, j, "countries\xE2\x80\x99"));
  if (poss)
    kind = COMP_COUNTRIES;
  else if (actor_tok_is(c, j, "sides"))
    kind = COMP_SIDES;
  if (!kind || (agent && kind != COMP_COUNTRIES && kind != COMP_GOVS)) return EL_OK;
  /* "officials from the two foreign ministries": the two governments */
  if (kind == COMP_GOVS) agent = NULL;
  /* "the two countries' military commanders": each country's agent */
  uint32_t last = j + 1;
  if (!agent && poss && j + 1 < e) {
    uint32_t k = j + 1;
    /* "top military commanders", "directors general of military
     * operations": words before the agent */
    while (k < e && k < j + 5 && (c->ti[k].node < 0 || c->d->nodes.v[c->ti[k].node].agent < 0) &&
           (c->doc->toks.v[k].flags & EL_TOK_WORD) && !(c->doc->toks.v[k].flags & EL_TOK_CAP))
      k++;
    const trie_node *n = k < e && c->ti[k].node >= 0 ? &c->d->nodes.v[c->ti[k].node] : NULL;
    if (n && n->agent >= 0 && n->title < 0 && n->actor < 0 && !c->d->agents.v[n->agent].prefix) {
      agent = c->d->agents.v[n->agent].code;
      last = c->ti[k].aend;
    }
  }
  actor_cand a = {.entry = -1, .pending = PEND_COMPOUND, .compound = kind};
  if (agent) snprintf(a.agent, sizeof a.agent, "%s", agent);
  /* "experts from the two countries will meet": the people sent are the
   * two sides, the mention their phrase */
  static const char *const envoys[] = {"experts",   "delegates",       "negotiators", "teams",
                                       "envoys",    "representatives", "delegations", "diplomats",
                                       "officials", "mediators"};
  uint32_t sb = sent >= 0 ? c->doc->sents.v[sent].tok_begin : 0;
  if (!agent && i >= sb + 2 && (actor_tok_is(c, i - 1, "from") || actor_tok_is(c, i - 1, "of")))
    for (size_t w = 0; w < sizeof envoys / sizeof *envoys; w++)
      if (actor_tok_is(c, i - 2, envoys[w]) && c->ti[i - 2].node < 0) {
        i -= 2;
        break;
      }
  fill_span(c, &a, sent, i, last);
  a.m.kind = EL_ACTOR_COREF;
  *end = last;
  return actor_cand_push(c, &a);
}

static el_status do_sentence(find_ctx *c, int32_t s) {
  const el_sentence *se = &c->doc->sents.v[s];
  uint32_t b = se->tok_begin, e = se->tok_end;
  if (e > c->doc->toks.n || b >= e) return EL_OK;
  size_t first = c->cands.n;
  uint8_t disc = 0;
  for (uint32_t i = b; i < e; i++) {
    uint8_t d = match_at(c, i, e);
    if (d > disc) disc = d;
  }
  c->headline = actor_title_case(c, b, e);
  uint32_t nt = UINT32_MAX; /* lets actor_try_title skip most tokens at once */
  for (uint32_t i = e; i-- > b;) {
    if (c->ti[i].node >= 0 && c->d->nodes.v[c->ti[i].node].title >= 0) nt = i;
    c->ti[i].next_title = nt;
  }
  if (disc) {
    c->discarded[s] = true;
    return disc == DISCARD_DOC ? EL_ERR_INPUT : EL_OK; /* not coded */
  }
  for (uint32_t i = b; i < e;) {
    uint32_t end = 0;
    el_status st = try_compound_group(c, s, i, e, &end);
    /* both return at once when no title is this close (most tokens) */
    bool near_title = c->ti[i].next_title - i <= 12;
    if (st == EL_OK && !end && near_title) st = actor_try_apposition(c, s, i, e, &end);
    if (st == EL_OK && !end && near_title) st = actor_try_title(c, s, i, e, &end);
    if (st == EL_OK && !end) st = try_plain(c, s, b, i, e, &end);
    if (st == EL_OK && !end) st = try_pronoun(c, s, i, &end);
    if (st != EL_OK) return st;
    i = end > i ? end : i + 1;
  }
  (void)first;
  return EL_OK;
}

el_status actors_find(const actor_dict *d, el_doc *doc) {
  return actors_find_opts(d, doc, NULL);
}

el_status actors_find_opts(const actor_dict *d, el_doc *doc, const actors_opts *o) {
  if (!d || !doc) return EL_ERR_ARG;
  if (!doc->toks.n || !doc->sents.n) return EL_OK;
  find_ctx c = {.d = d,
                .doc = doc,
                .date = actor_date_from_iso(doc->published),
                .code_bare_agents = o && o->code_bare_agents,
                .places_as_actors = o && o->places_as_actors,
                .spaced_phrase_gaps = o && o->spaced_phrase_gaps};
  c.ti = malloc(doc->toks.n * sizeof *c.ti);
  c.discarded = calloc(doc->sents.n, sizeof *c.discarded);
  if (!c.ti || !c.discarded) {
    free(c.ti);
    free(c.discarded);
    return EL_ERR_NOMEM;
  }
  for (uint32_t i = 0; i < doc->toks.n; i++) key_token(&c, i);
  el_status st = EL_OK;
  for (size_t s = 0; s < doc->sents.n && st == EL_OK; s++) st = do_sentence(&c, (int32_t)s);
  if (st == EL_ERR_INPUT) { /* a "+" discard: the story is not coded */
    c.cands.n = 0;
    st = EL_OK;
  } else {
    if (st == EL_OK) st = actor_alias_pass(&c);
    if (st == EL_OK) st = actor_coref_emit(&c);
  }
  free(c.ti);
  free(c.discarded);
  EL_VEC_FREE(c.cands);
  return st;
}
