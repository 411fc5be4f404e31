/*
 * fuzz_jsonl.c — the JSON Lines reader alone (jansson + metadata: id,
 * published, source, url, title, lang), so the fuzzer's mutations stay JSON.
 */
#include "doc/reader.h"
#include "fuzz_common.h"

static el_status jsonl_sink(void *ctx, el_doc *doc) {
  (void)ctx;
  fuzz_check_text(doc);
  FUZZ_CHECK(doc->id != NULL);
  doc_free(doc);
  return EL_OK;
}

static void jsonl_reject(void *ctx, const char *path, long line, const char *reason) {
  (void)ctx;
  (void)path;
  (void)line;
  FUZZ_CHECK(reason != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  doc_read_opts opts = {.format = DOC_FORMAT_JSONL, .published = NULL, .max_doc_bytes = 0};
  doc_read_buffer("fuzz.jsonl", (const char *)data, size, DOC_FORMAT_JSONL, &opts, jsonl_sink,
                  jsonl_reject, NULL);
  return 0;
}
