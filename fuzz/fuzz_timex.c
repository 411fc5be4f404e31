/*
 * fuzz_timex.c — the time tagger and DCT inference.  The first byte picks
 * the document creation time: none, a fixed one, or the first input line
 * parsed with timex_parse_dct (fuzzing that parser too).  The text is
 * normalized first, as the pipeline does.
 */
#include "fuzz_common.h"
#include "time/timex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  const char *raw = (const char *)data + 1;
  size_t len = size - 1;
  el_datetime dct, *dctp = NULL;
  switch (data[0] % 3) {
    case 0:
      break;
    case 1:
      if (timex_parse_dct("2026-01-08", &dct) == EL_OK) dctp = &dct;
      break;
    default: {
      const char *nl = memchr(raw, '\n', len);
      size_t n = nl ? (size_t)(nl - raw) : len;
      char line[64];
      if (n < sizeof line) {
        memcpy(line, raw, n);
        line[n] = '\0';
        if (timex_parse_dct(line, &dct) == EL_OK) {
          FUZZ_CHECK(dct.year >= 0 && dct.month >= 1 && dct.month <= 12);
          FUZZ_CHECK(dct.day >= 1 && dct.day <= 31);
          dctp = &dct;
        }
        raw += nl ? n + 1 : n;
        len -= nl ? n + 1 : n;
      }
    }
  }
  el_doc *doc = doc_new();
  if (!doc) return 0;
  if (text_normalize(doc, raw, len) == EL_OK) {
    el_timex_vec tv = {0};
    if (timex_tag(doc->text, doc->len, dctp, &tv) == EL_OK) {
      for (size_t i = 0; i < tv.n; i++) {
        FUZZ_CHECK(tv.v[i].start <= tv.v[i].end && tv.v[i].end <= doc->len);
        FUZZ_CHECK(memchr(tv.v[i].value, '\0', sizeof tv.v[i].value) != NULL);
        FUZZ_CHECK(memchr(tv.v[i].range_start, '\0', sizeof tv.v[i].range_start) != NULL);
        FUZZ_CHECK(memchr(tv.v[i].range_end, '\0', sizeof tv.v[i].range_end) != NULL);
      }
    }
    EL_VEC_FREE(tv);
    char out[17];
    const char *origin = NULL;
    double conf = 0;
    if (timex_infer_dct(doc->text, doc->len, out, &origin, &conf) == EL_OK) {
      FUZZ_CHECK(memchr(out, '\0', sizeof out) != NULL);
      FUZZ_CHECK(origin != NULL);
      el_datetime chk;
      FUZZ_CHECK(timex_parse_dct(out, &chk) == EL_OK);
    }
  }
  doc_free(doc);
  return 0;
}
