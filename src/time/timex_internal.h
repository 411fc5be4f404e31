/*
 * timex_internal.h — shared between the files of the time stage only:
 * the word scanner's tokens and lexicon classes, calendar arithmetic, tense
 * detection, and the value builders used by the expression scanner.
 */
#ifndef EL_TIMEX_INTERNAL_H
#define EL_TIMEX_INTERNAL_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "time/timex.h"

/* Size of a token's word, zero-padded (see tx_tok.w). */
enum { TX_WSIZE = 16 };

/* Token kinds. */
enum { TK_WORD = 1, TK_NUM, TK_PUNCT };

/* Lexicon classes of closed-class time words. */
enum {
  L_NONE = 0,
  L_MONTH,  /* val 1..12; val2 = 1 if abbreviation */
  L_WDAY,   /* val 1..7 (Monday = 1) */
  L_WDAYS,  /* plural weekday: SET */
  L_NUM,    /* cardinal word, val */
  L_ORD,    /* ordinal word, val */
  L_UNIT,   /* val = TU_*; val2 = 1 if plural */
  L_SEASON, /* val 1..4 = SP SU FA WI */
  L_POD,    /* part of day: val = POD_* */
  L_DEIXIS, /* today 0, yesterday -1, tomorrow +1; val2 = 1 for tonight */
  L_REF,    /* val = REF_* */
  L_REL,    /* last/past/previous -1, next/coming/following +1, this 0 */
  L_DIR,    /* ago/earlier/before -1, later/after/hence +1 */
  L_POS,    /* early/late/mid/end/beginning...: val = POS_* */
  L_APPROX, /* val 1 = included in the extent, 0 = excluded */
  L_SETW,   /* daily/weekly...: val = TU_* */
  L_EVERY,  /* each/every */
  L_DET,    /* the 0, a/an 1 */
  L_AMPM,   /* val 0 am, 12 pm */
  L_FISCAL,
  L_HOLIDAY, /* val = month*100+day; val2: see holiday_day (+10: needs "Day") */
  L_HALF,
  L_FEW,   /* few/several/many/some/couple: unknown amount */
  L_BC,    /* val 1 = BC, 0 = AD */
  L_TZ,    /* time zone abbreviation, eaten after a time */
  L_KEY,   /* other words a matcher looks at (at, up, that, current...) */
  L_TENSE, /* tense cue: val -1 past (said, took), +1 future (will), 0 neither */
  L_FOLLOW /* a word matchers look at after "the"/"a" that starts nothing (full, while) */
};

enum {
  TU_NONE = 0,
  TU_SEC,
  TU_MIN,
  TU_HOUR,
  TU_DAY,
  TU_WEEK,
  TU_WEEKEND,
  TU_MONTH,
  TU_QUARTER,
  TU_YEAR,
  TU_DECADE,
  TU_CENTURY,
  TU_MILLENNIUM
};
enum { POD_MO = 1, POD_AF, POD_EV, POD_NI, POD_NOON, POD_MIDNIGHT, POD_DT };
enum { REF_PRESENT = 1, REF_PAST, REF_FUTURE };
enum { POS_EARLY = 1, POS_LATE, POS_MID, POS_END, POS_START };

/* A time word's lexicon class and values, copied from the lexicon into its
 * token as one 8-byte block. */
typedef struct {
  int16_t cls, val, val2, spare;
} tx_lexinfo;

typedef struct {
  uint32_t s, e; /* bytes */
  uint8_t kind;  /* TK_* */
  uint8_t sp;    /* whitespace before */
  uint8_t nl;    /* newline before */
  uint8_t cap;   /* first letter uppercase */
  uint8_t dot;   /* a '.' follows immediately (abbreviations) */
  uint8_t wlen;  /* TK_WORD: strlen(w) */
  uint8_t ndig;  /* TK_NUM: number of digits; 0 if not a plain integer */
  uint8_t dmin;  /* TK_NUM "9.30": the two digits after the dot + 1, else 0 */
  uint8_t grp;   /* TK_NUM: digits grouped by commas ("125,000"); num is the whole */
  union {
    tx_lexinfo lex; /* (as one block: set by the look-up) */
    struct {
      int16_t cls, val, val2; /* L_*, and the class's values */
    };
  };
  int32_t num;      /* TK_NUM value (plain integers up to 9 digits) */
  char w[TX_WSIZE]; /* lowercased word / suffix of a number ("th","pm","s"),
                     * zero-padded to its full size (compared 16 bytes at once) */
} tx_tok;

/* Tokens, and the indexes of those that can start an expression (numbers,
 * time words, an apostrophe as in '90s), so the scanner visits only them.
 * A number's entry carries TX_CAND_NUM, so that the narrative test finds
 * the numbers without reading every candidate token.  cand has room for
 * cap entries. */
#define TX_CAND_NUM 0x80000000u /* flag of a number's entry in cand */
#define TX_CAND_TOK 0x7fffffffu /* the token index of an entry */
typedef struct {
  tx_tok *v;
  size_t n, cap;
  uint32_t *cand;
  size_t ncand;
} tx_toks;

/* Can token t start an expression?  Plain words (class none, a tense cue or
 * a follower word) and punctuation other than an apostrophe never do. */
static inline int tx_can_start(const tx_tok *t) {
  return t->kind == TK_NUM || (t->kind == TK_WORD && t->cls != L_NONE && t->cls < L_TENSE) ||
         (t->kind == TK_PUNCT && t->w[0] == '\'');
}

/* A word literal zero-padded to the size of a token's word, as token words
 * are: compared with tx_weq in one 16-byte compare, which GCC turns into
 * two 64-bit compares against immediates (no loop, no call). */
#define TX_W(lit) ((const char[TX_WSIZE]){lit})

/* t's word is w (padded: TX_W, or an entry of a char[][16] table). */
static inline int tx_weq(const tx_tok *t, const char *w) {
  /* as two 8-byte loads, not memcmp: GCC calls memcmp in big functions */
  uint64_t a0, a1, b0, b1;
  memcpy(&a0, t->w, 8);
  memcpy(&a1, t->w + 8, 8);
  memcpy(&b0, w, 8);
  memcpy(&b1, w + 8, 8);
  return ((a0 ^ b0) | (a1 ^ b1)) == 0;
}

/* String s equals lit.  The first byte is compared inline: it settles
 * nearly every call, as matchers test a token against word after word. */
static inline int tx_streq(const char *s, const char *lit) {
  return s[0] == lit[0] && !strcmp(s, lit);
}

/* Tokenize text[0..len), appending to out (tokens and candidates). */
int tx_tokenize(const char *text, size_t len, tx_toks *out);

/* Empty out, keeping its memory; tx_toks_free releases it. */
void tx_toks_clear(tx_toks *out);
void tx_toks_free(tx_toks *out);

/* Two decimal digits of v (mod 100) at o: dates and times are written by
 * hand, not through printf, as nearly every expression needs one. */
static inline void tx_put2(char *o, unsigned v) {
  o[0] = (char)('0' + v / 10 % 10);
  o[1] = (char)('0' + v % 10);
}

/* ---- calendar ---- */
int tx_days_in_month(int y, int m);
int64_t tx_days_from_civil(int y, int m, int d);
void tx_civil_from_days(int64_t z, int *y, int *m, int *d);
int tx_weekday(int y, int m, int d); /* Monday = 1 .. Sunday = 7 */
void tx_iso_week(int y, int m, int d, int *wy, int *wn);
void tx_add_months(int *y, int *m, int n);

/* Tense of the word text[0..len) alone: -1 a past form ("held", "met",
 * "signed"), +1 a future cue ("will"), 0 neither or unknown. */
int tx_word_tense(const char *text, size_t len);

/* Tense of the clause around token i: -1 past, +1 future, 0 unknown. */
int tx_tense(const tx_toks *t, size_t i);

/* Tense told by the verb governing the phrase of token i alone ("announced
 * in May" -1, "entries open in June" +1), 0 if none: a cue strong enough
 * to pick a year against the nearer one. */
int tx_governing_tense(const tx_toks *t, size_t i);

/* Scan the tokens for time expressions; emit(ud, start, end, type, value)
 * for each (byte offsets), in text order.  Returns -1 if emit failed. */
typedef int (*tx_emit_fn)(void *ud, size_t s, size_t e, el_timex_type type, const char *value);
int tx_scan(const tx_toks *tk, const el_datetime *dct, int post, tx_emit_fn emit, void *ud);

/* Is text a short social-media post (tweet register)?  Such texts follow
 * the tweet annotation conventions (bare time nouns tagged, weekday kept in
 * day values, "2014-XX-XX" years, future-leaning weekdays). */
int tx_is_post(const char *text, size_t len);

/* Interval + precision of a TIMEX3 value; 0 on success, -1 if none. */
int tx_value_range(const char *value, el_precision *prec, char start[17], char end[17]);
/* "the end of 2025" is not all of 2025: x's range keeps the third of the
 * interval its words (span, n bytes) name; the value and the precision stay
 * the period's, as TIMEX3 marks the part with a mod, not in the value.
 * Days and decades keep their whole range (a decade's cut date is its
 * start). */
void tx_range_narrow_to_part(el_timex *x, const char *span, size_t n);
/* Day z (days from the civil epoch) of an ISO date "YYYY-MM-DD..."; 0 when
 * it names no day.  tx_day_text writes day z as "YYYY-MM-DD". */
int tx_iso_day(const char *iso, int64_t *z);
void tx_day_text(int64_t z, char out[17]);
#endif
