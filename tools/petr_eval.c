/*
 * petr_eval.c — PETRARCH conformance harness: runs the PETRARCH2 unit-test
 * records (PETR.UnitTest.records.xml) through text_segment -> actors_find
 * -> events_code with the PETR.Validate.* dictionaries, and prints the
 * share of records whose set of (source, target, code) triples is exactly
 * the expected one.  Records expecting no event (noevents, error) count as
 * right when nothing is coded.  PETRARCH codes no modality, so events we
 * flag as intended or hypothetical count as coded; the records are
 * PETRARCH runs, so agents with no country are coded "---AGENT"
 * (actors_opts.code_bare_agents), places after in/at are actors
 * (actors_opts.places_as_actors) and may be targets
 * (events_opts.locative_targets), a verb's target is the first actor of
 * its clause (events_opts.clause_targets), pattern words match only as
 * written (events_opts.exact_pattern_words), and the records' <Config
 * require_dyad> turns coding with no target on and off
 * (events_opts.monadic) and <Config new_actor_length> that of noun phrases
 * as actors (events_opts.new_actor_words); an actor phrase written with
 * spaces may have words between (actors_opts.spaced_phrase_gaps).
 *
 *   petr_eval [-v] [-i ID] [DIR]   DIR holds the records and PETR.Validate.*.txt
 *                          (default: shared/eval/petrarch beside the repo)
 * Last line: "petr exact: N/M = P%".
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors/actors.h"
#include "events/events.h"
#include "text/text.h"

typedef struct {
  char src[32], tgt[32], code[8];
} triple;

static bool has_triple(const triple *v, int n, const triple *t) {
  for (int i = 0; i < n; i++)
    if (!strcmp(v[i].src, t->src) && !strcmp(v[i].tgt, t->tgt) && !strcmp(v[i].code, t->code))
      return true;
  return false;
}

static char *prop(xmlNode *n, const char *name) {
  return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* Codes every record (or just `only`) and counts the exact ones; with
 * verbose, prints each miss. */
static void run_records(xmlNode *sents, const actor_dict *ad, const verb_dict *vd,
                        const cameo_codebook *cb, const actors_opts *ao, const events_opts *eo,
                        bool verbose, const char *only, int *exact_out, int *total_out,
                        size_t *mentions_out) {
  int total = 0, exact = 0;
  size_t mentions = 0;
  /* the <Config> elements between records set PETRARCH's options for the
   * records after them; require_dyad and new_actor_length change what we
   * code */
  events_opts cur_eo = eo ? *eo : (events_opts){0};
  for (xmlNode *s = sents ? sents->children : NULL; s; s = s->next) {
    if (eo && s->type == XML_ELEMENT_NODE && !strcmp((const char *)s->name, "Config")) {
      char *opt = prop(s, "option"), *val = prop(s, "value");
      if (opt && val && !strcmp(opt, "require_dyad"))
        cur_eo.monadic = !(val[0] == 't' || val[0] == 'T');
      else if (opt && val && !strcmp(opt, "new_actor_length"))
        cur_eo.new_actor_words = atoi(val);
      xmlFree(opt);
      xmlFree(val);
      continue;
    }
    if (s->type != XML_ELEMENT_NODE || strcmp((const char *)s->name, "Sentence")) continue;
    triple want[64], got[256];
    int nw = 0, ng = 0;
    char *text = NULL;
    for (xmlNode *c = s->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (!strcmp((const char *)c->name, "Text")) {
        xmlFree(text);
        text = (char *)xmlNodeGetContent(c);
      } else if (!strcmp((const char *)c->name, "EventCoding") && nw < 64) {
        char *sc = prop(c, "sourcecode"), *tc = prop(c, "targetcode"), *ec = prop(c, "eventcode");
        if (sc && tc && ec) {
          snprintf(want[nw].src, sizeof want[nw].src, "%s", sc);
          snprintf(want[nw].tgt, sizeof want[nw].tgt, "%s", tc);
          snprintf(want[nw].code, sizeof want[nw].code, "%s", ec);
          if (!has_triple(want, nw, &want[nw])) nw++;
        }
        xmlFree(sc);
        xmlFree(tc);
        xmlFree(ec);
      }
    }
    if (!text) continue;
    char *id = prop(s, "id"), *date = prop(s, "date");
    if (only && (!id || strcmp(id, only))) {
      xmlFree(id);
      xmlFree(date);
      xmlFree(text);
      continue;
    }
    total++;
    /* a record is one sentence wrapped over lines: join them */
    size_t w = 0;
    for (size_t r = 0; text[r]; r++) {
      char ch = (text[r] == '\n' || text[r] == '\t' || text[r] == '\r') ? ' ' : text[r];
      if (ch == ' ' && (w == 0 || text[w - 1] == ' ')) continue;
      text[w++] = ch;
    }
    while (w && text[w - 1] == ' ') w--;
    text[w] = '\0';
    el_doc *d = doc_new();
    bool ok = d && text_normalize(d, text, strlen(text)) == EL_OK;
    if (ok && date && strlen(date) == 8)
      snprintf(d->published, sizeof d->published, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    ok = ok && text_segment(d) == EL_OK && actors_find_opts(ad, d, ao) == EL_OK &&
         events_code_opts(vd, cb, d, eo ? &cur_eo : NULL) == EL_OK;
    if (ok) mentions += d->actors.n;
    if (ok) {
      for (size_t i = 0; i < d->events.n && ng < 256; i++) {
        const el_event *e = &d->events.v[i];
        if (verbose && e->negated)
          printf("  (negated %s %s %s mood %d)\n", e->source.code, e->target.code, e->cameo,
                 (int)e->mood);
        /* PETRARCH has no modality: what we flag as only intended or
         * hypothetical ("would attack", "to meet") it codes as an event */
        bool modal = e->mood == EL_MOOD_HYPOTHETICAL || e->mood == EL_MOOD_INTENT;
        if (e->negated && !modal) continue;
        /* PETRARCH writes a new actor as its words in quotes */
        triple t;
        if (e->source.phrase && e->source.name)
          snprintf(t.src, sizeof t.src, "\"%s\"", e->source.name);
        else
          snprintf(t.src, sizeof t.src, "%s", e->source.code);
        if (e->target.phrase && e->target.name)
          snprintf(t.tgt, sizeof t.tgt, "\"%s\"", e->target.name);
        else
          snprintf(t.tgt, sizeof t.tgt, "%s", e->target.code);
        snprintf(t.code, sizeof t.code, "%s", e->cameo);
        if (!has_triple(got, ng, &t)) got[ng++] = t;
      }
    }
    bool same = ok && ng == nw;
    for (int i = 0; same && i < nw; i++) same = has_triple(got, ng, &want[i]);
    if (same) exact++;
    if (verbose && !same) {
      printf("MISS %s\n", id ? id : "?");
      printf("  text %s\n", text);
      for (int i = 0; i < nw; i++)
        printf("  want %s %s %s\n", want[i].src, want[i].tgt, want[i].code);
      for (int i = 0; i < ng; i++) printf("  got  %s %s %s\n", got[i].src, got[i].tgt, got[i].code);
      if (ok)
        for (size_t i = 0; i < d->actors.n; i++)
          printf("  actor %.*s = %s\n", (int)(d->actors.v[i].end - d->actors.v[i].start),
                 d->text + d->actors.v[i].start, d->actors.v[i].code);
    }
    doc_free(d);
    xmlFree(id);
    xmlFree(date);
    xmlFree(text);
  }
  *exact_out = exact;
  *total_out = total;
  *mentions_out = mentions;
}

int main(int argc, char **argv) {
  bool verbose = false;
  const char *only = NULL; /* -i ID: just this record */
  const char *dir = EL_DATA_DIR "/../../shared/eval/petrarch";
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-v"))
      verbose = true;
    else if (!strcmp(argv[i], "-i") && i + 1 < argc)
      only = argv[++i];
    else
      dir = argv[i];
  }
  char path[4096];
  dict_load_opts o = {.strict = false, .warn = verbose ? stderr : NULL};
  FILE *devnull = NULL;
  if (!verbose) {
    devnull = fopen("/dev/null", "w");
    o.warn = devnull;
  }
  actor_dict *ad = NULL;
  verb_dict *vd = NULL;
  cameo_codebook *cb = NULL;
  el_status st;
  if ((st = actor_dict_new(&ad)) || (st = verb_dict_new(&vd))) return 1;
#define LOAD(fn, obj, file)                                          \
  snprintf(path, sizeof path, "%s/%s", dir, file);                   \
  if ((st = fn(obj, path, &o)) != EL_OK) {                           \
    fprintf(stderr, "petr_eval: %s: %s\n", path, el_status_str(st)); \
    return 1;                                                        \
  }
  LOAD(actor_dict_load_actors, ad, "PETR.Validate.actors.txt");
  LOAD(actor_dict_load_agents, ad, "PETR.Validate.agents.txt");
  LOAD(actor_dict_load_discards, ad, "PETR.Validate.discards.txt");
  LOAD(verb_dict_load, vd, "PETR.Validate.verbs.txt");
#undef LOAD
  if ((st = codebook_load(&cb, EL_DATA_DIR "/cameo/cameo-codes.csv",
                          EL_DATA_DIR "/cameo/CAMEO2PLOVER-2021.txt")) != EL_OK) {
    fprintf(stderr, "petr_eval: codebook: %s\n", el_status_str(st));
    return 1;
  }
  snprintf(path, sizeof path, "%s/PETR.UnitTest.records.xml", dir);
  xmlDoc *x = xmlReadFile(
      path, NULL, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!x) {
    fprintf(stderr, "petr_eval: cannot parse %s\n", path);
    return 1;
  }
  xmlNode *root = xmlDocGetRootElement(x);
  xmlNode *sents = NULL;
  for (xmlNode *n = root ? root->children : NULL; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, "Sentences")) sents = n;
  /* PETRARCH's reading (the records are PETRARCH runs): agents with no
   * country are "---AGENT", places after in/at/into are actors and may be
   * targets, any actor of the verb's clause may be its target, pattern
   * words match only as written, and only agents the sentence states are
   * coded; also our defaults, to show what the options add */
  const actors_opts petr_ao = {
      .code_bare_agents = true, .places_as_actors = true, .spaced_phrase_gaps = true};
  const events_opts petr_eo = {.locative_targets = true,
                               .exact_pattern_words = true,
                               .stated_agents_only = true,
                               .clause_targets = true};
  int total = 0, exact = 0, dtotal = 0, dexact = 0;
  size_t mentions = 0, dmentions = 0;
  run_records(sents, ad, vd, cb, NULL, NULL, false, only, &dexact, &dtotal, &dmentions);
  run_records(sents, ad, vd, cb, &petr_ao, &petr_eo, verbose, only, &exact, &total, &mentions);
  xmlFreeDoc(x);
  xmlCleanupParser();
  printf("petr exact with default options: %d/%d = %.1f%% (actor mentions %zu)\n", dexact, dtotal,
         dtotal ? 100.0 * dexact / dtotal : 0.0, dmentions);
  printf("actor mentions: %zu\n", mentions);
  printf("petr exact: %d/%d = %.1f%%\n", exact, total, total ? 100.0 * exact / total : 0.0);
  actor_dict_free(ad);
  verb_dict_free(vd);
  codebook_free(cb);
  if (devnull) fclose(devnull);
  return 0;
}
