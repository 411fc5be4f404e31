/*
 * merge.c — clusters event mentions into real-world events (see merge.h).
 *
 * Mentions are bucketed by (root, unordered country pair) after sorting, so
 * the pairwise test only runs inside a bucket; inside it a mention joins the
 * first cluster whose anchor it is compatible with, anchors being taken
 * finest-date first.
 */
#include "merge/merge.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool is_leap(long y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(long y, int m) {
  static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

/* Days from civil date (Howard Hinnant's algorithm). */
static long days_from_civil(long y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static bool read_digits(const char *s, int n, long *out) {
  long v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool merge_iso_days(const char *s, bool end, long *days) {
  long y, m = 0, d = 0;
  if (!s || !read_digits(s, 4, &y)) return false;
  if (s[4] == '-' && read_digits(s + 5, 2, &m)) {
    if (m < 1 || m > 12) return false;
    if (s[7] == '-' && read_digits(s + 8, 2, &d)) {
      if (d < 1 || d > month_days(y, (int)m)) return false;
    }
  }
  if (!m) m = end ? 12 : 1;
  if (!d) d = end ? month_days(y, (int)m) : 1;
  *days = days_from_civil(y, (int)m, (int)d);
  return true;
}

bool merge_root_is_reciprocal(const char *root) {
  /* 04 consult (meet, call, negotiate) and 06 material cooperation are
   * joint acts; the coder emits both directions for them. */
  return root && (strcmp(root, "04") == 0 || strcmp(root, "06") == 0);
}

typedef struct {
  long start, end; /* days, inclusive */
  bool exact_day;  /* a single day from the text itself */
  bool fallback;   /* dated only by the article */
  bool ok;
} date_span;

static date_span span_of(const store_event_row *r) {
  date_span s = {0};
  if (!merge_iso_days(r->date_start, false, &s.start) || !merge_iso_days(r->date_end, true, &s.end))
    return s;
  s.ok = true;
  s.fallback = r->date_confidence < MERGE_FALLBACK_CONFIDENCE;
  if (s.fallback) {
    s.start -= MERGE_FALLBACK_DAYS;
  } else {
    s.exact_day = s.start == s.end;
  }
  return s;
}

static bool spans_compatible(const store_event_row *a, const store_event_row *b) {
  date_span x = span_of(a), y = span_of(b);
  if (!x.ok || !y.ok) return !x.ok && !y.ok; /* both undated: same bucket */
  if (x.start == y.start && x.end == y.end) return true;
  /* one exact day inside the other's (coarser or article-dated) span */
  if (x.exact_day && !y.exact_day) return x.start >= y.start && x.start <= y.end;
  if (y.exact_day && !x.exact_day) return y.start >= x.start && y.start <= x.end;
  return false;
}

/* Same person when both sides name one: equal, or one's last word is in the
 * other ("Ruiz" / "Ana Ruiz"). */
bool merge_names_compatible(const char *a, const char *b) {
  if (!a || !*a || !b || !*b) return true;
  if (strcasecmp(a, b) == 0) return true;
  const char *la = strrchr(a, ' '), *lb = strrchr(b, ' ');
  la = la ? la + 1 : a;
  lb = lb ? lb + 1 : b;
  return strcasecmp(la, lb) == 0;
}

static bool side_compatible(const char *ca, const char *na, const char *cb, const char *nb,
                            const char *code_a, const char *code_b) {
  if (*ca || *cb) {
    if (strcmp(ca, cb) != 0) return false;
  } else if (strcmp(code_a, code_b) != 0) {
    return false;
  }
  return merge_names_compatible(na, nb);
}

static bool dyad_compatible(const store_event_row *a, const store_event_row *b, bool swapped) {
  const char *bsc = swapped ? b->target_country : b->source_country;
  const char *bsn = swapped ? b->target_name : b->source_name;
  const char *bs = swapped ? b->target_code : b->source_code;
  const char *btc = swapped ? b->source_country : b->target_country;
  const char *btn = swapped ? b->source_name : b->target_name;
  const char *bt = swapped ? b->source_code : b->target_code;
  return side_compatible(a->source_country, a->source_name, bsc, bsn, a->source_code, bs) &&
         side_compatible(a->target_country, a->target_name, btc, btn, a->target_code, bt);
}

/* An act of state against a named person (a visa revoked, a sanction, an
 * arrest: roots 16, 17), recalled by an article that gives it no time ("That
 * episode led to the revocation of the president's visa"), is the one of the
 * same code and trigger word against that person dated in the year before
 * the article. */
#define MERGE_RECALL_DAYS 366
static bool recalled_act(const store_event_row *a, const store_event_row *b) {
  if (strcmp(a->root, "16") != 0 && strcmp(a->root, "17") != 0) return false;
  if (strcmp(a->cameo, b->cameo) != 0) return false;
  /* told by the same word ("revocation"), not another act of that code */
  if (!a->trigger_text || !b->trigger_text || strcasecmp(a->trigger_text, b->trigger_text) != 0)
    return false;
  if (!a->target_name || !*a->target_name || !b->target_name || !*b->target_name) return false;
  date_span x = span_of(a), y = span_of(b);
  if (!x.ok || !y.ok || x.fallback == y.fallback) return false;
  const date_span *f = x.fallback ? &x : &y, *d = x.fallback ? &y : &x;
  return d->end <= f->end && d->start >= f->end - MERGE_RECALL_DAYS;
}

bool merge_compatible(const store_event_row *a, const store_event_row *b) {
  if (a->negated != b->negated || strcmp(a->mood, b->mood) != 0) return false;
  if (strcmp(a->root, b->root) != 0) return false;
  bool dyad = dyad_compatible(a, b, false) ||
              (merge_root_is_reciprocal(a->root) && dyad_compatible(a, b, true));
  return dyad && (spans_compatible(a, b) || recalled_act(a, b));
}

/* ---- clustering ---------------------------------------------------------- */

static const char *side_key(const char *country, const char *code) {
  return *country ? country : code;
}

/* Bucket key: root, then the unordered pair of side keys. */
static int bucket_cmp(const store_event_row *a, const store_event_row *b) {
  int c = strcmp(a->root, b->root);
  if (c) return c;
  const char *a1 = side_key(a->source_country, a->source_code);
  const char *a2 = side_key(a->target_country, a->target_code);
  const char *b1 = side_key(b->source_country, b->source_code);
  const char *b2 = side_key(b->target_country, b->target_code);
  if (strcmp(a1, a2) > 0) {
    const char *t = a1;
    a1 = a2;
    a2 = t;
  }
  if (strcmp(b1, b2) > 0) {
    const char *t = b1;
    b1 = b2;
    b2 = t;
  }
  c = strcmp(a1, b1);
  return c ? c : strcmp(a2, b2);
}

/* Finer, text-dated mentions first so they anchor clusters. */
static int anchor_rank(const store_event_row *r) {
  date_span s = span_of(r);
  if (!s.ok) return 3;
  if (s.fallback) return 2;
  return s.exact_day ? 0 : 1;
}

/* qsort has no context argument in C11, so each element carries its row. */
typedef struct {
  const store_event_row *row;
  size_t idx;
  int rank;
} order_item;

static int order_cmp(const void *pa, const void *pb) {
  const order_item *a = pa, *b = pb;
  int c = bucket_cmp(a->row, b->row);
  if (c) return c;
  if (a->rank != b->rank) return a->rank - b->rank;
  /* then the mention dated by its own sentence before one dated by reference */
  if (a->row->date_confidence != b->row->date_confidence)
    return a->row->date_confidence > b->row->date_confidence ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

typedef struct {
  merge_cluster c;
  const store_event_row *anchor;
} cluster_item;

static int cluster_date_cmp(const void *pa, const void *pb) {
  const cluster_item *a = pa, *b = pb;
  int c = strcmp(a->anchor->date_start, b->anchor->date_start);
  if (c) return c;
  return a->c.members[0] < b->c.members[0] ? -1 : a->c.members[0] > b->c.members[0];
}

static int size_cmp(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  return a < b ? -1 : a > b;
}

static el_status cluster_push(merge_cluster *c, size_t idx) {
  size_t *m = realloc(c->members, (c->n + 1) * sizeof *m);
  if (!m) return EL_ERR_NOMEM;
  c->members = m;
  c->members[c->n++] = idx;
  return EL_OK;
}

el_status merge_events(const store_event_row *const *rows, size_t n, merge_result *out) {
  out->v = NULL;
  out->n = 0;
  if (n == 0) return EL_OK;
  order_item *order = malloc(n * sizeof *order);
  cluster_item *cl = calloc(n, sizeof *cl);
  if (!order || !cl) {
    free(order);
    free(cl);
    return EL_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) order[i] = (order_item){rows[i], i, anchor_rank(rows[i])};
  qsort(order, n, sizeof *order, order_cmp);

  size_t ncl = 0, bucket_first = 0; /* clusters of the current bucket start here */
  el_status st = EL_OK;
  for (size_t k = 0; k < n && st == EL_OK; k++) {
    const store_event_row *r = order[k].row;
    if (k > 0 && bucket_cmp(order[k - 1].row, r) != 0) bucket_first = ncl;
    size_t j = bucket_first;
    for (; j < ncl; j++)
      if (merge_compatible(cl[j].anchor, r)) break;
    if (j == ncl) {
      cl[ncl++].anchor = r;
    }
    st = cluster_push(&cl[j].c, order[k].idx);
  }
  free(order);
  if (st == EL_OK) {
    /* Members in input order with the anchor first; clusters by anchor date. */
    for (size_t j = 0; j < ncl; j++) {
      merge_cluster *c = &cl[j].c;
      size_t anchor = c->members[0];
      qsort(c->members, c->n, sizeof(size_t), size_cmp);
      for (size_t m = 0; m < c->n; m++)
        if (c->members[m] == anchor) {
          memmove(c->members + 1, c->members, m * sizeof(size_t));
          c->members[0] = anchor;
          break;
        }
    }
    qsort(cl, ncl, sizeof *cl, cluster_date_cmp);
  }
  /* cluster_item starts with its merge_cluster: compact in place. */
  merge_cluster *res = (merge_cluster *)cl;
  for (size_t j = 0; j < ncl; j++) {
    merge_cluster c = cl[j].c; /* read before the overlapping write */
    res[j] = c;
  }
  out->v = res;
  out->n = ncl;
  if (st != EL_OK) merge_result_free(out);
  return st;
}

void merge_result_free(merge_result *r) {
  if (!r || !r->v) return;
  for (size_t i = 0; i < r->n; i++) free(r->v[i].members);
  free(r->v);
  r->v = NULL;
  r->n = 0;
}
