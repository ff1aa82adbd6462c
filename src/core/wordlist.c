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
} word_set;

static word_set sets[MAX_LISTS];
static int	n_sets;

static uint64_t
word_hash(const char *s, size_t len, bool icase)
{
	char		buf[MAX_WORD];

	if (!icase)
		return ap_hash_bytes(s, len) | 1;
	for (size_t i = 0; i < len; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char) (s[i] + 32) : s[i];
	return ap_hash_bytes(buf, len) | 1;
}

static word_set *
set_for(const char *const *list, bool icase)
{
	size_t		n = 0,
				cap = 16;
	word_set   *ws;

	for (int i = 0; i < n_sets; i++)
		if (sets[i].list == list && sets[i].icase == icase)
			return &sets[i];
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
	for (size_t k = 0; k < n; k++)
	{
		size_t		len = strlen(list[k]);
		uint64_t	h;
		size_t		i;

		if (len >= MAX_WORD)
			continue;
		h = word_hash(list[k], len, icase);
		for (i = h & ws->mask; ws->slots[i] && ws->slots[i] != h; i = (i + 1) & ws->mask)
			;
		ws->slots[i] = h;
	}
	n_sets++;
	return ws;
}

bool
word_list_has(const char *const *list, const char *s, size_t len, bool icase)
{
	word_set   *ws;
	uint64_t	h;

	if (len == 0 || len >= MAX_WORD)
		return false;
	ws = set_for(list, icase);
	if (!ws)
	{
		/* out of memory or too many lists: scan */
		for (int i = 0; list[i]; i++)
			if (icase ? ascii_ieq(s, len, list[i]) : ascii_eq(s, len, list[i]))
				return true;
		return false;
	}
	h = word_hash(s, len, icase);
	for (size_t i = h & ws->mask; ws->slots[i]; i = (i + 1) & ws->mask)
		if (ws->slots[i] == h)
			return true;
	return false;
}
