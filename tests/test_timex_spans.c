/*
 * test_timex_spans.c — timex_tag_spans finds the same expressions as
 * timex_tag, with the same spans, types and values, and leaves the
 * intervals unset; timex_tag_each (what `eventline timex` calls) hands
 * over the same expressions one by one, and stops when told to.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
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

/* timex_tag_each's callback: copies each expression; fails once it has
 * stop_at of them */
typedef struct {
  el_timex_vec got;
  size_t stop_at;
} collected;

static int collect(void *ud, const el_timex *x) {
  collected *c = ud;
  if (c->got.n == c->stop_at) return -1;
  el_timex *y = EL_VEC_PUSH(c->got);
  if (!y) return -1;
  *y = *x;
  return 0;
}

static void test_each_matches_spans(void **state) {
  (void)state;
  /* longer than a 32 KB segment, so that the later segments' offsets are
   * checked too */
  const char *para =
      "The talks were held on Monday in Geneva, and a deal is expected by "
      "March 2027.\n\n";
  size_t pl = strlen(para), reps = 70000 / pl + 1;
  char *text = malloc(pl * reps + 1);
  assert_non_null(text);
  for (size_t r = 0; r < reps; r++) memcpy(text + r * pl, para, pl);
  text[pl * reps] = 0;
  size_t len = strlen(text);
  el_datetime dct;
  assert_int_equal(timex_parse_dct("2026-01-08", &dct), EL_OK);
  el_timex_vec spans = {0};
  assert_int_equal(timex_tag_spans(text, len, &dct, &spans), EL_OK);
  assert_int_equal(spans.n, 2 * reps);
  assert_true(spans.v[spans.n - 1].start > 64 * 1024);
  collected all = {.stop_at = (size_t)-1};
  assert_int_equal(timex_tag_each(text, len, &dct, NULL, collect, &all), EL_OK);
  assert_int_equal(all.got.n, spans.n);
  for (size_t i = 0; i < spans.n; i++) {
    assert_int_equal(all.got.v[i].start, spans.v[i].start);
    assert_int_equal(all.got.v[i].end, spans.v[i].end);
    assert_int_equal(all.got.v[i].type, spans.v[i].type);
    assert_string_equal(all.got.v[i].value, spans.v[i].value);
  }
  /* with scratch memory kept from call to call (as the CLI tags its
   * pieces): a short text, then the long one, then the short one again,
   * each as tagged alone */
  timex_scratch *scratch = timex_scratch_new();
  assert_non_null(scratch);
  const char *tail = "They met twice in 2025 and meet again next week.";
  for (int round = 0; round < 3; round++) {
    collected got = {.stop_at = (size_t)-1}, ref = {.stop_at = (size_t)-1};
    const char *t = round == 1 ? text : tail;
    size_t tl = strlen(t);
    assert_int_equal(timex_tag_each(t, tl, &dct, scratch, collect, &got), EL_OK);
    assert_int_equal(timex_tag_each(t, tl, &dct, NULL, collect, &ref), EL_OK);
    assert_true(got.got.n >= 2);
    assert_int_equal(got.got.n, ref.got.n);
    for (size_t i = 0; i < got.got.n; i++) {
      assert_int_equal(got.got.v[i].start, ref.got.v[i].start);
      assert_int_equal(got.got.v[i].end, ref.got.v[i].end);
      assert_string_equal(got.got.v[i].value, ref.got.v[i].value);
    }
    EL_VEC_FREE(got.got);
    EL_VEC_FREE(ref.got);
  }
  /* a callback that refuses the 5th: four handed over, then EL_ERR_IO */
  collected some = {.stop_at = 4};
  assert_int_equal(timex_tag_each(text, len, &dct, scratch, collect, &some), EL_ERR_IO);
  assert_int_equal(some.got.n, 4);
  assert_int_equal(timex_tag_each(NULL, 0, &dct, NULL, collect, &some), EL_ERR_ARG);
  assert_int_equal(timex_tag_each("x", 1, &dct, NULL, NULL, NULL), EL_ERR_ARG);
  free(text);
  EL_VEC_FREE(spans);
  EL_VEC_FREE(all.got);
  EL_VEC_FREE(some.got);
  timex_scratch_free(scratch);
  timex_scratch_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spans_match_tag),
      cmocka_unit_test(test_spans_bad_args),
      cmocka_unit_test(test_each_matches_spans),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
