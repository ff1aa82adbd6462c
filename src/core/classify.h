/*
 * classify.h — stage 4: label every block as headline, byline, dateline,
 * body, or dropped boilerplate with a reason.
 */
#ifndef AP_CLASSIFY_H
#define AP_CLASSIFY_H

#include "blocks.h"

typedef enum block_role
{
	ROLE_BODY = 0,
	ROLE_HEADLINE,
	ROLE_BYLINE,
	ROLE_DATELINE,
	ROLE_DROP
} block_role;

typedef struct block_label
{
	block_role	role;
	ap_reason	reason;			/* when role != ROLE_BODY/HEADLINE */
	/* byte range inside the block of the byline name / time expression */
	size_t		value_start,
				value_end;
	bool		has_value;
	/*
	 * a dateline block that also names the author, before or after the
	 * date ("Jane Roe March 4, 2025", "March 4, 2025 by Jane Roe"): bytes
	 * [name_start, name_end); name_end 0 when it does not
	 */
	size_t		name_start,
				name_end;
	/* a byline block that also states the time: the time expression */
	size_t		time_start,
				time_end;
	bool		has_time;
} block_label;

/*
 * Label blocks[0..n).  labels must have n entries.  opt may carry user
 * drop/keep patterns; opt->clean == false makes every block body.
 */
void		classify_blocks(const block *blocks, size_t n, const ap_options *opt,
							block_label *labels);

/* Remove markup tags from a block's text (for body paragraphs). */
ltext		strip_markup(ltext t, ap_arena *arena);

/* Find a date/time expression in s[0..len); byte range of the first one
 * (with a leading "Updated"/"Published" keyword) to the end of the last. */
bool		find_time_expression(const char *s, size_t len, size_t *start, size_t *end);

#endif
