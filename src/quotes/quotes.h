/*
 * quotes.h — the quote stage: direct quotations (straight/curly/guillemets,
 * multi-sentence and multi-paragraph, partial quotes), told apart from titles
 * and scare quotes, attributed to a speaker from doc->actors.
 *
 * Only speech goes to doc->quotes; titles ("his book \"...\""), nicknames and
 * scare-quoted labels are dropped.  el_quote.cue is one of:
 * (speaker is the doc->actors index of the mention that names the speaker;
 * a pronoun or description gets its name from the actor stage's resolution.)
 *   "said-after"   attribution follows the quote  ("...," Ruiz said / said Ruiz)
 *   "said-before"  a verb of saying before it     (Ruiz said that "...", he warned "...")
 *   "colon"        colon introduction             (Kerr said: "...")
 *   "according-to" (according to X, "...")
 *   "statement"    a noun of saying               (the dedication "...")
 *   "continuation" a quote-only sentence continuing the previous speaker's quote
 *   "context"      a quote-only sentence after a sentence of saying
 *   "pronoun"      any of the above whose speaker mention is a pronoun
 *   NULL           no speaker (speaker = -1, speaker_name NULL)
 * A speaker named in the text that no actor mention covers ("..., Mary
 * Delahunty said") gets speaker = -1 with speaker_name set to the name as
 * written and an empty speaker_code.
 */
#ifndef EL_QUOTES_H
#define EL_QUOTES_H
#include "eventline.h"

/* Words of saying, participles, nouns of saying and title cues
 * (data/quotes/speech_verbs.txt). */
typedef struct quote_lexicon quote_lexicon;

/* Load a lexicon file ("word class" lines).  EL_ERR_NOTFOUND/IO/PARSE. */
el_status quote_lexicon_load(quote_lexicon **out, const char *path);
void quote_lexicon_free(quote_lexicon *lx);

/* Fill doc->quotes using the lexicon (needs actors; sentences only for
 * el_quote.sentence).  lx NULL: a small built-in core of verbs. */
el_status quotes_find_lex(const quote_lexicon *lx, el_doc *doc);

/* Same with the built-in core lexicon; the pipeline uses quotes_find_lex
 * with the data file. */
el_status quotes_find(el_doc *doc);
#endif
