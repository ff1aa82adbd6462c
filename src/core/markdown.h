/*
 * markdown.h — scrapes stored as Markdown: detection and rewriting into
 * the shape of a text browser's dump before normalization.
 */
#ifndef AP_MARKDOWN_H
#define AP_MARKDOWN_H

#include "internal.h"

/*
 * True when raw[0..len) reads as Markdown: it holds MARKDOWN_MIN_LINKS or
 * more inline links or images ("[text](address)"), and one at least in
 * every MARKDOWN_BYTES_PER_LINK bytes (a converter prints every menu entry
 * as a link; an article quoting a few links in Markdown is not Markdown).
 * A text browser's dump prints link text without addresses.
 */
#define MARKDOWN_MIN_LINKS 3
#define MARKDOWN_BYTES_PER_LINK 4096
bool		markdown_detect(const char *raw, size_t len);

/*
 * Where the list of link addresses that closes a text browser's dump
 * starts ("References", then "1. https://…" lines, as lynx -dump prints
 * them), or len when there is none: the dump ends with LINK_REFERENCES_MIN
 * or more numbered addresses under a "References" line, and nothing else.
 */
#define LINK_REFERENCES_MIN 3
size_t		link_references_start(const char *raw, size_t len);

/* the syntaxes rewritten before normalization */
typedef enum scrape_dialect
{
	DIALECT_NONE,				/* plain text: no rewrite */
	DIALECT_MARKDOWN,
	DIALECT_LINK_NUMBERS,		/* "[12]Home" markers and a closing list of addresses */
	DIALECT_STAR_HEADINGS,		/* "***** Title *****": the html2text program's headings */
	DIALECT_BOXES,				/* "+-----+" / "| text |": a one-column box drawn around text (pandoc) */
	DIALECT_CENTERED			/* headings centred far to the right (links and elinks print <h1> so) */
} scrape_dialect;

/*
 * The rewrite raw[0..len) needs under the format option: Markdown when
 * forced or detected, link numbers when a list of links closes the dump
 * (*link_list then receives where it starts), star headings when two or
 * more headings print between runs of stars ("***** Title *****"), one of
 * five stars or six, boxes when a one-column box drawn in ASCII holds
 * BOX_ROWS_MIN lines or more, centred headings when a line or a few are
 * centred far to the right, else none.
 */
scrape_dialect scrape_dialect_of(const char *raw, size_t len, ap_format format, size_t *link_list);

/*
 * One offset change of a rewrite: from output code point out_cp on, the
 * raw code point is out_cp + shift.
 */
typedef struct md_shift
{
	int32_t		out_cp;
	int32_t		shift;
} md_shift;

/* a heading ("# Title"): the raw code point its text starts at, its level 1-6 */
typedef struct md_heading
{
	int32_t		raw_cp;
	uint8_t		level;
} md_heading;

/* what a rewrite learnt: offset changes in output order, headings in raw order */
typedef struct md_map
{
	md_shift   *shifts;
	size_t		nshifts;
	md_heading *headings;
	size_t		nheadings;
	int32_t		raw_cps;		/* code points of the raw input */
} md_map;

/*
 * Rewrite Markdown raw[0..len) as plain text into out (room for len
 * bytes; the result is never longer): link text without its address,
 * no images (their alt text is no part of the article's text; a caption
 * is printed apart), headings, block quotes and emphasis without marks,
 * backslash escapes resolved, and rules, table delimiter rows, code
 * fences and link reference definitions removed (their line stays, empty).
 * Bullets ("* ", "- ") and code blocks stay as they are.  With
 * DIALECT_LINK_NUMBERS, only a text browser's link numbers ("[12]") and
 * its closing list of addresses, from byte link_list on, go; with
 * DIALECT_STAR_HEADINGS, only the stars around headings (the lines of a
 * heading wrapped over several join); with DIALECT_BOXES, only the lines
 * and bars of one-column boxes (a border line stays, empty).  Fills *map
 * (free with markdown_map_free).  Returns the bytes written.
 */
size_t		markdown_rewrite(const char *raw, size_t len, scrape_dialect dialect, size_t link_list, char *out,
							 md_map *map);
void		markdown_map_free(md_map *map);

/*
 * normalize_text over the rewrite of raw, with every offset of the result
 * pointing into raw: the same contract as normalize_text.  *headings
 * (in arena) and *nheadings receive the headings.
 */
ltext		markdown_normalize(const char *raw, size_t len, scrape_dialect dialect, size_t link_list,
							   ap_arena *arena, int32_t *raw_cps, md_heading **headings, size_t *nheadings);

/*
 * Plain text needs no rewrite for its layout's headings (normalize_text
 * drops indentation): the centred lines of raw[0..len) as headings of
 * level 1 (DIALECT_CENTERED), and in a dump whose text is indented by three
 * spaces, as lynx prints pages, the lines at the margin as headings of level
 * HEADING_AT_MARGIN; in raw order, in arena (NULL when none); *nheadings
 * receives how many.  dialect is what scrape_dialect_of gave for format:
 * the centred lines are counted here only when it did not look for them
 * (format text).
 */
md_heading *layout_headings(const char *raw, size_t len, scrape_dialect dialect, ap_format format,
							ap_arena *arena, size_t *nheadings);

/* set the heading level of every block that is a heading's line */
struct block;
void		markdown_mark_headings(struct block *blocks, size_t n, const md_heading *headings, size_t nheadings);

#endif
