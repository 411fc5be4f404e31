/*
 * timex_score.h — scores tagged time expressions against gold ones the way
 * TempEval-3 Task A does: strict and relaxed (any overlap) extent P/R/F1,
 * value and type F1 over relaxed matches (attribute accuracy times relaxed
 * F1).  Shared by tools/tempeval_eval (TimeML files) and the held-out test
 * (tests/data/timex_heldout.tsv).
 */
#ifndef EL_TIMEX_SCORE_H
#define EL_TIMEX_SCORE_H
#include <stddef.h>

#include "time/timex.h"

typedef struct {
  size_t start, end; /* bytes in the scored text */
  char type[16];     /* DATE, TIME, DURATION, SET */
  char value[64];
} timex_gold;

typedef struct {
  long gold, sys, strict, rel_gold, rel_sys, val_ok, type_ok, val_norm_ok;
} timex_counts;

typedef struct {
  double strict_p, strict_r, strict_f1;
  double relaxed_p, relaxed_r, relaxed_f1;
  double value_acc, value_f1, type_acc, type_f1, value_norm_f1;
} timex_figures;

/* Called for each miss: what is "FN", "FP", "EXT", "VAL" or "TYPE";
 * [start, end) the span in text; a, b the gold and system attributes (for
 * EXT, a is the gold value and b "sys=[...]"). */
typedef void (*timex_miss_fn)(void *ctx, const char *what, const char *text, size_t start,
                              size_t end, const char *a, const char *b);

/* Add the counts of one text's gold and system expressions to *c; report
 * each miss through miss (may be NULL).  EL_ERR_NOMEM if allocation fails. */
el_status timex_score_text(const char *text, const timex_gold *gold, size_t ngold,
                           const el_timex *sys, size_t nsys, timex_counts *c, timex_miss_fn miss,
                           void *ctx);

/* P/R/F1 and attribute figures from accumulated counts. */
void timex_score_figures(const timex_counts *c, timex_figures *f);

/* "DATE", "TIME", "DURATION", "SET" */
const char *timex_type_name(el_timex_type t);
#endif
