/*
 * cmd_report.c — `eventline timeline A B` (text) and `eventline report A B
 * -o report.html` (self-contained HTML+SVG): the dyad day by day with the
 * evidence, from merged events (src/report/).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "report/report.h"

static void usage(FILE *f, bool html) {
  if (html)
    fputs(
        "usage: eventline report [--db PATH] [--from D] [--to D] [-o FILE] A B\n"
        "Writes a self-contained HTML page (no scripts, no external files): summary,\n"
        "a Goldstein-over-time chart, the events day by day with their evidence, and\n"
        "the quotes of either side.\n",
        f);
  else
    fputs(
        "usage: eventline timeline [--db PATH] [--from D] [--to D] A B\n"
        "Prints what happened between A and B day by day: merged events (who did what\n"
        "to whom, CAMEO code, Goldstein score, reports and articles) with evidence.\n",
        f);
  fputs(
      "  A, B           country code (USA), actor code (COLGOV) or name (Ruiz)\n"
      "  --from/--to D  events dated within [from, to] (YYYY, YYYY-MM or YYYY-MM-DD)\n"
      "  --db PATH      database (default eventline.db)\n"
      "  --data DIR     dictionaries, for CAMEO names\n",
      f);
  if (html) fputs("  -o FILE        output file (default report.html; - for stdout)\n", f);
}

static int run(int argc, char **argv, bool html) {
  static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                           {"from", required_argument, NULL, 'F'},
                                           {"to", required_argument, NULL, 'T'},
                                           {"data", required_argument, NULL, 'D'},
                                           {"output", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "eventline.db", *data = NULL, *outpath = html ? "report.html" : "-";
  report_query q = {0};
  int opt;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, html ? ":ho:" : ":h", longopts, NULL)) != -1) {
    switch (opt) {
      case 'd':
        db = optarg;
        break;
      case 'F':
        q.from = optarg;
        break;
      case 'T':
        q.to = optarg;
        break;
      case 'D':
        data = optarg;
        break;
      case 'o':
        outpath = optarg;
        break;
      case 'h':
        usage(stdout, html);
        return EXIT_OK;
      case ':':
        cli_error("option %s needs a value", argv[optind - 1]);
        return EXIT_USAGE;
      default:
        cli_error("unknown option %s", argv[optind - 1]);
        return EXIT_USAGE;
    }
  }
  if ((q.from && !cli_date_arg(q.from)) || (q.to && !cli_date_arg(q.to))) {
    cli_error("--from/--to take YYYY, YYYY-MM or YYYY-MM-DD");
    return EXIT_USAGE;
  }
  if (argc - optind != 2) {
    usage(stderr, html);
    return EXIT_USAGE;
  }
  q.a = argv[optind];
  q.b = argv[optind + 1];

  el_store *s = NULL;
  if (!(s = cli_open_store_readonly(db))) {
    return EXIT_FAIL;
  }
  cameo_codebook *cb = cli_load_codebook(data); /* NULL: codes without names */
  q.cb = cb;
  report_data d;
  el_status st = report_collect(s, &q, &d);
  int rc = EXIT_OK;
  if (st != EL_OK) {
    cli_error("%s: %s", db, el_status_str(st));
    rc = EXIT_FAIL;
  } else {
    FILE *out = strcmp(outpath, "-") == 0 ? stdout : fopen(outpath, "w");
    if (!out) {
      cli_error("%s: cannot write", outpath);
      rc = EXIT_FAIL;
    } else {
      st = html ? report_html(&d, &q, out) : report_timeline(&d, &q, out);
      if (out != stdout && fclose(out) != 0) st = EL_ERR_IO;
      if (st != EL_OK) {
        cli_error("%s: %s", outpath, el_status_str(st));
        rc = EXIT_FAIL;
      } else if (html && out != stdout) {
        fprintf(stderr, "eventline: wrote %s (%zu events, %zu quotes)\n", outpath, d.clusters.n,
                d.quotes.n);
      }
    }
    report_data_free(&d);
  }
  codebook_free(cb);
  store_close(s);
  return rc;
}

int cmd_timeline(int argc, char **argv) {
  return run(argc, argv, false);
}
int cmd_report(int argc, char **argv) {
  return run(argc, argv, true);
}
