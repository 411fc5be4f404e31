/*
 * text_internal.h — helpers shared by the files of the text stage only.
 */
#ifndef EL_TEXT_INTERNAL_H
#define EL_TEXT_INTERNAL_H
#include <stddef.h>
#include <stdint.h>

#include "eventline.h"

/* Check one UTF-8 sequence at s[i]: returns its length and sets *cp, or, for
 * an invalid sequence, the length of the maximal invalid subpart and
 * *cp = -1. */
size_t text_utf8_check(const unsigned char *s, size_t len, size_t i, int32_t *cp);
bool text_is_digit(int32_t cp);
/* Whitespace for the tokenizer: spaces, separators, format/control chars. */
bool text_is_space(int32_t cp);

/* Tokenize doc->text[start, end) (one paragraph piece outside boilerplate)
 * appending to doc->toks. */
el_status text_tokenize_range(el_doc *doc, size_t start, size_t end);
/* Quotation mark / dash / closing bracket classes used by both files. */
bool text_is_quote_cp(int32_t cp);
bool text_is_dash_cp(int32_t cp);
/* Abbreviation classes for a word token that includes its final period
 * (key is the token text without the period). */
typedef enum {
  ABBR_NONE = 0,
  ABBR_TITLE, /* Mr. Dr. Gen. Sen.: a name follows, never a sentence end */
  ABBR_INNER, /* e.g. i.e. vs. cf. No.: never a sentence end */
  ABBR_TIME,  /* a.m. p.m. */
  ABBR_WEAK   /* U.S. D.C. Jan. Inc. J.: end only before a sentence starter */
} text_abbr;
text_abbr text_abbr_class(const char *s, size_t n);

/* ASCII helpers. */
static inline int text_ascii_lower(int c) {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}
#endif
