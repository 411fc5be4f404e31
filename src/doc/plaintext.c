/*
 * plaintext.c — a plain-text file is one article: optional header lines
 * at the top give metadata, the rest is the text.
 */
#include "doc/doc_internal.h"

el_status doc_read_text(doc_reader *r, const char *name, const char *buf, size_t len) {
  el_doc *doc = doc_start(name, 0);
  if (!doc) return EL_ERR_NOMEM;
  doc_header h;
  size_t body = doc_parse_header(buf, len, &h);
  el_status st = doc_apply_header(doc, &h);
  if (st != EL_OK) {
    doc_free(doc);
    return st;
  }
  return doc_finish(r, doc, buf + body, len - body, 0);
}
