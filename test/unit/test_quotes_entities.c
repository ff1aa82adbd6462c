/* test_quotes_entities.c — stages 6-7 through ap_parse: speakers, partial quotes,
 * quotation mark styles, entity kinds and canonical names */
#include "ap.h"
#include "unit.h"

#include <string.h>

static ap_result res;

static void
parse(const char *doc)
{
	ap_options	o;

	ap_options_init(&o);
	o.clean = false;			/* every line is a paragraph */
	ap_result_free(&res);
	ap_parse(doc, strlen(doc), &o, &res);
}

static bool
eq(ap_str s, const char *want)
{
	if (!want)
		return s.ptr == NULL;
	return s.ptr && s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

/* quote i has this text and speaker */
static bool
quote_is(int i, const char *text, const char *speaker, bool partial)
{
	if (i >= res.n_quotes)
	{
		printf("# only %d quotes\n", res.n_quotes);
		return false;
	}
	ap_quote   *q = &res.quotes[i];
	bool		ok = eq(q->text, text) && eq(q->speaker, speaker) && q->partial == partial;

	if (!ok)
		printf("# quote %d: [%.*s] speaker [%.*s] partial %d\n", i, (int) q->text.len, q->text.ptr,
			   (int) q->speaker.len, q->speaker.ptr ? q->speaker.ptr : "", q->partial);
	return ok;
}

static const ap_entity *
entity(const char *name)
{
	for (int i = 0; i < res.n_entities; i++)
		if (eq(res.entities[i].name, name))
			return &res.entities[i];
	return NULL;
}

static bool
entity_is(const char *name, ap_entity_kind kind)
{
	const ap_entity *e = entity(name);

	if (!e || e->kind != kind)
	{
		printf("# entity %s: %s\n", name, e ? ap_kind_name(e->kind) : "missing");
		for (int i = 0; i < res.n_entities; i++)
			printf("#   have %.*s (%s)\n", (int) res.entities[i].name.len, res.entities[i].name.ptr,
				   ap_kind_name(res.entities[i].kind));
	}
	return e && e->kind == kind;
}

int
main(void)
{
	parse("Russian President Vladimir Putin spoke on Monday.\n"
		  "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Putin said. \xE2\x80\x9CThe rest is up to them.\xE2\x80\x9D\n");
	CHECK("reporting verb after the quote gives the speaker", quote_is(0, "We are ready,", "Vladimir Putin", false));
	CHECK("a second quote in the paragraph inherits the speaker", quote_is(1, "The rest is up to them.", "Vladimir Putin", false));
	CHECK("title and nationality stripped from the person", entity_is("Vladimir Putin", AP_KIND_PERSON));
	CHECK("nationality recognized", entity_is("Russian", AP_KIND_NATIONALITY));
	CHECK("surname counted as a mention of the full name", entity("Vladimir Putin") && entity("Vladimir Putin")->mentions == 2);
	CHECK_INT("quote offsets are code points into the paragraph", res.n_quotes ? res.quotes[0].start_offset : -1, 1);

	parse("Health Minister Anna Berg said: \xE2\x80\x9CThe hospitals are full.\xE2\x80\x9D\n");
	CHECK("'X said:' before the quote", quote_is(0, "The hospitals are full.", "Anna Berg", false));
	CHECK("speaker offsets point at the mention", res.n_quotes && res.quotes[0].speaker_src_start == 16 &&
		  res.quotes[0].speaker_src_end == 25);

	parse("\xE2\x80\x9CIt will not happen again,\xE2\x80\x9D said Chief Executive Tom Reyes.\n");
	CHECK("'said X' after the quote, title stripped", quote_is(0, "It will not happen again,", "Tom Reyes", false));

	parse("Senator Maria Lopez arrived late.\n"
		  "\xE2\x80\x9CI was stuck in traffic,\xE2\x80\x9D she said.\n");
	CHECK("pronoun resolves to the last subject", quote_is(0, "I was stuck in traffic,", "Maria Lopez", false));

	parse("The budget is \xE2\x80\x9C" "beyond repair,\xE2\x80\x9D" " according to economist Lena Fischer.\n");
	CHECK("partial quote with 'according to'", quote_is(0, "beyond repair,", "Lena Fischer", true));

	parse("Mayor John Park called the plan \xE2\x80\x9C" "a disaster\xE2\x80\x9D on Friday.\n");
	CHECK("partial quote takes the sentence subject", quote_is(0, "a disaster", "John Park", true));

	parse("\xC2\xAB Nous sommes pr\xC3\xAAts \xC2\xBB, a dit Jean Martin.\n"
		  "\xE2\x80\x9E" "Das ist gut\xE2\x80\x9C, sagte Klaus Weber.\n");
	CHECK_INT("guillemets and low-high quotes are paired", res.n_quotes, 2);
	CHECK("guillemet quote text", res.n_quotes > 0 && eq(res.quotes[0].text, " Nous sommes pr\xC3\xAAts "));
	CHECK("German quote text", res.n_quotes > 1 && eq(res.quotes[1].text, "Das ist gut"));

	parse("\xE2\x80\x9CShe told me, \xE2\x80\x98wait here,\xE2\x80\x99 and left,\xE2\x80\x9D Ana Silva said.\n");
	CHECK("nested single quotes stay inside the outer quote",
		  quote_is(0, "She told me, \xE2\x80\x98wait here,\xE2\x80\x99 and left,", "Ana Silva", false));

	parse("Kyiv\xE2\x80\x99s mayor and the council\xE2\x80\x99s leaders can\xE2\x80\x99t agree.\n");
	CHECK_INT("apostrophes are not quotes", res.n_quotes, 0);

	parse("Union leader Sam Hill said the talks had failed.\n"
		  "\xE2\x80\x9CWe asked for a fair deal. We got nothing.\n"
		  "\xE2\x80\x9CSo we will strike,\xE2\x80\x9D Hill said.\n");
	CHECK_INT("a multi-paragraph quote gives one quote per paragraph", res.n_quotes, 2);
	CHECK("first part of a multi-paragraph quote gets the speaker",
		  quote_is(0, "We asked for a fair deal. We got nothing.", "Sam Hill", false));

	parse("The North Atlantic Treaty Organization met in Brussels. NATO said it would respond.\n");
	CHECK("acronym resolves to its expansion in the article", entity_is("North Atlantic Treaty Organization", AP_KIND_ORGANIZATION) &&
		  entity("North Atlantic Treaty Organization")->mentions == 2);
	CHECK("capital city is a location", entity_is("Brussels", AP_KIND_LOCATION));

	parse("Officials in the U.S. said the US firm Northwind would build the Baltic Star pipeline.\n");
	CHECK("country alias canonicalized", entity_is("United States", AP_KIND_LOCATION));
	CHECK("name after an organization noun is an organization", entity_is("Northwind", AP_KIND_ORGANIZATION));
	CHECK("name before a facility noun is a location", entity_is("Baltic Star", AP_KIND_LOCATION));

	parse("Those warnings came early. Hysteria followed.\n");
	CHECK_INT("sentence-initial common words are not entities", res.n_entities, 0);

	parse("Trump spoke first. Later, President Donald Trump left.\n");
	CHECK("sentence-initial surname kept when the full name appears", entity("Donald Trump") &&
		  entity("Donald Trump")->mentions == 2);

	ap_result_free(&res);
	return UNIT_DONE();
}
