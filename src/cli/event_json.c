/*
 * event_json.c — merging event mentions into real-world events and writing
 * them as Event JSONL (GUIDE.md).  Which mentions form one event is decided
 * by src/merge; here a group becomes one JSON object: the first mention (the
 * anchor) gives date, actors and code, the evidence lists every mention and
 * the details are the union of the mentions' details.
 */
#include <math.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "merge/merge.h"

static json_t *str_or_null(const char *s) {
  return s && *s ? json_string(s) : json_null();
}

static json_t *actor_json(const char *code, const char *country, const char *name) {
  return json_pack("{s:o, s:o, s:o}", "code", str_or_null(code), "country", str_or_null(country),
                   "name", str_or_null(name));
}

/* Id of a merged event: 16 hex digits of SHA-256 over its key. */
static void event_key_id(const store_event_row *r, char out[17]) {
  char key[256];
  int n = snprintf(key, sizeof key, "%s|%s|%s|%s|%d|%s", r->date, r->source_code, r->target_code,
                   r->cameo, r->negated ? 1 : 0, r->mood);
  if (n < 0) n = 0;
  if ((size_t)n >= sizeof key) n = (int)sizeof key - 1;
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  static const char hex[] = "0123456789abcdef";
  if (!EVP_Digest(key, (size_t)n, md, &len, EVP_sha256(), NULL)) memset(md, 0, 8);
  for (int i = 0; i < 8; i++) {
    out[2 * i] = hex[md[i] >> 4];
    out[2 * i + 1] = hex[md[i] & 15];
  }
  out[16] = '\0';
}

json_t *ev_group_json(const store_event_row *const *m, size_t n, bool merged, bool explain,
                      bool all) {
  if (!n) return NULL;
  const store_event_row *r = m[0];
  char id[17];
  if (merged) event_key_id(r, id);
  json_t *evidence = json_array();
  json_t *details = json_object();
  size_t docs = 0, reports = 0;
  double conf = 0;
  for (size_t i = 0; i < n; i++) {
    const store_event_row *x = m[i];
    bool seen = false, told = false;
    for (size_t j = 0; j < i && !seen; j++) seen = !strcmp(m[j]->doc_id, x->doc_id);
    if (!seen) docs++;
    /* a reciprocal act ("A met B") is coded both ways from one sentence:
     * two mentions, one report */
    for (size_t j = 0; j < i && !told && seen; j++)
      told = m[j]->sentence == x->sentence && !strcmp(m[j]->doc_id, x->doc_id);
    if (!told) reports++;
    if (x->confidence > conf) conf = x->confidence;
    merge_details_union(details, x->details_json);
    /* evidence: one per report; --explain lists every mention with its rule */
    if (told && !explain) continue;
    json_t *ev = json_pack("{s:o, s:o, s:I, s:I}", "doc", cli_json_str(x->doc_id), "sentence",
                           *x->sentence_text ? cli_json_str(x->sentence_text) : json_string(""),
                           "start", (json_int_t)x->sent_start, "end", (json_int_t)x->sent_end);
    if (ev && explain) {
      json_object_set_new(ev, "pattern", str_or_null(x->pattern_id));
      json_object_set_new(ev, "trigger", str_or_null(x->trigger_text));
      json_object_set_new(ev, "trigger_start", json_integer(x->trigger_start));
      json_object_set_new(ev, "trigger_end", json_integer(x->trigger_end));
      json_object_set_new(ev, "mention", json_string(x->uid));
    }
    if (ev) json_array_append_new(evidence, ev);
  }
  json_t *o = json_object();
  if (!o || !evidence || !details) {
    json_decref(o);
    json_decref(evidence);
    json_decref(details);
    return NULL;
  }
  json_object_set_new(o, "id", json_string(merged ? id : r->uid));
  json_object_set_new(o, "date", str_or_null(r->date));
  json_object_set_new(o, "date_precision",
                      json_string(*r->date_precision ? r->date_precision : "unknown"));
  json_object_set_new(o, "date_start", str_or_null(r->date_start));
  json_object_set_new(o, "date_end", str_or_null(r->date_end));
  json_object_set_new(o, "source", actor_json(r->source_code, r->source_country, r->source_name));
  json_object_set_new(o, "target", actor_json(r->target_code, r->target_country, r->target_name));
  json_object_set_new(o, "cameo", cli_json_str(r->cameo));
  json_object_set_new(o, "root", cli_json_str(r->root));
  json_object_set_new(o, "quad_class", json_integer(r->quad_class));
  json_object_set_new(o, "goldstein", json_real(r->goldstein));
  json_object_set_new(o, "plover", str_or_null(r->plover));
  json_object_set_new(o, "negated", json_boolean(r->negated));
  if (all) json_object_set_new(o, "mood", cli_json_str(r->mood));
  json_object_set_new(o, "mentions", json_integer((json_int_t)n));
  json_object_set_new(o, "reports", json_integer((json_int_t)reports));
  json_object_set_new(o, "documents", json_integer((json_int_t)docs));
  json_object_set_new(o, "confidence", json_real(round(conf * 1000) / 1000));
  json_object_set_new(o, "evidence", evidence);
  json_object_set_new(o, "details", details);
  return o;
}

void ev_row_from_doc(const el_doc *doc, size_t i, store_event_row *r, char uid[17], char **sent,
                     char **trig) {
  const el_event *e = &doc->events.v[i];
  memset(r, 0, sizeof *r);
  store_event_uid(doc->hash, i, uid);
  r->uid = uid;
  r->doc_id = doc->id ? doc->id : "";
  r->sentence = e->sentence;
  *sent = NULL;
  *trig = NULL;
  if (e->sentence >= 0 && (size_t)e->sentence < doc->sents.n) {
    const el_sentence *s = &doc->sents.v[e->sentence];
    if (s->start <= s->end && s->end <= doc->len) {
      r->sent_start = s->start;
      r->sent_end = s->end;
      *sent = strndup(doc->text + s->start, s->end - s->start);
    }
  }
  if (e->trigger_start < e->trigger_end && e->trigger_end <= doc->len) {
    r->trigger_start = e->trigger_start;
    r->trigger_end = e->trigger_end;
    *trig = strndup(doc->text + e->trigger_start, e->trigger_end - e->trigger_start);
  }
  r->sentence_text = *sent ? *sent : "";
  r->trigger_text = *trig ? *trig : "";
  r->cameo = e->cameo;
  r->root = e->root;
  r->plover = e->plover ? e->plover : "";
  r->quad_class = e->quad_class;
  r->goldstein = e->goldstein;
  r->source_code = e->source.code;
  r->source_country = e->source.country;
  r->source_name = e->source.name ? e->source.name : "";
  r->target_code = e->target.code;
  r->target_country = e->target.country;
  r->target_name = e->target.name ? e->target.name : "";
  r->negated = e->negated;
  r->mood = store_mood_str(e->mood);
  r->confidence = e->confidence;
  r->pattern_id = e->pattern_id ? e->pattern_id : "";
  r->date = e->date;
  r->date_precision = el_precision_str(e->date_precision);
  r->date_start = e->date_start;
  r->date_end = e->date_end;
  r->date_confidence = e->date_confidence;
  r->details_json = e->details_json ? e->details_json : "";
}
