/*
 * internal.h — shared plumbing of the core: allocation hooks, the result
 * arena, growable vectors, UTF-8 decoding and character classes, and the
 * "located text" type (a string whose every byte knows its raw offset).
 */
#ifndef AP_INTERNAL_H
#define AP_INTERNAL_H

#include "ap.h"

#include <string.h>

/* ---- development tracing (compiled in only with -DAP_TRACE) -------------- */

#ifdef AP_TRACE
#include <stdio.h>
#define TRACE(...) fprintf(stderr, __VA_ARGS__)
#else
#define TRACE(...) ((void) 0)
#endif

/* ---- allocation --------------------------------------------------------- */

void	   *ap_alloc(size_t size);		/* never NULL */
void	   *ap_alloc0(size_t size);
void		ap_release(void *ptr);
void	   *ap_realloc(void *ptr, size_t old_size, size_t new_size);
void		ap_check_interrupts(void);

/*
 * Count one unit of work; every 65536 units the interrupt hook runs, so a
 * cancel reaches even a single huge paragraph quickly.  Cheap enough for
 * per-token loops.
 */
extern unsigned ap_work_ticks;
static inline void
ap_tick(void)
{
	if ((++ap_work_ticks & 0xFFFF) == 0)
		ap_check_interrupts();
}

/* Bump allocator; everything in a result lives in one. */
struct ap_arena
{
	struct arena_chunk *head;
	char	   *cur;
	size_t		left;
	struct arena_adopted *adopted;	/* blocks from ap_alloc it frees too */
};

ap_arena   *arena_new(void);
void	   *arena_alloc(ap_arena *a, size_t size);	/* 8-byte aligned */
char	   *arena_strndup(ap_arena *a, const char *s, size_t len);
void		arena_free(ap_arena *a);
/* hand a block from ap_alloc to the arena, which releases it in arena_free */
void		arena_adopt(ap_arena *a, void *ptr);

/* Growable array of fixed-size items, memory from ap_alloc. */
typedef struct vec
{
	void	   *items;
	size_t		n,
				cap,
				item_size;
} vec;

void		vec_init(vec *v, size_t item_size);
void	   *vec_push(vec *v);	/* zeroed new slot */
void		vec_reserve(vec *v, size_t n);	/* room for n items in all */
void		vec_free(vec *v);
#define VEC_AT(v, type, i) (((type *) (v)->items)[i])

/* Growable byte buffer. */
typedef struct sbuf
{
	char	   *s;
	size_t		len,
				cap;
} sbuf;

void		sbuf_init(sbuf *b);
void		sbuf_reserve(sbuf *b, size_t extra);
void		sbuf_append(sbuf *b, const char *s, size_t len);
void		sbuf_putc(sbuf *b, char c);
void		sbuf_free(sbuf *b);

/* ---- UTF-8 and characters ----------------------------------------------- */

#define AP_REPLACEMENT 0xFFFD

/*
 * Decode one code point at s[0..len) (len >= 1).  Invalid or truncated
 * sequences decode to U+FFFD and consume one byte.  Returns bytes consumed.
 * ASCII is decoded inline; the rest in utf8.c.
 */
int			utf8_decode_multibyte(const unsigned char *s, size_t len, int32_t *cp);
static inline int
utf8_decode(const unsigned char *s, size_t len, int32_t *cp)
{
	if (s[0] < 0x80)
	{
		*cp = s[0];
		return 1;
	}
	return utf8_decode_multibyte(s, len, cp);
}
int			utf8_encode(int32_t cp, char *out);		/* out needs 4 bytes */

/* code point starting at byte i, and its length; for valid internal text */
static inline int32_t
utf8_at(const char *s, size_t len, size_t i, int *nbytes)
{
	int32_t		cp;
	int			n;

	if (i >= len)
	{
		if (nbytes)
			*nbytes = 0;
		return 0;
	}
	n = utf8_decode((const unsigned char *) s + i, len - i, &cp);
	if (nbytes)
		*nbytes = n;
	return cp;
}
/* byte index of the code point before i (i > 0) */
size_t		utf8_prev(const char *s, size_t i);
size_t		utf8_count(const char *s, size_t len);

/* character classes: a table for ASCII, utf8proc categories beyond */
#define CHAR_LETTER 0x01
#define CHAR_UPPER	0x02
#define CHAR_LOWER	0x04
#define CHAR_DIGIT	0x08
#define CHAR_SPACE	0x10
extern const unsigned char ap_ascii_class[128];
bool		char_is_letter_multibyte(int32_t cp);
bool		char_is_upper_multibyte(int32_t cp);
bool		char_is_lower_multibyte(int32_t cp);
bool		char_is_digit_multibyte(int32_t cp);
bool		char_is_space_multibyte(int32_t cp);

#define AP_CHAR_CLASS_FN(name, bit) \
static inline bool \
char_is_##name(int32_t cp) \
{ \
	if (cp >= 0 && cp < 0x80) \
		return (ap_ascii_class[cp] & (bit)) != 0; \
	return char_is_##name##_multibyte(cp); \
}
AP_CHAR_CLASS_FN(letter, CHAR_LETTER)
AP_CHAR_CLASS_FN(upper, CHAR_UPPER)
AP_CHAR_CLASS_FN(lower, CHAR_LOWER)
AP_CHAR_CLASS_FN(digit, CHAR_DIGIT)
AP_CHAR_CLASS_FN(space, CHAR_SPACE)		/* ' ' '\t' '\n' '\r' and Unicode Zs */
#undef AP_CHAR_CLASS_FN

static inline bool
char_is_alnum(int32_t cp)
{
	if (cp >= 0 && cp < 0x80)
		return (ap_ascii_class[cp] & (CHAR_LETTER | CHAR_DIGIT)) != 0;
	return char_is_letter_multibyte(cp) || char_is_digit_multibyte(cp);
}

/* “ ” „ « » ‹ › ‘ ’ " ' ‚ ‟ */
bool		char_is_quote_mark_multibyte(int32_t cp);
static inline bool
char_is_quote_mark(int32_t cp)
{
	if (cp >= 0 && cp < 0x80)
		return cp == '"' || cp == '\'';
	return char_is_quote_mark_multibyte(cp);
}

bool		char_is_dash(int32_t cp);

/* an ASCII letter, for byte scans (a byte of 0x80 or more is not one) */
static inline bool
ascii_is_letter(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* ---- eight bytes at a time ----------------------------------------------- */

#define BYTES8(b) (0x0101010101010101ULL * (uint64_t) (b))

/* a byte of v is zero (exact: no false hits) */
static inline bool
has_zero_byte(uint64_t v)
{
	return ((v - BYTES8(0x01)) & ~v & BYTES8(0x80)) != 0;
}

/*
 * The first index from i on whose byte is not ASCII or is a or b; len when
 * there is none.  Eight bytes are tested at once.
 */
static inline size_t
ascii_span_without(const char *s, size_t len, size_t i, unsigned char a, unsigned char b)
{
	while (i + 8 <= len)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		if ((w & BYTES8(0x80)) || has_zero_byte(w ^ BYTES8(a)) || has_zero_byte(w ^ BYTES8(b)))
			break;
		i += 8;
	}
	while (i < len && (unsigned char) s[i] < 0x80 && (unsigned char) s[i] != a && (unsigned char) s[i] != b)
		i++;
	return i;
}

/* ---- located text -------------------------------------------------------- */

/*
 * A UTF-8 string whose byte i came from raw code point src[i].  src has
 * len + 1 entries; src[len] is the raw offset just past the text.
 */
typedef struct ltext
{
	const char *s;
	size_t		len;
	const int32_t *src;
} ltext;

/* writable builder for an ltext */
typedef struct ltext_buf
{
	sbuf		text;
	vec			src;			/* int32_t */
} ltext_buf;

void		ltext_buf_init(ltext_buf *b);
void		ltext_buf_append(ltext_buf *b, const char *s, size_t len, const int32_t *src);
void		ltext_buf_append_one(ltext_buf *b, const char *s, size_t len, int32_t src);
/* room for extra more src entries (the text side uses sbuf_reserve) */
void		ltext_reserve_src(ltext_buf *b, size_t extra);
/* finish: copy into arena, set end sentinel, reset builder */
ltext		ltext_buf_finish(ltext_buf *b, ap_arena *a, int32_t end_src);
/* finish without a copy: the arena adopts the builder's buffers (for big texts) */
ltext		ltext_buf_adopt(ltext_buf *b, ap_arena *a, int32_t end_src);
void		ltext_buf_free(ltext_buf *b);

/* FNV-1a hash of s[0..len) */
uint64_t	ap_hash_bytes(const char *s, size_t len);
/* a hash of a long text read eight bytes at a time, for equality tests only (not table order) */
uint64_t	ap_hash_text(const char *s, size_t len);

/*
 * s[0..len) is one of the words of a NULL-terminated static list (ASCII case
 * folded when icase); constant time after the list's first use.
 */
bool		word_list_has(const char *const *list, const char *s, size_t len, bool icase);
/* bit k set when lists[k] holds the word (k < 32); the word is hashed once */
unsigned	word_lists_holding(const char *const *const *lists, int n, const char *s, size_t len,
							   bool icase);
/* the longest word of any of the lists: longer words need no lookup */
size_t		word_lists_max_len(const char *const *const *lists, int n, bool icase);

/* ASCII case-insensitive compare of s[0..len) with NUL-terminated word */
bool		ascii_ieq(const char *s, size_t len, const char *word);
bool		ascii_eq(const char *s, size_t len, const char *word);

#endif							/* AP_INTERNAL_H */
