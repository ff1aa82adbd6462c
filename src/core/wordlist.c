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
first_slot(const word_set *ws, uint64_t h)
{
	return (size_t) ((h * 0x9E3779B97F4A7C15ULL) >> ws->shift);
}

/* build the set of a list on its first use, in slot; NULL when out of room */
static __attribute__((noinline)) word_set *
set_build(const char *const *list, bool icase, size_t slot)
{
	size_t		n = 0,
				cap = 16;
	word_set   *ws;

	if (n_sets == MAX_LISTS)
		return NULL;
	while (list[n])
		n++;
	while (cap < n * 2 + 2)
		cap *= 2;
	ws = &sets[n_sets];
	ws->slots = calloc(cap, sizeof(uint64_t));
	if (!ws->slots)
		return NULL;
	ws->list = list;
	ws->icase = icase;
	ws->mask = cap - 1;
	ws->shift = 64;
	for (size_t c = cap; c > 1; c >>= 1)
		ws->shift--;
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

unsigned
word_lists_holding(const char *const *const *lists, int n, const char *s, size_t len, bool icase)
{
	unsigned	found = 0;
	uint64_t	h = 0;

	if (len == 0 || len >= MAX_WORD)
		return 0;
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
