/*
 * memory.c — allocation hooks, the result arena, growable vectors and byte
 * buffers, and located-text builders.  Every allocation of the core goes
 * through the hooks so the PostgreSQL glue can route it to palloc.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fputs("article_parse: out of memory\n", stderr);
		abort();
	}
	return p;
}

static void
default_check_interrupts(void)
{
}

static ap_hooks hooks = {default_alloc, free, default_check_interrupts};

void
ap_set_hooks(const ap_hooks *h)
{
	hooks.alloc = h && h->alloc ? h->alloc : default_alloc;
	hooks.release = h && h->release ? h->release : free;
	hooks.check_interrupts = h && h->check_interrupts ? h->check_interrupts : default_check_interrupts;
}

void *
ap_alloc(size_t size)
{
	return hooks.alloc(size ? size : 1);
}

void *
ap_alloc0(size_t size)
{
	void	   *p = ap_alloc(size);

	memset(p, 0, size);
	return p;
}

void
ap_release(void *ptr)
{
	if (ptr)
		hooks.release(ptr);
}

void *
ap_realloc(void *ptr, size_t old_size, size_t new_size)
{
	void	   *p = ap_alloc(new_size);

	if (ptr)
	{
		memcpy(p, ptr, old_size < new_size ? old_size : new_size);
		ap_release(ptr);
	}
	return p;
}

unsigned	ap_work_ticks;

void
ap_check_interrupts(void)
{
	hooks.check_interrupts();
}

/* ---- arena ----------------------------------------------------------- */

typedef struct arena_chunk
{
	struct arena_chunk *next;
	size_t		size;
	/* data follows, 8-byte aligned */
} arena_chunk;

#define ARENA_CHUNK_MIN (32 * 1024)
#define ARENA_HDR ((sizeof(arena_chunk) + 7) & ~(size_t) 7)

ap_arena *
arena_new(void)
{
	return ap_alloc0(sizeof(ap_arena));
}

void *
arena_alloc(ap_arena *a, size_t size)
{
	size = (size + 7) & ~(size_t) 7;
	if (size == 0)
		size = 8;
	if (size > a->left)
	{
		size_t		want = size > ARENA_CHUNK_MIN ? size : ARENA_CHUNK_MIN;
		arena_chunk *c = ap_alloc(ARENA_HDR + want);

		c->size = want;
		c->next = a->head;
		a->head = c;
		a->cur = (char *) c + ARENA_HDR;
		a->left = want;
	}
	void	   *p = a->cur;

	a->cur += size;
	a->left -= size;
	return p;
}

char *
arena_strndup(ap_arena *a, const char *s, size_t len)
{
	char	   *p = arena_alloc(a, len + 1);

	if (len)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

typedef struct arena_adopted
{
	struct arena_adopted *next;
	void	   *ptr;
} arena_adopted;

void
arena_adopt(ap_arena *a, void *ptr)
{
	arena_adopted *n = arena_alloc(a, sizeof(arena_adopted));

	n->ptr = ptr;
	n->next = a->adopted;
	a->adopted = n;
}

void
arena_free(ap_arena *a)
{
	if (!a)
		return;
	for (arena_adopted *n = a->adopted; n; n = n->next)
		ap_release(n->ptr);		/* the nodes live in the chunks */
	arena_chunk *c = a->head;

	while (c)
	{
		arena_chunk *next = c->next;

		ap_release(c);
		c = next;
	}
	ap_release(a);
}

/* ---- vec and sbuf ------------------------------------------------------ */

void
vec_init(vec *v, size_t item_size)
{
	v->items = NULL;
	v->n = v->cap = 0;
	v->item_size = item_size;
}

void *
vec_push(vec *v)
{
	if (v->n == v->cap)
	{
		size_t		ncap = v->cap ? v->cap * 2 : 16;

		v->items = ap_realloc(v->items, v->cap * v->item_size, ncap * v->item_size);
		v->cap = ncap;
	}
	void	   *slot = (char *) v->items + v->n * v->item_size;

	memset(slot, 0, v->item_size);
	v->n++;
	return slot;
}

void
vec_reserve(vec *v, size_t n)
{
	if (n > v->cap)
	{
		v->items = ap_realloc(v->items, v->cap * v->item_size, n * v->item_size);
		v->cap = n;
	}
}

void
vec_free(vec *v)
{
	ap_release(v->items);
	v->items = NULL;
	v->n = v->cap = 0;
}

void
sbuf_init(sbuf *b)
{
	b->s = NULL;
	b->len = b->cap = 0;
}

void
sbuf_reserve(sbuf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
	{
		/* a first reservation is taken as exact; growth doubles */
		size_t		ncap = b->cap ? b->cap : (b->len + extra + 1 > 64 ? b->len + extra + 1 : 64);

		while (ncap < b->len + extra + 1)
			ncap *= 2;
		b->s = ap_realloc(b->s, b->len, ncap);
		b->cap = ncap;
	}
}

void
sbuf_append(sbuf *b, const char *s, size_t len)
{
	sbuf_reserve(b, len);
	if (len)
		memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

void
sbuf_putc(sbuf *b, char c)
{
	sbuf_reserve(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void
sbuf_free(sbuf *b)
{
	ap_release(b->s);
	sbuf_init(b);
}

/* ---- located text ------------------------------------------------------ */

void
ltext_buf_init(ltext_buf *b)
{
	sbuf_init(&b->text);
	vec_init(&b->src, sizeof(int32_t));
}

void
ltext_reserve_src(ltext_buf *b, size_t extra)
{
	if (b->src.n + extra > b->src.cap)
	{
		size_t		ncap = b->src.cap ? b->src.cap : (b->src.n + extra > 64 ? b->src.n + extra : 64);

		while (ncap < b->src.n + extra)
			ncap *= 2;
		b->src.items = ap_realloc(b->src.items, b->src.n * sizeof(int32_t), ncap * sizeof(int32_t));
		b->src.cap = ncap;
	}
}

void
ltext_buf_append(ltext_buf *b, const char *s, size_t len, const int32_t *src)
{
	if (len == 0)
		return;
	sbuf_append(&b->text, s, len);
	ltext_reserve_src(b, len);
	memcpy((int32_t *) b->src.items + b->src.n, src, len * sizeof(int32_t));
	b->src.n += len;
}

void
ltext_buf_append_one(ltext_buf *b, const char *s, size_t len, int32_t src)
{
	char	   *o;
	int32_t    *os;

	/* one character at a time from normalization: no memcpy call for it */
	if (b->text.len + len + 1 > b->text.cap)
		sbuf_reserve(&b->text, len);
	if (b->src.n + len > b->src.cap)
		ltext_reserve_src(b, len);
	o = b->text.s + b->text.len;
	os = (int32_t *) b->src.items + b->src.n;
	for (size_t i = 0; i < len; i++)
	{
		o[i] = s[i];
		os[i] = src;
	}
	o[len] = '\0';
	b->text.len += len;
	b->src.n += len;
}

ltext
ltext_buf_finish(ltext_buf *b, ap_arena *a, int32_t end_src)
{
	ltext		t;
	int32_t    *src = arena_alloc(a, (b->text.len + 1) * sizeof(int32_t));

	if (b->text.len)
		memcpy(src, b->src.items, b->text.len * sizeof(int32_t));
	src[b->text.len] = end_src;
	t.s = arena_strndup(a, b->text.s ? b->text.s : "", b->text.len);
	t.len = b->text.len;
	t.src = src;
	b->text.len = 0;
	if (b->text.s)
		b->text.s[0] = '\0';
	b->src.n = 0;
	return t;
}

ltext
ltext_buf_adopt(ltext_buf *b, ap_arena *a, int32_t end_src)
{
	ltext		t;

	sbuf_reserve(&b->text, 0);
	b->text.s[b->text.len] = '\0';
	ltext_reserve_src(b, 1);
	((int32_t *) b->src.items)[b->text.len] = end_src;
	arena_adopt(a, b->text.s);
	arena_adopt(a, b->src.items);
	t.s = b->text.s;
	t.len = b->text.len;
	t.src = b->src.items;
	sbuf_init(&b->text);
	vec_init(&b->src, sizeof(int32_t));
	return t;
}

void
ltext_buf_free(ltext_buf *b)
{
	sbuf_free(&b->text);
	vec_free(&b->src);
}

uint64_t
ap_hash_text(const char *s, size_t len)
{
	uint64_t	h = 0x9E3779B97F4A7C15ULL ^ len;
	size_t		i = 0;

	for (; i + 8 <= len; i += 8)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 1099511628211ULL;
	h ^= h >> 29;
	h *= 0xC4CEB9FE1A85EC53ULL;
	return h ^ (h >> 32);
}

uint64_t
ap_hash_bytes(const char *s, size_t len)
{
	uint64_t	h = 1469598103934665603ULL;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 1099511628211ULL;
	return h;
}

bool
ascii_ieq(const char *s, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i],
					w = (unsigned char) word[i];

		if (w == '\0')
			return false;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (w >= 'A' && w <= 'Z')
			w += 32;
		if (c != w)
			return false;
	}
	return word[i] == '\0';
}

bool
ascii_eq(const char *s, size_t len, const char *word)
{
	return strlen(word) == len && memcmp(s, word, len) == 0;
}
