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
#include "time/timex_score.h"

typedef struct {
  char *buf;
  size_t len, cap;
  timex_gold *g;
  size_t ng, gcap;
} plain;

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
          timex_gold *ng = realloc(p->g, p->gcap * sizeof *ng);
          if (!ng) return -1;
          p->g = ng;
        }
        timex_gold *g = &p->g[p->ng++];
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

/* prints one miss as "WHAT<TAB>file<TAB>[span]<TAB>a<TAB>b" */
static void show(void *ctx, const char *what, const char *txt, size_t s, size_t e, const char *a,
                 const char *b) {
  int n = (int)(e - s);
  printf("%s\t%s\t[%.*s]\t%s\t%s\n", what, (const char *)ctx, n, txt + s, a, b ? b : "");
}

static int score_file(const char *path, timex_counts *c) {
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
  el_status st =
      timex_score_text(p.buf, p.g, p.ng, sys.v, sys.n, c, verbose ? show : NULL, (void *)fn);
  EL_VEC_FREE(sys);
  free(p.buf);
  free(p.g);
  xmlFreeDoc(doc);
  return st == EL_OK ? 0 : -1;
}

static int score_path(const char *path, timex_counts *c) {
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
  timex_counts c = {0};
  for (; i < argc; i++)
    if (score_path(argv[i], &c)) return 1;
  timex_figures f;
  timex_score_figures(&c, &f);
  printf("gold=%ld sys=%ld\n", c.gold, c.sys);
  printf("strict  P=%.4f R=%.4f F1=%.4f\n", f.strict_p, f.strict_r, f.strict_f1);
  printf("relaxed P=%.4f R=%.4f F1=%.4f\n", f.relaxed_p, f.relaxed_r, f.relaxed_f1);
  printf("value   F1=%.4f (accuracy %.4f)\n", f.value_f1, f.value_acc);
  printf("type    F1=%.4f (accuracy %.4f)\n", f.type_f1, f.type_acc);
  printf("value-normalized F1=%.4f (XX-padding and -WXX-n variants equal)\n", f.value_norm_f1);
  xmlCleanupParser();
  return 0;
}
