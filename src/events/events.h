/*
 * events.h — the event stage: CAMEO codebook (Goldstein, quad class, PLOVER),
 * PETRARCH-format verb dictionary, and the coder that turns sentences with
 * actor mentions into source-action-target events, with negation/modality.
 */
#ifndef EL_EVENTS_H
#define EL_EVENTS_H
#include "actors/actors.h"
#include "eventline.h"

typedef struct cameo_codebook cameo_codebook;
typedef struct {
  char code[8];
  const char *name;
  double goldstein;
  int quad_class;     /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
  const char *plover; /* PLOVER event type, e.g. "CONSULT" */
} cameo_entry;

/* cameo_csv: cameo-codes.csv; plover_txt: CAMEO2PLOVER table. */
el_status codebook_load(cameo_codebook **out, const char *cameo_csv, const char *plover_txt);
void codebook_free(cameo_codebook *cb);
/* Entry for a code, else for its longest known prefix; NULL if none. */
const cameo_entry *codebook_lookup(const cameo_codebook *cb, const char *code);
/* Quad class of a CAMEO code from its root (0 if not a code). */
int codebook_quad_class(const char *code);

typedef struct verb_dict verb_dict;
/* PETRARCH verb dictionary (CAMEO.2.0.txt format); may be called several
 * times to add user files.  When entries of two files tie, the later file
 * wins, so user files can override.  A block whose description starts with
 * "NOUN " (e.g. "--- NOUN SANCTIONS [163] ---") holds nouns: plurals instead
 * of verb inflections, and actors are taken from "of/against/with X",
 * "by X", possessives and "between A and B".  Malformed lines are reported
 * as "file:line: reason" to o->warn and skipped, or fail the load with
 * EL_ERR_PARSE when o->strict. */
el_status verb_dict_new(verb_dict **out);
el_status verb_dict_load(verb_dict *vd, const char *path, const dict_load_opts *o);
void verb_dict_free(verb_dict *vd);

/* Code doc->events from doc->sents/toks/actors.  Only dyadic events (a
 * source and a target actor) are emitted (see events_opts.monadic); statements (010) never are, and
 * a sentence with no verb/noun pattern yields nothing (no fallback code). An act of state named
 * without its agent ("the revocation of X's visa") takes one from a cue in its phrase or document
 * (event_implied.c): lower confidence, details_json {"implied_source": "phrase|place|linked|dyad"}.
 * Mood and the negated flag: negated = "not asserted as having happened".
 *   negation ("did not meet", "was not discussed")  -> negated, MOOD_FACT
 *   denial ("denied that ...")                      -> negated, MOOD_DENIAL
 *   would/could/might, "if ..."                     -> negated, MOOD_HYPOTHETICAL
 *   future ("will send troops")                     -> negated, MOOD_INTENT
 *   questions                                       -> negated, MOOD_QUESTION
 *   verb-governed infinitive left alone ("plans to deploy" when "plan" did
 *   not combine)                                    -> negated, MOOD_INTENT
 * Governors that combine with their infinitive give one factual event with
 * the governor's code family: "agreed to meet" -> 036, "asked X to mediate"
 * -> 028, "threatened to attack" -> 138; the governed act is not emitted.
 * pattern_id is "file:line" of the pattern (or verb line) that fired. */
el_status events_code(const verb_dict *vd, const cameo_codebook *cb, el_doc *doc);

/* Coding options.  locative_targets (default false): an actor after "in",
 * "at", "near"... may be the target, as PETRARCH reads prepositional
 * objects ("called for calm in X"); by default it is where the event
 * happened and only visits take it as the target.  exact_pattern_words
 * (default false): a pattern word matches only the form written, as in
 * PETRARCH, where only synset phrases get generated plurals; by default a
 * plural in the text also matches a singular pattern word ("resolutions"
 * ~ RESOLUTION), since news dictionaries name the singular. */
typedef struct {
  /* stated_agents_only (default false): code only acts whose agent the
   * sentence states; by default an agentless act of state ("the
   * revocation of X's visa", "Y's capture") takes its agent from a cue in
   * its phrase or document (event_implied.c), flagged in details. */
  bool stated_agents_only;
  bool locative_targets;
  bool exact_pattern_words;
  /* monadic (default false): an act with a source and no target actor is
   * coded with target "---", as PETRARCH does with require_dyad = false
   * ("a senior official said on Saturday" -> ---GOV --- 023); by default
   * only dyads are events. */
  bool monadic;
  /* clause_targets (default false): a verb takes the first actor after it
   * in its clause as the target, however far, as PETRARCH takes the first
   * actor of the verb phrase ("wire tapped all links leading into X",
   * "begun to question whether he has a future with X"); by default a verb
   * matched with no pattern takes only its direct object (a few words on,
   * no other verb between) and a pattern's target lies within 8 words of
   * what it matched. */
  bool clause_targets;
  /* new_actor_words (default 0, off): PETRARCH's new_actor_length.  A verb
   * whose subject or object is a noun phrase of at most this many words
   * with no actor in it takes the phrase itself as an actor (mention kind
   * EL_ACTOR_PHRASE, code "---", name the words in capitals without a
   * possessive 's: "GRYFFINDOR HEAD MINERVA MCGONAGALL"); an object phrase
   * must be a name ("the Ministry of Magic"). */
  int new_actor_words;
} events_opts;
/* events_code with options; o == NULL means the defaults. */
el_status events_code_opts(const verb_dict *vd, const cameo_codebook *cb, el_doc *doc,
                           const events_opts *o);
#endif
