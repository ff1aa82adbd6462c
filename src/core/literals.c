/*
 * literals.c — owns the literal prefilter of the pattern families: a set of
 * short lower-case strings, each tagged with a group, and one pass over a
 * text that reports which groups occur (ASCII letters case folded; other
 * bytes compared as they are).
 */
#include "literals.h"

static const uint8_t *
fold_table(void)
{
	static uint8_t fold[256];
	static bool ready;

	if (!ready)
	{
		for (int c = 0; c < 256; c++)
			fold[c] = (uint8_t) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
		ready = true;
	}
	return fold;
}

/* bucket of a literal's first three folded bytes, packed as a << 16 | b << 8 | c */
static inline unsigned
hash3(uint32_t abc)
{
	return (abc * 0x9E3779B1u) >> (32 - LITERAL_HASH_BITS);
}

void
literal_set_init(literal_set *set)
{
	memset(set, 0, sizeof(*set));
	for (int i = 0; i < (1 << LITERAL_HASH_BITS); i++)
		set->head3[i] = -1;
	for (int i = 0; i < 256; i++)
		set->head1[i] = -1;
	(void) fold_table();
	(void) literal_set_add(set, "\xc5\xbf,\xe2\x84\xaa", LITERAL_GROUP_FOLDS);
}

bool
literal_set_add(literal_set *set, const char *list, int group)
{
	const char *p = list;

	if (group < 0 || group >= LITERAL_MAX_GROUPS)
		return false;
	while (*p)
	{
		const char *e = strchr(p, ',');
		size_t		n = e ? (size_t) (e - p) : strlen(p);

		if (n > 0)
		{
			int			k = set->count;
			const uint8_t *u = (const uint8_t *) p;

			if (k == LITERAL_MAX || n > LITERAL_LEN_MAX)
				return false;
			set->text[k] = p;
			set->len[k] = (uint8_t) n;
			set->group[k] = (uint8_t) group;
			if (n >= 3)
			{
				unsigned	h = hash3((uint32_t) u[0] << 16 | (uint32_t) u[1] << 8 | u[2]);

				set->next[k] = set->head3[h];
				set->head3[h] = (int16_t) k;
				set->fourth3[h] |= n == 3 ? ~(uint64_t) 0 : (uint64_t) 1 << (u[3] & 63);
			}
			else
			{
				set->next[k] = set->head1[u[0]];
				set->head1[u[0]] = (int16_t) k;
				set->second1[u[0]] |= n == 1 ? ~(uint64_t) 0 : (uint64_t) 1 << (u[1] & 63);
			}
			set->count++;
		}
		if (!e)
			break;
		p = e + 1;
	}
	return true;
}

static inline bool
folded_equal(const uint8_t *fold, const uint8_t *s, const char *lit, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (fold[s[i]] != (uint8_t) lit[i])
			return false;
	return true;
}

/* the literals of chain k that start at s[i] */
static uint64_t
chain_matches(const literal_set *set, int k, const uint8_t *fold, const uint8_t *s, size_t i, size_t len)
{
	uint64_t	found = 0;

	for (; k >= 0; k = set->next[k])
		if (i + set->len[k] <= len && folded_equal(fold, s + i, set->text[k], set->len[k]))
			found |= (uint64_t) 1 << set->group[k];
	return found;
}

uint64_t
literal_set_scan(const literal_set *set, const char *text, size_t len)
{
	const uint8_t *fold = fold_table();
	const uint8_t *s = (const uint8_t *) text;
	uint64_t	found = 0;
	uint32_t	window;			/* the folded bytes at i, i+1, i+2 */
	size_t		i;

	if (len < 3)
	{
		for (i = 0; i < len; i++)
			found |= chain_matches(set, set->head1[fold[s[i]]], fold, s, i, len);
		return (found & ((uint64_t) 1 << LITERAL_GROUP_FOLDS)) ? ~(uint64_t) 0 : found;
	}
	window = (uint32_t) fold[s[0]] << 8 | fold[s[1]];
	for (i = 0; i + 2 < len; i++)
	{
		int			k1,
					k3;
		unsigned	h;

		window = (window << 8 | fold[s[i + 2]]) & 0xFFFFFFu;
		h = hash3(window);
		k1 = set->head1[window >> 16];
		k3 = set->head3[h];
		if ((k1 & k3) < 0)
			continue;			/* both chains empty (-1): the usual case */
		/*
		 * a common letter or trigram ("a", "ent", "you") seldom goes on as a
		 * literal does: ask the next byte first
		 */
		if (k1 >= 0 && !(set->second1[window >> 16] & ((uint64_t) 1 << ((window >> 8) & 63))))
			k1 = -1;
		if (k3 >= 0 && i + 3 < len && !(set->fourth3[h] & ((uint64_t) 1 << (fold[s[i + 3]] & 63))))
			k3 = -1;
		if ((k1 & k3) < 0)
			continue;
		found |= chain_matches(set, k1, fold, s, i, len) | chain_matches(set, k3, fold, s, i, len);
	}
	for (; i < len; i++)
		found |= chain_matches(set, set->head1[fold[s[i]]], fold, s, i, len);
	return (found & ((uint64_t) 1 << LITERAL_GROUP_FOLDS)) ? ~(uint64_t) 0 : found;
}
