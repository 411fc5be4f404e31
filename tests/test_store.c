/*
 * test_store.c — the SQLite store on hand-built documents: schema version
 * and idempotent migrations, idempotent re-ingest (row counts and a content
 * checksum of every table unchanged), all-or-nothing documents (a trigger
 * makes an insert fail mid-document), SQL-shaped names stored as data,
 * read-only databases, a full disk (file size limit), and the queries.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <openssl/evp.h>
#include <sqlite3.h>

#include "store/store.h"

static const char EVIL[] = "'; DROP TABLE events; --";

typedef struct {
  char dir[64];
  char db[128];
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  snprintf(f->dir, sizeof f->dir, "/tmp/el_store_XXXXXX");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->db, sizeof f->db, "%s/t.db", f->dir);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  char cmd[200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
  free(f);
  return 0;
}

static void sha256_hex(const char *s, size_t n, char out[65]) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  assert_true(EVP_Digest(s, n, md, &len, EVP_sha256(), NULL));
  for (unsigned i = 0; i < 32; i++) sprintf(out + 2 * i, "%02x", md[i]);
}

/* A two-sentence article with two actors, a time expression, two events
 * (the second with CAMEO code `cameo2`), a quote and a learned actor. */
static el_doc *make_doc(const char *id, const char *tail, const char *source_name,
                        const char *cameo2) {
  el_doc *d = doc_new();
  assert_non_null(d);
  d->id = arena_strdup(d->arena, id);
  d->path = "mem.jsonl";
  d->line = 3;
  d->source = "Wire";
  strcpy(d->published, "2026-01-08");
  d->published_origin = "metadata";
  d->published_confidence = 1.0;
  /* sentence 0: [0, 45), sentence 1: [46, ...) */
  d->text = arena_printf(
      d->arena, "Alpha met Beta on Monday in the capital city. \"We agree,\" Alpha said %s.", tail);
  d->len = strlen(d->text);
  sha256_hex(d->text, d->len, d->hash);
  el_sentence *s = EL_VEC_PUSH(d->sents);
  *s = (el_sentence){.start = 0, .end = 45, .para = 0};
  s = EL_VEC_PUSH(d->sents);
  *s = (el_sentence){.start = 46, .end = (uint32_t)d->len, .para = 0};
  el_actor_mention *a = EL_VEC_PUSH(d->actors);
  *a = (el_actor_mention){.start = 0, .end = 5, .sentence = 0, .code = "USAGOV", .country = "USA"};
  a->name = arena_strdup(d->arena, source_name);
  a = EL_VEC_PUSH(d->actors);
  *a =
      (el_actor_mention){.start = 10, .end = 14, .sentence = 0, .code = "COLGOV", .country = "COL"};
  a->name = "Beta";
  el_timex *t = EL_VEC_PUSH(d->timexes);
  *t = (el_timex){.start = 18,
                  .end = 24,
                  .type = EL_TIMEX_DATE,
                  .value = "2026-01-05",
                  .precision = EL_PREC_DAY,
                  .range_start = "2026-01-05",
                  .range_end = "2026-01-05",
                  .sentence = 0};
  el_event *e = EL_VEC_PUSH(d->events);
  *e = (el_event){.sentence = 0,
                  .trigger_start = 6,
                  .trigger_end = 9,
                  .cameo = "040",
                  .root = "04",
                  .quad_class = 1,
                  .goldstein = 1.0,
                  .plover = "CONSULT",
                  .source = {.code = "USAGOV", .country = "USA"},
                  .target = {.code = "COLGOV", .country = "COL", .name = "Beta"},
                  .confidence = 0.8,
                  .pattern_id = "test:met",
                  .date = "2026-01-05",
                  .date_precision = EL_PREC_DAY,
                  .date_start = "2026-01-05",
                  .date_end = "2026-01-05",
                  .timex = 0};
  e->source.name = arena_strdup(d->arena, source_name);
  e->details_json = "{\"duration\":[\"PT35M\"]}";
  e = EL_VEC_PUSH(d->events);
  *e = (el_event){.sentence = 0,
                  .trigger_start = 6,
                  .trigger_end = 9,
                  .root = "05",
                  .quad_class = 1,
                  .source = {.code = "COLGOV", .country = "COL", .name = "Beta"},
                  .target = {.code = "USAGOV", .country = "USA"},
                  .negated = true,
                  .mood = EL_MOOD_HYPOTHETICAL,
                  .date = "2026-01",
                  .date_precision = EL_PREC_MONTH,
                  .date_start = "2026-01-01",
                  .date_end = "2026-01-31",
                  .timex = -1};
  snprintf(e->cameo, sizeof e->cameo, "%s", cameo2);
  el_quote *q = EL_VEC_PUSH(d->quotes);
  *q = (el_quote){.start = 47,
                  .end = 56,
                  .sentence = 1,
                  .speaker = 0,
                  .speaker_code = "USAGOV",
                  .cue = "said-after"};
  q->speaker_name = arena_strdup(d->arena, source_name);
  el_learned_actor *l = EL_VEC_PUSH(d->learned);
  *l = (el_learned_actor){.code = "USAGOV",
                          .country = "USA",
                          .agent = "GOV",
                          .date = "2026-01-08",
                          .start = 0,
                          .end = 5};
  l->name = arena_strdup(d->arena, source_name);
  l->role = "President";
  return d;
}

/* Row count and FNV-1a checksum over every value of every table. */
static void db_digest(const char *path, long *rows, uint64_t *sum) {
  sqlite3 *db;
  assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_stmt *tables;
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT name FROM sqlite_master WHERE type='table' AND name "
                                      "NOT LIKE 'sqlite_%' ORDER BY name",
                                      -1, &tables, NULL),
                   SQLITE_OK);
  *rows = 0;
  uint64_t h = 1469598103934665603ULL;
  while (sqlite3_step(tables) == SQLITE_ROW) {
    char sql[200];
    snprintf(sql, sizeof sql, "SELECT * FROM \"%s\" ORDER BY rowid",
             (const char *)sqlite3_column_text(tables, 0));
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
      (*rows)++;
      for (int c = 0; c < sqlite3_column_count(st); c++) {
        const unsigned char *v = sqlite3_column_text(st, c);
        for (const unsigned char *p = v ? v : (const unsigned char *)"\x01NULL"; *p; p++)
          h = (h ^ *p) * 1099511628211ULL;
        h = (h ^ 0xff) * 1099511628211ULL;
      }
    }
    sqlite3_finalize(st);
  }
  sqlite3_finalize(tables);
  sqlite3_close(db);
  *sum = h;
}

static long count_rows(const char *path, const char *sql) {
  sqlite3 *db;
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  long n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

static void test_schema_and_migrations(void **state) {
  fixture *f = *state;
  el_store *s;
  char err[300];
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  assert_int_equal(store_schema_version(s), store_schema_latest());
  assert_true(store_schema_latest() >= 1);
  store_close(s);
  /* Reopening applies nothing twice. */
  for (int i = 0; i < 2; i++) {
    assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
    store_close(s);
  }
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM schema_version"), store_schema_latest());
  assert_int_equal(count_rows(f->db, "SELECT max(version) FROM schema_version"),
                   store_schema_latest());
  assert_string_equal("wal", "wal");
  assert_int_equal(count_rows(f->db,
                              "SELECT count(*) FROM pragma_journal_mode WHERE "
                              "journal_mode='wal'"),
                   1);
  /* A database from a newer eventline is refused, not downgraded. */
  sqlite3 *db;
  assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "INSERT INTO schema_version VALUES (999, 'x')", 0, 0, 0),
                   SQLITE_OK);
  sqlite3_close(db);
  assert_int_not_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  assert_non_null(strstr(err, "newer"));
}

static void test_idempotent_reingest(void **state) {
  fixture *f = *state;
  el_store *s;
  char err[300];
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  el_doc *d = make_doc("art-1", "today", "Alpha", "051");
  bool ins = false;
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  assert_true(ins);
  doc_free(d);
  store_counts_t c;
  assert_int_equal(store_counts(s, &c), EL_OK);
  assert_int_equal(c.documents, 1);
  assert_int_equal(c.sentences, 2);
  assert_int_equal(c.events, 2);
  assert_int_equal(c.quotes, 1);
  assert_int_equal(c.actor_mentions, 2);
  assert_int_equal(c.learned_actors, 1);
  store_close(s);
  long rows1, rows2;
  uint64_t sum1, sum2;
  db_digest(f->db, &rows1, &sum1);
  /* The quote is in sentence 1, the events in sentence 0: no link. */
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM quote_events"), 0);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM timexes"), 1);
  /* Quote dated by the article's date. */
  assert_int_equal(count_rows(f->db,
                              "SELECT count(*) FROM quotes WHERE date='2026-01-08' AND "
                              "text='We agree,'"),
                   1);

  /* Same text again (even under another id, from a new el_doc): nothing changes. */
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  for (int i = 0; i < 2; i++) {
    d = make_doc(i ? "other-id" : "art-1", "today", "Alpha", "051");
    assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
    assert_false(ins);
    doc_free(d);
  }
  store_close(s);
  db_digest(f->db, &rows2, &sum2);
  assert_int_equal(rows1, rows2);
  assert_true(sum1 == sum2);
}

static void test_all_or_nothing(void **state) {
  fixture *f = *state;
  el_store *s;
  char err[300];
  bool ins;
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  el_doc *d = make_doc("good", "first", "Alpha", "051");
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  doc_free(d);
  store_close(s);
  /* A trigger that fails the insert of an event with code 999. */
  sqlite3 *db;
  assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db,
                                "CREATE TRIGGER fail_999 BEFORE INSERT ON events WHEN "
                                "NEW.cameo = '999' BEGIN SELECT RAISE(ABORT, 'injected'); END",
                                0, 0, 0),
                   SQLITE_OK);
  sqlite3_close(db);
  long rows1, rows2;
  uint64_t sum1, sum2;
  db_digest(f->db, &rows1, &sum1);

  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  d = make_doc("bad", "second", "Alpha", "999"); /* the second event fails */
  ins = true;
  assert_int_equal(store_put_doc(s, d, &ins), EL_ERR_INPUT); /* the document's fault */
  assert_false(ins);
  assert_non_null(strstr(store_errmsg(s), "injected"));
  doc_free(d);
  db_digest(f->db, &rows2, &sum2);
  assert_int_equal(rows1, rows2);
  assert_true(sum1 == sum2);
  /* The handle is still usable afterwards. */
  d = make_doc("third", "third", "Alpha", "051");
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  assert_true(ins);
  doc_free(d);
  store_close(s);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM documents"), 2);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM documents WHERE doc_id='bad'"), 0);

  /* A malformed document (quote outside the text) is refused whole too. */
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  d = make_doc("oob", "fourth", "Alpha", "051");
  d->quotes.v[0].end = (uint32_t)d->len + 10;
  assert_int_not_equal(store_put_doc(s, d, &ins), EL_OK);
  doc_free(d);
  store_close(s);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM documents WHERE doc_id='oob'"), 0);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM documents"), 2);

  /* In a batch: the failing document is rolled back alone, the others stay. */
  db_digest(f->db, &rows1, &sum1);
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  assert_int_equal(store_batch_begin(s), EL_OK);
  const char *ids[] = {"b1", "bad-in-batch", "b3"};
  for (int i = 0; i < 3; i++) {
    d = make_doc(ids[i], ids[i], "Alpha", i == 1 ? "999" : "051");
    el_status st = store_put_doc(s, d, &ins);
    assert_int_equal(st, i == 1 ? EL_ERR_INPUT : EL_OK);
    assert_true(ins == (i != 1));
    doc_free(d);
  }
  /* The same article twice in one batch is a duplicate. */
  d = make_doc("b1", "b1", "Alpha", "051");
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  assert_false(ins);
  doc_free(d);
  assert_int_equal(store_batch_commit(s), EL_OK);
  store_close(s);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM documents"), 4);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM documents WHERE doc_id LIKE 'bad%'"), 0);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM events"), 8);

  /* An aborted batch leaves nothing. */
  db_digest(f->db, &rows1, &sum1);
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  assert_int_equal(store_batch_begin(s), EL_OK);
  d = make_doc("lost", "lost", "Alpha", "051");
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  doc_free(d);
  store_batch_abort(s);
  store_close(s);
  db_digest(f->db, &rows2, &sum2);
  assert_int_equal(rows1, rows2);
  assert_true(sum1 == sum2);
}

typedef struct {
  int n;
  char names[8][64];
  char ids[8][64];
  bool negated[8];
} collected;

static el_status collect_event(void *ctx, const store_event_row *r) {
  collected *c = ctx;
  if (c->n < 8) {
    snprintf(c->names[c->n], 64, "%s", r->source_name);
    snprintf(c->ids[c->n], 64, "%s", r->doc_id);
    c->negated[c->n] = r->negated;
  }
  c->n++;
  return EL_OK;
}

static el_status collect_learned(void *ctx, const store_learned_row *r) {
  collected *c = ctx;
  if (c->n < 8) {
    snprintf(c->names[c->n], 64, "%s", r->name);
    snprintf(c->ids[c->n], 64, "%s", r->evidence_doc);
  }
  c->n++;
  return EL_OK;
}

static void test_sql_shaped_names(void **state) {
  fixture *f = *state;
  el_store *s;
  char err[300];
  bool ins;
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  el_doc *d = make_doc(EVIL, "now", EVIL, "051");
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  doc_free(d);
  collected c = {0};
  store_event_filter flt = {.actor = EVIL};
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 1); /* the factual one */
  assert_string_equal(c.names[0], EVIL);
  assert_string_equal(c.ids[0], EVIL);
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_learned_actor(s, collect_learned, &c), EL_OK);
  assert_int_equal(c.n, 1);
  assert_string_equal(c.names[0], EVIL);
  assert_string_equal(c.ids[0], EVIL);
  store_close(s);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM events"), 2);
}

static void test_queries(void **state) {
  fixture *f = *state;
  el_store *s;
  char err[300];
  bool ins;
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  el_doc *d = make_doc("q1", "again", "Alpha Person", "051");
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  doc_free(d);
  collected c = {0};
  /* Default: factual only (the second event is negated/hypothetical). */
  assert_int_equal(store_each_event(s, NULL, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 1);
  assert_false(c.negated[0]);
  store_event_filter flt = {.all = true};
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 2);
  /* Dyad in both directions, or directed. */
  flt = (store_event_filter){.all = true, .dyad_a = "COL", .dyad_b = "USA"};
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 2);
  flt.directed = true;
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 1);
  assert_string_equal(c.names[0], "Beta");
  /* A capitalised code does not match names by substring ("COL" vs "Colin"). */
  flt = (store_event_filter){.all = true, .actor = "ALPHA"};
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 0);
  flt.actor = "alpha pers"; /* name substring, case-insensitive */
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 1);
  flt.actor = "usa"; /* lower case: the whole country code in any case */
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 2);
  flt.actor = "usag"; /* ... but not a code prefix */
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 0);
  flt = (store_event_filter){.all = true, .actor = "USAGOV", .code_prefix = "04"};
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 1);
  /* Dates: the month-long event overlaps 2026-01-20; the day event not. */
  flt = (store_event_filter){.all = true, .from = "2026-01-20", .to = "2026-01-20"};
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 1);
  assert_true(c.negated[0]);
  flt = (store_event_filter){.all = true, .from = "2026-02"};
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 0);
  flt = (store_event_filter){.all = true, .to = "2026-01"};
  memset(&c, 0, sizeof c);
  assert_int_equal(store_each_event(s, &flt, collect_event, &c), EL_OK);
  assert_int_equal(c.n, 2);
  store_close(s);
}

/* A quote in the sentence of two events is linked to both; without an
 * article date it takes the date of its sentence's event. */
static void test_quote_links(void **state) {
  fixture *f = *state;
  el_store *s;
  char err[300];
  bool ins;
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  el_doc *d = make_doc("linked", "x", "Alpha", "051");
  d->quotes.v[0].sentence = 0;
  d->published[0] = '\0';
  assert_int_equal(store_put_doc(s, d, &ins), EL_OK);
  doc_free(d);
  store_close(s);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM quote_events"), 2);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM quotes WHERE date = '2026-01-05'"), 1);
  assert_int_equal(count_rows(f->db, "SELECT count(*) FROM documents WHERE published IS NULL"), 1);
}

static void test_readonly(void **state) {
  fixture *f = *state;
  el_store *s;
  char err[300];
  bool ins;
  /* A query on a missing database is an error, and creates nothing. */
  assert_int_equal(store_open(f->db, true, &s, err, sizeof err), EL_ERR_NOTFOUND);
  assert_int_equal(access(f->db, F_OK), -1);
  assert_int_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
  store_close(s);
  /* Opened for reading: writes are refused with a message. */
  assert_int_equal(store_open(f->db, true, &s, err, sizeof err), EL_OK);
  el_doc *d = make_doc("ro", "x", "Alpha", "051");
  assert_int_not_equal(store_put_doc(s, d, &ins), EL_OK);
  assert_non_null(strstr(store_errmsg(s), "read-only"));
  store_close(s);
  /* An unwritable file (not checkable as root, who may write anyway). */
  if (geteuid() != 0) {
    assert_int_equal(chmod(f->db, 0444), 0);
    assert_int_not_equal(store_open(f->db, false, &s, err, sizeof err), EL_OK);
    assert_non_null(strstr(err, "read-only"));
    chmod(f->db, 0644);
  }
  doc_free(d);
  /* A directory that does not exist. */
  char bad[200];
  snprintf(bad, sizeof bad, "%s/no/such/dir/x.db", f->dir);
  assert_int_equal(store_open(bad, false, &s, err, sizeof err), EL_ERR_DB);
  assert_non_null(strstr(err, "cannot open"));
}

/* In a child with a file size limit: store big documents until the limit. */
static void test_disk_full(void **state) {
  fixture *f = *state;
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    el_store *s;
    char err[300];
    if (store_open(f->db, false, &s, err, sizeof err) != EL_OK) _exit(10);
    struct rlimit rl = {.rlim_cur = 400 * 1024, .rlim_max = RLIM_INFINITY};
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(11);
    char *tail = malloc(60000);
    for (int i = 0; i < 100; i++) {
      memset(tail, 'a' + i % 26, 59999);
      tail[59999] = '\0';
      snprintf(tail, 16, "%d ", i);
      tail[strlen(tail)] = 'x';
      el_doc *d = make_doc("big", tail, "Alpha", "051");
      bool ins;
      el_status st = store_put_doc(s, d, &ins);
      doc_free(d);
      if (st == EL_ERR_FULL) {
        bool says = strstr(store_errmsg(s), "full") != NULL;
        store_close(s);
        _exit(says ? 0 : 13);
      }
      if (st != EL_OK) {
        fprintf(stderr, "unexpected: %s\n", store_errmsg(s));
        _exit(12);
      }
    }
    _exit(14);
  }
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  /* What was stored is intact and every stored article is complete. */
  assert_int_equal(count_rows(f->db,
                              "SELECT count(*) FROM pragma_integrity_check WHERE "
                              "integrity_check <> 'ok'"),
                   0);
  assert_int_equal(count_rows(f->db,
                              "SELECT count(*) FROM documents d WHERE (SELECT count(*) "
                              "FROM events e WHERE e.doc = d.id) <> 2"),
                   0);
  assert_true(count_rows(f->db, "SELECT count(*) FROM documents") >= 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_schema_and_migrations, setup, teardown),
      cmocka_unit_test_setup_teardown(test_idempotent_reingest, setup, teardown),
      cmocka_unit_test_setup_teardown(test_all_or_nothing, setup, teardown),
      cmocka_unit_test_setup_teardown(test_sql_shaped_names, setup, teardown),
      cmocka_unit_test_setup_teardown(test_queries, setup, teardown),
      cmocka_unit_test_setup_teardown(test_quote_links, setup, teardown),
      cmocka_unit_test_setup_teardown(test_readonly, setup, teardown),
      cmocka_unit_test_setup_teardown(test_disk_full, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
