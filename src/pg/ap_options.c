/*
 * ap_options.c — the jsonb options document of article_parse functions and
 * the trigger, and the per-backend cache of compiled drop/keep pattern sets.
 *
 * Options: format ("auto" | "text" | "markdown" | "html"), clean, quotes, entities
 * (booleans), drop and keep (a PCRE2 pattern or an array of them).  Any
 * other key, a wrong type or value, or a pattern PCRE2 rejects raises
 * ERRCODE_INVALID_PARAMETER_VALUE naming the option.
 *
 * Pattern sets are compiled once per distinct list of pattern strings and
 * kept in a small malloc'd LRU cache for the life of the backend, so a query
 * over many rows compiles them once, not per row.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "ap_options.h"
#include "ap_pg.h"

#define PATTERN_CACHE_SIZE 16

typedef struct pattern_cache_entry
{
	char	   *key;			/* malloc'd; NULL for a free slot */
	size_t		keylen;
	ap_patterns *patterns;
	uint64		last_used;
} pattern_cache_entry;

static pattern_cache_entry pattern_cache[PATTERN_CACHE_SIZE];
static uint64 pattern_cache_clock;

#define OPTIONS_HINT "Valid options are \"format\", \"clean\", \"quotes\", \"entities\", \"drop\" and \"keep\"."

/* the pattern list of one option, as server-encoded strings */
typedef struct pattern_list
{
	const char **ptr;
	size_t	   *len;
	int			count;
} pattern_list;

/* key of a pattern list: for each pattern its length then its bytes */
static char *
pattern_key(const pattern_list *pl, size_t *keylen)
{
	StringInfoData key;
	int			i;

	initStringInfo(&key);
	for (i = 0; i < pl->count; i++)
	{
		uint32		len = (uint32) pl->len[i];

		appendBinaryStringInfo(&key, (const char *) &len, sizeof(len));
		appendBinaryStringInfo(&key, pl->ptr[i], (int) pl->len[i]);
	}
	*keylen = key.len;
	return key.data;
}

static ap_patterns *
compile_patterns(const char *option, const pattern_list *pl)
{
	const char **utf8 = palloc(sizeof(char *) * pl->count);
	size_t	   *lens = palloc(sizeof(size_t) * pl->count);
	char		errbuf[512];
	ap_patterns *p;
	int			i;

	for (i = 0; i < pl->count; i++)
	{
		int			len = (int) pl->len[i];

		utf8[i] = ap_pg_to_utf8(pl->ptr[i], &len);
		lens[i] = len;
	}
	errbuf[0] = '\0';
	p = ap_patterns_compile(utf8, lens, pl->count, errbuf, sizeof(errbuf));
	if (p == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("article_parse option \"%s\" has an invalid pattern", option),
				 errdetail("%s", errbuf),
				 errhint("Patterns use PCRE2 syntax.")));
	return p;
}

/* compiled patterns for pl, from the cache or compiled and cached now */
static const ap_patterns *
cached_patterns(const char *option, const pattern_list *pl)
{
	size_t		keylen;
	char	   *key = pattern_key(pl, &keylen);
	pattern_cache_entry *slot = &pattern_cache[0];
	int			i;

	for (i = 0; i < PATTERN_CACHE_SIZE; i++)
	{
		pattern_cache_entry *e = &pattern_cache[i];

		if (e->key && e->keylen == keylen && memcmp(e->key, key, keylen) == 0)
		{
			e->last_used = ++pattern_cache_clock;
			return e->patterns;
		}
		/* prefer a free slot, else the least recently used one */
		if (slot->key && (!e->key || e->last_used < slot->last_used))
			slot = e;
	}

	{
		ap_patterns *compiled = compile_patterns(option, pl);
		char	   *stored = malloc(keylen > 0 ? keylen : 1);

		if (stored == NULL)
		{
			ap_patterns_free(compiled);
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		}
		memcpy(stored, key, keylen);
		/* the evicted set is never in use: the one in use was just touched */
		if (slot->key)
		{
			free(slot->key);
			ap_patterns_free(slot->patterns);
		}
		slot->key = stored;
		slot->keylen = keylen;
		slot->patterns = compiled;
		slot->last_used = ++pattern_cache_clock;
		return compiled;
	}
}

static void
pattern_type_error(const char *option)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("article_parse option \"%s\" must be a string or an array of strings", option),
			 errhint("Give a PCRE2 pattern such as \"^Advertisement\" or a list of them.")));
}

/* drop / keep: a string or an array of strings; NULL for an empty array */
static const ap_patterns *
patterns_option(const char *option, JsonbValue *v)
{
	pattern_list pl = {0};

	if (v->type == jbvString)
	{
		pl.ptr = palloc(sizeof(char *));
		pl.len = palloc(sizeof(size_t));
		pl.ptr[0] = v->val.string.val;
		pl.len[0] = v->val.string.len;
		pl.count = 1;
	}
	else if (v->type == jbvBinary && JsonContainerIsArray(v->val.binary.data) &&
			 !JsonContainerIsScalar(v->val.binary.data))
	{
		int			n = JsonContainerSize(v->val.binary.data);
		JsonbIterator *it = JsonbIteratorInit(v->val.binary.data);
		JsonbValue	elem;
		JsonbIteratorToken tok;

		pl.ptr = palloc(sizeof(char *) * (n + 1));
		pl.len = palloc(sizeof(size_t) * (n + 1));
		while ((tok = JsonbIteratorNext(&it, &elem, true)) != WJB_DONE)
		{
			if (tok != WJB_ELEM)
				continue;
			if (elem.type != jbvString)
				pattern_type_error(option);
			pl.ptr[pl.count] = elem.val.string.val;
			pl.len[pl.count++] = elem.val.string.len;
		}
	}
	else
		pattern_type_error(option);
	return pl.count > 0 ? cached_patterns(option, &pl) : NULL;
}

static bool
bool_option(const char *option, JsonbValue *v)
{
	if (v->type != jbvBool)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("article_parse option \"%s\" must be a boolean", option),
				 errhint("Use true or false.")));
	return v->val.boolean;
}

static ap_format
format_option(JsonbValue *v)
{
	static const struct
	{
		const char *name;
		ap_format	format;
	}			formats[] = {
		{"auto", AP_FORMAT_AUTO}, {"text", AP_FORMAT_TEXT}, {"markdown", AP_FORMAT_MARKDOWN},
		{"html", AP_FORMAT_HTML}
	};
	int			i;

	for (i = 0; v->type == jbvString && i < lengthof(formats); i++)
		if (v->val.string.len == strlen(formats[i].name) &&
			memcmp(v->val.string.val, formats[i].name, v->val.string.len) == 0)
			return formats[i].format;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("article_parse option \"format\" must be \"auto\", \"text\", \"markdown\" or \"html\""),
			 errhint("\"auto\" detects Markdown; the others force one format.")));
	return AP_FORMAT_AUTO;		/* not reached */
}

void
ap_pg_options(Jsonb *jb, ap_options *opt)
{
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;

	if (!JB_ROOT_IS_OBJECT(jb))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("article_parse options must be a JSON object"),
				 errhint("Pass options like '{\"format\": \"text\", \"quotes\": false}'.")));

	it = JsonbIteratorInit(&jb->root);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		char	   *key;

		if (tok != WJB_KEY)
			continue;
		key = pnstrdup(v.val.string.val, v.val.string.len);
		tok = JsonbIteratorNext(&it, &v, true);
		Assert(tok == WJB_VALUE);

		if (strcmp(key, "format") == 0)
			opt->format = format_option(&v);
		else if (strcmp(key, "clean") == 0)
			opt->clean = bool_option(key, &v);
		else if (strcmp(key, "quotes") == 0)
			opt->quotes = bool_option(key, &v);
		else if (strcmp(key, "entities") == 0)
			opt->entities = bool_option(key, &v);
		else if (strcmp(key, "drop") == 0)
			opt->drop = patterns_option(key, &v);
		else if (strcmp(key, "keep") == 0)
			opt->keep = patterns_option(key, &v);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized article_parse option \"%s\"", key),
					 errhint(OPTIONS_HINT)));
	}
}
