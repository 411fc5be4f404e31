/*
 * html.c — main text and metadata of an HTML page (libxml2 HTML parser).
 *
 * The content root is the largest <article>, else <main>, else <body>.
 * Page furniture (script, style, nav, header, footer, aside, form, iframe,
 * svg, figure ...; role=navigation/banner/contentinfo; hidden elements) is
 * dropped, and so are elements whose class/id names furniture ("share",
 * "related", "newsletter" ...) unless it also names content ("article-body");
 * block elements end a paragraph ('\n').  Metadata: og:title or
 * <title>, article:published_time / date metas / <time datetime>, canonical
 * link, og:site_name, <html lang>.  Every walk over the DOM is iterative
 * (parent/next pointers), so 100k levels of nesting cannot overflow the
 * stack.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "doc/doc_internal.h"
#include "text/text.h"

typedef struct {
  char *p;
  size_t n, cap;
  bool nl;    /* last emitted char is a newline (or nothing yet) */
  bool space; /* a space is pending */
} text_buf;

static int tb_putc(text_buf *b, char c) {
  if (b->n + 2 > b->cap) {
    size_t ncap = b->cap ? b->cap * 2 : 4096;
    char *p = realloc(b->p, ncap);
    if (!p) return -1;
    b->p = p;
    b->cap = ncap;
  }
  b->p[b->n++] = c;
  return 0;
}

static int tb_newline(text_buf *b) {
  b->space = false;
  if (b->nl) return 0;
  b->nl = true;
  return tb_putc(b, '\n');
}

static int tb_text(text_buf *b, const char *s) {
  for (; *s; s++) {
    char c = *s;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      b->space = true;
      continue;
    }
    if (b->space && !b->nl && tb_putc(b, ' ')) return -1;
    b->space = false;
    b->nl = false;
    if (tb_putc(b, c)) return -1;
  }
  return 0;
}

static bool name_is(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && n->name && strcasecmp((const char *)n->name, name) == 0;
}

static bool name_in(const xmlNode *n, const char *const *list) {
  if (n->type != XML_ELEMENT_NODE || !n->name) return false;
  for (size_t i = 0; list[i]; i++)
    if (strcasecmp((const char *)n->name, list[i]) == 0) return true;
  return false;
}

static const char *const dropped_tags[] = {
    "script",   "style",  "nav",    "footer",     "aside",  "form",   "noscript",
    "iframe",   "svg",    "figure", "figcaption", "button", "select", "textarea",
    "template", "object", "embed",  "canvas",     "video",  "audio",  "map",
    "dialog",   "head",   "math",   "picture",    "input",  NULL};
static const char *const block_tags[] = {
    "p",  "div",        "h1",      "h2",      "h3",     "h4",      "h5",     "h6",   "li",
    "br", "blockquote", "section", "article", "main",   "ul",      "ol",     "dl",   "dt",
    "dd", "tr",         "table",   "pre",     "hr",     "address", "center", "body", "td",
    "th", "caption",    "summary", "details", "header", NULL};

/* Attribute value (libxml2 allocation; caller frees) or NULL. */
static char *attr(const xmlNode *n, const char *name) {
  return (char *)xmlGetProp((xmlNode *)n, (const xmlChar *)name);
}

static bool attr_is(const xmlNode *n, const char *name, const char *value) {
  char *v = attr(n, name);
  bool eq = v && strcasecmp(v, value) == 0;
  xmlFree(v);
  return eq;
}

static bool has_attr(const xmlNode *n, const char *name) {
  return xmlHasProp((xmlNode *)n, (const xmlChar *)name) != NULL;
}

/* Is the element page furniture?  inside_article keeps an article's
 * own <header> (headline, often). */
/* class/id words of page furniture, and of content containers (which are
 * never dropped even when they also carry a furniture word). */
static const char *const junk_words[] = {"share",
                                         "sharing",
                                         "social",
                                         "related",
                                         "newsletter",
                                         "advert",
                                         "advertisement",
                                         "ads",
                                         "promo",
                                         "comments",
                                         "cookie",
                                         "cookies",
                                         "subscribe",
                                         "sidebar",
                                         "breadcrumb",
                                         "breadcrumbs",
                                         "popup",
                                         "modal",
                                         "recommended",
                                         "trending",
                                         "outbrain",
                                         "taboola",
                                         "paywall",
                                         "caption",
                                         "credit",
                                         "toolbar",
                                         "newsletter-signup",
                                         NULL};
static const char *const content_words[] = {"content", "article", "body", "main", "story",
                                            "post",    "entry",   "text", NULL};

/* Does a class/id attribute value contain a word of list (words split at
 * non-alphanumerics, compared case-insensitively)? */
static bool attr_has_word(const char *v, const char *const *list) {
  const char *p = v;
  while (*p) {
    while (*p &&
           !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
      p++;
    const char *w = p;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')) p++;
    size_t n = (size_t)(p - w);
    for (size_t i = 0; n && list[i]; i++)
      if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0) return true;
  }
  return false;
}

static bool junk_class(const xmlNode *n) {
  bool junk = false, content = false;
  const char *names[] = {"class", "id"};
  for (int i = 0; i < 2; i++) {
    char *v = attr(n, names[i]);
    if (v) {
      junk = junk || attr_has_word(v, junk_words);
      content = content || attr_has_word(v, content_words);
    }
    xmlFree(v);
  }
  return junk && !content;
}

static bool is_dropped(const xmlNode *n, bool inside_article) {
  if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) return true;
  if (n->type != XML_ELEMENT_NODE) return false;
  if (name_in(n, dropped_tags)) return true;
  if (name_is(n, "header") && !inside_article) return true;
  char *role = attr(n, "role");
  bool junk = role && (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "banner") == 0 ||
                       strcasecmp(role, "contentinfo") == 0 ||
                       strcasecmp(role, "complementary") == 0 || strcasecmp(role, "menu") == 0);
  xmlFree(role);
  if (junk) return true;
  if (has_attr(n, "hidden") || attr_is(n, "aria-hidden", "true")) return true;
  return junk_class(n);
}

/* Iterative pre-order step: next node after n within root (not entering
 * n's children when skip_children). */
static xmlNode *next_node(xmlNode *n, const xmlNode *root, bool skip_children) {
  if (!skip_children && n->children) return n->children;
  while (n && n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return NULL;
}

/* Extract text under root into b (iterative walk). */
static int extract(xmlNode *root, text_buf *b, bool inside_article) {
  xmlNode *n = root;
  while (n) {
    bool drop = n != root && is_dropped(n, inside_article);
    if (!drop) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content && tb_text(b, (const char *)n->content)) return -1;
      } else if (name_in(n, block_tags)) {
        if (tb_newline(b)) return -1;
      }
    }
    /* leaving elements: a block ends with a newline too */
    if (drop || !n->children) {
      xmlNode *m = n;
      while (m && m != root && !m->next) {
        m = m->parent;
        if (m && name_in(m, block_tags) && tb_newline(b)) return -1;
      }
      if (!m || m == root) break;
      n = m->next;
      continue;
    }
    n = n->children;
  }
  return 0;
}

/* Length of visible text under root (for choosing among <article>s). */
static size_t text_weight(xmlNode *root) {
  size_t w = 0;
  for (xmlNode *n = root; n;) {
    bool drop = n != root && is_dropped(n, true);
    if (!drop && n->type == XML_TEXT_NODE && n->content) w += strlen((const char *)n->content);
    n = next_node(n, root, drop);
  }
  return w;
}

typedef struct {
  char *title, *og_title, *canonical, *og_url, *site, *lang;
  char *published, *ld_date, *time_date; /* by priority: meta, JSON-LD, <time> */
  xmlNode *body, *main, *best_article;
  size_t best_weight;
  int articles;
} page_meta;

static void set_once(char **dst, char *v) {
  if (!*dst && v && *v)
    *dst = v;
  else
    xmlFree(v);
}

static const char *const date_metas[] = {"article:published_time",
                                         "og:published_time",
                                         "date",
                                         "pubdate",
                                         "publishdate",
                                         "publish-date",
                                         "publish_date",
                                         "datepublished",
                                         "dc.date",
                                         "dc.date.issued",
                                         "dcterms.date",
                                         "dcterms.created",
                                         "sailthru.date",
                                         "parsely-pub-date",
                                         NULL};

/* "datePublished" anywhere in a JSON-LD block (objects, arrays, @graph):
 * iterative breadth-first search over a bounded number of values. */
static char *jsonld_date(const char *src) {
  json_t *root = json_loads(src, 0, NULL);
  if (!root) return NULL;
  enum { MAXQ = 4096 };
  json_t **q = malloc(MAXQ * sizeof *q);
  char *found = NULL;
  size_t head = 0, tail = 0;
  if (q) q[tail++] = root;
  while (q && head < tail && !found) {
    json_t *v = q[head++];
    if (json_is_object(v)) {
      json_t *d = json_object_get(v, "datePublished");
      char out[17];
      if (json_is_string(d) && doc_parse_published(json_string_value(d), out) == EL_OK) {
        found = (char *)xmlStrdup((const xmlChar *)json_string_value(d));
        break;
      }
      const char *k;
      json_t *c;
      json_object_foreach(v, k, c) {
        if (tail < MAXQ && (json_is_object(c) || json_is_array(c))) q[tail++] = c;
      }
    } else if (json_is_array(v)) {
      size_t i;
      json_t *c;
      json_array_foreach(v, i, c) {
        if (tail < MAXQ && (json_is_object(c) || json_is_array(c))) q[tail++] = c;
      }
    }
  }
  free(q);
  json_decref(root);
  return found;
}

static void scan_meta(doc_reader *r, const char *name, xmlNode *root, page_meta *m) {
  for (xmlNode *n = root; n;) {
    bool skip = false;
    if (n->type == XML_ELEMENT_NODE) {
      if (name_is(n, "html")) {
        set_once(&m->lang, attr(n, "lang"));
      } else if (name_is(n, "title")) {
        set_once(&m->title, (char *)xmlNodeGetContent(n));
        skip = true;
      } else if (name_is(n, "meta")) {
        char *key = attr(n, "property");
        if (!key) key = attr(n, "name");
        if (!key) key = attr(n, "itemprop");
        if (key) {
          if (strcasecmp(key, "og:title") == 0)
            set_once(&m->og_title, attr(n, "content"));
          else if (strcasecmp(key, "og:url") == 0)
            set_once(&m->og_url, attr(n, "content"));
          else if (strcasecmp(key, "og:site_name") == 0)
            set_once(&m->site, attr(n, "content"));
          else if (!m->published) {
            for (size_t i = 0; date_metas[i]; i++)
              if (strcasecmp(key, date_metas[i]) == 0) {
                char *v = attr(n, "content");
                char out[17];
                if (v && doc_parse_published(v, out) == EL_OK) {
                  set_once(&m->published, v);
                } else {
                  if (v) doc_warn(r, name, 0, "invalid date in <meta %s>: %.40s", key, v);
                  xmlFree(v);
                }
                break;
              }
          }
          xmlFree(key);
        }
      } else if (name_is(n, "link")) {
        if (attr_is(n, "rel", "canonical")) set_once(&m->canonical, attr(n, "href"));
      } else if (name_is(n, "time") && !m->time_date) {
        char *v = attr(n, "datetime");
        char out[17];
        if (v && doc_parse_published(v, out) == EL_OK)
          set_once(&m->time_date, v);
        else
          xmlFree(v);
      } else if (name_is(n, "script")) {
        if (!m->ld_date && attr_is(n, "type", "application/ld+json")) {
          char *src = (char *)xmlNodeGetContent(n);
          if (src) set_once(&m->ld_date, jsonld_date(src));
          xmlFree(src);
        }
        skip = true;
      } else if (name_is(n, "body")) {
        if (!m->body) m->body = n;
      } else if (name_is(n, "main")) {
        if (!m->main) m->main = n;
      } else if (name_is(n, "article") && m->articles < 16) {
        m->articles++;
        size_t w = text_weight(n);
        if (w > m->best_weight) {
          m->best_weight = w;
          m->best_article = n;
        }
      } else if (name_in(n, dropped_tags) && !name_is(n, "head")) {
        skip = true;
      }
    }
    n = next_node(n, root, skip);
  }
}

static void meta_free(page_meta *m) {
  xmlFree(m->title);
  xmlFree(m->og_title);
  xmlFree(m->published);
  xmlFree(m->ld_date);
  xmlFree(m->time_date);
  xmlFree(m->canonical);
  xmlFree(m->og_url);
  xmlFree(m->site);
  xmlFree(m->lang);
}

static el_status set_str(el_doc *doc, const char **dst, const char *v) {
  if (!v) return EL_OK;
  text_buf b = {0};
  b.nl = true;
  if (tb_text(&b, v) || tb_putc(&b, '\0')) {
    free(b.p);
    return EL_ERR_NOMEM;
  }
  if (b.n > 1) *dst = arena_strdup(doc->arena, b.p);
  free(b.p);
  return (b.n > 1 && !*dst) ? EL_ERR_NOMEM : EL_OK;
}

/* Does the page declare its encoding in the first bytes? */
static bool declares_charset(const char *buf, size_t len) {
  size_t n = len < 2048 ? len : 2048;
  /* buf is not NUL-terminated: compare only bytes that exist */
  for (size_t i = 0; i + 8 <= n; i++)
    if (strncasecmp(buf + i, "charset=", 8) == 0 ||
        (i + 9 <= n && strncasecmp(buf + i, "encoding=", 9) == 0))
      return true;
  return false;
}

el_status doc_read_html(doc_reader *r, const char *name, const char *buf, size_t len) {
  if (len > INT_MAX) {
    doc_reject(r, name, 0, "HTML file too large");
    return EL_OK;
  }
  char *fixed = NULL;
  size_t invalid = 0;
  const char *enc = NULL;
  if (!declares_charset(buf, len)) {
    enc = "UTF-8";
    if (!text_utf8_valid(buf, len)) {
      size_t n;
      if (text_utf8_repair(buf, len, &fixed, &n, &invalid) != EL_OK) return EL_ERR_NOMEM;
      buf = fixed;
      len = n;
      if (len > INT_MAX) {
        free(fixed);
        doc_reject(r, name, 0, "HTML file too large");
        return EL_OK;
      }
    }
  }
  char *capped = NULL;
  size_t capped_len = 0;
  if (html_cap_depth(buf, len, HTML_MAX_DEPTH, &capped, &capped_len) != EL_OK) {
    free(fixed);
    return EL_ERR_NOMEM;
  }
  if (capped) {
    buf = capped;
    len = capped_len;
  }
  /* HUGE lifts libxml2's 256-level depth limit, which otherwise stops the
     parse and loses the text of deeply nested (but real) pages; input size
     is already capped by max_doc_bytes and every walk here is iterative. */
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
             XML_PARSE_HUGE;
  htmlDocPtr hd = htmlReadMemory(buf, (int)len, NULL, enc, opts);
  el_status st = EL_OK;
  page_meta m = {0};
  text_buf b = {0};
  b.nl = true;
  el_doc *doc = NULL;
  xmlNode *root = hd ? xmlDocGetRootElement(hd) : NULL;
  if (!root) {
    doc_reject(r, name, 0, "no text in HTML");
    goto done;
  }
  scan_meta(r, name, root, &m);
  xmlNode *content = m.best_article ? m.best_article : m.main ? m.main : m.body;
  if (!content) {
    doc_reject(r, name, 0, "no text in HTML (no body)");
    goto done;
  }
  if (extract(content, &b, content == m.best_article || content == m.main)) {
    st = EL_ERR_NOMEM;
    goto done;
  }
  if (b.n == 0) {
    doc_reject(r, name, 0, "no text in HTML");
    goto done;
  }
  if (!(doc = doc_start(name, 0))) {
    st = EL_ERR_NOMEM;
    goto done;
  }
  if ((st = set_str(doc, &doc->title, m.og_title ? m.og_title : m.title)) != EL_OK ||
      (st = set_str(doc, &doc->url, m.canonical ? m.canonical : m.og_url)) != EL_OK ||
      (st = set_str(doc, &doc->source, m.site)) != EL_OK ||
      (st = set_str(doc, &doc->lang, m.lang)) != EL_OK) {
    doc_free(doc);
    goto done;
  }
  const char *date = m.published ? m.published : m.ld_date ? m.ld_date : m.time_date;
  if (date && doc_parse_published(date, doc->published) == EL_OK) {
    doc->published_origin = "metadata";
    doc->published_confidence = 1.0;
  }
  st = doc_finish(r, doc, b.p, b.n, invalid);
done:
  meta_free(&m);
  free(b.p);
  if (hd) xmlFreeDoc(hd);
  free(capped);
  free(fixed);
  return st;
}
