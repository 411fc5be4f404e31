/*
 * store.h — the storage stage: SQLite (WAL, foreign keys, schema_version +
 * migrations).  One document = one transaction with all its rows; documents
 * keyed by content hash so re-ingesting is a no-op.  Bound parameters only.
 * Also the read side used by the CLI queries (events, quotes, actors).
 */
#ifndef EL_STORE_H
#define EL_STORE_H
#include <stdint.h>

#include "eventline.h"

typedef struct el_store el_store;

/* Open/create the database at path (migrating the schema). readonly opens
 * without creating.  On failure writes a message into err. */
el_status store_open(const char *path, bool readonly, el_store **out, char *err, size_t errlen);
void store_close(el_store *s);
const char *store_errmsg(const el_store *s);

/* Store doc with all its sentences, mentions, events, quotes, learned actors
 * in one transaction.  *inserted = false when the hash was already stored
 * (nothing changes).  EL_ERR_FULL when the disk (or file size limit) is
 * full; the document is then not stored at all. */
el_status store_put_doc(el_store *s, const el_doc *doc, bool *inserted);
/* Inside a batch (below) a document is a savepoint instead: still all or
 * nothing, and a document that breaks a constraint (EL_ERR_INPUT) is
 * rolled back alone while the batch goes on.  After any other error the
 * batch is gone (rolled back); call store_batch_abort. */

/* Group the following store_put_doc calls into one transaction: far fewer
 * commits and WAL syncs for bulk ingest.  Nothing of the batch is visible
 * or durable before store_batch_commit; a crash loses the batch whole. */
el_status store_batch_begin(el_store *s);
el_status store_batch_commit(el_store *s);
/* Roll back the open batch, if any. */
void store_batch_abort(el_store *s);

/* Is an article with this content hash stored?  Lets ingest skip the
 * pipeline for duplicates. */
el_status store_has_doc(el_store *s, const char *hash, bool *found);

/* The schema version of the open database (latest after store_open). */
int store_schema_version(const el_store *s);
/* The newest schema version this build knows. */
int store_schema_latest(void);

/* Stable id of event mention idx of the document with content hash
 * doc_hash: 16 hex digits of SHA-256("<hash>:<idx>"). */
void store_event_uid(const char *doc_hash, size_t idx, char out[17]);
/* "fact", "intent", "hypothetical", "question", "denial". */
const char *store_mood_str(el_mood m);

/* ---- read side ------------------------------------------------------ */

/* A learned actor as stored (strings valid during the callback only). */
typedef struct {
  const char *name, *code, *country, *agent, *role;
  const char *first_seen, *last_seen; /* "" when unknown */
  const char *evidence_doc;           /* article id */
  uint32_t evidence_start, evidence_end;
} store_learned_row;

typedef el_status (*store_learned_fn)(void *ctx, const store_learned_row *row);

/* Every learned actor, ordered by first_seen then name (so feeding them to
 * actor_dict_learn in order replays how they were learned). */
el_status store_each_learned_actor(el_store *s, store_learned_fn fn, void *ctx);

/* One stored event mention, joined with its document and sentence.  Strings
 * are valid during the callback only; "" for NULL columns. */
typedef struct {
  const char *uid;    /* stable mention id (hash of doc hash and index) */
  const char *doc_id; /* article id */
  int32_t sentence;
  const char *sentence_text; /* not NUL-terminated in the db: copied, NUL-terminated */
  uint32_t sent_start, sent_end;
  const char *cameo, *root, *plover;
  int quad_class;
  double goldstein;
  const char *source_code, *source_country, *source_name;
  const char *target_code, *target_country, *target_name;
  bool negated;
  const char *mood; /* "fact", "intent", "hypothetical", "question", "denial" */
  double confidence;
  const char *pattern_id;
  const char *trigger_text;
  uint32_t trigger_start, trigger_end;
  const char *date, *date_precision, *date_start, *date_end;
  double date_confidence;
  const char *details_json; /* "" when none */
} store_event_row;

typedef struct {
  const char *actor;           /* country code, full code or name substring; NULL = any */
  const char *dyad_a, *dyad_b; /* both or none */
  bool directed;               /* dyad A->B only (else either direction) */
  const char *from, *to;       /* date bounds (inclusive, ISO prefixes); NULL = open */
  const char *code_prefix;     /* CAMEO code prefix; NULL = any */
  bool all;                    /* include negated and non-factual mentions */
} store_event_filter;

typedef el_status (*store_event_fn)(void *ctx, const store_event_row *row);

/* Every matching mention, ordered by date_start, date, source code, target
 * code, cameo, negated, mood, then article and sentence.  A callback error
 * stops and is returned. */
el_status store_each_event(el_store *s, const store_event_filter *f, store_event_fn fn, void *ctx);

typedef struct {
  const char *doc_id;
  int32_t sentence;
  uint32_t start, end;
  const char *text, *speaker_name, *speaker_code, *cue, *date; /* "" for NULL */
} store_quote_row;

typedef struct {
  const char *speaker; /* name substring or code (prefix), case-insensitive; NULL = any */
  const char *from, *to;
} store_quote_filter;

typedef el_status (*store_quote_fn)(void *ctx, const store_quote_row *row);

/* Matching quotes ordered by date, article, offset. */
el_status store_each_quote(el_store *s, const store_quote_filter *f, store_quote_fn fn, void *ctx);

/* Mention counts per actor code over the corpus. */
typedef struct {
  const char *code, *country;
  const char *name; /* most frequent name for the code, "" if none */
  int64_t mentions, documents;
} store_actor_count_row;

typedef el_status (*store_actor_count_fn)(void *ctx, const store_actor_count_row *row);

/* Ordered by mentions descending, then code. */
el_status store_each_actor_count(el_store *s, store_actor_count_fn fn, void *ctx);

/* Row counts for a status line. */
typedef struct {
  int64_t documents, sentences, events, quotes, actor_mentions, learned_actors;
} store_counts_t;
el_status store_counts(el_store *s, store_counts_t *out);
#endif
