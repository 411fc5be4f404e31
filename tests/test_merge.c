/* test_merge.c — clustering of event mentions into real-world events. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "merge/merge.h"

static store_event_row mk(const char *root, const char *sc, const char *sn, const char *tc,
                          const char *tn, const char *start, const char *end, double dconf) {
  store_event_row r;
  memset(&r, 0, sizeof r);
  r.root = root;
  r.cameo = root;
  r.source_country = sc;
  r.source_code = sc;
  r.source_name = sn;
  r.target_country = tc;
  r.target_code = tc;
  r.target_name = tn;
  r.date_start = start;
  r.date_end = end;
  r.date = start;
  r.date_confidence = dconf;
  r.mood = "fact";
  r.uid = "";
  r.doc_id = "";
  return r;
}

static size_t cluster_count(store_event_row *rows, size_t n) {
  const store_event_row *p[16];
  for (size_t i = 0; i < n; i++) p[i] = &rows[i];
  merge_result m;
  assert_int_equal(merge_events(p, n, &m), EL_OK);
  size_t k = m.n;
  merge_result_free(&m);
  return k;
}

static void test_iso_days(void **state) {
  (void)state;
  long a, b;
  assert_true(merge_iso_days("1970-01-01", false, &a));
  assert_int_equal(a, 0);
  assert_true(merge_iso_days("2024-02", true, &b));
  assert_true(merge_iso_days("2024-02-01", false, &a));
  assert_int_equal(b - a, 28); /* leap February has 29 days */
  assert_true(merge_iso_days("2025", true, &b));
  assert_true(merge_iso_days("2025-12-31", false, &a));
  assert_int_equal(a, b);
  assert_true(merge_iso_days("2026-02-03T11:00", false, &a));
  assert_true(merge_iso_days("2026-02-03", false, &b));
  assert_int_equal(a, b);
  assert_false(merge_iso_days("2025-13", false, &a));
  assert_false(merge_iso_days("2025-02-30", false, &a));
  assert_false(merge_iso_days("", false, &a));
  assert_false(merge_iso_days("PAST_REF", false, &a));
}

/* A call dated from the text (Jan 7) and a report of it dated only by its
 * article (Jan 8), coded in the other direction: one event. */
static void test_reciprocal_call_with_article_dated_report(void **state) {
  (void)state;
  store_event_row r[2] = {
      mk("04", "USA", "Alice Smith", "FRA", "Jean Roux", "2026-01-07", "2026-01-07", 0.85),
      mk("04", "FRA", "Roux", "USA", "Smith", "2026-01-08", "2026-01-08", 0.5)};
  assert_int_equal(cluster_count(r, 2), 1);
  const store_event_row *p[2] = {&r[1], &r[0]};
  merge_result m;
  assert_int_equal(merge_events(p, 2, &m), EL_OK);
  assert_int_equal(m.n, 1);
  assert_int_equal(m.v[0].n, 2);
  assert_int_equal(m.v[0].members[0], 1); /* the text-dated mention anchors */
  merge_result_free(&m);
}

/* Same day, same countries, different people: two calls. */
static void test_different_people_stay_apart(void **state) {
  (void)state;
  store_event_row r[2] = {
      mk("04", "FRA", "Jean Roux", "USA", "Alice Smith", "2022-06-20", "2022-06-20", 0.85),
      mk("04", "FRA", "Jean Roux", "USA", "Bob Jones", "2022-06-20", "2022-06-20", 0.85)};
  assert_int_equal(cluster_count(r, 2), 2);
}

/* An accusation is directed: A accuses B and B accuses A are two events. */
static void test_directed_roots_keep_direction(void **state) {
  (void)state;
  store_event_row r[2] = {mk("11", "USA", "", "FRA", "", "2026-01-04", "2026-01-04", 0.85),
                          mk("11", "FRA", "", "USA", "", "2026-01-04", "2026-01-04", 0.85)};
  assert_int_equal(cluster_count(r, 2), 2);
  r[1] = mk("11", "USA", "", "FRA", "", "2026-01-04", "2026-01-04", 0.85);
  assert_int_equal(cluster_count(r, 2), 1);
}

static void test_dates(void **state) {
  (void)state;
  /* two different days */
  store_event_row r[2] = {mk("16", "USA", "", "FRA", "", "2026-01-04", "2026-01-04", 0.85),
                          mk("16", "USA", "", "FRA", "", "2026-01-05", "2026-01-05", 0.85)};
  assert_int_equal(cluster_count(r, 2), 2);
  /* a day inside a season */
  r[0] = mk("16", "USA", "", "FRA", "", "2025-09-01", "2025-11-30", 0.85);
  r[1] = mk("16", "USA", "", "FRA", "", "2025-10-15", "2025-10-15", 0.85);
  assert_int_equal(cluster_count(r, 2), 1);
  /* a year and a month in it: neither pins a day, keep apart */
  r[0] = mk("16", "USA", "", "FRA", "", "2025-01-01", "2025-12-31", 0.85);
  r[1] = mk("16", "USA", "", "FRA", "", "2025-09-01", "2025-09-30", 0.85);
  assert_int_equal(cluster_count(r, 2), 2);
  /* an article-dated report more than a week after the day */
  r[0] = mk("16", "USA", "", "FRA", "", "2026-01-01", "2026-01-01", 0.85);
  r[1] = mk("16", "USA", "", "FRA", "", "2026-01-20", "2026-01-20", 0.5);
  assert_int_equal(cluster_count(r, 2), 2);
}

static void test_negation_and_root_split(void **state) {
  (void)state;
  store_event_row r[3] = {mk("04", "USA", "", "FRA", "", "2026-01-04", "2026-01-04", 0.85),
                          mk("04", "USA", "", "FRA", "", "2026-01-04", "2026-01-04", 0.85),
                          mk("05", "USA", "", "FRA", "", "2026-01-04", "2026-01-04", 0.85)};
  r[1].negated = true;
  assert_int_equal(cluster_count(r, 3), 3);
}

/* Clusters come out by date; an empty input gives no cluster. */
/* A visa revocation recalled without a time joins the one dated in the
 * year before the article, not another sanction on that person, nor one
 * dated after the article or more than a year before it. */
static void test_recalled_act(void **state) {
  (void)state;
  store_event_row r[4];
  r[0] = mk("16", "USA", NULL, "COL", "Gustavo Petro", "2025-09-01", "2025-09-30", 0.85);
  r[1] = mk("16", "USA", NULL, "COL", "Gustavo Petro", "2026-02-04", "2026-02-04", 0.5);
  r[2] = mk("16", "USA", NULL, "COL", "Gustavo Petro", "2025-09-01", "2025-11-30", 0.85);
  for (int i = 0; i < 3; i++) r[i].cameo = "163";
  r[0].trigger_text = "revocation";
  r[1].trigger_text = "revocation";
  r[2].trigger_text = "imposed";
  assert_true(merge_compatible(&r[0], &r[1]));
  assert_false(merge_compatible(&r[2], &r[1]));
  assert_int_equal(cluster_count(r, 3), 2);
  /* dated more than a year before the article: another revocation */
  r[3] = mk("16", "USA", NULL, "COL", "Gustavo Petro", "2024-09-01", "2024-09-30", 0.85);
  r[3].cameo = "163";
  r[3].trigger_text = "revocation";
  assert_false(merge_compatible(&r[3], &r[1]));
  /* no person named: no recall */
  r[0].target_name = NULL;
  r[1].target_name = NULL;
  assert_false(merge_compatible(&r[0], &r[1]));
}

static void test_order_and_empty(void **state) {
  (void)state;
  store_event_row r[3] = {mk("04", "USA", "", "FRA", "", "2026-03-01", "2026-03-01", 0.85),
                          mk("11", "USA", "", "FRA", "", "2026-01-01", "2026-01-01", 0.85),
                          mk("04", "FRA", "", "USA", "", "2026-03-01", "2026-03-01", 0.85)};
  const store_event_row *p[3] = {&r[0], &r[1], &r[2]};
  merge_result m;
  assert_int_equal(merge_events(p, 3, &m), EL_OK);
  assert_int_equal(m.n, 2);
  assert_int_equal(m.v[0].members[0], 1);
  assert_int_equal(m.v[1].n, 2);
  merge_result_free(&m);
  assert_int_equal(merge_events(p, 0, &m), EL_OK);
  assert_int_equal(m.n, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_iso_days),
      cmocka_unit_test(test_reciprocal_call_with_article_dated_report),
      cmocka_unit_test(test_different_people_stay_apart),
      cmocka_unit_test(test_directed_roots_keep_direction),
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_negation_and_root_split),
      cmocka_unit_test(test_recalled_act),
      cmocka_unit_test(test_order_and_empty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
