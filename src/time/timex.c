/* STUB — replaced by the time stage implementation. */
#include "time/timex.h"
el_status timex_parse_dct(const char *s, el_datetime *out) { (void)s; (void)out; return EL_ERR_ARG; }
el_status timex_tag_doc(el_doc *doc) { (void)doc; return EL_OK; }
el_status timex_infer_dct(const char *text, size_t len, char out[17], const char **origin, double *c) {
  (void)text; (void)len; (void)out; (void)origin; (void)c; return EL_ERR_NOTFOUND;
}
el_status timex_date_events(el_doc *doc) { (void)doc; return EL_OK; }
