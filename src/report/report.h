/*
 * report.h — the answers to "what happened between A and B, day by day,
 * with the evidence": a text timeline and a self-contained HTML+SVG report.
 * Reads merged events (store -> merge) and quotes; never writes the store.
 */
#ifndef EL_REPORT_H
#define EL_REPORT_H
#include <stdio.h>

#include "events/events.h"
#include "merge/merge.h"
#include "store/store_rows.h"

typedef struct {
  const char *a, *b;        /* the two sides: country code, actor code or name */
  const char *from, *to;    /* date bounds, ISO prefixes; NULL = open */
  const cameo_codebook *cb; /* CAMEO names; NULL = codes only */
} report_query;

/* Merged events of the dyad, oldest first. */
typedef struct {
  store_event_list rows;
  merge_result clusters;
  store_quote_list quotes; /* said by either side, within the events' dates */
  size_t documents;        /* distinct articles behind the events */
} report_data;

el_status report_collect(el_store *s, const report_query *q, report_data *out);
void report_data_free(report_data *d);

/* The cluster's display row: its most frequent CAMEO code among the members
 * that carry names where any does.  Returns an index into d->rows.v. */
size_t report_cluster_display(const report_data *d, const merge_cluster *c);

/* The heading of an event's day: its date ("undated" if none), a season or a
 * quarter by name ("autumn 2025", "2025 Q4") in buf (>= 24 bytes). */
const char *report_date_label(const store_event_row *r, char *buf, size_t len);

/* Is member i of c the first one from its (article, sentence)?  Reciprocal
 * events are coded in both directions from one sentence: one report. */
bool report_member_is_first_report(const report_data *d, const merge_cluster *c, size_t i);
/* Distinct reports (article, sentence) and distinct articles of a cluster. */
size_t report_cluster_reports(const report_data *d, const merge_cluster *c);
size_t report_cluster_docs(const report_data *d, const merge_cluster *c);

el_status report_timeline(const report_data *d, const report_query *q, FILE *out);
el_status report_html(const report_data *d, const report_query *q, FILE *out);

/* Write s HTML-escaped (text and attribute safe: & < > " '). */
void report_html_escape(FILE *out, const char *s);
#endif
