/*
 * actor_int.h — internals shared by the actor stage's files: the word
 * interning table, the token trie, dictionary entries (actors with dated
 * roles, agents, titles, discards) and the per-token keys used in matching.
 */
#ifndef EL_ACTOR_INT_H
#define EL_ACTOR_INT_H
#include "actors/actors.h"

#define ACTOR_WORD_MAX 96 /* longest normalized word we key on (bytes) */
#define ACTOR_DATE_MIN 0
#define ACTOR_DATE_MAX 99999999

/* One dated role: code valid from..to (yyyymmdd, inclusive). */
typedef struct {
  int32_t from, to;
  char code[24];
  bool dflt; /* an undated [CODE] line: lowest priority */
} actor_role;

typedef struct {
  char *name; /* canonical display name (malloc'd) */
  EL_VEC(actor_role) roles;
  bool is_person;
  bool place; /* a place name (country, capital): "in X" is a location */
} actor_entry;

typedef struct {
  char code[16];
  bool prefix; /* [NGO~]: code goes before the country */
} agent_entry;

enum { TITLE_ROLE = 1, TITLE_QUALIFIER = 2 };

typedef struct {
  char agent[8];   /* "GOV", "ELI"; for a role */
  char country[4]; /* for a qualifier ("Republican" -> USA) */
  uint8_t kind;
  bool counterpart; /* "counterpart": agent of the antecedent */
  bool group;       /* plural/compound head: "leaders", "presidents" */
} title_entry;

enum { DISCARD_SENTENCE = 1, DISCARD_DOC = 2 };

typedef struct {
  int32_t actor, agent, title; /* indexes, -1 none */
  uint8_t discard;             /* DISCARD_* */
  uint8_t gender;              /* a given name: GENDER_* */
  /* a phrase reaches this word over a space, not '_': other words may come
   * between in the text ("ITHILEN TELEVISION": "Ithilen state-run
   * television"), used under actors_opts.spaced_phrase_gaps */
  bool gap_before;
} trie_node;

enum { GENDER_NONE = 0, GENDER_MALE = 1, GENDER_FEMALE = 2 };
/* Gender of a person's display name by its first word (GENDER_NONE). */
uint8_t actor_name_gender(const actor_dict *d, const char *name);

/* A slot of the word hash: the word id + 1 and its tag, in one cache line,
 * so a probe only fetches a word's bytes when the tag agrees. */
typedef struct {
  uint32_t id1, tag;
} actor_wslot;

struct actor_dict {
  /* interned words: id -> pool offset; open-addressing slots hold id+1 */
  char *pool;
  size_t pool_n, pool_cap;
  EL_VEC(uint32_t) words;
  EL_VEC(uint32_t) whash; /* tag of each word (word_tag), to rebuild slots */
  actor_wslot *wslots;    /* id + 1 (0 = empty) and the word's tag */
  size_t wcap;
  /* trie edges: (parent << 32 | word) -> child, open addressing */
  uint64_t *ekeys; /* 0 = empty; stored as key + 1 */
  int32_t *evals;
  size_t ecap, en;
  EL_VEC(trie_node) nodes; /* node 0 is the root */
  EL_VEC(actor_entry) actors;
  EL_VEC(agent_entry) agents;
  EL_VEC(title_entry) titles;
};

/* Normalize one word for keying: lowercase, accents stripped, curly
 * apostrophes -> '. Writes NUL-terminated out; returns its length (0 when
 * the word is empty or too long). */
size_t actor_norm_word(const char *s, size_t n, char *out, size_t cap);
int32_t actor_word_id(const actor_dict *d, const char *w, size_t n);
el_status actor_word_intern(actor_dict *d, const char *w, size_t n, int32_t *id);
int32_t actor_trie_child(const actor_dict *d, int32_t node, int32_t wid);
/* Walk/create the path for a phrase of words separated by '_' or blanks.
 * EL_ERR_PARSE when the phrase has no word. */
el_status actor_trie_add(actor_dict *d, const char *phrase, size_t n, int32_t *node_out);
/* Find the node of a phrase without creating anything; -1 if absent. */
int32_t actor_trie_find(const actor_dict *d, const char *phrase, size_t n);
el_status actor_entry_new(actor_dict *d, const char *name, size_t n, int32_t *idx);

/* yyyymmdd from "YYYY-MM-DD..." ; -1 for NULL/empty/unparsable (= latest). */
int32_t actor_date_from_iso(const char *iso);
/* Code of an entry on a date (-1 = latest); false when none applies. */
bool actor_entry_code(const actor_entry *e, int32_t date, char out[24]);
/* Same; returns 0 none, 1 an undated default, 2 a dated role. */
int actor_entry_code_kind(const actor_entry *e, int32_t date, char out[24]);
/* Country part of a CAMEO code: first three letters unless an IGO/NGO-like
 * prefix. Writes "" when none. */
void actor_code_country(const char *code, char out[4]);
/* Display name from a dictionary phrase: "ANA_RUIZ_" -> "Ana Ruiz";
 * mixed-case phrases keep their case. malloc'd. */
char *actor_display_name(const char *phrase, size_t n);

#endif

/* ---- matching (actor_find.c, actor_learn.c, actor_coref.c) ------------ */

typedef struct {
  int32_t wid, wbase;  /* word ids of the token, and without "'s" (-1 none) */
  int32_t node;        /* longest usable dictionary match starting here, -1 */
  uint32_t aend;       /* its end token */
  bool apos;           /* that match ended on a possessive ("Chile's") */
  bool under;          /* the token joins words with '_' ("Costa_Rica") */
  uint32_t next_title; /* first token >= this one that starts a title */
} tok_info;

enum { PEND_NONE = 0, PEND_DESC, PEND_COMPOUND, PEND_PRONOUN };
enum { COMP_PERSONS = 1, COMP_GOVS, COMP_COUNTRIES, COMP_SIDES /* persons, else countries */ };

typedef struct {
  el_actor_mention m;
  uint8_t pending;  /* PEND_*: resolved by actor_coref.c */
  uint8_t compound; /* COMP_* for PEND_COMPOUND */
  bool they;        /* "they": only a pair acting together just before */
  char agent[16];   /* agent the description itself gives */
  bool single_name; /* person named by one word ("President Ruiz") */
  uint8_t gender;   /* pronoun: GENDER_* it requires */
  bool possessive;  /* "his"/"her" owning what follows ("his visa") */
  bool neuter;      /* "its foreign ministry": a country's, not a person's */
  bool its;         /* "its airspace" in reported speech: the speaker's country */
  bool it_subject;  /* "It thanked ...": the body the sentence before was about */
  int32_t entry;    /* dictionary actor, -1 none */
} actor_cand;

typedef struct {
  int32_t wid;
  const char *name;
  char code[24];
  int32_t entry;
  bool ambiguous;
  bool org; /* an organization's acronym ("Rapid Support Forces (RSF)") */
} alias_slot;

typedef struct {
  const actor_dict *d;
  el_doc *doc;
  int32_t date; /* yyyymmdd of the DCT, -1 unknown */
  tok_info *ti; /* one per doc token */
  EL_VEC(actor_cand) cands;
  bool *discarded;       /* per sentence: held a discard phrase */
  bool headline;         /* current sentence is in Title Case: names unreliable */
  bool code_bare_agents; /* actors_opts */
  bool places_as_actors;
  bool spaced_phrase_gaps;
  char dateline_country[4]; /* country of the article's dateline place, "" none */
} find_ctx;

bool actor_tok_is(const find_ctx *c, uint32_t t, const char *lower_word);
bool actor_tok_punct(const find_ctx *c, uint32_t t, char ch);
/* Scan a personal name at token k (sentence end e): capitalized words,
 * particles and initials; returns the end token (k when no name). */
uint32_t actor_scan_name(const find_ctx *c, uint32_t k, uint32_t e);
/* Try "[the|his] [CTY['s]] [Qual] [mods] TITLE [of CTY] [,] NAME" at i.
 * Returns the end token of the mention made (0 none). */
el_status actor_try_title(find_ctx *c, int32_t sent, uint32_t i, uint32_t e, uint32_t *end);
bool actor_namesake_before(const find_ctx *c, uint32_t sb, uint32_t se, uint32_t i,
                           const char *given);
bool actor_title_case(const find_ctx *c, uint32_t b, uint32_t e);
/* "Name, Country's title," at i (0 none). */
el_status actor_try_apposition(find_ctx *c, int32_t sent, uint32_t i, uint32_t e, uint32_t *end);
el_status actor_cand_push(find_ctx *c, const actor_cand *a);
/* Build the surname alias table and add bare surname mentions. */
el_status actor_alias_pass(find_ctx *c);
/* Resolve descriptions, compounds, pronouns; write doc->actors. */
el_status actor_coref_emit(find_ctx *c);
void actor_code_join(const char *country, const char *agent, char out[24]);
