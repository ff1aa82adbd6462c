/*
 * fuzz_options.c — libFuzzer harness over user patterns: the input is split
 * at NUL bytes into up to four PCRE2 patterns (drop, then keep) and a short
 * scrape; compiling must fail cleanly or produce a set that matches under
 * the match limits without hanging.
 */
#include "ap.h"

#include <stdint.h>
#include <string.h>

static const char sample[] =
	"Headline Of The Test Article\n\nADVERTISEMENT\n\n"
	"The council voted on Tuesday to expand the network, adding four routes to the east of the city.\n\n"
	"\xE2\x80\x9CIt is a good day,\xE2\x80\x9D Mayor Anna Berg said. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *pats[4];
	size_t		lens[4];
	int			n = 0;
	size_t		start = 0;
	char		err[256];
	ap_patterns *drop,
			   *keep;
	ap_options	opt;
	ap_result	res;

	for (size_t i = 0; i <= size && n < 4; i++)
		if (i == size || data[i] == 0)
		{
			pats[n] = (const char *) data + start;
			lens[n] = i - start;
			n++;
			start = i + 1;
		}
	drop = ap_patterns_compile(pats, lens, n > 2 ? 2 : n, err, sizeof(err));
	keep = n > 2 ? ap_patterns_compile(pats + 2, lens + 2, n - 2, err, sizeof(err)) : NULL;
	ap_options_init(&opt);
	opt.drop = drop;
	opt.keep = keep;
	ap_parse(sample, sizeof(sample) - 1, &opt, &res);
	ap_result_free(&res);
	ap_patterns_free(drop);
	ap_patterns_free(keep);
	return 0;
}
