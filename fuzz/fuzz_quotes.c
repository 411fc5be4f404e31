/*
 * fuzz_quotes.c — the quote finder on a segmented document without actors
 * (so every quote must come out with speaker -1 or a valid index).
 */
#include "fuzz_common.h"
#include "quotes/quotes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  el_doc *doc = doc_new();
  if (!doc) return 0;
  if (text_normalize(doc, (const char *)data, size) == EL_OK &&
      text_mark_boilerplate(doc) == EL_OK && text_segment(doc) == EL_OK &&
      quotes_find(doc) == EL_OK)
    fuzz_check_quotes(doc);
  doc_free(doc);
  return 0;
}
