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
  bool strict;   /* a malformed line fails the load (else warned and skipped) */
  FILE *warn;    /* where "file:line: reason" warnings go; NULL = stderr */
} dict_load_opts;

el_status actor_dict_new(actor_dict **out);
void actor_dict_free(actor_dict *d);

/* PETRARCH .actors file (names, +synonyms, [CODE yymmdd-yymmdd] roles). */
el_status actor_dict_load_actors(actor_dict *d, const char *path, const dict_load_opts *o);
/* PETRARCH agents file (MINISTER [~GOV] ...). */
el_status actor_dict_load_agents(actor_dict *d, const char *path, const dict_load_opts *o);
/* PETRARCH discards file. */
el_status actor_dict_load_discards(actor_dict *d, const char *path, const dict_load_opts *o);

/* Add or update a person learned from text, valid from `date` on. */
el_status actor_dict_learn(actor_dict *d, const char *name, const char *code, const char *date);

/* Look up the code a name has on a date ("YYYY-MM-DD", NULL = latest);
 * writes it to code_out; EL_ERR_NOTFOUND if unknown. */
el_status actor_dict_lookup(const actor_dict *d, const char *name, const char *date,
                            char code_out[24]);

/* Find actor mentions in doc (needs sentences/tokens): dictionary matches,
 * learned titles/appositions (also appended to doc->learned), coreference.
 * Fills doc->actors in text order. */
el_status actors_find(const actor_dict *d, el_doc *doc);
#endif
