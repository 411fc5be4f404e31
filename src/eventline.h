/*
 * eventline.h — the central types every stage shares (redis server.h style).
 *
 * Data flows one way:
 *   el_doc (text) -> el_sentence/el_token -> mentions (el_timex, el_actor_mention,
 *   el_quote) -> el_event -> store.
 * A stage reads what earlier stages put in the el_doc and appends its own
 * arrays; it never modifies an earlier stage's output.
 *
 * Ownership: every string hanging off an el_doc lives in doc->arena; every
 * array (EL_VEC) is heap-allocated and released by doc_free().  Offsets are
 * byte offsets into doc->text (the NFC-normalized, valid UTF-8 text that the
 * store keeps), half-open [start, end).
 */
#ifndef EVENTLINE_H
#define EVENTLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/vec.h"

#define EL_VERSION "0.1.0"

/* Every function that can fail returns an el_status; EL_OK is zero. */
typedef enum {
  EL_OK = 0,
  EL_ERR_NOMEM,    /* allocation failed */
  EL_ERR_IO,       /* read/write failure */
  EL_ERR_PARSE,    /* malformed input (JSON, HTML, dictionary line) */
  EL_ERR_INPUT,    /* input rejected: empty, binary, no text */
  EL_ERR_DB,       /* SQLite/PostgreSQL error */
  EL_ERR_ARG,      /* bad argument or option */
  EL_ERR_NOTFOUND, /* missing file or record */
  EL_ERR_FULL      /* disk full / quota */
} el_status;

const char *el_status_str(el_status s);

/* Precision of a date, from coarse to fine. */
typedef enum {
  EL_PREC_UNKNOWN = 0,
  EL_PREC_DECADE,
  EL_PREC_YEAR,
  EL_PREC_QUARTER,
  EL_PREC_SEASON,
  EL_PREC_MONTH,
  EL_PREC_WEEK,
  EL_PREC_DAY,
  EL_PREC_TIME
} el_precision;

const char *el_precision_str(el_precision p); /* "day", "month", ... */

/* A calendar point; fields not known are -1. */
typedef struct {
  int year, month, day, hour, minute;
} el_datetime;

/* ---- text stage ---------------------------------------------------- */

enum {
  EL_TOK_WORD = 1u << 0,  /* letters (may contain ' - .) */
  EL_TOK_NUM = 1u << 1,   /* starts with a digit */
  EL_TOK_PUNCT = 1u << 2, /* punctuation / symbol */
  EL_TOK_CAP = 1u << 3,   /* first letter uppercase */
  EL_TOK_UPPER = 1u << 4, /* all letters uppercase */
  EL_TOK_QUOTE = 1u << 5  /* a quotation mark of any kind */
};

typedef struct {
  uint32_t start, end; /* bytes in doc->text */
  uint16_t flags;      /* EL_TOK_* */
} el_token;

typedef struct {
  uint32_t start, end;          /* bytes in doc->text */
  uint32_t tok_begin, tok_end;  /* token index range [begin, end) */
  uint32_t para;                /* paragraph number, 0-based */
} el_sentence;

/* ---- time stage ----------------------------------------------------- */

typedef enum { EL_TIMEX_DATE, EL_TIMEX_TIME, EL_TIMEX_DURATION, EL_TIMEX_SET } el_timex_type;

typedef struct {
  uint32_t start, end;    /* bytes in the tagged text */
  el_timex_type type;
  char value[32];         /* TIMEX3 value: 2026-01-07, 2025-FA, PT35M, PAST_REF */
  el_precision precision; /* for DATE/TIME */
  char range_start[17];   /* resolved interval, ISO (YYYY-MM-DD or with THH:MM); "" if none */
  char range_end[17];
  int32_t sentence;       /* index into doc->sents, -1 if not set */
} el_timex;

/* ---- actors stage --------------------------------------------------- */

typedef enum {
  EL_ACTOR_DICT = 0,  /* matched a dictionary entry */
  EL_ACTOR_LEARNED,   /* learned from a title/apposition in text */
  EL_ACTOR_COREF,     /* description ("the Chilean leader") resolved */
  EL_ACTOR_PRONOUN,   /* pronoun resolved */
  EL_ACTOR_PHRASE     /* a noun phrase in no dictionary, named by its words
                       * (events_opts.new_actor_words); code "---" */
} el_actor_kind;

typedef struct {
  uint32_t start, end;         /* bytes of the mention */
  uint32_t tok_begin, tok_end; /* tokens of the mention */
  int32_t sentence;
  char code[24];               /* full CAMEO code, e.g. "USAGOV", "COLGOV", "USA" */
  char country[4];             /* ISO alpha-3 as CAMEO uses, "" if none */
  const char *name;            /* canonical name of a person/org, arena; NULL if none */
  el_actor_kind kind;
  bool is_person;
  float confidence;
} el_actor_mention;

/* ---- quotes stage --------------------------------------------------- */

typedef struct {
  uint32_t start, end;   /* the quoted text, without the quote marks */
  int32_t sentence;      /* sentence where the quote starts */
  int32_t speaker;       /* index into doc->actors, -1 when unknown */
  const char *speaker_name; /* arena; NULL when unknown */
  char speaker_code[24];
  const char *cue;       /* how attributed: "said-after", "colon", ...; arena/static */
  /* when it was said (time stage): a day or time named in the attribution
   * ("told reporters on Monday"), else the article date; "" if unknown */
  char date[17];
} el_quote;

/* ---- events stage --------------------------------------------------- */

typedef struct {
  char code[24];      /* "USAGOV" */
  char country[4];    /* "USA" */
  const char *name;   /* "John Smith" or NULL; arena */
  bool phrase;        /* an EL_ACTOR_PHRASE: name holds its words, code "---" */
} el_actor_ref;

typedef enum { EL_MOOD_FACT = 0, EL_MOOD_INTENT, EL_MOOD_HYPOTHETICAL, EL_MOOD_QUESTION, EL_MOOD_DENIAL } el_mood;

typedef struct {
  int32_t sentence;
  uint32_t trigger_start, trigger_end; /* the verb/noun that fired */
  char cameo[8];          /* "041", "0311" */
  char root[3];           /* "04" */
  int quad_class;         /* 1..4 */
  double goldstein;
  const char *plover;     /* "CONSULT"; static or arena */
  el_actor_ref source, target;
  bool negated;
  el_mood mood;
  double confidence;
  const char *pattern_id; /* which rule fired, for --explain; arena/static */
  /* date, filled by the dating step */
  char date[17];          /* cut to precision: 2026-01-07, 2025-09, 2025 */
  el_precision date_precision;
  char date_start[17], date_end[17];
  double date_confidence;
  int32_t timex;          /* index into doc->timexes that dated it, -1 if DCT */
  const char *details_json; /* {"duration":["PT35M"]} or NULL; arena */
} el_event;

/* An actor learned from a title or apposition in the text
 * ("Peruvian President Ana Vela"): stored with its evidence. */
typedef struct {
  const char *name;     /* "Ana Vela", arena */
  const char *role;     /* "President", arena; NULL if none */
  char code[24];        /* "ECUGOV" */
  char country[4];      /* "ECU" */
  char agent[8];        /* "GOV" */
  char date[17];        /* date of the evidence (DCT or event date) */
  uint32_t start, end;  /* evidence span in doc->text */
} el_learned_actor;

/* ---- document -------------------------------------------------------- */

typedef struct el_doc {
  el_arena *arena;
  const char *id;        /* article id, or file name without extension */
  const char *path;      /* input file, for messages ("-" for stdin) */
  long line;             /* JSONL line number, 0 otherwise */
  const char *source, *url, *title, *lang; /* metadata, may be NULL */
  char published[17];    /* DCT: YYYY-MM-DD[THH:MM], "" if unknown */
  const char *published_origin; /* "metadata","flag","header","dateline","embedded","unknown" */
  double published_confidence;
  char *text;            /* normalized text, NUL-terminated, arena */
  size_t len;
  size_t invalid_bytes;  /* invalid UTF-8 sequences replaced with U+FFFD */
  char hash[65];         /* SHA-256 hex of text: the dedup key */

  EL_VEC(el_span) skip;  /* boilerplate regions excluded from analysis */
  EL_VEC(el_sentence) sents;
  EL_VEC(el_token) toks;
  EL_VEC(el_timex) timexes;
  EL_VEC(el_actor_mention) actors;
  EL_VEC(el_quote) quotes;
  EL_VEC(el_event) events;
  EL_VEC(el_learned_actor) learned;
} el_doc;

/* Create an empty document with its own arena; NULL on OOM. */
el_doc *doc_new(void);
/* Free the document, its arena and all its arrays. NULL is fine. */
void doc_free(el_doc *doc);

#endif
