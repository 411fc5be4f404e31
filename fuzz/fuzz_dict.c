/*
 * fuzz_dict.c — the dictionary loaders (PETRARCH actors, agents, discards,
 * verbs) on hostile files.  The first byte picks the loader; the rest is
 * written to a temp file because the loaders take a path.  Warnings go to
 * /dev/null; non-strict and strict loads are both exercised.
 */
#include <unistd.h>

#include "actors/actors.h"
#include "events/events.h"
#include "fuzz_common.h"

static char dict_tmp_path[64];
static FILE *dict_devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  strcpy(dict_tmp_path, "/tmp/el_fuzz_dict_XXXXXX");
  int fd = mkstemp(dict_tmp_path);
  if (fd < 0) exit(1);
  close(fd);
  dict_devnull = fopen("/dev/null", "w");
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  FILE *f = fopen(dict_tmp_path, "wb");
  if (!f) return 0;
  fwrite(data + 1, 1, size - 1, f);
  fclose(f);
  dict_load_opts o = {.strict = (data[0] & 0x10) != 0, .warn = dict_devnull};
  int which = data[0] % 4;
  if (which == 3) {
    verb_dict *vd = NULL;
    if (verb_dict_new(&vd) == EL_OK) {
      verb_dict_load(vd, dict_tmp_path, &o);
      verb_dict_free(vd);
    }
    return 0;
  }
  actor_dict *d = NULL;
  if (actor_dict_new(&d) != EL_OK) return 0;
  el_status st = which == 0   ? actor_dict_load_actors(d, dict_tmp_path, &o)
                 : which == 1 ? actor_dict_load_agents(d, dict_tmp_path, &o)
                              : actor_dict_load_discards(d, dict_tmp_path, &o);
  if (st == EL_OK) {
    /* Look up the first line's first word, with and without a date. */
    char name[64], code[24];
    size_t n = 0;
    while (n + 1 < size && n < sizeof name - 1 && data[1 + n] > ' ') {
      name[n] = (char)data[1 + n];
      n++;
    }
    name[n] = '\0';
    actor_dict_lookup(d, name, NULL, code);
    actor_dict_lookup(d, name, "2020-01-01", code);
  }
  actor_dict_free(d);
  return 0;
}
