/*
 * test_timex_heldout.c — the time tagger on news sentences written for the
 * test (tests/data/timex_heldout*.tsv, annotated by hand before the tagger
 * was first run on each): tags each sentence with its DCT, scores strict
 * extent, value and type the TempEval-3 way (time/timex_score.h, as
 * tools/tempeval_eval does), lists every miss, and fails under the floors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "time/timex.h"
#include "time/timex_score.h"

/* Floors: the figures after the rules of 2026-12-03 (recorded in the data
 * file's header: strict 0.9835, value 0.9788, type 0.9882) less a margin of
 * about two expressions (0.01) */
#define HELDOUT_STRICT_FLOOR 0.97
#define HELDOUT_VALUE_FLOOR 0.96
#define HELDOUT_TYPE_FLOOR 0.975
/* second batch (timex_heldout2.tsv): 0.9888 / 0.9663 / 0.9888 at first run,
 * 1.0000 / 0.9889 / 1.0000 after the rules of 2026-12-03; floors less about
 * two expressions (0.02) */
#define HELDOUT2_STRICT_FLOOR 0.98
#define HELDOUT2_VALUE_FLOOR 0.965
#define HELDOUT2_TYPE_FLOOR 0.98
/* third batch (timex_heldout3.tsv): 0.9326 / 0.8827 / 0.9609 at first run,
 * 0.9832 / 0.9889 / 0.9889 after the rules of 2026-12-03; floors less about
 * two expressions */
#define HELDOUT3_STRICT_FLOOR 0.96
#define HELDOUT3_VALUE_FLOOR 0.965
#define HELDOUT3_TYPE_FLOOR 0.965
/* fourth batch (timex_heldout4.tsv, four articles): 0.9899 / 0.9697 /
 * 0.9899 at first run, 1.0 / 1.0 / 1.0 after the rules of 2026-12-03;
 * floors less about two expressions (0.04 of 50) */
#define HELDOUT4_STRICT_FLOOR 0.96
#define HELDOUT4_VALUE_FLOOR 0.96
#define HELDOUT4_TYPE_FLOOR 0.96
/* fifth batch (timex_heldout5.tsv): 0.9903 / 0.9515 / 0.9903 at first run,
 * 1.0 / 1.0 / 1.0 after the rules of 2026-12-03; floors less about two
 * expressions (0.04 of 52) */
#define HELDOUT5_STRICT_FLOOR 0.96
#define HELDOUT5_VALUE_FLOOR 0.96
#define HELDOUT5_TYPE_FLOOR 0.96
/* sixth batch (timex_heldout6.tsv): 0.9600 / 0.8649 / 1.0 at first run,
 * 1.0 / 1.0 / 1.0 after the rules of 2026-12-03; floors less about one
 * expression and a half (0.04 of 37) */
#define HELDOUT6_STRICT_FLOOR 0.96
#define HELDOUT6_VALUE_FLOOR 0.96
#define HELDOUT6_TYPE_FLOOR 0.96
/* seventh batch (timex_heldout7.tsv), written for the final tagger:
 * 0.9870 / 0.9351 / 0.9870 at first run, 0.9870 / 0.9870 / 0.9870 after
 * the "until" and "falls on" rules; floors less about one expression and a
 * half (0.04 of 39) */
#define HELDOUT7_STRICT_FLOOR 0.945
#define HELDOUT7_VALUE_FLOOR 0.945
#define HELDOUT7_TYPE_FLOOR 0.945
/* eighth batch (timex_heldout8.tsv: historical narrative, tweets, business
 * news): 0.9116 / 0.7808 / 0.9521 at first run, 0.9967 / 0.9241 / 0.9967
 * after the rules of 2026-12-03; floors less about two expressions */
#define HELDOUT8_STRICT_FLOOR 0.985
#define HELDOUT8_VALUE_FLOOR 0.91
#define HELDOUT8_TYPE_FLOOR 0.985
/* ninth batch (timex_heldout9.tsv: earnings, diplomatic and weather wire):
 * 0.9864 / 0.8959 / 0.9683 at first run, 0.9955 / 0.9776 / 0.9865 after
 * the rules of 2026-12-03; floors less about two expressions (0.018 of
 * 112) */
#define HELDOUT9_STRICT_FLOOR 0.975
#define HELDOUT9_VALUE_FLOOR 0.96
#define HELDOUT9_TYPE_FLOOR 0.965
/* tenth batch (timex_heldout10.tsv: broadcast transcripts, 1990s wire,
 * opinion/feature, clock times with zones, ordinals, decoys): 0.9312 /
 * 0.8889 / 0.9418 at first run, 0.9626 / 0.9626 / 0.9733 after the rules
 * of 2026-12-03; floors less about two expressions (0.02 of 96) */
#define HELDOUT10_STRICT_FLOOR 0.94
#define HELDOUT10_VALUE_FLOOR 0.94
#define HELDOUT10_TYPE_FLOOR 0.95
/* eleventh batch (timex_heldout11.tsv: 2010s-2020s wire with weekend and
 * year-boundary DCTs, encyclopedia history, tweets, decoys): 0.9518 /
 * 0.9230 / 0.9679 at first run, 0.9968 / 0.9778 / 0.9968 after the rules
 * of 2026-12-03; floors the final figures (truncated) */
#define HELDOUT11_STRICT_FLOOR 0.996
#define HELDOUT11_VALUE_FLOOR 0.977
#define HELDOUT11_TYPE_FLOOR 0.996

static void print_miss(void *ctx, const char *what, const char *text, size_t s, size_t e,
                       const char *a, const char *b) {
  printf("%s\tline %d\t[%.*s]\t%s\t%s\n", what, *(const int *)ctx, (int)(e - s), text + s, a,
         b ? b : "");
}

/* Parses "text|TYPE|value; ..." into gold spans of sentence (each text the
 * first occurrence after the previous one); returns the count. */
static size_t parse_gold(const char *sentence, char *ann, timex_gold *g, size_t cap, int line) {
  size_t n = 0, from = 0;
  for (char *save = NULL, *item = strtok_r(ann, ";", &save); item;
       item = strtok_r(NULL, ";", &save)) {
    while (*item == ' ') item++;
    if (!*item) continue;
    char *bar1 = strchr(item, '|'), *bar2 = bar1 ? strchr(bar1 + 1, '|') : NULL;
    if (!bar2 || n == cap) {
      print_error("line %d: bad annotation '%s'\n", line, item);
      fail();
    }
    *bar1 = *bar2 = 0;
    const char *at = strstr(sentence + from, item);
    if (!at) {
      print_error("line %d: '%s' not in the sentence\n", line, item);
      fail();
    }
    g[n].start = (size_t)(at - sentence);
    g[n].end = g[n].start + strlen(item);
    snprintf(g[n].type, sizeof g[n].type, "%s", bar1 + 1);
    snprintf(g[n].value, sizeof g[n].value, "%s", bar2 + 1);
    from = g[n].end;
    n++;
  }
  return n;
}

/* Scores one file; prints the figures and fills *fig, *sentences, *gold. */
static void score_file(const char *path, timex_figures *fig, int *sentences, long *gold) {
  FILE *f = fopen(path, "r");
  assert_non_null(f);
  char line[8192];
  int lineno = 0;
  *sentences = 0;
  timex_counts c = {0};
  while (fgets(line, sizeof line, f)) {
    lineno++;
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\n")] = 0;
    char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    assert_non_null(t2);
    *t1 = *t2 = 0;
    /* "\n" in the file stands for a paragraph break */
    char sentence[4096];
    size_t sl = 0;
    for (const char *q = t1 + 1; *q && sl + 2 < sizeof sentence; q++) {
      if (q[0] == '\\' && q[1] == 'n') {
        sentence[sl++] = '\n';
        sentence[sl++] = '\n';
        q++;
      } else
        sentence[sl++] = *q;
    }
    sentence[sl] = 0;
    el_datetime dct;
    assert_int_equal(timex_parse_dct(line, &dct), EL_OK);
    timex_gold g[32];
    size_t ng = parse_gold(sentence, t2 + 1, g, 32, lineno);
    el_timex_vec sys = {0};
    assert_int_equal(timex_tag(sentence, strlen(sentence), &dct, &sys), EL_OK);
    assert_int_equal(timex_score_text(sentence, g, ng, sys.v, sys.n, &c, print_miss, &lineno),
                     EL_OK);
    EL_VEC_FREE(sys);
    (*sentences)++;
  }
  fclose(f);
  timex_score_figures(&c, fig);
  *gold = c.gold;
  printf("%s: %d sentences, gold=%ld sys=%ld strict=%ld\n", strrchr(path, '/') + 1, *sentences,
         c.gold, c.sys, c.strict);
  printf(
      "strict P=%.4f R=%.4f F1=%.4f; relaxed F1=%.4f; value F1=%.4f (acc %.4f); type F1=%.4f "
      "(acc %.4f)\n",
      fig->strict_p, fig->strict_r, fig->strict_f1, fig->relaxed_f1, fig->value_f1, fig->value_acc,
      fig->type_f1, fig->type_acc);
}

static void test_timex_heldout(void **state) {
  (void)state;
  timex_figures fig;
  int sentences;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout.tsv", &fig, &sentences, &gold);
  assert_true(sentences >= 180);
  assert_true(gold >= 200);
  assert_true(fig.strict_f1 >= HELDOUT_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT_TYPE_FLOOR);
}

static void test_timex_heldout2(void **state) {
  (void)state;
  timex_figures fig;
  int sentences;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout2.tsv", &fig, &sentences, &gold);
  assert_true(sentences >= 80);
  assert_true(gold >= 85);
  assert_true(fig.strict_f1 >= HELDOUT2_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT2_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT2_TYPE_FLOOR);
}

static void test_timex_heldout3(void **state) {
  (void)state;
  timex_figures fig;
  int sentences;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout3.tsv", &fig, &sentences, &gold);
  assert_true(sentences >= 50);
  assert_true(gold >= 85);
  assert_true(fig.strict_f1 >= HELDOUT3_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT3_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT3_TYPE_FLOOR);
}

static void test_timex_heldout4(void **state) {
  (void)state;
  timex_figures fig;
  int texts;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout4.tsv", &fig, &texts, &gold);
  assert_true(texts >= 4);
  assert_true(gold >= 50);
  assert_true(fig.strict_f1 >= HELDOUT4_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT4_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT4_TYPE_FLOOR);
}

static void test_timex_heldout5(void **state) {
  (void)state;
  timex_figures fig;
  int sentences;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout5.tsv", &fig, &sentences, &gold);
  assert_true(sentences >= 35);
  assert_true(gold >= 50);
  assert_true(fig.strict_f1 >= HELDOUT5_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT5_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT5_TYPE_FLOOR);
}

static void test_timex_heldout6(void **state) {
  (void)state;
  timex_figures fig;
  int texts;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout6.tsv", &fig, &texts, &gold);
  assert_true(texts >= 16);
  assert_true(gold >= 35);
  assert_true(fig.strict_f1 >= HELDOUT6_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT6_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT6_TYPE_FLOOR);
}

static void test_timex_heldout7(void **state) {
  (void)state;
  timex_figures fig;
  int sentences;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout7.tsv", &fig, &sentences, &gold);
  assert_true(sentences >= 30);
  assert_true(gold >= 35);
  assert_true(fig.strict_f1 >= HELDOUT7_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT7_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT7_TYPE_FLOOR);
}

static void test_timex_heldout8(void **state) {
  (void)state;
  timex_figures fig;
  int lines;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout8.tsv", &fig, &lines, &gold);
  assert_true(lines >= 90);
  assert_true(gold >= 150);
  assert_true(fig.strict_f1 >= HELDOUT8_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT8_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT8_TYPE_FLOOR);
}

static void test_timex_heldout9(void **state) {
  (void)state;
  timex_figures fig;
  int lines;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout9.tsv", &fig, &lines, &gold);
  assert_true(lines >= 75);
  assert_true(gold >= 110);
  assert_true(fig.strict_f1 >= HELDOUT9_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT9_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT9_TYPE_FLOOR);
}

static void test_timex_heldout10(void **state) {
  (void)state;
  timex_figures fig;
  int lines;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout10.tsv", &fig, &lines, &gold);
  assert_true(lines >= 80);
  assert_true(gold >= 95);
  assert_true(fig.strict_f1 >= HELDOUT10_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT10_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT10_TYPE_FLOOR);
}

static void test_timex_heldout11(void **state) {
  (void)state;
  timex_figures fig;
  int lines;
  long gold;
  score_file(EL_SOURCE_DIR "/tests/data/timex_heldout11.tsv", &fig, &lines, &gold);
  assert_true(lines >= 110);
  assert_true(gold >= 150);
  assert_true(fig.strict_f1 >= HELDOUT11_STRICT_FLOOR);
  assert_true(fig.value_f1 >= HELDOUT11_VALUE_FLOOR);
  assert_true(fig.type_f1 >= HELDOUT11_TYPE_FLOOR);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_timex_heldout),  cmocka_unit_test(test_timex_heldout2),
      cmocka_unit_test(test_timex_heldout3), cmocka_unit_test(test_timex_heldout4),
      cmocka_unit_test(test_timex_heldout5), cmocka_unit_test(test_timex_heldout6),
      cmocka_unit_test(test_timex_heldout7), cmocka_unit_test(test_timex_heldout8),
      cmocka_unit_test(test_timex_heldout9), cmocka_unit_test(test_timex_heldout10),
      cmocka_unit_test(test_timex_heldout11)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
