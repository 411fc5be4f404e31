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

/* Fill doc->skip with boilerplate regions (whole lines): "tracking",
 * "Related Sources: ...", image captions/credits, embed tails, mastheads. */
el_status text_mark_boilerplate(el_doc *doc);

/* Split doc->text outside doc->skip into doc->sents and doc->toks. */
el_status text_segment(el_doc *doc);

/* Standalone helpers reused by other stages. */
/* Decode one UTF-8 code point at s[i] (valid text); returns its length. */
size_t text_utf8_decode(const char *s, size_t len, size_t i, int32_t *cp);
/* Case-insensitive ASCII compare of a token with a word. */
bool text_token_is(const el_doc *doc, const el_token *t, const char *word);
#endif
