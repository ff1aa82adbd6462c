/*
 * patterns.c — owns every use of PCRE2 in the core.  Built-in patterns are
 * compiled with JIT once per process and kept for its life; user patterns
 * are compiled into sets that callers cache.  Every match runs under match
 * and depth limits so a pathological pattern yields "no match" quickly.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "patterns.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RX_MATCH_LIMIT 100000
#define RX_DEPTH_LIMIT 1000

/*
 * A compiled pattern with facts PCRE2 found while studying it, checked
 * before each match: pcre2_match costs tens of nanoseconds even when an
 * anchored pattern fails on the first character, and the families run on
 * every block.
 */
struct rx_code
{
	pcre2_code *re;
	uint32_t	min_length;		/* shortest subject that can match, in code points */
	bool		anchored;		/* matches only at the start offset */
	bool		has_start_bitmap;	/* start_bitmap lists the possible first bytes */
	bool		jit;			/* JIT-compiled: pcre2_jit_match skips the checks */
	uint8_t		start_bitmap[32];
};

static pcre2_match_context *match_ctx;
static pcre2_match_data *match_data;

static void
rx_init(void)
{
	if (match_ctx)
		return;
	match_ctx = pcre2_match_context_create(NULL);
	match_data = pcre2_match_data_create(16, NULL);
	if (!match_ctx || !match_data)
	{
		fputs("article_parse: out of memory creating PCRE2 contexts\n", stderr);
		abort();
	}
	pcre2_set_match_limit(match_ctx, RX_MATCH_LIMIT);
	pcre2_set_depth_limit(match_ctx, RX_DEPTH_LIMIT);
}

/*
 * PCRE2 computes no start bitmap for anchored patterns, so take the one of
 * the same pattern with the top-level "^" of each branch removed: every
 * anchored match is also a match of that one, so its first byte is in the
 * bitmap.  False when there is none (a branch can start with anything).
 */
static bool
anchored_start_bitmap(const char *pattern, size_t len, uint32_t flags, uint8_t *bitmap)
{
	char	   *loose;
	size_t		n = 0;
	int			depth = 0;
	bool		in_class = false,
				branch_start = true,
				ok = false;
	int			err;
	PCRE2_SIZE	off;
	pcre2_code *re;
	uint32_t	first_type = 1;
	const uint8_t *bits = NULL;

	if (len == PCRE2_ZERO_TERMINATED)
		len = strlen(pattern);
	loose = malloc(len + 1);
	if (!loose)
		return false;
	for (size_t i = 0; i < len; i++)
	{
		char		c = pattern[i];

		if (c == '\\' && i + 1 < len)
		{
			loose[n++] = c;
			loose[n++] = pattern[++i];
			branch_start = false;
			continue;
		}
		if (in_class)
			in_class = c != ']';
		else if (c == '[')
			in_class = true;
		else if (c == '(')
			depth++;
		else if (c == ')')
			depth--;
		else if (c == '^' && depth == 0 && branch_start)
		{
			branch_start = false;
			continue;			/* drop the anchor */
		}
		branch_start = !in_class && depth == 0 && c == '|';
		loose[n++] = c;
	}
	/*
	 * With PCRE2_UCP first (exact); PCRE2 builds no bitmap when \s, \d or
	 * \w match Unicode, so then without it: for ASCII first characters both
	 * modes agree, and any byte from 0x80 up (a character beyond ASCII) is
	 * let through.
	 */
	for (int ucp = 1; ucp >= 0 && !ok; ucp--)
	{
		re = pcre2_compile((PCRE2_SPTR) loose, n, ucp ? flags : flags & ~(uint32_t) PCRE2_UCP,
						   &err, &off, NULL);
		if (!re)
			continue;
		if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &first_type) == 0 && first_type == 0 &&
			pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bits) == 0 && bits)
		{
			memcpy(bitmap, bits, 32);
			if (!ucp)
				memset(bitmap + 16, 0xFF, 16);
			ok = true;
		}
		pcre2_code_free(re);
	}
	free(loose);
	return ok;
}

static rx_code *
rx_compile(const char *pattern, size_t len, uint32_t flags, bool builtin, int *err, PCRE2_SIZE *erroff)
{
	uint32_t	all_flags = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | flags;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR) pattern, len, all_flags, err, erroff, NULL);
	rx_code    *rx;
	uint32_t	options = 0;

	if (!re)
		return NULL;
	rx = calloc(1, sizeof(rx_code));
	if (!rx)
	{
		pcre2_code_free(re);
		*err = PCRE2_ERROR_NOMEMORY;
		*erroff = 0;
		return NULL;
	}
	rx->re = re;
#ifndef AP_NO_JIT
	/* -DAP_NO_JIT for valgrind, which cannot follow JIT code */
	rx->jit = pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;	/* else the interpreter */
#endif
	if (pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &rx->min_length) != 0)
		rx->min_length = 0;
	if (pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &options) == 0)
		rx->anchored = (options & PCRE2_ANCHORED) != 0;
	/* only for our own patterns: the anchor stripping knows no comments or quoting */
	if (builtin && rx->anchored)
		rx->has_start_bitmap = anchored_start_bitmap(pattern, len, all_flags, rx->start_bitmap);
	return rx;
}

static void
rx_free(rx_code *rx)
{
	if (!rx)
		return;
	pcre2_code_free(rx->re);
	free(rx);
}

rx_code *
rx_compile_builtin(const char *pattern, bool icase)
{
	int			err;
	PCRE2_SIZE	off;
	rx_code    *re;

	rx_init();
	re = rx_compile(pattern, PCRE2_ZERO_TERMINATED, icase ? PCRE2_CASELESS : 0, true, &err, &off);
	if (!re)
	{
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(err, msg, sizeof(msg));
		fprintf(stderr, "article_parse: built-in pattern error at %zu: %s\n%s\n",
				(size_t) off, (char *) msg, pattern);
		abort();
	}
	return re;
}

bool
rx_search(const rx_code *re, const char *s, size_t len, size_t offset, size_t *ms, size_t *me)
{
	int			rc;

	rx_init();
	if (offset > len || len - offset < re->min_length)
		return false;			/* too short even in one-byte code points */
	if (re->anchored && re->has_start_bitmap &&
		(offset == len || !(re->start_bitmap[(unsigned char) s[offset] >> 3] & (1u << ((unsigned char) s[offset] & 7)))))
		return false;			/* cannot start with this byte */
	if (re->jit)
		rc = pcre2_jit_match(re->re, (PCRE2_SPTR) s, len, offset, 0, match_data, match_ctx);
	else
		rc = pcre2_match(re->re, (PCRE2_SPTR) s, len, offset, 0, match_data, match_ctx);
	if (rc < 0)
		return false;			/* no match, or a limit was hit */
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match_data);

	if (ms)
		*ms = ov[0];
	if (me)
		*me = ov[1];
	return true;
}

ap_patterns *
ap_patterns_compile(const char *const *patterns, const size_t *lengths, int count,
					char *errbuf, size_t errbuf_len)
{
	ap_patterns *p;

	rx_init();
	if (count < 0)
		count = 0;
	p = calloc(1, sizeof(ap_patterns));
	if (!p)
		goto oom;
	p->codes = calloc(count ? (size_t) count : 1, sizeof(rx_code *));
	if (!p->codes)
		goto oom;
	for (int i = 0; i < count; i++)
	{
		int			err;
		PCRE2_SIZE	off;
		rx_code    *re = rx_compile(patterns[i], lengths[i], 0, false, &err, &off);

		if (!re)
		{
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(err, msg, sizeof(msg));
			if (errbuf && errbuf_len)
				snprintf(errbuf, errbuf_len, "pattern %d at offset %zu: %s",
						 i + 1, (size_t) off, (char *) msg);
			ap_patterns_free(p);
			return NULL;
		}
		p->codes[p->count++] = re;
	}
	return p;

oom:
	if (errbuf && errbuf_len)
		snprintf(errbuf, errbuf_len, "out of memory");
	ap_patterns_free(p);
	return NULL;
}

void
ap_patterns_free(ap_patterns *p)
{
	if (!p)
		return;
	for (int i = 0; i < p->count; i++)
		rx_free(p->codes[i]);
	free(p->codes);
	free(p);
}

bool
patterns_match_set(const ap_patterns *p, const char *s, size_t len)
{
	if (!p)
		return false;
	for (int i = 0; i < p->count; i++)
		if (rx_search(p->codes[i], s, len, 0, NULL, NULL))
			return true;
	return false;
}
