/*
 * test_timex.c — the time stage: DCT parsing, tagging and normalization of
 * each supported construction (sentences written for the test, plus seed
 * sentences as checks), bad input, DCT inference and event dating.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "text/text.h"
#include "time/timex.h"
#include "time/timex_internal.h"

static const char *TYPE_NAMES[] = {"DATE", "TIME", "DURATION", "SET"};

/* Tag text with dct ("" = none); find the expression whose text is want;
 * check its type and value.  Fails the test with a listing if absent. */
static void expect(const char *dct, const char *text, const char *want, const char *type,
                   const char *value) {
  el_datetime d, *pd = NULL;
  if (dct[0]) {
    assert_int_equal(timex_parse_dct(dct, &d), EL_OK);
    pd = &d;
  }
  el_timex_vec v = {0};
  assert_int_equal(timex_tag(text, strlen(text), pd, &v), EL_OK);
  int found = 0;
  for (size_t i = 0; i < v.n; i++) {
    const el_timex *x = &v.v[i];
    if (x->end - x->start == strlen(want) && memcmp(text + x->start, want, strlen(want)) == 0) {
      found = 1;
      if (strcmp(TYPE_NAMES[x->type], type) != 0 || strcmp(x->value, value) != 0) {
        print_error("'%s' in \"%s\": got %s %s, want %s %s\n", want, text, TYPE_NAMES[x->type],
                    x->value, type, value);
        fail();
      }
    }
  }
  if (!found) {
    print_error("'%s' not tagged in \"%s\"; tagged:\n", want, text);
    for (size_t i = 0; i < v.n; i++)
      print_error("  [%.*s] %s\n", (int)(v.v[i].end - v.v[i].start), text + v.v[i].start,
                  v.v[i].value);
    fail();
  }
  EL_VEC_FREE(v);
}

/* nothing tagged that overlaps `span` */
static void expect_none(const char *dct, const char *text, const char *span) {
  el_datetime d, *pd = NULL;
  if (dct[0]) {
    assert_int_equal(timex_parse_dct(dct, &d), EL_OK);
    pd = &d;
  }
  const char *p = strstr(text, span);
  assert_non_null(p);
  size_t s = (size_t)(p - text), e = s + strlen(span);
  el_timex_vec v = {0};
  assert_int_equal(timex_tag(text, strlen(text), pd, &v), EL_OK);
  for (size_t i = 0; i < v.n; i++) {
    if (v.v[i].start < e && s < v.v[i].end) {
      print_error("unexpected [%.*s] %s in \"%s\"\n", (int)(v.v[i].end - v.v[i].start),
                  text + v.v[i].start, v.v[i].value, text);
      fail();
    }
  }
  EL_VEC_FREE(v);
}

static void test_parse_dct(void **state) {
  (void)state;
  el_datetime d;
  assert_int_equal(timex_parse_dct("2026-01-08", &d), EL_OK);
  assert_int_equal(d.year, 2026);
  assert_int_equal(d.month, 1);
  assert_int_equal(d.day, 8);
  assert_int_equal(d.hour, -1);
  assert_int_equal(timex_parse_dct("2026-02-03T11:05", &d), EL_OK);
  assert_int_equal(d.hour, 11);
  assert_int_equal(d.minute, 5);
  assert_int_equal(timex_parse_dct("2024-02-29", &d), EL_OK);
  const char *bad[] = {"2025-02-29",       "2026-13-01", "2026-1-8",   "20260108",    "",
                       "2026-01-08T25:00", "yesterday",  "2026-01-32", "2026-01-08x", "0000-01-01"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    assert_int_equal(timex_parse_dct(bad[i], &d), EL_ERR_ARG);
  assert_int_equal(timex_parse_dct(NULL, &d), EL_ERR_ARG);
}

static void test_weekdays_by_tense(void **state) {
  (void)state;
  /* 2026-01-08 is a Thursday */
  expect("2026-01-08", "The ministers met on Monday in Geneva.", "Monday", "DATE", "2026-01-05");
  expect("2026-01-08", "The ministers will meet on Monday in Geneva.", "Monday", "DATE",
         "2026-01-12");
  expect("2026-01-08", "Talks resumed last Saturday.", "last Saturday", "DATE", "2026-01-03");
  expect("2026-01-08", "Talks resume next Tuesday.", "next Tuesday", "DATE", "2026-01-13");
  expect("2026-01-08", "She signed the decree on Thursday.", "Thursday", "DATE", "2026-01-08");
  /* seeds as checks */
  expect("2026-01-08", "Petro had spoken with Trump on Sunday.", "Sunday", "DATE", "2026-01-04");
  expect("2026-01-08", "They met after the phone call on Wednesday.", "Wednesday", "DATE",
         "2026-01-07");
  expect("2026-02-04", "The two leaders met on Tuesday at the White House.", "Tuesday", "DATE",
         "2026-02-03");
  expect("2022-06-21", "He said on Monday that he had held a call.", "Monday", "DATE",
         "2022-06-20");
}

static void test_relative_units(void **state) {
  (void)state;
  expect("2026-01-08", "Last month the embassy closed.", "Last month", "DATE", "2025-12");
  /* counted forward from the time of writing */
  expect("2026-01-08", "The vote is three weeks from now.", "three weeks from now", "DATE",
         "2026-W05");
  expect("2026-01-08", "A ruling is due a year from today.", "a year from today", "DATE", "2027");
  /* an unspecified stretch ahead, as "recent weeks" is one behind */
  expect("2026-01-08", "Talks are expected in the coming days.", "the coming days", "DURATION",
         "PXD");
  expect("2026-01-08", "Exports fell last year.", "last year", "DATE", "2025");
  expect("2026-01-08", "The vote is next year.", "next year", "DATE", "2027");
  expect("2026-01-08", "Prices rose this week.", "this week", "DATE", "2026-W02");
  expect("2026-01-08", "Prices rose last week.", "last week", "DATE", "2026-W01");
  expect("2026-01-08", "The plant reopened two years ago.", "two years ago", "DATE", "2024");
  expect("2026-01-08", "The plant reopened three days ago.", "three days ago", "DATE",
         "2026-01-05");
  expect("2026-01-08", "A year earlier the talks failed.", "A year earlier", "DATE", "2025");
  expect("2026-01-08", "Sales grew earlier this year.", "earlier this year", "DATE", "2026");
  expect("2026-01-08", "Last autumn the rebels attacked.", "Last autumn", "DATE", "2025-FA");
  expect("2026-01-08", "The harvest failed this summer.", "this summer", "DATE", "2025-SU");
  expect("2026-01-08", "The treaty was signed last September.", "last September", "DATE",
         "2025-09");
  /* an explicit "last" wins over the tense of the next clause */
  expect("1989-10-27", "Holders, who approved the plan last April, will receive $21 a share.",
         "last April", "DATE", "1989-04");
  expect("2026-01-08", "The new law takes effect this August 2027.", "this August 2027", "DATE",
         "2027-08");
}

static void test_deixis_and_refs(void **state) {
  (void)state;
  expect("2026-02-03", "The rally is today.", "today", "DATE", "2026-02-03");
  expect("2026-02-03", "The rally was yesterday.", "yesterday", "DATE", "2026-02-02");
  expect("2026-02-03", "The rally is tomorrow.", "tomorrow", "DATE", "2026-02-04");
  expect("2026-02-03", "Troops left tonight.", "tonight", "TIME", "2026-02-03TNI");
  expect("2026-02-03", "Troops left yesterday morning.", "yesterday morning", "TIME",
         "2026-02-02TMO");
  expect("2026-02-03", "The border is now closed.", "now", "DATE", "PRESENT_REF");
  expect("2026-02-03", "The border was recently closed.", "recently", "DATE", "PAST_REF");
  expect("2026-02-03", "It may reopen in the future.", "the future", "DATE", "FUTURE_REF");
  expect_none("2026-02-03", "The former minister spoke.", "former");
}

static void test_month_day(void **state) {
  (void)state;
  expect("2026-02-04", "Protests began on January 7 in the capital.", "January 7", "DATE",
         "2026-01-07");
  expect("2026-01-08", "The law passed in September.", "September", "DATE", "2025-09");
  expect("2026-01-08", "The law will take effect in March.", "March", "DATE", "2026-03");
  expect("2022-06-21", "On June 19 voters chose a new president.", "June 19", "DATE", "2022-06-19");
  expect("2022-06-21", "On August 7 he will take office.", "August 7", "DATE", "2022-08-07");
  expect("2026-01-08", "The accord of March 3, 2019 collapsed.", "March 3, 2019", "DATE",
         "2019-03-03");
  expect("2026-01-08", "It was signed on 7 January 2025 in Quito.", "7 January 2025", "DATE",
         "2025-01-07");
  expect("2026-01-08", "Inflation peaked in January 2025.", "January 2025", "DATE", "2025-01");
  expect("2026-01-08", "The deal dates from Sept. 30, 1998.", "Sept. 30, 1998", "DATE",
         "1998-09-30");
  expect("2026-01-08", "The file was dated 2025-11-02.", "2025-11-02", "DATE", "2025-11-02");
  /* a full stop after a month name is not part of the expression */
  expect("2026-01-08", "The vote was held in December.", "December", "DATE", "2025-12");
  /* a passive takes its auxiliary's tense: "will be held" looks ahead, and
   * the participle "held" is no past cue (April 24 is 73 days ahead of the
   * DCT, 292 back) */
  expect("1999-02-10", "A summit will be held on April 24.", "April 24", "DATE", "1999-04-24");
  expect("1999-02-10", "The summit was held on April 24.", "April 24", "DATE", "1998-04-24");
  /* "effective Feb. 1" after a past announcement: the coming Feb. 1 */
  expect("1989-11-02", "The bank created a new office, effective Feb. 1.", "Feb. 1", "DATE",
         "1990-02-01");
  /* modal "may" and verb "march" are not months */
  expect_none("2026-01-08", "The army may march on the city.", "may march");
}

static void test_years_quarters_decades(void **state) {
  (void)state;
  /* business shorthand: "Q3 2025", "H1 2026", "FY2026"; a quarter alone
   * in the DCT's year, or the year before when told in the past */
  expect("2026-01-08", "Revenue grew in Q3 2025.", "Q3 2025", "DATE", "2025-Q3");
  expect("2026-01-08", "The plan covers H1 2026.", "H1 2026", "DATE", "2026-H1");
  expect("2026-01-08", "In FY2026 the deficit grew.", "FY2026", "DATE", "2026");
  expect("2026-01-08", "Revenue grew in Q3.", "Q3", "DATE", "2025-Q3");
  expect("2026-01-08", "Revenue will grow in Q3.", "Q3", "DATE", "2026-Q3");
  expect_none("2026-01-08", "Vitamin H and the letter Q.", "Q");
  expect("2026-02-04", "At the end of 2025 the truce ended.", "the end of 2025", "DATE", "2025");
  /* a number naming a thing is no year */
  expect_none("2026-01-08", "The council passed Resolution 1441 unanimously.", "1441");
  expect_none("2026-01-08", "Flight 1549 landed on the river.", "1549");
  expect("2026-01-08", "The council passed Resolution 1441 in 2002.", "2002", "DATE", "2002");
  expect("2026-01-08", "Earnings fell in the third quarter.", "the third quarter", "DATE",
         "2025-Q3");
  expect("1989-11-02", "Earnings fell in the third quarter.", "the third quarter", "DATE",
         "1989-Q3");
  expect("2026-01-08", "Results for fiscal 1989 were weak.", "fiscal 1989", "DATE", "1989");
  expect("2026-01-08", "Growth slowed in the 1990s.", "the 1990s", "DATE", "199");
  expect("2026-01-08", "Athens fell in 404 BC.", "404 BC", "DATE", "BC0404");
  expect("2026-01-08", "It was built in the 19th century.", "the 19th century", "DATE", "18");
  expect("2026-01-08", "The war ended in 1945.", "1945", "DATE", "1945");
  expect("2026-01-08", "In the first half of 2025 sales rose.", "the first half of 2025", "DATE",
         "2025-H1");
  expect_none("2026-01-08", "The company paid $1990 in fees.", "1990");
}

static void test_durations_and_sets(void **state) {
  (void)state;
  expect("2026-01-08", "He served for 20 years.", "20 years", "DURATION", "P20Y");
  expect("2026-01-08", "The call lasted about 35 minutes.", "35 minutes", "DURATION", "PT35M");
  expect("2026-01-08", "The meeting lasted an hour.", "an hour", "DURATION", "PT1H");
  expect("2026-01-08", "They talked for more than two hours.", "more than two hours", "DURATION",
         "PT2H");
  expect("2022-06-21", "They held a 20-minute call.", "20-minute", "DURATION", "PT20M");
  expect("2026-01-08", "Fighting went on for twenty-four hours.", "twenty-four hours", "DURATION",
         "PT24H");
  expect("2026-01-08", "Rates rose over the past two months.", "the past two months", "DURATION",
         "P2M");
  expect("2026-01-08", "The siege lasted a few days.", "a few days", "DURATION", "PXD");
  expect("2026-01-08", "The bank reports quarterly.", "quarterly", "SET", "P1Q");
  expect("2026-01-08", "Rebels attack each year.", "each year", "SET", "P1Y");
  expect("2026-01-08", "Talks are held every Monday.", "every Monday", "SET", "XXXX-WXX-1");
  expect("2026-01-08", "Prices are checked daily.", "daily", "SET", "P1D");
  expect_none("2026-01-08", "The 47-year-old minister resigned.", "47-year-old");
  /* halves, before or after the unit */
  expect("2026-01-08", "The talks lasted two and a half hours.", "two and a half hours", "DURATION",
         "PT2H30M");
  expect("2026-01-08", "He spent 3 and a half years in exile.", "3 and a half years", "DURATION",
         "P3Y6M");
  expect("2026-01-08", "It took a year and a half.", "a year and a half", "DURATION", "P1Y6M");
}

static void test_times(void **state) {
  (void)state;
  expect("2026-02-03", "The meeting took place at 11:00 AM today.", "11:00 AM today", "TIME",
         "2026-02-03T11:00");
  expect("2026-02-03", "It ended around 5:00 p.m. with a statement.", "5:00 p.m.", "TIME",
         "2026-02-03T17:00");
  expect("2026-02-03", "The blast came at 10:35 a.m. local time.", "10:35 a.m.", "TIME",
         "2026-02-03T10:35");
  expect("2026-02-03", "Voting closes at 8 pm.", "8 pm", "TIME", "2026-02-03T20:00");
  expect("2026-02-03", "The curfew starts at midnight.", "midnight", "TIME", "2026-02-03T24:00");
  expect("2026-02-03", "Troops arrived Monday night.", "Monday night", "TIME", "2026-02-02TNI");
  expect("2026-02-03", "Doors open at 7pm tonight.", "7pm tonight", "TIME", "2026-02-03T19:00");
  expect("2026-02-03", "Lunch is at 12 noon.", "12 noon", "TIME", "2026-02-03T12:00");
  expect("2014-06-10", "The show is on Friday the 13th.", "Friday the 13th", "DATE", "2014-06-13");
}

/* ancient history: BC years anchor what follows, counting down */
static void test_bc_history(void **state) {
  (void)state;
  const char *t =
      "The revolt began in 499 BC. Athens sent ships in 498 BC. The fleet sailed in "
      "497 BC and again in 494 BC. The following year, the city fell. In April 480 BC "
      "the army crossed; in the autumn of 481 BC envoys had gone out.";
  expect("2009-12-19", t, "The following year", "DATE", "BC0493");
  expect("2009-12-19", t, "April 480 BC", "DATE", "BC0480-04");
  expect("2009-12-19", t, "the autumn of 481 BC", "DATE", "BC0481-FA");
  expect("2009-12-19", "Rome grew in the 4th century BC.", "the 4th century BC", "DATE", "BC03");
  /* a history's bare winter: the one after the last year named, by the
   * year it ends in */
  expect("2009-12-19",
         "In 1775 war began. In 1776 the army marched; 1777 brought defeat, 1778 an alliance "
         "and 1779 a stalemate. The troops suffered through winter at the camp.",
         "winter", "DATE", "1780-WI");
}

/* news and financial-report conventions (TimeML / TempEval-3) */
static void test_news_and_reports(void **state) {
  (void)state;
  const char *q = "Profit rose in the third quarter. For the quarter, sales fell.";
  expect("1989-10-26", q, "the third quarter", "DATE", "1989-Q3");
  expect("1989-10-26", q, "the quarter", "DATE", "1989-Q3"); /* the one reported */
  expect("1989-10-26", "Profit in this year's third quarter fell.", "this year's third quarter",
         "DATE", "1989-Q3");
  expect("1989-10-26", "Sales for the full year were flat.", "the full year", "DATE", "1989");
  expect("1989-10-26", "In the year ended June 30, it lost money.", "the year", "DURATION", "P1Y");
  expect("1989-10-26", "The deal should close by year-end.", "year-end", "DATE", "1989-12-31");
  expect("1989-10-26", "It pays current market prices.", "current", "DATE", "PRESENT_REF");
  expect("1989-10-26", "Kids are different these days.", "these days", "DATE", "PRESENT_REF");
  expect_none("1989-10-26", "Sales should rise 8.5% annually.", "annually");
  expect("1989-10-26", "It holds a daily briefing.", "daily", "SET", "P1D");
  /* movable holidays: 4th Thursday of November 1999; Easter 2000 is April 23 */
  expect("2000-01-07", "He was found on Thanksgiving Day.", "Thanksgiving Day", "DATE",
         "1999-11-25");
  expect("2000-04-17", "Protesters prayed as Easter week began.", "Easter week", "DATE",
         "2000-W16");
  expect("1998-02-19", "In June last year, the party split.", "June last year", "DATE", "1997-06");
  expect("1989-10-26", "Earnings will fall in the last half of 1989.", "the last half of 1989",
         "DATE", "1989-H2");
  /* one week of a month: its ISO week in news (2009-08-28, the middle of
   * Aug. 25-31, is in W35); histories value it by its length, as WikiWars
   * annotates it */
  expect("2009-12-19", "The pressure grew during the last week of August.",
         "the last week of August", "DATE", "2009-W35");
  expect("2009-12-19",
         "The war of 1914 followed crises in 1905, 1908, 1911 and 1912; by 1913 and 1914 the "
         "alliances of 1882 and 1907 were set. The pressure grew during the last week of August.",
         "the last week of August", "DATE", "P1W");
  expect("1998-02-19", "It began in the late 1970s.", "the late 1970s", "DATE", "197");
  expect("1998-08-17", "She spent about 5 1/2 hours in Nairobi.", "5 1/2 hours", "DURATION",
         "PT5H30M");
  expect("1998-01-14", "But a minute and a half later, a pilot called.", "a minute and a half",
         "DURATION", "PT1M30S");
  expect("1998-02-13", "Flights leave on Tuesday nights.", "Tuesday nights", "SET",
         "XXXX-WXX-2TNI");
  expect("1989-11-01", "The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "TIME",
         "1989-11-06T17:00");
  expect_none("1989-10-26", "Sun, a maker of workstations, said it gained.", "Sun");
  expect_none("1989-10-26", "Mr. Smith, 52 years old, was named chairman.", "52 years old");
  /* tense: "set to" points ahead; "will" outweighs the participle "untouched" */
  expect("1998-03-22", "The talks are set to resume Monday in Belfast.", "Monday", "DATE",
         "1998-03-23");
  expect("1998-02-13", "Qantas will add flights by August in markets untouched by the crisis.",
         "August", "DATE", "1998-08");
}

static void test_unanchored(void **state) {
  (void)state;
  expect("", "The vote is on January 7.", "January 7", "DATE", "XXXX-01-07");
  expect("", "They met on Monday.", "Monday", "DATE", "XXXX-WXX-1");
  expect("", "It lasted 3 weeks.", "3 weeks", "DURATION", "P3W");
}

static void test_bad_input(void **state) {
  (void)state;
  expect_none("2026-01-08", "The deal was signed on February 30, 2025.", "February 30");
  expect_none("2026-01-08", "It was filed 2025-02-30 by the clerk.", "2025-02-30");
  expect_none("2026-01-08", "In the year 99999 nothing happens.", "99999");
  expect_none("2026-01-08", "Call 555-1234 at extension 2019x.", "2019x");
  /* invalid UTF-8, NULs, long garbage: no crash, offsets in range */
  char buf[20000];
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (char)((i * 7919u + 13u) % 256u);
  memcpy(buf + 100, "on Monday 11:00 a.m. January 7, 2026", 36);
  el_datetime d;
  assert_int_equal(timex_parse_dct("2026-01-08", &d), EL_OK);
  el_timex_vec v = {0};
  assert_int_equal(timex_tag(buf, sizeof buf, &d, &v), EL_OK);
  for (size_t i = 0; i < v.n; i++) {
    assert_true(v.v[i].start < v.v[i].end);
    assert_true(v.v[i].end <= sizeof buf);
  }
  EL_VEC_FREE(v);
  assert_int_equal(timex_tag(NULL, 0, &d, &v), EL_ERR_ARG);
  assert_int_equal(timex_tag("", 0, &d, &v), EL_OK);
  assert_int_equal(v.n, 0);
  EL_VEC_FREE(v);
}

static void test_infer_dct(void **state) {
  (void)state;
  char out[17];
  const char *origin = NULL;
  double conf = 0;
  const char *h = " date 2022-06-21 The president-elect said via Twitter that he held a call.";
  assert_int_equal(timex_infer_dct(h, strlen(h), out, &origin, &conf), EL_OK);
  assert_string_equal(out, "2022-06-21");
  assert_string_equal(origin, "header");
  assert_true(conf >= 0.8);

  const char *dl =
      "Lima, Peru, March 4: The minister resigned.\n\nThe crisis began on February 27, 2024, "
      "when protesters marched.";
  assert_int_equal(timex_infer_dct(dl, strlen(dl), out, &origin, &conf), EL_OK);
  assert_string_equal(out, "2024-03-04");
  assert_string_equal(origin, "dateline");
  assert_true(conf > 0 && conf < 0.9);

  /* the year of a January dateline comes after a late-December mention */
  const char *dl2 =
      "Washington, D.C., January 8: Leaders spoke.\nThe dispute began on December 30, 2025.";
  assert_int_equal(timex_infer_dct(dl2, strlen(dl2), out, &origin, &conf), EL_OK);
  assert_string_equal(out, "2026-01-08");

  /* dateline without any year in the content: unknown, never guessed */
  const char *dl3 = "Washington, D.C., January 8: US President and his counterpart spoke by phone.";
  assert_int_equal(timex_infer_dct(dl3, strlen(dl3), out, &origin, &conf), EL_ERR_NOTFOUND);

  const char *tw =
      "The leader posted a message.\n\"We spoke today.\" — Reporter (@someone) June 21, 2022\n";
  assert_int_equal(timex_infer_dct(tw, strlen(tw), out, &origin, &conf), EL_OK);
  assert_string_equal(out, "2022-06-21");
  assert_string_equal(origin, "embedded");

  /* a line near the top that is only a date, with weekday, clock, zone or
   * a byline: the page's date line */
  const char *lines[][2] = {
      {"Leaders meet in Paris\nSun 3 Mar 2024 10.15 GMT\n\nThe two met on Friday.", "2024-03-03"},
      {"Leaders meet\nMarch 3, 2024 | 4:05 PM ET\nThe two met on Friday.", "2024-03-03"},
      {"Leaders meet\nBy Jane Roe, March 3, 2024\nThe two met on Friday.", "2024-03-03"},
      {"Leaders meet\n\nMonday, March 4, 2024\n\nThe two met on Friday.", "2024-03-04"},
      {"Updated 10:15 AM EST, Sun March 3, 2024\n\nThe two met on Friday.", "2024-03-03"},
      {"Last updated: 28/03/2024\n\nThe two met on Friday.", "2024-03-28"},
      {"Posted 2024/03/05\n\nThe two met on Friday.", "2024-03-05"},
  };
  for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
    assert_int_equal(timex_infer_dct(lines[k][0], strlen(lines[k][0]), out, &origin, &conf), EL_OK);
    assert_string_equal(out, lines[k][1]);
    assert_string_equal(origin, "header");
  }
  /* a sentence that opens with a date is no date line; "03/04/2024" may be
   * March 4 or April 3: no date rather than a guess */
  const char *not_line[] = {"March 3, 2024 was a day to remember.\n\nThe two met on Friday.",
                            "Last updated: 03/04/2024\n\nThe two met on Friday.",
                            "By Jane Roe, March 3, 2024 was the day.\n"};
  for (size_t k = 0; k < sizeof not_line / sizeof *not_line; k++)
    assert_int_equal(timex_infer_dct(not_line[k], strlen(not_line[k]), out, &origin, &conf),
                     EL_ERR_NOTFOUND);

  const char *none = "No date anywhere in this text, only Monday and last week.";
  assert_int_equal(timex_infer_dct(none, strlen(none), out, &origin, &conf), EL_ERR_NOTFOUND);
  const char *bad = "date 2025-02-30 the clerk wrote.";
  assert_int_equal(timex_infer_dct(bad, strlen(bad), out, &origin, &conf), EL_ERR_NOTFOUND);
}

static el_doc *make_doc(const char *text, const char *dct) {
  el_doc *doc = doc_new();
  assert_non_null(doc);
  doc->text = arena_strdup(doc->arena, text);
  doc->len = strlen(text);
  snprintf(doc->published, sizeof doc->published, "%s", dct);
  return doc;
}

static el_event *add_event(el_doc *doc, const char *trigger) {
  el_event *ev = EL_VEC_PUSH(doc->events);
  assert_non_null(ev);
  const char *p = strstr(doc->text, trigger);
  assert_non_null(p);
  ev->sentence = -1;
  ev->trigger_start = (uint32_t)(p - doc->text);
  ev->trigger_end = ev->trigger_start + (uint32_t)strlen(trigger);
  ev->timex = -2;
  return ev;
}

/* An event of root `root` in sentence `sentence`, its trigger found as above. */
static el_event *add_event_in(el_doc *doc, const char *trigger, const char *root,
                              int32_t sentence) {
  el_event *ev = add_event(doc, trigger);
  strcpy(ev->root, root);
  ev->sentence = sentence;
  return ev;
}

static void test_date_events(void **state) {
  (void)state;
  const char *text =
      "The two presidents spoke by phone on Wednesday. The call lasted an hour. "
      "\"I have served this country for 20 years,\" he said. "
      "Last autumn the rebels attacked the base. "
      "Petro will take office for the period 2022-2026.";
  el_doc *doc = make_doc(text, "2026-01-08");
  /* one quotation: the text inside the marks */
  el_quote *q = EL_VEC_PUSH(doc->quotes);
  assert_non_null(q);
  const char *qs = strstr(text, "I have");
  q->start = (uint32_t)(qs - text);
  q->end = (uint32_t)(strstr(text, "years,") + 6 - text);
  q->speaker = -1;
  el_event *e0 = add_event(doc, "spoke");
  el_event *e1 = add_event(doc, "lasted");
  el_event *e2 = add_event(doc, "said");
  el_event *e3 = add_event(doc, "attacked");
  el_event *e4 = add_event(doc, "take office");
  (void)e0, (void)e1, (void)e2, (void)e3, (void)e4;
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  el_event *ev = doc->events.v;
  assert_string_equal(ev[0].date, "2026-01-07");
  assert_int_equal(ev[0].date_precision, EL_PREC_DAY);
  assert_true(ev[0].timex >= 0);
  assert_true(ev[0].date_confidence > 0.6);
  /* no date in its sentence: DCT with lower confidence; duration recorded */
  assert_string_equal(ev[1].date, "2026-01-08");
  assert_int_equal(ev[1].timex, -1);
  assert_true(ev[1].date_confidence <= 0.5);
  assert_non_null(ev[1].details_json);
  assert_non_null(strstr(ev[1].details_json, "\"PT1H\""));
  /* "for 20 years" inside the quote is neither its date nor its duration */
  assert_string_equal(ev[2].date, "2026-01-08");
  assert_true(ev[2].details_json == NULL);
  /* season: year cut, season interval */
  assert_string_equal(ev[3].date, "2025");
  assert_int_equal(ev[3].date_precision, EL_PREC_SEASON);
  assert_string_equal(ev[3].date_start, "2025-09-01");
  assert_string_equal(ev[3].date_end, "2025-11-30");
  /* a period is not an event date */
  assert_string_equal(ev[4].date, "2026-01-08");
  assert_int_equal(ev[4].timex, -1);
  doc_free(doc);

  /* a since-phrase dates the start of a state, not the clause's event */
  doc = make_doc(
      "The minister criticized the silence of the cabinet since the start of its term "
      "in March 2024. The minister criticized the plan in March 2024. Since January "
      "the army has shelled the town.",
      "2026-01-08");
  add_event(doc, "criticized the silence");
  add_event(doc, "criticized the plan");
  add_event(doc, "shelled");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  ev = doc->events.v;
  assert_string_equal(ev[0].date, "2026-01-08");
  assert_int_equal(ev[0].timex, -1);
  assert_string_equal(ev[1].date, "2024-03");
  assert_int_equal(ev[1].date_precision, EL_PREC_MONTH);
  assert_int_equal(ev[2].timex, -1);
  doc_free(doc);

  /* a present perfect in a clause of its own is not dated by another
   * clause's year; a past tense there still is, when nothing nearer is */
  doc = make_doc(
      "The two states restored ties in 2018, and its troops have fought rebels there. "
      "The two states restored ties in 2019, and its troops fought rebels there.",
      "2024-01-03");
  assert_int_equal(text_segment(doc), EL_OK);
  ev = add_event(doc, "have fought");
  ev->trigger_start += 5; /* "fought" */
  strcpy(ev->root, "19");
  ev->sentence = 0;
  ev = add_event(doc, "troops fought");
  ev->trigger_start += 7;
  strcpy(ev->root, "19");
  ev->sentence = 1;
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  ev = doc->events.v;
  assert_string_equal(ev[0].date, "2024-01-03");
  assert_string_equal(ev[1].date, "2019");
  doc_free(doc);

  /* a duration on the other side of a clause opener belongs to the other
   * clause's act: the fighting lasted four days, the ceasefire did not */
  doc = make_doc(
      "The two armies fought four days of strikes before agreeing to a ceasefire. "
      "They agreed to a truce after three weeks of fighting.",
      "2026-01-08");
  assert_int_equal(text_segment(doc), EL_OK);
  add_event_in(doc, "fought", "19", 0);
  add_event_in(doc, "agreeing", "03", 0);
  add_event_in(doc, "agreed to a truce", "03", 1);
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  ev = doc->events.v;
  assert_non_null(ev[0].details_json);
  assert_non_null(strstr(ev[0].details_json, "P4D"));
  assert_true(!ev[1].details_json || !strstr(ev[1].details_json, "P4D"));
  assert_true(!ev[2].details_json || !strstr(ev[2].details_json, "P3W"));
  doc_free(doc);

  /* a duration told of the consultation in a later sentence without an
   * event of its own goes to that consultation (both sides), once */
  doc = make_doc(
      "The two ministers spoke by phone on Monday. Officials called the conversation "
      "useful, saying it lasted about 40 minutes. The rebels attacked a convoy. "
      "The siege went on for three weeks.",
      "2026-01-08");
  assert_int_equal(text_segment(doc), EL_OK);
  add_event_in(doc, "spoke", "04", 0);
  add_event_in(doc, "spoke", "04", 0);
  add_event_in(doc, "attacked", "19", 2);
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  ev = doc->events.v;
  assert_non_null(ev[0].details_json);
  assert_string_equal(ev[0].details_json, "{\"duration\":[\"PT40M\"]}");
  assert_string_equal(ev[1].details_json, "{\"duration\":[\"PT40M\"]}");
  /* "went on for three weeks" names no consultation: not the attack's */
  assert_null(ev[2].details_json);
  doc_free(doc);

  /* a duration told of another consultation is not the call's: one of
   * another day ("the meeting on Monday"), or of another kind (a meeting
   * is no call, a call no meeting in person) */
  const char *other[] = {
      "The two leaders spoke by phone for a while on Wednesday. The meeting between them on "
      "Monday lasted more than two hours.",
      "The two leaders spoke by phone on Wednesday. The meeting in Rome lasted two hours.",
      "The two leaders met in Rome on Wednesday. The call lasted two hours."};
  for (size_t k = 0; k < sizeof other / sizeof *other; k++) {
    doc = make_doc(other[k], "2026-01-08");
    assert_int_equal(text_segment(doc), EL_OK);
    el_event *e = add_event_in(doc, k < 2 ? "spoke" : "met", "04", 0);
    strcpy(e->cameo, k < 2 ? "041" : "040");
    assert_int_equal(timex_tag_doc(doc), EL_OK);
    assert_int_equal(timex_date_events(doc), EL_OK);
    assert_true(!doc->events.v[0].details_json || !strstr(doc->events.v[0].details_json, "PT2H"));
    doc_free(doc);
  }
  /* ... while the call's own duration told later goes to it */
  doc = make_doc("The two leaders spoke by phone on Wednesday. The call lasted two hours.",
                 "2026-01-08");
  assert_int_equal(text_segment(doc), EL_OK);
  strcpy(add_event_in(doc, "spoke", "04", 0)->cameo, "041");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_non_null(doc->events.v[0].details_json);
  assert_non_null(strstr(doc->events.v[0].details_json, "PT2H"));
  doc_free(doc);

  /* quotations: the day named in the attribution, not one inside the quote
   * or a year of the context; else the article date */
  doc = make_doc(
      "\"We had a frank exchange,\" the minister told reporters on Monday. "
      "\"The 2019 deal on Friday is dead,\" she added in 2024 remarks. "
      "\"Nothing changed,\" he said.",
      "2026-01-08");
  assert_int_equal(text_segment(doc), EL_OK);
  const char *quoted[] = {"We had a frank exchange,", "The 2019 deal on Friday is dead,",
                          "Nothing changed,"};
  for (size_t i = 0; i < 3; i++) {
    el_quote *qq = EL_VEC_PUSH(doc->quotes);
    assert_non_null(qq);
    const char *at = strstr(doc->text, quoted[i]);
    qq->start = (uint32_t)(at - doc->text);
    qq->end = qq->start + (uint32_t)strlen(quoted[i]);
    qq->sentence = text_sentence_at(doc, qq->start);
    qq->speaker = -1;
  }
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_quotes(doc), EL_OK);
  assert_string_equal(doc->quotes.v[0].date, "2026-01-05"); /* Monday before Thu 8th */
  assert_string_equal(doc->quotes.v[1].date, "2026-01-08"); /* year only: not a day said */
  assert_string_equal(doc->quotes.v[2].date, "2026-01-08");
  doc_free(doc);
  /* a month or a year opening the sentence dates its quotation, at its
   * precision; one later in the sentence dates something else */
  doc = make_doc(
      "Last month, he warned that the minister \"better watch out.\" "
      "At the end of 2025, she called him \"a liar\", and in January she left. "
      "\"We talk often,\" she said of the years since her term began in January 2025.",
      "2026-01-08");
  assert_int_equal(text_segment(doc), EL_OK);
  const char *quoted2[] = {"better watch out.", "a liar", "We talk often,"};
  for (size_t i = 0; i < 3; i++) {
    el_quote *qq = EL_VEC_PUSH(doc->quotes);
    assert_non_null(qq);
    const char *at = strstr(doc->text, quoted2[i]);
    qq->start = (uint32_t)(at - doc->text);
    qq->end = qq->start + (uint32_t)strlen(quoted2[i]);
    qq->sentence = text_sentence_at(doc, qq->start);
    qq->speaker = -1;
  }
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_quotes(doc), EL_OK);
  assert_string_equal(doc->quotes.v[0].date, "2025-12");
  assert_string_equal(doc->quotes.v[1].date, "2025");
  assert_string_equal(doc->quotes.v[2].date, "2026-01-08");
  doc_free(doc);

  /* a factual past-tense act cannot come after the article: a month-day
   * the tagger put in the coming months moves a year back, unless the year
   * is written or the act is not a fact */
  doc = make_doc(
      "The vote was held on March 2. The vote will take place on March 3. "
      "Talks began on March 4, 2026.",
      "2026-01-08");
  add_event(doc, "held");
  ev = add_event(doc, "take place");
  ev->mood = EL_MOOD_INTENT;
  add_event(doc, "began");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  ev = doc->events.v;
  assert_string_equal(ev[0].date, "2025-03-02");
  assert_string_equal(ev[0].date_start, "2025-03-02");
  assert_string_equal(ev[1].date, "2026-03-03");
  assert_string_equal(ev[2].date, "2026-03-04");
  doc_free(doc);

  /* no DCT and no expression: unknown */
  doc = make_doc("The army withdrew from the town.", "");
  add_event(doc, "withdrew");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date, "");
  assert_int_equal(doc->events.v[0].date_precision, EL_PREC_UNKNOWN);
  doc_free(doc);
}

/* A noun trigger ("trade" in "discussed trade") told in the past: a
 * yearless month-day read forward by the tagger moves back a year, as for
 * a past-tense verb; not with a future cue before it. */
static void test_year_back_noun_trigger(void **state) {
  (void)state;
  const char *text =
      "The ministers discussed trade on January 7. "
      "The ministers will discuss aid on January 9.";
  el_doc *doc = make_doc(text, "2026-11-05");
  add_event(doc, "trade");
  add_event(doc, "aid");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date, "2026-01-07");
  assert_string_equal(doc->events.v[1].date, "2027-01-09");
  doc_free(doc);
  /* a relative day read past the DCT is no date of last year */
  doc = make_doc(
      "Earlier this week, police arrested three fishermen. "
      "Peru protested the arrests the following day.",
      "2025-01-09");
  add_event(doc, "protested");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_true(strncmp(doc->events.v[0].date, "2025", 4) == 0);
  doc_free(doc);
  /* ... it is a day after one of that week, or of that month, and not
   * after the article (2025-01-09 is a Thursday; last week is 2025-W01,
   * Monday 2024-12-30 to Sunday 2025-01-05) */
  doc = make_doc(
      "Last week, police arrested three fishermen. "
      "Peru protested the arrests the following day.",
      "2025-01-09");
  add_event(doc, "protested");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date, "2025-W01");
  assert_int_equal(doc->events.v[0].date_precision, EL_PREC_WEEK);
  assert_string_equal(doc->events.v[0].date_start, "2024-12-31");
  assert_string_equal(doc->events.v[0].date_end, "2025-01-06");
  doc_free(doc);
  doc = make_doc(
      "Earlier this month, police arrested three fishermen. "
      "Peru protested the arrests the next day.",
      "2025-01-09");
  add_event(doc, "protested");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date, "2025-01");
  assert_string_equal(doc->events.v[0].date_start, "2025-01-02");
  assert_string_equal(doc->events.v[0].date_end, "2025-01-09");
  doc_free(doc);
  /* a month told after the last day: the offset counts from a day of
   * that month, which one unknown (not from the earlier day) */
  doc = make_doc(
      "Last Thursday, rebels shelled the port. In January, the union imposed "
      "sanctions on the rebels. Two days later, the rebels condemned the sanctions.",
      "2025-03-05");
  add_event(doc, "condemned");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_string_equal(doc->timexes.v[2].value, "2025-01-XX");
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date, "2025-01");
  assert_int_equal(doc->events.v[0].date_precision, EL_PREC_MONTH);
  assert_string_equal(doc->events.v[0].date_start, "2025-01-03");
  assert_string_equal(doc->events.v[0].date_end, "2025-02-02");
  doc_free(doc);
  /* an act going on since a recent day spans it until now; a weekend is
   * its Saturday and Sunday (2025-11-10 is a Monday) */
  doc = make_doc(
      "Artillery units have shelled the border towns since Friday. "
      "The two ministers met at the weekend.",
      "2025-11-10");
  add_event(doc, "shelled")->sentence = 0;
  add_event(doc, "met")->sentence = 1;
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date_start, "2025-11-07");
  assert_string_equal(doc->events.v[0].date_end, "2025-11-10");
  assert_string_equal(doc->events.v[1].date_start, "2025-11-08");
  assert_string_equal(doc->events.v[1].date_end, "2025-11-09");
  doc_free(doc);
  /* the eve of a thing of a named day is the day before it */
  doc = make_doc("The minister criticized the plan on the eve of the summit on Thursday.",
                 "2025-11-10");
  add_event(doc, "criticized")->sentence = 0;
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date, "2025-11-05");
  doc_free(doc);
  /* a day told before: the offset counts from it */
  doc = make_doc(
      "On Monday, police arrested three fishermen. "
      "Peru protested the arrests the next day.",
      "2025-01-09");
  add_event(doc, "protested");
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(timex_date_events(doc), EL_OK);
  assert_string_equal(doc->events.v[0].date, "2025-01-07");
  doc_free(doc);
}

/* short social-media posts follow the tweet annotation conventions */
static void test_posts(void **state) {
  (void)state;
  /* 2026-01-08 is a Thursday */
  expect("2026-01-08", "cant sleep all night lol", "night", "TIME", "2026-01-08TNI");
  expect("2026-01-08", "Concert this Sat!! http://t.co/abc", "this Sat", "DATE",
         "2026-01-10-WXX-6");
  expect("2026-01-08", "Back in 2014 we had fun!", "2014", "DATE", "2014-XX-XX");
  expect("2026-01-08", "so tired this week #exams", "this week", "DATE", "2026-01-W02");
  expect("2026-01-08", "such a long day at work", "day", "DURATION", "P1D");
  expect("2026-01-08", "see you on Friday :)", "Friday", "DATE", "2026-01-09-WXX-5");
  expect("2026-01-08", "first day of school!", "first day", "DATE", "P1D-#1");
  expect("2026-01-08", "worried about my future!!", "future", "DATE", "FUTURE_REF");
  expect("2026-01-08", "gym every single day @coach", "every single day", "SET", "P1D");
  /* long histories (many years far from the DCT) tag "former" TIMEX2-style */
  expect("2026-01-08",
         "In 1805 the former emperor fled the capital. The war went on in 1806 and 1807, and in "
         "1812 he returned. Treaties followed in 1814 and 1815; revolts came in 1820, 1830 and "
         "1848; wars followed in 1854, 1859 and 1866.",
         "former", "DATE", "PAST_REF");
  expect_none("2026-01-08", "The former minister resigned on Monday.", "former");
  /* a year the story looks ahead to does not move the narrative's year */
  expect("2026-01-08",
         "The war began in 1964. Fighting grew in 1965 and 1968. In early March 1975 the army "
         "attacked. The next campaign would come in 1976. The defenders collapsed on 11 March.",
         "11 March", "DATE", "1975-03-11");
  expect("2026-01-08", "gym for 2 more hours lol", "2 more hours", "DURATION", "PTXH");
  expect("2026-01-08", "slept 7hrs only", "7hrs", "DURATION", "P7H"); /* tweet convention */
  expect("2026-01-08", "The meeting lasted 3hrs.", "3hrs", "DURATION", "PT3H");
  expect("2026-01-08", "swimming every tues #fit", "every tues", "SET", "XXXX-WXX-2");
  expect("2026-01-08", "Party next fri!", "next fri", "DATE", "2026-01-09-WXX-5");
  expect_none("2026-01-08", "I sat there for ages lol", "sat");
  expect("2026-01-08", "movie this Sat, 430pm!", "this Sat, 430pm", "TIME",
         "2026-01-10-WXX-6T16:30");
  expect("2026-01-08", "just another day at work lol", "another day", "DURATION", "P1D");
  expect("2026-01-08", "so cold this winter!!", "this winter", "DATE", "2026-WI");
  expect_none("2026-01-08", "get well soon!!", "soon");
  expect("2026-01-08", "Midnight movie with sis :)", "Midnight", "TIME", "2026-01-08T00:00");
  expect("2026-01-08", "we met 2 years ago today!", "2 years ago", "DATE", "2024-01-08");
  /* a well-formed news sentence keeps the news conventions */
  expect_none("2026-01-08", "The talks lasted all day.", "day");
  expect("2026-01-08", "The league was founded in 2014.", "2014", "DATE", "2014");
}

/* the hand-written JSON line equals jansson's compact dump of the same
 * record, and parses back to the span, on random byte strings */
static void test_json_record_vs_jansson(void **state) {
  (void)state;
  static const unsigned char POOL[] = {'a',  'Z',  ' ',  '"',  '\\', '/',  0,    1,    8,    9,
                                       10,   12,   13,   31,   127,  0xC3, 0xA9, 0xE2, 0x80, 0x99,
                                       0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0xC0, 0xFF, 0xF4, 0x90};
  uint32_t seed = 12345;
  for (int iter = 0; iter < 20000; iter++) {
    unsigned char text[64];
    seed = seed * 1103515245u + 12345u;
    size_t n = (seed >> 16) % sizeof text;
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      text[i] = (seed >> 24) & 1 ? POOL[(seed >> 16) % sizeof POOL] : (unsigned char)(seed >> 8);
    }
    el_timex x = {0};
    x.start = 0;
    x.end = (uint32_t)n;
    x.type = (el_timex_type)(iter % 4);
    snprintf(x.value, sizeof x.value, "%s", iter % 2 ? "2026-01-08" : "P\"X\\");
    char line[1024];
    size_t len = timex_json_record(line, sizeof line, (const char *)text, &x, 7);
    assert_true(len > 0 && line[len - 1] == '\n');
    /* jansson: the string as is, else with invalid bytes (and NUL) as U+FFFD */
    json_t *js = json_stringn((const char *)text, n);
    if (!js) {
      char fixed[64 * 3];
      size_t k = 0;
      for (size_t i = 0; i < n;) {
        size_t r = 0;
        json_t *one = NULL;
        for (size_t w = 1; w <= 4 && i + w <= n && !one; w++)
          if ((one = json_stringn((const char *)text + i, w)) != NULL) r = w;
        if (one && text[i] != 0 && (text[i] < 0x80 || r > 1)) {
          memcpy(fixed + k, text + i, r);
          k += r;
          i += r;
        } else {
          memcpy(fixed + k, "\xEF\xBF\xBD", 3);
          k += 3;
          i++;
        }
        json_decref(one);
      }
      js = json_stringn(fixed, k);
    }
    assert_non_null(js);
    json_t *o = json_object();
    json_object_set_new(o, "start", json_integer(7));
    json_object_set_new(o, "end", json_integer((json_int_t)n + 7));
    json_object_set_new(o, "text", js);
    json_object_set_new(o, "type", json_string(TYPE_NAMES[x.type]));
    json_object_set_new(o, "value", json_string(x.value));
    char *want = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    assert_non_null(want);
    assert_int_equal(len, strlen(want) + 1);
    assert_memory_equal(line, want, len - 1);
    json_error_t err;
    json_t *back = json_loadb(line, len, JSON_ALLOW_NUL, &err);
    assert_non_null(back);
    assert_true(json_equal(back, o));
    json_decref(back);
    free(want);
    json_decref(o);
  }
  /* too small a buffer: 0, never an overrun */
  el_timex x = {0};
  x.end = 3;
  char small[8];
  assert_int_equal(timex_json_record(small, sizeof small, "abc", &x, 0), 0);
}

static void test_tag_doc_skip(void **state) {
  (void)state;
  el_doc *doc = make_doc("Subscribe today! The vote was held on Monday.", "2026-01-08");
  el_span *sp = EL_VEC_PUSH(doc->skip);
  assert_non_null(sp);
  sp->start = 0;
  sp->end = 17;
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  assert_int_equal(doc->timexes.n, 1);
  assert_string_equal(doc->timexes.v[0].value, "2026-01-05");
  assert_int_equal(doc->timexes.v[0].sentence, -1);
  assert_int_equal(doc->timexes.v[0].precision, EL_PREC_DAY);
  doc_free(doc);
}

/* A typographic apostrophe (U+2019) ends a word as an ASCII one does:
 * "Friday’s" is Friday; "New Year’s Day" is a holiday either way. */
static void test_curly_possessive(void **state) {
  (void)state;
  /* 2026-01-08 is a Thursday */
  expect("2026-01-08", "Friday\xE2\x80\x99s summit was tense.", "Friday", "DATE", "2026-01-02");
  expect("2026-01-08", "Protests broke out on New Year's Day.", "New Year's Day", "DATE",
         "2026-01-01");
  expect("2026-01-08", "They met on New Year\xE2\x80\x99s Eve.", "New Year\xE2\x80\x99s Eve",
         "DATE", "2025-12-31");
  expect_none("2026-01-08", "The caf\xC3\xA9\xE2\x80\x99s new year menu.", "new year");
}

/* The tokenizer reads a plain word 16 bytes at a time when 16 bytes are
 * left, else byte by byte: both paths must give the same token.  Each word
 * is tokenized at the very end of the text (byte path) and followed by
 * padding (wide path); every field must agree. */
static void test_tokenizer_paths_agree(void **state) {
  (void)state;
  static const char *const words[] = {
      "Monday",      "monday.",   "MONDAY,",         "a.m.",
      "p.m",         "o'clock",   "Friday's",        "Friday\xE2\x80\x99s",
      "caf\xC3\xA9", "seventeen", "fifteenletterss", "sixteenletterssx",
      "yesterday;",  "Jan.",      "weeks)",          "x",
      "U.S.",        "day-long",  "years\n",         "tonight?"};
  for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
    char padded[64];
    size_t n = strlen(words[k]);
    snprintf(padded, sizeof padded, "%s%s", words[k], "                 ");
    tx_toks a = {0}, b = {0};
    assert_int_equal(tx_tokenize(words[k], n, &a), 0);
    assert_int_equal(tx_tokenize(padded, strlen(padded), &b), 0);
    assert_true(a.n >= 1);
    assert_true(b.n >= a.n);
    for (size_t i = 0; i < a.n; i++) {
      const tx_tok *x = &a.v[i], *y = &b.v[i];
      if (x->e == n && y->e > n) continue; /* a token cut by the end of the text */
      assert_int_equal(x->s, y->s);
      assert_int_equal(x->e, y->e);
      assert_int_equal(x->kind, y->kind);
      assert_int_equal(x->cap, y->cap);
      assert_int_equal(x->wlen, y->wlen);
      assert_int_equal(x->cls, y->cls);
      assert_int_equal(x->val, y->val);
      assert_memory_equal(x->w, y->w, sizeof x->w);
    }
    tx_toks_free(&a);
    tx_toks_free(&b);
  }
  /* and the wide path really finds the time word */
  tx_toks t = {0};
  const char *text = "It happened on Monday before noon and thereafter nothing.";
  assert_int_equal(tx_tokenize(text, strlen(text), &t), 0);
  assert_true(t.n >= 4);
  assert_string_equal(t.v[3].w, "monday");
  assert_int_equal(t.v[3].cls, L_WDAY);
  assert_int_equal(t.v[3].val, 1);
  assert_int_equal(t.v[3].sp, 1);
  tx_toks_free(&t);
}

/* Prose is runs of plain words one space apart, which the tokenizer takes
 * in an inner loop after the run's first word: each token of such runs
 * (with the words and sentences around them that end a run: punctuation,
 * a newline, two spaces, a number, a curly apostrophe, "a.m.") must be the
 * token its word gives alone at the end of a text (the byte path), with
 * the space and newline flags its text shows, and the candidate list must
 * hold exactly the tokens tx_can_start accepts. */
static void test_tokenizer_word_runs(void **state) {
  (void)state;
  const char *text =
      "The talks were held on Monday in Geneva and a deal is expected by March of next "
      "year, officials said late on Friday.\nThey will meet again in  two weeks at 9 a.m. "
      "before the Christmas holidays; the Friday\xE2\x80\x99s talks ended early THIS "
      "Morning as planned by the eighties generation of diplomats who met last winter";
  size_t len = strlen(text);
  tx_toks all = {0};
  assert_int_equal(tx_tokenize(text, len, &all), 0);
  assert_true(all.n >= 60);
  size_t ci = 0;
  for (size_t i = 0; i < all.n; i++) {
    const tx_tok *x = &all.v[i];
    assert_int_equal(x->sp, x->s == 0 || text[x->s - 1] == ' ' || text[x->s - 1] == '\n');
    int nl = x->s == 0;
    for (size_t b = x->s; b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\n'); b--)
      if (text[b - 1] == '\n') nl = 1;
    assert_int_equal(x->nl, nl);
    if (tx_can_start(x)) {
      assert_true(ci < all.ncand);
      assert_int_equal(all.cand[ci] & TX_CAND_TOK, i);
      ci++;
    }
    if (x->kind != TK_WORD || x->e - x->s >= 16) continue;
    tx_toks one = {0};
    assert_int_equal(tx_tokenize(text + x->s, x->e - x->s, &one), 0);
    assert_int_equal(one.n, 1);
    const tx_tok *y = &one.v[0];
    assert_int_equal(x->e - x->s, y->e);
    assert_int_equal(x->kind, y->kind);
    assert_int_equal(x->cap, y->cap);
    assert_int_equal(x->wlen, y->wlen);
    assert_int_equal(x->cls, y->cls);
    assert_int_equal(x->val, y->val);
    assert_int_equal(x->val2, y->val2);
    assert_memory_equal(x->w, y->w, sizeof x->w);
    assert_int_equal(x->dot, x->e < len && text[x->e] == '.');
    tx_toks_free(&one);
  }
  assert_int_equal(ci, all.ncand);
  tx_toks_free(&all);
}

/* Every word of data/time/lexicon.tsv is found by the compiled-in hash
 * (including words that collided with another and sit further along the
 * probe chain), on both tokenizer paths; a word outside it is not. */
static void test_lexicon_all_found(void **state) {
  (void)state;
  FILE *f = fopen(EL_SOURCE_DIR "/data/time/lexicon.tsv", "r");
  assert_non_null(f);
  char line[256];
  int words = 0, checked = 0;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\t")] = 0;
    words++;
    for (int pad = 0; pad < 2; pad++) {
      char text[300];
      snprintf(text, sizeof text, "%s%s", line, pad ? " and then some more words" : "");
      tx_toks t = {0};
      assert_int_equal(tx_tokenize(text, strlen(text), &t), 0);
      if (t.n >= 1 && strcmp(t.v[0].w, line) == 0) {
        if (t.v[0].cls == L_NONE) fail_msg("lexicon word '%s' not found (pad %d)", line, pad);
        checked++;
      }
      tx_toks_free(&t);
    }
  }
  fclose(f);
  assert_true(words > 300);
  /* a few entries ("a.d", "o'clock") tokenize differently alone */
  assert_true(checked >= 2 * words - 12);
  tx_toks t = {0};
  assert_int_equal(tx_tokenize("mondayx", 7, &t), 0);
  assert_int_equal(t.v[0].cls, L_NONE);
  tx_toks_free(&t);
}

/* "on the 14th" and "the day before": a day of the month in reference, and
 * the day next to the last date named (2026-01-08 is a Thursday) */
static void test_day_of_month_and_day_before(void **state) {
  (void)state;
  expect("2026-01-08", "The court ruled on the 5th.", "the 5th", "DATE", "2026-01-05");
  expect("2026-01-08", "The court ruled on the 20th.", "the 20th", "DATE", "2025-12-20");
  expect("2026-01-08", "The court will rule on the 20th.", "the 20th", "DATE", "2026-01-20");
  expect("2026-01-08", "The vote is due to take place on the 3rd.", "the 3rd", "DATE",
         "2026-02-03");
  expect("2026-01-08", "Rebels took the town in November. Troops left on the 14th.", "the 14th",
         "DATE", "2025-11-14");
  expect("2026-01-08", "Troops stayed from the 3rd to the 9th of March 2024.", "the 3rd", "DATE",
         "2024-03-03");
  expect_none("2026-01-08", "They met on the 25th anniversary of the treaty.", "25th");
  expect_none("2026-01-08", "The case went before the 11th Circuit.", "11th");
  expect("2026-01-08", "Rebels took the town on Monday. The day before, troops withdrew.",
         "The day before", "DATE", "2026-01-04");
  expect("2026-01-08", "Rebels took the town on Monday and left the day after.", "the day after",
         "DATE", "2026-01-06");
  expect_none("2026-01-08", "The day before the vote, troops withdrew.", "day before");
}

/* rules from the held-out news set (tests/data/timex_heldout.tsv); the
 * sentences here are new ones, values read off a calendar (2026-01-08 is a
 * Thursday; 2026-01-05 Mon; Labor Day 2026 is Monday Sept. 7; 2026-04-18 is
 * in ISO week 16) */
static void test_heldout_rules(void **state) {
  (void)state;
  const char *D = "2026-01-08";
  /* a part of the day told from the day in reference is a TIME in news */
  expect(D, "Gunmen stormed the village on Monday and fled that night.", "that night", "TIME",
         "2026-01-05TNI");
  expect(D, "The talks ended on Jan. 3 and resumed the next morning.", "the next morning", "TIME",
         "2026-01-04TMO");
  /* weekdays and months inside names */
  expect_none(D, "The minister gave an interview to the Sunday Telegraph.", "Sunday");
  expect_none(D, "The Mail on Sunday published the letters.", "Sunday");
  expect_none(D, "He hosted Saturday Night Live twice.", "Saturday");
  expect(D, "The Sunday vote was delayed.", "Sunday", "DATE", "2026-01-04");
  expect_none(D, "Singer June Carter recorded the song.", "June");
  expect(D, "Since April Congress has passed two bills.", "April", "DATE", "2025-04");
  expect_none(D, "Protests spread across the region during the Arab Spring.", "Spring");
  /* "the fall" closing a phrase after "for"; the noun "the fall in" is none */
  expect(D, "The vote is planned for the fall, officials said.", "the fall", "DATE", "2026-FA");
  expect_none(D, "He was blamed for the fall in prices.", "fall");
  /* the 2000s are a decade */
  expect(D, "Prices soared in the 2000s.", "the 2000s", "DATE", "200");
  /* daily as an adverb; each + season */
  expect(D, "The ferry runs daily from the port.", "daily", "SET", "P1D");
  expect(D, "The fair returns each summer.", "each summer", "SET", "XXXX-SU");
  /* halves and quarters of a year named from the DCT */
  expect(D, "Sales should recover in the second half of next year.", "the second half of next year",
         "DATE", "2027-H2");
  expect(D, "Output will rise in the first quarter of next year.", "the first quarter of next year",
         "DATE", "2027-Q1");
  /* "a year earlier" counts from the quarter's own year */
  expect(D, "Sales fell in the third quarter of 2024 from a year earlier.", "a year earlier",
         "DATE", "2023-Q3");
  /* frequencies */
  expect(D, "Inspectors visit twice a year.", "twice a year", "SET", "P1Y");
  expect(D, "The council meets three times a week.", "three times a week", "SET", "P1W");
  /* holidays named with "Day" */
  expect(D, "Unions will march on May Day.", "May Day", "DATE", "2026-05-01");
  expect(D, "The bridge will reopen after Labor Day.", "Labor Day", "DATE", "2026-09-07");
  expect_none(D, "The Labor Party won the vote.", "Labor");
  /* bare plural units of open count */
  expect(D, "Talks could take years.", "years", "DURATION", "PXY");
  expect(D, "Rescuers dug for hours.", "hours", "DURATION", "PTXH");
  expect(D, "The ceasefire collapsed; days later, fighting resumed.", "days", "DURATION", "PXD");
  expect_none(D, "It has been years.", "years");
  /* a date something is put off to lies ahead, whatever the tense */
  expect(D, "The vote was delayed until Monday.", "Monday", "DATE", "2026-01-12");
  expect(D, "The trial was pushed back to April.", "April", "DATE", "2026-04");
  expect(D, "Troops remained in the city until Monday.", "Monday", "DATE", "2026-01-05");
  /* a season with no tense cue is the nearer one (from January 2026 the
   * coming spring) */
  expect(D, "Classes resume in the spring.", "the spring", "DATE", "2026-SP");
  /* Martin Luther King Jr. Day: the third Monday of January (Jan. 19) */
  expect(D, "Schools close for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "DATE",
         "2026-01-19");
  expect_none(D, "Martin Scorsese spoke at the festival.", "Martin");
  /* "May"/"March" opening a sentence as the subject of a verb */
  expect("2026-06-10", "March was the warmest month on record.", "March", "DATE", "2026-03");
  expect_none("2026-06-10", "May I ask a question?", "May");
  /* "is forecast for" looks ahead */
  expect(D, "Heavy rain is forecast for Saturday.", "Saturday", "DATE", "2026-01-10");
  /* more holidays (Thanksgiving 2026 is Nov. 26) */
  expect(D, "Fireworks will light up the sky on Independence Day.", "Independence Day", "DATE",
         "2026-07-04");
  expect("2026-09-10", "Stores will open at dawn on Black Friday.", "Black Friday", "DATE",
         "2026-11-27");
  expect("2026-09-10", "Online sales will peak on Cyber Monday.", "Cyber Monday", "DATE",
         "2026-11-30");
  expect_none(D, "Ships crossed the Black Sea.", "Black");
  /* a month resolved from the DCT anchors "a month later" */
  expect(D, "Talks broke down in November. A month later, the two sides met again.",
         "A month later", "DATE", "2025-12");
  /* "for two hours later that day": "later" opens the next expression */
  expect(D, "Voting opened on Sunday and was suspended for two hours later that day.", "two hours",
         "DURATION", "PT2H");
  expect(D, "Voting opened on Sunday and was suspended for two hours later that day.",
         "later that day", "DATE", "2026-01-04");
  /* "will" just before a month in its clause: the coming one, even when
   * last year's is nearer (Nov. 2025 is 2 months back, Nov. 2026 10 ahead) */
  expect(D, "The election will be held in November.", "November", "DATE", "2026-11");
  expect(D, "Stores will open at dawn on Thanksgiving.", "Thanksgiving", "DATE", "2026-11-26");
  /* a modal with a "by" deadline looks ahead; without "by" the tense decides */
  expect(D, "Officials said the bridge could reopen by Monday.", "Monday", "DATE", "2026-01-12");
  expect(D, "Residents could not cross the bridge on Monday.", "Monday", "DATE", "2026-01-05");
  expect(D, "The convoy was stopped days before it reached the border.", "days", "DURATION", "PXD");
  /* a holiday's weekend: the one before a Monday holiday (Memorial Day
   * 2025 is Monday May 26, the Saturday before in W21; Thanksgiving 2025
   * Nov. 27, its Saturday in W48) */
  expect("2025-06-10", "Traffic was heavy over Memorial Day weekend.", "Memorial Day weekend",
         "DATE", "2025-W21-WE");
  expect("2025-12-10", "Shoppers crowded malls on Thanksgiving weekend.", "Thanksgiving weekend",
         "DATE", "2025-W48-WE");
  /* "until" with a modal that cannot be past looks ahead, and a day joined
   * by "or" goes with the first; "could not ... until" is left to the tense */
  expect(D, "The count may not finish until Friday or Saturday.", "Saturday", "DATE", "2026-01-10");
  expect(D, "Rescuers could not reach the village until Tuesday.", "Tuesday", "DATE", "2026-01-06");
  /* "week-long", "a month-long strike": the adjective is the expression */
  expect(D, "A month-long strike ended.", "month-long", "DURATION", "P1M");
  expect(D, "The week-long fair opens soon.", "week-long", "DURATION", "P1W");
  /* the verb governing the phrase picks the year strictly */
  expect(D, "The law, passed in November, takes effect next year.", "November", "DATE", "2025-11");
  expect(D, "Registration opens in February.", "February", "DATE", "2026-02");
  /* a bare month opening a range takes the year of the one closing it */
  expect(D, "Sales data cover the months from October to March.", "October", "DATE", "2025-10");
  expect(D, "Sales data cover the months from October to March.", "March", "DATE", "2026-03");
  /* "N hours, M minutes" is one duration */
  expect(D, "The marathon was won in 2 hours, 5 minutes.", "2 hours, 5 minutes", "DURATION",
         "PT2H5M");
  expect(D, "The rescue took 2 hours, and 18 people were saved.", "2 hours", "DURATION", "PT2H");
  /* "until" a day with no tense cue looks ahead; a past verb still rules */
  expect(D, "The road is closed until 6 a.m. Monday.", "6 a.m. Monday", "TIME", "2026-01-12T06:00");
  expect(D, "Troops stayed in the town until Monday.", "Monday", "DATE", "2026-01-05");
  /* "falls on" a weekday: a scheduled day */
  expect(D, "The holiday falls on Monday.", "Monday", "DATE", "2026-01-12");
  /* one week of a month is its ISO week in news */
  expect(D, "Repairs will finish in the third week of April.", "the third week of April", "DATE",
         "2026-W16");
}

/* rules drawn from timex_heldout8 (histories, posts, business news),
 * checked on other sentences; values by hand (2026-01-08 is a Thursday of
 * ISO week 2; 1901-03-02 + 12 days = 1901-03-14; Mother's Day 2025 is the
 * second Sunday of May, the 11th) */
/* "the day before yesterday", "the day after tomorrow": one expression,
 * two days from the DCT */
static void test_day_before_yesterday(void **state) {
  (void)state;
  const char *t = "He arrived the day before yesterday and leaves the day after tomorrow.";
  expect("2025-11-20", t, "the day before yesterday", "DATE", "2025-11-18");
  expect("2025-11-20", t, "the day after tomorrow", "DATE", "2025-11-22");
}

/* a quotation keeps its own tense: the attribution after it does not
 * decide; "going to" is a plan ahead */
static void test_quotation_tense(void **state) {
  (void)state;
  expect("2024-03-10",
         "``Farmers are not going to be left alone this summer,'' said a union leader.",
         "this summer", "DATE", "2024-SU");
  expect("2024-03-10", "\"We are going to march in July,\" the organiser said.", "July", "DATE",
         "2024-07");
  /* the attribution's past tense still decides outside the quotation */
  expect("2024-03-10", "The crops failed in July, a union leader said.", "July", "DATE", "2023-07");
  /* a "that" after the verb on the right opens another clause: its "will"
   * does not decide */
  expect("1995-10-30",
         "The announcement Friday of a loss showed that the firm will recover next year.", "Friday",
         "DATE", "1995-10-27");
  /* a deadline given ("has given them until") lies ahead */
  expect("2000-04-03", "The agency has given the family until 9 a.m. Tuesday to sign the paper.",
         "9 a.m. Tuesday", "TIME", "2000-04-04T09:00");
  /* a plural possessive is no closing quotation mark */
  expect("2024-03-10", "They crowded in and pledged support for the farmers' protests in July.",
         "July", "DATE", "2023-07");
}

/* a bare season ("over the summer") told in the past is the last one,
 * in the future the next; with no tense the nearer */
static void test_bare_season_tense(void **state) {
  (void)state;
  expect("2025-03-05", "Hungary criticized the union over the summer.", "the summer", "DATE",
         "2024-SU");
  expect("2025-03-05", "Hungary will criticize the union over the summer.", "the summer", "DATE",
         "2025-SU");
  expect("2025-03-05", "Schools close for the summer.", "the summer", "DATE", "2025-SU");
}

/* a year-ago comparison after a period of several quarters ("For the
 * nine months") is of that period's year, not of the quarter told before */
static void test_year_ago_after_nine_months(void **state) {
  (void)state;
  const char *t =
      "Third-quarter net income rose 10% to $5 million, up from $4 million a year "
      "ago. For the nine months, net income was $12 million, up from $9 million a "
      "year earlier.";
  expect("1995-10-26", t, "a year ago", "DATE", "1994-Q3");
  expect("1995-10-26", t, "a year earlier", "DATE", "1994");
  expect("1995-10-26",
         "Third-quarter sales rose. In the first nine months, sales fell 3% from the 1994 period.",
         "the 1994 period", "DATE", "1994");
}

/* extents: "a year-earlier loss" is the adjective, not "a year"; "4 in the
 * morning" a clock time; "in a year or two" a vague time ahead; "a week or
 * so ago" counts back as "a week ago" */
static void test_approximate_and_clock_phrases(void **state) {
  (void)state;
  const char *t = "Third-quarter net rose, compared with a year-earlier net loss.";
  expect("1995-10-27", t, "year-earlier", "DATE", "1994-Q3"); /* (the whole extent) */
  expect("1995-10-27", "The deadline passed at 4 in the morning.", "4 in the morning", "TIME",
         "1995-10-27T04:00");
  expect("1995-10-27", "They met at 9 in the evening.", "9 in the evening", "TIME",
         "1995-10-27T21:00");
  expect("1995-10-27", "Prices may fall in a year or two.", "a year or two", "DATE", "FUTURE_REF");
  expect("1995-10-27", "He left a week or so ago.", "a week or so ago", "DATE", "1995-W42");
  expect("1995-10-27", "He spent a year or two in Paris.", "a year", "DURATION", "P1Y");
  /* news: "A few days later" after a past act is still past */
  expect("1995-10-27", "In January, the firm filed suit. A few days later, it announced a deal.",
         "A few days later", "DATE", "PAST_REF");
  expect("1995-10-27", "The talks will resume a few days later.", "a few days later", "DATE",
         "FUTURE_REF");
  /* a count back past year 1 is a year BC, never a negative number */
  expect("2025-03-05", "The city was founded 3,000 years ago.", "3,000 years ago", "DATE",
         "BC0976");
  /* "will one day be": an indefinite time ahead; "one day" as a length
   * stays one */
  expect("1995-10-27", "Islam will one day be the largest religion.", "one day", "DATE",
         "FUTURE_REF");
  expect("1995-10-27", "The strike lasted one day.", "one day", "DURATION", "P1D");
  /* "This quarter's loss" in a report on the last quarter: that quarter;
   * "this quarter" ahead: the DCT's */
  const char *q =
      "The firm reported a net loss for the third quarter ended Sept. 30. This "
      "quarter's loss includes charges. Sales will rise this quarter.";
  expect("1995-11-01", q, "This quarter", "DATE", "1995-Q3");
  expect("1995-11-01", q, "this quarter", "DATE", "1995-Q4");
  /* "the first two quarters of 1996", "the last six months of 1994": a
   * half of that year */
  expect("1995-10-27", "Costs will rise through the first two quarters of 1996.",
         "the first two quarters of 1996", "DATE", "1996-H1");
  expect("1995-10-27", "Sales fell in the last six months of 1994.", "the last six months of 1994",
         "DATE", "1994-H2");
  /* "last Oct. 23": the last such day; "Friday Oct. 13" without a comma */
  expect("1996-04-19", "The doctor was shot last Oct. 23 at his home.", "last Oct. 23", "DATE",
         "1995-10-23");
  expect("1996-04-19", "Talks resume next March 4.", "next March 4", "DATE", "1997-03-04");
  expect("1995-10-27", "Funds seeped out Friday Oct. 13 alone.", "Friday Oct. 13", "DATE",
         "1995-10-13");
}

/* "H2", "Q3" name a half or quarter only capitalized, outside posts */
static void test_lowercase_fiscal_code(void **state) {
  (void)state;
  const char *t =
      "The drug blocks the h2 receptor in the stomach, the company said in a "
      "statement on Monday. Sales rose in H2, the firm added.";
  expect("2025-03-05", t, "H2", "DATE", "2024-H2");
  expect_none("2025-03-05", t, "h2");
}

/* "31 May-1 June 1916": a day that opens a range takes the year named at
 * its end (the year before when the range crosses a new year) */
static void test_range_opening_day_year(void **state) {
  (void)state;
  expect("2010-01-01", "The battle took place on 31 May-1 June 1916 in the North Sea.", "31 May",
         "DATE", "1916-05-31");
  expect("2010-01-01", "The talks ran from May 30 to June 2, 1987, in Geneva.", "May 30", "DATE",
         "1987-05-30");
  expect("2010-01-01", "The siege lasted from December 30 through January 2, 1991.", "December 30",
         "DATE", "1990-12-30");
  /* no year at the end: the opening day is dated as before */
  expect("2010-01-01", "He met her on May 31 and June 1.", "May 31", "DATE", "2009-05-31");
}

/* an "-ed" adjective after a determiner is no past verb of the clause */
static void test_adjective_ed_no_tense(void **state) {
  (void)state;
  expect("2025-10-26", "The bonus would be paid on a still unspecified date in January.", "January",
         "DATE", "2026-01");
  expect("2025-10-26", "The firm will announce the proposed merger in January.", "January", "DATE",
         "2026-01");
}

/* A news story citing many old years (a "narrative" by count) still dates
 * what lies ahead from its own date. */
static void test_news_citing_old_years_future(void **state) {
  (void)state;
  const char *t =
      "The bloc was founded in 1949. It admitted Greece in 1952, Austria in 1955, Chile in "
      "1961, Peru in 1968 and Spain in 1982. Its leaders will meet at a summit set for Lisbon "
      "in April.";
  expect("1999-03-12", t, "April", "DATE", "1999-04");
  /* the story's own past still anchors on its last year */
  expect("1999-03-12",
         "The bloc was founded in 1949. It admitted Greece in 1952, Austria in "
         "1955, Chile in 1961, Peru in 1968 and Spain in 1982. The treaty was "
         "signed in April.",
         "April", "DATE", "1982-04");
}

static void test_batch8_rules(void **state) {
  (void)state;
  const char *D = "2026-01-08";
  /* a past episode a news text recounts, opened by its date */
  const char *s1 =
      "On 2 March 1901 the strike began. Twelve days later it ended, and by "
      "mid-April the mills had reopened.";
  expect(D, s1, "Twelve days later", "DATE", "1901-03-14");
  expect(D, s1, "mid-April", "DATE", "1901-04");
  /* a year cited inside a sentence is background, not the story's */
  expect(D, "The plant, which opened in 2015, was closed in March.", "March", "DATE", "2025-03");
  expect(D, "In 1944 the front reached the border, and the war ended the following May.",
         "the following May", "DATE", "1945-05");
  expect(D, "The king died in 1547, and his son was crowned the next year.", "the next year",
         "DATE", "1548");
  expect(D, "On 4 August 1914 Britain declared war. By the end of the year the front had frozen.",
         "the end of the year", "DATE", "1914");
  expect(D, "On 4 August 1914 Britain declared war. By month's end, it had lost a battle.",
         "month's end", "DATE", "1914-08");
  expect(D, "The company expects to close the deal by month-end.", "month-end", "DATE", "2026-01");
  expect(D, "On 3 March 1862 he resigned; he led the army again that summer.", "that summer",
         "DATE", "1862-SU");
  expect(D, "The town was founded in the early 12th century.", "the early 12th century", "DATE",
         "11");
  expect(D, "Borders shifted in the mid-19th century.", "the mid-19th century", "DATE", "18");
  expect(D, "The fighting continued for another two years.", "another two years", "DURATION",
         "P2Y");
  /* a day counted from a month with no day: a day of that month */
  expect(D, "The revolt began in October 1915; four days later the capital fell.",
         "four days later", "DATE", "1915-10-XX");
  expect(D, "He was fired last October and left the building that day.", "that day", "DATE",
         "2025-10-XX");
  expect(D, "Over the following days the rebels withdrew.", "the following days", "DURATION",
         "PXD");
  expect(D, "The vote is at 7:30 tonight.", "7:30 tonight", "TIME", "2026-01-08T19:30");
  expect(D, "Restaurants will be full on Valentine's Day.", "Valentine's Day", "DATE",
         "2026-02-14");
  expect(D, "Flower sales peaked before Mother's Day last year.", "Mother's Day", "DATE",
         "2025-05-11");
  /* business periods */
  expect(D, "Profit fell in the October-December quarter.", "the October-December quarter", "DATE",
         "2025-Q4");
  expect(D, "Sales over the trailing 12 months rose.", "the trailing 12 months", "DURATION",
         "P12M");
  expect(D, "It will invest $1 billion over the next three fiscal years.",
         "the next three fiscal years", "DURATION", "P3Y");
  expect(D, "Debt at year-end 2024 was $3 billion.", "year-end 2024", "DATE", "2024-12-31");
  expect(D, "FY25 revenue was $3 billion.", "FY25", "DATE", "2025");
  /* a length in decades: years in news (TBAQ's "past decade" P10Y, "two
   * decades" P20Y), the DE unit in a text on years long past */
  expect(D, "Prices have doubled over the past decade.", "the past decade", "DURATION", "P10Y");
  expect(D, "The feud has lasted more than two decades.", "more than two decades", "DURATION",
         "P20Y");
  expect(D, "Rebels held the valley for nearly a decade before the army took it in 1881.",
         "nearly a decade", "DURATION", "P1DE");
  /* "over a year" is more than a year; "over the past N years" a preposition */
  expect(D, "The siege lasted over a year.", "over a year", "DURATION", "P1Y");
  expect(D, "The city fell in 1453. Two years before, a truce had been signed.", "Two years before",
         "DATE", "1451");
  expect(D, "He arrived two days before the vote.", "two days", "DURATION", "P2D");
  expect(D, "The army landed in 1861. On January 24 of the same year, the fort fell.",
         "January 24 of the same year", "DATE", "1861-01-24");
  expect(D, "Sales rose over the past three years.", "the past three years", "DURATION", "P3Y");
  expect(D, "The city fell in 1453. Almost two decades earlier, a truce had been signed.",
         "Almost two decades earlier", "DATE", "143");
  expect(D, "The offer expires at 5 p.m. Eastern time on Jan. 21.", "5 p.m.", "TIME",
         "2026-01-21T17:00");
  /* in January the quarter reported is last year's fourth */
  expect(D, "Fourth-quarter profit rose from the year-earlier quarter.", "the year-earlier quarter",
         "DATE", "2024-Q4");
  expect(D, "In the year-ago quarter, it earned $1 a share.", "the year-ago quarter", "DATE",
         "2024-Q4");
  /* posts */
  expect(D, "party 2nite!!", "2nite", "TIME", "2026-01-08TNI");
  expect(D, "cant wait 4 2morrow", "2morrow", "DATE", "2026-01-09");
  expect(D, "yday was rough lol", "yday", "DATE", "2026-01-07");
  expect(D, "road trip this wknd!!", "this wknd", "DATE", "2026-W02-WE");
  expect(D, "sept 30 deadline smh", "sept 30", "DATE", "2026-09-30");
  expect(D, "tix on sale 1/15 at 10am", "1/15", "DATE", "2026-01-15");
  expect(D, "tix on sale 1/15 at 10am", "10am", "TIME", "2026-01-15T10:00");
  expect_none(D, "ate 3/4 of the pizza lol", "3/4");
  expect("2025-12-18", "merry xmas everyone", "xmas", "DATE", "2025-12-25");
  expect(D, "Back in '05, the plant closed.", "'05", "DATE", "2005");
  expect(D, "Music of the '90s is back.", "the '90s", "DATE", "199");
  expect_none(D, "Congrats to alumna Jo Li ('13) on the award.", "'13");
  expect(D, "nxt yr will be better", "nxt yr", "DATE", "2027");
  expect_none(D, "happy new year everyone!!", "year");
}

/* rules drawn from timex_heldout9.tsv, on sentences written for the test */
static void test_batch9_rules(void **state) {
  (void)state;
  const char *D = "2026-01-08"; /* a Thursday */
  /* "and" + an auxiliary opens a second predicate with its own tense */
  expect(D, "The delegates gathered in Oslo on Monday and will gather again in March.", "Monday",
         "DATE", "2026-01-05");
  expect(D, "The minister landed in Riga on Tuesday and is expected to stay a week.", "Tuesday",
         "DATE", "2026-01-06");
  expect(D, "The talks will open in Oslo on Monday and are expected to last a week.", "Monday",
         "DATE", "2026-01-12");
  /* a "since" bound lies behind, whatever tense follows */
  expect(D, "The ship has been at sea since March and was due to dock before the storm.", "March",
         "DATE", "2025-03");
  /* "overnight" as an adverb is the night before the day told from */
  expect(D, "Shelling was heard overnight in the northern districts.", "overnight", "TIME",
         "2026-01-07TNI");
  expect(D, "Rebels attacked on Monday, and fighting raged overnight, officials said.", "overnight",
         "TIME", "2026-01-05TNI");
  expect_none(D, "The overnight lending rate rose to 4 percent.", "overnight");
  expect(D, "Overnight, rebels shelled the port.", "Overnight", "TIME", "2026-01-07TNI");
  expect_none(D, "Travelers booked an overnight stay near the airport.", "overnight");
  /* a day after a clock time: the plan or the deadline looks ahead as the
   * day alone does */
  expect(D, "Dockers voted to walk out for 48 hours starting at 6 a.m. Monday.", "6 a.m. Monday",
         "TIME", "2026-01-12T06:00");
  expect(D, "The court extended its deadline until 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday",
         "TIME", "2026-01-13T09:00");
  expect(D, "The court extended its deadline until Tuesday.", "Tuesday", "DATE", "2026-01-13");
  /* after a reported fourth quarter, "the (full) year" is that quarter's */
  expect("2026-02-04", "Fourth-quarter profit rose 5%, and for the full year sales grew 3%.",
         "the full year", "DATE", "2025");
  expect("2026-02-04", "The retailer expects sales to grow 3% for the full year.", "the full year",
         "DATE", "2026");
  /* "the same quarter last year": one expression, the quarter under report
   * a year back */
  expect("2025-10-29",
         "Profit in the third quarter rose to $2 billion from $1.5 billion in the same "
         "quarter last year.",
         "the same quarter last year", "DATE", "2024-Q3");
  expect("2025-10-29", "Third-quarter sales fell 3% from the corresponding period a year earlier.",
         "the corresponding period a year earlier", "DATE", "2024-Q3");
  expect("2025-10-29", "Exports rose 4% from the same period last year.",
         "the same period last year", "DATE", "2024");
  /* a relative clause between commas keeps its tense to itself */
  expect("2025-05-20", "The mayor, who took office in January, faces a recall vote this fall.",
         "this fall", "DATE", "2025-FA");
  expect("2025-05-20", "The mayor took office in January and faced a recall vote this spring.",
         "this spring", "DATE", "2025-SP");
  /* a fiscal quarter is of the fiscal year named by the year it ends in;
   * "fiscal" belongs to the expression */
  expect("2025-07-24",
         "The firm earned $2 billion in its fiscal fourth quarter, which ended June 30.",
         "fiscal fourth quarter", "DATE", "2025-Q4");
  expect("2025-07-24", "The firm earned $2 billion in the fourth quarter.", "the fourth quarter",
         "DATE", "2024-Q4");
  /* "the prior-year quarter" is "the year-ago quarter" */
  expect("2025-10-29", "Third-quarter profit rose from the prior-year quarter.",
         "the prior-year quarter", "DATE", "2024-Q3");
  expect_none("2025-10-29", "He had no prior convictions.", "prior");
  expect("2025-07-24", "Sales in the April-June period rose 4% from a year ago.",
         "the April-June period", "DATE", "2025-Q2");
  /* "takes effect on" a day names a scheduled act */
  expect(D, "The new tariff takes effect on Monday.", "Monday", "DATE", "2026-01-12");
  expect(D, "The new tariff took effect on Monday.", "Monday", "DATE", "2026-01-05");
  /* no time: an event named by its season, a clock time in four digits */
  expect_none(D, "Tickets for the Winter Olympics went on sale.", "Winter");
  expect_none(D, "The Summer Games drew record crowds.", "Summer");
  expect_none(D, "Polls closed at 8 p.m. local time (1900 GMT).", "1900");
  /* "in recent years" is the recent past; shorter units are stretches */
  expect(D, "Tuition has soared in recent years.", "recent years", "DATE", "PAST_REF");
  expect(D, "Tuition has soared in recent weeks.", "recent weeks", "DURATION", "PXW");
  /* "daily" before another time expression is an adverb */
  expect(D, "The port handled 40 ships daily last month.", "daily", "SET", "P1D");
  expect_none(D, "Police set up daily checkpoints on the road.", "daily");
}

/* The date timex_date_events gives a fact event of root 04 on the first
 * `trigger` in text ("\n\n" between paragraphs), sentences segmented as
 * the pipeline does; the caller frees nothing (static buffer). */
static const char *event_date(const char *dct, const char *text, const char *trigger) {
  static char out[17];
  el_doc *doc = make_doc(text, dct);
  assert_int_equal(text_segment(doc), EL_OK);
  assert_int_equal(timex_tag_doc(doc), EL_OK);
  el_event *ev = add_event_in(doc, trigger, "04", 0);
  ev->sentence = text_sentence_at(doc, ev->trigger_start);
  assert_int_equal(timex_date_events(doc), EL_OK);
  snprintf(out, sizeof out, "%s", doc->events.v[0].date);
  doc_free(doc);
  return out;
}

/* A weekday is read from the day the text tells the act from: a report's
 * day in the sentence, else the dateline's (2025-05-19 is a Monday, the
 * Thursday before 05-15, the Saturday before that 05-10) */
static void test_weekday_from_telling_day(void **state) {
  (void)state;
  const char *D = "2025-05-19";
  assert_string_equal(
      event_date(D,
                 "The agency reported on Thursday that rebels had burned two villages on Saturday.",
                 "burned"),
      "2025-05-10");
  assert_string_equal(
      event_date(D, "Rebels burned two villages on Saturday, the agency reported on Thursday.",
                 "burned"),
      "2025-05-10");
  /* the report's own day, and a plan it tells, stand */
  assert_string_equal(
      event_date(D,
                 "The agency reported on Thursday that rebels had burned two villages on Saturday.",
                 "reported"),
      "2025-05-15");
  assert_string_equal(
      event_date(D, "The spokesman said on Thursday that the envoy would arrive on Saturday.",
                 "arrive"),
      "2025-05-17");
  /* no report: the DCT's Saturday */
  assert_string_equal(event_date(D, "Rebels burned two villages on Saturday.", "burned"),
                      "2025-05-17");
  /* a dateline four days before the DCT */
  assert_string_equal(event_date(D,
                                 "NAIROBI, May 15 (Reuters) - Police dispersed protesters in the "
                                 "capital on Saturday, witnesses said.",
                                 "dispersed"),
                      "2025-05-10");
  assert_string_equal(
      event_date(D, "NAIROBI, May 15 (Reuters) - The president will visit Mombasa on Sunday.",
                 "visit"),
      "2025-05-18");
  /* a report's day given by a noun of one ("in an interview on Thursday") */
  assert_string_equal(event_date(D,
                                 "In an interview on Thursday, the general said his men had "
                                 "taken the bridge on Saturday.",
                                 "taken"),
                      "2025-05-10");
  /* a report dated by the sentence before, as a statement */
  assert_string_equal(event_date(D,
                                 "The ministry issued a statement on Thursday. It said rebels "
                                 "had burned two villages on Saturday.",
                                 "burned"),
                      "2025-05-10");
  assert_string_equal(event_date(D,
                                 "Rebels attacked the town on Thursday. The army said troops had "
                                 "repelled them on Saturday.",
                                 "repelled"),
                      "2025-05-17");
  /* "yesterday", "today" count from the dateline's day too */
  assert_string_equal(
      event_date(D, "NAIROBI, May 15 (Reuters) - Parliament passed the bill yesterday.", "passed"),
      "2025-05-14");
  assert_string_equal(event_date(D,
                                 "NAIROBI, May 15 (Reuters) - The president will address the "
                                 "nation at 8 p.m. today.",
                                 "address"),
                      "2025-05-15T20:00");
  assert_string_equal(event_date(D, "Parliament passed the bill yesterday.", "passed"),
                      "2025-05-18");
  /* a headline takes its lede's day, read back from the dateline too
   * (the Sunday before Thursday 05-15 is 05-11) */
  assert_string_equal(event_date(D,
                                 "Police clash with students\n\nNAIROBI, May 15 (Reuters) - "
                                 "Police fired tear gas at students on Sunday, witnesses said.",
                                 "clash"),
                      "2025-05-11");
}

/* "two days after that" after a day told before: "that" stands for the act
 * before, and the trigger's clause lies that far after it; "after that
 * report was published" is a determiner, the clause tied to the day */
static void test_after_that_anaphor(void **state) {
  (void)state;
  const char *D = "2026-03-27";
  assert_string_equal(event_date(D,
                                 "Troops entered the city on March 3, and two days after that "
                                 "they withdrew.",
                                 "withdrew"),
                      "2026-03-05");
  assert_string_equal(
      event_date(D, "The minister arrived on March 2. A week after this, the army pulled out.",
                 "pulled"),
      "2026-03-09");
  assert_string_equal(
      event_date(D, "The minister resigned on March 6, a day after that report was published.",
                 "published"),
      "2026-03-05");
}

/* "9.30 p.m.": hours and minutes joined by a dot are a clock time before
 * a.m./p.m. (2026-01-08 is a Thursday, 01-05 the Monday before); a decimal
 * otherwise */
static void test_dotted_clock_time(void **state) {
  (void)state;
  const char *D = "2026-01-08";
  /* (a clock time, "on", a day: two expressions, the time on that day) */
  expect(D, "Shelling began at 9.30 p.m. on Monday.", "9.30 p.m.", "TIME", "2026-01-05T21:30");
  expect(D, "Polls opened at 7.45 a.m. today.", "7.45 a.m. today", "TIME", "2026-01-08T07:45");
  expect_none(D, "Turnout rose 9.30 percent.", "9.30");
  expect_none(D, "The index closed at 9.30 on Monday.", "9.30");
  expect_none(D, "Version 1.20.5 was released.", "1.20");
}

/* a recent aside between commas is the scene of an act told without a time
 * ("who met ... on Tuesday, agreed"), but not when it tells in the passive
 * what was done to the subject before ("who was arrested on Tuesday, was
 * freed": the article's day).  2026-01-06 is the Tuesday before 01-08. */
static void test_passive_aside_no_scene(void **state) {
  (void)state;
  const char *D = "2026-01-08";
  assert_string_equal(
      event_date(D, "The activist, who was arrested on Tuesday, was freed on bail.", "freed"),
      "2026-01-08");
  assert_string_equal(
      event_date(D, "The activist, who was arrested on Tuesday, was freed on bail.", "arrested"),
      "2026-01-06");
  assert_string_equal(
      event_date(D, "The envoys, who met in Rome on Tuesday, agreed to a truce.", "agreed"),
      "2026-01-06");
}

/* the paragraph right after the lede: a past passive with no time of its
 * own is done in the lede's scene, a reaction of another side is not
 * (2026-01-05 is the Monday before 01-08) */
static void test_passive_after_lede(void **state) {
  (void)state;
  const char *D = "2026-01-08";
  assert_string_equal(event_date(D,
                                 "Troops stormed the village on Monday.\n\nSix men were "
                                 "detained and taken to the capital.",
                                 "detained"),
                      "2026-01-05");
  assert_string_equal(event_date(D,
                                 "Troops stormed the village on Monday.\n\nThe government "
                                 "denied any abuses.",
                                 "denied"),
                      "2026-01-08");
  /* a passive with an agent of its own is that side's act */
  assert_string_equal(event_date(D,
                                 "Troops stormed the village on Monday.\n\nThe mayor was "
                                 "criticised by rights groups.",
                                 "criticised"),
                      "2026-01-08");
}

/* a quarter or a half already over, told as ahead, is next year's ("will
 * withdraw in the first quarter" on December 31); the quarter just ended
 * is the one results are due for, and a past clause keeps this year's */
static void test_quarter_ahead_next_year(void **state) {
  (void)state;
  const char *D = "2025-12-31";
  expect(D, "The army will withdraw from the region in the first quarter.", "the first quarter",
         "DATE", "2026-Q1");
  expect(D, "Exports fell in the first quarter.", "the first quarter", "DATE", "2025-Q1");
  expect(D, "The firm will report third-quarter results next week.", "third-quarter", "DATE",
         "2025-Q3");
  expect(D, "Growth will pick up in the first half.", "the first half", "DATE", "2026-H1");
  expect(D, "Growth slowed in the first half.", "the first half", "DATE", "2025-H1");
}

/* a time in a relative clause after the trigger, whose pronoun is its
 * subject and whose verb is past, is that verb's: the trigger, with none
 * of its own, takes the article's day (2026-01-05 is the Monday before
 * 01-08) */
static void test_relative_past_clause_time(void **state) {
  (void)state;
  const char *D = "2026-01-08";
  assert_string_equal(
      event_date(D, "The envoy denounced the raid that destroyed a clinic on Monday.", "denounced"),
      "2026-01-08");
  assert_string_equal(
      event_date(D, "The envoy denounced the raid that destroyed a clinic on Monday.", "destroyed"),
      "2026-01-05");
  assert_string_equal(
      event_date(D, "The cabinet sacked the envoy who negotiated the truce in October.", "sacked"),
      "2026-01-08");
  /* a present one tells what the thing says ("a plan that calls for a
   * vote in March") */
  assert_string_equal(
      event_date(D, "The council approved a plan that calls for a vote in March.", "approved"),
      "2026-01-08");
  /* no relative clause: the day is the trigger's own */
  assert_string_equal(
      event_date(D, "The envoy denounced the raid on the clinic on Monday.", "denounced"),
      "2026-01-05");
}

/* rules drawn from timex_heldout10.tsv, on sentences written for the test */
static void test_batch10_rules(void **state) {
  (void)state;
  const char *D = "2026-01-08"; /* a Thursday */
  /* a modal of expectation right before the verb of the day looks ahead,
   * past an attribution */
  expect(D, "Engineers said the new span should open at noon Saturday.", "noon Saturday", "TIME",
         "2026-01-10T12:00");
  expect(D, "Officials said the council may vote on Monday.", "Monday", "DATE", "2026-01-12");
  expect(D, "Officials said the council voted on Monday.", "Monday", "DATE", "2026-01-05");
  /* "could/should ... until" a day: a bound ahead, unless negated */
  expect(D, "He flew to Lima for meetings that could run until Tuesday.", "Tuesday", "DATE",
         "2026-01-13");
  expect(D, "Rescuers could not reach the village until Tuesday.", "Tuesday", "DATE", "2026-01-06");
  /* "has until" a day: a deadline given */
  expect(D, "The company has until midnight Sunday to answer, a regulator said.", "midnight Sunday",
         "TIME", "2026-01-11T24:00");
  /* a clock time's abbreviation dot does not cut the clause from its
   * auxiliary */
  expect(D, "The hearing will resume at 10 a.m. EST Monday, the clerk said.", "10 a.m. EST Monday",
         "TIME", "2026-01-12T10:00");
  /* papers and programmes named with a deictic word or a unit */
  expect_none(D, "The senator told USA Today that he would not run.", "Today");
  expect_none(D, "She was interviewed on the Today show.", "Today");
  expect_none(D, "The network aired the interview on its Today program.", "Today");
  expect(D, "Today the senator said he would not run.", "Today", "DATE", "2026-01-08");
  expect(D, "The senator said Today he would not run.", "Today", "DATE", "2026-01-08");
  expect_none(D, "The story first aired on a 60 Minutes broadcast.", "60 Minutes");
  expect(D, "The interview lasted 60 minutes.", "60 minutes", "DURATION", "PT60M");
  /* "this/last WEEKDAY" takes its part of day as the bare weekday does */
  expect(D, "We will be back with more this Thursday evening.", "this Thursday evening", "TIME",
         "2026-01-08TEV");
  expect(D, "The fire broke out last Monday night.", "last Monday night", "TIME", "2026-01-05TNI");
  /* "the second half" told in the first half: ahead when the clause looks
   * ahead ("expect" is a cue of the future, as "expected"), else last year's */
  expect("2026-05-12", "Analysts expect demand to recover in the second half.", "the second half",
         "DATE", "2026-H2");
  expect("2026-05-12", "Demand recovered in the second half.", "the second half", "DATE",
         "2025-H2");
  /* "the better part of" a length belongs to it */
  expect(D, "She lived abroad for the better part of a decade.", "the better part of a decade",
         "DURATION", "P10Y");
  expect(D, "She lived abroad for the better part of the year.", "the year", "DATE", "2026");
  /* "this past/coming" + unit or day: "this" belongs to it */
  expect(D, "This past weekend, crowds filled the square.", "This past weekend", "DATE",
         "2026-W01-WE");
  expect(D, "The market reopens this coming week.", "this coming week", "DATE", "2026-W03");
  /* "N years ago this week": the year N back, then the week */
  expect(D, "The border opened 30 years ago this week.", "30 years ago", "DATE", "1996");
  expect(D, "The border opened 30 years ago this week.", "this week", "DATE", "2026-W02");
  /* "by week's end" in news: the DCT's week, as "by month's end" its month */
  expect(D, "Negotiators hope to reach a deal by week's end.", "week's end", "DATE", "2026-W02");
  /* "mid-morning", "mid afternoon yesterday": that part of the day */
  expect(D, "Shares slipped by mid-morning.", "mid-morning", "TIME", "2026-01-08TMO");
  expect(D, "The fire broke out mid afternoon yesterday.", "mid afternoon yesterday", "TIME",
         "2026-01-07TAF");
  /* a present copula before the time states a schedule ahead */
  expect(D, "Rescuers searched all night. The deadline is 5 p.m. Monday.", "5 p.m. Monday", "TIME",
         "2026-01-12T17:00");
  expect(D, "Rescuers searched all night. The deadline was 5 p.m. Monday.", "5 p.m. Monday", "TIME",
         "2026-01-05T17:00");
  /* "the months ahead" is an open length, as "the coming months" */
  expect(D, "Prices may rise further in the months ahead.", "the months ahead", "DURATION", "PXM");
  expect_none(D, "Talks stalled in the weeks ahead of the vote.", "the weeks ahead");
  /* "a few minutes ago" in news: a vague point within the day, TIME */
  expect(D, "A few minutes ago, the ministry confirmed the arrests.", "A few minutes ago", "TIME",
         "PAST_REF");
  /* transcripts spell the year after a month, a season, a half */
  expect("1998-03-05", "Prices peaked in January nineteen ninety-seven.",
         "January nineteen ninety-seven", "DATE", "1997-01");
  expect("1998-03-05", "It was the winter of nineteen ninety-four.",
         "the winter of nineteen ninety-four", "DATE", "1994-WI");
  /* ... and the day after a month, joined to a weekday naming it */
  expect("1998-03-05", "The runoff is set for March eighth.", "March eighth", "DATE", "1998-03-08");
  expect("1998-03-05", "The runoff is this coming Sunday, March eighth.",
         "this coming Sunday, March eighth", "DATE", "1998-03-08");
  expect("1998-03-05", "In March second-quarter orders fell.", "March", "DATE", "1998-03");
  /* spelled decades: the latest begun by the DCT's year; not temperatures */
  expect("1998-03-05", "The mill closed in the early eighties.", "the early eighties", "DATE",
         "198");
  expect("2026-03-05", "Rents have doubled since the twenties began.", "the twenties", "DATE",
         "202");
  expect_none("1998-03-05", "Highs will reach the seventies.", "the seventies");
  /* "the past/last/next hour" is a length (an hour has no calendar value) */
  expect(D, "In the past hour, the rebels have advanced.", "the past hour", "DURATION", "PT1H");
  expect_none(D, "The deal collapsed at the last minute.", "the last minute");
}

static void test_batch11_rules(void **state) {
  (void)state;
  const char *D = "2026-01-08"; /* a Thursday */
  /* a clock time, "on", a day: two expressions, the time on that day */
  expect(D, "The envoys will meet at 10:15 a.m. on March 3 in Oslo.", "10:15 a.m.", "TIME",
         "2026-03-03T10:15");
  expect(D, "The envoys will meet at 10:15 a.m. on March 3 in Oslo.", "March 3", "DATE",
         "2026-03-03");
  expect(D, "The strike began at 6 p.m. on Monday.", "6 p.m.", "TIME", "2026-01-05T18:00");
  expect(D, "The strike began at 6 p.m. on Monday.", "Monday", "DATE", "2026-01-05");
  /* "half a/an" unit: half of it in the next smaller unit */
  expect(D, "Turnout was the highest in half a century.", "half a century", "DURATION", "P50Y");
  expect(D, "The repairs took half a year.", "half a year", "DURATION", "P6M");
  expect(D, "The queue lasted half a day.", "half a day", "DURATION", "PT12H");
  expect(D, "They waited half an hour.", "half an hour", "DURATION", "PT30M");
  /* an ordinal half or quarter of a thing that is not the calendar */
  expect_none(D, "The goalkeeper was injured in the first half of the game.", "first half");
  expect_none(D, "They trailed by ten points in the third quarter of the final.", "third quarter");
  expect_none(D, "He resigned in the second half of his term.", "second half");
  expect(D, "Profits fell in the first half of last year.", "the first half of last year", "DATE",
         "2025-H1");
  expect(D, "Exports grew in the third quarter of 2025.", "the third quarter of 2025", "DATE",
         "2025-Q3");
  /* a capitalized season between a lowercase word and a capitalized one
   * opens a place name */
  expect_none(D, "Flooding closed roads in Spring Valley on the east side.", "Spring");
  expect_none(D, "The shop on Summer Street was looted.", "Summer");
  expect(D, "The campaign was planned for Spring 2026.", "Spring 2026", "DATE", "2026-SP");
  /* "since" a season: the last one, whatever the tense */
  expect("2025-12-06", "Fuel has cost more since the spring.", "the spring", "DATE", "2025-SP");
  expect("2025-12-06", "Strikes have spread since spring.", "spring", "DATE", "2025-SP");
  expect("2025-12-06", "Output has slipped since fall.", "fall", "DATE", "2025-FA");
  /* a superlative or first/last before "in" + bare units closing the phrase */
  expect(D, "The currency hit its weakest level in months.", "months", "DURATION", "PXM");
  expect(D, "It was the first time in years, a spokesman said.", "years", "DURATION", "PXY");
  expect_none(D, "He wrote about it in years past.", "years");
  expect_none(D, "The fund invests in weeks of planning.", "weeks");
  /* a decade modifying a noun leaves the noun's determiner outside */
  expect(D, "The 1980s sitcom returns next month.", "1980s", "DATE", "198");
  expect(D, "Prices doubled during the 1970s oil shock.", "1970s", "DATE", "197");
  expect(D, "In the 1990s the firm grew.", "the 1990s", "DATE", "199");
  expect(D, "The 1960s saw rapid growth.", "The 1960s", "DATE", "196");
  /* posts: a bare month abbreviation after a word calling for a time */
  expect(D, "been learning guitar since sept, its going ok", "sept", "DATE", "2025-09");
  expect(D, "finally moving out in feb!!", "feb", "DATE", "2026-02");
  expect_none(D, "coffee with jan later, so excited", "jan");
  /* a count with thousands grouped by commas */
  expect(D, "The ice core holds a record of 800,000 years of climate.", "800,000 years", "DURATION",
         "P800000Y");
  expect(D, "The prisoner was held for 1,461 days.", "1,461 days", "DURATION", "P1461D");
  /* the first/last day of a calendar period: that day */
  expect("2029-12-31", "Markets closed higher on the last day of the decade.",
         "the last day of the decade", "DATE", "2029-12-31");
  expect(D, "The law takes effect on the first day of next year.", "the first day of next year",
         "DATE", "2027-01-01");
  expect(D, "Rents are due on the last day of the month.", "the last day of the month", "DATE",
         "2026-01-31");
  expect(D, "The offer ended on the final day of November.", "the final day of November", "DATE",
         "2025-11-30");
  expect(D, "Sales rose in the final week of December.", "the final week of December", "DATE",
         "2025-W52");
  expect_none(D, "Ten soldiers died on the first day of the war.", "first day");
  /* the closing days of a quarter: "the quarter" told in the past is the
   * one ending; earlier in the next quarter, the one before */
  expect("2025-09-30", "Gold gained 16 percent in the quarter.", "the quarter", "DATE", "2025-Q3");
  expect("2025-10-14", "Gold gained 16 percent in the quarter.", "the quarter", "DATE", "2025-Q3");
  expect("2025-09-12", "Gold gained 16 percent in the quarter.", "the quarter", "DATE", "2025-Q2");
  /* a past form after "to" or a modal is a bare infinitive, no past */
  expect(D, "The storm is expected to hit the coast on Friday.", "Friday", "DATE", "2026-01-09");
  expect(D, "The firm aims to hit its sales target in June.", "June", "DATE", "2026-06");
  expect(D, "The storm hit the coast on Monday.", "Monday", "DATE", "2026-01-05");
  /* should/may/might a few words before the day, with the verb's object
   * between, looks ahead; not across another verb or clause */
  expect(D, "The storm may hit the coast on Friday.", "Friday", "DATE", "2026-01-09");
  expect(D, "Voters should elect a new mayor on Tuesday.", "Tuesday", "DATE", "2026-01-13");
  expect(D, "Police should examine the car seized on Tuesday.", "Tuesday", "DATE", "2026-01-06");
  expect(D, "The storm might have hit the coast on Monday.", "Monday", "DATE", "2026-01-05");
  /* a weekday closing a range follows the one opening it */
  expect(D, "The talks will run from Monday to Wednesday.", "Wednesday", "DATE", "2026-01-14");
  expect(D, "Schools will close Friday through Tuesday.", "Tuesday", "DATE", "2026-01-13");
  expect(D, "The fair ran from Saturday to Monday.", "Monday", "DATE", "2026-01-05");
  /* a conjoined present plan tells nothing of the first predicate's tense */
  expect("2026-04-02", "The airline shut two routes in November and expects to add one in July.",
         "November", "DATE", "2025-11");
  expect("2026-04-02", "The airline shut two routes in November and expects to add one in July.",
         "July", "DATE", "2026-07");
  expect("2026-05-04", "Tickets go on sale at 9 a.m. Thursday and will be limited.",
         "9 a.m. Thursday", "TIME", "2026-05-07T09:00");
  /* "the decade" in news: the DCT's, unless a decade was just named */
  expect(D, "The index ended the decade 40 percent higher.", "the decade", "DATE", "202");
  expect_none(D, "Rents soared in the 1980s, and the decade ended in a crash.", "the decade");
  expect_none(D, "The decade-old dispute flared again.", "The decade");
  /* "this WEEKDAY" in the future from late in the DCT's week: the coming one */
  expect("2026-01-11", "The council will vote this Tuesday.", "this Tuesday", "DATE", "2026-01-13");
  expect("2026-01-07", "The council will vote this Friday.", "this Friday", "DATE", "2026-01-09");
  expect("2026-01-07", "The council voted this Monday.", "this Monday", "DATE", "2026-01-05");
  /* a capitalized ordinal day after a month, as in a holiday's name */
  expect("2026-06-20", "Fireworks are banned on July Fourth.", "July Fourth", "DATE", "2026-07-04");
  expect_none("2026-06-20", "He wrote a history of the May Fourth Movement.", "Fourth");
  /* a movable feast without a year is placed from its date in the DCT's
   * year (Easter 2026 is April 5, 2027 March 28) */
  expect("2026-04-04", "The pope will celebrate Easter Mass in Rome.", "Easter", "DATE",
         "2026-04-05");
  expect("2026-04-09", "Crowds filled the square at Easter.", "Easter", "DATE", "2026-04-05");
  /* "every WEEKDAY" + part of day: one SET */
  expect(D, "Volunteers clean the beach every Sunday morning.", "every Sunday morning", "SET",
         "XXXX-WXX-7TMO");
  /* "of the year" told in the past before that part of the year began */
  expect(D, "Exports fell in the third quarter of the year.", "the third quarter of the year",
         "DATE", "2025-Q3");
  expect(D, "Hiring slowed in the second half of the year.", "the second half of the year", "DATE",
         "2025-H2");
  expect(D, "Hiring will slow in the second half of the year.", "the second half of the year",
         "DATE", "2026-H2");
  expect(D, "Hiring slowed in the first quarter of the year.", "the first quarter of the year",
         "DATE", "2026-Q1");
  /* "every single day": the SET with its intensifier */
  expect(D, "Residents have protested every single day since the vote.", "every single day", "SET",
         "P1D");
  /* "is set for" a day: a schedule ahead */
  expect(D, "The final hearing is set for Tuesday in Boston.", "Tuesday", "DATE", "2026-01-13");
  expect(D, "The hearing was set for Tuesday.", "Tuesday", "DATE", "2026-01-06");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parse_dct),
      cmocka_unit_test(test_weekdays_by_tense),
      cmocka_unit_test(test_relative_units),
      cmocka_unit_test(test_deixis_and_refs),
      cmocka_unit_test(test_month_day),
      cmocka_unit_test(test_years_quarters_decades),
      cmocka_unit_test(test_durations_and_sets),
      cmocka_unit_test(test_times),
      cmocka_unit_test(test_news_and_reports),
      cmocka_unit_test(test_bc_history),
      cmocka_unit_test(test_unanchored),
      cmocka_unit_test(test_bad_input),
      cmocka_unit_test(test_infer_dct),
      cmocka_unit_test(test_date_events),
      cmocka_unit_test(test_year_back_noun_trigger),
      cmocka_unit_test(test_tag_doc_skip),
      cmocka_unit_test(test_posts),
      cmocka_unit_test(test_json_record_vs_jansson),
      cmocka_unit_test(test_curly_possessive),
      cmocka_unit_test(test_tokenizer_paths_agree),
      cmocka_unit_test(test_tokenizer_word_runs),
      cmocka_unit_test(test_lexicon_all_found),
      cmocka_unit_test(test_day_of_month_and_day_before),
      cmocka_unit_test(test_heldout_rules),
      cmocka_unit_test(test_batch8_rules),
      cmocka_unit_test(test_news_citing_old_years_future),
      cmocka_unit_test(test_adjective_ed_no_tense),
      cmocka_unit_test(test_day_before_yesterday),
      cmocka_unit_test(test_batch9_rules),
      cmocka_unit_test(test_batch10_rules),
      cmocka_unit_test(test_quotation_tense),
      cmocka_unit_test(test_range_opening_day_year),
      cmocka_unit_test(test_bare_season_tense),
      cmocka_unit_test(test_lowercase_fiscal_code),
      cmocka_unit_test(test_year_ago_after_nine_months),
      cmocka_unit_test(test_approximate_and_clock_phrases),
      cmocka_unit_test(test_weekday_from_telling_day),
      cmocka_unit_test(test_after_that_anaphor),
      cmocka_unit_test(test_dotted_clock_time),
      cmocka_unit_test(test_passive_aside_no_scene),
      cmocka_unit_test(test_passive_after_lede),
      cmocka_unit_test(test_quarter_ahead_next_year),
      cmocka_unit_test(test_relative_past_clause_time),
      cmocka_unit_test(test_batch11_rules),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
