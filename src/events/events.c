/* STUB — replaced by the event stage implementation. */
#include "events/events.h"
#include <stdlib.h>
struct cameo_codebook { int unused; };
struct verb_dict { int unused; };
el_status codebook_load(cameo_codebook **out, const char *a, const char *b) { (void)a; (void)b; *out = calloc(1, sizeof **out); return *out ? EL_OK : EL_ERR_NOMEM; }
void codebook_free(cameo_codebook *cb) { free(cb); }
el_status verb_dict_new(verb_dict **out) { *out = calloc(1, sizeof **out); return *out ? EL_OK : EL_ERR_NOMEM; }
el_status verb_dict_load(verb_dict *vd, const char *p, const dict_load_opts *o) { (void)vd; (void)p; (void)o; return EL_OK; }
void verb_dict_free(verb_dict *vd) { free(vd); }
el_status events_code(const verb_dict *vd, const cameo_codebook *cb, el_doc *doc) { (void)vd; (void)cb; (void)doc; return EL_OK; }
