/*
 * cmd_events.c — `eventline events`: query stored events.  By default one
 * row per real-world event (mentions clustered by src/merge: same root,
 * dyad, negation and mood, compatible dates), factual mentions only;
 * --mentions lists every mention (streamed), --all adds negated and
 * non-factual ones.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "store/store_rows.h"
#include "events/events.h"
#include "merge/merge.h"
#include "report/report.h"

static void usage(FILE *f) {
  fputs(
      "usage: eventline events [--db PATH] [--actor X] [--dyad A:B [--directed]]\n"
      "                        [--from DATE] [--to DATE] [--code PREFIX]\n"
      "                        [--format table|csv|jsonl] [--mentions] [--explain] [--all]\n"
      "Lists stored events sorted by date: one row per real-world event, merging the\n"
      "mentions (across articles) with the same date, source, target and CAMEO code.\n"
      "  --actor X      X is a CAMEO code in capitals (USA, COLGOV: matches the country or\n"
      "                 a code prefix) or a name substring (Ruiz; case-insensitive)\n"
      "  --dyad A:B     events between A and B, in either direction\n"
      "  --directed     with --dyad: only A as source and B as target\n"
      "  --from/--to D  events whose date interval overlaps [from, to]; D is YYYY,\n"
      "                 YYYY-MM or YYYY-MM-DD\n"
      "  --code PREFIX  CAMEO code prefix (04 = consult, 0411, ...)\n"
      "  --format F     table (default), csv or jsonl (Event JSONL of GUIDE.md)\n"
      "  --mentions     one row per mention instead of per merged event\n"
      "  --explain      add the rule (pattern id) and trigger words of each mention\n"
      "  --all          include negated and non-factual (intent, hypothetical, question,\n"
      "                 denial) mentions, with their flags\n"
      "  --data DIR     dictionaries, for CAMEO names in the table\n"
      "  --db PATH      database (default eventline.db)\n",
      f);
}

typedef struct {
  out_format fmt;
  bool merged, explain, all;
  store_event_list kept; /* mentions kept for merging */
  text_table table;
  cameo_codebook *cb;
  long written;
  bool io_error;
} events_out;

static void csv_header(events_out *o) {
  static const char *const cols[] = {"id",
                                     "date",
                                     "date_precision",
                                     "date_start",
                                     "date_end",
                                     "source_code",
                                     "source_country",
                                     "source_name",
                                     "target_code",
                                     "target_country",
                                     "target_name",
                                     "cameo",
                                     "root",
                                     "quad_class",
                                     "goldstein",
                                     "plover",
                                     "negated",
                                     "mood",
                                     "mentions",
                                     "reports",
                                     "documents",
                                     "confidence",
                                     "doc",
                                     "sentence",
                                     "start",
                                     "end"};
  for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) csv_field(stdout, cols[i], false);
  if (o->explain) {
    csv_field(stdout, "pattern", false);
    csv_field(stdout, "trigger", false);
  }
  csv_field(stdout, "details", true);
}

/* Write one event (rows[0] its anchor) in the output format. */
static void emit(events_out *o, const store_event_row *const *rows, size_t nrows) {
  json_t *j = ev_group_json(rows, nrows, o->merged, o->explain, o->all);
  if (!j) {
    o->io_error = true;
    return;
  }
  const store_event_row *r = rows[0];
  if (o->fmt == OUT_JSONL) {
    if (!jsonl_emit(stdout, j)) o->io_error = true;
    j = NULL;
  } else if (o->fmt == OUT_CSV) {
    char num[64];
    csv_field(stdout, json_string_value(json_object_get(j, "id")), false);
    csv_field(stdout, r->date, false);
    csv_field(stdout, *r->date_precision ? r->date_precision : "unknown", false);
    csv_field(stdout, r->date_start, false);
    csv_field(stdout, r->date_end, false);
    csv_field(stdout, r->source_code, false);
    csv_field(stdout, r->source_country, false);
    csv_field(stdout, r->source_name, false);
    csv_field(stdout, r->target_code, false);
    csv_field(stdout, r->target_country, false);
    csv_field(stdout, r->target_name, false);
    csv_field(stdout, r->cameo, false);
    csv_field(stdout, r->root, false);
    snprintf(num, sizeof num, "%d", r->quad_class);
    csv_field(stdout, num, false);
    snprintf(num, sizeof num, "%g", r->goldstein);
    csv_field(stdout, num, false);
    csv_field(stdout, r->plover, false);
    csv_field(stdout, r->negated ? "true" : "false", false);
    csv_field(stdout, r->mood, false);
    snprintf(num, sizeof num, "%zu", nrows);
    csv_field(stdout, num, false);
    snprintf(num, sizeof num, "%lld", (long long)json_integer_value(json_object_get(j, "reports")));
    csv_field(stdout, num, false);
    snprintf(num, sizeof num, "%lld",
             (long long)json_integer_value(json_object_get(j, "documents")));
    csv_field(stdout, num, false);
    snprintf(num, sizeof num, "%g", json_real_value(json_object_get(j, "confidence")));
    csv_field(stdout, num, false);
    csv_field(stdout, r->doc_id, false);
    csv_field(stdout, r->sentence_text, false);
    snprintf(num, sizeof num, "%u", r->sent_start);
    csv_field(stdout, num, false);
    snprintf(num, sizeof num, "%u", r->sent_end);
    csv_field(stdout, num, false);
    if (o->explain) {
      csv_field(stdout, r->pattern_id, false);
      csv_field(stdout, r->trigger_text, false);
    }
    char *details = json_dumps(json_object_get(j, "details"), JSON_COMPACT | JSON_SORT_KEYS);
    csv_field(stdout, details ? details : "{}", true);
    free(details);
  } else {
    char src[160], tgt[160], cameo[96], ev[200], n[32], flags[48];
    snprintf(src, sizeof src, "%s%s%s", *r->source_code ? r->source_code : "-",
             *r->source_name ? " " : "", r->source_name);
    snprintf(tgt, sizeof tgt, "%s%s%s", *r->target_code ? r->target_code : "-",
             *r->target_name ? " " : "", r->target_name);
    const cameo_entry *ce = o->cb ? codebook_lookup(o->cb, r->cameo) : NULL;
    char cname[64] = "";
    if (ce && ce->name) text_clip(ce->name, 32, cname, sizeof cname);
    snprintf(cameo, sizeof cameo, "%s%s%s", r->cameo, *cname ? " " : "", cname);
    char clipped_src[64], clipped_tgt[64];
    text_clip(src, 30, clipped_src, sizeof clipped_src);
    text_clip(tgt, 30, clipped_tgt, sizeof clipped_tgt);
    text_clip(r->sentence_text, 70, ev, sizeof ev);
    snprintf(n, sizeof n, "%lld", (long long)json_integer_value(json_object_get(j, "reports")));
    snprintf(flags, sizeof flags, "%s%s%s", r->negated ? "negated" : "",
             r->negated && strcmp(r->mood, "fact") ? "," : "",
             strcmp(r->mood, "fact") ? r->mood : "");
    /* a season or a quarter by name ("autumn 2025"): its cut date ("2025")
     * does not say which part of the year */
    char when[40];
    const char *date = *r->date ? report_date_label(r, when, sizeof when) : "?";
    const char *row[9] = {date, clipped_src, clipped_tgt,   cameo,          n,
                          ev,   flags,       r->pattern_id, r->trigger_text};
    const char *row_out[9];
    size_t k = 0;
    for (size_t i = 0; i < 6; i++) row_out[k++] = row[i];
    if (o->all) row_out[k++] = row[6];
    if (o->explain) {
      row_out[k++] = row[7];
      row_out[k++] = row[8];
    }
    if (!table_add(&o->table, row_out)) o->io_error = true;
  }
  o->written++;
  json_decref(j);
}

/* Mentions are written as they come; for merging they are kept. */
static el_status on_event(void *arg, const store_event_row *r) {
  events_out *o = arg;
  if (!o->merged) {
    emit(o, &r, 1);
    return o->io_error ? EL_ERR_IO : EL_OK;
  }
  return store_event_list_add(&o->kept, r);
}

/* Cluster the kept mentions into events and write them in date order. */
static el_status emit_merged(events_out *o) {
  size_t n = o->kept.n;
  if (!n) return EL_OK;
  const store_event_row *const *rows = (const store_event_row *const *)o->kept.v;
  const store_event_row **group = malloc(n * sizeof *group);
  merge_result res = {0};
  el_status st = group ? EL_OK : EL_ERR_NOMEM;
  if (st == EL_OK) st = merge_events(rows, n, &res);
  for (size_t c = 0; st == EL_OK && c < res.n && !o->io_error; c++) {
    const merge_cluster *cl = &res.v[c];
    for (size_t k = 0; k < cl->n; k++) group[k] = rows[cl->members[k]];
    emit(o, group, cl->n);
  }
  merge_result_free(&res);
  free(group);
  if (st == EL_OK && o->io_error) st = EL_ERR_IO;
  return st;
}

int cmd_events(int argc, char **argv) {
  static const struct option longopts[] = {
      {"db", required_argument, NULL, 'd'},   {"actor", required_argument, NULL, 'a'},
      {"dyad", required_argument, NULL, 'y'}, {"directed", no_argument, NULL, 'R'},
      {"from", required_argument, NULL, 'F'}, {"to", required_argument, NULL, 'T'},
      {"code", required_argument, NULL, 'c'}, {"format", required_argument, NULL, 'f'},
      {"mentions", no_argument, NULL, 'm'},   {"explain", no_argument, NULL, 'x'},
      {"all", no_argument, NULL, 'A'},        {"data", required_argument, NULL, 'D'},
      {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0}};
  const char *db = "eventline.db", *data = NULL;
  store_event_filter f = {0};
  events_out o = {.fmt = OUT_TABLE, .merged = true};
  char *dyad = NULL;
  int opt, rc = EXIT_OK;
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
      case 'a':
        f.actor = optarg;
        break;
      case 'y': {
        const char *colon = strchr(optarg, ':');
        if (!colon || strchr(colon + 1, ':')) {
          cli_error("events: --dyad wants A:B, got '%s'", optarg);
          free(dyad);
          return EXIT_USAGE;
        }
        free(dyad);
        dyad = strdup(optarg);
        if (!dyad) return EXIT_FAIL;
        dyad[colon - optarg] = '\0';
        f.dyad_a = dyad;
        f.dyad_b = dyad + (colon - optarg) + 1;
        break;
      }
      case 'R':
        f.directed = true;
        break;
      case 'F':
      case 'T':
        if (!cli_date_arg(optarg)) {
          cli_error("events: --%s '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                    opt == 'F' ? "from" : "to", optarg);
          free(dyad);
          return EXIT_USAGE;
        }
        if (opt == 'F')
          f.from = optarg;
        else
          f.to = optarg;
        break;
      case 'c':
        f.code_prefix = optarg;
        break;
      case 'f':
        if (!out_format_parse(optarg, &o.fmt)) {
          cli_error("events: unknown --format '%s' (table, csv or jsonl)", optarg);
          free(dyad);
          return EXIT_USAGE;
        }
        break;
      case 'm':
        o.merged = false;
        break;
      case 'x':
        o.explain = true;
        break;
      case 'A':
        f.all = o.all = true;
        break;
      default:
        free(dyad);
        return cli_option_end("events", opt, argv, usage);
    }
  }
  if (optind < argc) {
    cli_error("events: unexpected argument '%s'", argv[optind]);
    free(dyad);
    return EXIT_USAGE;
  }
  if (f.directed && !dyad) {
    cli_error("events: --directed needs --dyad");
    return EXIT_USAGE;
  }
  el_store *s = NULL;
  if (!(s = cli_open_store_readonly(db))) {
    free(dyad);
    return EXIT_FAIL;
  }
  if (o.fmt == OUT_TABLE) {
    size_t ncols = 6 + (o.all ? 1 : 0) + (o.explain ? 2 : 0);
    table_init(&o.table, ncols);
    const char *head[9] = {"DATE",    "SOURCE", "TARGET", "CAMEO", o.merged ? "REPORTS" : "N",
                           "EVIDENCE"};
    size_t k = 6;
    if (o.all) head[k++] = "FLAGS";
    if (o.explain) {
      head[k++] = "PATTERN";
      head[k++] = "TRIGGER";
    }
    table_add(&o.table, head);
    o.cb = cli_load_codebook(data);
  } else if (o.fmt == OUT_CSV) {
    csv_header(&o);
  }
  el_status st = store_each_event(s, &f, on_event, &o);
  if (st == EL_OK && o.merged) st = emit_merged(&o);
  if (st != EL_OK || o.io_error) {
    if (st == EL_ERR_DB || st == EL_ERR_FULL)
      cli_error("%s", store_errmsg(s));
    else
      cli_error("events: %s", el_status_str(st != EL_OK ? st : EL_ERR_IO));
    rc = EXIT_FAIL;
  }
  if (o.fmt == OUT_TABLE) {
    if (rc == EXIT_OK) {
      if (o.written)
        table_print(stdout, &o.table);
      else
        fprintf(stderr, "eventline: no events match\n");
    }
    table_free(&o.table);
  }
  store_event_list_free(&o.kept);
  codebook_free(o.cb);
  store_close(s);
  free(dyad);
  if (fflush(stdout) != 0) rc = EXIT_FAIL;
  return rc;
}
