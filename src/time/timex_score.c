/*
 * timex_score.c — TempEval-3 Task A scoring of tagged time expressions
 * against gold ones (see timex_score.h); owns the matching rule and the
 * notational value variants counted as equal in the normalized figure.
 */
#include "time/timex_score.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *TYPE_NAMES[] = {"DATE", "TIME", "DURATION", "SET"};

const char *timex_type_name(el_timex_type t) {
  return (unsigned)t < 4 ? TYPE_NAMES[t] : "?";
}

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

el_status timex_score_text(const char *text, const timex_gold *gold, size_t ngold,
                           const el_timex *sys, size_t nsys, timex_counts *c, timex_miss_fn miss,
                           void *ctx) {
  char *sys_used = calloc(nsys + 1, 1);
  if (!sys_used) return EL_ERR_NOMEM;
  c->gold += (long)ngold;
  c->sys += (long)nsys;
  /* relaxed matching: each gold pairs with the first overlapping sys, or
   * the one with the same extent */
  for (size_t i = 0; i < ngold; i++) {
    const timex_gold *g = &gold[i];
    long hit = -1;
    for (size_t k = 0; k < nsys; k++) {
      if (sys[k].start < g->end && g->start < sys[k].end) {
        if (hit < 0 || (sys[k].start == g->start && sys[k].end == g->end)) hit = (long)k;
      }
    }
    if (hit < 0) {
      if (miss) miss(ctx, "FN", text, g->start, g->end, g->type, g->value);
      continue;
    }
    const el_timex *x = &sys[hit];
    c->rel_gold++;
    if (x->start == g->start && x->end == g->end)
      c->strict++;
    else if (miss) {
      char b[200];
      snprintf(b, sizeof b, "sys=[%.*s]", (int)(x->end - x->start), text + x->start);
      miss(ctx, "EXT", text, g->start, g->end, g->value, b);
    }
    if (!sys_used[hit]) {
      sys_used[hit] = 1;
      char nx[64], ng[64];
      norm_value(x->value, nx);
      norm_value(g->value, ng);
      if (strcasecmp(nx, ng) == 0) c->val_norm_ok++;
      if (strcasecmp(x->value, g->value) == 0)
        c->val_ok++;
      else if (miss)
        miss(ctx, "VAL", text, x->start, x->end, g->value, x->value);
      if (strcmp(timex_type_name(x->type), g->type) == 0)
        c->type_ok++;
      else if (miss)
        miss(ctx, "TYPE", text, x->start, x->end, g->type, timex_type_name(x->type));
    }
  }
  for (size_t k = 0; k < nsys; k++) {
    int ov = 0;
    for (size_t i = 0; i < ngold && !ov; i++)
      ov = sys[k].start < gold[i].end && gold[i].start < sys[k].end;
    if (ov)
      c->rel_sys++;
    else if (miss)
      miss(ctx, "FP", text, sys[k].start, sys[k].end, timex_type_name(sys[k].type), sys[k].value);
  }
  free(sys_used);
  return EL_OK;
}

static double f1(double p, double r) {
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void timex_score_figures(const timex_counts *c, timex_figures *f) {
  f->strict_p = c->sys ? (double)c->strict / c->sys : 0;
  f->strict_r = c->gold ? (double)c->strict / c->gold : 0;
  f->strict_f1 = f1(f->strict_p, f->strict_r);
  f->relaxed_p = c->sys ? (double)c->rel_sys / c->sys : 0;
  f->relaxed_r = c->gold ? (double)c->rel_gold / c->gold : 0;
  f->relaxed_f1 = f1(f->relaxed_p, f->relaxed_r);
  f->value_acc = c->rel_gold ? (double)c->val_ok / c->rel_gold : 0;
  f->value_f1 = f->value_acc * f->relaxed_f1;
  f->type_acc = c->rel_gold ? (double)c->type_ok / c->rel_gold : 0;
  f->type_f1 = f->type_acc * f->relaxed_f1;
  f->value_norm_f1 = (c->rel_gold ? (double)c->val_norm_ok / c->rel_gold : 0) * f->relaxed_f1;
}
