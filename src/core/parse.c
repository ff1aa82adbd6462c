/*
 * parse.c — owns stage 8 and the entry point: runs the stages in order
 * (a Markdown or link-list rewrite when the scrape needs one, normalize,
 * blocks, classify, tokens, entities, quotes) and assembles
 * the ap_result in its arena, converting byte positions in normalized text
 * to code point offsets into the raw input.
 */
#include "classify.h"
#include "markdown.h"
#include "normalize.h"
#include "quotes.h"
#include "timeparse.h"

static const char *const reason_names[AP_REASON_COUNT] = {
	"advertisement", "caption", "disclaimer", "related", "dateline", "byline", "footer",
	"markup", "navigation", "share", "subscribe", "cookie", "comments", "copyright",
	"duplicate", "pattern"
};

static const char *const kind_names[AP_KIND_COUNT] = {
	"person", "organization", "location", "nationality"
};

const char *
ap_reason_name(ap_reason r)
{
	return (r >= 0 && r < AP_REASON_COUNT) ? reason_names[r] : "unknown";
}

const char *
ap_kind_name(ap_entity_kind k)
{
	return (k >= 0 && k < AP_KIND_COUNT) ? kind_names[k] : "unknown";
}

void
ap_options_init(ap_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	opt->format = AP_FORMAT_AUTO;
	opt->clean = true;
	opt->quotes = true;
	opt->entities = true;
}

/* ---- offsets ------------------------------------------------------------- */

static int32_t
src_start_of(ltext t, size_t b)
{
	return b < t.len ? t.src[b] : t.src[t.len];
}

static int32_t
src_end_of(ltext t, size_t e)
{
	return e == 0 ? t.src[0] : t.src[e - 1] + 1;
}

static ap_str
arena_str(ap_arena *a, const char *s, size_t len)
{
	ap_str		r;

	r.ptr = arena_strndup(a, s, len);
	r.len = len;
	return r;
}

/* ---- duplicate paragraphs ------------------------------------------------- */

typedef struct seen_set
{
	uint64_t   *hashes;
	size_t		cap,
				n;
} seen_set;

/* true when h was already present */
static bool
seen_add(seen_set *s, uint64_t h)
{
	if ((s->n + 1) * 2 > s->cap)
	{
		uint64_t   *old = s->hashes;
		size_t		oldcap = s->cap;

		s->cap = s->cap ? s->cap * 2 : 64;
		s->hashes = ap_alloc0(s->cap * sizeof(uint64_t));
		s->n = 0;
		for (size_t i = 0; i < oldcap; i++)
			if (old[i])
				seen_add(s, old[i]);
		ap_release(old);
	}
	size_t		i = h & (s->cap - 1);

	while (s->hashes[i])
	{
		if (s->hashes[i] == h)
			return true;
		i = (i + 1) & (s->cap - 1);
	}
	s->hashes[i] = h;
	s->n++;
	return false;
}

/* ---- entry point ------------------------------------------------------------ */

void
ap_parse(const char *raw, size_t len, const ap_options *opt_in, ap_result *out)
{
	ap_options	opt;
	ap_arena   *arena;
	ltext		norm;
	int32_t		raw_cps = 0;
	vec			blocks,
				paras,
				dropped,
				quotes;
	block_label *labels;
	ent_result	ents;
	seen_set	seen = {0};
	ptrdiff_t		headline_block = -1;
	scrape_dialect dialect;
	size_t		link_list = 0;
	md_heading *headings = NULL;
	size_t		nheadings = 0;

	if (opt_in)
		opt = *opt_in;
	else
		ap_options_init(&opt);
	memset(out, 0, sizeof(*out));
	arena = arena_new();
	out->arena = arena;
	if (raw == NULL)
	{
		raw = "";
		len = 0;
	}
	dialect = scrape_dialect_of(raw, len, opt.format, &link_list);
	if (dialect == DIALECT_NONE || dialect == DIALECT_CENTERED)
	{
		norm = normalize_text(raw, len, arena, &raw_cps);
		headings = layout_headings(raw, len, dialect, opt.format, arena, &nheadings);
	}
	else
		norm = markdown_normalize(raw, len, dialect, link_list, arena, &raw_cps, &headings, &nheadings);
	vec_init(&blocks, sizeof(block));
	blocks_split(norm, arena, &blocks);
	markdown_mark_headings(blocks.items, blocks.n, headings, nheadings);
	labels = ap_alloc((blocks.n ? blocks.n : 1) * sizeof(block_label));
	classify_blocks(blocks.items, blocks.n, &opt, labels);

	/* body paragraphs (markup stripped, duplicates dropped) */
	vec_init(&paras, sizeof(para_view));
	vec_init(&dropped, sizeof(ap_dropped));
	for (size_t i = 0; i < blocks.n; i++)
	{
		block	   *b = &VEC_AT(&blocks, block, i);

		ap_tick();
		if (labels[i].role == ROLE_BODY)
		{
			ltext		t = strip_markup(b->text, arena);

			if (t.len == 0)
				continue;
			/* a repeated paragraph is dropped; short lines (subheadings such as "Pros") may repeat */
			if (t.len >= 60 && seen_add(&seen, (ap_hash_text(t.s, t.len) | 1)))
			{
				labels[i].role = ROLE_DROP;
				labels[i].reason = AP_REASON_DUPLICATE;
			}
			else
			{
				para_view  *p = vec_push(&paras);

				p->text = t;
				vec_init(&p->toks, sizeof(token));
			}
		}
	}
	for (size_t i = 0; i < blocks.n; i++)
	{
		block	   *b = &VEC_AT(&blocks, block, i);
		block_label *l = &labels[i];

		if (l->role == ROLE_HEADLINE && paras.n > 0 && headline_block < 0)
		{
			ltext		t = b->text;

			if (l->has_value)
			{
				/* the last part of a breadcrumb trail */
				t.s += l->value_start;
				t.src += l->value_start;
				t.len = l->value_end - l->value_start;
			}
			t = strip_markup(t, arena);
			headline_block = (ptrdiff_t) i;
			out->headline = arena_str(arena, t.s, t.len);
			continue;
		}
		if (l->role == ROLE_BODY)
			continue;
		if (l->role == ROLE_HEADLINE)
			l->reason = AP_REASON_NAVIGATION;
		if (paras.n > 0 && l->has_value && l->value_end > l->value_start)
		{
			ap_str		v = arena_str(arena, b->text.s + l->value_start, l->value_end - l->value_start);

			if (l->role == ROLE_BYLINE && !out->byline.ptr)
			{
				out->byline = v;
				if (l->has_time && !out->dateline.ptr)
					out->dateline = arena_str(arena, b->text.s + l->time_start, l->time_end - l->time_start);
			}
			else if (l->role == ROLE_DATELINE && !out->dateline.ptr)
			{
				out->dateline = v;
				if (l->name_end > l->name_start && !out->byline.ptr)
					out->byline = arena_str(arena, b->text.s + l->name_start, l->name_end - l->name_start);
			}
		}
		ap_dropped *d = vec_push(&dropped);

		d->text = arena_str(arena, b->text.s, b->text.len);
		d->reason = l->reason;
		d->src_start = src_start_of(b->text, 0);
		d->src_end = src_end_of(b->text, b->text.len);
	}
	if (out->dateline.ptr)
		out->has_timestamp = parse_timestamp(out->dateline.ptr, out->dateline.len, &out->timestamp);

	/* tokens, entities, quotes: cleaning alone needs no tokens */
	for (size_t i = 0; (opt.entities || opt.quotes) && i < paras.n; i++)
	{
		para_view  *p = &VEC_AT(&paras, para_view, i);

		tokenize(p->text.s, p->text.len, &p->toks);
		if ((i & 63) == 0)
			ap_check_interrupts();
	}
	memset(&ents, 0, sizeof(ents));
	vec_init(&ents.entities, sizeof(ent_entity));
	vec_init(&ents.mentions, sizeof(ent_mention));
	if (opt.entities || opt.quotes)
	{
		vec_free(&ents.entities);
		vec_free(&ents.mentions);
		entities_find(paras.items, paras.n, arena, &ents);
	}
	vec_init(&quotes, sizeof(quote_span));
	if (opt.quotes)
		quotes_find(paras.items, paras.n, &ents, &quotes);

	/* assemble */
	out->n_paragraphs = (int32_t) paras.n;
	out->paragraphs = arena_alloc(arena, (paras.n + 1) * sizeof(ap_paragraph));
	for (size_t i = 0; i < paras.n; i++)
	{
		para_view  *p = &VEC_AT(&paras, para_view, i);

		out->paragraphs[i].text = arena_str(arena, p->text.s, p->text.len);
		out->paragraphs[i].src_start = src_start_of(p->text, 0);
		out->paragraphs[i].src_end = src_end_of(p->text, p->text.len);
	}
	out->n_dropped = (int32_t) dropped.n;
	out->dropped = arena_alloc(arena, (dropped.n + 1) * sizeof(ap_dropped));
	if (dropped.n)
		memcpy(out->dropped, dropped.items, dropped.n * sizeof(ap_dropped));

	if (opt.entities)
	{
		out->n_entities = (int32_t) ents.entities.n;
		out->entities = arena_alloc(arena, (ents.entities.n + 1) * sizeof(ap_entity));
		for (size_t k = 0; k < ents.entities.n; k++)
		{
			ent_entity *x = &VEC_AT(&ents.entities, ent_entity, k);
			ap_entity  *e = &out->entities[k];

			e->name.ptr = x->name;
			e->name.len = x->name_len;
			e->kind = x->kind;
			e->mentions = x->mentions;
			e->first_paragraph = x->first_para + 1;
			e->n_aliases = (int32_t) x->aliases.n;
			e->aliases = arena_alloc(arena, (x->aliases.n + 1) * sizeof(ap_str));
			if (x->aliases.n)
				memcpy(e->aliases, x->aliases.items, x->aliases.n * sizeof(ap_str));
		}
		out->n_mentions = (int32_t) ents.mentions.n;
		out->mentions = arena_alloc(arena, (ents.mentions.n + 1) * sizeof(ap_mention));
		for (size_t k = 0; k < ents.mentions.n; k++)
		{
			ent_mention *m = &VEC_AT(&ents.mentions, ent_mention, k);
			ltext		pt = VEC_AT(&paras, para_view, m->para).text;
			ap_mention *o = &out->mentions[k];

			o->text.ptr = arena_strndup(arena, pt.s + m->start, m->end - m->start);
			o->text.len = m->end - m->start;
			o->entity = m->entity;
			o->paragraph = m->para + 1;
			o->src_start = src_start_of(pt, m->start);
			o->src_end = src_end_of(pt, m->end);
		}
	}
	else
	{
		out->entities = arena_alloc(arena, sizeof(ap_entity));
		out->mentions = arena_alloc(arena, sizeof(ap_mention));
	}

	int32_t		cnt_para = -1,
				cnt_cps = 0;
	size_t		cnt_byte = 0;

	out->n_quotes = (int32_t) quotes.n;
	out->quotes = arena_alloc(arena, (quotes.n + 1) * sizeof(ap_quote));
	for (size_t k = 0; k < quotes.n; k++)
	{
		quote_span *q = &VEC_AT(&quotes, quote_span, k);
		ltext		pt = VEC_AT(&paras, para_view, q->para).text;
		ap_quote   *o = &out->quotes[k];

		memset(o, 0, sizeof(*o));
		o->text.ptr = arena_strndup(arena, pt.s + q->start, q->end - q->start);
		o->text.len = q->end - q->start;
		if (q->speaker >= 0)
		{
			ent_entity *x = &VEC_AT(&ents.entities, ent_entity, q->speaker);

			o->speaker.ptr = x->name;
			o->speaker.len = x->name_len;
		}
		if (q->cue)
			o->cue = arena_str(arena, q->cue, q->cue_len);
		o->paragraph = q->para + 1;
		o->partial = q->partial;
		/* code point offsets, counted on from the previous quote of the paragraph */
		if (q->para != cnt_para || q->start < cnt_byte)
		{
			cnt_para = q->para;
			cnt_byte = 0;
			cnt_cps = 0;
		}
		cnt_cps += (int32_t) utf8_count(pt.s + cnt_byte, q->start - cnt_byte);
		cnt_byte = q->start;
		o->start_offset = cnt_cps;
		o->end_offset = o->start_offset + (int32_t) utf8_count(pt.s + q->start, q->end - q->start);
		o->src_start = src_start_of(pt, q->start);
		o->src_end = src_end_of(pt, q->end);
		o->speaker_src_start = o->speaker_src_end = -1;
		if (q->speaker_mention >= 0)
		{
			ent_mention *m = &VEC_AT(&ents.mentions, ent_mention, q->speaker_mention);

			o->speaker_src_start = src_start_of(pt, m->start);
			o->speaker_src_end = src_end_of(pt, m->end);
		}
	}

	for (size_t i = 0; i < paras.n; i++)
		vec_free(&VEC_AT(&paras, para_view, i).toks);
	vec_free(&paras);
	vec_free(&dropped);
	vec_free(&quotes);
	vec_free(&blocks);
	entities_free(&ents);
	ap_release(seen.hashes);
	ap_release(labels);
}

void
ap_result_free(ap_result *res)
{
	if (!res)
		return;
	arena_free(res->arena);
	memset(res, 0, sizeof(*res));
}

ap_str
ap_result_clean_text(ap_result *res)
{
	sbuf		b;
	ap_str		r;

	sbuf_init(&b);
	for (int32_t i = 0; i < res->n_paragraphs; i++)
	{
		if (i)
			sbuf_append(&b, "\n\n", 2);
		sbuf_append(&b, res->paragraphs[i].text.ptr, res->paragraphs[i].text.len);
	}
	r = arena_str(res->arena, b.s ? b.s : "", b.len);
	sbuf_free(&b);
	return r;
}
