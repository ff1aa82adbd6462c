/*
 * literals.h — a one-pass prefilter for the pattern families: which of up
 * to 64 groups of literal strings occur in a text, ASCII case folded.  A
 * family whose every match must contain one of its group's literals is
 * only handed to PCRE2 when the scan saw one.
 */
#ifndef AP_LITERALS_H
#define AP_LITERALS_H

#include "internal.h"

#include <stdint.h>

#define LITERAL_MAX_GROUPS 64
#define LITERAL_MAX 512			/* literals in one set */
#define LITERAL_HASH_BITS 12		/* buckets of the three-byte index */
#define LITERAL_LEN_MAX 255		/* bytes of the longest literal */

typedef struct literal_set
{
	int			count;
	/* literals of 3 bytes or more, chained per hash of their first 3 bytes */
	int16_t		head3[1 << LITERAL_HASH_BITS];
	/* per chain of head3: bit (b & 63) for each fourth byte b its literals hold; all bits for a 3-byte one */
	uint64_t	fourth3[1 << LITERAL_HASH_BITS];
	/* literals of 1 or 2 bytes, chained per first byte */
	int16_t		head1[256];
	/* per chain of head1: bit (b & 63) for each second byte b its literals hold; all bits for a 1-byte one */
	uint64_t	second1[256];
	int16_t		next[LITERAL_MAX];
	uint8_t		len[LITERAL_MAX];
	uint8_t		group[LITERAL_MAX];
	const char *text[LITERAL_MAX];	/* lower case, static storage */
} literal_set;

/*
 * Group 62 is the set's own: characters that PCRE2's caseless matching
 * equates with an ASCII letter (U+017F long s, U+212A Kelvin sign).  A text
 * holding one reports every group, since its case folding here (ASCII
 * only) could miss a literal the patterns would see.
 */
#define LITERAL_GROUP_FOLDS 62

void		literal_set_init(literal_set *set);

/*
 * Add every literal of a comma-separated list (lower case; at most
 * LITERAL_LEN_MAX bytes each) to group (0..63, not LITERAL_GROUP_FOLDS).
 * Returns false when the set is full.
 */
bool		literal_set_add(literal_set *set, const char *list, int group);

/* Bit g of the result is set when a literal of group g occurs in s[0..len). */
uint64_t	literal_set_scan(const literal_set *set, const char *s, size_t len);

#endif
