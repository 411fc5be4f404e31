/*
 * merge.h — one real-world event <- many mentions across articles.
 *
 * Works on stored event mentions (the read path: store -> merge -> report),
 * so that merging improves as the corpus grows without re-coding articles.
 * Two mentions are one event when they agree on negation and mood, on the
 * CAMEO root, on the dyad (countries, and person names where both give one;
 * either direction for reciprocal roots such as consult), and on the date:
 * the same day, or one date interval inside the other's, where a mention
 * dated only by its article (date_confidence < MERGE_FALLBACK_CONFIDENCE)
 * stands for "the week up to the article"; or, for an act of state against a
 * named person (roots 16, 17) recalled without a time, the same code and
 * trigger word dated in the year before the article.
 */
#ifndef EL_MERGE_H
#define EL_MERGE_H
#include "eventline.h"
#include "store/store.h"

#define MERGE_FALLBACK_CONFIDENCE 0.6
#define MERGE_FALLBACK_DAYS 7

typedef struct {
  size_t *members; /* indexes into the input array; members[0] is the anchor */
  size_t n;
} merge_cluster;

typedef struct {
  merge_cluster *v;
  size_t n;
} merge_result;

/* Cluster rows[0..n) into real-world events.  Clusters come out ordered by
 * their anchor's date, and members in input order.  The anchor is the member
 * with the finest, most confident date. */
el_status merge_events(const store_event_row *const *rows, size_t n, merge_result *out);
void merge_result_free(merge_result *r);

/* True when a and b may be mentions of one real-world event. */
bool merge_compatible(const store_event_row *a, const store_event_row *b);

/* Same person when both name one: equal, or the same last word ("Ruiz" /
 * "Ana Ruiz"); true when either is empty. */
bool merge_names_compatible(const char *a, const char *b);

/* Roots whose events are symmetric (a meeting of A and B is one of B and A). */
bool merge_root_is_reciprocal(const char *root);

/* Days since 1970-01-01 of an ISO date prefix (YYYY, YYYY-MM, YYYY-MM-DD,
 * with or without THH:MM); `end` picks the last day of a coarse prefix.
 * Returns false when s is not a date. */
bool merge_iso_days(const char *s, bool end, long *days);

/* Within one document: a mention without a date of its own takes the date
 * of the event it refers back to (merge_doc.c).  Runs after event dating. */
el_status merge_doc_events(el_doc *doc);

/* Add the members of the JSON object src_text (a mention's details_json) to
 * dst: arrays are unioned (conflicting values kept side by side), other
 * values kept from the first mention that had them.  Bad JSON is ignored. */
typedef struct json_t json_t;
void merge_details_union(json_t *dst, const char *src_text);
#endif
