/*
 * timeline.c — the dyad day by day as text: one block per real-world event,
 * with who did what to whom, how many reports and articles, and evidence.
 */
#include <string.h>

#include "report/report.h"

static void actor_label(char *out, size_t n, const char *code, const char *name) {
  snprintf(out, n, "%s%s%s", *code ? code : "?", *name ? " " : "", name);
}

/* First `max` characters of s (UTF-8 safe), newlines flattened. */
static void print_clipped(FILE *out, const char *s, size_t max) {
  size_t chars = 0, i = 0;
  for (; s[i] && chars < max; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xC0) != 0x80) chars++;
    if (chars > max) break;
    fputc(c == '\n' ? ' ' : c, out);
  }
  while (s[i] && ((unsigned char)s[i] & 0xC0) == 0x80) fputc(s[i++], out);
  if (s[i]) fputs("...", out);
}

el_status report_timeline(const report_data *d, const report_query *q, FILE *out) {
  fprintf(out, "%s - %s: %zu events from %zu mentions in %zu articles\n", q->a ? q->a : "*",
          q->b ? q->b : "*", d->clusters.n, d->rows.n, d->documents);
  /* headings compare by label: "2025" and "autumn 2025" share a cut date */
  char last_label[40] = "";
  for (size_t k = 0; k < d->clusters.n; k++) {
    const merge_cluster *c = &d->clusters.v[k];
    const store_event_row *anchor = d->rows.v[c->members[0]];
    const store_event_row *r = d->rows.v[report_cluster_display(d, c)];
    char buf[40];
    const char *label = report_date_label(anchor, buf, sizeof buf);
    if (k == 0 || strcmp(label, last_label) != 0) fprintf(out, "\n%s\n", label);
    snprintf(last_label, sizeof last_label, "%s", label);
    char src[160], tgt[160];
    actor_label(src, sizeof src, r->source_code, r->source_name);
    actor_label(tgt, sizeof tgt, r->target_code, r->target_name);
    const cameo_entry *ce = q->cb ? codebook_lookup(q->cb, r->cameo) : NULL;
    size_t docs = report_cluster_docs(d, c), reports = report_cluster_reports(d, c);
    fprintf(out, "  %s %s %s  [%s %s, Goldstein %+.1f]  %zu report%s, %zu article%s\n", src,
            merge_root_is_reciprocal(r->root) ? "<->" : "->", tgt, r->cameo,
            ce && ce->name ? ce->name : "", r->goldstein, reports, reports == 1 ? "" : "s", docs,
            docs == 1 ? "" : "s");
    fputs("      \"", out);
    print_clipped(out, anchor->sentence_text, 160);
    fprintf(out, "\" (%s)\n", anchor->doc_id);
  }
  if (d->quotes.n) fprintf(out, "\nQuotes (%zu)\n", d->quotes.n);
  for (size_t i = 0; i < d->quotes.n; i++) {
    const store_quote_row *qr = d->quotes.v[i];
    fprintf(out, "  %s  %s: \"", *qr->date ? qr->date : "undated", qr->speaker_name);
    print_clipped(out, qr->text, 160);
    fprintf(out, "\" (%s)\n", qr->doc_id);
  }
  return ferror(out) ? EL_ERR_IO : EL_OK;
}
