/*
 * timex_lexicon_gen.c — build step: reads data/time/lexicon.tsv and writes
 * the C header the tokenizer compiles in: the lexicon table (LEX: each
 * word's zero-padded key and its class) and its open-addressing hash
 * (LEX_SLOT, keys from timex_lexhash.h), so that no
 * table is built at run time.  Every line is checked (word shape, class and
 * value tokens, duplicates); any error stops the build with file:line.
 *
 * usage: timex_lexicon_gen lexicon.tsv out.h
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/timex_lexhash.h"

#define MAX_WORDS 2048

typedef struct {
  char w[TX_LEX_WMAX];
  char cls[32], val[32], val2[32];
} lex_row;

static int fail(const char *path, int line, const char *why) {
  fprintf(stderr, "%s:%d: %s\n", path, line, why);
  return 1;
}

/* class names: upper-case letters; values: an integer or an enum name */
static int is_name(const char *s) {
  if (!*s) return 0;
  for (; *s; s++)
    if (!(isupper((unsigned char)*s) || *s == '_')) return 0;
  return 1;
}
static int is_value(const char *s) {
  const char *p = s;
  if (*p == '-') p++;
  if (*p && strspn(p, "0123456789") == strlen(p)) return 1;
  for (p = s; *p; p++)
    if (!(isupper((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_')) return 0;
  return *s != 0 && isupper((unsigned char)*s);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s lexicon.tsv out.h\n", argv[0]);
    return 2;
  }
  FILE *in = fopen(argv[1], "r");
  if (!in) {
    perror(argv[1]);
    return 1;
  }
  static lex_row rows[MAX_WORDS];
  size_t n = 0;
  char buf[256];
  int line = 0;
  while (fgets(buf, sizeof buf, in)) {
    line++;
    size_t l = strlen(buf);
    if (l && buf[l - 1] != '\n' && !feof(in)) return fail(argv[1], line, "line too long");
    buf[strcspn(buf, "\r\n")] = 0;
    if (buf[0] == '#' || buf[0] == 0) continue;
    if (n == MAX_WORDS) return fail(argv[1], line, "too many words");
    char *f[4];
    int nf = 0;
    for (char *s = buf, *tab; nf < 4; s = tab + 1) {
      f[nf++] = s;
      if (!(tab = strchr(s, '\t'))) break;
      *tab = 0;
    }
    if (nf != 4) return fail(argv[1], line, "want 4 tab-separated columns");
    size_t wl = strlen(f[0]);
    if (wl == 0 || wl >= TX_LEX_WMAX) return fail(argv[1], line, "word empty or too long");
    for (const char *p = f[0]; *p; p++)
      if (!(islower((unsigned char)*p) || *p == '.' || *p == '\''))
        return fail(argv[1], line, "word must be lowercase ASCII letters, '.' or '\\''");
    if (!is_name(f[1]) || strlen(f[1]) >= 30) return fail(argv[1], line, "bad class name");
    if (!is_value(f[2]) || !is_value(f[3]) || strlen(f[2]) >= 32 || strlen(f[3]) >= 32)
      return fail(argv[1], line, "val/val2 must be an integer or an enum name");
    lex_row *r = &rows[n];
    memset(r->w, 0, sizeof r->w);
    memcpy(r->w, f[0], wl);
    snprintf(r->cls, sizeof r->cls, "L_%s", f[1]);
    snprintf(r->val, sizeof r->val, "%s", f[2]);
    snprintf(r->val2, sizeof r->val2, "%s", f[3]);
    for (size_t k = 0; k < n; k++)
      if (!memcmp(rows[k].w, r->w, sizeof r->w)) return fail(argv[1], line, "duplicate word");
    n++;
  }
  fclose(in);
  if (n == 0 || n * 4 > TX_LEX_SLOTS) return fail(argv[1], line, "lexicon empty or too big");

  static unsigned slot[TX_LEX_SLOTS];
  for (size_t k = 0; k < n; k++) {
    uint32_t i = tx_lex_hash(tx_lex_key_of(rows[k].w));
    while (slot[i]) i = (i + 1) & (TX_LEX_SLOTS - 1);
    slot[i] = (unsigned)k + 1;
  }

  FILE *out = fopen(argv[2], "w");
  if (!out) {
    perror(argv[2]);
    return 1;
  }
  fprintf(out, "/* generated from %s by gen/timex_lexicon_gen.c: do not edit */\n", argv[1]);
  /* entry 0 is a sentinel that no word matches (its key is all 0xFF, a
   * word's key is zero-padded ASCII), so a look-up needs no branch for an
   * empty slot */
  fprintf(out, "#define LEX_N %zu\n", n);
  fprintf(out, "static const tx_lex LEX[LEX_N + 1] = {\n    {{");
  for (int b = 0; b < TX_LEX_WMAX; b++) fprintf(out, "%s'\\xff'", b ? ", " : "");
  fprintf(out, "}, {L_NONE, 0, 0, 0}, {0}},\n");
  for (size_t k = 0; k < n; k++)
    fprintf(out, "    {\"%s\", {%s, %s, %s, 0}, {0}},\n", rows[k].w, rows[k].cls, rows[k].val,
            rows[k].val2);
  fprintf(out, "};\n/* LEX index at tx_lex_hash(key) (linear probing); 0 = empty */\n");
  fprintf(out, "static const uint16_t LEX_SLOT[TX_LEX_SLOTS] = {");
  for (size_t i = 0; i < TX_LEX_SLOTS; i++)
    fprintf(out, "%s%u%s", i % 16 ? "" : "\n    ", slot[i], i + 1 < TX_LEX_SLOTS ? ", " : "");
  fprintf(out, "\n};\n");
  if (fclose(out) != 0) {
    perror(argv[2]);
    return 1;
  }
  return 0;
}
