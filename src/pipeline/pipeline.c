/*
 * pipeline.c — loads the dictionaries once and runs the stages on a document.
 */
#include "pipeline/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "merge/merge.h"
#include "quotes/quotes.h"
#include "text/text.h"
#include "time/timex.h"

static const char *default_data_dir(void) {
  const char *env = getenv("EVENTLINE_DATA");
  return (env && *env) ? env : EL_DATA_DIR;
}

el_status pipeline_open(el_pipeline **out, const char *data_dir, char *err, size_t errlen) {
  *out = NULL;
  if (!data_dir) data_dir = default_data_dir();
  el_pipeline *p = calloc(1, sizeof *p);
  if (!p) return EL_ERR_NOMEM;
  char path[4096];
  el_status st;
  dict_load_opts o = {.strict = false, .warn = stderr};

#define LOAD(expr, file)                                        \
  do {                                                          \
    snprintf(path, sizeof path, "%s/%s", data_dir, file);       \
    st = (expr);                                                \
    if (st != EL_OK) {                                          \
      snprintf(err, errlen, "%s: %s", path, el_status_str(st)); \
      pipeline_close(p);                                        \
      return st;                                                \
    }                                                           \
  } while (0)

  if ((st = actor_dict_new(&p->actors)) != EL_OK || (st = verb_dict_new(&p->verbs)) != EL_OK) {
    pipeline_close(p);
    return st;
  }
  LOAD(actor_dict_load_dir(p->actors, data_dir, &o), "actors");
  LOAD(verb_dict_load(p->verbs, path, &o), "verbs/CAMEO.2.0.txt");
  LOAD(verb_dict_load(p->verbs, path, &o), "verbs/news.verbs.txt");
  LOAD(quote_lexicon_load(&p->quotes, path), "quotes/speech_verbs.txt");
  {
    char plover[4096];
    snprintf(plover, sizeof plover, "%s/cameo/CAMEO2PLOVER-2021.txt", data_dir);
    LOAD(codebook_load(&p->codebook, path, plover), "cameo/cameo-codes.csv");
  }
#undef LOAD
  *out = p;
  return EL_OK;
}

void pipeline_close(el_pipeline *p) {
  if (!p) return;
  actor_dict_free(p->actors);
  verb_dict_free(p->verbs);
  codebook_free(p->codebook);
  quote_lexicon_free(p->quotes);
  free(p);
}

el_status pipeline_process(const el_pipeline *p, el_doc *doc) {
  el_status st;
  if ((st = text_mark_boilerplate(doc)) != EL_OK) return st;
  if ((st = text_segment(doc)) != EL_OK) return st;
  if (!doc->published[0]) {
    const char *origin = "unknown";
    double conf = 0;
    st = timex_infer_dct(doc->text, doc->len, doc->published, &origin, &conf);
    if (st == EL_OK) {
      doc->published_origin = origin;
      doc->published_confidence = conf;
    } else if (st != EL_ERR_NOTFOUND) {
      return st;
    }
  }
  if ((st = timex_tag_doc(doc)) != EL_OK) return st;
  if ((st = actors_find(p->actors, doc)) != EL_OK) return st;
  if ((st = events_code(p->verbs, p->codebook, doc)) != EL_OK) return st;
  if ((st = quotes_find_lex(p->quotes, doc)) != EL_OK) return st;
  if ((st = timex_date_events(doc)) != EL_OK) return st;
  if ((st = merge_doc_events(doc)) != EL_OK) return st;
  /* after merge_doc: a quote may take the date an event of its sentence
   * got from the act it refers to */
  if ((st = timex_date_quotes(doc)) != EL_OK) return st;
  return EL_OK;
}
