/*
 * test_text.c — the text stage: normalization (UTF-8 repair, controls,
 * line ends, bidi, NFC, hash, rejections), boilerplate marking on lines
 * shaped like real article residue, tokenization and sentence splitting on
 * hand-written sentences, and long-input behaviour.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "text/text.h"

static el_doc *norm(const char *s, size_t n, el_status want) {
  el_doc *d = doc_new();
  assert_non_null(d);
  assert_int_equal(text_normalize(d, s, n), want);
  return d;
}

/* Full text stage on a string. */
static el_doc *run(const char *s) {
  el_doc *d = norm(s, strlen(s), EL_OK);
  assert_int_equal(text_mark_boilerplate(d), EL_OK);
  assert_int_equal(text_segment(d), EL_OK);
  return d;
}

static void assert_sent(const el_doc *d, size_t i, const char *want) {
  assert_true(i < d->sents.n);
  const el_sentence *s = &d->sents.v[i];
  size_t n = s->end - s->start;
  if (n != strlen(want) || memcmp(d->text + s->start, want, n) != 0) {
    print_error("sentence %zu: [%.*s]\n  expected [%s]\n", i, (int)n, d->text + s->start, want);
    fail();
  }
}

static void assert_tok(const el_doc *d, size_t i, const char *want) {
  assert_true(i < d->toks.n);
  const el_token *t = &d->toks.v[i];
  size_t n = t->end - t->start;
  if (n != strlen(want) || memcmp(d->text + t->start, want, n) != 0) {
    print_error("token %zu: [%.*s] expected [%s]\n", i, (int)n, d->text + t->start, want);
    fail();
  }
}

/* Index of the first token with exactly this text, or -1. */
static long find_tok(const el_doc *d, const char *w) {
  for (size_t i = 0; i < d->toks.n; i++) {
    const el_token *t = &d->toks.v[i];
    if (t->end - t->start == strlen(w) && memcmp(d->text + t->start, w, strlen(w)) == 0)
      return (long)i;
  }
  return -1;
}

/* ---- normalization ------------------------------------------------------ */

static void test_invalid_bytes_replaced(void **state) {
  (void)state;
  const char in[] = "The talks \xff went on for hours.";
  el_doc *d = norm(in, sizeof in - 1, EL_OK);
  assert_string_equal(d->text, "The talks \xEF\xBF\xBD went on for hours.");
  assert_int_equal(d->invalid_bytes, 1);
  doc_free(d);
}

static void test_overlong_and_surrogate(void **state) {
  (void)state;
  /* C0 AF is an overlong '/': two invalid bytes, two U+FFFD */
  const char in1[] = "path x\xC0\xAFy is not a slash at all";
  el_doc *d = norm(in1, sizeof in1 - 1, EL_OK);
  assert_string_equal(d->text, "path x\xEF\xBF\xBD\xEF\xBF\xBDy is not a slash at all");
  assert_int_equal(d->invalid_bytes, 2);
  doc_free(d);
  /* ED A0 80 is the surrogate U+D800: three bytes replaced one by one */
  const char in2[] = "a surrogate \xED\xA0\x80 in the middle of a sentence";
  d = norm(in2, sizeof in2 - 1, EL_OK);
  assert_string_equal(
      d->text, "a surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD in the middle of a sentence");
  assert_int_equal(d->invalid_bytes, 3);
  doc_free(d);
  /* truncated euro sign at the end: one replacement for both bytes */
  const char in3[] = "the price rose to forty \xE2\x82";
  d = norm(in3, sizeof in3 - 1, EL_OK);
  assert_string_equal(d->text, "the price rose to forty \xEF\xBF\xBD");
  assert_int_equal(d->invalid_bytes, 2);
  doc_free(d);
}

static void test_nfc(void **state) {
  (void)state;
  const char in[] = "Cafe\xCC\x81 in Bogota\xCC\x81";
  el_doc *d = norm(in, sizeof in - 1, EL_OK);
  assert_string_equal(d->text, "Caf\xC3\xA9 in Bogot\xC3\xA1");
  doc_free(d);
  /* already composed text is unchanged */
  d = norm("Caf\xC3\xA9", 5, EL_OK);
  assert_string_equal(d->text, "Caf\xC3\xA9");
  doc_free(d);
}

static void test_line_ends_controls_bidi(void **state) {
  (void)state;
  const char in[] = "one\r\ntwo\rthree\nfour";
  el_doc *d = norm(in, sizeof in - 1, EL_OK);
  assert_string_equal(d->text, "one\ntwo\nthree\nfour");
  doc_free(d);
  const char nul[] = "before\0after the NUL byte, tab\tkept";
  d = norm(nul, sizeof nul - 1, EL_OK);
  assert_string_equal(d->text, "beforeafter the NUL byte, tab\tkept");
  doc_free(d);
  /* U+202E RIGHT-TO-LEFT OVERRIDE and U+2066 isolate are dropped */
  const char bidi[] =
      "abc\xE2\x80\xAE"
      "def\xE2\x81\xA6gh";
  d = norm(bidi, sizeof bidi - 1, EL_OK);
  assert_string_equal(d->text, "abcdefgh");
  doc_free(d);
  /* NBSP becomes a plain space */
  d = norm("Marco\xC2\xA0Rubio", 12, EL_OK);
  assert_string_equal(d->text, "Marco Rubio");
  doc_free(d);
}

static void test_hash(void **state) {
  (void)state;
  el_doc *d = norm("hello world", 11, EL_OK);
  assert_string_equal(d->hash, "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
  doc_free(d);
  /* same text after normalization -> same hash */
  el_doc *a = norm("line one\r\nline two", 18, EL_OK);
  el_doc *b = norm("line one\nline two", 17, EL_OK);
  assert_string_equal(a->hash, b->hash);
  doc_free(a);
  doc_free(b);
}

static void test_rejects(void **state) {
  (void)state;
  const char *why = NULL;
  el_doc *d = doc_new();
  assert_int_equal(text_normalize_reason(d, "", 0, &why), EL_ERR_INPUT);
  assert_non_null(strstr(why, "empty"));
  assert_int_equal(text_normalize_reason(d, " \n\t \r\n ", 7, &why), EL_ERR_INPUT);
  assert_non_null(strstr(why, "empty"));
  char bin[1000];
  for (size_t i = 0; i < sizeof bin; i++) bin[i] = (char)((i * 7) % 32); /* controls, NULs */
  assert_int_equal(text_normalize_reason(d, bin, sizeof bin, &why), EL_ERR_INPUT);
  assert_non_null(strstr(why, "binary"));
  /* mostly invalid UTF-8 without controls: wrong encoding */
  char lat[200];
  for (size_t i = 0; i < sizeof lat; i++) lat[i] = (char)(i % 2 ? 0xE9 : 'a');
  assert_int_equal(text_normalize_reason(d, lat, sizeof lat, &why), EL_ERR_INPUT);
  assert_non_null(strstr(why, "invalid UTF-8"));
  doc_free(d);
}

/* ---- boilerplate ---------------------------------------------------------- */

static bool skipped(const el_doc *d, const char *frag) {
  const char *p = strstr(d->text, frag);
  assert_non_null(p);
  uint32_t a = (uint32_t)(p - d->text);
  for (size_t i = 0; i < d->skip.n; i++)
    if (d->skip.v[i].start <= a && a + strlen(frag) <= d->skip.v[i].end) return true;
  return false;
}

static void test_boilerplate_lines(void **state) {
  (void)state;
  el_doc *d =
      run("Sol news EN Sol.info\n\n"
          "Ministers Agree on New Trade Framework\n\n"
          "By Anna Lee\n\n"
          "Two ministers at the summit in Geneva\n\n"
          "Two ministers at the summit in GenevaReuters\n\n"
          "The ministers signed the accord on Friday. Both sides praised it.\n\n"
          "Featured image description: The foreign minister speaks in Geneva.\n"
          "Featured image credit: @ForeignMin via X.\n"
          "Photo: Jane Roe/Reuters\n"
          "(Photo by John Smith/AFP)\n"
          "tracking\n");
  assert_true(skipped(d, "Sol news EN Sol.info"));
  assert_false(skipped(d, "Ministers Agree on New Trade Framework"));
  assert_true(skipped(d, "By Anna Lee"));
  assert_true(skipped(d, "Two ministers at the summit in Geneva")); /* first copy */
  assert_true(skipped(d, "Two ministers at the summit in GenevaReuters"));
  assert_false(skipped(d, "The ministers signed"));
  assert_true(skipped(d, "Featured image description:"));
  assert_true(skipped(d, "Featured image credit: @ForeignMin via X."));
  assert_true(skipped(d, "Photo: Jane Roe/Reuters"));
  assert_true(skipped(d, "(Photo by John Smith/AFP)"));
  assert_true(skipped(d, "tracking"));
  /* spans sorted and disjoint */
  for (size_t i = 1; i < d->skip.n; i++) assert_true(d->skip.v[i - 1].end < d->skip.v[i].start);
  /* the analyzable text: headline + the two sentences */
  assert_int_equal(d->sents.n, 3);
  assert_sent(d, 0, "Ministers Agree on New Trade Framework");
  assert_sent(d, 1, "The ministers signed the accord on Friday.");
  assert_sent(d, 2, "Both sides praised it.");
  doc_free(d);
}

static void test_boilerplate_headline_repeated_in_lead(void **state) {
  (void)state;
  /* a headline whose words start the lead paragraph is not a caption */
  el_doc *d =
      run("Leaders meet at the summit\n"
          "Leaders meet at the summit amid new tensions over trade\n"
          "Delegates arrived on Monday.\n");
  assert_int_equal(d->skip.n, 0);
  assert_int_equal(d->sents.n, 3);
  doc_free(d);
  /* ... but a caption repeated with a credit is */
  d =
      run("Leaders meet at the summit\nLeaders meet at the summit Photo: Jane Roe/AFP\n"
          "Delegates arrived on Monday.\n");
  assert_int_equal(d->sents.n, 1);
  doc_free(d);
}

static void test_boilerplate_legal_promo(void **state) {
  (void)state;
  el_doc *d =
      run("Copyright lawsuits are rising across the industry.\n"
          "\xC2\xA9 2024 Example Media Group\n"
          "The minister resigned. (Reporting by Jane Roe; Editing by John Doe)\n"
          "Sign up for our daily newsletter\n"
          "Follow-up talks are planned.\n"
          "All rights reserved.\n");
  assert_false(skipped(d, "Copyright lawsuits")); /* news text, no year */
  assert_true(skipped(d, "\xC2\xA9 2024 Example Media Group"));
  assert_true(skipped(d, "(Reporting by Jane Roe; Editing by John Doe)"));
  assert_false(skipped(d, "The minister resigned."));
  assert_true(skipped(d, "Sign up for our daily newsletter"));
  assert_false(skipped(d, "Follow-up talks"));
  assert_true(skipped(d, "All rights reserved."));
  assert_int_equal(d->sents.n, 3);
  doc_free(d);
}

static void test_boilerplate_tails(void **state) {
  (void)state;
  el_doc *d =
      run("The envoy returned home on Friday. Related Sources: \xE2\x80\xA2 Link A \xE2\x80\xA2 "
          "Link B\n"
          "\"We will keep talking,\" the minister wrote. #Diplomacy pic.twitter.com/AbC123 "
          "\xE2\x80\x94 Foreign Ministry (@ForeignMin) March 3, 2024\n"
          "Tweet text without picture. \xE2\x80\x94 Jane Doe (@jdoe) June 21, 2022\n");
  assert_false(skipped(d, "The envoy returned home on Friday."));
  assert_true(skipped(d, "Related Sources: \xE2\x80\xA2 Link A \xE2\x80\xA2 Link B"));
  assert_false(skipped(d, "the minister wrote."));
  assert_true(skipped(d, "#Diplomacy pic.twitter.com/AbC123"));
  assert_true(skipped(d, "(@ForeignMin) March 3, 2024"));
  assert_true(skipped(d, "\xE2\x80\x94 Jane Doe (@jdoe) June 21, 2022"));
  assert_false(skipped(d, "Tweet text without picture."));
  assert_int_equal(d->sents.n, 3);
  assert_sent(d, 0, "The envoy returned home on Friday.");
  assert_sent(d, 1, "\"We will keep talking,\" the minister wrote.");
  assert_sent(d, 2, "Tweet text without picture.");
  /* no token inside a skipped span */
  for (size_t i = 0; i < d->toks.n; i++)
    assert_false(text_in_skip(d, d->toks.v[i].start, d->toks.v[i].end));
  doc_free(d);
}

/* ---- tokens ------------------------------------------------------------------- */

static void test_tokens(void **state) {
  (void)state;
  el_doc *d =
      run("Colombia's president-elect sent 30,000 troops at 11:00 for 2022-2026, "
          "\xE2\x80\x9Csick\xE2\x80\x9D \xE2\x80\x94 the U.S. said.");
  assert_tok(d, 0, "Colombia's");
  assert_true(d->toks.v[0].flags & EL_TOK_WORD);
  assert_true(d->toks.v[0].flags & EL_TOK_CAP);
  assert_tok(d, 1, "president-elect");
  assert_false(d->toks.v[1].flags & EL_TOK_CAP);
  assert_tok(d, 3, "30,000");
  assert_true(d->toks.v[3].flags & EL_TOK_NUM);
  assert_tok(d, 6, "11:00");
  assert_tok(d, 8, "2022");
  assert_tok(d, 9, "-");
  assert_tok(d, 10, "2026");
  assert_tok(d, 11, ",");
  assert_tok(d, 12, "\xE2\x80\x9C");
  assert_true(d->toks.v[12].flags & EL_TOK_QUOTE);
  assert_tok(d, 13, "sick");
  assert_tok(d, 14, "\xE2\x80\x9D");
  assert_true(d->toks.v[14].flags & EL_TOK_QUOTE);
  assert_tok(d, 15, "\xE2\x80\x94");
  assert_true(d->toks.v[15].flags & EL_TOK_PUNCT);
  assert_tok(d, 17, "U.S.");
  assert_true(d->toks.v[17].flags & EL_TOK_UPPER);
  assert_tok(d, 19, ".");
  assert_int_equal(d->toks.n, 20);
  /* offsets index the text */
  assert_int_equal(d->toks.v[0].start, 0);
  assert_memory_equal(d->text + d->toks.v[13].start, "sick", 4);
  doc_free(d);

  d = run("Mr. Smith met Gen. Lee and Donald J. Trump at 5 p.m. in Washington, D.C. yesterday.");
  assert_true(find_tok(d, "Mr.") == 0);
  assert_true(find_tok(d, "Gen.") >= 0);
  assert_true(find_tok(d, "J.") >= 0);
  assert_true(find_tok(d, "p.m.") >= 0);
  assert_true(find_tok(d, "D.C.") >= 0);
  assert_int_equal(d->sents.n, 1);
  doc_free(d);

  /* straight single quotes around a phrase vs. a possessive plural */
  d = run("a 'more equal' relationship when Duques' term ends");
  assert_tok(d, 1, "'");
  assert_true(d->toks.v[1].flags & EL_TOK_QUOTE);
  assert_tok(d, 4, "'");
  assert_true(find_tok(d, "Duques'") >= 0);
  doc_free(d);
}

static void test_token_helpers(void **state) {
  (void)state;
  el_doc *d = run("BOGOT\xC3\x81 hosts talks. Then they left.");
  char buf[32];
  assert_int_equal(text_token_lower(d, &d->toks.v[0], buf, sizeof buf), 7);
  assert_string_equal(buf, "bogot\xC3\xA1");
  assert_true(text_token_is(d, &d->toks.v[1], "HOSTS"));
  assert_false(text_token_is(d, &d->toks.v[1], "host"));
  uint32_t then = (uint32_t)(strstr(d->text, "Then") - d->text);
  assert_int_equal(text_sentence_at(d, then), 1);
  assert_int_equal(text_sentence_at(d, 0), 0);
  assert_int_equal(text_token_at(d, then), 4);
  /* tiny buffer: truncated, NUL-terminated */
  assert_int_equal(text_token_lower(d, &d->toks.v[0], buf, 4), 3);
  assert_string_equal(buf, "bog");
  doc_free(d);
}

/* ---- sentences ---------------------------------------------------------------- */

static void test_sentences_abbreviations(void **state) {
  (void)state;
  el_doc *d =
      run("The envoy arrived in Washington, D.C. on Monday. He met officials at 9 a.m. "
          "and left at 5 p.m. The talks were brief.");
  assert_int_equal(d->sents.n, 3);
  assert_sent(d, 0, "The envoy arrived in Washington, D.C. on Monday.");
  assert_sent(d, 1, "He met officials at 9 a.m. and left at 5 p.m.");
  assert_sent(d, 2, "The talks were brief.");
  doc_free(d);

  d =
      run("Donald J. Trump met Mr. Smith at the U.S. embassy. Growth was 2.5 percent. "
          "It ended at 5 p.m. local time.");
  assert_int_equal(d->sents.n, 3);
  assert_sent(d, 0, "Donald J. Trump met Mr. Smith at the U.S. embassy.");
  assert_sent(d, 1, "Growth was 2.5 percent.");
  assert_true(find_tok(d, "2.5") >= 0);
  doc_free(d);

  /* "U.S." ends the sentence only before a sentence starter */
  d =
      run("She spoke with the President of the U.S. In her words, it went well. "
          "U.S. President Joe Smith agreed.");
  assert_int_equal(d->sents.n, 3);
  assert_sent(d, 0, "She spoke with the President of the U.S.");
  assert_sent(d, 1, "In her words, it went well.");
  assert_sent(d, 2, "U.S. President Joe Smith agreed.");
  doc_free(d);

  d = run("Prices rose, e.g. The Times said so. Why? Because. Wait\xE2\x80\xA6 then go.");
  assert_int_equal(d->sents.n, 4);
  assert_sent(d, 0, "Prices rose, e.g. The Times said so.");
  assert_sent(d, 1, "Why?");
  assert_sent(d, 2, "Because.");
  assert_sent(d, 3, "Wait\xE2\x80\xA6 then go."); /* lowercase after the ellipsis */
  doc_free(d);
}

static void test_sentences_quotes_paragraphs(void **state) {
  (void)state;
  el_doc *d =
      run("\"We are ready,\" she said. \"The talks will continue.\" "
          "\xE2\x80\x9CYes.\xE2\x80\x9D He left.\n"
          "A headline without a period\n\n"
          "Last paragraph here.");
  assert_int_equal(d->sents.n, 6);
  assert_sent(d, 0, "\"We are ready,\" she said.");
  assert_sent(d, 1, "\"The talks will continue.\"");
  assert_sent(d, 2, "\xE2\x80\x9CYes.\xE2\x80\x9D");
  assert_sent(d, 3, "He left.");
  assert_sent(d, 4, "A headline without a period");
  assert_sent(d, 5, "Last paragraph here.");
  assert_int_equal(d->sents.v[0].para, 0);
  assert_int_equal(d->sents.v[3].para, 0);
  assert_int_equal(d->sents.v[4].para, 1);
  assert_int_equal(d->sents.v[5].para, 2);
  assert_true(d->toks.v[d->sents.v[0].tok_begin].flags & EL_TOK_QUOTE);
  /* token ranges tile the tokens in order */
  for (size_t i = 1; i < d->sents.n; i++)
    assert_int_equal(d->sents.v[i].tok_begin, d->sents.v[i - 1].tok_end);
  assert_int_equal(d->sents.v[d->sents.n - 1].tok_end, d->toks.n);
  doc_free(d);
}

static void test_seed_like_article(void **state) {
  (void)state;
  /* shaped like the seeds: dateline, curly quotes, apostrophes, em dashes */
  el_doc *d =
      run("Lima, Peru\xE2\x80\x94 The meeting took place at 11:00 AM today.\n"
          "\xE2\x80\x9CThis is not a path of sanctions; it is a path of "
          "freedom\xE2\x80\xA6 true solutions are built on freedom.\xE2\x80\x9D\n"
          "He said it \xE2\x80\x9Csounds good.\xE2\x80\x9D\n");
  assert_int_equal(d->sents.n, 3);
  assert_sent(d, 0, "Lima, Peru\xE2\x80\x94 The meeting took place at 11:00 AM today.");
  assert_sent(d, 2, "He said it \xE2\x80\x9Csounds good.\xE2\x80\x9D");
  doc_free(d);
}

static void test_fuzz_regressions(void **state) {
  (void)state;
  /* a dotted word followed by '/' starting with a non-ASCII letter used to
     produce an empty URL token and loop forever */
  el_doc *d = run("  \xC3\xA9.Drers/r");
  assert_int_equal(d->toks.n, 1);
  assert_tok(d, 0, "\xC3\xA9.Drers/r");
  doc_free(d);
  d = run("See pic.example.com/abc\xE2\x80\x94 and www.example.org/x, then.");
  assert_true(find_tok(d, "pic.example.com/abc") >= 0);
  assert_true(find_tok(d, "www.example.org/x") >= 0);
  doc_free(d);
}

/* ---- long input ------------------------------------------------------------ */

static void test_long_input_linear(void **state) {
  (void)state;
  size_t n = 10u * 1024 * 1024;
  char *big = malloc(n);
  assert_non_null(big);
  for (size_t i = 0; i < n; i++) big[i] = (char)('a' + i % 26);
  clock_t t0 = clock();
  el_doc *d = norm(big, n, EL_OK);
  assert_int_equal(text_mark_boilerplate(d), EL_OK);
  assert_int_equal(text_segment(d), EL_OK);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  assert_true(d->toks.n >= n / 1024);
  for (size_t i = 0; i < d->toks.n; i++) assert_true(d->toks.v[i].end - d->toks.v[i].start <= 1024);
  for (size_t i = 0; i < d->sents.n; i++)
    assert_true(d->sents.v[i].tok_end - d->sents.v[i].tok_begin <= 2000);
  assert_true(secs < 30.0); /* generous for sanitizer builds */
  doc_free(d);

  /* 10 MB of punctuation and words without spaces */
  for (size_t i = 0; i < n; i++) big[i] = "ab.Cd,\"x!"[i % 9];
  d = norm(big, n, EL_OK);
  assert_int_equal(text_mark_boilerplate(d), EL_OK);
  assert_int_equal(text_segment(d), EL_OK);
  assert_true(d->sents.n > 0);
  for (size_t i = 0; i < d->sents.n; i++) {
    assert_true(d->sents.v[i].tok_end > d->sents.v[i].tok_begin); /* never empty */
    assert_true(d->sents.v[i].tok_end - d->sents.v[i].tok_begin <= 2000);
  }
  doc_free(d);
  free(big);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_invalid_bytes_replaced),
      cmocka_unit_test(test_overlong_and_surrogate),
      cmocka_unit_test(test_nfc),
      cmocka_unit_test(test_line_ends_controls_bidi),
      cmocka_unit_test(test_hash),
      cmocka_unit_test(test_rejects),
      cmocka_unit_test(test_boilerplate_lines),
      cmocka_unit_test(test_boilerplate_tails),
      cmocka_unit_test(test_boilerplate_legal_promo),
      cmocka_unit_test(test_boilerplate_headline_repeated_in_lead),
      cmocka_unit_test(test_tokens),
      cmocka_unit_test(test_token_helpers),
      cmocka_unit_test(test_sentences_abbreviations),
      cmocka_unit_test(test_sentences_quotes_paragraphs),
      cmocka_unit_test(test_seed_like_article),
      cmocka_unit_test(test_fuzz_regressions),
      cmocka_unit_test(test_long_input_linear),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
