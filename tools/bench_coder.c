/*
 * bench_coder.c — speed of actor + event coding (the part of the pipeline
 * that the PETRARCH-style coders are compared on), single-threaded, on a
 * corpus replicated N times.  Text segmentation is timed separately and
 * excluded from the coder figure.
 *
 *   bench_coder [-n REPLICAS] [FILE...]   (default: the seed articles)
 * Prints sentences, events and sentences/s per core for actors+events.
 * Target (issue): >= 50,000 sentences/s per core.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pipeline/pipeline.h"
#include "text/text.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* per-core figure: CPU time, not wall */
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) buf[n] = '\0', *len = (size_t)n;
  return buf;
}

int main(int argc, char **argv) {
  int replicas = 200;
  const char *files[256];
  int nfiles = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-n") && i + 1 < argc)
      replicas = atoi(argv[++i]);
    else if (nfiles < 256)
      files[nfiles++] = argv[i];
  }
  static char seedpaths[64][4096];
  if (nfiles == 0) {
    const char *dir = EL_DATA_DIR "/../../shared/seeds";
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) && nfiles < 64) {
      size_t l = strlen(e->d_name);
      if (l > 4 && !strcmp(e->d_name + l - 4, ".txt")) {
        snprintf(seedpaths[nfiles], sizeof seedpaths[nfiles], "%s/%s", dir, e->d_name);
        files[nfiles] = seedpaths[nfiles];
        nfiles++;
      }
    }
    if (d) closedir(d);
  }
  if (nfiles == 0 || replicas <= 0) {
    fprintf(stderr, "usage: bench_coder [-n REPLICAS] FILE...\n");
    return 2;
  }
  /* load the dictionaries the pipeline uses; a missing optional file is
   * skipped so the bench runs while data files are being added */
  el_pipeline pl = {0}, *p = &pl;
  FILE *quiet = fopen("/dev/null", "w");
  dict_load_opts o = {.strict = false, .warn = quiet};
  if (actor_dict_new(&p->actors) != EL_OK || verb_dict_new(&p->verbs) != EL_OK) return 1;
  const char *actor_files[] = {"actors/countries.actors.txt", "actors/current.actors.txt"};
  char path[4096];
  for (int i = 0; i < 2; i++) {
    snprintf(path, sizeof path, "%s/%s", EL_DATA_DIR, actor_files[i]);
    actor_dict_load_actors(p->actors, path, &o);
  }
  actor_dict_load_agents(p->actors, EL_DATA_DIR "/actors/agents.txt", &o);
  actor_dict_load_discards(p->actors, EL_DATA_DIR "/actors/discards.txt", &o);
  if (verb_dict_load(p->verbs, EL_DATA_DIR "/verbs/CAMEO.2.0.txt", &o) != EL_OK ||
      verb_dict_load(p->verbs, EL_DATA_DIR "/verbs/news.verbs.txt", &o) != EL_OK ||
      codebook_load(&p->codebook, EL_DATA_DIR "/cameo/cameo-codes.csv",
                    EL_DATA_DIR "/cameo/CAMEO2PLOVER-2021.txt") != EL_OK) {
    fprintf(stderr, "bench_coder: cannot load dictionaries from %s\n", EL_DATA_DIR);
    return 1;
  }
  if (quiet) fclose(quiet);
  double t_text = 0, t_actors = 0, t_events = 0;
  size_t sents = 0, events = 0, actors = 0;
  for (int r = 0; r < replicas; r++) {
    for (int f = 0; f < nfiles; f++) {
      size_t len = 0;
      char *raw = slurp(files[f], &len);
      if (!raw) continue;
      el_doc *d = doc_new();
      double t0 = now();
      if (text_normalize(d, raw, len) == EL_OK && text_mark_boilerplate(d) == EL_OK &&
          text_segment(d) == EL_OK) {
        double t1 = now();
        actors_find(p->actors, d);
        double t2 = now();
        events_code(p->verbs, p->codebook, d);
        double t3 = now();
        t_text += t1 - t0;
        t_actors += t2 - t1;
        t_events += t3 - t2;
        sents += d->sents.n;
        events += d->events.n;
        actors += d->actors.n;
      }
      doc_free(d);
      free(raw);
    }
  }
  double coder = t_actors + t_events;
  printf("sentences %zu, actor mentions %zu, events %zu\n", sents, actors, events);
  printf("text stage:      %.0f sentences/s\n", t_text > 0 ? sents / t_text : 0);
  printf("actors only:     %.0f sentences/s\n", t_actors > 0 ? sents / t_actors : 0);
  printf("events only:     %.0f sentences/s\n", t_events > 0 ? sents / t_events : 0);
  printf("actors+events:   %.0f sentences/s per core (target >= 50000)\n",
         coder > 0 ? sents / coder : 0);
  actor_dict_free(p->actors);
  verb_dict_free(p->verbs);
  codebook_free(p->codebook);
  return 0;
}
