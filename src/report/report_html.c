/*
 * report_html.c — a self-contained HTML page (inline CSS and SVG, no
 * scripts, no external resources) answering what happened between two
 * actors: summary, Goldstein-over-time chart, day-by-day events with their
 * evidence, and the quotes of either side.  Every text from articles or the
 * store goes through report_html_escape.
 */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

void report_html_escape(FILE *out, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
      case '&':
        fputs("&amp;", out);
        break;
      case '<':
        fputs("&lt;", out);
        break;
      case '>':
        fputs("&gt;", out);
        break;
      case '"':
        fputs("&quot;", out);
        break;
      case '\'':
        fputs("&#39;", out);
        break;
      default:
        fputc(*s, out);
    }
  }
}

/* A date range says more than its precision for a week, a season or a
 * quarter, and for a month or a year that does not begin on the 1st (a day
 * offset from a month told before). */
static bool range_worth_showing(const store_event_row *r) {
  if (!*r->date_start || !*r->date_end || strcmp(r->date_start, r->date_end) == 0) return false;
  size_t n = strlen(r->date_start);
  if (strcmp(r->date_precision, "month") == 0) return n < 10 || strcmp(r->date_start + 7, "-01");
  if (strcmp(r->date_precision, "year") == 0) return n < 10 || strcmp(r->date_start + 4, "-01-01");
  return true;
}

static const char *quad_color(int quad) {
  switch (quad) {
    case 1:
      return "#2b7bba"; /* verbal cooperation */
    case 2:
      return "#2e9e4f"; /* material cooperation */
    case 3:
      return "#f08a24"; /* verbal conflict */
    case 4:
      return "#d62d20"; /* material conflict */
  }
  return "#888888";
}

static const char *quad_name(int quad) {
  switch (quad) {
    case 1:
      return "verbal cooperation";
    case 2:
      return "material cooperation";
    case 3:
      return "verbal conflict";
    case 4:
      return "material conflict";
  }
  return "unclassified";
}

static void actor_html(FILE *out, const char *code, const char *name) {
  fputs("<span class=\"code\">", out);
  report_html_escape(out, *code ? code : "?");
  fputs("</span>", out);
  if (*name) {
    fputc(' ', out);
    report_html_escape(out, name);
  }
}

/* Middle point (days) of an event's date interval; false if undated. */
static bool event_day(const store_event_row *r, double *day) {
  long a, b;
  if (!merge_iso_days(r->date_start, false, &a) || !merge_iso_days(r->date_end, true, &b))
    return false;
  *day = (a + b) / 2.0;
  return true;
}

static void civil_from_days(long z, int *y, int *m) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* "PT2H30M" -> "2 h 30 min", "P1Y6M" -> "1 y 6 mo"; anything else as is */
static void write_duration(FILE *out, const char *v) {
  if (v[0] != 'P' || !v[1]) {
    report_html_escape(out, v);
    return;
  }
  int time = 0, any = 0;
  for (const char *p = v + 1; *p;) {
    if (*p == 'T') {
      time = 1;
      p++;
      continue;
    }
    char *end;
    long n = strtol(p, &end, 10);
    if (end == p || !*end) { /* "PXD" and other unknown amounts */
      report_html_escape(out, v);
      return;
    }
    const char *unit = *end == 'Y'   ? "y"
                       : *end == 'M' ? (time ? "min" : "mo")
                       : *end == 'W' ? "wk"
                       : *end == 'D' ? "d"
                       : *end == 'H' ? "h"
                       : *end == 'S' ? "s"
                                     : NULL;
    if (!unit) {
      report_html_escape(out, v);
      return;
    }
    fprintf(out, "%s%ld %s", any ? " " : "", n, unit);
    any = 1;
    p = end + 1;
  }
}

/* An event's details for readers: durations as lengths ("lasted 35 min /
 * 1 h" when articles disagree), an implied agent or a target taken from
 * the act reacted to named as such, any other key as key: value. */
static void write_details(FILE *out, json_t *details) {
  const char *key;
  json_t *v;
  json_object_foreach(details, key, v) {
    if (!strcmp(key, "duration") && json_is_array(v)) {
      fputs(" · lasted ", out);
      size_t i;
      json_t *x;
      json_array_foreach(v, i, x) {
        if (i) fputs(" / ", out);
        write_duration(out, json_is_string(x) ? json_string_value(x) : "?");
      }
    } else if (!strcmp(key, "implied_source") && json_is_string(v)) {
      fputs(" · agent implied (", out);
      report_html_escape(out, json_string_value(v));
      fputs(")", out);
    } else if (!strcmp(key, "target_from") && json_is_string(v)) {
      fputs(" · target: the agent of the ", out);
      report_html_escape(out, json_string_value(v));
    } else {
      char *txt = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
      fputs(" · ", out);
      report_html_escape(out, key);
      fputs(": ", out);
      report_html_escape(out, txt ? txt : "");
      free(txt);
    }
  }
}

static void write_chart(FILE *out, const report_data *d, const report_query *q) {
  const double W = 960, H = 280, L = 48, R = 16, T = 16, B = 36;
  double lo = INFINITY, hi = -INFINITY, day;
  for (size_t k = 0; k < d->clusters.n; k++)
    if (event_day(d->rows.v[d->clusters.v[k].members[0]], &day)) {
      lo = fmin(lo, day);
      hi = fmax(hi, day);
    }
  if (!isfinite(lo)) return;
  if (hi - lo < 30) {
    lo -= 15;
    hi += 15;
  }
  double span = hi - lo;
  fprintf(out,
          "<svg class=\"chart\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
          "aria-label=\"Goldstein score of each event over time\">\n",
          W, H);
  for (int g = -10; g <= 10; g += 5) {
    double y = T + (10 - g) / 20.0 * (H - T - B);
    fprintf(out,
            "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>"
            "<text x=\"%.0f\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%+d</text>\n",
            L, W - R, y, y, g == 0 ? "zero" : "grid", L - 6, y + 4, g);
  }
  /* month or year ticks */
  int y1, m1, y2, m2;
  civil_from_days((long)lo, &y1, &m1);
  civil_from_days((long)hi, &y2, &m2);
  int months = (y2 - y1) * 12 + (m2 - m1);
  int step = months > 36 ? 12 : months > 12 ? 3 : 1;
  for (int yy = y1, mm = m1; yy < y2 || (yy == y2 && mm <= m2);) {
    char iso[11];
    snprintf(iso, sizeof iso, "%04d-%02d-01", yy, mm);
    long t;
    if (merge_iso_days(iso, false, &t) && t >= lo && (mm - 1) % step == 0) {
      double x = L + (t - lo) / span * (W - L - R);
      fprintf(
          out,
          "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.0f\" y2=\"%.0f\" class=\"grid\"/>"
          "<text x=\"%.1f\" y=\"%.0f\" class=\"axis\" text-anchor=\"middle\">%04d-%02d</text>\n",
          x, x, T, H - B, x, H - B + 16, yy, mm);
    }
    if (++mm > 12) {
      mm = 1;
      yy++;
    }
  }
  for (size_t k = 0; k < d->clusters.n; k++) {
    const merge_cluster *c = &d->clusters.v[k];
    const store_event_row *anchor = d->rows.v[c->members[0]];
    const store_event_row *r = d->rows.v[report_cluster_display(d, c)];
    if (!event_day(anchor, &day)) continue;
    double x = L + (day - lo) / span * (W - L - R);
    double y = T + (10 - r->goldstein) / 20.0 * (H - T - B);
    double rad = 4 + 2 * log2((double)report_cluster_reports(d, c));
    const cameo_entry *ce = q->cb ? codebook_lookup(q->cb, r->cameo) : NULL;
    fprintf(out,
            "<a href=\"#ev%zu\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>", k,
            x, y, rad, quad_color(r->quad_class));
    report_html_escape(out, anchor->date);
    fputc(' ', out);
    report_html_escape(out, r->source_code);
    fputs(" \xe2\x86\x92 ", out);
    report_html_escape(out, r->target_code);
    fputs(": ", out);
    report_html_escape(out, ce && ce->name ? ce->name : r->cameo);
    size_t reports = report_cluster_reports(d, c);
    fprintf(out, " (%zu report%s)</title></circle></a>\n", reports, reports == 1 ? "" : "s");
  }
  fputs("</svg>\n<p class=\"legend\">", out);
  for (int quad = 1; quad <= 4; quad++)
    fprintf(out, "<span><i style=\"background:%s\"></i>%s</span>", quad_color(quad),
            quad_name(quad));
  fputs("<span>circle size: number of reports</span></p>\n", out);
}

static const char *CSS =
    "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d232b;"
    "background:#f6f7f9}main{max-width:1040px;margin:0 auto;padding:24px}"
    "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid "
    "#d8dde3;padding-bottom:4px}.sub{color:#5b6673;margin:0 0 18px}"
    ".cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#fff;border:1px solid #d8dde3;"
    "border-radius:8px;padding:10px 16px;min-width:120px}.card b{display:block;font-size:24px}"
    ".chart{width:100%;background:#fff;border:1px solid #d8dde3;border-radius:8px}"
    ".grid{stroke:#eceff2}.zero{stroke:#9aa4ae}.axis{font-size:11px;fill:#5b6673}"
    ".legend span{margin-right:16px;font-size:13px;color:#5b6673}.legend i{display:inline-block;"
    "width:10px;height:10px;border-radius:5px;margin-right:5px}"
    ".day{background:#fff;border:1px solid #d8dde3;border-radius:8px;margin:10px 0;padding:8px "
    "14px}"
    ".day>h3{margin:2px 0 6px;font-size:15px;color:#3a4652}.ev{border-left:4px solid #888;"
    "padding:4px 10px;margin:6px 0}.ev .what{font-weight:600}.code{font-family:ui-monospace,"
    "monospace;font-size:13px;background:#eef1f4;border-radius:4px;padding:0 4px}"
    ".meta{color:#5b6673;font-size:13px}blockquote{margin:6px 0 "
    "2px;color:#2f3a45;font-style:italic}"
    "table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid "
    "#e3e7eb;padding:6px 8px;text-align:left;vertical-align:top}th{font-size:13px;color:#5b6673}";

el_status report_html(const report_data *d, const report_query *q, FILE *out) {
  const char *a = q->a ? q->a : "*", *b = q->b ? q->b : "*";
  fputs(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\"><title>",
      out);
  report_html_escape(out, a);
  fputs(" \xe2\x80\x93 ", out);
  report_html_escape(out, b);
  fprintf(out, ": eventline report</title><style>%s</style></head><body><main>\n<h1>", CSS);
  report_html_escape(out, a);
  fputs(" \xe2\x80\x93 ", out);
  report_html_escape(out, b);
  fputs(
      "</h1>\n<p class=\"sub\">What happened between them, day by day, with the evidence. "
      "Events are dated by when they happened, not when they were reported.</p>\n",
      out);
  size_t quads[5] = {0};
  for (size_t k = 0; k < d->clusters.n; k++) {
    int qc = d->rows.v[report_cluster_display(d, &d->clusters.v[k])]->quad_class;
    quads[qc >= 1 && qc <= 4 ? qc : 0]++;
  }
  fprintf(out,
          "<div class=\"cards\"><div class=\"card\"><b>%zu</b>events</div><div class=\"card\">"
          "<b>%zu</b>reports</div><div class=\"card\"><b>%zu</b>articles</div>"
          "<div class=\"card\"><b>%zu</b>cooperation</div><div class=\"card\"><b>%zu</b>conflict"
          "</div><div class=\"card\"><b>%zu</b>quotes</div></div>\n",
          d->clusters.n, d->rows.n, d->documents, quads[1] + quads[2], quads[3] + quads[4],
          d->quotes.n);
  fputs("<h2>Cooperation and conflict over time (Goldstein scale)</h2>\n", out);
  write_chart(out, d, q);
  fputs("<h2>Day by day</h2>\n", out);
  /* one section per heading and precision: "2025" (the year) and "autumn
   * 2025" share a cut date but are told apart */
  char open_key[64] = "";
  for (size_t k = 0; k < d->clusters.n; k++) {
    const merge_cluster *c = &d->clusters.v[k];
    const store_event_row *anchor = d->rows.v[c->members[0]];
    const store_event_row *r = d->rows.v[report_cluster_display(d, c)];
    char buf[40], key[64];
    const char *label = report_date_label(anchor, buf, sizeof buf);
    snprintf(key, sizeof key, "%s|%s", label, anchor->date_precision);
    if (k == 0 || strcmp(open_key, key) != 0) {
      if (k > 0) fputs("</section>\n", out);
      snprintf(open_key, sizeof open_key, "%s", key);
      fputs("<section class=\"day\"><h3>", out);
      report_html_escape(out, label);
      if (*anchor->date_precision && strcmp(anchor->date_precision, "day") != 0) {
        fputs(" <span class=\"meta\">(", out);
        report_html_escape(out, anchor->date_precision);
        if (range_worth_showing(anchor)) {
          fputs(", ", out);
          report_html_escape(out, anchor->date_start);
          fputs(" to ", out);
          report_html_escape(out, anchor->date_end);
        }
        fputs(")</span>", out);
      }
      fputs("</h3>\n", out);
    }
    const cameo_entry *ce = q->cb ? codebook_lookup(q->cb, r->cameo) : NULL;
    fprintf(out, "<div class=\"ev\" id=\"ev%zu\" style=\"border-color:%s\"><div class=\"what\">", k,
            quad_color(r->quad_class));
    actor_html(out, r->source_code, r->source_name);
    fputs(merge_root_is_reciprocal(r->root) ? " \xe2\x86\x94 " : " \xe2\x86\x92 ", out);
    actor_html(out, r->target_code, r->target_name);
    fputs(": ", out);
    report_html_escape(out, ce && ce->name ? ce->name : "");
    fputs(" <span class=\"code\">", out);
    report_html_escape(out, r->cameo);
    fputs("</span></div><div class=\"meta\">", out);
    fprintf(out, "Goldstein %+.1f · %s", r->goldstein, quad_name(r->quad_class));
    if (*r->plover) {
      fputs(" · PLOVER ", out);
      report_html_escape(out, r->plover);
    }
    size_t docs = report_cluster_docs(d, c), reports = report_cluster_reports(d, c);
    fprintf(out, " · %zu report%s in %zu article%s", reports, reports == 1 ? "" : "s", docs,
            docs == 1 ? "" : "s");
    json_t *details = json_object();
    for (size_t i = 0; details && i < c->n; i++)
      merge_details_union(details, d->rows.v[c->members[i]]->details_json);
    if (details && json_object_size(details)) write_details(out, details);
    json_decref(details);
    fputs("</div>\n", out);
    size_t shown = 0;
    for (size_t i = 0; i < c->n && shown < 3; i++) {
      if (!report_member_is_first_report(d, c, i)) continue;
      const store_event_row *m = d->rows.v[c->members[i]];
      fputs("<blockquote>", out);
      report_html_escape(out, m->sentence_text);
      fputs("</blockquote><div class=\"meta\">", out);
      report_html_escape(out, m->doc_id);
      fputs("</div>\n", out);
      shown++;
    }
    if (reports > shown)
      fprintf(out, "<div class=\"meta\">and %zu more report%s</div>\n", reports - shown,
              reports - shown == 1 ? "" : "s");
    fputs("</div>\n", out);
  }
  if (d->clusters.n) fputs("</section>\n", out);
  if (!d->clusters.n) fputs("<p>No events between these actors.</p>\n", out);
  fprintf(out, "<h2>What they said (%zu quotes)</h2>\n", d->quotes.n);
  if (d->quotes.n) {
    fputs("<table><tr><th>Date</th><th>Speaker</th><th>Quote</th><th>Article</th></tr>\n", out);
    for (size_t i = 0; i < d->quotes.n; i++) {
      const store_quote_row *qr = d->quotes.v[i];
      fputs("<tr><td>", out);
      report_html_escape(out, qr->date);
      fputs("</td><td>", out);
      actor_html(out, qr->speaker_code, qr->speaker_name);
      fputs("</td><td>\xe2\x80\x9c", out);
      report_html_escape(out, qr->text);
      fputs("\xe2\x80\x9d</td><td class=\"meta\">", out);
      report_html_escape(out, qr->doc_id);
      fputs("</td></tr>\n", out);
    }
    fputs("</table>\n", out);
  }
  fputs("<p class=\"meta\">Generated by eventline " EL_VERSION
        ". CAMEO event codes; Goldstein conflict-cooperation scale (-10..+10).</p>\n"
        "</main></body></html>\n",
        out);
  return ferror(out) ? EL_ERR_IO : EL_OK;
}
