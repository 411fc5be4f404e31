/*
 * test_fuzz_regress.c — replays every fuzzing input kept in the repository
 * through the same harness code the fuzzers run (fuzz/fuzz_*.c, included
 * here with their entry points renamed): the seed corpora fuzz/corpus/<h>/
 * and the crash reproducers tests/data/regress/<h>/.  Runs in the normal
 * build and under ASan+UBSan (scripts/sanitize.sh), so a fixed crash stays
 * fixed without clang or libFuzzer.  A broken invariant traps.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#define LLVMFuzzerTestOneInput fuzz_plain_one
#include "../fuzz/fuzz_plain.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_jsonl_one
#include "../fuzz/fuzz_jsonl.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_html_one
#include "../fuzz/fuzz_html.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_text_one
#include "../fuzz/fuzz_text.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_timex_one
#include "../fuzz/fuzz_timex.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_quotes_one
#include "../fuzz/fuzz_quotes.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_pipeline_one
#define LLVMFuzzerInitialize fuzz_pipeline_init
#include "../fuzz/fuzz_pipeline.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_dict_one
#define LLVMFuzzerInitialize fuzz_dict_init
#include "../fuzz/fuzz_dict.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize

typedef int (*harness_fn)(const uint8_t *, size_t);

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run fn on every regular file in dir (sorted); returns how many ran. */
static int replay_dir(const char *dir, harness_fn fn) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      names = realloc(names, cap * sizeof *names);
      assert_non_null(names);
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_str);
  int ran = 0;
  for (size_t i = 0; i < n; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
      FILE *f = fopen(path, "rb");
      assert_non_null(f);
      uint8_t *buf = malloc((size_t)st.st_size + 1);
      assert_non_null(buf);
      size_t got = fread(buf, 1, (size_t)st.st_size, f);
      fclose(f);
      fprintf(stderr, "replay %s (%zu bytes)\n", path, got);
      fn(buf, got);
      free(buf);
      ran++;
    }
    free(names[i]);
  }
  free(names);
  return ran;
}

static void replay(const char *harness, harness_fn fn, bool need_seeds) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/fuzz/corpus/%s", EL_SOURCE_DIR, harness);
  int seeds = replay_dir(dir, fn);
  if (need_seeds) assert_true(seeds > 0);
  snprintf(dir, sizeof dir, "%s/tests/data/regress/%s", EL_SOURCE_DIR, harness);
  replay_dir(dir, fn);
}

static void test_plain(void **state) {
  (void)state;
  replay("fuzz_plain", fuzz_plain_one, true);
}
static void test_jsonl(void **state) {
  (void)state;
  replay("fuzz_jsonl", fuzz_jsonl_one, true);
}
static void test_html(void **state) {
  (void)state;
  replay("fuzz_html", fuzz_html_one, true);
}
static void test_text(void **state) {
  (void)state;
  replay("fuzz_text", fuzz_text_one, true);
}
static void test_timex(void **state) {
  (void)state;
  replay("fuzz_timex", fuzz_timex_one, true);
}
static void test_quotes(void **state) {
  (void)state;
  replay("fuzz_quotes", fuzz_quotes_one, true);
}
static void test_pipeline(void **state) {
  (void)state;
  fuzz_pipeline_init(NULL, NULL);
  replay("fuzz_pipeline", fuzz_pipeline_one, true);
  pipeline_close(pipe_once);
  pipe_once = NULL;
}
static void test_dict(void **state) {
  (void)state;
  fuzz_dict_init(NULL, NULL);
  replay("fuzz_dict", fuzz_dict_one, true);
  fclose(dict_devnull);
  remove(dict_tmp_path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plain),    cmocka_unit_test(test_jsonl), cmocka_unit_test(test_html),
      cmocka_unit_test(test_text),     cmocka_unit_test(test_timex), cmocka_unit_test(test_quotes),
      cmocka_unit_test(test_pipeline), cmocka_unit_test(test_dict),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
