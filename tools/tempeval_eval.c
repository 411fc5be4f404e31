/*
 * tempeval_eval.c — scores the time tagger on TimeML (.tml) files the way
 * TempEval-3 Task A does: strict and relaxed (any overlap) extent P/R/F1,
 * and value / type F1 over relaxed matches (attribute accuracy times
 * relaxed F1).  The DCT's own TIMEX3 is excluded.
 *
 *   tempeval_eval [-v] DIR_OR_FILE...
 *   -v  print false positives, false negatives and value/type mismatches
 */
#include <dirent.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "time/timex.h"

typedef struct {
  size_t start, end;
  char type[16];
  char value[64];
} gold_tx;

typedef struct {
  char *buf;
  size_t len, cap;
  gold_tx *g;
  size_t ng, gcap;
} plain;

typedef struct {
  long gold, sys, strict, rel_gold, rel_sys, val_ok, type_ok, val_norm_ok;
} counts;

/* Notational variants that denote the same time: "2014-XX-XX" = "2014",
 * "2014-06-13-WXX-5" = "2014-06-13" (the tweets corpus writes these). */
static void norm_value(const char *v, char out[64]) {
  snprintf(out, 64, "%s", v);
  char *w = strstr(out, "-WXX-");
  if (w && w - out == 10) memmove(w, w + 6, strlen(w + 6) + 1);
  size_t n = strlen(out);
  while (n >= 3 && strcmp(out + n - 3, "-XX") == 0) {
    out[n - 3] = 0;
    n -= 3;
  }
}

static int verbose;

static int app(plain *p, const char *s, size_t n) {
  if (p->len + n + 1 > p->cap) {
    size_t nc = (p->len + n + 1) * 2;
    char *nb = realloc(p->buf, nc);
    if (!nb) return -1;
    p->buf = nb;
    p->cap = nc;
  }
  memcpy(p->buf + p->len, s, n);
  p->len += n;
  p->buf[p->len] = 0;
  return 0;
}

static int walk(xmlNode *n, plain *p) {
  for (; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content && app(p, (const char *)n->content, strlen((const char *)n->content)))
        return -1;
    } else if (n->type == XML_ELEMENT_NODE) {
      size_t s = p->len;
      if (walk(n->children, p)) return -1;
      if (strcmp((const char *)n->name, "TIMEX3") == 0) {
        if (p->ng == p->gcap) {
          p->gcap = p->gcap ? p->gcap * 2 : 64;
          gold_tx *ng = realloc(p->g, p->gcap * sizeof *ng);
          if (!ng) return -1;
          p->g = ng;
        }
        gold_tx *g = &p->g[p->ng++];
        memset(g, 0, sizeof *g);
        g->start = s;
        g->end = p->len;
        xmlChar *t = xmlGetProp(n, (const xmlChar *)"type");
        xmlChar *v = xmlGetProp(n, (const xmlChar *)"value");
        snprintf(g->type, sizeof g->type, "%s", t ? (const char *)t : "");
        snprintf(g->value, sizeof g->value, "%s", v ? (const char *)v : "");
        xmlFree(t);
        xmlFree(v);
      }
    }
  }
  return 0;
}

static xmlNode *find(xmlNode *n, const char *name) {
  for (; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0) return n;
    xmlNode *r = find(n->children, name);
    if (r) return r;
  }
  return NULL;
}

static const char *TYPES[] = {"DATE", "TIME", "DURATION", "SET"};

static void show(const char *what, const char *file, const char *txt, size_t s, size_t e,
                 const char *a, const char *b) {
  int n = (int)(e - s);
  printf("%s\t%s\t[%.*s]\t%s\t%s\n", what, file, n, txt + s, a, b ? b : "");
}

static int score_file(const char *path, counts *c) {
  xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    fprintf(stderr, "tempeval_eval: cannot parse %s\n", path);
    return -1;
  }
  xmlNode *root = xmlDocGetRootElement(doc);
  xmlNode *dct = find(root, "DCT");
  xmlNode *text = find(root, "TEXT");
  el_datetime d, *pd = NULL;
  if (dct) {
    xmlNode *t = find(dct->children, "TIMEX3");
    xmlChar *v = t ? xmlGetProp(t, (const xmlChar *)"value") : NULL;
    if (v) {
      char b[17];
      snprintf(b, sizeof b, "%.10s", (const char *)v);
      if (timex_parse_dct(b, &d) == EL_OK) pd = &d;
      xmlFree(v);
    }
  }
  plain p = {0};
  if (!text || walk(text->children, &p) || !p.buf) {
    xmlFreeDoc(doc);
    free(p.buf);
    free(p.g);
    return text ? -1 : 0;
  }
  el_timex_vec sys = {0};
  if (timex_tag(p.buf, p.len, pd, &sys) != EL_OK) {
    fprintf(stderr, "tempeval_eval: tagging failed on %s\n", path);
    return -1;
  }
  const char *fn = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  c->gold += (long)p.ng;
  c->sys += (long)sys.n;
  /* relaxed matching: each gold pairs with the first overlapping sys */
  char *sys_used = calloc(sys.n + 1, 1);
  for (size_t i = 0; i < p.ng; i++) {
    gold_tx *g = &p.g[i];
    long hit = -1;
    for (size_t k = 0; k < sys.n; k++) {
      if (sys.v[k].start < g->end && g->start < sys.v[k].end) {
        if (hit < 0 || (sys.v[k].start == g->start && sys.v[k].end == g->end)) hit = (long)k;
      }
    }
    if (hit < 0) {
      if (verbose) show("FN", fn, p.buf, g->start, g->end, g->type, g->value);
      continue;
    }
    el_timex *x = &sys.v[hit];
    c->rel_gold++;
    if (x->start == g->start && x->end == g->end)
      c->strict++;
    else if (verbose) {
      char b[200];
      snprintf(b, sizeof b, "sys=[%.*s]", (int)(x->end - x->start), p.buf + x->start);
      show("EXT", fn, p.buf, g->start, g->end, g->value, b);
    }
    if (!sys_used[hit]) {
      sys_used[hit] = 1;
      char nx[64], ng[64];
      norm_value(x->value, nx);
      norm_value(g->value, ng);
      if (strcasecmp(nx, ng) == 0) c->val_norm_ok++;
      if (strcasecmp(x->value, g->value) == 0)
        c->val_ok++;
      else if (verbose)
        show("VAL", fn, p.buf, x->start, x->end, g->value, x->value);
      if (strcmp(TYPES[x->type], g->type) == 0)
        c->type_ok++;
      else if (verbose)
        show("TYPE", fn, p.buf, x->start, x->end, g->type, TYPES[x->type]);
    }
  }
  for (size_t k = 0; k < sys.n; k++) {
    int ov = 0;
    for (size_t i = 0; i < p.ng && !ov; i++)
      ov = sys.v[k].start < p.g[i].end && p.g[i].start < sys.v[k].end;
    if (ov)
      c->rel_sys++;
    else if (verbose)
      show("FP", fn, p.buf, sys.v[k].start, sys.v[k].end, TYPES[sys.v[k].type], sys.v[k].value);
  }
  free(sys_used);
  EL_VEC_FREE(sys);
  free(p.buf);
  free(p.g);
  xmlFreeDoc(doc);
  return 0;
}

static int score_path(const char *path, counts *c) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "tempeval_eval: %s: not found\n", path);
    return -1;
  }
  if (!S_ISDIR(st.st_mode)) {
    size_t n = strlen(path);
    return n > 4 && strcmp(path + n - 4, ".tml") == 0 ? score_file(path, c) : 0;
  }
  struct dirent **ents;
  int n = scandir(path, &ents, NULL, alphasort);
  if (n < 0) return -1;
  int rc = 0;
  for (int i = 0; i < n; i++) {
    if (ents[i]->d_name[0] != '.' && !rc) {
      char sub[4096];
      snprintf(sub, sizeof sub, "%s/%s", path, ents[i]->d_name);
      rc = score_path(sub, c);
    }
    free(ents[i]);
  }
  free(ents);
  return rc;
}

static double f1(double p, double r) {
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

int main(int argc, char **argv) {
  int i = 1;
  if (i < argc && strcmp(argv[i], "-v") == 0) {
    verbose = 1;
    i++;
  }
  if (i >= argc) {
    fprintf(stderr, "usage: tempeval_eval [-v] DIR_OR_FILE...\n");
    return 2;
  }
  counts c = {0};
  for (; i < argc; i++)
    if (score_path(argv[i], &c)) return 1;
  double sp = c.sys ? (double)c.strict / c.sys : 0, sr = c.gold ? (double)c.strict / c.gold : 0;
  double rp = c.sys ? (double)c.rel_sys / c.sys : 0, rr = c.gold ? (double)c.rel_gold / c.gold : 0;
  double rf = f1(rp, rr);
  double vacc = c.rel_gold ? (double)c.val_ok / c.rel_gold : 0;
  double tacc = c.rel_gold ? (double)c.type_ok / c.rel_gold : 0;
  printf("gold=%ld sys=%ld\n", c.gold, c.sys);
  printf("strict  P=%.4f R=%.4f F1=%.4f\n", sp, sr, f1(sp, sr));
  printf("relaxed P=%.4f R=%.4f F1=%.4f\n", rp, rr, rf);
  printf("value   F1=%.4f (accuracy %.4f)\n", vacc * rf, vacc);
  printf("type    F1=%.4f (accuracy %.4f)\n", tacc * rf, tacc);
  double nacc = c.rel_gold ? (double)c.val_norm_ok / c.rel_gold : 0;
  printf("value-normalized F1=%.4f (XX-padding and -WXX-n variants equal)\n", nacc * rf);
  xmlCleanupParser();
  return 0;
}
