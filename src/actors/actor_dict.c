/*
 * actor_dict.c — the actor dictionary in memory: interned words, a word
 * trie (hash of (node, word) edges, so lookups never allocate), actor
 * entries with dated roles, and the public new/free/lookup/learn calls.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "actors/actor_int.h"
#include "core/strhash.h"

static uint64_t hash_bytes(const char *s, size_t n) {
  return el_hash_bytes(s, n);
}

static uint64_t hash_u64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return x;
}

size_t actor_norm_word(const char *s, size_t n, char *out, size_t cap) {
  if (!cap) return 0;
  /* the ASCII run that fits (most words entirely): one test per byte */
  size_t fit = n < cap - 1 ? n : cap - 1, i = 0;
  for (; i + 8 <= fit; i += 8) { /* eight bytes at a time while all are ASCII */
    uint64_t x;
    memcpy(&x, s + i, 8);
    if (x & 0x8080808080808080ull) break;
    x = el_lower8(x);
    memcpy(out + i, &x, 8);
  }
  for (; i < fit; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) break;
    out[i] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
  }
  size_t o = i;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (o + 1 >= cap) return 0;
      out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c); /* tolower() in the C locale */
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) { /* stray byte (e.g. Latin-1 dictionary): keep it */
      if (o + 1 >= cap) return 0;
      out[o++] = (char)c;
      i++;
      continue;
    }
    i += (size_t)k;
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
      if (o + 1 >= cap) return 0;
      out[o++] = '\'';
      continue;
    }
    utf8proc_int32_t buf[8];
    int last = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, buf, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &last);
    if (m < 0 || m > 8) continue;
    for (utf8proc_ssize_t j = 0; j < m; j++) {
      if (o + 4 >= cap) return 0;
      o += (size_t)utf8proc_encode_char(buf[j], (utf8proc_uint8_t *)out + o);
    }
  }
  out[o] = 0;
  return o;
}

/* ---- word interning -------------------------------------------------- */

/* 24 hash bits and the length (255 = longer): equal tags of a word shorter
 * than 255 bytes mean equal lengths, so a plain memcmp decides. */
static uint32_t word_tag(uint64_t h, size_t n) {
  return (uint32_t)(h >> 40) << 8 | (uint32_t)(n < 255 ? n : 255);
}

int32_t actor_word_id(const actor_dict *d, const char *w, size_t n) {
  if (!d->wcap) return -1;
  uint64_t h = hash_bytes(w, n);
  size_t mask = d->wcap - 1, i = h & mask;
  uint32_t tag = word_tag(h, n);
  for (;;) {
    uint32_t s = d->wslots[i].id1;
    if (!s) return -1;
    if (d->wslots[i].tag == tag) {
      const char *p = d->pool + d->words.v[s - 1];
      if (n < 8     ? el_load_tail(p, n) == el_load_tail(w, n) /* short words: no call */
          : n < 255 ? memcmp(p, w, n) == 0
                    : (strncmp(p, w, n) == 0 && p[n] == 0))
        return (int32_t)(s - 1);
    }
    i = (i + 1) & mask;
  }
}

static el_status words_grow(actor_dict *d) {
  size_t ncap = d->wcap ? d->wcap * 2 : 4096;
  actor_wslot *ns = calloc(ncap, sizeof *ns);
  if (!ns) return EL_ERR_NOMEM;
  for (size_t id = 0; id < d->words.n; id++) {
    const char *p = d->pool + d->words.v[id];
    size_t i = hash_bytes(p, strlen(p)) & (ncap - 1);
    while (ns[i].id1) i = (i + 1) & (ncap - 1);
    ns[i].id1 = (uint32_t)id + 1;
    ns[i].tag = d->whash.v[id];
  }
  free(d->wslots);
  d->wslots = ns;
  d->wcap = ncap;
  return EL_OK;
}

el_status actor_word_intern(actor_dict *d, const char *w, size_t n, int32_t *id) {
  int32_t f = actor_word_id(d, w, n);
  if (f >= 0) {
    *id = f;
    return EL_OK;
  }
  if ((d->words.n + 1) * 2 > d->wcap && words_grow(d) != EL_OK) return EL_ERR_NOMEM;
  if (d->pool_n + n + 1 > d->pool_cap) {
    size_t nc = d->pool_cap ? d->pool_cap * 2 : 65536;
    while (nc < d->pool_n + n + 1) nc *= 2;
    char *np = realloc(d->pool, nc);
    if (!np) return EL_ERR_NOMEM;
    d->pool = np;
    d->pool_cap = nc;
  }
  uint32_t *hs = EL_VEC_PUSH(d->whash);
  if (!hs) return EL_ERR_NOMEM;
  *hs = word_tag(hash_bytes(w, n), n);
  uint32_t *slot = EL_VEC_PUSH(d->words);
  if (!slot) {
    d->whash.n--;
    return EL_ERR_NOMEM;
  }
  *slot = (uint32_t)d->pool_n;
  memcpy(d->pool + d->pool_n, w, n);
  d->pool[d->pool_n + n] = 0;
  d->pool_n += n + 1;
  size_t i = hash_bytes(w, n) & (d->wcap - 1);
  while (d->wslots[i].id1) i = (i + 1) & (d->wcap - 1);
  d->wslots[i].id1 = (uint32_t)d->words.n;
  d->wslots[i].tag = *hs;
  *id = (int32_t)(d->words.n - 1);
  return EL_OK;
}

/* ---- trie ------------------------------------------------------------ */

int32_t actor_trie_child(const actor_dict *d, int32_t node, int32_t wid) {
  if (!d->ecap || node < 0 || wid < 0) return -1;
  uint64_t key = ((uint64_t)(uint32_t)node << 32 | (uint32_t)wid) + 1;
  size_t mask = d->ecap - 1, i = hash_u64(key) & mask;
  for (;;) {
    if (!d->ekeys[i]) return -1;
    if (d->ekeys[i] == key) return d->evals[i];
    i = (i + 1) & mask;
  }
}

static el_status edges_grow(actor_dict *d) {
  size_t ncap = d->ecap ? d->ecap * 2 : 8192;
  uint64_t *nk = calloc(ncap, sizeof *nk);
  int32_t *nv = malloc(ncap * sizeof *nv);
  if (!nk || !nv) {
    free(nk);
    free(nv);
    return EL_ERR_NOMEM;
  }
  for (size_t j = 0; j < d->ecap; j++) {
    if (!d->ekeys[j]) continue;
    size_t i = hash_u64(d->ekeys[j]) & (ncap - 1);
    while (nk[i]) i = (i + 1) & (ncap - 1);
    nk[i] = d->ekeys[j];
    nv[i] = d->evals[j];
  }
  free(d->ekeys);
  free(d->evals);
  d->ekeys = nk;
  d->evals = nv;
  d->ecap = ncap;
  return EL_OK;
}

static el_status trie_add_child(actor_dict *d, int32_t node, int32_t wid, int32_t *out) {
  int32_t c = actor_trie_child(d, node, wid);
  if (c >= 0) {
    *out = c;
    return EL_OK;
  }
  if ((d->en + 1) * 2 > d->ecap && edges_grow(d) != EL_OK) return EL_ERR_NOMEM;
  trie_node *tn = EL_VEC_PUSH(d->nodes);
  if (!tn) return EL_ERR_NOMEM;
  tn->actor = tn->agent = tn->title = -1;
  c = (int32_t)(d->nodes.n - 1);
  uint64_t key = ((uint64_t)(uint32_t)node << 32 | (uint32_t)wid) + 1;
  size_t i = hash_u64(key) & (d->ecap - 1);
  while (d->ekeys[i]) i = (i + 1) & (d->ecap - 1);
  d->ekeys[i] = key;
  d->evals[i] = c;
  d->en++;
  *out = c;
  return EL_OK;
}

static bool is_sep(char c) {
  return c == '_' || c == ' ' || c == '\t';
}

el_status actor_trie_add(actor_dict *d, const char *phrase, size_t n, int32_t *node_out) {
  int32_t node = 0;
  size_t i = 0, words = 0;
  char buf[ACTOR_WORD_MAX];
  while (i < n) {
    bool space = false, under = false;
    for (; i < n && is_sep(phrase[i]); i++) {
      if (phrase[i] == '_')
        under = true;
      else
        space = true;
    }
    size_t b = i;
    while (i < n && !is_sep(phrase[i])) i++;
    if (i == b) break;
    size_t k = actor_norm_word(phrase + b, i - b, buf, sizeof buf);
    if (!k) return EL_ERR_PARSE;
    int32_t wid;
    el_status st = actor_word_intern(d, buf, k, &wid);
    if (st == EL_OK) st = trie_add_child(d, node, wid, &node);
    if (st != EL_OK) return st;
    if (words && space && !under) d->nodes.v[node].gap_before = true;
    words++;
  }
  if (!words) return EL_ERR_PARSE;
  *node_out = node;
  return EL_OK;
}

int32_t actor_trie_find(const actor_dict *d, const char *phrase, size_t n) {
  int32_t node = 0;
  size_t i = 0, words = 0;
  char buf[ACTOR_WORD_MAX];
  while (i < n && node >= 0) {
    while (i < n && is_sep(phrase[i])) i++;
    size_t b = i;
    while (i < n && !is_sep(phrase[i])) i++;
    if (i == b) break;
    size_t k = actor_norm_word(phrase + b, i - b, buf, sizeof buf);
    if (!k) return -1;
    node = actor_trie_child(d, node, actor_word_id(d, buf, k));
    words++;
  }
  return words ? node : -1;
}

/* ---- entries ----------------------------------------------------------- */

char *actor_display_name(const char *phrase, size_t n) {
  while (n && is_sep(phrase[n - 1])) n--;
  while (n && is_sep(*phrase)) phrase++, n--;
  char *s = malloc(n + 1);
  if (!s) return NULL;
  bool mixed = false;
  for (size_t i = 0; i < n; i++)
    if (islower((unsigned char)phrase[i])) mixed = true;
  size_t o = 0;
  bool word_start = true;
  for (size_t i = 0; i < n; i++) {
    char c = phrase[i];
    if (is_sep(c)) {
      if (o && s[o - 1] != ' ') s[o++] = ' ';
      word_start = true;
      continue;
    }
    if (!mixed && (unsigned char)c < 0x80) c = word_start ? c : (char)tolower((unsigned char)c);
    s[o++] = c;
    word_start = (c == '-' || c == '.' || c == '\'');
  }
  s[o] = 0;
  return s;
}

el_status actor_entry_new(actor_dict *d, const char *name, size_t n, int32_t *idx) {
  actor_entry *e = EL_VEC_PUSH(d->actors);
  if (!e) return EL_ERR_NOMEM;
  e->name = actor_display_name(name, n);
  if (!e->name) {
    d->actors.n--;
    return EL_ERR_NOMEM;
  }
  *idx = (int32_t)(d->actors.n - 1);
  return EL_OK;
}

int32_t actor_date_from_iso(const char *iso) {
  if (!iso || strlen(iso) < 10) return -1;
  for (int i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? iso[i] != '-' : !isdigit((unsigned char)iso[i])) return -1;
  return atoi(iso) * 10000 + atoi(iso + 5) * 100 + atoi(iso + 8);
}

/* Among roles valid on the date the one with the latest start wins (the
 * newest evidence; also a narrow range inside a wide one); ties keep file
 * order.  Undated [CODE] roles apply only when nothing dated does. */
bool actor_entry_code(const actor_entry *e, int32_t date, char out[24]) {
  return actor_entry_code_kind(e, date, out) != 0;
}

int actor_entry_code_kind(const actor_entry *e, int32_t date, char out[24]) {
  const actor_role *best = NULL, *dflt = NULL;
  for (size_t i = 0; i < e->roles.n; i++) {
    const actor_role *r = &e->roles.v[i];
    if (r->dflt) {
      if (!dflt) dflt = r;
      continue;
    }
    if (date >= 0 && (date < r->from || date > r->to)) continue;
    if (date < 0 && r->to != ACTOR_DATE_MAX && best && best->to == ACTOR_DATE_MAX) continue;
    if (!best || r->from > best->from ||
        (date < 0 && r->to == ACTOR_DATE_MAX && best->to != ACTOR_DATE_MAX))
      best = r;
  }
  int kind = best ? 2 : 1;
  if (!best) best = dflt;
  if (!best) return 0;
  memcpy(out, best->code, 24);
  out[23] = 0;
  return kind;
}

void actor_code_country(const char *code, char out[4]) {
#define K3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
  /* sectors and world regions (CAMEO), not countries: three letters packed, sorted for a binary
   * search (this runs per mention); "---" and "+++" fail the uppercase test first */
  static const uint32_t nonstate[] = {
      K3('A', 'F', 'R'), K3('A', 'S', 'A'), K3('B', 'L', 'K'), K3('C', 'A', 'M'), K3('C', 'A', 'S'),
      K3('C', 'A', 'U'), K3('C', 'E', 'U'), K3('C', 'F', 'R'), K3('C', 'R', 'B'), K3('C', 'V', 'L'),
      K3('E', 'A', 'F'), K3('E', 'E', 'U'), K3('E', 'U', 'R'), K3('G', 'O', 'V'), K3('I', 'G', 'O'),
      K3('I', 'M', 'G'), K3('L', 'A', 'M'), K3('M', 'D', 'E'), K3('M', 'E', 'A'), K3('M', 'I', 'L'),
      K3('M', 'N', 'C'), K3('N', 'A', 'F'), K3('N', 'G', 'M'), K3('N', 'G', 'O'), K3('N', 'M', 'R'),
      K3('P', 'G', 'S'), K3('R', 'E', 'B'), K3('S', 'A', 'F'), K3('S', 'A', 'M'), K3('S', 'A', 'S'),
      K3('S', 'C', 'N'), K3('S', 'E', 'A'), K3('U', 'I', 'S'), K3('U', 'N', 'O'), K3('W', 'A', 'F'),
      K3('W', 'E', 'U'), K3('W', 'S', 'T')};
  out[0] = 0;
  if (strlen(code) < 3) return;
  for (int i = 0; i < 3; i++)
    if (!isupper((unsigned char)code[i])) return;
  uint32_t key = K3((unsigned char)code[0], (unsigned char)code[1], (unsigned char)code[2]);
#undef K3
  size_t lo = 0, hi = sizeof nonstate / sizeof nonstate[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (nonstate[mid] == key) return;
    if (nonstate[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  memcpy(out, code, 3);
  out[3] = 0;
}

/* ---- public ------------------------------------------------------------ */

el_status actor_dict_new(actor_dict **out) {
  actor_dict *d = calloc(1, sizeof *d);
  if (!d) return EL_ERR_NOMEM;
  trie_node *root = EL_VEC_PUSH(d->nodes);
  if (!root || words_grow(d) != EL_OK || edges_grow(d) != EL_OK) {
    actor_dict_free(d);
    return EL_ERR_NOMEM;
  }
  root->actor = root->agent = root->title = -1;
  *out = d;
  return EL_OK;
}

void actor_dict_free(actor_dict *d) {
  if (!d) return;
  for (size_t i = 0; i < d->actors.n; i++) {
    free(d->actors.v[i].name);
    EL_VEC_FREE(d->actors.v[i].roles);
  }
  EL_VEC_FREE(d->actors);
  EL_VEC_FREE(d->agents);
  EL_VEC_FREE(d->titles);
  EL_VEC_FREE(d->nodes);
  EL_VEC_FREE(d->words);
  EL_VEC_FREE(d->whash);
  free(d->wslots);
  free(d->ekeys);
  free(d->evals);
  free(d->pool);
  free(d);
}

el_status actor_dict_lookup(const actor_dict *d, const char *name, const char *date,
                            char code_out[24]) {
  if (!d || !name || !code_out) return EL_ERR_ARG;
  int32_t node = actor_trie_find(d, name, strlen(name));
  if (node < 0 || d->nodes.v[node].actor < 0) return EL_ERR_NOTFOUND;
  const actor_entry *e = &d->actors.v[d->nodes.v[node].actor];
  return actor_entry_code(e, actor_date_from_iso(date), code_out) ? EL_OK : EL_ERR_NOTFOUND;
}

el_status actor_dict_learn(actor_dict *d, const char *name, const char *code, const char *date) {
  if (!d || !name || !code || !*code || strlen(code) > 23) return EL_ERR_ARG;
  size_t n = strlen(name);
  int32_t node;
  el_status st = actor_trie_add(d, name, n, &node);
  if (st != EL_OK) return st == EL_ERR_PARSE ? EL_ERR_ARG : st;
  int32_t idx = d->nodes.v[node].actor;
  if (idx < 0) {
    if ((st = actor_entry_new(d, name, n, &idx)) != EL_OK) return st;
    d->nodes.v[node].actor = idx;
    d->actors.v[idx].is_person = true;
  }
  actor_entry *e = &d->actors.v[idx];
  int32_t from = actor_date_from_iso(date);
  if (from < 0) from = ACTOR_DATE_MIN;
  /* One open-ended role per code, starting at its earliest evidence: the
   * result must not depend on the order articles arrive in (the store keeps
   * the earliest date, and a resumed ingest replays what it kept). */
  for (size_t i = 0; i < e->roles.n; i++) {
    actor_role *r = &e->roles.v[i];
    if (r->dflt || strcmp(r->code, code) != 0) continue;
    if (r->from <= from && r->to >= from) return EL_OK; /* same evidence again */
    if (r->to == ACTOR_DATE_MAX && from < r->from) {
      r->from = from;
      return EL_OK;
    }
  }
  actor_role *r = EL_VEC_PUSH(e->roles);
  if (!r) return EL_ERR_NOMEM;
  r->from = from;
  r->to = ACTOR_DATE_MAX;
  snprintf(r->code, sizeof r->code, "%s", code);
  return EL_OK;
}

uint8_t actor_name_gender(const actor_dict *d, const char *name) {
  if (!name) return GENDER_NONE;
  size_t n = strcspn(name, " ");
  char buf[ACTOR_WORD_MAX];
  size_t k = actor_norm_word(name, n, buf, sizeof buf);
  if (!k) return GENDER_NONE;
  int32_t node = actor_trie_child(d, 0, actor_word_id(d, buf, k));
  return node > 0 ? d->nodes.v[node].gender : GENDER_NONE;
}
