/*
 * normalize.c — raw bytes -> doc->text: UTF-8 repair, control/bidi removal,
 * line-end unification, NFC (utf8proc) and the SHA-256 content hash.
 *
 * Linear in the input: one decoding pass, then NFC on chunks that end right
 * before an ASCII character (ASCII never composes with what precedes it, so
 * chunk borders cannot change the result), skipping pure-ASCII chunks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <utf8proc.h>

#include "text/text.h"
#include "text/text_internal.h"

typedef struct {
  char *p;
  size_t n, cap;
} byte_buf;

static int buf_grow(byte_buf *b, size_t extra) {
  if (b->cap - b->n >= extra) return 0;
  size_t ncap = b->cap ? b->cap : 256;
  while (ncap - b->n < extra) {
    if (ncap > SIZE_MAX / 2) return -1;
    ncap *= 2;
  }
  char *p = realloc(b->p, ncap);
  if (!p) return -1;
  b->p = p;
  b->cap = ncap;
  return 0;
}

static int buf_add(byte_buf *b, const char *s, size_t n) {
  if (buf_grow(b, n + 1)) return -1;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  return 0;
}

/* Code points removed without a trace: bidi embeddings/overrides/isolates,
 * direction marks, BOM, soft hyphen. */
static bool is_dropped(int32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
         cp == 0x200F || cp == 0x061C || cp == 0xFEFF || cp == 0x00AD;
}

/* Pass 1: decode, repair and clean.  Counts invalid and control bytes. */
static el_status clean_pass(const char *raw, size_t len, byte_buf *out, size_t *invalid,
                            size_t *control, bool *ascii_only) {
  const unsigned char *u = (const unsigned char *)raw;
  size_t i = 0;
  bool ascii = true;
  if (buf_grow(out, len + len / 8 + 16)) return EL_ERR_NOMEM;
  while (i < len) {
    unsigned c = u[i];
    if (c >= 0x20 && c < 0x7F) { /* fast path: printable ASCII run */
      size_t j = i + 1;
      while (j < len && u[j] >= 0x20 && u[j] < 0x7F) j++;
      if (buf_add(out, raw + i, j - i)) return EL_ERR_NOMEM;
      i = j;
      continue;
    }
    if (c < 0x80) {
      if (c == '\n' || c == '\t') {
        if (buf_add(out, raw + i, 1)) return EL_ERR_NOMEM;
      } else if (c == '\r') {
        if (buf_add(out, "\n", 1)) return EL_ERR_NOMEM;
        if (i + 1 < len && u[i + 1] == '\n') i++;
      } else {
        (*control)++; /* NUL, other C0, DEL */
      }
      i++;
      continue;
    }
    int32_t cp;
    size_t k = text_utf8_check(u, len, i, &cp);
    if (cp < 0) {
      *invalid += k;
      if (buf_add(out, "\xEF\xBF\xBD", 3)) return EL_ERR_NOMEM;
      ascii = false;
    } else if (cp < 0xA0) {
      (*control)++; /* C1 controls */
    } else if (is_dropped(cp)) {
      /* nothing */
    } else if (cp == 0x2028 || cp == 0x2029) {
      if (buf_add(out, "\n", 1)) return EL_ERR_NOMEM;
    } else if (utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) {
      if (buf_add(out, " ", 1)) return EL_ERR_NOMEM;
    } else {
      if (buf_add(out, raw + i, k)) return EL_ERR_NOMEM;
      ascii = false;
    }
    i += k;
  }
  *ascii_only = ascii;
  return EL_OK;
}

/* Pass 2: NFC.  The text is cut before every ASCII character (ASCII never
 * composes with what precedes it, so the cuts cannot change the result);
 * a run whose code points are all plain starters (no canonical
 * decomposition, combining class 0, never the second of a composition) is
 * copied, the others are normalized by utf8proc in a stack buffer. */
static bool nfc_plain(int32_t cp) {
  if (cp >= 0x1100 && cp <= 0x11FF) return false; /* Hangul jamo compose */
  if (cp >= 0xAC00 && cp <= 0xD7A3) return false; /* Hangul syllables */
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  if (p->combining_class != 0) return false;
  if (p->comb_index != UINT16_MAX) return false; /* takes part in compositions */
  if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) return false;
  return true;
}

#define NFC_STACK 512
static el_status nfc_run(const char *s, size_t n, byte_buf *out) {
  utf8proc_int32_t buf[NFC_STACK];
  utf8proc_option_t opt = UTF8PROC_COMPOSE | UTF8PROC_STABLE;
  utf8proc_ssize_t m =
      utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, NFC_STACK, opt);
  if (m >= 0 && m <= NFC_STACK) {
    m = utf8proc_reencode(buf, m, opt); /* composes, then UTF-8 in place */
    if (m < 0) return EL_ERR_NOMEM;
    return buf_add(out, (const char *)buf, (size_t)m) ? EL_ERR_NOMEM : EL_OK;
  }
  utf8proc_uint8_t *dst = NULL; /* long run without ASCII: heap */
  m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst, opt);
  if (m < 0) {
    free(dst);
    return EL_ERR_NOMEM; /* the input is valid UTF-8, so only OOM */
  }
  int r = buf_add(out, (const char *)dst, (size_t)m);
  free(dst);
  return r ? EL_ERR_NOMEM : EL_OK;
}

static el_status nfc_pass(const char *s, size_t len, byte_buf *out) {
  if (buf_grow(out, len + 16)) return EL_ERR_NOMEM;
  size_t i = 0, copied = 0;
  while (i < len) {
    if (!((unsigned char)s[i] & 0x80)) {
      i++;
      continue;
    }
    /* a non-ASCII run [a, b), with the ASCII char before it (a starter
       that following marks may compose with) */
    size_t a = i, b = i;
    bool plain = true;
    while (b < len && ((unsigned char)s[b] & 0x80)) {
      int32_t cp;
      b += text_utf8_decode(s, len, b, &cp);
      if (plain && !nfc_plain(cp)) plain = false;
    }
    if (!plain) {
      if (a > copied) a--; /* include the preceding ASCII starter */
      if (buf_add(out, s + copied, a - copied)) return EL_ERR_NOMEM;
      el_status st = nfc_run(s + a, b - a, out);
      if (st != EL_OK) return st;
      copied = b;
    }
    i = b;
  }
  return buf_add(out, s + copied, len - copied) ? EL_ERR_NOMEM : EL_OK;
}

static void sha256_hex(const char *s, size_t n, char hex[65]) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int mdlen = 0;
  if (!EVP_Digest(s, n, md, &mdlen, EVP_sha256(), NULL)) mdlen = 0;
  static const char digits[] = "0123456789abcdef";
  for (unsigned i = 0; i < mdlen && i < 32; i++) {
    hex[2 * i] = digits[md[i] >> 4];
    hex[2 * i + 1] = digits[md[i] & 15];
  }
  hex[mdlen < 32 ? 2 * mdlen : 64] = '\0';
}

static bool only_space(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t') return false;
  return true;
}

el_status text_normalize_reason(el_doc *doc, const char *raw, size_t len, const char **reason) {
  const char *why = NULL;
  if (reason) *reason = NULL;
  doc->invalid_bytes = 0;
  doc->len = 0;
  doc->hash[0] = '\0';
  if (!raw || len == 0) {
    if (reason) *reason = "empty text";
    return EL_ERR_INPUT;
  }
  byte_buf clean = {0}, nfc = {0};
  size_t invalid = 0, control = 0;
  bool ascii = true;
  el_status st = clean_pass(raw, len, &clean, &invalid, &control, &ascii);
  if (st != EL_OK) goto done;
  doc->invalid_bytes = invalid;
  if ((invalid + control) * 10 > len) {
    /* text in a wrong encoding has few control bytes; binary data many */
    why = control * 50 > len ? "binary data (control or NUL bytes)"
                             : "invalid UTF-8 (more than 10% of bytes; wrong encoding?)";
    st = EL_ERR_INPUT;
    goto done;
  }
  if (only_space(clean.p, clean.n)) {
    why = "empty text (whitespace only)";
    st = EL_ERR_INPUT;
    goto done;
  }
  const char *final = clean.p;
  size_t final_len = clean.n;
  if (!ascii) {
    if ((st = nfc_pass(clean.p, clean.n, &nfc)) != EL_OK) goto done;
    final = nfc.p;
    final_len = nfc.n;
  }
  if (final_len > UINT32_MAX - 1) { /* offsets are 32-bit */
    why = "text too large (over 4 GiB)";
    st = EL_ERR_INPUT;
    goto done;
  }
  doc->text = arena_strndup(doc->arena, final, final_len);
  if (!doc->text) {
    st = EL_ERR_NOMEM;
    goto done;
  }
  doc->len = final_len;
  sha256_hex(doc->text, doc->len, doc->hash);
done:
  free(clean.p);
  free(nfc.p);
  if (reason && why) *reason = why;
  return st;
}

el_status text_normalize(el_doc *doc, const char *raw, size_t len) {
  return text_normalize_reason(doc, raw, len, NULL);
}
