/*
 * normalize.h — stage 1-2: raw bytes to normalized located text.
 */
#ifndef AP_NORMALIZE_H
#define AP_NORMALIZE_H

#include "internal.h"

typedef struct html_entity
{
	const char *name;
	int32_t		cp;
} html_entity;

extern const html_entity html_entities[];
extern const size_t html_entities_count;

/*
 * Decode raw[0..len) leniently, repair UTF-8-as-Windows-1252 mojibake,
 * decode HTML character references, map spaces and line separators, drop
 * zero-width characters, soft hyphens and controls, fold runs of spaces,
 * trim every line, keep at most one blank line between lines, and apply
 * NFC.  Markup tags are kept (the classifier needs to see them).
 * *raw_cps receives the number of code points in raw.
 */
ltext		normalize_text(const char *raw, size_t len, ap_arena *arena, int32_t *raw_cps);

/* Decode a character reference at s[0..len) (s[0] == '&'); returns bytes
 * consumed (0 when it is not a reference) and the code point. */
size_t		html_entity_decode(const char *s, size_t len, int32_t *cp);

#endif
