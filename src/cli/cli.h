/*
 * cli.h — the `eventline` command line: one file per subcommand plus the
 * shared pieces (option helpers, output formats, event merging).
 * Exit codes: 0 ok, 1 inputs rejected or runtime error, 2 usage error.
 * Messages go to stderr prefixed "eventline: ".
 */
#ifndef EL_CLI_H
#define EL_CLI_H
#include <jansson.h>
#include <stdio.h>

#include "doc/reader.h"
#include "eventline.h"
#include "events/events.h"
#include "store/store.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_timex(int argc, char **argv);    /* cmd_timex.c, written by the time stage */
int cmd_timeline(int argc, char **argv); /* cmd_report.c, written by the report stage */
int cmd_report(int argc, char **argv);   /* cmd_report.c */

/* "eventline: " + message to stderr. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* ---- output formats ---------------------------------------------------- */

typedef enum { OUT_TABLE = 0, OUT_CSV, OUT_JSONL } out_format;

/* Parse "table|csv|jsonl"; false if unknown. */
bool out_format_parse(const char *s, out_format *out);

/* One CSV field per RFC 4180 (quoted when it holds , " CR or LF). */
void csv_field(FILE *f, const char *s, bool last);

/* A JSON string (null for NULL or ""); invalid UTF-8 bytes become U+FFFD. */
json_t *cli_json_str(const char *s);

/* Write a JSON value as one line; frees it.  Returns false on write error. */
bool jsonl_emit(FILE *f, json_t *v);

/* A text table: add rows of cells, then print with aligned columns. */
typedef struct {
  size_t ncols;
  char **cells; /* nrows * ncols, owned */
  size_t nrows, cap;
} text_table;

void table_init(text_table *t, size_t ncols);
/* Add a row of ncols strings (copied; NULL = ""). false on OOM. */
bool table_add(text_table *t, const char *const *row);
void table_print(FILE *f, const text_table *t);
void table_free(text_table *t);

/* Copy at most max_chars characters of UTF-8 s (adding "..." when cut) into
 * out (size outlen), newlines as spaces. */
void text_clip(const char *s, size_t max_chars, char *out, size_t outlen);

/* ---- events ------------------------------------------------------------ */

/* Event JSON (GUIDE "Event JSONL") for a group of mentions of one event,
 * m[0] the anchor (its date, actors and code represent the event).
 * merged: id from the anchor's key, else the mention's own id.  explain adds
 * the rule and trigger of each evidence; all adds the mood. */
json_t *ev_group_json(const store_event_row *const *m, size_t n, bool merged, bool explain,
                      bool all);

/* Open the database for a query command; reports the reason and returns
 * NULL on failure. */
el_store *cli_open_store_readonly(const char *db);

/* The CAMEO codebook from data (NULL: $EVENTLINE_DATA or the built-in
 * data/), for code names in tables; NULL if it cannot be loaded. */
cameo_codebook *cli_load_codebook(const char *data);

/* The end of every subcommand's option switch: -h prints usage to stdout
 * (EXIT_OK); a missing value or an unknown option is reported as
 * "CMD: ..." (with usage to stderr for the latter) and gives EXIT_USAGE. */
int cli_option_end(const char *cmd, int opt, char **argv, void (*usage)(FILE *));

/* Parse an input --format value (text, jsonl or html); false if unknown. */
bool cli_doc_format_arg(const char *s, doc_format *out);

/* Parse an option value as a date prefix (YYYY, YYYY-MM, YYYY-MM-DD). */
bool cli_date_arg(const char *s);

/* Build a store_event_row that points into doc for event i (for `code`);
 * buffers hold the copied sentence and trigger text. */
void ev_row_from_doc(const el_doc *doc, size_t i, store_event_row *r, char uid[17], char **sent,
                     char **trig);
#endif
