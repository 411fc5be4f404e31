/*
 * timex_dating.c — gives each event its date: the time expression that
 * governs the event's sentence (the nearest one to the trigger, never one
 * inside a quotation the event is not part of, never a period such as
 * "2022-2026"), else the nearest in the same paragraph, else the DCT with
 * lower confidence.  Durations describing the event ("lasting an hour")
 * go into details_json as {"duration":[...]}.  Quotations are dated by a
 * day named in their attribution, else the DCT.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "time/timex_internal.h"

/* index of the quotation containing [s, e), -1 if none.  The quote stage
 * emits quotes in text order without overlap, so a binary search finds the
 * last one starting at or before s (a linear scan here made dating
 * quadratic on long documents); unsorted input falls back to a scan. */
static int quote_of(const el_doc *doc, uint32_t s, uint32_t e) {
  size_t n = doc->quotes.n;
  bool sorted = true;
  for (size_t i = 1; i < n && sorted && n < 64; i++)
    sorted = doc->quotes.v[i - 1].start <= doc->quotes.v[i].start;
  if (n >= 64) sorted = doc->quotes.v[0].start <= doc->quotes.v[n - 1].start;
  if (!sorted) {
    for (size_t i = 0; i < n; i++)
      if (doc->quotes.v[i].start <= s && e <= doc->quotes.v[i].end) return (int)i;
    return -1;
  }
  size_t lo = 0, hi = n; /* first quote starting after s */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->quotes.v[mid].start <= s)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0) return -1;
  const el_quote *q = &doc->quotes.v[lo - 1];
  return q->start <= s && e <= q->end ? (int)(lo - 1) : -1;
}

static int is_upper_start(const el_doc *doc, size_t k) {
  /* skip opening quotes: " ' and U+201C/U+2018 */
  while (k < doc->len) {
    unsigned char c = (unsigned char)doc->text[k];
    if (c == '"' || c == '\'' || c == ' ')
      k++;
    else if (c == 0xE2 && k + 2 < doc->len && (unsigned char)doc->text[k + 1] == 0x80)
      k += 3;
    else
      break;
  }
  return k < doc->len && ((doc->text[k] >= 'A' && doc->text[k] <= 'Z') ||
                          (doc->text[k] >= '0' && doc->text[k] <= '9'));
}

/* no sentence end or paragraph break in text[a, b) (used when the text
 * stage gave no sentences) */
static int same_sentence_text(const el_doc *doc, uint32_t a, uint32_t b) {
  if (a > b) {
    uint32_t t = a;
    a = b;
    b = t;
  }
  if (b > doc->len) b = (uint32_t)doc->len;
  for (uint32_t i = a; i + 1 < b; i++) {
    char c = doc->text[i], n = doc->text[i + 1];
    if ((c == '!' || c == '?') && (n == ' ' || n == '\n')) return 0;
    if (c == '.' && (n == ' ' || n == '\n') && i > 0 &&
        ((doc->text[i - 1] >= 'a' && doc->text[i - 1] <= 'z') ||
         (doc->text[i - 1] >= '0' && doc->text[i - 1] <= '9')) &&
        is_upper_start(doc, i + 1))
      return 0;
    if (c == '\n' && n == '\n') return 0;
  }
  return 1;
}

static int same_sentence(const el_doc *doc, const el_event *ev, const el_timex *x) {
  if (ev->sentence >= 0 && x->sentence >= 0) return ev->sentence == x->sentence;
  return same_sentence_text(doc, ev->trigger_start, x->start);
}

static int32_t para_of(const el_doc *doc, int32_t sent) {
  if (sent < 0 || (size_t)sent >= doc->sents.n) return -1;
  return (int32_t)doc->sents.v[sent].para;
}

/* "2022-2026", "1990-91": one end of a period, not a date of an event */
static int is_period_part(const el_doc *doc, const el_timex *x) {
  const char *t = doc->text;
  if (x->end < doc->len && (t[x->end] == '-' || (unsigned char)t[x->end] == 0xE2) &&
      x->end + 1 < doc->len && x->end + 4 <= doc->len) {
    size_t k = x->end + ((unsigned char)t[x->end] == 0xE2 ? 3 : 1);
    if (k < doc->len && t[k] >= '0' && t[k] <= '9' && x->precision <= EL_PREC_YEAR) return 1;
  }
  if (x->start >= 2 &&
      (t[x->start - 1] == '-' || (unsigned char)t[x->start - 1] == 0x93 ||
       (unsigned char)t[x->start - 1] == 0x94) &&
      t[x->start - 2] >= '0' && t[x->start - 2] <= '9' && x->precision <= EL_PREC_YEAR)
    return 1;
  /* "the period 2022" / "between 2022 and" */
  if (x->start >= 7 && strncmp(t + x->start - 7, "period ", 7) == 0) return 1;
  /* "between March 3 and 5" is an event of some days, dated by its first
   * one (as "from February 12 to 16" is); only years make a period here */
  if (x->start >= 8 && strncmp(t + x->start - 8, "between ", 8) == 0 &&
      x->precision <= EL_PREC_YEAR)
    return 1;
  return 0;
}

/* "Washington, D.C., January 8: ...", "TEHRAN, Oct 2 (Reuters) - ...": a
 * dateline gives the report's date, not the date of the events it reports.
 * It opens a line near the top of the text (a headline may come first),
 * and a colon or a dash follows it, perhaps after the agency in brackets. */
static int is_dateline(const el_doc *doc, const el_timex *x) {
  if (x->start > 600) return 0;
  uint32_t line = x->start;
  while (line > 0 && doc->text[line - 1] != '\n') line--;
  if (x->start - line > 60) return 0;
  uint32_t k = x->end;
  while (k < doc->len && doc->text[k] == ' ') k++;
  if (k < doc->len && doc->text[k] == '(') { /* "(Reuters)" */
    uint32_t close = k;
    while (close < doc->len && close - k < 40 && doc->text[close] != ')' &&
           doc->text[close] != '\n')
      close++;
    if (close >= doc->len || doc->text[close] != ')') return 0;
    k = close + 1;
    while (k < doc->len && doc->text[k] == ' ') k++;
  }
  if (k >= doc->len) return 0;
  unsigned char c = (unsigned char)doc->text[k];
  if (c == ':') return 1;
  /* a hyphen set off by spaces stands for a dash in plain text */
  if (c == '-' && k + 1 < doc->len && doc->text[k + 1] == ' ' && doc->text[k - 1] == ' ') return 1;
  if (c == '-' && k + 1 < doc->len && doc->text[k + 1] == '-') return 1;
  /* em/en dash U+2014/U+2013 */
  return c == 0xE2 && k + 2 < doc->len && (unsigned char)doc->text[k + 1] == 0x80 &&
         ((unsigned char)doc->text[k + 2] == 0x94 || (unsigned char)doc->text[k + 2] == 0x93);
}

/* w (lower case) as a whole word at t[i] (case-insensitive) */
static int word_at(const char *t, size_t len, size_t i, const char *w) {
  size_t n = strlen(w);
  return i + n <= len && strncasecmp(t + i, w, n) == 0 &&
         (i == 0 || !isalpha((unsigned char)t[i - 1])) &&
         (i + n == len || !isalpha((unsigned char)t[i + n]));
}

/* "since the onset of his term in January 2025": a since-phrase dates the
 * start of a state that lasts until now, not the event of the clause.  The
 * timex is in one when "since" comes before it in the same clause (no
 * clause punctuation between) and after the event's trigger. */
static int in_since_phrase(const el_doc *doc, const el_event *ev, const el_timex *x) {
  const char *t = doc->text;
  /* "strained since February, when the president announced tariffs": the
   * when-clause tells what happened then */
  if (ev->trigger_start > x->end) {
    uint32_t k = x->end;
    while (k < ev->trigger_start && t[k] == ' ') k++;
    if (k < ev->trigger_start && t[k] == ',') {
      k++;
      while (k < ev->trigger_start && t[k] == ' ') k++;
      if (word_at(t, doc->len, k, "when")) return 0;
    }
  }
  uint32_t lo = x->start > 200 ? x->start - 200 : 0;
  if (ev->trigger_end <= x->start && ev->trigger_end > lo) lo = ev->trigger_end;
  for (uint32_t i = x->start; i > lo; i--) {
    if (strchr(",;:.\"()\n", t[i - 1])) return 0;
    if (i - lo >= 5 && word_at(t, doc->len, i - 5, "since")) return 1;
  }
  return 0;
}

/* The word before position i (skipping spaces) is w? */
static int word_before(const el_doc *doc, uint32_t i, const char *w, uint32_t *at) {
  const char *t = doc->text;
  while (i > 0 && t[i - 1] == ' ') i--;
  uint32_t a = i;
  while (a > 0 && isalpha((unsigned char)t[a - 1])) a--;
  if (a == i || i - a != strlen(w) || !word_at(t, doc->len, a, w)) return 0;
  if (at) *at = a;
  return 1;
}

/* The trigger is a present perfect: "has/have" right before it, or one
 * adverb between ("have long fought"). */
static int present_perfect(const el_doc *doc, const el_event *ev) {
  uint32_t at;
  if (word_before(doc, ev->trigger_start, "has", NULL) ||
      word_before(doc, ev->trigger_start, "have", NULL))
    return 1;
  const char *t = doc->text;
  uint32_t i = ev->trigger_start;
  while (i > 0 && t[i - 1] == ' ') i--;
  at = i;
  while (at > 0 && isalpha((unsigned char)t[at - 1])) at--;
  if (at == i || i - at < 3 || strncmp(t + i - 2, "ly", 2) != 0) return 0;
  return word_before(doc, at, "has", NULL) || word_before(doc, at, "have", NULL);
}

/* "postponed until next year", "extended till March": the end of a state
 * or a new deadline, not when the act of the clause happened; so is the
 * time an act is "ahead of". */
static int after_until(const el_doc *doc, const el_timex *x) {
  const char *t = doc->text;
  uint32_t i = x->start;
  while (i > 0 && t[i - 1] == ' ') i--;
  if (i >= 5 && word_at(t, doc->len, i - 5, "until")) return 1;
  if (i >= 4 && word_at(t, doc->len, i - 4, "till")) return 1;
  /* "shootings dating to 1994", "ties going back to 1992": where a state
   * or a series began, as with "since" */
  if (i >= 3 && word_at(t, doc->len, i - 2, "to")) {
    uint32_t a;
    if (word_before(doc, i - 2, "dating", NULL) || word_before(doc, i - 2, "date", NULL) ||
        word_before(doc, i - 2, "dates", NULL) ||
        (word_before(doc, i - 2, "back", &a) &&
         (word_before(doc, a, "dating", NULL) || word_before(doc, a, "going", NULL) ||
          word_before(doc, a, "goes", NULL) || word_before(doc, a, "dates", NULL))))
      return 1;
  }
  /* "ahead of winter", "ahead of the summit next week": the time the act
   * leads up to, a bound like a deadline */
  for (uint32_t k = i, words = 0; k > 0 && words < 6; words++) {
    while (k > 0 && t[k - 1] == ' ') k--;
    uint32_t a = k;
    while (a > 0 && (isalnum((unsigned char)t[a - 1]) || t[a - 1] == '\'')) a--;
    if (a == k) break; /* punctuation: the phrase ends */
    if (k - a == 2 && word_at(t, doc->len, a, "of") && word_before(doc, a, "ahead", NULL)) return 1;
    k = a;
  }
  return 0;
}

/* Is timex k the end of a range whose start is the expression just before
 * it ("the night of Saturday to Sunday", "from Monday to Wednesday")?  A
 * range is dated by the day it starts. */
static int range_end(const el_doc *doc, size_t k) {
  if (k == 0) return 0;
  const el_timex *x = &doc->timexes.v[k], *p = &doc->timexes.v[k - 1];
  uint32_t a;
  if (!word_before(doc, x->start, "to", &a) && !word_before(doc, x->start, "through", &a) &&
      !word_before(doc, x->start, "until", &a))
    return 0;
  while (a > p->end && doc->text[a - 1] == ' ') a--;
  return a == p->end;
}

/* A personal pronoun and a finite auxiliary at t[i] (before `lim`): the
 * subject of a clause of its own ("he would", "they had"). */
static int pronoun_aux_at(const el_doc *doc, uint32_t i, uint32_t lim) {
  static const char *const PRON[] = {"he", "she", "it", "they", "we"};
  static const char *const AUX[] = {"would",  "will",  "had", "has",  "have", "could",
                                    "should", "might", "may", "must", "was",  "were"};
  const char *t = doc->text;
  for (size_t p = 0; p < sizeof PRON / sizeof *PRON; p++) {
    if (!word_at(t, lim, i, PRON[p])) continue;
    uint32_t j = i + (uint32_t)strlen(PRON[p]);
    while (j < lim && t[j] == ' ') j++;
    for (size_t a = 0; a < sizeof AUX / sizeof *AUX; a++)
      if (word_at(t, lim, j, AUX[a])) return 1;
  }
  return 0;
}

/* Is a reporting verb among the few words before x, in its clause ("told
 * reporters on Tuesday", "said in a statement on Monday")? */
static int speech_verb_before(const el_doc *doc, const el_timex *x) {
  static const char *const SPEECH[] = {"said",      "says",    "told",      "tells",       "stated",
                                       "announced", "claimed", "confirmed", "reported",    "added",
                                       "insisted",  "warned",  "admitted",  "acknowledged"};
  const char *t = doc->text;
  uint32_t i = x->start;
  for (int words = 0; words < 6 && i > 0; words++) {
    while (i > 0 && t[i - 1] == ' ') i--;
    uint32_t a = i;
    while (a > 0 && isalpha((unsigned char)t[a - 1])) a--;
    if (a == i) return 0; /* punctuation or a number: the clause ends */
    for (size_t k = 0; k < sizeof SPEECH / sizeof *SPEECH; k++)
      if (i - a == strlen(SPEECH[k]) && word_at(t, doc->len, a, SPEECH[k])) return 1;
    i = a;
  }
  return 0;
}

/* A finite auxiliary after some words of a subject in t[from, lim) ("the
 * army had", "Russian forces would"): a clause of its own begins. */
static int subject_aux_in(const el_doc *doc, uint32_t from, uint32_t lim) {
  static const char *const AUX[] = {"had", "has", "have",  "would",  "will",  "was", "were",
                                    "is",  "are", "could", "should", "might", "must"};
  const char *t = doc->text;
  int words = 0;
  for (uint32_t i = from; i < lim; i++) {
    if (strchr(".;:\"\n", t[i])) return 0;
    if (!isalpha((unsigned char)t[i]) || (i > from && isalpha((unsigned char)t[i - 1]))) continue;
    for (size_t k = 0; k < sizeof AUX / sizeof *AUX && words > 0; k++)
      if (word_at(t, lim, i, AUX[k])) return 1;
    words++;
  }
  return 0;
}

/* Is x inside a comma-delimited phrase opened by a participle (", agreed
 * in October,", ", speaking on Wednesday,") that closes before the
 * trigger?  Such a phrase tells its own act about the noun before it. */
static int in_participle_phrase(const el_doc *doc, const el_event *ev, const el_timex *x) {
  const char *t = doc->text;
  uint32_t close = x->end;
  while (close < ev->trigger_start && t[close] != ',') {
    if (t[close] == '.' || t[close] == ';' || t[close] == '\n') return 0;
    close++;
  }
  if (close >= ev->trigger_start) return 0;
  uint32_t lo = x->start > 80 ? x->start - 80 : 0;
  for (uint32_t i = x->start; i > lo; i--) {
    char c = t[i - 1];
    if (c == '.' || c == ';' || c == '\n' || c == '"') return 0;
    if (c != ',') continue;
    uint32_t k = i;
    while (k < x->start && t[k] == ' ') k++;
    uint32_t e = k;
    while (e < x->start && isalpha((unsigned char)t[e])) e++;
    if (e - k < 4 || isupper((unsigned char)t[k])) return 0;
    /* a simple past that is no participle: the main verb after an aside
     * ("The exchange, mediated by X, took place in April, when ...") */
    static const char *const PAST_ONLY[] = {"took", "came",  "went",  "began", "gave", "fell",
                                            "rose", "broke", "spoke", "flew",  "grew", "knew",
                                            "drew", "threw", "wrote", "chose", "drove"};
    for (size_t w = 0; w < sizeof PAST_ONLY / sizeof *PAST_ONLY; w++)
      if (e - k == strlen(PAST_ONLY[w]) && word_at(t, doc->len, k, PAST_ONLY[w])) return 0;
    /* a past participle ("agreed", "held"); not an -ing form, whose act is
     * the subject's own ("The president, speaking on Wednesday, accused") */
    return (t[e - 2] == 'e' && t[e - 1] == 'd') || tx_word_tense(t + k, e - k) < 0;
  }
  return 0;
}

/* Does a clause of its own start between an expression before the trigger
 * and the trigger?  Then the expression dates that other predicate:
 *   "first met in 2019 and spoke again in February" (and + verb),
 *   "said on Tuesday that it had recalled ... on Monday" (that-clause),
 *   "said on Monday he would visit" (a reported clause without "that").
 * (An aside closed before the trigger is in_closed_aside.)  A fronted adverbial ("On Sunday,
 * protesters marched") is none of these. */
static int other_clause_before(const el_doc *doc, const el_event *ev, const el_timex *x) {
  if (x->end > ev->trigger_start) return 0;
  const char *t = doc->text;
  static const char *const JOINS[] = {"and",   "but",     "that", "which",  "who",  "whom",
                                      "while", "whereas", "then", "before", "after"};
  for (uint32_t i = x->end; i < ev->trigger_start; i++) {
    if (i > x->end && isalpha((unsigned char)t[i - 1])) continue;
    for (size_t k = 0; k < sizeof JOINS / sizeof *JOINS; k++)
      if (word_at(t, doc->len, i, JOINS[k])) return 1;
    /* a reported clause without "that": "said on Monday he would visit" */
    if (pronoun_aux_at(doc, i, ev->trigger_start)) return 1;
  }
  /* the same with a noun subject, after a reporting verb whose time x is:
   * "told reporters on Tuesday the army had repelled" */
  if (speech_verb_before(doc, x) && subject_aux_in(doc, x->end, ev->trigger_start)) return 1;
  /* an infinitive trigger after the expression: "agreed on Friday to hold
   * talks in February" - the expression dates the verb that governs it */
  if (word_before(doc, ev->trigger_start, "to", NULL) && x->end < ev->trigger_start) {
    uint32_t k = ev->trigger_start;
    while (k > x->end && doc->text[k - 1] == ' ') k--;
    if (k - 2 >= x->end) return 1;
  }
  return 0;
}

/* Is x in an aside closed by a comma before the trigger: a reduced
 * relative ("The ceasefire, agreed in October, collapsed on Sunday") or a
 * relative clause ("The government, which took office in May, vowed
 * revenge")?  It tells its own act about the noun before it, background to
 * the event, and never dates the event. */
static int in_closed_aside(const el_doc *doc, const el_event *ev, const el_timex *x) {
  if (x->end > ev->trigger_start) return 0;
  const char *t = doc->text;
  if (in_participle_phrase(doc, ev, x)) return 1;
  if (!memchr(t + x->end, ',', ev->trigger_start - x->end)) return 0;
  uint32_t lo = x->start > 120 ? x->start - 120 : 0;
  for (uint32_t i = x->start; i > lo; i--) {
    char c = t[i - 1];
    if (c == '.' || c == ';' || c == '\n' || c == '"') return 0;
    if (c == ',') {
      uint32_t k = i;
      while (k < x->start && t[k] == ' ') k++;
      return word_at(t, doc->len, k, "which") || word_at(t, doc->len, k, "who") ||
             word_at(t, doc->len, k, "whose") || word_at(t, doc->len, k, "where");
    }
  }
  return 0;
}

/* Does the aside holding x (in_closed_aside) tell, in the passive, an act
 * done to the noun before it ("The journalist, who was detained on
 * Tuesday, was released")?  That act led up to the main one and is no
 * scene of it, as a meeting is ("The ministers, who met in Paris last
 * week, agreed to ...").  The word after was/were must be a participle
 * ("detained", "taken"), not "in" or "due". */
static int passive_aside(const el_doc *doc, const el_timex *x) {
  const char *t = doc->text;
  uint32_t lo = x->start > 120 ? x->start - 120 : 0, i = x->start;
  while (i > lo && t[i - 1] != ',') i--;
  if (i == lo) return 0;
  while (i < x->start && t[i] == ' ') i++;
  while (i < x->start && isalpha((unsigned char)t[i])) i++; /* who/which */
  while (i < x->start && t[i] == ' ') i++;
  if (word_at(t, doc->len, i, "was"))
    i += 3;
  else if (word_at(t, doc->len, i, "were"))
    i += 4;
  else
    return 0;
  while (i < x->start && t[i] == ' ') i++;
  uint32_t e = i;
  while (e < x->start && islower((unsigned char)t[e])) e++;
  if (e - i < 4 || (e < doc->len && isalpha((unsigned char)t[e]))) return 0;
  return (t[e - 2] == 'e' && (t[e - 1] == 'd' || t[e - 1] == 'n')) ||
         tx_word_tense(t + i, e - i) < 0;
}

/* Is the trigger a noun (after a determiner: "a strike", "the arrest",
 * "its attack") and x in its own phrase after it ("a strike on its embassy
 * compound in Damascus on April 1"), with no clause or finite verb between?
 * Then x dates the noun before anything outside its phrase. */
static int in_trigger_phrase(const el_doc *doc, const el_event *ev, const el_timex *x) {
  static const char *const DETS[] = {"a",   "an",  "the",  "its",  "their",
                                     "his", "her", "this", "that", "these"};
  static const char *const STOPS[] = {"that", "which", "who",  "when", "where",
                                      "and",  "but",   "said", "says", "while"};
  if (x->start < ev->trigger_end || x->start - ev->trigger_end > 100) return 0;
  int det = 0;
  for (size_t k = 0; k < sizeof DETS / sizeof *DETS && !det; k++)
    det = word_before(doc, ev->trigger_start, DETS[k], NULL);
  if (!det) return 0;
  const char *t = doc->text;
  for (uint32_t i = ev->trigger_end; i < x->start; i++) {
    if (strchr(",;:.\"()\n", t[i])) return 0;
    if (!isalpha((unsigned char)t[i]) || isalpha((unsigned char)t[i - 1])) continue;
    for (size_t k = 0; k < sizeof STOPS / sizeof *STOPS; k++)
      if (word_at(t, doc->len, i, STOPS[k])) return 0;
    uint32_t e = i;
    while (e < x->start && isalpha((unsigned char)t[e])) e++;
    if (tx_word_tense(t + i, e - i) != 0) return 0; /* a verb of another clause */
  }
  return 1;
}

/* Is x in a subordinate clause of its sentence ("said on Tuesday that
 * rebels had seized the airport on Sunday")?  A later sentence that goes
 * on with the scene goes on with the main clause's time. */
static int subordinate_in_sentence(const el_doc *doc, const el_timex *x) {
  static const char *const SUBS[] = {"that",    "which", "who",   "whom",    "whose",
                                     "when",    "while", "after", "before",  "since",
                                     "because", "if",    "until", "although"};
  if (x->sentence < 0 || (size_t)x->sentence >= doc->sents.n) return 0;
  uint32_t from = doc->sents.v[x->sentence].start;
  const char *t = doc->text;
  for (uint32_t i = x->start; i > from; i--) {
    if (i - 1 > from && isalpha((unsigned char)t[i - 2])) continue;
    for (size_t k = 0; k < sizeof SUBS / sizeof *SUBS; k++)
      if (word_at(t, doc->len, i - 1, SUBS[k])) return 1;
  }
  return 0;
}

/* Does x end within the week before the DCT, without starting after it?  An event told
 * with no time of its own is recent news, so an aside of its sentence that
 * is as recent may be its scene ("The ministers, who met in Paris last
 * week, agreed to ..."); an older one is background ("The government,
 * which took office in May, vowed revenge"). */
static int recent_scene(const el_timex *x, const el_datetime *dct) {
  int y, m, d;
  if (!dct || x->precision < EL_PREC_WEEK) return 0;
  int64_t now = tx_days_from_civil(dct->year, dct->month, dct->day);
  /* an aside that looks ahead ("who is due to visit next week") is no
   * scene of what is told as done */
  if (sscanf(x->range_start, "%4d-%2d-%2d", &y, &m, &d) != 3 || tx_days_from_civil(y, m, d) > now)
    return 0;
  if (sscanf(x->range_end, "%4d-%2d-%2d", &y, &m, &d) != 3) return 0;
  return tx_days_from_civil(y, m, d) >= now - 7;
}

/* Does the expression after the trigger sit in a clause of its own?
 * Returns 2 when that clause tells an earlier act in the pluperfect
 * ("condemned the strikes, which it said had killed 11 people in
 * September"; "said he had met the envoy in March"): an act told as
 * anterior cannot share the trigger's time, so the expression is no
 * candidate.  Returns 1 for a relative or that-clause ("the truce that took
 * effect in May") or an infinitive ("agreed to meet again in January"): it
 * dates another verb, and serves the trigger only when nothing nearer
 * does.  0 otherwise. */
static int other_clause_after(const el_doc *doc, const el_event *ev, const el_timex *x) {
  if (x->start < ev->trigger_end) return 0;
  const char *t = doc->text;
  static const char *const RELS[] = {"that", "which", "who", "whom", "whose", "where"};
  uint32_t open = 0;
  for (uint32_t i = ev->trigger_end; i < x->start && !open; i++) {
    if (isalpha((unsigned char)t[i - 1])) continue;
    for (size_t k = 0; k < sizeof RELS / sizeof *RELS && !open; k++)
      if (word_at(t, doc->len, i, RELS[k])) open = i;
  }
  /* the pluperfect of another subject ("said he had met ... in March"),
   * running on to the expression without a comma between */
  uint32_t from = open ? open : ev->trigger_end + 1;
  for (uint32_t i = from; i + 4 < x->start; i++) {
    if (isalpha((unsigned char)t[i - 1]) || !word_at(t, doc->len, i, "had")) continue;
    uint32_t before = i;
    while (before > ev->trigger_end && t[before - 1] == ' ') before--;
    if (before == ev->trigger_end) continue; /* "The meeting had taken place" */
    uint32_t k = i + 3, comma = 0;
    while (k < x->start && t[k] == ' ') k++;
    for (uint32_t c = k; c < x->start; c++)
      if (t[c] == ',' || t[c] == ';') comma = 1;
    if (k < x->start && isalpha((unsigned char)t[k]) && !comma) return 2; /* had + a verb */
  }
  /* an infinitive after the trigger ("agreed to meet again in January"):
   * the expression dates that verb, a plan */
  for (uint32_t i = ev->trigger_end + 1; i + 3 < x->start; i++) {
    if (isalpha((unsigned char)t[i - 1]) || !word_at(t, doc->len, i, "to")) continue;
    uint32_t k = i + 2;
    while (k < x->start && t[k] == ' ') k++;
    if (k < x->start && islower((unsigned char)t[k]) && !word_at(t, doc->len, k, "the") &&
        !word_at(t, doc->len, k, "a") && !word_at(t, doc->len, k, "an") &&
        !word_at(t, doc->len, k, "his") && !word_at(t, doc->len, k, "her") &&
        !word_at(t, doc->len, k, "their") && !word_at(t, doc->len, k, "its") &&
        !word_at(t, doc->len, k, "power") && !word_at(t, doc->len, k, "office"))
      return 1;
  }
  return open ? 1 : 0;
}

/* Is x in a relative clause after the trigger whose relative pronoun is
 * its subject and whose verb is past or present ("condemned the strike
 * that hit a school on Sunday", "sacked the general who led the offensive
 * in August", "approved a plan that calls for elections in March")?  The time is that verb's (an
 * earlier act, or what the thing says), not the trigger's, which has none of its own and so takes
 * the article's. */
static int rel_finite_clause(const el_doc *doc, const el_event *ev, const el_timex *x) {
  static const char *const BE_HAVE[] = {"is", "are", "has", "have"};
  const char *t = doc->text;
  for (uint32_t i = ev->trigger_end + 1; i < x->start; i++) {
    if (strchr(",;:.\"()\n", t[i])) return 0;
    if (isalpha((unsigned char)t[i - 1])) continue;
    uint32_t k;
    if (word_at(t, doc->len, i, "that"))
      k = i + 4;
    else if (word_at(t, doc->len, i, "which"))
      k = i + 5;
    else if (word_at(t, doc->len, i, "who"))
      k = i + 3;
    else
      continue;
    while (k < x->start && t[k] == ' ') k++;
    uint32_t e = k;
    while (e < x->start && islower((unsigned char)t[e])) e++;
    if (e == k || (e < doc->len && isalpha((unsigned char)t[e]))) return 0;
    if (tx_word_tense(t + k, e - k) < 0) return 1;
    for (size_t w = 0; w < sizeof BE_HAVE / sizeof *BE_HAVE; w++)
      if (word_at(t, e, k, BE_HAVE[w])) return 1;
    /* a present in -s ("calls"), not a plural subject before its own
     * verb ("the town that troops recaptured") */
    if (e - k < 4 || t[e - 1] != 's' || t[e - 2] == 's') return 0;
    uint32_t n = e;
    while (n < x->start && t[n] == ' ') n++;
    uint32_t ne = n;
    while (ne < x->start && islower((unsigned char)t[ne])) ne++;
    return ne == n || tx_word_tense(t + n, ne - n) == 0;
  }
  return 0;
}

/* "to end", "to expire": an infinitive of one verb just before i; *at is
 * where its "to" starts */
static int to_verb_before(const el_doc *doc, uint32_t i, uint32_t *at) {
  const char *t = doc->text;
  while (i > 0 && t[i - 1] == ' ') i--;
  uint32_t a = i;
  while (a > 0 && islower((unsigned char)t[a - 1])) a--;
  if (a == i || i - a < 2 || (a > 0 && isalpha((unsigned char)t[a - 1]))) return 0;
  return word_before(doc, a, "to", at);
}

/* Is the expression the target of a plan ("planned for Tuesday", "set for
 * May", "scheduled to take place on the 14th")?  1 for a plan, 2 for one
 * given up ("originally planned for Tuesday", "initially scheduled for
 * May"), 0 otherwise; *plan_at is where the plan word starts. */
static int plan_phrase(const el_doc *doc, const el_timex *x, uint32_t *plan_at) {
  static const char *const PLANS[] = {"planned", "scheduled", "set", "slated", "due", "expected"};
  static const char *const ONCE[] = {"originally", "initially", "previously", "first"};
  uint32_t i = x->start, a;
  if (word_before(doc, i, "on", &a) || word_before(doc, i, "in", &a)) i = a;
  /* "scheduled to take place on", "due to be held in" */
  if (word_before(doc, i, "place", &a) && word_before(doc, a, "take", &a) &&
      word_before(doc, a, "to", &a))
    i = a;
  else if (word_before(doc, i, "held", &a) && word_before(doc, a, "be", &a) &&
           word_before(doc, a, "to", &a))
    i = a;
  else if (to_verb_before(doc, i, &a)) /* "due to end on Friday" */
    i = a;
  else if (word_before(doc, i, "for", &a))
    i = a;
  else if (i == x->start)
    return 0;
  for (size_t k = 0; k < sizeof PLANS / sizeof *PLANS; k++)
    if (word_before(doc, i, PLANS[k], &a)) {
      *plan_at = a;
      for (size_t o = 0; o < sizeof ONCE / sizeof *ONCE; o++)
        if (word_before(doc, a, ONCE[o], NULL)) return 2;
      return 1;
    }
  return 0;
}

/* The trigger starts with one of the n word stems of list (any case). */
static int trigger_starts_with(const el_doc *doc, const el_event *ev, const char *const *list,
                               size_t n) {
  const char *t = doc->text + ev->trigger_start;
  size_t len = ev->trigger_end - ev->trigger_start;
  for (size_t k = 0; k < n; k++) {
    size_t w = strlen(list[k]);
    if (len >= w && strncasecmp(t, list[k], w) == 0) return 1;
  }
  return 0;
}

/* past forms of meeting someone, for the paragraph after the lede */
static const char *const MEETING_VERBS[] = {"met", "visited", "hosted"};

/* A trigger that undoes or moves a plan: its time is when that was
 * decided, not the time planned. */
static int undoes_plan(const el_doc *doc, const el_event *ev) {
  static const char *const UNDO[] = {"postpon",  "delay",   "cancel",    "reschedul",
                                     "scrap",    "suspend", "adjourn",   "called off",
                                     "call off", "put off", "push back", "pushed back"};
  return trigger_starts_with(doc, ev, UNDO, sizeof UNDO / sizeof *UNDO);
}

/* A trigger that moves a date: "moved", "brought forward", "pushed". */
static int moves_plan(const el_doc *doc, const el_event *ev) {
  static const char *const MOVE[] = {"move", "brought forward", "bring forward", "push", "extend"};
  return trigger_starts_with(doc, ev, MOVE, sizeof MOVE / sizeof *MOVE);
}

/* The expression is no candidate for this event because it dates a plan:
 * one given up dates nothing that happened; one still standing is not the
 * time of an act that undoes it ("the talks, planned for Tuesday, were
 * postponed"). */
static int dates_other_plan(const el_doc *doc, const el_event *ev, const el_timex *x) {
  uint32_t at = 0;
  /* "postponed the talks to January", "moved to September": the new time
   * of the plan, not of the act that moves it */
  if (x->start > ev->trigger_end && (undoes_plan(doc, ev) || moves_plan(doc, ev)) &&
      word_before(doc, x->start, "to", NULL))
    return 1;
  int plan = plan_phrase(doc, x, &at);
  if (plan == 2) return 1;
  /* "accused X ... and said Tehran would not take part in talks planned for
   * Sunday": the time of a plan told after the act, away from its trigger,
   * is the planned act's (the trigger right before names it: "talks
   * planned for Sunday") */
  if (plan == 1 && ev->trigger_end <= at && at - ev->trigger_end > 40) return 1;
  return plan == 1 && (undoes_plan(doc, ev) || moves_plan(doc, ev)) &&
         (ev->trigger_start > x->end || ev->trigger_end <= at);
}

/* Sentence openers that go on with the scene of the sentence before:
 * adverbs of sequence and "during the ...".  A pronoun subject alone is
 * not enough across a paragraph break: wire copy often returns to its main
 * scene with "She told ..." after a background paragraph. */
static const char *const SCENE_OPENERS[] = {"then",       "later",      "afterwards",
                                            "after that", "during the", "subsequently"};
/* Nouns by which a definite description ("The attack", "This visit")
 * points back to the event told just before. */
static const char *const SCENE_NOUNS[] = {
    "attack",     "attacks",    "strike",        "strikes",        "raid",         "raids",
    "assault",    "bombing",    "bombardment",   "shelling",       "blast",        "explosion",
    "explosions", "clash",      "clashes",       "fighting",       "offensive",    "operation",
    "incident",   "ambush",     "barrage",       "incursion",      "protest",      "protests",
    "march",      "rally",      "demonstration", "demonstrations", "meeting",      "meetings",
    "talks",      "visit",      "trip",          "call",           "conversation", "summit",
    "session",    "ceremony",   "vote",          "arrest",         "arrests",      "gunmen",
    "attackers",  "protesters", "demonstrators", "crash",          "fire",         "talk",
    "blasts",     "bombings",   "shooting",      "shootings",      "killing",      "killings",
    "massacre",   "airstrike",  "airstrikes",    "ambushes",       "riot",         "riots",
    "crackdown",  "visits",     "calls",         "speech",         "interview",    "election"};

/* Does sentence k open as a continuation of the scene told before it?
 * News paragraphs are often one sentence long, so a paragraph break alone
 * does not end a scene; an anaphoric opener shows it goes on. */
static int continues_scene(const el_doc *doc, int32_t k) {
  if (k < 0 || (size_t)k >= doc->sents.n) return 0;
  const el_sentence *s = &doc->sents.v[k];
  const char *t = doc->text;
  uint32_t i = s->start;
  while (i < s->end && (t[i] == ' ' || t[i] == '\n')) i++;
  for (size_t o = 0; o < sizeof SCENE_OPENERS / sizeof *SCENE_OPENERS; o++)
    if (word_at(t, s->end, i, SCENE_OPENERS[o])) return 1;
  static const char *const DEFS[] = {"the", "this", "that", "these", "those"};
  for (size_t d = 0; d < sizeof DEFS / sizeof *DEFS; d++) {
    size_t n = strlen(DEFS[d]);
    if (!word_at(t, s->end, i, DEFS[d])) continue;
    uint32_t j = i + (uint32_t)n;
    while (j < s->end && t[j] == ' ') j++;
    for (size_t w = 0; w < sizeof SCENE_NOUNS / sizeof *SCENE_NOUNS; w++)
      if (word_at(t, s->end, j, SCENE_NOUNS[w])) return 1;
  }
  /* "They later clashed", "Police then detained": an adverb of sequence
   * among the first words */
  int words = 0;
  for (uint32_t j = i; j < s->end && words < 4; j++) {
    if (j > i && isalpha((unsigned char)t[j - 1])) continue;
    if (!isalpha((unsigned char)t[j])) continue;
    words++;
    if (word_at(t, s->end, j, "later") || word_at(t, s->end, j, "then") ||
        word_at(t, s->end, j, "subsequently"))
      return 1;
  }
  return 0;
}

/* Does sentence k end as a sentence (., !, ?, or a closing quote)? */
static int ends_as_sentence(const el_doc *doc, int32_t k) {
  const el_sentence *s = &doc->sents.v[k];
  uint32_t e = s->end;
  while (e > s->start && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\n')) e--;
  if (e == s->start) return 0;
  unsigned char c = (unsigned char)doc->text[e - 1];
  return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x9D /* U+201D */;
}

/* Is sentence k a headline: a paragraph of its own, without the final stop
 * of a sentence, before any full sentence of the text?  ("Iran fires
 * missiles at Israel")  Its verb tells, in the present, the event of the
 * lede that follows. */
static int is_headline(const el_doc *doc, int32_t k) {
  if (k < 0 || (size_t)k >= doc->sents.n || doc->sents.v[k].para > 3) return 0;
  if ((size_t)k + 1 < doc->sents.n && doc->sents.v[k + 1].para == doc->sents.v[k].para) return 0;
  if (k > 0 && doc->sents.v[k - 1].para == doc->sents.v[k].para) return 0;
  for (int32_t j = 0; j <= k; j++)
    if (ends_as_sentence(doc, j)) return 0;
  return 1;
}

/* Is sentence k the lede: the first full sentence of the text (only
 * headline-like lines before it)? */
static int is_lede(const el_doc *doc, int32_t k) {
  if (k < 0 || (size_t)k >= doc->sents.n || !ends_as_sentence(doc, k)) return 0;
  for (int32_t j = 0; j < k; j++)
    if (ends_as_sentence(doc, j)) return 0;
  return 1;
}

/* Does sentence k open with a subject pronoun ("They agreed ...")? */
static int opens_with_pronoun(const el_doc *doc, int32_t k) {
  static const char *const PRON[] = {"he", "she", "they", "we"};
  const el_sentence *s = &doc->sents.v[k];
  uint32_t i = s->start;
  while (i < s->end && (doc->text[i] == ' ' || doc->text[i] == '\n')) i++;
  for (size_t p = 0; p < sizeof PRON / sizeof *PRON; p++)
    if (word_at(doc->text, s->end, i, PRON[p])) return 1;
  return 0;
}

/* Is the event told in the past tense?  Its trigger is a past form
 * ("signed"), or the trigger is a noun ("trade" in "discussed trade") after
 * a past form in the same clause. */
static int told_in_past(const el_doc *doc, const el_event *ev) {
  const char *t = doc->text;
  int tense = tx_word_tense(t + ev->trigger_start, ev->trigger_end - ev->trigger_start);
  if (tense != 0) return tense < 0;
  uint32_t lo = ev->trigger_start > 80 ? ev->trigger_start - 80 : 0;
  for (uint32_t e = ev->trigger_start; e > lo;) {
    while (e > lo && !isalpha((unsigned char)t[e - 1])) {
      char c = t[e - 1];
      if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '"') return 0;
      e--;
    }
    uint32_t b = e;
    while (b > lo && isalpha((unsigned char)t[b - 1])) b--;
    if (b == e) break;
    int w = tx_word_tense(t + b, e - b);
    if (w != 0) return w < 0;
    e = b;
  }
  return 0;
}

/* Is the trigger a past passive ("was arrested", "were killed")?  Right
 * after the lede, with no time of its own, such an act done to someone is
 * part of the lede's scene ("Police raided the newspaper on Monday. / The
 * editor was arrested"), done by the lede's actors, unlike a reaction of
 * another side ("The Kremlin denied ..."). */
static int passive_past(const el_doc *doc, const el_event *ev) {
  if (!word_before(doc, ev->trigger_start, "was", NULL) &&
      !word_before(doc, ev->trigger_start, "were", NULL))
    return 0;
  const char *t = doc->text;
  uint32_t s = ev->trigger_start, e = s;
  while (e < doc->len && islower((unsigned char)t[e])) e++;
  if (e - s < 4) return 0;
  if (!((t[e - 2] == 'e' && (t[e - 1] == 'd' || t[e - 1] == 'n')) ||
        tx_word_tense(t + s, e - s) < 0))
    return 0;
  /* an agent of its own ("was drafted by the ministry", "was criticised
   * by unions") makes it another side's act, as a reaction is */
  for (uint32_t i = e; i < doc->len && i < e + 40 && !strchr(",;:.\"()\n", t[i]); i++)
    if (!isalpha((unsigned char)t[i - 1]) && word_at(t, doc->len, i, "by")) return 0;
  return 1;
}

/* A cue of the future before the trigger in its clause ("will be held",
 * "is expected to", "scheduled for"): the act is not yet done. */
static int future_cue_before(const el_doc *doc, const el_event *ev) {
  const char *t = doc->text;
  static const char *const CUES[] = {"will", "would", "shall",   "expected", "scheduled",
                                     "due",  "plans", "planned", "set",      "going"};
  uint32_t lo = ev->trigger_start > 60 ? ev->trigger_start - 60 : 0;
  for (uint32_t i = ev->trigger_start; i > lo; i--) {
    char c = t[i - 1];
    if (c == '.' || c == ';' || c == ',' || c == '\n') return 0;
    if (i - 1 > 0 && isalpha((unsigned char)t[i - 2])) continue;
    for (size_t k = 0; k < sizeof CUES / sizeof *CUES; k++)
      if (word_at(t, doc->len, i - 1, CUES[k])) return 1;
  }
  return 0;
}

/* A clause after a past-tense trigger that tells its act with "will" or
 * "would" before x ("agreed to set up a commission, which will hold its
 * first session in September"): that act is still ahead, so its time
 * cannot be the trigger's. */
static int future_clause_after_past(const el_doc *doc, const el_event *ev, const el_timex *x) {
  if (x->start < ev->trigger_end || !told_in_past(doc, ev)) return 0;
  const char *t = doc->text;
  for (uint32_t i = ev->trigger_end + 1; i < x->start; i++) {
    if (t[i] == '.' || t[i] == ';' || t[i] == '\n') return 0;
    if (isalpha((unsigned char)t[i - 1])) continue;
    if (word_at(t, doc->len, i, "will") || word_at(t, doc->len, i, "would") ||
        word_at(t, doc->len, i, "shall"))
      return 1;
  }
  return 0;
}

static int usable_date(const el_timex *x) {
  if (x->type != EL_TIMEX_DATE && x->type != EL_TIMEX_TIME) return 0;
  if (x->precision == EL_PREC_UNKNOWN || !x->range_start[0]) return 0;
  if (x->value[0] < '0' || x->value[0] > '9') return 0; /* PAST_REF, XXXX-..., BC */
  return 1;
}

/* bytes between x and the span [s, e), 0 if they overlap */
static uint32_t span_dist(uint32_t s, uint32_t e, const el_timex *x) {
  if (x->end <= s) return s - x->end;
  if (x->start >= e) return x->start - e;
  return 0;
}

static uint32_t dist(const el_event *ev, const el_timex *x) {
  return span_dist(ev->trigger_start, ev->trigger_end, x);
}

/* date string cut to the precision of the value */
static void cut_date(const el_timex *x, char out[17]) {
  switch (x->precision) {
    case EL_PREC_TIME:
      snprintf(out, 17, "%.16s", x->value);
      break;
    case EL_PREC_DAY:
      snprintf(out, 17, "%.10s", x->range_start);
      break;
    case EL_PREC_WEEK:
      snprintf(out, 17, "%.8s", x->value);
      break;
    case EL_PREC_MONTH:
      snprintf(out, 17, "%.7s", x->range_start);
      break;
    case EL_PREC_DECADE:
    case EL_PREC_YEAR:
    case EL_PREC_QUARTER:
    case EL_PREC_SEASON:
      snprintf(out, 17, "%.4s", x->range_start);
      break;
    default:
      out[0] = 0;
  }
}

/* Only expressions within WINDOW bytes of the trigger can govern it; the
 * timexes are in text order, so the candidates are found by binary search
 * (no events x timexes blow-up on long documents). */
#define WINDOW 4000u
/* added to the distance of an expression that dates another clause */
#define OTHER_CLAUSE_PENALTY 1000u

static size_t first_near(const el_doc *doc, uint32_t pos) {
  uint32_t from = pos > WINDOW ? pos - WINDOW : 0;
  size_t lo = 0, hi = doc->timexes.n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (doc->timexes.v[mid].end < from)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Words that open another clause: joiners, then (from SUBORDINATORS on)
 * the openers of a subordinate clause or phrase of time. */
static const char *const CLAUSE_OPENERS[] = {"and",    "but",   "that", "which", "who",  "after",
                                             "before", "while", "when", "since", "until"};
enum { SUBORDINATORS = 5 };

/* Does a word that opens another clause start at t[i] ("after India
 * struck", "that it had")?  Only a subordinator when asked. */
static int clause_word_at(const el_doc *doc, uint32_t i, bool subordinator) {
  if (i > 0 && isalpha((unsigned char)doc->text[i - 1])) return 0;
  for (size_t k = subordinator ? SUBORDINATORS : 0;
       k < sizeof CLAUSE_OPENERS / sizeof *CLAUSE_OPENERS; k++)
    if (word_at(doc->text, doc->len, i, CLAUSE_OPENERS[k])) return 1;
  return 0;
}

/* "shot down five jets overnight": "overnight" as an adverb of the
 * trigger's clause, with no day named after it ("overnight into Sunday"),
 * is the night just ended, a time of the event's own on the DCT.  1 and
 * *dist (bytes from the trigger) set when there is one. */
static int overnight_near(const el_doc *doc, const el_event *ev, uint32_t *dist) {
  static const char *const NOT_ADV[] = {"a", "an", "the", "its", "their", "his", "her", "by", "of"};
  const char *t = doc->text;
  uint32_t lo = ev->trigger_start > 40 ? ev->trigger_start - 40 : 0;
  uint32_t hi = ev->trigger_end + 50 < doc->len ? ev->trigger_end + 50 : (uint32_t)doc->len;
  uint32_t at = UINT32_MAX;
  for (uint32_t i = ev->trigger_end; i < hi && at == UINT32_MAX; i++) {
    if (strchr(",;:.\"()\n", t[i]) || clause_word_at(doc, i, false)) break;
    if (word_at(t, doc->len, i, "overnight")) at = i;
  }
  for (uint32_t i = ev->trigger_start; i > lo && at == UINT32_MAX; i--) {
    if (strchr(",;:.\"()\n", t[i - 1]) || clause_word_at(doc, i - 1, false)) break;
    if (i >= 10 && word_at(t, doc->len, i - 10, "overnight")) at = i - 10;
  }
  if (at == UINT32_MAX) return 0;
  for (size_t k = 0; k < sizeof NOT_ADV / sizeof *NOT_ADV; k++)
    if (word_before(doc, at, NOT_ADV[k], NULL)) return 0; /* "an overnight curfew" */
  for (size_t k = first_near(doc, at); k < doc->timexes.n; k++) {
    const el_timex *x = &doc->timexes.v[k];
    if (x->start > at + 24) break;
    if (x->start > at && usable_date(x)) return 0; /* "overnight into Sunday" */
  }
  *dist = at > ev->trigger_start ? at - ev->trigger_end : ev->trigger_start - (at + 9);
  return 1;
}

/* Is x the adverb "overnight" alone? */
static int is_overnight(const el_doc *doc, const el_timex *x) {
  return x->end - x->start == 9 && word_at(doc->text, doc->len, x->start, "overnight");
}

/* Does the expression name a weekday (and so a day within a week of the
 * DCT)? */
static int names_weekday(const el_doc *doc, const el_timex *x) {
  static const char *const DAYS[] = {"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};
  for (uint32_t i = x->start; i < x->end; i++) {
    if (i > x->start && isalpha((unsigned char)doc->text[i - 1])) continue;
    for (size_t k = 0; k < sizeof DAYS / sizeof *DAYS; k++)
      if (i + strlen(DAYS[k]) <= x->end && word_at(doc->text, x->end, i, DAYS[k])) return 1;
  }
  return 0;
}

/* the event's date becomes day z (days from the civil epoch) */
static void set_day(el_event *ev, int64_t z) {
  tx_day_text(z, ev->date);
  memcpy(ev->date_start, ev->date, sizeof ev->date);
  memcpy(ev->date_end, ev->date, sizeof ev->date);
  ev->date_precision = EL_PREC_DAY;
}

/* the event's date becomes the days first..last: a day, else the ISO week
 * of their middle */
static void day_span(el_event *ev, int64_t first, int64_t last) {
  if (first == last) {
    set_day(ev, first);
    return;
  }
  int y, m, d, wy, wn;
  tx_civil_from_days(first + (last - first) / 2, &y, &m, &d);
  tx_iso_week(y, m, d, &wy, &wn);
  snprintf(ev->date, sizeof ev->date, "%04d-W%02d", wy % 10000, wn % 100);
  ev->date_precision = EL_PREC_WEEK;
  tx_day_text(first, ev->date_start);
  tx_day_text(last, ev->date_end);
}

el_status timex_date_from_anchor(el_event *ev, const el_event *anchor, int dir, int lo, int hi,
                                 const char *latest, double confidence) {
  int64_t a, cap;
  if (!ev || !anchor || (dir != 1 && dir != -1) || lo < 0 || hi < lo || hi > 3660)
    return EL_ERR_ARG;
  if ((anchor->date_precision != EL_PREC_DAY && anchor->date_precision != EL_PREC_TIME) ||
      !tx_iso_day(anchor->date_start, &a))
    return EL_ERR_NOTFOUND;
  int64_t first = dir < 0 ? a - hi : a + lo, last = dir < 0 ? a - lo : a + hi;
  if (latest && tx_iso_day(latest, &cap)) {
    if (first > cap) return EL_ERR_NOTFOUND;
    if (last > cap) last = cap;
  }
  if (last - first < 7) {
    day_span(ev, first, last);
  } else { /* a longer span: the month of its middle */
    int y, m, d;
    tx_civil_from_days(first + (last - first) / 2, &y, &m, &d);
    snprintf(ev->date, sizeof ev->date, "%04d-%02d", y % 10000, m % 100);
    ev->date_precision = EL_PREC_MONTH;
    tx_day_text(first, ev->date_start);
    tx_day_text(last, ev->date_end);
  }
  ev->date_confidence = confidence;
  ev->timex = anchor->timex;
  return EL_OK;
}

/* the day x starts on, if x is a day (or a time of one) */
static int day_of(const el_timex *x, int64_t *z) {
  if (x->precision != EL_PREC_DAY && x->precision != EL_PREC_TIME) return 0;
  return tx_iso_day(x->range_start, z);
}

/* Does the expression name a month (a word of three letters or more
 * other than "the", "of", "on")?  "the 2nd" does not. */
static int names_month(const el_doc *doc, const el_timex *x) {
  const char *t = doc->text;
  for (uint32_t i = x->start; i < x->end; i++) {
    if (!isalpha((unsigned char)t[i]) || (i > x->start && isalnum((unsigned char)t[i - 1])))
      continue;
    uint32_t e = i;
    while (e < x->end && isalpha((unsigned char)t[e])) e++;
    if (e - i >= 3 && !word_at(t, x->end, i, "the") && !word_at(t, x->end, i, "of")) return 1;
  }
  return 0;
}

/* x names a month ("December", "Dec.", "Sept"). */
static int names_month_word(const el_doc *doc, const el_timex *x) {
  static const char *const MONTHS[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  const char *t = doc->text;
  for (uint32_t i = x->start; i + 3 <= x->end; i++) {
    if (i > x->start && isalpha((unsigned char)t[i - 1])) continue;
    for (size_t k = 0; k < sizeof MONTHS / sizeof *MONTHS; k++)
      if (strncasecmp(t + i, MONTHS[k], 3) == 0) return 1;
  }
  return 0;
}

/* "Foreign ministers, meeting earlier this week, urged ...": the part of
 * the period before the article, so the span ends on the article's day,
 * not the week's (or month's, year's) last day. */
static void earlier_ends_at_dct(const el_doc *doc, el_event *ev, const el_timex *x,
                                const el_datetime *dct) {
  int64_t b, e;
  if (!word_at(doc->text, x->end, x->start, "earlier") || !tx_iso_day(ev->date_start, &b) ||
      !tx_iso_day(ev->date_end, &e))
    return;
  int64_t now = tx_days_from_civil(dct->year, dct->month, dct->day);
  if (b <= now && e > now) tx_day_text(now, ev->date_end);
}

/* "Last week the ministers met in Geneva.  The following day they signed":
 * the tagger anchors a day offset on the last day it was told, and with only
 * a week or a month before it, on the DCT, which puts a past act after the
 * article.  The act is that offset from a day of the earlier week or month:
 * its range, shifted by the offset and cut at the DCT, at its precision. */
static void shift_coarse_reference(const el_doc *doc, el_event *ev, const el_timex *x,
                                   const el_datetime *dct) {
  int64_t day, b, e;
  if (x->precision != EL_PREC_DAY || !tx_iso_day(x->range_start, &day)) return;
  int64_t now = tx_days_from_civil(dct->year, dct->month, dct->day);
  int64_t off = day - now;
  if (off <= 0 || off > 7) return;
  const el_timex *ref = NULL;
  /* the last date told before x, if it is a week or a month */
  for (const el_timex *p = doc->timexes.v; p < x; p++)
    if (p->type == EL_TIMEX_DATE || p->type == EL_TIMEX_TIME)
      ref = (p->precision == EL_PREC_WEEK || p->precision == EL_PREC_MONTH) ? p : NULL;
  if (!ref) return;
  if (!tx_iso_day(ref->range_start, &b) || !tx_iso_day(ref->range_end, &e)) return;
  b += off;
  e += off;
  if (e > now) e = now;
  if (b > e) return;
  cut_date(ref, ev->date);
  ev->date_precision = ref->precision;
  tx_day_text(b, ev->date_start);
  tx_day_text(e, ev->date_end);
  ev->date_confidence *= 0.8;
}

static int count_of_unit(const char *t, size_t e, size_t i, const char *one, const char *many,
                         size_t *after);

/* The days "the next day", "Two days later", "the day before" count (+1,
 * +2, -1); 0 if x says no such offset. */
static int day_offset_words(const el_doc *doc, const el_timex *x) {
  const char *t = doc->text;
  size_t e = x->end, i = x->start;
  if (word_at(t, e, i, "the")) {
    i += 3;
    while (i < e && t[i] == ' ') i++;
    if (word_at(t, e, i, "next") || word_at(t, e, i, "following")) return 1;
    if (word_at(t, e, i, "previous")) return -1;
    if (word_at(t, e, i, "day")) {
      i += 3;
      while (i < e && t[i] == ' ') i++;
      return word_at(t, e, i, "after") ? 1 : word_at(t, e, i, "before") ? -1 : 0;
    }
    return 0;
  }
  int n = count_of_unit(t, e, i, "day", "days", &i);
  if (n <= 0 || n > 31) return 0;
  if (word_at(t, e, i, "later") || word_at(t, e, i, "after")) return n;
  if (word_at(t, e, i, "earlier") || word_at(t, e, i, "before")) return -n;
  return 0;
}

/* "In January, the EU imposed sanctions.  Two days later, Russia
 * condemned them": the tagger values the offset from a month as a day of
 * it, which one unknown ("2025-01-XX").  The act lies that many days from
 * some day of the month: the month's range shifted, cut at the DCT for an
 * act told as done. */
static void shift_vague_day(const el_doc *doc, el_event *ev, const el_timex *x,
                            const el_datetime *dct) {
  size_t n = strlen(x->value);
  if (n != 10 || strcmp(x->value + 7, "-XX") != 0 || x->precision != EL_PREC_MONTH) return;
  int off = day_offset_words(doc, x);
  int64_t b, e;
  if (!off || !tx_iso_day(x->range_start, &b) || !tx_iso_day(x->range_end, &e)) return;
  b += off;
  e += off;
  if (dct && ev->mood == EL_MOOD_FACT) {
    int64_t now = tx_days_from_civil(dct->year, dct->month, dct->day);
    if (e > now) e = now;
  }
  if (b > e) return;
  tx_day_text(b, ev->date_start);
  tx_day_text(e, ev->date_end);
}

/* "criticized Pakistan on the eve of the summit on Thursday", "on the
 * eve of Thursday's vote": the day x names is the thing's, the act came
 * the day before.  1 when "the eve of" stands before x in its phrase. */
static int eve_of_day(const el_doc *doc, const el_timex *x) {
  const char *t = doc->text;
  uint32_t lo = x->start > 60 ? x->start - 60 : 0;
  for (uint32_t i = x->start; i > lo; i--) {
    if (strchr(",;:.\"()\n", t[i - 1])) return 0;
    if (i - lo >= 10 && strncasecmp(t + i - 10, "the eve of", 10) == 0 &&
        (i - 10 == 0 || !isalpha((unsigned char)t[i - 11])))
      return 1;
  }
  return 0;
}

/* "The vote was held on March 2" in an article of January: the tagger picks
 * the year of a month-day from the clause's tense cues, softly, and may pick
 * the coming March; but an act told as done in the past tense cannot come
 * after the article.  Such an event, dated by an expression without a year
 * of its own to a day or month after the DCT, moves one year back. */
static void year_back_if_after_dct(const el_doc *doc, el_event *ev, const el_timex *x,
                                   const el_datetime *dct) {
  if (ev->mood != EL_MOOD_FACT || ev->negated) return;
  if (x->precision != EL_PREC_DAY && x->precision != EL_PREC_MONTH) return;
  char dct_day[32];
  snprintf(dct_day, sizeof dct_day, "%04d-%02d-%02d", dct->year % 10000, dct->month % 100,
           dct->day % 100);
  if (strncmp(ev->date_start, dct_day, 10) <= 0) return;
  /* a year written in the expression stands */
  for (uint32_t i = x->start; i + 4 <= x->end; i++)
    if (isdigit((unsigned char)doc->text[i]) && isdigit((unsigned char)doc->text[i + 1]) &&
        isdigit((unsigned char)doc->text[i + 2]) && isdigit((unsigned char)doc->text[i + 3]))
      return;
  if (!told_in_past(doc, ev)) return;
  if (future_cue_before(doc, ev)) return; /* "will be held" */
  /* "called for protests next Friday": the expression says it lies ahead
   * ("the next day" does not: it follows a day told before) */
  for (uint32_t i = x->start; i < x->end; i++)
    if ((i == x->start || !isalpha((unsigned char)doc->text[i - 1])) &&
        (word_at(doc->text, x->end, i, "next") || word_at(doc->text, x->end, i, "coming")) &&
        !(i >= x->start + 4 && strncasecmp(doc->text + i - 4, "the ", 4) == 0))
      return;
  /* an infinitive ("agreed to hold talks in February") tells no done act:
   * the tagger read its time from the verb that governs it */
  if (word_before(doc, ev->trigger_start, "to", NULL)) return;
  /* a weekday read forward against a past act ("said in an interview
   * published on Sunday that Kyiv would ...", where a later "would" pulled
   * the tense) is the same weekday one week back, not a year back */
  if (x->precision == EL_PREC_DAY && names_weekday(doc, x)) {
    int64_t day;
    if (!tx_iso_day(ev->date_start, &day)) return;
    set_day(ev, day - 7);
    ev->date_confidence *= 0.9;
    return;
  }
  /* a day of the month alone ("on the 2nd") is the last such day, a
   * month back, not a year */
  if (x->precision == EL_PREC_DAY && !names_month(doc, x)) {
    int y, m, d;
    if (sscanf(ev->date_start, "%4d-%2d-%2d", &y, &m, &d) != 3) return;
    tx_add_months(&y, &m, -1);
    if (d > tx_days_in_month(y, m)) return;
    set_day(ev, tx_days_from_civil(y, m, d));
    ev->date_confidence *= 0.9;
    return;
  }
  /* a year back only for a month read forward ("December 28" in
   * January); a relative expression ("the following day" after a week's
   * reference) read past the DCT is an anchoring slip, not last year */
  if (!names_month_word(doc, x)) {
    shift_coarse_reference(doc, ev, x, dct);
    return;
  }
  int y = atoi(ev->date_start);
  if (y <= 1) return;
  /* the year is the first four digits of each field */
  char *fields[] = {ev->date, ev->date_start, ev->date_end};
  unsigned yb = (unsigned)(y - 1) % 10000u;
  for (int k = 0; k < 3; k++) {
    char *f = fields[k];
    if (strlen(f) < 4 || !isdigit((unsigned char)f[0])) continue;
    f[0] = (char)('0' + yb / 1000);
    f[1] = (char)('0' + yb / 100 % 10);
    f[2] = (char)('0' + yb / 10 % 10);
    f[3] = (char)('0' + yb % 10);
  }
  /* February 29 of a leap year has no day a year back */
  if (strcmp(ev->date_start + 4, "-02-29") == 0) {
    ev->date_start[9] = '8';
    ev->date_end[9] = '8';
    if (ev->date[9] == '9') ev->date[9] = '8';
  }
  ev->date_confidence *= 0.9;
}

/* Is the trigger a verb in the simple present ("travels", "opens")?  In
 * the body of a news story (not a headline, whose present tells the past)
 * that is a scheduled act: "The summit opens on Monday". */
static int present_for_future(const el_doc *doc, const el_event *ev) {
  static const char *const NOT_PRESENT[] = {"says",    "tells",  "claims",  "warns",   "adds",
                                            "insists", "denies", "accuses", "reports", "has",
                                            "is",      "was",    "does",    "news",    "talks",
                                            "arms",    "forces", "troops",  "this",    "its"};
  static const char *const BEFORE_NOUN[] = {"the",  "a",     "an",    "its", "their", "his", "her",
                                            "this", "these", "those", "of",  "for",   "in",  "on"};
  const char *t = doc->text;
  uint32_t s = ev->trigger_start, e = ev->trigger_end;
  if (e - s < 4 || t[e - 1] != 's' || t[e - 2] == 's' || t[e - 2] == 'u' || t[e - 2] == 'i')
    return 0;
  for (uint32_t i = s; i < e; i++)
    if (!islower((unsigned char)t[i])) return 0;
  for (size_t k = 0; k < sizeof NOT_PRESENT / sizeof *NOT_PRESENT; k++)
    if (word_at(t, e, s, NOT_PRESENT[k])) return 0;
  for (size_t k = 0; k < sizeof BEFORE_NOUN / sizeof *BEFORE_NOUN; k++)
    if (word_before(doc, s, BEFORE_NOUN[k], NULL)) return 0;
  if (told_in_past(doc, ev) || is_headline(doc, ev->sentence)) return 0;
  /* no past form after it in its clause: "attacks on Friday killed 12"
   * shows "attacks" is a noun */
  for (uint32_t i = e; i < doc->len && !strchr(",;:.\"()\n", t[i]); i++) {
    if (!isalpha((unsigned char)t[i]) || isalpha((unsigned char)t[i - 1])) continue;
    uint32_t w = i;
    while (w < doc->len && isalpha((unsigned char)t[w])) w++;
    if (tx_word_tense(t + i, w - i) < 0) return 0;
  }
  return 1;
}

/* A weekday the tagger read back from the DCT ("on Friday" with no cue of
 * tense) dating a verb in the present: the coming one, a week on. */
static void weekday_ahead_if_present(const el_doc *doc, el_event *ev, const el_timex *x,
                                     const el_datetime *dct) {
  int64_t z;
  if (ev->mood != EL_MOOD_FACT || ev->negated || !day_of(x, &z) || !names_weekday(doc, x)) return;
  if (z >= tx_days_from_civil(dct->year, dct->month, dct->day)) return;
  /* the weekday follows the verb in its clause ("opens on Monday"); one
   * before it belongs to another verb ("said Friday in response to ...
   * attacks") */
  if (x->start < ev->trigger_end || x->start - ev->trigger_end > 60) return;
  for (uint32_t i = ev->trigger_end; i < x->start; i++)
    if (strchr(",;:.\"()\n", doc->text[i]) || clause_word_at(doc, i, false)) return;
  if (!present_for_future(doc, ev)) return;
  set_day(ev, z + 7);
  ev->date_confidence *= 0.9;
}

/* The day of the text's dateline ("GENEVA, June 27 (Reuters) -"): 1 and *z
 * set when there is one. */
static int dateline_day(const el_doc *doc, int64_t *z) {
  for (size_t k = 0; k < doc->timexes.n && doc->timexes.v[k].start <= 600; k++) {
    const el_timex *r = &doc->timexes.v[k];
    if (usable_date(r) && is_dateline(doc, r)) return day_of(r, z);
  }
  return 0;
}

/* "yesterday", "today", "tonight", "this morning" under a dateline of
 * another day than the DCT (a text stored days after it was written) count
 * from the dateline's day: the tagger counted them from the DCT.  Only a
 * dateline within a month of the DCT is trusted as the writing day. */
static void deixis_from_dateline(const el_doc *doc, el_event *ev, const el_timex *x,
                                 const el_datetime *dct) {
  static const char *const DEIXIS[] = {"yesterday",    "today",        "tomorrow",
                                       "tonight",      "this morning", "this afternoon",
                                       "this evening", "last night"};
  int64_t told, z;
  if (x->precision != EL_PREC_DAY && x->precision != EL_PREC_TIME) return;
  int deictic = 0;
  for (size_t k = 0; k < sizeof DEIXIS / sizeof *DEIXIS && !deictic; k++)
    for (uint32_t i = x->start; i < x->end && !deictic; i++)
      deictic = (i == x->start || !isalpha((unsigned char)doc->text[i - 1])) &&
                word_at(doc->text, x->end, i, DEIXIS[k]);
  if (!deictic || !dateline_day(doc, &told)) return;
  int64_t off = told - tx_days_from_civil(dct->year, dct->month, dct->day);
  if (off == 0 || off > 31 || off < -31) return;
  char *fields[] = {ev->date, ev->date_start, ev->date_end};
  for (int k = 0; k < 3; k++) {
    char day[17];
    if (strlen(fields[k]) < 10 || !tx_iso_day(fields[k], &z)) continue;
    tx_day_text(z + off, day);
    memcpy(fields[k], day, 10); /* the time of day after it stays */
  }
  ev->date_confidence *= 0.9;
}

/* nouns of a statement, whose time is a report's ("in an interview on
 * Thursday") */
static const char *const STATEMENT_NOUNS[] = {"statement", "interview", "conference", "briefing",
                                              "speech",    "address",   "remarks"};

/* One of words[0..n) among the few words before x in its clause? */
static int word_among_before(const el_doc *doc, const el_timex *x, const char *const *words,
                             size_t n) {
  const char *t = doc->text;
  uint32_t i = x->start;
  for (int count = 0; count < 6 && i > 0; count++) {
    while (i > 0 && t[i - 1] == ' ') i--;
    uint32_t a = i;
    while (a > 0 && isalpha((unsigned char)t[a - 1])) a--;
    if (a == i) return 0; /* punctuation or a number: the clause ends */
    for (size_t k = 0; k < n; k++)
      if (i - a == strlen(words[k]) && word_at(t, doc->len, a, words[k])) return 1;
    i = a;
  }
  return 0;
}

/* "The ministry issued a statement on Friday. It said troops had left the
 * area on Sunday": a report with no time of its own, before the trigger,
 * after a sentence that dates a statement (a reporting verb or a noun of
 * one before the day) was made that day.  1 and *z set when so. */
static int statement_day_before(const el_doc *doc, const el_event *ev, int64_t *z) {
  static const char *const SAID[] = {"said", "says", "told", "added", "stated", "announced"};
  if (ev->sentence <= 0 || (size_t)ev->sentence >= doc->sents.n) return 0;
  const el_sentence *s = &doc->sents.v[ev->sentence];
  const char *t = doc->text;
  int said = 0;
  for (uint32_t i = s->start; i < ev->trigger_start && !said; i++)
    for (size_t k = 0; k < sizeof SAID / sizeof *SAID && !said; k++)
      said = (i == 0 || !isalpha((unsigned char)t[i - 1])) && word_at(t, doc->len, i, SAID[k]);
  if (!said) return 0;
  const el_sentence *p = &doc->sents.v[ev->sentence - 1];
  if (s->para - p->para > 1) return 0;
  /* a time of its own before the trigger tells the report's day, if any */
  for (size_t k = first_near(doc, s->start); k < doc->timexes.n; k++) {
    const el_timex *r = &doc->timexes.v[k];
    if (r->start >= ev->trigger_start) break;
    if (r->start >= s->start && usable_date(r)) return 0;
  }
  for (size_t k = first_near(doc, p->start); k < doc->timexes.n; k++) {
    const el_timex *r = &doc->timexes.v[k];
    if (r->start >= s->start) break;
    if (r->start < p->start || !usable_date(r) || is_dateline(doc, r)) continue;
    if (quote_of(doc, r->start, r->end) >= 0) continue;
    if ((speech_verb_before(doc, r) ||
         word_among_before(doc, r, STATEMENT_NOUNS,
                           sizeof STATEMENT_NOUNS / sizeof *STATEMENT_NOUNS)) &&
        day_of(r, z))
      return 1;
  }
  return 0;
}

/* The day a text tells event ev from, when that is not the DCT: the day of
 * a report in ev's sentence other than x ("said on Friday that troops had
 * withdrawn on Sunday"), else of a statement the sentence before dates
 * (statement_day_before), else the day of the dateline ("GENEVA, June 27 -
 * ... held talks on Monday" in a text stored days later).  1 and *z set
 * when there is one. */
static int telling_day(const el_doc *doc, const el_event *ev, const el_timex *x, int64_t *z) {
  long best = -1;
  uint32_t bd = UINT32_MAX;
  for (size_t k = first_near(doc, ev->trigger_start); k < doc->timexes.n; k++) {
    const el_timex *r = &doc->timexes.v[k];
    if (r->start > ev->trigger_end + 200) break;
    if (r == x || !same_sentence(doc, ev, r) || !usable_date(r) || is_dateline(doc, r)) continue;
    if (quote_of(doc, r->start, r->end) >= 0) continue;
    if (!speech_verb_before(doc, r) &&
        !(r->end <= ev->trigger_start &&
          word_among_before(doc, r, STATEMENT_NOUNS,
                            sizeof STATEMENT_NOUNS / sizeof *STATEMENT_NOUNS)))
      continue;
    /* the report's time is its verb's, the event's an act it tells */
    if (r->start < ev->trigger_end && r->end > ev->trigger_start) continue;
    int64_t day;
    uint32_t d = dist(ev, r);
    if (day_of(r, &day) && d < bd) {
      bd = d;
      best = (long)k;
    }
  }
  if (best >= 0) return day_of(&doc->timexes.v[best], z);
  return statement_day_before(doc, ev, z) || dateline_day(doc, z);
}

/* A weekday the tagger read from the DCT, for an act told from an earlier
 * day (telling_day): a past act is the last such weekday up to that day, a
 * planned one the first after it.  The tagger puts "had withdrawn on
 * Sunday" in a report of Friday on the Sunday after it when the DCT is a
 * Monday. */
static void weekday_from_telling_day(const el_doc *doc, el_event *ev, const el_timex *x,
                                     const el_datetime *dct) {
  int64_t z, told;
  if (ev->mood != EL_MOOD_FACT || ev->negated || x->precision != EL_PREC_DAY ||
      !names_weekday(doc, x) || !tx_iso_day(ev->date_start, &z) || !telling_day(doc, ev, x, &told))
    return;
  int64_t was = z;
  /* a headline's present tells what its lede does, in whose tense the
   * tagger read the weekday: back from the DCT is past */
  int headline_past = is_headline(doc, ev->sentence) && dct &&
                      z <= tx_days_from_civil(dct->year, dct->month, dct->day);
  if (future_cue_before(doc, ev)) {
    while (z - 7 > told) z -= 7;
  } else if (told_in_past(doc, ev) || headline_past) {
    while (z > told) z -= 7;
  }
  if (z == was) return;
  set_day(ev, z);
  ev->date_confidence *= 0.9;
}

/* Add the duration value to ev's details_json {"duration":[...]} (once). */
/* "agreed to keep working through a group set up earlier this year": after
 * the trigger, a past participle right after a noun (no auxiliary) with
 * the expression dates that noun's making, not the trigger's act; unless
 * the noun is the trigger ("talks held last week"). */
static int reduced_relative_after_trigger(const el_doc *doc, const el_event *ev,
                                          const el_timex *x) {
  static const char *const IRREGULAR[] = {"set", "held",  "made",  "built",
                                          "won", "taken", "begun", "struck"};
  static const char *const PARTICLES[] = {"up", "out", "down", "off"};
  static const char *const NOT_NOUN[] = {"was",   "were", "is",    "are",  "be",  "been", "being",
                                         "has",   "have", "had",   "and",  "or",  "to",   "who",
                                         "which", "that", "it",    "he",   "she", "they", "we",
                                         "not",   "also", "never", "just", "i"};
  if (x->start <= ev->trigger_end) return 0;
  const char *t = doc->text;
  size_t b[4], e[4];
  size_t i = x->start;
  int n = 0;
  for (; n < 4; n++) { /* up to four words before x, nearest first */
    while (i > ev->trigger_end && t[i - 1] == ' ') i--;
    e[n] = i;
    while (i > ev->trigger_end && isalpha((unsigned char)t[i - 1])) i--;
    b[n] = i;
    if (e[n] == b[n]) break;
  }
  if (n < 2) return 0;
  /* not past a preposition: "in an interview published on Sunday" dates the
   * saying, "a verdict delivered on Friday" the jailing */
  int p = 0, q = 0;
  for (size_t k = 0; k < sizeof PARTICLES / sizeof *PARTICLES && q + 2 < n; k++)
    if (e[q] - b[q] == strlen(PARTICLES[k]) && word_at(t, doc->len, b[q], PARTICLES[k])) p = q + 1;
  if (p + 1 >= n) return 0;
  size_t wb = b[p], we = e[p], nb = b[p + 1], ne = e[p + 1];
  if (nb < ev->trigger_end || isupper((unsigned char)t[wb])) return 0;
  int part = we - wb > 3 && t[we - 2] == 'e' && t[we - 1] == 'd';
  for (size_t k = 0; k < sizeof IRREGULAR / sizeof *IRREGULAR && !part; k++)
    part = we - wb == strlen(IRREGULAR[k]) && word_at(t, doc->len, wb, IRREGULAR[k]);
  if (!part) return 0;
  for (size_t k = 0; k < sizeof NOT_NOUN / sizeof *NOT_NOUN; k++)
    if (ne - nb == strlen(NOT_NOUN[k]) && word_at(t, doc->len, nb, NOT_NOUN[k])) return 0;
  /* the noun: a lowercase word not ending in -ly, -ed ("widely reported") */
  if (isupper((unsigned char)t[nb]) || ne - nb < 3) return 0;
  if ((t[ne - 2] == 'l' && t[ne - 1] == 'y') || (t[ne - 2] == 'e' && t[ne - 1] == 'd')) return 0;
  return 1;
}

/* "lodged a protest over Tuesday's incident", "financing a weekend
 * attack": a day owning or modifying a noun after the trigger dates that
 * noun's event, not the trigger's. */
/* A function word or a common verb at text[i] ("the spring the troops",
 * "the 1990s saw"): what follows a time expression that is no modifier. */
static int function_word_at(const el_doc *doc, size_t i) {
  static const char *const WORDS[] = {
      "the", "a",    "an",   "and",   "or",    "but",   "of",     "to",    "in",    "on",
      "at",  "for",  "with", "by",    "from",  "that",  "which",  "when",  "as",    "he",
      "she", "they", "it",   "we",    "saw",   "was",   "were",   "is",    "are",   "has",
      "had", "have", "will", "would", "could", "after", "before", "until", "since", "while"};
  for (size_t k = 0; k < sizeof WORDS / sizeof *WORDS; k++)
    if (word_at(doc->text, doc->len, i, WORDS[k])) return 1;
  return 0;
}

static int modifier_of_other_noun(const el_doc *doc, const el_event *ev, const el_timex *x) {
  /* "decided at last year's summit", "during Tuesday's meeting": where the
   * act took place, so its time */
  if (word_before(doc, x->start, "at", NULL) || word_before(doc, x->start, "during", NULL) ||
      word_before(doc, x->start, "in", NULL))
    return 0;
  const char *t = doc->text;
  size_t e = x->end, noun = 0;
  if (e + 2 <= doc->len && t[e] == '\'' && t[e + 1] == 's')
    noun = e + 3;
  else if (e + 4 <= doc->len && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
           (unsigned char)t[e + 2] == 0x99 && t[e + 3] == 's')
    noun = e + 5;
  /* "accused Serbia of financing a weekend attack": the expression, after
   * "a"/"an", modifies the noun that follows */
  else if ((word_before(doc, x->start, "a", NULL) || word_before(doc, x->start, "an", NULL)) &&
           e + 2 < doc->len && t[e] == ' ' && islower((unsigned char)t[e + 1]))
    noun = e + 1;
  /* "condemned the strikes as a violation of the November ceasefire", "and
   * reaffirmed that its 1951 defence treaty covers": after a determiner,
   * the expression names the time of the noun that follows (not a
   * function word or a verb: "the spring the troops"), not of the clause */
  int det = 0;
  if (!noun && e + 2 < doc->len && t[e] == ' ' && islower((unsigned char)t[e + 1]) &&
      !function_word_at(doc, e + 1)) {
    static const char *const DETERMINERS[] = {"its", "their", "his",  "her",  "our",
                                              "the", "this",  "that", "whose"};
    for (size_t k = 0; k < sizeof DETERMINERS / sizeof *DETERMINERS && !noun; k++)
      if (word_before(doc, x->start, DETERMINERS[k], NULL)) noun = e + 1;
    det = noun != 0;
  }
  if (!noun) return 0;
  if (x->start >= ev->trigger_end) return 1;
  /* before the trigger: only when a comma closes the noun's phrase first
   * ("a weekend attack in which ..., and called on"); "Sunday's attack
   * killed five" is one act */
  if (ev->trigger_start <= noun) return 0;
  for (size_t i = noun; i < ev->trigger_start; i++)
    if (t[i] == ',' || t[i] == ';' || (det && word_at(t, doc->len, i, "and") && t[i - 1] == ' '))
      return 1;
  return 0;
}

static el_status add_duration_value(el_doc *doc, el_event *ev, const char *value) {
  json_t *obj = NULL;
  if (ev->details_json) obj = json_loads(ev->details_json, 0, NULL);
  if (!obj || !json_is_object(obj)) {
    json_decref(obj);
    obj = json_object();
  }
  if (!obj) return EL_ERR_NOMEM;
  json_t *arr = json_object_get(obj, "duration");
  if (!json_is_array(arr)) {
    arr = json_array();
    if (!arr || json_object_set_new(obj, "duration", arr) != 0) {
      json_decref(obj);
      return EL_ERR_NOMEM;
    }
  }
  size_t k;
  json_t *v;
  json_array_foreach(arr, k, v) {
    if (json_is_string(v) && strcmp(json_string_value(v), value) == 0) {
      json_decref(obj);
      return EL_OK;
    }
  }
  if (json_array_append_new(arr, json_string(value)) != 0) {
    json_decref(obj);
    return EL_ERR_NOMEM;
  }
  char *str = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(obj);
  if (!str) return EL_ERR_NOMEM;
  ev->details_json = arena_strdup(doc->arena, str);
  free(str);
  return ev->details_json ? EL_OK : EL_ERR_NOMEM;
}

static int describes_consultation(const el_doc *doc, const el_timex *x);

/* Durations in the event's own clause ("spoke for about 35 minutes");
 * marks each one used in used[] (by timex index).  "the call lasted 40
 * minutes" describes a consultation: not the length of another act of its
 * sentence ("... and that both sides agreed to ..."). */
/* A clause opener between bytes a and b ("fought four days of strikes
 * before agreeing to a ceasefire"): a duration on one side of it is not an
 * act's on the other. */
static int clause_opener_between(const el_doc *doc, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; i++)
    if (clause_word_at(doc, i, true)) return 1;
  return 0;
}

static el_status add_durations(el_doc *doc, el_event *ev, int ev_quote, unsigned char *used) {
  for (size_t k = first_near(doc, ev->trigger_start); k < doc->timexes.n; k++) {
    const el_timex *x = &doc->timexes.v[k];
    if (x->start > ev->trigger_end + WINDOW) break;
    if (x->type != EL_TIMEX_DURATION || x->value[0] != 'P') continue;
    if (!same_sentence(doc, ev, x) || dist(ev, x) > 80) continue;
    if (quote_of(doc, x->start, x->end) != ev_quote) continue;
    if (!same_sentence_text(doc, ev->trigger_start, x->start)) continue;
    if (strcmp(ev->root, "04") != 0 && describes_consultation(doc, x)) continue;
    if (x->end <= ev->trigger_start ? clause_opener_between(doc, x->end, ev->trigger_start)
                                    : clause_opener_between(doc, ev->trigger_end, x->start))
      continue;
    el_status st = add_duration_value(doc, ev, x->value);
    if (st != EL_OK) return st;
    if (used) used[k] = 1;
  }
  return EL_OK;
}

/* Nouns of a consultation that a later sentence may describe without an
 * event of its own ("The conversation, reportedly lasting an hour, ...") */
static const char *const CONSULT_NOUNS[] = {
    "call",     "conversation", "conversations", "meeting",     "meetings",
    "talks",    "talk",         "discussion",    "discussions", "summit",
    "exchange", "negotiations", "session",       "visit",       "interview"};

/* Which consultation noun it is: 1 a call, 2 a face-to-face meeting, 0
 * either ("talks", "conversation", "exchange", ...). */
static int consultation_kind(const char *noun) {
  if (!strcmp(noun, "call")) return 1;
  if (!strcmp(noun, "meeting") || !strcmp(noun, "meetings") || !strcmp(noun, "summit") ||
      !strcmp(noun, "visit") || !strcmp(noun, "session"))
    return 2;
  return 0;
}

/* "lasting/lasted/lasts/for" just before the duration, and a consultation
 * noun earlier in its sentence: the duration of that consultation.
 * Returns 1 + the noun's kind (see consultation_kind), 0 if none. */
static int describes_consultation(const el_doc *doc, const el_timex *x) {
  if (x->sentence < 0 || (size_t)x->sentence >= doc->sents.n) return 0;
  const el_sentence *s = &doc->sents.v[x->sentence];
  const char *t = doc->text;
  static const char *const LINKS[] = {"lasting", "lasted", "lasts", "last", "for"};
  size_t b = x->start;
  while (b > s->start && t[b - 1] == ' ') b--;
  size_t a = b;
  while (a > s->start && isalpha((unsigned char)t[a - 1])) a--;
  /* "lasting about an hour": the approximator is outside the extent */
  if (word_at(t, doc->len, a, "about") || word_at(t, doc->len, a, "around") ||
      word_at(t, doc->len, a, "nearly") || word_at(t, doc->len, a, "almost")) {
    b = a;
    while (b > s->start && t[b - 1] == ' ') b--;
    a = b;
    while (a > s->start && isalpha((unsigned char)t[a - 1])) a--;
  }
  int linked = 0;
  for (size_t i = 0; i < sizeof LINKS / sizeof *LINKS && !linked; i++)
    linked = b - a == strlen(LINKS[i]) && word_at(t, doc->len, a, LINKS[i]);
  if (!linked) return 0;
  for (size_t i = s->start; i < a; i++)
    for (size_t k = 0; k < sizeof CONSULT_NOUNS / sizeof *CONSULT_NOUNS; k++)
      if (word_at(t, doc->len, i, CONSULT_NOUNS[k])) return 1 + consultation_kind(CONSULT_NOUNS[k]);
  return 0;
}

/* Is the consultation event ev another one than the one a duration's
 * sentence describes: another kind (a call vs a meeting), or another day
 * named in that sentence ("The meeting on Monday lasted two hours" after
 * Wednesday's call)? */
static int other_consultation(const el_doc *doc, const el_timex *x, int kind, const el_event *ev) {
  /* a call is no visit or meeting in person, a meeting no call */
  if (kind == 1 &&
      (!strcmp(ev->cameo, "042") || !strcmp(ev->cameo, "043") || !strcmp(ev->cameo, "044") ||
       word_at(doc->text, doc->len, ev->trigger_start, "met") ||
       word_at(doc->text, doc->len, ev->trigger_start, "meet") ||
       word_at(doc->text, doc->len, ev->trigger_start, "meets") ||
       word_at(doc->text, doc->len, ev->trigger_start, "visited")))
    return 1;
  if (kind == 2 && !strcmp(ev->cameo, "041")) return 1;
  int64_t evs, eve;
  if (!tx_iso_day(ev->date_start, &evs) || !tx_iso_day(ev->date_end, &eve)) return 0;
  for (size_t k = 0; k < doc->timexes.n; k++) {
    const el_timex *d = &doc->timexes.v[k];
    int64_t z;
    if (d->sentence != x->sentence || !day_of(d, &z)) continue;
    if (z < evs || z > eve) return 1;
  }
  return 0;
}

/* A duration no event of its own sentence took, describing a consultation
 * ("Both sides called the conversation constructive, reportedly lasting an
 * hour"), goes to the latest consultation (root 04) of the last three
 * sentences before it, and to that one's mirror (a call codes both sides). */
static el_status add_described_durations(el_doc *doc, const unsigned char *used) {
  /* events come in sentence order from the coder; bail out otherwise */
  for (size_t i = 1; i < doc->events.n; i++)
    if (doc->events.v[i].sentence < doc->events.v[i - 1].sentence) return EL_OK;
  for (size_t k = 0; k < doc->timexes.n; k++) {
    const el_timex *x = &doc->timexes.v[k];
    if (used[k] || x->type != EL_TIMEX_DURATION || x->value[0] != 'P') continue;
    int kind = quote_of(doc, x->start, x->end) >= 0 ? 0 : describes_consultation(doc, x);
    if (!kind) continue;
    kind--;
    /* first event of a later sentence */
    size_t lo = 0, hi = doc->events.n;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (doc->events.v[mid].sentence <= x->sentence)
        lo = mid + 1;
      else
        hi = mid;
    }
    long best = -1;
    for (size_t i = lo; i-- > 0;) {
      const el_event *ev = &doc->events.v[i];
      if (ev->sentence < 0 || x->sentence - ev->sentence > 3) break;
      if (ev->trigger_start >= x->start || strcmp(ev->root, "04") != 0) continue;
      if (ev->negated || ev->mood != EL_MOOD_FACT) continue;
      if (best < 0 || ev->trigger_start > doc->events.v[best].trigger_start) best = (long)i;
    }
    if (best < 0 || other_consultation(doc, x, kind, &doc->events.v[best])) continue;
    /* that mention and its mirror (same trigger, the other direction):
     * the events of its sentence are the run around best */
    int32_t sent = doc->events.v[best].sentence;
    uint32_t trig = doc->events.v[best].trigger_start;
    size_t first = (size_t)best, last = (size_t)best + 1;
    while (first > 0 && doc->events.v[first - 1].sentence == sent) first--;
    while (last < doc->events.n && doc->events.v[last].sentence == sent) last++;
    for (size_t i = first; i < last; i++) {
      el_event *ev = &doc->events.v[i];
      if (ev->trigger_start != trig || strcmp(ev->root, "04") != 0) continue;
      el_status st = add_duration_value(doc, ev, x->value);
      if (st != EL_OK) return st;
    }
  }
  return EL_OK;
}

/* The day "overnight" is told from: the day of a report in the event's
 * sentence ("Fighting raged overnight, officials said on Tuesday"), else
 * the DCT. */
static int64_t report_day(const el_doc *doc, const el_event *ev, const el_datetime *dct) {
  for (size_t k = first_near(doc, ev->trigger_start); k < doc->timexes.n; k++) {
    const el_timex *x = &doc->timexes.v[k];
    if (x->start > ev->trigger_end + 200) break;
    int64_t z;
    if (!same_sentence(doc, ev, x) || !usable_date(x) || is_dateline(doc, x)) continue;
    if (speech_verb_before(doc, x) && day_of(x, &z)) return z;
  }
  return tx_days_from_civil(dct->year, dct->month, dct->day);
}

/* small counts written out in news ("a week", "two weeks"); 0 if none */
static int count_word(const char *t, size_t len, size_t i, size_t *after) {
  static const char *const WORDS[] = {"a", "an", "one", "two", "three", "four", "five", "six"};
  static const int VALS[] = {1, 1, 1, 2, 3, 4, 5, 6};
  for (size_t k = 0; k < sizeof WORDS / sizeof *WORDS; k++)
    if (word_at(t, len, i, WORDS[k])) {
      *after = i + strlen(WORDS[k]);
      return VALS[k];
    }
  if (i < len && isdigit((unsigned char)t[i])) {
    int n = 0;
    size_t j = i;
    while (j < len && isdigit((unsigned char)t[j]) && n < 1000) n = n * 10 + (t[j++] - '0');
    *after = j;
    return n;
  }
  return 0;
}

/* "two days", "a week", "3 years" at t[i..e): the count, the unit's word
 * (singular or plural) and the spaces after it; *after is then the next
 * word.  0 if no such count of that unit stands there. */
static int count_of_unit(const char *t, size_t e, size_t i, const char *one, const char *many,
                         size_t *after) {
  int n = count_word(t, e, i, &i);
  if (n <= 0) return 0;
  while (i < e && t[i] == ' ') i++;
  if (word_at(t, e, i, one))
    i += strlen(one);
  else if (word_at(t, e, i, many))
    i += strlen(many);
  else
    return 0;
  while (i < e && t[i] == ' ') i++;
  *after = i;
  return n;
}

/* "Two weeks ago", "A week later": a count of weeks from a day is a day
 * (the DCT for "ago", the last day named before for "later"/"earlier"),
 * though the tagger values it as the ISO week it falls in.  1 and *z set
 * when x is such an expression with a day to count from. */
static int counted_weeks_day(const el_doc *doc, size_t k, const el_datetime *dct, int64_t *z) {
  const el_timex *x = &doc->timexes.v[k];
  if (x->precision != EL_PREC_WEEK) return 0;
  const char *t = doc->text;
  size_t i, e = x->end;
  int n = count_of_unit(t, e, x->start, "week", "weeks", &i);
  if (n <= 0) return 0;
  int dir;
  int64_t from;
  if (word_at(t, e, i, "ago")) {
    if (!dct) return 0;
    dir = -1;
    from = tx_days_from_civil(dct->year, dct->month, dct->day);
  } else if (word_at(t, e, i, "later") || word_at(t, e, i, "earlier")) {
    dir = word_at(t, e, i, "later") ? 1 : -1;
    /* the last day named before, within the sentence before */
    long a = -1;
    for (size_t j = k; j-- > 0;) {
      const el_timex *p = &doc->timexes.v[j];
      if (p->sentence >= 0 && x->sentence >= 0 && x->sentence - p->sentence > 1) break;
      if (usable_date(p) && !is_dateline(doc, p) && day_of(p, &from)) {
        a = (long)j;
        break;
      }
    }
    if (a < 0) return 0;
  } else
    return 0;
  *z = from + dir * 7 * n;
  return 1;
}

/* "Exactly one year ago", "A year ago today", "two years ago to the
 * day": a count of years back from the DCT to the very day, though the
 * tagger values "one year ago" as the year.  1 and *z set when x (index k)
 * is such an expression. */
static int exact_years_day(const el_doc *doc, size_t k, const el_datetime *dct, int64_t *z) {
  const el_timex *x = &doc->timexes.v[k];
  if (!dct || x->precision != EL_PREC_YEAR) return 0;
  const char *t = doc->text;
  size_t i, e = x->end;
  int n = count_of_unit(t, e, x->start, "year", "years", &i);
  if (n <= 0 || n > 100) return 0;
  if (!word_at(t, e, i, "ago")) return 0;
  uint32_t a = x->end;
  while (a < doc->len && t[a] == ' ') a++;
  int exact = word_before(doc, x->start, "exactly", NULL) ||
              word_before(doc, x->start, "precisely", NULL) || word_at(t, doc->len, a, "today") ||
              (word_at(t, doc->len, a, "to") && a + 3 < doc->len &&
               strncasecmp(t + a + 3, "the day", 7) == 0);
  if (!exact) return 0;
  int y = dct->year - n, m = dct->month, d = dct->day;
  if (d > tx_days_in_month(y, m)) d = tx_days_in_month(y, m); /* February 29 */
  *z = tx_days_from_civil(y, m, d);
  return 1;
}

/* After "after"/"before" (ending at i), "that" or "this" standing for the
 * act told before, with the trigger's clause after it ("two days after
 * that it flew home", "a week after this, the army withdrew"): not a
 * determiner ("a day after that deal was signed"), since a comma, a
 * subject pronoun or an article follows it. */
static int after_that_anaphor(const el_doc *doc, uint32_t i, uint32_t trigger) {
  static const char *const NEXT[] = {"he", "she", "it", "they", "we", "the", "a", "an"};
  const char *t = doc->text;
  while (i < trigger && t[i] == ' ') i++;
  uint32_t j;
  if (word_at(t, doc->len, i, "that"))
    j = i + 4;
  else if (word_at(t, doc->len, i, "this"))
    j = i + 4;
  else
    return 0;
  while (j < trigger && t[j] == ' ') j++;
  if (j >= trigger) return 0;
  if (t[j] == ',') return 1;
  for (size_t k = 0; k < sizeof NEXT / sizeof *NEXT; k++)
    if (word_at(t, doc->len, j, NEXT[k])) return 1;
  return 0;
}

/* "resigned on Tuesday, a day after the scandal broke": an event in a
 * clause that "<count> <unit> after" (or "before") ties to the day of the
 * main clause lies that far before (after) it.  x (index k) is the day
 * that dates the event; 1 and *z set when such a duration stands between x
 * and the trigger in the sentence. */
static int offset_clause_day(const el_doc *doc, const el_event *ev, size_t k, int64_t *z) {
  const el_timex *x = &doc->timexes.v[k];
  int64_t from;
  if (x->end > ev->trigger_start || !day_of(x, &from)) return 0;
  for (size_t j = k + 1; j < doc->timexes.n; j++) {
    const el_timex *d = &doc->timexes.v[j];
    if (d->start >= ev->trigger_start) break;
    if (d->type != EL_TIMEX_DURATION) return 0; /* another date between */
    if (!same_sentence(doc, ev, d)) return 0;
    uint32_t i = d->end;
    while (i < doc->len && doc->text[i] == ' ') i++;
    int dir = word_at(doc->text, doc->len, i, "after")    ? -1
              : word_at(doc->text, doc->len, i, "before") ? 1
                                                          : 0;
    if (!dir) continue;
    if (after_that_anaphor(doc, i + (dir < 0 ? 5 : 6), ev->trigger_start)) {
      dir = -dir; /* "two days after that it flew home": the trigger's own offset */
    } else {
      /* the tied clause runs up to the trigger ("a day after the scandal
       * broke"), not past a comma into another clause */
      for (uint32_t c = i; c < ev->trigger_start; c++)
        if (doc->text[c] == ',' || doc->text[c] == ';') return 0;
    }
    int n = 0;
    char unit = 0;
    if (sscanf(d->value, "P%d%c", &n, &unit) != 2 || n <= 0 || n > 366) return 0;
    if (unit == 'D')
      *z = from + dir * n;
    else if (unit == 'W')
      *z = from + dir * 7 * n;
    else
      return 0;
    return 1;
  }
  return 0;
}

/* "was dismissed the day before the vote, which took place on Sunday",
 * "resigned two days after the vote on Sunday", and fronted: "The day
 * after the election on Sunday, the president fired ...": an offset ("the
 * day", a counted duration) before or after another act whose day x (index
 * k) gives; the event lies that far from x.  1 and *z set when x is such
 * an anchor. */
static int anchored_offset_day(const el_doc *doc, const el_event *ev, size_t k, int64_t *z) {
  const el_timex *x = &doc->timexes.v[k];
  const char *t = doc->text;
  int64_t from;
  if (!day_of(x, &from)) return 0;
  int fronted = x->end <= ev->trigger_start;
  uint32_t lo, rel = 0; /* where the offset may start; where "before"/"after" does */
  int dir = 0;
  if (!fronted) {
    if (x->start < ev->trigger_end || x->start - ev->trigger_end > 160) return 0;
    lo = ev->trigger_end;
    for (uint32_t i = lo; i < x->start && !dir; i++) {
      if (isalpha((unsigned char)t[i - 1])) continue;
      if (word_at(t, doc->len, i, "before")) dir = -1;
      if (word_at(t, doc->len, i, "after")) dir = 1;
      rel = i;
    }
  } else {
    if (ev->trigger_start - x->end > 80) return 0;
    lo = x->sentence >= 0 && (size_t)x->sentence < doc->sents.n
             ? doc->sents.v[x->sentence].start
             : (x->start > 120 ? x->start - 120 : 0);
    for (uint32_t i = x->start; i > lo && x->start - i < 80 && !dir; i--) {
      if (strchr(",;:.\"()\n", t[i - 1])) return 0;
      if (isalpha((unsigned char)t[i - 1])) continue;
      if (word_at(t, doc->len, i, "before")) dir = -1;
      if (word_at(t, doc->len, i, "after")) dir = 1;
      rel = i;
    }
  }
  if (!dir) return 0;
  /* the offset just before it: a duration timex or "the day" */
  int n = 0;
  uint32_t off = rel, a;
  for (size_t j = k; j-- > 0;) {
    const el_timex *d = &doc->timexes.v[j];
    if (d->end <= lo) break;
    if (d->end > rel) continue;
    if (d->type != EL_TIMEX_DURATION) return 0; /* a date between */
    uint32_t e = rel;
    while (e > d->end && t[e - 1] == ' ') e--;
    char unit = 0;
    if (e == d->end && sscanf(d->value, "P%d%c", &n, &unit) == 2 && n > 0 && n <= 366 &&
        (unit == 'D' || unit == 'W')) {
      if (unit == 'W') n *= 7;
      off = d->start;
    }
  }
  if (off == rel && word_before(doc, rel, "day", &a) && word_before(doc, a, "the", &a)) {
    n = 1;
    off = a;
  }
  if (off == rel || off < lo) return 0;
  if (!fronted) {
    /* the offset follows the trigger's own words, with no clause between */
    if (off - ev->trigger_end > 40) return 0;
    for (uint32_t i = ev->trigger_end; i < off; i++) {
      if (strchr(",;:.\"()\n", t[i])) return 0;
      if (!isalpha((unsigned char)t[i - 1]) &&
          (word_at(t, doc->len, i, "and") || word_at(t, doc->len, i, "but") ||
           word_at(t, doc->len, i, "that") || word_at(t, doc->len, i, "which")))
        return 0;
    }
  } else {
    /* the offset opens the sentence or a clause, and a comma closes the
     * phrase before the trigger's clause */
    uint32_t b = off;
    while (b > lo && (t[b - 1] == ' ' || t[b - 1] == '"')) b--;
    if (b > lo && t[b - 1] != ',' && t[b - 1] != '\n') return 0;
    uint32_t c = x->end;
    while (c < ev->trigger_start && t[c] != ',') {
      if (strchr(";:.\"()\n", t[c])) return 0;
      c++;
    }
    if (c == ev->trigger_start) return 0;
  }
  /* x dates the anchor act: in its noun phrase or a relative clause on it,
   * not in a clause joined by "and" or an attribution ("..., he said on") */
  for (uint32_t i = rel + 6; i < x->start; i++) {
    char c = t[i];
    if (strchr(";:.\"()\n", c)) return 0;
    if (c == ',') {
      uint32_t w = i + 1;
      while (w < x->start && t[w] == ' ') w++;
      if (!word_at(t, doc->len, w, "which") && !word_at(t, doc->len, w, "that") &&
          !word_at(t, doc->len, w, "when"))
        return 0;
    }
    if (isalpha((unsigned char)t[i - 1])) continue;
    static const char *const STOPS[] = {"and", "but", "said", "says", "told", "while"};
    for (size_t w = 0; w < sizeof STOPS / sizeof *STOPS; w++)
      if (word_at(t, doc->len, i, STOPS[w])) return 0;
  }
  *z = from + dir * n;
  return 1;
}

/* Is x in a clause of time that sets the lede's background ("shot down
 * five jets after India struck nine sites on Wednesday")?  The headline
 * tells the main clause's news, not that.  ("when" and "while" tell acts
 * of the same time: "killed 12 villagers when they attacked a market on
 * Monday".) */
static int in_background_clause(const el_doc *doc, uint32_t from, const el_timex *x) {
  static const char *const SUBS[] = {"after", "before", "following", "since"};
  const char *t = doc->text;
  for (uint32_t i = x->start; i > from; i--) {
    if (strchr(",;:\"()\n", t[i - 1])) return 0;
    if (i - 1 > from && isalpha((unsigned char)t[i - 2])) continue;
    for (size_t k = 0; k < sizeof SUBS / sizeof *SUBS; k++)
      if (word_at(t, doc->len, i - 1, SUBS[k])) return 1;
  }
  return 0;
}

/* The expression that dates the lede after headline sentence k: the first
 * usable one (not a dateline, not quoted) of the first full sentence after
 * it (lines without a final stop, such as a caption or a byline, may come
 * between); -1 if that sentence has none.  Looking further would take the
 * time of background the story gives later. */
static long lede_expression(const el_doc *doc, int32_t k) {
  uint32_t last_para = doc->sents.v[k].para + 4;
  for (int32_t j = k + 1; (size_t)j < doc->sents.n && doc->sents.v[j].para <= last_para; j++) {
    if (!ends_as_sentence(doc, j)) continue;
    const el_sentence *s = &doc->sents.v[j];
    for (size_t x = first_near(doc, s->start); x < doc->timexes.n; x++) {
      const el_timex *t = &doc->timexes.v[x];
      if (t->start >= s->end) break;
      if (t->start < s->start || !usable_date(t) || is_dateline(doc, t) || is_period_part(doc, t))
        continue;
      if (quote_of(doc, t->start, t->end) >= 0 || after_until(doc, t)) continue;
      if (in_background_clause(doc, s->start, t)) continue;
      return (long)x;
    }
    return -1;
  }
  return -1;
}

/* An act dated by expression k to the days from..now (a reaction to a
 * thing of a named day, an act going on since a recent day): the span,
 * a lower confidence, and the durations of its clause. */
static el_status span_until_now(el_doc *doc, el_event *ev, size_t k, int64_t from, int64_t now,
                                int ev_quote, unsigned char *used) {
  day_span(ev, from, now);
  ev->date_confidence = 0.65;
  ev->timex = (int32_t)k;
  return add_durations(doc, ev, ev_quote, used);
}

el_status timex_date_events(el_doc *doc) {
  if (!doc) return EL_ERR_ARG;
  el_datetime dct;
  int has_dct = doc->published[0] && timex_parse_dct(doc->published, &dct) == EL_OK;
  /* which durations an event of their own sentence took */
  unsigned char *used = doc->timexes.n ? calloc(doc->timexes.n, 1) : NULL;
  if (doc->timexes.n && !used) return EL_ERR_NOMEM;
  for (size_t i = 0; i < doc->events.n; i++) {
    el_event *ev = &doc->events.v[i];
    int ev_quote = quote_of(doc, ev->trigger_start, ev->trigger_end);
    int32_t ev_para = para_of(doc, ev->sentence);
    /* the sentence opens a paragraph but goes on with the scene before: an
     * anaphoric opener, or a pronoun subject right after the lede (the
     * lede is the story's main scene, never background) */
    /* ("CAIRO - The EU signed a deal with Egypt on Sunday. / Von der Leyen
     * met Sisi in Cairo": a meeting told in the past right after the lede
     * is the lede's visit, too) */
    int scene_goes_on = ev->sentence > 0 && para_of(doc, ev->sentence - 1) != ev_para &&
                        (continues_scene(doc, ev->sentence) ||
                         (is_lede(doc, ev->sentence - 1) &&
                          (opens_with_pronoun(doc, ev->sentence) ||
                           (ev_quote < 0 && told_in_past(doc, ev) &&
                            ((!strcmp(ev->root, "04") &&
                              trigger_starts_with(doc, ev, MEETING_VERBS,
                                                  sizeof MEETING_VERBS / sizeof *MEETING_VERBS)) ||
                             passive_past(doc, ev))))));
    long best = -1, best_para = -1, obj_day = -1, since_day = -1;
    uint32_t bd = UINT32_MAX, bpd = UINT32_MAX;
    for (size_t k = first_near(doc, ev->trigger_start); k < doc->timexes.n; k++) {
      const el_timex *x = &doc->timexes.v[k];
      if (x->start > ev->trigger_end + WINDOW) break;
      if (!usable_date(x) || is_period_part(doc, x) || is_dateline(doc, x)) continue;
      int xq = quote_of(doc, x->start, x->end);
      if (xq >= 0 && xq != ev_quote) continue; /* a quote's own time frame */
      uint32_t d = dist(ev, x);
      /* the checks below read the text around the expression: run them only
       * for a candidate that could still win (penalties only add), that is
       * one of the event's sentence or of the sentence just before it */
      int same = same_sentence(doc, ev, x);
      if (same && in_trigger_phrase(doc, ev, x)) d = 0;
      if (d >= (same ? bd : bpd)) continue;
      if (!same && (x->start > ev->trigger_start ||
                    (ev->sentence >= 0 && x->sentence >= 0 && ev->sentence - x->sentence > 1)))
        continue;
      if (in_since_phrase(doc, ev, x)) {
        if (same && since_day < 0) since_day = (long)k;
        continue;
      }
      if (after_until(doc, x)) continue;
      if (same && modifier_of_other_noun(doc, ev, x)) {
        if (obj_day < 0) obj_day = (long)k;
        continue;
      }
      if (same && reduced_relative_after_trigger(doc, ev, x)) continue;
      /* "a year ago today": "today" only pins the count before it */
      if (word_before(doc, x->start, "ago", NULL)) continue;
      if (range_end(doc, k)) continue;
      if (dates_other_plan(doc, ev, x)) continue;
      int after = other_clause_after(doc, ev, x);
      if (after == 2) continue;                                          /* an earlier act's time */
      if (after == 1 && same && rel_finite_clause(doc, ev, x)) continue; /* an earlier act's */
      if (after == 1 && future_clause_after_past(doc, ev, x)) continue;  /* a later act's */
      /* (clauses are read within the event's sentence; an expression of a
       * sentence before is weighed by its own clause below) */
      int aside = same && in_closed_aside(doc, ev, x);
      if (aside && (!recent_scene(x, has_dct ? &dct : NULL) || passive_aside(doc, x))) continue;
      /* an expression of another clause: only when nothing nearer serves;
       * never for a present perfect ("restored ties in 2018, and its
       * troops have fought militants there"), told as lasting until now */
      if (after || aside || (same && other_clause_before(doc, ev, x))) {
        if (same && present_perfect(doc, ev)) continue;
        d += OTHER_CLAUSE_PENALTY;
      }
      if (same) {
        if (d < bd) {
          bd = d;
          best = (long)k;
        }
      } else if (ev_para >= 0 && para_of(doc, x->sentence) == ev_para) {
        /* earlier sentences of the paragraph set the frame for later ones;
         * a later sentence's date does not reach back */
        if (x->start > ev->trigger_start) continue;
        /* only the sentence just before: further back the paragraph has
         * usually moved on to other events */
        if (ev->sentence >= 0 && x->sentence >= 0 && ev->sentence - x->sentence > 1) continue;
        /* one in a subordinate clause there dates that clause's act ("drone
         * strikes that killed two fighters on Monday"), not the frame */
        if (x->sentence != ev->sentence && subordinate_in_sentence(doc, x)) continue;
        uint32_t pd = d + (subordinate_in_sentence(doc, x) ? OTHER_CLAUSE_PENALTY : 0);
        if (pd < bpd) {
          bpd = pd;
          best_para = (long)k;
        }
      } else if (ev->sentence > 0 && x->sentence == ev->sentence - 1 && scene_goes_on &&
                 x->precision >= EL_PREC_MONTH) {
        /* the last sentence of the paragraph before, when this one opens
         * by pointing back to its scene; a year alone there is background
         * ("The group was founded in 1987."), not the time of a scene */
        if (subordinate_in_sentence(doc, x)) d += OTHER_CLAUSE_PENALTY;
        if (d < bpd) {
          bpd = d;
          best_para = (long)k;
        }
      }
    }
    /* "overnight" nearer than any expression: the night just ended */
    uint32_t night_d;
    /* (the time stage tags the adverb itself as the eve's night: that
     * expression is this one, told from the report's day below) */
    int own_night = has_dct && overnight_near(doc, ev, &night_d) &&
                    (best < 0 || night_d < bd || is_overnight(doc, &doc->timexes.v[best]));
    int64_t night_day = 0;
    if (own_night) {
      best = best_para = -1;
      night_day = report_day(doc, ev, &dct);
    }
    /* a headline takes the time of its lede */
    if (!own_night && best < 0 && best_para < 0 && is_headline(doc, ev->sentence))
      best_para = lede_expression(doc, ev->sentence);
    /* "The UAE welcomed Monday's ruling": a reaction to a thing of a day
     * the text names lies between that day and the article, not at a time
     * the sentence before gave another act */
    int64_t from, now;
    if (best < 0 && obj_day >= 0 && has_dct && day_of(&doc->timexes.v[obj_day], &from) &&
        (now = tx_days_from_civil(dct.year, dct.month, dct.day)) >= from && now - from < 7) {
      int64_t pz;
      if (best_para < 0 || !tx_iso_day(doc->timexes.v[best_para].range_start, &pz) || pz < from) {
        el_status st = span_until_now(doc, ev, (size_t)obj_day, from, now, ev_quote, used);
        if (st != EL_OK) {
          free(used);
          return st;
        }
        continue;
      }
    }
    /* "Russia has shelled the cities since Friday": acts told as going on
     * from a recent day until now span those days (a longer state, "since
     * 2018", still takes its date below) */
    if (best < 0 && since_day >= 0 && has_dct && ev->mood == EL_MOOD_FACT && !ev->negated &&
        present_perfect(doc, ev)) {
      now = tx_days_from_civil(dct.year, dct.month, dct.day);
      if (tx_iso_day(doc->timexes.v[since_day].range_start, &from) && from <= now &&
          now - from < 7) {
        el_status st = span_until_now(doc, ev, (size_t)since_day, from, now, ev_quote, used);
        if (st != EL_OK) {
          free(used);
          return st;
        }
        continue;
      }
    }
    double conf = 0.85;
    if (best < 0 && best_para >= 0) {
      best = best_para;
      conf = 0.65;
    }
    if (best >= 0) {
      const el_timex *x = &doc->timexes.v[best];
      cut_date(x, ev->date);
      ev->date_precision = x->precision;
      snprintf(ev->date_start, sizeof ev->date_start, "%s", x->range_start);
      snprintf(ev->date_end, sizeof ev->date_end, "%s", x->range_end);
      ev->date_confidence = conf; /* the rules below may lower it */
      shift_vague_day(doc, ev, x, has_dct ? &dct : NULL);
      int64_t eve;
      if (x->precision == EL_PREC_DAY && tx_iso_day(ev->date_start, &eve) && eve_of_day(doc, x))
        set_day(ev, eve - 1);
      if (has_dct) year_back_if_after_dct(doc, ev, x, &dct);
      if (has_dct) earlier_ends_at_dct(doc, ev, x, &dct);
      if (has_dct && x->precision == EL_PREC_DAY) weekday_ahead_if_present(doc, ev, x, &dct);
      weekday_from_telling_day(doc, ev, x, has_dct ? &dct : NULL);
      if (has_dct) deixis_from_dateline(doc, ev, x, &dct);
      int64_t day;
      if (counted_weeks_day(doc, (size_t)best, has_dct ? &dct : NULL, &day) ||
          exact_years_day(doc, (size_t)best, has_dct ? &dct : NULL, &day) ||
          offset_clause_day(doc, ev, (size_t)best, &day) ||
          anchored_offset_day(doc, ev, (size_t)best, &day))
        set_day(ev, day);
      ev->timex = (int32_t)best;
    } else if (has_dct) {
      snprintf(ev->date, sizeof ev->date, "%04d-%02d-%02d", dct.year % 10000, dct.month % 100,
               dct.day % 100);
      memcpy(ev->date_start, ev->date, sizeof ev->date);
      memcpy(ev->date_end, ev->date, sizeof ev->date);
      ev->date_precision = EL_PREC_DAY;
      ev->date_confidence = own_night ? 0.85 : 0.5;
      if (own_night) set_day(ev, night_day);
      ev->timex = -1;
    } else {
      ev->date[0] = ev->date_start[0] = ev->date_end[0] = 0;
      ev->date_precision = EL_PREC_UNKNOWN;
      ev->date_confidence = 0;
      ev->timex = -1;
    }
    el_status st = add_durations(doc, ev, ev_quote, used);
    if (st != EL_OK) {
      free(used);
      return st;
    }
  }
  el_status st = used ? add_described_durations(doc, used) : EL_OK;
  free(used);
  return st;
}

/* the quote's sentences: where it starts and where it ends */
static int in_quote_sentences(const el_doc *doc, const el_quote *q, const el_timex *x) {
  if (x->sentence < 0 || q->sentence < 0) return 0;
  int32_t last = q->sentence;
  while ((size_t)last + 1 < doc->sents.n && doc->sents.v[last + 1].start < q->end) last++;
  return x->sentence == q->sentence || x->sentence == last;
}

/* A quotation whose attribution names no time and that is told inside an
 * act's sentence ("days after X accused Y of being \"sick\"") was said
 * then: the nearest factual event of its sentence dated by the text (not
 * by the article's date) gives q's date. */
static bool date_of_sentence_event(const el_doc *doc, el_quote *q) {
  const el_event *best = NULL;
  uint32_t bd = UINT32_MAX;
  for (size_t i = 0; i < doc->events.n; i++) {
    const el_event *e = &doc->events.v[i];
    if (e->sentence != q->sentence || e->negated || e->mood != EL_MOOD_FACT) continue;
    /* not one that only took the article's date */
    if (!e->date[0] || (e->date_confidence <= 0.5 && !strcmp(e->date, doc->published))) continue;
    uint32_t d = e->trigger_end <= q->start   ? q->start - e->trigger_end
                 : e->trigger_start >= q->end ? e->trigger_start - q->end
                                              : 0;
    if (d < bd) {
      bd = d;
      best = e;
    }
  }
  if (!best) return false;
  /* quote dates are days, months or years (a week would not sort or
   * filter with them): a week gives the month it starts in */
  if (best->date_precision == EL_PREC_WEEK)
    snprintf(q->date, sizeof q->date, "%.7s", best->date_start);
  else
    snprintf(q->date, sizeof q->date, "%s", best->date);
  return true;
}

el_status timex_date_quotes(el_doc *doc) {
  if (!doc) return EL_ERR_ARG;
  for (size_t i = 0; i < doc->quotes.n; i++) {
    el_quote *q = &doc->quotes.v[i];
    q->date[0] = 0;
    /* a day in the attribution; else a month or a year that opens the
     * sentence ("Last month, he warned that X \"better watch out\""), cut
     * to its precision: elsewhere a month or a year mostly dates something
     * else ("... since his term began in January 2025") */
    long best = -1, coarse = -1;
    uint32_t bd = UINT32_MAX, cd = UINT32_MAX;
    for (size_t k = first_near(doc, q->start); k < doc->timexes.n; k++) {
      const el_timex *x = &doc->timexes.v[k];
      if (x->start > q->end + WINDOW) break;
      if (!usable_date(x) || is_dateline(doc, x)) continue;
      bool day = x->precision == EL_PREC_DAY || x->precision == EL_PREC_TIME;
      if (!day && ((x->precision != EL_PREC_MONTH && x->precision != EL_PREC_YEAR) ||
                   x->sentence < 0 || x->start > doc->sents.v[x->sentence].start + 16))
        continue;
      if (quote_of(doc, x->start, x->end) >= 0 || !in_quote_sentences(doc, q, x)) continue;
      /* distance to the quotation's nearer end: the attribution is beside it */
      uint32_t d = span_dist(q->start, q->end, x);
      if (day && d < bd) {
        bd = d;
        best = (long)k;
      } else if (!day && d < cd) {
        cd = d;
        coarse = (long)k;
      }
    }
    if (best >= 0) {
      const el_timex *x = &doc->timexes.v[best];
      snprintf(q->date, sizeof q->date, "%.10s", x->range_start);
    } else if (coarse >= 0) {
      cut_date(&doc->timexes.v[coarse], q->date);
    } else if (!date_of_sentence_event(doc, q) && doc->published[0]) {
      snprintf(q->date, sizeof q->date, "%.10s", doc->published);
    }
  }
  return EL_OK;
}
