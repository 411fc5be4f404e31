/*
 * store_query.c — the read side: events (filtered, ordered so that the
 * mentions of one merged event are consecutive), quotes, learned actors and
 * per-code mention counts.  Every statement is static SQL with bound
 * parameters; actor matching is the SQL function el_match() defined here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "store/store_int.h"

/* ---- el_match(code, country, name, pattern) ------------------------- */

/* A pattern written in capitals and digits ("USA", "COLGOV") is a CAMEO
 * code: it matches the country or a code prefix.  Anything else ("Ruiz",
 * "hale", "usa") matches a case-insensitive substring of the name, or the
 * whole code or country in any case. */
static bool looks_like_code(const char *p) {
  bool letter = false;
  for (; *p; p++) {
    if (*p >= 'A' && *p <= 'Z')
      letter = true;
    else if (!(*p >= '0' && *p <= '9'))
      return false;
  }
  return letter;
}

static char *fold(const char *s) {
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t n =
      utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                   UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  if (n < 0) return NULL;
  return (char *)out;
}

static int contains_folded(const char *hay, const char *needle) {
  char *h = fold(hay), *n = fold(needle);
  int r = h && n && strstr(h, n) != NULL;
  free(h);
  free(n);
  return r;
}

static void el_match_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  const char *code = (const char *)sqlite3_value_text(argv[0]);
  const char *country = (const char *)sqlite3_value_text(argv[1]);
  const char *name = (const char *)sqlite3_value_text(argv[2]);
  const char *pat = (const char *)sqlite3_value_text(argv[3]);
  int r = 0;
  if (!pat || !*pat) {
    r = 1;
  } else if (looks_like_code(pat)) {
    r = (code && strncmp(code, pat, strlen(pat)) == 0) || (country && strcmp(country, pat) == 0);
  } else {
    r = (name && contains_folded(name, pat)) || (code && strcasecmp(code, pat) == 0) ||
        (country && strcasecmp(country, pat) == 0);
  }
  sqlite3_result_int(ctx, r);
}

el_status store_register_functions(el_store *s) {
  int rc = sqlite3_create_function(s->db, "el_match", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                   el_match_fn, NULL, NULL);
  return rc == SQLITE_OK ? EL_OK : store_fail(s, rc, "registering functions");
}

/* ---- helpers ---------------------------------------------------------- */

static const char *col_text(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

/* A byte slice column (substr of a BLOB) copied into a NUL-terminated buffer. */
typedef struct {
  char *p;
  size_t cap;
} slice_buf;

static const char *col_slice(sqlite3_stmt *st, int i, slice_buf *b) {
  const void *v = sqlite3_column_blob(st, i);
  size_t n = (size_t)sqlite3_column_bytes(st, i);
  if (n + 1 > b->cap) {
    size_t cap = (n + 1) * 2;
    char *p = realloc(b->p, cap);
    if (!p) return "";
    b->p = p;
    b->cap = cap;
  }
  if (n) memcpy(b->p, v, n);
  b->p[n] = '\0';
  return b->p;
}

static int bind_opt(sqlite3_stmt *st, int i, const char *v) {
  if (!v || !*v) return sqlite3_bind_null(st, i);
  return sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

/* Step through st calling row() until done; finalizes st. */
static el_status each_row(el_store *s, sqlite3_stmt *st, const char *what,
                          el_status (*row)(sqlite3_stmt *, void *), void *arg) {
  el_status r = EL_OK;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    if ((r = row(st, arg)) != EL_OK) break;
  if (r == EL_OK && rc != SQLITE_DONE) r = store_fail(s, rc, what);
  sqlite3_finalize(st);
  return r;
}

/* ---- events ------------------------------------------------------------ */

static const char event_sql[] =
    "SELECT e.uid, d.doc_id, e.sentence,"
    " substr(CAST(d.text AS BLOB), s.byte_start + 1, s.byte_end - s.byte_start),"
    " s.byte_start, s.byte_end,"
    " e.cameo, e.root, e.plover, e.quad_class, e.goldstein,"
    " e.source_code, e.source_country, e.source_name,"
    " e.target_code, e.target_country, e.target_name,"
    " e.negated, e.mood, e.confidence, e.pattern_id,"
    " substr(CAST(d.text AS BLOB), e.trigger_start + 1, e.trigger_end - e.trigger_start),"
    " e.trigger_start, e.trigger_end,"
    " e.date, e.date_precision, e.date_start, e.date_end, e.date_confidence, e.details_json "
    "FROM events e JOIN documents d ON d.id = e.doc"
    " LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence "
    "WHERE (?1 OR (e.negated = 0 AND e.mood = 'fact'))"
    " AND (?2 IS NULL OR el_match(e.source_code, e.source_country, e.source_name, ?2)"
    "      OR el_match(e.target_code, e.target_country, e.target_name, ?2))"
    " AND (?3 IS NULL"
    "      OR (el_match(e.source_code, e.source_country, e.source_name, ?3)"
    "          AND el_match(e.target_code, e.target_country, e.target_name, ?4))"
    "      OR (NOT ?5 AND el_match(e.source_code, e.source_country, e.source_name, ?4)"
    "          AND el_match(e.target_code, e.target_country, e.target_name, ?3)))"
    " AND (?6 IS NULL OR coalesce(e.date_end, e.date) >= ?6)"
    " AND (?7 IS NULL OR substr(coalesce(e.date_start, e.date), 1, length(?7)) <= ?7)"
    " AND (?8 IS NULL OR substr(e.cameo, 1, length(?8)) = ?8) "
    "ORDER BY coalesce(e.date_start, e.date, ''), coalesce(e.date, ''),"
    " coalesce(e.source_code, ''), coalesce(e.target_code, ''),"
    " e.cameo, e.negated, e.mood, d.doc_id, e.sentence, e.idx";

typedef struct {
  store_event_fn fn;
  void *ctx;
  slice_buf sent, trig;
} event_iter;

static el_status event_row(sqlite3_stmt *st, void *arg) {
  event_iter *it = arg;
  store_event_row r = {0};
  r.uid = col_text(st, 0);
  r.doc_id = col_text(st, 1);
  r.sentence = sqlite3_column_type(st, 2) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 2);
  r.sentence_text = col_slice(st, 3, &it->sent);
  r.sent_start = (uint32_t)sqlite3_column_int64(st, 4);
  r.sent_end = (uint32_t)sqlite3_column_int64(st, 5);
  r.cameo = col_text(st, 6);
  r.root = col_text(st, 7);
  r.plover = col_text(st, 8);
  r.quad_class = sqlite3_column_int(st, 9);
  r.goldstein = sqlite3_column_double(st, 10);
  r.source_code = col_text(st, 11);
  r.source_country = col_text(st, 12);
  r.source_name = col_text(st, 13);
  r.target_code = col_text(st, 14);
  r.target_country = col_text(st, 15);
  r.target_name = col_text(st, 16);
  r.negated = sqlite3_column_int(st, 17) != 0;
  r.mood = col_text(st, 18);
  r.confidence = sqlite3_column_double(st, 19);
  r.pattern_id = col_text(st, 20);
  r.trigger_text = col_slice(st, 21, &it->trig);
  r.trigger_start = (uint32_t)sqlite3_column_int64(st, 22);
  r.trigger_end = (uint32_t)sqlite3_column_int64(st, 23);
  r.date = col_text(st, 24);
  r.date_precision = col_text(st, 25);
  r.date_start = col_text(st, 26);
  r.date_end = col_text(st, 27);
  r.date_confidence = sqlite3_column_double(st, 28);
  r.details_json = col_text(st, 29);
  return it->fn(it->ctx, &r);
}

el_status store_each_event(el_store *s, const store_event_filter *f, store_event_fn fn, void *ctx) {
  store_event_filter none = {0};
  if (!f) f = &none;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(s->db, event_sql, -1, &st, NULL);
  if (rc != SQLITE_OK) return store_fail(s, rc, "querying events");
  sqlite3_bind_int(st, 1, f->all ? 1 : 0);
  bind_opt(st, 2, f->actor);
  if (f->dyad_a && f->dyad_b) {
    bind_opt(st, 3, f->dyad_a);
    if (!*f->dyad_a) sqlite3_bind_text(st, 3, "", 0, SQLITE_STATIC); /* "" matches any */
    sqlite3_bind_text(st, 4, f->dyad_b, -1, SQLITE_TRANSIENT);
  }
  sqlite3_bind_int(st, 5, f->directed ? 1 : 0);
  bind_opt(st, 6, f->from);
  bind_opt(st, 7, f->to);
  bind_opt(st, 8, f->code_prefix);
  event_iter it = {.fn = fn, .ctx = ctx};
  el_status r = each_row(s, st, "querying events", event_row, &it);
  free(it.sent.p);
  free(it.trig.p);
  return r;
}

/* ---- quotes ------------------------------------------------------------ */

static const char quote_sql[] =
    "SELECT d.doc_id, q.sentence, q.byte_start, q.byte_end, q.text, q.speaker_name,"
    " q.speaker_code, q.cue, q.date "
    "FROM quotes q JOIN documents d ON d.id = q.doc "
    "WHERE (?1 IS NULL OR el_match(q.speaker_code, substr(q.speaker_code, 1, 3),"
    "                              q.speaker_name, ?1))"
    /* a quote dated to a month or a year is within --from if that period
       reaches it */
    " AND (?2 IS NULL OR q.date >= substr(?2, 1, length(q.date)))"
    " AND (?3 IS NULL OR substr(q.date, 1, length(?3)) <= ?3) "
    "ORDER BY coalesce(q.date, ''), d.doc_id, q.byte_start";

typedef struct {
  store_quote_fn fn;
  void *ctx;
} quote_iter;

static el_status quote_row(sqlite3_stmt *st, void *arg) {
  quote_iter *it = arg;
  store_quote_row r = {0};
  r.doc_id = col_text(st, 0);
  r.sentence = sqlite3_column_type(st, 1) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 1);
  r.start = (uint32_t)sqlite3_column_int64(st, 2);
  r.end = (uint32_t)sqlite3_column_int64(st, 3);
  r.text = col_text(st, 4);
  r.speaker_name = col_text(st, 5);
  r.speaker_code = col_text(st, 6);
  r.cue = col_text(st, 7);
  r.date = col_text(st, 8);
  return it->fn(it->ctx, &r);
}

el_status store_each_quote(el_store *s, const store_quote_filter *f, store_quote_fn fn, void *ctx) {
  store_quote_filter none = {0};
  if (!f) f = &none;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(s->db, quote_sql, -1, &st, NULL);
  if (rc != SQLITE_OK) return store_fail(s, rc, "querying quotes");
  bind_opt(st, 1, f->speaker);
  bind_opt(st, 2, f->from);
  bind_opt(st, 3, f->to);
  quote_iter it = {fn, ctx};
  return each_row(s, st, "querying quotes", quote_row, &it);
}

/* ---- actors ------------------------------------------------------------ */

typedef struct {
  store_learned_fn fn;
  void *ctx;
} learned_iter;

static el_status learned_row(sqlite3_stmt *st, void *arg) {
  learned_iter *it = arg;
  store_learned_row r = {0};
  r.name = col_text(st, 0);
  r.code = col_text(st, 1);
  r.country = col_text(st, 2);
  r.agent = col_text(st, 3);
  r.role = col_text(st, 4);
  r.first_seen = col_text(st, 5);
  r.last_seen = col_text(st, 6);
  r.evidence_doc = col_text(st, 7);
  r.evidence_start = (uint32_t)sqlite3_column_int64(st, 8);
  r.evidence_end = (uint32_t)sqlite3_column_int64(st, 9);
  return it->fn(it->ctx, &r);
}

el_status store_each_learned_actor(el_store *s, store_learned_fn fn, void *ctx) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(
      s->db,
      "SELECT a.name, a.code, a.country, a.agent, a.role, a.first_seen, a.last_seen, d.doc_id,"
      " a.evidence_start, a.evidence_end "
      "FROM actors a LEFT JOIN documents d ON d.id = a.evidence_doc "
      "ORDER BY coalesce(a.first_seen, ''), a.name, a.code",
      -1, &st, NULL);
  if (rc != SQLITE_OK) return store_fail(s, rc, "querying learned actors");
  learned_iter it = {fn, ctx};
  return each_row(s, st, "querying learned actors", learned_row, &it);
}

typedef struct {
  store_actor_count_fn fn;
  void *ctx;
} count_iter;

static el_status count_row(sqlite3_stmt *st, void *arg) {
  count_iter *it = arg;
  store_actor_count_row r = {0};
  r.code = col_text(st, 0);
  r.country = col_text(st, 1);
  r.name = col_text(st, 2);
  r.mentions = sqlite3_column_int64(st, 3);
  r.documents = sqlite3_column_int64(st, 4);
  return it->fn(it->ctx, &r);
}

el_status store_each_actor_count(el_store *s, store_actor_count_fn fn, void *ctx) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(
      s->db,
      "SELECT m.code, max(m.country),"
      " (SELECT n.name FROM actor_mentions n WHERE n.code = m.code AND n.name IS NOT NULL"
      "  GROUP BY n.name ORDER BY count(*) DESC, n.name LIMIT 1),"
      " count(*), count(DISTINCT m.doc) "
      "FROM actor_mentions m GROUP BY m.code ORDER BY 4 DESC, m.code",
      -1, &st, NULL);
  if (rc != SQLITE_OK) return store_fail(s, rc, "counting actor mentions");
  count_iter it = {fn, ctx};
  return each_row(s, st, "counting actor mentions", count_row, &it);
}

/* ---- counts ------------------------------------------------------------ */

el_status store_counts(el_store *s, store_counts_t *out) {
  memset(out, 0, sizeof *out);
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(s->db,
                              "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM "
                              "sentences), (SELECT count(*) FROM events), (SELECT count(*) FROM "
                              "quotes), (SELECT count(*) FROM actor_mentions), (SELECT count(*) "
                              "FROM actors)",
                              -1, &st, NULL);
  if (rc != SQLITE_OK) return store_fail(s, rc, "counting rows");
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    out->documents = sqlite3_column_int64(st, 0);
    out->sentences = sqlite3_column_int64(st, 1);
    out->events = sqlite3_column_int64(st, 2);
    out->quotes = sqlite3_column_int64(st, 3);
    out->actor_mentions = sqlite3_column_int64(st, 4);
    out->learned_actors = sqlite3_column_int64(st, 5);
  }
  el_status r = rc == SQLITE_ROW ? EL_OK : store_fail(s, rc, "counting rows");
  sqlite3_finalize(st);
  return r;
}
