/*
 * timex_lexhash.h — the hash of the time lexicon's table, shared by the
 * build-time generator (gen/timex_lexicon_gen.c) and the tokenizer
 * (timex_lex.c), which must agree on it bit for bit.  A word is keyed by
 * its bytes zero-padded to TX_LEX_WMAX, read as two 64-bit words in the
 * host's byte order (the generator runs on the build host).
 */
#ifndef EL_TIMEX_LEXHASH_H
#define EL_TIMEX_LEXHASH_H
#include <stdint.h>
#include <string.h>

#define TX_LEX_WMAX 16 /* bytes of a padded key (== sizeof tx_tok.w) */
/* open-addressing table size, a power of two.  About 20 slots a word: a
 * word not in the lexicon then rarely lands on a taken slot, whose walk
 * is a mispredicted branch (with 4096, 12% of the bench corpus's words
 * did, "of" and "and" among them; 6% with 8192) */
#define TX_LEX_SLOTS 8192u

typedef struct {
  uint64_t lo, hi;
} tx_lex_key;

static inline tx_lex_key tx_lex_key_of(const char w[TX_LEX_WMAX]) {
  tx_lex_key k;
  memcpy(&k.lo, w, 8);
  memcpy(&k.hi, w + 8, 8);
  return k;
}

/* Multiplicative hash: two multiplies, no loop over the bytes. */
static inline uint32_t tx_lex_hash(tx_lex_key k) {
  uint64_t h = (k.lo * 0x9E3779B97F4A7C15ull) ^ (k.hi * 0xC2B2AE3D27D4EB4Full);
  return (uint32_t)(h >> 40) & (TX_LEX_SLOTS - 1);
}
#endif
