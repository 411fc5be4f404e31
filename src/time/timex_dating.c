/* timex_dating.c — event dating (WIP). */
#include "time/timex_internal.h"
el_status timex_date_events(el_doc *doc) {
  (void)doc;
  return EL_OK;
}
