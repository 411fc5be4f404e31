/*
 * html_depth.c — caps the element nesting of an HTML page before libxml2
 * parses it.  libxml2's HTML parser checks its open-element stack on every
 * tag, so a page nested N deep costs O(N^2) (seen: 100k nested <div><p> ->
 * seconds, doubling the input -> 3-4x the time).  Real pages stay far below
 * the cap; beyond it the excess tags (not their text) are dropped, which
 * keeps the text and makes the parse linear in the input.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "doc/doc_internal.h"

static bool is_void_tag(const char *name, size_t n) {
  static const char *const voids[] = {"area",  "base",   "br",    "col",  "embed",
                                      "hr",    "img",    "input", "link", "meta",
                                      "param", "source", "track", "wbr",  NULL};
  for (size_t i = 0; voids[i]; i++)
    if (strlen(voids[i]) == n && strncasecmp(voids[i], name, n) == 0) return true;
  return false;
}

/* Raw-text elements whose content is not markup. */
static const char *raw_text_end(const char *name, size_t n) {
  if (n == 6 && strncasecmp(name, "script", 6) == 0) return "</script";
  if (n == 5 && strncasecmp(name, "style", 5) == 0) return "</style";
  return NULL;
}

/* Find needle (ASCII, case-insensitive) in s[from, len); len if absent. */
static size_t find_ci(const char *s, size_t len, size_t from, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = from; i + n <= len; i++)
    if (strncasecmp(s + i, needle, n) == 0) return i;
  return len;
}

el_status html_cap_depth(const char *buf, size_t len, int max_depth, char **out, size_t *out_len) {
  *out = NULL;
  *out_len = 0;
  char *dst = NULL;
  size_t o = 0, copied_to = 0; /* buf[copied_to, i) still to copy */
  long depth = 0;
  size_t i = 0;
  while (i < len) {
    if (buf[i] != '<') {
      i++;
      continue;
    }
    size_t tag_start = i;
    if (len - i >= 4 && memcmp(buf + i, "<!--", 4) == 0) {
      size_t e = find_ci(buf, len, i + 4, "-->");
      i = e < len ? e + 3 : len;
      continue;
    }
    bool closing = i + 1 < len && buf[i + 1] == '/';
    size_t ns = i + 1 + closing, ne = ns;
    while (ne < len && (isalnum((unsigned char)buf[ne]) || buf[ne] == '-' || buf[ne] == ':')) ne++;
    if (ne == ns || !isalpha((unsigned char)buf[ns])) {
      i++;
      continue;
    }
    size_t gt = ne;
    while (gt < len && buf[gt] != '>') gt++;
    size_t tag_end = gt < len ? gt + 1 : len;
    bool self_closing = gt < len && gt > ne && buf[gt - 1] == '/';
    bool drop = false;
    if (closing) {
      if (!is_void_tag(buf + ns, ne - ns)) {
        drop = depth > max_depth;
        if (depth > 0) depth--;
      }
    } else if (!self_closing && !is_void_tag(buf + ns, ne - ns)) {
      depth++;
      drop = depth > max_depth;
    }
    if (drop) {
      if (!dst && !(dst = malloc(len + 1))) return EL_ERR_NOMEM;
      memcpy(dst + o, buf + copied_to, tag_start - copied_to);
      o += tag_start - copied_to;
      copied_to = tag_end;
    }
    i = tag_end;
    const char *raw_end = closing ? NULL : raw_text_end(buf + ns, ne - ns);
    if (raw_end && !self_closing) {
      size_t e = find_ci(buf, len, i, raw_end);
      i = e; /* the closing tag is handled by the loop */
    }
  }
  if (!dst) return EL_OK; /* nothing dropped: parse the original */
  memcpy(dst + o, buf + copied_to, len - copied_to);
  o += len - copied_to;
  dst[o] = '\0';
  *out = dst;
  *out_len = o;
  return EL_OK;
}
