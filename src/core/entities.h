/*
 * entities.h — stage 7: named entities, their kinds, canonical names and
 * every mention.
 */
#ifndef AP_ENTITIES_H
#define AP_ENTITIES_H

#include "tokens.h"

typedef struct para_view
{
	ltext		text;			/* kept paragraph, markup stripped */
	vec			toks;			/* token */
} para_view;

typedef struct ent_mention
{
	int32_t		para;			/* 0-based */
	uint32_t	start,
				end;			/* bytes in the paragraph */
	uint32_t	phrase_start;	/* start of the name phrase with titles */
	int32_t		entity;			/* index into ent_result.entities */
	bool		subject;		/* not the object of a preposition or verb */
} ent_mention;

typedef struct ent_entity
{
	const char *name;			/* canonical, arena */
	size_t		name_len;
	ap_entity_kind kind;
	int32_t		mentions;
	int32_t		first_para;
	uint32_t	first_start;
	vec			aliases;		/* ap_str, arena strings */
} ent_entity;

typedef struct ent_result
{
	vec			entities;		/* ent_entity, most mentioned first */
	vec			mentions;		/* ent_mention, in text order */
} ent_result;

void		entities_find(const para_view *paras, size_t n, ap_arena *arena, ent_result *out);
void		entities_free(ent_result *r);

#endif
