/*
 * test_api.c — checks of the public contract in ap.h that hold for any
 * correct core: defaults, empty input, invariants of a parse (offsets in
 * range, valid UTF-8, indexes in range), pattern compilation and balanced
 * use of the memory hooks.  Per-stage tests live in their own files.
 */
#include <stdlib.h>
#include <string.h>

#include "ap.h"
#include "unit.h"

static const char sample[] =
	"Minister Promises New Bridge\n\n"
	"By Jane Doe\n\n"
	"The minister said on Monday that the bridge would open next year.\n\n"
	"\xe2\x80\x9cWe will build it,\xe2\x80\x9d Jane Smith said. \xe2\x80\x9cIt is needed.\xe2\x80\x9d\n\n"
	"ARTICLE AD BOX\n\n"
	"Residents of Springfield welcomed the news from Jane Smith.\n";

/* length of the valid UTF-8 sequence at s[i..len) (no NUL, overlong or surrogate), else 0 */
static size_t
utf8_sequence(const unsigned char *s, size_t i, size_t len)
{
	unsigned char c = s[i];
	size_t		n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
	unsigned long cp = c & (0xFF >> (n + 1));
	size_t		k;

	if (c == 0 || n == 0 || len - i < n)
		return 0;
	for (k = 1; k < n; k++)
	{
		if ((s[i + k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i + k] & 0x3F);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return n;
}

/* code points as ap.h counts them: an invalid byte counts as one */
static long
count_code_points(const char *p, size_t len)
{
	const unsigned char *s = (const unsigned char *) p;
	size_t		i = 0;
	long		n = 0;

	for (; i < len; n++)
	{
		size_t		step = utf8_sequence(s, i, len);

		i += step ? step : 1;
	}
	return n;
}

static int
valid_utf8(const char *p, size_t len)
{
	const unsigned char *s = (const unsigned char *) p;
	size_t		i = 0;

	while (i < len)
	{
		size_t		step = utf8_sequence(s, i, len);

		if (step == 0)
			return 0;
		i += step;
	}
	return 1;
}

static int
good_str(ap_str s)
{
	return s.ptr != NULL && s.ptr[s.len] == '\0' && valid_utf8(s.ptr, s.len);
}

static int
good_optional_str(ap_str s)
{
	return s.ptr == NULL || good_str(s);
}

static int
good_span(int32_t start, int32_t end, long n)
{
	return start >= 0 && start <= end && end <= n;
}

/* invariants every parse of raw must satisfy */
static void
check_parse(const char *label, const ap_result *r, const char *raw, size_t len)
{
	long		n = count_code_points(raw, len);
	int			ok = 1,
				i,
				j;
	char		name[200];

	ok = good_optional_str(r->headline) && good_optional_str(r->byline) && good_optional_str(r->dateline);
	snprintf(name, sizeof(name), "%s: headline, byline, dateline are NULL or valid UTF-8", label);
	CHECK(name, ok);

	for (i = 0, ok = 1; i < r->n_paragraphs; i++)
		ok &= good_str(r->paragraphs[i].text) &&
			good_span(r->paragraphs[i].src_start, r->paragraphs[i].src_end, n);
	snprintf(name, sizeof(name), "%s: paragraphs are valid UTF-8 with spans in the input", label);
	CHECK(name, ok);

	for (i = 0, ok = 1; i < r->n_dropped; i++)
		ok &= good_str(r->dropped[i].text) && r->dropped[i].reason < AP_REASON_COUNT &&
			good_span(r->dropped[i].src_start, r->dropped[i].src_end, n);
	snprintf(name, sizeof(name), "%s: dropped blocks have a reason and spans in the input", label);
	CHECK(name, ok);

	for (i = 0, ok = 1; i < r->n_quotes; i++)
	{
		const ap_quote *q = &r->quotes[i];

		ok &= good_str(q->text) && good_optional_str(q->speaker) && good_optional_str(q->cue) &&
			q->paragraph >= 1 && q->paragraph <= r->n_paragraphs &&
			q->start_offset >= 0 && q->start_offset <= q->end_offset &&
			good_span(q->src_start, q->src_end, n) &&
			((q->speaker_src_start == -1 && q->speaker_src_end == -1) ||
			 good_span(q->speaker_src_start, q->speaker_src_end, n));
	}
	snprintf(name, sizeof(name), "%s: quotes point into paragraphs and the input", label);
	CHECK(name, ok);

	for (i = 0, ok = 1; i < r->n_entities; i++)
	{
		const ap_entity *e = &r->entities[i];

		ok &= good_str(e->name) && e->kind < AP_KIND_COUNT && e->mentions >= 1 &&
			e->first_paragraph >= 1 && e->first_paragraph <= r->n_paragraphs &&
			e->n_aliases >= 0 && (e->n_aliases == 0 || e->aliases != NULL);
		for (j = 0; ok && j < e->n_aliases; j++)
			ok &= good_str(e->aliases[j]);
		if (i > 0)
			ok &= r->entities[i - 1].mentions >= e->mentions;
	}
	snprintf(name, sizeof(name), "%s: entities are valid and most mentioned first", label);
	CHECK(name, ok);

	for (i = 0, ok = 1; i < r->n_mentions; i++)
		ok &= good_str(r->mentions[i].text) && r->mentions[i].entity >= 0 &&
			r->mentions[i].entity < r->n_entities &&
			good_span(r->mentions[i].src_start, r->mentions[i].src_end, n);
	snprintf(name, sizeof(name), "%s: mentions point to entities and into the input", label);
	CHECK(name, ok);
}

/* counting hooks: every allocation must be released by ap_result_free */
static long live_allocations;

static void *
counting_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
		abort();
	live_allocations++;
	return p;
}

static void
counting_release(void *p)
{
	live_allocations--;
	free(p);
}

static void
test_options_defaults(void)
{
	ap_options	opt;

	memset(&opt, 0xAB, sizeof(opt));
	ap_options_init(&opt);
	CHECK("ap_options_init: format auto", opt.format == AP_FORMAT_AUTO);
	CHECK("ap_options_init: clean, quotes and entities on", opt.clean && opt.quotes && opt.entities);
	CHECK("ap_options_init: no drop or keep patterns", opt.drop == NULL && opt.keep == NULL);
}

static void
test_empty_inputs(void)
{
	static const char *const inputs[] = {"", " ", "\n\n\t  \r\n", "\xc2\xa0\xe2\x80\x8b"};
	ap_options	opt;
	int			i;

	ap_options_init(&opt);
	for (i = 0; i < 4; i++)
	{
		ap_result	r;
		ap_str		clean;
		char		name[100];

		ap_parse(inputs[i], strlen(inputs[i]), &opt, &r);
		snprintf(name, sizeof(name), "empty input %d: no paragraph, quote or entity", i);
		CHECK(name, r.n_paragraphs == 0 && r.n_quotes == 0 && r.n_entities == 0 && r.n_mentions == 0);
		snprintf(name, sizeof(name), "empty input %d: no headline", i);
		CHECK(name, r.headline.ptr == NULL);
		clean = ap_result_clean_text(&r);
		snprintf(name, sizeof(name), "empty input %d: clean text is empty", i);
		CHECK(name, clean.len == 0);
		ap_result_free(&r);
	}
}

static void
test_sample(void)
{
	ap_options	opt;
	ap_result	r;
	ap_str		clean;
	size_t		expect = 0;
	int			i;

	ap_options_init(&opt);
	ap_parse(sample, strlen(sample), &opt, &r);
	CHECK("sample: has body paragraphs", r.n_paragraphs >= 1);
	check_parse("sample", &r, sample, strlen(sample));
	clean = ap_result_clean_text(&r);
	for (i = 0; i < r.n_paragraphs; i++)
		expect += r.paragraphs[i].text.len + (i > 0 ? 2 : 0);
	CHECK("sample: clean text is the paragraphs joined by blank lines",
		  good_str(clean) && clean.len == expect &&
		  (r.n_paragraphs == 0 || memcmp(clean.ptr, r.paragraphs[0].text.ptr, r.paragraphs[0].text.len) == 0));
	ap_result_free(&r);

	opt.quotes = false;
	opt.entities = false;
	ap_parse(sample, strlen(sample), &opt, &r);
	CHECK("sample: quotes=false and entities=false skip them",
		  r.n_quotes == 0 && r.n_entities == 0 && r.n_mentions == 0);
	ap_result_free(&r);
}

static void
test_bad_bytes(void)
{
	/* invalid UTF-8, a NUL byte, and a buffer that is not NUL-terminated */
	static const char bad[] = "Head\xff line\n\nBody \xc3( text\x00 with \xe2\x82 errors.\n\nMore\xf0";
	char	   *copy = malloc(sizeof(bad) - 1);
	ap_options	opt;
	ap_result	r;

	memcpy(copy, bad, sizeof(bad) - 1);
	ap_options_init(&opt);
	ap_parse(copy, sizeof(bad) - 1, &opt, &r);
	check_parse("invalid UTF-8", &r, copy, sizeof(bad) - 1);
	ap_result_free(&r);
	free(copy);
}

static void
test_patterns(void)
{
	const char *good[] = {"^Advertisement", "(?i)subscribe"};
	size_t		good_len[] = {14, 13};
	const char *bad[] = {"fine", "(unclosed"};
	size_t		bad_len[] = {4, 9};
	char		errbuf[256] = "";
	ap_patterns *p;
	ap_options	opt;
	ap_result	r;
	int			i,
				dropped;
	static const char text[] = "Title Here\n\nAdvertisement: buy now.\n\nReal body text goes here.";

	p = ap_patterns_compile(good, good_len, 2, errbuf, sizeof(errbuf));
	CHECK("ap_patterns_compile accepts valid patterns", p != NULL);
	ap_options_init(&opt);
	opt.drop = p;
	ap_parse(text, strlen(text), &opt, &r);
	for (i = 0, dropped = 0; i < r.n_dropped; i++)
		dropped |= r.dropped[i].reason == AP_REASON_PATTERN;
	CHECK("drop pattern drops a block with reason pattern", dropped);
	ap_result_free(&r);
	ap_patterns_free(p);

	p = ap_patterns_compile(bad, bad_len, 2, errbuf, sizeof(errbuf));
	CHECK("ap_patterns_compile rejects an invalid pattern", p == NULL);
	CHECK("ap_patterns_compile writes an error message", errbuf[0] != '\0');
}

static void
test_names(void)
{
	int			i,
				j,
				ok = 1;

	for (i = 0; i < AP_REASON_COUNT; i++)
		for (j = 0; j < i; j++)
			ok &= ap_reason_name((ap_reason) i) != NULL &&
				strcmp(ap_reason_name((ap_reason) i), ap_reason_name((ap_reason) j)) != 0;
	CHECK("reason names are distinct", ok);
	CHECK("reason name of advertisement", strcmp(ap_reason_name(AP_REASON_ADVERTISEMENT), "advertisement") == 0);
	CHECK("reason name of pattern", strcmp(ap_reason_name(AP_REASON_PATTERN), "pattern") == 0);
	CHECK("kind names", strcmp(ap_kind_name(AP_KIND_PERSON), "person") == 0 &&
		  strcmp(ap_kind_name(AP_KIND_ORGANIZATION), "organization") == 0 &&
		  strcmp(ap_kind_name(AP_KIND_LOCATION), "location") == 0 &&
		  strcmp(ap_kind_name(AP_KIND_NATIONALITY), "nationality") == 0);
}

static void
test_hooks_balanced(void)
{
	ap_hooks	hooks = {counting_alloc, counting_release, NULL};
	ap_options	opt;
	ap_result	r;
	int			round;

	ap_set_hooks(&hooks);
	ap_options_init(&opt);
	for (round = 1; round <= 2; round++)
	{
		char		name[100];

		live_allocations = 0;
		ap_parse(sample, strlen(sample), &opt, &r);
		(void) ap_result_clean_text(&r);
		ap_result_free(&r);
		snprintf(name, sizeof(name), "hook allocations are all released by ap_result_free (round %d)", round);
		CHECK_INT(name, live_allocations, 0);
	}
	memset(&hooks, 0, sizeof(hooks));
	ap_set_hooks(&hooks);		/* back to the defaults */
}

int
main(void)
{
	test_options_defaults();
	test_empty_inputs();
	test_sample();
	test_bad_bytes();
	test_patterns();
	test_names();
	test_hooks_balanced();
	return UNIT_DONE();
}
