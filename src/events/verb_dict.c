/*
 * verb_dict.c — loads PETRARCH-format verb dictionaries (CAMEO.2.0.txt and
 * user files) into a vocabulary of word ids, synsets (&NAME / +phrase),
 * verb synonym blocks (--- DESC [code] ---), verb entries with irregular
 * forms ({...}) and multi-word verbs (+CORDON_OFF, WIRE_+TAP), and patterns
 * (- pre * post [code] # comment; '^' skips an actor).  Regular inflections (-s, -ed, -ing) are
 * generated for verbs; a block whose description starts with NOUN (our
 * extension, still valid PETRARCH syntax) holds nouns and gets plurals.
 * Transformations (~ lines) are counted and ignored.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strhash.h"
#include "events/events_int.h"

#define VD_MAX_LINE 4096
#define VD_MAX_ELEMS 64

/* ASCII-only lowering: dictionary words are English; other bytes as is */
static inline unsigned char lower_ascii(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static uint64_t hash_lower(const char *s, size_t n) {
  return el_hash_lower(s, n);
}

static bool word_eq(const char *w, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)w[i] != lower_ascii((unsigned char)s[i])) return false;
  return w[n] == '\0';
}

/* the slot tag: high bits of the hash (the low ones pick the slot) */
static uint32_t slot_tag(uint64_t h) {
  return (uint32_t)(h >> 32);
}

int32_t vd_word_id(const verb_dict *vd, const char *s, size_t n) {
  if (!vd->nslots || n == 0) return -1;
  uint64_t h = hash_lower(s, n);
  uint32_t tag = slot_tag(h);
  size_t mask = vd->nslots - 1, i = (size_t)h & mask;
  for (;;) {
    const vd_slot *sl = &vd->slots[i];
    if (sl->id < 0) return -1;
    if (sl->tag == tag && word_eq(vd->words[sl->id], s, n)) return sl->id;
    i = (i + 1) & mask;
  }
}

/* put id (hash h) in the first free slot of its chain */
static void slot_put(vd_slot *slots, size_t ns, uint64_t h, int32_t id) {
  size_t i = (size_t)h & (ns - 1);
  while (slots[i].id >= 0) i = (i + 1) & (ns - 1);
  slots[i].id = id;
  slots[i].tag = slot_tag(h);
}

static el_status grow_slots(verb_dict *vd) {
  size_t ns = vd->nslots ? vd->nslots * 2 : 4096;
  vd_slot *slots = malloc(ns * sizeof *slots);
  if (!slots) return EL_ERR_NOMEM;
  for (size_t i = 0; i < ns; i++) slots[i] = (vd_slot){-1, 0};
  for (int32_t id = 0; id < vd->nwords; id++)
    slot_put(slots, ns, hash_lower(vd->words[id], strlen(vd->words[id])), id);
  free(vd->slots);
  vd->slots = slots;
  vd->nslots = ns;
  return EL_OK;
}

/* Intern a word (any case), returning its id, or -1 on OOM. */
static int32_t intern(verb_dict *vd, const char *s, size_t n) {
  int32_t id = vd_word_id(vd, s, n);
  if (id >= 0) return id;
  if ((size_t)(vd->nwords + 1) * 2 > vd->nslots && grow_slots(vd) != EL_OK) return -1;
  if (vd->nwords == vd->capwords) {
    int32_t cap = vd->capwords ? vd->capwords * 2 : 1024;
    char **w = realloc(vd->words, (size_t)cap * sizeof *w);
    int32_t *fh = realloc(vd->form_head, (size_t)cap * sizeof *fh);
    if (w) vd->words = w;
    if (fh) vd->form_head = fh;
    uint16_t *wc = realloc(vd->wclass, (size_t)cap * sizeof *wc);
    if (wc) vd->wclass = wc;
    uint64_t *wl = realloc(vd->wlists, (size_t)cap * sizeof *wl);
    if (wl) vd->wlists = wl;
    uint64_t *ws = realloc(vd->wsyn, (size_t)cap * sizeof *ws);
    if (ws) vd->wsyn = ws;
    if (!w || !fh || !wc || !wl || !ws) return -1;
    vd->capwords = cap;
  }
  char *copy = arena_strndup(vd->arena, s, n);
  if (!copy) return -1;
  for (size_t i = 0; i < n; i++) copy[i] = (char)lower_ascii((unsigned char)copy[i]);
  id = vd->nwords++;
  vd->words[id] = copy;
  vd->form_head[id] = -1;
  vd->wclass[id] = 0;
  vd->wlists[id] = 0;
  vd->wsyn[id] = 0;
  slot_put(vd->slots, vd->nslots, hash_lower(s, n), id);
  return id;
}

el_status verb_dict_new(verb_dict **out) {
  *out = calloc(1, sizeof **out);
  if (!*out) return EL_ERR_NOMEM;
  (*out)->arena = arena_new(256 * 1024);
  if (!(*out)->arena) {
    free(*out);
    *out = NULL;
    return EL_ERR_NOMEM;
  }
  el_status st = events_register_classes(*out);
  if (st != EL_OK) {
    verb_dict_free(*out);
    *out = NULL;
  }
  return st;
}

el_status vd_add_class(verb_dict *vd, const char *word, uint16_t bits) {
  int32_t id = intern(vd, word, strlen(word));
  if (id < 0) return EL_ERR_NOMEM;
  vd->wclass[id] |= bits;
  return EL_OK;
}

el_status vd_add_list(verb_dict *vd, const char *word, uint64_t bits) {
  int32_t id = intern(vd, word, strlen(word));
  if (id < 0) return EL_ERR_NOMEM;
  vd->wlists[id] |= bits;
  return EL_OK;
}

void verb_dict_free(verb_dict *vd) {
  if (!vd) return;
  for (size_t i = 0; i < vd->synsets.n; i++) {
    free(vd->synsets.v[i].ph);
    free(vd->synsets.v[i].first);
  }
  EL_VEC_FREE(vd->synsets);
  EL_VEC_FREE(vd->forms);
  EL_VEC_FREE(vd->verbs);
  EL_VEC_FREE(vd->blocks);
  EL_VEC_FREE(vd->patterns);
  EL_VEC_FREE(vd->files);
  free(vd->words);
  free(vd->form_head);
  free(vd->wclass);
  free(vd->wlists);
  free(vd->wsyn);
  free(vd->slots);
  arena_free(vd->arena);
  free(vd);
}

/* ---- loader state ------------------------------------------------------ */

typedef struct {
  verb_dict *vd;
  const char *path;
  int32_t file;
  long line;
  const dict_load_opts *o;
  int mode;       /* 0 none, 1 synset, 2 block */
  int32_t synset; /* current synset */
  bool synset_noplural;
  int32_t block; /* current block, -1 none */
  el_status err; /* first hard error (strict / OOM) */
} loader;

static bool warn(loader *L, const char *fmt, const char *arg) {
  FILE *f = L->o && L->o->warn ? L->o->warn : stderr;
  fprintf(f, "%s:%ld: ", L->path, L->line);
  fprintf(f, fmt, arg ? arg : "");
  fputc('\n', f);
  L->vd->skipped_lines++;
  if (L->o && L->o->strict && L->err == EL_OK) L->err = EL_ERR_PARSE;
  return false;
}

static char *trim(char *s) {
  while (isspace((unsigned char)*s)) s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
  return s;
}

/* Parse "CODE" or "CODE:CODE2" (each may be ---, empty or alphanumeric). */
static bool parse_code(const char *s, char code[8], char code2[8]) {
  code[0] = code2[0] = '\0';
  char buf[64];
  size_t n = strlen(s);
  if (n >= sizeof buf) return false;
  memcpy(buf, s, n + 1);
  char *colon = strchr(buf, ':');
  char *parts[2] = {buf, colon ? colon + 1 : NULL};
  if (colon) *colon = '\0';
  char *outs[2] = {code, code2};
  for (int k = 0; k < 2; k++) {
    if (!parts[k]) continue;
    char *p = trim(parts[k]);
    if (!*p || strcmp(p, "---") == 0) continue;
    size_t len = strlen(p);
    if (len > 7) return false;
    for (size_t i = 0; i < len; i++)
      if (!isalnum((unsigned char)p[i])) return false;
    memcpy(outs[k], p, len + 1);
  }
  return true;
}

static bool is_vowel(char c) {
  return strchr("aeiou", c) != NULL;
}

/* Regular verb forms of a lowercase base into out (up to 6 forms). */
static int verb_forms(const char *b, char out[6][96]) {
  size_t n = strlen(b);
  if (n == 0 || n > 80) return 0;
  int k = 0;
  char last = b[n - 1], prev = n > 1 ? b[n - 2] : 0;
  /* -s */
  if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')))
    snprintf(out[k++], 96, "%.80ses", b);
  else if (last == 'y' && !is_vowel(prev))
    snprintf(out[k++], 96, "%.*sies", (int)(n - 1), b);
  else
    snprintf(out[k++], 96, "%.80ss", b);
  /* -ed */
  if (last == 'e')
    snprintf(out[k++], 96, "%.80sd", b);
  else if (last == 'y' && !is_vowel(prev))
    snprintf(out[k++], 96, "%.*sied", (int)(n - 1), b);
  else
    snprintf(out[k++], 96, "%.80sed", b);
  /* -ing */
  if (last == 'e' && prev != 'e' && n > 2)
    snprintf(out[k++], 96, "%.*sing", (int)(n - 1), b);
  else
    snprintf(out[k++], 96, "%.80sing", b);
  /* consonant doubling (stop -> stopped); harmless when wrong */
  if (n >= 3 && !is_vowel(last) && is_vowel(prev) && !is_vowel(b[n - 3]) && !strchr("wxy", last)) {
    snprintf(out[k++], 96, "%.80s%ced", b, last);
    snprintf(out[k++], 96, "%.80s%cing", b, last);
  }
  return k;
}

static int noun_forms(const char *b, char out[6][96]) {
  size_t n = strlen(b);
  if (n == 0 || n > 80) return 0;
  char last = b[n - 1], prev = n > 1 ? b[n - 2] : 0;
  if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')))
    snprintf(out[0], 96, "%ses", b);
  else if (last == 'y' && !is_vowel(prev))
    snprintf(out[0], 96, "%.*sies", (int)(n - 1), b);
  else
    snprintf(out[0], 96, "%ss", b);
  return 1;
}

static el_status add_form(verb_dict *vd, const char *word, int32_t verb) {
  int32_t id = intern(vd, word, strlen(word));
  if (id < 0) return EL_ERR_NOMEM;
  for (int32_t f = vd->form_head[id]; f >= 0; f = vd->forms.v[f].next)
    if (vd->forms.v[f].verb == verb) return EL_OK;
  vd_form *fm = EL_VEC_PUSH(vd->forms);
  if (!fm) return EL_ERR_NOMEM;
  fm->verb = verb;
  fm->next = vd->form_head[id];
  vd->form_head[id] = (int32_t)(vd->forms.n - 1);
  return EL_OK;
}

/* Parse one form like "WIRE_+TAP" or "+ASK_FOR" or "HURRY": fills the verb
 * word (lowercase) and glued words before/after. */
typedef struct {
  char verb[96];
  char pre[4][64], post[4][64];
  int npre, npost;
} form_parts;

static bool parse_form(const char *s, form_parts *fp) {
  memset(fp, 0, sizeof *fp);
  char buf[256];
  size_t n = strlen(s);
  if (n == 0 || n >= sizeof buf) return false;
  memcpy(buf, s, n + 1);
  char *parts[10];
  int np = 0;
  char *sv = NULL;
  for (char *p = strtok_r(buf, "_", &sv); p && np < 10; p = strtok_r(NULL, "_", &sv))
    parts[np++] = p;
  if (np == 0 || np > 9) return false;
  int vi = -1;
  for (int i = 0; i < np; i++)
    if (parts[i][0] == '+') vi = i;
  if (vi < 0) vi = 0;
  for (int i = 0; i < np; i++) {
    char *w = parts[i] + (parts[i][0] == '+');
    size_t wl = strlen(w);
    if (wl == 0 || wl >= 64) return false;
    for (size_t j = 0; j < wl; j++) {
      if (isspace((unsigned char)w[j]) || strchr("{}[]()&$%^*", w[j])) return false;
      w[j] = (char)tolower((unsigned char)w[j]);
    }
    if (i == vi)
      memcpy(fp->verb, w, wl + 1);
    else if (i < vi) {
      if (fp->npre >= 4) return false;
      memcpy(fp->pre[fp->npre++], w, wl + 1);
    } else {
      if (fp->npost >= 4) return false;
      memcpy(fp->post[fp->npost++], w, wl + 1);
    }
  }
  return fp->verb[0] != '\0';
}

static el_status add_verb_entry(loader *L, const form_parts *fp, const char *code,
                                const char *code2, bool has_code, int32_t *out_idx) {
  verb_dict *vd = L->vd;
  vd_verb *v = EL_VEC_PUSH(vd->verbs);
  if (!v) return EL_ERR_NOMEM;
  v->block = L->block;
  v->file = L->file;
  v->line = (int32_t)L->line;
  v->has_code = has_code;
  snprintf(v->code, sizeof v->code, "%s", code);
  snprintf(v->code2, sizeof v->code2, "%s", code2);
  if (fp->npre) {
    v->pre = arena_alloc(vd->arena, sizeof(int32_t) * (size_t)fp->npre);
    if (!v->pre) return EL_ERR_NOMEM;
    for (int i = 0; i < fp->npre; i++)
      if ((v->pre[i] = intern(vd, fp->pre[i], strlen(fp->pre[i]))) < 0) return EL_ERR_NOMEM;
    v->npre = (uint16_t)fp->npre;
  }
  if (fp->npost) {
    v->post = arena_alloc(vd->arena, sizeof(int32_t) * (size_t)fp->npost);
    if (!v->post) return EL_ERR_NOMEM;
    for (int i = 0; i < fp->npost; i++)
      if ((v->post[i] = intern(vd, fp->post[i], strlen(fp->post[i]))) < 0) return EL_ERR_NOMEM;
    v->npost = (uint16_t)fp->npost;
  }
  *out_idx = (int32_t)(vd->verbs.n - 1);
  return EL_OK;
}

/* A verb line: FORM [{FORM FORM ...}] [[CODE]] */
static el_status parse_verb_line(loader *L, char *s) {
  verb_dict *vd = L->vd;
  const vd_block *blk = &vd->blocks.v[L->block];
  char code[8] = "", code2[8] = "";
  bool has_code = false;
  char *br = strchr(s, '[');
  if (br) {
    char *end = strchr(br, ']');
    if (!end) return warn(L, "unterminated [code]", NULL), EL_OK;
    *end = '\0';
    if (!parse_code(br + 1, code, code2)) return warn(L, "bad code [%s]", br + 1), EL_OK;
    has_code = true;
    *br = '\0';
  }
  if (!has_code) {
    memcpy(code, blk->code, sizeof code);
    memcpy(code2, blk->code2, sizeof code2);
  }
  char *irr = NULL;
  char *cb = strchr(s, '{');
  if (cb) {
    char *end = strchr(cb, '}');
    if (!end) return warn(L, "unterminated {forms}", NULL), EL_OK;
    *end = '\0';
    irr = cb + 1;
    *cb = '\0';
  }
  char *head = trim(s);
  if (!*head || strchr(head, ' ') || strchr(head, '\t'))
    return warn(L, "bad verb entry '%s'", head), EL_OK;
  form_parts fp;
  if (!parse_form(head, &fp)) return warn(L, "bad verb form '%s'", head), EL_OK;
  int32_t idx;
  el_status st = add_verb_entry(L, &fp, code, code2, has_code, &idx);
  if (st != EL_OK) return st;
  if ((st = add_form(vd, fp.verb, idx)) != EL_OK) return st;
  /* regular forms, unless an explicit empty {} says there are none */
  bool explicit_none = irr && !*trim(irr);
  if (!explicit_none) {
    char forms[6][96];
    int nf = blk->nominal ? noun_forms(fp.verb, forms) : verb_forms(fp.verb, forms);
    for (int i = 0; i < nf; i++)
      if ((st = add_form(vd, forms[i], idx)) != EL_OK) return st;
  }
  if (irr) {
    char *sv = NULL;
    for (char *tok = strtok_r(irr, " \t", &sv); tok; tok = strtok_r(NULL, " \t", &sv)) {
      form_parts ip;
      if (!parse_form(tok, &ip)) {
        warn(L, "bad irregular form '%s'", tok);
        continue;
      }
      /* an irregular multi-word form keeps the entry's glued words */
      if ((st = add_form(vd, ip.verb, idx)) != EL_OK) return st;
    }
  }
  return EL_OK;
}

static int32_t find_synset(const verb_dict *vd, const char *name) {
  for (size_t i = 0; i < vd->synsets.n; i++)
    if (strcmp(vd->synsets.v[i].name, name) == 0) return (int32_t)i;
  return -1;
}

static el_status synset_add_phrase(verb_dict *vd, vd_synset *ss, const int32_t *ids, int n) {
  if (ss->n == ss->cap) {
    int32_t cap = ss->cap ? ss->cap * 2 : 8;
    vd_phrase *ph = realloc(ss->ph, (size_t)cap * sizeof *ph);
    if (!ph) return EL_ERR_NOMEM;
    ss->ph = ph;
    ss->cap = cap;
  }
  int32_t *copy = arena_alloc(vd->arena, sizeof(int32_t) * (size_t)n);
  if (!copy) return EL_ERR_NOMEM;
  memcpy(copy, ids, sizeof(int32_t) * (size_t)n);
  ss->ph[ss->n].ids = copy;
  ss->ph[ss->n].n = (uint16_t)n;
  ss->n++;
  return EL_OK;
}

/* Treebank dictionaries split contractions ("DID N'T", "WO N'T", "CA N'T");
 * our tokenizer keeps "didn't" whole, so a phrase with "n't" also gets the
 * joined form. */
static el_status add_contracted(verb_dict *vd, int32_t synset, const int32_t *ids, int k) {
  int32_t nt = vd_word_id(vd, "n't", 3);
  if (nt < 0) return EL_OK;
  int32_t out[16];
  int n = 0;
  bool changed = false;
  for (int j = 0; j < k; j++) {
    if (j + 1 < k && ids[j + 1] == nt) {
      char w[96];
      int len = snprintf(w, sizeof w, "%sn't", vd->words[ids[j]]);
      if (len <= 0 || (size_t)len >= sizeof w) return EL_OK;
      if ((out[n++] = intern(vd, w, (size_t)len)) < 0) return EL_ERR_NOMEM;
      j++;
      changed = true;
    } else {
      out[n++] = ids[j];
    }
  }
  return changed ? synset_add_phrase(vd, &vd->synsets.v[synset], out, n) : EL_OK;
}

/* "+PHRASE" in a synset: words separated by '_' or blanks; "+&OTHER" copies. */
static el_status parse_synset_line(loader *L, char *s) {
  verb_dict *vd = L->vd;
  s = trim(s);
  if (*s == '&') {
    int32_t other = find_synset(vd, s + 1);
    if (other < 0) return warn(L, "undefined synset '%s'", s), EL_OK;
    vd_synset *src = &vd->synsets.v[other];
    /* n fixed first: "+&SELF" inside its own synset would grow src->n forever */
    int32_t n = src->n;
    for (int32_t i = 0; i < n; i++) {
      el_status st = synset_add_phrase(vd, &vd->synsets.v[L->synset], src->ph[i].ids, src->ph[i].n);
      if (st != EL_OK) return st;
    }
    return EL_OK;
  }
  bool noplural = L->synset_noplural;
  size_t n = strlen(s);
  if (n && s[n - 1] == '_') {
    noplural = true;
    s[--n] = '\0';
  }
  int32_t ids[16];
  int k = 0;
  char *last = NULL;
  char *sv = NULL;
  for (char *w = strtok_r(s, "_ \t", &sv); w; w = strtok_r(NULL, "_ \t", &sv)) {
    if (k >= 16 || strchr("$+%^&*{}[]()", w[0])) return warn(L, "bad synset phrase", NULL), EL_OK;
    if ((ids[k++] = intern(vd, w, strlen(w))) < 0) return EL_ERR_NOMEM;
    last = w;
  }
  if (k == 0) return warn(L, "empty synset phrase", NULL), EL_OK;
  el_status st = synset_add_phrase(vd, &vd->synsets.v[L->synset], ids, k);
  if (st != EL_OK) return st;
  if ((st = add_contracted(vd, L->synset, ids, k)) != EL_OK || noplural) return st;
  char pl[6][96];
  char lw[96];
  snprintf(lw, sizeof lw, "%s", last);
  for (char *p = lw; *p; p++) *p = (char)tolower((unsigned char)*p);
  noun_forms(lw, pl);
  if ((ids[k - 1] = intern(vd, pl[0], strlen(pl[0]))) < 0) return EL_ERR_NOMEM;
  return synset_add_phrase(vd, &vd->synsets.v[L->synset], ids, k);
}

/* "- pre * post [CODE] # comment" */
static el_status parse_pattern_line(loader *L, char *s) {
  verb_dict *vd = L->vd;
  char *br = strrchr(s, '[');
  if (!br) return warn(L, "pattern without [code]", NULL), EL_OK;
  char *end = strchr(br, ']');
  if (!end) return warn(L, "unterminated [code]", NULL), EL_OK;
  *end = '\0';
  char code[8], code2[8];
  if (!parse_code(br + 1, code, code2)) return warn(L, "bad code [%s]", br + 1), EL_OK;
  *br = '\0';
  for (char *p = s; *p; p++)
    if (strchr("(){}", *p)) *p = ' ';
  vd_elem el[VD_MAX_ELEMS];
  int n = 0, verb = -1, words = 0;
  int32_t need = -1, needs[VD_NEEDS];
  uint8_t nneeds = 0;
  uint64_t synneed = 0;
  char *sv = NULL;
  for (char *chunk = strtok_r(s, " \t", &sv); chunk; chunk = strtok_r(NULL, " \t", &sv)) {
    bool first = true;
    char *save = chunk;
    while (save) {
      char *us = strchr(save, '_');
      if (us) *us = '\0';
      char *w = save;
      save = us ? us + 1 : NULL;
      if (!*w) {
        first = false;
        continue;
      }
      if (n >= VD_MAX_ELEMS) return warn(L, "pattern too long", NULL), EL_OK;
      vd_elem *e = &el[n];
      e->glued = !first;
      e->id = -1;
      first = false;
      if (strcmp(w, "*") == 0) {
        if (verb >= 0) return warn(L, "pattern with two '*'", NULL), EL_OK;
        e->kind = VD_VERB;
        verb = n;
      } else if (strcmp(w, "$") == 0) {
        e->kind = VD_SOURCE;
      } else if (strcmp(w, "+") == 0) {
        e->kind = VD_TARGET;
      } else if (strcmp(w, "^") == 0) {
        e->kind = VD_SKIP;
      } else if (strcmp(w, "%") == 0) {
        continue; /* compound marker: no effect without a parse */
      } else if (w[0] == '&') {
        int32_t ss = find_synset(vd, w + 1);
        if (ss < 0) return warn(L, "undefined synset '%s'", w), EL_OK;
        e->kind = VD_SYNSET;
        e->id = ss;
        synneed |= 1ull << ((uint32_t)ss % 64);
        words++;
      } else {
        if (strchr("$+%^*&", w[0])) return warn(L, "bad pattern word '%s'", w), EL_OK;
        e->kind = VD_WORD;
        if ((e->id = intern(vd, w, strlen(w))) < 0) return EL_ERR_NOMEM;
        if (need < 0)
          need = e->id;
        else if (nneeds < VD_NEEDS)
          needs[nneeds++] = e->id;
        words++;
      }
      n++;
    }
  }
  if (verb < 0) return warn(L, "pattern without '*'", NULL), EL_OK;
  vd_pattern *p = EL_VEC_PUSH(vd->patterns);
  if (!p) return EL_ERR_NOMEM;
  p->el = arena_alloc(vd->arena, sizeof(vd_elem) * (size_t)n);
  if (!p->el) return EL_ERR_NOMEM;
  memcpy(p->el, el, sizeof(vd_elem) * (size_t)n);
  p->n = (uint16_t)n;
  p->verb = (uint16_t)verb;
  memcpy(p->code, code, sizeof code);
  memcpy(p->code2, code2, sizeof code2);
  p->file = L->file;
  p->line = (int32_t)L->line;
  p->words = words;
  p->need = need;
  memcpy(p->needs, needs, sizeof(int32_t) * nneeds);
  p->nneeds = nneeds;
  p->synneed = synneed;
  vd_block *b = &vd->blocks.v[L->block];
  if (b->npatterns == 0) b->first_pattern = (int32_t)(vd->patterns.n - 1);
  b->npatterns++;
  return EL_OK;
}

/* "--- DESCRIPTION [CODE] ---" */
static el_status parse_block_header(loader *L, char *s) {
  verb_dict *vd = L->vd;
  char code[8] = "", code2[8] = "";
  char *br = strchr(s, '[');
  if (br) {
    char *end = strchr(br, ']');
    if (!end) return warn(L, "unterminated [code]", NULL), EL_OK;
    *end = '\0';
    if (!parse_code(br + 1, code, code2)) {
      warn(L, "bad code [%s]", br + 1);
      code[0] = code2[0] = '\0';
    }
    *br = '\0';
  }
  vd_block *b = EL_VEC_PUSH(vd->blocks);
  if (!b) return EL_ERR_NOMEM;
  memcpy(b->code, code, sizeof code);
  memcpy(b->code2, code2, sizeof code2);
  char *desc = trim(s + 3);
  b->nominal = strncmp(desc, "NOUN ", 5) == 0 || strncmp(desc, "noun ", 5) == 0;
  b->first_pattern = -1;
  L->block = (int32_t)(vd->blocks.n - 1);
  L->mode = 2;
  return EL_OK;
}

static el_status parse_line(loader *L, char *raw) {
  char *hash = strchr(raw, '#');
  if (hash) *hash = '\0';
  char *s = trim(raw);
  if (!*s) return EL_OK;         /* a synset runs until the next non-'+' line */
  if (s[0] == '<') return EL_OK; /* XML-style comments in some PETRARCH files */
  if (s[0] == '~') {
    L->vd->transformations++;
    return EL_OK;
  }
  if (strncmp(s, "---", 3) == 0) return parse_block_header(L, s);
  if (s[0] == '&') {
    char *name = s + 1;
    size_t n = strcspn(name, " \t");
    name[n] = '\0';
    if (!*name) return warn(L, "empty synset name", NULL), EL_OK;
    /* "&LABEL_": no plurals for its phrases; the '_' is not part of the name */
    bool noplural = name[strlen(name) - 1] == '_';
    if (noplural) name[strlen(name) - 1] = '\0';
    if (!*name) return warn(L, "empty synset name", NULL), EL_OK;
    if (find_synset(L->vd, name) >= 0) return warn(L, "duplicate synset '&%s'", name), EL_OK;
    vd_synset *ss = EL_VEC_PUSH(L->vd->synsets);
    if (!ss) return EL_ERR_NOMEM;
    ss->name = arena_strdup(L->vd->arena, name);
    if (!ss->name) return EL_ERR_NOMEM;
    L->synset = (int32_t)(L->vd->synsets.n - 1);
    L->synset_noplural = noplural;
    L->mode = 1;
    return EL_OK;
  }
  if (L->mode == 1) {
    if (s[0] != '+') return warn(L, "synset member must start with '+'", NULL), EL_OK;
    return parse_synset_line(L, s + 1);
  }
  if (L->mode != 2 || L->block < 0) return warn(L, "line outside a verb block: '%s'", s), EL_OK;
  if (s[0] == '-') return parse_pattern_line(L, s + 1);
  return parse_verb_line(L, s);
}

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

static el_status index_synsets(verb_dict *vd) {
  if (vd->nwords) memset(vd->wsyn, 0, sizeof *vd->wsyn * (size_t)vd->nwords);
  for (size_t i = 0; i < vd->synsets.n; i++) {
    vd_synset *ss = &vd->synsets.v[i];
    free(ss->first);
    ss->first = NULL;
    ss->nfirst = 0;
    if (!ss->n) continue;
    if (!(ss->first = malloc(sizeof(int32_t) * (size_t)ss->n))) return EL_ERR_NOMEM;
    for (int32_t k = 0; k < ss->n; k++) ss->first[k] = ss->ph[k].ids[0];
    qsort(ss->first, (size_t)ss->n, sizeof(int32_t), cmp_i32);
    int32_t u = 0;
    for (int32_t k = 0; k < ss->n; k++)
      if (u == 0 || ss->first[u - 1] != ss->first[k]) ss->first[u++] = ss->first[k];
    ss->nfirst = u;
    for (int32_t k = 0; k < u; k++) vd->wsyn[ss->first[k]] |= 1ull << (i % 64);
  }
  return EL_OK;
}

el_status verb_dict_load(verb_dict *vd, const char *path, const dict_load_opts *o) {
  if (!vd || !path) return EL_ERR_ARG;
  FILE *f = fopen(path, "r");
  if (!f) return EL_ERR_NOTFOUND;
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  char **slot = EL_VEC_PUSH(vd->files);
  if (!slot || !(*slot = arena_strdup(vd->arena, base))) {
    fclose(f);
    return EL_ERR_NOMEM;
  }
  loader L = {.vd = vd, .path = path, .file = (int32_t)(vd->files.n - 1), .o = o, .block = -1};
  char line[VD_MAX_LINE];
  el_status st = EL_OK;
  while (fgets(line, sizeof line, f)) {
    L.line++;
    size_t n = strlen(line);
    if (n == sizeof line - 1 && line[n - 1] != '\n') {
      int c;
      while ((c = fgetc(f)) != EOF && c != '\n') {
      }
      warn(&L, "line too long", NULL);
      if (L.err != EL_OK) break;
      continue;
    }
    st = parse_line(&L, line);
    if (st != EL_OK || L.err != EL_OK) break;
  }
  if (ferror(f) && st == EL_OK) st = EL_ERR_IO;
  fclose(f);
  if (st == EL_OK) st = L.err;
  el_status ist = index_synsets(vd);
  return st != EL_OK ? st : ist;
}
