/* STUB — replaced by the store implementation. */
#include "store/store.h"
el_status store_open(const char *path, bool ro, el_store **out, char *err, size_t n) { (void)path; (void)ro; (void)err; (void)n; *out = NULL; return EL_ERR_DB; }
void store_close(el_store *s) { (void)s; }
el_status store_put_doc(el_store *s, const el_doc *doc, bool *ins) { (void)s; (void)doc; *ins = false; return EL_ERR_DB; }
