/*
 * test_timex_spans.c — timex_tag_spans (what `eventline timex` calls) finds
 * the same expressions as timex_tag, with the same spans, types and values,
 * and leaves the intervals unset.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "time/timex.h"

static void test_spans_match_tag(void **state) {
  (void)state;
  const char *text =
      "The talks were held on Monday in Geneva, and a deal is expected by March 2027. "
      "The two sides met twice in 2025 and will meet again next week for three days.";
  el_datetime dct;
  assert_int_equal(timex_parse_dct("2026-01-08", &dct), EL_OK);
  el_timex_vec full = {0}, spans = {0};
  assert_int_equal(timex_tag(text, strlen(text), &dct, &full), EL_OK);
  assert_int_equal(timex_tag_spans(text, strlen(text), &dct, &spans), EL_OK);
  assert_true(full.n >= 4);
  assert_int_equal(spans.n, full.n);
  int month_seen = 0;
  for (size_t i = 0; i < full.n; i++) {
    const el_timex *a = &full.v[i], *b = &spans.v[i];
    assert_int_equal(a->start, b->start);
    assert_int_equal(a->end, b->end);
    assert_int_equal(a->type, b->type);
    assert_string_equal(a->value, b->value);
    assert_int_equal(b->precision, EL_PREC_UNKNOWN);
    assert_string_equal(b->range_start, "");
    assert_string_equal(b->range_end, "");
    /* "March 2027": the whole month, from timex_tag only */
    if (strcmp(a->value, "2027-03") == 0) {
      month_seen = 1;
      assert_int_equal(a->precision, EL_PREC_MONTH);
      assert_string_equal(a->range_start, "2027-03-01");
      assert_string_equal(a->range_end, "2027-03-31");
    }
  }
  assert_true(month_seen);
  EL_VEC_FREE(full);
  EL_VEC_FREE(spans);
}

static void test_spans_bad_args(void **state) {
  (void)state;
  el_timex_vec v = {0};
  assert_int_equal(timex_tag_spans(NULL, 0, NULL, &v), EL_ERR_ARG);
  assert_int_equal(timex_tag_spans("x", 1, NULL, NULL), EL_ERR_ARG);
  assert_int_equal(timex_tag_spans("", 0, NULL, &v), EL_OK);
  assert_int_equal(v.n, 0);
  EL_VEC_FREE(v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spans_match_tag),
      cmocka_unit_test(test_spans_bad_args),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
