/*
 * wordlist.c — constant-time membership in the core's small built-in word
 * lists (function words, reporting verbs, title cues...).  Each list gets a
 * hash set on first use, kept for the life of the process (malloc'd once,
 * like the compiled patterns); lookups hash the word, ASCII case folded
 * when asked.  Not thread-safe, like the rest of the per-process state.
 */
#include "internal.h"

#include <stdlib.h>

#define MAX_LISTS 48
#define MAX_WORD 64

typedef struct word_set
{
	const char *const *list;
	bool		icase;
	uint64_t   *slots;			/* open addressing, 0 = empty */
	size_t		mask;
	int			shift;			/* 64 - log2(slots) */
	size_t		min_len,
				max_len;		/* of the words in the list */
} word_set;

static word_set sets[MAX_LISTS];
static int	n_sets;

/* sets by list address and case mode: open addressing, NULL = empty */
#define SET_SLOTS 128			/* set_slot gives 7 bits */
static word_set *set_slots[SET_SLOTS];

static inline size_t
set_slot(const char *const *list, bool icase)
{
	uint64_t	x = (uint64_t) (uintptr_t) list ^ (icase ? 1 : 0);	/* lists are 8-byte aligned */

	return (size_t) ((x * 0x9E3779B97F4A7C15ULL) >> 57);	/* 7 bits: SET_SLOTS */
}

/* FNV-1a, ASCII folded when icase; never 0 */
static inline uint64_t
word_hash(const char *s, size_t len, bool icase)
{
	uint64_t	h = 1469598103934665603ULL;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (icase && c >= 'A' && c <= 'Z')
			c += 32;
		h = (h ^ c) * 1099511628211ULL;
	}
	return h | 1;
}

/* where the probe for hash h starts: FNV's own bits cluster, so mix them */
static inline size_t
mixed_slot(uint64_t h, int shift)
{
	return (size_t) ((h * 0x9E3779B97F4A7C15ULL) >> shift);
}

static inline size_t
first_slot(const word_set *ws, uint64_t h)
{
	return mixed_slot(h, ws->shift);
}

/* slots for a table of n words (at most half full): sets *mask and *shift (64 - log2) */
static size_t
table_size(size_t n, size_t *mask, int *shift)
{
	size_t		cap = 16;

	while (cap < n * 2 + 2)
		cap *= 2;
	*mask = cap - 1;
	*shift = 64;
	for (size_t c = cap; c > 1; c >>= 1)
		(*shift)--;
	return cap;
}

/* build the set of a list on its first use, in slot; NULL when out of room */
static __attribute__((noinline)) word_set *
set_build(const char *const *list, bool icase, size_t slot)
{
	size_t		n = 0,
				cap;
	word_set   *ws;

	if (n_sets == MAX_LISTS)
		return NULL;
	while (list[n])
		n++;
	ws = &sets[n_sets];
	cap = table_size(n, &ws->mask, &ws->shift);
	ws->slots = calloc(cap, sizeof(uint64_t));
	if (!ws->slots)
		return NULL;
	ws->list = list;
	ws->icase = icase;
	ws->min_len = MAX_WORD;
	ws->max_len = 0;
	for (size_t k = 0; k < n; k++)
	{
		size_t		len = strlen(list[k]);
		uint64_t	h;
		size_t		i;

		if (len >= MAX_WORD)
			continue;
		if (len < ws->min_len)
			ws->min_len = len;
		if (len > ws->max_len)
			ws->max_len = len;
		h = word_hash(list[k], len, icase);
		for (i = first_slot(ws, h); ws->slots[i] && ws->slots[i] != h; i = (i + 1) & ws->mask)
			;
		ws->slots[i] = h;
	}
	n_sets++;
	set_slots[slot] = ws;
	return ws;
}

static inline word_set *
set_for(const char *const *list, bool icase)
{
	size_t		slot = set_slot(list, icase);

	for (; set_slots[slot]; slot = (slot + 1) & (SET_SLOTS - 1))
		if (set_slots[slot]->list == list && set_slots[slot]->icase == icase)
			return set_slots[slot];
	return set_build(list, icase, slot);
}

static bool
scan_list(const char *const *list, const char *s, size_t len, bool icase)
{
	for (int i = 0; list[i]; i++)
		if (icase ? ascii_ieq(s, len, list[i]) : ascii_eq(s, len, list[i]))
			return true;
	return false;
}

static bool
set_has(const word_set *ws, uint64_t h)
{
	for (size_t i = first_slot(ws, h); ws->slots[i]; i = (i + 1) & ws->mask)
		if (ws->slots[i] == h)
			return true;
	return false;
}

bool
word_list_has(const char *const *list, const char *s, size_t len, bool icase)
{
	return word_lists_holding(&list, 1, s, len, icase) != 0;
}

/*
 * Several lists asked about together (block features ask every word about
 * function and minor words) share one table: a probe gives the bit set of
 * the lists holding the word.  Kept per list array, for the life of the
 * process.
 */
#define MAX_MERGED 8

typedef struct merged_slot
{
	uint64_t	hash;			/* 0 = empty */
	unsigned	lists;			/* bit k: lists[k] holds the word */
} merged_slot;

typedef struct merged_set
{
	const char *const *const *lists;
	int			n;
	bool		icase;
	merged_slot *slots;
	size_t		mask;
	int			shift;
} merged_set;

static merged_set merged_sets[MAX_MERGED];
static int	n_merged;

/* the shared table of lists[0..n), built on first use; NULL when out of room */
static merged_set *
merged_for(const char *const *const *lists, int n, bool icase)
{
	merged_set *m;
	size_t		words = 0,
				cap;

	for (int i = 0; i < n_merged; i++)
		if (merged_sets[i].lists == lists && merged_sets[i].n == n && merged_sets[i].icase == icase)
			return &merged_sets[i];
	if (n_merged == MAX_MERGED || n > 32)
		return NULL;
	for (int k = 0; k < n; k++)
		for (const char *const *w = lists[k]; *w; w++)
			words++;
	m = &merged_sets[n_merged];
	cap = table_size(words, &m->mask, &m->shift);
	m->slots = calloc(cap, sizeof(merged_slot));
	if (!m->slots)
		return NULL;
	m->lists = lists;
	m->n = n;
	m->icase = icase;
	for (int k = 0; k < n; k++)
		for (const char *const *w = lists[k]; *w; w++)
		{
			size_t		len = strlen(*w);
			uint64_t	h;
			size_t		i;

			if (len >= MAX_WORD)
				continue;
			h = word_hash(*w, len, icase);
			for (i = mixed_slot(h, m->shift); m->slots[i].hash && m->slots[i].hash != h; i = (i + 1) & m->mask)
				;
			m->slots[i].hash = h;
			m->slots[i].lists |= 1u << k;
		}
	n_merged++;
	return m;
}

unsigned
word_lists_holding(const char *const *const *lists, int n, const char *s, size_t len, bool icase)
{
	unsigned	found = 0;
	uint64_t	h = 0;
	merged_set *m;

	if (len == 0 || len >= MAX_WORD)
		return 0;
	if (n > 1 && (m = merged_for(lists, n, icase)) != NULL)
	{
		h = word_hash(s, len, icase);
		for (size_t i = mixed_slot(h, m->shift); m->slots[i].hash; i = (i + 1) & m->mask)
			if (m->slots[i].hash == h)
				return m->slots[i].lists;
		return 0;
	}
	for (int k = 0; k < n && k < 32; k++)
	{
		word_set   *ws = set_for(lists[k], icase);

		if (!ws)
		{
			if (scan_list(lists[k], s, len, icase))
				found |= 1u << k;
			continue;
		}
		if (len < ws->min_len || len > ws->max_len)
			continue;
		if (h == 0)
			h = word_hash(s, len, icase);	/* never 0 once computed */
		if (set_has(ws, h))
			found |= 1u << k;
	}
	return found;
}

size_t
word_lists_max_len(const char *const *const *lists, int n, bool icase)
{
	size_t		max = 0;

	for (int k = 0; k < n; k++)
	{
		word_set   *ws = set_for(lists[k], icase);

		if (!ws)
			return MAX_WORD;	/* unknown: every length may be held */
		if (ws->max_len > max)
			max = ws->max_len;
	}
	return max;
}
