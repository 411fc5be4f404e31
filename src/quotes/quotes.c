/* STUB — replaced by the quote stage implementation. */
#include "quotes/quotes.h"
el_status quotes_find(el_doc *doc) { (void)doc; return EL_OK; }
