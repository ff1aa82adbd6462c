/*
 * ap.h — public interface of the article_parse core library.
 *
 * The core turns a raw article scrape (bytes, any quality of UTF-8) into a
 * structured parse: headline, byline, dateline, body paragraphs, dropped
 * boilerplate blocks with reasons, direct quotes with speakers, and named
 * entities with canonical names and every mention.  It has no PostgreSQL
 * dependency: memory and interrupt checks go through ap_hooks so that the
 * PostgreSQL glue can route them to palloc and CHECK_FOR_INTERRUPTS.
 *
 * All offsets named src_* are code point offsets into the raw input as
 * given (an invalid byte counts as one code point), end exclusive.
 */
#ifndef AP_H
#define AP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- hooks ------------------------------------------------------------ */

typedef struct ap_hooks
{
	/* allocate size bytes; must not return NULL (raise or abort instead) */
	void	   *(*alloc) (size_t size);
	void		(*release) (void *ptr);
	/* called every few thousand units of work; may longjmp (PostgreSQL) */
	void		(*check_interrupts) (void);
} ap_hooks;

/* Install hooks (NULL members keep the defaults: malloc/free/no-op). */
void		ap_set_hooks(const ap_hooks *hooks);

/* ---- options ------------------------------------------------------------ */

typedef enum ap_format
{
	AP_FORMAT_AUTO = 0,
	AP_FORMAT_TEXT,
	AP_FORMAT_HTML,
	AP_FORMAT_MARKDOWN
} ap_format;

typedef struct ap_patterns ap_patterns;	/* compiled user drop/keep patterns */

typedef struct ap_options
{
	ap_format	format;
	bool		clean;			/* false: every block is body */
	bool		quotes;			/* false: skip quote extraction */
	bool		entities;		/* false: skip entity recognition */
	const ap_patterns *drop;	/* blocks matching any are dropped (reason "pattern") */
	const ap_patterns *keep;	/* blocks matching any are kept as body */
} ap_options;

void		ap_options_init(ap_options *opt);

/*
 * Compile a set of PCRE2 patterns (UTF mode, case-sensitive unless the
 * pattern says (?i)).  On error returns NULL and writes a message naming the
 * pattern into errbuf.  Patterns are matched with match and depth limits, so
 * a catastrophic pattern gives a bounded result (no match), never a hang.
 * The result is allocated with malloc (it is meant to be cached for the life
 * of a process) and freed with ap_patterns_free.
 */
ap_patterns *ap_patterns_compile(const char *const *patterns, const size_t *lengths,
								 int count, char *errbuf, size_t errbuf_len);
void		ap_patterns_free(ap_patterns *p);

/* ---- result --------------------------------------------------------------- */

typedef enum ap_reason
{
	AP_REASON_ADVERTISEMENT = 0,
	AP_REASON_CAPTION,
	AP_REASON_DISCLAIMER,
	AP_REASON_RELATED,
	AP_REASON_DATELINE,
	AP_REASON_BYLINE,
	AP_REASON_FOOTER,
	AP_REASON_MARKUP,
	AP_REASON_NAVIGATION,
	AP_REASON_SHARE,
	AP_REASON_SUBSCRIBE,
	AP_REASON_COOKIE,
	AP_REASON_COMMENTS,
	AP_REASON_COPYRIGHT,
	AP_REASON_DUPLICATE,
	AP_REASON_PATTERN,
	AP_REASON_COUNT
} ap_reason;

/* stable lower-case name of a reason ("advertisement", "caption", ...) */
const char *ap_reason_name(ap_reason r);

typedef enum ap_entity_kind
{
	AP_KIND_PERSON = 0,
	AP_KIND_ORGANIZATION,
	AP_KIND_LOCATION,
	AP_KIND_NATIONALITY,
	AP_KIND_COUNT
} ap_entity_kind;

const char *ap_kind_name(ap_entity_kind k);

/* A string owned by the result: UTF-8, explicit length, also NUL-terminated. */
typedef struct ap_str
{
	const char *ptr;
	size_t		len;
} ap_str;

typedef struct ap_paragraph
{
	ap_str		text;
	int32_t		src_start,
				src_end;
} ap_paragraph;

typedef struct ap_dropped
{
	ap_str		text;			/* the block as normalized, markup kept */
	ap_reason	reason;
	int32_t		src_start,
				src_end;
} ap_dropped;

typedef struct ap_quote
{
	ap_str		text;			/* without the quotation marks */
	ap_str		speaker;		/* canonical name; ptr NULL when unknown */
	ap_str		cue;			/* reporting phrase; ptr NULL when none */
	int32_t		paragraph;		/* 1-based */
	bool		partial;
	int32_t		start_offset,	/* code points into the paragraph text */
				end_offset;
	int32_t		src_start,
				src_end;
	int32_t		speaker_src_start,	/* -1 when no speaker mention */
				speaker_src_end;
} ap_quote;

typedef struct ap_entity
{
	ap_str		name;			/* canonical */
	ap_entity_kind kind;
	int32_t		mentions;
	ap_str	   *aliases;
	int32_t		n_aliases;
	int32_t		first_paragraph;	/* 1-based */
} ap_entity;

typedef struct ap_mention
{
	ap_str		text;			/* surface form */
	int32_t		entity;			/* index into entities */
	int32_t		paragraph;		/* 1-based */
	int32_t		src_start,
				src_end;
} ap_mention;

typedef struct ap_arena ap_arena;

typedef struct ap_result
{
	ap_str		headline;		/* ptr NULL when none */
	ap_str		byline;
	ap_str		dateline;
	bool		has_timestamp;	/* dateline parsed to an absolute time */
	int64_t		timestamp;		/* seconds since 1970-01-01 UTC */

	ap_paragraph *paragraphs;
	int32_t		n_paragraphs;
	ap_dropped *dropped;
	int32_t		n_dropped;
	ap_quote   *quotes;
	int32_t		n_quotes;
	ap_entity  *entities;
	int32_t		n_entities;
	ap_mention *mentions;
	int32_t		n_mentions;

	ap_arena   *arena;			/* owns everything above */
} ap_result;

/*
 * Parse raw[0..len).  Never reads past len; raw need not be NUL-terminated.
 * Always succeeds (an empty or boilerplate-only input gives an empty parse);
 * out of memory is reported by the alloc hook.  Free with ap_result_free.
 */
void		ap_parse(const char *raw, size_t len, const ap_options *opt, ap_result *out);
void		ap_result_free(ap_result *res);

/* Body text only: paragraphs joined by "\n\n", allocated in res's arena. */
ap_str		ap_result_clean_text(ap_result *res);

#endif							/* AP_H */
