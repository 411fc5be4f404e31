/*
 * quote_lexicon.c — the quote stage's word list: verbs, participles and
 * nouns of saying, and title/label cues, loaded from a text file into a
 * sorted array (binary search), plus a small built-in core used when no
 * file is given.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quotes/quotes_int.h"

#define QLEX_WORD_MAX 40

typedef struct {
  char word[QLEX_WORD_MAX];
  unsigned cls;
} qlex_entry;

struct quote_lexicon {
  qlex_entry *v;
  size_t n, cap;
};

/* Used only when the caller has no lexicon file. */
static const qlex_entry builtin[] = {
    {"added", QLEX_VERB},     {"adding", QLEX_PART},
    {"book", QLEX_TITLE},     {"called", QLEX_TITLE | QLEX_VERB},
    {"calling", QLEX_PART},   {"declared", QLEX_VERB},
    {"described", QLEX_VERB}, {"describing", QLEX_PART},
    {"dubbed", QLEX_TITLE},   {"entitled", QLEX_TITLE},
    {"explained", QLEX_VERB}, {"film", QLEX_TITLE},
    {"named", QLEX_TITLE},    {"nicknamed", QLEX_TITLE},
    {"noted", QLEX_VERB},     {"said", QLEX_VERB},
    {"say", QLEX_VERB},       {"saying", QLEX_PART},
    {"says", QLEX_VERB},      {"so-called", QLEX_TITLE},
    {"song", QLEX_TITLE},     {"stated", QLEX_VERB},
    {"statement", QLEX_NOUN}, {"stressed", QLEX_VERB},
    {"tell", QLEX_VERB},      {"tells", QLEX_VERB},
    {"titled", QLEX_TITLE},   {"told", QLEX_VERB},
    {"warned", QLEX_VERB},    {"wrote", QLEX_VERB},
};

static int entry_cmp(const void *a, const void *b) {
  return strcmp(((const qlex_entry *)a)->word, ((const qlex_entry *)b)->word);
}

static unsigned class_of(const char *s) {
  if (strcmp(s, "verb") == 0) return QLEX_VERB;
  if (strcmp(s, "part") == 0) return QLEX_PART;
  if (strcmp(s, "noun") == 0) return QLEX_NOUN;
  if (strcmp(s, "title") == 0) return QLEX_TITLE;
  return 0;
}

void quote_lexicon_free(quote_lexicon *lx) {
  if (!lx) return;
  free(lx->v);
  free(lx);
}

el_status quote_lexicon_load(quote_lexicon **out, const char *path) {
  *out = NULL;
  FILE *f = fopen(path, "r");
  if (!f) return errno == ENOENT ? EL_ERR_NOTFOUND : EL_ERR_IO;
  quote_lexicon *lx = calloc(1, sizeof *lx);
  if (!lx) {
    fclose(f);
    return EL_ERR_NOMEM;
  }
  char line[256];
  el_status st = EL_OK;
  while (fgets(line, sizeof line, f)) {
    char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '#' || *p == '\n' || *p == '\0') continue;
    char word[QLEX_WORD_MAX], cls[16];
    if (sscanf(p, "%39s %15s", word, cls) != 2 || !class_of(cls)) {
      st = EL_ERR_PARSE;
      break;
    }
    if (lx->n == lx->cap) {
      size_t cap = lx->cap ? lx->cap * 2 : 256;
      qlex_entry *v = realloc(lx->v, cap * sizeof *v);
      if (!v) {
        st = EL_ERR_NOMEM;
        break;
      }
      lx->v = v;
      lx->cap = cap;
    }
    qlex_entry *e = &lx->v[lx->n++];
    memcpy(e->word, word, sizeof e->word);
    e->cls = class_of(cls);
  }
  if (st == EL_OK && ferror(f)) st = EL_ERR_IO;
  fclose(f);
  if (st != EL_OK) {
    quote_lexicon_free(lx);
    return st;
  }
  /* Sort, then merge duplicate words into one entry with all classes. */
  if (lx->n) qsort(lx->v, lx->n, sizeof *lx->v, entry_cmp);
  size_t w = 0;
  for (size_t i = 0; i < lx->n; i++) {
    if (w > 0 && strcmp(lx->v[w - 1].word, lx->v[i].word) == 0)
      lx->v[w - 1].cls |= lx->v[i].cls;
    else
      lx->v[w++] = lx->v[i];
  }
  lx->n = w;
  *out = lx;
  return EL_OK;
}

unsigned quote_lexicon_class(const quote_lexicon *lx, const char *word, size_t n) {
  if (n == 0 || n >= QLEX_WORD_MAX) return 0;
  qlex_entry key;
  memcpy(key.word, word, n);
  key.word[n] = '\0';
  const qlex_entry *v = lx ? lx->v : builtin;
  size_t cnt = lx ? lx->n : sizeof builtin / sizeof builtin[0];
  if (cnt == 0) return 0;
  const qlex_entry *e = bsearch(&key, v, cnt, sizeof *v, entry_cmp);
  return e ? e->cls : 0;
}
