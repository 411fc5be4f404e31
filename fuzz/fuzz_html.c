/*
 * fuzz_html.c — the HTML reader alone (libxml2 parse + main-text extraction).
 */
#include "doc/reader.h"
#include "fuzz_common.h"

static el_status html_sink(void *ctx, el_doc *doc) {
  (void)ctx;
  fuzz_check_text(doc);
  doc_free(doc);
  return EL_OK;
}

static void html_reject(void *ctx, const char *path, long line, const char *reason) {
  (void)ctx;
  (void)path;
  (void)line;
  FUZZ_CHECK(reason != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  doc_read_opts opts = {.format = DOC_FORMAT_HTML, .published = NULL, .max_doc_bytes = 0};
  doc_read_buffer("fuzz.html", (const char *)data, size, DOC_FORMAT_HTML, &opts, html_sink,
                  html_reject, NULL);
  return 0;
}
