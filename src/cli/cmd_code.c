/*
 * cmd_code.c — `eventline code`: JSONL articles on stdin -> Event JSONL on
 * stdout, one line per event mention, no database.  The unit that Spark
 * RDD.pipe, Hadoop Streaming or GNU parallel run on many machines: state
 * stays inside one run (actors learned from earlier articles of the
 * stream are used for later ones).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "actors/actors.h"
#include "cli/cli.h"
#include "doc/reader.h"
#include "pipeline/pipeline.h"

static void usage(FILE *f) {
  fputs(
      "usage: eventline code [--all] [--explain] [--format jsonl|text|html] [--data DIR] < "
      "articles\n"
      "Reads one JSON article per line on stdin ({\"id\", \"text\", \"published\", ...}) and\n"
      "writes one Event JSONL line per event mention on stdout (mentions = 1), in input\n"
      "order.  Bad lines are reported on stderr with their line number and skipped.\n"
      "  --all       include negated and non-factual mentions (with \"mood\")\n"
      "  --explain   add the rule and trigger of each mention to its evidence\n"
      "  --format F  input format (default jsonl)\n"
      "  --data DIR  dictionaries (default $EVENTLINE_DATA or the built-in data/)\n"
      "Exit status: 0 ok, 1 some line rejected or an error, 2 usage error.\n",
      f);
}

typedef struct {
  el_pipeline *pipe;
  bool all, explain;
  long rejected;
  bool io_error;
} code_ctx;

static void reject(void *arg, const char *path, long line, const char *reason) {
  code_ctx *c = arg;
  if (line > 0)
    cli_error("%s:%ld: %s", path ? path : "-", line, reason);
  else
    cli_error("%s: %s", path ? path : "-", reason);
  c->rejected++;
}

static void warn(void *arg, const char *path, long line, const char *reason) {
  (void)arg;
  if (line > 0)
    cli_error("%s:%ld: warning: %s", path ? path : "-", line, reason);
  else
    cli_error("%s: warning: %s", path ? path : "-", reason);
}

static el_status sink(void *arg, el_doc *doc) {
  code_ctx *c = arg;
  el_status st = pipeline_process(c->pipe, doc);
  if (st != EL_OK) {
    char why[128];
    snprintf(why, sizeof why, "cannot process the article: %s", el_status_str(st));
    reject(c, doc->path, doc->line, why);
    doc_free(doc);
    return EL_OK;
  }
  for (size_t i = 0; i < doc->events.n && !c->io_error; i++) {
    const el_event *e = &doc->events.v[i];
    if (!c->all && (e->negated || e->mood != EL_MOOD_FACT)) continue;
    store_event_row r;
    char uid[17], *sent = NULL, *trig = NULL;
    ev_row_from_doc(doc, i, &r, uid, &sent, &trig);
    const store_event_row *row = &r;
    json_t *j = ev_group_json(&row, 1, false, c->explain, c->all);
    if (!jsonl_emit(stdout, j)) c->io_error = true;
    free(sent);
    free(trig);
  }
  for (size_t i = 0; i < doc->learned.n; i++) {
    const el_learned_actor *a = &doc->learned.v[i];
    if (a->name && a->code[0])
      (void)actor_dict_learn(c->pipe->actors, a->name, a->code, a->date[0] ? a->date : NULL);
  }
  doc_free(doc);
  return c->io_error ? EL_ERR_IO : EL_OK;
}

int cmd_code(int argc, char **argv) {
  static const struct option longopts[] = {
      {"all", no_argument, NULL, 'A'},          {"explain", no_argument, NULL, 'x'},
      {"format", required_argument, NULL, 'f'}, {"data", required_argument, NULL, 'D'},
      {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
  code_ctx c = {0};
  const char *data = NULL;
  doc_read_opts ro = {.format = DOC_FORMAT_JSONL};
  int opt;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (opt) {
      case 'A':
        c.all = true;
        break;
      case 'x':
        c.explain = true;
        break;
      case 'D':
        data = optarg;
        break;
      case 'f':
        if (!cli_doc_format_arg(optarg, &ro.format)) {
          cli_error("code: unknown --format '%s' (jsonl, text or html)", optarg);
          return EXIT_USAGE;
        }
        break;
      default:
        return cli_option_end("code", opt, argv, usage);
    }
  }
  if (optind < argc) {
    cli_error("code: unexpected argument '%s' (articles come on stdin)", argv[optind]);
    return EXIT_USAGE;
  }
  char err[600];
  if (pipeline_open(&c.pipe, data, err, sizeof err) != EL_OK) {
    cli_error("cannot load the dictionaries: %s", err);
    return EXIT_FAIL;
  }
  ro.warn = warn;
  el_status st = doc_read_path("-", &ro, sink, reject, &c);
  int rc = EXIT_OK;
  if (st != EL_OK) {
    cli_error("code: %s", el_status_str(st));
    rc = EXIT_FAIL;
  }
  if (c.rejected) rc = EXIT_FAIL;
  pipeline_close(c.pipe);
  if (fflush(stdout) != 0) rc = EXIT_FAIL;
  return rc;
}
