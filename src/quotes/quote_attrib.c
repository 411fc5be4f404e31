/*
 * quote_attrib.c — who said it.  Builds a word stream of the text OUTSIDE
 * quotes (so names inside a quote never count), maps doc->actors mentions
 * onto it, then tries per quote, in order:
 *   right:   "...," Petro said / said the Colombian leader / , according to X
 *   colon:   Blinken ... said: "..."
 *   left:    nearest verb of saying before the quote in its sentence, and
 *            that verb's subject (nearest mention before it; the clause
 *            subject for ", saying"/"and said"; "said X"/"by X" after it)
 *   according to X anywhere in the sentence
 *   a quote-only sentence: the previous sentence's speaker (continuation)
 *            or the subject of a previous sentence of saying (context).
 * Also flags titles/labels ("his book \"...\"", nicknames).  A subject
 * pronoun with no resolved mention gives speaker unknown, never a guess.
 * Per-quote work is bounded by a token window, so the stage stays linear.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/text.h"

#define LEFT_WINDOW 80 /* tokens scanned back from a quote */

/* ---- the word stream ------------------------------------------------- */

static bool word_char(int32_t cp) {
  return text_is_letter(cp) || (cp >= '0' && cp <= '9');
}

/* Lowercase ASCII copy of a token into buf (UTF-8 bytes kept). */
static size_t tok_lower(const el_doc *doc, const quote_tok *t, char *buf, size_t n) {
  size_t k = 0;
  for (uint32_t i = t->start; i < t->end && k + 1 < n; i++) {
    char c = doc->text[i];
    buf[k++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  buf[k] = '\0';
  return k;
}

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

static const char *const subject_pronouns[] = {"he", "she", "they", "i", "we", "you", NULL};
static const char *const possessives[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
static const char *const determiners[] = {"a",     "an",   "the",   "his", "her",
                                          "their", "its",  "our",   "my",  "your",
                                          "this",  "that", "these", "new", NULL};
static const char *const coordinators[] = {"and", "but", "or", "then", "yet", NULL};
static const char *const adverbs[] = {"also",    "later", "then",       "further",  "again",
                                      "earlier", "once",  "previously", "recently", "simply",
                                      "just",    "has",   "had",        "have",     "would",
                                      "will",    "did",   "had",        "was",      NULL};

static bool is_adverb(const el_doc *doc, const quote_tok *t) {
  if (t->kind != QTOK_WORD || t->cap) return false;
  size_t n = t->end - t->start;
  if (n > 3 && doc->text[t->end - 2] == 'l' && doc->text[t->end - 1] == 'y') return true;
  return tok_in(doc, t, adverbs);
}

static el_status push_tok(quote_tok_vec *v, uint32_t s, uint32_t e, uint8_t kind, char punct,
                          int32_t quote) {
  quote_tok *t = EL_VEC_PUSH(*v);
  if (!t) return EL_ERR_NOMEM;
  t->start = s;
  t->end = e;
  t->kind = kind;
  t->punct = punct;
  t->mention = -1;
  t->quote = quote;
  t->frame = -1;
  return EL_OK;
}

static el_status build_tokens(const quote_lexicon *lx, const el_doc *doc,
                              const quote_span_vec *spans, const quote_frame_vec *frames,
                              quote_tok_vec *out) {
  const char *t = doc->text;
  size_t len = doc->len, i = 0, k = 0;
  el_status st;
  while (i < len) {
    if (k < spans->n && i >= spans->v[k].open) {
      const quote_span *q = &spans->v[k];
      if ((st = push_tok(out, q->open, q->close, QTOK_QUOTE, 0, (int32_t)k)) != EL_OK) return st;
      i = q->close > i ? q->close : i + 1;
      k++;
      continue;
    }
    int32_t cp;
    size_t n = text_utf8_decode(t, len, i, &cp);
    if (word_char(cp)) {
      size_t j = i + n;
      while (j < len) {
        int32_t c2;
        size_t m = text_utf8_decode(t, len, j, &c2);
        if (word_char(c2)) {
          j += m;
          continue;
        }
        /* inner ' ’ - . joined when a letter follows: so-called, U.S., Petro’s */
        if ((c2 == '\'' || c2 == 0x2019 || c2 == '-' || c2 == '.') && j + m < len) {
          int32_t c3;
          text_utf8_decode(t, len, j + m, &c3);
          if (word_char(c3)) {
            j += m;
            continue;
          }
        }
        break;
      }
      if ((st = push_tok(out, (uint32_t)i, (uint32_t)j, QTOK_WORD, 0, -1)) != EL_OK) return st;
      quote_tok *w = &out->v[out->n - 1];
      w->cap = text_is_upper(cp);
      char buf[48];
      size_t bl = tok_lower(doc, w, buf, sizeof buf);
      w->lex = (uint8_t)quote_lexicon_class(lx, buf, bl);
      i = j;
      continue;
    }
    char p = 0;
    if (cp == ',' || cp == ':' || cp == ';' || cp == '.' || cp == '!' || cp == '?' || cp == '(' ||
        cp == ')')
      p = (char)cp;
    else if (cp == 0x2014 || cp == 0x2013 || cp == '-')
      p = '-';
    if (p && (st = push_tok(out, (uint32_t)i, (uint32_t)(i + n), QTOK_PUNCT, p, -1)) != EL_OK)
      return st;
    i += n;
  }
  /* frame of every token (both sorted by offset) */
  size_t f = 0;
  for (size_t j = 0; j < out->n; j++) {
    quote_tok *w = &out->v[j];
    if (w->kind == QTOK_QUOTE) {
      w->frame = spans->v[w->quote].frame;
      continue;
    }
    while (f < frames->n && frames->v[f].end <= w->start) f++;
    if (f < frames->n && frames->v[f].start <= w->start) w->frame = (int32_t)f;
  }
  return EL_OK;
}

/* ---- mentions onto tokens ------------------------------------------------ */

static int cmp_mention_start(const void *a, const void *b, const el_doc *doc) {
  const el_actor_mention *x = &doc->actors.v[*(const int32_t *)a];
  const el_actor_mention *y = &doc->actors.v[*(const int32_t *)b];
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return 0;
}

/* qsort has no context argument: sort indices with an insertion-free
 * merge sort instead. */
static void sort_mentions(int32_t *idx, int32_t *tmp, size_t n, const el_doc *doc) {
  for (size_t w = 1; w < n; w *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * w) {
      size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      size_t a = lo, b = mid, o = lo;
      while (a < mid && b < hi)
        tmp[o++] = cmp_mention_start(&idx[b], &idx[a], doc) < 0 ? idx[b++] : idx[a++];
      while (a < mid) tmp[o++] = idx[a++];
      while (b < hi) tmp[o++] = idx[b++];
    }
    memcpy(idx, tmp, n * sizeof *idx);
  }
}

static el_status map_mentions(const el_doc *doc, quote_tok_vec *toks) {
  size_t n = doc->actors.n;
  if (n == 0) return EL_OK;
  int32_t *idx = malloc(n * sizeof *idx), *tmp = malloc(n * sizeof *tmp);
  if (!idx || !tmp) {
    free(idx);
    free(tmp);
    return EL_ERR_NOMEM;
  }
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    const el_actor_mention *a = &doc->actors.v[i];
    if (a->start < a->end && a->end <= doc->len) idx[m++] = (int32_t)i;
  }
  sort_mentions(idx, tmp, m, doc);
  size_t t = 0;
  for (size_t i = 0; i < m; i++) {
    const el_actor_mention *a = &doc->actors.v[idx[i]];
    while (t < toks->n && toks->v[t].end <= a->start) t++;
    /* tokens inside [start, end); a longer mention wins an overlap */
    for (size_t j = t; j < toks->n && toks->v[j].start < a->end; j++) {
      quote_tok *w = &toks->v[j];
      if (w->kind != QTOK_WORD) continue;
      if (w->mention >= 0) {
        const el_actor_mention *b = &doc->actors.v[w->mention];
        if (b->end - b->start >= a->end - a->start) continue;
      }
      w->mention = idx[i];
    }
  }
  free(idx);
  free(tmp);
  return EL_OK;
}

/* ---- attribution ------------------------------------------------------------- */

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

#define NO_SPEAKER (-1)
#define STOP_UNKNOWN (-2) /* an unresolved pronoun: the speaker is unknown */

static bool mention_usable(const el_doc *doc, int32_t m) {
  const el_actor_mention *a = &doc->actors.v[m];
  return a->code[0] || a->name;
}

/* Speaker from the token at j: a mention, an unresolved subject pronoun
 * (STOP_UNKNOWN), or NO_SPEAKER. */
static int32_t speaker_at(const attrib_ctx *c, size_t j) {
  const quote_tok *t = &c->toks.v[j];
  if (t->kind != QTOK_WORD) return NO_SPEAKER;
  if (tok_in(c->doc, t, possessives)) return NO_SPEAKER;
  if (t->mention >= 0) return mention_usable(c->doc, t->mention) ? t->mention : STOP_UNKNOWN;
  if (tok_in(c->doc, t, subject_pronouns)) return STOP_UNKNOWN;
  return NO_SPEAKER;
}

static bool is_possessive(const el_doc *doc, const quote_tok *t) {
  const char *e = doc->text + t->end;
  size_t n = t->end - t->start;
  return (n > 2 && e[-1] == 's' && e[-2] == '\'') ||
         (n > 4 && e[-1] == 's' && (unsigned char)e[-2] == 0x99 && (unsigned char)e[-3] == 0x80);
}

/* First subject-like mention of the frame before token limit: a person if
 * there is one, else the first actor. */
static int32_t first_subject(const attrib_ctx *c, size_t fbeg, size_t limit) {
  int32_t any = NO_SPEAKER;
  for (size_t j = fbeg; j < limit; j++) {
    int32_t s = speaker_at(c, j);
    if (s == STOP_UNKNOWN) return any != NO_SPEAKER ? any : STOP_UNKNOWN;
    if (s < 0) continue;
    if (c->doc->actors.v[s].is_person) return s;
    if (any == NO_SPEAKER) any = s;
  }
  return any;
}

/* A nameless title mention directly followed by a named person
 * ("U.S. Secretary of State Antony Blinken"): the person. */
static int32_t prefer_named(const attrib_ctx *c, size_t j, int32_t s) {
  if (s < 0 || c->doc->actors.v[s].name) return s;
  size_t e = j;
  while (e < c->toks.n && c->toks.v[e].mention == s) e++;
  if (e < c->toks.n && c->toks.v[e].mention >= 0 && e > j) {
    int32_t m = c->toks.v[e].mention;
    if (c->doc->actors.v[m].name && c->doc->actors.v[m].is_person) return m;
  }
  return s;
}

/* Mention right after token j (skipping determiners and "by"), before limit. */
static int32_t mention_after(const attrib_ctx *c, size_t j, size_t limit) {
  size_t skipped = 0;
  while (j < limit && skipped < 3 &&
         (tok_in(c->doc, &c->toks.v[j], determiners) || tok_is(c->doc, &c->toks.v[j], "by") ||
          is_adverb(c->doc, &c->toks.v[j]))) {
    j++;
    skipped++;
  }
  if (j >= limit) return NO_SPEAKER;
  return prefer_named(c, j, speaker_at(c, j));
}

/* The subject of the verb of saying at token v (frame begins at fbeg). */
static int32_t subject_of(const attrib_ctx *c, size_t v, size_t fbeg, size_t limit) {
  const quote_tok *vt = &c->toks.v[v];
  size_t p = v;
  while (p > fbeg && is_adverb(c->doc, &c->toks.v[p - 1])) p--;
  if (p > fbeg) {
    const quote_tok *prev = &c->toks.v[p - 1];
    bool clause = (vt->lex & QLEX_PART) && prev->kind == QTOK_PUNCT && prev->punct == ',';
    if (clause || tok_in(c->doc, prev, coordinators)) {
      int32_t s = first_subject(c, fbeg, p);
      if (s != NO_SPEAKER) return s;
    }
  }
  for (size_t j = p; j-- > fbeg;) {
    const quote_tok *t = &c->toks.v[j];
    if (t->kind == QTOK_PUNCT && t->punct == ';') break;
    int32_t s = speaker_at(c, j);
    if (s == NO_SPEAKER) continue;
    /* "Trump's spokesman said": the possessor is not the speaker */
    if (s >= 0 && !(vt->lex & QLEX_NOUN) && is_possessive(c->doc, t) && j + 1 < v &&
        c->toks.v[j + 1].kind == QTOK_WORD && !c->toks.v[j + 1].cap)
      return STOP_UNKNOWN;
    return s;
  }
  return mention_after(c, v + 1, limit); /* said Petro / described by Petro */
}

static bool same_referent(const el_doc *doc, int32_t a, int32_t b) {
  const el_actor_mention *x = &doc->actors.v[a], *y = &doc->actors.v[b];
  if (x->name && y->name) return strcmp(x->name, y->name) == 0;
  return !x->name && !y->name && x->code[0] && strcmp(x->code, y->code) == 0;
}

/* A subject pronoun cannot be its own verb's addressee ("he told Trump"):
 * when the actor stage resolved it to the person addressed between the verb
 * and the quote, take the nearest earlier named person that is not the
 * addressee; none -> unknown. */
static int32_t rebind_pronoun(const attrib_ctx *c, int32_t s, size_t v, size_t qt) {
  if (s < 0 || c->doc->actors.v[s].kind != EL_ACTOR_PRONOUN) return s;
  int32_t addressee = -1;
  for (size_t j = v + 1; j < qt; j++) {
    int32_t m = c->toks.v[j].mention;
    if (m >= 0 && same_referent(c->doc, s, m)) addressee = m;
  }
  if (addressee < 0) return s;
  size_t p = v;
  while (p > 0 && c->toks.v[p - 1].mention != s && v - p < LEFT_WINDOW) p--;
  size_t lo = p > 3 * LEFT_WINDOW ? p - 3 * LEFT_WINDOW : 0;
  for (size_t j = p; j-- > lo;) {
    int32_t m = c->toks.v[j].mention;
    if (m < 0 || m == s) continue;
    const el_actor_mention *am = &c->doc->actors.v[m];
    if (am->is_person && am->name && am->kind != EL_ACTOR_PRONOUN &&
        !same_referent(c->doc, m, addressee))
      return m;
  }
  return STOP_UNKNOWN;
}

static const char *cue_for(const el_doc *doc, int32_t speaker, const char *cue) {
  if (speaker >= 0 && doc->actors.v[speaker].kind == EL_ACTOR_PRONOUN) return "pronoun";
  return cue;
}

static void set_speaker(attrib_ctx *c, quote_attr *a, int32_t s, const char *cue, bool direct) {
  a->has_cue = true;
  a->direct = a->direct || direct;
  a->speaker = s >= 0 ? s : -1;
  a->cue = s >= 0 ? cue_for(c->doc, s, cue) : NULL;
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
  while (j > fbeg && (tok_in(doc, &c->toks.v[j - 1], determiners) ||
                      (c->toks.v[j - 1].kind == QTOK_PUNCT && c->toks.v[j - 1].punct == ',')))
    j--;
  if (j > fbeg && tok_is(doc, &c->toks.v[j - 1], "as")) {
    j--;
    return j > fbeg && (c->toks.v[j - 1].lex & QLEX_TITLE) &&
           !(c->toks.v[j - 1].lex & (QLEX_VERB | QLEX_PART));
  }
  return j > fbeg && (c->toks.v[j - 1].lex & QLEX_TITLE);
}

/* "..., Petro said" / "said Petro" after the quote. */
static bool attribute_right(attrib_ctx *c, size_t qt, quote_attr *a) {
  const el_doc *doc = c->doc;
  const quote_span *q = &c->spans->v[c->toks.v[qt].quote];
  if (q->unclosed || q->end <= q->start) return false;
  char last = doc->text[q->end - 1];
  size_t j = qt + 1, n = c->toks.n;
  bool comma_after = j < n && c->toks.v[j].kind == QTOK_PUNCT && c->toks.v[j].punct == ',';
  bool open_end = last == ',' || last == '?' || last == '!' || last == '-' ||
                  (unsigned char)last == 0x94 || (unsigned char)last == 0xA6;
  if (comma_after) j++;
  if (j >= n || !(open_end || comma_after ||
                  (last == '.' && c->toks.v[j].kind == QTOK_WORD && !c->toks.v[j].cap)))
    return false;
  if (c->toks.v[j].start > q->close + 8) return false; /* not right after */
  size_t limit = j + 12 < n ? j + 12 : n;
  /* said Petro / said the Colombian leader */
  size_t v = j;
  while (v < limit && is_adverb(doc, &c->toks.v[v])) v++;
  if (v < limit && (c->toks.v[v].lex & QLEX_VERB)) {
    int32_t s = mention_after(c, v + 1, limit);
    set_speaker(c, a, s, "said-after", true);
    return true;
  }
  /* Petro said / the Colombian leader said / he said / a senior official told */
  if (tok_is(doc, &c->toks.v[j], "according") && j + 1 < limit &&
      tok_is(doc, &c->toks.v[j + 1], "to")) {
    int32_t s2 = mention_after(c, j + 2, limit);
    if (s2 == NO_SPEAKER) return false;
    set_speaker(c, a, s2, "according-to", true);
    return true;
  }
  int32_t s = NO_SPEAKER;
  for (size_t e = j; e < limit && e < j + 8; e++) {
    const quote_tok *t = &c->toks.v[e];
    if (t->kind != QTOK_WORD) return false;
    if (e > j && (t->lex & (QLEX_VERB | QLEX_PART))) {
      set_speaker(c, a, s, "said-after", true);
      return true;
    }
    if (s == NO_SPEAKER) s = prefer_named(c, e, speaker_at(c, e));
  }
  return false;
}

/* "according to X" anywhere in the frame outside quotes. */
static bool attribute_according(attrib_ctx *c, size_t fbeg, size_t fend, quote_attr *a) {
  for (size_t j = fbeg; j + 2 < fend; j++) {
    if (tok_is(c->doc, &c->toks.v[j], "according") && tok_is(c->doc, &c->toks.v[j + 1], "to")) {
      int32_t s = mention_after(c, j + 2, fend);
      if (s != NO_SPEAKER) {
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
    if (t->kind == QTOK_PUNCT && t->punct == ';') return false;
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
  /* previous sentence ends with a colon: its verb's subject */
  const quote_tok *lastt = &c->toks.v[pend - 1];
  if (lastt->kind == QTOK_PUNCT && lastt->punct == ':') {
    size_t v;
    bool noun;
    int32_t s = saying_before(c, pbeg, pend - 1, &v, &noun) ? subject_of(c, v, pbeg, pend)
                                                            : first_subject(c, pbeg, pend);
    if (s == NO_SPEAKER) return false;
    set_speaker(c, a, s, "colon", true);
    return true;
  }
  /* previous sentence has an attributed quote: the same speaker goes on */
  for (size_t j = pend; j-- > pbeg;) {
    const quote_tok *t = &c->toks.v[j];
    if (t->kind != QTOK_QUOTE) continue;
    const quote_attr *pa = &c->attrs[t->quote];
    if (pa->title || pa->speaker < 0) break;
    set_speaker(c, a, pa->speaker, "continuation", false);
    return true;
  }
  if (fr->para_start) return false;
  /* previous sentence of saying in the same paragraph: its subject */
  size_t v;
  bool noun;
  size_t lo = pend;
  while (lo > pbeg && c->toks.v[lo - 1].kind == QTOK_PUNCT) lo--;
  if (!saying_before(c, pbeg, pend, &v, &noun)) return false;
  if (noun && v + 3 < lo) return false;
  int32_t s = subject_of(c, v, pbeg, pend);
  if (s < 0) return false;
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
  if (qt > fbeg && c->toks.v[qt - 1].kind == QTOK_PUNCT && c->toks.v[qt - 1].punct == ':') {
    int32_t s = saying_before(c, fbeg, qt - 1, &v, &noun) ? subject_of(c, v, fbeg, qt)
                                                          : first_subject(c, fbeg, qt - 1);
    set_speaker(c, a, s, "colon", true);
    if (a->speaker >= 0 || s == STOP_UNKNOWN) return;
  }
  if (saying_before(c, fbeg, qt, &v, &noun)) {
    int32_t s = rebind_pronoun(c, subject_of(c, v, fbeg, qt), v, qt);
    set_speaker(c, a, s, noun ? "statement" : "said-before", false);
    if (a->speaker >= 0 || s == STOP_UNKNOWN) return;
  }
  if (attribute_according(c, fbeg, fend, a)) return;
  if (!a->has_cue && f >= 0 && c->frame_words[f] == 0) attribute_context(c, f, a);
}

el_status quote_attribute(const quote_lexicon *lx, el_doc *doc, const quote_span_vec *spans,
                          const quote_frame_vec *frames, quote_attr *attrs) {
  attrib_ctx c = {.lx = lx, .doc = doc, .spans = spans, .frames = frames, .attrs = attrs};
  for (size_t i = 0; i < spans->n; i++) attrs[i] = (quote_attr){.speaker = -1};
  el_status st = build_tokens(lx, doc, spans, frames, &c.toks);
  if (st == EL_OK) st = map_mentions(doc, &c.toks);
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
