/*
 * doc_internal.h — shared by the files of the document stage only: the
 * reader state passed around, document finishing (normalize, reject, sink)
 * and the header-line parser.
 */
#ifndef EL_DOC_INTERNAL_H
#define EL_DOC_INTERNAL_H
#include <stdio.h>

#include "doc/reader.h"

#define DOC_DEFAULT_MAX_BYTES ((size_t)16 * 1024 * 1024)

typedef struct {
  const doc_read_opts *opts;
  doc_sink_fn sink;
  doc_reject_fn reject;
  void *ctx;
  char flag_published[17]; /* validated --published, "" if none */
  size_t max_bytes;
} doc_reader;

/* Metadata found in header lines at the top of a plain text. */
typedef struct {
  char published[17];
  const char *title, *source, *url, *id, *lang; /* slices of the input */
  size_t title_n, source_n, url_n, id_n, lang_n;
} doc_header;

/* Parse header lines ("date 2022-06-21 ...", "title: ...") at the top of
 * buf; returns the offset where the article text starts (0 if none). */
size_t doc_parse_header(const char *buf, size_t len, doc_header *h);

/* A new document for input `name` (path) at JSONL line `line`; NULL on OOM. */
el_doc *doc_start(const char *name, long line);
/* Set doc->id to the file name without directory and extension. */
el_status doc_set_id_from_name(el_doc *doc, const char *name, long line);
/* Apply header metadata not already set on doc (origin "header"). */
el_status doc_apply_header(el_doc *doc, const doc_header *h);

/* Normalize raw text into doc, then hand it to the sink, or reject it with
 * the reason (doc freed).  invalid_extra adds bytes repaired before.
 * Returns the sink's status or EL_ERR_NOMEM; EL_OK after a rejection. */
el_status doc_finish(doc_reader *r, el_doc *doc, const char *raw, size_t len, size_t invalid_extra);

void doc_reject(doc_reader *r, const char *path, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
void doc_warn(doc_reader *r, const char *path, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Format readers. */
el_status doc_read_text(doc_reader *r, const char *name, const char *buf, size_t len);
/* Drop the tags (not the text) nested deeper than max_depth, so that
 * libxml2's parse stays linear (html_depth.c).  *out is NULL when nothing
 * had to change, else a malloc'd copy the caller frees. */
#define HTML_MAX_DEPTH 512
el_status html_cap_depth(const char *buf, size_t len, int max_depth, char **out, size_t *out_len);

el_status doc_read_html(doc_reader *r, const char *name, const char *buf, size_t len);
/* One JSONL line (without its newline), numbered from 1. */
el_status doc_read_jsonl_line(doc_reader *r, const char *name, const char *line, size_t len,
                              long lineno);
/* All lines of a buffer / of a stream (read with getline, any length). */
el_status doc_read_jsonl_buffer(doc_reader *r, const char *name, const char *buf, size_t len);
el_status doc_read_jsonl_stream(doc_reader *r, const char *name, FILE *f, long first_line);
/* A .json file: one object, an array of objects, or else JSON Lines. */
el_status doc_read_json_file(doc_reader *r, const char *name, FILE *f);
#endif
