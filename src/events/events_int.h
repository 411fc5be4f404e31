/*
 * events_int.h — internals shared by the event stage files (not a public
 * contract): the in-memory verb dictionary (vocabulary, synsets, verb forms,
 * blocks, patterns) and the mood helpers.
 */
#ifndef EL_EVENTS_INT_H
#define EL_EVENTS_INT_H
#include "events/events.h"

/* One element of a pattern, in text order; the verb itself is VD_VERB.
 * VD_SKIP ('^') passes over one noun phrase, an actor or not, that is
 * neither source nor target. */
enum { VD_WORD = 1, VD_SYNSET, VD_SOURCE, VD_TARGET, VD_VERB, VD_SKIP };

#define VD_NEEDS 4

typedef struct {
  uint8_t kind;
  uint8_t glued; /* must be adjacent to the previous element ('_') */
  int32_t id;    /* word id or synset index */
} vd_elem;

typedef struct {
  vd_elem *el;
  uint16_t n, verb; /* el[verb].kind == VD_VERB */
  char code[8];     /* "" = null code */
  char code2[8];    /* paired code for target->source ("042:043"), "" if none */
  int32_t file, line;
  int32_t words; /* word/synset elements: the match score */
  int32_t need;  /* a word id every match contains, -1 if none */
  /* more word ids every match contains (the pattern's other words, up to
   * VD_NEEDS), for a quick reject by the sentence's word set */
  int32_t needs[VD_NEEDS];
  uint8_t nneeds;
  uint64_t synneed; /* bit (synset % 64) of each synset element (see wsyn) */
} vd_pattern;

typedef struct {
  char code[8], code2[8];
  bool nominal;                     /* a NOUN block from our news file */
  int32_t first_pattern, npatterns; /* patterns are stored contiguously per block */
} vd_block;

/* A verb (or noun) entry: the trigger word with optional glued words. */
typedef struct {
  int32_t block;
  int32_t *pre, *post; /* word ids glued before/after the trigger word */
  uint16_t npre, npost;
  char code[8], code2[8]; /* own code, else the block's */
  bool has_code;
  int32_t file, line;
} vd_verb;

typedef struct {
  int32_t *ids;
  uint16_t n;
} vd_phrase;

typedef struct {
  char *name;
  vd_phrase *ph;
  int32_t n, cap;
  int32_t *first; /* sorted unique first-word ids, for a quick reject */
  int32_t nfirst;
} vd_synset;

/* Chain of verb entries for one word form. */
typedef struct {
  int32_t verb, next;
} vd_form;

/* A slot of the vocabulary hash: the word id and a tag of its hash, so a
 * probe compares the tag in the slot's own cache line and only fetches the
 * word's bytes when the tag agrees. */
typedef struct {
  int32_t id;
  uint32_t tag;
} vd_slot;

struct verb_dict {
  el_arena *arena;
  /* vocabulary: lowercased word -> dense id (open addressing) */
  char **words;
  int32_t nwords, capwords;
  vd_slot *slots; /* id -1 = empty; tag checked before the word's bytes */
  size_t nslots;
  int32_t *form_head; /* by word id: first vd_form index, -1 none */
  uint16_t *wclass;   /* by word id: closed-class bits (EV_C_*) */
  uint64_t *wlists;   /* by word id: word-list bits (EV_L_*), exact token text */
  uint64_t *wsyn;     /* by word id: bit (synset % 64) of each synset it starts a
                       * phrase of; a clear bit rejects without a search */
  EL_VEC(vd_form) forms;
  EL_VEC(vd_verb) verbs;
  EL_VEC(vd_block) blocks;
  EL_VEC(vd_pattern) patterns;
  EL_VEC(vd_synset) synsets;
  EL_VEC(char *) files; /* base names, for pattern ids */
  size_t skipped_lines, transformations;
};

/* Closed-class word bits, registered by events_register_classes(). */
enum {
  EV_C_DET = 1u << 0,
  EV_C_CONN = 1u << 1,
  EV_C_NOSRC = 1u << 2,
  EV_C_NOMPREP = 1u << 3,
  EV_C_BREAK = 1u << 4,
  EV_C_REL = 1u << 5,
  EV_C_DAY = 1u << 6,          /* "Monday", "today": time adjuncts */
  EV_C_DEGREE = 1u << 7,       /* "very", "too": a graded word follows */
  EV_C_STATIVE = 1u << 8,      /* "remains": a state reported again */
  EV_C_CONTEST = 1u << 9,      /* "defeated", "beat": also won a vote */
  EV_C_ELECTORAL = 1u << 10,   /* "election", "run-off", "polls" */
  EV_C_PERSON_HEAD = 1u << 11, /* "worker(s)", "officials": a modifier comes before */
  EV_C_ADJUNCT = 1u << 12      /* "following", "amid": heads a phrase of its own */
};
/* Intern the coder's closed-class words with their bits; called by
 * verb_dict_new. */
el_status events_register_classes(verb_dict *vd);
el_status vd_add_class(verb_dict *vd, const char *word, uint16_t bits);

/* Word lists tested on a token's exact text (ASCII case folded, a
 * possessive kept), as bits of verb_dict.wlists, so that a sentence's
 * tokens are looked up once instead of string-compared per rule.  Bits
 * from EV_L_COUNT up are the coder's own single words. */
enum {
  EV_L_NEGATOR, /* event_mood.c */
  EV_L_MODAL,
  EV_L_FUTURE,
  EV_L_CONDITIONAL,
  EV_L_PROSPECTIVE,
  EV_L_DENIER,
  EV_L_FILLER,
  EV_L_BE,
  EV_L_POSSIBILITY,
  EV_L_COUNT
};
el_status vd_add_list(verb_dict *vd, const char *word, uint64_t bits);
/* Register event_mood.c's lists; called by events_register_classes. */
el_status events_register_mood_lists(verb_dict *vd);

/* Word id of s[0..n) (case-insensitive ASCII), -1 if not in the vocabulary. */
int32_t vd_word_id(const verb_dict *vd, const char *s, size_t n);

/* Mood of the event whose trigger is token `trig` of sentence `s`. */
typedef struct {
  bool negated;
  el_mood mood;
} event_mood_result;
/* lists[k]: the wlists bits of token s->tok_begin + k, for every token
 * from the sentence start up to trig. */
event_mood_result event_mood_of(const el_doc *doc, const el_sentence *s, uint32_t trig,
                                const uint64_t *lists);
/* True if token t (with word-list bits `lists`) negates ("not", "never",
 * "didn't"...). */
bool event_is_negator(const el_doc *doc, uint32_t t, uint64_t lists);
/* True if a token with word-list bits `lists` is a form of "to be"/"get"
 * that makes a following participle passive. */
bool event_is_passive_aux(uint64_t lists);
/* An act of state named with no agent ("the revocation of X's visa",
 * "Y's capture", "Z was detained"): the event coder collects these per
 * document, and event_implied.c gives each an agent from a cue in its own
 * phrase or elsewhere in the document, or drops it. */
#define IMPLIED_MAX_TARGETS 8
typedef struct {
  int32_t sentence;
  uint32_t trig_b, trig_e;     /* trigger tokens (document indices) */
  uint32_t phrase_b, phrase_e; /* tokens of the act's phrase: target, object, trigger */
  char code[8];
  event_mood_result mood;
  int32_t targets[IMPLIED_MAX_TARGETS]; /* doc->actors indices */
  int ntargets;
  bool removal;      /* the trigger is an expulsion/deportation noun (174) */
  double confidence; /* as the coder would give it with a stated agent */
  const char *pattern_id;
} implied_act;
typedef EL_VEC(implied_act) implied_acts;

/* Give each collected act an agent from its cues and add it to
 * doc->events (in sentence order), confidence lowered and details
 * {"implied_source": "phrase"|"place"|"linked"|"dyad"}; acts with no cue
 * are dropped. */
el_status events_imply(const cameo_codebook *cb, el_doc *doc, const implied_acts *acts);
#endif
