/*
 * cmd_quotes.c — `eventline quotes`: attributed quotations (Quote JSONL of
 * GUIDE.md), filtered by speaker and date.
 */
#include <getopt.h>
#include <string.h>

#include "cli/cli.h"

static void usage(FILE *f) {
  fputs(
      "usage: eventline quotes [--db PATH] [--speaker X] [--from DATE] [--to DATE]\n"
      "                        [--format table|csv|jsonl]\n"
      "Lists quotations with their speaker, sorted by date.\n"
      "  --speaker X    a code in capitals (COLGOV, USA: code prefix) or a name\n"
      "                 substring (case-insensitive)\n"
      "  --from/--to D  quotes dated within [from, to] (YYYY, YYYY-MM or YYYY-MM-DD)\n"
      "  --format F     table (default), csv or jsonl\n"
      "  --db PATH      database (default eventline.db)\n",
      f);
}

typedef struct {
  out_format fmt;
  text_table table;
  long n;
  bool fail;
} quotes_out;

static json_t *str_or_null(const char *s) {
  return *s ? json_string(s) : json_null();
}

static el_status on_quote(void *arg, const store_quote_row *r) {
  quotes_out *o = arg;
  o->n++;
  if (o->fmt == OUT_JSONL) {
    json_t *j = json_pack(
        "{s:o, s:{s:o, s:o}, s:o, s:I, s:I, s:o, s:o}", "doc", cli_json_str(r->doc_id), "speaker",
        "name", str_or_null(r->speaker_name), "code", str_or_null(r->speaker_code), "text",
        *r->text ? cli_json_str(r->text) : json_string(""), "start", (json_int_t)r->start, "end",
        (json_int_t)r->end, "date", str_or_null(r->date), "cue", str_or_null(r->cue));
    if (!jsonl_emit(stdout, j)) return EL_ERR_IO;
  } else if (o->fmt == OUT_CSV) {
    char a[24], b[24];
    snprintf(a, sizeof a, "%u", r->start);
    snprintf(b, sizeof b, "%u", r->end);
    const char *row[] = {r->doc_id, r->date, r->speaker_name, r->speaker_code, r->text,
                         a,         b,       r->cue};
    for (size_t i = 0; i < 8; i++) csv_field(stdout, row[i], i == 7);
  } else {
    char text[400], who[120];
    text_clip(r->text, 90, text, sizeof text);
    snprintf(who, sizeof who, "%s%s%s", *r->speaker_name ? r->speaker_name : "?",
             *r->speaker_code ? " " : "", r->speaker_code);
    const char *row[] = {*r->date ? r->date : "?", who, text, r->doc_id};
    if (!table_add(&o->table, row)) return EL_ERR_NOMEM;
  }
  return EL_OK;
}

int cmd_quotes(int argc, char **argv) {
  static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                           {"speaker", required_argument, NULL, 's'},
                                           {"from", required_argument, NULL, 'F'},
                                           {"to", required_argument, NULL, 'T'},
                                           {"format", required_argument, NULL, 'f'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "eventline.db";
  store_quote_filter f = {0};
  quotes_out o = {.fmt = OUT_TABLE};
  int opt;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (opt) {
      case 'd':
        db = optarg;
        break;
      case 's':
        f.speaker = optarg;
        break;
      case 'F':
      case 'T':
        if (!cli_date_arg(optarg)) {
          cli_error("quotes: '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", optarg);
          return EXIT_USAGE;
        }
        if (opt == 'F')
          f.from = optarg;
        else
          f.to = optarg;
        break;
      case 'f':
        if (!out_format_parse(optarg, &o.fmt)) {
          cli_error("quotes: unknown --format '%s' (table, csv or jsonl)", optarg);
          return EXIT_USAGE;
        }
        break;
      default:
        return cli_option_end("quotes", opt, argv, usage);
    }
  }
  if (optind < argc) {
    cli_error("quotes: unexpected argument '%s'", argv[optind]);
    return EXIT_USAGE;
  }
  el_store *s = NULL;
  if (!(s = cli_open_store_readonly(db))) {
    return EXIT_FAIL;
  }
  if (o.fmt == OUT_TABLE) {
    table_init(&o.table, 4);
    const char *head[] = {"DATE", "SPEAKER", "QUOTE", "DOC"};
    table_add(&o.table, head);
  } else if (o.fmt == OUT_CSV) {
    const char *head[] = {"doc",  "date",  "speaker_name", "speaker_code",
                          "text", "start", "end",          "cue"};
    for (size_t i = 0; i < 8; i++) csv_field(stdout, head[i], i == 7);
  }
  int rc = EXIT_OK;
  el_status st = store_each_quote(s, &f, on_quote, &o);
  if (st != EL_OK) {
    cli_error("%s", st == EL_ERR_DB ? store_errmsg(s) : el_status_str(st));
    rc = EXIT_FAIL;
  }
  if (o.fmt == OUT_TABLE) {
    if (rc == EXIT_OK && o.n)
      table_print(stdout, &o.table);
    else if (rc == EXIT_OK)
      cli_error("no quotes match");
    table_free(&o.table);
  }
  store_close(s);
  if (fflush(stdout) != 0) rc = EXIT_FAIL;
  return rc;
}
