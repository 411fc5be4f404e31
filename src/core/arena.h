/*
 * arena.h — bump allocator owning every string of one document.
 * Freed all at once with arena_free(); no individual frees.
 */
#ifndef EL_ARENA_H
#define EL_ARENA_H
#include <stddef.h>

typedef struct el_arena el_arena;


el_arena *arena_new(size_t chunk_size); /* NULL on OOM */
void arena_free(el_arena *a);
void *arena_alloc(el_arena *a, size_t n); /* zeroed, 16-byte aligned; NULL on OOM */
char *arena_strndup(el_arena *a, const char *s, size_t n); /* NUL-terminated */
char *arena_strdup(el_arena *a, const char *s);
char *arena_printf(el_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
size_t arena_used(const el_arena *a);
#endif
