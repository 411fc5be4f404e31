/*
 * store_rows.h — owned copies of the rows the store's query callbacks hand
 * out (their strings die with the callback).  One allocation per copy: the
 * struct followed by its strings; free() it with the matching _free.
 */
#ifndef EL_STORE_ROWS_H
#define EL_STORE_ROWS_H
#include "store/store.h"

store_event_row *store_event_row_dup(const store_event_row *r); /* NULL on OOM */
void store_event_row_free(store_event_row *r);
store_quote_row *store_quote_row_dup(const store_quote_row *r); /* NULL on OOM */
void store_quote_row_free(store_quote_row *r);

/* A growable list of owned event rows, filled from store_each_event. */
typedef struct {
  store_event_row **v;
  size_t n, cap;
} store_event_list;

/* store_each_event callback: ctx is a store_event_list. */
el_status store_event_list_add(void *ctx, const store_event_row *row);
void store_event_list_free(store_event_list *l);

typedef struct {
  store_quote_row **v;
  size_t n, cap;
} store_quote_list;

el_status store_quote_list_add(void *ctx, const store_quote_row *row);
void store_quote_list_free(store_quote_list *l);
#endif
