/*
 * fuzz_parse.c — libFuzzer harness over the core parse entry point.  The
 * first byte of the input picks the options (clean, quotes, entities, the
 * Markdown format forced); the rest is the raw scrape.  Every result
 * invariant that must hold for any input is checked: offsets inside the
 * input, strings NUL-terminated.
 */
#include "ap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static size_t
count_cps(const uint8_t *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static void
check_span(int32_t a, int32_t b, size_t n)
{
	if (a < 0 || b < a || (size_t) b > n)
		abort();
}

static void
check_str(ap_str s)
{
	if (s.ptr && s.ptr[s.len] != '\0')
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ap_options	opt;
	ap_result	res;
	size_t		n;

	ap_options_init(&opt);
	if (size > 0)
	{
		opt.clean = !(data[0] & 1);
		opt.quotes = !(data[0] & 2);
		opt.entities = !(data[0] & 4);
		if (data[0] & 8)
			opt.format = AP_FORMAT_MARKDOWN;
		data++;
		size--;
	}
	ap_parse((const char *) data, size, &opt, &res);
	/* invalid bytes count as one code point each, so this is an upper bound */
	n = count_cps(data, size) + size;
	check_str(res.headline);
	check_str(res.byline);
	check_str(res.dateline);
	for (int i = 0; i < res.n_paragraphs; i++)
	{
		check_str(res.paragraphs[i].text);
		check_span(res.paragraphs[i].src_start, res.paragraphs[i].src_end, n);
	}
	for (int i = 0; i < res.n_dropped; i++)
	{
		check_str(res.dropped[i].text);
		if (res.dropped[i].reason >= AP_REASON_COUNT)
			abort();
		check_span(res.dropped[i].src_start, res.dropped[i].src_end, n);
	}
	for (int i = 0; i < res.n_quotes; i++)
	{
		ap_quote   *q = &res.quotes[i];

		check_str(q->text);
		check_str(q->speaker);
		if (q->paragraph < 1 || q->paragraph > res.n_paragraphs || q->start_offset > q->end_offset)
			abort();
		check_span(q->src_start, q->src_end, n);
	}
	for (int i = 0; i < res.n_entities; i++)
		if (res.entities[i].kind >= AP_KIND_COUNT || res.entities[i].mentions < 1)
			abort();
	for (int i = 0; i < res.n_mentions; i++)
	{
		if (res.mentions[i].entity < 0 || res.mentions[i].entity >= res.n_entities)
			abort();
		check_span(res.mentions[i].src_start, res.mentions[i].src_end, n);
	}
	ap_str		clean = ap_result_clean_text(&res);

	check_str(clean);
	ap_result_free(&res);
	return 0;
}
