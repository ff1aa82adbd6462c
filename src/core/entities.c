/*
 * entities.c — owns stage 7: candidate names from runs of capitalized
 * tokens (with connectors such as "of" and "von der"), segmentation of a
 * run into nationality / title / location / organization / name pieces
 * with the shipped gazetteers, kinds from cues (titles, given names,
 * organization suffixes, facility nouns, "the firm X"), and document-level
 * resolution: surnames to full names, acronyms to expansions, sentence-
 * initial common words kept only when the article names them elsewhere.
 */
#include "entities.h"
#include "gazetteer.h"

#include <stdlib.h>

#define KIND_UNKNOWN ((ap_entity_kind) -1)
#define MAX_RUN 12				/* tokens in one run of capitalized words */
#define KIND_PLACE_GUESS ((ap_entity_kind) -2)	/* a location unless resolved otherwise */

typedef struct candidate
{
	int32_t		para;
	uint32_t	start,
				end;			/* bytes of the name */
	uint32_t	phrase_start;
	int32_t		tok_first,
				tok_last;
	ap_entity_kind kind;
	const char *canonical;		/* from a gazetteer, or NULL */
	bool		weak;			/* sentence-initial common word */
	bool		titled;			/* a person title precedes it */
	bool		subject;
	bool		acronym;
	int32_t		entity;
} candidate;

/* ---- small string-keyed hash map ----------------------------------------- */

typedef struct smap_slot
{
	const char *key;
	size_t		len;
	int32_t		value;
} smap_slot;

typedef struct smap
{
	smap_slot  *slots;
	size_t		cap,
				n;
} smap;

static void
smap_init(smap *m)
{
	m->cap = 64;
	m->n = 0;
	m->slots = ap_alloc0(m->cap * sizeof(smap_slot));
}

static smap_slot *
smap_find(smap *m, const char *key, size_t len)
{
	size_t		i = ap_hash_bytes(key, len) & (m->cap - 1);

	while (m->slots[i].key)
	{
		if (m->slots[i].len == len && memcmp(m->slots[i].key, key, len) == 0)
			return &m->slots[i];
		i = (i + 1) & (m->cap - 1);
	}
	return &m->slots[i];
}

static int32_t
smap_get(smap *m, const char *key, size_t len)
{
	smap_slot  *s = smap_find(m, key, len);

	return s->key ? s->value : -1;
}

static void
smap_put(smap *m, const char *key, size_t len, int32_t value)
{
	smap_slot  *s;

	if ((m->n + 1) * 2 > m->cap)
	{
		smap_slot  *old = m->slots;
		size_t		oldcap = m->cap;

		m->cap *= 2;
		m->slots = ap_alloc0(m->cap * sizeof(smap_slot));
		for (size_t i = 0; i < oldcap; i++)
			if (old[i].key)
				*smap_find(m, old[i].key, old[i].len) = old[i];
		ap_release(old);
	}
	s = smap_find(m, key, len);
	if (!s->key)
	{
		m->n++;
		s->key = key;
		s->len = len;
	}
	s->value = value;
}

static void
smap_free(smap *m)
{
	ap_release(m->slots);
}

/* ---- word lists ------------------------------------------------------------ */

static const char *const name_particles[] = {
	"de", "da", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "del", "di", "du",
	"dos", "das", "ben", "el", "ter", "zu", NULL
};

static const char *const calendar_words[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
	"February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", NULL
};

/* words before a name that make it an object, not a sentence subject */
static const char *const object_words[] = {
	"with", "to", "from", "by", "for", "of", "on", "at", "about", "against", "told", "tell",
	"tells", "than", "toward", "towards", "into", "between", "among", "including", "like",
	"via", "met", "meet", "meets", "meeting", "thanked", "urged", "asked", "visited",
	"invited", "accused", "criticized", "criticised", "praised", "replaced", "succeeded",
	"defeated", "beat", "called", "and", "or", "under", "over", "after", "before", "behind",
	"without", "whom", "as", "that", "in", "near", NULL
};

/* lower-case nouns before a name that make it an organization */
static const char *const org_nouns[] = {
	"firm", "company", "group", "giant", "maker", "carrier", "startup", "start-up",
	"conglomerate", "insurer", "lender", "retailer", "producer", "operator", "manufacturer",
	"airline", "agency", "newspaper", "broadcaster", "automaker", "carmaker", "chipmaker",
	"bank", "supplier", "developer", "contractor", "exporter", "importer", "outlet",
	"network", "club", "team", "union", "party", "charity", "brand", "platform", NULL
};

/* sentence-initial words that are never part of a name */
static const char *const sentence_openers[] = {
	"the", "a", "an", "in", "on", "at", "but", "and", "or", "while", "when", "after", "before",
	"since", "as", "if", "for", "from", "with", "by", "this", "that", "these", "those", "his",
	"her", "its", "their", "our", "my", "your", "some", "many", "most", "all", "every", "each",
	"both", "no", "not", "then", "still", "yet", "so", "also", "meanwhile", "however",
	"although", "though", "because", "during", "under", "over", "into", "of", "to", "last",
	"next", "first", "earlier", "later", "now", "today", "yesterday", "tomorrow", "there",
	"here", "what", "why", "how", "where", "who", "whose", "which", "even", "only", "just",
	"unlike", "like", "despite", "according", "among", "between", "without", "within",
	"across", "about", "against", "toward", "towards", "through", "until", "unless", "whether",
	"once", "instead", "such", "other", "another", "several", "few", "more", "less", "former",
	"it", "he", "she", "they", "we", "i", "you", "if", "did", "does", "do", "is", "are", "was",
	"were", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have",
	"had", "asked", "said", "says", "dear", "welcome", "thanks", "please", "yes", "why", NULL
};

/* words after a name that make it a person: "Kamau said" */
static const char *const person_verbs[] = {
	"said", "says", "told", "tells", "added", "adds", "explained", "noted", "wrote", "argued",
	"warned", "insisted", "claimed", "announced", "replied", "recalled", "urged", "admitted",
	"stressed", "acknowledged", "believes", "thinks", "testified", "tweeted", NULL
};

static bool
word_in(const char *const *list, const char *s, size_t len)
{
	return word_list_has(list, s, len, false);
}

static bool
word_in_ci(const char *const *list, const char *s, size_t len)
{
	return word_list_has(list, s, len, true);
}

/* ---- run helpers ----------------------------------------------------------- */

typedef struct run_ctx
{
	const para_view *p;
	const token *toks;
	size_t		ntoks;
	int32_t		para;
} run_ctx;

static const char *
tok_s(const run_ctx *c, int32_t i)
{
	return c->p->text.s + c->toks[i].start;
}

static size_t
tok_len(const run_ctx *c, int32_t i)
{
	return c->toks[i].end - c->toks[i].start;
}

static bool
word_eq_tok(const run_ctx *c, int32_t i, const char *w)
{
	return c->toks[i].type == TOK_WORD && ascii_eq(tok_s(c, i), tok_len(c, i), w);
}

/* join tokens a..b with single spaces if the text has exactly that */
static bool
join_tokens(const run_ctx *c, int32_t a, int32_t b, const char **s, size_t *len)
{
	for (int32_t k = a; k < b; k++)
	{
		const token *t = &c->toks[k],
				   *u = &c->toks[k + 1];

		if (t->possessive || u->start != t->end + 1 || c->p->text.s[t->end] != ' ')
			return false;
	}
	*s = tok_s(c, a);
	*len = c->toks[b].end - c->toks[a].start;
	return true;
}

/* tokens a..b as a gazetteer key, for asking several lists; false when join_tokens is */
static bool
span_key(const run_ctx *c, int32_t a, int32_t b, gaz_key *key)
{
	const char *s;
	size_t		len;

	if (!join_tokens(c, a, b, &s, &len))
		return false;
	*key = gaz_key_make(s, len);
	return true;
}

static const gaz_entry *
lookup_span(const run_ctx *c, gaz_list list, int32_t a, int32_t b)
{
	gaz_key		key;

	return span_key(c, a, b, &key) ? gaz_lookup_key(list, &key) : NULL;
}

/* "LONDON" in a wire dateline: look the all-caps word up as "London" */
static const gaz_entry *
lookup_all_caps_location(const run_ctx *c, int32_t i)
{
	char		buf[64];
	size_t		n = tok_len(c, i);
	const char *s = tok_s(c, i);

	if (!c->toks[i].all_caps || n < 4 || n >= sizeof(buf))
		return NULL;
	for (size_t k = 0; k < n; k++)
	{
		unsigned char ch = (unsigned char) s[k];

		if (ch >= 0x80)
			return NULL;
		buf[k] = (char) (k == 0 || !(ch >= 'A' && ch <= 'Z') ? ch : ch + 32);
	}
	return gaz_lookup(GAZ_LOCATION, buf, n);
}

static bool
is_common_word(const run_ctx *c, int32_t i)
{
	char		buf[64];

	if (!token_lower(c->p->text.s, &c->toks[i], buf, sizeof(buf)))
		return false;
	return gaz_lookup(GAZ_COMMON_WORD, buf, strlen(buf)) != NULL;
}

static bool
is_name_token(const run_ctx *c, int32_t i)
{
	const token *t = &c->toks[i];

	if (t->type != TOK_WORD || !t->cap)
		return false;
	return !word_in(calendar_words, tok_s(c, i), tok_len(c, i));
}

/* a hyphenated capitalized word with a lower-case tail ("NATO-like") */
static uint32_t
name_end(const run_ctx *c, int32_t i)
{
	const token *t = &c->toks[i];
	const char *s = c->p->text.s;

	for (uint32_t k = t->start + 1; k + 1 < t->end; k++)
		if (s[k] == '-' && char_is_lower(utf8_at(s, t->end, k + 1, NULL)))
			return k;
	return t->end;
}

static void
add_candidate(vec *cands, const run_ctx *c, int32_t a, int32_t b, ap_entity_kind kind,
			  const char *canonical, uint32_t phrase_start)
{
	candidate  *d = vec_push(cands);

	d->para = c->para;
	d->tok_first = a;
	d->tok_last = b;
	d->start = c->toks[a].start;
	d->end = name_end(c, b);
	d->phrase_start = phrase_start;
	d->kind = kind;
	d->canonical = canonical;
	d->entity = -1;
	d->acronym = a == b && c->toks[a].all_caps && tok_len(c, a) <= 6;
}

/* lower-case words that may stand between a name and its facility noun */
static const char *const facility_stoppers[] = {
	"said", "says", "told", "is", "was", "are", "were", "has", "had", "will", "would", "the",
	"a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "with", "by", "from", "that",
	"which", "who", "as", "its", "their", "his", "her", NULL
};

static bool
followed_by_facility(const run_ctx *c, int32_t last)
{
	if (c->toks[last].possessive)
		return false;
	for (int32_t k = last + 1; k < (int32_t) c->ntoks && k <= last + 3; k++)
	{
		const token *t = &c->toks[k];

		if (t->type != TOK_WORD || t->cap || word_in(facility_stoppers, tok_s(c, k), tok_len(c, k)))
			return false;
		if (gaz_lookup(GAZ_FACILITY, tok_s(c, k), tok_len(c, k)))
			return true;
	}
	return false;
}

static bool
is_list(const run_ctx *c, gaz_list list, int32_t i)
{
	return gaz_lookup(list, tok_s(c, i), tok_len(c, i)) != NULL;
}

static bool
lower_word_before(const run_ctx *c, int32_t first, const char *const *list)
{
	int32_t		k = first - 1;

	return k >= 0 && c->toks[k].type == TOK_WORD && !c->toks[k].cap &&
		word_in(list, tok_s(c, k), tok_len(c, k));
}

static const char *const place_prepositions[] = {
	"in", "near", "outside", "across", "throughout", "around", "towards", "toward", NULL
};

static const char *const speech_words[] = {"said", "says", "told", "added", "asked", "wrote", NULL};

/* classify an unknown chunk a..b (first token of its run: run_first) */
static ap_entity_kind
chunk_kind(const run_ctx *c, int32_t a, int32_t b, bool titled, bool cued, int32_t run_first)
{
	int32_t		before = run_first - 1;

	if (titled)
		return AP_KIND_PERSON;
	if (b > a && (is_list(c, GAZ_ORG_SUFFIX, b) ||
				  (is_list(c, GAZ_ORG_SUFFIX, a) && !is_list(c, GAZ_GIVEN_NAME, a))))
		return AP_KIND_ORGANIZATION;
	if (followed_by_facility(c, b) || (b > a && is_list(c, GAZ_FACILITY, b)))
		return AP_KIND_LOCATION;
	if (b + 1 < (int32_t) c->ntoks && !c->toks[b].possessive && c->toks[b + 1].type == TOK_WORD &&
		word_in(person_verbs, tok_s(c, b + 1), tok_len(c, b + 1)))
		return AP_KIND_PERSON;
	if (a == run_first && lower_word_before(c, a, org_nouns))
		return AP_KIND_ORGANIZATION;
	if (cued)
		return AP_KIND_PERSON;
	if (b > a && is_list(c, GAZ_GIVEN_NAME, a))
		return AP_KIND_PERSON;
	/* "said Hine Parata", "Hine Parata, who" */
	if (b > a && a == run_first && (lower_word_before(c, a, speech_words) ||
									(b + 2 < (int32_t) c->ntoks && c->toks[b + 1].type == TOK_PUNCT &&
									 c->toks[b + 1].cp == ',' && word_eq_tok(c, b + 2, "who"))))
		return AP_KIND_PERSON;
	/* "Russia’s Gazprom": a single name owned by a place */
	if (a == b && before >= 0 && a == run_first && c->toks[before].possessive &&
		c->toks[before].cap && is_list(c, GAZ_LOCATION, before))
		return AP_KIND_ORGANIZATION;
	if (a == b && c->toks[a].all_caps && tok_len(c, a) >= 2 && tok_len(c, a) <= 6)
		return AP_KIND_ORGANIZATION;
	/* "in Vejle", "near Simbal": a place, unless the article knows the name as someone */
	if (a == run_first && !c->toks[a].sent_start && lower_word_before(c, a, place_prepositions))
		return KIND_PLACE_GUESS;
	return KIND_UNKNOWN;
}

static bool
preceded_as_object(const run_ctx *c, uint32_t phrase_tok)
{
	if (phrase_tok == 0)
		return false;
	const token *t = &c->toks[phrase_tok - 1];

	if (t->type == TOK_WORD && !t->cap)
		return word_in(object_words, tok_s(c, phrase_tok - 1), tok_len(c, phrase_tok - 1));
	return false;
}

/*
 * Context that makes a run a person: a speech verb before ("said Hine
 * Parata") or after ("Kamau said"), or an appositive after ("Kevin Marsh,
 * a meteorologist", "Hine Parata, who").
 */
static bool
person_context(const run_ctx *c, int32_t r0, int32_t r1)
{
	int32_t		n = (int32_t) c->ntoks;

	if (lower_word_before(c, r0, speech_words))
		return true;
	if (c->toks[r1].possessive || r1 + 1 >= n)
		return false;
	if (c->toks[r1 + 1].type == TOK_WORD && word_in(person_verbs, tok_s(c, r1 + 1), tok_len(c, r1 + 1)))
		return true;
	if (r1 + 2 < n && c->toks[r1 + 1].type == TOK_PUNCT && c->toks[r1 + 1].cp == ',' &&
		(word_eq_tok(c, r1 + 2, "who") || word_eq_tok(c, r1 + 2, "a") || word_eq_tok(c, r1 + 2, "an")))
		return true;
	return false;
}

static candidate *
last_candidate(vec *cands)
{
	return &VEC_AT(cands, candidate, cands->n - 1);
}

/* a title inside a run (a title in last place names no one) */
static bool
run_has_title(const run_ctx *c, int32_t a, int32_t b)
{
	for (int32_t k = a; k < b; k++)
		if (is_list(c, GAZ_PERSON_TITLE, k))
			return true;
	return false;
}

/* the rest of a run j..r1 names one organization */
static bool
run_is_organization(const run_ctx *c, int32_t j, int32_t r1)
{
	if (r1 <= j || is_list(c, GAZ_PERSON_TITLE, j))
		return false;
	if (is_list(c, GAZ_ORG_SUFFIX, r1) || lookup_span(c, GAZ_ORGANIZATION, j, r1))
		return true;
	for (int32_t q = j; q < r1; q++)
		if (ascii_eq(tok_s(c, q + 1), tok_len(c, q + 1), "of") && is_list(c, GAZ_ORG_SUFFIX, q))
			return true;
	return false;
}

/*
 * Segment one run of name tokens r0..r1 into candidates.  Order of rules:
 * sentence-initial words, whole-run organizations, places named by a
 * facility noun, "of" between two names, then left to right: all-caps
 * places, person names led by a given name, the longest gazetteer entry
 * (title, organization, location, nationality), or an unknown chunk whose
 * kind comes from its cues.
 */
static void
segment_run(const run_ctx *c, int32_t r0, int32_t r1, vec *cands)
{
	int32_t		j = r0;
	bool		titled = false;
	bool		cued;
	uint32_t	phrase_start = c->toks[r0].start;
	gaz_key		key;

	/* a lower-case title cue before the run: "leader Volodymyr Zelenskiy" */
	cued = r0 > 0 && c->toks[r0 - 1].type == TOK_WORD && !c->toks[r0 - 1].cap &&
		is_list(c, GAZ_PERSON_TITLE, r0 - 1);

	/* sentence-initial common word: weak alone, dropped if a function word */
	if (c->toks[r0].sent_start && is_common_word(c, r0) && span_key(c, r0, r0, &key) &&
		!gaz_lookup_key(GAZ_LOCATION, &key) && !gaz_lookup_key(GAZ_NATIONALITY, &key) &&
		!gaz_lookup_key(GAZ_ORGANIZATION, &key) && !gaz_lookup_key(GAZ_PERSON_TITLE, &key))
	{
		if (r0 == r1)
		{
			add_candidate(cands, c, r0, r0, KIND_UNKNOWN, NULL, phrase_start);
			last_candidate(cands)->weak = true;
			last_candidate(cands)->subject = true;
			return;
		}
		if (word_in_ci(sentence_openers, tok_s(c, r0), tok_len(c, r0)))
			j = r0 + 1;
	}

	if (run_is_organization(c, j, r1))
	{
		add_candidate(cands, c, j, r1, AP_KIND_ORGANIZATION, NULL, c->toks[j].start);
		return;
	}
	if (r1 > j && !run_has_title(c, j, r1) && !lookup_span(c, GAZ_LOCATION, j, r1) &&
		(followed_by_facility(c, r1) ||
		 (is_list(c, GAZ_FACILITY, r1) && !(is_list(c, GAZ_GIVEN_NAME, j) && person_context(c, r0, r1)))))
	{
		add_candidate(cands, c, j, r1, AP_KIND_LOCATION, NULL, c->toks[j].start);
		return;
	}
	for (int32_t q = j + 1; q < r1; q++)
		if (ascii_eq(tok_s(c, q), tok_len(c, q), "of"))
		{
			segment_run(c, j, q - 1, cands);
			segment_run(c, q + 1, r1, cands);
			return;
		}

	while (j <= r1)
	{
		int32_t		maxk = j + 5 < r1 ? j + 5 : r1;
		bool		done = false;

		/* an all-caps place name: "LONDON (Reuters)" */
		if (j == r1 || !c->toks[j + 1].cap)
		{
			const gaz_entry *e = lookup_all_caps_location(c, j);

			if (e)
			{
				add_candidate(cands, c, j, j, AP_KIND_LOCATION, e->canonical, c->toks[j].start);
				j++;
				continue;
			}
		}
		/* a given name followed by an unknown token starts a person name */
		if (j < r1 && is_list(c, GAZ_GIVEN_NAME, j) && !is_list(c, GAZ_PERSON_TITLE, j) &&
			!run_has_title(c, j + 1, r1) &&
			!lookup_span(c, GAZ_LOCATION, j, j + 1) && !lookup_span(c, GAZ_ORGANIZATION, j, j + 1))
		{
			add_candidate(cands, c, j, r1, AP_KIND_PERSON, NULL, titled || cued ? phrase_start : c->toks[j].start);
			last_candidate(cands)->titled = titled || cued;
			last_candidate(cands)->subject = !preceded_as_object(c, r0);
			return;
		}
		for (int32_t k = maxk; k >= j && !done; k--)
		{
			const gaz_entry *e;

			if (!span_key(c, j, k, &key))
				continue;
			if (gaz_lookup_key(GAZ_PERSON_TITLE, &key))
			{
				titled = true;
				done = true;
			}
			else if (gaz_lookup_key(GAZ_ORGANIZATION, &key))
			{
				/* an organization keeps the article's own form; acronyms meet expansions later */
				add_candidate(cands, c, j, k, AP_KIND_ORGANIZATION, NULL, c->toks[j].start);
				done = true;
			}
			else if ((e = gaz_lookup_key(GAZ_LOCATION, &key)))
			{
				add_candidate(cands, c, j, k, AP_KIND_LOCATION, e->canonical, c->toks[j].start);
				done = true;
			}
			else if ((e = gaz_lookup_key(GAZ_NATIONALITY, &key)))
			{
				add_candidate(cands, c, j, k, AP_KIND_NATIONALITY, e->canonical, c->toks[j].start);
				done = true;
			}
			if (done)
				j = k + 1;
		}
		if (done)
			continue;
		/* an unknown chunk: up to the next gazetteer hit (or the end when titled) */
		{
			int32_t		e = j;

			while (e < r1)
			{
				int32_t		n = e + 1;

				key = gaz_key_make(tok_s(c, n), tok_len(c, n));
				if (gaz_lookup_key(GAZ_PERSON_TITLE, &key))
					break;
				if (!titled && (gaz_lookup_key(GAZ_LOCATION, &key) || gaz_lookup_key(GAZ_NATIONALITY, &key) ||
								gaz_lookup_key(GAZ_ORGANIZATION, &key)))
					break;
				e = n;
			}
			add_candidate(cands, c, j, e, chunk_kind(c, j, e, titled, cued && j == r0, r0), NULL,
						  titled || cued ? phrase_start : c->toks[j].start);
			last_candidate(cands)->titled = titled || (cued && j == r0);
			last_candidate(cands)->subject = !preceded_as_object(c, r0);
			titled = false;
			j = e + 1;
		}
	}
}

static void
find_runs(const para_view *p, int32_t para, vec *cands)
{
	run_ctx		c;
	int32_t		i = 0;

	c.p = p;
	c.toks = p->toks.items;
	c.ntoks = p->toks.n;
	c.para = para;
	while (i < (int32_t) c.ntoks)
	{
		ap_tick();
		if (!is_name_token(&c, i))
		{
			i++;
			continue;
		}
		int32_t		r0 = i,
					r1 = i;

		/* a name is at most MAX_RUN tokens: longer capitalized runs are cut, keeping work per run bounded */
		while (r1 + 1 < (int32_t) c.ntoks && r1 - r0 + 1 < MAX_RUN && name_end(&c, r1) == c.toks[r1].end)
		{
			int32_t		n = r1 + 1;
			const token *t = &c.toks[n];

			/* a possessive ends the name, except "Farmers’ Association" */
			if (c.toks[r1].possessive &&
				!(c.toks[r1].full_end - c.toks[r1].end <= 3 && p->text.s[c.toks[r1].end - 1] == 's' &&
				  c.toks[r1].full_end < p->text.len && is_name_token(&c, n) && is_list(&c, GAZ_ORG_SUFFIX, n) &&
				  c.toks[r1].full_end + 1 == t->start))
				break;

			if (is_name_token(&c, n) && !t->sent_start)
			{
				r1 = n;
				continue;
			}
			/* connectors: "Bank of England", "Ursula von der Leyen", "Johnson & Johnson" */
			if ((t->type == TOK_WORD && !t->cap &&
				 (ascii_eq(tok_s(&c, n), tok_len(&c, n), "of") ||
				  word_in(name_particles, tok_s(&c, n), tok_len(&c, n)))) ||
				(t->type == TOK_PUNCT && t->cp == '&'))
			{
				int32_t		m = n;

				while (m < (int32_t) c.ntoks && c.toks[m].type == TOK_WORD && !c.toks[m].cap &&
					   word_in(name_particles, tok_s(&c, m), tok_len(&c, m)) && m < n + 2)
					m++;
				if (m == n)
					m = n + 1;
				if (m < (int32_t) c.ntoks && is_name_token(&c, m) && !c.toks[m].sent_start)
				{
					r1 = m;
					continue;
				}
			}
			break;
		}
		segment_run(&c, r0, r1, cands);
		i = r1 + 1;
	}
}

/* ---- document-level resolution ------------------------------------------------ */

static const char *
cand_text(const para_view *paras, const candidate *d, size_t *len)
{
	*len = d->end - d->start;
	return paras[d->para].text.s + d->start;
}

/* initials of the capitalized words of s, skipping connectors */
static size_t
initials(const char *s, size_t len, char *out, size_t cap)
{
	size_t		n = 0,
				i = 0;

	while (i < len)
	{
		while (i < len && s[i] == ' ')
			i++;
		size_t		ws = i;

		while (i < len && s[i] != ' ')
			i++;
		if (i == ws)
			break;
		if (s[ws] >= 'A' && s[ws] <= 'Z')
		{
			if (n + 1 >= cap)
				return 0;
			out[n++] = s[ws];
		}
	}
	out[n] = '\0';
	return n;
}

/* remember the initials of a multi-word organization, for acronym lookups */
static void
note_initials(smap *by_initials, const ent_entity *x, int32_t e, ap_arena *arena)
{
	char		ini[16];
	size_t		n;

	if (x->kind != AP_KIND_ORGANIZATION || !memchr(x->name, ' ', x->name_len))
		return;
	n = initials(x->name, x->name_len, ini, sizeof(ini));
	if (n >= 2 && smap_get(by_initials, ini, n) < 0)
		smap_put(by_initials, arena_strndup(arena, ini, n), n, e);
}

static int32_t
entity_for(ent_result *r, smap *by_name, const char *name, size_t len, ap_entity_kind kind,
		   ap_arena *arena)
{
	int32_t		e = smap_get(by_name, name, len);

	if (e >= 0)
		return e;
	ent_entity *x = vec_push(&r->entities);

	x->name = arena_strndup(arena, name, len);
	x->name_len = len;
	x->kind = kind;
	x->first_para = -1;
	vec_init(&x->aliases, sizeof(ap_str));
	e = (int32_t) r->entities.n - 1;
	smap_put(by_name, x->name, len, e);
	return e;
}

/* an entity with its index before sorting, so the order is total */
typedef struct tagged
{
	ent_entity	e;
	int32_t		old;
} tagged;

static int
cmp_tagged(const void *a, const void *b)
{
	const tagged *x = a,
			   *y = b;

	if (x->e.mentions != y->e.mentions)
		return y->e.mentions - x->e.mentions;
	if (x->e.first_para != y->e.first_para)
		return x->e.first_para - y->e.first_para;
	if (x->e.first_start != y->e.first_start)
		return x->e.first_start < y->e.first_start ? -1 : 1;
	return x->old - y->old;
}

void
entities_find(const para_view *paras, size_t n, ap_arena *arena, ent_result *out)
{
	vec			cands;
	smap		by_name,		/* canonical name -> entity */
				surname,		/* last word of a person -> entity */
				surface,		/* any accepted surface form -> entity */
				by_initials;	/* initials of a multi-word organization -> entity */

	vec_init(&out->entities, sizeof(ent_entity));
	vec_init(&out->mentions, sizeof(ent_mention));
	vec_init(&cands, sizeof(candidate));
	for (size_t p = 0; p < n; p++)
	{
		find_runs(&paras[p], (int32_t) p, &cands);
		if ((p & 63) == 0)
			ap_check_interrupts();
	}
	smap_init(&by_name);
	smap_init(&surname);
	smap_init(&surface);
	smap_init(&by_initials);

	candidate  *cs = cands.items;

	/* pass 1: entities with a known kind and a multi-word or gazetteer name */
	for (size_t i = 0; i < cands.n; i++)
	{
		candidate  *d = &cs[i];

		ap_tick();
		size_t		len;
		const char *s = cand_text(paras, d, &len);

		if ((int) d->kind < 0 || d->weak)
			continue;
		if (d->kind == AP_KIND_PERSON && d->tok_first == d->tok_last && !d->titled)
			continue;			/* single given name alone: resolve later */
		if (d->canonical)
			d->entity = entity_for(out, &by_name, d->canonical, strlen(d->canonical), d->kind, arena);
		else
			d->entity = entity_for(out, &by_name, s, len, d->kind, arena);
		smap_put(&surface, s, len, d->entity);
		note_initials(&by_initials, &VEC_AT(&out->entities, ent_entity, d->entity), d->entity, arena);
		if (d->kind == AP_KIND_PERSON && d->tok_last > d->tok_first)
		{
			const token *lt = &((const token *) paras[d->para].toks.items)[d->tok_last];
			const char *ls = paras[d->para].text.s + lt->start;
			size_t		ll = name_end(&(run_ctx)
									  {
									  &paras[d->para], paras[d->para].toks.items, paras[d->para].toks.n, d->para
									  }, d->tok_last) - lt->start;

			if (smap_get(&surname, ls, ll) < 0)
				smap_put(&surname, ls, ll, d->entity);
		}
	}
	/* "National Federation of Farm Operators (FNEA)": the acronym in brackets names the organization */
	for (size_t i = 1; i < cands.n; i++)
	{
		candidate  *d = &cs[i],
				   *prev = &cs[i - 1];
		const token *toks = paras[d->para].toks.items;
		size_t		len;
		const char *s;

		if (!d->acronym || prev->para != d->para || prev->entity < 0 ||
			prev->kind != AP_KIND_ORGANIZATION || d->tok_first < 2 ||
			prev->tok_last != d->tok_first - 2 || toks[d->tok_first - 1].type != TOK_PUNCT ||
			toks[d->tok_first - 1].cp != '(')
			continue;
		s = cand_text(paras, d, &len);
		smap_put(&by_initials, s, len, prev->entity);
	}

	/* pass 2: surnames, acronyms, weak words */
	for (size_t i = 0; i < cands.n; i++)
	{
		candidate  *d = &cs[i];

		ap_tick();
		size_t		len;
		const char *s;
		int32_t		e;

		if (d->entity >= 0)
		{
			/*
			 * A single word that is the surname of a full name in the article
			 * is that person: "President Putin", and a place name ("Almeida")
			 * used as a surname.
			 */
			if ((d->kind == AP_KIND_PERSON || d->kind == AP_KIND_LOCATION) && d->tok_first == d->tok_last)
			{
				s = cand_text(paras, d, &len);
				e = smap_get(&surname, s, len);
				if (e >= 0)
					d->entity = e;
			}
			continue;
		}
		s = cand_text(paras, d, &len);
		if ((e = smap_get(&surname, s, len)) >= 0 || (e = smap_get(&surface, s, len)) >= 0 ||
			(e = smap_get(&by_name, s, len)) >= 0)
		{
			d->entity = e;
			continue;
		}
		if (d->weak)
			continue;
		if (d->kind == KIND_PLACE_GUESS)
			d->kind = AP_KIND_LOCATION;
		if (d->acronym)
		{
			/* expansion given by the article: an organization whose initials match */
			d->entity = smap_get(&by_initials, s, len);
			if (d->entity >= 0)
			{
				smap_put(&surface, s, len, d->entity);
				continue;
			}
		}
		if (d->kind == KIND_UNKNOWN)
		{
			/* two or three capitalized words that start with a given name */
			const para_view *pv = &paras[d->para];
			const token *ft = &((const token *) pv->toks.items)[d->tok_first];

			if (d->tok_last > d->tok_first && d->tok_last - d->tok_first <= 3 &&
				gaz_lookup(GAZ_GIVEN_NAME, pv->text.s + ft->start, ft->end - ft->start))
				d->kind = AP_KIND_PERSON;
			else
				continue;
		}
		if (d->kind == AP_KIND_PERSON && d->tok_first == d->tok_last && !d->titled)
			continue;
		d->entity = entity_for(out, &by_name, s, len, d->kind, arena);
		smap_put(&surface, s, len, d->entity);
		note_initials(&by_initials, &VEC_AT(&out->entities, ent_entity, d->entity), d->entity, arena);
	}
	/* acronyms seen before their expansion: merge into the expansion */
	{
		int32_t    *remap = ap_alloc((out->entities.n + 1) * sizeof(int32_t));

		for (size_t k = 0; k < out->entities.n; k++)
			remap[k] = (int32_t) k;
		for (size_t i = 0; i < cands.n; i++)
		{
			candidate  *d = &cs[i];

		ap_tick();
			size_t		len;
			const char *s = cand_text(paras, d, &len);
			int32_t		target;

			if (!d->acronym || d->entity < 0)
				continue;
			ent_entity *cur = &VEC_AT(&out->entities, ent_entity, d->entity);

			if (cur->name_len != len || memcmp(cur->name, s, len) != 0)
				continue;
			target = smap_get(&by_initials, s, len);
			if (target >= 0 && target != d->entity)
			{
				remap[d->entity] = target;
				cur->kind = KIND_UNKNOWN;	/* orphaned: dropped below */
			}
		}
		for (size_t i = 0; i < cands.n; i++)
			if (cs[i].entity >= 0)
				cs[i].entity = remap[cs[i].entity];
		ap_release(remap);
	}

	/* mentions, counts, aliases */
	for (size_t i = 0; i < cands.n; i++)
	{
		candidate  *d = &cs[i];

		ap_tick();

		if (d->entity < 0)
			continue;
		ent_entity *x = &VEC_AT(&out->entities, ent_entity, d->entity);
		size_t		len;
		const char *s = cand_text(paras, d, &len);
		ent_mention *m = vec_push(&out->mentions);

		m->para = d->para;
		m->start = d->start;
		m->end = d->end;
		m->phrase_start = d->phrase_start;
		m->entity = d->entity;
		m->subject = d->subject && x->kind == AP_KIND_PERSON;
		if (x->mentions == 0 || d->para < x->first_para)
		{
			x->first_para = d->para;
			x->first_start = d->start;
		}
		x->mentions++;
		if (len != x->name_len || memcmp(s, x->name, len) != 0)
		{
			bool		seen = false;

			for (size_t k = 0; k < x->aliases.n && !seen; k++)
			{
				ap_str	   *a = &VEC_AT(&x->aliases, ap_str, k);

				seen = a->len == len && memcmp(a->ptr, s, len) == 0;
			}
			if (!seen && x->aliases.n < 32)
			{
				ap_str	   *a = vec_push(&x->aliases);

				a->ptr = arena_strndup(arena, s, len);
				a->len = len;
			}
		}
	}

	/* order entities: most mentioned first; drop orphans; remap mentions */
	{
		size_t		ne = out->entities.n;
		int32_t    *order = ap_alloc((ne + 1) * sizeof(int32_t));
		ent_entity *ents = out->entities.items;
		size_t		kept = 0;

		tagged	   *tg = ap_alloc((ne + 1) * sizeof(tagged));

		for (size_t k = 0; k < ne; k++)
		{
			if (ents[k].mentions == 0 || ents[k].kind == KIND_UNKNOWN)
			{
				vec_free(&ents[k].aliases);
				continue;
			}
			tg[kept].e = ents[k];
			tg[kept].old = (int32_t) k;
			kept++;
		}
		qsort(tg, kept, sizeof(tagged), cmp_tagged);
		for (size_t k = 0; k < ne; k++)
			order[k] = -1;
		for (size_t k = 0; k < kept; k++)
		{
			order[tg[k].old] = (int32_t) k;
			ents[k] = tg[k].e;
		}
		out->entities.n = kept;
		size_t		w = 0;

		for (size_t k = 0; k < out->mentions.n; k++)
		{
			ent_mention *m = &VEC_AT(&out->mentions, ent_mention, k);

			if (order[m->entity] < 0)
				continue;
			m->entity = order[m->entity];
			VEC_AT(&out->mentions, ent_mention, w++) = *m;
		}
		out->mentions.n = w;
		ap_release(tg);
		ap_release(order);
	}

	smap_free(&by_name);
	smap_free(&surname);
	smap_free(&surface);
	smap_free(&by_initials);
	vec_free(&cands);
}

void
entities_free(ent_result *r)
{
	for (size_t k = 0; k < r->entities.n; k++)
		vec_free(&VEC_AT(&r->entities, ent_entity, k).aliases);
	vec_free(&r->entities);
	vec_free(&r->mentions);
}
