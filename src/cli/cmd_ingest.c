/*
 * cmd_ingest.c — `eventline ingest PATH...|-`: read articles, run the
 * pipeline on each, store each article in one transaction.  Learned actors
 * from earlier runs (and earlier articles of this run) are fed to the actor
 * dictionary first, so the engine keeps what it learned.  A rejected or
 * failing article is reported and skipped; a storage failure (disk full,
 * read-only database) stops the run.
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actors/actors.h"
#include "cli/cli.h"
#include "cli/progress.h"
#include "doc/reader.h"
#include "pipeline/pipeline.h"

static void usage(FILE *f) {
  fputs(
      "usage: eventline ingest [--db PATH] [--format text|jsonl|html] [--published YYYY-MM-DD]\n"
      "                        [--data DIR] PATH...|-\n"
      "Reads articles from files, directories (recursively) or - (stdin), finds their\n"
      "events, quotes and actors, and stores them in the database (created if needed).\n"
      "Re-ingesting an article already stored (same text) changes nothing.\n"
      "  --db PATH          database file (default eventline.db)\n"
      "  --format F         input format; default by extension (.jsonl/.json, .html/.htm,\n"
      "                     else text); stdin defaults to text\n"
      "  --published DATE   publication date for plain text without metadata\n"
      "  --data DIR         dictionaries (default $EVENTLINE_DATA or the built-in data/)\n"
      "Rejected inputs are reported as 'eventline: FILE[:LINE]: reason'.  The summary\n"
      "'N documents: X new, Y duplicate, Z rejected; E events, Q quotes' goes to stdout;\n"
      "a progress bar goes to stderr when it is a terminal.\n"
      "Exit status: 0 all stored, 1 some input rejected or an error, 2 usage error.\n",
      f);
}

typedef struct {
  el_store *store;
  el_pipeline *pipe;
  progress prog;
  long docs, fresh, dup, rejected;
  long events, quotes;
  /* the open batch: counted in the summary once committed */
  long pend_docs, pend_fresh, pend_events, pend_quotes;
  long lost; /* new articles whose batch was rolled back by a storage error */
  double batch_start;
  bool fatal;
} ingest_ctx;

/* Commit at least this often: bounds what a crash loses and how long other
 * writers wait for the lock. */
#define BATCH_DOCS 500
#define BATCH_SECONDS 1.0

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void reject(void *arg, const char *path, long line, const char *reason) {
  ingest_ctx *c = arg;
  progress_clear(&c->prog);
  if (line > 0)
    cli_error("%s:%ld: %s", path ? path : "-", line, reason);
  else
    cli_error("%s: %s", path ? path : "-", reason);
  c->rejected++;
  c->docs++;
}

static void warn(void *arg, const char *path, long line, const char *reason) {
  ingest_ctx *c = arg;
  progress_clear(&c->prog);
  if (line > 0)
    cli_error("%s:%ld: warning: %s", path ? path : "-", line, reason);
  else
    cli_error("%s: warning: %s", path ? path : "-", reason);
}

static void learn_from_doc(ingest_ctx *c, const el_doc *doc) {
  for (size_t i = 0; i < doc->learned.n; i++) {
    const el_learned_actor *a = &doc->learned.v[i];
    if (!a->name || !a->code[0]) continue;
    /* A failure to learn loses a hint, not data: ignore it. */
    (void)actor_dict_learn(c->pipe->actors, a->name, a->code, a->date[0] ? a->date : NULL);
  }
}

/* Commit the open batch and start the next; false after a storage error. */
static bool commit_batch(ingest_ctx *c, bool reopen) {
  el_status st = store_batch_commit(c->store);
  if (st == EL_OK) {
    c->fresh += c->pend_fresh;
    c->events += c->pend_events;
    c->quotes += c->pend_quotes;
  } else {
    c->lost += c->pend_fresh;
  }
  c->pend_fresh = c->pend_events = c->pend_quotes = 0;
  c->pend_docs = 0;
  c->batch_start = now_s();
  if (st == EL_OK && reopen) st = store_batch_begin(c->store);
  if (st != EL_OK) {
    progress_clear(&c->prog);
    cli_error("%s", store_errmsg(c->store));
    c->fatal = true;
    return false;
  }
  return true;
}

static el_status sink(void *arg, el_doc *doc) {
  ingest_ctx *c = arg;
  progress_doc(&c->prog, doc->path, doc->len, c->docs + 1);
  if (doc->invalid_bytes) {
    char why[96];
    snprintf(why, sizeof why, "%zu invalid UTF-8 sequence%s replaced with U+FFFD",
             doc->invalid_bytes, doc->invalid_bytes == 1 ? "" : "s");
    warn(c, doc->path, doc->line, why);
  }
  /* A stored article needs no processing (re-ingest is cheap). */
  bool known = false;
  if (doc->hash[0] && store_has_doc(c->store, doc->hash, &known) == EL_OK && known) {
    c->docs++;
    c->dup++;
    doc_free(doc);
    return EL_OK;
  }
  el_status st = pipeline_process(c->pipe, doc);
  if (st != EL_OK) {
    char why[128];
    snprintf(why, sizeof why, "cannot process the article: %s", el_status_str(st));
    reject(c, doc->path, doc->line, why);
    doc_free(doc);
    return EL_OK;
  }
  bool inserted = false;
  st = store_put_doc(c->store, doc, &inserted);
  if (st == EL_ERR_ARG || st == EL_ERR_INPUT) { /* this document's fault: reject it alone */
    char why[600];
    snprintf(why, sizeof why, "cannot store the article: %s", store_errmsg(c->store));
    reject(c, doc->path, doc->line, why);
    doc_free(doc);
    return EL_OK;
  }
  if (st != EL_OK) {
    progress_clear(&c->prog);
    if (doc->line > 0)
      cli_error("%s:%ld: %s", doc->path ? doc->path : "-", doc->line, store_errmsg(c->store));
    else
      cli_error("%s: %s", doc->path ? doc->path : "-", store_errmsg(c->store));
    store_batch_abort(c->store);
    c->lost += c->pend_fresh;
    c->pend_fresh = c->pend_events = c->pend_quotes = 0;
    c->fatal = true;
    doc_free(doc);
    return st;
  }
  c->docs++;
  if (inserted) {
    c->pend_fresh++;
    c->pend_events += (long)doc->events.n;
    c->pend_quotes += (long)doc->quotes.n;
    learn_from_doc(c, doc);
  } else {
    c->dup++;
  }
  doc_free(doc);
  if (++c->pend_docs >= BATCH_DOCS || now_s() - c->batch_start >= BATCH_SECONDS)
    if (!commit_batch(c, true)) return EL_ERR_DB;
  return EL_OK;
}

static el_status learn_stored(void *arg, const store_learned_row *r) {
  ingest_ctx *c = arg;
  (void)actor_dict_learn(c->pipe->actors, r->name, r->code, *r->first_seen ? r->first_seen : NULL);
  return EL_OK;
}

int cmd_ingest(int argc, char **argv) {
  static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                           {"format", required_argument, NULL, 'f'},
                                           {"published", required_argument, NULL, 'p'},
                                           {"data", required_argument, NULL, 'D'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "eventline.db", *data = NULL;
  doc_read_opts ro = {0};
  char published[17] = "";
  int opt;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (opt) {
      case 'd':
        db = optarg;
        break;
      case 'D':
        data = optarg;
        break;
      case 'f':
        if (!cli_doc_format_arg(optarg, &ro.format)) {
          cli_error("ingest: unknown --format '%s' (text, jsonl or html)", optarg);
          return EXIT_USAGE;
        }
        break;
      case 'p':
        if (doc_parse_published(optarg, published) != EL_OK) {
          cli_error("ingest: --published '%s' is not a date (YYYY-MM-DD)", optarg);
          return EXIT_USAGE;
        }
        ro.published = published;
        break;
      default:
        return cli_option_end("ingest", opt, argv, usage);
    }
  }
  if (optind >= argc) {
    cli_error("ingest: no input (give files, directories or -)");
    usage(stderr);
    return EXIT_USAGE;
  }
  /* A file size limit must surface as a write error, not kill us. */
  signal(SIGXFSZ, SIG_IGN);

  ingest_ctx c = {0};
  char err[600];
  if (store_open(db, false, &c.store, err, sizeof err) != EL_OK) {
    cli_error("%s", err);
    return EXIT_FAIL;
  }
  if (pipeline_open(&c.pipe, data, err, sizeof err) != EL_OK) {
    cli_error("cannot load the dictionaries: %s", err);
    store_close(c.store);
    return EXIT_FAIL;
  }
  if (store_each_learned_actor(c.store, learn_stored, &c) != EL_OK)
    cli_error("warning: cannot load learned actors: %s", store_errmsg(c.store));
  ro.warn = warn;
  progress_init(&c.prog, argv + optind, argc - optind);
  c.batch_start = now_s();
  if (store_batch_begin(c.store) != EL_OK) {
    cli_error("%s", store_errmsg(c.store));
    c.fatal = true;
  }
  for (int i = optind; i < argc && !c.fatal; i++) {
    el_status st = doc_read_path(argv[i], &ro, sink, reject, &c);
    if (st != EL_OK && !c.fatal) {
      progress_clear(&c.prog);
      cli_error("%s: %s", argv[i], el_status_str(st));
      if (st == EL_ERR_NOMEM) c.fatal = true;
      c.rejected++;
      c.docs++;
    }
  }
  if (!c.fatal) commit_batch(&c, false);
  store_batch_abort(c.store);
  progress_clear(&c.prog);
  printf("%ld documents: %ld new, %ld duplicate, %ld rejected; %ld events, %ld quotes\n",
         c.fresh + c.dup + c.rejected, c.fresh, c.dup, c.rejected, c.events, c.quotes);
  if (c.fatal)
    cli_error(
        "ingest stopped: the %ld new articles counted above are stored; %ld more were "
        "rolled back (run the same command again to resume)",
        c.fresh, c.lost);
  pipeline_close(c.pipe);
  store_close(c.store);
  if (fflush(stdout) != 0) return EXIT_FAIL;
  return (c.rejected || c.fatal) ? EXIT_FAIL : EXIT_OK;
}
