/*
 * quotes.h — the quote stage: direct quotations (straight/curly/guillemets,
 * multi-sentence and multi-paragraph, partial quotes), told apart from titles
 * and scare quotes, attributed to a speaker from doc->actors.
 */
#ifndef EL_QUOTES_H
#define EL_QUOTES_H
#include "eventline.h"

/* Fill doc->quotes (needs sentences, tokens and actors). */
el_status quotes_find(el_doc *doc);
#endif
