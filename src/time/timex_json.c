/*
 * timex_json.c — writes the fixed-shape JSON line of one time expression
 * ({"start":N,"end":N,"text":"...","type":"...","value":"..."}) straight
 * into a buffer.  Byte-for-byte what jansson's compact dump writes (tested
 * against jansson on random strings), without building a json_t per line:
 * the CLI prints millions of these.
 */
#include <string.h>
#include <utf8proc.h>

#include "time/timex.h"

static const char *const TYPES[] = {"DATE", "TIME", "DURATION", "SET"};
static const size_t TYPE_LEN[] = {4, 4, 8, 3};

/* The line is written through a plain pointer: the caller checks once
 * that its longest possible form fits (see timex_json_record). */

/* decimal digits two at a time from a pair table: two offsets a line.
 * The digits are counted first and written in place from the last one (no
 * scratch buffer, no copy of a variable length); offsets under 2^32, all
 * but those of inputs over 4 GB, take 32-bit arithmetic. */
static const char PAIRS[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static char *put_uint(char *o, uint64_t v) {
  if (v > UINT32_MAX) {
    size_t nd = 1;
    for (uint64_t x = v; x >= 10; x /= 10) nd++;
    char *end = o + nd;
    for (char *d = end; v; v /= 10) *--d = (char)('0' + v % 10);
    return end;
  }
  static const uint32_t POW10[10] = {1,      10,      100,      1000,      10000,
                                     100000, 1000000, 10000000, 100000000, 1000000000};
  uint32_t x = (uint32_t)v, y = x | 1; /* (y has the digits of x: 10^k - 1 is odd) */
  /* digits from the bit length: 1233 / 4096 ~ log10(2) */
  unsigned t = (unsigned)(32 - __builtin_clz(y)) * 1233 >> 12;
  size_t nd = t + (y >= POW10[t]);
  char *end = o + nd, *d = end;
  while (x >= 100) {
    uint32_t r = x % 100;
    x /= 100;
    d -= 2;
    memcpy(d, PAIRS + 2 * r, 2);
  }
  if (x >= 10)
    memcpy(d - 2, PAIRS + 2 * x, 2);
  else
    d[-1] = (char)('0' + x);
  return end;
}

/* length of the valid UTF-8 sequence at s (jansson's rules), 0 if invalid */
static size_t utf8_len(const unsigned char *s, size_t n) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t r = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);
  return r > 0 ? (size_t)r : 0;
}

static int valid_utf8(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t r = utf8_len(s + i, n - i);
    if (!r) return 0;
    i += r;
  }
  return 1;
}

/* bytes a JSON string holds as they are: printable ASCII but '"' and '\\'
 * (one table look-up a byte; the spans and values are nearly all plain) */
/* clang-format off */
#define P16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
#define Z16 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
static const unsigned char JSON_PLAIN[256] = {
    /* 0x00 */ Z16, Z16,
    /* 0x20 */ 1, 1, 0 /* '"' */, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x30 */ P16, P16,
    /* 0x50 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* '\\' */, 1, 1, 1,
    /* 0x60 */ P16, P16,
    /* 0x80 */ Z16, Z16, Z16, Z16, Z16, Z16, Z16, Z16};
/* clang-format on */
#undef P16
#undef Z16

/* a JSON string; invalid UTF-8 (and then NUL too) becomes U+FFFD.  At
 * most 6 bytes out per byte in (\u00XX), plus the quotes. */
static char *put_str(char *o, const char *str, size_t n) {
  static const char HEX[] = "0123456789ABCDEF";
  const unsigned char *s = (const unsigned char *)str;
  int ok = -1; /* valid_utf8(s, n), computed only if a NUL needs it */
  *o++ = '"';
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    if (JSON_PLAIN[c]) {
      *o++ = (char)c;
      i++;
      continue;
    }
    if (c >= 0x80) {
      size_t r = utf8_len(s + i, n - i);
      if (r) {
        memcpy(o, str + i, r);
        o += r;
        i += r;
      } else {
        memcpy(o, "\xEF\xBF\xBD", 3);
        o += 3;
        i++;
      }
      continue;
    }
    i++;
    const char *esc = c == '"'    ? "\\\""
                      : c == '\\' ? "\\\\"
                      : c == '\b' ? "\\b"
                      : c == '\f' ? "\\f"
                      : c == '\n' ? "\\n"
                      : c == '\r' ? "\\r"
                      : c == '\t' ? "\\t"
                                  : NULL;
    if (esc) {
      memcpy(o, esc, 2);
      o += 2;
      continue;
    }
    if (c == 0 && ok < 0) ok = valid_utf8(s, n);
    if (c == 0 && !ok) {
      memcpy(o, "\xEF\xBF\xBD", 3);
      o += 3;
    } else {
      char u[6] = {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 15]};
      memcpy(o, u, 6);
      o += 6;
    }
  }
  *o++ = '"';
  return o;
}

size_t timex_json_record(char *buf, size_t cap, const char *text, const el_timex *x, size_t base) {
  if (!buf || !text || !x || (unsigned)x->type > EL_TIMEX_SET || x->end < x->start) return 0;
  size_t tn = x->end - x->start, vn = strnlen(x->value, sizeof x->value);
  /* room is checked once, for the longest the line can be: the fixed
   * parts (57 bytes with the longest type and the strings' quotes), two
   * 20-digit offsets, every string byte escaped */
  if (57 + 2 * 20 + 6 * (tn + vn) > cap) return 0;
  char *o = buf;
  memcpy(o, "{\"start\":", 9);
  o = put_uint(o + 9, (uint64_t)x->start + base);
  memcpy(o, ",\"end\":", 7);
  o = put_uint(o + 7, (uint64_t)x->end + base);
  memcpy(o, ",\"text\":", 8);
  o = put_str(o + 8, text + x->start, tn);
  memcpy(o, ",\"type\":\"", 9);
  memcpy(o + 9, TYPES[x->type], TYPE_LEN[x->type]);
  o += 9 + TYPE_LEN[x->type];
  memcpy(o, "\",\"value\":", 10);
  o = put_str(o + 10, x->value, vn);
  memcpy(o, "}\n", 2);
  return (size_t)(o + 2 - buf);
}
