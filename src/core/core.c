/*
 * core.c — arena allocator, growable arrays, status strings, el_doc lifetime.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline.h"

typedef struct arena_chunk {
  struct arena_chunk *next;
  size_t size, used;
  _Alignas(16) unsigned char data[];
} arena_chunk;

struct el_arena {
  arena_chunk *head;
  size_t chunk_size;
  size_t total;
};

el_arena *arena_new(size_t chunk_size) {
  el_arena *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  a->chunk_size = chunk_size ? chunk_size : 64 * 1024;
  return a;
}

void arena_free(el_arena *a) {
  if (!a) return;
  arena_chunk *c = a->head;
  while (c) {
    arena_chunk *next = c->next;
    free(c);
    c = next;
  }
  free(a);
}

void *arena_alloc(el_arena *a, size_t n) {
  if (!a) return NULL;
  size_t need = (n + 15u) & ~(size_t)15u;
  if (need < n) return NULL; /* overflow */
  arena_chunk *c = a->head;
  if (!c || c->size - c->used < need) {
    size_t size = need > a->chunk_size ? need : a->chunk_size;
    if (size > SIZE_MAX - sizeof(arena_chunk)) return NULL;
    c = malloc(sizeof(arena_chunk) + size);
    if (!c) return NULL;
    c->size = size;
    c->used = 0;
    c->next = a->head;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += need;
  a->total += need;
  memset(p, 0, n);
  return p;
}

char *arena_strndup(el_arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *arena_strdup(el_arena *a, const char *s) { return s ? arena_strndup(a, s, strlen(s)) : NULL; }

char *arena_printf(el_arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) return NULL;
  char *p = arena_alloc(a, (size_t)n + 1);
  if (!p) return NULL;
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

size_t arena_used(const el_arena *a) { return a ? a->total : 0; }

int vec_reserve_one(void **items, size_t *cap, size_t n, size_t elem_size) {
  if (n < *cap) return 0;
  size_t ncap = *cap ? *cap * 2 : 16;
  if (ncap > SIZE_MAX / elem_size) return -1;
  void *p = realloc(*items, ncap * elem_size);
  if (!p) return -1;
  memset((char *)p + n * elem_size, 0, (ncap - n) * elem_size);
  *items = p;
  *cap = ncap;
  return 0;
}

const char *el_status_str(el_status s) {
  switch (s) {
    case EL_OK: return "ok";
    case EL_ERR_NOMEM: return "out of memory";
    case EL_ERR_IO: return "I/O error";
    case EL_ERR_PARSE: return "malformed input";
    case EL_ERR_INPUT: return "input rejected";
    case EL_ERR_DB: return "database error";
    case EL_ERR_ARG: return "bad argument";
    case EL_ERR_NOTFOUND: return "not found";
    case EL_ERR_FULL: return "disk full";
  }
  return "unknown error";
}

const char *el_precision_str(el_precision p) {
  switch (p) {
    case EL_PREC_UNKNOWN: return "unknown";
    case EL_PREC_DECADE: return "decade";
    case EL_PREC_YEAR: return "year";
    case EL_PREC_QUARTER: return "quarter";
    case EL_PREC_SEASON: return "season";
    case EL_PREC_MONTH: return "month";
    case EL_PREC_WEEK: return "week";
    case EL_PREC_DAY: return "day";
    case EL_PREC_TIME: return "time";
  }
  return "unknown";
}

el_doc *doc_new(void) {
  el_doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->arena = arena_new(0);
  if (!d->arena) {
    free(d);
    return NULL;
  }
  d->published_origin = "unknown";
  return d;
}

void doc_free(el_doc *d) {
  if (!d) return;
  EL_VEC_FREE(d->skip);
  EL_VEC_FREE(d->sents);
  EL_VEC_FREE(d->toks);
  EL_VEC_FREE(d->timexes);
  EL_VEC_FREE(d->actors);
  EL_VEC_FREE(d->quotes);
  EL_VEC_FREE(d->events);
  EL_VEC_FREE(d->learned);
  arena_free(d->arena);
  free(d);
}
