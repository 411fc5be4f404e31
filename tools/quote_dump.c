/*
 * quote_dump.c — developer tool: run the pipeline on articles (any format
 * the reader takes) and print every quote with its speaker, code and cue,
 * one tab-separated line each, for error analysis of the quote stage.
 * Usage: quote_dump PATH...
 */
#include <stdio.h>
#include <string.h>

#include "doc/reader.h"
#include "pipeline/pipeline.h"

static el_status sink(void *ctx, el_doc *doc) {
  const el_pipeline *p = ctx;
  el_status st = pipeline_process(p, doc);
  if (st != EL_OK) {
    fprintf(stderr, "%s: %s\n", doc->id ? doc->id : "?", el_status_str(st));
    doc_free(doc);
    return EL_OK;
  }
  for (size_t i = 0; i < doc->quotes.n; i++) {
    const el_quote *q = &doc->quotes.v[i];
    int n = (int)(q->end - q->start);
    printf("%s\t%s\t%s\t%s\t%d\t", doc->id ? doc->id : "", q->speaker_name ? q->speaker_name : "-",
           q->speaker_code[0] ? q->speaker_code : "-", q->cue ? q->cue : "-", n);
    for (int k = 0; k < n && k < 100; k++) {
      char c = doc->text[q->start + k];
      putchar(c == '\n' || c == '\t' ? ' ' : c);
    }
    putchar('\n');
  }
  doc_free(doc);
  return EL_OK;
}

static void reject(void *ctx, const char *path, long line, const char *reason) {
  (void)ctx;
  fprintf(stderr, "rejected %s:%ld: %s\n", path, line, reason);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s PATH...\n", argv[0]);
    return 2;
  }
  el_pipeline *p = NULL;
  char err[512] = "";
  if (pipeline_open(&p, NULL, err, sizeof err) != EL_OK) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  doc_read_opts o = {0};
  int rc = 0;
  for (int i = 1; i < argc; i++)
    if (doc_read_path(argv[i], &o, sink, reject, p) != EL_OK) rc = 1;
  pipeline_close(p);
  return rc;
}
