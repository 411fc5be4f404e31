/*
 * jsonl.c — JSON Lines articles (jansson): one object per line with
 * "text" (required), "id", "published", "source", "url", "title", "lang".
 * A bad line is rejected with its line number and reading goes on; lines
 * of any length are read with getline.  A .json file may also hold one
 * article object or an array of them (elements numbered from 1).  Invalid UTF-8 inside a line is
 * repaired (U+FFFD) before parsing instead of losing the article.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "doc/doc_internal.h"
#include "text/text.h"

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return false;
  return true;
}

/* A string field, or NULL when missing/null/empty; non-strings warn. */
static el_status opt_string(doc_reader *r, el_doc *doc, json_t *obj, const char *key,
                            const char **dst) {
  json_t *v = json_object_get(obj, key);
  *dst = NULL;
  if (!v || json_is_null(v)) return EL_OK;
  if (!json_is_string(v)) {
    doc_warn(r, doc->path, doc->line, "\"%s\" is not a string; ignored", key);
    return EL_OK;
  }
  if (json_string_length(v) == 0) return EL_OK;
  *dst = arena_strndup(doc->arena, json_string_value(v), json_string_length(v));
  return *dst ? EL_OK : EL_ERR_NOMEM;
}

static el_status fill_doc(doc_reader *r, el_doc *doc, json_t *obj) {
  el_status st;
  json_t *id = json_object_get(obj, "id");
  if (json_is_string(id) && json_string_length(id) > 0) {
    doc->id = arena_strndup(doc->arena, json_string_value(id), json_string_length(id));
  } else if (json_is_integer(id)) {
    doc->id = arena_printf(doc->arena, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
  } else if (id && !json_is_null(id)) {
    doc_warn(r, doc->path, doc->line, "\"id\" is not a string; using the line number");
  }
  if (id && json_is_string(id) && json_string_length(id) > 0 && !doc->id) return EL_ERR_NOMEM;
  if ((st = opt_string(r, doc, obj, "source", &doc->source)) != EL_OK ||
      (st = opt_string(r, doc, obj, "url", &doc->url)) != EL_OK ||
      (st = opt_string(r, doc, obj, "title", &doc->title)) != EL_OK ||
      (st = opt_string(r, doc, obj, "lang", &doc->lang)) != EL_OK)
    return st;
  json_t *pub = json_object_get(obj, "published");
  if (!pub || json_is_null(pub)) pub = json_object_get(obj, "date");
  if (pub && !json_is_null(pub)) {
    char out[17];
    char num[24];
    const char *txt = json_is_string(pub) ? json_string_value(pub) : NULL;
    if (json_is_integer(pub)) { /* 20240303 or 20240303101500, as GDELT writes them */
      snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(pub));
      txt = num;
    }
    if (txt && doc_parse_published(txt, out) == EL_OK) {
      memcpy(doc->published, out, sizeof out);
      doc->published_origin = "metadata";
      doc->published_confidence = 1.0;
    } else {
      doc_warn(r, doc->path, doc->line, "invalid \"published\" value %s%.40s%s; date unknown",
               json_is_string(pub) ? "\"" : "", txt ? txt : "(not a string or integer)",
               json_is_string(pub) ? "\"" : "");
    }
  }
  return EL_OK;
}

/* One parsed article object; lineno is its line (JSONL) or 1-based index
 * (JSON array). */
static el_status read_object(doc_reader *r, const char *name, json_t *obj, long lineno,
                             size_t invalid) {
  if (!json_is_object(obj)) {
    doc_reject(r, name, lineno, "not a JSON object");
    return EL_OK;
  }
  json_t *text = json_object_get(obj, "text");
  if (!text || json_is_null(text)) {
    doc_reject(r, name, lineno, "no \"text\" field");
    return EL_OK;
  }
  if (!json_is_string(text)) {
    doc_reject(r, name, lineno, "\"text\" is not a string");
    return EL_OK;
  }
  el_doc *doc = doc_start(name, lineno);
  if (!doc) return EL_ERR_NOMEM;
  el_status st = fill_doc(r, doc, obj);
  const char *t = json_string_value(text);
  size_t tn = json_string_length(text);
  doc_header h;
  size_t body = doc_parse_header(t, tn, &h);
  if (st == EL_OK) st = doc_apply_header(doc, &h);
  if (st != EL_OK) {
    doc_free(doc);
    return st;
  }
  return doc_finish(r, doc, t + body, tn - body, invalid);
}

el_status doc_read_jsonl_line(doc_reader *r, const char *name, const char *line, size_t len,
                              long lineno) {
  if (lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) line += 3, len -= 3;
  while (len && (line[len - 1] == '\r' || line[len - 1] == '\n')) len--;
  if (blank(line, len)) return EL_OK;
  char *fixed = NULL;
  size_t invalid = 0;
  if (!text_utf8_valid(line, len)) {
    size_t n;
    if (text_utf8_repair(line, len, &fixed, &n, &invalid) != EL_OK) return EL_ERR_NOMEM;
    line = fixed;
    len = n;
  }
  json_error_t err;
  json_t *obj = json_loadb(line, len, JSON_ALLOW_NUL, &err);
  el_status st = EL_OK;
  if (!obj)
    doc_reject(r, name, lineno, "malformed JSON: %s (column %d)", err.text, err.column);
  else
    st = read_object(r, name, obj, lineno, invalid);
  json_decref(obj);
  free(fixed);
  return st;
}

el_status doc_read_json_file(doc_reader *r, const char *name, FILE *f) {
  json_error_t err;
  json_t *all = json_loadf(f, JSON_ALLOW_NUL, &err);
  if (!all || !(json_is_array(all) || json_is_object(all))) {
    /* not one JSON value: JSON Lines after all */
    json_decref(all);
    if (fseek(f, 0, SEEK_SET) != 0) {
      doc_reject(r, name, 0, "cannot rewind: %s", strerror(errno));
      return EL_OK;
    }
    clearerr(f);
    return doc_read_jsonl_stream(r, name, f, 1);
  }
  el_status st = EL_OK;
  if (json_is_object(all)) {
    st = read_object(r, name, all, 1, 0);
  } else {
    size_t i;
    json_t *v;
    json_array_foreach(all, i, v) {
      if ((st = read_object(r, name, v, (long)i + 1, 0)) != EL_OK) break;
    }
  }
  json_decref(all);
  return st;
}

el_status doc_read_jsonl_buffer(doc_reader *r, const char *name, const char *buf, size_t len) {
  size_t pos = 0;
  long lineno = 0;
  while (pos < len) {
    const char *nl = memchr(buf + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - buf) : len;
    lineno++;
    el_status st = doc_read_jsonl_line(r, name, buf + pos, end - pos, lineno);
    if (st != EL_OK) return st;
    pos = end + 1;
  }
  return EL_OK;
}

el_status doc_read_jsonl_stream(doc_reader *r, const char *name, FILE *f, long first_line) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long lineno = first_line - 1;
  el_status st = EL_OK;
  while ((n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    st = doc_read_jsonl_line(r, name, line, (size_t)n, lineno);
    if (st != EL_OK) break;
  }
  if (st == EL_OK && ferror(f)) doc_reject(r, name, lineno + 1, "read error");
  free(line);
  return st;
}
