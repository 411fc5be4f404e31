/*
 * test_reader.c — the document stage: plain text with header lines, JSON
 * Lines (metadata, bad lines, line numbers), HTML extraction, directory
 * walks, stdin-like buffers, --published validation, and bad inputs (empty,
 * binary, invalid UTF-8, missing or unreadable paths, oversized files).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "doc/reader.h"

#define MAX_SEEN 16

typedef struct {
  el_doc *docs[MAX_SEEN];
  int ndocs;
  char rejects[MAX_SEEN][256];
  long reject_line[MAX_SEEN];
  int nrejects;
  char warns[MAX_SEEN][256];
  int nwarns;
} seen;

static el_status sink(void *ctx, el_doc *doc) {
  seen *s = ctx;
  if (s->ndocs < MAX_SEEN)
    s->docs[s->ndocs++] = doc;
  else
    doc_free(doc);
  return EL_OK;
}

static void reject(void *ctx, const char *path, long line, const char *reason) {
  seen *s = ctx;
  if (s->nrejects < MAX_SEEN) {
    snprintf(s->rejects[s->nrejects], 256, "%s: %s", path, reason);
    s->reject_line[s->nrejects++] = line;
  }
}

static void warn(void *ctx, const char *path, long line, const char *reason) {
  seen *s = ctx;
  (void)line;
  if (s->nwarns < MAX_SEEN) snprintf(s->warns[s->nwarns++], 256, "%s: %s", path, reason);
}

static void seen_free(seen *s) {
  for (int i = 0; i < s->ndocs; i++) doc_free(s->docs[i]);
  memset(s, 0, sizeof *s);
}

static el_status read_path(seen *s, const char *path, const doc_read_opts *o) {
  doc_read_opts def = {.warn = warn};
  return doc_read_path(path, o ? o : &def, sink, reject, s);
}

static el_status read_buf(seen *s, const char *name, const char *buf, doc_format fmt) {
  doc_read_opts o = {.warn = warn};
  return doc_read_buffer(name, buf, strlen(buf), fmt, &o, sink, reject, s);
}

/* A fresh temporary directory; path written into dir. */
static void tmpdir(char dir[64]) {
  snprintf(dir, 64, "/tmp/el_reader_XXXXXX");
  assert_non_null(mkdtemp(dir));
}

static void write_file(const char *dir, const char *name, const char *data, size_t n) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, n, f), n);
  fclose(f);
}

static void rm_rf(const char *dir) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

/* ---- plain text -------------------------------------------------------------- */

static void test_seed_header_date(void **state) {
  (void)state;
  seen s = {0};
  assert_int_equal(read_path(&s, EL_SHARED_DIR "/seeds/000_a800992d999dcafd.txt", NULL), EL_OK);
  assert_int_equal(s.ndocs, 1);
  el_doc *d = s.docs[0];
  assert_string_equal(d->id, "000_a800992d999dcafd");
  assert_string_equal(d->published, "2022-06-21");
  assert_string_equal(d->published_origin, "header");
  assert_true(d->published_confidence == 1.0);
  assert_int_equal(strncmp(d->text, "President-elect ", 16), 0); /* header removed */
  assert_int_equal(d->line, 0);
  seen_free(&s);
}

static void test_header_lines_and_flag(void **state) {
  (void)state;
  seen s = {0};
  read_buf(&s, "dir/story.txt",
           "title: Talks resume\nsource: Example Wire\nurl: https://example.org/x\n"
           "date: 2026-01-05\n\nThe two sides met again on Monday.",
           DOC_FORMAT_TEXT);
  assert_int_equal(s.ndocs, 1);
  el_doc *d = s.docs[0];
  assert_string_equal(d->id, "story");
  assert_string_equal(d->title, "Talks resume");
  assert_string_equal(d->source, "Example Wire");
  assert_string_equal(d->url, "https://example.org/x");
  assert_string_equal(d->published, "2026-01-05");
  assert_string_equal(d->published_origin, "header");
  assert_string_equal(d->text, "The two sides met again on Monday.");
  seen_free(&s);

  read_buf(&s, "z.txt", "Date: Thu, 08 Jan 2026 14:03:00 GMT\n\nBody.", DOC_FORMAT_TEXT);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->published, "2026-01-08T14:03");
  assert_string_equal(s.docs[0]->text, "Body.");
  seen_free(&s);

  /* a dateline is not a header: text kept whole */
  read_buf(&s, "x.txt", "Washington, D.C., January 8: The call took place.", DOC_FORMAT_TEXT);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->text, "Washington, D.C., January 8: The call took place.");
  assert_string_equal(s.docs[0]->published, "");
  seen_free(&s);

  /* --published applies to text without a date */
  doc_read_opts o = {.published = "2024-02-29"};
  assert_int_equal(
      doc_read_buffer("y.txt", "Some article text.", 18, DOC_FORMAT_TEXT, &o, sink, reject, &s),
      EL_OK);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->published, "2024-02-29");
  assert_string_equal(s.docs[0]->published_origin, "flag");
  seen_free(&s);

  /* ... and is validated as a calendar date */
  const char *bad[] = {"2023-02-29", "2026-13-01", "2026-1-5", "yesterday", ""};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    doc_read_opts ob = {.published = bad[i]};
    assert_int_equal(doc_read_buffer("y.txt", "Text.", 5, DOC_FORMAT_TEXT, &ob, sink, reject, &s),
                     EL_ERR_ARG);
    assert_int_equal(doc_read_path(EL_SHARED_DIR "/seeds", &ob, sink, reject, &s), EL_ERR_ARG);
  }
  assert_int_equal(s.ndocs, 0);
}

static void test_parse_published(void **state) {
  (void)state;
  char out[17];
  assert_int_equal(doc_parse_published("2026-01-08", out), EL_OK);
  assert_string_equal(out, "2026-01-08");
  assert_int_equal(doc_parse_published("2026-01-08T14:03:00Z", out), EL_OK);
  assert_string_equal(out, "2026-01-08T14:03");
  assert_int_equal(doc_parse_published("2026-01-08T14:03:59.123+05:30", out), EL_OK);
  assert_string_equal(out, "2026-01-08T14:03");
  assert_int_equal(doc_parse_published("2026-01-08 09:15", out), EL_OK);
  assert_string_equal(out, "2026-01-08T09:15");
  assert_int_equal(doc_parse_published("2024-02-29", out), EL_OK);
  assert_int_equal(doc_parse_published("2023-02-29", out), EL_ERR_PARSE);
  assert_string_equal(out, "");
  assert_int_equal(doc_parse_published("2026-04-31", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("2026-01-08T24:00", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("2026-01-08T10:60", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("2026-01-08Tfoo", out), EL_ERR_PARSE);
  /* the forms feeds and pages use */
  assert_int_equal(doc_parse_published("Thu, 08 Jan 2026 14:03:00 GMT", out), EL_OK);
  assert_string_equal(out, "2026-01-08T14:03");
  assert_int_equal(doc_parse_published("8 January 2026", out), EL_OK);
  assert_string_equal(out, "2026-01-08");
  assert_int_equal(doc_parse_published("January 8, 2026", out), EL_OK);
  assert_string_equal(out, "2026-01-08");
  assert_int_equal(doc_parse_published("Sept. 30, 2025", out), EL_OK);
  assert_string_equal(out, "2025-09-30");
  assert_int_equal(doc_parse_published("2026/01/08", out), EL_OK);
  assert_string_equal(out, "2026-01-08");
  assert_int_equal(doc_parse_published("8 Jan 2026 2:03 PM", out), EL_OK);
  assert_string_equal(out, "2026-01-08T14:03");
  /* GDELT's compact forms; day-first or month-first when the order is certain */
  assert_int_equal(doc_parse_published("20260108", out), EL_OK);
  assert_string_equal(out, "2026-01-08");
  assert_int_equal(doc_parse_published("20260108140300", out), EL_OK);
  assert_string_equal(out, "2026-01-08T14:03");
  assert_int_equal(doc_parse_published("28/01/2026", out), EL_OK);
  assert_string_equal(out, "2026-01-28");
  assert_int_equal(doc_parse_published("01/28/2026", out), EL_OK);
  assert_string_equal(out, "2026-01-28");
  assert_int_equal(doc_parse_published("03/04/2026", out), EL_ERR_PARSE); /* March 4 or April 3 */
  assert_int_equal(doc_parse_published("20261308", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("20260108256000", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("31 June 2026", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("Janvier 8, 2026", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("8 Jan", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("1", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published("Ma", out), EL_ERR_PARSE);
  assert_int_equal(doc_parse_published(NULL, out), EL_ERR_PARSE);
}

/* ---- bad inputs ------------------------------------------------------------ */

static void test_bad_inputs(void **state) {
  (void)state;
  seen s = {0};
  assert_int_equal(read_path(&s, EL_SOURCE_DIR "/tests/data/bad/empty.txt", NULL), EL_OK);
  assert_int_equal(s.ndocs, 0);
  assert_int_equal(s.nrejects, 1);
  assert_non_null(strstr(s.rejects[0], "empty"));
  seen_free(&s);

  assert_int_equal(read_path(&s, EL_SOURCE_DIR "/tests/data/bad/binary.bin", NULL), EL_OK);
  assert_int_equal(s.ndocs, 0);
  assert_int_equal(s.nrejects, 1);
  assert_non_null(strstr(s.rejects[0], "binary data"));
  seen_free(&s);

  /* Latin-1 bytes in a UTF-8 file: kept, repaired, counted */
  assert_int_equal(read_path(&s, EL_SOURCE_DIR "/tests/data/bad/latin1.txt", NULL), EL_OK);
  assert_int_equal(s.ndocs, 1);
  assert_int_equal(s.docs[0]->invalid_bytes, 2);
  assert_int_equal(strncmp(s.docs[0]->text, "Caf\xEF\xBF\xBD con", 9), 0);
  seen_free(&s);

  assert_int_equal(read_path(&s, EL_SOURCE_DIR "/tests/data/bad/nobody.html", NULL), EL_OK);
  assert_int_equal(s.ndocs, 0);
  assert_int_equal(s.nrejects, 1);
  assert_non_null(strstr(s.rejects[0], "no text in HTML"));
  seen_free(&s);

  assert_int_equal(read_path(&s, "/nonexistent/dir/article.txt", NULL), EL_OK);
  assert_int_equal(s.nrejects, 1);
  assert_non_null(strstr(s.rejects[0], "No such file or directory"));
  seen_free(&s);

  /* unreadable path (a file used as a directory) */
  assert_int_equal(read_path(&s, EL_SOURCE_DIR "/tests/data/bad/empty.txt/x", NULL), EL_OK);
  assert_int_equal(s.nrejects, 1);
  assert_non_null(strstr(s.rejects[0], "Not a directory"));
  seen_free(&s);

  /* over the size limit */
  doc_read_opts o = {.max_doc_bytes = 20};
  assert_int_equal(
      doc_read_path(EL_SHARED_DIR "/seeds/002_9600e3c34549fab5.txt", &o, sink, reject, &s), EL_OK);
  assert_int_equal(s.ndocs, 0);
  assert_int_equal(s.nrejects, 1);
  assert_non_null(strstr(s.rejects[0], "too large"));
  seen_free(&s);
}

/* ---- JSONL ------------------------------------------------------------------ */

static void test_jsonl_malformed_line(void **state) {
  (void)state;
  seen s = {0};
  assert_int_equal(read_path(&s, EL_SOURCE_DIR "/tests/data/bad/malformed.jsonl", NULL), EL_OK);
  assert_int_equal(s.ndocs, 2);
  assert_int_equal(s.nrejects, 1);
  assert_int_equal(s.reject_line[0], 2);
  assert_non_null(strstr(s.rejects[0], "malformed JSON"));
  assert_string_equal(s.docs[0]->id, "a1");
  assert_int_equal(s.docs[0]->line, 1);
  assert_string_equal(s.docs[1]->id, "a3");
  assert_int_equal(s.docs[1]->line, 3);
  assert_string_equal(s.docs[1]->published, "2026-01-08T14:03");
  assert_string_equal(s.docs[1]->published_origin, "metadata");
  assert_string_equal(s.docs[1]->source, "Example");
  assert_string_equal(s.docs[1]->url, "https://example.org/a3");
  assert_string_equal(s.docs[1]->title, "T3");
  assert_string_equal(s.docs[1]->lang, "en");
  seen_free(&s);
}

static void test_jsonl_fields(void **state) {
  (void)state;
  seen s = {0};
  read_buf(&s, "feed.jsonl",
           "{\"text\": \"No id here, line one.\"}\n"
           "\n"
           "{\"id\": \"x\", \"text\": 42}\n"
           "{\"id\": \"y\"}\n"
           "[1, 2]\n"
           "{\"id\": 7, \"text\": \"Bad date.\", \"published\": \"2026-02-30\", \"source\": null}\n"
           "{\"id\": \"z\", \"text\": \"   \"}\n"
           "{\"id\": \"u\", \"text\": \"Bad \xff byte in JSON.\"}\n"
           "{\"id\": \"g\", \"text\": \"GDELT-style date.\", \"date\": 20260108140300}\n",
           DOC_FORMAT_JSONL);
  assert_int_equal(s.ndocs, 4);
  assert_string_equal(s.docs[3]->published, "2026-01-08T14:03"); /* an integer date */
  assert_string_equal(s.docs[0]->id, "feed:1");                  /* stem:line */
  assert_string_equal(s.docs[0]->published, "");
  assert_string_equal(s.docs[1]->id, "7");
  assert_string_equal(s.docs[1]->published, ""); /* invalid date: unknown, warned */
  assert_null(s.docs[1]->source);
  assert_int_equal(s.nwarns, 1);
  assert_non_null(strstr(s.warns[0], "2026-02-30"));
  assert_string_equal(s.docs[2]->id, "u");
  assert_int_equal(s.docs[2]->invalid_bytes, 1);
  assert_int_equal(s.nrejects, 4);
  assert_int_equal(s.reject_line[0], 3);
  assert_non_null(strstr(s.rejects[0], "\"text\" is not a string"));
  assert_int_equal(s.reject_line[1], 4);
  assert_non_null(strstr(s.rejects[1], "no \"text\""));
  assert_int_equal(s.reject_line[2], 5);
  assert_non_null(strstr(s.rejects[2], "not a JSON object"));
  assert_int_equal(s.reject_line[3], 7);
  assert_non_null(strstr(s.rejects[3], "empty"));
  seen_free(&s);
}

static void test_seeds_jsonl(void **state) {
  (void)state;
  seen s = {0};
  assert_int_equal(read_path(&s, EL_SHARED_DIR "/seeds/seeds.jsonl", NULL), EL_OK);
  assert_int_equal(s.ndocs, 5);
  assert_int_equal(s.nrejects, 0);
  const char *ids[] = {"000_a800992d999dcafd", "001_08d10534020cb143", "002_9600e3c34549fab5",
                       "003_da7da2de5249492d", "004_c2ec5b8e626f54df"};
  const char *dates[] = {"2022-06-21", "2026-02-04", "2026-01-08", "2026-02-03", "2026-01-08"};
  for (int i = 0; i < 5; i++) {
    assert_string_equal(s.docs[i]->id, ids[i]);
    assert_string_equal(s.docs[i]->published, dates[i]);
    assert_string_equal(s.docs[i]->published_origin, "metadata");
    assert_int_equal(strlen(s.docs[i]->hash), 64);
  }
  assert_string_equal(s.docs[1]->source, "voz.us");
  assert_null(s.docs[0]->source); /* "source": null */
  /* the inline "date 2022-06-21" header is stripped here too, so the JSONL
     and the .txt copy of seed 000 have the same content hash */
  seen t = {0};
  assert_int_equal(read_path(&t, EL_SHARED_DIR "/seeds/000_a800992d999dcafd.txt", NULL), EL_OK);
  assert_string_equal(s.docs[0]->hash, t.docs[0]->hash);
  seen_free(&t);
  seen_free(&s);
}

/* ---- HTML ------------------------------------------------------------------- */

static void test_html_extraction(void **state) {
  (void)state;
  seen s = {0};
  assert_int_equal(read_path(&s, EL_SOURCE_DIR "/tests/data/docs/article.html", NULL), EL_OK);
  assert_int_equal(s.ndocs, 1);
  el_doc *d = s.docs[0];
  assert_string_equal(d->id, "article");
  assert_string_equal(d->text,
                      "Leaders meet in capital\n"
                      "The two presidents met on Tuesday in the capital.\n"
                      "They discussed trade and security, officials said.\n"
                      "A final paragraph.\n"
                      "After a break.\n");
  assert_string_equal(d->title, "Leaders meet in capital");
  assert_string_equal(d->url, "https://news.example.org/2026/01/08/leaders-meet");
  assert_string_equal(d->source, "Example News");
  assert_string_equal(d->lang, "en");
  assert_string_equal(d->published, "2026-01-08T14:03");
  assert_string_equal(d->published_origin, "metadata");
  seen_free(&s);

  /* no <article>: body minus furniture; <time datetime> as the date */
  read_buf(&s, "page.html",
           "<html><body><nav>Menu</nav><div>First <span>part</span></div>"
           "<p>Second <time datetime=\"2025-11-03\">Monday</time> part</p>"
           "<script>alert(1)</script><footer>(c) Site</footer></body></html>",
           DOC_FORMAT_HTML);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->text, "First part\nSecond Monday part\n");
  assert_string_equal(s.docs[0]->published, "2025-11-03");
  seen_free(&s);

  /* class/id furniture is dropped, content containers are kept */
  read_buf(&s, "cls.html",
           "<html><body><div class=\"story-body no-sidebar\"><p>Kept one.</p>"
           "<div class=\"share-bar\">Share on X</div><ul id=\"related-links\"><li>Other "
           "story</li></ul><p class=\"commentary\">Kept two.</p></div>"
           "<div class=\"newsletter\">Sign up</div></body></html>",
           DOC_FORMAT_HTML);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->text, "Kept one.\nKept two.\n");
  seen_free(&s);

  /* JSON-LD datePublished (inside @graph) beats a <time> in the page */
  read_buf(&s, "ld.html",
           "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": "
           "\"WebPage\"}, {\"@type\": \"NewsArticle\", \"datePublished\": "
           "\"2025-12-24T08:00:00-05:00\"}]}</script></head><body><p>Text "
           "<time datetime=\"2020-01-01\">old</time>.</p></body></html>",
           DOC_FORMAT_HTML);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->published, "2025-12-24T08:00");
  assert_string_equal(s.docs[0]->text, "Text old.\n");
  seen_free(&s);

  /* deeply nested markup must not crash */
  size_t depth = 100000;
  size_t n = depth * 11 + 64;
  char *deep = malloc(n);
  assert_non_null(deep);
  size_t o = 0;
  o += (size_t)sprintf(deep + o, "<html><body>");
  for (size_t i = 0; i < depth; i++) o += (size_t)sprintf(deep + o, "<div>");
  o += (size_t)sprintf(deep + o, "Deep text.");
  for (size_t i = 0; i < depth; i++) o += (size_t)sprintf(deep + o, "</div>");
  doc_read_opts opts = {0};
  assert_int_equal(doc_read_buffer("deep.html", deep, o, DOC_FORMAT_HTML, &opts, sink, reject, &s),
                   EL_OK);
  assert_int_equal(s.ndocs + s.nrejects, 1);
  free(deep);
  seen_free(&s);
}

/* ---- directories and sniffing --------------------------------------------------- */

static void test_directory_walk(void **state) {
  (void)state;
  char dir[64], sub[128];
  tmpdir(dir);
  snprintf(sub, sizeof sub, "%s/sub", dir);
  assert_int_equal(mkdir(sub, 0755), 0);
  write_file(dir, "b.txt", "Second file text.", 17);
  write_file(dir, "a.txt", "First file text.", 16);
  write_file(dir, ".hidden.txt", "Hidden file text.", 17);
  write_file(dir, "sub/c.html", "<p>Third, in HTML.</p>", 22);
  write_file(dir, "sub/d.jsonl", "{\"id\":\"d1\",\"text\":\"Fourth.\"}\n", 29);
  write_file(dir, "empty.txt", "", 0);
  const char arr[] = "[\n  {\"id\": \"e1\",\n   \"text\": \"Fifth.\"},\n  {\"text\": 1}\n]\n";
  write_file(dir, "sub/e.json", arr, sizeof arr - 1);
  const char one[] = "{\n  \"id\": \"f1\",\n  \"text\": \"Sixth.\"\n}\n";
  write_file(dir, "sub/f.json", one, sizeof one - 1);
  const char lines[] =
      "{\"id\": \"g1\", \"text\": \"Seventh.\"}\n{\"id\": \"g2\", \"text\": "
      "\"Eighth.\"}\n";
  write_file(dir, "sub/g.json", lines, sizeof lines - 1);
  seen s = {0};
  assert_int_equal(read_path(&s, dir, NULL), EL_OK);
  assert_int_equal(s.ndocs, 8);
  assert_string_equal(s.docs[0]->id, "a");
  assert_string_equal(s.docs[1]->id, "b");
  assert_string_equal(s.docs[2]->id, "c");
  assert_string_equal(s.docs[2]->text, "Third, in HTML.\n");
  assert_string_equal(s.docs[3]->id, "d1");
  assert_string_equal(s.docs[4]->id, "e1"); /* JSON array */
  assert_string_equal(s.docs[5]->id, "f1"); /* one pretty-printed object */
  assert_string_equal(s.docs[6]->id, "g1"); /* .json holding JSON Lines */
  assert_string_equal(s.docs[7]->id, "g2");
  assert_int_equal(s.nrejects, 2);
  assert_non_null(strstr(s.rejects[0], "empty.txt"));
  assert_non_null(strstr(s.rejects[1], "e.json")); /* element 2: text not a string */
  assert_int_equal(s.reject_line[1], 2);
  seen_free(&s);

  /* --format forces one reader for every file */
  doc_read_opts o = {.format = DOC_FORMAT_TEXT};
  assert_int_equal(read_path(&s, sub, &o), EL_OK);
  assert_int_equal(s.ndocs, 5);
  assert_string_equal(s.docs[0]->text, "<p>Third, in HTML.</p>");
  seen_free(&s);
  rm_rf(dir);
}

static void test_sniff_auto(void **state) {
  (void)state;
  seen s = {0};
  read_buf(&s, "-", "  \n{\"id\":\"j\",\"text\":\"From JSON.\"}\n", DOC_FORMAT_AUTO);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->id, "j");
  seen_free(&s);
  read_buf(&s, "-", "<html><body><p>From HTML.</p></body></html>", DOC_FORMAT_AUTO);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->text, "From HTML.\n");
  seen_free(&s);
  read_buf(&s, "-", "From plain text.", DOC_FORMAT_AUTO);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->id, "stdin");
  assert_string_equal(s.docs[0]->path, "-");
  seen_free(&s);
}

static void test_stdin(void **state) {
  (void)state;
  char dir[64], path[128];
  tmpdir(dir);
  const char in[] = "\n\n{\"text\": \"From stdin.\"}\n{broken\n";
  write_file(dir, "in.jsonl", in, sizeof in - 1);
  snprintf(path, sizeof path, "%s/in.jsonl", dir);
  assert_non_null(freopen(path, "rb", stdin));
  seen s = {0};
  assert_int_equal(read_path(&s, "-", NULL), EL_OK); /* sniffed as JSONL */
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->id, "stdin:3"); /* line numbers count the blank lines */
  assert_string_equal(s.docs[0]->path, "-");
  assert_int_equal(s.nrejects, 1);
  assert_int_equal(s.reject_line[0], 4);
  seen_free(&s);

  const char txt[] = "  date 2026-01-05 Plain text from stdin.";
  write_file(dir, "in.txt", txt, sizeof txt - 1);
  snprintf(path, sizeof path, "%s/in.txt", dir);
  assert_non_null(freopen(path, "rb", stdin));
  assert_int_equal(read_path(&s, "-", NULL), EL_OK);
  assert_int_equal(s.ndocs, 1);
  assert_string_equal(s.docs[0]->id, "stdin");
  assert_string_equal(s.docs[0]->published, "2026-01-05");
  assert_string_equal(s.docs[0]->text, "Plain text from stdin.");
  seen_free(&s);
  rm_rf(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_seed_header_date),
      cmocka_unit_test(test_header_lines_and_flag),
      cmocka_unit_test(test_parse_published),
      cmocka_unit_test(test_bad_inputs),
      cmocka_unit_test(test_jsonl_malformed_line),
      cmocka_unit_test(test_jsonl_fields),
      cmocka_unit_test(test_seeds_jsonl),
      cmocka_unit_test(test_html_extraction),
      cmocka_unit_test(test_directory_walk),
      cmocka_unit_test(test_sniff_auto),
      cmocka_unit_test(test_stdin),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
