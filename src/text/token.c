/*
 * token.c — small lookups over the text stage's output that other stages
 * use: token comparison and lowercasing, a whole word in a span,
 * sentence/token at an offset, boilerplate overlap.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "text/text.h"
#include "text/text_internal.h"

bool text_token_is(const el_doc *doc, const el_token *t, const char *word) {
  size_t n = t->end - t->start;
  const char *s = doc->text + t->start;
  /* no strlen(): a mismatch usually shows at the first byte */
  for (size_t i = 0; i < n; i++)
    if (!word[i] ||
        text_ascii_lower((unsigned char)s[i]) != text_ascii_lower((unsigned char)word[i]))
      return false;
  return word[n] == '\0';
}

bool text_span_has_word(const el_doc *doc, uint32_t start, uint32_t end, const char *word) {
  size_t n = strlen(word);
  const char *t = doc->text;
  for (uint32_t i = start; n && i + n <= end; i++) {
    if (i > start && isalnum((unsigned char)t[i - 1])) continue;
    if (strncasecmp(t + i, word, n) != 0) continue;
    if (i + n == end || !isalnum((unsigned char)t[i + n])) return true;
  }
  return false;
}

static const char *const MEETING_NOUNS[] = {"meeting", "meetings",     "talks",
                                            "summit",  "negotiations", "session"};

bool text_is_meeting_noun(const char *w) {
  for (size_t i = 0; i < sizeof MEETING_NOUNS / sizeof *MEETING_NOUNS; i++)
    if (!strcmp(w, MEETING_NOUNS[i])) return true;
  return false;
}

bool text_span_names_meeting(const el_doc *doc, uint32_t start, uint32_t end) {
  for (size_t i = 0; i < sizeof MEETING_NOUNS / sizeof *MEETING_NOUNS; i++)
    if (text_span_has_word(doc, start, end, MEETING_NOUNS[i])) return true;
  return false;
}

size_t text_token_lower(const el_doc *doc, const el_token *t, char *buf, size_t n) {
  if (n == 0) return 0;
  size_t o = 0, i = t->start;
  while (i < t->end) {
    int32_t cp;
    size_t k = text_utf8_decode(doc->text, t->end, i, &cp);
    i += k;
    cp = cp < 0x80 ? text_ascii_lower(cp) : utf8proc_tolower(cp);
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(cp, enc);
    if (m <= 0 || o + (size_t)m >= n) break;
    memcpy(buf + o, enc, (size_t)m);
    o += (size_t)m;
  }
  buf[o] = '\0';
  return o;
}

int32_t text_sentence_at(const el_doc *doc, uint32_t off) {
  size_t lo = 0, hi = doc->sents.n;
  while (lo < hi) { /* first sentence with end > off */
    size_t mid = lo + (hi - lo) / 2;
    if (doc->sents.v[mid].end <= off)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < doc->sents.n && doc->sents.v[lo].start <= off) return (int32_t)lo;
  return -1;
}

size_t text_token_at(const el_doc *doc, uint32_t off) {
  size_t lo = 0, hi = doc->toks.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->toks.v[mid].end <= off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

bool text_in_skip(const el_doc *doc, uint32_t start, uint32_t end) {
  size_t lo = 0, hi = doc->skip.n;
  while (lo < hi) { /* first span with end > start */
    size_t mid = lo + (hi - lo) / 2;
    if (doc->skip.v[mid].end <= start)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < doc->skip.n && doc->skip.v[lo].start < end;
}
