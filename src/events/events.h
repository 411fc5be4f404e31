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
const cameo_entry *codebook_lookup(const cameo_codebook *cb, const char *code);

typedef struct verb_dict verb_dict;
/* PETRARCH verb dictionary (CAMEO.2.0.txt format); may be called several
 * times to add user files. */
el_status verb_dict_new(verb_dict **out);
el_status verb_dict_load(verb_dict *vd, const char *path, const dict_load_opts *o);
void verb_dict_free(verb_dict *vd);

/* Code doc->events from doc->sents/toks/actors. */
el_status events_code(const verb_dict *vd, const cameo_codebook *cb, el_doc *doc);
#endif
