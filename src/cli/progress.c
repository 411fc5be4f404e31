/*
 * progress.c — the ingest progress bar on stderr, shown only when stderr is
 * a terminal.  Progress is measured in input bytes: the sizes of the input
 * files are summed up front; within a file the text of the documents read
 * so far stands in for the bytes consumed.
 */
#include "cli/progress.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Total size of regular files under path (bounded depth, hidden skipped). */
static unsigned long long tree_size(const char *path, int depth) {
  struct stat sb;
  if (depth > 32 || stat(path, &sb) != 0) return 0;
  if (S_ISREG(sb.st_mode)) return (unsigned long long)sb.st_size;
  if (!S_ISDIR(sb.st_mode)) return 0;
  DIR *d = opendir(path);
  if (!d) return 0;
  unsigned long long total = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t n = strlen(path) + strlen(e->d_name) + 2;
    char *child = malloc(n);
    if (!child) break;
    snprintf(child, n, "%s/%s", path, e->d_name);
    total += tree_size(child, depth + 1);
    free(child);
  }
  closedir(d);
  return total;
}

void progress_init(progress *p, char **paths, int npaths) {
  memset(p, 0, sizeof *p);
  p->enabled = isatty(STDERR_FILENO) == 1;
  if (!p->enabled) return;
  for (int i = 0; i < npaths; i++)
    if (strcmp(paths[i], "-") != 0) p->total += tree_size(paths[i], 0);
}

void progress_doc(progress *p, const char *path, size_t text_bytes, long docs) {
  if (!p->enabled) return;
  if (!path) path = "";
  if (strcmp(path, p->cur_path) != 0) {
    p->done += p->cur_size; /* the previous file is finished */
    struct stat sb;
    p->cur_size = stat(path, &sb) == 0 && S_ISREG(sb.st_mode) ? (unsigned long long)sb.st_size : 0;
    p->cur_bytes = 0;
    snprintf(p->cur_path, sizeof p->cur_path, "%s", path);
  }
  p->cur_bytes += text_bytes;
  double t = now_s();
  if (t - p->last < 0.1) return;
  p->last = t;
  unsigned long long in_file = p->cur_bytes < p->cur_size ? p->cur_bytes : p->cur_size;
  unsigned long long done = p->done + in_file;
  if (p->total > 0) {
    int pct = (int)(done * 100 / p->total);
    if (pct > 99) pct = 99;
    int width = 30, fill = pct * width / 100;
    fprintf(stderr, "\r[");
    for (int i = 0; i < width; i++) fputc(i < fill ? '#' : '.', stderr);
    fprintf(stderr, "] %3d%%  %ld documents", pct, docs);
  } else {
    fprintf(stderr, "\r%ld documents", docs);
  }
  fflush(stderr);
  p->shown = true;
}

void progress_clear(progress *p) {
  if (!p->enabled || !p->shown) return;
  fprintf(stderr, "\r%60s\r", "");
  fflush(stderr);
  p->shown = false;
}
