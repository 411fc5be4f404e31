/*
 * event_implied.c — agents for acts of state named without one ("the
 * revocation of the Ruritanian president's visa", "following X's capture",
 * "Y was detained").  The coder collects such acts per document; here each
 * gets the agent a careful reader infers, from the first cue that holds:
 *   phrase  the state that issues the visa or is entered: "his U.S. visa",
 *           "barred from entering the United States";
 *   place   an arrest "in <place>" or an expulsion "from <place>" of a
 *           foreigner: the state of that place;
 *   linked  the document names an actor of another country acting against
 *           the same target (an explicit coercive event, or "the French
 *           operation against X"); the nearest such actor;
 *   dyad    visas, entry bans, expulsions and deportations only (acts a
 *           state does to foreigners): the other side of the document's
 *           dominant dyad when the target's country is one side.
 * An arrest or capture never takes the dyad: the police of the target's
 * own country are as likely.  An act with no cue is dropped.  Implied
 * events carry a lower confidence and details {"implied_source": cue}.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/events_int.h"
#include "text/text.h"

typedef enum { CUE_NONE = 0, CUE_PHRASE, CUE_PLACE, CUE_LINKED, CUE_DYAD } cue_kind;

static const char *const cue_names[] = {"", "phrase", "place", "linked", "dyad"};
static const double cue_weight[] = {0, 0.9, 0.85, 0.75, 0.6};

#define PHRASE_REACH 12 /* tokens after the trigger that still belong to its phrase */

/* Token t of doc is the word w (ASCII case folded). */
static bool word_is(const el_doc *doc, uint32_t t, const char *w) {
  return t < doc->toks.n && text_token_is(doc, &doc->toks.v[t], w);
}

static bool word_in(const el_doc *doc, uint32_t t, const char *const *list) {
  for (; *list; list++)
    if (word_is(doc, t, *list)) return true;
  return false;
}

static bool is_punct(const el_doc *doc, uint32_t t) {
  return t < doc->toks.n && (doc->toks.v[t].flags & EL_TOK_PUNCT);
}

#define LINK_WINDOW 50 /* sentences a linked actor may be away from the act */

/* "the French operation against X": an actor acting on a target, named
 * without an event verb. */
typedef struct {
  el_actor_ref who;
  int32_t sentence;
  int32_t target; /* doc->actors index */
} op_link;

/* Per-document lookups, built once: which mention covers or ends at each
 * token (a scan of all mentions per question was quadratic), the named
 * operations, and the dominant dyad of the explicit events. */
typedef struct {
  const el_doc *doc;
  size_t nexplicit;    /* doc->events[0..nexplicit) are the coder's, in sentence order */
  int32_t *cover;      /* by token: the mention covering it (longest code), -1 */
  int32_t *ending;     /* by token t: a mention ending right before t, -1 */
  EL_VEC(op_link) ops; /* in sentence order */
  bool has_dyad;
  char dyad_a[4], dyad_b[4];
} imply_ctx;

/* Index of the actor mention covering token t of sentence si, -1 if none. */
static int32_t mention_at(const imply_ctx *x, int32_t si, uint32_t t) {
  if (t >= x->doc->toks.n) return -1;
  int32_t m = x->cover[t];
  return m >= 0 && x->doc->actors.v[m].sentence == si ? m : -1;
}

/* Mention ending right before token t ("U.S." in "U.S. visa"), -1 none. */
static int32_t mention_ending_at(const imply_ctx *x, int32_t si, uint32_t t) {
  if (t > x->doc->toks.n) return -1;
  int32_t m = x->ending[t];
  return m >= 0 && x->doc->actors.v[m].sentence == si ? m : -1;
}

/* A state as such (a country, its government or forces), not a person. */
static bool is_state(const el_actor_mention *a) {
  return a->country[0] && !a->name && !a->is_person;
}

static bool is_target(const implied_act *act, int32_t m) {
  for (int k = 0; k < act->ntargets; k++)
    if (act->targets[k] == m) return true;
  return false;
}

/* documents a state issues to foreigners (news.verbs.txt &NEWSPERMIT):
 * the state named before one issued it ("his U.S. visa", "her Latvian
 * residence permit") */
static const char *const visa_words[] = {"visa",      "visas",         "residence",
                                         "residency", "accreditation", NULL};
static const char *const entry_words[] = {"entering", "enter", "entry", NULL};

/* The token of a document of entry or a word of entry to a country in
 * the act's phrase ("visa", "barred from entering"), else UINT32_MAX. */
static uint32_t entry_token(const el_doc *doc, const implied_act *act) {
  uint32_t end = act->trig_e + PHRASE_REACH;
  for (uint32_t t = act->phrase_b; t < end && t < doc->toks.n; t++) {
    if (t >= act->phrase_e && t >= act->trig_e && is_punct(doc, t)) break;
    if (word_in(doc, t, visa_words) || word_in(doc, t, entry_words)) return t;
  }
  return UINT32_MAX;
}

/* "barred from entering the United States", "entry into Canada": the
 * state entered, which bars or admits. */
static int32_t entered_state(const imply_ctx *x, const implied_act *act, uint32_t w) {
  const el_doc *doc = x->doc;
  uint32_t q = w + 1;
  if (word_is(doc, w, "entry") && (word_is(doc, q, "into") || word_is(doc, q, "to"))) q++;
  if (word_is(doc, q, "the")) q++;
  int32_t m = mention_at(x, act->sentence, q);
  if (m < 0 || doc->actors.v[m].tok_begin != q || !is_state(&doc->actors.v[m])) return -1;
  return is_target(act, m) ? -1 : m;
}

/* The last token of mention m is possessive ("Vasquez's", "his"). */
static bool possessive_end(const el_doc *doc, int32_t m) {
  uint32_t t = doc->actors.v[m].tok_end - 1;
  const el_token *k = &doc->toks.v[t];
  size_t n = k->end - k->start;
  const char *e = doc->text + k->end;
  if (n > 2 && (e[-1] == 's' || e[-1] == 'S') && e[-2] == '\'') return true;
  if (n > 4 && memcmp(e - 4, "\xE2\x80\x99s", 4) == 0) return true;
  return word_is(doc, t, "his") || word_is(doc, t, "her");
}

/* "his U.S. visa", "a Cuban dissident's U.S. visa was revoked": the state
 * before the visa issued it.  When the coder took that state for the
 * target (the nearest actor before a passive verb), the owner before it is
 * the target. */
static int32_t visa_issuer(const imply_ctx *x, implied_act *act, uint32_t visa) {
  const el_doc *doc = x->doc;
  int32_t m = mention_ending_at(x, act->sentence, visa);
  if (m < 0 || !is_state(&doc->actors.v[m])) return -1;
  if (!is_target(act, m)) return m;
  uint32_t b = doc->actors.v[m].tok_begin;
  int32_t owner = mention_ending_at(x, act->sentence, b);
  if (owner >= 0 && !possessive_end(doc, owner)) owner = -1;
  /* "Cuban dissident" "'s" "U.S.": the possessive as a token of its own */
  if (owner < 0 && b > 0 && (word_is(doc, b - 1, "'s") || word_is(doc, b - 1, "\xE2\x80\x99s")))
    owner = mention_ending_at(x, act->sentence, b - 1);
  if (owner < 0) return -1;
  act->targets[0] = owner;
  act->ntargets = 1;
  return m;
}

/* "the arrest of two Israeli tourists in Istanbul", "the expulsion of two
 * Chinese students from Lithuania": the state of the place, when it is not
 * the target's own. */
static int32_t place_state(const imply_ctx *x, const implied_act *act) {
  const el_doc *doc = x->doc;
  const char *prep = act->removal ? "from" : "in";
  const el_actor_mention *tg = &doc->actors.v[act->targets[0]];
  /* right after the target or the trigger: "in" further on may be where
   * something else happened ("sparked protests in X") */
  uint32_t at[2] = {tg->tok_end, act->trig_e};
  for (int k = 0; k < 2; k++) {
    uint32_t t = at[k];
    if (t + 1 >= doc->toks.n || !word_is(doc, t, prep)) continue;
    uint32_t q = t + 1;
    if (word_is(doc, q, "the")) q++;
    int32_t m = mention_at(x, act->sentence, q);
    if (m < 0 || doc->actors.v[m].tok_begin != q) continue;
    const el_actor_mention *p = &doc->actors.v[m];
    if (!is_state(p) || strlen(p->code) > 6 || !tg->country[0]) return -1;
    return strcmp(p->country, tg->country) != 0 ? m : -1;
  }
  return -1;
}

/* x and y name the same target: the same person, or for sanctions and
 * visas the same unnamed actor ("the embargo on Iraq").  For force a
 * code says too little: "one Sudanese" arrested in Nairobi is not the
 * Sudan that was bombed. */
static bool same_target(const el_actor_mention *x, const el_actor_ref *y, bool force) {
  if (x->name || y->name) return x->name && y->name && strcmp(x->name, y->name) == 0;
  return !force && strcmp(x->code, y->code) == 0;
}

/* A government or military figure of a country that the link attacked
 * ("the U.S. strikes on Venezuela ... the capture of the Venezuelan
 * defense minister"). */
static bool leader_of_attacked(const el_actor_mention *x, const el_actor_ref *y, int root) {
  if (root < 18 || strlen(y->code) != 3 || strcmp(x->country, y->country) != 0) return false;
  if (!x->is_person && !x->name) return false; /* "Rome" is coded ITAGOV too */
  return strlen(x->code) >= 6 &&
         (strncmp(x->code + 3, "GOV", 3) == 0 || strncmp(x->code + 3, "MIL", 3) == 0);
}

static void mention_ref(const el_actor_mention *m, el_actor_ref *r) {
  memset(r, 0, sizeof *r);
  size_t n = strcspn(m->code, "/");
  if (n >= sizeof r->code) n = sizeof r->code - 1;
  memcpy(r->code, m->code, n);
  snprintf(r->country, sizeof r->country, "%s", m->country);
  if (!r->country[0] && n >= 3) memcpy(r->country, r->code, 3);
  r->name = m->name;
}

/* "the French operation against X", "the U.S. raid on X", with at most one
 * word between the actor and the operation ("French military operation"). */
static el_status find_operations(imply_ctx *x) {
  static const char *const ops[] = {"operation", "operations", "raid",         "raids",
                                    "offensive", "incursion",  "intervention", "mission",
                                    "assault",   "strike",     "strikes",      NULL};
  static const char *const aims[] = {"against", "on", "targeting", NULL};
  const el_doc *doc = x->doc;
  for (size_t m = 0; m < doc->actors.n; m++) {
    const el_actor_mention *a = &doc->actors.v[m];
    if (!a->country[0] || a->tok_end + 2 >= doc->toks.n) continue;
    uint32_t t = a->tok_end;
    if (!word_in(doc, t, ops)) {
      if (is_punct(doc, t) || !word_in(doc, t + 1, ops)) continue;
      t++;
    }
    if (!word_in(doc, t + 1, aims)) continue;
    int32_t target = -1;
    for (uint32_t q = t + 2; q < t + 6 && q < doc->toks.n && !is_punct(doc, q) && target < 0; q++)
      target = mention_at(x, a->sentence, q);
    if (target < 0 || !strcmp(doc->actors.v[target].country, a->country)) continue;
    op_link *l = EL_VEC_PUSH(x->ops);
    if (!l) return EL_ERR_NOMEM;
    mention_ref(a, &l->who);
    l->sentence = a->sentence;
    l->target = target;
  }
  /* mentions are in text order except those the actor stage resolved
   * late; an insertion sort keeps the (short) list in sentence order */
  for (size_t i = 1; i < x->ops.n; i++)
    for (size_t j = i; j > 0 && x->ops.v[j - 1].sentence > x->ops.v[j].sentence; j--) {
      op_link t = x->ops.v[j];
      x->ops.v[j] = x->ops.v[j - 1];
      x->ops.v[j - 1] = t;
    }
  return EL_OK;
}

/* Index of the first explicit event of sentence `si` or later (they are
 * in sentence order). */
static size_t first_event_at(const imply_ctx *x, int32_t si) {
  size_t lo = 0, hi = x->nexplicit;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->doc->events.v[mid].sentence < si)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The nearest linked actor so far, or a tie between two countries. */
typedef struct {
  el_actor_ref who;
  int32_t dist;
  bool found, tie;
} nearest;

static void consider(nearest *n, const el_actor_ref *who, int32_t dist) {
  if (!n->found || dist < n->dist) {
    n->who = *who;
    n->dist = dist;
    n->found = true;
    n->tie = false;
  } else if (dist == n->dist && strcmp(n->who.country, who->country) != 0) {
    n->tie = true;
  }
}

/* The nearest actor of another country that the document shows acting
 * against the same target: coercive events of roots lo..hi, and for force
 * (arrests: hi >= 18) named operations.  Two countries equally near give
 * none. */
static bool linked_agent(const imply_ctx *x, const implied_act *act, int lo, int hi,
                         el_actor_ref *out) {
  const el_doc *doc = x->doc;
  const el_actor_mention *tg = &doc->actors.v[act->targets[0]];
  /* only a person is arrested or captured ("Rome was captured", "forces
   * caught in a mission" are not arrests) */
  if (hi >= 18 && !tg->is_person && !tg->name) return false;
  nearest n = {{"", "", NULL, false}, 0, false, false};
  for (size_t k = first_event_at(x, act->sentence - LINK_WINDOW); k < x->nexplicit; k++) {
    const el_event *e = &doc->events.v[k];
    if (e->sentence > act->sentence + LINK_WINDOW) break;
    int root = (e->root[0] - '0') * 10 + (e->root[1] - '0');
    if (e->negated || root < lo || root > hi || !e->source.country[0]) continue;
    if (!strcmp(e->source.country, tg->country)) continue;
    if (!same_target(tg, &e->target, hi >= 18) && !leader_of_attacked(tg, &e->target, root))
      continue;
    consider(&n, &e->source, abs(e->sentence - act->sentence));
  }
  for (size_t k = 0; hi >= 18 && k < x->ops.n; k++) {
    const op_link *l = &x->ops.v[k];
    if (abs(l->sentence - act->sentence) > LINK_WINDOW || !strcmp(l->who.country, tg->country))
      continue;
    el_actor_ref t;
    mention_ref(&doc->actors.v[l->target], &t);
    if (!same_target(tg, &t, true) && !leader_of_attacked(tg, &t, 19)) continue;
    consider(&n, &l->who, abs(l->sentence - act->sentence));
  }
  if (n.found && !n.tie) *out = n.who;
  return n.found && !n.tie;
}

/* The document's dominant dyad: the pair of countries with events in the
 * most sentences, if one pair leads alone. */
static void dominant_dyad(imply_ctx *x) {
  enum { MAXP = 32 };
  struct {
    char a[4], b[4];
    int n;
    int32_t last;
  } pairs[MAXP];
  int np = 0;
  for (size_t k = 0; k < x->nexplicit; k++) {
    const el_event *e = &x->doc->events.v[k];
    const char *a = e->source.country, *b = e->target.country;
    if (e->negated || !a[0] || !b[0] || !strcmp(a, b)) continue;
    if (strcmp(a, b) > 0) {
      const char *t = a;
      a = b;
      b = t;
    }
    int p = 0;
    while (p < np && (strcmp(pairs[p].a, a) || strcmp(pairs[p].b, b))) p++;
    if (p == np) {
      if (np == MAXP) continue;
      snprintf(pairs[p].a, 4, "%s", a);
      snprintf(pairs[p].b, 4, "%s", b);
      pairs[p].n = 0;
      pairs[p].last = -1;
      np++;
    }
    if (pairs[p].last != e->sentence) pairs[p].n++, pairs[p].last = e->sentence;
  }
  int best = -1, second = 0;
  for (int p = 0; p < np; p++) {
    if (best < 0 || pairs[p].n > pairs[best].n) {
      if (best >= 0) second = pairs[best].n;
      best = p;
    } else if (pairs[p].n > second) {
      second = pairs[p].n;
    }
  }
  x->has_dyad = best >= 0 && pairs[best].n > second;
  if (x->has_dyad) {
    memcpy(x->dyad_a, pairs[best].a, 4);
    memcpy(x->dyad_b, pairs[best].b, 4);
  }
}

/* "the extradition of X to the United States": where the person is sent
 * is not who sends them. */
static bool sent_to(const imply_ctx *x, const implied_act *act, const char *country) {
  const el_doc *doc = x->doc;
  uint32_t end = act->trig_e + PHRASE_REACH;
  for (uint32_t t = act->trig_e; t + 1 < end && t + 1 < doc->toks.n; t++) {
    if (is_punct(doc, t)) break;
    if (!word_is(doc, t, "to")) continue;
    uint32_t q = word_is(doc, t + 1, "the") ? t + 2 : t + 1;
    int32_t m = mention_at(x, act->sentence, q);
    if (m >= 0 && !strcmp(doc->actors.v[m].country, country)) return true;
  }
  return false;
}

/* The agent of a state act: the cue's country with the cue's own agent
 * code when it names a state organ ("USAMIL"), else its government. */
static void state_ref(const el_actor_ref *cue, el_actor_ref *out) {
  memset(out, 0, sizeof *out);
  snprintf(out->country, sizeof out->country, "%s", cue->country);
  size_t n = strcspn(cue->code, "/");
  if (!cue->name && n > 3 && n < sizeof out->code && !strncmp(cue->code, cue->country, 3))
    snprintf(out->code, sizeof out->code, "%.*s", (int)n, cue->code);
  else
    snprintf(out->code, sizeof out->code, "%sGOV", cue->country);
}

/* The agent of one act and the cue that gave it. */
static cue_kind find_agent(const imply_ctx *x, implied_act *act, el_actor_ref *agent) {
  const el_doc *doc = x->doc;
  int root = (act->code[0] - '0') * 10 + (act->code[1] - '0');
  uint32_t entry = root == 16 ? entry_token(doc, act) : UINT32_MAX;
  if (entry != UINT32_MAX) {
    int32_t m =
        word_in(doc, entry, visa_words) ? visa_issuer(x, act, entry) : entered_state(x, act, entry);
    if (m >= 0) {
      el_actor_ref cue;
      mention_ref(&doc->actors.v[m], &cue);
      state_ref(&cue, agent);
      return strcmp(agent->country, doc->actors.v[act->targets[0]].country) ? CUE_PHRASE : CUE_NONE;
    }
  }
  const el_actor_mention *tg = &doc->actors.v[act->targets[0]];
  if (!tg->country[0]) return CUE_NONE;
  bool removal = act->removal || !strcmp(act->code, "161");
  if (root == 17 || removal) {
    int32_t m = place_state(x, act);
    if (m >= 0) {
      el_actor_ref cue;
      mention_ref(&doc->actors.v[m], &cue);
      state_ref(&cue, agent);
      return CUE_PLACE;
    }
  }
  el_actor_ref linked;
  bool force = root == 17 && !removal;
  if (linked_agent(x, act, force ? 17 : 16, force ? 20 : 17, &linked)) {
    state_ref(&linked, agent);
    return CUE_LINKED;
  }
  if ((entry == UINT32_MAX && !removal) || !x->has_dyad) return CUE_NONE;
  const char *other = !strcmp(x->dyad_a, tg->country)   ? x->dyad_b
                      : !strcmp(x->dyad_b, tg->country) ? x->dyad_a
                                                        : NULL;
  if (!other || (removal && sent_to(x, act, other))) return CUE_NONE;
  el_actor_ref cue = {"", "", NULL, false};
  snprintf(cue.code, sizeof cue.code, "%s", other);
  snprintf(cue.country, sizeof cue.country, "%s", other);
  state_ref(&cue, agent);
  return CUE_DYAD;
}

/* The sentence already codes this act with a stated agent. */
static bool already_coded(const imply_ctx *x, const implied_act *act, const el_actor_ref *src,
                          const el_actor_ref *tgt) {
  size_t k = first_event_at(x, act->sentence);
  for (; k < x->nexplicit && x->doc->events.v[k].sentence == act->sentence; k++) {
    const el_event *e = &x->doc->events.v[k];
    if (!strncmp(e->cameo, act->code, 2) && !strcmp(e->source.country, src->country) &&
        !strcmp(e->target.code, tgt->code))
      return true;
  }
  return false;
}

static el_status build_index(imply_ctx *x) {
  const el_doc *doc = x->doc;
  size_t nt = doc->toks.n;
  x->cover = malloc((nt + 1) * sizeof *x->cover);
  x->ending = malloc((nt + 1) * sizeof *x->ending);
  if (!x->cover || !x->ending) return EL_ERR_NOMEM;
  for (size_t t = 0; t <= nt; t++) x->cover[t] = x->ending[t] = -1;
  for (size_t m = 0; m < doc->actors.n; m++) {
    const el_actor_mention *a = &doc->actors.v[m];
    if (!a->code[0] || a->tok_end > nt || a->tok_begin >= a->tok_end) continue;
    for (uint32_t t = a->tok_begin; t < a->tok_end; t++) {
      int32_t o = x->cover[t];
      if (o < 0 || strlen(a->code) > strlen(doc->actors.v[o].code)) x->cover[t] = (int32_t)m;
    }
    if (x->ending[a->tok_end] < 0) x->ending[a->tok_end] = (int32_t)m;
  }
  dominant_dyad(x);
  return find_operations(x);
}

/* The implied event of one act on one target. */
static void make_event(const cameo_codebook *cb, const el_doc *doc, const implied_act *act,
                       const el_actor_ref *src, int32_t target, cue_kind cue, const char *details,
                       el_event *ev) {
  const el_actor_mention *tm = &doc->actors.v[target];
  memset(ev, 0, sizeof *ev);
  ev->sentence = act->sentence;
  ev->trigger_start = doc->toks.v[act->trig_b].start;
  ev->trigger_end = doc->toks.v[act->trig_e - 1].end;
  snprintf(ev->cameo, sizeof ev->cameo, "%s", act->code);
  ev->root[0] = act->code[0];
  ev->root[1] = act->code[1];
  const cameo_entry *ce = cb ? codebook_lookup(cb, act->code) : NULL;
  ev->quad_class = codebook_quad_class(act->code);
  ev->goldstein = ce ? ce->goldstein : 0;
  ev->plover = ce ? ce->plover : NULL;
  ev->source = *src;
  mention_ref(tm, &ev->target);
  ev->negated = act->mood.negated;
  ev->mood = act->mood.mood;
  double tc = tm->confidence > 0 ? 0.5 + 0.5 * tm->confidence : 1.0;
  ev->confidence = act->confidence * tc * cue_weight[cue];
  ev->pattern_id = act->pattern_id;
  ev->timex = -1;
  ev->date_precision = EL_PREC_UNKNOWN;
  ev->details_json = details;
}

/* Merge the implied events (in sentence order) into doc->events after the
 * coder's events of the same sentence. */
static el_status merge_events(el_doc *doc, const el_event *add, size_t nadd) {
  size_t n = doc->events.n;
  el_event *v = malloc((n + nadd) * sizeof *v);
  if (!v) return EL_ERR_NOMEM;
  size_t i = 0, j = 0, k = 0;
  while (i < n || j < nadd)
    v[k++] = j >= nadd || (i < n && doc->events.v[i].sentence <= add[j].sentence)
                 ? doc->events.v[i++]
                 : add[j++];
  free(doc->events.v);
  doc->events.v = v;
  doc->events.n = doc->events.cap = n + nadd;
  return EL_OK;
}

el_status events_imply(const cameo_codebook *cb, el_doc *doc, const implied_acts *acts) {
  if (!doc || !acts) return EL_ERR_ARG;
  imply_ctx x = {.doc = doc, .nexplicit = doc->events.n};
  EL_VEC(el_event) add = {NULL, 0, 0};
  el_status st = build_index(&x);
  for (size_t i = 0; st == EL_OK && i < acts->n; i++) {
    implied_act act = acts->v[i];
    if (act.ntargets == 0 || act.trig_e <= act.trig_b || act.trig_e > doc->toks.n) continue;
    el_actor_ref src;
    cue_kind cue = find_agent(&x, &act, &src);
    if (cue == CUE_NONE) continue;
    char buf[48];
    snprintf(buf, sizeof buf, "{\"implied_source\":\"%s\"}", cue_names[cue]);
    const char *details = arena_strdup(doc->arena, buf);
    if (!details) st = EL_ERR_NOMEM;
    for (int k = 0; st == EL_OK && k < act.ntargets; k++) {
      el_actor_ref tgt;
      mention_ref(&doc->actors.v[act.targets[k]], &tgt);
      if (!tgt.country[0] || !strcmp(tgt.country, src.country)) continue;
      if (already_coded(&x, &act, &src, &tgt)) continue;
      el_event *ev = EL_VEC_PUSH(add);
      if (!ev) {
        st = EL_ERR_NOMEM;
        break;
      }
      make_event(cb, doc, &act, &src, act.targets[k], cue, details, ev);
    }
  }
  /* acts are collected sentence by sentence, so `add` is in sentence order */
  if (st == EL_OK && add.n) st = merge_events(doc, add.v, add.n);
  EL_VEC_FREE(add);
  EL_VEC_FREE(x.ops);
  free(x.cover);
  free(x.ending);
  return st;
}
