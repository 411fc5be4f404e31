/*
 * actor_learn.c — persons introduced by a title or an apposition:
 *   "Peruvian President Ana Vela", "U.S. Secretary of State John
 *   Kerr", "Republican Senator Tom Reyes", "President Hale of the
 *   U.S.", "Bolivia's acting president, Luz Pardo",
 *   "Foreign Minister Rosa Ibarra" (country from an accompanying
 *   person in the same sentence, else none).
 * A title without a name ("the Chilean leader", "Chile's new
 * president-elect") becomes a description that actor_coref.c resolves.
 * Titled persons the dictionary does not know (or knows with another
 * code on this date) are appended to doc->learned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors/actor_int.h"

static bool in_list(const find_ctx *c, uint32_t t, const char *const *words) {
  for (int i = 0; words[i]; i++)
    if (actor_tok_is(c, t, words[i])) return true;
  return false;
}

static const char *const particles[] = {"de",  "del", "la",  "las", "los", "da",  "das",  "do",
                                        "dos", "van", "von", "der", "den", "di",  "du",   "le",
                                        "bin", "ibn", "al",  "el",  "y",   "ben", "bint", NULL};
/* Capitalized words that end a name: calendar words and institution heads
 * ("General Assembly", "President Monday"). */
static const char *const not_name[] = {
    "monday",     "tuesday",   "wednesday",  "thursday", "friday",   "saturday", "sunday",
    "january",    "february",  "march",      "april",    "may",      "june",     "july",
    "august",     "september", "october",    "november", "december", "assembly", "council",
    "court",      "house",     "department", "ministry", "office",   "party",    "committee",
    "commission", "congress",  "senate",     "agency",   "bank",     "union",    "forces",
    "army",       "navy",      "guard",      "affairs",  "staff",    "security", "state",
    "the",        "a",         "an",         "he",       "she",      "it",       "we",
    "they",       "i",         "his",        "her",      "this",     "that",     "in",
    "on",         "at",        "for",        "and",      "but",      "said",     "says",
    "emeritus",   "general",   NULL};

static bool is_initial(const find_ctx *c, uint32_t t) {
  const el_token *k = &c->doc->toks.v[t];
  const char *s = c->doc->text + k->start;
  size_t n = k->end - k->start;
  return (n == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z');
}

/* "al-Sisi", "el-Sisi", "ad-Din": an Arabic article joined to a
 * capitalized name part is a name word, though it starts lowercase. */
static bool article_name(const find_ctx *c, uint32_t j) {
  static const char *const arts[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", NULL};
  const el_token *t = &c->doc->toks.v[j];
  const char *s = c->doc->text + t->start;
  size_t n = t->end - t->start;
  if (!(t->flags & EL_TOK_WORD)) return false;
  for (int i = 0; arts[i]; i++) {
    size_t a = strlen(arts[i]);
    if (n > a + 1 && strncmp(s, arts[i], a) == 0 && s[a] >= 'A' && s[a] <= 'Z') return true;
  }
  return false;
}

/* An entry of the old dictionaries filed like an office ("ALBIN_KURTI_
 * [KSVOPP]": one undated role with an agent, no dated one) that the text
 * names as a person, right after a title and in capitalized words: the
 * text's title says what the entry cannot (a person, and the office now). */
static bool undated_person_entry(const find_ctx *c, uint32_t j) {
  const trie_node *n = &c->d->nodes.v[c->ti[j].node];
  if (n->actor < 0 || n->agent >= 0 || n->title >= 0 || c->ti[j].aend < j + 2) return false;
  const actor_entry *a = &c->d->actors.v[n->actor];
  if (a->roles.n == 0) return false;
  for (size_t r = 0; r < a->roles.n; r++)
    if (!a->roles.v[r].dflt || strlen(a->roles.v[r].code) < 6) return false;
  for (uint32_t x = j; x < c->ti[j].aend; x++)
    if (!(c->doc->toks.v[x].flags & EL_TOK_CAP) || (c->doc->toks.v[x].flags & EL_TOK_UPPER))
      return false;
  return true;
}

uint32_t actor_scan_name(const find_ctx *c, uint32_t k, uint32_t e) {
  uint32_t j = k, last = k;
  int words = 0;
  while (j < e && j - k < 7) {
    const el_token *t = &c->doc->toks.v[j];
    if (c->ti[j].node >= 0) {
      const trie_node *n = &c->d->nodes.v[c->ti[j].node];
      /* a country/agent/title starts here: not a name word */
      if (((n->actor >= 0 && !c->d->actors.v[n->actor].is_person) || n->agent >= 0 ||
           n->title >= 0) &&
          !(j == k && undated_person_entry(c, j)))
        break;
    }
    if ((t->flags & EL_TOK_WORD) && ((t->flags & EL_TOK_CAP) || (words && article_name(c, j))) &&
        !in_list(c, j, not_name)) {
      bool upper = (t->flags & EL_TOK_UPPER) && t->end - t->start > 1 && !is_initial(c, j);
      if (upper && words == 0 && j + 1 < e && !(c->doc->toks.v[j + 1].flags & EL_TOK_CAP)) break;
      if (!is_initial(c, j)) words++;
      j++;
      last = j;
      if (c->ti[j - 1].wbase >= 0 ||
          (t->end - t->start > 2 && (c->doc->text[t->end - 1] == 's') &&
           (c->doc->text[t->end - 2] == '\'' || (unsigned char)c->doc->text[t->end - 2] == 0x99)))
        break; /* "Ruiz's": the name ends with the possessive */
      continue;
    }
    if (words && in_list(c, j, particles) && j + 1 < e &&
        (c->doc->toks.v[j + 1].flags & EL_TOK_CAP)) {
      j++;
      continue;
    }
    /* "de la Fuente", "van der Berg": two particles before the last name */
    if (words && in_list(c, j, particles) && j + 2 < e && in_list(c, j + 1, particles) &&
        (c->doc->toks.v[j + 2].flags & EL_TOK_CAP) && !in_list(c, j + 2, not_name)) {
      j += 2;
      continue;
    }
    break;
  }
  return words ? last : k;
}

/* Name text of tokens [b, e) without a trailing possessive; arena. */
static const char *name_text(find_ctx *c, uint32_t b, uint32_t e) {
  const el_token *t = c->doc->toks.v;
  uint32_t s = t[b].start, f = t[e - 1].end;
  const char *x = c->doc->text;
  if (f - s > 2 && x[f - 1] == 's' && x[f - 2] == '\'')
    f -= 2;
  else if (f - s > 4 && x[f - 1] == 's' && (unsigned char)x[f - 2] == 0x99 &&
           (unsigned char)x[f - 3] == 0x80 && (unsigned char)x[f - 4] == 0xE2)
    f -= 4; /* ’s */
  return arena_strndup(c->doc->arena, x + s, f - s);
}

/* Dictionary person for name tokens [b, e): exact, then without initials. */
static int32_t person_entry(const find_ctx *c, uint32_t b, uint32_t e, bool skip_initials) {
  int32_t node = 0;
  for (uint32_t j = b; j < e && node >= 0; j++) {
    if (skip_initials && is_initial(c, j)) continue;
    int32_t w = c->ti[j].wid;
    int32_t n2 = actor_trie_child(c->d, node, w);
    if (n2 < 0 && j == e - 1 && c->ti[j].wbase >= 0)
      n2 = actor_trie_child(c->d, node, c->ti[j].wbase);
    node = n2;
  }
  if (node <= 0) return -1;
  int32_t a = c->d->nodes.v[node].actor;
  return a >= 0 && c->d->actors.v[a].is_person ? a : -1;
}

static const title_entry *title_at(const find_ctx *c, uint32_t t, uint8_t kind) {
  if (t >= c->doc->toks.n || c->ti[t].node < 0) return NULL;
  int32_t x = c->d->nodes.v[c->ti[t].node].title;
  if (x < 0 || c->d->titles.v[x].kind != kind) return NULL;
  return &c->d->titles.v[x];
}

static const actor_entry *place_at(const find_ctx *c, uint32_t t, char base[24]) {
  if (t >= c->doc->toks.n || c->ti[t].node < 0) return NULL;
  if (!(c->doc->toks.v[t].flags & (EL_TOK_CAP | EL_TOK_NUM))) return NULL;
  const trie_node *n = &c->d->nodes.v[c->ti[t].node];
  if (n->actor < 0 || c->d->actors.v[n->actor].is_person) return NULL;
  if (n->title >= 0 && c->d->titles.v[n->title].kind == TITLE_ROLE) return NULL;
  if (!actor_entry_code(&c->d->actors.v[n->actor], c->date, base)) return NULL;
  return &c->d->actors.v[n->actor];
}

/* A dictionary phrase that swallows a title ("US_PRESIDENT [USAGOV]")
 * would hide the name after it: split it when its head is a country
 * phrase and the rest starts a title.  Returns the title token or 0. */
static uint32_t inner_title(const find_ctx *c, uint32_t j, char base[24], const actor_entry **cty) {
  uint32_t end = c->ti[j].aend;
  if (end - j < 2 || c->ti[j].apos) return 0;
  int32_t node = 0;
  for (uint32_t t = j; t + 1 < end; t++) {
    node = actor_trie_child(c->d, node, c->ti[t].wid);
    if (node < 0) return 0;
    const trie_node *n = &c->d->nodes.v[node];
    if (n->actor < 0 || c->d->actors.v[n->actor].is_person) continue;
    if (!title_at(c, t + 1, TITLE_ROLE) || c->ti[t + 1].aend < end) continue;
    char b2[24];
    if (!actor_entry_code(&c->d->actors.v[n->actor], c->date, b2)) continue;
    memcpy(base, b2, 24);
    *cty = &c->d->actors.v[n->actor];
    return t + 1;
  }
  return 0;
}

/* Country for a title without one, from an accompanying person earlier in
 * the same sentence ("Ruiz was accompanied by Foreign Minister X", "... by
 * Secretary of State Kerr, Secretary of War Y"); "" when unsure. */
static void context_country(find_ctx *c, int32_t sent, uint32_t title_tok, char out[4],
                            bool *strong) {
  static const char *const cues[] = {"accompanied", "joined",   "flanked",    "alongside",
                                     "along",       "together", "delegation", "entourage",
                                     "his",         "her",      "including",  NULL};
  static const char *const strong_cues[] = {"accompanied", "flanked", "delegation", "entourage",
                                            NULL};
  out[0] = 0;
  *strong = false;
  for (uint32_t t = c->doc->sents.v[sent].tok_begin; t < title_tok; t++)
    if (in_list(c, t, strong_cues)) *strong = true;
  for (size_t k = c->cands.n; k-- > 0;) {
    const actor_cand *a = &c->cands.v[k];
    if (a->m.sentence != sent) return;
    if (!a->m.is_person || !a->m.country[0] || a->pending) continue;
    bool cue = false, only_list = true;
    for (uint32_t t = a->m.tok_end; t < title_tok; t++) {
      if (in_list(c, t, cues)) cue = true;
      if (!actor_tok_punct(c, t, ',') && !actor_tok_is(c, t, "and")) only_list = false;
    }
    if (cue || (only_list && a->m.kind == EL_ACTOR_LEARNED) || (only_list && a->entry >= 0))
      memcpy(out, a->m.country, 4);
    return;
  }
}

/* The first state (not a person) named in sentence sent - 1: what a
 * sentence opening with "Its ..." refers back to.  1 and out set if any. */
static bool previous_subject_country(const find_ctx *c, int32_t sent, char out[4]) {
  const actor_cand *first = NULL;
  for (size_t k = c->cands.n; k-- > 0;) {
    const actor_cand *a = &c->cands.v[k];
    if (a->m.sentence < sent - 1) break;
    if (a->m.sentence != sent - 1 || a->m.is_person || a->pending || !a->m.country[0]) continue;
    first = a;
  }
  if (!first) return false;
  memcpy(out, first->m.country, 4);
  return true;
}

static el_status learn(find_ctx *c, const actor_cand *a, uint32_t title_b, uint32_t title_e,
                       const char *agent) {
  el_learned_actor *l = EL_VEC_PUSH(c->doc->learned);
  if (!l) return EL_ERR_NOMEM;
  l->name = a->m.name;
  const el_token *t = c->doc->toks.v;
  l->role = arena_strndup(c->doc->arena, c->doc->text + t[title_b].start,
                          t[title_e - 1].end - t[title_b].start);
  memcpy(l->code, a->m.code, 24);
  memcpy(l->country, a->m.country, 4);
  snprintf(l->agent, sizeof l->agent, "%s", agent);
  snprintf(l->date, sizeof l->date, "%s", c->doc->published);
  l->start = a->m.start;
  l->end = a->m.end;
  return l->name && l->role ? EL_OK : EL_ERR_NOMEM;
}

/* An indefinite article right before i, or before one adjective: "a
 * senior". */
static bool indefinite_before(const find_ctx *c, int32_t sent, uint32_t i) {
  static const char *const indef[] = {"a",   "an",      "another", "one",   "some",
                                      "any", "several", "each",    "every", NULL};
  uint32_t sb = c->doc->sents.v[sent].tok_begin;
  for (uint32_t t = i; t-- > sb && i - t <= 2;) {
    if (in_list(c, t, indef)) return true;
    const el_token *k = &c->doc->toks.v[t];
    if (!(k->flags & EL_TOK_WORD) || (k->flags & EL_TOK_CAP)) return false;
  }
  return false;
}

el_status actor_try_title(find_ctx *c, int32_t sent, uint32_t i, uint32_t e, uint32_t *end) {
  static const char *const dets[] = {"the", "his", "her", "its", "their", "our", NULL};
  static const char *const mods[] = {"acting",    "new",    "interim",  "current",   "incoming",
                                     "caretaker", "then",   "sitting",  "newly",     "elected",
                                     "top",       "senior", "powerful", "embattled", NULL};
  static const char *const former[] = {"former",  "ex",   "outgoing", "ousted",
                                       "deposed", "late", NULL};
  *end = 0;
  if (c->ti[i].next_title - i > 10) return EL_OK; /* no title close enough */
  uint32_t j = i;
  bool det = false, compound = false, poss = false, was = false;
  if (in_list(c, j, dets)) {
    det = true;
    j++;
    if (actor_tok_is(c, j - 1, "the") && actor_tok_is(c, j, "two")) compound = true, j++;
  } else if (actor_tok_is(c, j, "both")) {
    det = compound = true;
    j++;
  }
  /* "Smith's envoy Steve Witkoff", "Ruiz's foreign minister": the
   * possessor is a mention of its own and lends its country to the title */
  char owner[4] = "";
  if (!det && j < e && c->ti[j].apos && c->ti[j].node >= 0 &&
      (c->doc->toks.v[j].flags & EL_TOK_CAP) && title_at(c, c->ti[j].aend, TITLE_ROLE)) {
    int32_t pa = c->d->nodes.v[c->ti[j].node].actor;
    actor_cand o = {.entry = pa};
    if (pa >= 0 && c->d->actors.v[pa].is_person &&
        actor_entry_code(&c->d->actors.v[pa], c->date, o.m.code)) {
      actor_code_country(o.m.code, o.m.country);
      o.m.tok_begin = j;
      o.m.tok_end = c->ti[j].aend;
      o.m.start = c->doc->toks.v[j].start;
      o.m.end = c->doc->toks.v[o.m.tok_end - 1].end;
      o.m.sentence = sent;
      o.m.name = c->d->actors.v[pa].name;
      o.m.is_person = true;
      o.m.kind = EL_ACTOR_DICT;
      o.m.confidence = 0.9f;
      el_status st = actor_cand_push(c, &o);
      if (st != EL_OK) return st;
      memcpy(owner, o.m.country, 4);
      i = j = o.m.tok_end;
      *end = i; /* even if no mention follows, the possessor is taken */
    }
  }
  /* "Former British Prime Minister X", "the former Chilean president":
   * the word may come before the country as well as after it */
  if (!owner[0] && in_list(c, j, former) && j + 1 < e) was = true, j++;
  char cbase[24] = "", qcty[4] = "";
  const actor_entry *cty = place_at(c, j, cbase);
  if (cty) {
    poss = c->ti[j].apos;
    uint32_t split = inner_title(c, j, cbase, &cty);
    j = split ? split : c->ti[j].aend;
    if (split) poss = false;
  }
  /* "Russia's foreign ministry spokeswoman": an office between the country
   * and the title */
  bool office = cty && strlen(cbase) > 3; /* "State Department spokesperson" */
  if (cty && j < e && c->ti[j].node >= 0 && c->d->nodes.v[c->ti[j].node].agent >= 0 &&
      c->d->nodes.v[c->ti[j].node].title < 0 && title_at(c, c->ti[j].aend, TITLE_ROLE)) {
    j = c->ti[j].aend;
    office = true;
  }
  const title_entry *q = title_at(c, j, TITLE_QUALIFIER);
  if (q) {
    memcpy(qcty, q->country, 4);
    j = c->ti[j].aend;
  }
  for (int guard = 0; guard < 4 && j < e; guard++) {
    if (in_list(c, j, mods))
      j++;
    else if (in_list(c, j, former))
      was = true, j++;
    else if (actor_tok_punct(c, j, '-') && was)
      j++;
    else
      break;
  }
  const title_entry *t = title_at(c, j, TITLE_ROLE);
  if (!t) return EL_OK;
  uint32_t tb = j, te = c->ti[j].aend, k = te;
  if (c->ti[j].apos) poss = true; /* "the president's" */
  char country[4] = "";
  if (cty) actor_code_country(cbase, country);
  if (!country[0] && qcty[0]) memcpy(country, qcty, 4);
  if (!country[0] && owner[0]) memcpy(country, owner, 4);
  /* "President Hale of the U.S." / "president of Chile" */
  uint32_t of_end = 0;
  char of_cty[4] = "";
  if (actor_tok_is(c, k, "of")) {
    uint32_t m = k + 1;
    if (actor_tok_is(c, m, "the")) m++;
    char b2[24];
    if (place_at(c, m, b2)) {
      actor_code_country(b2, of_cty);
      of_end = c->ti[m].aend;
    }
  }
  char tcty[4] = ""; /* "Secretary of State" may itself say whose */
  {
    const trie_node *tn = &c->d->nodes.v[c->ti[tb].node];
    char b3[24];
    if (tn->actor >= 0 && !c->d->actors.v[tn->actor].is_person &&
        actor_entry_code(&c->d->actors.v[tn->actor], c->date, b3))
      actor_code_country(b3, tcty);
  }
  char agent[8];
  snprintf(agent, sizeof agent, "%s", t->agent);
  if (was) snprintf(agent, sizeof agent, "ELI");

  if (compound || t->group) {
    /* "Kenyan prosecutors", "Chinese diplomats": a country's agents, not
     * a reference back to persons named before */
    if (!compound && t->group && cty && country[0] && !was) {
      actor_cand g = {.entry = -1, .pending = PEND_NONE};
      g.m.tok_begin = i;
      g.m.tok_end = te;
      g.m.start = c->doc->toks.v[i].start;
      g.m.end = c->doc->toks.v[te - 1].end;
      g.m.sentence = sent;
      memcpy(g.m.country, country, 4);
      actor_code_join(country, agent, g.m.code);
      g.m.kind = EL_ACTOR_DICT;
      g.m.confidence = 0.85f;
      *end = te;
      return actor_cand_push(c, &g);
    }
    if (!compound || !t->group) return EL_OK;
    actor_cand a = {.entry = -1, .pending = PEND_COMPOUND, .compound = COMP_PERSONS};
    snprintf(a.agent, sizeof a.agent, "%s", agent);
    a.m.tok_begin = i;
    a.m.tok_end = te;
    a.m.start = c->doc->toks.v[i].start;
    a.m.end = c->doc->toks.v[te - 1].end;
    a.m.sentence = sent;
    a.m.kind = EL_ACTOR_COREF;
    a.m.is_person = true;
    *end = te;
    return actor_cand_push(c, &a);
  }

  /* the name: right after the title, after "of CTY", or after a comma in
   * an apposition ("Bolivia's acting president, Luz Pardo") */
  uint32_t nb = of_end ? of_end : k;
  uint32_t ne = actor_scan_name(c, nb, e);
  if (ne == nb && !of_end && actor_tok_punct(c, k, ',') && (poss || det || cty)) {
    nb = k + 1;
    ne = actor_scan_name(c, nb, e);
  }
  if (c->headline && ne > nb + 1) { /* "President Smith Says ...": trust the dictionary only */
    uint32_t x = ne;
    while (x > nb + 1 && person_entry(c, nb, x, false) < 0) x--;
    ne = x;
  }
  bool named = ne > nb;
  uint32_t mend = named ? ne : (of_end ? of_end : te);
  if (named && !of_end && actor_tok_is(c, ne, "of")) { /* name then "of the U.S." */
    uint32_t m = ne + 1;
    if (actor_tok_is(c, m, "the")) m++;
    char b2[24];
    if (place_at(c, m, b2)) {
      actor_code_country(b2, of_cty);
      mend = c->ti[m].aend;
    }
  }
  if (!country[0] && of_cty[0]) memcpy(country, of_cty, 4);

  actor_cand a = {.entry = -1};
  a.m.tok_begin = i;
  a.m.tok_end = mend;
  a.m.start = c->doc->toks.v[i].start;
  a.m.end = c->doc->toks.v[mend - 1].end;
  a.m.sentence = sent;
  a.m.is_person = true;
  snprintf(a.agent, sizeof a.agent, "%s", agent);

  if (!named) {
    /* "The minister accused X" opening a sentence: the office holder of
     * the sentences before (actor_coref.c), no country of its own */
    if (!country[0] && det && !office && !was && i == c->doc->sents.v[sent].tok_begin &&
        actor_tok_is(c, i, "the") && tb == i + 1) {
      a.pending = PEND_DESC;
      a.m.kind = EL_ACTOR_COREF;
      a.m.confidence = 0.5f;
      *end = mend;
      return actor_cand_push(c, &a);
    }
    /* a description; needs a country or a determiner to mean someone */
    if (!country[0] || (!det && !cty && !of_end && !owner[0])) return EL_OK;
    /* "Ruiz's foreign minister" is not Ruiz: no antecedent search */
    a.pending = owner[0] && !cty && !of_end ? PEND_NONE : PEND_DESC;
    /* "a State Department spokesperson", "a Chilean minister", "the
     * Kremlin spokesman": someone unnamed, never the country's leader */
    if (office || indefinite_before(c, sent, i)) a.pending = PEND_NONE;
    memcpy(a.m.country, country, 4);
    actor_code_join(country, agent, a.m.code);
    a.m.kind = EL_ACTOR_COREF;
    a.m.confidence = 0.6f;
    *end = mend;
    return actor_cand_push(c, &a);
  }

  a.m.name = name_text(c, nb, ne);
  if (!a.m.name) return EL_ERR_NOMEM;
  a.entry = person_entry(c, nb, ne, false);
  if (a.entry < 0) a.entry = person_entry(c, nb, ne, true);
  char dcode[24] = "", dcty[4] = "";
  int dkind = 0;
  if (a.entry >= 0) {
    dkind = actor_entry_code_kind(&c->d->actors.v[a.entry], c->date, dcode);
    if (dkind) actor_code_country(dcode, dcty);
  }
  bool from_context = false, strong = false;
  char ctx[4] = "";
  if (!country[0]) context_country(c, sent, tb, ctx, &strong);
  /* "Chilean Defense Minister X", "accompanied by Defense Minister X":
   * a namesake of someone the dictionary places elsewhere is not him */
  /* "U.S. Ambassador X" may be the ambassador to the U.S.: for envoys the
   * dictionary's country stands */
  bool envoy = actor_tok_is(c, te - 1, "ambassador") || actor_tok_is(c, te - 1, "envoy");
  bool namesake = dcty[0] && ((country[0] && !envoy && strcmp(country, dcty) != 0) ||
                              (strong && ctx[0] && strcmp(ctx, dcty) != 0));
  if (namesake) {
    a.entry = -1;
    dkind = 0;
    dcode[0] = dcty[0] = 0;
  }
  if (a.entry >= 0) a.m.name = c->d->actors.v[a.entry].name;
  if (dkind == 2) { /* a dated role on this date: curated knowledge wins */
    if (strcmp(agent, "ELI") == 0)
      actor_code_join(dcty, "ELI", a.m.code);
    else
      memcpy(a.m.code, dcode, 24);
    memcpy(country, dcty, 4);
  } else {
    if (!country[0] && dcty[0]) memcpy(country, dcty, 4);
    if (!country[0] && tcty[0]) memcpy(country, tcty, 4);
    if (!country[0] && ctx[0]) {
      memcpy(country, ctx, 4);
      from_context = true;
    }
    /* "Rwanda denied it. Its foreign minister, X, said": "its"/"their"
     * opening the sentence is the state the sentence before was about */
    if (!country[0] && det && i == c->doc->sents.v[sent].tok_begin &&
        (actor_tok_is(c, i, "its") || actor_tok_is(c, i, "their")) &&
        previous_subject_country(c, sent, country))
      from_context = true;
    /* "MEXICO CITY - ... Foreign Minister X met the U.S. ambassador", "The
     * armed forces chief, General X": a wire story's unqualified minister
     * or officer is of its dateline country */
    if (!country[0] && !envoy && c->dateline_country[0] &&
        (strcmp(agent, "GOV") == 0 || strcmp(agent, "MIL") == 0)) {
      memcpy(country, c->dateline_country, 4);
      from_context = true;
    }
    if (country[0])
      actor_code_join(country, agent, a.m.code);
    else
      snprintf(a.m.code, sizeof a.m.code, "%s", agent);
  }
  memcpy(a.m.country, country, 4);
  a.m.kind = a.entry >= 0 ? EL_ACTOR_DICT : EL_ACTOR_LEARNED;
  a.m.confidence = from_context ? 0.6f : 0.85f;
  uint32_t words = 0;
  for (uint32_t x = nb; x < ne; x++)
    if (!is_initial(c, x) && !in_list(c, x, particles)) words++;
  a.single_name = words < 2;
  *end = mend;
  el_status st = actor_cand_push(c, &a);
  if (st != EL_OK) return st;
  /* evidence worth keeping: a full name with a country and a role that the
   * dictionary does not already give on this date */
  if (!a.single_name && country[0] && dkind != 2 && !namesake && !c->headline)
    return learn(c, &a, tb, te, agent);
  return EL_OK;
}

/* "Ana Vela, Peru's president," / "Ana Bravo, the Chilean foreign
 * minister,": a name, a comma, then a country and a title.  The mention
 * spans the name and its apposition. */
el_status actor_try_apposition(find_ctx *c, int32_t sent, uint32_t i, uint32_t e, uint32_t *end) {
  *end = 0;
  if (!(c->doc->toks.v[i].flags & EL_TOK_CAP) || c->ti[i].next_title - i > 12 || c->headline)
    return EL_OK;
  uint32_t ne = actor_scan_name(c, i, e);
  if (ne == i || !actor_tok_punct(c, ne, ',')) return EL_OK;
  int32_t entry = person_entry(c, i, ne, false);
  uint32_t words = 0;
  for (uint32_t x = i; x < ne; x++)
    if (!is_initial(c, x) && !in_list(c, x, particles)) words++;
  if (words < 2 && entry < 0) return EL_OK;
  uint32_t j = ne + 1;
  if (actor_tok_is(c, j, "the")) j++;
  char cbase[24];
  static const char *const mods[] = {"acting", "new", "interim", "current", "incoming", NULL};
  const actor_entry *cty = place_at(c, j, cbase);
  const title_entry *t = NULL;
  uint32_t te = 0;
  if (cty) { /* "X, Peru's foreign minister" */
    j = c->ti[j].aend;
    while (j < e && in_list(c, j, mods)) j++;
    t = title_at(c, j, TITLE_ROLE);
    if (t) te = c->ti[j].aend;
  } else { /* "X, a spokesman for the Swedish government" */
    static const char *const dets[] = {"a", "an", "senior", "top", "chief", NULL};
    static const char *const preps[] = {"for", "of", "to", "at", "in", NULL};
    uint32_t k = ne + 1;
    while (k < e && (in_list(c, k, dets) || in_list(c, k, mods))) k++;
    t = k < e ? title_at(c, k, TITLE_ROLE) : NULL;
    if (t) {
      uint32_t m = c->ti[k].aend;
      if (in_list(c, m, preps)) {
        m++;
        if (actor_tok_is(c, m, "the")) m++;
        cty = place_at(c, m, cbase);
        if (cty) {
          te = c->ti[m].aend;
          /* the office named after the country belongs to the span */
          if (te < e && c->ti[te].node >= 0 && c->d->nodes.v[c->ti[te].node].agent >= 0)
            te = c->ti[te].aend;
        }
      }
    }
  }
  if (!cty || !t || t->group || t->counterpart) return EL_OK;
  char country[4];
  actor_code_country(cbase, country);
  if (!country[0]) return EL_OK;
  actor_cand a = {.entry = -1};
  a.m.tok_begin = i;
  a.m.tok_end = te;
  a.m.start = c->doc->toks.v[i].start;
  a.m.end = c->doc->toks.v[te - 1].end;
  a.m.sentence = sent;
  a.m.is_person = true;
  snprintf(a.agent, sizeof a.agent, "%s", t->agent);
  a.m.name = name_text(c, i, ne);
  if (!a.m.name) return EL_ERR_NOMEM;
  char dcode[24] = "", dcty[4] = "";
  int dkind = entry >= 0 ? actor_entry_code_kind(&c->d->actors.v[entry], c->date, dcode) : 0;
  if (dkind) actor_code_country(dcode, dcty);
  bool namesake = dcty[0] && strcmp(dcty, country) != 0;
  if (namesake) entry = -1, dkind = 0;
  memcpy(a.m.country, country, 4);
  if (dkind == 2 && strcmp(t->agent, "ELI") != 0)
    memcpy(a.m.code, dcode, 24);
  else
    actor_code_join(country, t->agent, a.m.code);
  a.entry = entry;
  if (entry >= 0) a.m.name = c->d->actors.v[entry].name;
  a.m.kind = entry >= 0 ? EL_ACTOR_DICT : EL_ACTOR_LEARNED;
  a.m.confidence = 0.85f;
  a.single_name = words < 2;
  *end = te;
  el_status st = actor_cand_push(c, &a);
  if (st == EL_OK && dkind != 2 && !a.single_name && !namesake)
    st = learn(c, &a, ne + 1, te, t->agent);
  return st;
}
