/*
 * codebook.c — the CAMEO codebook: cameo-codes.csv (code, name, Goldstein
 * score, root) and the CAMEO2PLOVER table.  Quad class comes from the root:
 * 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
 * conflict, 14-20 material conflict.  Lookups of codes missing from the CSV
 * (e.g. PETRARCH's "075A") fall back to the longest known prefix.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/events.h"

struct cameo_codebook {
  el_arena *arena;
  EL_VEC(cameo_entry) e;
  bool sorted;
};

int codebook_quad_class(const char *code) {
  if (!code || !isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return 0;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

/* Split one CSV line into fields (double quotes, "" escapes) in place. */
static int csv_split(char *line, char **fields, int max) {
  int n = 0;
  char *p = line;
  while (n < max) {
    char *out = p, *start = p;
    if (*p == '"') {
      p++;
      for (;;) {
        if (!*p) break;
        if (*p == '"' && p[1] == '"') {
          *out++ = '"';
          p += 2;
        } else if (*p == '"') {
          p++;
          break;
        } else {
          *out++ = *p++;
        }
      }
      while (*p && *p != ',') p++;
    } else {
      while (*p && *p != ',' && *p != '\n' && *p != '\r') out++, p++;
    }
    char end = *p;
    *out = '\0';
    fields[n++] = start;
    if (end != ',') break;
    p++;
  }
  return n;
}

static int cmp_entry(const void *a, const void *b) {
  return strcmp(((const cameo_entry *)a)->code, ((const cameo_entry *)b)->code);
}

/* Entries are sorted by code once loaded (bsearch), linear before. */
static cameo_entry *find(cameo_codebook *cb, const char *code) {
  if (cb->sorted) {
    cameo_entry key;
    size_t len = strlen(code);
    if (len >= sizeof key.code) return NULL; /* longer than any code */
    memcpy(key.code, code, len + 1);
    return bsearch(&key, cb->e.v, cb->e.n, sizeof key, cmp_entry);
  }
  for (size_t i = 0; i < cb->e.n; i++)
    if (strcmp(cb->e.v[i].code, code) == 0) return &cb->e.v[i];
  return NULL;
}

static el_status load_csv(cameo_codebook *cb, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return EL_ERR_NOTFOUND;
  char line[8192];
  int col_code = -1, col_gold = -1, col_name = -1;
  bool header = true;
  el_status st = EL_OK;
  while (fgets(line, sizeof line, f)) {
    char *fl[32];
    int n = csv_split(line, fl, 32);
    if (header) {
      for (int i = 0; i < n; i++) {
        if (strcmp(fl[i], "code") == 0) col_code = i;
        if (strcmp(fl[i], "goldstein") == 0) col_gold = i;
        if (strcmp(fl[i], "name") == 0) col_name = i;
      }
      header = false;
      if (col_code < 0 || col_gold < 0) {
        st = EL_ERR_PARSE;
        break;
      }
      continue;
    }
    if (n <= col_code || n <= col_gold) continue;
    const char *code = fl[col_code];
    size_t cl = strlen(code);
    if (cl < 2 || cl > 7) continue;
    cameo_entry *e = EL_VEC_PUSH(cb->e);
    if (!e) {
      st = EL_ERR_NOMEM;
      break;
    }
    memcpy(e->code, code, cl + 1);
    e->goldstein = strtod(fl[col_gold], NULL);
    e->name = col_name >= 0 && n > col_name ? arena_strdup(cb->arena, fl[col_name]) : NULL;
    e->quad_class = codebook_quad_class(code);
  }
  fclose(f);
  return st;
}

/* Lines "CODE: TYPE, mode, context # comment". */
static el_status load_plover(cameo_codebook *cb, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return EL_ERR_NOTFOUND;
  char line[1024];
  el_status st = EL_OK;
  while (fgets(line, sizeof line, f)) {
    char *colon = strchr(line, ':');
    if (line[0] == '#' || !colon || !isdigit((unsigned char)line[0])) continue;
    *colon = '\0';
    char *t = colon + 1;
    while (*t == ' ' || *t == '\t') t++;
    size_t tl = strcspn(t, ", \t#\r\n");
    if (tl == 0) continue;
    cameo_entry *e = find(cb, line);
    if (!e) continue;
    if (!(e->plover = arena_strndup(cb->arena, t, tl))) {
      st = EL_ERR_NOMEM;
      break;
    }
  }
  fclose(f);
  return st;
}

el_status codebook_load(cameo_codebook **out, const char *cameo_csv, const char *plover_txt) {
  *out = NULL;
  cameo_codebook *cb = calloc(1, sizeof *cb);
  if (!cb) return EL_ERR_NOMEM;
  if (!(cb->arena = arena_new(32 * 1024))) {
    free(cb);
    return EL_ERR_NOMEM;
  }
  el_status st = load_csv(cb, cameo_csv);
  if (st == EL_OK && cb->e.n) {
    qsort(cb->e.v, cb->e.n, sizeof *cb->e.v, cmp_entry);
    cb->sorted = true;
  }
  if (st == EL_OK && plover_txt) st = load_plover(cb, plover_txt);
  if (st != EL_OK) {
    codebook_free(cb);
    return st;
  }
  /* Codes without their own PLOVER line inherit their parent's. */
  for (size_t i = 0; i < cb->e.n; i++) {
    cameo_entry *e = &cb->e.v[i];
    char pre[8];
    memcpy(pre, e->code, sizeof pre);
    for (size_t l = strlen(pre); !e->plover && l > 2; l--) {
      pre[l - 1] = '\0';
      const cameo_entry *p = find(cb, pre);
      if (p && p->plover) e->plover = p->plover;
    }
  }
  *out = cb;
  return EL_OK;
}

void codebook_free(cameo_codebook *cb) {
  if (!cb) return;
  EL_VEC_FREE(cb->e);
  arena_free(cb->arena);
  free(cb);
}

const cameo_entry *codebook_lookup(const cameo_codebook *cb, const char *code) {
  if (!cb || !code) return NULL;
  char pre[8];
  size_t l = strlen(code);
  if (l >= sizeof pre || l < 2) return NULL;
  memcpy(pre, code, l + 1);
  for (; l >= 2; l--) {
    pre[l] = '\0';
    const cameo_entry *e = find((cameo_codebook *)cb, pre);
    if (e) return e;
  }
  return NULL;
}
