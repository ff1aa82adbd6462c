/*
 * markdown.c — owns the scrape syntaxes rewritten before normalization.
 * Markdown (what html2text, turndown and reader services print) is told
 * from a text browser's dump and rewritten into that dump's shape, so one
 * cleaner serves both: link text without its address, no images, headings,
 * quotes and emphasis without their marks, escapes resolved, rules and
 * fences gone.  A text browser's numbered links ("[12]Home", lynx -dump's
 * default) lose their numbers and closing list of addresses.  Headings
 * between runs of stars ("***** Title *****", as the html2text program of
 * Debian's html2text package prints them) lose their stars and keep their
 * level.  Text browsers' headings by their place on the line (centred by
 * links and elinks, at the margin of lynx's indented dump) are found here
 * too, for plain text without a rewrite (layout_headings).  Offsets of the
 * result still point into the raw input.
 *
 * The document is read twice: a first pass marks the bytes of syntax to
 * skip (links and their addresses, paired emphasis runs, escaping
 * backslashes), a second copies the rest.  Both are linear: an address is
 * scanned once, and bracket and emphasis stacks are bounded.
 */
#include "markdown.h"
#include "blocks.h"
#include "normalize.h"

#define MD_STACK_MAX 64			/* open brackets or emphasis runs kept per line */
#define MD_RUNS_MAX 1024		/* emphasis runs considered per line */
#define MD_DEST_MAX 4096		/* bytes of one link address and title */
#define LINK_NUMBER_DIGITS 5	/* "[12345]" */
#define WRAPPED_LINE_MIN 60		/* a line this long may go on on the next (wrapped at 78) */
#define WRAP_COLUMNS 78			/* html2text's width */

enum
{
	MD_COPY = 0,
	MD_SKIP = 1,
	MD_JOIN = 2,				/* a line break inside a paragraph, an underline's underscore: printed as a space */
	MD_BREAK = 3,				/* the space between a heading and its stars: printed as a line break */
	MD_BULLET = 4				/* a nested list's glyph ("o", "#"): printed as '*' */
};

static inline bool
md_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static inline bool
md_punct(unsigned char c)
{
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool
markdown_detect(const char *raw, size_t len)
{
	size_t		links = 0;
	const char *p = raw,
			   *end = raw + len;

	while (p + 2 < end && (p = memchr(p, ']', (size_t) (end - p - 2))) != NULL)
	{
		if (p[1] == '(' && !md_space((unsigned char) p[2]) && p[2] != ')' && ++links >= MARKDOWN_MIN_LINKS &&
			links * MARKDOWN_BYTES_PER_LINK >= len)
			return true;
		p++;
	}
	return false;
}

/* s[0..n) after its indentation and before a carriage return equals the word w */
static bool
line_is(const char *s, size_t n, const char *w)
{
	size_t		wl = strlen(w);

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' '))
		n--;
	return n == wl && memcmp(s, w, wl) == 0;
}

/* an address at s[i..n): a scheme of three or more lower-case letters, then ':' */
static bool
starts_with_scheme(const char *s, size_t i, size_t n)
{
	size_t		c;

	for (c = i; c < n && c - i < 16 && s[c] >= 'a' && s[c] <= 'z'; c++)
		;
	return c - i >= 3 && c < n && s[c] == ':';
}

/*
 * An entry of a text browser's list of links: 2 for "  12. https://…" or
 * an address alone under a numbered title (elinks: "  12. Title" then
 * "\thttps://…"), 1 for a numbered line without an address, 0 otherwise.
 */
static int
link_entry_kind(const char *s, size_t n)
{
	size_t		i = 0,
				d;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	for (d = i; d < n && s[d] >= '0' && s[d] <= '9'; d++)
		;
	if (d == i)
		return i > 0 && starts_with_scheme(s, i, n) ? 2 : 0;
	if (d + 2 >= n || s[d] != '.' || s[d + 1] != ' ')
		return 0;
	return starts_with_scheme(s, d + 2, n) ? 2 : 1;
}

size_t
link_references_start(const char *raw, size_t len)
{
	size_t		e = len,
				addresses = 0,
				numbered = 0,
				other = 0;

	/*
	 * From the end: numbered addresses, under "Visible links" or "Hidden
	 * links", up to "References".  A few other lines (a share link's text
	 * broken over lines) may come between; more, and this is no such list.
	 * Numbered lines without an address (a bibliography) must be fewer
	 * than those with one.
	 */
	while (e > 0)
	{
		size_t		b = e;
		int			kind;

		while (b > 0 && raw[b - 1] != '\n')
			b--;
		if (line_is(raw + b, e - b, "References"))
			return addresses >= LINK_REFERENCES_MIN && numbered <= addresses ? b : len;
		if ((kind = link_entry_kind(raw + b, e - b)) != 0)
			*(kind == 2 ? &addresses : &numbered) += 1;
		else if (!(line_is(raw + b, e - b, "") || line_is(raw + b, e - b, "Visible links") ||
				   line_is(raw + b, e - b, "Visible links:") || line_is(raw + b, e - b, "Hidden links") ||
				   line_is(raw + b, e - b, "Hidden links:")) && ++other > 3 + addresses / 4)
			return len;
		if (b == 0)
			break;
		e = b - 1;
	}
	return len;
}

/*
 * The ')' closing a link destination that opens at s[open] == '(', within
 * s[..end): an address without spaces (balanced parentheses allowed; a
 * line break only after a hyphen, where a converter wrapped it), then
 * optionally a quoted title.  0 when there is none; *stop then receives
 * where the scan gave up, so no later destination before it is tried.
 */
static size_t
destination_end(const char *s, size_t open, size_t end, size_t *stop)
{
	size_t		i = open + 1,
				limit = end - open > MD_DEST_MAX ? open + MD_DEST_MAX : end;
	int			depth = 0;

	while (i < limit && (!md_space((unsigned char) s[i]) || (s[i] == '\n' && s[i - 1] == '-')))
	{
		/* an address wrapped after a hyphen ("wp-" / "content/…") goes on, past a quote's "> " */
		if (s[i] == '\n')
		{
			while (i + 1 < limit && (s[i + 1] == '>' || (s[i + 1] == ' ' && s[i] == '>')))
				i++;
		}
		else if (s[i] == '\\' && i + 1 < limit)
			i++;
		else if (s[i] == '(')
			depth++;
		else if (s[i] == ')')
		{
			if (depth == 0)
				return i;
			depth--;
		}
		i++;
	}
	/* a title, "…" or '…', after white space (a line break too: a converter wraps there) */
	for (bool broke = false; i < limit && (s[i] == ' ' || s[i] == '\t' || (s[i] == '\n' && !broke)); i++)
		broke = broke || s[i] == '\n';
	if (i < limit && depth == 0 && (s[i] == '"' || s[i] == '\''))
	{
		char		q = s[i++];

		/* a title may be wrapped over lines, not over a blank one */
		while (i < limit && s[i] != q && !(s[i] == '\n' && i + 1 < limit && s[i + 1] == '\n'))
			i++;
		if (i < limit && s[i] == q)
		{
			for (i++; i < limit && (s[i] == ' ' || s[i] == '\t'); i++)
				;
			if (i < limit && s[i] == ')')
				return i;
		}
	}
	*stop = i;
	return 0;
}

static void
mark_range(uint8_t *mark, size_t from, size_t to)
{
	memset(mark + from, MD_SKIP, to - from);
}

typedef struct emphasis_run
{
	size_t		start,
				len;
	char		c;
	bool		can_open,
				can_close;
} emphasis_run;

/* pair emphasis openers with closers of the same character; paired runs are skipped */
static void
pair_emphasis(emphasis_run *runs, size_t nruns, uint8_t *mark)
{
	size_t		stack[MD_STACK_MAX];
	size_t		depth = 0;

	for (size_t r = 0; r < nruns; r++)
	{
		if (runs[r].can_close)
		{
			size_t		k = depth;

			while (k > 0 && runs[stack[k - 1]].c != runs[r].c)
				k--;
			if (k > 0)
			{
				emphasis_run *o = &runs[stack[k - 1]];

				mark_range(mark, o->start, o->start + o->len);
				mark_range(mark, runs[r].start, runs[r].start + runs[r].len);
				depth = k - 1;
				continue;
			}
		}
		if (runs[r].can_open && depth < MD_STACK_MAX)
			stack[depth++] = r;
	}
}

/*
 * Open brackets not closed yet.  A link's text may run over lines (a
 * converter prints a linked block, "[Solutions\n\n](#)"), so the stack
 * lives across lines; an opening more than MD_LINK_SPAN bytes back is
 * stale.
 */
#define MD_LINK_SPAN 2048
typedef struct bracket_stack
{
	size_t		open[MD_STACK_MAX];
	size_t		n;
} bracket_stack;

/* the line before or after the break s[nl] (within s(open..close)) is blank */
static bool
blank_around(const char *s, size_t open, size_t nl, size_t close)
{
	size_t		a = nl,
				b = nl + 1;

	while (a > open + 1 && (s[a - 1] == ' ' || s[a - 1] == '\t' || s[a - 1] == '\r'))
		a--;
	while (b < close && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
		b++;
	return a == open + 1 || s[a - 1] == '\n' || b == close || s[b] == '\n';
}

/*
 * First pass over the inline text s[from..to): mark links, images and
 * escapes, and add its emphasis runs to runs[0..*nruns) (room for
 * MD_RUNS_MAX), which the caller pairs when its paragraph ends: a
 * converter's wrapping may put "**run" and "again**" on two lines.  A
 * link's address may run past to, up to limit: returns where the scan
 * stopped (to, or past the end of a wrapped address).
 */
static size_t
mark_inline(const char *s, size_t from, size_t to, size_t limit, uint8_t *mark, emphasis_run *runs,
			size_t *pending, bracket_stack *brackets)
{
	size_t		nruns = *pending,
				no_link_before = from,
				p = from;

	while (p < to)
	{
		unsigned char c = (unsigned char) s[p];

		if (c == '\\' && p + 1 < to && md_punct((unsigned char) s[p + 1]))
		{
			mark[p] = MD_SKIP;
			p += 2;
			continue;
		}
		if (c == '[')
		{
			if (brackets->n == MD_STACK_MAX)
			{
				memmove(brackets->open, brackets->open + 1, (MD_STACK_MAX - 1) * sizeof(size_t));
				brackets->n--;
			}
			brackets->open[brackets->n++] = p++;
			continue;
		}
		if (c == ']' && brackets->n > 0)
		{
			size_t		open = brackets->open[--brackets->n],
						close;

			if (p - open <= MD_LINK_SPAN && p + 1 < to && s[p + 1] == '(' && p + 1 >= no_link_before &&
				(close = destination_end(s, p + 1, limit, &no_link_before)) != 0)
			{
				bool		image = open > 0 && s[open - 1] == '!' && mark[open - 1] == MD_COPY &&
					!(open > 1 && s[open - 2] == '\\');

				if (image)
					mark_range(mark, open - 1, p + 1);	/* an image, alt text and all */
				else
				{
					mark[open] = MD_SKIP;
					mark[p] = MD_SKIP;
					/* link text wrapped over lines is one line; a linked block's blank lines stay */
					for (const char *nlp = s + open + 1;
						 (nlp = memchr(nlp, '\n', (size_t) (s + p - nlp))) != NULL; nlp++)
						if (mark[nlp - s] == MD_COPY && !blank_around(s, open, (size_t) (nlp - s), p))
							mark[nlp - s] = MD_JOIN;
				}
				mark_range(mark, p + 1, close + 1);
				p = close + 1;
				continue;
			}
			p++;
			continue;
		}
		if (c == '*' || c == '_')
		{
			size_t		e = p;

			while (e < to && (unsigned char) s[e] == c)
				e++;
			if (e - p <= 3 && nruns == MD_RUNS_MAX)
			{
				/* a paragraph of more runs than the room: pair those so far */
				pair_emphasis(runs, nruns, mark);
				nruns = 0;
			}
			if (e - p <= 3)
			{
				unsigned char before = p > from ? (unsigned char) s[p - 1] : ' ',
							after = e < to ? (unsigned char) s[e] : ' ';
				bool		left = !md_space(after) && (!md_punct(after) || md_space(before) || md_punct(before)),
							right = !md_space(before) && (!md_punct(before) || md_space(after) || md_punct(after));
				emphasis_run *r = &runs[nruns];

				r->start = p;
				r->len = e - p;
				r->c = (char) c;
				/* a mark inside a word ("snake_case", "2*3*4") is a character */
				r->can_open = left && (!right || md_punct(before));
				r->can_close = right && (!left || md_punct(after));
				if (r->can_open || r->can_close)
					nruns++;
			}
			p = e;
			continue;
		}
		p++;
	}
	*pending = nruns;
	return p > to ? p : to;
}

/* pair the emphasis runs of a paragraph that ended */
static void
pair_pending(emphasis_run *runs, size_t *pending, uint8_t *mark)
{
	pair_emphasis(runs, *pending, mark);
	*pending = 0;
}

/* a line of only rule characters ("* * *", "---", "===") or a table's delimiter row ("|---|:--:|") */
static bool
is_rule_line(const char *s, size_t from, size_t to)
{
	int			marks = 0;

	for (size_t i = from; i < to; i++)
	{
		char		c = s[i];

		if (c == '-' || c == '*' || c == '_' || c == '=')
			marks++;
		else if (!(c == ' ' || c == '\t' || c == '\r' || c == '|' || c == ':'))
			return false;
	}
	return marks >= 3;
}

/* a setext heading's underline: "===" under a title (1), "---" under a section (2); else 0 */
static uint8_t
setext_level(const char *s, size_t from, size_t to)
{
	size_t		i = from;
	char		c = from < to ? s[from] : 0;

	if (c != '=' && c != '-')
		return 0;
	while (i < to && s[i] == c)
		i++;
	if (i - from < 3)
		return 0;
	while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i == to ? (c == '=' ? 1 : 2) : 0;
}

/* "[label]: https://…" — a link reference definition */
static bool
is_reference_definition(const char *s, size_t from, size_t to)
{
	size_t		i = from + 1;

	if (from >= to || s[from] != '[' || (i < to && s[i] == '^'))
		return false;
	while (i < to && s[i] != ']' && s[i] != '[' && i - from < 1000)
		i++;
	if (i + 2 >= to || s[i] != ']' || s[i + 1] != ':' || s[i + 2] != ' ')
		return false;
	for (i += 3; i < to && s[i] == ' '; i++)
		;
	/* an address: no space before the end of the line, or a title after it */
	return i < to && (s[i] == '<' || s[i] == '/' || memchr(s + i, ' ', to - i) == NULL ||
					  (to - i > 4 && memcmp(s + i, "http", 4) == 0));
}

/* a code fence: three or more backticks or tildes */
static char
fence_char(const char *s, size_t from, size_t to)
{
	if (to - from >= 3 && (s[from] == '`' || s[from] == '~') && s[from + 1] == s[from] && s[from + 2] == s[from])
		return s[from];
	return 0;
}

/* a bullet at s[i]: "* ", "- " or "+ " */
static bool
is_bullet(const char *s, size_t i, size_t end)
{
	return i + 1 < end && (s[i] == '*' || s[i] == '-' || s[i] == '+') && (s[i + 1] == ' ' || s[i + 1] == '\t');
}

/*
 * Mark the block syntax at the start of line s[from..to): quote marks,
 * a heading's hashes (*level receives its level, 0 for none).  Returns
 * where inline text begins (past a bullet).
 */
static size_t
mark_line_start(const char *s, size_t from, size_t to, uint8_t *mark, uint8_t *level)
{
	size_t		i = from;

	*level = 0;
	for (;;)
	{
		while (i < to && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i < to && s[i] == '>')
		{
			mark[i++] = MD_SKIP;
			continue;
		}
		break;
	}
	if (i < to && s[i] == '#')
	{
		size_t		h = i;

		while (h < to && s[h] == '#' && h - i < 7)
			h++;
		if (h - i <= 6 && (h == to || s[h] == ' ' || s[h] == '\t' || s[h] == '\r'))
		{
			size_t		e = to,
						c;
			uint8_t		hashes = (uint8_t) (h - i);

			while (h < to && (s[h] == ' ' || s[h] == '\t'))
				h++;
			mark_range(mark, from, h);	/* the text starts the line */
			/* a closing sequence: " ##" at the end */
			while (e > h && md_space((unsigned char) s[e - 1]))
				e--;
			for (c = e; c > h && s[c - 1] == '#'; c--)
				;
			if (c < e && (c == h || s[c - 1] == ' '))
			{
				while (c > h && s[c - 1] == ' ')
					c--;
				mark_range(mark, c, e);
			}
			*level = hashes;
			return h;
		}
	}
	/* a bullet's mark is no emphasis */
	if (is_bullet(s, i, to))
		return i + 1;
	return i;
}

/* output code point out_cp comes from raw code point raw_cp: a new shift when they part further */
static void
note_shift(vec *shifts, int32_t raw_cp, int32_t out_cp)
{
	int32_t		last = shifts->n ? VEC_AT(shifts, md_shift, shifts->n - 1).shift : 0;

	if (raw_cp - out_cp != last)
	{
		md_shift   *sh = vec_push(shifts);

		sh->out_cp = out_cp;
		sh->shift = raw_cp - out_cp;
	}
}

/* the text at s[i..end) opens a block: a list item, a quote, a heading */
static bool
opens_block(const char *s, size_t i, size_t end)
{
	size_t		d = i;

	if (is_bullet(s, i, end))
		return true;
	while (d < end && s[d] >= '0' && s[d] <= '9' && d - i < 9)
		d++;
	if (d > i && d + 1 < end && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ')
		return true;
	return s[i] == '>' || s[i] == '#' || s[i] == '\r';
}

/* the line raw[line..end) without a trailing '\r' ends at the returned offset */
static size_t
line_stop(const char *raw, size_t line, size_t end)
{
	return end > line && raw[end - 1] == '\r' ? end - 1 : end;
}

/* the line s[start..end) ends with a hard break: two spaces, or a backslash */
static bool
ends_with_hard_break(const char *s, size_t start, size_t end)
{
	end = line_stop(s, start, end);
	return (end >= start + 2 && s[end - 1] == ' ' && s[end - 2] == ' ') || (end > start && s[end - 1] == '\\');
}

/*
 * A shorter line s[start..end) of text broken before a link or image too
 * long to fit after it: "In this fourth article of the" then
 * "[#Kubernetes](https://…/kubernetes.html) series".  The line goes on
 * mid-sentence (a letter, digit or comma last) and the link starting at
 * s[next] would have passed WRAP_COLUMNS.
 */
static bool
broken_before_long_link(const char *s, size_t start, size_t end, size_t next, size_t next_end)
{
	size_t		token = next;
	unsigned char last;

	end = line_stop(s, start, end);
	if (end < start + 20 || next >= next_end || (s[next] != '[' && s[next] != '!'))
		return false;
	last = (unsigned char) s[end - 1];
	if (!(ascii_is_letter(last) || (last >= '0' && last <= '9') || last == ','))
		return false;
	while (token < next_end && s[token] != ' ')
		token++;
	return (end - start) + 1 + (token - next) > WRAP_COLUMNS;
}

/* a heading found in the first pass: where its line starts, its level */
typedef struct heading_line
{
	size_t		start;
	uint8_t		level;
} heading_line;

static void
add_heading(vec *heading_lines, size_t start, uint8_t level)
{
	heading_line *h = vec_push(heading_lines);

	h->start = start;
	h->level = level;
}

/* first pass: mark what to skip, line by line; headings go to *heading_lines */
static void
mark_document(const char *raw, size_t len, uint8_t *mark, vec *heading_lines)
{
	emphasis_run *runs = ap_alloc(MD_RUNS_MAX * sizeof(emphasis_run));
	size_t		pending = 0;	/* runs of the paragraph so far */
	bracket_stack brackets;
	size_t		line,
				end,
				text_line = SIZE_MAX,	/* the line before, when it held text */
				heading_text = SIZE_MAX;	/* ... when it was a heading ("# Title") */
	char		fence = 0;

	brackets.n = 0;
	for (line = 0; line < len; line = end + 1)
	{
		const char *nl = memchr(raw + line, '\n', len - line);
		size_t		ind = line,
					previous_text = text_line,
					previous_heading = heading_text;
		uint8_t		level = 0;

		end = nl ? (size_t) (nl - raw) : len;
		text_line = heading_text = SIZE_MAX;
		ap_tick();
		while (ind < end && (raw[ind] == ' ' || raw[ind] == '\t'))
			ind++;
		if (fence)
		{
			pair_pending(runs, &pending, mark);
			if (fence_char(raw, ind, end) == fence)
			{
				mark_range(mark, line, end);
				fence = 0;
			}
			continue;
		}
		if ((fence = fence_char(raw, ind, end)) != 0 || is_reference_definition(raw, ind, end))
		{
			pair_pending(runs, &pending, mark);
			mark_range(mark, line, end);
			brackets.n = 0;
			continue;
		}
		if (is_rule_line(raw, ind, end))
		{
			pair_pending(runs, &pending, mark);
			/* under a line of text, "===" and "---" make it a heading */
			if (previous_text != SIZE_MAX && (level = setext_level(raw, ind, end)) != 0)
				add_heading(heading_lines, previous_text, level);
			mark_range(mark, line, end);
			continue;
		}
		/*
		 * A line of text right under a long one goes on its paragraph or
		 * heading (a soft break, as a converter wraps at 78 columns), unless
		 * it opens a block of its own or the line above ends with a hard
		 * break.  Short lines one under another are a menu or an address.
		 */
		if (previous_heading != SIZE_MAX)
			previous_text = previous_heading;
		if (previous_text != SIZE_MAX && ind < end &&
			(line - 1 - previous_text >= WRAPPED_LINE_MIN ||
			 broken_before_long_link(raw, previous_text, line - 1, ind, end)) &&
			!opens_block(raw, ind, end) &&
			!ends_with_hard_break(raw, previous_text, line - 1) &&
			!memchr(raw + previous_text, '|', line - 1 - previous_text) && !memchr(raw + ind, '|', end - ind))
		{
			mark[line - 1] = MD_JOIN;
			if (line >= 2 && raw[line - 2] == '\r')
				mark[line - 2] = MD_SKIP;
		}
		else
			pair_pending(runs, &pending, mark);
		for (size_t at = mark_line_start(raw, line, end, mark, &level);;)
		{
			at = mark_inline(raw, at, end, len, mark, runs, &pending, &brackets);
			if (at <= end)
				break;
			/* an address ran on to a later line: its text goes on after the address */
			nl = memchr(raw + at, '\n', len - at);
			end = nl ? (size_t) (nl - raw) : len;
		}
		if (level)
		{
			add_heading(heading_lines, line, level);
			heading_text = line;
		}
		else if (ind < end && raw[ind] != '\r')
			text_line = line;
	}
	pair_pending(runs, &pending, mark);
	ap_release(runs);
}

/*
 * Second pass: copy what mark_document left, noting where raw and output
 * offsets part and where each heading's text starts.
 */
static size_t
copy_unmarked(const char *raw, size_t len, const uint8_t *mark, const vec *heading_lines, char *out, md_map *map)
{
	vec			shifts,
				headings;
	size_t		line,
				end,
				n = 0,
				next_heading = 0;
	int32_t		raw_cp = 0,
				out_cp = 0;

	vec_init(&shifts, sizeof(md_shift));
	vec_init(&headings, sizeof(md_heading));
	for (line = 0; line < len; line = end + 1)
	{
		const char *nl = memchr(raw + line, '\n', len - line);
		uint8_t		level = 0;

		end = nl ? (size_t) (nl - raw) : len;
		ap_tick();
		if (next_heading < heading_lines->n && VEC_AT(heading_lines, heading_line, next_heading).start == line)
			level = VEC_AT(heading_lines, heading_line, next_heading++).level;
		for (size_t i = line; i < end;)
		{
			int32_t		cp;
			int			w = utf8_decode((const unsigned char *) raw + i, end - i, &cp);

			if (mark[i] == MD_SKIP)
			{
				i += (size_t) w;
				raw_cp++;
				continue;
			}
			if (mark[i] == MD_JOIN || mark[i] == MD_BREAK || mark[i] == MD_BULLET)
			{
				/* an underline's underscore: a space; a heading's edge: a line break; a list glyph: '*' */
				note_shift(&shifts, raw_cp, out_cp);
				out[n++] = mark[i] == MD_JOIN ? ' ' : mark[i] == MD_BREAK ? '\n' : '*';
				i += (size_t) w;
				raw_cp++;
				out_cp++;
				continue;
			}
			if (level)
			{
				md_heading *h = vec_push(&headings);

				h->raw_cp = raw_cp;
				h->level = level;
				level = 0;
			}
			note_shift(&shifts, raw_cp, out_cp);
			memcpy(out + n, raw + i, (size_t) w);
			n += (size_t) w;
			i += (size_t) w;
			raw_cp++;
			out_cp++;
		}
		if (end < len && mark[end] == MD_SKIP)
			raw_cp++;			/* a line break inside a link's address */
		else if (end < len)
		{
			note_shift(&shifts, raw_cp, out_cp);
			out[n++] = mark[end] == MD_JOIN ? ' ' : '\n';
			raw_cp++;
			out_cp++;
		}
	}
	map->shifts = shifts.items;
	map->nshifts = shifts.n;
	map->headings = headings.items;
	map->nheadings = headings.n;
	map->raw_cps = raw_cp;
	return n;
}

/*
 * A text browser's numbered links ("[12]Solutions") and the list of their
 * addresses that closes the dump from line refs on: markers and list go.
 * The browser numbers its links in the order they come: a year in
 * brackets ("The Complete Guide [2025]") far past the marker before it is
 * the page's text and stays.  (The page's own footnote numbers, "[1]" again
 * in the article, go with the markers.)
 */
#define LINK_NUMBER_GAP 50
static void
mark_link_numbers(const char *raw, size_t len, size_t refs, uint8_t *mark)
{
	long		last = 0;		/* the number of the marker before */

	for (size_t i = 0; i < refs; i++)
	{
		size_t		d = i + 1;
		long		number = 0;

		if (raw[i] != '[')
			continue;
		while (d < refs && d - i <= LINK_NUMBER_DIGITS && raw[d] >= '0' && raw[d] <= '9')
			number = number * 10 + (raw[d++] - '0');
		if (d > i + 1 && d < refs && d - i <= LINK_NUMBER_DIGITS + 1 && raw[d] == ']' &&
			!(d - i == 5 && number >= 1900 && number <= 2099 && number > last + LINK_NUMBER_GAP))
		{
			mark_range(mark, i, d + 1);
			if (number > last)
				last = number;
			i = d;
		}
	}
	mark_range(mark, refs, len);
}

/* where the line from raw[from] ends: its '\n', or len */
static size_t
line_end(const char *raw, size_t len, size_t from)
{
	const char *nl = memchr(raw + from, '\n', len - from);

	return nl ? (size_t) (nl - raw) : len;
}

/*
 * The stars opening a heading as the html2text program prints it
 * ("****** Title ******" for <h1>, five for <h2> ... three for <h4>): their
 * count when the line s[from..end) opens with STARS_MIN to STARS_MAX stars,
 * a space and then text, else 0.
 */
#define STARS_MIN 3
#define STARS_MAX 6
#define STAR_HEADING_LINES 3	/* a long title wraps: its closing stars within this many lines */
static int
opening_stars(const char *s, size_t from, size_t end)
{
	size_t		k = from;

	while (k < end && k - from <= STARS_MAX && s[k] == '*')
		k++;
	if (k - from < STARS_MIN || k - from > STARS_MAX || k + 1 >= end || s[k] != ' ')
		return 0;
	return (int) (k - from);
}

/* the line s[from..end) closes with a space and exactly stars stars: where the space is, else 0 */
static size_t
closing_stars(const char *s, size_t from, size_t end, int stars)
{
	size_t		e = end;

	if (e > from && s[e - 1] == '\r')
		e--;
	if (e < from + (size_t) stars + 2)
		return 0;
	for (size_t k = e - (size_t) stars; k < e; k++)
		if (s[k] != '*')
			return 0;
	e -= (size_t) stars;
	return s[e - 1] == ' ' && s[e - 2] != ' ' && s[e - 2] != '*' ? e - 1 : 0;
}

/* the line s[from..end) is exactly stars stars */
static bool
stars_alone_on_line(const char *s, size_t from, size_t end, int stars)
{
	if (end > from && s[end - 1] == '\r')
		end--;
	if (end - from != (size_t) stars)
		return false;
	for (size_t k = from; k < end; k++)
		if (s[k] != '*')
			return false;
	return true;
}

/*
 * Find the star heading whose opening line is raw[line..end): its last
 * line's start and the closing space (*close); false when the stars do not
 * close within STAR_HEADING_LINES lines.
 */
static bool
star_heading_at(const char *raw, size_t len, size_t line, size_t end, int stars, size_t *last_line, size_t *close)
{
	for (int k = 0; k < STAR_HEADING_LINES; k++)
	{
		size_t		c = closing_stars(raw, k == 0 ? line + (size_t) stars + 1 : line, end, stars);

		/* a title that wrapped just before its closing stars: they are the whole line */
		if (!c && k > 0 && stars_alone_on_line(raw, line, end, stars))
			c = line - 1;

		if (c)
		{
			*last_line = line;
			*close = c;
			return true;
		}
		if (end >= len)
			return false;
		line = end + 1;
		end = line_end(raw, len, line);
	}
	return false;
}

/*
 * A star heading opens the line at raw[line] (ending at *end), after
 * spaces of indentation (the html2text program indents what is inside a
 * block): its first star (*open), stars, last line and closing space
 */
#define STAR_INDENT_MAX 40
static bool
star_heading_opens(const char *raw, size_t len, size_t line, size_t *end, size_t *open, int *stars, size_t *last,
				   size_t *close)
{
	size_t		o = line;

	*end = line_end(raw, len, line);
	while (o < *end && o - line < STAR_INDENT_MAX && raw[o] == ' ')
		o++;
	*open = o;
	return o < *end && raw[o] == '*' && (*stars = opening_stars(raw, o, *end)) != 0 &&
		star_heading_at(raw, len, o, *end, *stars, last, close);
}

/*
 * At least min words underlined as the html2text program prints link text
 * ("Hourly_Services"): a letter, '_', a capital (a file name's or an
 * identifier's underscores are mostly between small letters)
 */
static bool
has_underlined_words(const char *raw, size_t len, int min)
{
	int			n = 0;

	for (const char *p = memchr(raw, '_', len); p; p = memchr(p + 1, '_', (size_t) (raw + len - p - 1)))
	{
		if (p > raw && p + 1 < raw + len && ascii_is_letter((unsigned char) p[-1]) &&
			p[1] >= 'A' && p[1] <= 'Z' && ++n >= min)
			return true;
		if (p + 1 >= raw + len)
			break;
	}
	return false;
}

/*
 * True when raw[0..len) holds STAR_HEADINGS_MIN or more star headings, one
 * at least of five stars or six (<h1>, <h2>: every page has one; a writer's
 * "*** Follow me ***" has three), or one heading of six stars (a page whose
 * only heading is its <h1>), or two headings of any level on a page whose
 * link text is underlined (STAR_UNDERLINED_MIN joins or more)
 */
#define STAR_HEADINGS_MIN 2
#define STARS_TOP 5
#define STAR_UNDERLINED_MIN 8
static bool
star_headings_detect(const char *raw, size_t len)
{
	int			found = 0;
	bool		top = false;
	const char *p = memchr(raw, '*', len);

	/* most scrapes hold no run of three stars: one memchr pass tells */
	while (p && !((size_t) (raw + len - p) >= STARS_MIN && memcmp(p, "***", STARS_MIN) == 0))
		p = p + 1 < raw + len ? memchr(p + 1, '*', (size_t) (raw + len - p - 1)) : NULL;
	if (!p)
		return false;
	for (size_t line = 0, end; line < len; line = end + 1)
	{
		int			stars;
		size_t		open,
					last,
					close;

		if (star_heading_opens(raw, len, line, &end, &open, &stars, &last, &close))
		{
			top = top || stars >= STARS_TOP;
			/* six stars are the page's <h1>: one is enough */
			if ((++found >= STAR_HEADINGS_MIN && top) || stars == STARS_MAX)
				return true;
		}
	}
	return found >= STAR_HEADINGS_MIN && has_underlined_words(raw, len, STAR_UNDERLINED_MIN);
}

/*
 * The html2text program's underlining: it prints a link's spaces as
 * underscores ("Sign_up_today", "_How_It_Works").  An underscore between
 * two other characters that are not spaces prints as a space; one that
 * opens a word goes.
 */
static void
mark_underlines(const char *raw, size_t len, uint8_t *mark)
{
	for (const char *p = memchr(raw, '_', len); p; p = memchr(p + 1, '_', (size_t) (raw + len - p - 1)))
	{
		size_t		i = (size_t) (p - raw);
		bool		before = i > 0 && !md_space((unsigned char) raw[i - 1]) && raw[i - 1] != '_',
					after = i + 1 < len && !md_space((unsigned char) raw[i + 1]) && raw[i + 1] != '_';

		if (before && after)
			mark[i] = MD_JOIN;
		else if (!before && after && (i == 0 || md_space((unsigned char) raw[i - 1])))
			mark[i] = MD_SKIP;
		if (p + 1 >= raw + len)
			break;
	}
}

/*
 * The images that open a line of the html2text program ("[alt text]",
 * several side by side, the text of the paragraph after them), with the
 * space after each: how many bytes from raw[i], 0 when none.  A bracket
 * without a letter ("[1]", a note's number) is not one.
 */
#define IMAGE_ALT_MAX 300
static size_t
leading_images_len(const char *raw, size_t i, size_t end)
{
	size_t		j = i;

	while (j < end && raw[j] == '[')
	{
		size_t		k = j + 1;
		bool		letter = false;

		for (; k < end && k - j <= IMAGE_ALT_MAX && raw[k] != ']' && raw[k] != '['; k++)
			letter = letter || ascii_is_letter((unsigned char) raw[k]) || (unsigned char) raw[k] >= 0x80;
		if (k >= end || raw[k] != ']' || !letter)
			break;
		j = k + 1;
		if (j < end && raw[j] == ' ')
			j++;
	}
	return j - i;
}

/*
 * The html2text program's lines that open with an image or a nested
 * list's glyph: it prints an image as its alt text in brackets, which
 * goes (as a Markdown image does), and the items of lists inside lists
 * with 'o' and then '#' ("          o Menus"), which print as '*', the
 * glyph of its outer lists.
 */
static void
mark_line_openers(const char *raw, size_t len, uint8_t *mark)
{
	for (size_t line = 0, end; line < len; line = end + 1)
	{
		size_t		i = line,
					images;

		end = line_end(raw, len, line);
		while (i < end && raw[i] == ' ')
			i++;
		if (i > line && i + 1 < end && (raw[i] == 'o' || raw[i] == '#') && raw[i + 1] == ' ')
			mark[i] = MD_BULLET;
		else if ((images = leading_images_len(raw, i, end)) > 0)
			mark_range(mark, i, i + images);
	}
}

/*
 * What the html2text program prints: star headings lose their stars and
 * stand between blank lines (it prints none between paragraphs, so a
 * heading would go on the paragraph wrapped above or under it), the line
 * breaks inside them join and their level is kept; underlined link text
 * gets its spaces back (mark_underlines); images that open a line go and
 * nested lists' glyphs print as '*' (mark_line_openers).
 */
static void
mark_star_headings(const char *raw, size_t len, uint8_t *mark, vec *heading_lines)
{
	mark_underlines(raw, len, mark);
	mark_line_openers(raw, len, mark);
	for (size_t line = 0, end; line < len; line = end + 1)
	{
		int			stars;
		size_t		open,
					last,
					close;

		ap_tick();
		if (!star_heading_opens(raw, len, line, &end, &open, &stars, &last, &close))
			continue;
		/* the spaces inside the stars break the line: a blank line on either side, as around a paragraph */
		mark_range(mark, line, open + (size_t) stars);
		mark[open + (size_t) stars] = MD_BREAK;
		for (size_t k = line; k < last; k++)
			if (raw[k] == '\n')
				mark[k] = MD_JOIN;
		mark[close] = MD_BREAK;
		mark_range(mark, close + 1, close + 1 + (size_t) stars);
		add_heading(heading_lines, line, (uint8_t) (STARS_MAX + 1 - stars));
		end = line_end(raw, len, last);
	}
}

/*
 * Text browsers centre headings: links and elinks print <h1> so, far to the
 * right on a wide page.  A line indented by CENTER_INDENT_MIN spaces or
 * more, of CENTER_TEXT_MAX bytes at most and without a gap of three spaces
 * inside (a table's row), is a top-level heading; a page with more than
 * CENTERED_MAX such lines is laid out so, and has none.
 */
#define CENTER_INDENT_MIN 30
#define CENTER_TEXT_MAX 200
#define CENTERED_MAX 20

/* where the text of the centred line raw[line..end) starts, or 0 when it is none */
static size_t
centered_text_start(const char *raw, size_t line, size_t end)
{
	size_t		o = line,
				e = end;

	while (o < e && raw[o] == ' ')
		o++;
	while (e > o && (raw[e - 1] == ' ' || raw[e - 1] == '\r'))
		e--;
	if (o - line < CENTER_INDENT_MIN || o == e || e - o > CENTER_TEXT_MAX)
		return 0;
	for (size_t k = o; k + 2 < e; k++)
		if (raw[k] == ' ' && raw[k + 1] == ' ' && raw[k + 2] == ' ')
			return 0;
	return o;
}

/*
 * Where the first run of CENTER_INDENT_MIN spaces or more in raw[from..limit)
 * starts, or limit.  Such a run holds one of any SPACE_PROBE bytes in a
 * row (SPACE_PROBE < CENTER_INDENT_MIN), so one byte in SPACE_PROBE is
 * looked at, and the run around it when it is a space.
 */
#define SPACE_PROBE 16
static size_t
space_run_start(const char *raw, size_t from, size_t limit)
{
	for (size_t i = from; i < limit; i += SPACE_PROBE)
	{
		size_t		s = i,
					e = i;

		if (raw[i] != ' ')
			continue;
		while (s > from && raw[s - 1] == ' ')
			s--;
		while (e < limit && raw[e] == ' ')
			e++;
		if (e - s >= CENTER_INDENT_MIN)
			return s;
		i = e;					/* a run starting after this one holds e + SPACE_PROBE or a later probe */
	}
	return limit;
}

/*
 * The next centred line of raw[0..limit) from the line at *from on: its
 * start, end and text (*o); *from moves past it.  Only a run of
 * CENTER_INDENT_MIN spaces can open one: space_run_start skips to the next.
 */
static bool
next_centered(const char *raw, size_t len, size_t limit, size_t *from, size_t *line, size_t *end, size_t *o)
{
	while (*from < limit)
	{
		size_t		at = space_run_start(raw, *from, limit),
					l;
		bool		leading = true;

		if (at >= limit)
			break;
		/* back to the line's start (never before *from, a line's start): spaces only lead to the run */
		for (l = at; l > *from && raw[l - 1] != '\n'; l--)
			leading = leading && raw[l - 1] == ' ';
		*end = line_end(raw, len, at);
		*from = *end + 1;
		if (leading && (*o = centered_text_start(raw, l, *end)) != 0)
		{
			*line = l;
			return true;
		}
	}
	*from = limit;
	return false;
}

/* the centred lines of raw[0..limit), up to CENTERED_MAX + 1 */
static int
count_centered(const char *raw, size_t len, size_t limit)
{
	int			n = 0;
	size_t		from = 0,
				line,
				end,
				o;

	while (n <= CENTERED_MAX && next_centered(raw, len, limit, &from, &line, &end, &o))
		n++;
	return n;
}

static bool
centered_detect(const char *raw, size_t len)
{
	int			n = count_centered(raw, len, len);

	return n > 0 && n <= CENTERED_MAX;
}

/* code points from raw[from] to raw[to], as normalize_text counts them (one per decoding step) */
static int32_t
code_points_between(const char *raw, size_t len, size_t from, size_t to)
{
	int32_t		n = 0;
	size_t		i = from;

	while (i < to)
	{
		int32_t		cp;

		if (i + 8 <= to)
		{
			uint64_t	w;

			memcpy(&w, raw + i, 8);
			if (!(w & BYTES8(0x80)))
			{
				i += 8;
				n += 8;
				continue;
			}
		}
		i += (size_t) utf8_decode((const unsigned char *) raw + i, len - i, &cp);
		n++;
	}
	return n;
}

/*
 * lynx indents a page's text by three spaces and prints its headings at the
 * margin: in such a dump (INDENTED_SHARE or more of its longer lines open
 * with three spaces and a character, MARGIN_SHARE at most with a
 * character), a line of MARGIN_TEXT_MAX bytes at most that opens at the
 * margin is a heading of level HEADING_AT_MARGIN.  The first
 * INDENT_SAMPLE longer lines tell.
 */
#define INDENT_SAMPLE 256
#define INDENTED_SHARE 20		/* per cent */
#define MARGIN_SHARE 25			/* per cent */
#define LONG_LINE 20			/* bytes */
#define MARGIN_TEXT_MAX 200

static bool
indented_dump(const char *raw, size_t len, size_t limit)
{
	size_t		long_lines = 0,
				indented = 0,
				margin = 0;

	for (size_t line = 0, end; line < limit && long_lines < INDENT_SAMPLE; line = end + 1)
	{
		size_t		o = line;

		end = line_end(raw, len, line);
		while (o < end && raw[o] == ' ')
			o++;
		if (end - o < LONG_LINE)
			continue;
		long_lines++;
		indented += o - line == 3;
		margin += o == line;
	}
	return long_lines > 0 && indented * 100 >= long_lines * INDENTED_SHARE && margin * 100 <= long_lines * MARGIN_SHARE;
}

/* the line raw[line..end) opens at the margin with text of MARGIN_TEXT_MAX bytes at most */
static bool
at_margin(const char *raw, size_t line, size_t end)
{
	return end > line && raw[line] != ' ' && raw[line] != '\r' && end - line <= MARGIN_TEXT_MAX;
}

/* which headings by their place raw[0..limit) has: centred lines (a few), lines at an indented dump's margin */
static void
layout_kinds(const char *raw, size_t len, size_t limit, bool *centred, bool *margin)
{
	int			n = count_centered(raw, len, limit);

	*centred = n > 0 && n <= CENTERED_MAX;
	*margin = indented_dump(raw, len, limit);
}

/*
 * The level of the line raw[line..end) as a heading by its place, 0 when it
 * is none; *o receives where its text starts.  *first_margin is true until
 * a line at the margin has been seen.
 */
static uint8_t
layout_heading_level(const char *raw, size_t line, size_t end, bool centred, bool margin, bool *first_margin,
					 size_t *o)
{
	if (centred && end - line > CENTER_INDENT_MIN && raw[line] == ' ' &&
		(*o = centered_text_start(raw, line, end)) != 0)
		return 1;
	if (margin && at_margin(raw, line, end))
	{
		bool		first = *first_margin;

		*first_margin = false;
		*o = line;
		return first ? HEADING_FIRST_AT_MARGIN : HEADING_AT_MARGIN;
	}
	return 0;
}

md_heading *
layout_headings(const char *raw, size_t len, scrape_dialect dialect, ap_format format, ap_arena *arena,
				size_t *nheadings)
{
	vec			out;
	bool		centred,
				margin,
				first_margin = true;
	size_t		at = 0;			/* raw byte of the code point count cp */
	int32_t		cp = 0;
	md_heading *result;

	if (format == AP_FORMAT_TEXT)
		layout_kinds(raw, len, len, &centred, &margin);
	else
	{
		/* scrape_dialect_of has counted the centred lines already */
		centred = dialect == DIALECT_CENTERED;
		margin = indented_dump(raw, len, len);
	}
	vec_init(&out, sizeof(md_heading));
	for (size_t line = 0, end; line < len && (centred || margin); line = end + 1)
	{
		size_t		o = 0;
		uint8_t		level;

		end = line_end(raw, len, line);
		if ((level = layout_heading_level(raw, line, end, centred, margin, &first_margin, &o)) != 0)
		{
			md_heading *h = vec_push(&out);

			cp += code_points_between(raw, len, at, o);
			at = o;
			h->raw_cp = cp;
			h->level = level;
		}
	}
	*nheadings = out.n;
	result = out.n ? arena_alloc(arena, out.n * sizeof(md_heading)) : NULL;
	if (out.n)
		memcpy(result, out.items, out.n * sizeof(md_heading));
	vec_free(&out);
	return result;
}

/*
 * The same headings of raw[0..limit) within a rewrite (numbered links): a
 * centred line loses its indentation, and each is noted where its line
 * starts.
 */
static void
mark_layout_headings(const char *raw, size_t len, size_t limit, uint8_t *mark, vec *heading_lines)
{
	bool		centred,
				margin,
				first_margin = true;

	layout_kinds(raw, len, limit, &centred, &margin);
	for (size_t line = 0, end; line < limit && (centred || margin); line = end + 1)
	{
		size_t		o = 0;
		uint8_t		level;

		end = line_end(raw, len, line);
		if ((level = layout_heading_level(raw, line, end, centred, margin, &first_margin, &o)) != 0)
		{
			mark_range(mark, line, o);	/* the indentation of a centred line; nothing at the margin */
			add_heading(heading_lines, line, level);
		}
	}
}

/*
 * One-column boxes drawn in ASCII, as pandoc's plain text prints a layout
 * table of one column: a border ("+-----+", '=' under a header) and rows
 * with a bar at each end ("| text |").  A border with '+' inside belongs
 * to a table of several columns, whose rows stay as they are.
 */
#define BOX_BORDER_MIN 20		/* bytes of a border: narrower ones are drawings */
#define BOX_ROWS_MIN 3

static bool
is_box_border(const char *raw, size_t line, size_t end)
{
	size_t		e = line_stop(raw, line, end);

	if (e - line < BOX_BORDER_MIN || raw[line] != '+' || raw[e - 1] != '+')
		return false;
	for (size_t k = line + 1; k + 1 < e; k++)
		if (raw[k] != '-' && raw[k] != '=')
			return false;
	return true;
}

static bool
is_box_row(const char *raw, size_t line, size_t end)
{
	size_t		e = line_stop(raw, line, end);

	return e - line >= 2 && raw[line] == '|' && raw[e - 1] == '|';
}

/*
 * Walk the boxes of raw[0..len): with mark, mark their borders and bars
 * to skip; return the rows of the largest box.
 */
static size_t
walk_boxes(const char *raw, size_t len, uint8_t *mark)
{
	size_t		most = 0,
				rows = 0;
	bool		in_box = false;

	for (size_t line = 0, end; line < len; line = end + 1)
	{
		end = line_end(raw, len, line);
		ap_tick();
		if (is_box_border(raw, line, end))
		{
			in_box = true;
			if (mark)
				mark_range(mark, line, line_stop(raw, line, end));
			continue;
		}
		if (!in_box || !is_box_row(raw, line, end))
		{
			in_box = false;
			rows = 0;
			continue;
		}
		if (++rows > most)
			most = rows;
		if (mark)
		{
			size_t		e = line_stop(raw, line, end) - 1,
						open = line + 1 < e && raw[line + 1] == ' ' ? line + 2 : line + 1;

			mark_range(mark, line, open);
			while (e > open && raw[e - 1] == ' ')
				e--;
			mark_range(mark, e, line_stop(raw, line, end));
		}
	}
	return most;
}

static bool
boxes_detect(const char *raw, size_t len)
{
	/* most scrapes hold no border: one pass of memchr for "+--" opening a line tells */
	for (const char *p = memchr(raw, '+', len); p; p = memchr(p + 1, '+', (size_t) (raw + len - p - 1)))
	{
		if ((p == raw || p[-1] == '\n') && raw + len - p >= 3 && p[1] == '-' && p[2] == '-')
			return walk_boxes(raw, len, NULL) >= BOX_ROWS_MIN;
		if (p + 1 >= raw + len)
			break;
	}
	return false;
}

scrape_dialect
scrape_dialect_of(const char *raw, size_t len, ap_format format, size_t *link_list)
{
	if (format == AP_FORMAT_MARKDOWN)
		return DIALECT_MARKDOWN;
	/* before Markdown: the html2text program's lists and emphasis read as Markdown too */
	if (format != AP_FORMAT_TEXT && star_headings_detect(raw, len))
		return DIALECT_STAR_HEADINGS;
	if (format == AP_FORMAT_AUTO && markdown_detect(raw, len))
		return DIALECT_MARKDOWN;
	if (format != AP_FORMAT_TEXT && (*link_list = link_references_start(raw, len)) < len)
		return DIALECT_LINK_NUMBERS;
	if (format != AP_FORMAT_TEXT && boxes_detect(raw, len))
		return DIALECT_BOXES;
	if (format != AP_FORMAT_TEXT && centered_detect(raw, len))
		return DIALECT_CENTERED;
	return DIALECT_NONE;
}

size_t
markdown_rewrite(const char *raw, size_t len, scrape_dialect dialect, size_t link_list, char *out, md_map *map)
{
	uint8_t    *mark = ap_alloc0(len + 1);
	vec			heading_lines;
	size_t		n;

	vec_init(&heading_lines, sizeof(heading_line));
	if (dialect == DIALECT_MARKDOWN)
		mark_document(raw, len, mark, &heading_lines);
	else if (dialect == DIALECT_STAR_HEADINGS)
		mark_star_headings(raw, len, mark, &heading_lines);
	else if (dialect == DIALECT_BOXES)
		(void) walk_boxes(raw, len, mark);
	else
	{
		mark_link_numbers(raw, len, link_list < len ? link_list : len, mark);
		mark_layout_headings(raw, len, link_list < len ? link_list : len, mark, &heading_lines);
	}
	n = copy_unmarked(raw, len, mark, &heading_lines, out, map);
	vec_free(&heading_lines);
	ap_release(mark);
	return n;
}

void
markdown_map_free(md_map *map)
{
	ap_release(map->shifts);
	ap_release(map->headings);
	memset(map, 0, sizeof(*map));
}

/* the raw offset of output code point v; *hint carries the last shift used */
static int32_t
raw_offset(const md_shift *s, size_t n, int32_t v, size_t *hint)
{
	size_t		j = *hint;

	if (n == 0)
		return v;
	if (j >= n || s[j].out_cp > v)
	{
		size_t		lo = 0,
					hi = n;

		/* the last shift at or before v */
		while (lo < hi)
		{
			size_t		mid = lo + (hi - lo) / 2;

			if (s[mid].out_cp <= v)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == 0)
		{
			*hint = 0;
			return v;
		}
		j = lo - 1;
	}
	while (j + 1 < n && s[j + 1].out_cp <= v)
		j++;
	*hint = j;
	return v + s[j].shift;
}

ltext
markdown_normalize(const char *raw, size_t len, scrape_dialect dialect, size_t link_list, ap_arena *arena,
				   int32_t *raw_cps, md_heading **headings, size_t *nheadings)
{
	char	   *plain = ap_alloc(len + 1);
	md_map		map;
	size_t		hint = 0,
				n;
	int32_t		plain_cps;
	ltext		t;
	int32_t    *src;

	n = markdown_rewrite(raw, len, dialect, link_list, plain, &map);
	t = normalize_text(plain, n, arena, &plain_cps);
	ap_release(plain);
	src = (int32_t *) t.src;
	for (size_t b = 0; b < t.len; b++)
	{
		int32_t		v = raw_offset(map.shifts, map.nshifts, src[b], &hint);

		src[b] = v < map.raw_cps ? v : map.raw_cps;
	}
	src[t.len] = map.raw_cps;
	*raw_cps = map.raw_cps;
	*nheadings = map.nheadings;
	*headings = map.headings;	/* the result's arena frees them */
	if (map.headings)
		arena_adopt(arena, map.headings);
	map.headings = NULL;
	markdown_map_free(&map);
	return t;
}

void
markdown_mark_headings(block *blocks, size_t n, const md_heading *headings, size_t nheadings)
{
	size_t		h = 0;

	/* both in raw order: one merge */
	for (size_t i = 0; i < n && h < nheadings; i++)
	{
		int32_t		at = blocks[i].text.len ? blocks[i].text.src[0] : -1;

		while (h < nheadings && headings[h].raw_cp < at)
			h++;
		if (h < nheadings && headings[h].raw_cp == at)
			blocks[i].heading = headings[h].level;
	}
}
