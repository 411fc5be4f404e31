/* test_html_depth.c — capping HTML nesting before libxml2 parses it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc_internal.h"

static size_t count(const char *s, const char *needle) {
  size_t n = 0;
  for (const char *p = s; (p = strstr(p, needle)) != NULL; p++) n++;
  return n;
}

static char *repeat(const char *head, size_t times, const char *middle, const char *tail) {
  size_t hl = strlen(head), ml = strlen(middle), tl = strlen(tail);
  char *s = malloc(times * (hl + tl) + ml + 1), *p = s;
  assert_non_null(s);
  for (size_t i = 0; i < times; i++, p += hl) memcpy(p, head, hl);
  memcpy(p, middle, ml);
  p += ml;
  for (size_t i = 0; i < times; i++, p += tl) memcpy(p, tail, tl);
  *p = '\0';
  return s;
}

static void test_shallow_page_untouched(void **state) {
  (void)state;
  const char *page = "<html><body><div><p>Text <br> more<img src=x/></p></div></body></html>";
  char *out;
  size_t n;
  assert_int_equal(html_cap_depth(page, strlen(page), 4, &out, &n), EL_OK);
  assert_null(out); /* html, body, div, p: depth 4, br and img are void */
}

static void test_deep_page_keeps_text_and_cap(void **state) {
  (void)state;
  char *page = repeat("<div>", 2000, "hello world", "</div>");
  char *out;
  size_t n;
  assert_int_equal(html_cap_depth(page, strlen(page), 512, &out, &n), EL_OK);
  assert_non_null(out);
  assert_int_equal(strlen(out), n);
  assert_int_equal(count(out, "<div>"), 512);
  assert_int_equal(count(out, "</div>"), 512);
  assert_non_null(strstr(out, "<div>hello world</div>"));
  free(out);
  free(page);
}

static void test_scripts_and_comments_are_not_markup(void **state) {
  (void)state;
  const char *page =
      "<div><script>var s = '<div><div><div><div>';</script><!-- <div><div><div> -->"
      "<p>ok</p></div>";
  char *out;
  size_t n;
  assert_int_equal(html_cap_depth(page, strlen(page), 2, &out, &n), EL_OK);
  assert_null(out); /* div > p: depth 2; script and comment content ignored */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_shallow_page_untouched),
      cmocka_unit_test(test_deep_page_keeps_text_and_cap),
      cmocka_unit_test(test_scripts_and_comments_are_not_markup),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
