/*
 * merge_details.c — the details of a merged event: the union of its
 * mentions' details, so conflicting reports stay visible side by side
 * ("duration": ["PT35M", "PT1H"]).
 */
#include <jansson.h>
#include <stdbool.h>

#include "merge/merge.h"

/* Add the members of details object src to dst: arrays are unioned, other
 * values kept from the first mention that had them. */
void merge_details_union(json_t *dst, const char *src_text) {
  if (!src_text || !*src_text) return;
  json_t *src = json_loads(src_text, 0, NULL);
  if (!json_is_object(src)) {
    json_decref(src);
    return;
  }
  const char *k;
  json_t *v;
  json_object_foreach(src, k, v) {
    json_t *have = json_object_get(dst, k);
    if (!have) {
      json_object_set(dst, k, v);
    } else if (json_is_array(have) && json_is_array(v)) {
      size_t i, j;
      json_t *x, *y;
      json_array_foreach(v, i, x) {
        bool dup = false;
        json_array_foreach(have, j, y) if (json_equal(x, y)) dup = true;
        if (!dup) json_array_append(have, x);
      }
    }
  }
  json_decref(src);
}
