/*
 * timex_resolve.c — calendar arithmetic (civil days, weekdays, ISO weeks),
 * the local tense guess that decides whether "on Monday" / "in September"
 * point back or forward from the DCT, and the mapping from a TIMEX3 value
 * to its interval and precision.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "time/timex_internal.h"

int tx_days_in_month(int y, int m) {
  static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return dm[m - 1];
}

/* Howard Hinnant's days_from_civil: days since 1970-01-01. */
int64_t tx_days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void tx_civil_from_days(int64_t z, int *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int tx_weekday(int y, int m, int d) {
  int64_t z = tx_days_from_civil(y, m, d); /* 1970-01-01 was a Thursday */
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return (int)w + 1;
}

void tx_iso_week(int y, int m, int d, int *wy, int *wn) {
  int64_t z = tx_days_from_civil(y, m, d);
  int wd = tx_weekday(y, m, d);
  int64_t thu = z + (4 - wd); /* the Thursday of this ISO week */
  int ty, tm, td;
  tx_civil_from_days(thu, &ty, &tm, &td);
  int64_t jan1 = tx_days_from_civil(ty, 1, 1);
  *wy = ty;
  *wn = (int)((thu - jan1) / 7) + 1;
}

void tx_add_months(int *y, int *m, int n) {
  int t = *y * 12 + (*m - 1) + n;
  *y = t / 12;
  *m = t % 12 + 1;
}

/* ---- tense ---- */

/* Tense cue of one word: lexicon class L_TENSE (will/would/said/took...,
 * see timex_lex.c), "set to", "'ll", or a regular "-ed" past form; *lex
 * tells a word of the first kinds (auxiliaries, irregular verbs). */
/* "will be held", "are not going to be left", "is owed": a past
 * participle after a form of "be" is a passive, whose tense is the
 * auxiliary's ("will", "was"), not a past; "been" keeps it (a perfect). */
static int after_be(const tx_tok *t, const tx_tok *begin) {
  const tx_tok *p = t - 1;
  if (p < begin || p->kind != TK_WORD) return 0;
  if (p->wlen > 3 && p->w[p->wlen - 2] == 'l' && p->w[p->wlen - 1] == 'y') p--; /* "be formally" */
  if (p < begin || p->kind != TK_WORD) return 0;
  return tx_weq(p, TX_W("be")) || tx_weq(p, TX_W("being")) || tx_weq(p, TX_W("is")) ||
         tx_weq(p, TX_W("are"));
}

/* "the proposed merger", "a still unspecified date", "its newly elected
 * leader": an "-ed" word after a determiner or possessive (an adverb in
 * between) modifies a noun; it is no verb of the clause. */
static int after_determiner(const tx_tok *t, const tx_tok *begin) {
  const tx_tok *p = t - 1;
  if (p < begin || p->kind != TK_WORD) return 0;
  if (p->wlen > 3 && p->w[p->wlen - 2] == 'l' && p->w[p->wlen - 1] == 'y') p--;
  if (p >= begin && (tx_weq(p, TX_W("still")) || tx_weq(p, TX_W("yet")) || tx_weq(p, TX_W("as"))))
    p--;
  if (p < begin || p->kind != TK_WORD) return 0;
  return p->cls == L_DET || tx_weq(p, TX_W("its")) || tx_weq(p, TX_W("their")) ||
         tx_weq(p, TX_W("his")) || tx_weq(p, TX_W("her")) || tx_weq(p, TX_W("our"));
}

/* "to", a modal or "did", then perhaps "not"/"never", before t: t is a
 * bare infinitive */
static int after_modal(const tx_tok *t, const tx_tok *begin) {
  static const char M[][TX_WSIZE] = {"to",     "can",  "could", "may", "might", "must", "shall",
                                     "should", "will", "would", "did", "does",  "do"};
  const tx_tok *p = t - 1;
  if (p >= begin && p->kind == TK_WORD && (tx_weq(p, TX_W("not")) || tx_weq(p, TX_W("never")))) p--;
  if (p < begin || p->kind != TK_WORD) return 0;
  for (size_t k = 0; k < sizeof M / sizeof *M; k++)
    if (tx_weq(p, M[k])) return 1;
  return 0;
}

static int word_tense(const tx_tok *t, const tx_tok *begin, const tx_tok *end, int *lex) {
  *lex = 1;
  if (t->kind != TK_WORD) return 0;
  if (t->cls == L_TENSE) {
    /* "met on the 2nd to plan the protest": an infinitive of purpose is
     * no cue of when the clause's act happens */
    if (t->val > 0 && t > begin && t[-1].kind == TK_WORD && tx_weq(&t[-1], TX_W("to"))) return 0;
    /* "is expected to hit the coast on Friday", "could (not) hit": a past
     * form after "to" or a modal is a bare infinitive ("hit"), no past */
    if (t->val < 0 && after_modal(t, begin)) return 0;
    return t->val < 0 && after_be(t, begin) ? 0 : t->val;
  }
  /* "is due to meet", "are due to vote", "is due in Kyiv on Thursday": a
   * plan, as "is set to"; not "was due" or "had been due" (a past plan) nor
   * "due to the storm" */
  if (t->wlen == 3 && tx_weq(t, TX_W("due")) && t > begin && t + 1 < end && t[-1].kind == TK_WORD &&
      (tx_weq(&t[-1], TX_W("is")) || tx_weq(&t[-1], TX_W("are"))))
    return 1;
  /* "is set to resume"; "is set for Thursday" (a schedule, not a past) */
  if (t->wlen == 3 && tx_weq(t, TX_W("set")) && t + 1 < end && t[1].kind == TK_WORD &&
      (tx_weq(&t[1], TX_W("to")) ||
       (tx_weq(&t[1], TX_W("for")) && t > begin && t[-1].kind == TK_WORD &&
        (tx_weq(&t[-1], TX_W("is")) || tx_weq(&t[-1], TX_W("are"))))))
    return 1;
  /* "are going to leave": a plan ahead, as "will"; not "was going to"
   * (a past plan) nor "going to Paris" */
  if (t->wlen == 5 && tx_weq(t, TX_W("going")) && t + 2 < end && t[1].kind == TK_WORD &&
      tx_weq(&t[1], TX_W("to")) && t[2].kind == TK_WORD && !t[2].cap && t[2].cls != L_DET &&
      !(t > begin && t[-1].kind == TK_WORD &&
        (tx_weq(&t[-1], TX_W("was")) || tx_weq(&t[-1], TX_W("were")))))
    return 1;
  if (t->cls != L_NONE) return 0;
  *lex = 0;
  size_t n = t->wlen;
  const char *w = t->w;
  if (n >= 3 && w[n - 3] == '\'' && w[n - 2] == 'l' && w[n - 1] == 'l') return 1;
  /* "-ed": a past form, unless capitalized ("United", "Red Cross") or
   * an adjective after a determiner ("a still unspecified date") */
  if (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && w[n - 3] != '\'' && !t->cap)
    return after_be(t, begin) || after_determiner(t, begin) ? 0 : -1;
  return 0;
}

int tx_word_tense(const char *text, size_t len) {
  tx_toks tk = {0};
  int r = 0, lexical;
  if (len < 64 && tx_tokenize(text, len, &tk) == 0 && tk.n == 1)
    r = word_tense(&tk.v[0], tk.v, tk.v + 1, &lexical);
  tx_toks_free(&tk);
  return r;
}

/* A '.' after a word ends the sentence unless the word looks like an
 * abbreviation: short and capitalized ("Mr.", "Corp.", "Sept."), one or two
 * letters ("a.m."), or dotted ("U.S."). */
static int ends_sentence(const tx_toks *tk, size_t dot) {
  if (dot == 0) return 1;
  const tx_tok *p = &tk->v[dot - 1];
  if (p->kind != TK_WORD) return 1;
  if (p->wlen <= 2 || memchr(p->w, '.', p->wlen) || (p->cap && p->wlen <= 4)) return 0;
  return 1;
}

static int is_boundary(const tx_tok *t) {
  if (t->kind != TK_PUNCT) return 0;
  char c = t->w[0];
  return c == '!' || c == '?' || c == ';';
}

/* A quotation mark at token k that closes a quotation: glued to what it
 * closes (",''", "here\"").  A lone apostrophe counts only after
 * punctuation or doubled: "others' protests" is a possessive. */
static int closes_quote(const tx_toks *tk, size_t k) {
  const tx_tok *t = &tk->v[k];
  if (t->kind != TK_PUNCT || t->sp || t->nl || k == 0) return 0;
  const tx_tok *p = &tk->v[k - 1];
  if (t->w[0] == '"') return 1;
  if (t->w[0] != '\'') return 0;
  return p->kind == TK_PUNCT &&
         (p->w[0] == ',' || p->w[0] == '.' || p->w[0] == '?' || p->w[0] == '!' || p->w[0] == '\'');
}

/* A quotation mark at token k that opens a quotation: glued to the word
 * after it, with space before ("said: ``We", "said \"we"). */
static int opens_quote(const tx_toks *tk, size_t k) {
  const tx_tok *t = &tk->v[k];
  if (t->kind != TK_PUNCT || k + 1 >= tk->n || tk->v[k + 1].sp) return 0;
  if (k > 0 && !t->sp && !t->nl && tk->v[k - 1].kind != TK_PUNCT) return 0;
  return t->w[0] == '"' || t->w[0] == '`';
}

/* t is the word w, zero-padded like a token's word (a table entry) */
static int tok_is_pad(const tx_tok *t, const char *w) {
  return t->kind == TK_WORD && tx_weq(t, w);
}
/* t is the word lit (a literal; see TX_W) */
#define tok_is(t, lit) tok_is_pad((t), TX_W(lit))

/* "6 a.m. Friday", "9 a.m. EST Tuesday", "noon Saturday": the first token
 * of the clock time before the day at token i (i itself if none) */
static size_t clock_start(const tx_toks *tk, size_t i) {
  size_t k = i;
  while (k > 0 && i - k < 6) {
    const tx_tok *t = &tk->v[k - 1];
    if (t->kind == TK_NUM || (t->kind == TK_PUNCT && (t->w[0] == ':' || t->w[0] == '.')) ||
        (t->kind == TK_WORD &&
         (t->cls == L_AMPM || t->cls == L_TZ || tok_is(t, "noon") || tok_is(t, "midnight"))))
      k--;
    else
      break;
  }
  return k;
}

/* "agreed on Friday to hold talks in February", "urged the army to leave
 * by March": token i ends an infinitive clause governed by a verb of
 * intent, so it names a time ahead of that verb's act, whatever the verb's
 * tense.  Implicatives ("was forced to resign in March") are not such
 * verbs: their infinitive tells a done act. */
static int ahead_of_plan_verb(const tx_toks *tk, size_t i) {
  static const char INTENT[][TX_WSIZE] = {
      "agree",   "agreed",  "agrees",  "pledge",   "pledged",  "pledges",    "vow",
      "vowed",   "vows",    "promise", "promised", "promises", "decide",     "decided",
      "decides", "vote",    "voted",   "votes",    "threaten", "threatened", "threatens",
      "offer",   "offered", "offers",  "propose",  "proposed", "proposes",   "invite",
      "invited", "invites", "urge",    "urged",    "urges",    "intend",     "intended",
      "intends", "hope",    "hoped",   "hopes",    "aim",      "aimed",      "aims"};
  static const char NOT_VERB[][TX_WSIZE] = {"the", "a",     "an",    "his",    "her",
                                            "its", "their", "power", "office", "date"};
  size_t to = 0;
  i = clock_start(tk, i); /* "voted to strike starting at 6 a.m. Friday" */
  /* find the "to" first (cheap), then check what lies between */
  for (size_t d = 2; d <= 8 && d <= i && !to; d++) {
    const tx_tok *t = &tk->v[i - d];
    if (t->kind == TK_PUNCT || tk->v[i - d + 1].nl || tk->v[i - d + 1].kind == TK_PUNCT) return 0;
    if (tok_is(t, "to")) to = i - d;
  }
  if (!to) return 0;
  const tx_tok *v = &tk->v[to + 1];
  if (v->kind != TK_WORD || v->cap) return 0;
  for (size_t k = 0; k < sizeof NOT_VERB / sizeof *NOT_VERB; k++)
    if (tx_weq(v, NOT_VERB[k])) return 0;
  for (size_t j = to + 1; j < i; j++) {
    int lex;
    if (word_tense(&tk->v[j], tk->v, tk->v + tk->n, &lex) != 0) return 0; /* a finite verb */
  }
  for (size_t d = 1; d <= 4 && d <= to; d++) {
    const tx_tok *t = &tk->v[to - d];
    if (t->kind == TK_PUNCT || tk->v[to - d + 1].nl) return 0;
    for (size_t k = 0; k < sizeof INTENT / sizeof *INTENT; k++)
      if (tok_is_pad(t, INTENT[k])) return 1;
  }
  return 0;
}

/* "which expires on Sunday", "it ends on Friday": a verb in the present
 * after a relative or personal pronoun subject, right before token i (a
 * preposition between), names a scheduled act.  Only so close: "which
 * holds a stake" further off is a state, no cue of time. */
static int pronoun_present_before(const tx_toks *tk, size_t i) {
  size_t v = i;
  if (v >= 1 &&
      (tok_is(&tk->v[v - 1], "on") || tok_is(&tk->v[v - 1], "in") || tok_is(&tk->v[v - 1], "at")))
    v--;
  if (v < 2) return 0;
  const tx_tok *t = &tk->v[v - 1], *p = &tk->v[v - 2];
  size_t n = t->wlen;
  if (t->kind != TK_WORD || t->cap || n < 4 || t->w[n - 1] != 's' || t->w[n - 2] == 's' ||
      t->w[n - 2] == 'u' || t->w[n - 2] == 'i' || tx_weq(t, TX_W("says")))
    return 0;
  return tok_is(p, "which") || tok_is(p, "who") || tok_is(p, "it") || tok_is(p, "he") ||
         tok_is(p, "she");
}

/* "will hold talks in Washington on Tuesday, the State Department said":
 * an auxiliary or irregular verb of token i's own clause on its left wins
 * over a nearer cue on its right past a comma (an attribution, another
 * clause).  0 when there is no such pair. */
static int own_clause_cue(const tx_toks *tk, size_t i) {
  int lex, right = 0, comma = 0;
  /* the right side first: most expressions have no comma before their
   * next cue, and then there is nothing to weigh */
  for (size_t j = i + 1; j < tk->n && j <= i + 12 && !right; j++) {
    const tx_tok *t = &tk->v[j];
    if (t->nl) return 0;
    if (t->kind == TK_PUNCT) {
      if (t->w[0] != ',') return 0;
      comma = 1;
      continue;
    }
    right = word_tense(t, tk->v, tk->v + tk->n, &lex);
    if (right && !comma) return 0;
  }
  if (!right) return 0;
  i = clock_start(tk, i); /* "will begin at 9 a.m. EST Tuesday, officials said" */
  for (size_t d = 1; d <= 12 && d <= i; d++) {
    const tx_tok *t = &tk->v[i - d];
    if (t->kind == TK_PUNCT || tk->v[i - d + 1].nl) return 0;
    int r = word_tense(t, tk->v, tk->v + tk->n, &lex);
    if (r && !lex) return 0; /* a nearer "-ed" word decides as before */
    if (r) return r != right ? r : 0;
  }
  return 0;
}

/* "postponed until June", "delayed it to Monday", "pushed back to the
 * spring": a new date set for something put off lies ahead of the act of
 * putting it off, whatever that verb's tense */
static int deferred_to(const tx_toks *tk, size_t i) {
  static const char DEFER[][TX_WSIZE] = {
      "extend",   "extended",   "extends",     "postpone",    "postponed", "postpones", "delay",
      "delayed",  "delays",     "defer",       "deferred",    "defers",    "adjourn",   "adjourned",
      "adjourns", "reschedule", "rescheduled", "reschedules", "moved",     "back",      "off"};
  i = clock_start(tk, i); /* "extended its deadline until 9 a.m. Tuesday" */
  if (i < 2 || !(tok_is(&tk->v[i - 1], "until") || tok_is(&tk->v[i - 1], "till") ||
                 tok_is(&tk->v[i - 1], "to")))
    return 0;
  for (size_t d = 2; d <= 4 && d <= i; d++) {
    const tx_tok *t = &tk->v[i - d];
    if (t->kind == TK_PUNCT || tk->v[i - d + 1].nl) return 0;
    for (size_t k = 0; k < sizeof DEFER / sizeof *DEFER; k++)
      if (tok_is_pad(t, DEFER[k])) {
        /* "back"/"off" only as "pushed back", "put off" */
        if (k >= sizeof DEFER / sizeof *DEFER - 2 &&
            !(d < i && (tok_is(&tk->v[i - d - 1], "pushed") || tok_is(&tk->v[i - d - 1], "push") ||
                        tok_is(&tk->v[i - d - 1], "put") || tok_is(&tk->v[i - d - 1], "moved"))))
          continue;
        return 1;
      }
  }
  return 0;
}

/* "has until midnight Friday to comply", "have until Tuesday": a deadline
 * given, so the day lies ahead ("had until" may be past and is left) */
static int given_until(const tx_toks *tk, size_t i) {
  i = clock_start(tk, i);
  if (!(i >= 2 && (tok_is(&tk->v[i - 1], "until") || tok_is(&tk->v[i - 1], "till")))) return 0;
  if (tok_is(&tk->v[i - 2], "has") || tok_is(&tk->v[i - 2], "have")) return 1;
  /* "has given the relatives until 9 a.m. Tuesday", "gives them until" */
  for (size_t d = 2; d <= 8 && d <= i; d++) {
    const tx_tok *t = &tk->v[i - d];
    if (t->kind == TK_PUNCT || tk->v[i - d + 1].nl) return 0;
    if (tok_is(t, "gives") || tok_is(t, "give")) return 1;
    if (tok_is(t, "given") && d < i &&
        (tok_is(&tk->v[i - d - 1], "has") || tok_is(&tk->v[i - d - 1], "have") ||
         tok_is(&tk->v[i - d - 1], "been")))
      return 1;
  }
  return 0;
}

/* "the deadline is 5 p.m. Friday", "the vote is on Tuesday": a present
 * copula right before the time states a schedule, which lies ahead */
static int scheduled_is(const tx_toks *tk, size_t i) {
  i = clock_start(tk, i);
  if (i >= 1 && tok_is(&tk->v[i - 1], "on")) i--;
  return i >= 2 && (tok_is(&tk->v[i - 1], "is") || tok_is(&tk->v[i - 1], "are")) &&
         tk->v[i - 2].kind == TK_WORD;
}

/* The verb that governs the time's phrase decides ("announced in May, it
 * would have..." past; "entries open in June" a scheduled act ahead): a
 * past verb (not after "be") just before in/on/during/since, or a
 * present verb of schedule (opens, begins, ends, expires...) before in/on.
 * 0 when neither. */
int tx_governing_tense(const tx_toks *tk, size_t i) {
  static const char SCHEDULE[][TX_WSIZE] = {"open",   "opens",   "begin",  "begins",  "start",
                                            "starts", "end",     "ends",   "close",   "closes",
                                            "expire", "expires", "resume", "resumes", "falls"};
  if (i < 2) return 0;
  const tx_tok *p = &tk->v[i - 1], *v = &tk->v[i - 2];
  if (v->kind != TK_WORD || v->cap || tk->v[i - 1].nl || tk->v[i].nl) return 0;
  int lex;
  if ((tok_is(p, "in") || tok_is(p, "on") || tok_is(p, "during") || tok_is(p, "since")) &&
      word_tense(v, tk->v, tk->v + tk->n, &lex) < 0)
    return -1;
  /* "the treaty takes effect on Sunday" */
  if ((tok_is(p, "in") || tok_is(p, "on")) && tok_is(v, "effect") && i >= 3 &&
      (tok_is(&tk->v[i - 3], "takes") || tok_is(&tk->v[i - 3], "take")))
    return 1;
  if (tok_is(p, "in") || tok_is(p, "on"))
    for (size_t k = 0; k < sizeof SCHEDULE / sizeof *SCHEDULE; k++)
      if (tok_is_pad(v, SCHEDULE[k]))
        return i >= 3 && tk->v[i - 3].kind == TK_WORD &&
                       (tk->v[i - 3].cls == L_DET || tok_is(&tk->v[i - 3], "its") ||
                        tok_is(&tk->v[i - 3], "their") || tok_is(&tk->v[i - 3], "his") ||
                        tok_is(&tk->v[i - 3], "her"))
                   ? 0 /* "the start in June": a noun */
                   : 1;
  return 0;
}

/* "met in Brussels on Monday and will meet again", "arrived on Tuesday and
 * is expected to stay": "and"/"but" before an auxiliary (a form of be or have)
 * or an irregular verb opens a second predicate with a tense of its own */
static int conjoined_predicate(const tx_toks *tk, size_t k) {
  if (k + 1 >= tk->n || !(tok_is(&tk->v[k], "and") || tok_is(&tk->v[k], "but"))) return 0;
  static const char AUX[][TX_WSIZE] = {"is", "are", "was", "were", "has", "have", "had"};
  const tx_tok *v = &tk->v[k + 1];
  for (size_t a = 0; a < sizeof AUX / sizeof *AUX; a++)
    if (tok_is_pad(v, AUX[a])) return 1;
  int lex;
  return word_tense(v, tk->v, tk->v + tk->n, &lex) != 0 && lex;
}

/* "and plans", "but expects": a conjoined predicate stating a plan in the
 * present (not "will", "would", "shall", "going") */
static int conjoined_plan(const tx_toks *tk, size_t k) {
  if (k + 1 >= tk->n || !(tok_is(&tk->v[k], "and") || tok_is(&tk->v[k], "but"))) return 0;
  const tx_tok *v = &tk->v[k + 1];
  return tok_is(v, "plans") || tok_is(v, "plan") || tok_is(v, "expects") || tok_is(v, "expect");
}

/* "The mayor, who took office in January, faces a vote this fall": a
 * relative clause set off by commas on the left of token i has a tense of
 * its own.  Sets [*a, *b] to its tokens, commas included. */
static int relative_clause_left(const tx_toks *tk, size_t i, size_t *a, size_t *b) {
  size_t k = i, close = 0;
  for (size_t d = 1; d <= 20 && d <= i; d++) {
    const tx_tok *t = &tk->v[i - d];
    if (tk->v[i - d + 1].nl) return 0;
    if (t->kind != TK_PUNCT) continue;
    if (t->w[0] != ',') return 0;
    close = i - d;
    break;
  }
  if (!close) return 0;
  for (k = close; k > 0 && close - k < 15;) {
    k--;
    const tx_tok *t = &tk->v[k];
    if (tk->v[k + 1].nl) return 0;
    if (t->kind != TK_PUNCT) continue;
    if (t->w[0] != ',' || k + 1 >= close) return 0;
    const tx_tok *w = &tk->v[k + 1];
    if (!(tok_is(w, "who") || tok_is(w, "which") || tok_is(w, "whose"))) return 0;
    *a = k;
    *b = close;
    return 1;
  }
  return 0;
}

/* Tense of the clause around token i, from the cues within 25 tokens each
 * way.  The sentence's own cues first (it ends at ! ? ; a paragraph break,
 * or a '.' that is not part of an abbreviation): an auxiliary or irregular
 * verb (will, said, took) wins over a nearer "-ed" word up to twice its
 * distance, since "-ed" words are as often participles ("markets untouched
 * by"); failing any cue in the sentence, the nearest one around (the
 * story's tense).  One outward pass. */
int tx_tense(const tx_toks *tk, size_t i) {
  /* "as soon as Tuesday", "as early as next week": a future bound */
  if (i >= 3 && tk->v[i - 1].kind == TK_WORD && tk->v[i - 1].wlen == 2 &&
      tx_weq(&tk->v[i - 1], TX_W("as")) && tk->v[i - 3].kind == TK_WORD &&
      tx_weq(&tk->v[i - 3], TX_W("as")) &&
      (tx_weq(&tk->v[i - 2], TX_W("soon")) || tx_weq(&tk->v[i - 2], TX_W("early"))))
    return 1;
  /* "on patrol since March": a "since" bound lies behind */
  if (i >= 1 && tok_is(&tk->v[i - 1], "since")) return -1;
  /* "effective Feb. 1": the day a change takes effect, announced before */
  if (i >= 1 && tk->v[i - 1].kind == TK_WORD && tk->v[i - 1].wlen == 9 &&
      tx_weq(&tk->v[i - 1], TX_W("effective")))
    return 1;
  if (ahead_of_plan_verb(tk, i)) return 1;
  if (deferred_to(tk, i)) return 1;
  if (given_until(tk, i)) return 1;
  if (scheduled_is(tk, i)) return 1;
  int gov = tx_governing_tense(tk, i);
  if (gov) return gov;
  if (pronoun_present_before(tk, i)) return 1;
  int own = own_clause_cue(tk, i);
  if (own) return own;
  const size_t win = 25;
  const tx_tok *end = tk->v + tk->n;
  size_t rel_a = 0, rel_b = 0;
  int rel = relative_clause_left(tk, i, &rel_a, &rel_b);
  int in_l = 1, in_r = 1;     /* still inside the sentence on that side */
  int right_cue = 0;          /* a cue seen on the right */
  int shut_r = 0;             /* a conjoined plan closed the right side */
  int rl = 0, ra = 0, ro = 0; /* lexical / any cue in the sentence; any beyond */
  size_t dl = 0, da = 0;
  for (size_t d = 1; d <= win; d++) {
    for (int side = 0; side < 2; side++) {
      const tx_tok *t;
      int boundary;
      if (side == 0) {
        if (i < d) continue;
        t = &tk->v[i - d];
        if (rel && i - d >= rel_a && i - d <= rel_b) continue; /* another clause */
        /* a quotation's words keep their own tense: ``We will go this
         * summer,'' he said */
        boundary = is_boundary(t) || (tk->v[i - d + 1].nl && d > 1) ||
                   (t->kind == TK_PUNCT && t->w[0] == '.' && ends_sentence(tk, i - d)) ||
                   opens_quote(tk, i - d);
      } else {
        if (i + d >= tk->n || shut_r) continue;
        t = &tk->v[i + d];
        /* "warned on Tuesday that Mexico would impose": a clause opened by
         * "that" after the expression tells another act's tense */
        boundary = is_boundary(t) || t->nl ||
                   (t->kind == TK_PUNCT && t->w[0] == '.' && ends_sentence(tk, i + d)) ||
                   ((d <= 2 || right_cue) && tok_is(t, "that")) || conjoined_predicate(tk, i + d) ||
                   closes_quote(tk, i + d);
        /* "cut jobs in December and plans more cuts in June": a second
         * predicate that states a plan now tells nothing of the first's
         * tense ("and will be limited" does: the same subject ahead) */
        if (boundary && conjoined_plan(tk, i + d)) shut_r = 1;
      }
      int *in = side == 0 ? &in_l : &in_r;
      if (boundary) {
        *in = 0;
        continue;
      }
      if (!*in && ro) continue;
      int lex, r = word_tense(t, tk->v, end, &lex);
      if (!r) continue;
      /* "the announcement Friday showed that it will recover": a "that"
       * after the verb on the right opens its object's clause */
      if (side == 1) right_cue = 1;
      if (*in) {
        if (lex && !rl) rl = r, dl = d;
        if (!ra) ra = r, da = d;
      } else if (!ro)
        ro = r;
    }
    if (rl) return dl <= 2 * da ? rl : ra;
    if (ra && (d >= 2 * da || (!in_l && !in_r))) return ra;
    if (!ra && !in_l && !in_r && ro) return ro;
  }
  return ra ? ra : ro;
}

/* ---- value -> interval ---- */

static int num_at(const char *s, int n, int *out) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 0;
}

/* "YYYY-MM-DD" by hand: this runs for every expression tagged */
static void fmt_day(char out[17], int y, int m, int d) {
  unsigned yy = (unsigned)y % 10000u;
  tx_put2(out, yy / 100);
  tx_put2(out + 2, yy % 100);
  out[4] = '-';
  tx_put2(out + 5, (unsigned)m % 100u);
  out[7] = '-';
  tx_put2(out + 8, (unsigned)d % 100u);
  out[10] = 0;
}

int tx_value_range(const char *v, el_precision *prec, char start[17], char end[17]) {
  int y = 0, m = 0, d = 0, h = 0, mi = 0;
  size_t n = strlen(v);
  start[0] = end[0] = 0;
  *prec = EL_PREC_UNKNOWN;
  if (n == 2 && num_at(v, 2, &y) == 0) { /* century "19" */
    fmt_day(start, y * 100, 1, 1);
    fmt_day(end, y * 100 + 99, 12, 31);
    *prec = EL_PREC_DECADE;
    return 0;
  }
  if (n == 3 && num_at(v, 3, &y) == 0) { /* decade "199" */
    fmt_day(start, y * 10, 1, 1);
    fmt_day(end, y * 10 + 9, 12, 31);
    *prec = EL_PREC_DECADE;
    return 0;
  }
  if (n < 4 || num_at(v, 4, &y) != 0) return -1;
  if (n == 4 || tx_streq(v + 4, "-XX-XX")) { /* tweets write "2014-XX-XX" */
    fmt_day(start, y, 1, 1);
    fmt_day(end, y, 12, 31);
    *prec = EL_PREC_YEAR;
    return 0;
  }
  if (v[4] != '-') return -1;
  const char *r = v + 5;
  if (r[0] == 'Q' && r[1] >= '1' && r[1] <= '4' && !r[2]) {
    int q = r[1] - '0';
    fmt_day(start, y, q * 3 - 2, 1);
    fmt_day(end, y, q * 3, tx_days_in_month(y, q * 3));
    *prec = EL_PREC_QUARTER;
    return 0;
  }
  if (r[0] == 'H' && (r[1] == '1' || r[1] == '2') && !r[2]) {
    int hf = r[1] - '0';
    fmt_day(start, y, hf == 1 ? 1 : 7, 1);
    fmt_day(end, y, hf == 1 ? 6 : 12, hf == 1 ? 30 : 31);
    *prec = EL_PREC_QUARTER;
    return 0;
  }
  static const char *const SEAS[] = {"SP", "SU", "FA", "WI"};
  for (int s = 0; s < 4; s++) {
    if (strcmp(r, SEAS[s]) == 0) {
      int sm = 3 + 3 * s, ey = y, em = sm + 2;
      if (em > 12) {
        em -= 12;
        ey++;
      }
      fmt_day(start, y, sm, 1);
      fmt_day(end, ey, em, tx_days_in_month(ey, em));
      *prec = EL_PREC_SEASON;
      return 0;
    }
  }
  if (r[0] >= '0' && r[0] <= '9' && r[1] >= '0' && r[1] <= '9' && r[2] == '-' && r[3] == 'W')
    r += 3; /* "2014-10-W44": the week, with its month (tweets) */
  if (r[0] == 'W' && num_at(r + 1, 2, &d) == 0 && d >= 1 && d <= 53) {
    /* Monday of ISO week d: Jan 4 is always in week 1 */
    int64_t jan4 = tx_days_from_civil(y, 1, 4);
    int64_t mon = jan4 - (tx_weekday(y, 1, 4) - 1) + (int64_t)(d - 1) * 7;
    int sy, sm, sd;
    /* "2025-W45-WE": the weekend, Saturday and Sunday */
    int we = tx_streq(r + 3, "-WE");
    tx_civil_from_days(mon + (we ? 5 : 0), &sy, &sm, &sd);
    fmt_day(start, sy, sm, sd);
    tx_civil_from_days(mon + 6, &sy, &sm, &sd);
    fmt_day(end, sy, sm, sd);
    *prec = EL_PREC_WEEK;
    return 0;
  }
  if (num_at(r, 2, &m) != 0 || m < 1 || m > 12) return -1;
  /* "2025-01-XX": a day of that month, which one unknown ("In January ...
   * Two days later") */
  if (!r[2] || tx_streq(r + 2, "-XX")) {
    fmt_day(start, y, m, 1);
    fmt_day(end, y, m, tx_days_in_month(y, m));
    *prec = EL_PREC_MONTH;
    return 0;
  }
  if (r[2] != '-' || num_at(r + 3, 2, &d) != 0 || d < 1 || d > tx_days_in_month(y, m)) return -1;
  if (!r[5]) {
    fmt_day(start, y, m, d);
    memcpy(end, start, 17);
    *prec = EL_PREC_DAY;
    return 0;
  }
  if (r[5] == 'T' && num_at(r + 6, 2, &h) == 0 && r[8] == ':' && num_at(r + 9, 2, &mi) == 0) {
    fmt_day(start, y, m, d);
    start[10] = 'T';
    tx_put2(start + 11, (unsigned)h % 100u);
    start[13] = ':';
    tx_put2(start + 14, (unsigned)mi % 100u);
    start[16] = 0;
    memcpy(end, start, 17);
    *prec = EL_PREC_TIME;
    return 0;
  }
  /* 2026-02-03TMO etc.: the day */
  fmt_day(start, y, m, d);
  memcpy(end, start, 17);
  *prec = EL_PREC_DAY;
  return 0;
}

/* Which part of its interval a date's own words name: -1 the start ("early
 * 2025", "the beginning of March"), 0 the middle ("mid-2024"), 1 the end
 * ("late February", "the end of 2025"), 2 none. */
static int named_part(const char *t, size_t n) {
  static const struct {
    const char *words;
    int part;
  } PARTS[] = {{"the end of ", 1},
               {"end of ", 1},
               {"the close of ", 1},
               {"the latter part of ", 1},
               {"late ", 1},
               {"late-", 1},
               {"the beginning of ", -1},
               {"beginning of ", -1},
               {"the start of ", -1},
               {"start of ", -1},
               {"the dawn of ", -1},
               {"early ", -1},
               {"early-", -1},
               {"the middle of ", 0},
               {"middle of ", 0},
               {"mid-", 0},
               {"mid ", 0}};
  for (size_t k = 0; k < sizeof PARTS / sizeof *PARTS; k++) {
    size_t w = strlen(PARTS[k].words);
    if (n > w && strncasecmp(t, PARTS[k].words, w) == 0) return PARTS[k].part;
  }
  return 2;
}

int tx_iso_day(const char *iso, int64_t *z) {
  int y, m, d;
  if (num_at(iso, 4, &y) || iso[4] != '-' || num_at(iso + 5, 2, &m) || iso[7] != '-' ||
      num_at(iso + 8, 2, &d))
    return 0;
  *z = tx_days_from_civil(y, m, d);
  return 1;
}

void tx_day_text(int64_t z, char out[17]) {
  int y, m, d;
  tx_civil_from_days(z, &y, &m, &d);
  fmt_day(out, y, m, d);
}

void tx_range_narrow_to_part(el_timex *x, const char *span, size_t n) {
  if (x->type != EL_TIMEX_DATE) return;
  if (x->precision != EL_PREC_YEAR && x->precision != EL_PREC_MONTH &&
      x->precision != EL_PREC_QUARTER && x->precision != EL_PREC_SEASON &&
      x->precision != EL_PREC_WEEK)
    return;
  int part = named_part(span, n);
  int64_t a, b;
  if (part == 2 || !tx_iso_day(x->range_start, &a) || !tx_iso_day(x->range_end, &b) || b < a)
    return;
  int64_t third = (b - a + 1) / 3;
  if (third < 1) return;
  if (part < 0)
    b = a + third - 1;
  else if (part > 0)
    a = b - third + 1;
  else {
    a += third;
    b -= third;
  }
  tx_day_text(a, x->range_start);
  tx_day_text(b, x->range_end);
}
