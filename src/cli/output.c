/*
 * output.c — output formats shared by the query commands: aligned text
 * tables, RFC 4180 CSV, one-JSON-per-line, UTF-8-safe clipping, messages.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "cli/cli.h"

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("eventline: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

bool out_format_parse(const char *s, out_format *out) {
  if (!strcmp(s, "table"))
    *out = OUT_TABLE;
  else if (!strcmp(s, "csv"))
    *out = OUT_CSV;
  else if (!strcmp(s, "jsonl") || !strcmp(s, "json"))
    *out = OUT_JSONL;
  else
    return false;
  return true;
}

int cli_option_end(const char *cmd, int opt, char **argv, void (*usage)(FILE *)) {
  if (opt == 'h') {
    usage(stdout);
    return EXIT_OK;
  }
  if (opt == ':') {
    cli_error("%s: %s needs a value", cmd, argv[optind - 1]);
    return EXIT_USAGE;
  }
  cli_error("%s: unknown option '%s'", cmd, argv[optind - 1]);
  usage(stderr);
  return EXIT_USAGE;
}

bool cli_doc_format_arg(const char *s, doc_format *out) {
  if (!strcmp(s, "text"))
    *out = DOC_FORMAT_TEXT;
  else if (!strcmp(s, "jsonl"))
    *out = DOC_FORMAT_JSONL;
  else if (!strcmp(s, "html"))
    *out = DOC_FORMAT_HTML;
  else
    return false;
  return true;
}

void csv_field(FILE *f, const char *s, bool last) {
  if (!s) s = "";
  if (strpbrk(s, ",\"\r\n")) {
    fputc('"', f);
    for (; *s; s++) {
      if (*s == '"') fputc('"', f);
      fputc(*s, f);
    }
    fputc('"', f);
  } else {
    fputs(s, f);
  }
  fputs(last ? "\r\n" : ",", f);
}

json_t *cli_json_str(const char *s) {
  if (!s || !*s) return json_null();
  json_t *j = json_string(s);
  if (j) return j;
  /* Not valid UTF-8 (a file name, say): replace the bad bytes. */
  size_t n = strlen(s), o = 0;
  char *clean = malloc(n * 3 + 1);
  if (!clean) return json_null();
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  while (*p) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(p, -1, &cp);
    if (k <= 0) {
      memcpy(clean + o, "\xEF\xBF\xBD", 3);
      o += 3;
      p++;
    } else {
      memcpy(clean + o, p, (size_t)k);
      o += (size_t)k;
      p += k;
    }
  }
  clean[o] = '\0';
  j = json_string(clean);
  free(clean);
  return j ? j : json_null();
}

bool jsonl_emit(FILE *f, json_t *v) {
  if (!v) return false;
  int rc = json_dumpf(v, f, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(v);
  return rc == 0 && fputc('\n', f) != EOF;
}

/* Display width of UTF-8 text (wide characters count 2, invalid bytes 1). */
static size_t text_width(const char *s) {
  size_t w = 0;
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  while (*p) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
    if (n <= 0) {
      w++;
      p++;
      continue;
    }
    int cw = utf8proc_charwidth(cp);
    w += cw > 0 ? (size_t)cw : 0;
    p += n;
  }
  return w;
}

void text_clip(const char *s, size_t max_chars, char *out, size_t outlen) {
  size_t o = 0, chars = 0;
  if (!outlen) return;
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)(s ? s : "");
  while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++;
  while (*p) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
    if (n <= 0) n = 1;
    if (chars == max_chars) {
      if (o + 4 <= outlen) memcpy(out + o, "...", 3), o += 3;
      break;
    }
    if (o + (size_t)n + 4 > outlen) break;
    if (*p == '\n' || *p == '\r' || *p == '\t')
      out[o++] = ' ';
    else
      memcpy(out + o, p, (size_t)n), o += (size_t)n;
    p += n;
    chars++;
  }
  out[o] = '\0';
}

void table_init(text_table *t, size_t ncols) {
  memset(t, 0, sizeof *t);
  t->ncols = ncols;
}

bool table_add(text_table *t, const char *const *row) {
  if (t->nrows == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 64;
    char **c = realloc(t->cells, cap * t->ncols * sizeof *c);
    if (!c) return false;
    t->cells = c;
    t->cap = cap;
  }
  char **dst = t->cells + t->nrows * t->ncols;
  for (size_t i = 0; i < t->ncols; i++) {
    dst[i] = strdup(row[i] ? row[i] : "");
    if (!dst[i]) {
      for (size_t j = 0; j < i; j++) free(dst[j]);
      return false;
    }
  }
  t->nrows++;
  return true;
}

void table_print(FILE *f, const text_table *t) {
  size_t *w = calloc(t->ncols, sizeof *w);
  if (!w) return;
  for (size_t r = 0; r < t->nrows; r++)
    for (size_t c = 0; c < t->ncols; c++) {
      size_t x = text_width(t->cells[r * t->ncols + c]);
      if (x > w[c]) w[c] = x;
    }
  for (size_t r = 0; r < t->nrows; r++) {
    for (size_t c = 0; c < t->ncols; c++) {
      const char *cell = t->cells[r * t->ncols + c];
      fputs(cell, f);
      if (c + 1 < t->ncols) {
        for (size_t pad = text_width(cell); pad < w[c] + 2; pad++) fputc(' ', f);
      }
    }
    fputc('\n', f);
  }
  free(w);
}

void table_free(text_table *t) {
  for (size_t i = 0; i < t->nrows * t->ncols; i++) free(t->cells[i]);
  free(t->cells);
  memset(t, 0, sizeof *t);
}

bool cli_date_arg(const char *s) {
  /* YYYY, YYYY-MM or YYYY-MM-DD, digits where digits belong. */
  static const char shape[] = "dddd-dd-dd";
  size_t n = strlen(s);
  if (n != 4 && n != 7 && n != 10) return false;
  for (size_t i = 0; i < n; i++) {
    if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-') return false;
  }
  return true;
}

cameo_codebook *cli_load_codebook(const char *data) {
  if (!data) data = getenv("EVENTLINE_DATA");
  if (!data || !*data) data = EL_DATA_DIR;
  char csv[4096], plover[4096];
  snprintf(csv, sizeof csv, "%s/cameo/cameo-codes.csv", data);
  snprintf(plover, sizeof plover, "%s/cameo/CAMEO2PLOVER-2021.txt", data);
  cameo_codebook *cb = NULL;
  if (codebook_load(&cb, csv, plover) != EL_OK) return NULL;
  return cb;
}

el_store *cli_open_store_readonly(const char *db) {
  el_store *s = NULL;
  char err[600];
  if (store_open(db, true, &s, err, sizeof err) != EL_OK) {
    cli_error("%s", err);
    return NULL;
  }
  return s;
}
