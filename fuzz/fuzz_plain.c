/*
 * fuzz_plain.c — the document reader on a plain-text file: header lines
 * ("date 2022-06-21"), metadata defaults, normalization.  Every accepted
 * document must carry valid, NUL-terminated text and an id.
 */
#include "doc/reader.h"
#include "fuzz_common.h"

static el_status plain_sink(void *ctx, el_doc *doc) {
  (void)ctx;
  fuzz_check_text(doc);
  FUZZ_CHECK(doc->id != NULL);
  doc_free(doc);
  return EL_OK;
}

static void plain_reject(void *ctx, const char *path, long line, const char *reason) {
  (void)ctx;
  (void)path;
  (void)line;
  FUZZ_CHECK(reason != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  doc_read_opts opts = {.format = DOC_FORMAT_TEXT, .published = NULL, .max_doc_bytes = 0};
  doc_read_buffer("fuzz.txt", (const char *)data, size, DOC_FORMAT_TEXT, &opts, plain_sink,
                  plain_reject, NULL);
  return 0;
}
