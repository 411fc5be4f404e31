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
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "merge/merge.h"
#include "text/text.h"

#define OWN_DATE_CONFIDENCE 0.8 /* the time stage's own-sentence dating */
#define COREF_DATE_CONFIDENCE 0.75
#define ANAPHOR_DATE_CONFIDENCE 0.7
#define CARRIED_DATE_CONFIDENCE 0.6
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

/* Nouns that name one meeting of the parties: "the talks" told after "a
 * tense meeting" is that meeting. */
static const char *const MEETING_NOUNS[] = {"meeting", "talks", "summit", "negotiations",
                                            "session"};

static bool is_meeting_noun(const char *w) {
  for (size_t i = 0; i < sizeof MEETING_NOUNS / sizeof *MEETING_NOUNS; i++)
    if (!strcmp(w, MEETING_NOUNS[i])) return true;
  return false;
}

/* Does sentence k contain word (lower-case ASCII) as a whole word? */
static bool sentence_has_word(const el_doc *doc, int32_t k, const char *word) {
  if (k < 0 || (size_t)k >= doc->sents.n) return false;
  return text_span_has_word(doc, doc->sents.v[k].start, doc->sents.v[k].end, word);
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

el_status merge_doc_events(el_doc *doc) {
  if (!doc) return EL_ERR_ARG;
  for (size_t i = 0; i < doc->events.n; i++) {
    el_event *e = &doc->events.v[i];
    if (has_own_date(e) || e->sentence < 0) continue;
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
    for (size_t j = lo; j < hi && !reaction; j++) {
      const el_event *f = &doc->events.v[j];
      if (j == i || !has_own_date(f) || f->negated || f->mood != EL_MOOD_FACT) continue;
      if (strcmp(f->root, e->root) != 0 || !same_dyad(e, f)) continue;
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
      bool named = sentence_has_word(doc, f->sentence, noun);
      for (size_t w = 0;
           !named && is_meeting_noun(noun) && w < sizeof MEETING_NOUNS / sizeof *MEETING_NOUNS; w++)
        named = sentence_has_word(doc, f->sentence, MEETING_NOUNS[w]);
      if (named) {
        copy_date(e, f, ANAPHOR_DATE_CONFIDENCE);
        break;
      }
    }
  }
  return EL_OK;
}
