/* STUB — replaced by the document stage implementation. */
#include "doc/reader.h"
el_status doc_read_path(const char *path, const doc_read_opts *opts, doc_sink_fn sink,
                        doc_reject_fn reject, void *ctx) {
  (void)path; (void)opts; (void)sink; (void)reject; (void)ctx;
  return EL_ERR_NOTFOUND;
}
