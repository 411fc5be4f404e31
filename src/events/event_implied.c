/*
 * event_implied.c — agents for acts of state named without one ("the
 * revocation of the Colombian president's visa", "following X's capture",
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

typedef enum { CUE_NONE = 0, CUE_PHRASE, CUE_PLACE, CUE_LINKED, CUE_DYAD } cue_kind;

static const char *const cue_names[] = {"", "phrase", "place", "linked", "dyad"};
static const double cue_weight[] = {0, 0.9, 0.85, 0.75, 0.6};

#define PHRASE_REACH 12 /* tokens after the trigger that still belong to its phrase */

/* Token t of doc is the word w (ASCII case folded). */
static bool word_is(const el_doc *doc, uint32_t t, const char *w) {
  if (t >= doc->toks.n) return false;
  const el_token *k = &doc->toks.v[t];
  size_t n = strlen(w);
  if (k->end - k->start != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((doc->text[k->start + i] | 0x20) != w[i]) return false;
  return true;
}

static bool word_in(const el_doc *doc, uint32_t t, const char *const *list) {
  for (; *list; list++)
    if (word_is(doc, t, *list)) return true;
  return false;
}

static bool is_punct(const el_doc *doc, uint32_t t) {
  return t < doc->toks.n && (doc->toks.v[t].flags & EL_TOK_PUNCT);
}

/* Index of the actor mention covering token t of sentence si, -1 if none
 * (the longest code when several do). */
static int32_t mention_at(const el_doc *doc, int32_t si, uint32_t t) {
  int32_t best = -1;
  for (size_t m = 0; m < doc->actors.n; m++) {
    const el_actor_mention *a = &doc->actors.v[m];
    if (a->sentence != si || a->tok_begin > t || a->tok_end <= t || !a->code[0]) continue;
    if (best < 0 || strlen(a->code) > strlen(doc->actors.v[best].code)) best = (int32_t)m;
  }
  return best;
}

/* Mention ending right before token t ("U.S." in "U.S. visa"), -1 none. */
static int32_t mention_ending_at(const el_doc *doc, int32_t si, uint32_t t) {
  for (size_t m = 0; m < doc->actors.n; m++) {
    const el_actor_mention *a = &doc->actors.v[m];
    if (a->sentence == si && a->tok_end == t && a->code[0]) return (int32_t)m;
  }
  return -1;
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

static const char *const visa_words[] = {"visa", "visas", NULL};
static const char *const entry_words[] = {"entering", "enter", "entry", NULL};

/* The token of a word of entry to a country in the act's phrase ("visa",
 * "barred from entering"), else UINT32_MAX. */
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
static int32_t entered_state(const el_doc *doc, const implied_act *act, uint32_t w) {
  uint32_t q = w + 1;
  if (word_is(doc, w, "entry") && (word_is(doc, q, "into") || word_is(doc, q, "to"))) q++;
  if (word_is(doc, q, "the")) q++;
  int32_t m = mention_at(doc, act->sentence, q);
  if (m < 0 || doc->actors.v[m].tok_begin != q || !is_state(&doc->actors.v[m])) return -1;
  return is_target(act, m) ? -1 : m;
}

/* "his U.S. visa", "a Cuban dissident's U.S. visa was revoked": the state
 * before the visa issued it.  When the coder took that state for the
 * target (the nearest actor before a passive verb), the owner before it is
 * the target. */
static int32_t visa_issuer(const el_doc *doc, implied_act *act, uint32_t visa) {
  int32_t m = mention_ending_at(doc, act->sentence, visa);
  if (m < 0 || !is_state(&doc->actors.v[m])) return -1;
  if (is_target(act, m)) {
    const el_actor_mention *is = &doc->actors.v[m];
    int32_t owner = mention_ending_at(doc, act->sentence, is->tok_begin);
    if (owner < 0) {
      /* "Cuban dissident" "'s" "U.S.": the possessive as a token of its own */
      if (is->tok_begin > 0 && (word_is(doc, is->tok_begin - 1, "'s") ||
                                word_is(doc, is->tok_begin - 1, "\xE2\x80\x99s")))
        owner = mention_ending_at(doc, act->sentence, is->tok_begin - 1);
    } else {
      const el_token *k = &doc->toks.v[doc->actors.v[owner].tok_end - 1];
      const char *x = doc->text + k->end;
      bool poss =
          k->end - k->start > 2 && (x[-1] == 's' || x[-1] == 'S') &&
          (x[-2] == '\'' || (k->end - k->start > 4 && memcmp(x - 4, "\xE2\x80\x99s", 4) == 0));
      if (!poss && !word_is(doc, doc->actors.v[owner].tok_end - 1, "his") &&
          !word_is(doc, doc->actors.v[owner].tok_end - 1, "her"))
        owner = -1;
    }
    if (owner < 0) return -1;
    act->targets[0] = owner;
    act->ntargets = 1;
  }
  return m;
}

/* "the arrest of two Israeli tourists in Istanbul", "the expulsion of two
 * Chinese students from Lithuania": the state of the place, when it is not
 * the target's own. */
static int32_t place_state(const el_doc *doc, const implied_act *act) {
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
    int32_t m = mention_at(doc, act->sentence, q);
    if (m < 0 || doc->actors.v[m].tok_begin != q) continue;
    const el_actor_mention *p = &doc->actors.v[m];
    if (!is_state(p) || strlen(p->code) > 6 || !tg->country[0]) return -1;
    return strcmp(p->country, tg->country) != 0 ? m : -1;
  }
  return -1;
}

/* x and y name the same target: the same person, or the same unnamed
 * actor. */
static bool same_target(const el_actor_mention *x, const el_actor_ref *y) {
  if (x->name || y->name) return x->name && y->name && strcmp(x->name, y->name) == 0;
  return strcmp(x->code, y->code) == 0;
}

/* A government or military figure of a country that the link attacked
 * ("the U.S. strikes on Venezuela ... the capture of the Venezuelan
 * defense minister"). */
static bool leader_of_attacked(const el_actor_mention *x, const el_actor_ref *y, int root) {
  if (root < 18 || strlen(y->code) != 3 || strcmp(x->country, y->country) != 0) return false;
  return strlen(x->code) >= 6 &&
         (strncmp(x->code + 3, "GOV", 3) == 0 || strncmp(x->code + 3, "MIL", 3) == 0);
}

typedef struct {
  el_actor_ref who;
  int32_t sentence;
} link;

/* "the French operation against X", "the U.S. raid on X": an actor of
 * another country acting on the target, named without an event verb. */
static bool operation_link(const el_doc *doc, const el_actor_mention *tg, link *out, int32_t near) {
  static const char *const ops[] = {"operation", "operations", "raid",         "raids",
                                    "offensive", "incursion",  "intervention", "mission",
                                    "assault",   "strike",     "strikes",      NULL};
  static const char *const aims[] = {"against", "on", "targeting", NULL};
  bool found = false;
  for (size_t m = 0; m < doc->actors.n; m++) {
    const el_actor_mention *a = &doc->actors.v[m];
    if (!a->country[0] || !strcmp(a->country, tg->country) || a->tok_end + 2 >= doc->toks.n)
      continue;
    uint32_t t = a->tok_end;
    if (word_in(doc, t, ops) == false && !(word_in(doc, t + 1, ops) && !is_punct(doc, t))) continue;
    t = word_in(doc, t, ops) ? t + 1 : t + 2;
    if (!word_in(doc, t, aims)) continue;
    for (uint32_t q = t + 1; q < t + 5 && q < doc->toks.n && !is_punct(doc, q); q++) {
      int32_t x = mention_at(doc, a->sentence, q);
      if (x < 0) continue;
      el_actor_ref r = {"", "", doc->actors.v[x].name};
      snprintf(r.code, sizeof r.code, "%s", doc->actors.v[x].code);
      snprintf(r.country, sizeof r.country, "%s", doc->actors.v[x].country);
      if (!same_target(tg, &r) && !leader_of_attacked(tg, &r, 19)) break;
      int32_t d = abs(a->sentence - near), od = abs(out->sentence - near);
      if (!found || d < od) {
        out->who = (el_actor_ref){"", "", a->name};
        snprintf(out->who.code, sizeof out->who.code, "%s", a->code);
        snprintf(out->who.country, sizeof out->who.country, "%s", a->country);
        out->sentence = a->sentence;
        found = true;
      }
      break;
    }
  }
  return found;
}

/* The nearest actor of another country that the document shows acting
 * against the same target: coercive events of roots lo..hi, and for
 * force (arrests) named operations.  Ambiguous (two countries equally
 * near) gives none. */
static bool linked_agent(const el_doc *doc, size_t nexplicit, const implied_act *act, int lo,
                         int hi, link *out) {
  const el_actor_mention *tg = &doc->actors.v[act->targets[0]];
  bool found = false, tie = false;
  for (size_t k = 0; k < nexplicit; k++) {
    const el_event *e = &doc->events.v[k];
    int root = (e->root[0] - '0') * 10 + (e->root[1] - '0');
    if (e->negated || root < lo || root > hi || !e->source.country[0]) continue;
    if (!strcmp(e->source.country, tg->country)) continue;
    if (!same_target(tg, &e->target) && !leader_of_attacked(tg, &e->target, root)) continue;
    int32_t d = abs(e->sentence - act->sentence);
    int32_t od = found ? abs(out->sentence - act->sentence) : INT32_MAX;
    if (d < od) {
      out->who = e->source;
      out->sentence = e->sentence;
      found = true;
      tie = false;
    } else if (d == od && strcmp(out->who.country, e->source.country) != 0) {
      tie = true;
    }
  }
  if (hi >= 18) {
    link op = {{"", "", NULL}, INT32_MAX / 2};
    if (operation_link(doc, tg, &op, act->sentence)) {
      int32_t d = abs(op.sentence - act->sentence);
      int32_t od = found ? abs(out->sentence - act->sentence) : INT32_MAX;
      if (d < od) {
        *out = op;
        found = true;
        tie = false;
      } else if (d == od && strcmp(out->who.country, op.who.country) != 0) {
        tie = true;
      }
    }
  }
  return found && !tie;
}

/* The document's dominant dyad: the pair of countries with events in the
 * most sentences, if one pair leads alone. */
static bool dominant_dyad(const el_doc *doc, size_t nexplicit, char a[4], char b[4]) {
  enum { MAXP = 32 };
  struct {
    char x[4], y[4];
    int n;
    int32_t last;
  } pairs[MAXP];
  int np = 0;
  for (size_t k = 0; k < nexplicit; k++) {
    const el_event *e = &doc->events.v[k];
    const char *x = e->source.country, *y = e->target.country;
    if (e->negated || !x[0] || !y[0] || !strcmp(x, y)) continue;
    if (strcmp(x, y) > 0) {
      const char *t = x;
      x = y;
      y = t;
    }
    int p = 0;
    while (p < np && (strcmp(pairs[p].x, x) || strcmp(pairs[p].y, y))) p++;
    if (p == np) {
      if (np == MAXP) continue;
      snprintf(pairs[p].x, 4, "%s", x);
      snprintf(pairs[p].y, 4, "%s", y);
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
  if (best < 0 || pairs[best].n == second) return false;
  memcpy(a, pairs[best].x, 4);
  memcpy(b, pairs[best].y, 4);
  return true;
}

/* "the extradition of X to the United States": where the person is sent
 * is not who sends them. */
static bool sent_to(const el_doc *doc, const implied_act *act, const char *country) {
  uint32_t end = act->trig_e + PHRASE_REACH;
  for (uint32_t t = act->trig_e; t + 1 < end && t + 1 < doc->toks.n; t++) {
    if (is_punct(doc, t)) break;
    if (!word_is(doc, t, "to")) continue;
    uint32_t q = word_is(doc, t + 1, "the") ? t + 2 : t + 1;
    int32_t m = mention_at(doc, act->sentence, q);
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

static void mention_ref(const el_actor_mention *m, el_actor_ref *r) {
  memset(r, 0, sizeof *r);
  size_t n = strcspn(m->code, "/");
  if (n >= sizeof r->code) n = sizeof r->code - 1;
  memcpy(r->code, m->code, n);
  snprintf(r->country, sizeof r->country, "%s", m->country);
  if (!r->country[0] && n >= 3) memcpy(r->country, r->code, 3);
  r->name = m->name;
}

/* The agent of one act and the cue that gave it. */
static cue_kind find_agent(const el_doc *doc, size_t nexplicit, implied_act *act,
                           el_actor_ref *agent) {
  const el_actor_mention *tg = &doc->actors.v[act->targets[0]];
  int root = (act->code[0] - '0') * 10 + (act->code[1] - '0');
  uint32_t visa = root == 16 ? entry_token(doc, act) : UINT32_MAX;
  if (visa != UINT32_MAX) {
    int32_t m = word_in(doc, visa, visa_words) ? visa_issuer(doc, act, visa)
                                               : entered_state(doc, act, visa);
    tg = &doc->actors.v[act->targets[0]];
    if (m >= 0) {
      el_actor_ref cue;
      mention_ref(&doc->actors.v[m], &cue);
      state_ref(&cue, agent);
      return strcmp(agent->country, tg->country) ? CUE_PHRASE : CUE_NONE;
    }
  }
  if (!tg->country[0]) return CUE_NONE;
  bool removal = act->removal || !strcmp(act->code, "161");
  if (root == 17 || removal) {
    int32_t m = place_state(doc, act);
    if (m >= 0) {
      el_actor_ref cue;
      mention_ref(&doc->actors.v[m], &cue);
      state_ref(&cue, agent);
      return CUE_PLACE;
    }
  }
  link l = {{"", "", NULL}, 0};
  bool force = root == 17 && !removal;
  if (linked_agent(doc, nexplicit, act, force ? 17 : 16, force ? 20 : 17, &l)) {
    state_ref(&l.who, agent);
    return CUE_LINKED;
  }
  if (visa == UINT32_MAX && !removal) return CUE_NONE;
  char a[4], b[4];
  if (!dominant_dyad(doc, nexplicit, a, b)) return CUE_NONE;
  const char *other = !strcmp(a, tg->country) ? b : !strcmp(b, tg->country) ? a : NULL;
  if (!other || (removal && sent_to(doc, act, other))) return CUE_NONE;
  el_actor_ref cue = {"", "", NULL};
  snprintf(cue.code, sizeof cue.code, "%s", other);
  snprintf(cue.country, sizeof cue.country, "%s", other);
  state_ref(&cue, agent);
  return CUE_DYAD;
}

/* The document already codes this act with a stated agent. */
static bool already_coded(const el_doc *doc, size_t nexplicit, const implied_act *act,
                          const el_actor_ref *src, const el_actor_ref *tgt) {
  for (size_t k = 0; k < nexplicit; k++) {
    const el_event *e = &doc->events.v[k];
    if (e->sentence == act->sentence && !strncmp(e->cameo, act->code, 2) &&
        !strcmp(e->source.country, src->country) && !strcmp(e->target.code, tgt->code))
      return true;
  }
  return false;
}

/* Insert ev after the last event of its sentence or an earlier one, so the
 * events stay in sentence order. */
static el_status insert_event(el_doc *doc, const el_event *ev) {
  el_event *slot = EL_VEC_PUSH(doc->events);
  if (!slot) return EL_ERR_NOMEM;
  size_t at = doc->events.n - 1;
  while (at > 0 && doc->events.v[at - 1].sentence > ev->sentence) at--;
  memmove(&doc->events.v[at + 1], &doc->events.v[at],
          (doc->events.n - 1 - at) * sizeof *doc->events.v);
  doc->events.v[at] = *ev;
  return EL_OK;
}

el_status events_imply(const cameo_codebook *cb, el_doc *doc, const implied_acts *acts) {
  if (!doc || !acts) return EL_ERR_ARG;
  size_t nexplicit = doc->events.n;
  for (size_t i = 0; i < acts->n; i++) {
    implied_act act = acts->v[i];
    if (act.ntargets == 0) continue;
    el_actor_ref src;
    cue_kind cue = find_agent(doc, nexplicit, &act, &src);
    if (cue == CUE_NONE) continue;
    const char *details = NULL;
    char buf[48];
    snprintf(buf, sizeof buf, "{\"implied_source\":\"%s\"}", cue_names[cue]);
    if (!(details = arena_strdup(doc->arena, buf))) return EL_ERR_NOMEM;
    for (int k = 0; k < act.ntargets; k++) {
      const el_actor_mention *tm = &doc->actors.v[act.targets[k]];
      el_actor_ref tgt;
      mention_ref(tm, &tgt);
      if (!tgt.country[0] || !strcmp(tgt.country, src.country)) continue;
      if (already_coded(doc, nexplicit, &act, &src, &tgt)) continue;
      el_event ev;
      memset(&ev, 0, sizeof ev);
      ev.sentence = act.sentence;
      ev.trigger_start = doc->toks.v[act.trig_b].start;
      ev.trigger_end = doc->toks.v[act.trig_e - 1].end;
      snprintf(ev.cameo, sizeof ev.cameo, "%s", act.code);
      ev.root[0] = act.code[0];
      ev.root[1] = act.code[1];
      const cameo_entry *ce = cb ? codebook_lookup(cb, act.code) : NULL;
      ev.quad_class = codebook_quad_class(act.code);
      ev.goldstein = ce ? ce->goldstein : 0;
      ev.plover = ce ? ce->plover : NULL;
      ev.source = src;
      ev.target = tgt;
      ev.negated = act.mood.negated;
      ev.mood = act.mood.mood;
      double tc = tm->confidence > 0 ? 0.5 + 0.5 * tm->confidence : 1.0;
      ev.confidence = act.confidence * tc * cue_weight[cue];
      ev.pattern_id = act.pattern_id;
      ev.timex = -1;
      ev.date_precision = EL_PREC_UNKNOWN;
      ev.details_json = details;
      el_status st = insert_event(doc, &ev);
      if (st != EL_OK) return st;
    }
  }
  return EL_OK;
}
