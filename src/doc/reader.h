/*
 * reader.h — the document stage: files, directories, stdin in plain text,
 * JSON Lines (jansson) or HTML (libxml2) -> el_doc with metadata and
 * normalized text (via text_normalize).  Owns format detection, metadata,
 * header lines ("date 2022-06-21"), HTML main-text extraction.
 */
#ifndef EL_READER_H
#define EL_READER_H
#include "eventline.h"

typedef enum { DOC_FORMAT_AUTO = 0, DOC_FORMAT_TEXT, DOC_FORMAT_JSONL, DOC_FORMAT_HTML } doc_format;

/* Called for every good document; takes ownership of doc (must doc_free it).
 * A non-EL_OK return stops the read and is returned by doc_read_path. */
typedef el_status (*doc_sink_fn)(void *ctx, el_doc *doc);
/* Called for every rejected input: path, line (JSONL, else 0) and reason. */
typedef void (*doc_reject_fn)(void *ctx, const char *path, long line, const char *reason);

typedef struct {
  doc_format format;     /* AUTO: by extension (.jsonl/.json, .html/.htm, else text) */
  const char *published; /* --published YYYY-MM-DD for text without metadata, or NULL */
  size_t max_doc_bytes;  /* larger articles are rejected; 0 = 16 MiB */
  doc_reject_fn warn;    /* optional: problems that do not reject the article, e.g. a
                            bad "published" value (the date is then unknown); gets ctx */
} doc_read_opts;

/* Read a file, a directory (recursively, sorted, hidden files skipped) or "-"
 * (stdin).  Returns EL_OK even if some inputs were rejected (they went to
 * reject); errors only for failures that stop the whole read. */
el_status doc_read_path(const char *path, const doc_read_opts *opts, doc_sink_fn sink,
                        doc_reject_fn reject, void *ctx);

/* Parse one in-memory buffer of the given format (no AUTO) as if read from
 * `name` (used for messages and default ids). */
el_status doc_read_buffer(const char *name, const char *buf, size_t len, doc_format fmt,
                          const doc_read_opts *opts, doc_sink_fn sink, doc_reject_fn reject,
                          void *ctx);

/* Parse a publication date: YYYY-MM-DD, optionally with a time
 * ("2026-01-08T14:03:00Z", "2026-01-08 14:03") -> out "2026-01-08" or
 * "2026-01-08T14:03" (time as written, zone dropped).  Checks the calendar
 * (month 1-12, day within the month, leap years, hour < 24, minute < 60).
 * EL_ERR_PARSE when invalid; out is then "". */
el_status doc_parse_published(const char *s, char out[17]);

/* Format from a file name's extension (AUTO for unknown). */
doc_format doc_format_from_name(const char *name);
#endif
