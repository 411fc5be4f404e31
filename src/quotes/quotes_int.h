/*
 * quotes_int.h — internal types shared by the quote stage's files:
 * scanned quote spans, sentence frames, the outside-quote word stream and
 * the lexicon of words of saying.
 */
#ifndef EL_QUOTES_INT_H
#define EL_QUOTES_INT_H
#include "quotes/quotes.h"

/* Lexicon classes (bit flags: a word can be a verb and a title cue). */
enum {
  QLEX_VERB = 1u << 0, /* finite verb of saying */
  QLEX_PART = 1u << 1, /* participle of saying */
  QLEX_NOUN = 1u << 2, /* noun of saying before a quote */
  QLEX_TITLE = 1u << 3 /* title/label cue before a quote */
};

/* Lexicon lookup of a lowercase word; 0 when unknown. */
unsigned quote_lexicon_class(const quote_lexicon *lx, const char *word, size_t n);

/* One quoted span found by the scanner. */
typedef struct {
  uint32_t open;       /* offset of the opening mark */
  uint32_t start, end; /* quoted text without marks, trimmed */
  uint32_t close;      /* offset just past the closing mark (end of text if unclosed) */
  int32_t frame;       /* index of the sentence frame where it starts */
  bool unclosed;       /* paragraph ended without a closing mark */
  bool multi_para;     /* continued over a paragraph break */
} quote_span;

typedef EL_VEC(quote_span) quote_span_vec;

/* Find quoted spans in text (linear).  Only double quotes and guillemets
 * open a top-level quote; single quotes are left inside. */
el_status quote_scan(const char *text, size_t len, quote_span_vec *out);

/* A sentence frame: a sentence computed outside quotes, so that a quote
 * containing ". " never splits its own sentence. */
typedef struct {
  uint32_t start, end;
  bool para_start; /* first frame of a paragraph */
} quote_frame;

typedef EL_VEC(quote_frame) quote_frame_vec;

/* Split text into frames around the spans (sets span->frame). */
el_status quote_frames(const char *text, size_t len, quote_span_vec *spans, quote_frame_vec *out);

/* Word stream outside quotes, used by attribution. */
enum { QTOK_WORD = 1, QTOK_PUNCT, QTOK_QUOTE };

typedef struct {
  uint32_t start, end;
  uint8_t kind;    /* QTOK_* */
  uint8_t lex;     /* QLEX_* for words */
  char punct;      /* ASCII punctuation; '-' for dashes */
  bool cap;        /* word starts uppercase */
  int32_t frame;   /* frame index */
  int32_t mention; /* index into doc->actors covering the word, -1 */
  int32_t quote;   /* span index for QTOK_QUOTE, else -1 */
} quote_tok;

typedef EL_VEC(quote_tok) quote_tok_vec;

/* Word stream of the text outside the spans, with frames (quote_words.c). */
el_status quote_words_build(const quote_lexicon *lx, const el_doc *doc, const quote_span_vec *spans,
                            const quote_frame_vec *frames, quote_tok_vec *out);
/* Set quote_tok.mention from doc->actors (bad offsets ignored). */
el_status quote_words_map_mentions(const el_doc *doc, quote_tok_vec *toks);

/* Attribution of one span. */
typedef struct {
  int32_t speaker;               /* doc->actors index, -1 */
  uint32_t name_start, name_end; /* speaker named in the text, no actor covers it */
  const char *cue;               /* static string, NULL when no cue was found */
  bool has_cue;                  /* a construction of saying governs the quote */
  bool direct;                   /* "..., X said" / colon: certainly speech */
  bool title;                    /* a title, name or label, not speech */
} quote_attr;

/* Build the word stream and attribute every span (attrs has spans->n slots). */
el_status quote_attribute(const quote_lexicon *lx, el_doc *doc, const quote_span_vec *spans,
                          const quote_frame_vec *frames, quote_attr *attrs);

/* A person role word ("leader", "president") follows the offset end. */
bool quote_role_follows(const el_doc *doc, uint32_t end);

/* Speech vs title/scare quote from the text of the span and its attribution. */
bool quote_is_speech(const char *text, const quote_span *q, const quote_attr *a);

#endif
