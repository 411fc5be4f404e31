/*
 * merge_doc.c — within-document event coreference for dating.
 *
 * An article usually dates an event once ("the phone call on Wednesday")
 * and then refers back to it ("the conversation", "during the meeting").
 * The time stage dates each mention from its own sentence, else from an
 * earlier sentence of its paragraph, else from the article date.  Here a
 * mention without a date of its own takes the date of the event it refers
 * to, when that event dated itself in its own sentence:
 *   1. the nearest earlier mention with the same CAMEO root and dyad (for an
 *      article-dated mention, such as a headline, also a later one);
 *   2. else, in a sentence saying "during the <noun>", the nearest earlier
 *      dated mention whose sentence names that noun;
 *   3. before 1 and 2: in a sentence that opens as a continuation ("In
 *      addition, they discussed ...") right after a sentence of the same
 *      paragraph with a mention dated by 1 or 2 ("During the meeting, X
 *      asked Y"), that date, as the time stage carries a time expression
 *      one sentence forward.
 *   0. before all: a mention tied by an offset to another act named by a
 *      noun ("The call took place days after X accused Y", "X seized the
 *      ship two days after the strike") lies that far from the act's date.
 *  -1. first of all, for mentions with a date of their own: one dated by
 *      "that night" or a sentence-opening "Hours later" / "Two days later"
 *      counts from the first act dated in the sentence before, not from the
 *      last day the text named (maybe background in a noun phrase).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "merge/merge.h"
#include "text/text.h"
#include "time/timex.h"

#define OWN_DATE_CONFIDENCE 0.8 /* the time stage's own-sentence dating */
#define COREF_DATE_CONFIDENCE 0.75
#define ANAPHOR_DATE_CONFIDENCE 0.7
#define CARRIED_DATE_CONFIDENCE 0.6
#define TIED_DATE_CONFIDENCE 0.7
/* Antecedents are searched among this many neighbouring mentions, which
 * keeps the pass linear on pathological documents. */
#define COREF_WINDOW_BACK 256
#define COREF_WINDOW_AHEAD 64

static bool has_own_date(const el_event *e) {
  return e->timex >= 0 && e->date_confidence >= OWN_DATE_CONFIDENCE;
}

static const char *side_key(const el_actor_ref *a) {
  return a->country[0] ? a->country : a->code;
}

static bool side_same(const el_actor_ref *a, const el_actor_ref *b) {
  return !strcmp(side_key(a), side_key(b)) && merge_names_compatible(a->name, b->name);
}

static bool same_dyad(const el_event *a, const el_event *b) {
  if (!*side_key(&a->source) || !*side_key(&a->target)) return false;
  if (side_same(&a->source, &b->source) && side_same(&a->target, &b->target)) return true;
  return merge_root_is_reciprocal(a->root) && side_same(&a->source, &b->target) &&
         side_same(&a->target, &b->source);
}

static void copy_date(el_event *dst, const el_event *src, double conf) {
  memcpy(dst->date, src->date, sizeof dst->date);
  memcpy(dst->date_start, src->date_start, sizeof dst->date_start);
  memcpy(dst->date_end, src->date_end, sizeof dst->date_end);
  dst->date_precision = src->date_precision;
  dst->date_confidence = conf;
  dst->timex = src->timex;
}

/* The word after "during the" in sentence k ("during the meeting"), lower-
 * cased into out; 0 if none.  "during" pins the time to another event. */
static size_t during_noun(const el_doc *doc, int32_t k, char *out, size_t n) {
  /* phrases that place an act inside a scene named by its noun */
  static const char *const INSIDE[] = {"during the ",          "at the start of the ",
                                       "at the end of the ",   "at the opening of the ",
                                       "at the close of the ", "on the sidelines of the ",
                                       "opening the ",         "closing the "};
  if (k < 0 || (size_t)k >= doc->sents.n) return 0;
  const el_sentence *s = &doc->sents.v[k];
  const char *t = doc->text;
  for (uint32_t i = s->start; i < s->end; i++) {
    if (i > s->start && isalnum((unsigned char)t[i - 1])) continue;
    for (size_t p = 0; p < sizeof INSIDE / sizeof *INSIDE; p++) {
      size_t pl = strlen(INSIDE[p]);
      if (i + pl >= s->end || strncasecmp(t + i, INSIDE[p], pl) != 0) continue;
      size_t len = 0;
      for (uint32_t j = i + (uint32_t)pl; j < s->end && isalpha((unsigned char)t[j]) && len + 1 < n;
           j++)
        out[len++] = (char)tolower((unsigned char)t[j]);
      out[len] = '\0';
      return len >= 3 ? len : 0;
    }
  }
  return 0;
}

/* Does sentence k contain word (lower-case ASCII) as a whole word? */
static bool sentence_has_word(const el_doc *doc, int32_t k, const char *word) {
  if (k < 0 || (size_t)k >= doc->sents.n) return false;
  return text_span_has_word(doc, doc->sents.v[k].start, doc->sents.v[k].end, word);
}

/* Does sentence k name a meeting ("meeting", "talks", "summit", ...)? */
static bool sentence_names_meeting(const el_doc *doc, int32_t k) {
  if (k < 0 || (size_t)k >= doc->sents.n) return false;
  return text_span_names_meeting(doc, doc->sents.v[k].start, doc->sents.v[k].end);
}

/* Openers of a sentence that goes on with the scene of the one before. */
static const char *const CONTINUATION_OPENERS[] = {
    "in addition", "additionally", "also", "moreover", "furthermore", "they", "he",
    "she",         "the two",      "both", "then",     "afterwards",  "there"};

static bool opens_as_continuation(const el_doc *doc, int32_t k) {
  if (k < 0 || (size_t)k >= doc->sents.n) return false;
  const el_sentence *s = &doc->sents.v[k];
  const char *t = doc->text + s->start;
  size_t n = s->end - s->start;
  for (size_t i = 0; i < sizeof CONTINUATION_OPENERS / sizeof *CONTINUATION_OPENERS; i++) {
    size_t w = strlen(CONTINUATION_OPENERS[i]);
    if (n > w && strncasecmp(t, CONTINUATION_OPENERS[i], w) == 0 && !isalnum((unsigned char)t[w]))
      return true;
  }
  return false;
}

static int32_t para_of(const el_doc *doc, int32_t k) {
  return k >= 0 && (size_t)k < doc->sents.n ? (int32_t)doc->sents.v[k].para : -1;
}

/* A mention of the sentence just before e's, in e's paragraph, dated
 * through an antecedent (rule 1 or 2), scanning back from index i. */
static const el_event *carried_date(const el_doc *doc, size_t i) {
  const el_event *e = &doc->events.v[i];
  int32_t para = para_of(doc, e->sentence);
  for (size_t j = i; j-- > 0 && i - j <= COREF_WINDOW_BACK;) {
    const el_event *f = &doc->events.v[j];
    if (f->sentence < e->sentence - 1) break;
    if (f->sentence != e->sentence - 1 || para_of(doc, f->sentence) != para) continue;
    if (f->negated || f->mood != EL_MOOD_FACT || f->timex < 0) continue;
    if (f->date_confidence >= ANAPHOR_DATE_CONFIDENCE && f->date_confidence < OWN_DATE_CONFIDENCE)
      return f;
  }
  return NULL;
}

/* Does f end before the year ahead of the article's?  ("Ethiopia and
 * Somalia restored relations in 2018" in a 2024 story is background; an
 * article-dated mention before it is not that event.) */
static bool long_before_article(const el_doc *doc, const el_event *f) {
  if (strlen(doc->published) < 4 || strlen(f->date_end) < 4) return false;
  int dy = atoi(
      (char[5]){doc->published[0], doc->published[1], doc->published[2], doc->published[3], 0});
  int fy = atoi((char[5]){f->date_end[0], f->date_end[1], f->date_end[2], f->date_end[3], 0});
  return fy > 0 && dy > 0 && fy < dy - 1;
}

/* ---- rule 0: "days after the call" ------------------------------------ */

/* The token k, lower-cased into buf (size n); "" if it is not a word. */
static const char *word_of(const el_doc *doc, size_t k, char *buf, size_t n) {
  buf[0] = '\0';
  if (k < doc->toks.n && (doc->toks.v[k].flags & EL_TOK_WORD))
    text_token_lower(doc, &doc->toks.v[k], buf, n);
  return buf;
}

static bool is_one_of(const char *w, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(w, list[i])) return true;
  return false;
}
#define ONE_OF(w, list) is_one_of(w, list, sizeof list / sizeof *list)

/* The offset that ends right before token rel ("after"/"before") of a
 * sentence starting at token first: a duration the time stage tagged ("two
 * days", "a week", "48 hours", "just days"), else "days", "weeks", "hours",
 * "shortly", "soon".  Sets the span in days and the offset's first token. */
static bool offset_before(const el_doc *doc, size_t first, size_t rel, int *lo, int *hi,
                          size_t *start) {
  if (rel <= first) return false;
  const el_token *prev = &doc->toks.v[rel - 1];
  /* the time stage's expressions are in text order without overlap */
  size_t a = 0, b = doc->timexes.n;
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    if (doc->timexes.v[mid].end < prev->end)
      a = mid + 1;
    else
      b = mid;
  }
  if (a < doc->timexes.n && doc->timexes.v[a].end == prev->end) {
    const el_timex *d = &doc->timexes.v[a];
    if (d->type != EL_TIMEX_DURATION) return false;
    int n = 0;
    char unit = 0;
    if (!strcmp(d->value, "PXD"))
      *lo = 2, *hi = 6;
    else if (!strcmp(d->value, "PXW"))
      *lo = 14, *hi = 42;
    else if (!strcmp(d->value, "PXH") || !strcmp(d->value, "PTXH") || !strcmp(d->value, "PTXM") ||
             sscanf(d->value, "PT%d%c", &n, &unit) == 2)
      *lo = *hi = unit == 'H' && n >= 24 ? n / 24 : 0;
    else if (sscanf(d->value, "P%d%c", &n, &unit) == 2 && n > 0 && n <= 120 && unit == 'D')
      *lo = *hi = n;
    else if (n > 0 && n <= 52 && unit == 'W')
      *lo = *hi = 7 * n;
    else if (n > 0 && n <= 24 && unit == 'M')
      *lo = 28 * n, *hi = 31 * n;
    else
      return false;
    *start = text_token_at(doc, d->start);
    return *start >= first;
  }
  char w[16];
  word_of(doc, rel - 1, w, sizeof w);
  static const char *const SAME_DAY[] = {"hours", "minutes",     "moments", "shortly",
                                         "soon",  "immediately", "just",    "right"};
  if (!strcmp(w, "days"))
    *lo = 2, *hi = 6;
  else if (!strcmp(w, "weeks"))
    *lo = 14, *hi = 42;
  else if (ONE_OF(w, SAME_DAY))
    *lo = *hi = 0;
  else
    return false;
  /* "just days", "barely a few hours": qualifiers belong to the offset */
  static const char *const QUALIFIERS[] = {"just",   "only",   "mere",   "a",     "few",
                                           "barely", "some",   "than",   "less",  "more",
                                           "about",  "around", "nearly", "almost"};
  size_t k = rel - 1;
  while (k > first && rel - k < 5 && ONE_OF(word_of(doc, k - 1, w, sizeof w), QUALIFIERS)) k--;
  *start = k;
  return true;
}

/* Nouns that name one kind of consultation: "the call" told after "their
 * first phone conversation" is that conversation. */
static const char *const CALL_NOUNS[] = {"call", "conversation", "phone", "telephone"};

/* Does sentence k name a call ("phone", "conversation", ...)? */
static bool sentence_names_call(const el_doc *doc, int32_t k) {
  for (size_t w = 0; w < sizeof CALL_NOUNS / sizeof *CALL_NOUNS; w++)
    if (sentence_has_word(doc, k, CALL_NOUNS[w])) return true;
  return false;
}

/* Does f stand for the act the noun names: its trigger says the noun ("the
 * strike" -> "strike"), or f is a consultation whose sentence names the
 * noun or one of its kind ("the talks" -> "a meeting")? */
static bool names_act(const el_doc *doc, const el_event *f, const char *noun) {
  if (text_span_has_word(doc, f->trigger_start, f->trigger_end, noun)) return true;
  /* or its verb by a gerund: "signed a declaration" -> "the signing" */
  size_t nl = strlen(noun);
  if (nl >= 6 && !strcmp(noun + nl - 3, "ing") && f->trigger_end - f->trigger_start > nl - 3 &&
      !strncasecmp(doc->text + f->trigger_start, noun, nl - 3) &&
      isalpha((unsigned char)doc->text[f->trigger_start + nl - 3]))
    return true;
  /* or its object does: "imposed new sanctions" -> "the sanctions" */
  if (f->trigger_end > f->trigger_start) {
    size_t k = text_token_at(doc, f->trigger_end - 1) + 1;
    char w[24];
    for (size_t n = 0; k < doc->toks.n && n < 4; k++, n++) {
      const el_token *t = &doc->toks.v[k];
      if (!(t->flags & EL_TOK_WORD) || (t->flags & EL_TOK_CAP)) break;
      if (!strcmp(word_of(doc, k, w, sizeof w), noun)) return true;
    }
  }
  /* "the fighting", "the clashes": any act of force */
  static const char *const FORCE_NOUNS[] = {"fighting", "clashes", "violence", "hostilities"};
  if (ONE_OF(noun, FORCE_NOUNS))
    return !strcmp(f->root, "18") || !strcmp(f->root, "19") || !strcmp(f->root, "20");
  if (strcmp(f->root, "04") != 0) return false;
  if (text_is_meeting_noun(noun)) return sentence_names_meeting(doc, f->sentence);
  return ONE_OF(noun, CALL_NOUNS) && sentence_names_call(doc, f->sentence);
}

/* The trigger of e when it is a noun naming one kind of consultation
 * ("meeting", "talks", "call"), lower-cased into out; else "". */
static void trigger_kind_noun(const el_doc *doc, const el_event *e, char *out, size_t n) {
  out[0] = '\0';
  if (e->trigger_end <= e->trigger_start || e->trigger_end - e->trigger_start + 1 > n) return;
  size_t len = 0;
  for (uint32_t p = e->trigger_start; p < e->trigger_end; p++) {
    if (!isalpha((unsigned char)doc->text[p])) return;
    out[len++] = (char)tolower((unsigned char)doc->text[p]);
  }
  out[len] = '\0';
  if (!text_is_meeting_noun(out) && !ONE_OF(out, CALL_NOUNS)) out[0] = '\0';
}

/* Is f told as the other kind of consultation than the noun says: a
 * meeting noun against a sentence naming only a call, or the reverse? */
static bool other_kind_of_consultation(const el_doc *doc, const el_event *f, const char *noun) {
  bool call = sentence_names_call(doc, f->sentence);
  bool meeting = sentence_names_meeting(doc, f->sentence);
  return text_is_meeting_noun(noun) ? call && !meeting : meeting && !call;
}

/* The nearest mention before e (index i) dated to a day that the noun names. */
static const el_event *named_act(const el_doc *doc, size_t i, const char *noun) {
  const el_event *e = &doc->events.v[i];
  for (size_t j = i; j-- > 0 && i - j <= COREF_WINDOW_BACK;) {
    const el_event *f = &doc->events.v[j];
    if (f->negated || f->mood != EL_MOOD_FACT) continue;
    if (f->sentence == e->sentence ? !has_own_date(f) : f->sentence > e->sentence) continue;
    if (f->date_precision != EL_PREC_DAY && f->date_precision != EL_PREC_TIME) continue;
    if (names_act(doc, f, noun)) return f;
  }
  return NULL;
}

/* Main clauses that place a named act in time: "The call took place",
 * "The visit came", "Tuesday's strike followed".  The noun before the verb
 * ending at token k (exclusive) into noun; false if none. */
static bool placing_clause_noun(const el_doc *doc, size_t first, size_t k, char *noun, size_t n) {
  static const char *const PLACING[] = {"came",     "comes",    "come",     "happened",
                                        "occurred", "followed", "follows",  "began",
                                        "started",  "ended",    "unfolded", "erupted"};
  char w[24];
  if (k < first + 2) return false;
  size_t v = k - 1;
  if (!strcmp(word_of(doc, v, w, sizeof w), "place") || !strcmp(w, "held")) {
    bool took = !strcmp(w, "place");
    word_of(doc, v - 1, w, sizeof w);
    if (took ? strcmp(w, "took") && strcmp(w, "takes") : strcmp(w, "was") && strcmp(w, "were"))
      return false;
    v--;
  } else if (!ONE_OF(w, PLACING)) {
    return false;
  }
  if (v == first) return false;
  const el_token *t = &doc->toks.v[v - 1];
  if (!(t->flags & EL_TOK_WORD) || (t->flags & EL_TOK_CAP)) return false;
  word_of(doc, v - 1, noun, n);
  return strlen(noun) >= 3;
}

/* Does a clause end between tokens a and b (exclusive)?  With complement,
 * "that" opens a clause within ("after X wrote that Y would pay"). */
static bool clause_break_between(const el_doc *doc, size_t a, size_t b, bool complement) {
  static const char *const JOINS[] = {"and", "but", "which", "who", "while", "when"};
  char w[8];
  for (size_t k = a; k < b; k++) {
    const el_token *t = &doc->toks.v[k];
    if ((t->flags & EL_TOK_PUNCT) && strchr(",;:()", doc->text[t->start])) return true;
    word_of(doc, k, w, sizeof w);
    /* "after Presidents X and Y met": "and" between names joins subjects */
    if (!strcmp(w, "and") && k > a && k + 1 < b && (doc->toks.v[k - 1].flags & EL_TOK_CAP) &&
        (doc->toks.v[k + 1].flags & EL_TOK_CAP))
      continue;
    if (ONE_OF(w, JOINS) || (!complement && !strcmp(w, "that"))) return true;
  }
  return false;
}

/* Rule 0 for mention i: 1 and its date set when an offset ties it to a
 * named act dated to a day. */
/* The act that a word of the noun phrase at tokens [from, to) names (the
 * phrase ends at its first non-word or capitalized word), for mention i;
 * NULL if none. */
static const el_event *act_named_after(const el_doc *doc, size_t i, size_t from, size_t to) {
  char noun[24];
  const el_event *f = NULL;
  for (size_t k = from; k < to && !f; k++) {
    const el_token *t = &doc->toks.v[k];
    if (!(t->flags & EL_TOK_WORD) || (t->flags & EL_TOK_CAP)) break;
    word_of(doc, k, noun, sizeof noun);
    if (strlen(noun) >= 3) f = named_act(doc, i, noun);
  }
  return f;
}

static bool date_by_tie(el_doc *doc, size_t i) {
  el_event *e = &doc->events.v[i];
  const el_sentence *s = &doc->sents.v[e->sentence];
  size_t first = s->tok_begin, trig = text_token_at(doc, e->trigger_start);
  size_t trig_end = text_token_at(doc, e->trigger_end > 0 ? e->trigger_end - 1 : 0) + 1;
  char w[16], noun[24];
  int lo, hi;
  size_t start;
  for (size_t r = first; r < s->tok_end; r++) {
    int rel = !strcmp(word_of(doc, r, w, sizeof w), "after") ? 1 : !strcmp(w, "before") ? -1 : 0;
    if (!rel || !offset_before(doc, first, r, &lo, &hi, &start)) continue;
    const el_event *f = NULL;
    int dir = 0;
    if (r < trig && start == first && !strcmp(word_of(doc, r + 1, w, sizeof w), "the") &&
        r + 3 < trig && clause_break_between(doc, r + 1, trig, true)) {
      /* "Hours after the signing, X accused Y": a fronted offset from the
       * act the noun phrase after "the" names, up to its comma */
      f = act_named_after(doc, i, r + 2, r + 5 < trig ? r + 5 : trig);
      dir = rel;
    } else if (r < trig && !clause_break_between(doc, r + 1, trig, true)) {
      /* "The call took place days after X accused Y": e lies before the act */
      if (placing_clause_noun(doc, first, start, noun, sizeof noun)) {
        f = named_act(doc, i, noun);
        dir = -rel;
      }
    } else if (r >= trig_end && start >= trig_end && start - trig_end <= 12 &&
               !clause_break_between(doc, trig_end, start, false) &&
               !strcmp(word_of(doc, r + 1, w, sizeof w), "the")) {
      /* "X seized the tanker two days after the strike": the noun phrase
       * after "the", up to four words, names the act */
      f = act_named_after(doc, i, r + 2, r + 6 < s->tok_end ? r + 6 : s->tok_end);
      dir = rel;
    }
    if (f && f != e) {
      double conf =
          f->date_confidence < TIED_DATE_CONFIDENCE ? f->date_confidence : TIED_DATE_CONFIDENCE;
      const char *latest =
          e->mood == EL_MOOD_FACT && strlen(doc->published) >= 10 ? doc->published : NULL;
      return timex_date_from_anchor(e, f, dir, lo, hi, latest, conf) == EL_OK;
    }
  }
  return false;
}

/* Days after the scene before that a sentence-opening expression names
 * ("Hours later", "Two days later", "The next day"; "that night" anywhere), or -1
 * when x is not such an opener.  The time stage anchors these on the last
 * day told, which may be a background date in a noun phrase ("in
 * retaliation for a strike on April 1"); the scene is the main act's day. */
static int opener_offset(const el_doc *doc, const el_timex *x) {
  const el_sentence *s = &doc->sents.v[x->sentence];
  uint32_t a = s->start;
  while (a < x->start && strchr(" \"\n", doc->text[a])) a++;
  if (x->end - x->start >= 40) return -1;
  char buf[40];
  size_t n = x->end - x->start;
  for (size_t i = 0; i < n; i++) buf[i] = (char)tolower((unsigned char)doc->text[x->start + i]);
  buf[n] = '\0';
  static const char *const SAME[] = {"that night",     "that day",        "that evening",
                                     "that morning",   "that afternoon",  "the same day",
                                     "later that day", "later that night"};
  for (size_t i = 0; i < sizeof SAME / sizeof *SAME; i++)
    if (!strcmp(buf, SAME[i])) return 0;
  /* the offsets below open their sentence ("that night" may stand
   * anywhere), or stand anywhere when the time stage could anchor them on
   * no day ("responded the next day" after "a committee set up in 2010") */
  if (a != x->start && x->precision != EL_PREC_YEAR && x->precision != EL_PREC_DECADE &&
      x->precision != EL_PREC_UNKNOWN)
    return -1;
  if (!strcmp(buf, "the next day") || !strcmp(buf, "the following day")) return 1;
  size_t len = strlen(buf);
  if (len < 7 || strcmp(buf + len - 6, " later") != 0) return -1;
  buf[len - 6] = '\0';
  static const char *const SAME_DAY[] = {"hours",      "minutes",     "moments",      "just hours",
                                         "only hours", "a few hours", "several hours"};
  for (size_t i = 0; i < sizeof SAME_DAY / sizeof *SAME_DAY; i++)
    if (!strcmp(buf, SAME_DAY[i])) return 0;
  static const char *const COUNTS[] = {"a", "one", "two", "three", "four", "five", "six"};
  for (int i = 0; i < (int)(sizeof COUNTS / sizeof *COUNTS); i++) {
    size_t c = strlen(COUNTS[i]);
    if (strncmp(buf, COUNTS[i], c) || buf[c] != ' ') continue;
    if (!strcmp(buf + c + 1, i <= 1 ? "day" : "days")) return i <= 1 ? 1 : i;
  }
  return -1;
}

/* "Iran fired missiles late on Saturday, in retaliation for a strike on
 * April 1. Hours later, ...": a mention dated by a sentence-opening offset
 * counts from the day of the first act told, with its own date, in the
 * nearest of the two sentences before that has one.  1 when re-dated. */
static bool date_by_opener(el_doc *doc, size_t i) {
  el_event *e = &doc->events.v[i];
  if (e->timex < 0 || (size_t)e->timex >= doc->timexes.n) return false;
  const el_timex *x = &doc->timexes.v[e->timex];
  if (x->sentence != e->sentence || x->sentence <= 0) return false;
  int off = opener_offset(doc, x);
  if (off < 0) return false;
  for (int32_t k = e->sentence - 1; k >= 0 && k >= e->sentence - 2; k--) {
    const el_event *f = NULL;
    for (size_t j = 0; j < i; j++) {
      const el_event *g = &doc->events.v[j];
      if (g->sentence != k || g->negated || g->mood != EL_MOOD_FACT || !has_own_date(g)) continue;
      if (g->date_precision != EL_PREC_DAY && g->date_precision != EL_PREC_TIME) continue;
      if (!f || g->trigger_start < f->trigger_start) f = g;
    }
    if (!f) continue;
    double conf = e->date_confidence;
    int32_t own = e->timex;
    if (timex_date_from_anchor(e, f, 1, off, off, NULL, conf) != EL_OK) return false;
    e->timex = own;
    return true;
  }
  return false;
}

el_status merge_doc_events(el_doc *doc) {
  if (!doc) return EL_ERR_ARG;
  for (size_t i = 0; i < doc->events.n; i++)
    if (doc->events.v[i].sentence >= 0 && has_own_date(&doc->events.v[i])) date_by_opener(doc, i);
  for (size_t i = 0; i < doc->events.n; i++) {
    el_event *e = &doc->events.v[i];
    if (has_own_date(e) || e->sentence < 0) continue;
    if ((size_t)e->sentence < doc->sents.n && date_by_tie(doc, i)) continue;
    /* 3 first: the scene of the sentence just before is nearer than any
     * antecedent further back ("During the meeting, X asked Y ... In
     * addition, they discussed" is that meeting, not an earlier call) */
    if (e->timex < 0 && opens_as_continuation(doc, e->sentence)) {
      const el_event *f = carried_date(doc, i);
      if (f) {
        copy_date(e, f, CARRIED_DATE_CONFIDENCE);
        continue;
      }
    }
    const el_event *before = NULL, *after = NULL;
    /* a reaction whose target was taken from the act reacted to ("called
     * the attack a deliberate killing") is about that act, not the same
     * dyad's earlier judgement of another one */
    bool reaction = e->details_json && strstr(e->details_json, "\"act reacted to\"");
    /* 1. same root and dyad: the nearest earlier; article-dated ones may look ahead */
    size_t lo = i > COREF_WINDOW_BACK ? i - COREF_WINDOW_BACK : 0;
    size_t hi = doc->events.n - i > COREF_WINDOW_AHEAD ? i + COREF_WINDOW_AHEAD : doc->events.n;
    char kind[32];
    trigger_kind_noun(doc, e, kind, sizeof kind);
    for (size_t j = lo; j < hi && !reaction; j++) {
      const el_event *f = &doc->events.v[j];
      if (j == i || !has_own_date(f) || f->negated || f->mood != EL_MOOD_FACT) continue;
      if (strcmp(f->root, e->root) != 0 || !same_dyad(e, f)) continue;
      /* "the cordial meeting" is the meeting told before, not a call */
      if (kind[0] && other_kind_of_consultation(doc, f, kind)) continue;
      if (f->sentence < e->sentence) {
        if (!before || f->sentence > before->sentence) before = f;
      } else if (f->sentence > e->sentence && e->timex < 0 && !long_before_article(doc, f)) {
        if (!after || f->sentence < after->sentence) after = f;
      }
    }
    const el_event *ante = before ? before : after;
    if (ante) {
      copy_date(e, ante, COREF_DATE_CONFIDENCE);
      continue;
    }
    /* 2. "during the meeting": the nearest earlier dated event whose sentence
     * names that noun */
    char noun[32];
    size_t nlen = during_noun(doc, e->sentence, noun, sizeof noun);
    for (size_t j = hi; nlen && j-- > lo;) {
      const el_event *f = &doc->events.v[j];
      if (f->sentence >= e->sentence || !has_own_date(f) || f->negated) continue;
      bool named = sentence_has_word(doc, f->sentence, noun) ||
                   (text_is_meeting_noun(noun) && sentence_names_meeting(doc, f->sentence));
      if (named) {
        copy_date(e, f, ANAPHOR_DATE_CONFIDENCE);
        break;
      }
    }
  }
  return EL_OK;
}
