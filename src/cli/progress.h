/*
 * progress.h — ingest progress bar (stderr, terminals only).
 */
#ifndef EL_CLI_PROGRESS_H
#define EL_CLI_PROGRESS_H
#include <stdbool.h>
#include <stddef.h>

typedef struct {
  bool enabled, shown;
  unsigned long long total, done, cur_size, cur_bytes;
  char cur_path[4096];
  double last;
} progress;

void progress_init(progress *p, char **paths, int npaths);
/* A document of text_bytes was read from path; docs = documents so far. */
void progress_doc(progress *p, const char *path, size_t text_bytes, long docs);
/* Erase the bar (before printing a message or at the end). */
void progress_clear(progress *p);
#endif
