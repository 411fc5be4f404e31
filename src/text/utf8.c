/*
 * utf8.c — UTF-8 decoding, validation and repair, and the Unicode character
 * classes the tokenizer needs (via utf8proc).  Invalid input is replaced by
 * U+FFFD one "maximal subpart" at a time (Unicode best practice), so an
 * overlong "\xC0\xAF" gives two replacement characters.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text/text.h"
#include "text/text_internal.h"

size_t text_utf8_check(const unsigned char *s, size_t len, size_t i, int32_t *cp) {
  unsigned c = s[i];
  if (c < 0x80) {
    *cp = (int32_t)c;
    return 1;
  }
  size_t need;
  uint32_t v;
  unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    v = c & 0x0F;
    if (c == 0xE0)
      lo = 0xA0; /* overlong */
    else if (c == 0xED)
      hi = 0x9F; /* surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    v = c & 0x07;
    if (c == 0xF0)
      lo = 0x90; /* overlong */
    else if (c == 0xF4)
      hi = 0x8F; /* > U+10FFFF */
  } else {
    *cp = -1;
    return 1; /* C0, C1, F5..FF, stray continuation */
  }
  size_t k;
  for (k = 1; k <= need; k++) {
    if (i + k >= len) break;
    unsigned b = s[i + k];
    unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
    v = (v << 6) | (b & 0x3F);
  }
  if (k <= need) {
    *cp = -1;
    return k; /* maximal subpart: lead plus the valid continuation bytes */
  }
  *cp = (int32_t)v;
  return need + 1;
}

/* the non-ASCII half of text_utf8_decode (text.h) */
size_t text_utf8_decode_multi(const char *s, size_t len, size_t i, int32_t *cp) {
  size_t n = text_utf8_check((const unsigned char *)s, len, i, cp);
  if (*cp < 0) *cp = 0xFFFD;
  return n;
}

size_t text_utf8_prev(const char *s, size_t i) {
  size_t n = 0;
  while (i > 0 && n < 4) {
    i--;
    n++;
    if (((unsigned char)s[i] & 0xC0) != 0x80) break;
  }
  return n;
}

bool text_utf8_valid(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    int32_t cp;
    size_t n = text_utf8_check(u, len, i, &cp);
    if (cp < 0) return false;
    i += n;
  }
  return true;
}

el_status text_utf8_repair(const char *s, size_t len, char **out, size_t *outlen, size_t *invalid) {
  const unsigned char *u = (const unsigned char *)s;
  size_t bad = 0, cap = len + 16;
  char *o = malloc(cap);
  if (!o) return EL_ERR_NOMEM;
  size_t n = 0, i = 0;
  while (i < len) {
    int32_t cp;
    size_t k = text_utf8_check(u, len, i, &cp);
    if (cap - n < 8) {
      size_t ncap = cap * 2;
      char *p = realloc(o, ncap);
      if (!p) {
        free(o);
        return EL_ERR_NOMEM;
      }
      o = p;
      cap = ncap;
    }
    if (cp < 0) {
      memcpy(o + n, "\xEF\xBF\xBD", 3);
      n += 3;
      bad += k;
    } else {
      memcpy(o + n, s + i, k);
      n += k;
    }
    i += k;
  }
  o[n] = '\0';
  *out = o;
  *outlen = n;
  if (invalid) *invalid = bad;
  return EL_OK;
}

/* the non-ASCII halves of text_is_letter / text_is_upper (text.h) */
bool text_is_letter_multi(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

bool text_is_upper_multi(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool text_is_digit(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool text_is_space(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
         c == UTF8PROC_CATEGORY_CF || c == UTF8PROC_CATEGORY_CC || cp == 0xFFFD;
}
