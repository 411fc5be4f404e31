/*
 * event_mood.c — negation and modality of an event trigger, from the words
 * around it in its sentence: negators ("not", "n't", "never", "no"),
 * modals of possibility ("would", "could", "might"), the future ("will",
 * intent), conditionals ("if",
 * "unless"), questions (sentence ends with '?') and denials ("denied that").
 * Closed-class English words only; the lists are small and fixed.
 */
#include <string.h>
#include <strings.h>

#include "events/events_int.h"

static bool tok_in(const el_doc *doc, uint32_t t, const char *const *list) {
  const el_token *tk = &doc->toks.v[t];
  size_t n = tk->end - tk->start;
  const char *s = doc->text + tk->start;
  for (; *list; list++) {
    const char *w = *list;
    size_t k = 0;
    for (; k < n && w[k]; k++) {
      unsigned char ch = (unsigned char)s[k];
      if (ch >= 'A' && ch <= 'Z') ch = (unsigned char)(ch + 32);
      if (ch != (unsigned char)w[k]) break;
    }
    if (k == n && !w[n]) return true;
  }
  return false;
}

static bool ends_with_nt(const el_doc *doc, uint32_t t) {
  const el_token *tk = &doc->toks.v[t];
  size_t n = tk->end - tk->start;
  const char *s = doc->text + tk->start;
  if (n >= 3 && strncasecmp(s + n - 3, "n't", 3) == 0) return true;
  return n >= 5 && strncasecmp(s + n - 5, "n\xE2\x80\x99t", 5) == 0;
}

static const char *const negators[] = {"not",     "never",   "no",  "cannot",         "nor",
                                       "neither", "without", "n't", "n\xE2\x80\x99t", NULL};
static const char *const modals[] = {"would", "could",    "might",    "may", "should",
                                     "must",  "wouldn't", "couldn't", NULL};
/* Future auxiliaries: the act is announced, not done ("will send troops"). */
static const char *const future[] = {"will", "shall", "'ll", "\xE2\x80\x99ll", NULL};
static const char *const conditionals[] = {"if", "unless", "whether", NULL};
/* Modifiers of an event noun that put it in the future or the possible
 * ("the upcoming meeting", "a possible intervention"): not a fact. */
static const char *const prospective[] = {"upcoming",  "planned",  "proposed",    "possible",
                                          "potential", "expected", "scheduled",   "prospective",
                                          "future",    "eventual", "forthcoming", NULL};
static const char *const deniers[] = {"deny",      "denies",  "denied", "denying",
                                      "dismissed", "refuted", NULL};
/* Words that may sit between an auxiliary and the trigger ("was not
 * immediately discussed", "had never formally met"). */
static const char *const fillers[] = {
    "be",    "been", "being", "have",    "has",         "had",      "was",    "were",     "is",
    "are",   "am",   "do",    "does",    "did",         "will",     "to",     "yet",      "also",
    "still", "ever", "even",  "already", "immediately", "formally", "really", "actually", "a",
    "an",    "the",  "any",   "get",     "got",         NULL};

bool event_is_negator(const el_doc *doc, uint32_t t) {
  return tok_in(doc, t, negators) || ends_with_nt(doc, t);
}

bool event_is_passive_aux(const el_doc *doc, uint32_t t) {
  static const char *const be[] = {"was",    "were",    "is",       "are",  "been", "being",
                                   "be",     "get",     "got",      "gets", "am",   "'s",
                                   "remain", "remains", "remained", NULL};
  return tok_in(doc, t, be);
}

event_mood_result event_mood_of(const el_doc *doc, const el_sentence *s, uint32_t trig) {
  event_mood_result r = {false, EL_MOOD_FACT};
  /* look back through the verb group */
  for (uint32_t k = 0, t = trig; k < 6 && t > s->tok_begin; k++) {
    t--;
    const el_token *tk = &doc->toks.v[t];
    if (tk->flags & EL_TOK_PUNCT) break;
    if (tok_in(doc, t, negators) || ends_with_nt(doc, t)) {
      r.negated = true;
      if (tok_in(doc, t, modals)) r.mood = EL_MOOD_HYPOTHETICAL;
      continue;
    }
    if (tok_in(doc, t, modals)) {
      r.mood = EL_MOOD_HYPOTHETICAL;
      continue;
    }
    if (tok_in(doc, t, future)) {
      if (r.mood == EL_MOOD_FACT) r.mood = EL_MOOD_INTENT;
      r.negated = true;
      continue;
    }
    if (t + 1 == trig && tok_in(doc, t, prospective)) {
      r.mood = EL_MOOD_INTENT;
      r.negated = true;
      break;
    }
    if (!tok_in(doc, t, fillers) &&
        !(tk->flags & EL_TOK_WORD && !(tk->flags & EL_TOK_CAP) && tk->end - tk->start > 2 &&
          strncasecmp(doc->text + tk->end - 2, "ly", 2) == 0))
      break;
  }
  /* a conditional or a denial earlier in the same clause */
  for (uint32_t t = trig; t > s->tok_begin;) {
    t--;
    if (tok_in(doc, t, conditionals)) {
      r.mood = EL_MOOD_HYPOTHETICAL;
      break;
    }
    if (tok_in(doc, t, deniers)) {
      r.mood = EL_MOOD_DENIAL;
      r.negated = true;
      break;
    }
    const el_token *tk = &doc->toks.v[t];
    if ((tk->flags & EL_TOK_PUNCT) && tk->end - tk->start == 1 &&
        strchr(";:", doc->text[tk->start]))
      break;
  }
  /* a question */
  if (r.mood == EL_MOOD_FACT && s->tok_end > s->tok_begin) {
    for (uint32_t t = s->tok_end; t > trig;) {
      t--;
      const el_token *tk = &doc->toks.v[t];
      if (!(tk->flags & EL_TOK_PUNCT)) break;
      if (doc->text[tk->start] == '?') {
        r.mood = EL_MOOD_QUESTION;
        break;
      }
    }
  }
  /* Decision: anything not asserted as having happened is flagged negated,
   * so consumers that show factual events only need to test one field. */
  if (r.mood == EL_MOOD_HYPOTHETICAL || r.mood == EL_MOOD_QUESTION) r.negated = true;
  return r;
}
