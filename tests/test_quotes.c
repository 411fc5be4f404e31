/*
 * test_quotes.c — the quote stage on hand-built documents (text + actor
 * mentions written here, so the tests do not depend on the other stages):
 * every quote construction and attribution pattern, titles/scare quotes,
 * bad input and long input; then the full pipeline on the seed articles
 * against the hand-verified gold list tests/data/quotes_gold.tsv.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>
#include <ctype.h>

#include "doc/reader.h"
#include "pipeline/pipeline.h"
#include "quotes/quotes.h"

static quote_lexicon *lex;

static int setup(void **state) {
  (void)state;
  return quote_lexicon_load(&lex, EL_SOURCE_DIR "/data/quotes/speech_verbs.txt") == EL_OK ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  quote_lexicon_free(lex);
  return 0;
}

/* A mention: the occ-th (0-based) occurrence of `text` in the document. */
typedef struct {
  const char *text;
  int occ;
  const char *name;
  const char *code;
  el_actor_kind kind;
} mspec;

static el_doc *mkdoc(const char *text, const mspec *ms, size_t n) {
  el_doc *d = doc_new();
  assert_non_null(d);
  d->text = arena_strdup(d->arena, text);
  d->len = strlen(text);
  for (size_t i = 0; i < n; i++) {
    const char *p = d->text;
    size_t tl = strlen(ms[i].text);
    for (int k = 0; p && k <= ms[i].occ; k++) { /* whole-word occurrences */
      p = strstr(k ? p + 1 : p, ms[i].text);
      while (p && ((p > d->text && isalpha((unsigned char)p[-1])) || isalpha((unsigned char)p[tl])))
        p = strstr(p + 1, ms[i].text);
    }
    if (!p) fail_msg("mention %s not found", ms[i].text);
    el_actor_mention *m = EL_VEC_PUSH(d->actors);
    assert_non_null(m);
    m->start = (uint32_t)(p - d->text);
    m->end = m->start + (uint32_t)strlen(ms[i].text);
    m->sentence = -1;
    snprintf(m->code, sizeof m->code, "%s", ms[i].code);
    m->name = ms[i].name;
    m->kind = ms[i].kind;
    m->is_person = ms[i].name != NULL || ms[i].kind == EL_ACTOR_PRONOUN;
    m->confidence = 1;
  }
  /* text order, as the actor stage gives them */
  for (size_t i = 1; i < d->actors.n; i++)
    for (size_t j = i; j > 0 && d->actors.v[j - 1].start > d->actors.v[j].start; j--) {
      el_actor_mention t = d->actors.v[j];
      d->actors.v[j] = d->actors.v[j - 1];
      d->actors.v[j - 1] = t;
    }
  return d;
}

static el_doc *run(const char *text, const mspec *ms, size_t n) {
  el_doc *d = mkdoc(text, ms, n);
  assert_int_equal(quotes_find_lex(lex, d), EL_OK);
  return d;
}

/* Quote i has text `want` and speaker `who` (NULL = unknown). */
static void assert_quote(const el_doc *d, size_t i, const char *want, const char *who) {
  if (i >= d->quotes.n) fail_msg("quote %zu missing (have %zu) [%s]", i, d->quotes.n, want);
  const el_quote *q = &d->quotes.v[i];
  size_t n = q->end - q->start;
  if (n != strlen(want) || memcmp(d->text + q->start, want, n) != 0)
    fail_msg("quote %zu: [%.*s] expected [%s]", i, (int)n, d->text + q->start, want);
  if (!who) {
    if (q->speaker != -1 || q->speaker_name)
      fail_msg("quote %zu [%s]: speaker %s, expected unknown", i, want, q->speaker_name);
    return;
  }
  if (!q->speaker_name || strcmp(q->speaker_name, who) != 0)
    fail_msg("quote %zu [%s]: speaker %s, expected %s", i, want,
             q->speaker_name ? q->speaker_name : "(none)", who);
  assert_true(q->speaker < 0 || (size_t)q->speaker < d->actors.n);
  assert_non_null(q->cue);
}

#define PETRO \
  { "Petro", 0, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT }
#define M(t, o, n, c, k) \
  { t, o, n, c, k }

static void test_said_after(void **state) {
  (void)state;
  mspec ms[] = {PETRO};
  el_doc *d = run("\"We will win this election,\" Petro said.", ms, 1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "We will win this election", "Gustavo Petro");
  assert_string_equal(d->quotes.v[0].cue, "said-after");
  assert_string_equal(d->quotes.v[0].speaker_code, "COLGOV");
  assert_int_equal(d->quotes.v[0].sentence, -1);
  doc_free(d);
}

static void test_said_inverted_and_description(void **state) {
  (void)state;
  mspec ms[] = {M("Petro", 0, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT),
                M("Colombian leader", 0, "Gustavo Petro", "COLGOV", EL_ACTOR_COREF)};
  el_doc *d =
      run("\u201cThe persecution of peasants is not an effective fight,\u201d said Petro. "
          "\u201cIn three days we have seized nearly 15 tons,\u201d said the Colombian leader.",
          ms, 2);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "The persecution of peasants is not an effective fight", "Gustavo Petro");
  assert_quote(d, 1, "In three days we have seized nearly 15 tons", "Gustavo Petro");
  assert_int_equal(d->quotes.v[1].speaker, 1);
  doc_free(d);
}

static void test_through_account(void **state) {
  (void)state;
  mspec ms[] = {PETRO, M("Biden", 0, "Joe Biden", "USAGOV", EL_ACTOR_DICT)};
  el_doc *d = run(
      "\"I have now had a very friendly conversation with President Biden. In his words a 'more "
      "equal' relationship,\" Petro said through his official Twitter account.",
      ms, 2);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0,
               "I have now had a very friendly conversation with President Biden. In his words a "
               "'more equal' relationship",
               "Gustavo Petro");
  doc_free(d);
}

static void test_colon(void **state) {
  (void)state;
  mspec ms[] = {M("Blinken", 0, "Antony Blinken", "USAGOV", EL_ACTOR_DICT)};
  el_doc *d =
      run("Blinken held the conversation in high regard and said: \"We discussed the longstanding "
          "partnership.\"",
          ms, 1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "We discussed the longstanding partnership.", "Antony Blinken");
  assert_string_equal(d->quotes.v[0].cue, "colon");
  doc_free(d);
  /* the object before the colon is not the speaker */
  mspec ms2[] = {M("Trump", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT), PETRO};
  d =
      run("In later remarks, Trump briefly referred to the meeting with Petro: \"Yeah, we got "
          "along very well.\"",
          ms2, 2);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "Yeah, we got along very well.", "Donald Trump");
  doc_free(d);
}

static void test_according_to(void **state) {
  (void)state;
  mspec ms[] = {M("minister", 0, "Rosa Villavicencio", "COLGOV", EL_ACTOR_COREF)};
  el_doc *d = run(
      "\u201cThe talks were frank and very productive,\u201d according to the minister.", ms, 1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "The talks were frank and very productive", "Rosa Villavicencio");
  assert_string_equal(d->quotes.v[0].cue, "according-to");
  doc_free(d);
  mspec ms2[] = {PETRO};
  d = run("According to Petro, the meeting was \u201cthe start of a new era\u201d for both.", ms2,
          1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "the start of a new era", "Gustavo Petro");
  doc_free(d);
}

static void test_pronoun(void **state) {
  (void)state;
  mspec ms[] = {PETRO, M("He", 0, "Gustavo Petro", "COLGOV", EL_ACTOR_PRONOUN)};
  el_doc *d = run("Petro spoke in Bogota. He remarked, \"That is not easy.\"", ms, 2);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "That is not easy.", "Gustavo Petro");
  assert_string_equal(d->quotes.v[0].cue, "pronoun");
  assert_int_equal(d->quotes.v[0].speaker, 1);
  doc_free(d);
  /* an unresolved pronoun: kept, speaker unknown, never the earlier name */
  mspec ms2[] = {PETRO};
  d = run("Petro spoke in Bogota. He said, \"Nothing has been decided yet.\"", ms2, 1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "Nothing has been decided yet.", NULL);
  doc_free(d);
  /* a pronoun or description the actor stage did not resolve to a person
   * is not resolved here either (never guessed) */
  mspec ms3[] = {PETRO, M("he", 0, NULL, "COLGOV", EL_ACTOR_PRONOUN),
                 M("State Department spokesperson", 0, NULL, "USAGOV", EL_ACTOR_COREF),
                 M("Trump", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT)};
  d =
      run("Petro arrived late. Later he stated, \"We are ready for the talks.\" Trump spoke. "
          "\"We are watching,\" a State Department spokesperson said.",
          ms3, 4);
  assert_int_equal(d->quotes.n, 2);
  assert_null(d->quotes.v[0].speaker_name);
  assert_int_equal(d->quotes.v[0].speaker, 1);
  assert_string_equal(d->quotes.v[0].speaker_code, "COLGOV");
  assert_quote(d, 1, "We are watching", "State Department spokesperson");
  doc_free(d);
}

/* Descriptions the actor stage left as a bare country adjective, and a
 * pronoun resolved to its own addressee. */
static void test_description_and_binding(void **state) {
  (void)state;
  mspec ms[] = {PETRO, M("Colombian", 0, NULL, "COL", EL_ACTOR_DICT)};
  el_doc *d =
      run("Petro spoke at the embassy. \u201cWe seized 15 tons,\u201d said the Colombian "
          "leader.",
          ms, 2);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "We seized 15 tons", "Gustavo Petro");
  assert_string_equal(d->quotes.v[0].speaker_code, "COLGOV");
  doc_free(d);
  /* a country adjective before a non-role word names no person */
  mspec ms2[] = {PETRO, M("Colombian government", 0, NULL, "COLGOV", EL_ACTOR_DICT)};
  d = run("Petro spoke. \u201cThe call lasted an hour,\u201d the Colombian government said.", ms2,
          2);
  assert_quote(d, 0, "The call lasted an hour", "Colombian government");
  doc_free(d);
  mspec ms3[] = {PETRO, M("Trump", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT),
                 M("he", 0, "Donald Trump", "USAGOV", EL_ACTOR_PRONOUN),
                 M("Trump", 1, "Donald Trump", "USAGOV", EL_ACTOR_DICT)};
  d =
      run("Petro criticized the Trump administration. In a bid to assert his record, he clarified "
          "to Trump, \"I am not a drug trafficker\" and showed figures.",
          ms3, 4);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "I am not a drug trafficker", "Gustavo Petro");
  doc_free(d);
}

static void test_more_patterns(void **state) {
  (void)state;
  mspec ms[] = {M("Secretary of State", 0, NULL, "USAGOV", EL_ACTOR_DICT),
                M("Antony Blinken", 0, "Antony Blinken", "USAGOV", EL_ACTOR_DICT)};
  el_doc *d =
      run("\"We discussed the partnership,\" said Secretary of State Antony Blinken.", ms, 2);
  assert_quote(d, 0, "We discussed the partnership", "Antony Blinken");
  assert_int_equal(d->quotes.v[0].speaker, 1);
  doc_free(d);
  /* a speaker that is no actor: a direct cue, speaker unknown; short quotes kept */
  d = run("\"Absolutely,\" a senior official told reporters. \"Why not?\" she asked.", NULL, 0);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "Absolutely", NULL);
  assert_quote(d, 1, "Why not?", NULL);
  doc_free(d);
  /* a possessor is not the speaker */
  mspec ms2[] = {M("Trump's", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT)};
  d = run("Trump's spokesman said the talks were \"productive and very frank on both sides\".", ms2,
          1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "productive and very frank on both sides", NULL);
  doc_free(d);
  /* attribution in the middle of a quote */
  mspec ms3[] = {M("Petro", 0, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT)};
  d = run("\u201cWe are ready,\u201d Petro said, \u201cto talk.\u201d", ms3, 1);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "We are ready", "Gustavo Petro");
  assert_quote(d, 1, "to talk.", "Gustavo Petro");
  doc_free(d);
  d =
      run("\u201cWe don't just arrive,\u201d said four-star Gen. John Dailey, assistant "
          "commandant. \u201cThe industry is very sensitive,\u201d said Ms. Mkimbo.",
          NULL, 0);
  assert_quote(d, 0, "We don't just arrive", "John Dailey");
  assert_quote(d, 1, "The industry is very sensitive", "Mkimbo");
  doc_free(d);
  /* an aside between the name and the verb */
  d =
      run("\u201cWe are ready,\u201d Petro, 65, said. \u201cNothing changes,\u201d Petro, who "
          "spoke from Bogota, told reporters.",
          ms3, 1);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "We are ready", "Gustavo Petro");
  assert_quote(d, 1, "Nothing changes", "Petro");
  doc_free(d);
  /* a speaker no actor mention covers is kept by name */
  d =
      run("\u201cSecurity is tight,\u201d said spokeswoman Marilynn Buckham. Horsley called the "
          "move a \u201ctemporary setback.\u201d",
          NULL, 0);
  assert_int_equal(d->quotes.n, 2);
  assert_int_equal(d->quotes.v[0].speaker, -1);
  assert_quote(d, 0, "Security is tight", "Marilynn Buckham");
  assert_quote(d, 1, "temporary setback.", "Horsley");
  doc_free(d);
  /* a passive without agent, a modifier and a possessor name no speaker */
  d =
      run("Since his rescue, Elian has been referred to in Cuba as \u201cour son.\u201d The "
          "creator of a Web site says the ruling is a \u201ctemporary setback.\u201d Kopp's "
          "stepmother, who married his father, said: \u201cI would like to see him come "
          "forward.\u201d The Iraqi ambassador to Greece said the foreigners could leave "
          "\u201cas soon as the threats are gone.\u201d",
          NULL, 0);
  assert_int_equal(d->quotes.n, 4);
  for (size_t i = 0; i < 4; i++)
    if (d->quotes.v[i].speaker_name)
      fail_msg("quote %zu: speaker %s, expected none", i, d->quotes.v[i].speaker_name);
  doc_free(d);
  /* a nationality modifying the real speaker names no speaker; a time word
   * between subject and verb is skipped */
  mspec ms4[] = {M("U.S.", 0, NULL, "USA", EL_ACTOR_DICT),
                 M("Bush", 0, "George Bush", "USAGOV", EL_ACTOR_DICT),
                 M("Saddam's", 0, "Saddam Hussein", "IRQGOV", EL_ACTOR_DICT)};
  d =
      run("\u201cWe will not negotiate with anyone,\u201d a U.S. official said. President Bush "
          "today denounced Saddam's \u201cruinous policies of war,\u201d and said more.",
          ms4, 3);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "We will not negotiate with anyone", NULL);
  assert_quote(d, 1, "ruinous policies of war", "George Bush");
  doc_free(d);
  /* headline colon: "Name: ..." */
  d = run("Petro: \"We will not accept threats from anyone.\"", ms3, 1);
  assert_quote(d, 0, "We will not accept threats from anyone.", "Gustavo Petro");
  assert_string_equal(d->quotes.v[0].cue, "colon");
  doc_free(d);
}

static void test_names_inside_quote(void **state) {
  (void)state;
  mspec ms[] = {M("Trump", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT),
                M("Petro", 0, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT)};
  el_doc *d =
      run("\u201cTrump himself said it,\u201d Petro noted, describing the sanctions as "
          "\u201canti-economic\u201d and \u201cirrational.\u201d \u201cThis is not a path of "
          "sanctions; it is a path of freedom.\u201d",
          ms, 2);
  assert_int_equal(d->quotes.n, 4);
  assert_quote(d, 0, "Trump himself said it", "Gustavo Petro");
  assert_quote(d, 1, "anti-economic", "Gustavo Petro");
  assert_quote(d, 2, "irrational.", "Gustavo Petro");
  assert_quote(d, 3, "This is not a path of sanctions; it is a path of freedom.", "Gustavo Petro");
  assert_string_equal(d->quotes.v[3].cue, "continuation");
  doc_free(d);
}

static void test_told(void **state) {
  (void)state;
  mspec ms[] = {M("Petro", 0, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT),
                M("Trump", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT),
                M("Trump", 1, "Donald Trump", "USAGOV", EL_ACTOR_DICT)};
  el_doc *d = run(
      "Petro also revealed that Trump told him, \u201cI like you.\u201d In fact, at the end of "
      "the meeting Trump shared a photo with a dedication. \u201cGustavo: A great honor. I love "
      "Colombia.\u201d",
      ms, 3);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "I like you.", "Donald Trump");
  assert_quote(d, 1, "Gustavo: A great honor. I love Colombia.", "Donald Trump");
  assert_string_equal(d->quotes.v[1].cue, "context");
  doc_free(d);
}

static void test_partial_quotes(void **state) {
  (void)state;
  mspec ms[] = {PETRO, M("Trump", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT),
                M("Petro", 1, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT),
                M("Petro", 2, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT),
                M("Maduro", 0, "Nicolas Maduro", "VENGOV", EL_ACTOR_DICT)};
  el_doc *d =
      run("Petro described the meeting as \"positive\" and highlighted an \"optimistic air\". "
          "At the end of 2025, Trump called Petro a \"leader of illegal drug trafficking\". "
          "Petro, in turn, has criticized the operation against Maduro, calling it a "
          "\"kidnapping\".",
          ms, 5);
  assert_int_equal(d->quotes.n, 4);
  assert_quote(d, 0, "positive", "Gustavo Petro");
  assert_quote(d, 1, "optimistic air", "Gustavo Petro");
  assert_quote(d, 2, "leader of illegal drug trafficking", "Donald Trump");
  assert_quote(d, 3, "kidnapping", "Gustavo Petro");
  doc_free(d);
}

static void test_titles_and_scare_quotes(void **state) {
  (void)state;
  mspec ms[] = {M("Trump", 0, "Donald Trump", "USAGOV", EL_ACTOR_DICT)};
  el_doc *d =
      run("Trump signed a copy of his book \"The Art of the Deal\" for the guests. "
          "Joaquin \"El Chapo\" Guzman was extradited in 2017. "
          "The so-called \"peace dividend\" never came. "
          "Officials discussed the \"reset\" at length. "
          "The group, known as \"The Avengers\", met later. "
          "A film titled \"Blue Skies\" opened on Friday.",
          ms, 1);
  if (d->quotes.n)
    fail_msg("unexpected quote [%.*s]", (int)(d->quotes.v[0].end - d->quotes.v[0].start),
             d->text + d->quotes.v[0].start);
  doc_free(d);
}

static void test_guillemets_spanish(void **state) {
  (void)state;
  mspec ms[] = {PETRO, M("Macron", 0, "Emmanuel Macron", "FRAGOV", EL_ACTOR_DICT)};
  el_doc *d =
      run("\u00abWe are ready for a new agreement,\u00bb Macron said. \"He sostenido una "
          "conversaci\u00f3n muy amistosa\", destac\u00f3 Petro.",
          ms, 2);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "We are ready for a new agreement", "Emmanuel Macron");
  assert_quote(d, 1, "He sostenido una conversaci\u00f3n muy amistosa", "Gustavo Petro");
  doc_free(d);
}

static void test_single_quotes(void **state) {
  (void)state;
  mspec ms[] = {PETRO};
  el_doc *d =
      run("\u2018We won\u2019t accept the leaders\u2019 threats,\u2019 Petro said. "
          "Trump\u2019s team called it \u2018a great honour\u2019. The network 'X' "
          "posted it. A stray \u2018 mark.",
          ms, 1);
  assert_int_equal(d->quotes.n, 2);
  /* a plural possessive ends a single-quoted quote early: a known limit */
  assert_quote(d, 0, "We won\u2019t accept the leaders", NULL);
  /* words of a team: speech, speaker unknown; 'X' and the stray mark are nothing */
  assert_quote(d, 1, "a great honour", NULL);
  doc_free(d);
  d = run("\u2018We will not accept threats,\u2019 Petro said.", ms, 1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "We will not accept threats", "Gustavo Petro");
  doc_free(d);
}

static void test_multi_paragraph(void **state) {
  (void)state;
  mspec ms[] = {M("Petro", 1, "Gustavo Petro", "COLGOV", EL_ACTOR_DICT)};
  el_doc *d =
      run("Petro spoke for an hour.\n\n\u201cWe have to stop the war. The first speech was quite "
          "harsh.\n\n\u201cThat is why we talk,\u201d Petro said.\n\nThe talks ended.",
          ms, 1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0,
               "We have to stop the war. The first speech was quite harsh.\n\n\u201cThat is why "
               "we talk",
               "Gustavo Petro");
  doc_free(d);
  /* a new quote opened after a sentence end inside an open one: the
   * closing mark was left out, two quotes */
  d =
      run("Replied spokesman Richard Boucher, \u201cWe have not analyzed it. \u201cWe believe "
          "his words are rhetoric.\u201d",
          NULL, 0);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "We have not analyzed it.", "Richard Boucher");
  assert_quote(d, 1, "We believe his words are rhetoric.", "Richard Boucher");
  doc_free(d);
  /* straight quotes: the same convention */
  ms[0].occ = 0;
  d = run("\"One paragraph of the speech.\n\"And the second one,\" Petro said.", ms, 1);
  assert_int_equal(d->quotes.n, 1);
  assert_quote(d, 0, "One paragraph of the speech.\n\"And the second one", "Gustavo Petro");
  doc_free(d);
}

static void test_unattributed_kept(void **state) {
  (void)state;
  mspec ms[] = {PETRO};
  el_doc *d =
      run("The rally was large. \"We will not give up on this fight.\"\n"
          "\"We get along very well\": after months of tension, Petro ends visit.",
          ms, 1);
  assert_int_equal(d->quotes.n, 2);
  assert_quote(d, 0, "We will not give up on this fight.", NULL);
  assert_quote(d, 1, "We get along very well", NULL);
  doc_free(d);
}

static void test_sentence_index(void **state) {
  (void)state;
  mspec ms[] = {PETRO};
  el_doc *d = mkdoc("The day began. \"We won,\" Petro said.", ms, 1);
  el_sentence *s = EL_VEC_PUSH(d->sents);
  *s = (el_sentence){.start = 0, .end = 14};
  s = EL_VEC_PUSH(d->sents);
  *s = (el_sentence){.start = 15, .end = 37};
  assert_int_equal(quotes_find_lex(lex, d), EL_OK);
  assert_int_equal(d->quotes.n, 1);
  assert_int_equal(d->quotes.v[0].sentence, 1);
  doc_free(d);
}

static void test_bad_input(void **state) {
  (void)state;
  el_doc *d = doc_new();
  assert_int_equal(quotes_find_lex(lex, d), EL_OK); /* no text */
  assert_int_equal(quotes_find(NULL), EL_OK);
  doc_free(d);
  const char *bad[] = {
      "\"",           "\u201c",  "\u201d\u201d\u201d",       "\"\"\"\"",     "He said \"",
      "\u00bb\u00ab", "\"   \"", "x \u201c\n\u201c\n\u201c", "12\" pipe \"", "\xe2\x80",
      "\xc2"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    d = run(bad[i], NULL, 0);
    for (size_t k = 0; k < d->quotes.n; k++) assert_true(d->quotes.v[k].end <= d->len);
    doc_free(d);
  }
  /* mentions with offsets outside the text are ignored */
  d = mkdoc("\"We are here to stay,\" he said.", NULL, 0);
  el_actor_mention *m = EL_VEC_PUSH(d->actors);
  m->start = 500;
  m->end = 400;
  m = EL_VEC_PUSH(d->actors);
  m->start = 10;
  m->end = 9000;
  assert_int_equal(quotes_find_lex(lex, d), EL_OK);
  assert_int_equal(d->quotes.n, 1);
  assert_int_equal(d->quotes.v[0].speaker, -1);
  doc_free(d);
  /* lexicon files */
  quote_lexicon *lx = NULL;
  assert_int_equal(quote_lexicon_load(&lx, "/nonexistent/q.txt"), EL_ERR_NOTFOUND);
  char path[] = "/tmp/qlexXXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *f = fdopen(fd, "w");
  fputs("said verb\nbroken\n", f);
  fclose(f);
  assert_int_equal(quote_lexicon_load(&lx, path), EL_ERR_PARSE);
  assert_null(lx);
  remove(path);
}

/* 100,000 quote marks in a row (several kinds) must stay linear. */
/* Seconds quotes_find_lex takes on n copies of pat. */
static double time_marks(const char *pat, size_t n) {
  size_t ml = strlen(pat);
  char *buf = malloc(n * ml + 1);
  assert_non_null(buf);
  for (size_t i = 0; i < n; i++) memcpy(buf + i * ml, pat, ml);
  buf[n * ml] = '\0';
  el_doc *d = mkdoc(buf, NULL, 0);
  free(buf);
  clock_t t0 = clock();
  el_status st = quotes_find_lex(lex, d);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  doc_free(d);
  assert_int_equal(st, EL_OK);
  return secs;
}

static void test_many_marks(void **state) {
  (void)state;
  const char *marks[] = {"\"",
                         "\u201c",
                         "\u201d",
                         "\u00ab",
                         "\"a",
                         "\u201cx\u201d said. ",
                         "\u2018",
                         "Petro said \"a\" ",
                         "\u201cA. \u201cB "};
  for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
    /* linear: twice the input, about twice the time (valgrind-proof, no
     * absolute limit beyond a generous sanity bound) */
    double t1 = time_marks(marks[k], 50000), t2 = time_marks(marks[k], 100000);
    if (t2 > 3 * t1 + 0.05 || t2 > 30)
      fail_msg("marks %zu: %.3fs for 50k, %.3fs for 100k", k, t1, t2);
  }
}

/* Random documents from quote marks, words, punctuation and line breaks,
 * with random (valid and invalid) mentions: no crash, spans inside the text. */
static void test_random_docs(void **state) {
  (void)state;
  static const char *const atoms[] = {
      "\"",   "\u201c", "\u201d", "\u00ab", "\u00bb",    "\u201e", "'",    "\u2019",
      " ",    " ",      "\n",     "\n\n",   ",",         ".",      ":",    ";",
      "said", "Petro",  "he",     "the",    "according", "to",     "book", "as",
      "Ms.",  "U.S.",   "and",    "We",     "x",         "\u2014", "12",   "A"};
  size_t natoms = sizeof atoms / sizeof atoms[0];
  unsigned seed = 12345;
  for (int round = 0; round < 3000; round++) {
    char buf[1024];
    size_t n = 0;
    int len = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 60;
    for (int k = 0; k < len; k++) {
      const char *a = atoms[((seed = seed * 1103515245u + 12345u) >> 16) % natoms];
      size_t al = strlen(a);
      if (n + al + 1 >= sizeof buf) break;
      memcpy(buf + n, a, al);
      n += al;
      if (k % 2) buf[n++] = ' ';
    }
    buf[n] = '\0';
    el_doc *d = mkdoc(buf, NULL, 0);
    int nm = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 6;
    for (int k = 0; k < nm; k++) {
      el_actor_mention *m = EL_VEC_PUSH(d->actors);
      assert_non_null(m);
      unsigned a = ((seed = seed * 1103515245u + 12345u) >> 16) % (unsigned)(n + 4);
      unsigned b = a + ((seed = seed * 1103515245u + 12345u) >> 16) % 12;
      m->start = a;
      m->end = b;
      m->kind = (el_actor_kind)(k % 4);
      if (k % 2) snprintf(m->code, sizeof m->code, "COL");
      m->name = (k % 3 == 0) ? "Gustavo Petro" : NULL;
      m->is_person = k % 2;
    }
    assert_int_equal(quotes_find_lex(round % 2 ? lex : NULL, d), EL_OK);
    for (size_t k = 0; k < d->quotes.n; k++) {
      const el_quote *q = &d->quotes.v[k];
      assert_true(q->start < q->end && q->end <= d->len);
      assert_true(q->speaker == -1 || (size_t)q->speaker < d->actors.n);
    }
    doc_free(d);
  }
}

/* ---- seeds against the gold list ------------------------------------------- */

typedef struct {
  char doc[64];
  char text[256];
  char speaker[64];
  bool used;
} qrow;

typedef struct {
  const el_pipeline *p;
  qrow *rows;
  size_t n, cap;
  int docs;
} seed_ctx;

static void trim_tail(char *s) {
  size_t n = strlen(s);
  while (n > 0 && strchr(" \t\n.,;:!?", s[n - 1])) s[--n] = '\0';
}

static el_status seed_sink(void *vctx, el_doc *doc) {
  seed_ctx *c = vctx;
  el_status st = pipeline_process(c->p, doc);
  assert_int_equal(st, EL_OK);
  c->docs++;
  if (getenv("QUOTES_DEBUG")) { /* mentions and quotes, for error analysis */
    for (size_t i = 0; i < doc->actors.n; i++) {
      const el_actor_mention *m = &doc->actors.v[i];
      printf("  M %.3s %u [%.*s] k=%d code=%s name=%s\n", doc->id, m->start,
             (int)(m->end - m->start), doc->text + m->start, (int)m->kind, m->code,
             m->name ? m->name : "-");
    }
    for (size_t i = 0; i < doc->quotes.n; i++) {
      const el_quote *q = &doc->quotes.v[i];
      printf("  Q %.3s %u [%.40s] by %d %s cue=%s\n", doc->id, q->start, doc->text + q->start,
             q->speaker, q->speaker_name ? q->speaker_name : "-", q->cue ? q->cue : "-");
    }
  }
  for (size_t i = 0; i < doc->quotes.n; i++) {
    const el_quote *q = &doc->quotes.v[i];
    if (c->n == c->cap) {
      c->cap = c->cap ? c->cap * 2 : 64;
      c->rows = realloc(c->rows, c->cap * sizeof *c->rows);
      assert_non_null(c->rows);
    }
    /* every quote of a segmented document sits in a sentence */
    assert_true(q->sentence >= 0 && (size_t)q->sentence < doc->sents.n);
    qrow *r = &c->rows[c->n++];
    memset(r, 0, sizeof *r);
    snprintf(r->doc, sizeof r->doc, "%s", doc->id ? doc->id : "");
    size_t n = q->end - q->start;
    if (n >= sizeof r->text) n = sizeof r->text - 1;
    memcpy(r->text, doc->text + q->start, n);
    r->text[n] = '\0';
    trim_tail(r->text);
    snprintf(r->speaker, sizeof r->speaker, "%s", q->speaker_name ? q->speaker_name : "");
  }
  doc_free(doc);
  return EL_OK;
}

static void seed_reject(void *ctx, const char *path, long line, const char *reason) {
  (void)ctx;
  fail_msg("rejected %s:%ld: %s", path, line, reason);
}

static bool speaker_match(const char *gold, const char *sys) {
  if (!*gold) return !*sys;
  if (!*sys) return false;
  const char *last = strrchr(gold, ' ');
  last = last ? last + 1 : gold;
  char a[64], b[64];
  size_t i;
  for (i = 0; sys[i] && i + 1 < sizeof a; i++)
    a[i] = (char)((sys[i] >= 'A' && sys[i] <= 'Z') ? sys[i] + 32 : (sys[i] == '_' ? ' ' : sys[i]));
  a[i] = '\0';
  for (i = 0; last[i] && i + 1 < sizeof b; i++)
    b[i] = (char)((last[i] >= 'A' && last[i] <= 'Z') ? last[i] + 32 : last[i]);
  b[i] = '\0';
  return strstr(a, b) != NULL;
}

static bool text_match(const char *gold, const char *sys) {
  size_t g = strlen(gold);
  if (strcmp(gold, sys) == 0) return true;
  return g >= 12 && strncmp(gold, sys, g) == 0;
}

static void test_seed_gold(void **state) {
  (void)state;
  el_pipeline *p = NULL;
  char err[512] = "";
  if (pipeline_open(&p, NULL, err, sizeof err) != EL_OK) fail_msg("pipeline_open: %s", err);
  seed_ctx c = {.p = p};
  doc_read_opts o = {0};
  assert_int_equal(
      doc_read_path(EL_SHARED_DIR "/seeds/seeds.jsonl", &o, seed_sink, seed_reject, &c), EL_OK);
  assert_int_equal(c.docs, 5);
  FILE *f = fopen(EL_SOURCE_DIR "/tests/data/quotes_gold.tsv", "r");
  assert_non_null(f);
  qrow gold[128];
  size_t ng = 0;
  char line[512];
  while (fgets(line, sizeof line, f) && ng < 128) {
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\n")] = '\0';
    char *t1 = strchr(line, '\t');
    assert_non_null(t1);
    *t1++ = '\0';
    char *t2 = strchr(t1, '\t');
    assert_non_null(t2);
    *t2++ = '\0';
    memset(&gold[ng], 0, sizeof gold[ng]);
    snprintf(gold[ng].doc, sizeof gold[ng].doc, "%.63s", line);
    snprintf(gold[ng].text, sizeof gold[ng].text, "%.255s", t1);
    snprintf(gold[ng].speaker, sizeof gold[ng].speaker, "%.63s", t2);
    ng++;
  }
  fclose(f);
  size_t tp = 0;
  for (size_t i = 0; i < ng; i++) {
    for (size_t j = 0; j < c.n; j++) {
      qrow *s = &c.rows[j];
      if (s->used || strcmp(s->doc, gold[i].doc) != 0 || !text_match(gold[i].text, s->text) ||
          !speaker_match(gold[i].speaker, s->speaker))
        continue;
      s->used = gold[i].used = true;
      tp++;
      break;
    }
    if (!gold[i].used)
      printf("  MISSED  %.3s [%s] by [%s]\n", gold[i].doc, gold[i].text, gold[i].speaker);
  }
  for (size_t j = 0; j < c.n; j++)
    if (!c.rows[j].used)
      printf("  EXTRA   %.3s [%.60s] by [%s]\n", c.rows[j].doc, c.rows[j].text, c.rows[j].speaker);
  double prec = c.n ? (double)tp / (double)c.n : 0, rec = ng ? (double)tp / (double)ng : 0;
  printf("quotes on seeds: gold %zu, found %zu, correct %zu: precision %.3f recall %.3f\n", ng, c.n,
         tp, prec, rec);
  free(c.rows);
  pipeline_close(p);
  assert_true(prec >= 0.9);
  assert_true(rec >= 0.9);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_said_after),
      cmocka_unit_test(test_said_inverted_and_description),
      cmocka_unit_test(test_through_account),
      cmocka_unit_test(test_colon),
      cmocka_unit_test(test_according_to),
      cmocka_unit_test(test_pronoun),
      cmocka_unit_test(test_description_and_binding),
      cmocka_unit_test(test_more_patterns),
      cmocka_unit_test(test_names_inside_quote),
      cmocka_unit_test(test_told),
      cmocka_unit_test(test_partial_quotes),
      cmocka_unit_test(test_titles_and_scare_quotes),
      cmocka_unit_test(test_guillemets_spanish),
      cmocka_unit_test(test_single_quotes),
      cmocka_unit_test(test_multi_paragraph),
      cmocka_unit_test(test_unattributed_kept),
      cmocka_unit_test(test_sentence_index),
      cmocka_unit_test(test_bad_input),
      cmocka_unit_test(test_many_marks),
      cmocka_unit_test(test_random_docs),
      cmocka_unit_test(test_seed_gold),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
