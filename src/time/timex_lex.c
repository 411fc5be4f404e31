/*
 * timex_lex.c — the time stage's own light word scanner: splits raw UTF-8
 * text into words, numbers and punctuation with byte offsets, and looks up
 * the closed class of time words (months, weekdays, units, number words...)
 * in a sorted table by binary search.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "time/timex_internal.h"

typedef struct {
  const char *w;
  int16_t cls, val, val2;
} tx_lex;

/* Kept sorted by word for the reader; looked up through lex_index. */
static const tx_lex LEX[] = {
    {"a", L_DET, 1, 0},
    {"a.d", L_BC, 0, 0},
    {"a.m", L_AMPM, 0, 0},
    {"about", L_APPROX, 0, 0},
    {"ad", L_BC, 0, 0},
    {"after", L_DIR, 1, 0},
    {"afternoon", L_POD, POD_AF, 0},
    {"afternoons", L_POD, POD_AF, 1},
    {"ago", L_DIR, -1, 0},
    {"almost", L_APPROX, 1, 0},
    {"am", L_AMPM, 0, 0},
    {"an", L_DET, 1, 0},
    {"annually", L_SETW, TU_YEAR, 0},
    {"approximately", L_APPROX, 0, 0},
    {"apr", L_MONTH, 4, 1},
    {"april", L_MONTH, 4, 0},
    {"around", L_APPROX, 0, 0},
    {"at", L_KEY, 1, 0},
    {"ate", L_TENSE, -1, 0},
    {"aug", L_MONTH, 8, 1},
    {"august", L_MONTH, 8, 0},
    {"autumn", L_SEASON, 3, 0},
    {"b.c", L_BC, 1, 0},
    {"b.c.e", L_BC, 1, 0},
    {"bc", L_BC, 1, 0},
    {"bce", L_BC, 1, 0},
    {"became", L_TENSE, -1, 0},
    {"bed", L_TENSE, 0, 0},
    {"before", L_DIR, -1, 0},
    {"began", L_TENSE, -1, 0},
    {"beginning", L_POS, POS_START, 0},
    {"biweekly", L_SETW, TU_WEEK, 2},
    {"breed", L_TENSE, 0, 0},
    {"brought", L_TENSE, -1, 0},
    {"built", L_TENSE, -1, 0},
    {"came", L_TENSE, -1, 0},
    {"caught", L_TENSE, -1, 0},
    {"cdt", L_TZ, 0, 0},
    {"centuries", L_UNIT, TU_CENTURY, 1},
    {"century", L_UNIT, TU_CENTURY, 0},
    {"chose", L_TENSE, -1, 0},
    {"christmas", L_HOLIDAY, 1225, 0},
    {"coming", L_REL, 1, 0},
    {"comparable", L_FOLLOW, 0, 0},
    {"couple", L_FEW, 2, 0},
    {"cst", L_TZ, 0, 0},
    {"current", L_KEY, 0, 0},
    {"currently", L_REF, REF_PRESENT, 0},
    {"daily", L_SETW, TU_DAY, 0},
    {"dawn", L_POD, POD_MO, 0},
    {"day", L_UNIT, TU_DAY, 0},
    {"days", L_UNIT, TU_DAY, 1},
    {"dec", L_MONTH, 12, 1},
    {"decade", L_UNIT, TU_DECADE, 0},
    {"decades", L_UNIT, TU_DECADE, 1},
    {"december", L_MONTH, 12, 0},
    {"did", L_TENSE, -1, 0},
    {"distant", L_KEY, 0, 0},
    {"dozen", L_NUM, 12, 0},
    {"drew", L_TENSE, -1, 0},
    {"drove", L_TENSE, -1, 0},
    {"each", L_EVERY, 0, 0},
    {"earlier", L_DIR, -1, 1},
    {"early", L_POS, POS_EARLY, 0},
    {"easter", L_HOLIDAY, 400, 2},
    {"edt", L_TZ, 0, 0},
    {"eight", L_NUM, 8, 0},
    {"eighteen", L_NUM, 18, 0},
    {"eighteenth", L_ORD, 18, 0},
    {"eighth", L_ORD, 8, 0},
    {"eighty", L_NUM, 80, 0},
    {"election", L_HOLIDAY, 1100, 3},
    {"eleven", L_NUM, 11, 0},
    {"eleventh", L_ORD, 11, 0},
    {"embed", L_TENSE, 0, 0},
    {"end", L_POS, POS_END, 0},
    {"est", L_TZ, 0, 0},
    {"evening", L_POD, POD_EV, 0},
    {"evenings", L_POD, POD_EV, 1},
    {"every", L_EVERY, 0, 0},
    {"exceed", L_TENSE, 0, 0},
    {"expected", L_TENSE, 1, 0},
    {"fall", L_SEASON, 3, 0},
    {"feb", L_MONTH, 2, 1},
    {"february", L_MONTH, 2, 0},
    {"feed", L_TENSE, 0, 0},
    {"fell", L_TENSE, -1, 0},
    {"felt", L_TENSE, -1, 0},
    {"few", L_FEW, 0, 0},
    {"fewer", L_APPROX, 2, 0},
    {"fifteen", L_NUM, 15, 0},
    {"fifteenth", L_ORD, 15, 0},
    {"fifth", L_ORD, 5, 0},
    {"fifty", L_NUM, 50, 0},
    {"first", L_ORD, 1, 0},
    {"fiscal", L_FISCAL, 0, 0},
    {"five", L_NUM, 5, 0},
    {"fled", L_TENSE, -1, 0},
    {"flew", L_TENSE, -1, 0},
    {"following", L_REL, 1, 1},
    {"former", L_KEY, 0, 0},
    {"fortnight", L_UNIT, TU_WEEK, 2},
    {"forty", L_NUM, 40, 0},
    {"fought", L_TENSE, -1, 0},
    {"found", L_TENSE, -1, 0},
    {"four", L_NUM, 4, 0},
    {"fourteen", L_NUM, 14, 0},
    {"fourteenth", L_ORD, 14, 0},
    {"fourth", L_ORD, 4, 0},
    {"fri", L_WDAY, 5, 1},
    {"friday", L_WDAY, 5, 0},
    {"fridays", L_WDAYS, 5, 0},
    {"full", L_FOLLOW, 0, 0},
    {"future", L_REF, REF_FUTURE, 1},
    {"gave", L_TENSE, -1, 0},
    {"gmt", L_TZ, 0, 0},
    {"going", L_TENSE, 1, 0},
    {"got", L_TENSE, -1, 0},
    {"grew", L_TENSE, -1, 0},
    {"had", L_TENSE, -1, 0},
    {"half", L_HALF, 0, 0},
    {"halloween", L_HOLIDAY, 1031, 0},
    {"heard", L_TENSE, -1, 0},
    {"held", L_TENSE, -1, 0},
    {"hence", L_DIR, 1, 0},
    {"hit", L_TENSE, -1, 0},
    {"hour", L_UNIT, TU_HOUR, 0},
    {"hourly", L_SETW, TU_HOUR, 0},
    {"hours", L_UNIT, TU_HOUR, 1},
    {"hr", L_UNIT, TU_HOUR, 0},
    {"hrs", L_UNIT, TU_HOUR, 1},
    {"hundred", L_NUM, 100, 0},
    {"indeed", L_TENSE, 0, 0},
    {"jan", L_MONTH, 1, 1},
    {"january", L_MONTH, 1, 0},
    {"jul", L_MONTH, 7, 1},
    {"july", L_MONTH, 7, 0},
    {"jun", L_MONTH, 6, 1},
    {"june", L_MONTH, 6, 0},
    {"kept", L_TENSE, -1, 0},
    {"knew", L_TENSE, -1, 0},
    {"last", L_REL, -1, 0},
    {"late", L_POS, POS_LATE, 0},
    {"lately", L_KEY, 0, 0},
    {"later", L_DIR, 1, 1},
    {"latest", L_REL, -1, 2},
    {"latter", L_FOLLOW, 0, 0},
    {"led", L_TENSE, -1, 0},
    {"left", L_TENSE, -1, 0},
    {"less", L_APPROX, 2, 0},
    {"lost", L_TENSE, -1, 0},
    {"made", L_TENSE, -1, 0},
    {"many", L_FEW, 0, 0},
    {"mar", L_MONTH, 3, 1},
    {"march", L_MONTH, 3, 0},
    {"may", L_MONTH, 5, 0},
    {"meant", L_TENSE, -1, 0},
    {"met", L_TENSE, -1, 0},
    {"mid", L_POS, POS_MID, 0},
    {"midday", L_POD, POD_NOON, 0},
    {"middle", L_POS, POS_MID, 1},
    {"midnight", L_POD, POD_MIDNIGHT, 0},
    {"millennia", L_UNIT, TU_MILLENNIUM, 1},
    {"millennium", L_UNIT, TU_MILLENNIUM, 0},
    {"min", L_UNIT, TU_MIN, 0},
    {"mins", L_UNIT, TU_MIN, 1},
    {"minute", L_UNIT, TU_MIN, 0},
    {"minutes", L_UNIT, TU_MIN, 1},
    {"mon", L_WDAY, 1, 1},
    {"monday", L_WDAY, 1, 0},
    {"mondays", L_WDAYS, 1, 0},
    {"month", L_UNIT, TU_MONTH, 0},
    {"monthly", L_SETW, TU_MONTH, 0},
    {"months", L_UNIT, TU_MONTH, 1},
    {"more", L_APPROX, 2, 0},
    {"morning", L_POD, POD_MO, 0},
    {"mornings", L_POD, POD_MO, 1},
    {"near", L_KEY, 0, 0},
    {"nearly", L_APPROX, 1, 0},
    {"need", L_TENSE, 0, 0},
    {"new", L_KEY, 0, 0},
    {"next", L_REL, 1, 0},
    {"night", L_POD, POD_NI, 0},
    {"nightly", L_SETW, TU_DAY, 1},
    {"nights", L_POD, POD_NI, 1},
    {"nine", L_NUM, 9, 0},
    {"nineteen", L_NUM, 19, 0},
    {"nineteenth", L_ORD, 19, 0},
    {"ninety", L_NUM, 90, 0},
    {"ninth", L_ORD, 9, 0},
    {"nite", L_POD, POD_NI, 0},
    {"no", L_KEY, 3, 0},
    {"noon", L_POD, POD_NOON, 0},
    {"nov", L_MONTH, 11, 1},
    {"november", L_MONTH, 11, 0},
    {"now", L_REF, REF_PRESENT, 1},
    {"nowadays", L_REF, REF_PRESENT, 0},
    {"oct", L_MONTH, 10, 1},
    {"october", L_MONTH, 10, 0},
    {"one", L_NUM, 1, 0},
    {"over", L_APPROX, 0, 0},
    {"overnight", L_POD, POD_NI, 2},
    {"p.m", L_AMPM, 12, 0},
    {"paid", L_TENSE, -1, 0},
    {"past", L_REL, -1, 1},
    {"pdt", L_TZ, 0, 0},
    {"plan", L_TENSE, 1, 0},
    {"planned", L_TENSE, 1, 0},
    {"planning", L_TENSE, 1, 0},
    {"plans", L_TENSE, 1, 0},
    {"pm", L_AMPM, 12, 0},
    {"present", L_REF, REF_PRESENT, 2},
    {"previous", L_REL, -1, 1},
    {"proceed", L_TENSE, 0, 0},
    {"pst", L_TZ, 0, 0},
    {"quarter", L_UNIT, TU_QUARTER, 0},
    {"quarterly", L_SETW, TU_QUARTER, 0},
    {"quarters", L_UNIT, TU_QUARTER, 1},
    {"ran", L_TENSE, -1, 0},
    {"recent", L_REF, REF_PAST, 2},
    {"recently", L_REF, REF_PAST, 0},
    {"red", L_TENSE, 0, 0},
    {"right", L_KEY, 0, 0},
    {"rose", L_TENSE, -1, 0},
    {"roughly", L_APPROX, 0, 0},
    {"said", L_TENSE, -1, 0},
    {"same", L_KEY, 0, 0},
    {"sank", L_TENSE, -1, 0},
    {"sat", L_WDAY, 6, 1},
    {"saturday", L_WDAY, 6, 0},
    {"saturdays", L_WDAYS, 6, 0},
    {"saw", L_TENSE, -1, 0},
    {"scheduled", L_TENSE, 1, 0},
    {"second", L_ORD, 2, 0},
    {"seconds", L_UNIT, TU_SEC, 1},
    {"seed", L_TENSE, 0, 0},
    {"sent", L_TENSE, -1, 0},
    {"sep", L_MONTH, 9, 1},
    {"sept", L_MONTH, 9, 1},
    {"september", L_MONTH, 9, 0},
    {"seven", L_NUM, 7, 0},
    {"seventeen", L_NUM, 17, 0},
    {"seventeenth", L_ORD, 17, 0},
    {"seventh", L_ORD, 7, 0},
    {"seventy", L_NUM, 70, 0},
    {"several", L_FEW, 0, 0},
    {"shall", L_TENSE, 1, 0},
    {"shed", L_TENSE, 0, 0},
    {"short", L_FOLLOW, 0, 0},
    {"shot", L_TENSE, -1, 0},
    {"six", L_NUM, 6, 0},
    {"sixteen", L_NUM, 16, 0},
    {"sixteenth", L_ORD, 16, 0},
    {"sixth", L_ORD, 6, 0},
    {"sixty", L_NUM, 60, 0},
    {"slept", L_TENSE, -1, 0},
    {"sold", L_TENSE, -1, 0},
    {"some", L_FEW, 0, 1},
    {"soon", L_REF, REF_FUTURE, 0},
    {"speed", L_TENSE, 0, 0},
    {"spent", L_TENSE, -1, 0},
    {"spoke", L_TENSE, -1, 0},
    {"spring", L_SEASON, 1, 0},
    {"start", L_POS, POS_START, 1},
    {"stood", L_TENSE, -1, 0},
    {"struck", L_TENSE, -1, 0},
    {"succeed", L_TENSE, 0, 0},
    {"summer", L_SEASON, 2, 0},
    {"sun", L_WDAY, 7, 1},
    {"sunday", L_WDAY, 7, 0},
    {"sundays", L_WDAYS, 7, 0},
    {"swore", L_TENSE, -1, 0},
    {"taught", L_TENSE, -1, 0},
    {"tdy", L_DEIXIS, 0, 0},
    {"ten", L_NUM, 10, 0},
    {"tenth", L_ORD, 10, 0},
    {"thanksgiving", L_HOLIDAY, 1144, 1},
    {"that", L_KEY, 0, 0},
    {"the", L_DET, 0, 0},
    {"these", L_KEY, 0, 0},
    {"third", L_ORD, 3, 0},
    {"thirteen", L_NUM, 13, 0},
    {"thirteenth", L_ORD, 13, 0},
    {"thirtieth", L_ORD, 30, 0},
    {"thirty", L_NUM, 30, 0},
    {"this", L_REL, 0, 0},
    {"thought", L_TENSE, -1, 0},
    {"thousand", L_NUM, 1000, 0},
    {"three", L_NUM, 3, 0},
    {"threw", L_TENSE, -1, 0},
    {"thu", L_WDAY, 4, 1},
    {"thur", L_WDAY, 4, 1},
    {"thurs", L_WDAY, 4, 1},
    {"thursday", L_WDAY, 4, 0},
    {"thursdays", L_WDAYS, 4, 0},
    {"tmr", L_DEIXIS, 1, 0},
    {"tmrw", L_DEIXIS, 1, 0},
    {"today", L_DEIXIS, 0, 0},
    {"told", L_TENSE, -1, 0},
    {"tomo", L_DEIXIS, 1, 0},
    {"tomorrow", L_DEIXIS, 1, 0},
    {"tonight", L_DEIXIS, 0, 1},
    {"took", L_TENSE, -1, 0},
    {"tore", L_TENSE, -1, 0},
    {"tue", L_WDAY, 2, 1},
    {"tues", L_WDAY, 2, 1},
    {"tuesday", L_WDAY, 2, 0},
    {"tuesdays", L_WDAYS, 2, 0},
    {"twelfth", L_ORD, 12, 0},
    {"twelve", L_NUM, 12, 0},
    {"twentieth", L_ORD, 20, 0},
    {"twenty", L_NUM, 20, 0},
    {"two", L_NUM, 2, 0},
    {"understood", L_TENSE, -1, 0},
    {"up", L_KEY, 2, 0},
    {"upcoming", L_REL, 1, 1},
    {"utc", L_TZ, 0, 0},
    {"was", L_TENSE, -1, 0},
    {"wed", L_WDAY, 3, 1},
    {"wednesday", L_WDAY, 3, 0},
    {"wednesdays", L_WDAYS, 3, 0},
    {"weed", L_TENSE, 0, 0},
    {"week", L_UNIT, TU_WEEK, 0},
    {"weekend", L_UNIT, TU_WEEKEND, 0},
    {"weekends", L_UNIT, TU_WEEKEND, 1},
    {"weekly", L_SETW, TU_WEEK, 0},
    {"weeks", L_UNIT, TU_WEEK, 1},
    {"went", L_TENSE, -1, 0},
    {"were", L_TENSE, -1, 0},
    {"while", L_FOLLOW, 0, 0},
    {"will", L_TENSE, 1, 0},
    {"winter", L_SEASON, 4, 0},
    {"withdrew", L_TENSE, -1, 0},
    {"wk", L_UNIT, TU_WEEK, 0},
    {"wks", L_UNIT, TU_WEEK, 1},
    {"won", L_TENSE, -1, 0},
    {"would", L_TENSE, 1, 0},
    {"wrote", L_TENSE, -1, 0},
    {"xmas", L_HOLIDAY, 1225, 0},
    {"year", L_UNIT, TU_YEAR, 0},
    {"yearly", L_SETW, TU_YEAR, 0},
    {"years", L_UNIT, TU_YEAR, 1},
    {"yesterday", L_DEIXIS, -1, 0},
    {"yr", L_UNIT, TU_YEAR, 0},
    {"yrs", L_UNIT, TU_YEAR, 1},
};

/* Open-addressing hash of LEX, built per tokenize call (a few hundred
 * inserts) so that looking a word up is one probe in the common case of a
 * word that is not a time word. */
#define LEX_N (sizeof LEX / sizeof LEX[0])
#define LEX_SLOTS 1024u /* power of two, > 2 * LEX_N */

typedef struct {
  uint16_t slot[LEX_SLOTS]; /* LEX index + 1, 0 = empty */
  uint32_t hash[LEX_SLOTS];
  uint8_t len[LEX_SLOTS];
  /* quick reject: bit (c & 31) set if some entry of that length starts /
   * ends with byte c (most words of a text fail one of the two) */
  uint32_t first[16], last[16];
} lex_index;

/* FNV-1a, folded: only words that pass the first/last-letter filter get here */
static uint32_t lex_hash(const char *w, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
  return h ^ (h >> 16);
}

static void lex_index_build(lex_index *ix) {
  memset(ix->slot, 0, sizeof ix->slot);
  memset(ix->first, 0, sizeof ix->first);
  memset(ix->last, 0, sizeof ix->last);
  for (size_t k = 0; k < LEX_N; k++) {
    size_t n = strlen(LEX[k].w);
    if (n < 16) {
      ix->first[n] |= 1u << (LEX[k].w[0] & 31);
      ix->last[n] |= 1u << (LEX[k].w[n - 1] & 31);
    }
    uint32_t h = lex_hash(LEX[k].w, strlen(LEX[k].w)), i = h & (LEX_SLOTS - 1);
    while (ix->slot[i]) i = (i + 1) & (LEX_SLOTS - 1);
    ix->slot[i] = (uint16_t)(k + 1);
    ix->len[i] = (uint8_t)strlen(LEX[k].w);
    ix->hash[i] = h;
  }
}

static void lookup(const lex_index *ix, tx_tok *t, size_t n, uint32_t h) {
  uint32_t i = h & (LEX_SLOTS - 1);
  for (; ix->slot[i]; i = (i + 1) & (LEX_SLOTS - 1)) {
    if (ix->hash[i] != h || ix->len[i] != n) continue;
    const tx_lex *x = &LEX[ix->slot[i] - 1];
    if (memcmp(x->w, t->w, n) == 0) {
      t->cls = x->cls;
      t->val = x->val;
      t->val2 = x->val2;
      return;
    }
  }
}

/* byte classes, one table look-up per byte in the hot loops */
enum { C_OTHER = 0, C_SPACE = 1, C_ALPHA = 2, C_DIGIT = 4, C_HIGH = 8 };
#define R10(x) x, x, x, x, x, x, x, x, x, x
#define R16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const unsigned char CCLASS[256] = {
    /* 0x00 */ 0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    C_SPACE,
    C_SPACE,
    C_SPACE,
    C_SPACE,
    C_SPACE,
    0,
    0,
    /* 0x10 */ R16(0),
    /* 0x20 */ C_SPACE,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    /* 0x30 */ R10(C_DIGIT),
    0,
    0,
    0,
    0,
    0,
    0,
    /* 0x40 */ 0,
    R10(C_ALPHA),
    R10(C_ALPHA),
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    0,
    0,
    0,
    0,
    0,
    /* 0x60 */ 0,
    R10(C_ALPHA),
    R10(C_ALPHA),
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    C_ALPHA,
    0,
    0,
    0,
    0,
    0,
    /* 0x80 */ R16(C_HIGH),
    R16(C_HIGH),
    R16(C_HIGH),
    R16(C_HIGH),
    R16(C_HIGH),
    R16(C_HIGH),
    R16(C_HIGH),
    R16(C_HIGH)};

/* word bytes: letters lowercased, any non-ASCII byte as '#', else 0 */
static const char WORDCH[256] = {R16(0),
                                 R16(0),
                                 R16(0),
                                 R16(0),
                                 /* 0x40 */ 0,
                                 'a',
                                 'b',
                                 'c',
                                 'd',
                                 'e',
                                 'f',
                                 'g',
                                 'h',
                                 'i',
                                 'j',
                                 'k',
                                 'l',
                                 'm',
                                 'n',
                                 'o',
                                 /* 0x50 */ 'p',
                                 'q',
                                 'r',
                                 's',
                                 't',
                                 'u',
                                 'v',
                                 'w',
                                 'x',
                                 'y',
                                 'z',
                                 0,
                                 0,
                                 0,
                                 0,
                                 0,
                                 /* 0x60 */ 0,
                                 'a',
                                 'b',
                                 'c',
                                 'd',
                                 'e',
                                 'f',
                                 'g',
                                 'h',
                                 'i',
                                 'j',
                                 'k',
                                 'l',
                                 'm',
                                 'n',
                                 'o',
                                 /* 0x70 */ 'p',
                                 'q',
                                 'r',
                                 's',
                                 't',
                                 'u',
                                 'v',
                                 'w',
                                 'x',
                                 'y',
                                 'z',
                                 0,
                                 0,
                                 0,
                                 0,
                                 0,
                                 R16('#'),
                                 R16('#'),
                                 R16('#'),
                                 R16('#'),
                                 R16('#'),
                                 R16('#'),
                                 R16('#'),
                                 R16('#')};
#undef R10
#undef R16

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

static tx_tok *push(tx_toks *out) {
  if (out->n == out->cap) {
    size_t nc = out->cap ? out->cap * 2 : 256;
    tx_tok *nv = realloc(out->v, nc * sizeof *nv);
    if (!nv) return NULL;
    out->v = nv;
    out->cap = nc;
  }
  tx_tok *t = &out->v[out->n++];
  memset(t, 0, sizeof *t);
  return t;
}

/* Words: ASCII letters and any non-ASCII byte (so accented words never
 * match the lexicon), with inner apostrophes; "a.m." style single-letter
 * abbreviations are kept whole.  A trailing "'s" is dropped from w. */
int tx_tokenize(const char *text, size_t len, tx_toks *out) {
  const unsigned char *p = (const unsigned char *)text;
  size_t i = 0;
  int sp = 1, nl = 1;
  static_assert(LEX_N < LEX_SLOTS / 2, "lexicon outgrew the hash table");
  lex_index ix;
  lex_index_build(&ix);
  while (i < len) {
    unsigned char c = p[i];
    if (is_space(c)) {
      sp = 1;
      if (c == '\n') nl = 1;
      i++;
      continue;
    }
    tx_tok *t = push(out);
    if (!t) return -1;
    t->s = (uint32_t)i;
    t->sp = (uint8_t)sp;
    t->nl = (uint8_t)nl;
    sp = nl = 0;
    if (is_digit(c)) {
      size_t j = i;
      int64_t v = 0;
      int nd = 0, plain = 1;
      while (j < len && is_digit(p[j])) {
        if (nd < 10) v = v * 10 + (p[j] - '0');
        nd++;
        j++;
      }
      /* 1,200 and 2.5: one token, not a plain integer */
      while (j + 1 < len && (p[j] == ',' || p[j] == '.') && is_digit(p[j + 1])) {
        plain = 0;
        j++;
        while (j < len && is_digit(p[j])) j++;
      }
      size_t k = 0;
      while (j < len && is_alpha(p[j]) && k < sizeof t->w - 1) t->w[k++] = (char)(p[j++] | 32);
      if (j < len && is_alpha(p[j])) plain = 0;
      while (j < len && is_alpha(p[j])) j++;
      /* a unit glued to the number ("7hrs", "50mins") */
      if (k >= 2 && k < 14) {
        tx_tok u = *t;
        u.w[k] = 0;
        lookup(&ix, &u, k, lex_hash(u.w, k));
        if (u.cls == L_UNIT) {
          t->cls = u.cls;
          t->val = u.val;
          t->val2 = u.val2;
        }
      }
      t->kind = TK_NUM;
      t->ndig = (uint8_t)(plain && nd <= 9 ? nd : 0);
      t->num = (int32_t)(nd <= 9 ? v : -1);
      t->e = (uint32_t)j;
      i = j;
    } else if (is_alpha(c) || c >= 0x80) {
      size_t j = i, k = 0;
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
        t->w[k - 2] = 0;
        t->wlen = (uint8_t)(k - 2);
        size_t ap = j - 2;
        while (ap > i && p[ap] != '\'' && p[ap] != 0x99) ap--;
        if (p[ap] == 0x99 && ap >= 2) ap -= 2;
        j = ap;
      }
      t->kind = TK_WORD;
      t->e = (uint32_t)j;
      if (j < len && p[j] == '.') t->dot = 1;
      if (t->wlen < 14 && (ix.first[t->wlen] >> (t->w[0] & 31) & 1) &&
          (ix.last[t->wlen] >> (t->w[t->wlen - 1] & 31) & 1))
        lookup(&ix, t, t->wlen, lex_hash(t->w, t->wlen));
      i = j;
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
  }
  return 0;
}
