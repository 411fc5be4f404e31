/*
 * strhash.h — word hashing for the dictionaries' open-addressing tables,
 * eight bytes per step (a word is a few loads, not a multiply per byte).
 * el_hash_lower() hashes the word as if ASCII A-Z were lowercase, so a
 * token can be looked up without copying it.  The values are only used
 * inside one process (never stored), so the function may change freely.
 */
#ifndef EL_STRHASH_H
#define EL_STRHASH_H
#include <stdint.h>
#include <string.h>

/* s[0..n), n < 8, packed little-endian into a word without reading past
 * s + n: overlapping loads instead of a loop per byte. */
static inline uint64_t el_load_tail(const char *s, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    return (uint64_t)lo | (uint64_t)hi << (8 * (n - 4));
  }
  if (n == 0) return 0;
  const unsigned char *u = (const unsigned char *)s;
  return (uint64_t)u[0] | (uint64_t)u[n / 2] << (8 * (n / 2)) | (uint64_t)u[n - 1] << (8 * (n - 1));
}

/* ASCII 'A'-'Z' bytes of x lowered; other bytes (UTF-8 included) kept. */
static inline uint64_t el_lower8(uint64_t x) {
  uint64_t low7 = x & 0x7f7f7f7f7f7f7f7full;
  uint64_t ge_a = low7 + 0x3f3f3f3f3f3f3f3full; /* bit 7 set: byte >= 'A' */
  uint64_t gt_z = low7 + 0x2525252525252525ull; /* bit 7 set: byte > 'Z' */
  uint64_t upper = ge_a & ~gt_z & ~x & 0x8080808080808080ull;
  return x | upper >> 2;
}

static inline uint64_t el_hash_step(uint64_t h, uint64_t x) {
  h = (h ^ x) * 0x9e3779b97f4a7c15ull;
  return h ^ h >> 29;
}

static inline uint64_t el_hash_final(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ h >> 33;
}

static inline uint64_t el_hash_words(const char *s, size_t n, int lower) {
  uint64_t h = 0x243f6a8885a308d3ull ^ n;
  for (; n >= 8; s += 8, n -= 8) {
    uint64_t x;
    memcpy(&x, s, 8);
    h = el_hash_step(h, lower ? el_lower8(x) : x);
  }
  uint64_t x = el_load_tail(s, n);
  h = el_hash_step(h, lower ? el_lower8(x) : x);
  return el_hash_final(h);
}

/* Hash of the bytes s[0..n) as they are. */
static inline uint64_t el_hash_bytes(const char *s, size_t n) {
  return el_hash_words(s, n, 0);
}

/* Hash of s[0..n) with ASCII A-Z lowered: equal to el_hash_bytes() of the
 * lowered copy. */
static inline uint64_t el_hash_lower(const char *s, size_t n) {
  return el_hash_words(s, n, 1);
}
#endif
