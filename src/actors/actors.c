/* STUB — replaced by the actor stage implementation. */
#include "actors/actors.h"
#include <stdlib.h>
struct actor_dict { int unused; };
el_status actor_dict_new(actor_dict **out) { *out = calloc(1, sizeof **out); return *out ? EL_OK : EL_ERR_NOMEM; }
void actor_dict_free(actor_dict *d) { free(d); }
el_status actor_dict_load_actors(actor_dict *d, const char *p, const dict_load_opts *o) { (void)d; (void)p; (void)o; return EL_OK; }
el_status actor_dict_load_agents(actor_dict *d, const char *p, const dict_load_opts *o) { (void)d; (void)p; (void)o; return EL_OK; }
el_status actor_dict_load_discards(actor_dict *d, const char *p, const dict_load_opts *o) { (void)d; (void)p; (void)o; return EL_OK; }
el_status actors_find(const actor_dict *d, el_doc *doc) { (void)d; (void)doc; return EL_OK; }
