/*
 * stub_core.c — THROWAWAY STUB of the core library declared in ap.h.
 *
 * It exists only so that the PostgreSQL glue (src/pg) and the test
 * pipeline can be built and exercised before the real core is merged.
 * DELETE THIS FILE when merging the real core sources in src/core.
 *
 * What it does (deliberately naive): decodes the input leniently to code
 * points, splits it into blocks on blank lines, takes the first block as
 * the headline, drops blocks containing "AD BOX" (advertisement) or
 * matching user drop patterns, recognizes "By ..." bylines and "... ago" /
 * "YYYY-MM-DD" datelines, finds “...” quotes followed by "<Name> said",
 * and takes runs of capitalized words as entities (a single word that ends
 * a longer name becomes its alias).  Patterns are really compiled with PCRE2
 * so option errors are real.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <utf8proc.h>

#include "ap.h"

/* ---- hooks ------------------------------------------------------------- */

static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
		abort();
	return p;
}

static void
default_check(void)
{
}

static ap_hooks hooks = {default_alloc, free, default_check};

void
ap_set_hooks(const ap_hooks *h)
{
	hooks.alloc = (h && h->alloc) ? h->alloc : default_alloc;
	hooks.release = (h && h->release) ? h->release : free;
	hooks.check_interrupts = (h && h->check_interrupts) ? h->check_interrupts : default_check;
}

/* ---- arena: every allocation is a chunk in a list ---------------------- */

typedef union chunk
{
	union chunk *next;
	max_align_t align;
} chunk;

struct ap_arena
{
	chunk	   *head;
};

static void *
arena_alloc(ap_arena *a, size_t size)
{
	chunk	   *c = hooks.alloc(sizeof(chunk) + size);

	c->next = a->head;
	a->head = c;
	return c + 1;
}

/* grow *arr (elements of elem bytes) so that index n fits */
static void
vec_reserve(ap_arena *a, void **arr, int n, int *cap, size_t elem)
{
	void	   *bigger;

	if (n < *cap)
		return;
	*cap = *cap ? *cap * 2 : 8;
	bigger = arena_alloc(a, (size_t) *cap * elem);
	if (n > 0)
		memcpy(bigger, *arr, (size_t) n * elem);
	*arr = bigger;
}

/* ---- options and patterns ---------------------------------------------- */

void
ap_options_init(ap_options *opt)
{
	opt->format = AP_FORMAT_AUTO;
	opt->clean = true;
	opt->quotes = true;
	opt->entities = true;
	opt->drop = NULL;
	opt->keep = NULL;
}

struct ap_patterns
{
	int			count;
	pcre2_code **code;
	pcre2_match_context *mctx;
};

ap_patterns *
ap_patterns_compile(const char *const *patterns, const size_t *lengths,
					int count, char *errbuf, size_t errbuf_len)
{
	ap_patterns *p = calloc(1, sizeof(ap_patterns));
	int			i;

	if (p == NULL || (p->code = calloc((size_t) (count > 0 ? count : 1), sizeof(pcre2_code *))) == NULL)
	{
		snprintf(errbuf, errbuf_len, "out of memory");
		free(p);
		return NULL;
	}
	p->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(p->mctx, 100000);
	pcre2_set_depth_limit(p->mctx, 1000);
	for (i = 0; i < count; i++)
	{
		int			err;
		PCRE2_SIZE	off;

		p->code[i] = pcre2_compile((PCRE2_SPTR) patterns[i], lengths[i], PCRE2_UTF,
								   &err, &off, NULL);
		p->count = i + 1;
		if (p->code[i] == NULL)
		{
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(err, msg, sizeof(msg));
			snprintf(errbuf, errbuf_len, "pattern \"%.*s\": %s at offset %zu",
					 (int) lengths[i], patterns[i], (char *) msg, (size_t) off);
			ap_patterns_free(p);
			return NULL;
		}
	}
	return p;
}

void
ap_patterns_free(ap_patterns *p)
{
	int			i;

	if (p == NULL)
		return;
	for (i = 0; i < p->count; i++)
		pcre2_code_free(p->code[i]);
	pcre2_match_context_free(p->mctx);
	free(p->code);
	free(p);
}

static bool
patterns_match(const ap_patterns *p, ap_str s)
{
	int			i;
	bool		found = false;

	for (i = 0; p && i < p->count && !found; i++)
	{
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(p->code[i], NULL);

		found = pcre2_match(p->code[i], (PCRE2_SPTR) s.ptr, s.len, 0, 0, md, p->mctx) >= 0;
		pcre2_match_data_free(md);
	}
	return found;
}

/* ---- names ------------------------------------------------------------- */

const char *
ap_reason_name(ap_reason r)
{
	static const char *const names[AP_REASON_COUNT] = {
		"advertisement", "caption", "disclaimer", "related", "dateline",
		"byline", "footer", "markup", "navigation", "share", "subscribe",
		"cookie", "comments", "copyright", "duplicate", "pattern"
	};

	return (r >= 0 && r < AP_REASON_COUNT) ? names[r] : "unknown";
}

const char *
ap_kind_name(ap_entity_kind k)
{
	static const char *const names[AP_KIND_COUNT] = {
		"person", "organization", "location", "nationality"
	};

	return (k >= 0 && k < AP_KIND_COUNT) ? names[k] : "unknown";
}

/* ---- parsing ----------------------------------------------------------- */

typedef struct parser
{
	ap_arena   *arena;
	int32_t    *cp;				/* decoded code points */
	int32_t		n;
	ap_result  *res;
	int			cap_par,
				cap_drop,
				cap_quote,
				cap_ent,
				cap_men;
} parser;

static bool
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x200B;
}

static bool
is_upper(int32_t c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_letter(int32_t c)
{
	return (c >= 'a' && c <= 'z') || is_upper(c) || c == '\'';
}

/* UTF-8 copy of cp[a..b) in the arena; white space becomes a plain space */
static ap_str
encode(parser *ps, int32_t a, int32_t b)
{
	char	   *buf = arena_alloc(ps->arena, (size_t) (b - a) * 4 + 1);
	size_t		len = 0;
	int32_t		i;
	ap_str		s;

	for (i = a; i < b; i++)
		len += (size_t) utf8proc_encode_char(is_space(ps->cp[i]) ? ' ' : ps->cp[i],
											 (utf8proc_uint8_t *) buf + len);
	buf[len] = '\0';
	s.ptr = buf;
	s.len = len;
	return s;
}

static bool
cp_has_prefix(const parser *ps, int32_t at, int32_t end, const char *ascii)
{
	for (; *ascii; ascii++, at++)
		if (at >= end || ps->cp[at] != (unsigned char) *ascii)
			return false;
	return true;
}

/* days since 1970-01-01 of a proleptic Gregorian date */
static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t		era,
				yoe,
				doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* "YYYY-MM-DD" at the start of a block gives an absolute time */
static bool
parse_iso_date(const char *s, size_t len, int64_t *secs)
{
	int			y,
				m,
				d;

	if (len < 10 || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	*secs = days_from_civil(y, m, d) * 86400;
	return true;
}

static void
add_paragraph(parser *ps, ap_str text, int32_t a, int32_t b)
{
	ap_result  *r = ps->res;
	ap_paragraph *p;

	vec_reserve(ps->arena, (void **) &r->paragraphs, r->n_paragraphs, &ps->cap_par, sizeof(ap_paragraph));
	p = &r->paragraphs[r->n_paragraphs++];
	p->text = text;
	p->src_start = a;
	p->src_end = b;
}

static void
add_dropped(parser *ps, ap_str text, ap_reason why, int32_t a, int32_t b)
{
	ap_result  *r = ps->res;
	ap_dropped *d;

	vec_reserve(ps->arena, (void **) &r->dropped, r->n_dropped, &ps->cap_drop, sizeof(ap_dropped));
	d = &r->dropped[r->n_dropped++];
	d->text = text;
	d->reason = why;
	d->src_start = a;
	d->src_end = b;
}

static void
classify_block(parser *ps, const ap_options *opt, int32_t a, int32_t b, int index)
{
	ap_result  *r = ps->res;
	ap_str		text = encode(ps, a, b);
	int64_t		secs;

	if (!opt->clean || patterns_match(opt->keep, text))
		add_paragraph(ps, text, a, b);
	else if (strstr(text.ptr, "AD BOX"))
		add_dropped(ps, text, AP_REASON_ADVERTISEMENT, a, b);
	else if (patterns_match(opt->drop, text))
		add_dropped(ps, text, AP_REASON_PATTERN, a, b);
	else if (index == 0 && !strchr(".!?", text.ptr[text.len - 1]))
		r->headline = text;
	else if (r->byline.ptr == NULL && text.len < 80 && strncmp(text.ptr, "By ", 3) == 0)
	{
		r->byline = text;
		add_dropped(ps, text, AP_REASON_BYLINE, a, b);
	}
	else if (r->dateline.ptr == NULL && text.len < 40 &&
			 (strstr(text.ptr, " ago") || parse_iso_date(text.ptr, text.len, &secs)))
	{
		r->dateline = text;
		r->has_timestamp = parse_iso_date(text.ptr, text.len, &r->timestamp);
		add_dropped(ps, text, AP_REASON_DATELINE, a, b);
	}
	else
		add_paragraph(ps, text, a, b);
}

/* blocks are separated by lines holding only white space */
static void
split_blocks(parser *ps, const ap_options *opt)
{
	int32_t		i = 0,
				start = -1,
				last = -1;
	int			index = 0;

	while (i <= ps->n)
	{
		int32_t		eol = i;
		bool		blank = true;

		while (eol < ps->n && ps->cp[eol] != '\n')
			blank &= is_space(ps->cp[eol++]);
		if (!blank)
		{
			int32_t		s = i;

			while (is_space(ps->cp[s]))
				s++;
			if (start < 0)
				start = s;
			last = eol;
			while (last > start && is_space(ps->cp[last - 1]))
				last--;
		}
		if ((blank || eol >= ps->n) && start >= 0)
		{
			hooks.check_interrupts();
			classify_block(ps, opt, start, last, index++);
			start = -1;
		}
		i = eol + 1;
	}
}

/* run of capitalized words starting at i; returns its end (exclusive) */
static int32_t
name_end(const parser *ps, int32_t i, int32_t end, int *words)
{
	int32_t		e = i;

	*words = 0;
	while (e < end && is_upper(ps->cp[e]))
	{
		int32_t		w = e + 1;

		while (w < end && is_letter(ps->cp[w]))
			w++;
		if (w - e < 2)
			break;
		(*words)++;
		e = w;
		if (!(e + 1 < end && ps->cp[e] == ' ' && is_upper(ps->cp[e + 1])))
			break;
		e++;
	}
	return (*words > 0) ? e : i;
}

static int
find_entity(const ap_result *r, ap_str name)
{
	int			i,
				j;

	for (i = 0; i < r->n_entities; i++)
	{
		const ap_entity *e = &r->entities[i];

		if (e->name.len == name.len && memcmp(e->name.ptr, name.ptr, name.len) == 0)
			return i;
		for (j = 0; j < e->n_aliases; j++)
			if (e->aliases[j].len == name.len && memcmp(e->aliases[j].ptr, name.ptr, name.len) == 0)
				return i;
	}
	return -1;
}

/* index of an entity whose multi-word name ends with " <word>", else -1 */
static int
find_surname_owner(const ap_result *r, ap_str word)
{
	int			i;

	for (i = 0; i < r->n_entities; i++)
	{
		ap_str		n = r->entities[i].name;

		if (n.len > word.len + 1 && n.ptr[n.len - word.len - 1] == ' ' &&
			memcmp(n.ptr + n.len - word.len, word.ptr, word.len) == 0)
			return i;
	}
	return -1;
}

static bool
followed_by_said(const parser *ps, int32_t at, int32_t end)
{
	return cp_has_prefix(ps, at, end, " said");
}

static int
add_entity(parser *ps, ap_str name, ap_entity_kind kind, int paragraph)
{
	ap_result  *r = ps->res;
	ap_entity  *e;

	vec_reserve(ps->arena, (void **) &r->entities, r->n_entities, &ps->cap_ent, sizeof(ap_entity));
	e = &r->entities[r->n_entities];
	memset(e, 0, sizeof(*e));
	e->name = name;
	e->kind = kind;
	e->first_paragraph = paragraph;
	return r->n_entities++;
}

static void
add_alias(parser *ps, ap_entity *e, ap_str alias)
{
	int			i;
	ap_str	   *more;

	for (i = 0; i < e->n_aliases; i++)
		if (e->aliases[i].len == alias.len && memcmp(e->aliases[i].ptr, alias.ptr, alias.len) == 0)
			return;
	more = arena_alloc(ps->arena, sizeof(ap_str) * (size_t) (e->n_aliases + 1));
	if (e->n_aliases > 0)
		memcpy(more, e->aliases, sizeof(ap_str) * (size_t) e->n_aliases);
	more[e->n_aliases++] = alias;
	e->aliases = more;
}

/* pass 2 collects multi-word names, pass 1 single words (aliases of those) */
static void
collect_entities(parser *ps, int pass)
{
	ap_result  *r = ps->res;
	int			p;

	for (p = 0; p < r->n_paragraphs; p++)
	{
		int32_t		a = r->paragraphs[p].src_start,
					b = r->paragraphs[p].src_end,
					i = a;

		while (i < b)
		{
			int			words;
			int32_t		e = (i == a || !is_letter(ps->cp[i - 1])) ? name_end(ps, i, b, &words) : i;
			bool		sentence_start = (i == a) || ps->cp[i - 1] == 0x201C ||
				(i >= a + 2 && ps->cp[i - 2] < 128 && ps->cp[i - 2] != 0 &&
				 strchr(".!?", (int) ps->cp[i - 2]));

			if (e == i)
			{
				i++;
				continue;
			}
			if ((pass == 2) == (words > 1) && !(sentence_start && words == 1))
			{
				ap_str		name = encode(ps, i, e);
				int			idx = find_entity(r, name);
				ap_mention *m;

				if (idx < 0 && pass == 1 && (idx = find_surname_owner(r, name)) >= 0)
					add_alias(ps, &r->entities[idx], name);
				if (idx < 0)
				{
					ap_entity_kind kind = AP_KIND_LOCATION;

					if (followed_by_said(ps, e, b) || words > 1)
						kind = AP_KIND_PERSON;
					else if (name.len >= 2 && is_upper((unsigned char) name.ptr[1]))
						kind = AP_KIND_ORGANIZATION;
					idx = add_entity(ps, name, kind, p + 1);
				}
				r->entities[idx].mentions++;
				vec_reserve(ps->arena, (void **) &r->mentions, r->n_mentions, &ps->cap_men, sizeof(ap_mention));
				m = &r->mentions[r->n_mentions++];
				m->text = name;
				m->entity = idx;
				m->paragraph = p + 1;
				m->src_start = i;
				m->src_end = e;
			}
			i = e;
		}
	}
}

/* most mentioned first (stable), mention indexes remapped */
static void
sort_entities(parser *ps)
{
	ap_result  *r = ps->res;
	ap_entity  *sorted;
	int		   *newpos;
	int			i,
				j,
				k = 0;
	int32_t		most = 0;

	if (r->n_entities == 0)
		return;
	sorted = arena_alloc(ps->arena, sizeof(ap_entity) * (size_t) r->n_entities);
	newpos = arena_alloc(ps->arena, sizeof(int) * (size_t) r->n_entities);
	for (i = 0; i < r->n_entities; i++)
		if (r->entities[i].mentions > most)
			most = r->entities[i].mentions;
	for (; most > 0; most--)
		for (i = 0; i < r->n_entities; i++)
			if (r->entities[i].mentions == most)
			{
				newpos[i] = k;
				sorted[k++] = r->entities[i];
			}
	for (j = 0; j < r->n_mentions; j++)
		r->mentions[j].entity = newpos[r->mentions[j].entity];
	r->entities = sorted;
}

static void
find_quotes(parser *ps)
{
	ap_result  *r = ps->res;
	int			p;

	for (p = 0; p < r->n_paragraphs; p++)
	{
		int32_t		a = r->paragraphs[p].src_start,
					b = r->paragraphs[p].src_end,
					i;

		for (i = a; i < b; i++)
		{
			int32_t		close = i + 1,
						s,
						e;
			ap_quote   *q;
			int			words;

			if (ps->cp[i] != 0x201C)
				continue;
			while (close < b && ps->cp[close] != 0x201D)
				close++;
			if (close >= b)
				break;
			vec_reserve(ps->arena, (void **) &r->quotes, r->n_quotes, &ps->cap_quote, sizeof(ap_quote));
			q = &r->quotes[r->n_quotes++];
			memset(q, 0, sizeof(*q));
			q->text = encode(ps, i + 1, close);
			q->paragraph = p + 1;
			q->partial = strchr(q->text.ptr, ' ') == NULL;
			q->start_offset = i + 1 - a;
			q->end_offset = close - a;
			q->src_start = i + 1;
			q->src_end = close;
			q->speaker_src_start = q->speaker_src_end = -1;
			s = close + 1;
			while (s < b && (ps->cp[s] == ' ' || ps->cp[s] == ','))
				s++;
			e = name_end(ps, s, b, &words);
			if (e > s && followed_by_said(ps, e, b))
			{
				int			idx = find_entity(r, encode(ps, s, e));

				q->speaker = idx >= 0 ? r->entities[idx].name : encode(ps, s, e);
				q->cue = encode(ps, e + 1, e + 5);
				q->speaker_src_start = s;
				q->speaker_src_end = e;
			}
			i = close;
		}
	}
}

/* decode leniently: invalid bytes become U+FFFD, NUL becomes a space */
static void
decode(parser *ps, const char *raw, size_t len)
{
	size_t		i = 0;

	ps->cp = arena_alloc(ps->arena, sizeof(int32_t) * (len + 1));
	ps->n = 0;
	while (i < len)
	{
		utf8proc_int32_t c;
		utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *) raw + i,
												 (utf8proc_ssize_t) (len - i), &c);

		if (step < 1)
		{
			c = 0xFFFD;
			step = 1;
		}
		ps->cp[ps->n++] = (c == 0) ? ' ' : c;
		i += (size_t) step;
	}
	ps->cp[ps->n] = 0;
}

void
ap_parse(const char *raw, size_t len, const ap_options *opt, ap_result *out)
{
	parser		ps;
	ap_options	defaults;
	ap_arena   *arena = hooks.alloc(sizeof(ap_arena));

	if (opt == NULL)
	{
		ap_options_init(&defaults);
		opt = &defaults;
	}
	memset(out, 0, sizeof(*out));
	memset(&ps, 0, sizeof(ps));
	arena->head = NULL;
	out->arena = arena;
	ps.arena = arena;
	ps.res = out;
	decode(&ps, raw, len);
	split_blocks(&ps, opt);
	if (opt->entities)
	{
		collect_entities(&ps, 2);
		collect_entities(&ps, 1);
		sort_entities(&ps);
	}
	if (opt->quotes)
		find_quotes(&ps);
}

void
ap_result_free(ap_result *res)
{
	chunk	   *c;

	if (res == NULL || res->arena == NULL)
		return;
	c = res->arena->head;
	while (c)
	{
		chunk	   *next = c->next;

		hooks.release(c);
		c = next;
	}
	hooks.release(res->arena);
	memset(res, 0, sizeof(*res));
}

ap_str
ap_result_clean_text(ap_result *res)
{
	size_t		total = 0,
				at = 0;
	int			i;
	char	   *buf;
	ap_str		s;

	for (i = 0; i < res->n_paragraphs; i++)
		total += res->paragraphs[i].text.len + 2;
	buf = arena_alloc(res->arena, total + 1);
	for (i = 0; i < res->n_paragraphs; i++)
	{
		if (i > 0)
		{
			memcpy(buf + at, "\n\n", 2);
			at += 2;
		}
		memcpy(buf + at, res->paragraphs[i].text.ptr, res->paragraphs[i].text.len);
		at += res->paragraphs[i].text.len;
	}
	buf[at] = '\0';
	s.ptr = buf;
	s.len = at;
	return s;
}
