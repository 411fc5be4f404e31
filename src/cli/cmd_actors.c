/*
 * cmd_actors.c — `eventline actors`: the actors learned from the text
 * (name, code, role, first seen, evidence) and the number of mentions of
 * each actor code in the stored corpus.
 */
#include <getopt.h>
#include <string.h>

#include "cli/cli.h"

static void usage(FILE *f) {
  fputs(
      "usage: eventline actors [--db PATH] [--format table|csv|jsonl]\n"
      "Lists the actors learned from titles and appositions in the articles (name,\n"
      "CAMEO code, role, first and last date seen, evidence article and offsets), then\n"
      "the number of mentions and articles per actor code in the corpus.\n"
      "jsonl: one object per line with \"type\": \"learned\" or \"mentions\".\n"
      "csv: columns type,code,country,name,role,agent,first_seen,last_seen,doc,start,end,\n"
      "mentions,documents.\n",
      f);
}

typedef struct {
  out_format fmt;
  text_table learned, counts;
} actors_out;

static json_t *str_or_null(const char *s) {
  return *s ? json_string(s) : json_null();
}

static void csv_row(const char *const *cells) {
  for (size_t i = 0; i < 13; i++) csv_field(stdout, cells[i], i == 12);
}

static el_status on_learned(void *arg, const store_learned_row *r) {
  actors_out *o = arg;
  char a[24], b[24];
  snprintf(a, sizeof a, "%u", r->evidence_start);
  snprintf(b, sizeof b, "%u", r->evidence_end);
  if (o->fmt == OUT_JSONL) {
    json_t *j =
        json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:{s:o, s:I, s:I}}", "type", "learned",
                  "name", cli_json_str(r->name), "code", cli_json_str(r->code), "country",
                  str_or_null(r->country), "agent", str_or_null(r->agent), "role",
                  str_or_null(r->role), "first_seen", str_or_null(r->first_seen), "last_seen",
                  str_or_null(r->last_seen), "evidence", "doc", str_or_null(r->evidence_doc),
                  "start", (json_int_t)r->evidence_start, "end", (json_int_t)r->evidence_end);
    if (!jsonl_emit(stdout, j)) return EL_ERR_IO;
  } else if (o->fmt == OUT_CSV) {
    const char *row[] = {
        "learned",    r->code,         r->country, r->name, r->role, r->agent, r->first_seen,
        r->last_seen, r->evidence_doc, a,          b,       "",      ""};
    csv_row(row);
  } else {
    const char *row[] = {r->name, r->code, r->role, *r->first_seen ? r->first_seen : "?",
                         r->evidence_doc};
    if (!table_add(&o->learned, row)) return EL_ERR_NOMEM;
  }
  return EL_OK;
}

static el_status on_count(void *arg, const store_actor_count_row *r) {
  actors_out *o = arg;
  char m[24], d[24];
  snprintf(m, sizeof m, "%lld", (long long)r->mentions);
  snprintf(d, sizeof d, "%lld", (long long)r->documents);
  if (o->fmt == OUT_JSONL) {
    json_t *j = json_pack("{s:s, s:o, s:o, s:o, s:I, s:I}", "type", "mentions", "code",
                          cli_json_str(r->code), "country", str_or_null(r->country), "name",
                          str_or_null(r->name), "mentions", (json_int_t)r->mentions, "documents",
                          (json_int_t)r->documents);
    if (!jsonl_emit(stdout, j)) return EL_ERR_IO;
  } else if (o->fmt == OUT_CSV) {
    const char *row[] = {"mentions", r->code, r->country, r->name, "", "", "",
                         "",         "",      "",         "",      m,  d};
    csv_row(row);
  } else {
    const char *row[] = {r->code, r->name, m, d};
    if (!table_add(&o->counts, row)) return EL_ERR_NOMEM;
  }
  return EL_OK;
}

int cmd_actors(int argc, char **argv) {
  static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                           {"format", required_argument, NULL, 'f'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "eventline.db";
  actors_out o = {.fmt = OUT_TABLE};
  int opt;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (opt) {
      case 'd':
        db = optarg;
        break;
      case 'f':
        if (!out_format_parse(optarg, &o.fmt)) {
          cli_error("actors: unknown --format '%s' (table, csv or jsonl)", optarg);
          return EXIT_USAGE;
        }
        break;
      default:
        return cli_option_end("actors", opt, argv, usage);
    }
  }
  if (optind < argc) {
    cli_error("actors: unexpected argument '%s'", argv[optind]);
    return EXIT_USAGE;
  }
  el_store *s = NULL;
  if (!(s = cli_open_store_readonly(db))) {
    return EXIT_FAIL;
  }
  table_init(&o.learned, 5);
  table_init(&o.counts, 4);
  const char *h1[] = {"NAME", "CODE", "ROLE", "FIRST SEEN", "EVIDENCE DOC"};
  const char *h2[] = {"CODE", "NAME", "MENTIONS", "DOCUMENTS"};
  table_add(&o.learned, h1);
  table_add(&o.counts, h2);
  if (o.fmt == OUT_CSV) {
    const char *head[] = {"type",  "code",       "country",   "name", "role",
                          "agent", "first_seen", "last_seen", "doc",  "start",
                          "end",   "mentions",   "documents"};
    csv_row(head);
  }
  int rc = EXIT_OK;
  el_status st = store_each_learned_actor(s, on_learned, &o);
  if (st == EL_OK) st = store_each_actor_count(s, on_count, &o);
  if (st != EL_OK) {
    cli_error("%s", st == EL_ERR_DB ? store_errmsg(s) : el_status_str(st));
    rc = EXIT_FAIL;
  } else if (o.fmt == OUT_TABLE) {
    printf("Learned actors (%zu)\n", o.learned.nrows - 1);
    if (o.learned.nrows > 1) table_print(stdout, &o.learned);
    printf("\nMentions per actor code (%zu)\n", o.counts.nrows - 1);
    if (o.counts.nrows > 1) table_print(stdout, &o.counts);
  }
  table_free(&o.learned);
  table_free(&o.counts);
  store_close(s);
  if (fflush(stdout) != 0) rc = EXIT_FAIL;
  return rc;
}
