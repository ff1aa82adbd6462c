/*
 * quotes.c — owns stage 6: pairing quotation marks (“ ” „ “ « » ‹ › ‘ ’
 * and straight quotes, apostrophes told apart), nested and multi-paragraph
 * quotes, full versus partial quotes, and speaker attribution: reporting
 * verbs after or before the quote, "according to", continuations
 * ("adding", a second quote in the same paragraph) and pronouns resolved to
 * the last person who was a sentence subject.
 */
#include "quotes.h"

static const char *const reporting_verbs[] = {
	"said", "says", "say", "saying", "told", "tells", "added", "adds", "adding", "asked", "asks",
	"explained", "explains", "noted", "notes", "wrote", "writes", "stated", "states", "declared",
	"declares", "argued", "argues", "warned", "warns", "insisted", "insists", "claimed", "claims",
	"announced", "announces", "replied", "replies", "responded", "responds", "continued",
	"continues", "conceded", "concedes", "acknowledged", "acknowledges", "suggested", "suggests",
	"called", "calls", "described", "describes", "recalled", "recalls", "urged", "urges",
	"cautioned", "predicted", "promised", "vowed", "admitted", "admits", "complained",
	"observed", "remarked", "stressed", "stresses", "emphasized", "emphasised", "posted",
	"tweeted", "quipped", "joked", "shouted", "mused", "countered", "boasted", "pleaded",
	"demanded", "confirmed", "denied", "reiterated", "lamented", "concluded", "testified",
	"recounted", "texted", "agreed", "described", "wrote", "added", "assured", "told", "insisted", "maintained",
	"cried", "screamed", "yelled", "whispered", "sighed", "laughed", "snapped", NULL
};

static const char *const continuation_verbs[] = {"adding", "continuing", NULL};

static bool
word_is(const para_view *p, const token *t, const char *const *list)
{
	return t->type == TOK_WORD && word_list_has(list, p->text.s + t->start, t->end - t->start, true);
}

static bool
word_eq(const para_view *p, const token *t, const char *w)
{
	return t->type == TOK_WORD && ascii_ieq(p->text.s + t->start, t->end - t->start, w);
}

/* ---- pairing ------------------------------------------------------------- */

typedef struct raw_quote
{
	int32_t		para;
	uint32_t	open,
				start,
				end,
				close_end;		/* mark start, text start, text end, after closing mark */
	bool		closed;
} raw_quote;

static int32_t
closer_for(int32_t open)
{
	switch (open)
	{
		case 0x201C:
			return 0x201D;
		case 0x201E:
			return 0x201C;		/* „…“, also accepts ” */
		case 0x00AB:
			return 0x00BB;
		case 0x00BB:
			return 0x00AB;
		case 0x2039:
			return 0x203A;
		case 0x2018:
			return 0x2019;
		case '"':
			return '"';
		default:
			return 0;
	}
}

static bool
is_opener(int32_t cp)
{
	return cp == 0x201C || cp == 0x201E || cp == 0x00AB || cp == 0x2039 || cp == '"' || cp == 0x2018;
}

static bool
closes(int32_t open, int32_t cp)
{
	if (cp == closer_for(open))
		return true;
	if (open == 0x201E && cp == 0x201D)
		return true;
	if (open == 0x201C && cp == '"')
		return true;
	if (open == '"' && cp == 0x201D)
		return true;
	return false;
}

/* find top-level quotes in one paragraph */
static void
pair_marks(const para_view *p, int32_t para, vec *out, bool *open_at_end, int32_t *first_mark)
{
	const char *s = p->text.s;
	size_t		len = p->text.len;
	size_t		i = 0;
	int32_t		open_cp = 0;
	uint32_t	open_pos = 0;
	int			nested = 0;
	bool		first = true;

	*first_mark = 0;
	while (i < len)
	{
		int			n;
		int32_t		cp;

		/* past the first character, ASCII other than the two quote marks changes nothing */
		if (!first)
		{
			i = ascii_span_without(s, len, i, '"', '\'');
			if (i >= len)
				break;
		}
		cp = utf8_at(s, len, i, &n);
		ap_tick();
		if (!char_is_quote_mark(cp))
		{
			if (!char_is_space(cp))
				first = false;
			i += n;
			continue;
		}
		int32_t		prev = i > 0 ? utf8_at(s, len, utf8_prev(s, i), NULL) : ' ';
		int32_t		next = utf8_at(s, len, i + n, NULL);
		bool		prev_word = char_is_alnum(prev);
		bool		next_word = char_is_alnum(next);

		if (first)
			*first_mark = cp;
		first = false;
		/* apostrophes: between letters, or ’ after a word with a word char next */
		if ((cp == 0x2019 || cp == '\'') && prev_word && next_word)
		{
			i += n;
			continue;
		}
		if (open_cp == 0)
		{
			/* French and German styles may put a space inside the marks */
			bool		opening = is_opener(cp) && next != 0 &&
				(!char_is_space(next) || cp == 0x00AB || cp == 0x201E || cp == 0x2039);

			if (cp == '"' || cp == 0x2018 || cp == '\'')
				opening = opening && !prev_word;
			if (cp == '\'')
				opening = false;	/* straight single quotes: too ambiguous */
			if (cp == 0x2018 && prev_word)
				opening = false;
			if (!opening && cp == 0x201D && !prev_word && next_word)
			{
				opening = true;	/* ” used as an opener */
			}
			if (opening)
			{
				open_cp = cp == 0x201D ? 0x201C : cp;
				open_pos = (uint32_t) i;
				nested = 0;
			}
			i += n;
			continue;
		}
		/* inside a quote */
		if (closes(open_cp, cp) && !(cp == 0x201C && open_cp == 0x201E && next_word && !prev_word))
		{
			if (nested && (cp == 0x2019 || cp == '\''))
			{
				nested = 0;
				i += n;
				continue;
			}
			raw_quote  *q = vec_push(out);

			q->para = para;
			q->open = open_pos;
			{
				int			on;

				utf8_at(s, len, open_pos, &on);
				q->start = open_pos + (uint32_t) on;
			}
			q->end = (uint32_t) i;
			utf8_at(s, len, i, &n);
			q->close_end = (uint32_t) (i + n);
			q->closed = true;
			open_cp = 0;
			i += n;
			continue;
		}
		/* nested single quotes inside a double quote */
		if (open_cp != 0x2018 && (cp == 0x2018 || (cp == '\'' && !prev_word && next_word)))
		{
			nested = 1;
		}
		else if (nested && (cp == 0x2019 || cp == '\'') && !next_word)
			nested = 0;
		i += n;
	}
	*open_at_end = false;
	if (open_cp != 0)
	{
		int			on;

		utf8_at(s, len, open_pos, &on);
		raw_quote  *q = vec_push(out);

		q->para = para;
		q->open = open_pos;
		q->start = open_pos + (uint32_t) on;
		q->end = (uint32_t) len;
		q->close_end = (uint32_t) len;
		q->closed = false;
		*open_at_end = true;
	}
}

/* ---- attribution ------------------------------------------------------------ */

typedef struct attr_ctx
{
	const para_view *paras;
	const ent_result *ents;
	size_t		mention_lo,
				mention_hi;		/* mentions of the current paragraph */
	int32_t		last_subject;	/* entity */
} attr_ctx;

/* token index of the first token starting at or after byte b */
static size_t
tok_at(const para_view *p, uint32_t b)
{
	const token *t = p->toks.items;
	size_t		lo = 0,
				hi = p->toks.n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (t[mid].start < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* index of the first mention of the paragraph whose end is after byte b */
static size_t
first_mention_after(const attr_ctx *c, uint32_t b)
{
	size_t		lo = c->mention_lo,
				hi = c->mention_hi;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (VEC_AT(&c->ents->mentions, ent_mention, mid).end <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* person mention covering token k; forward also accepts the title phrase before a name */
static int32_t
person_mention_at(const attr_ctx *c, const para_view *p, size_t k, bool forward)
{
	const token *t = p->toks.items;

	if (k >= p->toks.n)
		return -1;
	for (size_t m = first_mention_after(c, t[k].start); m < c->mention_hi; m++)
	{
		const ent_mention *em = &VEC_AT(&c->ents->mentions, ent_mention, m);
		const ent_entity *e = &VEC_AT(&c->ents->entities, ent_entity, em->entity);
		uint32_t	from = forward ? em->phrase_start : em->start;

		if (from > t[k].start)
			return -1;
		if (e->kind == AP_KIND_PERSON && t[k].start < em->end)
			return (int32_t) m;
	}
	return -1;
}

static int32_t
mention_entity(const attr_ctx *c, int32_t m)
{
	return VEC_AT(&c->ents->mentions, ent_mention, m).entity;
}

typedef struct attribution
{
	int32_t		entity;			/* -1 none */
	int32_t		mention;
	const char *cue;
	size_t		cue_len;
	bool		found;			/* a reporting clause was found (even if no person) */
	bool		continuation;
} attribution;

static void
set_cue(attribution *a, const para_view *p, const token *v, const token *next)
{
	a->cue = p->text.s + v->start;
	a->cue_len = v->end - v->start;
	if (next && next->type == TOK_WORD && ascii_ieq(p->text.s + v->start, v->end - v->start, "told") &&
		(ascii_ieq(p->text.s + next->start, next->end - next->start, "reporters") ||
		 ascii_ieq(p->text.s + next->start, next->end - next->start, "journalists")))
		a->cue_len = next->end - v->start;
}

/* the speaker is mention m */
static bool
take_mention(const attr_ctx *c, int32_t m, attribution *a)
{
	if (m < 0)
		return false;
	a->entity = mention_entity(c, m);
	a->mention = m;
	return true;
}

/* he/she: the last person who was a sentence subject */
static bool
take_pronoun(const attr_ctx *c, const para_view *p, const token *t, attribution *a)
{
	if (!(word_eq(p, t, "he") || word_eq(p, t, "she")))
		return false;
	a->entity = c->last_subject;
	a->mention = -1;
	return true;
}


/*
 * The speaker before verb token v: a person, possibly with adverbs or
 * auxiliaries between ("Putin also told"), an "of the X" phrase ("Jasmine
 * Ortiz of the Fair Fares Coalition called"), or an appositive between
 * commas ("Marc Lavoie, a spokesperson for the commission, said"); or
 * he/she, resolved to the last subject.
 */
static bool
subject_before(const attr_ctx *c, const para_view *p, size_t v, size_t lo, attribution *a)
{
	const token *t = p->toks.items;
	size_t		k = v;
	int			steps = 0;

	while (k > lo && steps++ < 12)
	{
		k--;
		if (t[k].type == TOK_PUNCT)
		{
			if (t[k].cp != ',' || k == lo)
				return false;
			/* ", said": the name is just before this comma, or before the appositive */
			if (k > lo)
			{
				if (take_mention(c, person_mention_at(c, p, k - 1, false), a))
					return true;
			}
			for (size_t q = k; q > lo && k - q < 25; q--)
			{
				if (t[q - 1].type == TOK_PUNCT && t[q - 1].sent_end)
					return false;
				if (t[q - 1].type == TOK_PUNCT && t[q - 1].cp == ',' && q - 1 > lo)
				{
					return take_mention(c, person_mention_at(c, p, q - 2, false), a);
				}
			}
			return false;
		}
		if (take_mention(c, person_mention_at(c, p, k, false), a) || take_pronoun(c, p, &t[k], a))
			return true;
		if (t[k].cap && !(k > lo && (word_eq(p, &t[k - 1], "of") || word_eq(p, &t[k - 1], "the") ||
									 t[k - 1].cap)))
			return false;		/* an organization or unknown name is the subject */
	}
	return false;
}

/* the speaker just after verb token v: "said Putin", "said Dr. Priyanka Nair" */
static bool
subject_after(const attr_ctx *c, const para_view *p, size_t v, size_t hi, attribution *a)
{
	const token *t = p->toks.items;

	for (size_t k = v + 1; k < hi && k <= v + 7; k++)
	{
		if (t[k].type == TOK_PUNCT)
		{
			/* the period of a title abbreviation ("Dr.") */
			if (t[k].cp == '.' && k > v + 1 && t[k - 1].type == TOK_WORD && t[k - 1].end == t[k].start &&
				t[k - 1].cap && t[k - 1].end - t[k - 1].start <= 4)
				continue;
			return false;
		}
		if (take_mention(c, person_mention_at(c, p, k, true), a) || take_pronoun(c, p, &t[k], a))
			return true;
	}
	return false;
}

/* look for "according to X" in tokens lo..hi */
static bool
according_to(const attr_ctx *c, const para_view *p, size_t lo, size_t hi, attribution *a)
{
	const token *t = p->toks.items;

	for (size_t k = lo; k + 2 < hi; k++)
		if (word_eq(p, &t[k], "according") && word_eq(p, &t[k + 1], "to"))
		{
			a->cue = p->text.s + t[k].start;
			a->cue_len = t[k + 1].end - t[k].start;
			a->found = true;
			if (subject_after(c, p, k + 1, hi, a))
				return true;
			a->entity = -1;
			return true;
		}
	return false;
}

/* punctuation among tokens lo..hi-1 */
static bool
has_punct(const para_view *p, size_t lo, size_t hi)
{
	const token *t = p->toks.items;

	for (size_t k = lo; k < hi && k < p->toks.n; k++)
		if (t[k].type == TOK_PUNCT)
			return true;
	return false;
}

#define SENTENCE_SPAN 120

/* sentence bounds (token indexes) around token k */
static void
sentence_bounds(const para_view *p, size_t k, size_t *lo, size_t *hi)
{
	const token *t = p->toks.items;
	size_t		a = k,
				b = k;

	/* a run-on "sentence" is cut at SENTENCE_SPAN tokens each way: attribution stays local and linear */
	while (a > 0 && k - a < SENTENCE_SPAN && !(t[a - 1].type == TOK_PUNCT && t[a - 1].sent_end))
		a--;
	while (b < p->toks.n && b - k < SENTENCE_SPAN && !(t[b].type == TOK_PUNCT && t[b].sent_end))
		b++;
	*lo = a;
	*hi = b < p->toks.n ? b + 1 : b;
}

/* after the closing mark, to the end of the sentence or the next quote */
static bool
attribute_after(attr_ctx *c, const para_view *p, const raw_quote *q, attribution *a)
{
	const token *t = p->toks.items;
	size_t		after = tok_at(p, q->close_end);
	size_t		s_lo,
				s_hi,
				w_hi;

	if (after >= p->toks.n)
		return false;
	sentence_bounds(p, after, &s_lo, &s_hi);
	w_hi = s_hi;
	for (size_t k = after; k < w_hi && k < after + 30; k++)
	{
		if (t[k].type == TOK_PUNCT && is_opener(t[k].cp) && k > after)
		{
			w_hi = k;
			break;
		}
		if (word_is(p, &t[k], continuation_verbs) && k <= after + 2)
		{
			a->found = true;
			a->continuation = true;
			set_cue(a, p, &t[k], NULL);
			return true;
		}
		if (word_is(p, &t[k], reporting_verbs))
		{
			if (subject_before(c, p, k, after, a) || subject_after(c, p, k, w_hi, a))
			{
				a->found = true;
				set_cue(a, p, &t[k], k + 1 < p->toks.n ? &t[k + 1] : NULL);
				return true;
			}
			if (k <= after + 3 && !has_punct(p, after + 1, k))
			{
				/* "…,” the minister said": a reporting clause with no named person */
				a->found = true;
				set_cue(a, p, &t[k], NULL);
				return true;
			}
		}
	}
	return according_to(c, p, after, w_hi, a);
}

/* before the opening mark, within its sentence: "X said:", "X said that", "X called it" */
static bool
attribute_before(attr_ctx *c, const para_view *p, const raw_quote *q, attribution *a)
{
	const token *t = p->toks.items;
	size_t		before = tok_at(p, q->open);
	size_t		s_lo,
				s_hi;

	if (p->toks.n == 0)
		return false;
	sentence_bounds(p, before < p->toks.n ? before : p->toks.n - 1, &s_lo, &s_hi);
	for (size_t k = before; k > s_lo; k--)
	{
		size_t		v = k - 1;

		if (t[v].type == TOK_PUNCT)
		{
			if (is_opener(t[v].cp) || t[v].cp == 0x201D || t[v].cp == '"')
				break;
			continue;
		}
		if (word_is(p, &t[v], reporting_verbs) || word_is(p, &t[v], continuation_verbs))
		{
			if (subject_before(c, p, v, s_lo, a) || subject_after(c, p, v, before, a))
			{
				a->found = true;
				set_cue(a, p, &t[v], v + 1 < p->toks.n ? &t[v + 1] : NULL);
				return true;
			}
			a->found = true;	/* a reporting clause whose subject is not a person we know */
			return false;
		}
	}
	return according_to(c, p, s_lo, before, a);
}

static void
attribute(attr_ctx *c, const para_view *p, const raw_quote *q, bool partial, attribution *a)
{
	a->entity = -1;
	a->mention = -1;
	a->cue = NULL;
	a->cue_len = 0;
	a->found = false;
	a->continuation = false;

	if (partial)
	{
		/* a fragment in the writer's sentence belongs to that sentence's speaker */
		if (attribute_before(c, p, q, a) || a->found)
			return;
		attribute_after(c, p, q, a);
		return;
	}
	if (attribute_after(c, p, q, a))
		return;
	attribute_before(c, p, q, a);
}

/*
 * A paragraph ending with a colon introduces the quote that opens the next
 * one: its speaker is the subject of the last reporting verb.
 */
static int32_t
introducing_speaker(attr_ctx *c, const para_view *p)
{
	const token *t = p->toks.items;
	size_t		s_lo,
				s_hi;
	attribution a;

	if (p->toks.n == 0)
		return -1;
	memset(&a, 0, sizeof(a));
	a.entity = -1;
	sentence_bounds(p, p->toks.n - 1, &s_lo, &s_hi);
	for (size_t k = p->toks.n; k > s_lo; k--)
		if (word_is(p, &t[k - 1], reporting_verbs) &&
			(subject_before(c, p, k - 1, s_lo, &a) || subject_after(c, p, k - 1, p->toks.n, &a)))
			return a.entity;
	return -1;
}

/* a quote is full when it starts a sentence or follows a reporting clause */
static bool
is_partial(const para_view *p, const raw_quote *q)
{
	const char *s = p->text.s;
	size_t		i = q->open;
	int32_t		first = utf8_at(s, p->text.len, q->start, NULL);

	/* look back over spaces */
	while (i > 0)
	{
		size_t		pi = utf8_prev(s, i);
		int32_t		cp = utf8_at(s, p->text.len, pi, NULL);

		if (cp == ' ')
		{
			i = pi;
			continue;
		}
		if (cp == '.' || cp == '!' || cp == '?' || char_is_quote_mark(cp) || cp == ')')
			return false;
		if ((cp == ':' || cp == ',') && !char_is_lower(first))
			return false;
		return true;
	}
	return false;					/* paragraph start */
}

void
quotes_find(const para_view *paras, size_t n, const ent_result *ents, vec *quotes)
{
	vec			raw;
	attr_ctx	c;
	size_t		mi = 0;
	int32_t		prev_speaker = -1;
	int32_t		prev_speaker_para = -2;
	bool		carry_open = false;
	int32_t		intro_speaker = -1;
	size_t		group_start = 0;

	vec_init(&raw, sizeof(raw_quote));
	memset(&c, 0, sizeof(c));
	c.paras = paras;
	c.ents = ents;
	c.last_subject = -1;

	for (size_t pi = 0; pi < n; pi++)
	{
		const para_view *p = &paras[pi];
		bool		open_at_end;
		int32_t		first_mark;

		if ((pi & 63) == 0)
			ap_check_interrupts();
		raw.n = 0;
		pair_marks(p, (int32_t) pi, &raw, &open_at_end, &first_mark);

		c.mention_lo = mi;
		while (mi < ents->mentions.n && VEC_AT(&ents->mentions, ent_mention, mi).para == (int32_t) pi)
			mi++;
		c.mention_hi = mi;

		bool		continued_from_prev = carry_open && first_mark != 0 && raw.n > 0 &&
			VEC_AT(&raw, raw_quote, 0).open == 0;
		size_t		next_mention = c.mention_lo;

		for (size_t qi = 0; qi < raw.n; qi++)
		{
			raw_quote  *q = &VEC_AT(&raw, raw_quote, qi);
			attribution a;
			bool		partial;

			ap_tick();

			/* subjects mentioned before this quote */
			while (next_mention < c.mention_hi &&
				   VEC_AT(&ents->mentions, ent_mention, next_mention).start < q->open)
			{
				const ent_mention *em = &VEC_AT(&ents->mentions, ent_mention, next_mention);

				if (em->subject)
				{
					c.last_subject = em->entity;
				}
				next_mention++;
			}
			if (q->end <= q->start)
				continue;
			partial = q->closed && is_partial(p, q);
			if (!q->closed || (qi == 0 && continued_from_prev))
				partial = false;
			attribute(&c, p, q, partial, &a);
			if (a.entity < 0 && !a.found && q->open == 0 && intro_speaker >= 0)
			{
				/* introduced by the previous paragraph: "Halvorsen described the day:" */
				a.entity = intro_speaker;
				a.found = true;
			}
			if (a.continuation || (a.entity < 0 && !a.found && !partial))
			{
				/* same paragraph, or a quote paragraph following a quote paragraph */
				if (prev_speaker >= 0 &&
					(prev_speaker_para == (int32_t) pi ||
					 (prev_speaker_para == (int32_t) pi - 1 && (q->open == 0 || continued_from_prev))))
				{
					a.entity = prev_speaker;
					a.mention = -1;
				}
			}
			quote_span *o = vec_push(quotes);

			o->para = (int32_t) pi;
			o->start = q->start;
			o->end = q->end;
			o->partial = partial;
			o->speaker = a.entity;
			o->speaker_mention = a.mention;
			o->cue = a.cue;
			o->cue_len = a.cue_len;
			if (!partial && a.entity >= 0)
			{
				prev_speaker = a.entity;
				prev_speaker_para = (int32_t) pi;
			}
			if (a.entity >= 0)
			{
				c.last_subject = a.entity;
			}
		}
		/* multi-paragraph quote: the group shares the speaker found in its last part */
		if (continued_from_prev && quotes->n > group_start)
		{
			int32_t		sp = VEC_AT(quotes, quote_span, quotes->n - 1).speaker;

			if (sp >= 0)
				for (size_t k = group_start; k < quotes->n; k++)
					if (VEC_AT(quotes, quote_span, k).speaker < 0)
						VEC_AT(quotes, quote_span, k).speaker = sp;
		}
		if (!open_at_end || !continued_from_prev)
			group_start = quotes->n > 0 ? quotes->n - (open_at_end ? 1 : 0) : 0;
		carry_open = open_at_end;
		intro_speaker = -1;
		if (!open_at_end && p->text.len > 0 && p->text.s[p->text.len - 1] == ':')
			intro_speaker = introducing_speaker(&c, p);
		for (; next_mention < c.mention_hi; next_mention++)
		{
			const ent_mention *em = &VEC_AT(&ents->mentions, ent_mention, next_mention);

			if (em->subject)
			{
				c.last_subject = em->entity;
			}
		}
	}
	vec_free(&raw);
}
