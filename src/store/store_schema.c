/*
 * store_schema.c — opening the SQLite database: connection settings (WAL,
 * foreign keys, busy wait), the schema as an ordered list of migrations
 * recorded in `schema_version`, and error reporting.  A new schema change is
 * a new entry appended to `migrations`; never edit an applied one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store_int.h"

/* Migration N (1-based) is migrations[N - 1].  Static SQL only. */
static const char *const migrations[] = {
    /* 1: everything */
    "CREATE TABLE documents ("
    "  id INTEGER PRIMARY KEY,"
    "  doc_id TEXT NOT NULL,"
    "  hash TEXT NOT NULL UNIQUE,"
    "  path TEXT, line INTEGER,"
    "  source TEXT, url TEXT, title TEXT, lang TEXT,"
    "  published TEXT, published_origin TEXT, published_confidence REAL,"
    "  text TEXT NOT NULL,"
    "  invalid_bytes INTEGER NOT NULL DEFAULT 0,"
    "  ingested_at TEXT NOT NULL);"
    "CREATE INDEX documents_doc_id ON documents(doc_id);"
    "CREATE TABLE sentences ("
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    "  para INTEGER NOT NULL,"
    "  PRIMARY KEY (doc, idx),"
    "  CHECK (byte_start <= byte_end));"
    "CREATE TABLE actor_mentions ("
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  sentence INTEGER,"
    "  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    "  code TEXT NOT NULL, country TEXT, name TEXT,"
    "  kind TEXT NOT NULL, is_person INTEGER NOT NULL, confidence REAL,"
    "  PRIMARY KEY (doc, idx));"
    "CREATE INDEX actor_mentions_code ON actor_mentions(code);"
    "CREATE TABLE timexes ("
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  sentence INTEGER,"
    "  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    "  type TEXT NOT NULL, value TEXT NOT NULL, precision TEXT,"
    "  range_start TEXT, range_end TEXT,"
    "  PRIMARY KEY (doc, idx));"
    "CREATE TABLE events ("
    "  id INTEGER PRIMARY KEY,"
    "  uid TEXT NOT NULL UNIQUE,"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  sentence INTEGER,"
    "  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER, goldstein REAL, plover TEXT,"
    "  source_code TEXT, source_country TEXT, source_name TEXT,"
    "  target_code TEXT, target_country TEXT, target_name TEXT,"
    "  negated INTEGER NOT NULL, mood TEXT NOT NULL, confidence REAL, pattern_id TEXT,"
    "  date TEXT, date_precision TEXT, date_start TEXT, date_end TEXT, date_confidence REAL,"
    "  details_json TEXT,"
    "  evidence_start INTEGER, evidence_end INTEGER,"
    "  trigger_start INTEGER, trigger_end INTEGER,"
    "  CHECK (cameo <> ''));"
    "CREATE INDEX events_doc ON events(doc);"
    "CREATE INDEX events_date ON events(date_start, date_end);"
    "CREATE INDEX events_source_country ON events(source_country);"
    "CREATE INDEX events_target_country ON events(target_country);"
    "CREATE INDEX events_cameo ON events(cameo);"
    "CREATE TABLE quotes ("
    "  id INTEGER PRIMARY KEY,"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  sentence INTEGER,"
    "  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    "  text TEXT NOT NULL,"
    "  speaker_name TEXT, speaker_code TEXT, cue TEXT, date TEXT,"
    "  UNIQUE (doc, idx));"
    "CREATE INDEX quotes_speaker_code ON quotes(speaker_code);"
    "CREATE INDEX quotes_date ON quotes(date);"
    "CREATE TABLE quote_events ("
    "  quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,"
    "  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  PRIMARY KEY (quote, event));"
    "CREATE INDEX quote_events_event ON quote_events(event);"
    "CREATE TABLE actors ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL, code TEXT NOT NULL,"
    "  country TEXT, agent TEXT, role TEXT,"
    "  first_seen TEXT, last_seen TEXT,"
    "  evidence_doc INTEGER REFERENCES documents(id) ON DELETE SET NULL,"
    "  evidence_start INTEGER, evidence_end INTEGER,"
    "  UNIQUE (name, code));"
    "CREATE INDEX actors_evidence_doc ON actors(evidence_doc);",
};

#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int store_schema_latest(void) {
  return N_MIGRATIONS;
}

el_status store_fail(el_store *s, int rc, const char *what) {
  int last_errno = errno; /* before anything else can change it */
  int sys = sqlite3_system_errno(s->db);
  /* After a failed COMMIT SQLite rolls back and forgets the write's errno. */
  if (!sys && (rc & 0xff) == SQLITE_IOERR) sys = last_errno;
  int prim = rc & 0xff;
  const char *msg = sqlite3_errmsg(s->db);
  bool full = prim == SQLITE_FULL || (prim == SQLITE_IOERR && (sys == ENOSPC || sys == EFBIG
#ifdef EDQUOT
                                                               || sys == EDQUOT
#endif
                                                               ));
  if (full)
    snprintf(s->err, sizeof s->err, "%s: database or disk is full (%s%s%s)", what, msg,
             sys ? ": " : "", sys ? strerror(sys) : "");
  else if (prim == SQLITE_READONLY)
    snprintf(s->err, sizeof s->err, "%s: database is read-only (%s)", what, msg);
  else if (sys && (prim == SQLITE_IOERR || prim == SQLITE_CANTOPEN))
    snprintf(s->err, sizeof s->err, "%s: %s: %s", what, msg, strerror(sys));
  else
    snprintf(s->err, sizeof s->err, "%s: %s", what, msg);
  return full ? EL_ERR_FULL : EL_ERR_DB;
}

const char *store_errmsg(const el_store *s) {
  return s ? s->err : "no store";
}

/* Current version, 0 for a database without the table. */
static el_status read_version(el_store *s, int *version) {
  sqlite3_stmt *st = NULL;
  *version = 0;
  int rc = sqlite3_prepare_v2(s->db,
                              "SELECT count(*) FROM sqlite_master WHERE type='table' AND "
                              "name='schema_version'",
                              -1, &st, NULL);
  if (rc != SQLITE_OK) return store_fail(s, rc, "reading the schema");
  rc = sqlite3_step(st);
  bool have = rc == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW) return store_fail(s, rc, "reading the schema");
  if (!have) return EL_OK;
  rc = sqlite3_prepare_v2(s->db, "SELECT max(version) FROM schema_version", -1, &st, NULL);
  if (rc != SQLITE_OK) return store_fail(s, rc, "reading schema_version");
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) *version = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW) return store_fail(s, rc, "reading schema_version");
  return EL_OK;
}

static el_status exec(el_store *s, const char *sql, const char *what) {
  int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
  return rc == SQLITE_OK ? EL_OK : store_fail(s, rc, what);
}

/* Apply the migrations the database lacks, all in one transaction. */
static el_status migrate(el_store *s) {
  int version;
  el_status st = read_version(s, &version);
  if (st != EL_OK) return st;
  if (version == N_MIGRATIONS) return EL_OK;
  if ((st = exec(s, "BEGIN IMMEDIATE", "starting the schema migration")) != EL_OK) return st;
  /* Re-read inside the write lock: another process may have migrated. */
  if ((st = read_version(s, &version)) != EL_OK) goto fail;
  if (version > N_MIGRATIONS) {
    snprintf(s->err, sizeof s->err,
             "database schema version %d is newer than this eventline (%d): upgrade eventline",
             version, N_MIGRATIONS);
    st = EL_ERR_DB;
    goto fail;
  }
  if (version == 0 &&
      (st = exec(s,
                 "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT "
                 "NULL)",
                 "creating schema_version")) != EL_OK)
    goto fail;
  for (int v = version + 1; v <= N_MIGRATIONS; v++) {
    char what[64];
    snprintf(what, sizeof what, "schema migration %d", v);
    if ((st = exec(s, migrations[v - 1], what)) != EL_OK) goto fail;
    sqlite3_stmt *ins = NULL;
    int rc = sqlite3_prepare_v2(s->db,
                                "INSERT INTO schema_version(version, applied_at) VALUES (?1, "
                                "strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                                -1, &ins, NULL);
    if (rc == SQLITE_OK) {
      sqlite3_bind_int(ins, 1, v);
      rc = sqlite3_step(ins);
      if (rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK) st = store_fail(s, rc, what);
    sqlite3_finalize(ins);
    if (st != EL_OK) goto fail;
  }
  if ((st = exec(s, "COMMIT", "committing the schema migration")) != EL_OK) goto fail;
  return EL_OK;
fail:
  sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  return st;
}

int store_schema_version(const el_store *s) {
  int v = 0;
  if (read_version((el_store *)s, &v) != EL_OK) return -1;
  return v;
}

/* Waiting for another writer's lock.  SQLite's own timeout backs off to
 * 100 ms polls, while a writer that commits a batch and at once begins the
 * next leaves only a short window, so a second ingest could wait long and
 * give up after the 10 s it had.  Poll every 2 ms instead (the writer
 * leaves 3 ms after each batch, store_batch_commit), for up to
 * STORE_BUSY_MAX_MS. */
#define STORE_BUSY_POLL_MS 2
#define STORE_BUSY_MAX_MS (2 * 60 * 1000)
static int store_busy_wait(void *ud, int tries) {
  (void)ud;
  if ((long)tries * STORE_BUSY_POLL_MS >= STORE_BUSY_MAX_MS) return 0;
  sqlite3_sleep(STORE_BUSY_POLL_MS);
  return 1;
}

/* Switch a writable database to WAL.  Two processes creating one new
 * database at once: the switch needs an exclusive lock and SQLite can
 * answer SQLITE_BUSY at once, without calling the busy handler, so retry
 * it on the same schedule.  A file system without WAL keeps its mode. */
static el_status enable_wal(el_store *s) {
  for (long waited = 0;; waited += STORE_BUSY_POLL_MS) {
    int rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
    if (rc == SQLITE_OK) return EL_OK;
    if ((rc & 0xff) != SQLITE_BUSY || waited >= STORE_BUSY_MAX_MS)
      return store_fail(s, rc, "enabling WAL");
    sqlite3_sleep(STORE_BUSY_POLL_MS);
  }
}

el_status store_open(const char *path, bool readonly, el_store **out, char *err, size_t errlen) {
  *out = NULL;
  if (err && errlen) err[0] = '\0';
  el_store *s = calloc(1, sizeof *s);
  if (!s) return EL_ERR_NOMEM;
  s->readonly = readonly;
  el_status st = EL_ERR_DB;
  if (readonly && access(path, F_OK) != 0) {
    snprintf(s->err, sizeof s->err, "%s: no such database (run `eventline ingest` first)", path);
    st = EL_ERR_NOTFOUND;
    goto fail;
  }
  int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK) {
    int sys = s->db ? sqlite3_system_errno(s->db) : 0;
    snprintf(s->err, sizeof s->err, "cannot open database %s: %s%s%s", path,
             s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc), sys ? ": " : "",
             sys ? strerror(sys) : "");
    goto fail;
  }
  sqlite3_extended_result_codes(s->db, 1);
  sqlite3_busy_handler(s->db, store_busy_wait, NULL);
  /* SQLite silently opens an unwritable file read-only: refuse to write to it. */
  if (!readonly && sqlite3_db_readonly(s->db, "main") == 1) {
    snprintf(s->err, sizeof s->err,
             "cannot write to database %s: it is read-only (permission denied)", path);
    goto fail;
  }
  if ((st = store_register_functions(s)) != EL_OK) goto fail;
  if ((st = exec(s, "PRAGMA foreign_keys = ON", "enabling foreign keys")) != EL_OK) goto fail;
  if (!readonly) {
    if ((st = enable_wal(s)) != EL_OK) goto fail;
    if ((st = exec(s, "PRAGMA synchronous = NORMAL", "setting synchronous")) != EL_OK) goto fail;
    if ((st = migrate(s)) != EL_OK) goto fail;
  } else {
    int v;
    if ((st = read_version(s, &v)) != EL_OK) goto fail;
    if (v == 0) {
      snprintf(s->err, sizeof s->err, "%s: not an eventline database (no schema_version)", path);
      st = EL_ERR_DB;
      goto fail;
    }
    if (v != N_MIGRATIONS) {
      snprintf(s->err, sizeof s->err,
               "%s: schema version %d, this eventline reads %d (run `eventline ingest` to "
               "migrate)",
               path, v, N_MIGRATIONS);
      st = EL_ERR_DB;
      goto fail;
    }
  }
  *out = s;
  return EL_OK;
fail:
  if (st == EL_OK) st = EL_ERR_DB;
  if (err && errlen) snprintf(err, errlen, "%s", s->err);
  store_close(s);
  return st;
}

void store_close(el_store *s) {
  if (!s) return;
  for (int i = 0; i < ST__COUNT; i++) sqlite3_finalize(s->st[i]);
  sqlite3_close(s->db);
  free(s);
}
