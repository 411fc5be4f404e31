/*
 * main.c — `eventline` entry point: dispatches the subcommand, --help and
 * --version.  Each subcommand lives in its own cmd_*.c.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

typedef struct {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} command;

static const command commands[] = {
    {"ingest", cmd_ingest, "read articles (files, directories, -) and store their events"},
    {"events", cmd_events, "list events (merged, or every mention) with filters"},
    {"quotes", cmd_quotes, "list attributed quotations"},
    {"actors", cmd_actors, "list learned actors and mention counts per actor code"},
    {"timeline", cmd_timeline, "what happened between A and B, day by day, with evidence"},
    {"report", cmd_report, "self-contained HTML+SVG report on A and B (-o FILE)"},
    {"code", cmd_code, "JSONL articles on stdin -> JSONL events on stdout (no database)"},
    {"timex", cmd_timex, "tag time expressions in text on stdin (TIMEX3 JSON lines)"},
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: eventline COMMAND [OPTIONS] [ARGS]\n"
          "Turns news articles into dated CAMEO events with evidence and quotes.\n\n"
          "commands:\n");
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf(f,
          "\n`eventline COMMAND --help` describes a command.  Commands that use a database\n"
          "take --db PATH (default eventline.db).\n"
          "Exit status: 0 ok, 1 some input rejected or an error, 2 usage error.\n");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    cli_error("no command given");
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
    printf("eventline %s\n", EL_VERSION);
    return EXIT_OK;
  }
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    usage(stdout);
    return EXIT_OK;
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(cmd, commands[i].name)) return commands[i].run(argc - 1, argv + 1);
  cli_error("unknown command '%s' (see eventline --help)", cmd);
  return EXIT_USAGE;
}
