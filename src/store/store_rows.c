/*
 * store_rows.c — owned copies of query rows (see store_rows.h).
 */
#include "store/store_rows.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Copy a struct of `size` bytes holding `nfields` string pointers at the
 * given offsets into one block: struct, then the strings. */
static void *dup_with_strings(const void *src, size_t size, const size_t *offs, size_t nfields) {
  size_t total = size;
  for (size_t i = 0; i < nfields; i++) {
    const char *s = *(const char *const *)((const char *)src + offs[i]);
    total += (s ? strlen(s) : 0) + 1;
  }
  char *block = malloc(total);
  if (!block) return NULL;
  memcpy(block, src, size);
  char *p = block + size;
  for (size_t i = 0; i < nfields; i++) {
    const char *s = *(const char *const *)((const char *)src + offs[i]);
    size_t n = s ? strlen(s) : 0;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    *(const char **)(block + offs[i]) = p;
    p += n + 1;
  }
  return block;
}

#define OFF(T, f) offsetof(T, f)

store_event_row *store_event_row_dup(const store_event_row *r) {
  static const size_t offs[] = {OFF(store_event_row, uid),
                                OFF(store_event_row, doc_id),
                                OFF(store_event_row, sentence_text),
                                OFF(store_event_row, cameo),
                                OFF(store_event_row, root),
                                OFF(store_event_row, plover),
                                OFF(store_event_row, source_code),
                                OFF(store_event_row, source_country),
                                OFF(store_event_row, source_name),
                                OFF(store_event_row, target_code),
                                OFF(store_event_row, target_country),
                                OFF(store_event_row, target_name),
                                OFF(store_event_row, mood),
                                OFF(store_event_row, pattern_id),
                                OFF(store_event_row, trigger_text),
                                OFF(store_event_row, date),
                                OFF(store_event_row, date_precision),
                                OFF(store_event_row, date_start),
                                OFF(store_event_row, date_end),
                                OFF(store_event_row, details_json)};
  return dup_with_strings(r, sizeof *r, offs, sizeof offs / sizeof offs[0]);
}

void store_event_row_free(store_event_row *r) {
  free(r);
}

store_quote_row *store_quote_row_dup(const store_quote_row *r) {
  static const size_t offs[] = {
      OFF(store_quote_row, doc_id),       OFF(store_quote_row, text),
      OFF(store_quote_row, speaker_name), OFF(store_quote_row, speaker_code),
      OFF(store_quote_row, cue),          OFF(store_quote_row, date)};
  return dup_with_strings(r, sizeof *r, offs, sizeof offs / sizeof offs[0]);
}

void store_quote_row_free(store_quote_row *r) {
  free(r);
}

/* Append an owned item to a typed list {T **v; size_t n, cap;}. */
#define LIST_PUSH(l, item, free_fn)                      \
  do {                                                   \
    if (!(item)) return EL_ERR_NOMEM;                    \
    if ((l)->n == (l)->cap) {                            \
      size_t ncap = (l)->cap ? (l)->cap * 2 : 64;        \
      void *nv = realloc((l)->v, ncap * sizeof *(l)->v); \
      if (!nv) {                                         \
        free_fn(item);                                   \
        return EL_ERR_NOMEM;                             \
      }                                                  \
      (l)->v = nv;                                       \
      (l)->cap = ncap;                                   \
    }                                                    \
    (l)->v[(l)->n++] = (item);                           \
    return EL_OK;                                        \
  } while (0)

el_status store_event_list_add(void *ctx, const store_event_row *row) {
  store_event_list *l = ctx;
  store_event_row *item = store_event_row_dup(row);
  LIST_PUSH(l, item, store_event_row_free);
}

void store_event_list_free(store_event_list *l) {
  for (size_t i = 0; i < l->n; i++) store_event_row_free(l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}

el_status store_quote_list_add(void *ctx, const store_quote_row *row) {
  store_quote_list *l = ctx;
  store_quote_row *item = store_quote_row_dup(row);
  LIST_PUSH(l, item, store_quote_row_free);
}

void store_quote_list_free(store_quote_list *l) {
  for (size_t i = 0; i < l->n; i++) store_quote_row_free(l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}
