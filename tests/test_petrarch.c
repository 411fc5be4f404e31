/*
 * test_petrarch.c — PETRARCH conformance floor: runs tools/petr_eval (the
 * PETRARCH2 unit-test records with the PETR.Validate.* dictionaries through
 * text -> actors -> events) and checks the share of records coded exactly
 * right stays above a floor, so regressions fail.  Skipped when the shared
 * evaluation data or the tool is missing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

/* Floor below the measured share (see the events report); raise it as the
 * coder improves. */
#define PETR_FLOOR_PERCENT 90.8 /* measured 90.8% (2026-12-03); 85.2% before */

static void test_petr_share(void **state) {
  (void)state;
  char tool[4096], cmd[8192];
  snprintf(tool, sizeof tool, "%s", EL_BINARY);
  char *slash = strrchr(tool, '/');
  if (!slash) skip();
  snprintf(slash + 1, sizeof tool - (size_t)(slash + 1 - tool), "petr_eval");
  if (access(tool, X_OK) != 0 ||
      access(EL_SHARED_DIR "/eval/petrarch/PETR.UnitTest.records.xml", R_OK) != 0)
    skip();
  snprintf(cmd, sizeof cmd, "'%s' '%s/eval/petrarch'", tool, EL_SHARED_DIR);
  FILE *p = popen(cmd, "r");
  assert_non_null(p);
  char line[512];
  double share = -1;
  int exact = 0, total = 0;
  long mentions = -1;
  while (fgets(line, sizeof line, p))
    if (sscanf(line, "actor mentions: %ld", &mentions) == 1)
      continue;
    else if (sscanf(line, "petr exact: %d/%d = %lf%%", &exact, &total, &share) == 3)
      break;
  while (fgets(line, sizeof line, p)) {
  }
  int rc = pclose(p);
  assert_int_equal(rc, 0);
  fprintf(stderr, "PETR records exactly right: %d/%d = %.1f%%\n", exact, total, share);
  assert_true(total > 250);
  if (mentions == 0) skip(); /* no actor stage in this build: nothing to measure */
  assert_true(share >= PETR_FLOOR_PERCENT);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_petr_share)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
