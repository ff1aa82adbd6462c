/*
 * blocks.h — stage 3: lines to blocks, with hard-wrap and hyphenation merging.
 */
#ifndef AP_BLOCKS_H
#define AP_BLOCKS_H

#include "internal.h"

typedef struct block
{
	ltext		text;			/* normalized, one line, markup kept */
	bool		blank_before;	/* a blank line (or the start) precedes it */
	bool		blank_after;
	int32_t		lines;			/* input lines merged into it */
	bool		doubled;		/* printed twice or thrice in a row ("Caption Caption"): text is one copy */
	uint8_t		heading;		/* a heading's level (1-6, or HEADING_AT_MARGIN and the first of them), 0 for any other line */
} block;

/* the level of a heading lynx prints at the margin of a dump it indents (any of <h1> to <h6>) */
#define HEADING_AT_MARGIN 7
#define HEADING_FIRST_AT_MARGIN 8	/* ... the first of them */

/* Split normalized text into blocks (vec of block). */
void		blocks_split(ltext norm, ap_arena *arena, vec *blocks);

/*
 * The blocks come from a dump of a page's text nodes, one per line (a DOM
 * library's get_text with a newline separator): 20 blocks or more, under
 * 2% of them after a blank line.
 */
bool		blocks_text_node_dump(const block *blocks, size_t n);

#endif
