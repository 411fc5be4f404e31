/*
 * store_int.h — what the store's files share: the handle (connection and
 * its prepared statements) and the error helpers.  Not for other stages.
 */
#ifndef EL_STORE_INT_H
#define EL_STORE_INT_H
#include <sqlite3.h>

#include "store/store.h"

/* Prepared statements of the write path, prepared once per handle. */
enum {
  ST_DOC_EXISTS,
  ST_DOC_INSERT,
  ST_SENT_INSERT,
  ST_ACTOR_INSERT,
  ST_TIMEX_INSERT,
  ST_EVENT_INSERT,
  ST_QUOTE_INSERT,
  ST_QUOTE_EVENT_INSERT,
  ST_LEARNED_UPSERT,
  ST__COUNT
};

struct el_store {
  sqlite3 *db;
  bool readonly;
  bool in_batch; /* a store_batch_begin transaction is open */
  sqlite3_stmt *st[ST__COUNT];
  char err[512];
};

/* Record an SQLite failure (rc from the failed call) in s->err, prefixed by
 * what was being done; returns the matching el_status (EL_ERR_FULL for a
 * full disk, EL_ERR_DB otherwise). */
el_status store_fail(el_store *s, int rc, const char *what);

/* Prepare all write statements (lazily, first write). */
el_status store_prepare_writes(el_store *s);

/* Register eventline's SQL functions (el_match) on the connection. */
el_status store_register_functions(el_store *s);
#endif
