/*
 * segment.c — paragraphs, sentences and tokens for doc->text.
 *
 * Every line is a paragraph (articles come one paragraph per line, with or
 * without blank lines between).  Boilerplate spans (doc->skip) are cut out
 * of their line; sentences never cross a line or a skipped span.  A sentence
 * ends at . ! ? … (plus adjacent closing quotes/brackets) when the next token
 * starts a sentence (capital, digit, opening quote); after an abbreviation
 * that keeps its period ("U.S.", "a.m.", "J.") only when the next word is a
 * typical sentence starter ("In", "The", "He" ...); never after a title
 * ("Mr.", "Gen.").  Long runs are cut every EL_MAX_SENT_TOKENS tokens.
 */
#include <string.h>

#include <utf8proc.h>

#include "text/text.h"
#include "text/text_internal.h"

#define EL_MAX_SENT_TOKENS 2000

/* Closed-class words that typically open a sentence (lowercase). */
static const char *const starters[] = {
    "the",        "a",         "an",           "in",          "on",           "at",
    "he",         "she",       "it",           "they",        "we",           "i",
    "you",        "this",      "that",         "these",       "those",        "his",
    "her",        "their",     "its",          "our",         "my",           "your",
    "but",        "and",       "or",           "so",          "yet",          "however",
    "meanwhile",  "after",     "before",       "when",        "while",        "as",
    "if",         "although",  "though",       "since",       "there",        "despite",
    "during",     "according", "last",         "next",        "for",          "with",
    "from",       "by",        "to",           "what",        "who",          "why",
    "how",        "where",     "both",         "all",         "some",         "many",
    "most",       "one",       "no",           "not",         "then",         "also",
    "still",      "now",       "later",        "earlier",     "today",        "yesterday",
    "tomorrow",   "instead",   "moreover",     "furthermore", "additionally", "indeed",
    "thus",       "therefore", "nevertheless", "nonetheless", "under",        "over",
    "among",      "between",   "following",    "until",       "because",      "once",
    "each",       "every",     "other",        "such",        "neither",      "either",
    "here",       "even",      "only",         "just",        "several",      "any",
    "asked",      "speaking",  "officials",    "critics",     "analysts",     "experts",
    "two",        "three",     "him",          "them",        "those",        "while",
    "unlike",     "like",      "given",        "earlier",     "previously",   "currently",
    "separately", "similarly", "finally",      "first",       "second",       "third",
    NULL};

/* Words after "5 p.m." that continue the time expression. */
static const char *const time_followers[] = {
    "et",      "est",     "edt",     "ct",       "cst",   "cdt",  "mt",  "mst",
    "mdt",     "pt",      "pst",     "pdt",      "gmt",   "utc",  "bst", "cet",
    "eastern", "pacific", "central", "mountain", "local", "time", NULL};

static bool tok_in(const el_doc *doc, const el_token *t, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (text_token_is(doc, t, list[i])) return true;
  return false;
}

static int32_t first_cp(const el_doc *doc, const el_token *t) {
  int32_t cp;
  text_utf8_decode(doc->text, t->end, t->start, &cp);
  return cp;
}

static bool is_closer(const el_doc *doc, const el_token *t) {
  int32_t cp = first_cp(doc, t);
  if (t->end - t->start != (uint32_t)(cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3)) return false;
  return cp == ')' || cp == ']' || cp == '}' || cp == '"' || cp == '\'' || cp == 0x201D ||
         cp == 0x2019 || cp == 0x00BB || cp == 0x203A || cp == 0x300D || cp == 0x300F;
}

/* '.' '!' '?' '…' '...' '?!' */
static bool is_final_punct(const el_doc *doc, const el_token *t) {
  if (!(t->flags & EL_TOK_PUNCT) || (t->flags & EL_TOK_QUOTE)) return false;
  int32_t cp = first_cp(doc, t);
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F;
}

static bool ends_with_period(const el_doc *doc, const el_token *t) {
  return (t->flags & EL_TOK_WORD) && t->end - t->start > 1 && doc->text[t->end - 1] == '.';
}

/* Does the token look like the first token of a sentence? */
static bool opens_sentence(const el_doc *doc, const el_token *t, const el_token *prev) {
  if (t->flags & (EL_TOK_CAP | EL_TOK_NUM)) return true;
  if (t->flags & EL_TOK_QUOTE) return t->start > prev->end; /* opening: space before */
  int32_t cp = first_cp(doc, t);
  if (cp == '(' || cp == '[' || cp == 0x00BF || cp == 0x00A1) return true;
  if (t->flags & EL_TOK_WORD) { /* "#Tag", "@user", non-cased scripts */
    if (cp == '#' || cp == '@') return true;
    return !text_is_letter(cp) || utf8proc_category(cp) != UTF8PROC_CATEGORY_LL;
  }
  return false;
}

static el_status push_sent(el_doc *doc, size_t b, size_t e, uint32_t para) {
  if (e <= b) return EL_OK;
  el_sentence *s = EL_VEC_PUSH(doc->sents);
  if (!s) return EL_ERR_NOMEM;
  s->start = doc->toks.v[b].start;
  s->end = doc->toks.v[e - 1].end;
  s->tok_begin = (uint32_t)b;
  s->tok_end = (uint32_t)e;
  s->para = para;
  return EL_OK;
}

/* Should a sentence end after token t (terminator) given the next token? */
static bool split_here(const el_doc *doc, size_t t, size_t next) {
  const el_token *tt = &doc->toks.v[t], *nt = &doc->toks.v[next];
  const el_token *last = &doc->toks.v[next - 1];
  if (ends_with_period(doc, tt)) {
    text_abbr a = text_abbr_class(doc->text + tt->start, tt->end - tt->start);
    switch (a) {
      case ABBR_TITLE:
      case ABBR_INNER:
        return false;
      case ABBR_TIME:
        if (nt->flags & EL_TOK_QUOTE) return nt->start > last->end;
        return (nt->flags & EL_TOK_CAP) && !tok_in(doc, nt, time_followers);
      case ABBR_WEAK:
        if (nt->flags & EL_TOK_QUOTE) return nt->start > last->end;
        return (nt->flags & EL_TOK_CAP) && tok_in(doc, nt, starters);
      case ABBR_NONE:
        break; /* "Voz.us." cannot happen: the period is a token then */
    }
  }
  return opens_sentence(doc, nt, last);
}

static el_status segment_tokens(el_doc *doc, size_t tb, size_t te, uint32_t para) {
  size_t begin = tb;
  el_status st;
  for (size_t t = tb; t < te; t++) {
    if (t + 1 - begin >= EL_MAX_SENT_TOKENS) {
      if ((st = push_sent(doc, begin, t + 1, para)) != EL_OK) return st;
      begin = t + 1;
      continue;
    }
    const el_token *tt = &doc->toks.v[t];
    if (!is_final_punct(doc, tt) && !ends_with_period(doc, tt)) continue;
    size_t u = t; /* absorb adjacent closers and further terminators */
    while (u + 1 < te && doc->toks.v[u + 1].start == doc->toks.v[u].end &&
           (is_closer(doc, &doc->toks.v[u + 1]) || is_final_punct(doc, &doc->toks.v[u + 1])))
      u++;
    if (u + 1 >= te) break; /* the range ends here anyway */
    if (split_here(doc, t, u + 1)) {
      if ((st = push_sent(doc, begin, u + 1, para)) != EL_OK) return st;
      begin = u + 1;
    }
    t = u;
  }
  return push_sent(doc, begin, te, para);
}

el_status text_segment(el_doc *doc) {
  doc->sents.n = 0;
  doc->toks.n = 0;
  if (!doc->text) return EL_OK;
  size_t skip_i = 0;
  uint32_t para = 0;
  size_t pos = 0;
  el_status st;
  while (pos < doc->len) {
    const char *nl = memchr(doc->text + pos, '\n', doc->len - pos);
    size_t line_end = nl ? (size_t)(nl - doc->text) : doc->len;
    size_t para_tok0 = doc->toks.n;
    size_t piece = pos;
    while (piece < line_end) {
      while (skip_i < doc->skip.n && doc->skip.v[skip_i].end <= piece) skip_i++;
      size_t piece_end = line_end;
      size_t next_piece = line_end;
      if (skip_i < doc->skip.n && doc->skip.v[skip_i].start < line_end) {
        const el_span *sp = &doc->skip.v[skip_i];
        if (sp->start <= piece) { /* inside a skipped span */
          piece = sp->end < line_end ? sp->end : line_end;
          continue;
        }
        piece_end = sp->start;
        next_piece = sp->end < line_end ? sp->end : line_end;
      }
      size_t t0 = doc->toks.n;
      if ((st = text_tokenize_range(doc, piece, piece_end)) != EL_OK) return st;
      if ((st = segment_tokens(doc, t0, doc->toks.n, para)) != EL_OK) return st;
      piece = next_piece;
    }
    if (doc->toks.n > para_tok0) para++;
    pos = line_end + 1;
  }
  return EL_OK;
}
