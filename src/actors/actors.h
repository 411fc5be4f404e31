/*
 * actors.h — the actor stage: PETRARCH-format actor/agent/discard
 * dictionaries in a token trie, dated roles, actors learned from titles and
 * appositions, within-document coreference (descriptions, pronouns).
 */
#ifndef EL_ACTORS_H
#define EL_ACTORS_H
#include <stdio.h>
#include "eventline.h"

typedef struct actor_dict actor_dict;

typedef struct {
  bool strict; /* a malformed line fails the load (else warned and skipped) */
  FILE *warn;  /* where "file:line: reason" warnings go; NULL = stderr */
} dict_load_opts;

el_status actor_dict_new(actor_dict **out);
void actor_dict_free(actor_dict *d);

/* PETRARCH .actors file (names, +synonyms, [CODE yymmdd-yymmdd] roles). */
el_status actor_dict_load_actors(actor_dict *d, const char *path, const dict_load_opts *o);
/* PETRARCH agents file (MINISTER [~GOV] ...). */
el_status actor_dict_load_agents(actor_dict *d, const char *path, const dict_load_opts *o);
/* PETRARCH discards file. */
el_status actor_dict_load_discards(actor_dict *d, const char *path, const dict_load_opts *o);

/* Our titles file (data/actors/titles.txt): role nouns in the agents
 * syntax ("FOREIGN_MINISTER [~GOV]", "PRESIDENT-ELECT [~ELI]",
 * "COUNTERPART [~=]" = the agent of the person it is the counterpart of)
 * and qualifiers that give a country to a following title
 * ("REPUBLICAN [USA]").  Plurals are formed as for agents and mark a
 * compound ("the two presidents"). */
el_status actor_dict_load_titles(actor_dict *d, const char *path, const dict_load_opts *o);

/* Given names with a usual gender ("Maria [F]", "Carlos [M]"), so that
 * "he" does not resolve to a known woman nor "she" to a known man. */
el_status actor_dict_load_given_names(actor_dict *d, const char *path, const dict_load_opts *o);

/* Everything under data_dir/actors: countries.actors.txt first, then every
 * other *.actors.txt by name (later files override a phrase), agents.txt
 * and *.agents.txt, *titles.txt, *discards.txt, *given_names.txt. */
el_status actor_dict_load_dir(actor_dict *d, const char *data_dir, const dict_load_opts *o);

/* Add or update a person learned from text, valid from `date` on. */
el_status actor_dict_learn(actor_dict *d, const char *name, const char *code, const char *date);

/* Look up the code a name has on a date ("YYYY-MM-DD", NULL = latest);
 * writes it to code_out; EL_ERR_NOTFOUND if unknown. */
el_status actor_dict_lookup(const actor_dict *d, const char *name, const char *date,
                            char code_out[24]);

/* Find actor mentions in doc (needs sentences/tokens): dictionary matches,
 * learned titles/appositions (also appended to doc->learned), coreference.
 * Fills doc->actors in text order; mentions do not overlap, except that a
 * compound description ("the two leaders", "both governments") yields one
 * mention per referent, consecutive, with the same span.  Roles resolve by
 * doc->published (latest roles when unknown).  A sentence holding a discard
 * phrase gets no mentions; a "+" discard empties the whole document.
 * Kinds and confidences: DICT 0.9 (dictionary name or country), 0.85
 * (country + agent group, titled person the dictionary knows), 0.8
 * (surname alias, "the Smith administration"); LEARNED 0.85
 * (title/apposition), 0.6 (country taken from an accompanying person);
 * COREF 0.7 (description resolved), 0.5 (description left unresolved: code
 * without name), 0.6 (compound); PRONOUN 0.5 (he/she/him, his/her + agent).
 * "in/at (the) X" and a dateline place are locations, not actors. */
el_status actors_find(const actor_dict *d, el_doc *doc);

/* True when the preposition at token t of doc introduces an actor acted
 * upon rather than a place: "fired shells at X", "arrived in X". */
bool actors_prep_marks_target(const el_doc *doc, uint32_t t);

/* Options of actors_find_opts.  code_bare_agents (default false): an agent
 * phrase with no country ("a senior official", "students") becomes a
 * mention coded with PETRARCH's unknown country, "---GOV", "---EDU"
 * (country ""); by default such a phrase yields no mention. */
/* places_as_actors (default false): a place after "in", "at", "into"...
 * is a mention like any other, as PETRARCH reads it; by default "in
 * Santiago" is a location, not an actor. */
/* spaced_phrase_gaps (default false): a dictionary actor phrase written
 * with spaces ("ITHILEN TELEVISION") may have up to two lowercase words
 * between its words in the text ("Ithilen state-run television"), as
 * TABARI and PETRARCH read the space connector ('_' keeps words adjacent);
 * by default every phrase is matched word for word. */
typedef struct {
  bool code_bare_agents;
  bool places_as_actors;
  bool spaced_phrase_gaps;
} actors_opts;
/* actors_find with options; o == NULL means the defaults. */
el_status actors_find_opts(const actor_dict *d, el_doc *doc, const actors_opts *o);
#endif
