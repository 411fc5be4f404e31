/*
 * fuzz_text.c — the text stage: normalize raw bytes, mark boilerplate,
 * split into sentences and tokens; checks offsets stay inside the text.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  el_doc *doc = doc_new();
  if (!doc) return 0;
  if (text_normalize(doc, (const char *)data, size) == EL_OK) {
    fuzz_check_text(doc);
    if (text_mark_boilerplate(doc) == EL_OK && text_segment(doc) == EL_OK) {
      fuzz_check_segments(doc);
      /* Exercise the lookup helpers on every token. */
      char buf[64];
      for (size_t i = 0; i < doc->toks.n; i++) {
        const el_token *t = &doc->toks.v[i];
        FUZZ_CHECK(text_token_lower(doc, t, buf, sizeof buf) < sizeof buf);
        FUZZ_CHECK(text_sentence_at(doc, t->start) >= -1);
        FUZZ_CHECK(text_token_at(doc, t->start) <= i);
      }
    }
  }
  doc_free(doc);
  return 0;
}
