/*
 * timeparse.h — absolute publication times from dateline text.
 */
#ifndef AP_TIMEPARSE_H
#define AP_TIMEPARSE_H

#include "internal.h"

/*
 * Parse an absolute, unambiguous time (a date with a time and a known zone
 * or offset, or an ISO 8601 timestamp with an offset) from s[0..len).
 * Relative expressions ("6 hours ago") and dates without a zone give false.
 */
bool		parse_timestamp(const char *s, size_t len, int64_t *epoch_seconds);

#endif
