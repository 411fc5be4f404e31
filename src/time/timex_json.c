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

typedef struct {
  char *b;
  size_t n, cap;
  int over;
} jbuf;

static void put(jbuf *o, const char *s, size_t n) {
  if (o->n + n > o->cap) {
    o->over = 1;
    return;
  }
  memcpy(o->b + o->n, s, n);
  o->n += n;
}

/* decimal digits two at a time from a pair table: two offsets a line */
static void put_uint(jbuf *o, uint64_t v) {
  static const char PAIRS[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  char d[24];
  size_t k = sizeof d;
  while (v >= 100) {
    unsigned r = (unsigned)(v % 100);
    v /= 100;
    k -= 2;
    memcpy(d + k, PAIRS + 2 * r, 2);
  }
  if (v >= 10) {
    k -= 2;
    memcpy(d + k, PAIRS + 2 * v, 2);
  } else
    d[--k] = (char)('0' + v);
  put(o, d + k, sizeof d - k);
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

/* a JSON string; invalid UTF-8 (and then NUL too) becomes U+FFFD */
static void put_str(jbuf *o, const char *str, size_t n) {
  static const char HEX[] = "0123456789ABCDEF";
  const unsigned char *s = (const unsigned char *)str;
  int ok = -1; /* valid_utf8(s, n), computed only if a NUL needs it */
  put(o, "\"", 1);
  size_t i = 0;
  while (i < n && !o->over) {
    size_t run = i;
    if (o->n + (n - i) <= o->cap) { /* room for the rest: copy while scanning */
      char *d = o->b + o->n;
      while (run < n && JSON_PLAIN[s[run]]) d[run - i] = str[run], run++;
      o->n += run - i;
    } else {
      while (run < n && JSON_PLAIN[s[run]]) run++;
      put(o, str + i, run - i);
    }
    if (run > i) {
      i = run;
      continue;
    }
    unsigned char c = s[i];
    if (c >= 0x80) {
      size_t r = utf8_len(s + i, n - i);
      if (r) {
        put(o, str + i, r);
        i += r;
      } else {
        put(o, "\xEF\xBF\xBD", 3);
        i++;
      }
      continue;
    }
    i++;
    switch (c) {
      case '"':
        put(o, "\\\"", 2);
        break;
      case '\\':
        put(o, "\\\\", 2);
        break;
      case '\b':
        put(o, "\\b", 2);
        break;
      case '\f':
        put(o, "\\f", 2);
        break;
      case '\n':
        put(o, "\\n", 2);
        break;
      case '\r':
        put(o, "\\r", 2);
        break;
      case '\t':
        put(o, "\\t", 2);
        break;
      default:
        if (c == 0 && ok < 0) ok = valid_utf8(s, n);
        if (c == 0 && !ok) {
          put(o, "\xEF\xBF\xBD", 3);
        } else {
          char u[6] = {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 15]};
          put(o, u, 6);
        }
    }
  }
  put(o, "\"", 1);
}

size_t timex_json_record(char *buf, size_t cap, const char *text, const el_timex *x, size_t base) {
  jbuf o = {buf, 0, cap, 0};
  if (!buf || !text || !x || (unsigned)x->type > EL_TIMEX_SET || x->end < x->start) return 0;
  put(&o, "{\"start\":", 9);
  put_uint(&o, (uint64_t)x->start + base);
  put(&o, ",\"end\":", 7);
  put_uint(&o, (uint64_t)x->end + base);
  put(&o, ",\"text\":", 8);
  put_str(&o, text + x->start, x->end - x->start);
  put(&o, ",\"type\":\"", 9);
  put(&o, TYPES[x->type], TYPE_LEN[x->type]);
  put(&o, "\",\"value\":", 10);
  put_str(&o, x->value, strnlen(x->value, sizeof x->value));
  put(&o, "}\n", 2);
  return o.over ? 0 : o.n;
}
