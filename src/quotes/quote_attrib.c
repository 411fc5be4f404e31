/*
 * quote_attrib.c — who said it.  Reads the word stream outside quotes
 * (quote_words.c) and tries per quote, in order:
 *   right:   "...," Ruiz said / said the Chilean leader / , according to X
 *   colon:   Kerr ... said: "..."
 *   left:    nearest verb of saying before the quote in its sentence, and
 *            that verb's subject (nearest candidate before it; the clause
 *            subject for ", saying" / "and said" / "X, the minister, said";
 *            "said X" / "by X" right after it)
 *   according to X anywhere in the sentence
 *   a quote-only sentence: the previous sentence's speaker (continuation)
 *            or the subject of a previous sentence of saying (context).
 * A subject candidate is an actor mention, a capitalized name that no
 * mention covers (kept as text: speaker -1 with a name), or an unresolved
 * subject pronoun, which stops the search: unknown, never a guess.  Names
 * after a preposition ("the ambassador to Greece") are not subjects.
 * Per-quote work is bounded by a token window, so the stage stays linear.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/text.h"

#define LEFT_WINDOW 80 /* tokens scanned back from a quote */

static bool tok_is(const el_doc *doc, const quote_tok *t, const char *w) {
  if (t->kind != QTOK_WORD) return false;
  size_t n = t->end - t->start;
  if (strlen(w) != n) return false;
  for (size_t i = 0; i < n; i++) {
    char c = doc->text[t->start + i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != w[i]) return false;
  }
  return true;
}

static bool tok_in(const el_doc *doc, const quote_tok *t, const char *const *list) {
  for (; *list; list++)
    if (tok_is(doc, t, *list)) return true;
  return false;
}

static const char *const subject_pronouns[] = {"he",  "she",   "they", "i",    "we",    "you", "it",
                                               "who", "which", "él",   "ella", "ellos", NULL};
static const char *const possessives[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
static const char *const determiners[] = {"a",     "an",   "the",   "his", "her",
                                          "their", "its",  "our",   "my",  "your",
                                          "this",  "that", "these", "new", NULL};
static const char *const coordinators[] = {"and", "but", "or", "then", "yet", NULL};
static const char *const adverbs[] = {
    "also",     "later",  "then",  "further", "again",     "earlier", "once",  "previously",
    "recently", "simply", "just",  "has",     "had",       "have",    "would", "will",
    "did",      "was",    "is",    "today",   "yesterday", "tonight", "now",   "already",
    "still",    "often",  "never", "not",     "soon",      "first",   "twice", NULL};
static const char *const prepositions[] = {
    "of",      "in",     "to",      "from",   "at",     "for",     "on",     "into",
    "against", "toward", "towards", "near",   "among",  "between", "across", "within",
    "about",   "around", "outside", "inside", "behind", "beyond",  "upon",   "throughout",
    "beside",  "de",     "en",      "para",   "por",    NULL};
static const char *const be_forms[] = {"be", "been", "being", "was", "were", "is", "are", NULL};
static const char *const auxiliaries[] = {"had", "has",   "have", "was",   "were", "is",
                                          "are", "would", "will", "could", "can",  "should",
                                          "may", "might", "did",  "does",  "must", NULL};
/* Capitalized words that do not name a speaker: function words, days and
 * months, plural groups, titles (the name follows them). */
/* clang-format off */
static const char *const not_names[] = {
    "the", "a", "an", "in", "on", "at", "for", "but", "and", "as", "this", "that", "these",
    "those", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "after", "before", "during", "when", "while", "if",
    "although", "asked", "speaking", "according", "there", "here", "yesterday", "today",
    "tomorrow", "last", "next", "earlier", "later", "meanwhile", "however", "still", "also",
    "officials", "authorities", "police", "witnesses", "analysts", "critics", "experts",
    "sources", "residents", "reporters", "observers", "diplomats", "people", "leaders",
    "president", "prime", "minister", "secretary", "senator", "sen", "rep", "gov", "governor",
    "general", "gen", "ambassador", "foreign", "defense", "state", "chancellor", "king", "queen",
    "pope", "mayor", "judge", "chief", "vice", "deputy", "spokesman", "spokeswoman", "mr", "mrs",
    "ms", "dr", "president-elect", "former", "u.s", "un", "u.n", "then", "now", "so", "thus",
    "instead", "yet", "later", "rev", "bishop", "cardinal", "rabbi", "imam", "sheikh", "father",
    "sister", "lawmaker", "congressman", "congresswoman", NULL};
/* clang-format on */

static bool is_adverb(const el_doc *doc, const quote_tok *t) {
  if (t->kind != QTOK_WORD || t->cap) return false;
  size_t n = t->end - t->start;
  if (n > 3 && doc->text[t->end - 2] == 'l' && doc->text[t->end - 1] == 'y') return true;
  return tok_in(doc, t, adverbs);
}

static bool is_punct(const quote_tok *t, char p) {
  return t->kind == QTOK_PUNCT && t->punct == p;
}

static bool is_possessive(const el_doc *doc, const quote_tok *t) {
  const char *e = doc->text + t->end;
  size_t n = t->end - t->start;
  return (n > 2 && e[-1] == 's' && e[-2] == '\'') ||
         (n > 4 && e[-1] == 's' && (unsigned char)e[-2] == 0x99 && (unsigned char)e[-3] == 0x80);
}

typedef struct {
  const quote_lexicon *lx;
  el_doc *doc;
  const quote_span_vec *spans;
  const quote_frame_vec *frames;
  quote_tok_vec toks;
  size_t *frame_first; /* first token index of each frame, [n] = toks.n */
  size_t *frame_words; /* words outside quotes in each frame */
  quote_attr *attrs;
} attrib_ctx;

/* A subject candidate. */
typedef enum { CAND_NONE = 0, CAND_STOP, CAND_MENTION, CAND_NAME } cand_kind;

typedef struct {
  cand_kind kind;
  int32_t mention;    /* CAND_MENTION */
  size_t first, last; /* token range */
} cand;

static bool mention_usable(const el_doc *doc, int32_t m) {
  const el_actor_mention *a = &doc->actors.v[m];
  return a->code[0] || a->name;
}

static bool name_word(const attrib_ctx *c, size_t j) {
  const quote_tok *t = &c->toks.v[j];
  return t->kind == QTOK_WORD && t->cap && t->mention < 0 && !(t->lex & (QLEX_VERB | QLEX_PART)) &&
         !tok_in(c->doc, t, not_names) && !tok_in(c->doc, t, subject_pronouns);
}

static bool frame_start_tok(const attrib_ctx *c, size_t j) {
  int32_t f = c->toks.v[j].frame;
  return f >= 0 && c->frame_first[f] == j;
}

/* Is the frame-initial single capitalized word w a name?  Yes when the
 * same word also appears capitalized mid-sentence nearby. */
static bool seen_mid_sentence(const attrib_ctx *c, size_t j) {
  const quote_tok *w = &c->toks.v[j];
  size_t n = w->end - w->start;
  size_t lo = j > 300 ? j - 300 : 0, hi = j + 300 < c->toks.n ? j + 300 : c->toks.n;
  for (size_t k = lo; k < hi; k++) {
    const quote_tok *t = &c->toks.v[k];
    if (k == j || t->kind != QTOK_WORD || t->end - t->start != n || frame_start_tok(c, k)) continue;
    if (memcmp(c->doc->text + t->start, c->doc->text + w->start, n) == 0) return true;
  }
  return false;
}

/* The candidate at token j. */
static cand cand_at(const attrib_ctx *c, size_t j) {
  cand r = {.kind = CAND_NONE, .mention = -1, .first = j, .last = j};
  const quote_tok *t = &c->toks.v[j];
  if (t->kind != QTOK_WORD || tok_in(c->doc, t, possessives)) return r;
  if (t->mention >= 0) {
    if (!mention_usable(c->doc, t->mention)) {
      r.kind = CAND_STOP;
      return r;
    }
    r.kind = CAND_MENTION;
    r.mention = t->mention;
    while (r.first > 0 && c->toks.v[r.first - 1].mention == t->mention) r.first--;
    while (r.last + 1 < c->toks.n && c->toks.v[r.last + 1].mention == t->mention) r.last++;
    return r;
  }
  if (tok_in(c->doc, t, subject_pronouns)) {
    r.kind = CAND_STOP;
    return r;
  }
  if (!name_word(c, j)) return r;
  while (r.first > 0 && !frame_start_tok(c, r.first) && name_word(c, r.first - 1) &&
         c->toks.v[r.first - 1].frame == t->frame)
    r.first--;
  for (;;) { /* extend right, also over the period of an initial: "J.L. Edmonson" */
    if (r.last + 1 < c->toks.n && name_word(c, r.last + 1) &&
        c->toks.v[r.last + 1].frame == t->frame) {
      r.last++;
      continue;
    }
    const quote_tok *w = &c->toks.v[r.last];
    if (r.last + 2 < c->toks.n && is_punct(&c->toks.v[r.last + 1], '.') &&
        (w->end - w->start <= 2 || memchr(c->doc->text + w->start, '.', w->end - w->start)) &&
        name_word(c, r.last + 2) && c->toks.v[r.last + 2].frame == t->frame) {
      r.last += 2;
      continue;
    }
    break;
  }
  /* a capitalized word next to a mention belongs to it ("Mr. Smith") */
  if (r.last + 1 < c->toks.n && c->toks.v[r.last + 1].mention >= 0 &&
      c->toks.v[r.last + 1].frame == t->frame)
    return cand_at(c, r.last + 1);
  /* one capitalized word opening a sentence is a name when a verb of saying
   * follows it ("Horsley called") or it recurs mid-sentence */
  bool verb_next = r.last + 1 < c->toks.n && (c->toks.v[r.last + 1].lex & (QLEX_VERB | QLEX_PART));
  if (r.first == r.last && frame_start_tok(c, r.first) && !verb_next &&
      !seen_mid_sentence(c, r.first))
    return r;
  r.kind = CAND_NAME;
  return r;
}

static bool after_preposition(const attrib_ctx *c, const cand *k, size_t fbeg) {
  size_t j = k->first;
  /* "around the Parque Central", "In Old Havana" */
  while (j > fbeg && j + 4 > k->first &&
         (tok_in(c->doc, &c->toks.v[j - 1], determiners) ||
          (c->toks.v[j - 1].kind == QTOK_WORD && c->toks.v[j - 1].cap &&
           !tok_in(c->doc, &c->toks.v[j - 1], prepositions))))
    j--;
  return j > fbeg && tok_in(c->doc, &c->toks.v[j - 1], prepositions);
}

static bool is_person_cand(const attrib_ctx *c, const cand *k) {
  return k->kind == CAND_NAME ||
         (k->kind == CAND_MENTION && c->doc->actors.v[k->mention].is_person);
}

/* A nameless title mention directly followed by a named person
 * ("U.S. Secretary of State Paul Kerr"): the person. */
static cand prefer_named(const attrib_ctx *c, cand k) {
  if (k.kind != CAND_MENTION || c->doc->actors.v[k.mention].name) return k;
  size_t e = k.last + 1;
  /* over role words and an apposition comma: "the Hungarian foreign
   * minister, Janos Martonyi" */
  for (size_t skipped = 0; e < c->toks.n && skipped < 4; e++, skipped++) {
    const quote_tok *t = &c->toks.v[e];
    if (!(is_punct(t, ',') ||
          (t->kind == QTOK_WORD && !t->cap && t->mention < 0 &&
           !(t->lex & (QLEX_VERB | QLEX_PART)) && !tok_in(c->doc, t, prepositions) &&
           !tok_in(c->doc, t, coordinators))))
      break;
  }
  if (e < c->toks.n) {
    cand n = cand_at(c, e);
    if (n.kind == CAND_NAME || (n.kind == CAND_MENTION && c->doc->actors.v[n.mention].name &&
                                c->doc->actors.v[n.mention].is_person))
      return n;
  }
  return k;
}

static const char *const function_words[] = {
    "himself", "herself", "themselves", "itself", "who",   "whom",   "which", "that", "and",
    "or",      "but",     "with",       "by",     "after", "before", "as",    "when", "while",
    "said",    "says",    "also",       "then",   "not",   "never",  "only",  NULL};

/* The candidate modifies a head noun ("an anti-abortion Web site said",
 * "Kopp's stepmother said"), so it is not the subject itself: the next word
 * is lowercase and neither a verb nor a function word. */
static bool modifies_noun(const attrib_ctx *c, const cand *s, size_t limit) {
  size_t e = s->last + 1;
  if (e >= limit) return false;
  const quote_tok *t = &c->toks.v[e];
  if (t->kind != QTOK_WORD || t->cap || (t->lex & (QLEX_VERB | QLEX_PART))) return false;
  if (tok_in(c->doc, t, auxiliaries) || tok_in(c->doc, t, function_words) ||
      tok_in(c->doc, t, prepositions) || is_adverb(c->doc, t))
    return false;
  size_t n = t->end - t->start;
  return !(n > 3 && c->doc->text[t->end - 2] == 'e' && c->doc->text[t->end - 1] == 'd');
}

/* A finite verb comes next (after adverbs): the candidate is a subject,
 * not an adjective ("Cuban and American flags"). */
static bool verb_follows(const attrib_ctx *c, size_t j, size_t limit) {
  while (j < limit && is_adverb(c->doc, &c->toks.v[j])) j++;
  if (j >= limit) return false;
  const quote_tok *t = &c->toks.v[j];
  if (t->kind != QTOK_WORD || t->cap) return false;
  if ((t->lex & QLEX_VERB) || tok_in(c->doc, t, auxiliaries)) return true;
  size_t n = t->end - t->start;
  return n > 3 && c->doc->text[t->end - 2] == 'e' && c->doc->text[t->end - 1] == 'd';
}

/* First subject-like candidate of the frame before token limit, not after a
 * preposition: a person if there is one, else the first actor. */
static cand first_subject(const attrib_ctx *c, size_t fbeg, size_t limit) {
  cand any = {.kind = CAND_NONE, .mention = -1};
  for (size_t j = fbeg; j < limit; j++) {
    cand k = cand_at(c, j);
    if (k.kind == CAND_NONE) continue;
    if (k.kind == CAND_STOP) return any.kind != CAND_NONE ? any : k;
    j = k.last;
    if (after_preposition(c, &k, fbeg)) continue;
    if (is_possessive(c->doc, &c->toks.v[k.last]) && modifies_noun(c, &k, limit)) {
      k.kind = CAND_STOP; /* "Kopp's stepmother, who ..., said" */
      return any.kind != CAND_NONE ? any : k;
    }
    k = prefer_named(c, k);
    if (is_person_cand(c, &k)) return k;
    if (any.kind == CAND_NONE && verb_follows(c, k.last + 1, limit)) any = k;
  }
  return any;
}

/* Candidate right after token j (skipping determiners, adverbs and "by"). */
static cand cand_after(const attrib_ctx *c, size_t j, size_t limit) {
  cand best = {.kind = CAND_NONE, .mention = -1};
  /* the last candidate of the noun phrase after j, so a title gives way to
   * the name ("said State Department spokesman Richard Boucher") */
  for (size_t k = j; k < limit && k < j + 10; k++) {
    const quote_tok *t = &c->toks.v[k];
    /* the period of a title: "said Gen. John Dailey", "Ms. Mkimbo" */
    if (is_punct(t, '.') && k > j && c->toks.v[k - 1].cap &&
        c->toks.v[k - 1].end - c->toks.v[k - 1].start <= 4 && c->toks.v[k - 1].end == t->start)
      continue;
    if (t->kind != QTOK_WORD) break;
    cand x = cand_at(c, k);
    if (x.kind == CAND_STOP) return best.kind != CAND_NONE ? best : x;
    if (x.kind == CAND_NONE) {
      if ((t->lex & (QLEX_VERB | QLEX_PART)) || tok_in(c->doc, t, auxiliaries)) break;
      if (best.kind != CAND_NONE && !t->cap &&
          (tok_in(c->doc, t, function_words) || tok_in(c->doc, t, prepositions)))
        break;
      continue;
    }
    k = x.last;
    if (after_preposition(c, &x, j) && !tok_is(c->doc, &c->toks.v[x.first - 1], "by")) continue;
    /* "a Foreign Office spokesman", "a U.S. official" (not "the Chilean leader") */
    if (modifies_noun(c, &x, limit) &&
        (x.kind == CAND_NAME || !quote_role_follows(c->doc, c->toks.v[x.last].end)))
      continue;
    best = prefer_named(c, x);
    k = best.last > k ? best.last : k;
  }
  return best;
}

/* A lowercase content word that no mention covers: a common noun head
 * ("guerrillas", "officials", "spokesman"). */
static bool common_noun(const attrib_ctx *c, size_t j) {
  const quote_tok *t = &c->toks.v[j];
  if (t->kind != QTOK_WORD || t->cap || t->mention >= 0 || (t->lex & (QLEX_VERB | QLEX_PART)))
    return false;
  if (tok_in(c->doc, t, function_words) || tok_in(c->doc, t, auxiliaries) ||
      tok_in(c->doc, t, prepositions) || tok_in(c->doc, t, subject_pronouns) ||
      tok_in(c->doc, t, coordinators) || tok_in(c->doc, t, determiners) || is_adverb(c->doc, t))
    return false;
  size_t n = t->end - t->start;
  /* "to announce": an infinitive, not a noun */
  if (j > 0 && tok_is(c->doc, &c->toks.v[j], "to")) return false;
  return n >= 3 && !(c->doc->text[t->end - 2] == 'e' && c->doc->text[t->end - 1] == 'd');
}

/* A verb follows within the next few words: "said Syria had indicated". */
static bool clause_follows(const attrib_ctx *c, size_t j, size_t n) {
  for (size_t e = j; e < n && e < j + 4; e++) {
    const quote_tok *t = &c->toks.v[e];
    if (t->kind != QTOK_WORD) return false;
    if (tok_in(c->doc, t, auxiliaries) || (t->lex & QLEX_VERB)) return true;
  }
  return false;
}

/* The subject of the verb of saying at token v (frame begins at fbeg). */
static cand subject_of(const attrib_ctx *c, size_t v, size_t fbeg, size_t limit) {
  const quote_tok *vt = &c->toks.v[v];
  size_t p = v;
  bool passive = false;
  while (p > fbeg && is_adverb(c->doc, &c->toks.v[p - 1])) {
    p--;
    passive = passive || tok_in(c->doc, &c->toks.v[p], be_forms);
  }
  if (p > fbeg && tok_in(c->doc, &c->toks.v[p - 1], be_forms)) passive = true;
  if (passive && !(vt->lex & (QLEX_PART | QLEX_NOUN))) {
    /* "was described by Ruiz as ...": only a "by" agent speaks */
    for (size_t j = v + 1; j + 1 < limit && j < v + 8; j++)
      if (tok_is(c->doc, &c->toks.v[j], "by")) return cand_after(c, j + 1, limit);
    cand none = {.kind = CAND_STOP, .mention = -1, .first = v, .last = v};
    return none;
  }
  if (p > fbeg) {
    const quote_tok *prev = &c->toks.v[p - 1];
    /* ", saying" / "and said" / "X, the founder of Y, said" */
    if (is_punct(prev, ',') || tok_in(c->doc, prev, coordinators)) {
      cand s = first_subject(c, fbeg, p);
      if (s.kind != CAND_NONE) return s;
    }
  }
  if (p > fbeg && !(vt->lex & QLEX_NOUN) && common_noun(c, p - 1)) {
    /* "a string of former guerrillas called for ...": a common noun is the
     * subject; only a described actor ("the Chilean leader") names it */
    size_t j = p - 1;
    while (j > fbeg && j + 4 > p && c->toks.v[j - 1].kind == QTOK_WORD &&
           c->toks.v[j - 1].mention < 0 && !c->toks.v[j - 1].cap &&
           !tok_in(c->doc, &c->toks.v[j - 1], prepositions))
      j--;
    if (j > fbeg && c->toks.v[j - 1].mention >= 0 &&
        quote_role_follows(c->doc, c->toks.v[j - 1].end)) {
      cand s = cand_at(c, j - 1);
      if (s.kind == CAND_MENTION) return s;
    }
    cand stop = {.kind = CAND_STOP, .mention = -1, .first = p - 1, .last = p - 1};
    return stop;
  }
  for (size_t j = p; j-- > fbeg;) {
    const quote_tok *t = &c->toks.v[j];
    if (is_punct(t, ';')) break;
    cand s = cand_at(c, j);
    if (s.kind == CAND_NONE) continue;
    if (s.kind == CAND_STOP) return s;
    if (s.first < j)
      j = s.first; /* never move forward: a title word may hand over to the mention after it */
    if (after_preposition(c, &s, fbeg)) continue;
    /* "Smith's spokesman said", "a Web site says", "U.S. officials said":
     * the head noun spoke ("the Chilean leader" is a description) */
    if (!(vt->lex & QLEX_NOUN) && modifies_noun(c, &s, v) &&
        (is_possessive(c->doc, &c->toks.v[s.last]) || s.kind == CAND_NAME ||
         !quote_role_follows(c->doc, c->toks.v[s.last].end))) {
      s.kind = CAND_STOP;
      return s;
    }
    return prefer_named(c, s);
  }
  /* "said Ruiz: ..." / "described by Ruiz as ...": the candidate right
   * after the verb, when nothing but punctuation or the quote follows it */
  cand s = cand_after(c, v + 1, limit);
  if (s.kind == CAND_MENTION || s.kind == CAND_NAME) {
    size_t e = s.last + 1;
    bool by = v + 1 < limit && tok_is(c->doc, &c->toks.v[v + 1], "by");
    if (!by && clause_follows(c, e, limit)) s.kind = CAND_NONE;
  }
  return s;
}

static bool same_referent(const el_doc *doc, int32_t a, int32_t b) {
  const el_actor_mention *x = &doc->actors.v[a], *y = &doc->actors.v[b];
  if (x->name && y->name) return strcmp(x->name, y->name) == 0;
  return !x->name && !y->name && x->code[0] && strcmp(x->code, y->code) == 0;
}

/* A subject pronoun cannot be its own verb's addressee ("he told Smith"):
 * when the actor stage resolved it to the person addressed between the verb
 * and the quote, take the nearest earlier named person that is not the
 * addressee; none -> unknown. */
static cand rebind_pronoun(const attrib_ctx *c, cand s, size_t v, size_t qt) {
  if (s.kind != CAND_MENTION || c->doc->actors.v[s.mention].kind != EL_ACTOR_PRONOUN) return s;
  int32_t addressee = -1;
  for (size_t j = v + 1; j < qt; j++) {
    int32_t m = c->toks.v[j].mention;
    if (m >= 0 && same_referent(c->doc, s.mention, m)) addressee = m;
  }
  if (addressee < 0) return s;
  size_t lo = s.first > 3 * LEFT_WINDOW ? s.first - 3 * LEFT_WINDOW : 0;
  for (size_t j = s.first; j-- > lo;) {
    int32_t m = c->toks.v[j].mention;
    if (m < 0 || m == s.mention) continue;
    const el_actor_mention *am = &c->doc->actors.v[m];
    if (am->is_person && am->name && am->kind != EL_ACTOR_PRONOUN &&
        !same_referent(c->doc, m, addressee)) {
      cand r = {.kind = CAND_MENTION, .mention = m, .first = j, .last = j};
      return r;
    }
  }
  s.kind = CAND_STOP;
  return s;
}

/* Record the speaker (or the lack of one) and the cue. */
static void set_speaker(attrib_ctx *c, quote_attr *a, cand s, const char *cue, bool direct) {
  a->has_cue = true;
  a->direct = a->direct || direct;
  a->speaker = -1;
  a->name_start = a->name_end = 0;
  a->cue = NULL;
  if (s.kind == CAND_MENTION) {
    a->speaker = s.mention;
    a->cue = c->doc->actors.v[s.mention].kind == EL_ACTOR_PRONOUN ? "pronoun" : cue;
  } else if (s.kind == CAND_NAME) {
    a->name_start = c->toks.v[s.first].start;
    a->name_end = c->toks.v[s.last].end;
    a->cue = cue;
  }
}

static bool has_speaker(const quote_attr *a) {
  return a->speaker >= 0 || a->name_end > a->name_start;
}

/* Title, name or label right before the quote. */
static bool title_before(const attrib_ctx *c, size_t qt, size_t fbeg) {
  const el_doc *doc = c->doc;
  const quote_span *q = &c->spans->v[c->toks.v[qt].quote];
  size_t j = qt;
  if (j > fbeg) {
    const quote_tok *p = &c->toks.v[j - 1];
    /* nickname: Joaquín "El Chapo" Guzmán */
    if (p->kind == QTOK_WORD && p->cap && p->end + 1 == q->open && qt + 1 < c->toks.n) {
      const quote_tok *n = &c->toks.v[qt + 1];
      char last = c->doc->text[q->end - 1];
      if (n->kind == QTOK_WORD && n->cap && n->start == q->close + 1 &&
          c->doc->text[q->close] == ' ' && q->end - q->start < 40 && last != '.' && last != ',' &&
          last != '!' && last != '?')
        return true;
    }
  }
  while (j > fbeg &&
         (tok_in(doc, &c->toks.v[j - 1], determiners) || is_punct(&c->toks.v[j - 1], ',')))
    j--;
  if (j > fbeg && tok_is(doc, &c->toks.v[j - 1], "as")) {
    j--;
    return j > fbeg && (c->toks.v[j - 1].lex & QLEX_TITLE) &&
           !(c->toks.v[j - 1].lex & (QLEX_VERB | QLEX_PART));
  }
  return j > fbeg && (c->toks.v[j - 1].lex & QLEX_TITLE);
}

/* "..., Ruiz said" / "said Ruiz" / ", according to X" after the quote. */
static bool attribute_right(attrib_ctx *c, size_t qt, quote_attr *a) {
  const el_doc *doc = c->doc;
  const quote_span *q = &c->spans->v[c->toks.v[qt].quote];
  if (q->unclosed || q->end <= q->start) return false;
  char last = doc->text[q->end - 1];
  size_t j = qt + 1, n = c->toks.n;
  bool comma_after = j < n && is_punct(&c->toks.v[j], ',');
  bool open_end = last == ',' || last == '?' || last == '!' || last == '-' ||
                  (unsigned char)last == 0x94 || (unsigned char)last == 0xA6;
  if (comma_after) j++;
  if (j >= n || !(open_end || comma_after ||
                  (last == '.' && c->toks.v[j].kind == QTOK_WORD && !c->toks.v[j].cap)))
    return false;
  if (c->toks.v[j].start > q->close + 8) return false;        /* not right after */
  if (tok_in(doc, &c->toks.v[j], coordinators)) return false; /* "..." and said */
  size_t limit = j + 16 < n ? j + 16 : n;
  if (tok_is(doc, &c->toks.v[j], "according") && j + 1 < limit &&
      tok_is(doc, &c->toks.v[j + 1], "to")) {
    cand s = cand_after(c, j + 2, limit);
    if (s.kind == CAND_NONE) return false;
    set_speaker(c, a, s, "according-to", true);
    return true;
  }
  /* said Ruiz / said the Chilean leader, adding ... */
  size_t v = j;
  while (v < limit && is_adverb(doc, &c->toks.v[v])) v++;
  if (v < limit && (c->toks.v[v].lex & QLEX_VERB)) {
    cand s = cand_after(c, v + 1, limit);
    /* "said Syria had indicated": a clause subject, not the speaker */
    if ((s.kind == CAND_MENTION || s.kind == CAND_NAME) && clause_follows(c, s.last + 1, n))
      s.kind = CAND_NONE;
    set_speaker(c, a, s, "said-after", true);
    return true;
  }
  /* Ruiz said / the Chilean leader said / spokeswoman Mary Delahunty said */
  for (size_t e = j + 1; e < limit && e < j + 14; e++) {
    const quote_tok *t = &c->toks.v[e];
    if (is_punct(t, ',')) {
      /* an aside between name and verb: "Ruiz, 65, said", "Ruiz, who
       * spoke from Santiago, said" */
      size_t k = e + 1, end = e + 20 < n ? e + 20 : n;
      while (k < end && !is_punct(&c->toks.v[k], ',') && c->toks.v[k].kind != QTOK_QUOTE &&
             !is_punct(&c->toks.v[k], '.'))
        k++;
      if (k >= end || !is_punct(&c->toks.v[k], ',')) return false;
      size_t v2 = k + 1;
      while (v2 < n && is_adverb(doc, &c->toks.v[v2])) v2++;
      if (v2 >= n || !(c->toks.v[v2].lex & QLEX_VERB)) return false;
      cand s = cand_at(c, e - 1);
      if (s.kind == CAND_NONE || s.first < j) return false;
      set_speaker(c, a, prefer_named(c, s), "said-after", true);
      return true;
    }
    if (t->kind != QTOK_WORD) return false;
    if (!(t->lex & (QLEX_VERB | QLEX_PART))) continue;
    cand s = {.kind = CAND_NONE, .mention = -1};
    for (size_t k = e; k-- > j;) {
      cand x = cand_at(c, k);
      if (x.kind == CAND_NONE) continue;
      s = x;
      if (x.kind != CAND_STOP && x.first < k) k = x.first;
      if (x.kind == CAND_STOP) break;
      if (!after_preposition(c, &x, j)) {
        if (modifies_noun(c, &x, e) &&
            (x.kind == CAND_NAME || is_possessive(c->doc, &c->toks.v[x.last]) ||
             !quote_role_follows(c->doc, c->toks.v[x.last].end)))
          s.kind = CAND_STOP; /* "a U.S. official said": the official, unnamed */
        break;
      }
      s.kind = CAND_NONE;
    }
    set_speaker(c, a, prefer_named(c, s), "said-after", true);
    return true;
  }
  return false;
}

/* "according to X" in the frame outside quotes. */
static bool attribute_according(attrib_ctx *c, size_t fbeg, size_t fend, quote_attr *a) {
  for (size_t j = fbeg; j + 2 < fend; j++) {
    if (tok_is(c->doc, &c->toks.v[j], "according") && tok_is(c->doc, &c->toks.v[j + 1], "to")) {
      cand s = cand_after(c, j + 2, fend);
      if (s.kind == CAND_MENTION || s.kind == CAND_NAME) {
        set_speaker(c, a, s, "according-to", false);
        return true;
      }
    }
  }
  return false;
}

/* Nearest verb/participle of saying before token end within the frame
 * (a noun of saying counts only right before the quote). */
static bool saying_before(const attrib_ctx *c, size_t fbeg, size_t end, size_t *v, bool *noun) {
  size_t lo = end > fbeg + LEFT_WINDOW ? end - LEFT_WINDOW : fbeg;
  size_t dist = 0;
  for (size_t j = end; j-- > lo; dist++) {
    const quote_tok *t = &c->toks.v[j];
    if (is_punct(t, ';')) return false;
    if (t->lex & (QLEX_VERB | QLEX_PART)) {
      *v = j;
      *noun = false;
      return true;
    }
    if ((t->lex & QLEX_NOUN) && dist < 3) {
      *v = j;
      *noun = true;
      return true;
    }
  }
  return false;
}

/* A quote-only sentence: look at the previous frame. */
static bool attribute_context(attrib_ctx *c, int32_t f, quote_attr *a) {
  if (f <= 0) return false;
  const quote_frame *fr = &c->frames->v[f];
  int32_t pf = f - 1;
  size_t pbeg = c->frame_first[pf], pend = c->frame_first[f];
  if (pbeg >= pend) return false;
  if (pend - pbeg > LEFT_WINDOW) pbeg = pend - LEFT_WINDOW;
  size_t v;
  bool noun;
  /* previous sentence ends with a colon: its verb's subject */
  if (is_punct(&c->toks.v[pend - 1], ':')) {
    cand s = saying_before(c, pbeg, pend - 1, &v, &noun) ? subject_of(c, v, pbeg, pend)
                                                         : first_subject(c, pbeg, pend);
    if (s.kind == CAND_NONE) return false;
    set_speaker(c, a, s, "colon", true);
    return true;
  }
  /* previous sentence has an attributed quote: the same speaker goes on */
  for (size_t j = pend; j-- > pbeg;) {
    const quote_tok *t = &c->toks.v[j];
    if (t->kind != QTOK_QUOTE) continue;
    const quote_attr *pa = &c->attrs[t->quote];
    if (pa->title || !has_speaker(pa)) break;
    a->has_cue = true;
    a->speaker = pa->speaker;
    a->name_start = pa->name_start;
    a->name_end = pa->name_end;
    a->cue = "continuation";
    return true;
  }
  if (fr->para_start) return false;
  /* previous sentence of saying in the same paragraph: its subject */
  size_t lo = pend;
  while (lo > pbeg && c->toks.v[lo - 1].kind == QTOK_PUNCT) lo--;
  if (!saying_before(c, pbeg, pend, &v, &noun)) return false;
  if (noun && v + 3 < lo) return false;
  cand s = subject_of(c, v, pbeg, pend);
  if (s.kind != CAND_MENTION && s.kind != CAND_NAME) return false;
  set_speaker(c, a, s, "context", false);
  return true;
}

static void attribute_one(attrib_ctx *c, size_t qt) {
  const quote_tok *qtok = &c->toks.v[qt];
  quote_attr *a = &c->attrs[qtok->quote];
  int32_t f = qtok->frame;
  size_t fbeg = f >= 0 ? c->frame_first[f] : qt;
  size_t fend = f >= 0 ? c->frame_first[f + 1] : qt + 1;
  if (fbeg > qt) fbeg = qt;
  if (fend <= qt) fend = qt + 1;
  /* bounded windows keep many quotes in one sentence linear */
  if (qt - fbeg > LEFT_WINDOW) fbeg = qt - LEFT_WINDOW;
  if (fend - qt > LEFT_WINDOW) fend = qt + LEFT_WINDOW;
  if (title_before(c, qt, fbeg)) {
    a->title = true;
    return;
  }
  if (attribute_right(c, qt, a)) return;
  size_t v;
  bool noun;
  if (qt > fbeg && is_punct(&c->toks.v[qt - 1], ':')) {
    cand s = saying_before(c, fbeg, qt - 1, &v, &noun) ? subject_of(c, v, fbeg, qt)
                                                       : first_subject(c, fbeg, qt - 1);
    set_speaker(c, a, s, "colon", true);
    if (s.kind != CAND_NONE) return;
  }
  if (saying_before(c, fbeg, qt, &v, &noun)) {
    cand s = rebind_pronoun(c, subject_of(c, v, fbeg, qt), v, qt);
    set_speaker(c, a, s, noun ? "statement" : "said-before", false);
    if (s.kind != CAND_NONE) return;
  }
  if (attribute_according(c, fbeg, fend, a)) return;
  if (!a->has_cue && f >= 0 && c->frame_words[f] == 0) attribute_context(c, f, a);
}

el_status quote_attribute(const quote_lexicon *lx, el_doc *doc, const quote_span_vec *spans,
                          const quote_frame_vec *frames, quote_attr *attrs) {
  attrib_ctx c = {.lx = lx, .doc = doc, .spans = spans, .frames = frames, .attrs = attrs};
  for (size_t i = 0; i < spans->n; i++) attrs[i] = (quote_attr){.speaker = -1};
  el_status st = quote_words_build(lx, doc, spans, frames, &c.toks);
  if (st == EL_OK) st = quote_words_map_mentions(doc, &c.toks);
  if (st == EL_OK) {
    c.frame_first = malloc((frames->n + 1) * sizeof *c.frame_first);
    c.frame_words = calloc(frames->n + 1, sizeof *c.frame_words);
    if (!c.frame_first || !c.frame_words) st = EL_ERR_NOMEM;
  }
  if (st == EL_OK) {
    size_t j = 0;
    for (size_t f = 0; f <= frames->n; f++) {
      while (j < c.toks.n && c.toks.v[j].frame < (int32_t)f) j++;
      c.frame_first[f] = f < frames->n ? j : c.toks.n;
    }
    for (size_t t = 0; t < c.toks.n; t++)
      if (c.toks.v[t].kind == QTOK_WORD && c.toks.v[t].frame >= 0)
        c.frame_words[c.toks.v[t].frame]++;
    for (size_t t = 0; t < c.toks.n; t++)
      if (c.toks.v[t].kind == QTOK_QUOTE) attribute_one(&c, t);
  }
  free(c.frame_first);
  free(c.frame_words);
  EL_VEC_FREE(c.toks);
  return st;
}
