/*
 * fuzz_pipeline.c — every stage on one document with the real dictionaries
 * from data/ (loaded once): boilerplate, segmentation, DCT inference, time
 * tagging, actors, events, quotes, event dating.  The first byte picks
 * whether the document has a publication date.
 */
#include "fuzz_common.h"
#include "pipeline/pipeline.h"

static el_pipeline *pipe_once;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  char err[512] = "";
  if (pipeline_open(&pipe_once, NULL, err, sizeof err) != EL_OK) {
    fprintf(stderr, "fuzz_pipeline: cannot load dictionaries: %s\n", err);
    exit(1);
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  el_doc *doc = doc_new();
  if (!doc) return 0;
  if (text_normalize(doc, (const char *)data + 1, size - 1) == EL_OK) {
    if (data[0] & 1) strcpy(doc->published, "2026-01-08");
    doc->id = "fuzz";
    if (pipeline_process(pipe_once, doc) == EL_OK) {
      fuzz_check_segments(doc);
      fuzz_check_timexes(doc);
      fuzz_check_mentions(doc);
      fuzz_check_quotes(doc);
    }
  }
  doc_free(doc);
  return 0;
}
