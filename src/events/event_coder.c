/*
 * event_coder.c — turns sentences with actor mentions into CAMEO events,
 * PETRARCH-style but without a parser:
 *   1. look every token up in the verb dictionary (verb forms, nouns from
 *      NOUN blocks, multi-word verbs) -> triggers;
 *   2. for each trigger pick the best pattern of its block (most pattern
 *      words found in order around it; '_' means adjacent); the pattern's
 *      code, else the verb's own code; null code -> no event;
 *   3. source = the subject: nearest actor group before the trigger in the
 *      same clause (relative clauses and "according to" spans skipped,
 *      coordinated verbs share the subject); target = first actor group
 *      after it; passive voice swaps (target = subject, source = "by X");
 *      nominal triggers take "of/against/with X", "by X", possessives and
 *      "between A and B";
 *   4. infinitive complements combine ("agreed to meet" -> 036, "asked X to
 *      mediate" -> 028, "threatened to deploy troops" -> 138);
 *   5. groups ("A and B") multiply; paired codes ("042:043") and consult
 *      codes emit both directions; a group with no target pairs within;
 *   6. mood/negation from event_mood.c.  No pattern -> no event (no 010
 *      fallback), and plain statements (010) are never emitted.
 * Events need a source and a target actor (dyads); PETRARCH's options
 * (events_opts) add acts with no target and noun phrases as actors.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "events/events_int.h"
#include "text/text.h"

/* The coder's word lists and single words, as bits of verb_dict.wlists
 * after event_mood.c's (events_int.h); registered by events_register_classes. */
enum {
  L_ADJUNCT = EV_L_COUNT,
  L_IRREGULAR,
  L_SAME_AS_BASE,
  L_NOMINAL_CTX_PREPS,
  L_PRONOUNS,
  L_AUX,
  L_ADVERB_NEG,
  L_LOCATIVES,
  L_OBJECT_PREPS,
  L_AGREE,
  L_AIMED_AT,
  L_LISTING,
  L_IMMINENT,
  L_INTENT_NOUNS,
  L_ALLEGING,
  L_NOMINAL_NEG,
  L_RECIPROCAL,
  L_REL_SUBJECT,
  L_MODAL_ADJ,
  L_QUANTITY,
  L_CROWD,
  L_FINITE_AUX,
  L_THREAT_WORDS,
  W_AMP,
  W_APOS,
  W_APOS_S,
  W_RSQUO_S,
  W_A,
  W_ACCORDING,
  W_AN,
  W_AND,
  W_ANOTHER,
  W_BETWEEN,
  W_BORDER,
  W_BUT,
  W_BY,
  W_EACH,
  W_FOR,
  W_FRONTIER,
  W_IN,
  W_NEVER,
  W_NO,
  W_NOR,
  W_NOT,
  W_OF,
  W_ON,
  W_ONE,
  W_OR,
  W_OTHER,
  W_THAT,
  W_THEIR,
  W_TO,
  W_WHETHER,
  W_WITH,
  W_WITHOUT,
  CODER_LIST_END
};
_Static_assert(CODER_LIST_END <= 64, "word-list bits fit in 64");

#define POST_GAP 4 /* a pattern word may be this many tokens after the previous one */
#define PRE_WINDOW 4
#define MAX_SENT_TOKENS 400 /* longer "sentences" are coded on their first tokens */
#define BLOOM_BITS 4096
#define VD_MATCHED_MAX 32

typedef struct {
  int32_t id, sing; /* word ids of the token and of its singular, -1 if unknown */
  int32_t group;    /* actor group covering the token, -1 none */
  int32_t aside;    /* 0 main clause, else id of a relative/"according to" span */
  bool consumed;    /* matched by an earlier pattern */
  bool poss;        /* possessive ('s attached or next token) */
  bool timex;       /* inside a time expression */
  uint16_t cls;     /* EV_C_* of the word */
  uint8_t punct;    /* P_* bits of a one-character punctuation token */
} tokinfo;

/* One-character punctuation tokens, tested per token in the hot loops. */
enum {
  P_COMMA = 1u << 0,
  P_SEMI = 1u << 1,
  P_COLON = 1u << 2,
  P_DOLLAR = 1u << 3,
  P_LPAREN = 1u << 4,
  P_RPAREN = 1u << 5,
  P_HYPHEN = 1u << 6
};

typedef struct {
  uint32_t b, e;    /* local token range */
  int32_t first, n; /* members in ctx.members */
  int32_t aside;
} group;

typedef struct {
  uint32_t b, e; /* trigger tokens (local) */
  uint32_t match_b, match_e;
  int32_t verb, pattern;
  char code[8], code2[8];
  int32_t src_mark, tgt_mark; /* local token positions of $ / + markers, -1 */
  uint32_t mt[VD_MATCHED_MAX];
  int nmt;
  bool nominal, passive, dropped;
  bool reaction;     /* dropped as the object of a reaction ("condemned the arrest") */
  bool crowd_src;    /* src is the place a crowd protests in: its civilians */
  bool place_people; /* target: the people of the place where it happened */
  int react_root;    /* "condemned the sanctions": root of the act reacted to, whose
                      * agent is named earlier in the document; 0 none */
  int32_t src, tgt;  /* groups, -1 none */
  bool pair_within;  /* src group's members act on each other */
  event_mood_result mood;
} trigger;

struct mention_ref {
  uint32_t b, e;
  int32_t idx;
};

static int cmp_mention(const void *x, const void *y) {
  const struct mention_ref *a = x, *b = y;
  if (a->b != b->b) return a->b < b->b ? -1 : 1;
  if (a->e != b->e) return a->e < b->e ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

typedef struct {
  const verb_dict *vd;
  const cameo_codebook *cb;
  el_doc *doc;
  const el_sentence *s;
  const el_token *toks; /* the sentence's first token */
  uint32_t n;           /* tokens coded in this sentence */
  tokinfo *ti;
  uint64_t *lists; /* by token: verb_dict.wlists bits of its exact text */
  group *groups;
  int32_t ngroups;
  int32_t *members; /* indices into doc->actors */
  int32_t nmembers;
  trigger *trig;
  int32_t ntrig;
  implied_acts *implied; /* acts of state with no agent, for event_implied.c */
  uint64_t bloom[BLOOM_BITS / 64];
  uint64_t synbits;          /* verb_dict.wsyn bits of the sentence's words */
  uint32_t *brk;             /* brk[i]: first ';' ':' or clause word at or after i */
  struct mention_ref *order; /* doc->actors sorted by tokens */
  size_t norder, cursor;
  uint32_t quote_end;       /* a sentence-opening quote ends before this token, 0 none */
  int32_t speaker;          /* group of its attributed speaker, -1 none */
  bool debug;               /* EL_EVENTS_DEBUG set: groups and triggers to stderr */
  bool locative_targets;    /* events_opts */
  bool exact_pattern_words; /* events_opts: no plural ~ singular pattern words */
  bool monadic;             /* events_opts: a source with no target is an event */
  bool clause_targets;      /* events_opts: a verb's target is any actor after it in its clause */
  int new_actor_words;      /* events_opts: longest noun phrase taken as an actor, 0 none */
} ctx;

static uint32_t clause_end(const ctx *c, uint32_t from);
static bool skip_filler(const ctx *c, uint32_t j);
static bool noun_entry(const ctx *c, uint32_t i);
static bool tok_text_is(const ctx *c, uint32_t k, const char *w);
static bool plain_modifier(const ctx *c, uint32_t k);
static bool past_form(const ctx *c, uint32_t i);
static int32_t reporting_state(const ctx *c, const trigger *tr);
static bool same_country(const ctx *c, int32_t g, int32_t h);

/* ---- token helpers ----------------------------------------------------- */

static const el_token *tok(const ctx *c, uint32_t i) {
  return &c->toks[i];
}

/* The token's exact text (ASCII case folded) is a word of list `bit`
 * (L_*, W_*, EV_L_*): looked up once per token in code_sentence. */
static bool is_word(const ctx *c, uint32_t i, int bit) {
  return (c->lists[i] >> bit) & 1u;
}

static bool is_any(const ctx *c, uint32_t i, int bit) {
  return is_word(c, i, bit);
}

static bool is_punct(const ctx *c, uint32_t i, unsigned mask) {
  return c->ti[i].punct & mask;
}

/* P_* bits of token i. */
static uint8_t punct_bits(const ctx *c, uint32_t i) {
  const el_token *t = tok(c, i);
  if (!(t->flags & EL_TOK_PUNCT) || t->end - t->start != 1) return 0;
  switch (c->doc->text[t->start]) {
    case ',':
      return P_COMMA;
    case ';':
      return P_SEMI;
    case ':':
      return P_COLON;
    case '$':
      return P_DOLLAR;
    case '(':
      return P_LPAREN;
    case ')':
      return P_RPAREN;
    case '-':
      return P_HYPHEN;
    case '\0':
      return 0xff; /* as strchr() matched it */
    default:
      return 0;
  }
}

static bool is_punct_any(const ctx *c, uint32_t i) {
  return tok(c, i)->flags & EL_TOK_PUNCT;
}

static const char *const determiners[] = {
    "the", "a",  "an",      "their", "his",  "her",     "its",  "our",  "this",  "these", "those",
    "any", "no", "another", "other", "such", "several", "many", "some", "every", NULL};
static const char *const connectors[] = {"and",  "or",  "&",   "the",   "both", "as",
                                         "well", "his", "her", "their", "nor",  NULL};
static const char *const non_source_preps[] = {
    "in",      "at",      "from",    "into",       "near",   "with",    "to",
    "against", "on",      "for",     "between",    "during", "across",  "along",
    "over",    "under",   "than",    "about",      "toward", "towards", "within",
    "inside",  "outside", "through", "throughout", "via",    "like",    NULL};
static const char *const nominal_preps[] = {"of",   "against", "on",      "with",      "to",
                                            "for",  "toward",  "towards", "targeting", "over",
                                            "upon", "between", NULL};
static const char *const clause_breaks[] = {
    "that", "which", "who",    "whom", "whose", "because", "although", "though", "while", "whereas",
    "but",  "after", "before", "when", "since", "until",   "unless",   "if",     NULL};
static const char *const rel_pronouns[] = {"who", "which", "whom", "whose", NULL};
static const char *const rel_subject[] = {"who", "which", "that", NULL};
static const char *const day_words[] = {"monday",   "tuesday",   "wednesday", "thursday",
                                        "friday",   "saturday",  "sunday",    "today",
                                        "tomorrow", "yesterday", NULL};
/* number words and quantities that open a noun phrase ("of two
 * journalists", "of dozens of") */
static const char *const quantities[] = {
    "two",     "three", "four", "five",   "six",      "seven",     "eight", "nine",     "ten",
    "several", "some",  "many", "dozens", "hundreds", "thousands", "dozen", "numerous", NULL};
/* finite auxiliaries: a word right before one heads its subject ("a
 * power plant was hit", "the attacks were condemned") */
static const char *const finite_aux[] = {"was", "were", "is", "are", "has", "had", NULL};
/* what a warning threatens the warned with ("X better watch out": the
 * idiom's "better" says it) */
static const char *const threat_words[] = {
    "consequences",    "consequence", "retaliate", "retaliation", "retaliatory",
    "countermeasures", "response",    "respond",   "price",       "punish",
    "punishment",      "force",       "better",    NULL};
/* acts of a state against persons, named by a noun */
static const char *const held_nouns[] = {
    "arrest",       "arrests",   "detention",  "detentions",  "jailing",
    "imprisonment", "execution", "executions", "deportation", NULL};
/* unnamed crowds, the subjects of demonstrations */
static const char *const crowds[] = {"protesters", "protestors", "demonstrators", "crowds",
                                     "crowd",      "marchers",   "rioters",       "activists",
                                     "students",   "residents",  "people",        NULL};
static const char *const degree_adverbs[] = {"very", "too",  "quite", "rather", "so",
                                             "more", "most", "less",  "least",  NULL};

static const char *const stative[] = {"remain", "remains", "remained", "remaining", NULL};
/* "defeated X in the run-off", "beat X at the polls": winning a vote is
 * no use of force (CAMEO has no electoral code) */
static const char *const contest[] = {"defeat", "defeats", "defeated", "defeating", "beat",
                                      "beats",  "beating", "beaten",   "trounce",   "trounced",
                                      "routed", "crushed", "unseat",   "unseated",  "outpolled",
                                      "edged",  NULL};
/* nouns a pattern word can modify instead of naming the act: "detained
 * an aid worker" is no WITHHOLD * AID */
static const char *const person_heads[] = {
    "worker",       "workers",       "official",     "officials",
    "agency",       "agencies",      "group",        "groups",
    "organization", "organizations", "organisation", "organisations",
    "staff",        "volunteer",     "volunteers",   NULL};
static const char *const electoral[] = {
    "election",  "elections",  "electoral", "run-off",  "runoff",      "runoffs",    "vote",
    "votes",     "voters",     "poll",      "polls",    "ballot",      "ballots",    "primary",
    "primaries", "referendum", "caucus",    "caucuses", "re-election", "reelection", NULL};

/* words heading an adjunct of their own: a pattern's later word found past
 * one belongs to that adjunct ("warned against any intervention following
 * the recent strikes" is no WARN * (AGAINST STRIKE)) */
static const char *const adjunct_heads[] = {"following", "amid",  "amidst", "despite", "after",
                                            "before",    "since", "until",  "during",  NULL};

static el_status register_coder_lists(verb_dict *vd);
/* words before a noun of an act that is still to come */
static const char *const prospective[] = {"ahead",    "upcoming",    "planned",   "expected",
                                          "proposed", "forthcoming", "potential", "possible",
                                          "future",   "prospective", NULL};

el_status events_register_classes(verb_dict *vd) {
  static const struct {
    const char *const *list;
    uint16_t bit;
  } sets[] = {{determiners, EV_C_DET},        {connectors, EV_C_CONN},
              {non_source_preps, EV_C_NOSRC}, {nominal_preps, EV_C_NOMPREP},
              {clause_breaks, EV_C_BREAK},    {rel_pronouns, EV_C_REL},
              {day_words, EV_C_DAY},          {degree_adverbs, EV_C_DEGREE},
              {stative, EV_C_STATIVE},        {contest, EV_C_CONTEST},
              {electoral, EV_C_ELECTORAL},    {person_heads, EV_C_PERSON_HEAD},
              {adjunct_heads, EV_C_ADJUNCT}};
  for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++)
    for (const char *const *w = sets[k].list; *w; w++) {
      el_status st = vd_add_class(vd, *w, sets[k].bit);
      if (st != EL_OK) return st;
    }
  el_status st = events_register_mood_lists(vd);
  return st == EL_OK ? register_coder_lists(vd) : st;
}

static bool has_cls(const ctx *c, uint32_t i, uint16_t bit) {
  return c->ti[i].cls & bit;
}

/* Lowercase word lookup, with the possessive stripped. */
static inline __attribute__((always_inline)) void lookup_token(ctx *c, uint32_t i) {
  const el_token *t = tok(c, i);
  tokinfo *ti = &c->ti[i];
  ti->id = ti->sing = -1;
  if (!(t->flags & EL_TOK_WORD)) return;
  const char *s = c->doc->text + t->start;
  size_t n = t->end - t->start;
  if (n > 2 && s[n - 2] == '\'' && (s[n - 1] == 's' || s[n - 1] == 'S')) {
    n -= 2;
    ti->poss = true;
  } else if (n > 4 && memcmp(s + n - 4, "\xE2\x80\x99s", 4) == 0) {
    n -= 4;
    ti->poss = true;
  } else if (n > 3 && s[n - 1] == '\'' && (s[n - 2] == 's' || s[n - 2] == 'S')) {
    n -= 1; /* "the Cook Islands' deal": a plural's possessive */
    ti->poss = true;
  }
  if (n == 0 || n > 64) return;
  ti->id = vd_word_id(c->vd, s, n);
  if (n > 3 && (s[n - 1] == 's' || s[n - 1] == 'S') && (i == 0 || !(t->flags & EL_TOK_CAP))) {
    /* (c | 0x20) folds ASCII case: the suffix tests without strncasecmp() */
    if (n > 4 && (s[n - 3] | 0x20) == 'i' && (s[n - 2] | 0x20) == 'e') {
      char buf[72];
      memcpy(buf, s, n - 3);
      memcpy(buf + n - 3, "y", 2);
      ti->sing = vd_word_id(c->vd, buf, n - 2);
    }
    if (ti->sing < 0 && (s[n - 2] | 0x20) == 'e') ti->sing = vd_word_id(c->vd, s, n - 2);
    if (ti->sing < 0) ti->sing = vd_word_id(c->vd, s, n - 1);
  }
  if (ti->id >= 0) ti->cls = c->vd->wclass[ti->id];
  if (ti->id >= 0) c->synbits |= c->vd->wsyn[ti->id];
  if (ti->sing >= 0) c->synbits |= c->vd->wsyn[ti->sing];
  if (ti->id >= 0) c->bloom[(uint32_t)ti->id % BLOOM_BITS / 64] |= 1ull << ((uint32_t)ti->id % 64);
  if (ti->sing >= 0)
    c->bloom[(uint32_t)ti->sing % BLOOM_BITS / 64] |= 1ull << ((uint32_t)ti->sing % 64);
}

/* Word-list bits of token i's exact text; the word id found by
 * lookup_token is reused when it was looked up on the same text. */
static uint64_t token_lists(const ctx *c, uint32_t i) {
  const el_token *t = tok(c, i);
  size_t n = t->end - t->start;
  int32_t id;
  if ((t->flags & EL_TOK_WORD) && !c->ti[i].poss && n <= 64)
    id = c->ti[i].id;
  else
    id = n <= 64 ? vd_word_id(c->vd, c->doc->text + t->start, n) : -1;
  return id >= 0 ? c->vd->wlists[id] : 0;
}

static bool bloom_has(const ctx *c, int32_t id) {
  return c->bloom[(uint32_t)id % BLOOM_BITS / 64] & (1ull << ((uint32_t)id % 64));
}

/* Every further word of pattern p, and a first word of each of its
 * synsets, may be in the sentence. */
static bool bloom_has_all(const ctx *c, const vd_pattern *p) {
  if (p->synneed & ~c->synbits) return false;
  for (uint8_t k = 0; k < p->nneeds; k++)
    if (!bloom_has(c, p->needs[k])) return false;
  return true;
}

/* ---- actor groups ---------------------------------------------------------- */

/* Mention b restates mention a: adjacent ("Venezuelan leader" "Vega"),
 * or a nationality and a name of the same country with up to two lowercase
 * words and a comma between ("Chilean counterpart, Ana Ruiz"). */
/* Token k is the first comma of a sentence that opens with a subordinate
 * clause or an attribution ("After X imposed ..., Y summoned", "According
 * to the Kremlin, A and B ..."): it closes that clause, so no apposition or
 * list runs across it. */
static bool fronted_comma(const ctx *c, uint32_t k) {
  if (!is_punct(c, k, P_COMMA)) return false;
  if (!has_cls(c, 0, EV_C_BREAK) && !tok_text_is(c, 0, "after") && !tok_text_is(c, 0, "according"))
    return false;
  for (uint32_t q = 0; q < k; q++)
    if (is_punct(c, q, P_COMMA)) return false;
  return true;
}

static bool appositive(const ctx *c, const el_actor_mention *a, const el_actor_mention *b,
                       uint32_t ae, uint32_t bb) {
  if (bb == ae) return true;
  if (strlen(a->code) != 3 || strncmp(a->code, b->code, 3) != 0 || bb - ae > 3) return false;
  int words = 0;
  for (uint32_t k = ae; k < bb; k++) {
    const el_token *t = tok(c, k);
    if (is_punct(c, k, P_COMMA)) {
      if (fronted_comma(c, k)) return false;
      continue;
    }
    /* a dictionary verb between is the clause's verb, not a role noun
     * ("South Korean prosecutors indicted former President X") */
    bool verb = c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0;
    if (!(t->flags & EL_TOK_WORD) || (t->flags & EL_TOK_CAP) || c->ti[k].cls || verb || ++words > 2)
      return false;
  }
  return words > 0;
}

/* "A's sheep and goats of B", "A's farmers and the fishermen of B": two
 * coordinated nouns, the first owned by the actor before, the second "of"
 * the actor at b; each conjunct stands for its actor, so the two act
 * together.  Tokens ae..b hold only the plain nouns, the conjunction, a
 * determiner and the final "of". */
static bool possessor_conjuncts(const ctx *c, uint32_t ae, uint32_t b) {
  if (ae == 0) return false;
  bool apos = is_word(c, ae - 1, W_APOS_S) || is_word(c, ae - 1, W_RSQUO_S);
  if (!(c->ti[ae - 1].poss || apos) || b < ae + 4 || !is_word(c, b - 1, W_OF)) return false;
  uint32_t k = ae;
  int before = 0, after = 0;
  bool conj = false;
  for (; k + 1 < b; k++) {
    if (!conj && (is_word(c, k, W_AND) || is_word(c, k, W_OR))) {
      conj = true;
      continue;
    }
    if (conj && after == 0 && has_cls(c, k, EV_C_DET)) continue;
    const el_token *t = tok(c, k);
    if (!(t->flags & EL_TOK_WORD) || (t->flags & EL_TOK_CAP) || c->ti[k].cls ||
        (c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0))
      return false;
    int *count = conj ? &after : &before;
    if (++*count > 2) return false;
  }
  return conj && before > 0 && after > 0;
}

static el_status build_groups(ctx *c, int32_t sent_index) {
  const el_doc *d = c->doc;
  uint32_t gb = c->s->tok_begin;
  int32_t last = -1; /* last member mention kept */
  (void)sent_index;
  /* mentions sorted by token (c->order); skip those before the sentence */
  while (c->cursor < c->norder && c->order[c->cursor].b < gb) c->cursor++;
  for (size_t o = c->cursor; o < c->norder && c->order[o].b < gb + c->n; o++) {
    size_t m = (size_t)c->order[o].idx;
    const el_actor_mention *am = &d->actors.v[m];
    if (am->tok_begin < gb || am->tok_end > gb + c->n || am->tok_end <= am->tok_begin) continue;
    if (!am->code[0]) continue;
    uint32_t b = am->tok_begin - gb, e = am->tok_end - gb;
    if (last >= 0) {
      const el_actor_mention *lm = &d->actors.v[last];
      uint32_t le = lm->tok_end - gb;
      if (b == lm->tok_begin - gb && e == le && strcmp(am->code, lm->code) != 0 &&
          c->groups[c->ngroups - 1].b == b) {
        /* a compound resolved to several actors on one span ("the two
         * leaders"): members of one group */
        c->members[c->nmembers++] = (int32_t)m;
        c->groups[c->ngroups - 1].n++;
        last = (int32_t)m;
        continue;
      }
      if (b < le) { /* overlap: keep the longer code */
        if (strlen(am->code) > strlen(lm->code)) c->members[c->nmembers - 1] = (int32_t)m;
        group *g = &c->groups[c->ngroups - 1];
        if (e > g->e) g->e = e;
        continue;
      }
      if (c->groups[c->ngroups - 1].n >= 1 && !c->ti[le - 1].poss && appositive(c, lm, am, le, b)) {
        /* adjacent ("Venezuelan leader" + "Vega"): one entity */
        if (b != le || strlen(am->code) >= strlen(lm->code))
          c->members[c->nmembers - 1] = (int32_t)m;
        c->groups[c->ngroups - 1].e = e;
        last = (int32_t)m;
        continue;
      }
    }
    /* joined to the previous group by "and", "or", commas? */
    bool join = false;
    if (c->ngroups > 0) {
      group *g = &c->groups[c->ngroups - 1];
      bool owned = b > g->e && possessor_conjuncts(c, g->e, b);
      bool has_conj = owned, has_comma = false, ok = b > g->e && (!c->ti[g->e - 1].poss || owned);
      int modifiers = 0;
      for (uint32_t k = g->e; ok && !owned && k < b; k++) {
        if (is_punct(c, k, P_COMMA)) {
          if (fronted_comma(c, k)) ok = false;
          has_comma = true;
          continue;
        }
        if (has_cls(c, k, EV_C_CONN)) {
          if (is_word(c, k, W_AND) || is_word(c, k, W_OR) || is_word(c, k, W_AMP) ||
              is_word(c, k, W_NOR))
            has_conj = true;
          continue;
        }
        /* "A and the evil awful B": up to two plain modifiers after "and" */
        const el_token *t = tok(c, k);
        if ((has_conj || has_comma) && (t->flags & EL_TOK_WORD) && !(t->flags & EL_TOK_CAP) &&
            !c->ti[k].cls && !(c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0) &&
            ++modifiers <= 2)
          continue;
        ok = false;
      }
      /* a comma-only join must end in "and"/"or" later: checked by requiring a
       * conjunction here or in a following gap; keep it simple: need one now
       * unless the next gap has one */
      if (ok && !has_conj) {
        /* a comma list must end in "and"/"or": "France, Belgium, the
         * Netherlands, and Luxembourg" */
        ok = false;
        int plain = 0;
        for (uint32_t k = e; k < c->n && k < e + 12; k++) {
          if (is_word(c, k, W_AND) || is_word(c, k, W_OR)) {
            ok = true;
            break;
          }
          const el_token *t = tok(c, k);
          if (is_punct(c, k, P_COMMA) || has_cls(c, k, EV_C_CONN) || (t->flags & EL_TOK_CAP))
            continue;
          /* ", the awful Fornost, and": plain modifiers inside the list */
          if ((t->flags & EL_TOK_WORD) && !c->ti[k].cls &&
              !(c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0) && ++plain <= 2)
            continue;
          break;
        }
      }
      /* "criticized Ecuador, and Nicaragua said ...": ", and" after a lone
       * actor, before a verb, coordinates clauses, not a list of two */
      if (ok && has_comma && has_conj && g->n == 1 && e < c->n &&
          (tok(c, e)->flags & EL_TOK_WORD) && !(tok(c, e)->flags & EL_TOK_CAP) &&
          (skip_filler(c, e) || (c->ti[e].id >= 0 && c->vd->form_head[c->ti[e].id] >= 0)))
        ok = false;
      join = ok;
    }
    c->members[c->nmembers++] = (int32_t)m;
    if (join) {
      group *g = &c->groups[c->ngroups - 1];
      g->n++;
      g->e = e;
    } else {
      group *g = &c->groups[c->ngroups++];
      g->b = b;
      g->e = e;
      g->first = c->nmembers - 1;
      g->n = 1;
    }
    last = (int32_t)m;
  }
  for (int32_t g = 0; g < c->ngroups; g++) {
    for (uint32_t k = c->groups[g].b; k < c->groups[g].e; k++) c->ti[k].group = g;
    c->groups[g].aside = c->ti[c->groups[g].b].aside;
  }
  return EL_OK;
}

static const char *const adjunct[] = {"following", "after", "despite", "amid", "during",
                                      "before",    "since", "unlike",  NULL};
static bool plain_word(const ctx *c, uint32_t k);

/* A lowercase "-ing" word ("speaking", "opening"). */
static bool participle_ing(const ctx *c, uint32_t i) {
  const el_token *t = tok(c, i);
  size_t n = t->end - t->start;
  return (t->flags & EL_TOK_WORD) && !(t->flags & EL_TOK_CAP) && n > 5 &&
         strncmp(c->doc->text + t->end - 3, "ing", 3) == 0;
}

/* After the comma at k, the main verb: a lowercase word with a verb entry,
 * past "also" or an "-ly" adverb ("..., also welcomed", "..., accused"). */
static bool verb_after_comma(const ctx *c, uint32_t k) {
  for (uint32_t q = k + 1; q < c->n && q <= k + 3; q++) {
    const el_token *t = tok(c, q);
    size_t n = t->end - t->start;
    if (!(t->flags & EL_TOK_WORD) || (t->flags & EL_TOK_CAP)) return false;
    if (text_token_is(c->doc, t, "also") ||
        (n > 3 && strncasecmp(c->doc->text + t->end - 2, "ly", 2) == 0))
      continue;
    return c->ti[q].id >= 0 && c->vd->form_head[c->ti[q].id] >= 0;
  }
  return false;
}

/* A comma closes the phrase at i before the sentence ends, and the main
 * verb follows it ("X, speaking in Y, accused"; not "..., agreeing to
 * swap 1,000 prisoners"). */
static bool closed_by_comma(const ctx *c, uint32_t i) {
  for (uint32_t k = i + 1; k < c->n; k++) {
    if (is_punct(c, k, P_COMMA)) return verb_after_comma(c, k);
    if (is_punct(c, k, P_SEMI | P_COLON)) return false;
  }
  return false;
}

/* A comma closes the phrase at i within n tokens, before any verb form
 * ("Turkey, a NATO member, said"; not "Kenya, a country that hosts ..."). */
static bool comma_within(const ctx *c, uint32_t i, uint32_t n) {
  for (uint32_t k = i + 1; k < c->n && k <= i + n; k++) {
    if (is_punct(c, k, P_COMMA)) return verb_after_comma(c, k);
    if (is_punct(c, k, P_SEMI | P_COLON) || has_cls(c, k, EV_C_REL)) return false;
  }
  return false;
}

/* Mark relative clauses (", who ...,") and "according to X" as asides. */
static void mark_asides(ctx *c) {
  int32_t next = 1;
  for (uint32_t i = 0; i < c->n; i++) {
    bool rel = i > 0 && is_punct(c, i - 1, P_COMMA) && has_cls(c, i, EV_C_REL);
    bool acc = is_word(c, i, W_ACCORDING) && i + 1 < c->n && is_word(c, i + 1, W_TO);
    /* ", following X's capture," ", including Y,": adjuncts */
    bool adj = i > 0 && is_punct(c, i - 1, P_COMMA) && is_any(c, i, L_ADJUNCT);
    /* "Zelenskiy, speaking in the Albanian capital on Friday, accused":
     * a participle set off by commas after the subject; the place it
     * names is not the subject */
    bool part = i > 1 && is_punct(c, i - 1, P_COMMA) && (tok(c, i - 2)->flags & EL_TOK_WORD) &&
                participle_ing(c, i) && closed_by_comma(c, i);
    /* "Russia, Armenia's traditional ally, welcomed", "Turkey, a NATO
     * member, said": an appositive naming another actor is no subject */
    bool appos =
        i > 1 && is_punct(c, i - 1, P_COMMA) && (tok(c, i - 2)->flags & EL_TOK_CAP) &&
        ((c->ti[i].poss && (tok(c, i)->flags & EL_TOK_CAP)) ||
         text_token_is(c->doc, tok(c, i), "a") || text_token_is(c->doc, tok(c, i), "an")) &&
        comma_within(c, i, 8);
    if (!rel && !acc && !adj && !part && !appos) continue;
    int32_t id = next++;
    uint32_t k = i;
    for (; k < c->n && !(k > i && is_punct(c, k, P_COMMA | P_SEMI | P_COLON)); k++)
      c->ti[k].aside = id;
    i = k;
  }
}

/* ---- pattern matching ------------------------------------------------------ */

/* x is in the sorted array v[0..n): bsearch() inlined, this runs per
 * token and pattern element. */
static bool sorted_has(const int32_t *v, int32_t n, int32_t x) {
  int32_t lo = 0, hi = n;
  while (lo < hi) {
    int32_t mid = lo + (hi - lo) / 2;
    if (v[mid] == x) return true;
    if (v[mid] < x)
      lo = mid + 1;
    else
      hi = mid;
  }
  return false;
}

/* "to" before a verb's base form marks an infinitive, not the preposition
 * of a pattern's "(TO X)" ("welcomed the decision to release"). */
static bool infinitive_to(const ctx *c, uint32_t i) {
  if (i + 1 >= c->n || !is_word(c, i, W_TO)) return false;
  const el_token *t = tok(c, i + 1);
  int32_t id = c->ti[i + 1].id;
  if (id < 0 || c->vd->form_head[id] < 0 || (t->flags & EL_TOK_CAP)) return false;
  size_t n = t->end - t->start;
  const char *s = c->doc->text + t->start;
  if (n > 1 && (s[n - 1] == 's' || s[n - 1] == 'S')) return false; /* "to talks" */
  if (n > 3 && strncasecmp(s + n - 2, "ed", 2) == 0) return false;
  if (n > 4 && strncasecmp(s + n - 3, "ing", 3) == 0) return false;
  return true;
}

/* Length of the element's match starting at token i, 0 if none. */
static int elem_match(const ctx *c, const vd_elem *e, uint32_t i) {
  if (i >= c->n) return 0;
  const tokinfo *t = &c->ti[i];
  if (e->kind == VD_WORD)
    return (t->id == e->id || (t->sing == e->id && !c->exact_pattern_words)) && !infinitive_to(c, i)
               ? 1
               : 0;
  if (e->kind == VD_SYNSET) {
    const vd_synset *ss = &c->vd->synsets.v[e->id];
    bool ex = c->exact_pattern_words;
    uint64_t bit = 1ull << ((uint32_t)e->id % 64); /* wsyn: most words start no phrase */
    if (!ss->first ||
        ((t->id < 0 || !(c->vd->wsyn[t->id] & bit) || !sorted_has(ss->first, ss->nfirst, t->id)) &&
         (ex || t->sing < 0 || !(c->vd->wsyn[t->sing] & bit) ||
          !sorted_has(ss->first, ss->nfirst, t->sing))))
      return 0;
    int best = 0;
    for (int32_t p = 0; p < ss->n; p++) {
      const vd_phrase *ph = &ss->ph[p];
      if (ph->n <= best || i + ph->n > c->n) continue;
      int k = 0;
      for (; k < ph->n; k++) {
        const tokinfo *u = &c->ti[i + (uint32_t)k];
        if (u->id != ph->ids[k] && (ex || u->sing != ph->ids[k])) break;
      }
      if (k == ph->n) best = ph->n;
    }
    return best;
  }
  return 0;
}

/* Element k of pattern p at token i: an infinitive "to" still matches a
 * pattern's TO when the pattern's next word is that verb ("asked X to
 * mediate" is ASK * (TO MEDIATE)). */
static int elem_match_in(const ctx *c, const vd_pattern *p, uint16_t k, uint32_t i) {
  int len = elem_match(c, &p->el[k], i);
  if (len == 0 && p->el[k].kind == VD_WORD && c->ti[i].id == p->el[k].id && k + 1 < p->n &&
      infinitive_to(c, i) && elem_match(c, &p->el[k + 1], i + 1) > 0)
    len = 1;
  return len;
}

typedef struct {
  uint32_t b, e; /* matched span */
  int32_t src_mark, tgt_mark;
  uint32_t mt[VD_MATCHED_MAX]; /* tokens matched after the verb */
  int nmt;
  int inexact; /* pattern words matched only through a plural ("diplomats" ~ DIPLOMAT) */
} match;

/* "on Monday", "today": a time adjunct between pattern words ("vowed
 * on Monday to seek revenge") */
static bool day_adjunct(const ctx *c, uint32_t q) {
  return has_cls(c, q, EV_C_DAY) ||
         (q + 1 < c->n && has_cls(c, q + 1, EV_C_DAY) && is_word(c, q, W_ON));
}

/* A token that ends a noun phrase for '^': punctuation, a preposition, a
 * clause word, "and"/"or", or no word at all. */
static bool np_boundary(const ctx *c, uint32_t q) {
  return !(tok(c, q)->flags & EL_TOK_WORD) ||
         has_cls(c, q, EV_C_NOSRC | EV_C_NOMPREP | EV_C_BREAK) || is_word(c, q, W_BY) ||
         is_word(c, q, W_AND) || is_word(c, q, W_OR);
}

/* '^' after the verb skips the next noun phrase, an actor or not ("warned
 * their people about X", "celebrated the feast in X with Y"): up to two
 * prepositions, then words and actor names up to the next boundary.
 * Returns its exclusive end, 0 if there is none before hi. */
static uint32_t skipped_np_after(const ctx *c, uint32_t pos, uint32_t hi, const vd_elem *next) {
  uint32_t q = pos;
  for (int preps = 0; q < hi && c->ti[q].group < 0 && np_boundary(c, q); q++)
    if (!(tok(c, q)->flags & EL_TOK_WORD) || has_cls(c, q, EV_C_BREAK) || ++preps > 2) return 0;
  bool word_next = next && (next->kind == VD_WORD || next->kind == VD_SYNSET);
  uint32_t e = q;
  while (e < hi && e - q < 8) {
    int32_t g = c->ti[e].group;
    if (g >= 0)
      e = c->groups[g].e;
    else if (np_boundary(c, e) || (e > q && word_next && elem_match(c, next, e) > 0))
      break; /* "repeated its OPPOSITION": the next pattern word ends it */
    else
      e++;
  }
  return e > q ? e : 0;
}

/* '^' before the verb ("X in the capital warned"): the noun phrase
 * ending at pos, past auxiliaries and adverbs; returns its start, or pos
 * itself if there is none. */
static uint32_t skipped_np_before(const ctx *c, uint32_t pos) {
  uint32_t q = pos;
  while (q > 0 && c->ti[q - 1].group < 0 && skip_filler(c, q - 1)) q--;
  uint32_t b = q;
  while (b > 0 && q - b < 8) {
    int32_t g = c->ti[b - 1].group;
    if (g >= 0)
      b = c->groups[g].b;
    else if (!np_boundary(c, b - 1))
      b--;
    else
      break;
  }
  return b < q ? b : pos;
}

/* "demanded after the ceremony that X withdraw": a short adjunct of time
 * right after the verb, before its "that" clause, is skipped; the "that"
 * past it, else pos itself. */
static uint32_t that_past_adjunct(const ctx *c, uint32_t pos) {
  if (pos + 3 >= c->n || !has_cls(c, pos, EV_C_ADJUNCT) || !has_cls(c, pos + 1, EV_C_DET))
    return pos;
  uint32_t q = pos + 2;
  while (q < c->n && q < pos + 5 && (tok(c, q)->flags & EL_TOK_WORD) &&
         !(tok(c, q)->flags & EL_TOK_CAP) && c->ti[q].group < 0 && !is_word(c, q, W_THAT))
    q++;
  return q > pos + 2 && q < c->n && is_word(c, q, W_THAT) ? q : pos;
}

static bool match_pattern(const ctx *c, const vd_pattern *p, uint32_t vb, uint32_t ve, uint32_t hi,
                          match *m) {
  m->b = vb;
  m->e = ve;
  m->src_mark = m->tgt_mark = -1;
  m->nmt = 0;
  m->inexact = 0;
  uint32_t pos = that_past_adjunct(c, ve);
  for (uint16_t k = p->verb + 1; k < p->n; k++) {
    const vd_elem *e = &p->el[k];
    if (e->kind == VD_SOURCE || e->kind == VD_TARGET) {
      if (e->kind == VD_SOURCE)
        m->src_mark = (int32_t)pos;
      else
        m->tgt_mark = (int32_t)pos;
      continue;
    }
    if (e->kind == VD_SKIP) {
      uint32_t end = skipped_np_after(c, pos, hi, k + 1 < p->n ? &p->el[k + 1] : NULL);
      if (!end) return false;
      pos = m->e = end;
      continue;
    }
    /* determiners and numbers do not use up the gap ("signed an 800
     * million ducat trade protocol") */
    int budget = e->glued ? 1 : POST_GAP;
    int len = 0;
    uint32_t q = pos;
    bool clause = false; /* the gap went past "that" */
    for (; q < hi && budget > 0; q++) {
      if (is_punct(c, q, P_COMMA)) break; /* the object ends at a comma */
      /* nor does an actor in between ("granted Ukraine ... aid"), a
       * currency sign or a quote mark ("called him a \"liar\"") */
      if (!has_cls(c, q, EV_C_DET) && !(tok(c, q)->flags & EL_TOK_NUM) && c->ti[q].group < 0 &&
          !is_punct(c, q, P_DOLLAR) && !(tok(c, q)->flags & EL_TOK_QUOTE) && !day_adjunct(c, q))
        budget--;
      /* a preposition heading a time expression is not the pattern's
       * ("called her counterpart on Friday" is not CALL * (ON)) */
      /* nor are lowercase modifiers inside an actor's name ("arrested
       * Bolivian drug traffickers" is not ARREST * DRUG); its head noun or
       * title is ("received the Syrian leader", "received President X") */
      /* a lowercase title before the name is ("received army chief X") */
      /* ... and so is a head noun opening the actor ("received a delegation
       * from X") */
      bool modifier = c->ti[q].group >= 0 && q + 1 < c->groups[c->ti[q].group].e &&
                      q != c->groups[c->ti[q].group].b && !(tok(c, q)->flags & EL_TOK_CAP) &&
                      !((tok(c, q + 1)->flags & EL_TOK_CAP) && !c->ti[q].cls);
      /* nor a word modifying a person noun ("aid worker"), unless the
       * pattern names the pair ("embassy officials") */
      bool person_mod =
          q + 1 < hi && has_cls(c, q + 1, EV_C_PERSON_HEAD) && !(tok(c, q)->flags & EL_TOK_CAP);
      if (!c->ti[q].consumed && !modifier && (len = elem_match_in(c, p, k, q)) > 0 &&
          (!person_mod || len >= 2) &&
          !(q + 1 < c->n && c->ti[q + 1].timex && !c->ti[q].timex && c->ti[q].cls))
        break;
      len = 0;
      if (e->glued) break;
      /* nor past a noun of a NOUN block and its "of" ("contributed to a
       * revocation of his visa" is not CONTRIBUTE * VISA): what follows
       * belongs to that noun */
      if (q > pos && is_word(c, q, W_OF) && noun_entry(c, q - 1)) break;
      /* nor past the verb of a clause of its own ("complained that X had
       * violated the ceasefire" is a complaint, not COMPLAIN * CEASEFIRE;
       * "allowed that X isn't a pleasant place" has no verb of its own) */
      if (q > pos && has_cls(c, q, EV_C_ADJUNCT)) break;
      /* nor past a modal or "will" ("said it will attack X" announces an
       * attack, it is not SAY * ATTACK): a verb group of its own */
      if (is_any(c, q, EV_L_MODAL) || is_any(c, q, EV_L_FUTURE)) break;
      if (is_word(c, q, W_THAT) || is_word(c, q, W_WHETHER))
        clause = true;
      else if (clause && c->ti[q].id >= 0 && c->vd->form_head[c->ti[q].id] >= 0)
        break;
      /* "said Indian troops had violated the ceasefire": an actor and a
       * finite verb open a reported clause without "that" */
      if (q > pos && c->ti[q - 1].group >= 0 && c->ti[q].group < 0 &&
          (is_any(c, q, L_FINITE_AUX) ||
           (past_form(c, q) && c->ti[q].id >= 0 && c->vd->form_head[c->ti[q].id] >= 0)))
        break;
    }
    if (!len) return false;
    if (e->kind == VD_WORD && c->ti[q].id != e->id) m->inexact++;
    for (int l = 0; l < len && m->nmt < VD_MATCHED_MAX; l++) m->mt[m->nmt++] = q + (uint32_t)l;
    pos = q + (uint32_t)len;
    m->e = pos;
  }
  pos = vb; /* exclusive end of the pre part */
  /* "two Russian diplomats were expelled": in a passive, the head noun of
   * the subject may be the pattern word before the verb */
  bool passive_verb = vb > 0 && is_any(c, vb - 1, EV_L_BE);
  for (int k = (int)p->verb - 1; k >= 0; k--) {
    const vd_elem *e = &p->el[k];
    bool glued_right = p->el[k + 1].glued;
    if (e->kind == VD_SOURCE || e->kind == VD_TARGET) {
      if (e->kind == VD_SOURCE)
        m->src_mark = (int32_t)pos;
      else
        m->tgt_mark = (int32_t)pos;
      continue;
    }
    if (e->kind == VD_SKIP) {
      uint32_t start = skipped_np_before(c, pos);
      if (start == pos) return false;
      pos = m->b = start;
      continue;
    }
    bool found = false;
    uint32_t lo = pos > PRE_WINDOW ? pos - PRE_WINDOW : 0;
    for (uint32_t q = pos; q > lo && !found;) {
      q--;
      /* words of the subject's own name ("the military junta arrested")
       * are not pattern words */
      bool head = passive_verb && c->ti[q].group >= 0 && c->groups[c->ti[q].group].e == q + 1 &&
                  !(tok(c, q)->flags & EL_TOK_CAP);
      int len = c->ti[q].group >= 0 && !head ? 0 : elem_match(c, e, q);
      if (len > 0 && q + (uint32_t)len <= pos && (!glued_right || q + (uint32_t)len == pos)) {
        pos = q;
        found = true;
      }
      /* glued: only a phrase ending right at pos may match ("REALLY DID
       * NOT" before "_EVER"); its start is up to its length back */
      if (glued_right && pos - q >= 4) break;
    }
    if (!found) return false;
    m->b = pos;
  }
  return true;
}

/* ---- triggers --------------------------------------------------------------- */

static bool verb_glue_ok(const ctx *c, const vd_verb *v, uint32_t i) {
  if (v->npre > i || i + 1 + v->npost > c->n) return false;
  for (uint16_t k = 0; k < v->npre; k++)
    if (c->ti[i - v->npre + k].id != v->pre[k]) return false;
  for (uint16_t k = 0; k < v->npost; k++)
    if (c->ti[i + 1 + k].id != v->post[k]) return false;
  return true;
}

/* A verb form used as a noun modifier ("a trade dispute", "peace talks"):
 * itself preceded by a determiner. */
static bool nominal_modifier(const ctx *c, uint32_t j) {
  return j > 0 && (has_cls(c, j - 1, EV_C_DET) || c->ti[j - 1].poss);
}

static const char *const irregular[] = {
    "left",  "met",   "held",  "made",   "took",     "sent",   "gave", "struck", "fought",
    "shot",  "told",  "said",  "sought", "won",      "led",    "fled", "began",  "broke",
    "drove", "threw", "wrote", "spoke",  "brought",  "caught", "kept", "lost",   "paid",
    "sold",  "stood", "beat",  "flew",   "withdrew", NULL};
/* Past-tense form: "-ed" or a common irregular past. */
static bool past_form(const ctx *c, uint32_t i) {
  const el_token *t = tok(c, i);
  size_t n = t->end - t->start;
  if (n > 4 && strncasecmp(c->doc->text + t->end - 2, "ed", 2) == 0) return true;
  return is_any(c, i, L_IRREGULAR);
}

/* A word after a degree adverb ("very near", "too late", "more
 * open") is an adjective or adverb, not a verb. */
static bool intensified(const ctx *c, uint32_t i) {
  return i > 0 && has_cls(c, i - 1, EV_C_DEGREE);
}

static const char *const same_as_base[] = {"hit",  "cut",    "put",  "set",  "hurt", "shut",
                                           "beat", "spread", "cast", "quit", "bid",  NULL};
/* A past participle ("arrested", "seen", "struck", "hit"), so "was X" is
 * passive; not an adjective ("was ready to") or a gerund ("was meeting"). */
static bool participle_form(const ctx *c, uint32_t i) {
  const el_token *t = tok(c, i);
  size_t n = t->end - t->start;
  const char *x = c->doc->text + t->end;
  if (past_form(c, i) || is_any(c, i, L_SAME_AS_BASE)) return true;
  return n > 3 && (strncasecmp(x - 2, "en", 2) == 0 || strncasecmp(x - 2, "wn", 2) == 0);
}

static const char *const nominal_ctx_preps[] = {
    "after",   "before", "following", "during", "amid", "despite", "since", "of",      "for",
    "without", "about",  "in",        "on",     "over", "at",      "into",  "against", NULL};
static bool nominal_context(const ctx *c, uint32_t i) {
  /* "a Ukrainian power plant was hit": no finite verb right before one */
  if (i + 1 < c->n && is_any(c, i + 1, L_FINITE_AUX) && !past_form(c, i)) return true;
  /* "Clashes between A and B", "there was fighting between": a noun
   * opening its clause ("are mediating between" stays a verb) */
  if (i + 1 < c->n && is_word(c, i + 1, W_BETWEEN) && !past_form(c, i) &&
      (i == 0 || has_cls(c, i - 1, EV_C_DET) || (i >= 2 && tok_text_is(c, i - 2, "there"))))
    return true;
  /* "after talks with X", "amid protests": no finite verb right after a
   * preposition (gerunds excepted: "after meeting X") */
  if (i > 0 && is_any(c, i - 1, L_NOMINAL_CTX_PREPS)) {
    const el_token *t = tok(c, i);
    size_t n = t->end - t->start;
    if (!(n > 4 && strncasecmp(c->doc->text + t->end - 3, "ing", 3) == 0)) return true;
  }
  /* "Iran's first direct attack on Israel": a form with "on" or "against"
   * after it, a possessive or determiner before it past plain modifiers,
   * verb forms among them ("direct") */
  if (i + 1 < c->n && (tok_text_is(c, i + 1, "on") || tok_text_is(c, i + 1, "against")) &&
      !past_form(c, i)) {
    for (uint32_t k = 0, j = i; k < 3 && j > 0; k++) {
      j--;
      if (c->ti[j].poss || has_cls(c, j, EV_C_DET)) {
        if (k > 0) return true;
        break;
      }
      const el_token *t = tok(c, j);
      if (!(t->flags & EL_TOK_WORD) || (t->flags & EL_TOK_CAP) || c->ti[j].group >= 0 ||
          past_form(c, j) || participle_form(c, j) || is_any(c, j, L_AUX) ||
          has_cls(c, j, EV_C_NOSRC) || has_cls(c, j, EV_C_BREAK))
        break;
    }
  }
  /* "an \"aggressive and dangerous\" use of water cannon": a form with "of"
   * after it, with a determiner before it past quoted or plain modifiers */
  if (i + 1 < c->n && is_word(c, i + 1, W_OF) && !past_form(c, i)) {
    for (uint32_t k = 0, j = i; k < 6 && j > 0; k++) {
      j--;
      if (c->ti[j].poss || has_cls(c, j, EV_C_DET)) return true;
      const el_token *t = tok(c, j);
      bool quote = (t->flags & EL_TOK_QUOTE) != 0;
      bool modifier = (t->flags & EL_TOK_WORD) && !(t->flags & EL_TOK_CAP) && c->ti[j].group < 0 &&
                      !c->ti[j].cls && !(c->ti[j].id >= 0 && c->vd->form_head[c->ti[j].id] >= 0);
      if (!quote && !modifier && !is_word(c, j, W_AND)) break;
    }
  }
  /* "coast guard ships fired", "government forces attacked": an -s form
   * right before a past verb is the plural head of the subject */
  if (i + 1 < c->n && !past_form(c, i) && past_form(c, i + 1) && c->ti[i + 1].id >= 0 &&
      c->vd->form_head[c->ti[i + 1].id] >= 0 && (tok(c, i)->flags & EL_TOK_WORD) &&
      (c->doc->text[tok(c, i)->end - 1] | 0x20) == 's' && tok(c, i)->end - tok(c, i)->start > 3)
    return true;
  /* "the new mayor left": a past form after a plain word is a verb */
  /* "119 looted bronzes": a participle after a number modifies a noun */
  if (i > 0 && (tok(c, i - 1)->flags & EL_TOK_NUM) && past_form(c, i)) return true;
  if (i > 0 && !c->ti[i - 1].poss && !has_cls(c, i - 1, EV_C_DET) && past_form(c, i)) return false;
  /* "the talks", "a trade dispute", "their first meeting", "X's arrest" */
  for (uint32_t k = 0, j = i; k < 3 && j > 0; k++) {
    j--;
    if (c->ti[j].poss || has_cls(c, j, EV_C_DET)) return true;
    /* "the US blockade", "a Chinese embargo": an actor adjective after a
     * determiner */
    const el_token *w = tok(c, i);
    bool s_form = (c->doc->text[w->end - 1] | 0x20) == 's'; /* "the US imposes" */
    if (k == 0 && c->ti[j].group >= 0 && !past_form(c, i) && (!s_form || noun_entry(c, i))) {
      uint32_t gb = c->groups[c->ti[j].group].b;
      if (c->groups[c->ti[j].group].e == j + 1 && c->groups[c->ti[j].group].n == 1 && gb > 0 &&
          has_cls(c, gb - 1, EV_C_DET) && tok_text_is(c, gb - 1, "the"))
        return true;
    }
    const el_token *t = tok(c, j);
    /* "in emergency aid", "of military aid": a preposition before its
     * modifiers */
    if (k > 0 && has_cls(c, j, EV_C_NOSRC) && !is_word(c, j, W_TO)) return true;
    if (!(t->flags & EL_TOK_WORD) || c->ti[j].group >= 0 || has_cls(c, j, EV_C_NOSRC) ||
        has_cls(c, j, EV_C_BREAK))
      return false;
    if (k == 0 && c->ti[j].id >= 0 && c->vd->form_head[c->ti[j].id] >= 0 &&
        !nominal_modifier(c, j)) {
      /* "halt exports": an -s form right after a verb is its object */
      const el_token *w = tok(c, i);
      size_t n = w->end - w->start;
      const char *x = c->doc->text + w->start;
      if (n > 3 && (x[n - 1] == 's' || x[n - 1] == 'S') && x[n - 2] != 's' && x[n - 2] != 'S' &&
          !skip_filler(c, j))
        return true;
      /* "discussed trade", "boosted aid": a plain form right after a past
       * verb is its object ("helped rebuild", "let go" excepted) */
      if (past_form(c, j) && !past_form(c, i) && !participle_form(c, i) &&
          !(n > 4 && strncasecmp(x + n - 3, "ing", 3) == 0) && !is_any(c, j, L_AUX) &&
          !tok_text_is(c, j, "helped") && !tok_text_is(c, j, "let") && !tok_text_is(c, j, "made"))
        return true;
      return false; /* "held talks": a verb right before */
    }
  }
  return false;
}

/* True if a multi-word entry glued over token i starts a later token
 * ("phone call": "call" with "phone" glued before it). */
static bool glued_entry_follows(const ctx *c, uint32_t i) {
  const verb_dict *vd = c->vd;
  for (uint32_t j = i + 1; j < c->n && j <= i + 3; j++) {
    int32_t ids[2] = {c->ti[j].id, c->ti[j].sing};
    for (int k = 0; k < 2; k++) {
      if (ids[k] < 0) continue;
      for (int32_t f = vd->form_head[ids[k]]; f >= 0; f = vd->forms.v[f].next) {
        const vd_verb *v = &vd->verbs.v[vd->forms.v[f].verb];
        if (v->npre >= j - i && verb_glue_ok(c, v, j)) return true;
      }
    }
  }
  return false;
}

static int root_of(const char *code) {
  if (!isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return -1;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

/* The sentence speaks of a vote ("in the run-off", "at the polls"). */
static bool electoral_sentence(const ctx *c) {
  for (uint32_t k = 0; k < c->n; k++)
    if (has_cls(c, k, EV_C_ELECTORAL)) return true;
  return false;
}

/* Find the best entry/pattern for token i; returns false if none codes. */
static bool code_trigger(ctx *c, uint32_t i, trigger *tr) {
  const verb_dict *vd = c->vd;
  const tokinfo *ti = &c->ti[i];
  int32_t id = ti->id;
  if (id < 0 || vd->form_head[id] < 0) {
    if (ti->sing < 0 || vd->form_head[ti->sing] < 0) return false;
    id = ti->sing; /* plural noun of a noun entry */
  }
  /* "deported 300 workers back to Vietnam", "sent them back home": a
   * particle of direction, not BACK (support) */
  if (tok_text_is(c, i, "back") && i > 0 && i + 1 < c->n && c->ti[i - 1].group < 0 &&
      (is_word(c, i + 1, W_TO) || tok_text_is(c, i + 1, "home") || tok_text_is(c, i + 1, "into")))
    return false;
  memset(tr, 0, sizeof *tr); /* here, not per token: most tokens have no entry */
  bool nominal_ctx = nominal_context(c, i);
  bool graded = intensified(c, i); /* "very near": not a verb */
  int best_score = -1000000;
  int32_t best_file = -1;
  bool found = false;
  for (int32_t f = vd->form_head[id]; f >= 0; f = vd->forms.v[f].next) {
    int32_t vi = vd->forms.v[f].verb;
    const vd_verb *v = &vd->verbs.v[vi];
    if (!verb_glue_ok(c, v, i)) continue;
    const vd_block *blk = &vd->blocks.v[v->block];
    if (id == ti->sing && !blk->nominal) continue;
    /* a verb after a determiner is a noun ("the discussion"): only NOUN
     * blocks code nouns */
    if ((nominal_ctx || graded) && !blk->nominal) continue;
    /* "aid workers", "a British aid worker": a noun modifying a person noun */
    if (i + 1 < c->n && has_cls(c, i + 1, EV_C_PERSON_HEAD) &&
        (blk->nominal || (i > 0 && (c->ti[i - 1].group >= 0 || has_cls(c, i - 1, EV_C_DET)))))
      continue;
    uint32_t vb = i - v->npre, ve = i + 1 + v->npost;
    for (uint32_t k = vb; k < ve; k++)
      if (c->ti[k].consumed) goto next_form;
    {
      uint32_t hi = clause_end(c, that_past_adjunct(c, ve));
      int32_t bp = -1;
      match bm;
      bm.b = vb;
      bm.e = ve;
      bm.src_mark = bm.tgt_mark = -1;
      bm.nmt = 0;
      bm.inexact = 0;
      int bscore = -1;
      for (int32_t p = 0; p < blk->npatterns; p++) {
        const vd_pattern *pt = &vd->patterns.v[blk->first_pattern + p];
        if (pt->need >= 0 && !bloom_has(c, pt->need)) continue; /* rejects most */
        /* on equal length the pattern that matches the word forms as
         * written wins ("expelled diplomats": DIPLOMATS over DIPLOMAT) */
        if (pt->words < bscore || (pt->words == bscore && bm.inexact == 0)) continue;
        if (!bloom_has_all(c, pt)) continue;
        match m;
        if (match_pattern(c, pt, vb, ve, hi, &m) &&
            (pt->words > bscore || m.inexact < bm.inexact)) {
          bscore = pt->words;
          bp = blk->first_pattern + p;
          bm = m;
        }
      }
      const char *code = bp >= 0 ? vd->patterns.v[bp].code : v->code;
      const char *code2 = bp >= 0 ? vd->patterns.v[bp].code2 : v->code2;
      int score = bscore * 64 + (v->npre + v->npost) * 8 + (blk->nominal == nominal_ctx ? 4 : 0);
      bool coded = code[0] || code2[0];
      /* on equal match quality a later file wins (user files override, a
       * null code included); within a file a coded entry wins */
      bool better = score > best_score ||
                    (score == best_score &&
                     (v->file > best_file || (v->file == best_file && coded && !found)));
      if (better) {
        best_score = score;
        best_file = v->file;
        found = code[0] || code2[0];
        tr->b = vb;
        tr->e = ve;
        tr->match_b = bm.b < vb ? bm.b : vb;
        tr->match_e = bm.e > ve ? bm.e : ve;
        tr->verb = vi;
        tr->pattern = bp;
        memcpy(tr->code, code, sizeof tr->code);
        memcpy(tr->code2, code2, sizeof tr->code2);
        tr->src_mark = bm.src_mark;
        tr->tgt_mark = bm.tgt_mark;
        memcpy(tr->mt, bm.mt, sizeof bm.mt);
        tr->nmt = bm.nmt;
        tr->nominal = blk->nominal || nominal_ctx;
      }
    }
  next_form:;
  }
  if (found && has_cls(c, i, EV_C_CONTEST) && root_of(tr->code) >= 18 && electoral_sentence(c))
    return false;
  return found;
}

/* Token i is a noun of a NOUN block ("revocation", "arrest"). */
static bool noun_entry(const ctx *c, uint32_t i) {
  int32_t ids[2] = {c->ti[i].id, c->ti[i].sing};
  for (int k = 0; k < 2; k++) {
    if (ids[k] < 0) continue;
    for (int32_t f = c->vd->form_head[ids[k]]; f >= 0; f = c->vd->forms.v[f].next)
      if (c->vd->blocks.v[c->vd->verbs.v[c->vd->forms.v[f].verb].block].nominal) return true;
  }
  return false;
}

/* ---- source and target ----------------------------------------------------- */

static bool tok_text_is(const ctx *c, uint32_t k, const char *w) {
  const el_token *t = tok(c, k);
  size_t n = t->end - t->start;
  return strlen(w) == n && strncasecmp(c->doc->text + t->start, w, n) == 0;
}

static bool tok_text_any(const ctx *c, uint32_t k, const char *const *ws) {
  for (int i = 0; ws[i]; i++)
    if (tok_text_is(c, k, ws[i])) return true;
  return false;
}

/* '"We ...," a Ukrainian official said.': a quote opening the sentence and
 * the actor that speaks it right after its close ("X said", "said X"). */
static void find_quote_speaker(ctx *c) {
  static const char *const speech[] = {"said", "says", "told", "added", NULL};
  c->quote_end = 0;
  c->speaker = -1;
  if (c->n < 4 || !(tok(c, 0)->flags & EL_TOK_QUOTE)) return;
  uint32_t q = 1;
  while (q < c->n && !(tok(c, q)->flags & EL_TOK_QUOTE)) q++;
  if (q + 2 >= c->n) return;
  uint32_t k = q + 1;
  bool verb_first = tok_text_any(c, k, speech);
  if (verb_first) k++;
  while (k < c->n && has_cls(c, k, EV_C_DET) && c->ti[k].group < 0) k++;
  if (k >= c->n || c->ti[k].group < 0 || c->groups[c->ti[k].group].b != k) return;
  int32_t g = c->ti[k].group;
  bool said = verb_first;
  /* "a Ukrainian energy ministry spokeswoman said": role words between */
  for (uint32_t j = c->groups[g].e; !said && j < c->n && j < c->groups[g].e + 5; j++) {
    said = tok_text_any(c, j, speech);
    if (!said && (!(tok(c, j)->flags & EL_TOK_WORD) || c->ti[j].group >= 0)) break;
  }
  if (!said || c->groups[g].n != 1) return;
  c->quote_end = q;
  c->speaker = g;
}

/* Inside the opening quote, "we" as the subject or "us"/"our" after the
 * verb are its speaker's side. */
static void quote_pronouns(const ctx *c, trigger *tr, uint32_t j) {
  static const char *const subj[] = {"we", NULL};
  static const char *const obj[] = {"us", "our", NULL};
  if (c->speaker < 0 || tr->e >= c->quote_end) return;
  if (tr->src < 0 && j > 0 && tok_text_any(c, j - 1, subj)) tr->src = c->speaker;
  if (tr->tgt < 0 && tr->src != c->speaker)
    for (uint32_t k = tr->match_e > tr->e ? tr->match_e : tr->e; k < c->quote_end && k < tr->e + 4;
         k++) {
      if (c->ti[k].group >= 0 || has_cls(c, k, EV_C_BREAK) || is_punct(c, k, P_COMMA)) break;
      if (tok_text_any(c, k, obj)) {
        tr->tgt = c->speaker;
        break;
      }
    }
}

static bool group_allowed(const ctx *c, int32_t g, int32_t aside) {
  return c->groups[g].aside == 0 || c->groups[g].aside == aside;
}

/* "-ing"/"-ed" word or "being": a participle starts a subjectless clause. */
static bool participle(const ctx *c, uint32_t k) {
  const el_token *t = tok(c, k);
  size_t n = t->end - t->start;
  const char *s = c->doc->text + t->start;
  if (!(t->flags & EL_TOK_WORD) || n < 4) return false;
  return strncasecmp(s + n - 3, "ing", 3) == 0 || strncasecmp(s + n - 2, "ed", 2) == 0;
}

/* An "-ing" word. */
static bool gerund(const ctx *c, uint32_t k) {
  const el_token *t = tok(c, k);
  size_t n = t->end - t->start;
  return (t->flags & EL_TOK_WORD) && n > 4 &&
         strncasecmp(c->doc->text + t->start + n - 3, "ing", 3) == 0;
}

/* "them", "him", "her": an object pronoun. */
static bool object_pronoun(const ctx *c, uint32_t k) {
  static const char *const obj[] = {"them", "him", "her", NULL};
  return tok_text_any(c, k, obj);
}

static bool skip_filler(const ctx *c, uint32_t j);

static const char *const pronouns[] = {"he", "she", NULL};
/* Nearest group ending at or before pos usable as a subject. */
static int32_t subject_before(const ctx *c, uint32_t pos, int32_t aside, int32_t avoid) {
  /* "..., he said": a pronoun no actor was resolved for is the subject
   * ("we" and "I" in a quote are the speaker's side) */
  uint32_t j = pos;
  while (j > 0 && skip_filler(c, j - 1)) j--;
  if (j > 0 && c->ti[j - 1].group < 0 && is_any(c, j - 1, L_PRONOUNS)) return -1;
  /* "Iran, Hezbollah's main backer, denounced": an apposition set off by
   * commas after the subject; an actor inside it only modifies it */
  if (j > 2 && is_punct(c, j - 1, P_COMMA) && c->ti[j - 2].group < 0) {
    for (uint32_t m = j - 2; m > 1 && j - m < 10; m--) {
      if (is_punct(c, m - 1, P_COMMA)) {
        int32_t g0 = c->ti[m - 2].group;
        if (g0 >= 0 && g0 != avoid && c->groups[g0].e == m - 1 && group_allowed(c, g0, aside))
          return g0;
        break;
      }
      if (!(tok(c, m - 1)->flags & EL_TOK_WORD)) break;
    }
  }
  /* "militants who attacked": the subject is the relative pronoun's
   * antecedent; one that is no actor leaves the verb without a source */
  if (j > 1 && is_any(c, j - 1, L_REL_SUBJECT)) {
    uint32_t a = j - 2;
    if (a > 0 && is_punct(c, a, P_COMMA)) a--;
    if (c->ti[a].group < 0) return -1;
  }
  for (int32_t g = c->ngroups - 1; g >= 0; g--) {
    const group *gr = &c->groups[g];
    if (gr->e > pos || g == avoid) continue;
    if (!group_allowed(c, g, aside)) continue;
    uint32_t pb = gr->b;
    while (pb > 0 && has_cls(c, pb - 1, EV_C_DET)) pb--;
    if (pb > 0 && has_cls(c, pb - 1, EV_C_NOSRC)) continue;
    /* "European leaders visiting Kyiv demanded": the participle's object
     * is not the subject, the actor it describes is */
    if (pb > 1 && participle_ing(c, pb - 1)) {
      uint32_t h = pb - 2; /* the described actor, or its head noun ("European leaders") */
      if (c->ti[h].group < 0 && h > 0 && plain_word(c, h)) h--;
      int32_t hg = c->ti[h].group;
      if (hg >= 0 && hg != g && hg != avoid && group_allowed(c, hg, aside)) return hg;
    }
    /* "A ... after crowds burned": a subordinate clause with its own
     * (unknown) subject; "after meeting B" (no subject) may reach back */
    for (uint32_t k = gr->e; k + 1 < pos; k++)
      if (has_cls(c, k, EV_C_BREAK) && !has_cls(c, k, EV_C_REL) && !participle(c, k + 1) &&
          c->ti[k + 1].group < 0 && k + 1 != pos)
        return -1;
    return g;
  }
  return -1;
}

/* First group starting in [pos, limit) in the same span. */
static int32_t group_after(const ctx *c, uint32_t pos, uint32_t limit, int32_t aside,
                           int32_t avoid) {
  for (int32_t g = 0; g < c->ngroups; g++) {
    const group *gr = &c->groups[g];
    if (gr->b < pos || g == avoid) continue;
    if (gr->b >= limit) break;
    if (gr->aside != aside) continue;
    return g;
  }
  return -1;
}

/* End of the clause that starts after the trigger. */
static uint32_t clause_end(const ctx *c, uint32_t from) {
  if (from >= c->n) return c->n;
  if (is_punct(c, from, P_SEMI | P_COLON)) return from;
  return from + 1 < c->n ? c->brk[from + 1] : c->n;
}

static void compute_breaks(ctx *c) {
  uint32_t next = c->n;
  for (uint32_t k = c->n; k > 0;) {
    k--;
    if (is_punct(c, k, P_SEMI | P_COLON) || has_cls(c, k, EV_C_BREAK)) next = k;
    c->brk[k] = next;
  }
}

static int32_t group_after_by(const ctx *c, uint32_t from, uint32_t limit, int32_t aside) {
  for (uint32_t k = from; k < limit; k++)
    if (is_word(c, k, W_BY)) return group_after(c, k + 1, k + 5 < limit ? k + 5 : limit, aside, -1);
  return -1;
}

static const char *const aux[] = {"has", "have", "had",   "was",  "were", "is",
                                  "are", "will", "would", "also", "then", "later",
                                  "not", "did",  "does",  "do",   "been", NULL};
static bool skip_filler(const ctx *c, uint32_t j) {
  const el_token *t = tok(c, j);
  if (is_any(c, j, L_AUX)) return true;
  size_t n = t->end - t->start;
  return (t->flags & EL_TOK_WORD) && n > 3 && strncasecmp(c->doc->text + t->end - 2, "ly", 2) == 0;
}

/* Token q is one of the words of list (NULL-terminated, lowercase ASCII). */
static bool tok_in(const ctx *c, uint32_t q, const char *const *list) {
  for (; *list; list++)
    if (text_token_is(c->doc, tok(c, q), *list)) return true;
  return false;
}

/* The verb's object, starting at token k, is a generic noun for people
 * ("40 people", "dozens of protesters", "several activists"). */
static bool generic_people_object(const ctx *c, uint32_t k) {
  static const char *const people[] = {"people",        "persons",   "protesters", "protestors",
                                       "demonstrators", "activists", "civilians",  "residents",
                                       "villagers",     "students",  "migrants",   "refugees",
                                       "worshippers",   "opponents", "dissidents", "suspects",
                                       "men",           "women",     "supporters", NULL};
  for (uint32_t q = k; q < c->n && q < k + 5; q++) {
    if (c->ti[q].group >= 0 || !(tok(c, q)->flags & (EL_TOK_WORD | EL_TOK_NUM))) return false;
    if (tok_in(c, q, people)) return true;
  }
  return false;
}

/* "northern", "south-east": a direction naming part of a place. */
static bool compass_word(const ctx *c, uint32_t q) {
  static const char *const dirs[] = {"north",         "south",
                                     "east",          "west",
                                     "northern",      "southern",
                                     "eastern",       "western",
                                     "central",       "northeastern",
                                     "northwestern",  "southeastern",
                                     "southwestern",  "north-eastern",
                                     "north-western", "south-eastern",
                                     "south-western", "northeast",
                                     "northwest",     "southeast",
                                     "southwest",     NULL};
  return (tok(c, q)->flags & EL_TOK_WORD) && tok_in(c, q, dirs);
}

/* Group g follows "that" after token `from` and a modal of possibility
 * follows g ("that Cuba's government could collapse"). */
static bool forecast_about(const ctx *c, uint32_t from, int32_t g) {
  static const char *const maybe[] = {"could", "might", "may", "would", NULL};
  const group *gr = &c->groups[g];
  bool that = false;
  for (uint32_t q = from; q < gr->b && !that; q++) that = is_word(c, q, W_THAT);
  return that && gr->e < c->n && tok_in(c, gr->e, maybe);
}

/* Force posture and threats: the source's own troops are the instrument,
 * not the target ("deployed Chilean soldiers along the border with
 * Venezuela"). */
static void skip_own_forces(const ctx *c, trigger *tr, uint32_t cend, int32_t aside) {
  int r = root_of(tr->code);
  if (tr->tgt < 0 || tr->src < 0 || (r != 13 && r != 15)) return;
  const el_actor_mention *sa = &c->doc->actors.v[c->members[c->groups[tr->src].first]];
  const el_actor_mention *ta = &c->doc->actors.v[c->members[c->groups[tr->tgt].first]];
  if (sa->country[0] && strcmp(sa->country, ta->country) == 0)
    tr->tgt = group_after(c, c->groups[tr->tgt].e, cend, aside, tr->src);
}

/* "A and B [have] [jointly] held": the group is right before the verb, so
 * its members act on each other. */
static bool adjacent_subject(const ctx *c, int32_t g, uint32_t b) {
  uint32_t e = c->groups[g].e;
  /* "the European Union (EU) agree": an acronym in parentheses */
  if (e + 2 < b && is_punct(c, e, P_LPAREN)) {
    uint32_t k = e + 1;
    while (k < b && k < e + 4 && !is_punct(c, k, P_RPAREN)) k++;
    if (k < b && is_punct(c, k, P_RPAREN)) e = k + 1;
  }
  if (e > b || b - e > 4) return false;
  for (uint32_t k = e; k < b; k++)
    if ((!(tok(c, k)->flags & EL_TOK_WORD) && !is_punct(c, k, P_COMMA)) ||
        has_cls(c, k, EV_C_BREAK))
      return false;
  return true;
}

static const char *const adverb_neg[] = {"not", "never", "n't", "also", "reportedly", NULL};
static bool is_adverb(const ctx *c, uint32_t j) {
  const el_token *t = tok(c, j);
  size_t n = t->end - t->start;
  return is_any(c, j, L_ADVERB_NEG) || ((t->flags & EL_TOK_WORD) && n > 3 &&
                                        strncasecmp(c->doc->text + t->end - 2, "ly", 2) == 0);
}

static const char *const locatives[] = {"at", "in", "near", "inside", "outside", "outside", NULL};

static const char *const holding[] = {"controlled", "owned",    "governed", "administered",
                                      "held",       "occupied", NULL};
/* "shelled positions held by X": the attacked object is named by its
 * holder, who is the target; a plain noun or two, then "held by" */
static bool held_by_before(const ctx *c, uint32_t from, uint32_t gb) {
  if (gb < from + 3 || gb > from + 5 || !is_word(c, gb - 1, W_BY) || !tok_in(c, gb - 2, holding))
    return false;
  for (uint32_t k = from; k + 2 < gb; k++)
    if (!(tok(c, k)->flags & EL_TOK_WORD) || (tok(c, k)->flags & EL_TOK_CAP) ||
        c->ti[k].group >= 0 || (c->ti[k].cls && !has_cls(c, k, EV_C_DET)))
      return false;
  return true;
}

/* The group at gb is the verb's object: no punctuation or clause word
 * between; up to 4 words with at most one preposition ("accused the
 * Chilean leader", "broke relations with Libya"), else no other verb and
 * at most two ("called for calm in X"). */
/* A lowercase word of no closed class and no verb entry ("full",
 * "economic", "relations"). */
static bool plain_word(const ctx *c, uint32_t k) {
  const el_token *t = tok(c, k);
  return (t->flags & EL_TOK_WORD) && !(t->flags & EL_TOK_CAP) && !c->ti[k].cls &&
         c->ti[k].group < 0 && !(c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0);
}

static bool direct_object(const ctx *c, uint32_t from, uint32_t gb) {
  if (gb < from || gb - from > 8) return false;
  int preps = 0;
  bool verbish = false;
  for (uint32_t k = from; k < gb; k++) {
    if (tok(c, k)->flags & EL_TOK_NUM) continue; /* "deported 200 Guatemalan migrants" */
    if (is_punct(c, k, P_HYPHEN)) continue;      /* "an anti- X rally" */
    /* "closer, stronger ties": a comma between two adjectives */
    if (k > from && k + 1 < gb && is_punct(c, k, P_COMMA) && plain_word(c, k - 1) &&
        plain_word(c, k + 1))
      continue;
    if (!(tok(c, k)->flags & EL_TOK_WORD) || has_cls(c, k, EV_C_BREAK)) return false;
    if (has_cls(c, k, EV_C_NOSRC) || has_cls(c, k, EV_C_NOMPREP)) preps++;
    if (is_word(c, k, W_AND) || is_word(c, k, W_OR)) return false;
    /* "contributing to a revocation of his visa": X belongs to the noun */
    if (k > from && is_word(c, k, W_OF) && noun_entry(c, k - 1)) return false;
    /* a verb form after a determiner or between plain words is a noun
     * ("the attack", "new trade relations") */
    /* "freed 10 jailed Americans": a participle after a number too */
    if (c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0 &&
        !(k > 0 && (has_cls(c, k - 1, EV_C_DET) || (tok(c, k - 1)->flags & EL_TOK_NUM))) &&
        !intensified(c, k) &&
        !(k > from && k + 1 < gb && plain_word(c, k - 1) && plain_word(c, k + 1)))
      verbish = true;
    /* "intercepted a missile fired from X": X is in a participle clause */
    if (k > from && verbish && past_form(c, k)) return false;
  }
  if (gb - from <= 4 && preps <= 1) return true;
  /* "a resumption of formal ties with X": no other verb inside */
  return !verbish && preps <= 2;
}

/* nouns that count or bundle acts ("a package of sanctions", "a new
 * round of tariffs") */
static const char *const measure_nouns[] = {"package", "packages", "round", "rounds", "wave",
                                            "waves",   "set",      "sets",  "series", "batch",
                                            "raft",    "tranche",  NULL};
static const char *const object_preps[] = {"following", "after",     "before", "since",  "amid",
                                           "despite",   "of",        "by",     "during", "over",
                                           "about",     "regarding", NULL};
/* "imposed sanctions", "held a meeting", "announced the revocation": the
 * noun follows a verb (not a preposition such as "following the arrest"),
 * so the clause subject is its agent. */
static bool noun_is_object(const ctx *c, uint32_t b, bool *reaction) {
  /* "welcomed the sanctions", "criticized the arrest": a reaction to the
   * act, whose subject is not its agent */
  static const int reacting[] = {2, 5, 10, 11, 12};
  uint32_t j = b;
  for (int steps = 0; j > 0 && steps < 5; steps++) {
    uint32_t k = j - 1;
    if (c->ti[k].group >= 0 && c->ti[k].poss) { /* "X's" */
      j = c->groups[c->ti[k].group].b;
      continue;
    }
    /* "announced 25 percent tariffs", "a 25% tariff" */
    if ((tok(c, k)->flags & EL_TOK_NUM) || tok_text_is(c, k, "%")) {
      j = k;
      continue;
    }
    if (!(tok(c, k)->flags & EL_TOK_WORD)) return false;
    /* "adopted a new package of sanctions": the act is the object, the
     * noun that counts it only measures it */
    if (k > 0 && is_word(c, k, W_OF) && tok_text_any(c, k - 1, measure_nouns)) {
      j = k - 1;
      continue;
    }
    if (has_cls(c, k, EV_C_NOSRC) || has_cls(c, k, EV_C_BREAK) || is_any(c, k, L_OBJECT_PREPS))
      return false;
    if (c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0) { /* a known verb */
      for (int32_t t = 0; t < c->ntrig; t++) {
        if (k < c->trig[t].b || k >= c->trig[t].e) continue;
        int r = root_of(c->trig[t].code[0] ? c->trig[t].code : c->trig[t].code2);
        for (size_t x = 0; x < sizeof reacting / sizeof reacting[0]; x++)
          if (r == reacting[x]) {
            *reaction = true;
            return false;
          }
      }
      return true;
    }
    j = k; /* determiner, adjective, unknown word */
  }
  return false;
}

/* Walking left from j over fillers, commas, adjuncts and prepositional
 * words reaches "and"/"but" before any main-clause actor. */
static bool coordinated(const ctx *c, uint32_t j, int32_t aside) {
  for (int steps = 0; j > 0 && steps < 10; steps++) {
    uint32_t k = j - 1;
    if (is_word(c, k, W_AND) || is_word(c, k, W_BUT)) return true;
    if (c->ti[k].group >= 0 && c->groups[c->ti[k].group].aside == aside) return false;
    if (c->ti[k].aside != aside || is_punct(c, k, P_COMMA)) {
      j = k;
      continue;
    }
    if (!(tok(c, k)->flags & EL_TOK_WORD) || has_cls(c, k, EV_C_BREAK)) return false;
    j = k;
  }
  return false;
}

static const char *const agree[] = {"agree", "agreed", "agrees", "agreeing", NULL};
/* "A and B <verb>" with no target codes A->B and B->A only for joint acts
 * (meet, agree, cooperate, explicit pairs), not for "A and B warned". */
/* Verbs whose plural subject acts on itself: "A and B clashed". */
static const char *const reciprocal_verbs[] = {"clash",      "clashed",    "clashes", "clashing",
                                               "skirmished", "skirmishes", "fought",  NULL};
static bool joint_act(const ctx *c, const trigger *tr) {
  int r = root_of(tr->code[0] ? tr->code : tr->code2);
  if (is_any(c, tr->b, L_RECIPROCAL)) return true;
  /* "A and B agreed": on each other; "A and B pledged $3 billion": to
   * someone not named here */
  if (r == 3 && !tr->code2[0]) return is_any(c, tr->b, L_AGREE);
  if (tr->code2[0] || (r >= 3 && r <= 6)) return true;
  /* "Russia and Ukraine each released 95 prisoners": a swap, to each other */
  if (r == 8 && tr->b > 0 && is_word(c, tr->b - 1, W_EACH)) return true;
  /* "each side freed 246 soldiers" */
  if (r == 8 && tr->src >= 0 && is_word(c, c->groups[tr->src].b, W_EACH)) return true;
  /* "A and B delayed their meeting", "... attacked each other" */
  uint32_t k = tr->e;
  return k < c->n && (is_word(c, k, W_THEIR) ||
                      (k + 1 < c->n && ((is_word(c, k, W_EACH) && is_word(c, k + 1, W_OTHER)) ||
                                        (is_word(c, k, W_ONE) && is_word(c, k + 1, W_ANOTHER)))));
}

/* forms of "call", which also names ("called X \"a threat\"") */
static const char *const call_forms[] = {"called", "calls", "call", "calling", NULL};
static const char *const aimed_at[] = {"at", "outside", NULL};
static const char *const listing[] = {"including", "especially", "notably", NULL};
/* "warned that <clause>" (q: the clause's first word): a threat only when
 * the clause has the source act ("warned that it would retaliate if X
 * ...": against the actor named next) or names what the target will
 * face ("warned that X would pay a price"); "warned that Gaza faced
 * famine", "warned that X might attack" foretell, they do not threaten. */
static bool threat_word_from(const ctx *c, uint32_t q) {
  for (uint32_t k = q; k < c->n && !is_punct(c, k, P_SEMI); k++)
    if (is_any(c, k, L_THREAT_WORDS)) return true;
  return false;
}

/* Do groups g and h stand for the same country ("Ebrard" and "Mexico")? */
static bool same_country(const ctx *c, int32_t g, int32_t h) {
  if (g < 0 || h < 0) return false;
  const el_actor_mention *a = &c->doc->actors.v[c->members[c->groups[g].first]];
  const el_actor_mention *b = &c->doc->actors.v[c->members[c->groups[h].first]];
  return a->country[0] && strcmp(a->country, b->country) == 0;
}

static void warned_that(ctx *c, trigger *tr, uint32_t q, int32_t aside) {
  int32_t g = c->ti[q].group;
  /* "Ebrard warned that Mexico would impose retaliatory tariffs on U.S.
   * goods": the warner's own country acts, against the actor named next */
  bool own_side = g >= 0 && g != tr->src && same_country(c, g, tr->src) && threat_word_from(c, q);
  if (g >= 0 && g != tr->src && !own_side) {
    for (uint32_t k = q; k < c->n && !is_punct(c, k, P_SEMI); k++)
      if (is_any(c, k, L_THREAT_WORDS)) {
        tr->tgt = g;
        return;
      }
    return;
  }
  if (g < 0 && !is_any(c, q, L_PRONOUNS) && !tok_text_is(c, q, "it") && !tok_text_is(c, q, "we") &&
      !tok_text_is(c, q, "they"))
    return;
  for (uint32_t k = q + 1; k < c->n && !is_punct(c, k, P_SEMI); k++) {
    int32_t h = c->ti[k].group;
    if (h >= 0 && h != tr->src && h != g && c->groups[h].aside == aside &&
        !same_country(c, h, tr->src)) {
      tr->tgt = h;
      return;
    }
  }
}

/* An "as" (not "such as", "as well as") between a judgement's trigger and
 * position gb, after its object. */
static bool as_predicate_between(const ctx *c, const trigger *tr, uint32_t gb) {
  int r = root_of(tr->code[0] ? tr->code : tr->code2);
  if (r < 10 || r > 13) return false;
  for (uint32_t k = tr->e + 1; k < gb; k++)
    if (tok_text_is(c, k, "as") && !tok_text_is(c, k - 1, "such") &&
        !tok_text_is(c, k - 1, "well") && !(k + 1 < c->n && tok_text_is(c, k + 1, "well")))
      return true;
  return false;
}

/* "A and B swapped prisoners in an exchange mediated by X": X mediates
 * between the pair that opens the clause. */
static void mediation_between_pair(ctx *c, trigger *tr, int32_t aside) {
  if (tr->tgt >= 0 || tr->src < 0 || strncmp(tr->code, "045", 3) != 0) return;
  for (int32_t g = 0; g < c->ngroups && c->groups[g].b < tr->b; g++)
    if (g != tr->src && c->groups[g].n == 2 && c->groups[g].aside == aside &&
        !c->ti[c->groups[g].b].poss) {
      tr->tgt = g;
      return;
    }
}

static void assign_actors(ctx *c, int32_t ti_index) {
  trigger *tr = &c->trig[ti_index];
  int32_t aside = c->ti[tr->b].aside;
  uint32_t cend = clause_end(c, tr->match_e);
  tr->src = tr->tgt = -1;
  /* a marker before the verb sits at or before tr->b ("+ * BY $") */
  if (tr->src_mark >= 0)
    tr->src = (uint32_t)tr->src_mark <= tr->b
                  ? subject_before(c, (uint32_t)tr->src_mark, aside, -1)
                  : group_after(c, (uint32_t)tr->src_mark, cend, aside, -1);
  if (tr->tgt_mark >= 0)
    tr->tgt = (uint32_t)tr->tgt_mark <= tr->b
                  ? subject_before(c, (uint32_t)tr->tgt_mark, aside, -1)
                  : group_after(c, (uint32_t)tr->tgt_mark, cend, aside, -1);
  if (tr->nominal) {
    /* noun: "X's arrest", "arrest of X by Y", "talks between A and B" */
    /* the first prepositional phrase after the noun that holds an actor,
     * past time/place phrases ("the call on Wednesday between A and B") */
    uint32_t lim = tr->e + 10 < c->n ? tr->e + 10 : c->n;
    for (uint32_t k = tr->e; tr->tgt < 0 && k < lim; k++) {
      if (is_punct_any(c, k) || has_cls(c, k, EV_C_BREAK)) break;
      if (c->ti[k].group >= 0) break;
      if (!has_cls(c, k, EV_C_NOMPREP)) continue;
      int32_t g = group_after(c, k + 1, k + 5 < c->n ? k + 5 : c->n, aside, tr->src);
      if (g < 0) continue;
      bool close = true;
      for (uint32_t q = k + 1; q < c->groups[g].b; q++)
        if (is_punct_any(c, q) || has_cls(c, q, EV_C_NOMPREP)) close = false;
      if (!close) continue;
      if (is_word(c, k, W_BETWEEN) && c->groups[g].n >= 2 && tr->src < 0) {
        tr->src = g;
        tr->pair_within = true;
        return;
      }
      tr->tgt = g;
    }
    if (tr->src < 0) tr->src = group_after_by(c, tr->e, cend < tr->e + 8 ? cend : tr->e + 8, aside);
    int32_t poss = -1;
    bool agent_adj = false; /* "Iraqi invasion": the adjective is the agent */
    for (uint32_t j = tr->b, steps = 0; j > 0 && steps < 4; steps++) {
      j--;
      if (c->ti[j].group >= 0) {
        if (c->ti[j].poss || (j + 1 < tr->b && is_word(c, j + 1, W_APOS_S))) poss = c->ti[j].group;
        /* "EU sanctions on X", "Israeli air strikes": an actor naming
         * the noun's agent, plain modifiers between */
        bool plain = true;
        for (uint32_t k = j + 1; k < tr->b && plain; k++)
          plain = (tok(c, k)->flags & EL_TOK_WORD) && !(tok(c, k)->flags & EL_TOK_CAP) &&
                  !c->ti[k].cls && !(c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0);
        if (plain && tr->tgt != c->ti[j].group && poss < 0) {
          poss = c->ti[j].group;
          agent_adj = true;
        }
        break;
      }
      if (!(tok(c, j)->flags & EL_TOK_WORD) && !is_word(c, j, W_APOS_S)) break;
    }
    if (poss >= 0) {
      int root = atoi((char[3]){tr->code[0], tr->code[1], 0});
      if (tr->tgt < 0 && root >= 17 && !agent_adj)
        tr->tgt = poss;
      else if (tr->src < 0)
        tr->src = poss;
    }
    bool reaction = false;
    bool object = noun_is_object(c, tr->b, &reaction);
    /* "criticized the US tariffs", "condemned the Israeli strikes": the
     * act reacted to is reported elsewhere as an event of its own; here
     * only the reaction is */
    if (reaction) {
      tr->dropped = true;
      tr->reaction = true;
      return;
    }
    if (tr->src < 0 && object) {
      int32_t avoid = poss;
      tr->src = subject_before(c, tr->b, aside, avoid);
      if (tr->src == tr->tgt) tr->src = -1;
    }
    /* "promised Y closer ties during a phone call": the consultation is
     * between the clause's verb's source and target */
    if (tr->src < 0 && tr->tgt < 0 && root_of(tr->code[0] ? tr->code : tr->code2) == 4) {
      uint32_t q = tr->b;
      while (q > 0 && tr->b - q < 3 && (has_cls(c, q - 1, EV_C_DET) || plain_word(c, q - 1))) q--;
      if (q > 0 && (tok_text_is(c, q - 1, "during") || tok_text_is(c, q - 1, "in")))
        for (int32_t p = ti_index - 1; p >= 0; p--) {
          const trigger *pt = &c->trig[p];
          if (pt->dropped || pt->nominal || pt->e > q - 1) continue;
          if (c->ti[pt->b].aside != aside) continue;
          if (pt->src >= 0 && pt->tgt >= 0 && pt->src != pt->tgt) {
            tr->src = pt->src;
            tr->tgt = pt->tgt;
          } else if (pt->src >= 0 && pt->tgt < 0 && c->groups[pt->src].n >= 2 &&
                     adjacent_subject(c, pt->src, pt->b)) { /* "A and B pledged ... during talks" */
            tr->src = pt->src;
            tr->pair_within = true;
            return;
          } else {
            continue; /* "pledged to improve ties during talks": the governing verb */
          }
          break;
        }
    }
    /* "X is on a state visit to Y": the one who is on it */
    if (tr->src < 0 && root_of(tr->code[0] ? tr->code : tr->code2) == 4) {
      uint32_t q = tr->b;
      while (q > 0 && tr->b - q < 4 && (has_cls(c, q - 1, EV_C_DET) || plain_word(c, q - 1))) q--;
      if (q >= 2 && tok_text_is(c, q - 1, "on") && is_any(c, q - 2, L_FINITE_AUX)) {
        tr->src = subject_before(c, q - 2, aside, tr->tgt);
        if (tr->src == tr->tgt) tr->src = -1;
      }
    }
    if (tr->tgt < 0 && tr->src >= 0 && c->groups[tr->src].n >= 2 &&
        adjacent_subject(c, tr->src, tr->b) && joint_act(c, tr))
      tr->pair_within = true;
    return;
  }
  /* verb */
  /* "a missile fired from Yemen", "the troops deployed there": a
   * participle after its noun is a reduced passive clause; its agent is
   * only a "by X" */
  if (tr->b >= 2 && tr->src_mark < 0 && tr->tgt_mark < 0 && participle_form(c, tr->b) &&
      (tok(c, tr->b - 1)->flags & EL_TOK_WORD) && !(tok(c, tr->b - 1)->flags & EL_TOK_CAP) &&
      c->ti[tr->b - 1].group < 0 && !c->ti[tr->b - 1].cls && !skip_filler(c, tr->b - 1) &&
      !is_adverb(c, tr->b - 1) &&
      /* a noun that is also a verb ("the talks ended") only with a "by"
       * after the participle ("a deal mediated by X") */
      (!(c->ti[tr->b - 1].id >= 0 && c->vd->form_head[c->ti[tr->b - 1].id] >= 0) ||
       (tr->e < c->n && is_word(c, tr->e, W_BY))) &&
      (has_cls(c, tr->b - 2, EV_C_DET) || (tok(c, tr->b - 2)->flags & EL_TOK_NUM))) {
    tr->passive = true;
    tr->src = group_after_by(c, tr->match_e, cend, aside);
    /* "had his visa revoked": the owner of the noun is what was acted on */
    int32_t owner = c->ti[tr->b - 2].group;
    if (owner >= 0 && c->ti[tr->b - 2].poss && owner != tr->src) tr->tgt = owner;
    mediation_between_pair(c, tr, aside);
    return;
  }
  uint32_t j = tr->b;
  while (j > 0 && skip_filler(c, j - 1)) j--;
  uint32_t a = tr->b;
  while (a > 0 && is_adverb(c, a - 1)) a--;
  tr->passive = a > 0 && event_is_passive_aux(c->lists[a - 1]) && participle_form(c, tr->b);
  /* "talks mediated by Qatar", "strikes carried out by X": a participle
   * right after a common noun, with "by": a reduced passive whose agent
   * follows; the subject before belongs to another verb */
  if (!tr->passive && !tr->nominal && a > 0 && participle_form(c, tr->b) && tr->e < c->n &&
      is_word(c, tr->e, W_BY) && (tok(c, a - 1)->flags & EL_TOK_WORD) &&
      !(tok(c, a - 1)->flags & EL_TOK_CAP) && c->ti[a - 1].group < 0 && !c->ti[a - 1].cls &&
      !skip_filler(c, a - 1) && !is_any(c, a - 1, L_PRONOUNS)) {
    int32_t by = group_after_by(c, tr->e, cend, aside);
    if (by >= 0) {
      tr->src = by;
      if (tr->tgt == by) tr->tgt = -1;
      tr->passive = true;
      return;
    }
  }
  /* "duties on electric vehicles imported from China", "weapons supplied
   * to X": a participle modifying the noun of a prepositional phrase, with
   * no agent, is no act of the clause's subject */
  static const char *const to_from[] = {"from", "to", "into", NULL};
  if (!tr->passive && !tr->nominal && a > 1 && participle_form(c, tr->b) && past_form(c, tr->b) &&
      (tok(c, a - 1)->flags & EL_TOK_WORD) && !(tok(c, a - 1)->flags & EL_TOK_CAP) &&
      c->ti[a - 1].group < 0 && !skip_filler(c, a - 1) && !is_any(c, a - 1, L_PRONOUNS) &&
      !has_cls(c, a - 1, EV_C_CONN) && tr->e < c->n &&
      (has_cls(c, tr->e, EV_C_NOMPREP) || tok_in(c, tr->e, locatives) ||
       tok_in(c, tr->e, to_from))) {
    uint32_t k = a - 1; /* back over the noun phrase to what heads it */
    while (k > 0 && a - k < 4 && (tok(c, k - 1)->flags & EL_TOK_WORD) &&
           !(tok(c, k - 1)->flags & EL_TOK_CAP) && c->ti[k - 1].group < 0 &&
           !has_cls(c, k - 1, EV_C_NOMPREP) && !tok_in(c, k - 1, locatives))
      k--;
    /* ... inside the object of an earlier verb of the clause ("will impose
     * duties on vehicles imported"; not "Hundreds of protesters gathered") */
    bool object = false;
    for (int32_t p = 0; p < ti_index && !object; p++) {
      const trigger *pt = &c->trig[p];
      object = !pt->dropped && pt->e <= k && k - pt->e <= 12 && c->brk[pt->e] >= tr->b;
    }
    if (object && k > 0 && (has_cls(c, k - 1, EV_C_NOMPREP) || tok_in(c, k - 1, locatives))) {
      tr->dropped = true;
      return;
    }
  }
  if (tr->passive) {
    /* "X remains sanctioned": a state reported again, not a new event */
    if (has_cls(c, a - 1, EV_C_STATIVE)) tr->dropped = true;
    /* "X was arrested by Y" */
    if (tr->tgt < 0) tr->tgt = subject_before(c, tr->b, aside, -1);
    /* from the verb: "was hit by Russian missiles" matched HIT * &WEAPON */
    if (tr->src < 0) tr->src = group_after_by(c, tr->e, cend, aside);
    /* "a pact was signed by A and B": a joint act of the pair */
    if (tr->tgt < 0 && tr->src >= 0 && c->groups[tr->src].n >= 2 && joint_act(c, tr))
      tr->pair_within = true;
    /* "X were arrested in Iran": the country where a state act took place
     * is its agent (the actor stage keeps such places only after arrest
     * words) */
    uint32_t in_at = tr->e;
    /* "were sentenced to death / to ten years in X" */
    if (in_at + 1 < c->n && is_word(c, in_at, W_TO))
      for (uint32_t k = in_at + 1; k < c->n && k < tr->e + 5; k++) {
        if (is_word(c, k, W_IN)) {
          in_at = k;
          break;
        }
        if (!(tok(c, k)->flags & (EL_TOK_WORD | EL_TOK_NUM)) || c->ti[k].group >= 0) break;
      }
    if (tr->src < 0 && root_of(tr->code) == 17 && in_at < c->n && is_word(c, in_at, W_IN)) {
      int32_t g = group_after(c, in_at + 1, in_at + 2, aside, tr->tgt);
      if (g >= 0 && c->groups[g].n == 1 &&
          strlen(c->doc->actors.v[c->members[c->groups[g].first]].code) <= 6)
        tr->src = g;
    }
    return;
  }
  /* coordinated verbs share the subject: "X met Y and praised Z", also
   * across adjuncts ("X called Y ..., and in January, following Z's
   * capture, hinted at ...") */
  int32_t coord_from = -1; /* the trigger whose subject this one shares */
  if (tr->src < 0 && coordinated(c, j, aside)) {
    for (int32_t p = ti_index - 1; p >= 0; p--) {
      const trigger *pt = &c->trig[p];
      if (pt->nominal || pt->passive || pt->src < 0) continue;
      if (c->ti[pt->b].aside != aside) continue;
      /* "accused X of torturing Y ... and said": not the gerund's subject */
      if (pt->b > 0 && (is_word(c, pt->b - 1, W_OF) || is_word(c, pt->b - 1, W_FOR)) &&
          participle(c, pt->b))
        continue;
      tr->src = pt->src;
      coord_from = p;
      break;
    }
  }
  bool comma_gerund_pair = false;
  /* "expelled X, accusing them of ...": a gerund after a comma has the
   * governing verb's subject, and "them"/"him"/"her" is its object */
  if (tr->src < 0 && j == tr->b && j > 1 && is_punct(c, j - 1, P_COMMA) && gerund(c, j)) {
    for (int32_t p = ti_index - 1; p >= 0; p--) {
      const trigger *pt = &c->trig[p];
      if (pt->nominal || pt->passive || pt->src < 0 || pt->e > j) continue;
      if (c->ti[pt->b].aside != aside) continue;
      tr->src = pt->src;
      if (tr->tgt < 0 && pt->tgt >= 0 && tr->e < c->n && object_pronoun(c, tr->e))
        tr->tgt = pt->tgt;
      /* "A and B held talks on Friday, agreeing to swap prisoners": with
       * each other */
      comma_gerund_pair = pt->pair_within && c->groups[pt->src].n >= 2;
      break;
    }
  }
  bool inherit_pair = comma_gerund_pair;
  /* "X met Y after visiting Z": a gerund right after a subordinator has
   * no subject of its own; it is the governing verb's, not the nearest
   * actor (Y) */
  if (tr->src < 0 && j == tr->b && j > 0 && has_cls(c, j - 1, EV_C_BREAK) &&
      !has_cls(c, j - 1, EV_C_REL) && participle(c, j) && !past_form(c, j)) {
    for (int32_t p = ti_index - 1; p >= 0; p--) {
      const trigger *pt = &c->trig[p];
      if (pt->nominal || pt->passive || pt->src < 0 || pt->e > j) continue;
      if (c->ti[pt->b].aside != aside) continue;
      tr->src = pt->src;
      /* "A and B fought ... before agreeing to a ceasefire": with each other */
      inherit_pair = c->groups[pt->src].n >= 2;
      break;
    }
  }
  /* "- SAID + * [111]": the target is the verb's own subject, the source
   * that of the pattern's first word */
  if (tr->src < 0 && tr->tgt >= 0 && tr->tgt_mark >= 0 && (uint32_t)tr->tgt_mark <= tr->b &&
      tr->match_b < tr->b)
    tr->src = subject_before(c, tr->match_b, aside, tr->tgt);
  if (tr->src < 0) tr->src = subject_before(c, tr->b, aside, -1);
  if (tr->src == tr->tgt) tr->src = -1;
  /* "a summit that both sides called \"constructive\"": naming, not a call */
  if (tr->pattern < 0 && root_of(tr->code) == 4 && tr->e < c->n &&
      (tok(c, tr->e)->flags & EL_TOK_QUOTE) && tok_in(c, tr->b, call_forms)) {
    tr->dropped = true;
    return;
  }
  if (tr->tgt < 0) {
    bool visit = !strcmp(tr->code, "042") || !strcmp(tr->code, "043") || !strcmp(tr->code2, "043");
    uint32_t from = tr->e;
    int32_t place = -1; /* a place passed over: the target when nothing else is */
    for (;;) {
      int32_t g = group_after(c, from, cend, aside, tr->src);
      if (g < 0) break;
      uint32_t gb = c->groups[g].b;
      /* "condemned the deal as a breach of Somali sovereignty": what the
       * object is called is not whom the judgement is aimed at */
      if (as_predicate_between(c, tr, gb)) break;
      /* "at the White House", "in Santiago": places, except as visit hosts */
      uint32_t pb = gb;
      while (pb > tr->e && has_cls(c, pb - 1, EV_C_DET)) pb--;
      /* "in northern Iraq": a part of the place named by its direction */
      if (pb > tr->e + 1 && compass_word(c, pb - 1)) pb--;
      while (pb > tr->e && has_cls(c, pb - 1, EV_C_DET)) pb--;
      /* "fired tear gas at protesters", "protested outside the Israeli
       * embassy": hostile acts aim at what the actor stage kept there */
      bool aimed = root_of(tr->code) >= 10 && pb > 0 && is_any(c, pb - 1, L_AIMED_AT);
      bool loc = !visit && !aimed && pb > 0 && is_any(c, pb - 1, L_LOCATIVES) &&
                 !actors_prep_marks_target(c->doc, c->s->tok_begin + pb - 1);
      if (loc && !c->locative_targets) {
        /* "near the Venezuelan border": where it happened, not whom */
        bool side = c->groups[g].e < c->n && (is_word(c, c->groups[g].e, W_BORDER) ||
                                              is_word(c, c->groups[g].e, W_FRONTIER));
        /* (an attack's place may lie further: "fired missiles at what it
         * called militant camps at nine sites in X") */
        int rr0 = root_of(tr->code);
        uint32_t reach = rr0 >= 18 && rr0 <= 20 ? 16 : 8;
        if (place < 0 && gb <= tr->match_e + reach && !side) place = g;
        from = c->groups[g].e;
        continue;
      }
      /* "sent soldiers to the border with X": a place, except for force
       * posture and attacks there, and yielding there ("withdrew troops
       * from the border with X", "reopened its border with X") */
      int r = root_of(tr->code);
      if (pb > 1 && (is_word(c, pb - 1, W_WITH) || is_word(c, pb - 1, W_OF)) &&
          (is_word(c, pb - 2, W_BORDER) || is_word(c, pb - 2, W_FRONTIER)) && r != 8 && r != 15 &&
          r != 18 && r != 19 && r != 20) {
        from = c->groups[g].e;
        continue;
      }
      /* an isolated verb (no pattern) codes its direct object only; a
       * pattern's target sits near what the pattern matched.  A place
       * farther on is still where it happened ("arranged for the reopening
       * of guest houses in X"), which PETRARCH's reading takes as the
       * target when nothing else is, as above */
      bool held_by = root_of(tr->code) >= 18 && held_by_before(c, tr->match_e, gb);
      if (tr->pattern < 0 && !held_by && !c->clause_targets && !direct_object(c, tr->e, gb)) {
        if (!loc || !c->locative_targets) break;
        if (place < 0 && gb <= tr->match_e + 8) place = g;
        from = c->groups[g].e;
        continue;
      }
      /* "called X a liar": naming, not a phone call */
      uint32_t ge = c->groups[g].e;
      if (tr->pattern < 0 && root_of(tr->code) == 4 && ge < c->n &&
          (is_word(c, ge, W_A) || is_word(c, ge, W_AN) || (tok(c, ge)->flags & EL_TOK_QUOTE))) {
        tr->dropped = true;
        break;
      }
      if (tr->pattern >= 0 && !c->clause_targets && gb > tr->match_e + 8) break;
      /* "intercepted a missile fired from X": X belongs to the participle */
      bool reduced = false;
      for (uint32_t k = tr->match_e > tr->e ? tr->match_e : tr->e + 1; k < gb && !reduced; k++)
        reduced = past_form(c, k) && c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0 &&
                  (tok(c, k - 1)->flags & EL_TOK_WORD) && !c->ti[k - 1].cls &&
                  c->ti[k - 1].group < 0 && !skip_filler(c, k - 1);
      if (reduced && !held_by) break;
      /* "agreed to deepen cooperation amid / in the face of X's launches":
       * X belongs to an adjunct of circumstance, not to the act */
      bool adjunct = false;
      for (uint32_t k = tr->match_e > tr->e ? tr->match_e : tr->e; k < gb && !adjunct; k++)
        adjunct = has_cls(c, k, EV_C_ADJUNCT) ||
                  (k > 0 && k + 1 < gb && tok_text_is(c, k, "face") &&
                   tok_text_is(c, k - 1, "the") && is_word(c, k + 1, W_OF));
      if (adjunct) break;
      bool comma = false;
      for (uint32_t k = tr->match_e; k < gb; k++) {
        /* "sanctions on the group's leader, X,": X names that description */
        bool appos = k + 1 == gb && k > tr->match_e && (tok(c, k - 1)->flags & EL_TOK_WORD) &&
                     !(tok(c, k - 1)->flags & EL_TOK_CAP) && c->ti[k - 1].group < 0;
        bool det = false;
        for (uint32_t j = tr->match_e; appos && j + 1 < k && !det; j++)
          det = c->ti[j].poss || has_cls(c, j, EV_C_DET);
        for (uint32_t j = tr->match_e; appos && j < k; j++)
          if (is_punct_any(c, j) || has_cls(c, j, EV_C_BREAK)) appos = false;
        comma = comma || (is_punct(c, k, P_COMMA) && !(k + 1 < gb && is_any(c, k + 1, L_LISTING)) &&
                          !(appos && det));
      }
      if (tr->pattern >= 0 && comma) break;
      if (loc) {
        if (place < 0) place = g;
        from = ge;
        continue;
      }
      tr->tgt = g;
      break;
    }
    /* a place passed over is the target when nothing else is: with
     * locative_targets (PETRARCH's reading), or for an attack there
     * ("bombed targets near Damascus") */
    int root = root_of(tr->code);
    if (tr->tgt < 0 && !tr->dropped && place >= 0 &&
        (c->locative_targets || (root >= 18 && root <= 20)))
      tr->tgt = place;
    /* "deployed a carrier to the Caribbean in a show of force against
     * X": force shown against X is aimed at X, wherever it went */
    if (!tr->dropped && root == 15)
      for (uint32_t k = tr->e; k + 1 < cend; k++)
        if (tok_text_is(c, k, "against")) {
          int32_t g = group_after(c, k + 1, k + 3 < cend ? k + 3 : cend, aside, tr->src);
          if (g >= 0) tr->tgt = g;
          break;
        }
    /* "condemned the arrest of X in Venezuela": the state where the
     * arrest was made made it (the actor stage keeps such places) */
    if (tr->tgt < 0 && !tr->dropped && place >= 0 && (root == 11 || root == 5))
      for (uint32_t k = tr->e; k < c->groups[place].b; k++)
        if (tok_text_any(c, k, held_nouns)) {
          tr->tgt = place;
          break;
        }
    /* "arrested 40 people in Tunis": people of no named country, taken
     * where it happened */
    if (tr->tgt < 0 && !tr->dropped && place >= 0 && (root == 17 || root == 14) &&
        generic_people_object(c, tr->e)) {
      tr->tgt = place;
      tr->place_people = true;
    }
  }
  /* "conceded that X isn't ...", "voiced hopes on Monday that X
   * could ...": what the clause is about is its subject */
  if (tr->tgt < 0 && !tr->dropped) {
    uint32_t k = tr->match_e;
    for (int steps = 0; k < c->n && steps < 3 && !is_word(c, k, W_THAT); steps++, k++)
      if (!(tok(c, k)->flags & EL_TOK_WORD) || c->ti[k].group >= 0 || has_cls(c, k, EV_C_BREAK))
        break;
    if (k + 1 < c->n && is_word(c, k, W_THAT)) {
      uint32_t q = k + 1;
      if (has_cls(c, q, EV_C_DET) && q + 1 < c->n) q++;
      int32_t g = c->ti[q].group;
      if (root_of(tr->code) == 13 && tr->pattern < 0)
        warned_that(c, tr, q, aside);
      else if (g >= 0 && g != tr->src && c->groups[g].b == q && c->groups[g].aside == aside)
        tr->tgt = g;
    }
  }
  /* "threatened to close the strait if the United States attacked": the
   * one whose act the threat is conditioned on is its target */
  if (tr->tgt < 0 && !tr->dropped && root_of(tr->code) == 13)
    for (uint32_t k = tr->match_e; k + 1 < c->n && k < tr->match_e + 12; k++) {
      if (is_punct(c, k, P_SEMI) || is_punct(c, k, P_COMMA)) break;
      if (!tok_text_is(c, k, "if") && !tok_text_is(c, k, "unless")) continue;
      uint32_t q = k + 1;
      while (q < c->n && has_cls(c, q, EV_C_DET)) q++;
      int32_t g = q < c->n ? c->ti[q].group : -1;
      if (g >= 0 && c->groups[g].b == q && g != tr->src && c->groups[g].aside == aside &&
          !same_country(c, g, tr->src))
        tr->tgt = g;
      break;
    }
  /* "demanded that the US stop ...", "urged that X be released": the
   * subject of the demanded act is the one asked */
  int rr = root_of(tr->code);
  if (tr->tgt < 0 && (rr == 2 || rr == 10) && tr->match_e < c->n &&
      is_word(c, tr->match_e, W_THAT)) {
    uint32_t q = tr->match_e + 1;
    while (q < c->n && has_cls(c, q, EV_C_DET)) q++;
    /* (a group may begin with its determiner: "that the two sides sign") */
    if (q < c->n && c->ti[q].group >= 0 && c->groups[c->ti[q].group].b <= q &&
        c->groups[c->ti[q].group].b > tr->match_e && c->ti[q].group != tr->src)
      tr->tgt = c->ti[q].group;
  }
  /* "threw out a case in which X accused Y", "rejected a complaint brought
   * by X": the one whose case it was is the one rejected */
  if (tr->tgt < 0 && !tr->dropped && rr == 12 && tr->pattern >= 0 && tr->match_e + 2 < c->n) {
    uint32_t q = tr->match_e;
    if (tok_text_is(c, q, "in") && tok_text_is(c, q + 1, "which"))
      q += 2;
    else if ((tok_text_is(c, q, "brought") || tok_text_is(c, q, "filed")) &&
             is_word(c, q + 1, W_BY))
      q += 2;
    else
      q = 0;
    int32_t g = q && q < c->n ? c->ti[q].group : -1;
    if (g >= 0 && c->groups[g].b == q && g != tr->src && c->groups[g].aside == aside) tr->tgt = g;
  }
  /* "suggested that X could collapse": a forecast about X, no appeal to
   * it ("suggested that X should" is one) */
  if (tr->tgt >= 0 && rr == 2 && forecast_about(c, tr->e, tr->tgt)) tr->tgt = -1;
  /* "adding that ...", "revealed that X had told him": a verb of giving
   * or cooperating used as a verb of saying; its clause is a statement */
  if (tr->pattern < 0 && (rr == 5 || rr == 6 || rr == 7) && tr->e < c->n &&
      is_word(c, tr->e, W_THAT)) {
    tr->dropped = true;
    return;
  }
  quote_pronouns(c, tr, j);
  /* "denied reports that it had expelled an X diplomat": an actor inside
   * the denied clause is what the report is about, not an accuser */
  if (tr->tgt >= 0 && !strcmp(tr->code, "016")) {
    for (uint32_t q = tr->e; q < c->groups[tr->tgt].b; q++)
      if (is_word(c, q, W_THAT)) {
        tr->tgt = -1;
        break;
      }
  }
  /* "condemned the Russian attack on X": the actor naming the act's agent
   * is the one judged, not the act's object */
  if (tr->tgt >= 0 && rr == 11 && tr->pattern >= 0) {
    for (int k = 0; k < tr->nmt; k++) {
      uint32_t q = tr->mt[k];
      if (q <= tr->e + 1) continue;
      /* past a modifier or two ("the Ukrainian drone attack") */
      for (int m = 0; m < 2 && q > tr->e + 2 && c->ti[q - 1].group < 0 && plain_modifier(c, q - 1);
           m++)
        q--;
      int32_t g = c->ti[q - 1].group;
      if (g >= 0 && g != tr->src && c->groups[g].b > tr->e && !c->ti[q - 1].poss) {
        tr->tgt = g;
        break;
      }
    }
  }
  /* "condemned the killing of X by Y", "praised the release of X by Y":
   * the act judged is Y's; X is only its object */
  if (tr->tgt >= 0 && (rr == 11 || rr == 5)) {
    const group *tg = &c->groups[tr->tgt];
    uint32_t q = tg->b;
    while (q > tr->e && (has_cls(c, q - 1, EV_C_DET) || is_any(c, q - 1, L_QUANTITY) ||
                         (tok(c, q - 1)->flags & EL_TOK_NUM)))
      q--;
    /* "the execution of X in Iran": a state's act against persons is
     * the state's where it took place */
    bool by = tg->e + 1 < c->n && is_word(c, tg->e, W_BY);
    bool in = tg->e + 1 < c->n && is_word(c, tg->e, W_IN) && q > tr->e + 2 &&
              tok_text_any(c, q - 2, held_nouns);
    if (q > tr->e + 1 && is_word(c, q - 1, W_OF) && (by || in)) {
      int32_t g = group_after(c, tg->e + 1, tg->e + 3 < cend ? tg->e + 3 : cend, aside, tr->src);
      if (g >= 0) tr->tgt = g;
    }
  }
  /* "protesters marched to the US embassy in Manila": a crowd of no
   * stated nationality demonstrates in the country where it gathers */
  if (tr->src < 0 && root_of(tr->code[0] ? tr->code : tr->code2) == 14) {
    uint32_t q = tr->b;
    while (q > 0 && skip_filler(c, q - 1)) q--;
    if (q > 0 && is_any(c, q - 1, L_CROWD))
      for (uint32_t k = tr->e; k + 1 < cend; k++) {
        int32_t g = c->ti[k + 1].group;
        if (is_word(c, k, W_IN) && g >= 0 && g != tr->tgt && c->groups[g].b == k + 1 &&
            c->groups[g].n == 1 && c->groups[g].aside == aside) {
          tr->src = g;
          tr->crowd_src = true;
          break;
        }
      }
  }
  skip_own_forces(c, tr, cend, aside);
  if (tr->tgt < 0 && !tr->dropped && rr >= 18 && rr <= 20) tr->tgt = reporting_state(c, tr);
  /* "visited Kyiv and pledged new military aid": a promise or a gift with
   * no one named goes to whom the shared subject just acted on */
  if (tr->tgt < 0 && coord_from >= 0 && c->trig[coord_from].tgt >= 0 &&
      c->trig[coord_from].tgt != tr->src && (rr == 3 || rr == 5 || rr == 6 || rr == 7))
    tr->tgt = c->trig[coord_from].tgt;
  /* "A and B discussed the future of X": X is the topic of a consultation
   * between A and B */
  if (tr->tgt >= 0 && rr == 4 && tr->src >= 0 && c->groups[tr->src].n >= 2 &&
      c->groups[tr->tgt].b > tr->e + 1 && is_word(c, c->groups[tr->tgt].b - 1, W_OF) &&
      adjacent_subject(c, tr->src, tr->b) && joint_act(c, tr))
    tr->tgt = -1;
  if (tr->tgt < 0 && tr->src >= 0 && c->groups[tr->src].n >= 2 &&
      (adjacent_subject(c, tr->src, tr->b) || inherit_pair) && joint_act(c, tr))
    tr->pair_within = true;
  mediation_between_pair(c, tr, aside);
}

/* "The Indian army said Pakistani troops had opened fire", "Pakistani
 * troops opened fire overnight, the Indian army said": an attack with no
 * target named, reported by a state other than the attacker's, was made
 * on the reporting state.  The reporter's group, or -1. */
static int32_t reporting_state(const ctx *c, const trigger *tr) {
  static const char *const speech[] = {"said", "says", "reported", "stated", NULL};
  /* "fired two missiles into the sea": a launch or test aimed at no one */
  static const char *const unaimed[] = {"sea", "waters", "coast", "test", "tests", NULL};
  if (tr->src < 0) return -1;
  for (uint32_t k = tr->e; k < c->n && !is_punct(c, k, P_SEMI); k++)
    if (tok_text_any(c, k, unaimed)) return -1;
  int32_t rep = -1;
  uint32_t k = c->groups[tr->src].b;
  while (k > 0 && has_cls(c, k - 1, EV_C_DET)) k--;
  if (k > 0 && is_word(c, k - 1, W_THAT)) k--;
  while (k > 0 && (c->ti[k - 1].timex || is_word(c, k - 1, W_ON))) k--;
  if (k > 1 && tok_text_any(c, k - 1, speech) && c->ti[k - 2].group >= 0) rep = c->ti[k - 2].group;
  if (rep < 0) {
    /* ", the X army said." closing the sentence */
    uint32_t e = c->n;
    while (e > 0 && is_punct_any(c, e - 1)) e--;
    while (e > 0 && (c->ti[e - 1].timex || is_word(c, e - 1, W_ON))) e--;
    if (e > 2 && tok_text_any(c, e - 1, speech)) {
      uint32_t q = e - 1;
      /* "the Indian army said", "Afghan officials said": the group or a
       * role word or two after it */
      for (int words = 0; q > 0 && words < 3 && c->ti[q - 1].group < 0; words++) q--;
      if (q > 0 && c->ti[q - 1].group >= 0 && c->groups[c->ti[q - 1].group].b > tr->e) {
        uint32_t b = c->groups[c->ti[q - 1].group].b;
        while (b > 0 && has_cls(c, b - 1, EV_C_DET)) b--;
        if (b > 0 && is_punct(c, b - 1, P_COMMA)) rep = c->ti[q - 1].group;
      }
    }
  }
  if (rep < 0 || rep == tr->src || c->groups[rep].n != 1 || same_country(c, rep, tr->src))
    return -1;
  const el_actor_mention *a = &c->doc->actors.v[c->members[c->groups[rep].first]];
  if (!a->country[0] || !strncmp(a->country, "IGO", 3) || !strncmp(a->country, "NGO", 3)) return -1;
  return rep;
}

/* ---- combinations ("agreed to meet") ------------------------------------- */

/* Code for "T1 to T2", "" if the pair does not combine. */
static void combine_codes(const char *c1, const char *c2, char out[8]) {
  int r1 = root_of(c1), r2 = root_of(c2);
  out[0] = '\0';
  if (r1 < 0 || r2 < 0) return;
  bool mediate = strncmp(c2, "045", 3) == 0;
  const char *r = NULL;
  if (r1 == 5 || r1 == 1) r1 = 3; /* "agreed to / looked forward to <verb>": intent */
  if (r1 == 3) {                  /* intent */
    if (r2 == 4)
      r = mediate ? "039" : "036";
    else if (r2 == 5)
      r = "032";
    else if (r2 == 6)
      r = "031";
    else if (r2 == 7)
      r = "033";
    else if (r2 == 8)
      r = "035";
    else if (r2 == 3)
      r = c2;
    else if (r2 >= 14)
      r1 = 13; /* intent to use force is a threat */
  }
  if (r1 == 2 || r1 == 10) {
    bool ap = r1 == 2;
    if (r2 == 4)
      r = mediate ? (ap ? "028" : "108") : (ap ? "026" : "106");
    else if (r2 == 5)
      r = ap ? "022" : "102";
    else if (r2 == 6)
      r = ap ? "021" : "101";
    else if (r2 == 7)
      r = ap ? "023" : "103";
    else if (r2 == 8)
      r = ap ? "025" : "105";
  }
  if (r1 == 13) {
    if (r2 == 14)
      r = "133";
    else if (r2 == 15 || r2 >= 18)
      r = "138";
    else if (r2 == 17)
      r = strncmp(c2, "172", 3) == 0 ? "132" : "137";
    else if (r2 == 16)
      r = strncmp(c2, "163", 3) == 0 ? "1312" : "131";
  }
  if (r1 == 12) {
    if (r2 == 4)
      r = mediate ? "126" : "125";
    else if (r2 == 6)
      r = "121";
    else if (r2 == 7)
      r = "122";
    else if (r2 == 8)
      r = "124";
  }
  /* the governed act did not happen (yet): keep the governor's code */
  if (!r && (r1 == 2 || r1 == 3 || r1 == 10 || r1 == 12 || r1 == 13)) r = c1;
  if (r) snprintf(out, 8, "%s", r);
}

static const char *const planning[] = {"plan",    "plans",    "planned",   "planning", "intend",
                                       "intends", "intended", "intending", NULL};
static void combine_triggers(ctx *c) {
  for (int32_t k = 1; k < c->ntrig; k++) {
    trigger *t2 = &c->trig[k];
    if (t2->dropped) continue;
    /* find "to" before t2 with at most 3 plain words between */
    uint32_t j = t2->b;
    int steps = 0;
    /* numbers count as plain words ("threatened to impose 50 percent tariffs") */
    while (j > 0 && steps < 4 && !is_word(c, j - 1, W_TO) &&
           (tok(c, j - 1)->flags & (EL_TOK_WORD | EL_TOK_NUM)) && c->ti[j - 1].group < 0 &&
           !is_word(c, j - 1, W_AND) && !is_word(c, j - 1, W_OR) && !is_word(c, j - 1, W_BUT) &&
           !has_cls(c, j - 1, EV_C_ADJUNCT)) { /* "to improve ties during talks" */
      j--;
      steps++;
    }
    if (j == 0 || !is_word(c, j - 1, W_TO)) continue;
    uint32_t to = j - 1, before = to;
    int32_t obj = -1;
    if (before > 0 && c->ti[before - 1].group >= 0) {
      obj = c->ti[before - 1].group;
      before = c->groups[obj].b;
    }
    if (obj >= 0 && before > 0 && (is_word(c, before - 1, W_TO) || is_word(c, before - 1, W_FOR)))
      before--; /* "an invitation to X to visit" */
    while (before > 0 && skip_filler(c, before - 1)) before--;
    /* "agreed on Monday to resume": a time expression between */
    if (before > 0 && c->ti[before - 1].timex) {
      while (before > 0 && c->ti[before - 1].timex) before--;
      if (before > 0 && (is_word(c, before - 1, W_ON) || is_word(c, before - 1, W_IN))) before--;
      while (before > 0 && skip_filler(c, before - 1)) before--;
    }
    for (int32_t p = k - 1; p >= 0; p--) {
      trigger *t1 = &c->trig[p];
      if (t1->dropped || t1->e > before) continue;
      if (t1->match_e < before && t1->e != before) break;
      /* "hopes to visit Y", "wants to join": no one addressed, so the
       * subject's own wish, not an appeal; the act is only intended */
      if (obj < 0 && root_of(t1->code) == 2 && t1->pattern < 0) {
        t1->dropped = true;
        if (t2->mood.mood == EL_MOOD_FACT) t2->mood.mood = EL_MOOD_INTENT;
        t2->mood.negated = true;
        break;
      }
      /* "plans to expel", "intends to buy": a plan reported, neither the
       * act nor an intent expressed to the other side */
      if (tok_text_any(c, t1->b, planning)) {
        t1->dropped = true;
        if (t2->mood.mood == EL_MOOD_FACT) t2->mood.mood = EL_MOOD_INTENT;
        t2->mood.negated = true;
        break;
      }
      char code[8];
      combine_codes(t1->code, t2->code, code);
      if (!code[0]) break;
      memcpy(t1->code, code, sizeof code);
      t1->code2[0] = '\0';
      /* "invited X to visit Y", "asked X to mediate": X is the target;
       * "rejected X's offer to buy Y": the offer is X's, so X stays */
      bool owned_intent = t1->tgt >= 0 && is_any(c, to - 1, L_INTENT_NOUNS);
      if (obj >= 0 && obj != t1->src)
        t1->tgt = obj;
      else if (t2->tgt >= 0 && t2->tgt != t1->src && !owned_intent)
        t1->tgt = t2->tgt;
      skip_own_forces(c, t1, clause_end(c, t2->match_e), c->ti[t1->b].aside);
      /* (a pair the verb already had: "A and B met, agreeing to ...") */
      t1->pair_within = t1->tgt < 0 && t1->src >= 0 && c->groups[t1->src].n >= 2 &&
                        (t1->pair_within || adjacent_subject(c, t1->src, t1->b));
      /* "A and B agreed to patrol the border": force used together is
       * military cooperation promised, not a threat to each other */
      if (t1->pair_within && root_of(t1->code) == 13 && is_any(c, t1->b, L_AGREE))
        memcpy(t1->code, "0312", 5);
      t2->dropped = true;
      break;
    }
  }
}

static const char *const imminent[] = {"about", "going", NULL};
/* ("due to meet next month", "set to visit": scheduled, not yet done) */
static const char *const modal_adj[] = {"likely", "unlikely",  "ready",  "willing", "unwilling",
                                        "eager",  "prepared",  "poised", "able",    "unable",
                                        "keen",   "reluctant", "due",    "set",     NULL};
static const char *const intent_nouns[] = {
    "plan",        "plans",   "intention", "intentions", "decision", "bid",     "readiness",
    "willingness", "offer",   "proposal",  "promise",    "pledge",   "attempt", "attempts",
    "effort",      "efforts", "move",      "threat",     "threats",  NULL};
/* A verb in a to-infinitive that no governor absorbed ("called for a
 * meeting to remove the forces", "plans to deploy") is not asserted as
 * having happened: intent, flagged negated.  "about to"/"going to" are
 * imminent and stay factual. */
/* A lowercase word that is no verb, actor or closed-class word
 * ("new", "fresh"). */
static bool plain_modifier(const ctx *c, uint32_t k) {
  const el_token *t = tok(c, k);
  return (t->flags & EL_TOK_WORD) && !(t->flags & EL_TOK_CAP) && !c->ti[k].cls &&
         c->ti[k].group < 0 && !(c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0);
}

/* "the United States and France, which brokered the truce, to pressure":
 * for a comma at k that closes a relative aside opened right after an
 * actor (", which / who ..."), the actor's last token; else k. */
static uint32_t before_relative_aside(const ctx *c, uint32_t k) {
  if (!is_punct(c, k, P_COMMA)) return k;
  for (uint32_t m = k; m > 1 && k - m < 14; m--) {
    if (!is_punct(c, m - 1, P_COMMA)) continue;
    if (!has_cls(c, m, EV_C_REL) || c->ti[m - 2].group < 0) return k;
    return m - 2;
  }
  return k;
}

static void mark_infinitives(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *t = &c->trig[k];
    if (t->dropped || t->b == 0) continue;
    uint32_t j = t->b;
    if (t->nominal) {
      /* "a decision to raise tariffs": the noun is the object of an
       * infinitive's verb (no trigger itself), up to two modifiers between */
      int mods = 0;
      while (j > 0 && mods <= 2 && (has_cls(c, j - 1, EV_C_DET) || plain_modifier(c, j - 1))) {
        j--;
        mods++;
      }
      if (j == 0 || c->ti[j - 1].id < 0 || c->vd->form_head[c->ti[j - 1].id] < 0 ||
          c->ti[j - 1].group >= 0)
        continue;
      j--;
    }
    while (j > 0 && is_adverb(c, j - 1)) j--;
    if (j == 0 || !is_word(c, j - 1, W_TO)) continue;
    if (j < 2 || is_any(c, j - 2, L_IMMINENT)) continue;
    /* governed by a verb ("plans to", "asked X to"), not by a noun or an
     * adjective ("an honor to speak", "glad to meet") */
    uint32_t g = before_relative_aside(c, j - 2);
    /* "work together to enhance", "act quickly to stop" */
    while (g > 0 && (is_adverb(c, g) || text_token_is(c->doc, tok(c, g), "together"))) g--;
    bool by_verb =
        c->ti[g].group >= 0 || (c->ti[g].id >= 0 && c->vd->form_head[c->ti[g].id] >= 0 &&
                                !(g > 0 && (has_cls(c, g - 1, EV_C_DET) || c->ti[g - 1].poss)));
    /* or by a verb past its object ("ordered the government to halt") */
    if (!by_verb) {
      uint32_t q = g;
      int words = 0;
      while (q > 0 && words < 3 && plain_modifier(c, q)) q--, words++;
      by_verb = words > 0 && q > 0 && has_cls(c, q, EV_C_DET) && c->ti[q - 1].group < 0 &&
                c->ti[q - 1].id >= 0 && c->vd->form_head[c->ti[q - 1].id] >= 0;
    }
    /* or by any verb after a modal ("how we can work together to enhance") */
    bool modal = g > 0 && is_any(c, g - 1, EV_L_MODAL) && (tok(c, g)->flags & EL_TOK_WORD);
    /* or by a noun of intent ("no plans to withdraw", "a bid to join"),
     * or an adjective of likelihood or readiness ("unlikely to meet") */
    if (!by_verb && !modal && !is_any(c, g, L_INTENT_NOUNS) && !is_any(c, g, L_MODAL_ADJ)) continue;
    if (modal && t->mood.mood == EL_MOOD_FACT) t->mood.mood = EL_MOOD_HYPOTHETICAL;
    if (t->mood.mood == EL_MOOD_FACT) t->mood.mood = EL_MOOD_INTENT;
    t->mood.negated = true;
  }
}

/* "accused Kigali of sending troops to back the rebels": every act told
 * inside the gerund complement of an accusation is its content, not a
 * fact ("to back" was Rwanda backing the rebels); the complement ends at
 * a comma, a clause break or a relative pronoun ("rebels who seized the
 * city" is the writer's own account). */
static void drop_accused_content(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    const trigger *t1 = &c->trig[k];
    if (t1->dropped || t1->nominal || root_of(t1->code[0] ? t1->code : t1->code2) != 11) continue;
    uint32_t p = t1->e;
    while (p < c->n && p < t1->e + 6 && !is_word(c, p, W_OF) && !is_punct_any(c, p)) p++;
    if (p + 1 >= c->n || !is_word(c, p, W_OF) || !participle(c, p + 1)) continue;
    const el_token *g = tok(c, p + 1);
    if (g->end - g->start < 4 || strncasecmp(c->doc->text + g->end - 3, "ing", 3) != 0) continue;
    uint32_t end = p + 1;
    while (end < c->n && !is_punct_any(c, end) && !has_cls(c, end, EV_C_BREAK | EV_C_REL)) end++;
    for (int32_t j = k + 1; j < c->ntrig; j++) {
      trigger *t2 = &c->trig[j];
      if (t2->b > p && t2->b < end) t2->dropped = true;
    }
  }
}

/* A statement verb ("said") whose pattern words lie past its target read
 * into the reported clause ("said the administration plans to ..."): the
 * clause is not the statement's object. */
static void drop_complement_readings(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *t = &c->trig[k];
    if (t->dropped || t->pattern < 0 || t->tgt < 0 || t->nmt == 0) continue;
    const vd_block *blk = &c->vd->blocks.v[c->vd->verbs.v[t->verb].block];
    if (root_of(blk->code) != 1) continue;
    if (t->mt[t->nmt - 1] <= c->groups[t->tgt].b) continue;
    /* "said Russia was behind the sabotage": what the clause says of the
     * target right after it is the accusation */
    if (root_of(t->code) == 11 && t->mt[0] == c->groups[t->tgt].e) continue;
    /* "told Y in a phone call that ...": a phrase of the verb's own right
     * after the person it addresses, not the reported clause ("discussed
     * Ukraine in a phone call": Ukraine is a topic, not a party) */
    uint32_t first = 0;
    for (int m = 0; m < t->nmt && !first; m++)
      if (t->mt[m] > c->groups[t->tgt].b) first = t->mt[m];
    const el_actor_mention *addressee = &c->doc->actors.v[c->members[c->groups[t->tgt].first]];
    if (first == c->groups[t->tgt].e && addressee->is_person) continue;
    /* "A and B discussed Ukraine in a phone call": the pair consulted */
    if (root_of(t->code) == 4 && t->src >= 0 && c->groups[t->src].n >= 2 &&
        adjacent_subject(c, t->src, t->b)) {
      t->tgt = -1;
      t->pair_within = true;
    } else {
      t->dropped = true;
    }
  }
}

/* "demanded that X stop arming Y": what is demanded has not happened. */
static void mark_demanded(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    const trigger *t1 = &c->trig[k];
    int r = root_of(t1->code);
    if (t1->dropped || (r != 2 && r != 10) || t1->match_e >= c->n ||
        !is_word(c, t1->match_e, W_THAT))
      continue;
    for (int32_t j = k + 1; j < c->ntrig; j++) {
      trigger *t2 = &c->trig[j];
      bool stop = false;
      for (uint32_t q = t1->match_e; q < t2->b && !stop; q++) stop = is_punct(c, q, P_SEMI);
      if (stop) break;
      if (t2->mood.mood == EL_MOOD_FACT) t2->mood.mood = EL_MOOD_HYPOTHETICAL;
      t2->mood.negated = true;
    }
  }
}

/* "would veto new EU sanctions", "will not lift US sanctions": an act named
 * in the object of a verb that did not happen did not happen either.  A
 * reaction ("did not condemn the strikes") says nothing about its object. */
static void inherit_object_mood(ctx *c) {
  static const int reacting[] = {1, 2, 5, 10, 11, 12};
  for (int32_t k = 1; k < c->ntrig; k++) {
    trigger *t2 = &c->trig[k];
    if (t2->dropped || t2->mood.negated) continue;
    const trigger *t1 = NULL;
    for (int32_t p = k - 1; p >= 0 && !t1; p--)
      if (!c->trig[p].dropped && c->trig[p].e <= t2->b) t1 = &c->trig[p];
    if (!t1 || !t1->mood.negated || t1->nominal) continue;
    int r = root_of(t1->code[0] ? t1->code : t1->code2);
    bool react = false;
    for (size_t x = 0; x < sizeof reacting / sizeof reacting[0]; x++)
      react = react || r == reacting[x];
    if (react) continue;
    bool object = t2->b - t1->e <= 6;
    for (uint32_t q = t1->e; q < t2->b && object; q++)
      object = c->ti[q].group >= 0 || has_cls(c, q, EV_C_DET) || (tok(c, q)->flags & EL_TOK_NUM) ||
               ((tok(c, q)->flags & EL_TOK_WORD) && !c->ti[q].cls &&
                !(c->ti[q].id >= 0 && c->vd->form_head[c->ti[q].id] >= 0));
    if (object) t2->mood = t1->mood;
  }
}

static const char *const alleging[] = {"convicted", "accused", "suspected", "charged",
                                       "suspicion", "guilty",  "allegedly", NULL};
/* "accused X of provoking ...", "criticized X for blocking ...": the gerund
 * is the content of the first act, not an act of its own. */
/* "accused X of orchestrating sabotage": the dropped gerund's object noun,
 * read as a verb of its own, goes with it */
static void drop_gerund_object(ctx *c, int32_t k) {
  const trigger *t2 = &c->trig[k];
  /* "accused X of planning and financing an attack": the gerund joined by
   * "and"/"or" is the same content */
  if (k + 1 < c->ntrig) {
    trigger *t3 = &c->trig[k + 1];
    if (t3->b == t2->e + 1 && (is_word(c, t2->e, W_AND) || is_word(c, t2->e, W_OR)) &&
        participle(c, t3->b)) {
      const el_token *tk = tok(c, t3->b);
      if (tk->end - tk->start > 4 && !strncasecmp(c->doc->text + tk->end - 3, "ing", 3))
        t3->dropped = true;
    }
  }
  for (int32_t u = k + 1; u < c->ntrig; u++) {
    trigger *t3 = &c->trig[u];
    if (t3->b < t2->e || t3->b > t2->e + 2) break;
    bool object = true;
    for (uint32_t q = t2->e; q < t3->b && object; q++)
      object = has_cls(c, q, EV_C_DET) || plain_word(c, q);
    if (object) t3->dropped = true;
  }
}

static void drop_gerund_complements(ctx *c) {
  for (int32_t k = 1; k < c->ntrig; k++) {
    trigger *t2 = &c->trig[k];
    if (t2->dropped || t2->nominal || t2->b < 2 || !participle(c, t2->b)) continue;
    const el_token *tk = tok(c, t2->b);
    if (strncasecmp(c->doc->text + tk->end - 3, "ing", 3) != 0) continue;
    uint32_t p = t2->b - 1;
    /* "warned X against joining NATO": what X is warned off */
    if (!is_word(c, p, W_OF) && !is_word(c, p, W_FOR) && !tok_text_is(c, p, "against")) continue;
    /* "convicted of spying", "on suspicion of plotting": an allegation */
    if (p > 0 && is_any(c, p - 1, L_ALLEGING)) {
      t2->dropped = true;
      drop_gerund_object(c, k);
      continue;
    }
    for (int32_t j = k - 1; j >= 0; j--) {
      trigger *t1 = &c->trig[j];
      /* "accused Russia of torturing Ukrainian prisoners": the object right
       * after the verb is the accused, whatever a pattern matched later */
      int32_t g = p > 0 ? c->ti[p - 1].group : -1;
      int r1 = root_of(t1->code[0] ? t1->code : t1->code2);
      if (!t1->dropped && !t1->nominal && r1 >= 10 && r1 <= 13 && g >= 0 && g != t1->src &&
          c->groups[g].b == t1->e && c->groups[g].e == p)
        t1->tgt = g;
      if (t1->dropped || t1->nominal || t1->tgt < 0) continue;
      /* "thanked X for releasing Y": thanks and praise take the act as
       * done, by X */
      bool praised = root_of(t1->code[0] ? t1->code : t1->code2) == 5 && is_word(c, p, W_FOR) &&
                     t2->src == t1->tgt;
      /* "indicted a Chinese national for spying": past the head noun */
      uint32_t ge = c->groups[t1->tgt].e;
      while (ge < p && ge < c->groups[t1->tgt].e + 2 && plain_word(c, ge)) ge++;
      if (ge == p && !praised) {
        t2->dropped = true;
        drop_gerund_object(c, k);
      }
      break;
    }
    /* "accused it of arming itself with French weapons": the accused
     * between, even when the accusation found no accuser */
    int32_t acc = c->ti[p - 1].group;
    bool named = acc >= 0 && c->groups[acc].e == p;
    bool pronoun = text_token_is(c->doc, tok(c, p - 1), "it") ||
                   text_token_is(c->doc, tok(c, p - 1), "them") ||
                   text_token_is(c->doc, tok(c, p - 1), "him") ||
                   text_token_is(c->doc, tok(c, p - 1), "her");
    uint32_t accb = named ? c->groups[acc].b : p - 1;
    if (!t2->dropped && (named || pronoun) && accb > 0 && is_any(c, accb - 1, L_ALLEGING)) {
      t2->dropped = true;
      drop_gerund_object(c, k);
    }
  }
}

/* "were receiving medical and psychological help": the subject gets what
 * the word names, from someone not named; no act of the subject's. */
static const char *const receiving[] = {"receive", "receives", "received", "receiving", NULL};
static void drop_received(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *t = &c->trig[k];
    if (t->dropped) continue;
    /* "servicemen had been returned from": sent back, not a return visit */
    if (t->passive && !strcmp(t->code, "042") && !strcmp(t->code2, "043") &&
        tok_text_is(c, t->b, "returned")) {
      t->dropped = true;
      continue;
    }
    uint32_t q = t->b;
    for (int steps = 0; q > 0 && steps < 5; steps++) {
      q--;
      if (tok_in(c, q, receiving)) {
        t->dropped = true;
        break;
      }
      if (!plain_word(c, q) && !is_word(c, q, W_AND)) break;
    }
  }
}

/* "territory controlled by Kyiv", "a firm owned by the state": a
 * participle describing who holds a thing, not an act. */
static void drop_holding_participles(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *t = &c->trig[k];
    if (t->dropped || t->b == 0 || t->e >= c->n || !tok_in(c, t->b, holding)) continue;
    const el_token *pw = tok(c, t->b - 1);
    bool noun_before =
        plain_word(c, t->b - 1) || ((pw->flags & EL_TOK_WORD) && !(pw->flags & EL_TOK_CAP) &&
                                    c->ti[t->b - 1].group < 0 && !c->ti[t->b - 1].cls);
    if (noun_before && !is_any(c, t->b - 1, EV_L_BE) && !tok_text_is(c, t->b - 1, "being") &&
        is_word(c, t->e, W_BY))
      t->dropped = true; /* not "is being controlled by" */
  }
}

/* "called on the EU to impose sanctions on X", "urged Y to withdraw": the
 * one asked is the agent of the act asked for, not the nearest actor
 * before it. */
static void asked_acts(ctx *c) {
  for (int32_t k = 1; k < c->ntrig; k++) {
    trigger *t2 = &c->trig[k];
    if (t2->dropped || t2->b < 2 || !is_word(c, t2->b - 1, W_TO)) continue;
    uint32_t last = before_relative_aside(c, t2->b - 2);
    int32_t g = c->ti[last].group;
    if (g < 0 || c->groups[g].e != last + 1 || t2->src == g) continue;
    for (int32_t p = k - 1; p >= 0; p--) {
      const trigger *t1 = &c->trig[p];
      if (t1->dropped || t1->b > c->groups[g].b) continue;
      int r1 = root_of(t1->code[0] ? t1->code : t1->code2);
      if (t1->tgt == g && (r1 == 2 || r1 == 10)) {
        t2->src = g;
        if (t2->tgt == g) t2->tgt = -1;
      }
      break;
    }
  }
}

/* "summoned the ambassador to protest ...", "was summoned to lodge a
 * strong protest": the complaint is the summoner's, made to the one
 * summoned; a diplomatic protest, not a demonstration (14 -> 114). */
static const char *const summoning[] = {"summon", "summons", "summoned", "summoning", NULL};
static void summoned_to_protest(ctx *c) {
  for (int32_t k = 0; k + 1 < c->ntrig; k++) {
    const trigger *t1 = &c->trig[k];
    if (t1->dropped || t1->nominal || !tok_in(c, t1->b, summoning)) continue;
    trigger *t2 = &c->trig[k + 1];
    uint32_t q = t1->e;
    if (t1->tgt >= 0 && !t1->passive && c->groups[t1->tgt].b >= q) q = c->groups[t1->tgt].e;
    /* "on Wednesday", and the comma closing an apposition ("summoned
     * X's ambassador, Y, on Monday to protest") */
    while (q < t2->b && (c->ti[q].timex || is_word(c, q, W_ON) || is_punct(c, q, P_COMMA))) q++;
    if (q + 1 != t2->b || !is_word(c, q, W_TO) || t2->dropped) continue;
    int r2 = root_of(t2->code[0] ? t2->code : t2->code2);
    if (r2 != 11 && r2 != 14) continue;
    int32_t summoned = t1->tgt; /* the object, or the passive's subject */
    if (summoned < 0) continue;
    int32_t summoner = t1->src;
    /* "India said Pakistan's envoy had been summoned to ...": in a report
     * the summoner without a "by" is the one reporting */
    for (int32_t p = k - 1; summoner < 0 && t1->passive && p >= 0; p--) {
      const trigger *sp = &c->trig[p];
      if (!sp->dropped && !strcmp(sp->code, "010") && sp->src >= 0 &&
          !same_country(c, sp->src, summoned))
        summoner = sp->src;
    }
    if (summoner < 0) continue;
    t2->tgt = summoned;
    t2->src = summoner;
    t2->mood = t1->mood;
    if (r2 == 14) {
      memcpy(t2->code, "114", 4);
      t2->code2[0] = '\0';
    }
  }
}

/* "called Myanmar's leader to urge an end to the violence", "phoned X to
 * discuss trade": a call (040, both ways) whose purpose was carried out in
 * it; the appeal or discussion is coded too, to the one called. */
static const char *const calling[] = {"call",   "calls",  "called",     "calling",
                                      "phoned", "phones", "telephoned", NULL};
static void called_to_urge(ctx *c) {
  for (int32_t k = 0; k + 1 < c->ntrig; k++) {
    trigger *t1 = &c->trig[k];
    if (t1->nominal || t1->src < 0 || !tok_in(c, t1->b, calling)) continue;
    /* the one called right after the verb, then "to" and the purpose */
    uint32_t q = t1->e;
    while (q < c->n && has_cls(c, q, EV_C_DET)) q++;
    int32_t obj = q < c->n ? c->ti[q].group : -1;
    if (obj < 0 || obj == t1->src || c->groups[obj].b != q) continue;
    uint32_t to = c->groups[obj].e;
    if (to + 1 >= c->n || !is_word(c, to, W_TO)) continue;
    trigger *t2 = NULL;
    for (int32_t u = k + 1; u < c->ntrig && !t2; u++)
      if (c->trig[u].b == to + 1) t2 = &c->trig[u];
    if (!t2) continue;
    int r2 = root_of(t2->code[0] ? t2->code : t2->code2);
    if (r2 != 1 && r2 != 2 && r2 != 4 && r2 != 10) continue;
    t1->dropped = false;
    memcpy(t1->code, "040", 4);
    t1->code2[0] = '\0';
    t1->tgt = obj;
    t1->pair_within = false;
    t2->dropped = false;
    t2->src = t1->src;
    t2->tgt = obj;
    t2->mood = t1->mood;
  }
}

/* "agreed to hold joint drills": agreeing to an act no pattern combined
 * with is still a promise (030), not diplomatic cooperation (050). */
static void agreed_to_intent(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *t = &c->trig[k];
    if (t->dropped || t->nominal || root_of(t->code) != 5 || t->code2[0]) continue;
    /* "agreed on Tuesday to build": past a time expression */
    uint32_t j = t->e;
    if (j + 1 < c->n && is_word(c, j, W_ON) && c->ti[j + 1].timex) j++;
    while (j < c->n && c->ti[j].timex) j++;
    if (is_any(c, t->b, L_AGREE) && infinitive_to(c, j)) memcpy(t->code, "030", 4);
  }
}

/* "condemned the detention of X by Y", "praised the Saudi mediation": a
 * judgement with no target of its own is aimed at the agent of the act
 * named as its object. */
static void reaction_targets(ctx *c) {
  for (int32_t k = 1; k < c->ntrig; k++) {
    const trigger *t2 = &c->trig[k];
    if (!t2->reaction) continue;
    trigger *t1 = NULL;
    for (int32_t p = k - 1; p >= 0 && !t1; p--)
      if (!c->trig[p].dropped && !c->trig[p].nominal && c->trig[p].e <= t2->b) t1 = &c->trig[p];
    if (!t1 || t1->tgt >= 0 || t1->src < 0 || t1->src == t2->src || t2->b - t1->e > 3) continue;
    int r = root_of(t1->code[0] ? t1->code : t1->code2);
    if (r != 11 && r != 5 && !(r == 12 && t2->src < 0)) continue;
    bool object = true;
    for (uint32_t q = t1->e; q < t2->b && object; q++)
      object = has_cls(c, q, EV_C_DET) ||
               ((tok(c, q)->flags & EL_TOK_WORD) && !c->ti[q].cls && c->ti[q].group < 0);
    if (!object) continue;
    if (t2->src >= 0)
      t1->tgt = t2->src;
    else if (t1->b + 1 < t2->b && has_cls(c, t1->e, EV_C_DET)) /* "the sanctions" */
      t1->react_root = root_of(t2->code[0] ? t2->code : t2->code2);
  }
}

/* Root of the act a word names by the code of its verb entry ("the
 * strikes" -> 19), 0 if it has none. */
static int act_word_root(const ctx *c, uint32_t q) {
  int32_t ids[2] = {c->ti[q].id, c->ti[q].sing};
  for (int k = 0; k < 2; k++) {
    if (ids[k] < 0 || c->vd->form_head[ids[k]] < 0) continue;
    const vd_verb *v = &c->vd->verbs.v[c->vd->forms.v[c->vd->form_head[ids[k]]].verb];
    int r = root_of(v->code[0] ? v->code : v->code2);
    if (r > 0) return r;
  }
  return 0;
}

/* The token after determiner q that names the act, past one actor used as
 * its modifier ("the Washington agreement", "the Doha talks"); q + 1 when
 * no actor stands there. */
static uint32_t act_noun_after(const ctx *c, uint32_t q) {
  int32_t g = q + 1 < c->n ? c->ti[q + 1].group : -1;
  if (g < 0 || c->groups[g].b != q + 1) return q + 1;
  uint32_t ge = c->groups[g].e;
  return ge < c->n && (tok(c, ge)->flags & EL_TOK_WORD) && !(tok(c, ge)->flags & EL_TOK_CAP) &&
                 act_word_root(c, ge) > 0
             ? ge
             : q + 1;
}

/* "Egypt condemned the strikes", "Peru protested the arrests": a reaction verb whose object is a
 * definite noun of a hostile act (roots 13-20) that no actor of its
 * sentence names; its target is that act's agent, named earlier. */
static void reaction_to_named_act(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *t = &c->trig[k];
    if (t->dropped || t->nominal || t->src < 0 || t->tgt >= 0 || t->react_root) continue;
    int r = root_of(t->code[0] ? t->code : t->code2);
    bool praise = !strncmp(t->code, "051", 3);
    /* "called the raid \"an authoritarian act\"": naming a hostile act
     * criticizes its agent */
    bool naming = r == 4 && t->pattern < 0 && tok_in(c, t->b, call_forms);
    if (r != 11 && r != 12 && r != 14 && !praise && !naming) continue;
    if (t->e + 1 >= c->n || !has_cls(c, t->e, EV_C_DET)) continue;
    uint32_t q = act_noun_after(c, t->e) - 1; /* q + 1: the act's noun */
    if (c->ti[q + 1].group >= 0) continue;
    int ar = act_word_root(c, q + 1);
    if (naming) {
      bool named_as = q + 2 < c->n && ((tok(c, q + 2)->flags & EL_TOK_QUOTE) ||
                                       is_word(c, q + 2, W_A) || is_word(c, q + 2, W_AN));
      if (!named_as || ar < 13 || ar > 20) continue;
      memcpy(t->code, "111", 4);
      t->code2[0] = '\0';
      t->react_root = ar;
      continue;
    }
    /* the noun ends its phrase: "the strikes", not "the strike force" */
    bool ends = q + 2 >= c->n || !(tok(c, q + 2)->flags & EL_TOK_WORD) ||
                has_cls(c, q + 2, EV_C_NOMPREP | EV_C_BREAK | EV_C_NOSRC) ||
                is_word(c, q + 2, W_AND) || tok_text_is(c, q + 2, "as"); /* "as a violation" */
    /* or of a meeting, promise or deal of others ("criticised the
     * meeting", "welcomed the agreement"): its parties are the target */
    bool hostile = ar >= 13 && ar <= 20 && !praise;
    bool accord = ar >= 3 && ar <= 5 && r != 14;
    if ((hostile || accord) && ends && !is_word(c, q + 2, W_OF) && !is_word(c, q + 2, W_BY))
      t->react_root = ar;
  }
}

/* "A and B agreed ... during a summit in Tokyo", "X signed a deal with Y
 * during talks": a consultation named by a noun after "during", with no
 * parties of its own, is between the parties of the act it frames. */
static void during_scene_parties(ctx *c) {
  for (int32_t k = 1; k < c->ntrig; k++) {
    trigger *t2 = &c->trig[k];
    if (!t2->nominal || t2->dropped || t2->src >= 0 || t2->tgt >= 0) continue;
    if (root_of(t2->code[0] ? t2->code : t2->code2) != 4) continue;
    uint32_t p = t2->b; /* "during" (a|the|their) (adjective) <noun> */
    while (p > 0 && t2->b - p < 4 && !tok_text_is(c, p - 1, "during") &&
           (tok(c, p - 1)->flags & EL_TOK_WORD) && c->ti[p - 1].group < 0)
      p--;
    if (p == 0 || !tok_text_is(c, p - 1, "during")) continue;
    const trigger *t1 = NULL;
    for (int32_t j = k - 1; j >= 0 && !t1; j--) {
      const trigger *u = &c->trig[j];
      if (u->dropped || u->nominal || u->e > p - 1 || u->src < 0) continue;
      if (u->tgt < 0 && !u->pair_within) continue;
      /* the framed act: in the main clause (", during a summit" may be
       * set off by a comma) or in the same aside */
      if (c->ti[u->b].aside != 0 && c->ti[u->b].aside != c->ti[t2->b].aside) continue;
      t1 = u;
    }
    if (!t1) continue;
    bool clause = true;
    for (uint32_t q = t1->e; q < p && clause; q++) clause = !is_punct(c, q, P_SEMI | P_COLON);
    if (!clause) continue;
    t2->src = t1->src;
    t2->tgt = t1->tgt;
    t2->pair_within = t1->pair_within;
    if (t1->mood.mood != EL_MOOD_FACT) t2->mood = t1->mood; /* "will sign ... during a visit" */
  }
}

/* Verbs by which a side announces or commits to its own act: "said it
 * will strike", "vowed to retaliate". */
static const char *const announcing[] = {
    "said",     "says",     "say",       "told",      "tells",    "warned",   "warns",
    "vowed",    "vows",     "pledged",   "pledges",   "promised", "promises", "swore",
    "declared", "declares", "announced", "announces", "stated",   "insisted", "insists",
    "added",    "adds",     "wrote",     "writes",    "posted",   "tweeted",  NULL};
static const char *const subject_pronouns[] = {"it", "they", "we", "he", "she", "i", NULL};

/* The speaker whose own act trigger t announces, -1 if none: the speaker
 * of the opening quote ('"We will strike X," Y said'), or the subject of
 * an announcing verb right before the act's clause ("X said (that) it
 * will / would strike Y", "X vowed to retaliate against Y"). */
static int32_t announcer_of(const ctx *c, const trigger *t) {
  if (c->speaker >= 0 && t->e <= c->quote_end) return c->speaker;
  uint32_t k = t->b;
  /* back over the act's own verb group: auxiliaries, adverbs, "to" */
  while (k > 0 && (skip_filler(c, k - 1) || is_word(c, k - 1, W_TO) ||
                   (tok(c, k - 1)->flags & EL_TOK_QUOTE) || is_any(c, k - 1, EV_L_MODAL) ||
                   is_any(c, k - 1, EV_L_FUTURE)))
    k--;
  /* its subject: a pronoun or an actor */
  if (k > 0 && tok_in(c, k - 1, subject_pronouns))
    k--;
  else if (k > 0 && c->ti[k - 1].group >= 0)
    k = c->groups[c->ti[k - 1].group].b;
  if (k > 0 && is_word(c, k - 1, W_THAT)) {
    /* "wrote on social media on Wednesday that": a short phrase between */
    uint32_t v = --k;
    while (v > 0 && k - v < 7 && (tok(c, v - 1)->flags & EL_TOK_WORD) &&
           !tok_in(c, v - 1, announcing))
      v--;
    if (v > 0 && tok_in(c, v - 1, announcing)) k = v;
  }
  while (k > 0 && c->ti[k - 1].timex) k--; /* "said on Thursday it would" */
  if (k > 0 && is_word(c, k - 1, W_ON)) k--;
  if (k == 0 || !tok_in(c, k - 1, announcing)) return -1;
  /* the announcer: the actor ending right before the verb, role words
   * allowed ("Pakistan's foreign minister said") */
  for (uint32_t j = k - 1; j > 0 && k - 1 - j < 4; j--) {
    if (c->ti[j - 1].group >= 0) return c->ti[j - 1].group;
    if (!(tok(c, j - 1)->flags & EL_TOK_WORD)) break;
  }
  return -1;
}

/* "We will retaliate against X," Y said; "X said it would strike Y"; "X
 * vowed to attack Y": a side announcing its own force, sanctions or break
 * with the target threatens it (CAMEO 13), which is the fact reported;
 * the act itself has not happened.  Someone else's forecast ("X will
 * attack Y, analysts said") and a negated one ("we will not") are not. */
static void announced_acts_are_threats(ctx *c) {
  static const char *const suffer[] = {"pay", "pays", "face", "faces", "suffer", "suffers", NULL};
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *t = &c->trig[k];
    if (t->dropped || t->nominal || t->src < 0) continue;
    if (t->mood.mood != EL_MOOD_INTENT && t->mood.mood != EL_MOOD_HYPOTHETICAL) continue;
    /* "X said (that) Y would pay a heavy price / face consequences": X
     * threatens Y, as "warned that" does */
    if (tok_in(c, t->b, suffer)) {
      bool price = false;
      for (uint32_t q = t->e; q < c->n && q < t->e + 6 && !is_punct_any(c, q) && !price; q++)
        price = is_any(c, q, L_THREAT_WORDS);
      int32_t sp = price ? announcer_of(c, t) : -1;
      if (sp >= 0 && sp != t->src && !same_country(c, sp, t->src)) {
        snprintf(t->code, sizeof t->code, "130");
        t->code2[0] = '\0';
        t->tgt = t->src;
        t->src = sp;
        t->mood.mood = EL_MOOD_FACT;
        t->mood.negated = false;
      }
      continue;
    }
    if (t->tgt < 0) continue;
    const char *code = t->code[0] ? t->code : t->code2;
    int r = root_of(code);
    const char *threat = r >= 18 && r <= 20         ? "138"
                         : !strncmp(code, "163", 3) ? "1312"
                         : r == 16                  ? "1313"
                                                    : NULL;
    if (!threat) continue;
    bool negated = false;
    for (uint32_t j = t->b; j > 0 && t->b - j < 6 && !negated; j--)
      negated = event_is_negator(c->doc, c->s->tok_begin + j - 1, c->lists[j - 1]);
    if (negated) continue;
    int32_t sp = announcer_of(c, t);
    if (sp < 0 || (sp != t->src && !same_country(c, sp, t->src))) continue;
    snprintf(t->code, sizeof t->code, "%s", threat);
    t->code2[0] = '\0';
    t->mood.mood = EL_MOOD_FACT;
    t->mood.negated = false;
  }
}

/* ---- emission --------------------------------------------------------------- */

/* "sent letters to X", "wrote to X": a message goes one way, though CAMEO
 * codes it as a consultation (SEND * LETTER [040]) */
static const char *const one_way[] = {"send",   "sends", "sent",    "sending", "write",
                                      "writes", "wrote", "writing", NULL};
static bool reciprocal(const char *code) {
  return strcmp(code, "040") == 0 || strcmp(code, "041") == 0 || strcmp(code, "044") == 0 ||
         strcmp(code, "046") == 0;
}

static void fill_ref(const el_doc *d, int32_t m, el_actor_ref *r) {
  const el_actor_mention *am = &d->actors.v[m];
  memcpy(r->code, am->code, sizeof r->code);
  r->code[sizeof r->code - 1] = '\0';
  memcpy(r->country, am->country, sizeof r->country);
  r->country[sizeof r->country - 1] = '\0';
  r->name = am->name;
  r->phrase = am->kind == EL_ACTOR_PHRASE;
}

static bool same_actor(const el_doc *d, int32_t a, int32_t b) {
  if (a == b) return true;
  const el_actor_mention *x = &d->actors.v[a], *y = &d->actors.v[b];
  if (x->name && y->name) return strcmp(x->name, y->name) == 0;
  return strcmp(x->code, y->code) == 0 && !x->name && !y->name;
}

/* One code of a mention whose code may list several ("FRO/BIL/SAM"). */
static void set_code(el_actor_ref *r, const char *code, size_t n) {
  if (n >= sizeof r->code) n = sizeof r->code - 1;
  memcpy(r->code, code, n);
  r->code[n] = '\0';
  if (n >= 3 && !r->country[0]) memcpy(r->country, code, 3), r->country[3] = '\0';
}

/* "file:line", as arena_printf("%s:%d") would write it, without printf's
 * cost (this runs per event). */
static char *pattern_id(el_arena *a, const char *file, int32_t line) {
  char num[12];
  int k = 0;
  uint32_t u = line < 0 ? 0u - (uint32_t)line : (uint32_t)line;
  do num[k++] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (line < 0) num[k++] = '-';
  size_t fl = strlen(file);
  char *s = arena_alloc(a, fl + (size_t)k + 2); /* zeroed: NUL-terminated */
  if (!s) return NULL;
  memcpy(s, file, fl);
  s[fl] = ':';
  for (int j = 0; j < k; j++) s[fl + 1 + (size_t)j] = num[k - 1 - j];
  return s;
}

static el_status emit_one(ctx *c, const trigger *tr, int32_t sm, const el_actor_ref *src,
                          int32_t tm, const el_actor_ref *tgt, const char *code,
                          int32_t sent_index);

static el_status emit(ctx *c, const trigger *tr, int32_t sm, int32_t tm, const char *code,
                      int32_t sent_index) {
  el_doc *d = c->doc;
  if (!code[0] || strcmp(code, "010") == 0 || (!tr->crowd_src && same_actor(d, sm, tm)))
    return EL_OK;
  /* "strikes on boats in the Caribbean", "deployed ships to the Middle
   * East": a world region named as a place is not the other side */
  static const char *const regions[] = {"AFR", "ASA", "BLK", "CAM", "CAS", "CRB", "EAF", "EEU",
                                        "EUR", "LAM", "MEA", "NAF", "NMR", "PGS", "SAM", "SAS",
                                        "SCN", "SEA", "WAF", "WEU", "WST", NULL};
  int cr = root_of(code);
  for (int k = 0; regions[k] && (cr == 6 || cr == 15 || cr >= 18); k++)
    if (!strcmp(d->actors.v[tm].code, regions[k])) return EL_OK;
  /* "He met King Hamad": a person known only by a title has no country
   * yet, and a role ("GOV") is no side of a dyad */
  const el_actor_mention *sp = &d->actors.v[sm], *tp = &d->actors.v[tm];
  if ((sp->is_person && !sp->country[0] && strlen(sp->code) <= 3) ||
      (tp->is_person && !tp->country[0] && strlen(tp->code) <= 3))
    return EL_OK;
  el_actor_ref src, tgt;
  fill_ref(d, sm, &src);
  fill_ref(d, tm, &tgt);
  const char *sc = d->actors.v[sm].code, *tc = d->actors.v[tm].code;
  for (const char *a = sc; *a;) {
    size_t an = strcspn(a, "/");
    for (const char *b = tc; *b;) {
      size_t bn = strcspn(b, "/");
      set_code(&src, a, an);
      set_code(&tgt, b, bn);
      if (tr->crowd_src && src.country[0]) { /* "protesters in Belgrade" */
        snprintf(src.code, sizeof src.code, "%.3sCVL", src.country);
        src.name = NULL;
      }
      /* "settlers attacked a village", "a mob attacked X": force used by
       * civilians is unconventional violence (180), not military (190) */
      const char *act = code;
      if (!strcmp(code, "190") && an == 6 && !strncmp(a + 3, "CVL", 3)) act = "180";
      /* "the Chinese embassy protested against X", "Japan protested the
       * decision": a state's protest is disapproval (111); a people's
       * ("Filipinos protested") stays a demonstration */
      const el_actor_mention *sa = &d->actors.v[sm];
      bool people = sa->end > sa->start && d->text[sa->end - 1] == 's';
      if (root_of(code) == 14 && !tr->crowd_src &&
          ((an == 6 && !strncmp(a + 3, "GOV", 3)) || (an == 3 && !people)))
        act = "111";
      el_status st = emit_one(c, tr, sm, &src, tm, &tgt, act, sent_index);
      if (st != EL_OK) return st;
      b += bn + (b[bn] == '/');
    }
    a += an + (a[an] == '/');
  }
  return EL_OK;
}

static el_status emit_one(ctx *c, const trigger *tr, int32_t sm, const el_actor_ref *srcp,
                          int32_t tm, const el_actor_ref *tgtp, const char *code,
                          int32_t sent_index) {
  el_doc *d = c->doc;
  el_actor_ref src = *srcp, tgt = *tgtp;
  bool monadic = tm < 0 && !strcmp(tgt.code, "---"); /* emit_monadic */
  if (tr->place_people && !monadic) { /* the place stands for civilians of its country */
    const group *pg = &c->groups[tr->tgt];
    for (int32_t k = 0; k < pg->n; k++) {
      int32_t pm = c->members[pg->first + k];
      el_actor_ref *r = pm == tm ? &tgt : pm == sm ? &src : NULL;
      if (r && r->country[0]) {
        snprintf(r->code, sizeof r->code, "%sCVL", r->country);
        r->name = NULL;
      }
    }
  }
  /* same full code on both sides ("the president" -> "the White House") */
  bool phrase = src.phrase || tgt.phrase; /* named by words, not codes */
  if (!monadic && !phrase && strcmp(src.code, tgt.code) == 0) return EL_OK;
  /* "Smith" (USAGOV) -> "US" (USA): an actor and its own country; but
   * "Russia arrested a Russian journalist" (RUS -> RUSMED) is a domestic
   * event */
  if (!monadic && !phrase && strncmp(src.code, tgt.code, 3) == 0 &&
      (strlen(tgt.code) == 3 || (strlen(src.code) == 3 && root_of(code) < 10)))
    return EL_OK; /* "the US dispatched FBI agents": its own instrument */
  for (size_t k = d->events.n; k > 0; k--) {
    const el_event *o = &d->events.v[k - 1];
    if (o->sentence != sent_index) break;
    if (strcmp(o->cameo, code) == 0 && strcmp(o->source.code, src.code) == 0 &&
        strcmp(o->target.code, tgt.code) == 0 &&
        (o->source.name == src.name ||
         (o->source.name && src.name && !strcmp(o->source.name, src.name))) &&
        (o->target.name == tgt.name ||
         (o->target.name && tgt.name && !strcmp(o->target.name, tgt.name))))
      return EL_OK;
  }
  el_event *ev = EL_VEC_PUSH(d->events);
  if (!ev) return EL_ERR_NOMEM;
  ev->sentence = sent_index;
  ev->trigger_start = tok(c, tr->b)->start;
  ev->trigger_end = tok(c, tr->e - 1)->end;
  snprintf(ev->cameo, sizeof ev->cameo, "%s", code);
  ev->root[0] = code[0];
  ev->root[1] = code[1];
  ev->root[2] = '\0';
  const cameo_entry *ce = codebook_lookup(c->cb, code);
  ev->quad_class = codebook_quad_class(code);
  ev->goldstein = ce ? ce->goldstein : 0;
  ev->plover = ce ? ce->plover : NULL;
  ev->source = src;
  ev->target = tgt;
  ev->negated = tr->mood.negated;
  ev->mood = tr->mood.mood;
  double conf = tr->pattern >= 0 ? 0.75 : 0.6;
  if (tr->passive || tr->nominal) conf -= 0.05;
  const el_actor_mention *a = &d->actors.v[sm], *b = tm >= 0 ? &d->actors.v[tm] : NULL;
  conf *= (a->confidence > 0 ? 0.5 + 0.5 * a->confidence : 1.0);
  /* a target taken from the act reacted to (tm < 0): less sure */
  conf *= b ? (b->confidence > 0 ? 0.5 + 0.5 * b->confidence : 1.0) : monadic ? 1.0 : 0.8;
  ev->confidence = conf;
  const vd_verb *v = &c->vd->verbs.v[tr->verb];
  int32_t file = tr->pattern >= 0 ? c->vd->patterns.v[tr->pattern].file : v->file;
  int32_t line = tr->pattern >= 0 ? c->vd->patterns.v[tr->pattern].line : v->line;
  ev->pattern_id = pattern_id(d->arena, c->vd->files.v[file], line);
  if (!ev->pattern_id) return EL_ERR_NOMEM;
  ev->timex = -1;
  ev->date_precision = EL_PREC_UNKNOWN;
  if (tm < 0 && !monadic) ev->details_json = "{\"target_from\":\"act reacted to\"}";
  return EL_OK;
}

/* PETRARCH codes an act with no actor target only when its verb phrase
 * has a noun phrase for the target slot ("burned down its embassy", "said
 * on Saturday"; not "said today."), and not inside an adjunct clause
 * ("after crowds burned down its embassy") of a verb it codes, whose
 * phrase holds that clause. */
static bool monadic_codable(const ctx *c, const trigger *tr) {
  bool object = false;
  for (uint32_t k = tr->e > tr->match_e ? tr->e : tr->match_e; k < c->n; k++) {
    if (is_punct(c, k, P_COMMA | P_SEMI | P_COLON) || has_cls(c, k, EV_C_BREAK)) break;
    if (!(tok(c, k)->flags & EL_TOK_WORD) || has_cls(c, k, EV_C_DAY)) continue;
    object = true;
    break;
  }
  if (!object) return false;
  bool adjunct_clause = false;
  for (uint32_t k = tr->b; k > 0 && !is_punct(c, k - 1, P_COMMA | P_SEMI | P_COLON); k--)
    if (is_any(c, k - 1, L_ADJUNCT)) {
      adjunct_clause = true;
      break;
    }
  if (!adjunct_clause) return true;
  for (const trigger *u = c->trig; u < tr; u++)
    if (!u->dropped && u->src >= 0 && u->code[0] && strcmp(u->code, "010") && u->e <= tr->b)
      return false;
  return true;
}

/* events_opts.monadic: each source member acts with no target ("---"). */
static el_status emit_monadic(ctx *c, const trigger *tr, int32_t sent_index) {
  el_doc *d = c->doc;
  const group *sg = &c->groups[tr->src];
  const char *code = tr->code;
  if (!code[0] || strcmp(code, "010") == 0 || !monadic_codable(c, tr)) return EL_OK;
  for (int32_t a = 0; a < sg->n; a++) {
    int32_t sm = c->members[sg->first + a];
    el_actor_ref src, none = {0};
    fill_ref(d, sm, &src);
    snprintf(none.code, sizeof none.code, "---");
    for (const char *s = d->actors.v[sm].code; *s;) {
      size_t sn = strcspn(s, "/");
      set_code(&src, s, sn);
      el_status st = emit_one(c, tr, sm, &src, -1, &none, code, sent_index);
      if (st != EL_OK) return st;
      s += sn + (s[sn] == '/');
    }
  }
  return EL_OK;
}

static el_status emit_trigger(ctx *c, const trigger *tr, int32_t sent_index) {
  el_status st;
  if (tr->src < 0) return EL_OK;
  const group *sg = &c->groups[tr->src];
  if (tr->pair_within) {
    for (int32_t a = 0; a < sg->n; a++)
      for (int32_t b = 0; b < sg->n; b++) {
        if (a == b) continue;
        int32_t ma = c->members[sg->first + a], mb = c->members[sg->first + b];
        const char *code = tr->code[0] ? tr->code : tr->code2;
        if ((st = emit(c, tr, ma, mb, code, sent_index)) != EL_OK) return st;
      }
    return EL_OK;
  }
  if (tr->tgt < 0) return c->monadic ? emit_monadic(c, tr, sent_index) : EL_OK;
  const group *tg = &c->groups[tr->tgt];
  for (int32_t a = 0; a < sg->n; a++)
    for (int32_t b = 0; b < tg->n; b++) {
      int32_t ma = c->members[sg->first + a], mb = c->members[tg->first + b];
      if ((st = emit(c, tr, ma, mb, tr->code, sent_index)) != EL_OK) return st;
      /* meetings and calls code both sides; an isolated CAMEO default
       * ("faced", "left") is not reliable enough to double, nor a verb
       * coded apart from its block ("summon [040]" among MOBILIZE) */
      bool explicit_consult =
          tr->nominal || (tr->pattern >= 0 && c->vd->patterns.v[tr->pattern].words > 0) ||
          (c->vd->verbs.v[tr->verb].has_code &&
           root_of(c->vd->blocks.v[c->vd->verbs.v[tr->verb].block].code) == root_of(tr->code));
      /* a pattern that places both source and target ("+ HOSTED * GAMES $")
       * gives the direction itself */
      bool directed = (tr->src_mark >= 0 && tr->tgt_mark >= 0) || tok_in(c, tr->b, one_way);
      const char *back =
          tr->code2[0] ? tr->code2
                       : (reciprocal(tr->code) && explicit_consult && !directed ? tr->code : "");
      if ((st = emit(c, tr, mb, ma, back, sent_index)) != EL_OK) return st;
    }
  return EL_OK;
}

/* "X attacked Y. Y condemned the strikes.", "... France condemned the
 * attack on Y", "X accused Y. Y rejected the accusations.", "Russia
 * condemned the sanctions": a judgement or protest (11, 12, 14) of an act
 * named by a definite noun, with no actor but the act's own target, judges
 * the agent of the latest such act told before it in its sentence or the
 * two before (of the noun's root when the coder knows it, on that target
 * if named), unless the judge is that agent.  Lower confidence and
 * details.target_from (emit_one); *done when coded so. */
/* "A and B agreed on a treaty. ... The EU welcomed the announcement": praise
 * (05) of an agreement named by a definite noun, with no target, goes to
 * the parties of the latest agreement (03, 05) told in the lede or in the
 * two sentences before, unless the judge is one of them. */
static const char *const agreement_nouns[] = {"agreement",    "deal",         "accord",
                                              "announcement", "treaty",       "ceasefire",
                                              "truce",        "breakthrough", NULL};
static el_status emit_welcomed_agreement(ctx *c, const trigger *tr, int32_t si, bool *done) {
  uint32_t q = tr->e;
  if (q + 1 >= c->n || !(tok_text_is(c, q, "the") || tok_text_is(c, q, "this"))) return EL_OK;
  if (!tok_text_any(c, q + 1, agreement_nouns)) return EL_OK;
  el_doc *d = c->doc;
  const char *judge_cty = d->actors.v[c->members[c->groups[tr->src].first]].country;
  uint32_t at = tok(c, tr->b)->start;
  const el_event *act = NULL;
  for (size_t n = d->events.n; n > 0 && !act; n--) {
    const el_event *e = &d->events.v[n - 1];
    if (e->trigger_start >= at || e->negated || e->mood != EL_MOOD_FACT) continue;
    if (e->sentence < si - 2 && e->sentence > 1) continue; /* the lede, or nearby */
    int r = root_of(e->cameo);
    if ((r == 3 || r == 5) && e->source.country[0] && e->target.country[0] &&
        strcmp(e->source.country, judge_cty) != 0 && strcmp(e->target.country, judge_cty) != 0)
      act = e;
  }
  if (!act) return EL_OK;
  const group *sg = &c->groups[tr->src];
  const el_actor_ref parties[2] = {act->source, act->target};
  for (int32_t a = 0; a < sg->n; a++) {
    int32_t sm = c->members[sg->first + a];
    el_actor_ref src;
    fill_ref(d, sm, &src);
    src.code[strcspn(src.code, "/")] = '\0';
    for (int p = 0; p < 2; p++) {
      el_status st = emit_one(c, tr, sm, &src, -1, &parties[p], tr->code, si);
      if (st != EL_OK) return st;
    }
    *done = true;
  }
  return EL_OK;
}

/* "A and B held talks on Friday. ... A had proposed the direct talks last
 * Sunday": a proposal (02, 03) of the meeting named by a definite noun, with
 * no target, is addressed to the other side of the latest meeting (04) of
 * the proposer told in the lede or the two sentences before. */
static const char *const meeting_nouns[] = {"talks", "meeting", "negotiations", "summit", NULL};
static el_status emit_proposed_meeting(ctx *c, const trigger *tr, int32_t si, bool *done) {
  uint32_t q = tr->e;
  if (q + 1 >= c->n || !tok_text_is(c, q, "the")) return EL_OK;
  q++;
  if (q + 1 < c->n && (tok(c, q)->flags & EL_TOK_WORD) && !(tok(c, q)->flags & EL_TOK_CAP) &&
      c->ti[q].group < 0 && !tok_text_any(c, q, meeting_nouns))
    q++; /* "the direct talks" */
  if (!tok_text_any(c, q, meeting_nouns)) return EL_OK;
  el_doc *d = c->doc;
  const group *sg = &c->groups[tr->src];
  if (sg->n != 1) return EL_OK;
  int32_t sm = c->members[sg->first];
  const char *cty = d->actors.v[sm].country;
  uint32_t at = tok(c, tr->b)->start;
  const el_actor_ref *other = NULL;
  for (size_t n = d->events.n; n > 0 && !other; n--) {
    const el_event *e = &d->events.v[n - 1];
    if (e->trigger_start >= at || e->negated || e->mood != EL_MOOD_FACT) continue;
    if (e->sentence < si - 2 && e->sentence > 1) continue; /* the lede, or nearby */
    if (root_of(e->cameo) != 4 || !cty[0]) continue;
    if (!strcmp(e->source.country, cty) && e->target.country[0] && strcmp(e->target.country, cty))
      other = &e->target;
  }
  if (!other) return EL_OK;
  el_actor_ref src;
  fill_ref(d, sm, &src);
  src.code[strcspn(src.code, "/")] = '\0';
  el_actor_ref tgt = *other;
  el_status st = emit_one(c, tr, sm, &src, -1, &tgt, tr->code, si);
  if (st == EL_OK) *done = true;
  return st;
}

/* "India fired missiles at Pakistan. Pakistan ... vowed to retaliate": a
 * threat (13) with no target is aimed at the agent of the latest act of
 * force (17-20) against the threatener told in its sentence or the two
 * before. */
static el_status emit_threat_back(ctx *c, const trigger *tr, int32_t si, bool *done) {
  el_doc *d = c->doc;
  const group *sg = &c->groups[tr->src];
  if (sg->n != 1) return EL_OK;
  int32_t sm = c->members[sg->first];
  const char *cty = d->actors.v[sm].country;
  if (!cty[0]) return EL_OK;
  uint32_t at = tok(c, tr->b)->start;
  const el_event *act = NULL;
  for (size_t n = d->events.n; n > 0 && !act; n--) {
    const el_event *e = &d->events.v[n - 1];
    if (e->sentence < si - 2) break;
    if (e->trigger_start >= at || e->negated || e->mood != EL_MOOD_FACT) continue;
    int r = root_of(e->cameo);
    if (r >= 17 && r <= 20 && !strcmp(e->target.country, cty) && e->source.country[0] &&
        strcmp(e->source.country, cty) != 0)
      act = e;
  }
  if (!act) return EL_OK;
  el_actor_ref src;
  fill_ref(d, sm, &src);
  src.code[strcspn(src.code, "/")] = '\0';
  el_actor_ref tgt = act->source;
  el_status st = emit_one(c, tr, sm, &src, -1, &tgt, tr->code, si);
  if (st == EL_OK) *done = true;
  return st;
}

/* Does event e stand for the act the noun at token q of c names ("the
 * meeting": its trigger or the words right after it say "meeting", or
 * another word for one: "held a summit", "talks")? */
static bool event_named_by_noun(const el_doc *d, const el_event *e, const ctx *c, uint32_t q) {
  uint32_t end = e->trigger_end + 40;
  if (e->sentence >= 0 && (size_t)e->sentence < d->sents.n && end > d->sents.v[e->sentence].end)
    end = d->sents.v[e->sentence].end;
  char w[32];
  text_token_lower(d, tok(c, q), w, sizeof w);
  if (text_span_has_word(d, e->trigger_start, end, w)) return true;
  return text_is_meeting_noun(w) && text_span_names_meeting(d, e->trigger_start, end);
}

static el_status emit_judged_act(ctx *c, const trigger *tr, int32_t si, bool *done);

/* A reaction or a proposal aimed through an act told before: the judged
 * act first, then an agreement welcomed, a meeting proposed, a threat
 * made back. */
static el_status emit_anaphoric_reaction(ctx *c, const trigger *tr, int32_t si, bool *done) {
  el_status st = emit_judged_act(c, tr, si, done);
  if (st != EL_OK || *done) return st;
  if (tr->dropped || tr->src < 0 || tr->pair_within || tr->mood.negated || tr->tgt >= 0)
    return EL_OK;
  int r = root_of(tr->code);
  if (r == 5) return emit_welcomed_agreement(c, tr, si, done);
  if (r == 2 || r == 3) return emit_proposed_meeting(c, tr, si, done);
  if (r == 13) return emit_threat_back(c, tr, si, done);
  return EL_OK;
}

static el_status emit_judged_act(ctx *c, const trigger *tr, int32_t si, bool *done) {
  *done = false;
  if (tr->dropped || tr->src < 0 || tr->pair_within || tr->mood.negated) return EL_OK;
  int judge = root_of(tr->code); /* "rejected the accusations" is 016 in CAMEO.2.0 */
  if (!strcmp(tr->code, "016")) judge = 12;
  if (!strncmp(tr->code, "051", 3)) judge = 5; /* "welcomed the agreement" */
  if ((judge != 11 && judge != 12 && judge != 14 && judge != 5) || tr->e + 1 >= c->n) return EL_OK;
  if (judge == 5 && (tr->react_root < 3 || tr->react_root > 5)) return EL_OK;
  uint32_t q = tr->e; /* the object: "the/these/this" and an act word */
  if (!(tok_text_is(c, q, "the") || tok_text_is(c, q, "these") || tok_text_is(c, q, "this")))
    return EL_OK;
  q = act_noun_after(c, q);
  bool act_word = q < c->n && ((c->ti[q].id >= 0 && c->vd->form_head[c->ti[q].id] >= 0) ||
                               (c->ti[q].sing >= 0 && c->vd->form_head[c->ti[q].sing] >= 0));
  if (!act_word) return EL_OK;
  int32_t on = -1; /* "the attack on Y" */
  for (uint32_t j = q + 1; j < c->n; j++) {
    int32_t g = c->ti[j].group;
    if (g >= 0) {
      if (j != q + 2 || !(tok_text_is(c, q + 1, "on") || tok_text_is(c, q + 1, "against")) ||
          g != tr->tgt || c->groups[g].n != 1)
        return EL_OK;
      on = g;
      j = c->groups[g].e - 1;
      continue;
    }
    /* "condemned the strikes ... and called on X": another clause */
    if (is_punct(c, j, P_COMMA | P_SEMI) || has_cls(c, j, EV_C_BREAK) || is_word(c, j, W_AND))
      break;
  }
  if (tr->tgt >= 0 && on < 0) return EL_OK;
  el_doc *d = c->doc;
  const char *on_cty = on >= 0 ? d->actors.v[c->members[c->groups[on].first]].country : NULL;
  /* a hostile act anyone may judge; a demand, accusation or threat only
   * the one it was aimed at rejects or condemns ("X accused Y. Y rejected
   * the accusations.") */
  const char *judge_cty = d->actors.v[c->members[c->groups[tr->src].first]].country;
  /* the act: of the root the noun names when the coder knows it ("the
   * sanctions": 16), else any hostile act; told before the trigger, in
   * its sentence or the two before */
  uint32_t at = tok(c, tr->b)->start;
  const el_event *act = NULL;
  /* a meeting or deal named by its noun may have been told anywhere before */
  bool accord = tr->react_root >= 3 && tr->react_root <= 5;
  for (size_t n = d->events.n; n > 0 && !act; n--) {
    const el_event *e = &d->events.v[n - 1];
    if (e->sentence < si - 2 && !accord) break;
    if (e->trigger_start >= at) continue;
    int r = root_of(e->cameo);
    /* a demand, accusation or threat only the one it was aimed at rejects */
    /* ("the attack" names any act of force: a strike coded 18 or 19) */
    bool force = tr->react_root >= 18 && tr->react_root <= 20 && r >= 18 && r <= 20;
    bool named = tr->react_root && (r == tr->react_root || force) && e->mood == EL_MOOD_FACT &&
                 (r < 10 || r > 13 || !strcmp(e->target.country, judge_cty)) &&
                 (!accord || event_named_by_noun(d, e, c, q));
    /* "condemned the move": any coercive act (sanctions included) */
    bool hostile = !tr->react_root && r >= 16 && r <= 20 && judge == 11;
    bool verbal = !tr->react_root && r >= 10 && r <= 13 && !strcmp(e->target.country, judge_cty);
    if (!e->negated && (named || hostile || verbal) &&
        (!on_cty || !strcmp(e->target.country, on_cty)))
      act = e;
  }
  if (!act) return EL_OK;
  const group *sg = &c->groups[tr->src];
  /* the act's agent; both parties of a meeting or deal */
  el_actor_ref agents[2] = {act->source, act->target};
  int nagents = accord && act->target.country[0] ? 2 : 1;
  for (int32_t a = 0; a < sg->n; a++) {
    int32_t sm = c->members[sg->first + a];
    for (int k = 0; k < nagents; k++) {
      if (!strcmp(d->actors.v[sm].country, agents[k].country)) continue; /* its own act */
      el_actor_ref src;
      fill_ref(d, sm, &src);
      src.code[strcspn(src.code, "/")] = '\0'; /* the first of "FRO/BIL" */
      /* no target mention: emit_one lowers the confidence and records
       * details.target_from */
      el_status st = emit_one(c, tr, sm, &src, -1, &agents[k], tr->code, si);
      if (st != EL_OK) return st;
      *done = true;
    }
  }
  return EL_OK;
}

/* ---- driver ----------------------------------------------------------------- */

/* Tokens inside a time expression of sentence si.  The time stage emits
 * expressions in text order, so a binary search finds the sentence's first
 * one (a scan of all of them per sentence was quadratic on long texts). */
static void mark_timex_tokens(ctx *c, int32_t si) {
  const el_doc *d = c->doc;
  if (!c->n || !d->timexes.n) return;
  uint32_t sb = tok(c, 0)->start, se = tok(c, c->n - 1)->end;
  size_t lo = 0, hi = d->timexes.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->timexes.v[mid].end <= sb)
      lo = mid + 1;
    else
      hi = mid;
  }
  uint32_t i = 0;
  for (size_t x = lo; x < d->timexes.n && d->timexes.v[x].start < se; x++) {
    const el_timex *tx = &d->timexes.v[x];
    if (tx->sentence != si) continue;
    while (i < c->n && tok(c, i)->start < tx->start) i++;
    for (uint32_t k = i; k < c->n && tok(c, k)->end <= tx->end; k++) c->ti[k].timex = true;
  }
}

/* Token k matches a word of the pattern before its verb (not a word of the
 * gap between: "- VISA * [163]" on "X's visa has not been revoked"). */
static bool pre_pattern_word(const ctx *c, const vd_pattern *p, uint32_t from, uint32_t k) {
  for (uint16_t e = 0; e < p->verb; e++) {
    if (p->el[e].kind != VD_WORD && p->el[e].kind != VD_SYNSET) continue;
    for (uint32_t q = from; q <= k; q++) /* a phrase ("did not") may start before k */
      if (q + (uint32_t)elem_match(c, &p->el[e], q) > k) return true;
  }
  return false;
}

/* An act of state (sanctions, visa revocations, arrests, expulsions: roots
 * 16 and 17) named by a noun or an agentless passive, with a target and no
 * agent; also one reported only as what someone reacted to ("condemned the
 * arrest of X"), which still happened. */
static bool agentless_act(const ctx *c, const trigger *tr) {
  (void)c;
  if (tr->dropped && !tr->reaction) return false;
  if (tr->src >= 0 || tr->tgt < 0 || (!tr->nominal && !tr->passive)) return false;
  int r = root_of(tr->code);
  return (r == 16 || r == 17) && !tr->code2[0];
}

static el_status collect_implied(ctx *c, const trigger *tr, int32_t si) {
  implied_act *a = EL_VEC_PUSH(*c->implied);
  if (!a) return EL_ERR_NOMEM;
  uint32_t base = c->s->tok_begin;
  const group *tg = &c->groups[tr->tgt];
  a->sentence = si;
  a->trig_b = base + tr->b;
  a->trig_e = base + tr->e;
  a->phrase_b = base + (tg->b < tr->b ? tg->b : tr->b);
  a->phrase_e = base + (tg->e > tr->match_e ? tg->e : tr->match_e);
  snprintf(a->code, sizeof a->code, "%s", tr->code);
  a->mood = tr->mood;
  for (int32_t m = 0; m < tg->n && a->ntargets < IMPLIED_MAX_TARGETS; m++)
    a->targets[a->ntargets++] = c->members[tg->first + m];
  const vd_verb *v = &c->vd->verbs.v[tr->verb];
  a->removal = !strcmp(tr->code, "174") || (v->has_code && strcmp(v->code, "174") == 0);
  a->confidence = (tr->pattern >= 0 ? 0.75 : 0.6) - 0.05;
  int32_t file = tr->pattern >= 0 ? c->vd->patterns.v[tr->pattern].file : v->file;
  int32_t line = tr->pattern >= 0 ? c->vd->patterns.v[tr->pattern].line : v->line;
  a->pattern_id = pattern_id(c->doc->arena, c->vd->files.v[file], line);
  return a->pattern_id ? EL_OK : EL_ERR_NOMEM;
}

static const char *const nominal_neg[] = {"not", "never", "n't", NULL};
/* events_opts.new_actor_words: make tokens [b, e) a mention of kind
 * EL_ACTOR_PHRASE and a group of its own, *g (left alone when the phrase
 * has too many words).  The name is the words in capitals without a
 * possessive "'s". */
static el_status phrase_group(ctx *c, uint32_t b, uint32_t e, int32_t aside, int32_t *g) {
  el_doc *d = c->doc;
  int words = 0;
  size_t len = 0;
  for (uint32_t k = b; k < e; k++) {
    if (is_word(c, k, W_APOS_S) || is_word(c, k, W_RSQUO_S)) continue;
    words++;
    len += tok(c, k)->end - tok(c, k)->start + 1;
  }
  if (words == 0 || words > c->new_actor_words) return EL_OK;
  char *name = arena_alloc(d->arena, len + 1);
  if (!name) return EL_ERR_NOMEM;
  size_t w = 0;
  for (uint32_t k = b; k < e; k++) {
    if (is_word(c, k, W_APOS_S) || is_word(c, k, W_RSQUO_S)) continue;
    const el_token *t = tok(c, k);
    size_t n = t->end - t->start;
    if (n > 2 && d->text[t->end - 2] == '\'' && (d->text[t->end - 1] | 32) == 's') n -= 2;
    if (w) name[w++] = ' ';
    for (size_t q = 0; q < n; q++) name[w++] = (char)toupper((unsigned char)d->text[t->start + q]);
  }
  name[w] = '\0';
  el_actor_mention *m = EL_VEC_PUSH(d->actors);
  if (!m) return EL_ERR_NOMEM;
  memset(m, 0, sizeof *m);
  m->start = tok(c, b)->start;
  m->end = tok(c, e - 1)->end;
  m->tok_begin = c->s->tok_begin + b;
  m->tok_end = c->s->tok_begin + e;
  m->sentence = (int32_t)(c->s - d->sents.v);
  snprintf(m->code, sizeof m->code, "---");
  m->name = name;
  m->kind = EL_ACTOR_PHRASE;
  m->confidence = 0.5f;
  *g = c->ngroups++;
  c->groups[*g] = (group){b, e, c->nmembers, 1, aside};
  c->members[c->nmembers++] = (int32_t)(d->actors.n - 1);
  for (uint32_t k = b; k < e; k++) c->ti[k].group = *g;
  return EL_OK;
}

/* A word of a noun phrase: not punctuation, a clause word, a preposition
 * or a dictionary verb (unless capitalized, as in a name). */
static bool phrase_word(const ctx *c, uint32_t k) {
  const el_token *t = tok(c, k);
  if (is_word(c, k, W_APOS_S) || is_word(c, k, W_RSQUO_S)) return true;
  if (!(t->flags & EL_TOK_WORD) || c->ti[k].group >= 0 || c->ti[k].timex) return false;
  if (has_cls(c, k, EV_C_BREAK | EV_C_NOSRC | EV_C_NOMPREP | EV_C_DAY) || is_any(c, k, L_AUX))
    return false;
  if (has_cls(c, k, EV_C_DET) && !tok_text_is(c, k, "the")) return false;
  return (t->flags & EL_TOK_CAP) || !(c->ti[k].id >= 0 && c->vd->form_head[c->ti[k].id] >= 0);
}

/* PETRARCH's new actors: a verb with no actor as subject takes the noun
 * phrase from the clause start to it ("Gryffindor's head Minerva
 * McGonagall left"), and one with no actor object takes a name right
 * after it or after one preposition ("left for the Ministry of Magic"). */
static el_status phrase_actors(ctx *c) {
  for (int32_t k = 0; k < c->ntrig; k++) {
    trigger *tr = &c->trig[k];
    if (tr->dropped || tr->nominal || tr->passive || tr->pair_within || !tr->code[0]) continue;
    int32_t aside = c->ti[tr->b].aside;
    if (tr->src < 0) {
      uint32_t e = tr->b;
      while (e > 0 && skip_filler(c, e - 1)) e--;
      uint32_t b = e;
      while (b > 0 && phrase_word(c, b - 1)) b--;
      bool opens = b == 0 || is_punct(c, b - 1, P_COMMA | P_SEMI | P_COLON);
      el_status st = b < e && opens ? phrase_group(c, b, e, aside, &tr->src) : EL_OK;
      if (st != EL_OK) return st;
    }
    if (tr->tgt < 0 && tr->src >= 0) {
      uint32_t b = tr->match_e > tr->e ? tr->match_e : tr->e;
      if (b < c->n && has_cls(c, b, EV_C_NOSRC | EV_C_NOMPREP)) b++;
      uint32_t e = b;
      if (e < c->n && tok_text_is(c, e, "the")) e++;
      while (e < c->n && c->ti[e].group < 0 && (tok(c, e)->flags & EL_TOK_CAP)) {
        e++;
        if (e + 1 < c->n && is_word(c, e, W_OF) && (tok(c, e + 1)->flags & EL_TOK_CAP)) e++;
      }
      bool named = e > b && (tok(c, e - 1)->flags & EL_TOK_CAP);
      el_status st = named ? phrase_group(c, b, e, aside, &tr->tgt) : EL_OK;
      if (st != EL_OK) return st;
    }
  }
  return EL_OK;
}

/* A coded mention lies inside the sentence: build_groups() would make a
 * group of it.  Advances the cursor over mentions before the sentence as
 * build_groups() does. */
static bool sentence_has_mention(ctx *c) {
  uint32_t gb = c->s->tok_begin;
  while (c->cursor < c->norder && c->order[c->cursor].b < gb) c->cursor++;
  for (size_t o = c->cursor; o < c->norder && c->order[o].b < gb + c->n; o++)
    if (c->order[o].e <= gb + c->n) return true;
  return false;
}

static el_status code_sentence(ctx *c, int32_t si) {
  c->s = &c->doc->sents.v[si];
  if (c->s->tok_end <= c->s->tok_begin || c->s->tok_end > c->doc->toks.n) return EL_OK;
  c->n = c->s->tok_end - c->s->tok_begin;
  c->toks = &c->doc->toks.v[c->s->tok_begin];
  if (c->n > MAX_SENT_TOKENS) c->n = MAX_SENT_TOKENS;
  /* no actor groups, no dyads: skip the lookups (unless phrases may be actors) */
  if (!sentence_has_mention(c) && !c->new_actor_words) return EL_OK;
  memset(c->bloom, 0, sizeof c->bloom);
  c->synbits = 0;
  for (uint32_t i = 0; i < c->n; i++) {
    c->ti[i] = (tokinfo){-1, -1, -1, 0, false, false, false, 0, 0};
    lookup_token(c, i);
    c->lists[i] = token_lists(c, i);
    c->ti[i].punct = punct_bits(c, i);
  }
  for (uint32_t i = 0; i + 1 < c->n; i++)
    if (is_word(c, i + 1, W_APOS_S) || is_word(c, i + 1, W_RSQUO_S) || is_word(c, i + 1, W_APOS))
      c->ti[i].poss = true;
  mark_timex_tokens(c, si);
  c->ngroups = c->nmembers = c->ntrig = 0;
  mark_asides(c);
  compute_breaks(c);
  el_status st = build_groups(c, si);
  if (st != EL_OK) return st;
  if (c->ngroups == 0 && !c->new_actor_words) return EL_OK; /* no actors, no dyads */
  find_quote_speaker(c);
  /* an actor that is a possessive determiner ("his visa") owns what follows */
  for (int32_t g = 0; g < c->ngroups; g++)
    if (c->groups[g].e == c->groups[g].b + 1 && has_cls(c, c->groups[g].b, EV_C_DET))
      c->ti[c->groups[g].b].poss = true;
  for (uint32_t i = 0; i < c->n; i++) {
    if (c->ti[i].consumed || c->ti[i].group >= 0) continue;
    /* a word of a time expression ("March 14", "the Fall of 2025") */
    if (c->ti[i].timex) continue;
    const el_token *t = tok(c, i);
    if (!(t->flags & EL_TOK_WORD)) continue;
    /* capitalized words inside a name ("Post", "House") are not triggers */
    if ((t->flags & EL_TOK_CAP) && i > 0 &&
        ((tok(c, i - 1)->flags & EL_TOK_CAP) ||
         (i + 1 < c->n && (tok(c, i + 1)->flags & EL_TOK_CAP))))
      continue;
    if (c->ti[i].id >= 0 && c->vd->form_head[c->ti[i].id] >= 0 && glued_entry_follows(c, i))
      continue;
    if (c->ti[i].aside && is_word(c, i, W_ACCORDING)) continue; /* attribution, not an act */
    trigger tr;                                                 /* cleared by code_trigger */
    if (!code_trigger(c, i, &tr)) {
      /* an uncoded verb still consumes its glued words */
      continue;
    }
    if (tr.b > i) continue; /* defensive */
    for (uint32_t k = tr.b; k < tr.e; k++) c->ti[k].consumed = true;
    for (int k = 0; k < tr.nmt; k++)
      if (c->ti[tr.mt[k]].group < 0) c->ti[tr.mt[k]].consumed = true;
    tr.mood = event_mood_of(c->doc, c->s, c->s->tok_begin + tr.b, c->lists);
    /* "had no plans to send": a negated first pattern word negates the act
     * (later ones are gaps the pattern skips: "memos not about") */
    if (tr.nmt > 0 && !tr.mood.negated) {
      uint32_t w = tr.mt[0];
      if (w > tr.e && (is_word(c, w - 1, W_NO) || is_word(c, w - 1, W_NOT) ||
                       is_word(c, w - 1, W_NEVER) || is_word(c, w - 1, W_WITHOUT)))
        tr.mood.negated = true;
    }
    /* a pattern that spells out the negation ("- &NEGATVAUXVRB * OVER
     * EFFORTS [904]") codes the negated act itself */
    if (tr.mood.negated && tr.pattern >= 0 &&
        (tr.mood.mood == EL_MOOD_FACT || tr.mood.mood == EL_MOOD_HYPOTHETICAL))
      for (uint32_t k = tr.match_b; k < tr.b; k++)
        if (event_is_negator(c->doc, c->s->tok_begin + k, c->lists[k]) &&
            pre_pattern_word(c, &c->vd->patterns.v[tr.pattern], tr.match_b, k)) {
          tr.mood.negated = false;
          tr.mood.mood = EL_MOOD_FACT;
          break;
        }
    if (tr.nominal && !tr.mood.negated) {
      /* "ahead of the president's visit to Beijing next month", "would file a
       * diplomatic protest": an act announced or supposed, not done */
      for (uint32_t k = tr.b, steps = 0; k > 0 && steps < 5; steps++) {
        k--;
        if (is_punct_any(c, k) && !is_word(c, k, W_APOS_S)) break;
        if (tok_text_any(c, k, prospective) || is_any(c, k, EV_L_MODAL) ||
            is_any(c, k, EV_L_FUTURE)) {
          tr.mood.negated = true;
          tr.mood.mood = EL_MOOD_INTENT;
          break;
        }
      }
      for (uint32_t k = tr.e; k + 1 < c->n && k < tr.e + 8 && !is_punct_any(c, k); k++)
        if (tok_text_is(c, k, "next") && c->ti[k + 1].timex) {
          tr.mood.negated = true;
          tr.mood.mood = EL_MOOD_INTENT;
          break;
        }
    }
    if (tr.nominal && !tr.mood.negated) {
      /* "the sanctions against X were not discussed"; "a revocation of
       * X's visa would deepen the crisis": an act named indefinitely as
       * the subject of a modal is only supposed */
      bool indefinite = tr.b > 0 && (is_word(c, tr.b - 1, W_A) || is_word(c, tr.b - 1, W_AN));
      for (uint32_t k = tr.e; k < c->n && k < tr.e + 8 && !is_punct_any(c, k); k++) {
        if (is_any(c, k, L_NOMINAL_NEG)) {
          tr.mood.negated = true;
          break;
        }
        if (indefinite && is_any(c, k, EV_L_MODAL)) {
          tr.mood.negated = true;
          tr.mood.mood = EL_MOOD_HYPOTHETICAL;
          break;
        }
      }
    }
    c->trig[c->ntrig] = tr;
    assign_actors(c, c->ntrig);
    c->ntrig++;
    if (tr.e > i + 1) i = tr.e - 1;
  }
  /* a verb that is a word of a later pattern ("SAID WOULD * [...]":
   * "said") belongs to that pattern, not an event of its own */
  for (int32_t k = 0; k < c->ntrig; k++) {
    const trigger *t = &c->trig[k];
    if (t->pattern < 0 || t->match_b >= t->b) continue;
    for (int32_t u = 0; u < k; u++)
      if (c->trig[u].b >= t->match_b && c->trig[u].e <= t->b) c->trig[u].dropped = true;
  }
  combine_triggers(c);
  agreed_to_intent(c);
  drop_received(c);
  drop_holding_participles(c);
  mark_infinitives(c);
  summoned_to_protest(c); /* after the infinitives: the purpose is carried out */
  called_to_urge(c);
  asked_acts(c);
  drop_complement_readings(c);
  drop_gerund_complements(c);
  drop_accused_content(c);
  reaction_targets(c);
  reaction_to_named_act(c);
  inherit_object_mood(c);
  mark_demanded(c);
  if (c->new_actor_words > 0 && (st = phrase_actors(c)) != EL_OK) return st;
  announced_acts_are_threats(c);
  during_scene_parties(c);
  if (c->debug)
    for (int32_t g = 0; g < c->ngroups; g++)
      fprintf(stderr, "group %d: tokens %u-%u members %d aside %d\n", g, c->groups[g].b,
              c->groups[g].e, c->groups[g].n, c->groups[g].aside);
  if (c->debug)
    for (int32_t k = 0; k < c->ntrig; k++) {
      const trigger *t = &c->trig[k];
      fprintf(stderr, "trig %.*s code=%s:%s src=%d tgt=%d nom=%d pas=%d drop=%d pair=%d pat=%d\n",
              (int)(tok(c, t->b)->end - tok(c, t->b)->start), c->doc->text + tok(c, t->b)->start,
              t->code, t->code2, t->src, t->tgt, t->nominal, t->passive, t->dropped, t->pair_within,
              t->pattern >= 0 ? c->vd->patterns.v[t->pattern].line : -1);
    }
  for (int32_t k = 0; k < c->ntrig; k++) {
    if (agentless_act(c, &c->trig[k]) && (st = collect_implied(c, &c->trig[k], si)) != EL_OK)
      return st;
    if (c->trig[k].dropped) continue;
    bool anaphoric = false;
    if ((st = emit_anaphoric_reaction(c, &c->trig[k], si, &anaphoric)) != EL_OK) return st;
    if (!anaphoric && (st = emit_trigger(c, &c->trig[k], si)) != EL_OK) return st;
  }
  return EL_OK;
}

el_status events_code(const verb_dict *vd, const cameo_codebook *cb, el_doc *doc) {
  return events_code_opts(vd, cb, doc, NULL);
}

el_status events_code_opts(const verb_dict *vd, const cameo_codebook *cb, el_doc *doc,
                           const events_opts *o) {
  if (!vd || !doc) return EL_ERR_ARG;
  if (!doc->sents.n || (!doc->actors.n && !(o && o->new_actor_words > 0)) || !vd->nwords)
    return EL_OK;
  ctx c;
  memset(&c, 0, sizeof c);
  c.vd = vd;
  c.cb = cb;
  c.doc = doc;
  c.debug = getenv("EL_EVENTS_DEBUG") != NULL;
  c.locative_targets = o && o->locative_targets;
  c.exact_pattern_words = o && o->exact_pattern_words;
  c.monadic = o && o->monadic;
  c.clause_targets = o && o->clause_targets;
  c.new_actor_words = o ? o->new_actor_words : 0;
  size_t maxn = MAX_SENT_TOKENS;
  c.ti = malloc(maxn * sizeof *c.ti);
  c.lists = malloc(maxn * sizeof *c.lists);
  c.groups = malloc(maxn * sizeof *c.groups);
  c.members = malloc(maxn * sizeof *c.members);
  c.trig = malloc(maxn * sizeof *c.trig);
  c.brk = malloc(maxn * sizeof *c.brk);
  c.order = malloc((doc->actors.n + 1) * sizeof *c.order);
  if (c.order) {
    for (size_t m = 0; m < doc->actors.n; m++) {
      const el_actor_mention *am = &doc->actors.v[m];
      if (!am->code[0] || am->tok_end <= am->tok_begin) continue;
      c.order[c.norder++] = (struct mention_ref){am->tok_begin, am->tok_end, (int32_t)m};
    }
    qsort(c.order, c.norder, sizeof *c.order, cmp_mention);
  }
  implied_acts implied = {NULL, 0, 0};
  c.implied = &implied;
  el_status st = EL_OK;
  if (!c.ti || !c.lists || !c.groups || !c.members || !c.trig || !c.brk || !c.order)
    st = EL_ERR_NOMEM;
  for (size_t si = 0; st == EL_OK && si < doc->sents.n; si++) st = code_sentence(&c, (int32_t)si);
  if (st == EL_OK && implied.n && !(o && o->stated_agents_only))
    st = events_imply(cb, doc, &implied);
  EL_VEC_FREE(implied);
  free(c.ti);
  free(c.lists);
  free(c.groups);
  free(c.members);
  free(c.trig);
  free(c.brk);
  free(c.order);
  return st;
}

/* ---- word lists ------------------------------------------------------------ */

static el_status register_coder_lists(verb_dict *vd) {
  static const struct {
    const char *const *list;
    int bit;
  } sets[] = {
      {adjunct, L_ADJUNCT},
      {irregular, L_IRREGULAR},
      {same_as_base, L_SAME_AS_BASE},
      {nominal_ctx_preps, L_NOMINAL_CTX_PREPS},
      {pronouns, L_PRONOUNS},
      {aux, L_AUX},
      {adverb_neg, L_ADVERB_NEG},
      {locatives, L_LOCATIVES},
      {object_preps, L_OBJECT_PREPS},
      {agree, L_AGREE},
      {aimed_at, L_AIMED_AT},
      {listing, L_LISTING},
      {imminent, L_IMMINENT},
      {intent_nouns, L_INTENT_NOUNS},
      {alleging, L_ALLEGING},
      {nominal_neg, L_NOMINAL_NEG},
      {reciprocal_verbs, L_RECIPROCAL},
      {rel_subject, L_REL_SUBJECT},
      {modal_adj, L_MODAL_ADJ},
      {quantities, L_QUANTITY},
      {crowds, L_CROWD},
      {finite_aux, L_FINITE_AUX},
      {threat_words, L_THREAT_WORDS},
  };
  static const struct {
    const char *word;
    int bit;
  } singles[] = {
      {"&", W_AMP},
      {"'", W_APOS},
      {"'s", W_APOS_S},
      {"\xE2\x80\x99s", W_RSQUO_S},
      {"a", W_A},
      {"according", W_ACCORDING},
      {"an", W_AN},
      {"and", W_AND},
      {"another", W_ANOTHER},
      {"between", W_BETWEEN},
      {"border", W_BORDER},
      {"but", W_BUT},
      {"by", W_BY},
      {"each", W_EACH},
      {"for", W_FOR},
      {"frontier", W_FRONTIER},
      {"in", W_IN},
      {"never", W_NEVER},
      {"no", W_NO},
      {"nor", W_NOR},
      {"not", W_NOT},
      {"of", W_OF},
      {"on", W_ON},
      {"one", W_ONE},
      {"or", W_OR},
      {"other", W_OTHER},
      {"that", W_THAT},
      {"their", W_THEIR},
      {"to", W_TO},
      {"whether", W_WHETHER},
      {"with", W_WITH},
      {"without", W_WITHOUT},
  };
  for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++)
    for (const char *const *w = sets[k].list; *w; w++) {
      el_status st = vd_add_list(vd, *w, 1ull << sets[k].bit);
      if (st != EL_OK) return st;
    }
  for (size_t k = 0; k < sizeof singles / sizeof singles[0]; k++) {
    el_status st = vd_add_list(vd, singles[k].word, 1ull << singles[k].bit);
    if (st != EL_OK) return st;
  }
  return EL_OK;
}
