/*
 * timex_lex.c — the time stage's own light word scanner: splits raw UTF-8
 * text into words, numbers and punctuation with byte offsets, and looks up
 * the closed class of time words (months, weekdays, units, number words...)
 * in a hash table compiled in from data/time/lexicon.tsv.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "time/timex_internal.h"
#include "time/timex_lexhash.h"

/* A lexicon entry: its key and class side by side (one cache line holds
 * two), 32 bytes so that an index becomes an offset by one shift. */
typedef struct {
  char key[TX_LEX_WMAX]; /* the word, zero-padded: the hash key */
  tx_lexinfo info;
  char spare[8];
} tx_lex;

/* LEX and LEX_SLOT: data/time/lexicon.tsv, hashed at build time. */
#include "time/timex_lexicon.h"

/* Class of the word in t->w (zero-padded to its full size), if a time word.
 * The table is sparse (under 1 in 10 slots used), so the first slot nearly
 * always settles it: empty (index 0, the sentinel no key equals) or the
 * word.  That case has no branch, since whether a word is a time word is
 * unpredictable; only a collision walks the chain.  Inlined (forced: the
 * compiler declines) as it runs for every word. */
static inline __attribute__((always_inline)) void lookup(tx_tok *t) {
  tx_lex_key q = tx_lex_key_of(t->w);
  uint32_t i = tx_lex_hash(q);
  size_t k = LEX_SLOT[i];
  tx_lex_key x = tx_lex_key_of(LEX[k].key);
  int same = ((x.lo ^ q.lo) | (x.hi ^ q.hi)) == 0;
  if (__builtin_expect(!same && k != 0, 0)) {
    for (i = (i + 1) & (TX_LEX_SLOTS - 1); (k = LEX_SLOT[i]) != 0;
         i = (i + 1) & (TX_LEX_SLOTS - 1)) {
      x = tx_lex_key_of(LEX[k].key);
      if (x.lo == q.lo && x.hi == q.hi) break;
    }
  }
  t->lex = LEX[k].info;
}

/* byte classes, one table look-up per byte in the hot loops */
/* C_JOIN: the apostrophe and the dot, which may join letters into one
 * word ("o'clock", "a.m.") */
enum { C_OTHER = 0, C_SPACE = 1, C_ALPHA = 2, C_DIGIT = 4, C_HIGH = 8, C_JOIN = 16 };
enum { SP = C_SPACE, AL = C_ALPHA, DG = C_DIGIT, HI = C_HIGH, JN = C_JOIN };
/* clang-format off */
static const unsigned char CCLASS[256] = {
    /* 0x00 */  0,  0,  0,  0,  0,  0,  0,  0,  0, SP, SP, SP, SP, SP,  0,  0,
    /* 0x10 */  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
    /* 0x20 */ SP,  0,  0,  0,  0,  0,  0, JN,  0,  0,  0,  0,  0,  0, JN,  0,
    /* 0x30 */ DG, DG, DG, DG, DG, DG, DG, DG, DG, DG,  0,  0,  0,  0,  0,  0,
    /* 0x40 */  0, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* 0x50 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,  0,  0,  0,  0,  0,
    /* 0x60 */  0, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* 0x70 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,  0,  0,  0,  0,  0,
    /* 0x80 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    /* 0x90 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    /* 0xa0 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    /* 0xb0 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    /* 0xc0 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    /* 0xd0 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    /* 0xe0 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
    /* 0xf0 */ HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI,
};

/* word bytes: letters lowercased, any non-ASCII byte as '#', else 0 */
static const char WORDCH[256] = {
    /* 0x00 */   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    /* 0x10 */   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    /* 0x20 */   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    /* 0x30 */   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    /* 0x40 */   0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    /* 0x50 */ 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',   0,   0,   0,   0,   0,
    /* 0x60 */   0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    /* 0x70 */ 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',   0,   0,   0,   0,   0,
    /* 0x80 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
    /* 0x90 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
    /* 0xa0 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
    /* 0xb0 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
    /* 0xc0 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
    /* 0xd0 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
    /* 0xe0 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
    /* 0xf0 */ '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#',
};
/* clang-format on */

static int is_alpha(unsigned char c) {
  return CCLASS[c] & C_ALPHA;
}
static int is_digit(unsigned char c) {
  return CCLASS[c] & C_DIGIT;
}
static int is_space(unsigned char c) {
  return CCLASS[c] & C_SPACE;
}

/* U+2019 (or U+2018) at p[j]: an apostrophe inside a word ("Friday’s"),
 * which must end the word's letters like an ASCII one. */
static int is_curly_apostrophe(const unsigned char *p, size_t j, size_t len) {
  return j + 2 < len && p[j] == 0xE2 && p[j + 1] == 0x80 && (p[j + 2] == 0x99 || p[j + 2] == 0x98);
}

/* Room for at least want tokens in out; 0 on success. */
static int reserve(tx_toks *out, size_t want) {
  if (want <= out->cap) return 0;
  size_t nc = out->cap ? out->cap * 2 : 256;
  if (nc < want) nc = want;
  if (out->n == 0) { /* nothing to keep: don't let realloc copy dead tokens */
    free(out->v);
    free(out->cand);
    out->v = NULL;
    out->cand = NULL;
    out->cap = 0;
  }
  tx_tok *nv = realloc(out->v, nc * sizeof *nv);
  if (!nv) return -1;
  out->v = nv;
  uint32_t *nci = realloc(out->cand, nc * sizeof *nci);
  if (!nci) return -1; /* cap unchanged: the candidates' room still matches it */
  out->cand = nci;
  out->cap = nc;
  return 0;
}

void tx_toks_clear(tx_toks *out) {
  out->n = out->ncand = 0;
}

void tx_toks_free(tx_toks *out) {
  free(out->v);
  free(out->cand);
  memset(out, 0, sizeof *out);
}

/* Word-at-a-time fast path for the commonest token, a plain ASCII word of
 * up to 15 letters ending at a byte that needs none of the rules of the
 * general loop (no apostrophe, no non-ASCII byte, no "a.m." dot).  Reads
 * 16 bytes at p (the caller guarantees them); on success fills t->w (zero
 * padded, lowercased), t->wlen and returns the word's length, else 0 and
 * the general loop takes the word.  Little-endian hosts only. */
static inline __attribute__((always_inline)) size_t ascii_word_fast(const unsigned char *p,
                                                                    const unsigned char *end,
                                                                    tx_tok *t) {
#if defined(__SSE2__)
  /* 16 bytes at once: lowercase, then 'a' <= b <= 'z' as signed bytes (a
   * non-ASCII byte is negative, so never a letter) */
  static const unsigned char KEEP[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                         0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  __m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8(0x20));
  __m128i in = _mm_and_si128(_mm_cmpgt_epi8(y, _mm_set1_epi8('a' - 1)),
                             _mm_cmplt_epi8(y, _mm_set1_epi8('z' + 1)));
  unsigned letters = (unsigned)_mm_movemask_epi8(in);
  size_t n = (size_t)__builtin_ctz(~letters); /* bit 16 up is set: n <= 16 */
  if (n == 0 || n > 15) return 0;
  /* one test for the rare stops: a non-ASCII byte or an apostrophe (the
   * word may go on), a dot before a letter ("a.m.") */
  unsigned char stop = p[n];
  if ((CCLASS[stop] & (C_HIGH | C_JOIN)) &&
      (stop != '.' || (p + n + 1 < end && (CCLASS[p[n + 1]] & C_ALPHA))))
    return 0;
  /* KEEP + 16 - n: n bytes of 0xFF, then zeros */
  y = _mm_and_si128(y, _mm_loadu_si128((const __m128i *)(const void *)(KEEP + 16 - n)));
  _mm_storeu_si128((__m128i *)(void *)t->w, y);
  t->wlen = (uint8_t)n;
  return n;
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t x[2], y[2], nonletter[2];
  memcpy(x, p, 16);
  for (int h = 0; h < 2; h++) {
    y[h] = x[h] | (0x20 * ones); /* lowercase letters; other bytes are tested, not kept */
    uint64_t low7 = y[h] & ~high;
    uint64_t ge_a = low7 + (0x80 - 'a') * ones; /* bit 7: byte >= 'a' */
    uint64_t gt_z = low7 + (0x7f - 'z') * ones; /* bit 7: byte > 'z' */
    nonletter[h] = ~(ge_a & ~gt_z & ~x[h]) & high;
  }
  size_t n = nonletter[0]   ? (size_t)__builtin_ctzll(nonletter[0]) / 8
             : nonletter[1] ? 8 + (size_t)__builtin_ctzll(nonletter[1]) / 8
                            : 16;
  if (n == 0 || n > 15) return 0;
  unsigned char stop = p[n]; /* the same rare stops as above */
  if ((CCLASS[stop] & (C_HIGH | C_JOIN)) &&
      (stop != '.' || (p + n + 1 < end && (CCLASS[p[n + 1]] & C_ALPHA))))
    return 0;
  if (n < 8) {
    y[0] &= (1ull << (8 * n)) - 1;
    y[1] = 0;
  } else if (n == 8) {
    y[1] = 0;
  } else {
    y[1] &= (1ull << (8 * (n - 8))) - 1;
  }
  memcpy(t->w, y, 16);
  t->wlen = (uint8_t)n;
  return n;
#else
  (void)p, (void)end, (void)t;
  return 0;
#endif
}

/* The fields of a plain word t at text[i..j) other than those
 * ascii_word_fast wrote (w, wlen), and its lexicon class. */
static inline __attribute__((always_inline)) void put_word(tx_tok *t, const unsigned char *p,
                                                           size_t i, size_t j, int sp, int nl) {
  t->s = (uint32_t)i;
  t->e = (uint32_t)j;
  t->kind = TK_WORD;
  t->sp = (uint8_t)sp;
  t->nl = (uint8_t)nl;
  t->cap = p[i] <= 'Z';
  t->dot = p[j] == '.';
  t->ndig = 0;
  t->dmin = 0;
  t->grp = 0;
  t->num = 0;
  lookup(t);
}

/* Words: ASCII letters and any non-ASCII byte (so accented words never
 * match the lexicon), with inner apostrophes; "a.m." style single-letter
 * abbreviations are kept whole.  A trailing "'s" is dropped from w. */
int tx_tokenize(const char *text, size_t len, tx_toks *out) {
  const unsigned char *p = (const unsigned char *)text;
  size_t i = 0;
  int sp = 1, nl = 1;
  static_assert(sizeof out->v->w == TX_LEX_WMAX, "token words are hash keys");
  static_assert(sizeof(tx_lex) == 32, "lexicon entries are 32 bytes");
  /* news prose averages over 5 bytes a token: one allocation, no copying */
  if (reserve(out, out->n + len / 4 + 16) != 0) return -1;
  /* the arrays and counts in locals: the byte stores into tokens could
   * alias *out, which would make the compiler reload them at every token */
  tx_tok *next = out->v + out->n;          /* where token n goes (a pointer: tokens are 44 bytes) */
  uint32_t *cand = out->cand + out->ncand; /* where the next candidate goes */
  size_t n = out->n, cap = out->cap;
  while (i < len) {
    unsigned char c = p[i];
    if (is_space(c)) {
      sp = 1;
      if (c == '\n') nl = 1;
      i++;
      continue;
    }
    if (n == cap) {
      out->n = n;
      out->ncand = (size_t)(cand - out->cand);
      if (reserve(out, n + 1) != 0) return -1;
      next = out->v + n;
      cap = out->cap;
      cand = out->cand + out->ncand;
    }
    tx_tok *t = next++;
    n++;
    size_t k;
    /* the commonest token, a plain ASCII word: every field is written
     * here, no memset */
    if (is_alpha(c) && i + 16 <= len && (k = ascii_word_fast(p + i, p + len, t)) != 0) {
      size_t j = i + k; /* j < i + 16 <= len */
      put_word(t, p, i, j, sp, nl);
      /* tx_can_start for a word (a branch: as data, the candidate count
       * would chain each token's store to the previous look-up) */
      if ((unsigned)(t->cls - 1) < L_TENSE - 1) *cand++ = (uint32_t)(n - 1);
      /* prose is runs of such words one space apart (5.5 on average in
       * news): the next one is taken here, without the loop's tests for
       * space, room and byte class at its top (ascii_word_fast fails on
       * a first byte that is not a letter, writing nothing) */
      while (p[j] == ' ' && j + 17 <= len && n < cap &&
             (k = ascii_word_fast(p + j + 1, p + len, next)) != 0) {
        t = next++;
        n++;
        i = j + 1;
        j = i + k;
        put_word(t, p, i, j, 1, 0);
        if ((unsigned)(t->cls - 1) < L_TENSE - 1) *cand++ = (uint32_t)(n - 1);
      }
      i = j;
      sp = nl = 0;
      /* the commonest gap, one space before the next token (more space:
       * the loop's top) */
      if (p[j] == ' ') sp = 1, i = j + 1;
      continue;
    }
    memset(t, 0, sizeof *t);
    t->s = (uint32_t)i;
    t->sp = (uint8_t)sp;
    t->nl = (uint8_t)nl;
    sp = nl = 0;
    /* letters first: most tokens are words */
    if (is_alpha(c) || c >= 0x80) {
      size_t j = i;
      k = 0;
      t->cap = (c >= 'A' && c <= 'Z');
      for (;;) {
        /* copy the letters lowercased (up to the size of w), skip the rest */
        size_t lim = j + (sizeof t->w - 1 - k);
        char ch;
        while (j < len && j < lim && (ch = WORDCH[p[j]]) != 0) {
          if (ch == '#' && is_curly_apostrophe(p, j, len)) break;
          t->w[k++] = ch;
          j++;
        }
        while (j < len && WORDCH[p[j]] && !(p[j] == 0xE2 && is_curly_apostrophe(p, j, len))) j++;
        /* inner apostrophe: o'clock, year's (ASCII or U+2019) */
        if (j + 1 < len && p[j] == '\'' && is_alpha(p[j + 1])) {
          if (k < sizeof t->w - 1) t->w[k++] = '\'';
          j++;
          continue;
        }
        if (j + 3 < len && p[j] == 0xE2 && p[j + 1] == 0x80 && p[j + 2] == 0x99 &&
            is_alpha(p[j + 3])) {
          if (k < sizeof t->w - 1) t->w[k++] = '\'';
          j += 3;
          continue;
        }
        /* a.m. / p.m. / b.c. : single letters joined by dots */
        if (j - i >= 1 && j + 1 < len && p[j] == '.' && is_alpha(p[j + 1]) &&
            (j + 2 >= len || !is_alpha(p[j + 2])) && k + 1 < sizeof t->w - 1 &&
            (k == 1 || (k >= 3 && t->w[k - 2] == '.'))) {
          t->w[k++] = '.';
          j++;
          continue;
        }
        break;
      }
      if (j == i) {
        /* a typographic apostrophe not followed by a letter: punctuation
         * (the word loop stops at one, so it must move on here) */
        j = i + 3;
        t->kind = TK_PUNCT;
        t->w[0] = '"';
        t->e = (uint32_t)j;
        i = j;
        continue;
      }
      t->w[k] = 0;
      t->wlen = (uint8_t)k;
      /* possessive: "Friday's" is the word "friday" ending before the 's */
      if (k > 2 && t->w[k - 2] == '\'' && t->w[k - 1] == 's' && j >= 2 && (p[j - 1] | 32) == 's') {
        t->w[k - 2] = t->w[k - 1] = 0;
        t->wlen = (uint8_t)(k - 2);
        size_t ap = j - 2;
        while (ap > i && p[ap] != '\'' && p[ap] != 0x99) ap--;
        if (p[ap] == 0x99 && ap >= 2) ap -= 2;
        j = ap;
      }
      t->kind = TK_WORD;
      t->e = (uint32_t)j;
      if (j < len && p[j] == '.') t->dot = 1;
      lookup(t);
      i = j;
    } else if (is_digit(c)) {
      size_t j = i;
      int64_t v = 0;
      int nd = 0, plain = 1;
      while (j < len && is_digit(p[j])) {
        if (nd < 10) v = v * 10 + (p[j] - '0');
        nd++;
        j++;
      }
      /* "9.30 p.m.": an hour and two digits of minutes after one dot
       * (kept for the clock matcher, which wants am/pm after it) */
      if (nd <= 2 && j + 2 < len && p[j] == '.' && is_digit(p[j + 1]) && is_digit(p[j + 2]) &&
          (j + 3 >= len ||
           (!is_digit(p[j + 3]) && !(p[j + 3] == '.' && j + 4 < len && is_digit(p[j + 4])))))
        t->dmin = (uint8_t)((p[j + 1] - '0') * 10 + (p[j + 2] - '0') + 1);
      /* 1,200 and 2.5: one token, not a plain integer; thousands grouped
       * by commas keep their whole value ("125,000 years") */
      int grp = nd <= 3;
      int64_t gv = v;
      while (j + 1 < len && (p[j] == ',' || p[j] == '.') && is_digit(p[j + 1])) {
        plain = 0;
        size_t g = ++j;
        while (j < len && is_digit(p[j])) j++;
        if (p[g - 1] != ',' || j - g != 3)
          grp = 0;
        else if (grp)
          gv = gv * 1000 + (p[g] - '0') * 100 + (p[g + 1] - '0') * 10 + (p[g + 2] - '0');
        if (gv > 999999999) grp = 0;
      }
      if (t->dmin && j < len && p[j] == ',') t->dmin = 0; /* "1.20,5" */
      grp = grp && !plain;
      size_t k = 0;
      while (j < len && is_alpha(p[j]) && k < sizeof t->w - 1) t->w[k++] = (char)(p[j++] | 32);
      if (j < len && is_alpha(p[j])) plain = 0;
      while (j < len && is_alpha(p[j])) j++;
      /* a unit glued to the number ("7hrs", "50mins") */
      if (k >= 2 && k < 14) {
        tx_tok u = *t;
        u.w[k] = 0;
        lookup(&u);
        if (u.cls == L_UNIT) {
          t->cls = u.cls;
          t->val = u.val;
          t->val2 = u.val2;
        }
      }
      /* "2day", "2nite", "2morrow": informal spellings of today, tonight
       * and tomorrow, the word they stand for */
      if (nd == 1 && v == 2 && k >= 3 && k <= 12 && j == i + 1 + k) {
        tx_tok u = *t;
        memset(u.w, 0, sizeof u.w);
        u.w[0] = 't';
        u.w[1] = 'o';
        memcpy(u.w + 2, t->w, k);
        lookup(&u);
        if (u.cls == L_DEIXIS) {
          *t = u;
          t->kind = TK_WORD;
          t->wlen = (uint8_t)(k + 2);
          t->e = (uint32_t)j;
          i = j;
          if (tx_can_start(t)) *cand++ = (uint32_t)(n - 1);
          continue;
        }
      }
      t->kind = TK_NUM;
      t->ndig = (uint8_t)(plain && nd <= 9 ? nd : 0);
      t->grp = (uint8_t)(grp && k == 0);
      t->num = (int32_t)(t->grp ? gv : nd <= 9 ? v : -1);
      t->e = (uint32_t)j;
      i = j;
      *cand++ = (uint32_t)(n - 1) | TX_CAND_NUM; /* (see tx_toks) */
      continue;
    } else {
      /* one punctuation character (a whole UTF-8 sequence) */
      size_t j = i + 1;
      while (j < len && (p[j] & 0xC0) == 0x80) j++;
      t->kind = TK_PUNCT;
      t->w[0] = (char)c;
      if (c == 0xE2 && j - i == 3) {
        /* map typographic dashes and quotes to ASCII for matching */
        if (p[i + 1] == 0x80 && (p[i + 2] == 0x93 || p[i + 2] == 0x94)) t->w[0] = '-';
        if (p[i + 1] == 0x80 && (p[i + 2] >= 0x98 && p[i + 2] <= 0x9F)) t->w[0] = '"';
      }
      t->e = (uint32_t)j;
      i = j;
    }
    if (tx_can_start(t)) *cand++ = (uint32_t)(n - 1);
  }
  out->n = n;
  out->ncand = (size_t)(cand - out->cand);
  return 0;
}
