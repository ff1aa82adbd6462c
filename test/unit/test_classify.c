/* test_classify.c — stage 4 through ap_parse: reasons, headline, byline, dateline, patterns */
#include "ap.h"
#include "internal.h"
#include "unit.h"

static const char *body1 =
	"The city council voted on Tuesday to expand the bus network, adding four routes that will serve "
	"neighbourhoods on the eastern edge of the city for the first time.\n\n";
static const char *body2 =
	"Officials said the new routes would cost about 12 million euros a year to run and that the money "
	"would come from a reallocation of the road maintenance budget.\n\n";

static ap_result res;

static void
parse_doc(const char *head, const char *middle, const char *tail)
{
	sbuf		b;
	ap_options	o;

	ap_options_init(&o);
	sbuf_init(&b);
	sbuf_append(&b, head, strlen(head));
	sbuf_append(&b, body1, strlen(body1));
	sbuf_append(&b, middle, strlen(middle));
	sbuf_append(&b, body2, strlen(body2));
	sbuf_append(&b, tail, strlen(tail));
	ap_result_free(&res);
	ap_parse(b.s, b.len, &o, &res);
	sbuf_free(&b);
}

/* the reason given to the dropped block whose text is exactly s, or NULL */
static const char *
reason_of(const char *s)
{
	for (int i = 0; i < res.n_dropped; i++)
		if (res.dropped[i].text.len == strlen(s) && memcmp(res.dropped[i].text.ptr, s, strlen(s)) == 0)
			return ap_reason_name(res.dropped[i].reason);
	return NULL;
}

static bool
str_is(ap_str s, const char *want)
{
	if (!want)
		return s.ptr == NULL;
	return s.ptr && s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

#define DROPS(name, line, reason) \
	do { \
		parse_doc("City Expands Bus Network to Eastern Suburbs\n\n", line "\n\n", ""); \
		const char *r_ = reason_of(line); \
		CHECK(name, r_ && strcmp(r_, reason) == 0); \
		if (!(r_ && strcmp(r_, reason) == 0)) \
			printf("# got %s\n", r_ ? r_ : "(kept)"); \
	} while (0)

int
main(void)
{
	DROPS("advertisement marker", "ADVERTISEMENT", "advertisement");
	DROPS("ad box placeholder", "ARTICLE AD BOX", "advertisement");
	DROPS("caption with an image credit", "The mayor at the opening of the depot (Image: City Press)", "caption");
	DROPS("caption with an agency slash credit", "Buses wait at the depot on Monday. REUTERS/Jane Roe", "caption");
	DROPS("AI disclaimer", "Summary is AI Generated. Newsroom Reviewed", "disclaimer");
	DROPS("read more footer", "Read Entire Article", "footer");
	DROPS("markup residue", "Press)</p></div>", "markup");
	DROPS("HTML comment", "<!-- ad-slot -->", "markup");
	DROPS("JavaScript notice", "Please enable JavaScript to view this page.", "markup");
	DROPS("cookie notice", "We use cookies to improve your experience. Accept all or manage settings.", "cookie");
	DROPS("newsletter prompt", "Sign up for our free daily newsletter", "subscribe");
	DROPS("comment count", "42 comments", "comments");
	DROPS("copyright line", "\xC2\xA9 2025 City Press Ltd. All rights reserved.", "copyright");
	DROPS("share bar", "Share on Facebook | Twitter | Email", "share");
	DROPS("related header", "Related Articles", "related");
	DROPS("title-case headline inside the body", "Oil Prices Drift As Traders Wait For Next Move On Supply", "related");
	DROPS("wire credits footer", "Reporting by Jane Roe; Editing by John Doe", "footer");

	parse_doc("Home\nNews\nSport\nCity Expands Bus Network to Eastern Suburbs\n\nBy Jane Doe | March 4, 2025\n\n", "", "");
	CHECK("headline found after a menu", str_is(res.headline, "City Expands Bus Network to Eastern Suburbs"));
	CHECK("menu lines dropped as navigation", reason_of("News") && strcmp(reason_of("News"), "navigation") == 0);
	CHECK("byline value without 'By' and date", str_is(res.byline, "Jane Doe"));
	CHECK("byline block is dropped as byline", reason_of("By Jane Doe | March 4, 2025") &&
		  strcmp(reason_of("By Jane Doe | March 4, 2025"), "byline") == 0);
	CHECK_INT("two body paragraphs kept", res.n_paragraphs, 2);

	parse_doc("City Expands Bus Network to Eastern Suburbs\n\n6 hours ago 4\n\n", "", "");
	CHECK("relative dateline as written, trailing count removed", str_is(res.dateline, "6 hours ago"));
	CHECK("relative dateline has no timestamp", !res.has_timestamp);

	parse_doc("City Expands Bus Network\n\nUpdated 3:45 PM EST, Tue March 4, 2025\n\n", "", "");
	CHECK("absolute dateline kept as written", str_is(res.dateline, "Updated 3:45 PM EST, Tue March 4, 2025"));
	CHECK("absolute dateline parsed", res.has_timestamp && res.timestamp == 1741121100);

	parse_doc("", body1, "");
	CHECK("duplicate paragraph dropped", reason_of(
		"The city council voted on Tuesday to expand the bus network, adding four routes that will serve "
		"neighbourhoods on the eastern edge of the city for the first time.") != NULL);

	{
		ap_options	o;
		const char *doc = "Home\nNews\nSport\nContact us\n";

		ap_options_init(&o);
		ap_result_free(&res);
		ap_parse(doc, strlen(doc), &o, &res);
		CHECK("navigation-only input gives no paragraphs", res.n_paragraphs == 0);
		CHECK("navigation-only input gives no headline", res.headline.ptr == NULL);
		CHECK_INT("navigation-only input: every block dropped", res.n_dropped, 4);
	}
	{
		ap_options	o;
		const char *doc = "ADVERTISEMENT\n\nJust a line\n";

		ap_options_init(&o);
		o.clean = false;
		ap_result_free(&res);
		ap_parse(doc, strlen(doc), &o, &res);
		CHECK_INT("clean=false keeps every block", res.n_paragraphs, 2);
		CHECK_INT("clean=false drops nothing", res.n_dropped, 0);
	}
	{
		ap_options	o;
		const char *pat[] = {"^Officials said"};
		size_t		len[] = {strlen(pat[0])};
		char		err[128];
		ap_patterns *p = ap_patterns_compile(pat, len, 1, err, sizeof(err));

		ap_options_init(&o);
		o.drop = p;
		CHECK("user pattern compiles", p != NULL);
		{
			sbuf		b;

			sbuf_init(&b);
			sbuf_append(&b, body1, strlen(body1));
			sbuf_append(&b, body2, strlen(body2));
			ap_result_free(&res);
			ap_parse(b.s, b.len, &o, &res);
			sbuf_free(&b);
		}
		CHECK_INT("drop pattern removes the matching block", res.n_paragraphs, 1);
		CHECK("drop pattern reason is 'pattern'", res.n_dropped == 1 && res.dropped[0].reason == AP_REASON_PATTERN);
		ap_patterns_free(p);

		const char *bad[] = {"(unclosed"};
		size_t		blen[] = {9};

		CHECK("invalid user pattern is rejected", ap_patterns_compile(bad, blen, 1, err, sizeof(err)) == NULL);
		CHECK("error message names the pattern", strstr(err, "pattern 1") != NULL);

		const char *evil[] = {"^(a+)+$"};
		size_t		elen[] = {7};
		ap_patterns *e = ap_patterns_compile(evil, elen, 1, err, sizeof(err));
		char		input[4096];

		memset(input, 'a', sizeof(input) - 2);
		input[sizeof(input) - 2] = 'b';
		input[sizeof(input) - 1] = '\0';
		ap_options_init(&o);
		o.drop = e;
		ap_result_free(&res);
		ap_parse(input, strlen(input), &o, &res);
		CHECK("catastrophic user pattern is bounded (no match, no hang)", res.n_dropped == 0 || res.n_dropped == 1);
		ap_patterns_free(e);
	}
	ap_result_free(&res);
	return UNIT_DONE();
}
