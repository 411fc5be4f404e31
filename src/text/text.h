/*
 * text.h — the text stage: raw bytes -> clean normalized text -> sentences
 * and tokens.  Owns: UTF-8 validation/repair, NFC (utf8proc), boilerplate
 * marking, sentence splitting, tokenization.  All offsets index doc->text.
 */
#ifndef EL_TEXT_H
#define EL_TEXT_H
#include "eventline.h"

/* Copy raw bytes into doc->text: invalid UTF-8 (incl. overlong forms and
 * surrogates) -> U+FFFD counted in doc->invalid_bytes; NUL and C0 controls
 * other than \n \t dropped; CRLF/CR -> LF; bidi overrides dropped; NFC.
 * Sets doc->len and doc->hash (SHA-256 hex of the normalized text).
 * EL_ERR_INPUT if the result is empty/whitespace only, or looks binary
 * (more than 10% of bytes invalid or control). */
el_status text_normalize(el_doc *doc, const char *raw, size_t len);

/* Same as text_normalize; on EL_ERR_INPUT *reason (if not NULL) is set to a
 * static human-readable reason ("empty text", "binary data ...", "invalid
 * UTF-8 ...").  Also: Unicode space separators (NBSP ...) become ' ',
 * U+2028/U+2029 become '\n', a BOM / soft hyphen is dropped. */
el_status text_normalize_reason(el_doc *doc, const char *raw, size_t len, const char **reason);

/* Fill doc->skip with boilerplate regions (whole lines): "tracking",
 * "Related Sources: ...", image captions/credits, embed tails, mastheads. */
el_status text_mark_boilerplate(el_doc *doc);

/* Split doc->text outside doc->skip into doc->sents and doc->toks. */
el_status text_segment(el_doc *doc);

/* Standalone helpers reused by other stages. */
/* Decode one UTF-8 code point at s[i] (valid text); returns its length
 * (>= 1 even on a stray invalid byte, which yields U+FFFD). */
size_t text_utf8_decode_multi(const char *s, size_t len, size_t i, int32_t *cp);
static inline size_t text_utf8_decode(const char *s, size_t len, size_t i, int32_t *cp) {
  /* ASCII inline: most bytes of English news, decoded without a call */
  if ((unsigned char)s[i] < 0x80) {
    *cp = (unsigned char)s[i];
    return 1;
  }
  return text_utf8_decode_multi(s, len, i, cp);
}
/* Length of the UTF-8 sequence ending right before s[i] (i > 0). */
size_t text_utf8_prev(const char *s, size_t i);
/* True when s[0..len) is valid UTF-8 (no overlongs, surrogates). */
bool text_utf8_valid(const char *s, size_t len);
/* Copy s with every invalid UTF-8 sequence replaced by U+FFFD into a new
 * malloc'd NUL-terminated buffer (*out, *outlen); *invalid counts the bad
 * bytes.  EL_ERR_NOMEM on failure. */
el_status text_utf8_repair(const char *s, size_t len, char **out, size_t *outlen, size_t *invalid);

/* Case-insensitive ASCII compare of a token with a word. */
bool text_token_is(const el_doc *doc, const el_token *t, const char *word);
/* Lowercase (Unicode simple case folding) copy of a token into buf (size n,
 * NUL-terminated, truncated at a code point boundary); returns the length. */
size_t text_token_lower(const el_doc *doc, const el_token *t, char *buf, size_t n);
/* True when doc->text[start, end) holds word (ASCII, any case) as a whole
 * word: no letter or digit right before or after it. */
bool text_span_has_word(const el_doc *doc, uint32_t start, uint32_t end, const char *word);
/* Nouns that name one meeting of the parties ("the talks" told after "a
 * tense meeting" is that meeting): w (lower-case ASCII) is one of them;
 * doc->text[start, end) names one as a whole word. */
bool text_is_meeting_noun(const char *w);
bool text_span_names_meeting(const el_doc *doc, uint32_t start, uint32_t end);
/* Index of the sentence containing byte offset off, or -1 (binary search). */
int32_t text_sentence_at(const el_doc *doc, uint32_t off);
/* Index of the first token whose end is > off, or doc->toks.n. */
size_t text_token_at(const el_doc *doc, uint32_t off);
/* True when [start, end) overlaps a boilerplate span in doc->skip. */
bool text_in_skip(const el_doc *doc, uint32_t start, uint32_t end);
/* True for letters in the sense of the tokenizer (Unicode L* and M*). */
bool text_is_letter_multi(int32_t cp);
static inline bool text_is_letter(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return text_is_letter_multi(cp);
}
/* True for an uppercase/titlecase letter (Lu, Lt). */
bool text_is_upper_multi(int32_t cp);
static inline bool text_is_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return text_is_upper_multi(cp);
}
#endif
