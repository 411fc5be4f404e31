/*
 * timex.h — the time stage: find TIMEX3 expressions (DATE, TIME, DURATION,
 * SET) and resolve them against the document creation time (DCT); infer a
 * DCT when metadata lacks one; date each event by the expression that
 * governs it.
 */
#ifndef EL_TIMEX_H
#define EL_TIMEX_H
#include "eventline.h"

/* Parse "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" strictly (valid calendar date).
 * EL_ERR_ARG if malformed.  Unset fields become -1. */
el_status timex_parse_dct(const char *s, el_datetime *out);

/* Tag text[0..len) (UTF-8).  dct may be NULL (values stay unanchored, e.g.
 * "XXXX-01-07").  Appends to *out (an EL_VEC(el_timex)); sentence = -1. */
typedef EL_VEC(el_timex) el_timex_vec;
el_status timex_tag(const char *text, size_t len, const el_datetime *dct, el_timex_vec *out);

/* timex_tag without the intervals: precision stays EL_PREC_UNKNOWN and
 * range_start/range_end empty, for callers that need only the spans,
 * types and values (the intervals cost ~2% of `eventline timex`). */
el_status timex_tag_spans(const char *text, size_t len, const el_datetime *dct, el_timex_vec *out);

/* Memory timex_tag_each may keep from one call to the next (its token
 * arrays), so that a caller tagging a stream piece by piece does not
 * allocate and free them for every piece (whose changing sizes also
 * fragmented the heap).  timex_scratch_new returns NULL if out of memory. */
typedef struct timex_scratch timex_scratch;
timex_scratch *timex_scratch_new(void);
void timex_scratch_free(timex_scratch *s);

/* timex_tag_spans handing each expression to fn(ud, x) as it is found, in
 * text order, instead of collecting them (no vector to grow and zero: the
 * CLI prints each line at once).  scratch may be NULL (memory of the
 * call's own).  x is valid during the call only; its value is
 * NUL-terminated, the bytes after the NUL are unspecified.  A non-zero
 * return from fn stops the tagging: EL_ERR_IO. */
typedef int (*timex_each_fn)(void *ud, const el_timex *x);
el_status timex_tag_each(const char *text, size_t len, const el_datetime *dct,
                         timex_scratch *scratch, timex_each_fn fn, void *ud);

/* Tag doc->text (skipping doc->skip) with doc->published as DCT; fills
 * doc->timexes with sentence indexes. */
el_status timex_tag_doc(el_doc *doc);

/* Infer a publication date from the text when metadata has none: header
 * line, dateline ("Washington, D.C., January 8:" + year from content),
 * embedded dated item ("June 21, 2022").  On success writes YYYY-MM-DD to
 * out, sets *origin ("header","dateline","embedded") and *confidence.
 * EL_ERR_NOTFOUND when nothing reliable is found (never guesses). */
el_status timex_infer_dct(const char *text, size_t len, char out[17], const char **origin,
                          double *confidence);

/* Date every event in doc->events from the governing time expression
 * (same clause/sentence, else nearest valid one in the paragraph), else the
 * DCT with precision "day" and lower confidence; or unknown when there is no
 * DCT.  Also puts event durations ("lasted more than two hours") into
 * details_json. */
el_status timex_date_events(el_doc *doc);

/* Date every quotation: a day or time expression of its sentence outside
 * any quotation ("\"...,\" she told reporters on Monday"), else the DCT,
 * else "" (the store then falls back to an event of the sentence). */
el_status timex_date_quotes(el_doc *doc);

/* Date ev from another act's day: ev lies lo..hi days (0 <= lo <= hi)
 * before (dir = -1) or after (dir = +1) anchor ("days after the call").
 * One day when lo == hi; else the ISO week (span up to a week) or month of
 * the span's middle, with date_start/date_end the span itself.  The timex
 * of the anchor is kept as ev's.  latest (YYYY-MM-DD or NULL), for an act
 * told as past, cuts the span there: it cannot end after the article.
 * EL_ERR_NOTFOUND when the anchor is not dated to a day or the span starts
 * after latest; ev is then unchanged. */
el_status timex_date_from_anchor(el_event *ev, const el_event *anchor, int dir, int lo, int hi,
                                 const char *latest, double confidence);

/* Write the JSON line of x ({"start":N,"end":N,"text":"...","type":"...",
 * "value":"..."} + '\n'; offsets + base; text is the tagged text) into
 * buf, byte-identical to jansson's compact dump (invalid UTF-8 in the span
 * becomes U+FFFD).  Returns the length; 0 if cap is less than the longest
 * such a line could be (every string byte escaped, 6 bytes each). */
size_t timex_json_record(char *buf, size_t cap, const char *text, const el_timex *x, size_t base);
#endif
