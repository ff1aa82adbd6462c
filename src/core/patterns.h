/*
 * patterns.h — PCRE2 wrapper: built-in patterns compiled once per process
 * with JIT, user pattern sets, and matching under match/depth limits.
 */
#ifndef AP_PATTERNS_H
#define AP_PATTERNS_H

#include "internal.h"

typedef struct rx_code rx_code;	/* a compiled pattern and what PCRE2 knows of its starts */

/* Compile a built-in pattern (UTF, caseless when icase); aborts on a bad
 * pattern, which is a programming error caught by the unit tests. */
rx_code    *rx_compile_builtin(const char *pattern, bool icase);

/* Match; on success sets *ms and *me to the byte range of the whole match. */
bool		rx_search(const rx_code *re, const char *s, size_t len, size_t offset,
					  size_t *ms, size_t *me);

/* true when one pattern of the user set p matches s[0..len) (false for NULL p) */
bool		patterns_match_set(const ap_patterns *p, const char *s, size_t len);

struct ap_patterns
{
	int			count;
	rx_code   **codes;
};

#endif
