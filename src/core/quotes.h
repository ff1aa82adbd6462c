/*
 * quotes.h — stage 6: direct quotations and their speakers.
 */
#ifndef AP_QUOTES_H
#define AP_QUOTES_H

#include "entities.h"

typedef struct quote_span
{
	int32_t		para;			/* 0-based */
	uint32_t	start,
				end;			/* bytes of the quoted text, marks excluded */
	bool		partial;
	int32_t		speaker;		/* entity index or -1 */
	int32_t		speaker_mention;	/* index into ent_result.mentions or -1 */
	const char *cue;			/* static string or NULL */
	size_t		cue_len;
} quote_span;

void		quotes_find(const para_view *paras, size_t n, const ent_result *ents, vec *quotes);

#endif
