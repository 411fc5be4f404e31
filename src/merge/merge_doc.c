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
 *   2. else an earlier mention whose trigger noun the sentence names with a
 *      definite article ("during the meeting", "the call").
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "merge/merge.h"

#define OWN_DATE_CONFIDENCE 0.8 /* the time stage's own-sentence dating */
#define COREF_DATE_CONFIDENCE 0.75
#define ANAPHOR_DATE_CONFIDENCE 0.7

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

/* Last word of the trigger, lower-cased ("phone call" -> "call"). */
static size_t trigger_head(const el_doc *doc, const el_event *e, char *out, size_t n) {
  uint32_t s = e->trigger_start, t = e->trigger_end;
  if (s >= t || t > doc->len) return 0;
  uint32_t b = t;
  while (b > s && doc->text[b - 1] != ' ') b--;
  size_t len = t - b;
  if (len < 3 || len >= n) return 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)doc->text[b + i];
    if (!isalpha(c)) return 0;
    out[i] = (char)tolower(c);
  }
  out[len] = '\0';
  return len;
}

/* Does sentence k contain "the <head>" as whole words? */
static bool sentence_names(const el_doc *doc, int32_t k, const char *head, size_t hlen) {
  if (k < 0 || (size_t)k >= doc->sents.n) return false;
  const el_sentence *s = &doc->sents.v[k];
  const char *t = doc->text;
  for (uint32_t i = s->start; i + 4 + hlen <= s->end; i++) {
    if (strncasecmp(t + i, "the ", 4) != 0) continue;
    if (i > s->start && isalnum((unsigned char)t[i - 1])) continue;
    if (strncasecmp(t + i + 4, head, hlen) != 0) continue;
    uint32_t after = i + 4 + (uint32_t)hlen;
    if (after < s->end && isalnum((unsigned char)t[after])) continue;
    return true;
  }
  return false;
}

el_status merge_doc_events(el_doc *doc) {
  if (!doc) return EL_ERR_ARG;
  for (size_t i = 0; i < doc->events.n; i++) {
    el_event *e = &doc->events.v[i];
    if (has_own_date(e) || e->sentence < 0) continue;
    const el_event *before = NULL, *after = NULL;
    /* 1. same root and dyad: the nearest earlier; article-dated ones may look ahead */
    for (size_t j = 0; j < doc->events.n; j++) {
      const el_event *f = &doc->events.v[j];
      if (j == i || !has_own_date(f) || f->negated || f->mood != EL_MOOD_FACT) continue;
      if (strcmp(f->root, e->root) != 0 || !same_dyad(e, f)) continue;
      if (f->sentence < e->sentence) {
        if (!before || f->sentence > before->sentence) before = f;
      } else if (f->sentence > e->sentence && e->timex < 0) {
        if (!after || f->sentence < after->sentence) after = f;
      }
    }
    const el_event *ante = before ? before : after;
    if (ante) {
      copy_date(e, ante, COREF_DATE_CONFIDENCE);
      continue;
    }
    /* 2. "during the meeting": a definite mention of an earlier trigger noun */
    for (size_t j = i; j-- > 0;) {
      const el_event *f = &doc->events.v[j];
      char head[32];
      size_t hlen;
      if (f->sentence >= e->sentence || !has_own_date(f) || f->negated) continue;
      if ((hlen = trigger_head(doc, f, head, sizeof head)) == 0) continue;
      if (sentence_names(doc, e->sentence, head, hlen)) {
        copy_date(e, f, ANAPHOR_DATE_CONFIDENCE);
        break;
      }
    }
  }
  return EL_OK;
}
