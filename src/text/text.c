/* STUB — replaced by the text stage implementation. */
#include "text/text.h"
#include <string.h>
el_status text_normalize(el_doc *doc, const char *raw, size_t len) {
  doc->text = arena_strndup(doc->arena, raw, len);
  doc->len = len;
  return doc->text ? EL_OK : EL_ERR_NOMEM;
}
el_status text_mark_boilerplate(el_doc *doc) { (void)doc; return EL_OK; }
el_status text_segment(el_doc *doc) { (void)doc; return EL_OK; }
