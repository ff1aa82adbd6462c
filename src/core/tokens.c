/*
 * tokens.c — owns stage 5: one pass that splits a paragraph into words
 * (with internal apostrophes, hyphens and initialisms such as U.S.),
 * numbers and punctuation, notes possessives, and marks sentence starts
 * using an abbreviation list so "Mr. Smith" and "Jan. 5" do not split.
 */
#include "tokens.h"

static const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
	"capt", "cpt", "maj", "prof", "inc", "corp", "co", "ltd", "vs", "etc", "no", "nos", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
	"adm", "cmdr", "gov", "pres", "rev", "hon", "supt", "det", "insp", "approx", "dept", "est",
	"fig", "vol", "pp", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", NULL
};

bool
token_lower(const char *s, const token *t, char *buf, size_t cap)
{
	size_t		n = t->end - t->start;

	if (n + 1 > cap)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[t->start + i];

		if (c >= 0x80)
			return false;
		buf[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (char) c;
	}
	buf[n] = '\0';
	return true;
}

static bool
is_abbreviation(const char *s, const token *t)
{
	char		buf[16];

	if (t->end - t->start == 1 && char_is_upper((unsigned char) s[t->start]))
		return true;			/* an initial: "J. Smith" */
	if (!token_lower(s, t, buf, sizeof(buf)))
		return false;
	return word_list_has(abbreviations, buf, strlen(buf), false);
}

static bool
is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

/* a zeroed token at the end of toks; room is usually reserved already */
static inline token *
push_token(vec *toks)
{
	if (toks->n < toks->cap)
	{
		token	   *t = &VEC_AT(toks, token, toks->n);

		toks->n++;
		memset(t, 0, sizeof(*t));
		return t;
	}
	return vec_push(toks);
}

/*
 * The end of the run of ASCII letters and digits at s[j], with the class
 * bits of its bytes or'ed into *seen.
 */
static inline size_t
ascii_alnum_run(const char *s, size_t len, size_t j, unsigned *seen)
{
	unsigned	acc = 0;

	while (j < len)
	{
		unsigned char b = (unsigned char) s[j];
		unsigned	cls;

		if (b >= 0x80)
			break;
		cls = ap_ascii_class[b];
		if (!(cls & (CHAR_LETTER | CHAR_DIGIT)))
			break;
		acc |= cls;
		j++;
	}
	*seen |= acc;
	return j;
}

/* at least two letters in s[from, to) */
static bool
has_two_letters(const char *s, size_t from, size_t to)
{
	int			letters = 0;

	for (size_t k = from; k < to && letters < 2;)
	{
		int			m;

		letters += char_is_letter(utf8_at(s, to, k, &m));
		k += m > 0 ? (size_t) m : 1;
	}
	return letters >= 2;
}

void
tokenize(const char *s, size_t len, vec *toks)
{
	size_t		i = 0;
	bool		next_starts = true;

	/* room for the usual one token per five bytes or so, grown as needed */
	vec_reserve(toks, toks->n + len / 5 + 16);
	while (i < len)
	{
		int			n;
		int32_t		cp;
		unsigned char b = (unsigned char) s[i];
		/* the class bits of the first character (the table's for ASCII) */
		unsigned	cls0;

		if (b < 0x80)
		{
			cls0 = ap_ascii_class[b];
			if (cls0 & CHAR_SPACE)
			{
				i++;
				continue;
			}
			cp = b;
			n = 1;
		}
		else
		{
			cp = utf8_at(s, len, i, &n);
			if (char_is_space(cp))
			{
				i += n;
				continue;
			}
			cls0 = (char_is_letter(cp) ? CHAR_LETTER : 0) | (char_is_upper(cp) ? CHAR_UPPER : 0) |
				(char_is_digit(cp) ? CHAR_DIGIT : 0);
		}
		ap_tick();
		token	   *t = push_token(toks);

		t->start = (uint32_t) i;
		if (cls0 & (CHAR_LETTER | CHAR_DIGIT))
		{
			size_t		j = i;
			/*
			 * class bits seen in the word: CHAR_LETTER, CHAR_UPPER, and
			 * CHAR_LOWER for any letter that is not a capital
			 */
			unsigned	seen = 0;
			bool		digit_led = (cls0 & CHAR_DIGIT) != 0;
			bool		dotted = false;

			while (j < len)
			{
				int			m;
				int32_t		c;

				/* a run of ASCII letters and digits straight from the class table */
				j = ascii_alnum_run(s, len, j, &seen);
				if (j >= len || s[j] == ' ')
					break;
				c = utf8_at(s, len, j, &m);
				if (char_is_alnum(c))
				{
					if (char_is_letter(c))
						seen |= CHAR_LETTER | (char_is_upper(c) ? CHAR_UPPER : CHAR_LOWER);
					j += m;
					continue;
				}
				/* internal joiners: a letter or digit must follow */
				if (c == '-' || c == '&' || c == '.' || is_apostrophe(c) || c == ',' || c == '+')
				{
					int			m2;
					int32_t		c2 = utf8_at(s, len, j + m, &m2);

					if (c == ',' && !(digit_led && char_is_digit(c2)))
						break;
					if (c == '.' && !(char_is_alnum(c2) && (digit_led || m2 > 0)))
					{
						/* "U.S." keeps its final period when dotted */
						if (dotted && !digit_led)
							j += m;
						break;
					}
					if (c == '.' && !digit_led)
						dotted = true;
					if (c == '+' && !(j + m >= len || !char_is_alnum(c2)))
						break;
					if (c == '+')
					{
						/* trailing plus: "OPEC+" */
						j += m;
						break;
					}
					if (!char_is_alnum(c2))
						break;
					/* possessive 's at the end of a word */
					if (is_apostrophe(c) && (c2 == 's' || c2 == 'S'))
					{
						int			m3;
						int32_t		c3 = utf8_at(s, len, j + m + m2, &m3);

						if (!char_is_alnum(c3))
						{
							t->possessive = true;
							t->end = (uint32_t) j;
							t->full_end = (uint32_t) (j + m + m2);
							j = j + m + m2;
							goto word_done;
						}
					}
					j += m;
					continue;
				}
				break;
			}
			t->end = (uint32_t) j;
			t->full_end = (uint32_t) j;
			/* plural possessive: "states’ " (an apostrophe is ' or the three bytes of ’) */
			if (j < len && (s[j] == '\'' || (unsigned char) s[j] == 0xE2))
			{
				int			m;
				int32_t		c = utf8_at(s, len, j, &m);

				if (is_apostrophe(c) && j > 0 && (s[j - 1] == 's') &&
					!char_is_alnum(utf8_at(s, len, j + m, NULL)))
				{
					t->possessive = true;
					t->full_end = (uint32_t) (j + m);
					j += m;
				}
			}
	word_done:
			t->type = digit_led && !(seen & CHAR_LETTER) ? TOK_NUMBER : TOK_WORD;
			t->cap = (cls0 & CHAR_UPPER) || (digit_led && (seen & CHAR_UPPER));
			t->all_caps = (seen & CHAR_LETTER) && !(seen & CHAR_LOWER) && has_two_letters(s, t->start, t->end);
			t->sent_start = next_starts && t->type == TOK_WORD;
			if (t->type == TOK_WORD || t->type == TOK_NUMBER)
				next_starts = false;
			i = j;
			continue;
		}
		/* punctuation */
		t->type = TOK_PUNCT;
		t->cp = cp;
		t->end = t->full_end = (uint32_t) (i + n);
		i += n;
		/* the first word inside an opening quotation mark, or after a colon, starts a clause */
		if ((char_is_quote_mark(cp) && i < len && !char_is_space(utf8_at(s, len, i, NULL)) &&
			 (t->start == 0 || char_is_space(utf8_at(s, len, utf8_prev(s, t->start), NULL)))) ||
			cp == ':')
			next_starts = true;
		if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
		{
			/* not after an abbreviation, and followed by space + capital/quote/digit */
			bool		ends = true;

			if (cp == '.' && toks->n >= 2)
			{
				token	   *prev = &VEC_AT(toks, token, toks->n - 2);

				if (prev->type == TOK_WORD && prev->full_end == t->start && is_abbreviation(s, prev))
					ends = false;
			}
			if (ends)
			{
				size_t		k = i;

				while (k < len)
				{
					int			m;
					int32_t		c = utf8_at(s, len, k, &m);

					if (char_is_quote_mark(c) || c == ')' || c == ']' || c == '.' || c == '!' || c == '?')
					{
						k += m;
						continue;
					}
					break;
				}
				if (k < len)
				{
					int			m;
					int32_t		c = utf8_at(s, len, k, &m);

					if (!char_is_space(c))
						ends = false;
					else
					{
						int32_t		c2 = utf8_at(s, len, k + m, NULL);

						ends = !char_is_lower(c2);
					}
				}
			}
			t->sent_end = ends;
			if (ends)
				next_starts = true;
		}
	}
}
