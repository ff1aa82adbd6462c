/* test_blocks.c — stage 3: lines to blocks, hard-wrap and hyphenation merging */
#include "blocks.h"
#include "normalize.h"
#include "unit.h"

/* lines of hard-wrapped paragraphs */
#define WRAPPED_LINES \
	"The committee met on Tuesday to consider the proposal, which would\n" \
	"change how the city pays for road repairs over the next ten years and\n" \
	"shift part of the cost to the regional government from next spring.\n"
#define WRAPPED_LINES_2 \
	"Members of the public were invited to speak, and several residents\n" \
	"described potholes that had gone unrepaired for more than two years,\n"

/* a paragraph wrapped at 76 columns, ten of whose lines go on with a capital or digit */
#define FILLED_PARAGRAPH \
	"The Harbour Board said on Monday that Eastside Ferries, Northshore Transit\n" \
	"and the City of Port Alder will run a joint timetable from March 3, 2025 at\n" \
	"7:00 AM Eastern Time until the end of the summer season, when Riverside\n" \
	"Terminal reopens after repairs. Tickets bought from Eastside Ferries will be\n" \
	"valid on Northshore Transit boats, and Port Alder residents will keep their\n" \
	"discount on every route. The Board said that Riverside Terminal needed new\n" \
	"pontoons, a new waiting room and a new ramp for wheelchairs, and that\n" \
	"Westgate Marine had won the contract after a tender last autumn. Passengers\n" \
	"who travel at Peak Hours should allow more time, because Harbour Street will\n" \
	"be closed to cars between Quay Road and Market Lane while the work goes on.\n" \
	"Northshore Transit said it would add two boats on Saturdays and Sundays, and\n" \
	"Eastside Ferries said it would publish the joint timetable on its website\n" \
	"and at every pier by the end of February. Riders with questions can call the\n" \
	"Harbour Board office on weekdays, or ask the staff at Central Pier, who will\n" \
	"have printed copies of the timetable in English, French and Spanish. The\n" \
	"Board thanked Port Alder Council, Westgate Marine and the Ferry Users Group\n" \
	"for their help with the plan, and said it would report on the first month of\n" \
	"the joint service at its April meeting in the Town Hall on Harbour Street,\n" \
	"which is open to the public. Members of the Ferry Users Group said they\n" \
	"welcomed the plan but asked the Board to keep the late boat on Fridays. The\n" \
	"Board said it would consider that request at the April meeting as well.\n" \
	"Eastside Ferries will also trial contactless payment on the Central Pier\n" \
	"route, and Northshore Transit will extend its student discount to every\n" \
	"College in the region from the same date. Port Alder Council said it would\n" \
	"pay for new signs at the piers.\n"

static vec
split(ap_arena *a, const char *s)
{
	int32_t		cps;
	vec			v;
	ltext		t = normalize_text(s, strlen(s), a, &cps);

	vec_init(&v, sizeof(block));
	blocks_split(t, a, &v);
	return v;
}

/* sixty short menu lines ("Menu entry for section number 07"), each followed by sep */
static void
append_menu(sbuf *doc, const char *sep)
{
	char		entry[96];

	for (int k = 0; k < 60; k++)
	{
		snprintf(entry, sizeof(entry), "Menu entry for section number %02d%s", k, sep);
		sbuf_append(doc, entry, strlen(entry));
	}
}

static bool
block_is(vec *v, size_t i, const char *want)
{
	if (i >= v->n)
		return false;
	ltext		t = VEC_AT(v, block, i).text;

	if (t.len != strlen(want) || memcmp(t.s, want, t.len) != 0)
	{
		printf("# block %zu is [%.*s]\n", i, (int) t.len, t.s);
		return false;
	}
	return true;
}

int
main(void)
{
	ap_arena   *a = arena_new();
	vec			v;

	v = split(a, "Headline Here\n\nFirst paragraph.\nSecond line.\n");
	CHECK_INT("single newlines separate blocks", v.n, 3);
	CHECK("blank_before set after a blank line", VEC_AT(&v, block, 1).blank_before);
	CHECK("blank_before not set after a single newline", !VEC_AT(&v, block, 2).blank_before);
	vec_free(&v);

	v = split(a, "A hiker on the ridge above the lake A hiker on the ridge above the lake\n\n"
			  "Riders at the new stopRiders at the new stopRiders at the new stop\n\n"
			  "The bus runs every ten minutes; the bus runs every ten minutes\n\n"
			  "----------------------------------------------------------------\n");
	CHECK("a line printed twice, a space apart, keeps one copy",
		  block_is(&v, 0, "A hiker on the ridge above the lake") && VEC_AT(&v, block, 0).doubled);
	CHECK("... printed three times glued, one copy",
		  block_is(&v, 1, "Riders at the new stop") && VEC_AT(&v, block, 1).doubled);
	CHECK("... a sentence that repeats in other case is kept whole",
		  block_is(&v, 2, "The bus runs every ten minutes; the bus runs every ten minutes") &&
		  !VEC_AT(&v, block, 2).doubled);
	CHECK("... a rule line is not a repeat", v.n == 4 && VEC_AT(&v, block, 3).text.len == 64 &&
		  !VEC_AT(&v, block, 3).doubled);
	vec_free(&v);
	{
		/* a line that says one sentence 24 times (three copies of eight) is text, not a caption printed thrice */
		char		longline[24 * 38 + 1];

		longline[0] = '\0';
		for (int k = 0; k < 24; k++)
			strcat(longline, "The council met and talked for hours. ");
		longline[strlen(longline) - 1] = '\0';
		v = split(a, longline);
		CHECK("... a line repeating one sentence is kept whole",
			  v.n == 1 && VEC_AT(&v, block, 0).text.len == strlen(longline) && !VEC_AT(&v, block, 0).doubled);
		vec_free(&v);
	}

	v = split(a, "The government said the pro-\ngramme would start in May.\n");
	CHECK_INT("hyphenated line break merges", v.n, 1);
	CHECK("hyphen removed when the next line starts lower case", block_is(&v, 0, "The government said the programme would start in May."));
	vec_free(&v);

	v = split(a, "The council said the well-\nknown route would stay and the re-\nsidents cheered.\n");
	CHECK("a hyphen between two dictionary words stays at a line break",
		  block_is(&v, 0, "The council said the well-known route would stay and the residents cheered."));
	vec_free(&v);

	v = split(a, "The Zorblat-\nquin plan starts in May.\n");
	CHECK("... parts the dictionary lacks lose the hyphen", block_is(&v, 0, "The Zorblatquin plan starts in May."));
	vec_free(&v);

	v = split(a, "She met Jean-\nPierre at noon.\n");
	CHECK_INT("hyphen before a capital is not a soft break", v.n, 2);
	vec_free(&v);

	v = split(a,
			  WRAPPED_LINES
			  "\n"
			  WRAPPED_LINES_2
			  "while business owners asked for the work to be done outside peak hours.\n"
			  "\n"
			  "A final vote is expected next month after a second round of hearings\n"
			  "in which the transport department will present detailed cost estimates.\n");
	CHECK_INT("hard-wrapped paragraphs merge into three blocks", v.n, 3);
	CHECK("wrapped lines joined with a space",
		  block_is(&v, 2, "A final vote is expected next month after a second round of hearings in which the transport department will present detailed cost estimates."));
	CHECK_INT("a merged block counts its lines", VEC_AT(&v, block, 0).lines, 3);
	vec_free(&v);

	v = split(a, "Home\nWorld\nBusiness\nA sentence that goes on and does not end\nwith a full stop on this line.\n");
	CHECK_INT("lower-case continuation merges in an unwrapped text", v.n, 4);
	vec_free(&v);
	v = split(a, "\u2022 A culture channel in the team chat to use for virtual \u201Cwater cooler\u201D\nhangouts.\n\n"
			  "\u201CThe routes start in the spring,\u201D\nshe said.\n\n"
			  "\u201CWe are pleased with the result.\u201D\nthe mayor's office wrote.\n");
	CHECK("... also after a closing quote that ends a phrase",
		  block_is(&v, 0, "\u2022 A culture channel in the team chat to use for virtual \u201Cwater cooler\u201D hangouts."));
	CHECK("... or a comma", block_is(&v, 1, "\u201CThe routes start in the spring,\u201D she said."));
	CHECK("... not after one that ends a sentence", v.n == 4 && block_is(&v, 2, "\u201CWe are pleased with the result.\u201D"));
	vec_free(&v);

	/* text-browser nested lists: "+" and "o" items are not continuations */
	v = split(a, "     * Wines\n          + Level 1 Award in Wines for new students\n"
			  "               o German beer explained - 28 January 2026\n"
			  "               o Belgium: small country, big beer culture - 28 January 2026\n");
	CHECK_INT("nested \"o\" items under a \"+\" item stay separate lines", v.n, 4);
	vec_free(&v);
	v = split(a, "The prefeitura said that after the vote the new plan would pass to o\n"
			  "o governo estadual, which will pay for half of the works next year.\n");
	CHECK_INT("a line opening with the word \"o\" still continues a sentence", v.n, 1);
	vec_free(&v);
	v = split(a,
			  WRAPPED_LINES
			  WRAPPED_LINES_2
			  "and the courses on offer at the school this year, in order, are these\n"
			  "+ Level 1 Award in Wines\n+ Level 2 Award in Wines\n");
	CHECK_INT("a \"+\" item does not continue a hard-wrapped line", v.n, 3);
	vec_free(&v);

	/* unwrapped lines: a line in lower case goes on a sentence, not a title-case line */
	v = split(a, "The council said on Tuesday that the new bus routes\nwould start in the spring.\n\n"
			  "Guide to the New Bus Routes in the Eastern Suburbs\nwritten by Our Editors\n\n"
			  "Guide to the new bus routes in the eastern suburbs\nwritten by Our Editors\n");
	CHECK("unwrapped: a lower-case line goes on the sentence above it",
		  block_is(&v, 0, "The council said on Tuesday that the new bus routes would start in the spring."));
	CHECK("... not a title-case line (a byline under a title)",
		  block_is(&v, 1, "Guide to the New Bus Routes in the Eastern Suburbs") && block_is(&v, 2, "written by Our Editors") &&
		  block_is(&v, 3, "Guide to the new bus routes in the eastern suburbs written by Our Editors"));
	vec_free(&v);

	/* a dump of text nodes, one per line and no blank line: inline elements broke the sentences */
#define TEXT_NODE_MENU "Home\nNews\nWorld\nBusiness\nScience\nSport\nCulture\nTravel\nOpinion\nVideo\n" \
	"Podcasts\nNewsletters\nAbout us\nContact\nCareers\nAdvertise\n"
	v = split(a, TEXT_NODE_MENU
			  "Kelp Forests Return to the Bay\n"
			  "The survey, led by the\n"
			  "Institute for Coastal Research\n"
			  ", mapped 41 square kilometres of kelp, up from\n"
			  "6 square kilometres\n"
			  "in 2016.\n"
			  "Divers removed urchins by hand, working in teams along marked lines, and the state paid "
			  "commercial divers to clear the deepest sites.\n"
			  "Why the forests collapsed\n");
	CHECK_INT("text node dump: a sentence broken at its links is one block", v.n, 16 + 4);
	CHECK("... joined after a word no sentence ends with, before punctuation with no space",
		  block_is(&v, 17, "The survey, led by the Institute for Coastal Research, mapped 41 square kilometres of kelp, "
				   "up from 6 square kilometres in 2016."));
	CHECK("... a title and a sentence's end stay apart", block_is(&v, 16, "Kelp Forests Return to the Bay") &&
		  block_is(&v, 19, "Why the forests collapsed"));
	vec_free(&v);
	{
		/* {title, the line under it, a name, the check, block 16, block 17 (NULL: joined into 16)} */
		static const char *const bys[][6] = {
			{"Video Production Process: A Complete Guide", "by", "Jacob Trussell",
			 "... \"by\" alone opens a byline, no continuation of the title",
			 "Video Production Process: A Complete Guide", "by"},
			{"Mini-Lang: An Inference Engine in a Nutshell", "by:", "The Team", "... and \"by:\"",
			 "Mini-Lang: An Inference Engine in a Nutshell", "by:"},
			{"Eleven Plus Size Clothing Brands", "written by", "Our Editors",
			 "... and one word before it: \"written by\"", "Eleven Plus Size Clothing Brands", "written by"},
			{"Eleven Plus Size Clothing Brands", "chosen for you by", "Our Editors", "... not after more words",
			 "Eleven Plus Size Clothing Brands chosen for you by Our Editors", NULL},
		};
		char		doc[1024];

		for (size_t k = 0; k < sizeof(bys) / sizeof(bys[0]); k++)
		{
			snprintf(doc, sizeof(doc), "%s%s\n%s\n%s\n%s\n", TEXT_NODE_MENU, bys[k][0], bys[k][1], bys[k][2],
					 "Video is the most engaging format on the web, and planning it well saves weeks of work later on.");
			v = split(a, doc);
			CHECK(bys[k][3], block_is(&v, 16, bys[k][4]) && (bys[k][5] == NULL || block_is(&v, 17, bys[k][5])));
			vec_free(&v);
		}
	}
	v = split(a, TEXT_NODE_MENU "Kelp Forests Return to the Bay\nRelated:\nUrchin Numbers Fall Along the Coast\n"
			  "Jane Roe\nsays:\nThe divers did the real work here.\n"
			  "Divers removed urchins by hand.\nRead more:\nWhy the forests collapsed\n");
	CHECK("... a capitalized label of three words or fewer joins its value",
		  block_is(&v, 17, "Related: Urchin Numbers Fall Along the Coast") &&
		  block_is(&v, 21, "Read more: Why the forests collapsed"));
	CHECK("... \"says:\" under a name joins the name only", block_is(&v, 18, "Jane Roe says:") &&
		  block_is(&v, 19, "The divers did the real work here.") );
	vec_free(&v);
	v = split(a, TEXT_NODE_MENU "Kelp Forests Return to the Bay\nWhat the survey of the bay found:\n"
			  "Urchin numbers fell along the coast\nRead the report from the\nCoastal Survey:\n"
			  "Urchin numbers fell along the coast\n");
	CHECK("... a longer line ending in ':' stays apart", block_is(&v, 17, "What the survey of the bay found:"));
	CHECK("... as does a label that ends a joined line",
		  block_is(&v, 19, "Read the report from the Coastal Survey:"));
	vec_free(&v);
#define TEXT_NODE_LONG "Divers removed urchins by hand, working in teams along marked lines, and the state paid " \
	"commercial divers to clear the deepest sites.\n"
	v = split(a, TEXT_NODE_MENU "Kelp Forests Return to the Bay\n"
			  "Most routers let you point the\nDNS\nserver address at your own resolver, and on my\nROG\n"
			  "router the setting sits next to the\nDHCP\nPi-Hole\noptions.\n"
			  "Setting Up a Resolver for Your Home Network\nJane\nin networking\n" TEXT_NODE_LONG);
	CHECK("... a one-word inline element inside a sentence joins it",
		  block_is(&v, 17, "Most routers let you point the DNS server address at your own resolver, and on my ROG "
				   "router the setting sits next to the DHCP Pi-Hole options."));
	CHECK("... not under a title whose last word is capitalized",
		  block_is(&v, 18, "Setting Up a Resolver for Your Home Network") && block_is(&v, 19, "Jane in networking"));
	vec_free(&v);
	v = split(a, TEXT_NODE_MENU "Kelp Forests Return to the Bay\n"
			  "Most routers let you set\nDNS\nDHCP\nNTP\nservers at one address.\n"
			  "Most routers\nDNS\nservers at one address.\n"
			  "Most routers let you set\nDNS\nDHCP\nservers at one address.\n" TEXT_NODE_LONG);
	CHECK("... nor after three such words in a row, nor after a short line",
		  block_is(&v, 17, "Most routers let you set") && block_is(&v, 21, "Most routers"));
	CHECK("... two in a row join", block_is(&v, 23, "Most routers let you set DNS DHCP servers at one address."));
	vec_free(&v);
	v = split(a, TEXT_NODE_MENU "Kelp Forests Return to the Bay\n"
			  "The survey was paid for by brands such as\nPatagonia\n,\nIKEA\n,\nVolvo\n, and\nLego\n.\n"
			  TEXT_NODE_LONG);
	CHECK("... a list of them between commas joins (a comma's line is not one of the words)",
		  block_is(&v, 17, "The survey was paid for by brands such as Patagonia, IKEA, Volvo, and Lego."));
	vec_free(&v);
	v = split(a, "Home\nNews\nWorld\n"
			  "The survey, led by the\n"
			  "Institute for Coastal Research\n"
			  ", mapped 41 square kilometres.\n");
	CHECK_INT("... not in a short text", v.n, 3 + 3);
	vec_free(&v);
	v = split(a, TEXT_NODE_MENU
			  "\nThe survey, led by the\n\nInstitute for Coastal Research\n\n, mapped 41 square kilometres.\n");
	CHECK_INT("... nor where blank lines separate paragraphs", v.n, 16 + 3);
	vec_free(&v);
	v = split(a, TEXT_NODE_MENU "\nThe council met.\n\nIt voted.\n\nIt rose.\n\nSign up for the\nMorning Briefing\n\n"
			  "It ended.\n\nIt rained.\n\nIt cleared.\n");
	CHECK("... so two lines of a text browser's dump stay apart", block_is(&v, 19, "Sign up for the") &&
		  block_is(&v, 20, "Morning Briefing"));
	vec_free(&v);

	{
		/*
		 * a page of short menu lines around two paragraphs wrapped at 76
		 * columns: few of its longer lines are near that width, but many
		 * are filled to it
		 */
		sbuf		doc;
		char		entry[96];
		const char *whole = "The Harbour Board said on Monday that Eastside Ferries, Northshore Transit and the City of Port Alder will run a joint timetable from March 3, 2025 at 7:00 AM Eastern Time until the end of the summer season, when Riverside Terminal reopens after repairs. Tickets bought from Eastside Ferries will be valid on Northshore Transit boats, and Port Alder residents will keep their discount on every route. The Board said that Riverside Terminal needed new pontoons, a new waiting room and a new ramp for wheelchairs, and that Westgate Marine had won the contract after a tender last autumn. Passengers who travel at Peak Hours should allow more time, because Harbour Street will be closed to cars between Quay Road and Market Lane while the work goes on. Northshore Transit said it would add two boats on Saturdays and Sundays, and Eastside Ferries said it would publish the joint timetable on its website and at every pier by the end of February. Riders with questions can call the Harbour Board office on weekdays, or ask the staff at Central Pier, who will have printed copies of the timetable in English, French and Spanish. The Board thanked Port Alder Council, Westgate Marine and the Ferry Users Group for their help with the plan, and said it would report on the first month of the joint service at its April meeting in the Town Hall on Harbour Street, which is open to the public. Members of the Ferry Users Group said they welcomed the plan but asked the Board to keep the late boat on Fridays. The Board said it would consider that request at the April meeting as well. Eastside Ferries will also trial contactless payment on the Central Pier route, and Northshore Transit will extend its student discount to every College in the region from the same date. Port Alder Council said it would pay for new signs at the piers.";

		sbuf_init(&doc);
		append_menu(&doc, "\n\n");
		sbuf_append(&doc, FILLED_PARAGRAPH "\n" FILLED_PARAGRAPH, strlen(FILLED_PARAGRAPH "\n" FILLED_PARAGRAPH));
		v = split(a, doc.s);
		CHECK("lines filled to a width on a page of short lines are joined, capitals or not",
			  block_is(&v, 60, whole) && block_is(&v, 61, whole));
		CHECK_INT("... and the menu lines stay apart", v.n, 62);
		vec_free(&v);
		sbuf_free(&doc);

		/* on that page, a line broken early because its next word was too long to fit after it */
		sbuf_init(&doc);
		append_menu(&doc, "\n\n");
		sbuf_append(&doc, FILLED_PARAGRAPH "\n" FILLED_PARAGRAPH "\n", strlen(FILLED_PARAGRAPH "\n" FILLED_PARAGRAPH "\n"));
#define BROKEN_EARLY "The Board will also ask the regional council to pay for new\n" \
	"telecommunications equipment at the piers.\n\n" \
	"Timetable changes for the summer season on every route\n" \
	"The Board said more boats would run.\n\n" \
	"Download the timetable\n" \
	"https://harbour-board.example/timetables/summer-2025-joint-service.pdf\n"
		sbuf_append(&doc, BROKEN_EARLY, strlen(BROKEN_EARLY));
		v = split(a, doc.s);
		CHECK("a wrapped line whose next word would not have fit after it is joined",
			  block_is(&v, 62, "The Board will also ask the regional council to pay for new "
					   "telecommunications equipment at the piers."));
		CHECK("... not one whose next word would have, nor a line shorter than half the width",
			  block_is(&v, 63, "Timetable changes for the summer season on every route") &&
			  block_is(&v, 64, "The Board said more boats would run.") &&
			  block_is(&v, 65, "Download the timetable"));
		vec_free(&v);
		sbuf_free(&doc);

		/* a text node dump (no blank lines) whose sentences fill to a width is read as a dump */
		sbuf_init(&doc);
		append_menu(&doc, "\n");
		for (int k = 0; k < 30; k++)
		{
			snprintf(entry, sizeof(entry), "Route %02d will run every ten minutes from the depot next spring.\n", k);
			sbuf_append(&doc, entry, strlen(entry));
		}
		v = split(a, doc.s);
		CHECK_INT("... but a text node dump's sentences filled to a width stay apart", v.n, 90);
		vec_free(&v);
		sbuf_free(&doc);
	}

	v = split(a, "");
	CHECK_INT("empty text has no blocks", v.n, 0);
	vec_free(&v);

	v = split(a, "\n\n   \n\t\n");
	CHECK_INT("white space only has no blocks", v.n, 0);
	vec_free(&v);

	arena_free(a);
	return UNIT_DONE();
}
