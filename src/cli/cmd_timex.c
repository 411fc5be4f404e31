/*
 * cmd_timex.c — `eventline timex`: tag the time expressions of the text on
 * stdin and print one JSON object per expression (byte offsets into the
 * input, TIMEX3 type and value).
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "time/timex.h"

#include "cli/cli.h"

static void usage(FILE *f) {
  fputs(
      "usage: eventline timex --dct YYYY-MM-DD[THH:MM] < text\n"
      "       eventline timex --dct none|auto < text\n"
      "Tags time expressions (TIMEX3) in the UTF-8 text on stdin and writes one JSON\n"
      "object per expression:\n"
      "  "
      "{\"start\":N,\"end\":N,\"text\":\"...\",\"type\":\"DATE|TIME|DURATION|SET\",\"value\":\"..."
      "\"}\n"
      "start/end are byte offsets into the input.  Relative expressions (\"last Monday\",\n"
      "\"in September\") are resolved against the document creation time given by --dct.\n"
      "  --dct none   no anchor: relative values stay unresolved (XXXX-01-07, XXXX-WXX-1)\n"
      "  --dct auto   infer the date from the text (header line, dateline, embedded\n"
      "               dated item); unanchored when nothing reliable is found\n"
      "--dct is required.  Exit status: 0 ok, 2 bad usage or malformed --dct, 1 error.\n",
      f);
}

static char *read_all(FILE *f, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  char *b = malloc(cap);
  if (!b) return NULL;
  for (;;) {
    if (n == cap) {
      char *nb = cap > ((size_t)1 << 30) ? NULL : realloc(b, cap * 2);
      if (!nb) {
        free(b);
        return NULL;
      }
      b = nb;
      cap *= 2;
    }
    size_t r = fread(b + n, 1, cap - n, f);
    n += r;
    if (r == 0) break;
  }
  if (ferror(f)) {
    free(b);
    return NULL;
  }
  *len = n;
  return b;
}

/* JSON needs valid UTF-8: replace invalid bytes of the span with U+FFFD */
static json_t *timex_json_str(const char *s, size_t n) {
  json_t *j = json_stringn(s, n);
  if (j) return j;
  char *o = malloc(n * 3 + 1);
  if (!o) return NULL;
  size_t k = 0, i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t r =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (r <= 0 || cp == 0) {
      memcpy(o + k, "\xEF\xBF\xBD", 3);
      k += 3;
      i++;
    } else {
      memcpy(o + k, s + i, (size_t)r);
      k += (size_t)r;
      i += (size_t)r;
    }
  }
  j = json_stringn(o, k);
  free(o);
  return j;
}

static const char *const TYPES[] = {"DATE", "TIME", "DURATION", "SET"};

/* Lines the fast path cannot write (see out_line) go through one JSON
 * object reused for every line: its members are updated in place and
 * serialized into a stack buffer. */
typedef struct {
  json_t *obj, *start, *end, *text, *type, *value;
} out_rec;

static int out_init(out_rec *r) {
  r->obj = json_object();
  r->start = json_integer(0);
  r->end = json_integer(0);
  r->text = json_string("");
  r->type = json_string("");
  r->value = json_string("");
  if (!r->obj || !r->start || !r->end || !r->text || !r->type || !r->value) return -1;
  /* json_object_set (not _new): the record keeps its own references */
  if (json_object_set(r->obj, "start", r->start) || json_object_set(r->obj, "end", r->end) ||
      json_object_set(r->obj, "text", r->text) || json_object_set(r->obj, "type", r->type) ||
      json_object_set(r->obj, "value", r->value))
    return -1;
  return 0;
}

static void out_free(out_rec *r) {
  json_decref(r->obj);
  json_decref(r->start);
  json_decref(r->end);
  json_decref(r->text);
  json_decref(r->type);
  json_decref(r->value);
}

/* Lines are gathered here and written in big pieces: an fwrite per line
 * cost about as much as formatting the line. */
typedef struct {
  char b[1 << 16];
  size_t n;
} out_buf;

/* room kept free before each line: a line that might not fit in it (a
 * span of some 600 bytes, see timex_json_record) goes through jansson
 * instead, which writes the same bytes */
#define LINE_ROOM ((size_t)4096)

static int out_flush(out_buf *ob) {
  size_t n = ob->n;
  ob->n = 0;
  return n && fwrite(ob->b, 1, n, stdout) != n ? -1 : 0;
}

/* What printing one expression needs: the output buffer, the jansson
 * record for the rare slow line (made on first use, kept to the end) and
 * the tagged piece's text and offset. */
typedef struct {
  out_buf *ob;
  timex_scratch *scratch; /* the tagger's token arrays, kept from piece to piece */
  out_rec rec;
  int rec_ready;
  const char *text;
  size_t base;
} printer;

/* Print x (a timex_each_fn: ud is the printer). */
static int out_line(void *ud, const el_timex *x) {
  printer *pr = ud;
  out_buf *ob = pr->ob;
  const char *text = pr->text;
  size_t base = pr->base;
  /* fast path: the fixed-shape record written directly (same bytes) */
  if (sizeof ob->b - ob->n < LINE_ROOM && out_flush(ob) != 0) return -1;
  size_t ln = timex_json_record(ob->b + ob->n, LINE_ROOM, text, x, base);
  if (ln) {
    ob->n += ln;
    return 0;
  }
  if (out_flush(ob) != 0) return -1; /* keep the lines in order */
  if (!pr->rec_ready) {
    pr->rec_ready = 1; /* (out_free is safe on a part-made record) */
    if (out_init(&pr->rec) != 0) return -1;
  }
  out_rec *r = &pr->rec;
  json_integer_set(r->start, (json_int_t)(x->start + base));
  json_integer_set(r->end, (json_int_t)(x->end + base));
  if (json_string_setn(r->text, text + x->start, x->end - x->start) != 0) {
    /* invalid UTF-8 in the span: write it with U+FFFD replacements */
    json_t *t = timex_json_str(text + x->start, x->end - x->start);
    if (!t) return -1;
    int rc = json_string_setn(r->text, json_string_value(t), json_string_length(t));
    json_decref(t);
    if (rc) return -1;
  }
  if (json_string_set(r->type, TYPES[x->type]) || json_string_set(r->value, x->value)) return -1;
  char buf[4096];
  size_t n = json_dumpb(r->obj, buf, sizeof buf - 1, JSON_COMPACT | JSON_PRESERVE_ORDER);
  if (n == 0) return -1;
  if (n < sizeof buf - 1) {
    buf[n++] = '\n';
    return fwrite(buf, 1, n, stdout) == n ? 0 : -1;
  }
  char *s = json_dumps(r->obj, JSON_COMPACT | JSON_PRESERVE_ORDER); /* very long span */
  int rc = s && puts(s) >= 0 ? 0 : -1;
  free(s);
  return rc;
}

/* Tag text[0..len) and print its expressions with offsets + base, each
 * as it is found (no vector of them: it was grown and zeroed per piece). */
static int tag_and_print(const char *text, size_t len, size_t base, const el_datetime *pd,
                         printer *pr) {
  pr->text = text;
  pr->base = base;
  el_status st =
      timex_tag_each(text, len, pd, pr->scratch, out_line, pr); /* (no intervals printed) */
  if (st == EL_ERR_IO) return 1;                                /* a line could not be written */
  if (st != EL_OK) {
    fprintf(stderr, "eventline timex: %s\n", el_status_str(st));
    return 1;
  }
  return 0;
}

/* Read stdin in pieces and tag it segment by segment, cutting only at a
 * blank line once a segment is CHUNK bytes long (so memory stays bounded
 * on big inputs; a document shorter than that is tagged whole). */
#define CHUNK ((size_t)64 * 1024)

static size_t cut_point(const char *b, size_t n) {
  for (size_t i = CHUNK; i + 1 < n; i++) { /* memchr: the blank line can be far */
    const char *q = memchr(b + i, '\n', n - 1 - i);
    if (!q) break;
    i = (size_t)(q - b);
    if (b[i + 1] == '\n') return i + 2;
  }
  if (n < 4 * CHUNK) return 0; /* wait for more text */
  /* no blank line in a long stretch: cut at a newline, else a space */
  for (size_t i = CHUNK; i < n; i++)
    if (b[i] == '\n') return i + 1;
  for (size_t i = CHUNK; i < n; i++)
    if (b[i] == ' ' || b[i] == '\t') return i + 1;
  return n;
}

/* What the input check has seen: stdin must be text.  Lines are counted
 * only until the first fault, whose line the message names. */
typedef struct {
  size_t lines;     /* newlines before the current segment */
  size_t bad_line;  /* line of the first invalid UTF-8 byte, 0 if none */
  size_t bad_bytes; /* invalid bytes (written as U+FFFD) */
  size_t nul_line;  /* line of a NUL byte (binary input), 0 if none */
} input_check;

/* Newlines in s[0..n) (memchr: paragraphs are long, the calls few) */
static size_t count_lines(const char *s, size_t n) {
  size_t k = 0;
  for (const char *e = s + n; (s = memchr(s, '\n', (size_t)(e - s))) != NULL; s++) k++;
  return k;
}

/* Check a segment that starts on a line boundary or at a space (as the
 * stream cuts it): plain ASCII is skipped sixteen bytes at a time. */
static void check_segment(input_check *ck, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
#if !defined(__SSE2__)
  const uint64_t hi = 0x8080808080808080ull, lo = 0x0101010101010101ull;
#endif
  size_t i = 0;
  while (i < n) {
    if (i + 16 <= n) {
      /* no byte >= 0x80 and no zero byte: plain text */
#if defined(__SSE2__)
      __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
      unsigned m =
          (unsigned)_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128())));
      if (!m) {
        i += 16;
        continue;
      }
      i += (size_t)__builtin_ctz(m); /* straight to the first such byte */
#else
      uint64_t a, b;
      memcpy(&a, p + i, 8);
      memcpy(&b, p + i + 8, 8);
      if (!((a | b) & hi) && !(((a - lo) | (b - lo)) & hi)) {
        i += 16;
        continue;
      }
#endif
    }
    if (p[i] && p[i] < 0x80) {
      i++;
      continue;
    }
    size_t len = 1;
    int bad = p[i] == 0;
    if (!bad) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t r = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i < 4 ? n - i : 4), &cp);
      if (r < 1)
        bad = 1;
      else
        len = (size_t)r;
    }
    if (bad && p[i]) ck->bad_bytes++;
    if (bad && ((p[i] == 0 && !ck->nul_line) || (p[i] != 0 && !ck->bad_line))) {
      size_t line = ck->lines + count_lines(s, i) + 1;
      if (p[i] == 0) {
        ck->nul_line = line;
        return;
      }
      ck->bad_line = line;
    }
    i += len;
  }
  ck->lines += count_lines(s, n);
}

static int stream(const el_datetime *pd, printer *pr, input_check *ck) {
  size_t cap = CHUNK * 4, n = 0, base = 0;
  char *b = malloc(cap);
  if (!b) return 1;
  int rc = 0, eof = 0;
  size_t head = 0; /* b[head..n) is still to tag */
  while (!eof && rc == 0) {
    if (head > 0) { /* move the untagged tail down once per read, not per cut */
      memmove(b, b + head, n - head);
      n -= head;
      head = 0;
    }
    if (n == cap) {
      char *nb = cap > ((size_t)1 << 31) ? NULL : realloc(b, cap * 2);
      if (!nb) {
        rc = 1;
        break;
      }
      b = nb;
      cap *= 2;
    }
    size_t r = fread(b + n, 1, cap - n, stdin);
    if (r == 0) {
      if (ferror(stdin)) {
        fprintf(stderr, "eventline timex: cannot read stdin\n");
        rc = 1;
        break;
      }
      eof = 1;
    }
    n += r;
    size_t cut;
    while (rc == 0 && n - head > CHUNK && (cut = cut_point(b + head, n - head)) > 0) {
      check_segment(ck, b + head, cut);
      if (ck->nul_line) break;
      rc = tag_and_print(b + head, cut, base, pd, pr);
      head += cut;
      base += cut;
    }
    if (ck->nul_line) break;
  }
  if (rc == 0 && !ck->nul_line && n > head) {
    check_segment(ck, b + head, n - head);
    if (!ck->nul_line) rc = tag_and_print(b + head, n - head, base, pd, pr);
  }
  free(b);
  return rc;
}

/* Report what the check found: binary input fails the run, invalid UTF-8
 * is told and tagged around.  The exit status to use. */
static int report_input(const input_check *ck, int rc) {
  if (ck->nul_line) {
    fprintf(stderr, "eventline timex: stdin:%zu: binary input (a NUL byte); not text, stopped\n",
            ck->nul_line);
    return 1;
  }
  if (ck->bad_line)
    fprintf(stderr,
            "eventline timex: stdin:%zu: invalid UTF-8 (%zu byte%s, written as U+FFFD in the "
            "output)\n",
            ck->bad_line, ck->bad_bytes, ck->bad_bytes == 1 ? "" : "s");
  return rc;
}

int cmd_timex(int argc, char **argv) {
  const char *dct_arg = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      usage(stdout);
      return 0;
    } else if (!strcmp(argv[i], "--dct") && i + 1 < argc) {
      dct_arg = argv[++i];
    } else if (!strncmp(argv[i], "--dct=", 6)) {
      dct_arg = argv[i] + 6;
    } else {
      fprintf(stderr, "eventline timex: unknown argument '%s'\n", argv[i]);
      usage(stderr);
      return 2;
    }
  }
  if (!dct_arg) {
    fprintf(stderr, "eventline timex: --dct YYYY-MM-DD[THH:MM] (or 'none'/'auto') is required\n");
    usage(stderr);
    return 2;
  }
  el_datetime dct, *pd = NULL;
  int infer = 0;
  if (!strcmp(dct_arg, "auto"))
    infer = 1;
  else if (strcmp(dct_arg, "none") != 0) {
    if (timex_parse_dct(dct_arg, &dct) != EL_OK) {
      fprintf(
          stderr,
          "eventline timex: malformed --dct '%s' (want a valid YYYY-MM-DD or YYYY-MM-DDTHH:MM)\n",
          dct_arg);
      return 2;
    }
    pd = &dct;
  }
  size_t len = 0;
  char *text = infer ? read_all(stdin, &len) : calloc(1, 1);
  if (!text) {
    fprintf(stderr, "eventline timex: cannot read stdin\n");
    return 1;
  }
  if (infer) {
    char d[17];
    const char *origin = NULL;
    double conf = 0;
    if (timex_infer_dct(text, len, d, &origin, &conf) == EL_OK &&
        timex_parse_dct(d, &dct) == EL_OK) {
      pd = &dct;
      fprintf(stderr, "eventline timex: DCT %s (%s, confidence %.2f)\n", d, origin, conf);
    } else
      fprintf(stderr, "eventline timex: no publication date found; values unanchored\n");
  }
  int rc = 0;
  out_buf *ob = malloc(sizeof *ob);
  if (!ob) {
    fprintf(stderr, "eventline timex: out of memory\n");
    free(text);
    return 1;
  }
  ob->n = 0;
  printer pr = {.ob = ob, .scratch = timex_scratch_new()};
  if (!pr.scratch) {
    fprintf(stderr, "eventline timex: out of memory\n");
    free(ob);
    free(text);
    return 1;
  }
  input_check ck = {0};
  if (infer) {
    check_segment(&ck, text, len);
    if (!ck.nul_line) rc = tag_and_print(text, len, 0, pd, &pr);
    free(text);
  } else {
    free(text);
    rc = stream(pd, &pr, &ck);
  }
  rc = report_input(&ck, rc);
  if (out_flush(ob) != 0) rc = 1;
  if (pr.rec_ready) out_free(&pr.rec);
  timex_scratch_free(pr.scratch);
  free(ob);
  if (fflush(stdout) != 0) rc = 1;
  return rc;
}
