/*
 * vec.h — growable heap arrays.  EL_VEC(T) declares {T *v; size_t n, cap;}.
 * EL_VEC_PUSH returns a pointer to a new zeroed slot, or NULL on OOM; the
 * caller must check it.  EL_VEC_FREE releases the array.
 */
#ifndef EL_VEC_H
#define EL_VEC_H
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct {
  uint32_t start, end;
} el_span;

#define EL_VEC(T)  \
  struct {         \
    T *v;          \
    size_t n, cap; \
  }

/* Ensure room for one more element; returns 0 on success, -1 on OOM. */
int vec_reserve_one(void **items, size_t *cap, size_t n, size_t elem_size);

#define EL_VEC_PUSH(vec)                                                           \
  (vec_reserve_one((void **)&(vec).v, &(vec).cap, (vec).n, sizeof(*(vec).v)) == 0 \
       ? &(vec).v[(vec).n++]                                                       \
       : NULL)

#define EL_VEC_FREE(vec) \
  do {                   \
    free((vec).v);       \
    (vec).v = NULL;      \
    (vec).n = (vec).cap = 0; \
  } while (0)

#endif
