/* test_markdown.c — Markdown scrapes: detection, rewriting, offsets into the raw input */
#include "ap.h"
#include "markdown.h"
#include "blocks.h"
#include "unit.h"

#include <stdlib.h>

/* the parse's headline is want */
static bool
headline_is(const ap_result *r, const char *want)
{
	return r->headline.ptr && r->headline.len == strlen(want) && memcmp(r->headline.ptr, want, r->headline.len) == 0;
}

/* the rewrite of in under dialect, NUL-terminated in a static buffer ("" when in does not fit) */
static const char *
rewrite_as(const char *in, size_t len, scrape_dialect dialect)
{
	static char out[4096];
	md_map		map;
	size_t		n;

	if (len >= sizeof(out))
		return "";
	n = markdown_rewrite(in, len, dialect, 0, out, &map);
	markdown_map_free(&map);
	out[n] = '\0';
	return out;
}

/* the rewrite of the string literal in under dialect is want */
#define REWRITES_AS(name, dialect, in, want) \
	do { \
		const char *got_ = rewrite_as(in, sizeof(in) - 1, dialect); \
		CHECK(name, strcmp(got_, want) == 0); \
		if (strcmp(got_, want) != 0) \
			printf("# got [%s]\n", got_); \
	} while (0)
#define MD_EQ(name, in, want) REWRITES_AS(name, DIALECT_MARKDOWN, in, want)

/* the raw text a paragraph's offsets cover, as code points of an ASCII raw */
static bool
paragraph_covers(const ap_result *r, size_t i, const char *raw, const char *want)
{
	size_t		n = strlen(want);

	return i < (size_t) r->n_paragraphs && r->paragraphs[i].src_start >= 0 &&
		(size_t) (r->paragraphs[i].src_end - r->paragraphs[i].src_start) == n &&
		memcmp(raw + r->paragraphs[i].src_start, want, n) == 0;
}

static const char article_md[] =
	"* [Home](https://example.org/)\n"
	"* [World](https://example.org/world)\n"
	"* [Sport](https://example.org/sport)\n"
	"\n"
	"# Harbour Board Approves New Ferry Terminal\n"
	"\n"
	"The harbour board voted on Tuesday to build a **new ferry terminal** on the east pier, "
	"ending a [two-year dispute](https://example.org/dispute \"Dispute\") over the site.\n"
	"\n"
	"![Ferries at the east pier](https://example.org/pier.jpg)\n"
	"\n"
	"Construction is expected to begin in the spring and to take about _eighteen months_, "
	"the board said in a statement.\n";

/* the rewrite scrape_dialect_of picks for the NUL-terminated text s under format */
static scrape_dialect
dialect_of(const char *s, ap_format format)
{
	size_t		link_list;

	return scrape_dialect_of(s, strlen(s), format, &link_list);
}

int
main(void)
{
	ap_result	r;
	ap_options	opt;

	/* detection */
	CHECK("detect: three inline links", markdown_detect(article_md, sizeof(article_md) - 1));
	CHECK("detect: two links are not enough",
		  !markdown_detect("[a](http://x) and [b](http://y)", 31));
	CHECK("detect: a text browser's brackets are no links",
		  !markdown_detect("[image] Home [1] (Photo) [x] (y) [z] (w)", 40));
	{
		/* three links in 20 KB of prose are quoted Markdown, not a Markdown scrape */
		static char big[20000];

		memset(big, 'a', sizeof(big));
		for (size_t k = 80; k < sizeof(big); k += 81)
			big[k] = '\n';
		memcpy(big + 100, "[a](http://x) [b](http://y) [c](http://z)", 41);
		CHECK("detect: too few links for the size", !markdown_detect(big, sizeof(big)));
		CHECK("detect: ... enough in a part of it", markdown_detect(big, 4000));
	}
	CHECK("detect: an address must follow the bracket",
		  !markdown_detect("[a]( x) [b]() [c]( y) [d]()", 27));

	/* links and images */
	MD_EQ("inline link: the text stays, the address goes", "See [the report](https://x.org/a) now.",
		  "See the report now.");
	MD_EQ("inline link with a title", "See [it](/a \"The title\") now.", "See it now.");
	MD_EQ("address with balanced parentheses", "[Paris](https://en.wikipedia.org/wiki/Paris_(city)) is",
		  "Paris is");
	MD_EQ("image: nothing, alt text and all", "a ![A cat on a mat](/img/cat.jpg) b ![](/1.png)", "a  b ");
	MD_EQ("linked image: nothing", "[![Logo](/l.png)](https://x.org/)", "");
	MD_EQ("brackets that open no link stay", "[sic] and [a] (b) and [c](d e)", "[sic] and [a] (b) and [c](d e)");
	MD_EQ("a link without its closing parenthesis stays", "[a](http://x.org", "[a](http://x.org");
	MD_EQ("an escaped bracket opens no link", "\\[a](b)", "[a](b)");
	MD_EQ("a link's text over lines (a linked block)", "*   [Solutions\n    \n    ](#)\nnext",
		  "*   Solutions\n    \n    \nnext");

	/* emphasis */
	MD_EQ("strong and emphasis marks dropped", "**Bold** and _it_ and *em* and __b__",
		  "Bold and it and em and b");
	MD_EQ("marks inside a link's text", "[**Read** more](/r)", "Read more");
	MD_EQ("underscores inside words stay", "call my_var_name here", "call my_var_name here");
	MD_EQ("an asterisk between spaces or digits stays", "5 * 3 = 15 and 2*3*4", "5 * 3 = 15 and 2*3*4");
	MD_EQ("an unpaired mark stays", "Terms apply*", "Terms apply*");
	MD_EQ("four marks are no emphasis", "f**** this ****", "f**** this ****");

	/* wrapped at 78 columns: soft breaks */
#define LONG_LINE "The harbour board voted on Tuesday to build a new ferry terminal on the"
	MD_EQ("a wrapped paragraph is one line",
		  "The harbour board voted on Tuesday to build a new ferry terminal on the\neast pier.\n\nNext one.",
		  "The harbour board voted on Tuesday to build a new ferry terminal on the east pier.\n\nNext one.");
	MD_EQ("short lines one under another stay lines", "Home\nBlog\nBest CRMs", "Home\nBlog\nBest CRMs");
	MD_EQ("a line broken before a link too long to fit after it goes on",
		  "In this fourth article of the\n[#Kubernetes](https://www.example.org/tag/kubernetes-homelab.html) series",
		  "In this fourth article of the #Kubernetes series");
	MD_EQ("... not a line that ends its sentence",
		  "The fourth article is out now.\n[#Kubernetes](https://www.example.org/tag/kubernetes-homelab.html)",
		  "The fourth article is out now.\n#Kubernetes");
	MD_EQ("... nor a short menu entry",
		  "Home\n[Blog](https://www.example.org/sections/the-blog-and-its-archive-of-older-posts.html)",
		  "Home\nBlog");
	MD_EQ("... nor a link that fits after it",
		  "In this fourth article of the\n[#Kubernetes](https://x.org/k) series", "In this fourth article of the\n#Kubernetes series");
	MD_EQ("emphasis wrapped over two lines loses its marks",
		  "It also introduces a faster feedback cycle for the crews: **_run, reset,\nimprove, run again_** each week.",
		  "It also introduces a faster feedback cycle for the crews: run, reset, improve, run again each week.");
	MD_EQ("... but not over a paragraph break", LONG_LINE " **a\n\nb** c", LONG_LINE " **a\n\nb** c");
	MD_EQ("a hard break (two spaces, a backslash) stays", LONG_LINE "  \nb\n" LONG_LINE "\\\nc",
		  LONG_LINE "  \nb\n" LONG_LINE "\\\nc");
	MD_EQ("list items, quotes and table rows are no continuation",
		  LONG_LINE "\n* item\n" LONG_LINE "\n1. one\n" LONG_LINE "\n> q\n" LONG_LINE " | b\nc | d",
		  LONG_LINE "\n* item\n" LONG_LINE "\n1. one\n" LONG_LINE "\n q\n" LONG_LINE " | b\nc | d");
	MD_EQ("a list item's wrapped text goes on", "  * " LONG_LINE "\n    pier", "  * " LONG_LINE "     pier");
	MD_EQ("a long heading's wrapped rest goes on",
		  "# Kelp forests return to the bay after a decade of decline, survey\nfinds\n\nText",
		  "Kelp forests return to the bay after a decade of decline, survey finds\n\nText");
	MD_EQ("a short heading takes no text under it", "# Title\nBody text.", "Title\nBody text.");
	MD_EQ("an address wrapped after a hyphen", "See [the logo](https://x.org/wp-\ncontent/a.png) here.\n\nEnd",
		  "See the logo here.\n\nEnd");
	MD_EQ("... in a quote, past the next line's \"> \"",
		  "> See [the logo](https://x.org/wp-\n> content/a.png) and\n> [![a map](https://x.org/my-\n> map.png)](https://x.org/b-\n> c) here.",
		  " See the logo and\n  here.");
	MD_EQ("link text wrapped over lines is one line", "Written by [ Rebecca\nMacFarlane](/a/rm)\n\nText",
		  "Written by  Rebecca MacFarlane\n\nText");
	MD_EQ("a link's title wrapped over lines", "[ Kelia Losa ](/a/kl \"Kelia Losa\nReinoso archive\")\n\nText",
		  " Kelia Losa \n\nText");
	MD_EQ("... or wrapped before it", "[a study](https://x.org/p\n\"Original URL: https://x.org/p. Click\nor tap.\") says so.",
		  "a study says so.");
	MD_EQ("... not before a blank line", "[a](https://x.org/p\n\n\"Title\") b", "[a](https://x.org/p\n\n\"Title\") b");
	MD_EQ("an address broken at a space is none", "[a](https://x.org/b\nc) d", "[a](https://x.org/b\nc) d");

	/* block syntax */
	MD_EQ("heading marks dropped", "## Section title ##\n# Top", "Section title\nTop");
	MD_EQ("a hash without a space is text", "#hashtag and #1", "#hashtag and #1");
	MD_EQ("block quote marks dropped", "> quoted\n> > nested", " quoted\n  nested");
	MD_EQ("bullets stay; a bullet's star is no emphasis", "  * item *one*\n- two", "  * item one\n- two");
	MD_EQ("rules, setext underlines and table delimiter rows are emptied",
		  "a\n* * *\nTitle\n=====\n|---|:---:|\nb", "a\n\nTitle\n\n\nb");
	MD_EQ("code fences removed, code kept as it is", "```js\nlet *x* = [a](b);\n```\nafter",
		  "\nlet *x* = [a](b);\n\nafter");
	MD_EQ("link reference definitions removed", "text\n[1]: https://x.org/a\n[^2]: A footnote.",
		  "text\n\n[^2]: A footnote.");
	MD_EQ("escapes resolved", "1\\. First \\*not em\\* \\_x\\_ a\\\\b", "1. First *not em* _x_ a\\b");
	MD_EQ("carriage returns kept for normalization", "# T\r\n**b**\r\n", "T\r\nb\r\n");

	{
		/* headings: their level and where their text starts in the raw input */
		static const char raw[] = "# Top\ntext\n  ### Third ###\n#7 no\n####### seven";
		char		out[64];
		md_map		map;

		markdown_rewrite(raw, sizeof(raw) - 1, DIALECT_MARKDOWN, 0, out, &map);
		CHECK("headings: two found", map.nheadings == 2);
		CHECK("headings: level 1 at its text", map.nheadings >= 1 && map.headings[0].level == 1 &&
			  map.headings[0].raw_cp == 2);
		CHECK("headings: level 3, indented, closing hashes", map.nheadings >= 2 && map.headings[1].level == 3 &&
			  map.headings[1].raw_cp == 17);
		markdown_map_free(&map);
	}
	{
		/* setext headings: "===" and "---" under a line of text; a rule after a blank line is none */
		static const char raw[] = "Top Title\n=========\n\nSection\n---\n\n---\ntext";
		char		out[64];
		md_map		map;
		size_t		n = markdown_rewrite(raw, sizeof(raw) - 1, DIALECT_MARKDOWN, 0, out, &map);

		CHECK("setext: the underlines are emptied", n == 27 && memcmp(out, "Top Title\n\n\nSection\n\n\n\ntext", n) == 0);
		CHECK("setext: two headings, levels 1 and 2", map.nheadings == 2 && map.headings[0].level == 1 &&
			  map.headings[0].raw_cp == 0 && map.headings[1].level == 2 && map.headings[1].raw_cp == 21);
		markdown_map_free(&map);
	}
	{
		/* an opening bracket too far back opens no link */
		static char raw[3000];
		char		out[3000];
		md_map		map;
		size_t		n;

		raw[0] = '[';
		memset(raw + 1, 'a', 2500);
		memcpy(raw + 2501, "](u)", 4);
		n = markdown_rewrite(raw, 2505, DIALECT_MARKDOWN, 0, out, &map);
		CHECK("a bracket opened over 2 KB back opens no link", n == 2505);
		markdown_map_free(&map);
	}

	/* a text browser's numbered links and its closing list of addresses */
	{
		static const char dump[] =
			"   [1]Home [2]News\n\nThe survey, led by the [3]Institute for Coastal Research, mapped the bay.\n\n"
			"References\n\n   Visible links:\n   1. https://x.example/\n   2. https://x.example/news\n"
			"   3. https://icr.example/\n\n   Hidden links:\n   4. file:///tmp/page.html#main\n";
		static const char bibliography[] =
			"The survey mapped the bay [1].\n\nReferences\n\n1. Okafor H. Kelp: a recovery. Mar. Biol. 12.\n"
			"2. Reyes T. Urchins: a decade. Ecology 4.\n3. Silva A. Sea stars: gone. Nature 9.\n";
		char		out[sizeof(dump)];
		md_map		map;
		size_t		n,
					refs = link_references_start(dump, sizeof(dump) - 1);

		ap_options_init(&opt);
		opt.quotes = false;
		opt.entities = false;
		CHECK_INT("link list: found at its \"References\" line", refs, 95);
		CHECK_INT("link list: a bibliography is none", link_references_start(bibliography, sizeof(bibliography) - 1),
				  sizeof(bibliography) - 1);
		CHECK_INT("link list: text after the addresses makes it none",
				  link_references_start("References\n1. https://x/\n2. https://y/\n3. https://z/\na\nb\nc\nd\ne\n", 63),
				  63);
		{
			static const char el[] = "Text.\n\nReferences\n\n   Visible links\n   1. Home\n\tfile:///x\n   2. https://y/\n"
				"   3. Shop\n\thttps://z/\n";
			static const char mixed[] = "Text.\n\nReferences\n\n1. Okafor H. Kelp.\n2. Reyes T. Urchins.\n"
				"3. Silva A. Stars.\n4. Lund F. Toys.\n5. https://a.example/\n6. https://b.example/\n7. https://c.example/\n";

			CHECK_INT("link list: elinks' titles with their addresses under them", link_references_start(el, sizeof(el) - 1), 7);
			CHECK_INT("link list: more numbered lines without an address than with one are none",
					  link_references_start(mixed, sizeof(mixed) - 1), sizeof(mixed) - 1);
		}
		{
			static const char two[] = "a\nReferences\n1. https://x/\n2. https://y/\n";

			CHECK_INT("link list: fewer than three addresses are none", link_references_start(two, sizeof(two) - 1),
					  sizeof(two) - 1);
		}
		n = markdown_rewrite(dump, sizeof(dump) - 1, DIALECT_LINK_NUMBERS, refs, out, &map);
		CHECK("link numbers: markers and the list go",
			  n == 86 && memcmp(out, "   Home News\n\nThe survey, led by the Institute for Coastal Research, mapped the bay.\n\n",
									86) == 0 && memchr(out, '[', n) == NULL && memchr(out, ':', n) == NULL);
		markdown_map_free(&map);
		{
			static const char years[] = "[1]Home [2]News\nThe Complete Guide [2025]\nIn [1999]Kelp and [3]Bays, a note.[1]\n"
				"References\n1. https://a.example/\n2. https://b.example/\n3. https://c.example/\n";
			char		yout[sizeof(years)];
			size_t		yrefs = link_references_start(years, sizeof(years) - 1);
			size_t		yn = markdown_rewrite(years, sizeof(years) - 1, DIALECT_LINK_NUMBERS, yrefs, yout, &map);

			yout[yn] = '\0';
			CHECK("link numbers: a year in brackets far past the last marker stays; markers and a footnote's number go",
				  strcmp(yout, "Home News\nThe Complete Guide [2025]\nIn [1999]Kelp and Bays, a note.\n") == 0);
			if (strcmp(yout, "Home News\nThe Complete Guide [2025]\nIn [1999]Kelp and Bays, a note.\n") != 0)
				printf("# got [%s]\n", yout);
			markdown_map_free(&map);
		}
		ap_parse(bibliography, sizeof(bibliography) - 1, &opt, &r);
		CHECK("link numbers: a citation mark stays where no list closes the text",
			  r.n_paragraphs >= 1 && strstr(r.paragraphs[0].text.ptr, "[1]") != NULL);
		ap_result_free(&r);
		ap_parse(dump, sizeof(dump) - 1, &opt, &r);
		CHECK("link numbers: the parse reads the text without them",
			  r.n_paragraphs == 1 && strcmp(r.paragraphs[0].text.ptr,
											"The survey, led by the Institute for Coastal Research, mapped the bay.") == 0 &&
			  paragraph_covers(&r, 0, dump, "The survey, led by the [3]Institute for Coastal Research, mapped the bay."));
		ap_result_free(&r);
	}

	/* through the whole parse: auto-detected, offsets into the raw input */
	ap_options_init(&opt);
	opt.quotes = false;
	opt.entities = false;
	ap_parse(article_md, sizeof(article_md) - 1, &opt, &r);
	CHECK("parse: the heading is the headline", r.headline.ptr &&
		  strcmp(r.headline.ptr, "Harbour Board Approves New Ferry Terminal") == 0);
	CHECK("parse: two paragraphs, no link syntax", r.n_paragraphs == 2 &&
		  strstr(r.paragraphs[0].text.ptr, "](") == NULL && strstr(r.paragraphs[0].text.ptr, "**") == NULL &&
		  strstr(r.paragraphs[0].text.ptr, "a new ferry terminal on the east pier, ending a two-year dispute over") != NULL);
	CHECK("parse: a paragraph's offsets cover its raw Markdown",
		  paragraph_covers(&r, 0, article_md,
						   "The harbour board voted on Tuesday to build a **new ferry terminal** on the east pier, "
						   "ending a [two-year dispute](https://example.org/dispute \"Dispute\") over the site."));
	CHECK("parse: ... and of the next one, after a dropped image",
		  paragraph_covers(&r, 1, article_md,
						   "Construction is expected to begin in the spring and to take about _eighteen months_, "
						   "the board said in a statement."));
	ap_result_free(&r);

	{
		/* a top-level heading in sentence case beats a title-case line nearer the article */
		static const char promo[] =
			"[Home](https://x.example/) [News](https://x.example/news) [Sport](https://x.example/sport)\n\n"
			"# How the harbour was saved\n\nLifestyle\n\nPlan Your Weekend by the Sea With Our Guide\n\n"
			"The city council approved on Tuesday a budget of 12 million euros for repairs to the harbour, "
			"after two winters of storms damaged the sea wall and the old fish market.\n\n"
			"Work will begin in the spring and is expected to last two years, the council said in a statement.\n";

		ap_parse(promo, sizeof(promo) - 1, &opt, &r);
		CHECK("parse: a level-1 heading is the likelier headline",
			  r.headline.ptr && strcmp(r.headline.ptr, "How the harbour was saved") == 0);
		ap_result_free(&r);
	}

	opt.format = AP_FORMAT_TEXT;
	ap_parse(article_md, sizeof(article_md) - 1, &opt, &r);
	CHECK("parse: format text leaves the syntax", r.n_paragraphs >= 1 &&
		  strstr(r.paragraphs[0].text.ptr, "**new ferry terminal**") != NULL);
	ap_result_free(&r);

	{
		/* offsets after multi-byte characters and skipped syntax */
		static const char raw[] = "Caf\xC3\xA9 [na\xC3\xAFve](u) **\xE2\x80\x9Cq\xE2\x80\x9D** end";
		ap_arena   *a = arena_new();
		int32_t		cps;
		md_heading *headings;
		size_t		nheadings;
		ltext		t = markdown_normalize(raw, sizeof(raw) - 1, DIALECT_MARKDOWN, 0, a, &cps, &headings, &nheadings);
		const char *q = strstr(t.s, "\xE2\x80\x9Cq");

		CHECK("offsets: the rewrite reads as plain text",
			  strcmp(t.s, "Caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x9Cq\xE2\x80\x9D end") == 0);
		CHECK_INT("offsets: raw code points", cps, 27);
		CHECK_INT("offsets: link text maps to its raw code point", t.src[6], 6);
		CHECK_INT("offsets: past the address and the marks", q ? t.src[q - t.s] : -1, 18);
		CHECK_INT("offsets: the end sentinel is the raw length", t.src[t.len], 27);
		arena_free(a);
	}

	{
		/* the html2text program: headings between stars, links underlined with underscores */
		static const char raw[] = "Skip_to_content\n    o _How_It_Works\n****** Kelp Forests Return to the Bay, a\n"
			"Survey Finds ******\nThe survey_led by the _Institute_for_Coastal_Research mapped the bay.\n"
			"***** Why the forests collapsed *****\nUrchins ate them.\n";
		static const char writer[] = "*** Follow me on Instagram ***\nText.\n*** Follow me on Instagram ***\nx_y\n";
		static const char small[] = "*** One ***\n**** Two ****\nText.\n";
		static const char one[] = "***** Only One *****\nText.\n";
		char		out[sizeof(raw)];
		md_map		map;
		size_t		n;

		CHECK("stars: two headings, one of five stars or more, are the html2text program's",
			  dialect_of(raw, AP_FORMAT_AUTO) == DIALECT_STAR_HEADINGS);
		CHECK("stars: ... a writer's three-star lines are not, nor one heading alone",
			  dialect_of(writer, AP_FORMAT_AUTO) == DIALECT_NONE &&
			  dialect_of(small, AP_FORMAT_AUTO) == DIALECT_NONE &&
			  dialect_of(one, AP_FORMAT_AUTO) == DIALECT_NONE);
		CHECK("stars: ... nor anything with the text format",
			  dialect_of(raw, AP_FORMAT_TEXT) == DIALECT_NONE);
		CHECK("stars: two headings of three stars, indented, on a page of underlined link text",
			  dialect_of("    *** Our Services ***\nSee Free_Advising_Session, Meet_the_Team, Work_With_Us,\n"
						 "Hourly_Services, A_La_Carte.\n    *** Contact ***\n", AP_FORMAT_AUTO) == DIALECT_STAR_HEADINGS);
		CHECK("stars: ... not when the underscores join small letters (file names, identifiers)",
			  dialect_of("    *** Our Services ***\nSee free_advising_session, meet_the_team, work_with_us,\n"
						 "hourly_services, a_la_carte.\n    *** Contact ***\n", AP_FORMAT_AUTO) == DIALECT_NONE);
		CHECK("stars: the html2text program's page reads as that, not as Markdown, though it has Markdown's links",
			  dialect_of("****** Kelp Forests Return ******\nSee [a](https://a.example/), [b](https://b.example/) and "
						 "[c](https://c.example/).\n", AP_FORMAT_AUTO) == DIALECT_STAR_HEADINGS &&
			  dialect_of("# Kelp Forests Return\nSee [a](https://a.example/), [b](https://b.example/) and "
						 "[c](https://c.example/).\n", AP_FORMAT_AUTO) == DIALECT_MARKDOWN);
		CHECK("stars: one heading of six stars, the page's <h1>, is enough",
			  dialect_of("Home\n****** Kelp Forests Return ******\nText.\n", AP_FORMAT_AUTO) == DIALECT_STAR_HEADINGS);
		n = markdown_rewrite(raw, sizeof(raw) - 1, DIALECT_STAR_HEADINGS, 0, out, &map);
		out[n] = '\0';
#define STARS_REWRITTEN "Skip to content\n    * How It Works\n\nKelp Forests Return to the Bay, a Survey Finds\n\n" \
	"The survey led by the Institute for Coastal Research mapped the bay.\n\nWhy the forests collapsed\n\n" \
	"Urchins ate them.\n"
		CHECK("stars: stars go, a wrapped heading joins and stands between blank lines, underscores print as spaces",
			  strcmp(out, STARS_REWRITTEN) == 0);
		if (strcmp(out, STARS_REWRITTEN) != 0)
			printf("# got [%s]\n", out);
		CHECK("stars: six stars are level 1, five level 2, at their text",
			  map.nheadings == 2 && map.headings[0].level == 1 && map.headings[0].raw_cp == 43 &&
			  map.headings[1].level == 2 && map.headings[1].raw_cp == 173);
		markdown_map_free(&map);
	}
	{
		/* the html2text program wraps a long heading just before its closing stars */
		static const char raw[] = "****** Kelp Forests Return to the Bay, a Survey\n******\nUrchins ate them.\n"
			"***** Not closed\n******\nText.\n";

		REWRITES_AS("stars: closing stars alone on the next line close the heading; a different count does not",
					DIALECT_STAR_HEADINGS, raw,
					"\nKelp Forests Return to the Bay, a Survey\n\nUrchins ate them.\n"
					"***** Not closed\n******\nText.\n");
		REWRITES_AS("stars: an indented heading loses its indentation with its stars",
					DIALECT_STAR_HEADINGS, "Menu\n      *** The All-In Package ***\nText.\n",
					"Menu\n\nThe All-In Package\n\nText.\n");
	}
	{
		/* the html2text program: images in brackets open lines, nested lists' glyphs */
		static const char raw[] = "***** One *****\n****** Two ******\n"
			"[Kelp divers at work] [A diver]\n  [Photo: urchins] Urchins ate them.\n[1] A note [a map] here.\n"
			"    * Home\n          o Menus\n                # FAQ\no clock\n #hashtag\n";

		REWRITES_AS("stars: images opening a line go with the space after them, not a note's number or one inside "
					"the line; nested lists' 'o' and '#' print as '*', not at the margin or without a space",
					DIALECT_STAR_HEADINGS, raw,
					"\nOne\n\n\nTwo\n\n\n  Urchins ate them.\n[1] A note [a map] here.\n"
					"    * Home\n          * Menus\n                * FAQ\no clock\n #hashtag\n");
	}
	{
		/* pandoc's plain text: a layout table of one column drawn around the article */
		static const char raw[] = "Site\n\n+------------------------------+\n| December 16, 2025            |\n"
			"|                              |\n| Kelp Forests Return          |\n+==============================+\n"
			"| The survey mapped the bay.   |\n| Urchins ate them.   |  x     |\n+------------------------------+\n"
			"| not a row\n| kept bars |\n";
		static const char columns[] = "+----------+-------------------+\n| a        | b                 |\n"
			"| c        | d                 |\n| e        | f                 |\n+----------+-------------------+\n";
		static const char narrow[] = "+-------+\n| a     |\n| b     |\n| c     |\n+-------+\n";
		static const char few[] = "+------------------------------+\n| a                            |\n"
			"| b                            |\n+------------------------------+\n";
		CHECK("boxes: a one-column box of three rows or more is pandoc's layout table",
			  dialect_of(raw, AP_FORMAT_AUTO) == DIALECT_BOXES);
		CHECK("boxes: ... not a table of several columns, a narrow drawing, a box of two rows, nor with the text format",
			  dialect_of(columns, AP_FORMAT_AUTO) == DIALECT_NONE &&
			  dialect_of(narrow, AP_FORMAT_AUTO) == DIALECT_NONE &&
			  dialect_of(few, AP_FORMAT_AUTO) == DIALECT_NONE &&
			  dialect_of(raw, AP_FORMAT_TEXT) == DIALECT_NONE);
		REWRITES_AS("boxes: borders and bars go, the text and a bar inside it stay; bars after the box stay",
					DIALECT_BOXES, raw,
					"Site\n\n\nDecember 16, 2025\n\nKelp Forests Return\n\nThe survey mapped the bay.\n"
					"Urchins ate them.   |  x\n\n| not a row\n| kept bars |\n");
	}
	{
		/* links and elinks centre <h1> far to the right on a wide page */
#define CENTRED "                                        "	/* forty spaces */
		static const char page[] = "   Home N\xc3\xa9ws Sport\n\n" CENTRED "Kelp Forests Return to the Bay\n\n"
			"   Share\n\n   Print\n\n   Subscribe\n\n   Kelp Divers Clear Urchins From the Deepest Sites\n\n"
			"   The survey, led by the Institute for Coastal Research, mapped 41 square kilometres of kelp, up "
			"from 6 in 2016.\n\n   Divers removed urchins by hand, working in teams along marked lines, and the "
			"state paid commercial divers to clear the deepest sites.\n";
		static const char row[] = "   Text.\n" CENTRED "Price   Size   Colour\nPrice" CENTRED "Size\n";
		static const char many[] =
			CENTRED "a\n" CENTRED "b\n" CENTRED "c\n" CENTRED "d\n" CENTRED "e\n" CENTRED "f\n" CENTRED "g\n"
			CENTRED "h\n" CENTRED "i\n" CENTRED "j\n" CENTRED "k\n" CENTRED "l\n" CENTRED "m\n" CENTRED "n\n"
			CENTRED "o\n" CENTRED "p\n" CENTRED "q\n" CENTRED "r\n" CENTRED "s\n" CENTRED "t\n" CENTRED "u\n";
		md_map		map;
		size_t		n;
		ap_result	pr;

		CHECK("centred: a line centred far to the right makes the dialect",
			  dialect_of(page, AP_FORMAT_AUTO) == DIALECT_CENTERED && dialect_of(page, AP_FORMAT_TEXT) == DIALECT_NONE);
		CHECK("centred: ... not a table's row with gaps inside (or a gap as wide as the indentation), nor twenty-one of them (a layout)",
			  dialect_of(row, AP_FORMAT_AUTO) == DIALECT_NONE && dialect_of(many, AP_FORMAT_AUTO) == DIALECT_NONE);
		{
			ap_arena   *ha = arena_new();
			size_t		nh = 99;
			md_heading *h = layout_headings(page, sizeof(page) - 1, DIALECT_NONE, AP_FORMAT_TEXT, ha, &nh);

			CHECK("centred: the line is a heading of level 1 at its text's code point",
				  nh == 1 && h[0].level == 1 && h[0].raw_cp == 20 + 40);
			h = layout_headings(many, sizeof(many) - 1, DIALECT_NONE, AP_FORMAT_TEXT, ha, &nh);
			CHECK_INT("centred: ... none on a page laid out so", nh, 0);
			arena_free(ha);
		}
		{
			/* elinks: numbered links and their list, and the centred <h1> */
			static const char el[] = "[1]Home [2]News\n" CENTRED "Kelp Forests Return\nText.\n"
				"References\n1. https://a.example/\n2. https://b.example/\n3. https://c.example/\n";
			char		eout[sizeof(el)];
			size_t		erefs = link_references_start(el, sizeof(el) - 1);

			n = markdown_rewrite(el, sizeof(el) - 1, DIALECT_LINK_NUMBERS, erefs, eout, &map);
			eout[n] = '\0';
			CHECK("centred: ... and in elinks' dump with its numbered links",
				  strcmp(eout, "Home News\nKelp Forests Return\nText.\n") == 0 && map.nheadings == 1 &&
				  map.headings[0].level == 1);
			markdown_map_free(&map);
		}
		ap_options_init(&opt);
		ap_parse(page, sizeof(page) - 1, &opt, &pr);
		CHECK("centred: the headline is the centred line, not the title-case line right above the article",
			  headline_is(&pr, "Kelp Forests Return to the Bay"));
		ap_result_free(&pr);
#undef CENTRED
	}
	{
		/* lynx indents a page's text by three spaces and prints its headings at the margin */
		static const char page[] = "   Home News Sport Weather\n\nKelp Forests Return to the Bay\n\n   Share\n\n   Print\n\n"
			"   Kelp Divers Clear Urchins From the Deepest Sites\n\n"
			"   The survey, led by the Institute for Coastal Research, mapped 41 square kilometres of kelp, up "
			"from 6 in 2016.\n\n   Divers removed urchins by hand, working in teams along marked lines, and the "
			"state paid commercial divers to clear the deepest sites.\n\n   The divers worked through the winter, "
			"when the water is clearest, and counted the urchins they removed.\n\n   The state will pay for two "
			"more years of the work, officials said on Tuesday.\n\nWhy the forests collapsed\n\n   Urchins ate "
			"them when the sea stars that kept them in check died of a wasting disease along the coast.\n";
		/* the same without the indentation, as w3m prints it: no line is at a margin of its own */
		static const char flat[] = "Home News Sport Weather\n\nKelp Forests Return to the Bay\n\n"
			"The survey, led by the Institute for Coastal Research, mapped 41 square kilometres of kelp.\n\n"
			"Divers removed urchins by hand, working in teams along marked lines.\n";
		ap_arena   *ha = arena_new();
		size_t		nh = 99;
		md_heading *h = layout_headings(page, sizeof(page) - 1, DIALECT_NONE, AP_FORMAT_TEXT, ha, &nh);
		ap_result	pr;

		CHECK("margin: in a dump indented by three spaces, the lines at the margin are headings, at their code points, "
			  "the first marked so",
			  nh == 2 && h[0].level == HEADING_FIRST_AT_MARGIN && h[0].raw_cp == 28 && h[1].level == HEADING_AT_MARGIN);
		h = layout_headings(flat, sizeof(flat) - 1, DIALECT_NONE, AP_FORMAT_TEXT, ha, &nh);
		CHECK("margin: ... none in a text that is not indented", nh == 0 && h == NULL);
		h = layout_headings("The survey mapped the bay last spring.\nDivers removed urchins by hand there.\n"
							"   They worked in teams along marked lines.\nThe state paid commercial divers too.\n"
							"The deepest sites were cleared last.\n", 196, DIALECT_NONE, AP_FORMAT_TEXT, ha, &nh);
		CHECK("margin: ... nor in one where an indented list sits among text at the margin", nh == 0);
		arena_free(ha);
		{
			/* lynx -dump with its defaults: numbered links and their list */
			static const char refs[] = "   [1]Home [2]News and [3]Sport\nKelp Forests Return to the Bay\n"
				"   The survey mapped the bay last spring, the institute said.\n"
				"   Divers removed urchins by hand, in teams along marked lines.\n"
				"References\n1. https://a.example/\n2. https://b.example/\n3. https://c.example/\n";
			char		rout[sizeof(refs)];
			md_map		rmap;

			(void) markdown_rewrite(refs, sizeof(refs) - 1, DIALECT_LINK_NUMBERS, link_references_start(refs, sizeof(refs) - 1),
									rout, &rmap);
			CHECK("margin: ... and in lynx's dump with its numbered links",
				  rmap.nheadings == 1 && rmap.headings[0].level == HEADING_FIRST_AT_MARGIN);
			markdown_map_free(&rmap);
		}
		ap_options_init(&opt);
		ap_parse(page, sizeof(page) - 1, &opt, &pr);
		CHECK("margin: the headline is the heading at the margin, not the indented title-case line above the article",
			  headline_is(&pr, "Kelp Forests Return to the Bay"));
		ap_result_free(&pr);
		/* five paragraphs as lynx indents them */
#define LYNX_ARTICLE \
	"   The survey, led by the Institute for Coastal Research, mapped 41 square kilometres of kelp, up " \
	"from 6 in 2016.\n\n   Divers removed urchins by hand, working in teams along marked lines, and " \
	"the state paid commercial divers to clear the deepest sites.\n\n   The divers worked through the " \
	"winter, when the water is clearest, and counted the urchins they removed.\n\n   The state will pay " \
	"for two more years of the work, officials said on Tuesday, and more divers will join.\n\n   Urchins " \
	"ate the kelp when the sea stars that kept them in check died of a wasting disease along the coast.\n"
		{
			/* the first heading at the margin over a later one nearer the article */
			static const char two[] = "   Home News Sport Weather\n\nKelp Forests Return to the Bay\n\n   Share\n\n"
				"   Print\n\n   Email\n\nDivers clear urchins from the deepest sites\n\n" LYNX_ARTICLE;

			ap_parse(two, sizeof(two) - 1, &opt, &pr);
			CHECK("margin: the first heading at the margin outweighs a later one",
				  headline_is(&pr, "Kelp Forests Return to the Bay"));
			ap_result_free(&pr);
		}
		{
			/* a line right above a heading, within a point of it, does not take its place unless a heading too */
			static const char above[] = "   Home News Sport Weather\n\n   Share\n\n"
				"   Kelp Divers Clear the Deepest Sites of Urchins\n\nDivers clear urchins from kelp\n\n" LYNX_ARTICLE;

			ap_parse(above, sizeof(above) - 1, &opt, &pr);
			CHECK("margin: a heading keeps its place over a line right above it that is none",
				  headline_is(&pr, "Divers clear urchins from kelp"));
			ap_result_free(&pr);
		}
#undef LYNX_ARTICLE
		opt.format = AP_FORMAT_TEXT;
		ap_parse(page, sizeof(page) - 1, &opt, &pr);
		CHECK("margin: ... also with the text format",
			  headline_is(&pr, "Kelp Forests Return to the Bay"));
		ap_result_free(&pr);
		ap_options_init(&opt);
	}
	{
		/* a parse of the html2text program's page: the title from its heading */
		static const char page[] = "Home\nNews\n****** Kelp Forests Return to the Bay ******\n"
			"The survey, led by the _Institute_for_Coastal_Research, mapped 41 square kilometres of kelp, up "
			"from 6 in 2016.\n***** Why the forests collapsed *****\n"
			"Divers removed urchins by hand, working in teams along marked lines, and the state paid commercial "
			"divers to clear the deepest sites.\n";
		ap_result	pr;

		ap_options_init(&opt);
		ap_parse(page, sizeof(page) - 1, &opt, &pr);
		CHECK("stars: the headline of the html2text program's page",
			  headline_is(&pr, "Kelp Forests Return to the Bay"));
		CHECK("stars: its paragraph reads its link's words", pr.n_paragraphs >= 1 &&
			  strstr(pr.paragraphs[0].text.ptr, "the Institute for Coastal Research, mapped") != NULL);
		ap_result_free(&pr);
	}
	{
		/* hostile input: bounded work, never longer than the input, every offset inside it */
		static const char *const units[] = {"[", "](", "![a](", "**_", "[a](b \"", "\\", "# ", "`", "[[a]](b)",
		"****** a\n", "_", "***** ******\n", "[a] ", " o ", "[a", "+--------------------+\n| a |\n", "|\n+"};
		size_t		n = 1 << 20;
		char	   *in = malloc(n),
				   *out = malloc(n + 1);
		bool		ok = true;

		for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++)
		{
			size_t		ul = strlen(units[u]),
						got;
			md_map		map;

			for (size_t i = 0; i < n; i++)
				in[i] = units[u][i % ul];
			got = markdown_rewrite(in, n, u < 9 ? DIALECT_MARKDOWN : u < 15 ? DIALECT_STAR_HEADINGS : DIALECT_BOXES, 0,
								   out, &map);
			ok = ok && got <= n && map.raw_cps == (int32_t) n;
			for (size_t k = 0; k < map.nshifts; k++)
				ok = ok && map.shifts[k].out_cp >= 0 && map.shifts[k].out_cp + map.shifts[k].shift <= map.raw_cps;
			markdown_map_free(&map);
		}
		CHECK("hostile: repeated syntax of one megabyte rewrites within bounds", ok);
		free(in);
		free(out);
	}
	return UNIT_DONE();
}
