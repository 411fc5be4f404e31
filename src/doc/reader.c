/*
 * reader.c — entry points of the document stage: files, directories
 * (recursive, sorted by name, hidden entries skipped) and stdin; picks the
 * format (flag, extension, or sniffing on stdin) and hands the bytes to the
 * format readers.  Plain text and HTML are read whole (up to max_doc_bytes);
 * JSONL is streamed line by line, so it may be any size.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc/doc_internal.h"

#define MAX_DIR_DEPTH 64

static el_status dispatch(doc_reader *r, const char *name, const char *buf, size_t len,
                          doc_format fmt) {
  switch (fmt) {
    case DOC_FORMAT_JSONL:
      return doc_read_jsonl_buffer(r, name, buf, len);
    case DOC_FORMAT_HTML:
      return doc_read_html(r, name, buf, len);
    default:
      return doc_read_text(r, name, buf, len);
  }
}

static doc_format sniff(const char *buf, size_t len) {
  size_t i = 0;
  if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r')) i++;
  if (i < len && buf[i] == '{') return DOC_FORMAT_JSONL;
  if (i < len && buf[i] == '<') return DOC_FORMAT_HTML;
  return DOC_FORMAT_TEXT;
}

static el_status init_reader(doc_reader *r, const doc_read_opts *opts, doc_sink_fn sink,
                             doc_reject_fn reject, void *ctx) {
  static const doc_read_opts defaults = {0};
  memset(r, 0, sizeof *r);
  r->opts = opts ? opts : &defaults;
  r->sink = sink;
  r->reject = reject;
  r->ctx = ctx;
  r->max_bytes = r->opts->max_doc_bytes ? r->opts->max_doc_bytes : DOC_DEFAULT_MAX_BYTES;
  if (!sink) return EL_ERR_ARG;
  if (r->opts->published && doc_parse_published(r->opts->published, r->flag_published) != EL_OK)
    return EL_ERR_ARG;
  return EL_OK;
}

el_status doc_read_buffer(const char *name, const char *buf, size_t len, doc_format fmt,
                          const doc_read_opts *opts, doc_sink_fn sink, doc_reject_fn reject,
                          void *ctx) {
  doc_reader r;
  el_status st = init_reader(&r, opts, sink, reject, ctx);
  if (st != EL_OK) return st;
  if (!name) name = "-";
  if (fmt == DOC_FORMAT_AUTO) fmt = sniff(buf, len);
  if (fmt != DOC_FORMAT_JSONL && len > r.max_bytes) {
    doc_reject(&r, name, 0, "too large (%zu bytes, limit %zu)", len, r.max_bytes);
    return EL_OK;
  }
  return dispatch(&r, name, buf, len, fmt);
}

/* Where read_all takes its bytes: a file descriptor, or a stdio stream
 * (stdin, after sniffing with getc/ungetc, which read(2) would not see). */
typedef struct {
  int fd; /* used when f is NULL */
  FILE *f;
} byte_source;

/* One read of at most cap bytes: > 0 bytes read, 0 at the end, -1 on an
 * error (errno in *err). */
static ssize_t source_read(const byte_source *src, char *p, size_t cap, int *err) {
  if (src->f) {
    size_t k = fread(p, 1, cap, src->f);
    if (k == 0 && ferror(src->f)) {
      *err = errno ? errno : EIO;
      return -1;
    }
    return (ssize_t)k;
  }
  for (;;) {
    ssize_t k = read(src->fd, p, cap);
    if (k >= 0) return k;
    if (errno != EINTR) {
      *err = errno;
      return -1;
    }
  }
}

/* Read all of src (at most max+1 bytes, so the caller can tell "too large")
 * into a malloc'd buffer. */
static el_status read_all(const byte_source *src, size_t max, char **out, size_t *outlen,
                          int *err) {
  size_t cap = 64 * 1024, n = 0;
  char *p = malloc(cap);
  if (!p) return EL_ERR_NOMEM;
  for (;;) {
    if (n == cap) {
      if (cap > max) break;
      size_t ncap = cap * 2;
      char *q = realloc(p, ncap);
      if (!q) {
        free(p);
        return EL_ERR_NOMEM;
      }
      p = q;
      cap = ncap;
    }
    ssize_t k = source_read(src, p + n, cap - n, err);
    if (k < 0) {
      free(p);
      return EL_ERR_IO;
    }
    if (k == 0) break;
    n += (size_t)k;
    if (n > max) break;
  }
  *out = p;
  *outlen = n;
  return EL_OK;
}

static el_status read_file(doc_reader *r, const char *path, int depth);

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static el_status read_dir(doc_reader *r, const char *path, int depth) {
  if (depth >= MAX_DIR_DEPTH) {
    doc_reject(r, path, 0, "directory nesting too deep");
    return EL_OK;
  }
  DIR *d = opendir(path);
  if (!d) {
    doc_reject(r, path, 0, "%s", strerror(errno));
    return EL_OK;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  el_status st = EL_OK;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue; /* hidden, . and .. */
    if (n == cap) {
      size_t ncap = cap ? cap * 2 : 64;
      char **q = realloc(names, ncap * sizeof *q);
      if (!q) {
        st = EL_ERR_NOMEM;
        break;
      }
      names = q;
      cap = ncap;
    }
    if (!(names[n] = strdup(e->d_name))) {
      st = EL_ERR_NOMEM;
      break;
    }
    n++;
  }
  closedir(d);
  if (st == EL_OK && n) qsort(names, n, sizeof *names, name_cmp);
  size_t plen = strlen(path);
  bool slash = plen && path[plen - 1] == '/';
  for (size_t i = 0; i < n && st == EL_OK; i++) {
    size_t need = plen + strlen(names[i]) + 2;
    char *child = malloc(need);
    if (!child) {
      st = EL_ERR_NOMEM;
      break;
    }
    snprintf(child, need, "%s%s%s", path, slash ? "" : "/", names[i]);
    st = read_file(r, child, depth + 1);
    free(child);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  return st;
}

static el_status read_file(doc_reader *r, const char *path, int depth) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    doc_reject(r, path, 0, "%s", strerror(errno));
    return EL_OK;
  }
  struct stat sb;
  if (fstat(fd, &sb) != 0) {
    doc_reject(r, path, 0, "%s", strerror(errno));
    close(fd);
    return EL_OK;
  }
  if (S_ISDIR(sb.st_mode)) {
    close(fd);
    return read_dir(r, path, depth);
  }
  doc_format fmt = r->opts->format;
  if (fmt == DOC_FORMAT_AUTO) fmt = doc_format_from_name(path);
  if (fmt == DOC_FORMAT_AUTO) fmt = DOC_FORMAT_TEXT;
  if (fmt == DOC_FORMAT_JSONL) {
    FILE *f = fdopen(fd, "rb");
    if (!f) {
      close(fd);
      return EL_ERR_NOMEM;
    }
    size_t n = strlen(path);
    bool json = n >= 5 && strcasecmp(path + n - 5, ".json") == 0;
    el_status st = json && S_ISREG(sb.st_mode) ? doc_read_json_file(r, path, f)
                                               : doc_read_jsonl_stream(r, path, f, 1);
    fclose(f);
    return st;
  }
  if (S_ISREG(sb.st_mode) && (size_t)sb.st_size > r->max_bytes) {
    doc_reject(r, path, 0, "file too large (%lld bytes, limit %zu)", (long long)sb.st_size,
               r->max_bytes);
    close(fd);
    return EL_OK;
  }
  char *buf = NULL;
  size_t len = 0;
  int err = 0;
  const byte_source src = {.fd = fd};
  el_status st = read_all(&src, r->max_bytes, &buf, &len, &err);
  close(fd);
  if (st == EL_ERR_IO) {
    doc_reject(r, path, 0, "%s", strerror(err));
    return EL_OK;
  }
  if (st != EL_OK) return st;
  if (len > r->max_bytes) {
    doc_reject(r, path, 0, "file too large (limit %zu bytes)", r->max_bytes);
  } else {
    st = dispatch(r, path, buf, len, fmt);
  }
  free(buf);
  return st;
}

/* stdin: JSONL is streamed; AUTO sniffs the first non-space byte. */
static el_status read_stdin(doc_reader *r) {
  doc_format fmt = r->opts->format;
  long newlines = 0;
  int c = EOF;
  if (fmt == DOC_FORMAT_AUTO || fmt == DOC_FORMAT_JSONL) {
    while ((c = getc(stdin)) != EOF && (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
                                        c == 0xEF || c == 0xBB || c == 0xBF)) {
      if (c == '\n') newlines++;
    }
    if (fmt == DOC_FORMAT_AUTO)
      fmt = c == '{' ? DOC_FORMAT_JSONL : c == '<' ? DOC_FORMAT_HTML : DOC_FORMAT_TEXT;
    if (c != EOF) ungetc(c, stdin);
  }
  if (fmt == DOC_FORMAT_JSONL) return doc_read_jsonl_stream(r, "-", stdin, newlines + 1);
  char *buf = NULL;
  size_t len = 0;
  int err = 0;
  /* the sniffed prefix was whitespace; it does not matter for text/HTML */
  const byte_source src = {.f = stdin};
  el_status st = read_all(&src, r->max_bytes, &buf, &len, &err);
  if (st == EL_ERR_IO) {
    doc_reject(r, "-", 0, "%s", strerror(err));
    return EL_OK;
  }
  if (st != EL_OK) return st;
  if (len > r->max_bytes)
    doc_reject(r, "-", 0, "too large (limit %zu bytes)", r->max_bytes);
  else
    st = dispatch(r, "-", buf, len, fmt);
  free(buf);
  return st;
}

el_status doc_read_path(const char *path, const doc_read_opts *opts, doc_sink_fn sink,
                        doc_reject_fn reject, void *ctx) {
  doc_reader r;
  el_status st = init_reader(&r, opts, sink, reject, ctx);
  if (st != EL_OK) return st;
  if (!path) return EL_ERR_ARG;
  if (strcmp(path, "-") == 0) return read_stdin(&r);
  return read_file(&r, path, 0);
}
