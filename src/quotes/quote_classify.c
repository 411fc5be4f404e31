/*
 * quote_classify.c — speech or not.  A quote is speech when a construction
 * of saying governs it ("described the meeting as \"positive\"") or when its
 * text reads like speech on its own (a clause: five words or more, inner
 * sentence punctuation, a first/second person pronoun).  Titles, nicknames
 * and labels (flagged by attribution), Title Case names without a direct
 * attribution, and short unattributed scare quotes are not speech.
 */
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/text.h"

static const char *const person_words[] = {"i",   "we",    "you", "me",       "us",   "my",
                                           "our", "your",  "i'm", "we're",    "i've", "we've",
                                           "i’m", "we’re", "yo",  "nosotros", NULL};

static bool word_is_person(const char *w, size_t n) {
  char buf[16];
  if (n >= sizeof buf) return false;
  for (size_t i = 0; i < n; i++) buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
  buf[n] = '\0';
  for (const char *const *p = person_words; *p; p++)
    if (strcmp(buf, *p) == 0) return true;
  return false;
}

/* Small function words that stay lowercase in a Title Case title. */
static bool title_small(const char *w, size_t n) {
  static const char *const small[] = {"a",  "an",  "the", "of",   "and", "or",  "in", "on", "at",
                                      "to", "for", "by",  "with", "de",  "del", "la", "el", NULL};
  for (const char *const *p = small; *p; p++)
    if (strlen(*p) == n && strncmp(w, *p, n) == 0) return true;
  return false;
}

bool quote_is_speech(const char *text, const quote_span *q, const quote_attr *a) {
  if (a->title) return false;
  if (a->direct) return true;
  size_t words = 0, caps = 0, smalls = 0;
  bool person = false, inner_punct = false;
  size_t i = q->start, end = q->end;
  /* Bounded: features of the first 400 bytes are enough. */
  if (end - i > 400) end = i + 400, inner_punct = true;
  while (i < end) {
    int32_t cp;
    size_t n = text_utf8_decode(text, end, i, &cp);
    if (text_is_letter(cp) || (cp >= '0' && cp <= '9')) {
      size_t j = i;
      bool upper = text_is_upper(cp);
      while (j < end) {
        int32_t c2;
        size_t m = text_utf8_decode(text, end, j, &c2);
        if (!(text_is_letter(c2) || (c2 >= '0' && c2 <= '9') || c2 == '\'' || c2 == 0x2019 ||
              c2 == '-'))
          break;
        j += m;
      }
      words++;
      if (upper)
        caps++;
      else if (title_small(text + i, j - i))
        smalls++;
      if (word_is_person(text + i, j - i)) person = true;
      i = j;
      continue;
    }
    if ((cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == ',') && i + n < end)
      inner_punct = true;
    i += n;
  }
  bool title_case = words >= 2 && caps + smalls == words && caps >= 2 && !inner_punct;
  if (title_case) return false;
  if (a->has_cue) return true;
  return words >= 5 || inner_punct || person;
}
