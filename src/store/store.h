/*
 * store.h — the storage stage: SQLite (WAL, foreign keys, schema_version +
 * migrations).  One document = one transaction with all its rows; documents
 * keyed by content hash so re-ingesting is a no-op.  Bound parameters only.
 * Also the read side used by the CLI queries (events, quotes, actors).
 */
#ifndef EL_STORE_H
#define EL_STORE_H
#include "eventline.h"

typedef struct el_store el_store;

/* Open/create the database at path (migrating the schema). readonly opens
 * without creating.  On failure writes a message into err. */
el_status store_open(const char *path, bool readonly, el_store **out, char *err, size_t errlen);
void store_close(el_store *s);
const char *store_errmsg(const el_store *s);

/* Store doc with all its sentences, mentions, events, quotes, learned actors
 * in one transaction.  *inserted = false when the hash was already stored
 * (nothing changes). */
el_status store_put_doc(el_store *s, const el_doc *doc, bool *inserted);
#endif
