/*
 * blocks.c — owns stage 3: splitting normalized text into lines and blocks,
 * detecting hard-wrapped documents, merging wrapped lines and joining
 * end-of-line hyphenation (a real hyphen kept by the dictionary).  Linear in
 * the number of lines.
 */
#include "blocks.h"
#include "gazetteer.h"

typedef struct line
{
	size_t		start,
				end;			/* byte range in norm */
	int32_t		cps;
	bool		blank_before;
} line;

/*
 * The line ends a sentence: with its punctuation, a bracket or a straight
 * quote (code and markup end so too), or a typographic closing quote
 * after sentence punctuation ("... she said.”").  A typographic quote
 * after a word or a comma ("a virtual “water cooler”", "“... in the
 * spring,” she said") closes a phrase that a wrapped sentence goes on
 * after.
 */
static bool
line_ends_sentence(ltext t, const line *l)
{
	size_t		last = utf8_prev(t.s, l->end);
	int32_t		cp = utf8_at(t.s, t.len, last, NULL);

	if ((cp == 0x201D || cp == 0x2019 || cp == 0x00BB) && last > l->start)
	{
		int32_t		before = utf8_at(t.s, t.len, utf8_prev(t.s, last), NULL);

		if (char_is_alnum(before) || before == ',')
			return false;
	}
	switch (cp)
	{
		case '.':
		case '!':
		case '?':
		case ':':
		case ';':
		case '"':
		case ')':
		case ']':
		case 0x201D:
		case 0x2019:
		case 0x00BB:
		case 0x2026:
			return true;
		default:
			return false;
	}
}

static int32_t
first_cp(ltext t, const line *l)
{
	return utf8_at(t.s, l->end, l->start, NULL);
}

/* code points of the line's first word (up to its first space) */
static int32_t
first_word_cps(ltext t, const line *l)
{
	const char *sp = memchr(t.s + l->start, ' ', l->end - l->start);

	return (int32_t) utf8_count(t.s + l->start, (sp ? (size_t) (sp - t.s) : l->end) - l->start);
}

/*
 * A line broken by the wrapping at width: the next line's first word would
 * not have fit after it.  Lines shorter than half the width are not
 * taken so (a short item with a long word under it).
 */
static bool
broken_at_width(ltext t, const line *a, const line *b, int32_t width)
{
	return a->cps * 2 >= width && a->cps + 1 + first_word_cps(t, b) > width;
}

/*
 * A dump of a page's text nodes, one per line (what a DOM library's
 * get_text with a newline separator prints): many lines and next to no
 * blank ones.  Inline elements (links, emphasis) break its sentences
 * across lines: "by about" / "8%, or roughly $50 per year" / ". With …".
 */
#define TEXT_NODE_DUMP_MIN_LINES 20
static bool
few_blank_before(size_t blank, size_t n)
{
	return n >= TEXT_NODE_DUMP_MIN_LINES && blank * 50 < n;	/* under 2% */
}

static bool
is_text_node_dump(const line *lines, size_t n)
{
	size_t		blank = 0;

	for (size_t k = 1; k < n; k++)
		blank += lines[k].blank_before;
	return few_blank_before(blank, n);
}

bool
blocks_text_node_dump(const block *blocks, size_t n)
{
	size_t		blank = 0;

	for (size_t k = 1; k < n; k++)
		blank += blocks[k].blank_before;
	return few_blank_before(blank, n);
}

/* punctuation that closes or continues what the line before it said */
static bool
starts_with_closing_punct(ltext t, const line *l)
{
	int32_t		cp = first_cp(t, l);

	return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == ')' ||
		cp == ']' || cp == '%' || cp == 0x201D || cp == 0x2019;
}

/*
 * "by" or "by:" alone on its line, or after one word ("written by",
 * "Posted By:"): a byline's name follows on the next
 */
static bool
is_lone_by(ltext t, const line *l)
{
	size_t		e = l->end,
				sp;

	if (e > l->start && t.s[e - 1] == ':')
		e--;
	if (e - l->start < 2 || (t.s[e - 2] | 32) != 'b' || (t.s[e - 1] | 32) != 'y')
		return false;
	if (e - l->start == 2)
		return true;
	/* one word before it */
	sp = e - 3;
	if (t.s[sp] != ' ' || sp == l->start)
		return false;
	for (size_t k = l->start; k < sp; k++)
		if (!ascii_is_letter((unsigned char) t.s[k]))
			return false;
	return true;
}

/* the line ends with a word no sentence ends with ("the", "of", "is"), after two more words */
static bool
ends_mid_sentence(ltext t, const line *l)
{
	static const char *const joining_words[] = {
		"a", "about", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "had",
		"has", "have", "her", "his", "in", "into", "is", "its", "of", "on", "or", "our", "per",
		"than", "that", "the", "their", "these", "this", "those", "to", "via", "was", "were",
		"which", "who", "with", "your", NULL
	};
	size_t		e = l->end,
				w,
				words = 1;

	for (w = e; w > l->start && t.s[w - 1] >= 'a' && t.s[w - 1] <= 'z'; w--)
		;
	if (w == e || (w > l->start && t.s[w - 1] != ' ') || !word_list_has(joining_words, t.s + w, e - w, false))
		return false;
	for (size_t k = l->start; k < w && words < 3; k++)
		words += t.s[k] == ' ';
	return words >= 3;
}

/*
 * A label of three words or fewer, capitalized, ending in ':' ("Related:",
 * "Read more:", "Photo:"): its value follows.  "says:" under a
 * commenter's name is no label.
 */
#define LABEL_MAX_WORDS 3
static bool
is_short_label(ltext t, const line *l)
{
	size_t		spaces = 0;

	if (l->end - l->start < 2 || t.s[l->end - 1] != ':' || !char_is_upper(first_cp(t, l)))
		return false;
	for (size_t k = l->start; k < l->end && spaces < LABEL_MAX_WORDS; k++)
		spaces += t.s[k] == ' ';
	return spaces < LABEL_MAX_WORDS;
}

/* one word, no sentence end: an inline element's text ("DNS", "Pi-Hole"), not punctuation after one (",") */
static bool
is_single_word(ltext t, const line *l)
{
	return l->end > l->start && !memchr(t.s + l->start, ' ', l->end - l->start) && !line_ends_sentence(t, l) &&
		!starts_with_closing_punct(t, l);
}

/*
 * Line lines[k + 1] is an inline element inside a sentence of a text-node
 * dump: one word ("DNS", "CoreDNS") after a line that runs on into it, and
 * before a line that continues the sentence in lower case or with closing
 * punctuation (up to INLINE_RUN_MAX such words may follow one another:
 * "... to send the" / "Pi-Hole" / "DNS" / "server address ...").  A line runs on into it
 * when it was joined to the line before it, or when it is 20 characters or
 * longer and its last word is in lower case ("configuring", "the"); a
 * title's last word is capitalized, so the byline under it stays apart.
 */
#define INLINE_RUN_MAX 2
#define INLINE_BEFORE_MIN_CPS 20
static bool
is_inline_fragment(ltext t, const line *lines, size_t n, size_t k, bool joined)
{
	const line *a = &lines[k];
	size_t		w = a->end,
				c;

	if (line_ends_sentence(t, a))
		return false;
	if (!joined)
	{
		while (w > a->start && t.s[w - 1] != ' ')
			w--;
		if (a->cps < INLINE_BEFORE_MIN_CPS || w >= a->end || !(t.s[w] >= 'a' && t.s[w] <= 'z'))
			return false;
	}
	for (c = k + 1; c < n && c <= k + INLINE_RUN_MAX && !lines[c].blank_before && is_single_word(t, &lines[c]); c++)
		;
	return c > k + 1 && c < n && !lines[c].blank_before &&
		(char_is_lower(first_cp(t, &lines[c])) || starts_with_closing_punct(t, &lines[c]));
}

/*
 * A title-case line: two or more words of four letters or more, three in
 * four of them capitalized ("Guide to Landscape Photography Composition").
 * A line in lower case under it is a byline, a tag or a name ("written by
 * Our Editors", "advice for students"), not the title going on.
 */
static bool
is_title_case_line(ltext t, const line *l)
{
	int			words = 0,
				caps = 0;

	for (size_t k = l->start; k < l->end;)
	{
		size_t		e = k;

		while (e < l->end && ascii_is_letter((unsigned char) t.s[e]))
			e++;
		if (e - k >= 4)
		{
			words++;
			caps += t.s[k] >= 'A' && t.s[k] <= 'Z';
		}
		k = e < l->end ? e + 1 : e;
	}
	return words >= 2 && caps * 4 >= words * 3;
}

static bool
looks_like_list_item(ltext t, const line *l)
{
	int32_t		cp = first_cp(t, l);

	return cp == '*' || cp == '-' || cp == 0x2022 || cp == 0x2023 || cp == 0x25E6 ||
		cp == 0x2013 || cp == 0x2014 || cp == '#' || cp == '|' || cp == '>';
}

/* the line starts with c and a space */
static bool
starts_with_marker(ltext t, const line *l, char c)
{
	return l->end - l->start >= 2 && t.s[l->start] == c && t.s[l->start + 1] == ' ';
}

/*
 * Line b opens a list item after line a.  Text browsers mark nested items
 * with "+" and "o" as well ("* Wines / + Level 1 / o German beer"): "+ "
 * always, "o " only under another item, since "o" may be a word of a
 * wrapped sentence ("… o gato").
 */
static bool
opens_list_item(ltext t, const line *a, const line *b)
{
	if (looks_like_list_item(t, b) || starts_with_marker(t, b, '+'))
		return true;
	return starts_with_marker(t, b, 'o') &&
		(looks_like_list_item(t, a) || starts_with_marker(t, a, '+') || starts_with_marker(t, a, 'o'));
}

/* ends with "<letter>-" and the next line starts with a lower-case letter */
static bool
hyphen_join(ltext t, const line *a, const line *b)
{
	if (a->end - a->start < 3 || t.s[a->end - 1] != '-')
		return false;
	size_t		p = utf8_prev(t.s, a->end - 1);

	return char_is_lower(utf8_at(t.s, t.len, p, NULL)) && char_is_lower(first_cp(t, b));
}

/* the ASCII letters t[start..end), lower-cased into buf (size cap); false when none or they do not fit */
static bool
copy_lower(ltext t, size_t start, size_t end, char *buf, size_t cap, size_t *n)
{
	if (end <= start || end - start >= cap)
		return false;
	for (size_t i = start; i < end; i++)
		buf[i - start] = (char) (t.s[i] | 32);
	*n = end - start;
	return true;
}

/*
 * At a hyphen_join, the hyphen is the word's own when the two parts are
 * dictionary words and their join is not: "well-" + "known" stays
 * "well-known", "re-" + "sidents" becomes "residents".  Only ASCII words
 * are looked up; others lose the hyphen.
 */
static bool
hyphen_is_kept(ltext t, const line *a, const line *b)
{
	char		word[64];
	size_t		head_start = a->end - 1,
				tail_end = b->start,
				head_len,
				tail_len;

	while (head_start > a->start && ascii_is_letter((unsigned char) t.s[head_start - 1]))
		head_start--;
	while (tail_end < b->end && ascii_is_letter((unsigned char) t.s[tail_end]))
		tail_end++;
	if (!copy_lower(t, head_start, a->end - 1, word, sizeof(word), &head_len) ||
		!copy_lower(t, b->start, tail_end, word + head_len, sizeof(word) - head_len, &tail_len))
		return false;
	if (gaz_lookup(GAZ_COMMON_WORD, word, head_len + tail_len))
		return false;			/* a word broken at the line's end */
	return gaz_lookup(GAZ_COMMON_WORD, word, head_len) && gaz_lookup(GAZ_COMMON_WORD, word + head_len, tail_len);
}

/*
 * A hard-wrapped document has most of its longer lines close to one width.
 * Returns that width, or 0 when the document is not hard-wrapped; sets
 * *filled_only when only a peak of lines filled to it shows the wrapping
 * (then only lines filled to it are joined to the next).
 */
static int32_t
wrap_width(const line *lines, size_t n, bool *filled_only)
{
	int32_t		hist[201];
	size_t		long_lines = 0,
				seen = 0,
				near = 0,
				at_width = 0,
				over = 0;
	int32_t		w = 0;

	memset(hist, 0, sizeof(hist));
	for (size_t i = 0; i < n; i++)
	{
		if (lines[i].cps < 20)
			continue;
		long_lines++;
		hist[lines[i].cps > 200 ? 200 : lines[i].cps]++;
	}
	if (long_lines < 5)
		return 0;
	/* width = 90th percentile of line lengths */
	for (int32_t k = 200; k >= 0; k--)
	{
		seen += hist[k];
		if (seen * 10 >= long_lines)
		{
			w = k;
			break;
		}
	}
	if (w < 40 || w > 120)
		return 0;
	for (int32_t k = 0; k <= 200; k++)
	{
		if (k >= w * 6 / 10 && k <= w)
			near += hist[k];
		if (k >= w * 9 / 10 && k <= w)
			at_width += hist[k];
		if (k > w + 8)
			over += hist[k];
	}
	/*
	 * most longer lines near the width; or, on a page whose menus and
	 * labels are many short lines, a sharp peak of lines filled to it
	 */
	*filled_only = near * 10 < long_lines * 6;
	if ((*filled_only && !(at_width >= 20 && at_width * 4 >= long_lines)) || over * 10 > long_lines)
	{
		*filled_only = false;
		return 0;
	}
	return w;
}

/*
 * The length of one copy when t is the same text two or three times in a
 * row, glued or a space apart ("A hiker on the ridge A hiker on the
 * ridge"): an image's description next to its caption, a link's title next
 * to its image's.  Copies of 20 to REPEAT_COPY_MAX bytes with two words
 * (so a rule line of dashes is not one) that do not repeat their own
 * opening (nor is a text that says one sentence over and over); else 0.
 */
#define REPEAT_COPY_MAX 400
static size_t
repeated_copy_len(ltext t)
{
	if (t.len < 40 || t.len > 3 * REPEAT_COPY_MAX + 2 || !memchr(t.s, ' ', t.len / 2))
		return 0;
	for (size_t copies = 2; copies <= 3; copies++)
		for (size_t sep = 0; sep <= 1; sep++)
		{
			size_t		seps = (copies - 1) * sep,
						one;
			bool		same = true;

			if (t.len < seps || (t.len - seps) % copies != 0)
				continue;
			one = (t.len - seps) / copies;
			if (one < 20 || one > REPEAT_COPY_MAX)
				continue;
			for (size_t c = 1; c < copies && same; c++)
			{
				size_t		at = c * (one + sep);

				same = (sep == 0 || t.s[at - 1] == ' ') && memcmp(t.s, t.s + at, one) == 0;
			}
			/* a copy that repeats its own opening is a sentence said over and over, kept whole */
			for (size_t k = 1; same && k + 20 <= one; k++)
				if (t.s[k] == t.s[0] && memcmp(t.s + k, t.s, 20) == 0)
					return 0;
			if (same)
				return one;
		}
	return 0;
}

/* keep one copy of a block printed two or three times in a row */
static void
collapse_repeats(block *b)
{
	size_t		one = repeated_copy_len(b->text);

	if (one)
	{
		b->text.len = one;
		b->doubled = true;
	}
}

static void
emit_block(ltext norm, const line *lines, size_t first, size_t last, bool fragments,
		   ap_arena *arena, ltext_buf *tmp, vec *blocks)
{
	block	   *b = vec_push(blocks);

	b->blank_before = lines[first].blank_before;
	b->lines = (int32_t) (last - first + 1);
	b->doubled = false;
	if (first == last)
	{
		b->text.s = norm.s + lines[first].start;
		b->text.len = lines[first].end - lines[first].start;
		b->text.src = norm.src + lines[first].start;
		collapse_repeats(b);
		return;
	}
	for (size_t i = first; i <= last; i++)
	{
		size_t		s = lines[i].start,
					e = lines[i].end;

		bool		hyphen = i < last && hyphen_join(norm, &lines[i], &lines[i + 1]);

		if (hyphen && !hyphen_is_kept(norm, &lines[i], &lines[i + 1]))
			e--;				/* drop the hyphen; no space either way */
		ltext_buf_append(tmp, norm.s + s, e - s, norm.src + s);
		/* a text node dump's fragment "." or ", said" follows its word */
		if (i < last && !hyphen && !(fragments && starts_with_closing_punct(norm, &lines[i + 1])))
			ltext_buf_append_one(tmp, " ", 1, norm.src[e]);
	}
	b->text = ltext_buf_finish(tmp, arena, norm.src[lines[last].end]);
	collapse_repeats(b);
}

void
blocks_split(ltext norm, ap_arena *arena, vec *blocks)
{
	vec			lv;
	size_t		i = 0;
	bool		blank = true,
				fragments,
				filled_only = false;
	int32_t		width;
	ltext_buf	tmp;

	vec_init(&lv, sizeof(line));
	{
		/* size both arrays once: a line per newline at most, a block per line */
		size_t		newlines = 0;

		for (const char *p = norm.s, *end = norm.s + norm.len;
			 (p = memchr(p, '\n', (size_t) (end - p))) != NULL; p++)
			newlines++;
		vec_reserve(&lv, newlines + 1);
		vec_reserve(blocks, blocks->n + newlines + 1);
	}
	while (i < norm.len)
	{
		const char *nl = memchr(norm.s + i, '\n', norm.len - i);
		size_t		e = nl ? (size_t) (nl - norm.s) : norm.len;

		if (e == i)
			blank = true;
		else
		{
			line	   *l = vec_push(&lv);

			l->start = i;
			l->end = e;
			l->cps = (int32_t) utf8_count(norm.s + i, e - i);
			l->blank_before = blank;
			blank = false;
		}
		i = e + 1;
		if ((lv.n & 4095) == 0)
			ap_check_interrupts();
	}

	line	   *lines = lv.items;
	size_t		n = lv.n;

	width = wrap_width(lines, n, &filled_only);
	/* a text node dump's long nodes may fill to a width too: it is read as one */
	fragments = (width == 0 || filled_only) && is_text_node_dump(lines, n);
	if (fragments)
		width = 0;
	ltext_buf_init(&tmp);
	size_t		first = 0;

	for (size_t k = 0; k < n; k++)
	{
		bool		join = false;

		if (k + 1 < n && !lines[k + 1].blank_before)
		{
			const line *a = &lines[k],
					   *b = &lines[k + 1];

			if (hyphen_join(norm, a, b))
				join = true;
			else if (width > 0 && (a->cps >= width * (filled_only ? 9 : 7) / 10 || broken_at_width(norm, a, b, width)) &&
					 !opens_list_item(norm, a, b))
				join = true;
			else if (width == 0 && !line_ends_sentence(norm, a) && a->cps >= 20 &&
					 char_is_lower(first_cp(norm, b)) && !opens_list_item(norm, a, b) && !is_lone_by(norm, b) &&
					 !is_title_case_line(norm, a))
				join = true;
			else if (fragments && !looks_like_list_item(norm, b) && !is_lone_by(norm, b) &&
					 ((!line_ends_sentence(norm, a) &&
					   (starts_with_closing_punct(norm, b) || char_is_lower(first_cp(norm, b)))) ||
					  ends_mid_sentence(norm, a) || (first == k && is_short_label(norm, a)) ||
					  is_inline_fragment(norm, lines, n, k, first < k)))
				join = true;
		}
		if (!join)
		{
			emit_block(norm, lines, first, k, fragments, arena, &tmp, blocks);
			first = k + 1;
		}
		if ((k & 4095) == 0)
			ap_check_interrupts();
	}
	ltext_buf_free(&tmp);
	for (size_t k = 0; k < blocks->n; k++)
		VEC_AT(blocks, block, k).blank_after =
			k + 1 == blocks->n || VEC_AT(blocks, block, k + 1).blank_before;
	vec_free(&lv);
}
