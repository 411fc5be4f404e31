/*
 * report_collect.c — gathers what a report shows: the dyad's event mentions
 * merged into real-world events, and the quotes of either side.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "report/report.h"

/* ASCII case-insensitive substring test (strcasestr is not in C11/POSIX). */
static bool contains_nocase(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; hay++)
    if (strncasecmp(hay, needle, n) == 0) return true;
  return n == 0;
}

/* Does an actor code/country/name match a side given by the user? */
static bool side_matches(const char *want, const char *code, const char *country,
                         const char *name) {
  if (!want || !*want) return true;
  size_t n = strlen(want);
  if (strcasecmp(want, country) == 0 || strncasecmp(want, code, n) == 0) return true;
  return name && *name && contains_nocase(name, want);
}

el_status report_collect(el_store *s, const report_query *q, report_data *out) {
  memset(out, 0, sizeof *out);
  store_event_filter f = {.dyad_a = q->a, .dyad_b = q->b, .from = q->from, .to = q->to};
  el_status st = store_each_event(s, &f, store_event_list_add, &out->rows);
  if (st == EL_OK)
    st = merge_events((const store_event_row *const *)out->rows.v, out->rows.n, &out->clusters);
  if (st != EL_OK) {
    report_data_free(out);
    return st;
  }
  /* distinct articles */
  for (size_t i = 0; i < out->rows.n; i++) {
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++)
      seen = strcmp(out->rows.v[i]->doc_id, out->rows.v[j]->doc_id) == 0;
    if (!seen) out->documents++;
  }
  /* quotes of either side, in the events' date range unless one was given */
  const char *from = q->from, *to = q->to;
  if (out->rows.n && !from) from = out->rows.v[0]->date_start;
  store_quote_list all = {0};
  store_quote_filter qf = {.from = from, .to = to};
  st = store_each_quote(s, &qf, store_quote_list_add, &all);
  if (st != EL_OK) {
    store_quote_list_free(&all);
    report_data_free(out);
    return st;
  }
  for (size_t i = 0; i < all.n; i++) {
    store_quote_row *r = all.v[i];
    const char *country = r->speaker_code; /* CAMEO codes start with the country */
    char cc[4] = "";
    if (strlen(country) >= 3) memcpy(cc, country, 3);
    bool keep = *r->speaker_name && (side_matches(q->a, r->speaker_code, cc, r->speaker_name) ||
                                     side_matches(q->b, r->speaker_code, cc, r->speaker_name));
    if (keep && store_quote_list_add(&out->quotes, r) != EL_OK) {
      store_quote_list_free(&all);
      report_data_free(out);
      return EL_ERR_NOMEM;
    }
  }
  store_quote_list_free(&all);
  return EL_OK;
}

void report_data_free(report_data *d) {
  merge_result_free(&d->clusters);
  store_event_list_free(&d->rows);
  store_quote_list_free(&d->quotes);
}

size_t report_cluster_display(const report_data *d, const merge_cluster *c) {
  size_t best = c->members[0];
  size_t best_votes = 0;
  for (size_t i = 0; i < c->n; i++) {
    const store_event_row *r = d->rows.v[c->members[i]];
    size_t votes = 0;
    for (size_t j = 0; j < c->n; j++)
      votes += strcmp(d->rows.v[c->members[j]]->cameo, r->cameo) == 0;
    /* named actors and the anchor's date break ties */
    votes = votes * 4 + (*r->source_name ? 1 : 0) + (*r->target_name ? 1 : 0) + (i == 0);
    if (votes > best_votes) {
      best_votes = votes;
      best = c->members[i];
    }
  }
  return best;
}

bool report_member_is_first_report(const report_data *d, const merge_cluster *c, size_t i) {
  const store_event_row *r = d->rows.v[c->members[i]];
  for (size_t j = 0; j < i; j++) {
    const store_event_row *o = d->rows.v[c->members[j]];
    if (o->sentence == r->sentence && strcmp(o->doc_id, r->doc_id) == 0) return false;
  }
  return true;
}

size_t report_cluster_reports(const report_data *d, const merge_cluster *c) {
  size_t n = 0;
  for (size_t i = 0; i < c->n; i++) n += report_member_is_first_report(d, c, i);
  return n;
}

size_t report_cluster_docs(const report_data *d, const merge_cluster *c) {
  size_t docs = 0;
  for (size_t i = 0; i < c->n; i++) {
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++)
      seen = !strcmp(d->rows.v[c->members[i]]->doc_id, d->rows.v[c->members[j]]->doc_id);
    docs += !seen;
  }
  return docs;
}

/* A day's heading: the event's date, but a season or a quarter by name
 * ("autumn 2025", "2025 Q4"), which the cut ISO date ("2025") does not say. */
const char *report_date_label(const store_event_row *r, char *buf, size_t len) {
  const char *date = *r->date ? r->date : "undated";
  static const char *const season_of_month[] = {"winter", "winter", "spring", "spring",
                                                "spring", "summer", "summer", "summer",
                                                "autumn", "autumn", "autumn", "winter"};
  int y, m;
  if (sscanf(r->date_start, "%4d-%2d", &y, &m) != 2 || m < 1 || m > 12) return date;
  if (strcmp(r->date_precision, "season") == 0) {
    snprintf(buf, len, "%s %d", season_of_month[m - 1], y);
    return buf;
  }
  if (strcmp(r->date_precision, "quarter") == 0) {
    snprintf(buf, len, "%d Q%d", y, (m - 1) / 3 + 1);
    return buf;
  }
  return date;
}
