/* test_report.c — timeline text and HTML report rendering, escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

static store_event_row ev(const char *date, const char *sc, const char *sn, const char *tc,
                          const char *tn, const char *cameo, const char *root, int quad, double gs,
                          const char *sentence, const char *doc) {
  store_event_row r;
  memset(&r, 0, sizeof r);
  r.uid = "u";
  r.doc_id = doc;
  r.sentence_text = sentence;
  r.cameo = cameo;
  r.root = root;
  r.plover = "";
  r.quad_class = quad;
  r.goldstein = gs;
  r.source_code = sc;
  r.source_country = sc;
  r.source_name = sn;
  r.target_code = tc;
  r.target_country = tc;
  r.target_name = tn;
  r.mood = "fact";
  r.pattern_id = "";
  r.trigger_text = "";
  r.date = date;
  r.date_precision = "day";
  r.date_start = date;
  r.date_end = date;
  r.date_confidence = 0.85;
  r.details_json = "";
  return r;
}

/* Build report_data from rows as report_collect would (without a store). */
static void make_data(report_data *d, store_event_row *rows, size_t n, store_quote_row *quotes,
                      size_t nq) {
  memset(d, 0, sizeof *d);
  for (size_t i = 0; i < n; i++) assert_int_equal(store_event_list_add(&d->rows, &rows[i]), EL_OK);
  for (size_t i = 0; i < nq; i++)
    assert_int_equal(store_quote_list_add(&d->quotes, &quotes[i]), EL_OK);
  assert_int_equal(merge_events((const store_event_row *const *)d->rows.v, d->rows.n, &d->clusters),
                   EL_OK);
  d->documents = 2;
}

/* noinline: GCC 12 -O2 reports a false dangling pointer into open_memstream's buffer. */
__attribute__((noinline)) static char *render(const report_data *d, const report_query *q,
                                              bool html) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(html ? report_html(d, q, f) : report_timeline(d, q, f), EL_OK);
  fclose(f);
  return buf;
}

static int count_occurrences(const char *hay, const char *needle) {
  int n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
  return n;
}

static const char *EVIL = "<script>alert(1)</script>\" onmouseover=\"x()' <img src=x>";

static void test_html_escapes_everything(void **state) {
  (void)state;
  store_event_row rows[2] = {
      ev("2026-01-07", "USA", EVIL, "FRA", "Jean Roux", "041", "04", 1, 1.0, EVIL, EVIL),
      ev("2026-01-07", "FRA", "Roux", "USA", EVIL, "040", "04", 1, 1.0, "A call.", "d2")};
  store_quote_row q = {.doc_id = EVIL,
                       .text = EVIL,
                       .speaker_name = EVIL,
                       .speaker_code = "USA",
                       .cue = "",
                       .date = "2026-01-07"};
  report_data d;
  make_data(&d, rows, 2, &q, 1);
  report_query rq = {.a = EVIL, .b = "FRA"};
  char *html = render(&d, &rq, true);
  assert_null(strstr(html, "<script"));
  assert_null(strstr(html, "<img"));
  assert_null(strstr(html, "\" onmouseover"));
  assert_null(strstr(html, "' <img"));
  assert_non_null(
      strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x()&#39;"));
  /* self-contained: no external resources, scripts forbidden by CSP */
  assert_null(strstr(html, "src=\"http"));
  assert_null(strstr(html, "href=\"http"));
  assert_non_null(strstr(html, "default-src 'none'"));
  assert_non_null(strstr(html, "<svg"));
  /* the two reports of one call are one event with 2 reports */
  assert_non_null(strstr(html, "<b>1</b>events"));
  assert_non_null(strstr(html, "2 reports in 2 articles"));
  free(html);
  report_data_free(&d);
}

/* A season or a quarter is headed by name, with its range; a day by its date.
 * A year and a season of it share the cut date "2025" but not a heading. */
static void test_coarse_dates_named(void **state) {
  (void)state;
  store_event_row rows[4] = {ev("2025", "USA", "Alice Smith", "FRA", "Jean Roux", "163", "16", 4,
                                -8.0, "Last autumn, Smith sanctioned Roux.", "d1"),
                             ev("2024", "FRA", "Jean Roux", "USA", "Alice Smith", "111", "11", 3,
                                -2.0, "Roux criticized Smith in the fourth quarter of 2024.", "d2"),
                             ev("2026-01-07", "USA", "Alice Smith", "FRA", "Jean Roux", "040", "04",
                                1, 1.0, "Smith met Roux on Wednesday.", "d1"),
                             ev("2025", "USA", "Alice Smith", "FRA", "Jean Roux", "112", "11", 3,
                                -2.0, "At the end of 2025, Smith accused Roux.", "d3")};
  rows[3].date_precision = "year";
  rows[3].date_start = "2025-01-01";
  rows[3].date_end = "2025-12-31";
  rows[0].date_precision = "season";
  rows[0].date_start = "2025-09-01";
  rows[0].date_end = "2025-11-30";
  rows[1].date_precision = "quarter";
  rows[1].date_start = "2024-10-01";
  rows[1].date_end = "2024-12-31";
  report_data d;
  make_data(&d, rows, 4, NULL, 0);
  report_query rq = {.a = "USA", .b = "FRA"};
  char *html = render(&d, &rq, true);
  assert_non_null(strstr(html, "<h3>2025 <span class=\"meta\">(year)"));
  assert_non_null(
      strstr(html, "<h3>autumn 2025 <span class=\"meta\">(season, 2025-09-01 to 2025-11-30)"));
  assert_non_null(
      strstr(html, "<h3>2024 Q4 <span class=\"meta\">(quarter, 2024-10-01 to 2024-12-31)"));
  assert_non_null(strstr(html, "<h3>2026-01-07</h3>"));
  free(html);
  char *t = render(&d, &rq, false);
  assert_non_null(strstr(t, "\nautumn 2025\n"));
  assert_non_null(strstr(t, "\n2025\n"));
  assert_non_null(strstr(t, "\n2024 Q4\n"));
  assert_non_null(strstr(t, "\n2026-01-07\n"));
  free(t);
  report_data_free(&d);
}

static void test_timeline_day_by_day(void **state) {
  (void)state;
  store_event_row rows[3] = {ev("2026-02-03", "USA", "Alice Smith", "FRA", "Jean Roux", "040", "04",
                                1, 1.0, "Smith met Roux at the palace.", "d1"),
                             ev("2026-01-04", "USA", "Alice Smith", "FRA", "Jean Roux", "112", "11",
                                3, -2.0, "Smith accused Roux of lying.", "d1"),
                             ev("2026-02-03", "FRA", "Roux", "USA", "Smith", "043", "04", 1, 2.8,
                                "Roux visited Smith.", "d2")};
  report_data d;
  make_data(&d, rows, 3, NULL, 0);
  report_query rq = {.a = "USA", .b = "FRA"};
  char *t = render(&d, &rq, false);
  assert_non_null(strstr(t, "USA - FRA: 2 events from 3 mentions in 2 articles"));
  char *jan = strstr(t, "\n2026-01-04\n"), *feb = strstr(t, "\n2026-02-03\n");
  assert_non_null(jan);
  assert_non_null(feb);
  assert_true(jan < feb); /* oldest first */
  assert_non_null(strstr(t, "USA Alice Smith -> FRA Jean Roux  [112"));
  assert_non_null(strstr(t, "2 reports, 2 articles"));
  assert_non_null(strstr(t, "\"Smith accused Roux of lying.\" (d1)"));
  free(t);
  report_data_free(&d);
}

/* Conflicting details of one event stay side by side, each once. */
static void test_details_union(void **state) {
  (void)state;
  store_event_row rows[3] = {ev("2026-01-07", "USA", "Alice Smith", "FRA", "Jean Roux", "041", "04",
                                1, 1.0, "They spoke for 35 minutes.", "d1"),
                             ev("2026-01-07", "FRA", "Roux", "USA", "Smith", "041", "04", 1, 1.0,
                                "The call lasted an hour.", "d2"),
                             ev("2026-01-07", "USA", "Smith", "FRA", "Roux", "040", "04", 1, 1.0,
                                "About 35 minutes, officials said.", "d3")};
  rows[0].details_json = "{\"duration\":[\"PT35M\"]}";
  rows[1].details_json = "{\"duration\":[\"PT1H\"]}";
  rows[2].details_json = "{\"duration\":[\"PT35M\"],\"implied_source\":\"phrase\"}";
  report_data d;
  make_data(&d, rows, 3, NULL, 0);
  report_query rq = {.a = "USA", .b = "FRA"};
  char *html = render(&d, &rq, true);
  /* both lengths, each once, as a reader writes them */
  assert_non_null(strstr(html, " · lasted 35 min / 1 h"));
  assert_int_equal(count_occurrences(html, " · lasted "), 1); /* printed once per event */
  assert_non_null(strstr(html, " · agent implied (phrase)"));
  free(html);
  report_data_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_html_escapes_everything),
      cmocka_unit_test(test_timeline_day_by_day),
      cmocka_unit_test(test_coarse_dates_named),
      cmocka_unit_test(test_details_union),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
