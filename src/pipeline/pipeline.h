/*
 * pipeline.h — wires the stages in order for one document:
 *   text_mark_boilerplate -> text_segment -> (DCT inference) -> timex_tag_doc
 *   -> actors_find -> events_code -> quotes_find -> timex_date_events
 *   -> merge_doc_events (within-document event coreference for dates).
 * Holds the loaded dictionaries (read-only while processing, so one
 * el_pipeline can serve several threads).
 */
#ifndef EL_PIPELINE_H
#define EL_PIPELINE_H
#include "actors/actors.h"
#include "events/events.h"
#include "eventline.h"
#include "quotes/quotes.h"

typedef struct el_pipeline {
  actor_dict *actors;
  verb_dict *verbs;
  cameo_codebook *codebook;
  quote_lexicon *quotes; /* words of saying, title cues */
} el_pipeline;

/* Load dictionaries from data_dir (NULL: $EVENTLINE_DATA or the build's
 * data/).  On failure writes a message into err. */
el_status pipeline_open(el_pipeline **out, const char *data_dir, char *err, size_t errlen);
void pipeline_close(el_pipeline *p);

/* Run every stage on a document whose text is already normalized. */
el_status pipeline_process(const el_pipeline *p, el_doc *doc);
#endif
