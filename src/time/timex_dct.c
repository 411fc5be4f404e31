/* timex_dct.c — publication-date inference (WIP). */
#include "time/timex_internal.h"
el_status timex_infer_dct(const char *text, size_t len, char out[17], const char **origin,
                          double *confidence) {
  (void)text;
  (void)len;
  (void)out;
  (void)origin;
  (void)confidence;
  return EL_ERR_NOTFOUND;
}
