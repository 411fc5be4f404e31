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
#include "text/text.h"

/* The token's exact text is a word of list `bit` (see events_int.h). */
static bool in_list(uint64_t lists, int bit) {
  return (lists >> bit) & 1u;
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
static const char *const modals[] = {"would", "could", "might",    "may",      "should",
                                     "can",   "must",  "wouldn't", "couldn't", NULL};
/* Future auxiliaries: the act is announced, not done ("will send troops"). */
static const char *const future[] = {"will", "shall", "'ll", "\xE2\x80\x99ll", NULL};
static const char *const conditionals[] = {"if", "unless", "whether", NULL};
/* Modifiers of an event noun that put it in the future or the possible
 * ("the upcoming meeting", "a possible intervention"): not a fact. */
static const char *const prospective[] = {"upcoming",  "planned",  "proposed",    "possible",
                                          "potential", "expected", "scheduled",   "prospective",
                                          "future",    "eventual", "forthcoming", NULL};
/* "the possibility of X doing Y", "fears that X will": what follows is
 * weighed, not reported */
static const char *const possibility[] = {
    "possibility", "possibilities", "prospect", "prospects", "likelihood", "chance",
    "chances",     "feasibility",   "option",   "options",   "idea",       "risk",
    "risks",       "danger",        "fear",     "fears",     NULL};
static const char *const deniers[] = {"deny",      "denies",  "denied", "denying",
                                      "dismissed", "refuted", NULL};
/* Words that may sit between an auxiliary and the trigger ("was not
 * immediately discussed", "had never formally met"). */
static const char *const fillers[] = {
    "be",    "been", "being", "have",    "has",         "had",      "was",    "were",     "is",
    "are",   "am",   "do",    "does",    "did",         "will",     "to",     "yet",      "also",
    "still", "ever", "even",  "already", "immediately", "formally", "really", "actually", "a",
    "an",    "the",  "any",   "get",     "got",         NULL};

static const char *const be[] = {"was", "were", "is", "are", "been",   "being",   "be",       "get",
                                 "got", "gets", "am", "'s",  "remain", "remains", "remained", NULL};

el_status events_register_mood_lists(verb_dict *vd) {
  static const struct {
    const char *const *list;
    int bit;
  } sets[] = {{negators, EV_L_NEGATOR},
              {modals, EV_L_MODAL},
              {future, EV_L_FUTURE},
              {conditionals, EV_L_CONDITIONAL},
              {prospective, EV_L_PROSPECTIVE},
              {deniers, EV_L_DENIER},
              {possibility, EV_L_POSSIBILITY},
              {fillers, EV_L_FILLER},
              {be, EV_L_BE}};
  for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++)
    for (const char *const *w = sets[k].list; *w; w++) {
      el_status st = vd_add_list(vd, *w, 1ull << sets[k].bit);
      if (st != EL_OK) return st;
    }
  return EL_OK;
}

bool event_is_negator(const el_doc *doc, uint32_t t, uint64_t lists) {
  return in_list(lists, EV_L_NEGATOR) || ends_with_nt(doc, t);
}

bool event_is_passive_aux(uint64_t lists) {
  return in_list(lists, EV_L_BE);
}

event_mood_result event_mood_of(const el_doc *doc, const el_sentence *s, uint32_t trig,
                                const uint64_t *lists) {
  event_mood_result r = {false, EL_MOOD_FACT};
  /* look back through the verb group */
  for (uint32_t k = 0, t = trig; k < 6 && t > s->tok_begin; k++) {
    t--;
    const el_token *tk = &doc->toks.v[t];
    uint64_t w = lists[t - s->tok_begin];
    /* a quotation mark inside the verb group ('would "pay a price"') */
    if (tk->flags & EL_TOK_QUOTE) continue;
    if (tk->flags & EL_TOK_PUNCT) break;
    if (in_list(w, EV_L_NEGATOR) || ends_with_nt(doc, t)) {
      r.negated = true;
      if (in_list(w, EV_L_MODAL)) r.mood = EL_MOOD_HYPOTHETICAL;
      continue;
    }
    if (in_list(w, EV_L_MODAL)) {
      r.mood = EL_MOOD_HYPOTHETICAL;
      continue;
    }
    if (in_list(w, EV_L_FUTURE)) {
      if (r.mood == EL_MOOD_FACT) r.mood = EL_MOOD_INTENT;
      r.negated = true;
      continue;
    }
    if (t + 1 == trig && in_list(w, EV_L_PROSPECTIVE)) {
      r.mood = EL_MOOD_INTENT;
      r.negated = true;
      break;
    }
    if (!in_list(w, EV_L_FILLER) &&
        !(tk->flags & EL_TOK_WORD && !(tk->flags & EL_TOK_CAP) && tk->end - tk->start > 2 &&
          strncasecmp(doc->text + tk->end - 2, "ly", 2) == 0))
      break;
  }
  /* a conditional or a denial earlier in the same clause; "denied the
   * accusation and called on X" coordinates a predicate of its own (not
   * "denied that it attacked and killed"): the denial ends at that "and" */
  bool coordinated = false, that_seen = false;
  for (uint32_t t = trig; t > s->tok_begin;) {
    t--;
    if (text_token_is(doc, &doc->toks.v[t], "and") || text_token_is(doc, &doc->toks.v[t], "but")) {
      bool next_is_trigger = true;
      for (uint32_t u = t + 1; u < trig && next_is_trigger; u++)
        next_is_trigger = in_list(lists[u - s->tok_begin], EV_L_FILLER);
      if (next_is_trigger && !that_seen) coordinated = true;
    }
    if (coordinated && text_token_is(doc, &doc->toks.v[t], "that")) that_seen = true;
    if (in_list(lists[t - s->tok_begin], EV_L_CONDITIONAL)) {
      r.mood = EL_MOOD_HYPOTHETICAL;
      break;
    }
    if (trig - t <= 8 && in_list(lists[t - s->tok_begin], EV_L_POSSIBILITY) && t + 1 < trig &&
        (text_token_is(doc, &doc->toks.v[t + 1], "of") ||
         text_token_is(doc, &doc->toks.v[t + 1], "that"))) {
      r.mood = EL_MOOD_HYPOTHETICAL;
      break;
    }
    if (in_list(lists[t - s->tok_begin], EV_L_DENIER)) {
      if (coordinated && !that_seen) break;
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
