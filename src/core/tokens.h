/*
 * tokens.h — stage 5: words, numbers and punctuation with byte offsets,
 * and sentence starts (abbreviation-aware).
 */
#ifndef AP_TOKENS_H
#define AP_TOKENS_H

#include "internal.h"

typedef enum token_type
{
	TOK_WORD = 0,
	TOK_NUMBER,
	TOK_PUNCT
} token_type;

typedef struct token
{
	uint32_t	start,
				end;			/* bytes in the paragraph; for words, without a possessive */
	uint32_t	full_end;		/* end including a possessive ’s */
	int32_t		cp;				/* TOK_PUNCT: the code point */
	uint8_t		type;
	bool		cap;			/* first letter upper case (or digit-led mixed) */
	bool		all_caps;		/* two or more letters, all upper case */
	bool		sent_start;		/* first word of a sentence */
	bool		possessive;
	bool		sent_end;		/* punctuation that ends a sentence */
} token;

/* Tokenize s[0..len) into toks (vec of token). */
void		tokenize(const char *s, size_t len, vec *toks);

/* lower-case ASCII copy of a token into buf (size cap); false if too long or non-ASCII */
bool		token_lower(const char *s, const token *t, char *buf, size_t cap);

#endif
