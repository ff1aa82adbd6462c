/*
 * normalize.c — owns stage 1-2 of the pipeline: lenient decoding, mojibake
 * repair, character references, white space and invisible characters, NFC.
 * One pass over the raw bytes, then an NFC pass only where a combining mark
 * or composition exclusion occurs.
 */
#include "normalize.h"

#include <stdlib.h>
#include <utf8proc.h>

/* Windows-1252 bytes 0x80..0x9F as Unicode (0 where undefined). */
static const int32_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* The Windows-1252 byte that decodes to cp, or -1. */
static int
cp1252_byte(int32_t cp)
{
	if (cp >= 0xA0 && cp <= 0xFF)
		return cp;
	if (cp >= 0x80 && cp <= 0x9F)
		return cp;				/* C1 control: a byte read as Latin-1 */
	for (int i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

static bool
ends_clause(unsigned char c)
{
	return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == ')';
}

/*
 * "doesnâ  t", "â  The fact", "benefits,â   Dr.", "vegetables â   whether":
 * the Windows-1252 reading of a punctuation mark E2 80 xx whose two bytes
 * 0x80 and 0x9x (control characters there) a text browser printed as two
 * spaces.  The mark is told from what stands around it:
 *   - inside a word, before a contraction's tail ("s", "t", "m", "d", "re",
 *     "ve", "ll"): the apostrophe ’;
 *   - before a word, after a space or a line start: the opening quote “;
 *   - after a word or punctuation, before a space or the end: the closing
 *     quote ”;
 *   - between spaces, or between two words: a dash —.
 * At raw[i] the "â" (n0 bytes) and then exactly two spaces; returns the
 * bytes through them with *cp set, or 0.
 */
static size_t
spaced_mojibake_len(const unsigned char *raw, size_t len, size_t i, int n0, int32_t *cp)
{
	static const char *const tails[] = {"s", "t", "m", "d", "re", "ve", "ll"};
	size_t		p = i + (size_t) n0,
				e;
	unsigned char before,
				after;

	if (p + 1 >= len || raw[p] != ' ' || raw[p + 1] != ' ' ||
		(p + 3 < len && raw[p + 2] == ' ' && raw[p + 3] == ' '))
		return 0;				/* two spaces, or three with the text's own */
	before = i > 0 ? raw[i - 1] : '\n';
	after = p + 2 < len ? raw[p + 2] : '\n';
	if (ascii_is_letter(before))
	{
		for (e = p + 2; e < len && ascii_is_letter(raw[e]); e++)
			;
		for (size_t k = 0; k < sizeof(tails) / sizeof(tails[0]); k++)
			if (e - (p + 2) == strlen(tails[k]) && memcmp(raw + p + 2, tails[k], e - (p + 2)) == 0)
			{
				*cp = 0x2019;
				return p + 2 - i;
			}
	}
	if (before == ' ' || before == '\n' || before == '(')
	{
		*cp = (after == ' ' || after == '\n') ? 0x2014 : 0x201C;
		return p + 2 - i;
	}
	if (ascii_is_letter(before) && ascii_is_letter(after))
	{
		*cp = 0x2014;
		return p + 2 - i;
	}
	if ((ascii_is_letter(before) || (before >= '0' && before <= '9') || ends_clause(before)) &&
		(after == ' ' || after == '\n' || ends_clause(after)))
	{
		*cp = 0x201D;
		return p + 2 - i;
	}
	return 0;
}

/*
 * At raw[i..len), cp0 (bytes n0) was decoded.  If cp0 and the following
 * code points are the Windows-1252 reading of one UTF-8 sequence, return
 * the repaired code point and set *consumed_bytes / *consumed_cps.
 */
static bool
mojibake_repair(const unsigned char *raw, size_t len, size_t i, int32_t cp0, int n0,
				int32_t *out, size_t *consumed_bytes, int *consumed_cps)
{
	int			lead = (cp0 >= 0xC2 && cp0 <= 0xF4) ? (int) cp0 : -1;
	unsigned char bytes[4];
	int			need;
	size_t		pos = i + n0;

	if (lead < 0)
		return false;
	need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
	bytes[0] = (unsigned char) lead;
	for (int k = 1; k <= need; k++)
	{
		int32_t		cp;
		int			n,
					b;

		if (pos >= len)
			return false;
		n = utf8_decode(raw + pos, len - pos, &cp);
		b = cp1252_byte(cp);
		if (b < 0x80 || b > 0xBF)
		{
			size_t		lost;

			if (k == 1 && lead == 0xE2 && (lost = spaced_mojibake_len(raw, len, i, n0, out)) != 0)
			{
				*consumed_bytes = lost;
				*consumed_cps = 3;
				return true;
			}
			/* "â ¦": only the 0x80 was printed as a space; the third byte is a Latin-1 sign */
			if (k == 1 && lead == 0xE2 && cp == ' ' && pos + 1 < len)
			{
				int32_t		third;
				int			n3 = utf8_decode(raw + pos + 1, len - pos - 1, &third);

				if (third >= 0xA1 && third <= 0xBF)
				{
					*out = 0x2000 + (third - 0x80);	/* E2 80 xx: "…", "•", "†", "‰", "›" */
					*consumed_bytes = pos + 1 + (size_t) n3 - i;
					*consumed_cps = 3;
					return true;
				}
			}
			/* "â€" + end/space: the 0x9D byte of ” was lost on the way */
			if (k == 2 && lead == 0xE2 && bytes[1] == 0x80 && (cp == ' ' || cp == '\n'))
			{
				*out = 0x201D;
				*consumed_bytes = pos - i;
				*consumed_cps = 2;
				return true;
			}
			return false;
		}
		bytes[k] = (unsigned char) b;
		pos += n;
	}
	{
		int32_t		cp;
		int			n = utf8_decode(bytes, need + 1, &cp);

		if (n != need + 1 || cp < 0x80)
			return false;
		*out = cp;
	}
	*consumed_bytes = pos - i;
	*consumed_cps = need + 1;
	return true;
}

static int
entity_name_cmp(const void *key, const void *elem)
{
	const char *k = key;
	const html_entity *e = elem;

	return strcmp(k, e->name);
}

size_t
html_entity_decode(const char *s, size_t len, int32_t *cp)
{
	size_t		i = 1;

	if (len < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#')
	{
		int32_t		v = 0;
		bool		hex = false;
		size_t		digits = 0;

		i = 2;
		if (i < len && (s[i] == 'x' || s[i] == 'X'))
		{
			hex = true;
			i++;
		}
		for (; i < len && digits < 8; i++, digits++)
		{
			char		c = s[i];
			int			d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				break;
			v = v * (hex ? 16 : 10) + d;
		}
		if (digits == 0 || i >= len || s[i] != ';')
			return 0;
		/* numeric references to 0x80..0x9F mean Windows-1252 in practice */
		if (v >= 0x80 && v <= 0x9F && cp1252_high[v - 0x80])
			v = cp1252_high[v - 0x80];
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = AP_REPLACEMENT;
		*cp = v;
		return i + 1;
	}
	else
	{
		char		name[16];
		size_t		n = 0;
		const html_entity *e;

		for (; i < len && n < sizeof(name) - 1; i++)
		{
			char		c = s[i];

			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
				break;
			name[n++] = c;
		}
		if (n == 0 || i >= len || s[i] != ';')
			return 0;
		name[n] = '\0';
		e = bsearch(name, html_entities, html_entities_count, sizeof(html_entity), entity_name_cmp);
		if (!e)
			return 0;
		*cp = e->cp;
		return i + 1;
	}
}

/* ---- the folding writer ----------------------------------------------- */

typedef struct norm_writer
{
	ltext_buf	out;
	bool		pending_space;
	int32_t		pending_space_src;
	int			newline_run;	/* newlines just written (2 at start) */
	bool		last_was_cr;
} norm_writer;

typedef enum char_action
{
	ACT_KEEP,
	ACT_SPACE,
	ACT_NEWLINE,
	ACT_DROP
} char_action;

static char_action
classify_char(int32_t cp)
{
	if (cp >= 0x20 && cp < 0x7F)
		return cp == ' ' ? ACT_SPACE : ACT_KEEP;
	switch (cp)
	{
		case '\n':
		case '\r':
		case 0x0B:
		case 0x0C:
		case 0x2028:
		case 0x2029:
			return ACT_NEWLINE;
		case '\t':
			return ACT_SPACE;
		case 0x00AD:			/* soft hyphen */
		case 0x200B:
		case 0x200C:
		case 0x200D:
		case 0x200E:
		case 0x200F:
		case 0x2060:
		case 0xFEFF:
		case 0x034F:
		case 0x180E:
			return ACT_DROP;
		default:
			break;
	}
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
		return ACT_SPACE;		/* controls separate words */
	if (cp >= 0x202A && cp <= 0x202E)
		return ACT_DROP;		/* bidi embedding controls */
	if (cp >= 0x2066 && cp <= 0x2069)
		return ACT_DROP;
	if (char_is_space_multibyte(cp))
		return ACT_SPACE;		/* a space separator (Zs) */
	return ACT_KEEP;
}

static void
writer_put(norm_writer *w, int32_t cp, int32_t src, bool from_cr)
{
	char		enc[4];
	int			n;

	switch (classify_char(cp))
	{
		case ACT_DROP:
			w->last_was_cr = false;
			return;
		case ACT_SPACE:
			w->last_was_cr = false;
			if (w->newline_run == 0 && !w->pending_space)
			{
				w->pending_space = true;
				w->pending_space_src = src;
			}
			return;
		case ACT_NEWLINE:
			if (cp == '\n' && w->last_was_cr)
			{
				w->last_was_cr = false;
				return;
			}
			w->last_was_cr = from_cr || cp == '\r';
			w->pending_space = false;
			if (w->newline_run < 2)
			{
				ltext_buf_append_one(&w->out, "\n", 1, src);
				w->newline_run++;
			}
			return;
		case ACT_KEEP:
			break;
	}
	w->last_was_cr = false;
	if (w->pending_space)
	{
		ltext_buf_append_one(&w->out, " ", 1, w->pending_space_src);
		w->pending_space = false;
	}
	n = utf8_encode(cp, enc);
	ltext_buf_append_one(&w->out, enc, n, src);
	w->newline_run = 0;
}

/* os[0..n) = first, first + 1, ...: the offsets of n ASCII bytes */
static inline void
fill_offsets(int32_t *os, size_t n, int32_t first)
{
	size_t		k = 0;

	for (; k + 4 <= n; k += 4)
	{
		os[k] = first + (int32_t) k;
		os[k + 1] = first + (int32_t) k + 1;
		os[k + 2] = first + (int32_t) k + 2;
		os[k + 3] = first + (int32_t) k + 3;
	}
	for (; k < n; k++)
		os[k] = first + (int32_t) k;
}

/*
 * A run of characters that pass through unchanged (see run_char_len), and
 * single spaces between them, from raw code point src on; returns the
 * code points written.
 */
static int32_t
writer_put_run(norm_writer *w, const unsigned char *s, size_t n, int32_t src, bool ascii)
{
	char	   *o;
	int32_t    *os;
	int32_t		c = src;

	/* n bytes of whole characters (see run_char_len) */
	sbuf_reserve(&w->out.text, n + 1);
	ltext_reserve_src(&w->out, n + 1);
	o = w->out.text.s + w->out.text.len;
	os = (int32_t *) w->out.src.items + w->out.src.n;
	if (w->pending_space)
	{
		*o++ = ' ';
		*os++ = w->pending_space_src;
		w->pending_space = false;
		w->out.text.len++;
		w->out.src.n++;
	}
	memcpy(o, s, n);
	o[n] = '\0';
	w->out.text.len += n;
	w->out.src.n += n;
	w->newline_run = 0;
	w->last_was_cr = false;
	/* each byte takes the raw offset of its code point */
	if (ascii)
	{
		fill_offsets(os, n, src);
		return (int32_t) n;
	}
	/* the run holds one- and three-byte characters only */
	for (size_t k = 0; k < n;)
	{
		uint64_t	word;

		if (k + 8 <= n && (memcpy(&word, s + k, 8), !(word & BYTES8(0x80))))
		{
			/* eight ASCII bytes */
			fill_offsets(os + k, 8, c);
			k += 8;
			c += 8;
			continue;
		}
		os[k] = c;
		if (s[k++] >= 0x80)
		{
			os[k++] = c;
			os[k++] = c;
		}
		c++;
	}
	return c - src;
}

/*
 * How many of the bytes s[0..8) the fast path may copy at once: 8 when
 * they are printable ASCII other than '&' and DEL with no two spaces side
 * by side, 7 when the last of them is a space (the byte after it decides),
 * 0 when any other byte is there.
 */
static inline size_t
ascii_run8(const unsigned char *s)
{
	uint64_t	w,
				x,
				spaces;

	memcpy(&w, s, 8);
	if (w & BYTES8(0x80))
		return 0;
	/* a byte below 0x20 (the test is exact for bytes below 0x80), DEL or '&' */
	if (((w - BYTES8(0x20)) & ~w & BYTES8(0x80)) || has_zero_byte(w ^ BYTES8(0x7F)) || has_zero_byte(w ^ BYTES8('&')))
		return 0;
	/* the spaces, exactly: 0x80 in each byte that is one */
	x = w ^ BYTES8(' ');
	spaces = ~(((x & BYTES8(0x7F)) + BYTES8(0x7F)) | x | BYTES8(0x7F));
	/* two spaces side by side */
	if (spaces & (spaces << 8))
		return 0;
	return s[7] == ' ' ? 7 : 8;
}

/*
 * Bytes of a character at s[0..left) that normalization leaves as it is:
 * printable ASCII other than '&' (1), or a three-byte character that is
 * neither a space, a line break, an invisible control nor a possible
 * mojibake lead: punctuation (dashes, quotes, bullets) and symbols such
 * as the box drawing of text browsers (3).  0 for anything else.
 */
static inline size_t
run_char_len(const unsigned char *s, size_t left)
{
	int32_t		cp;

	if (s[0] > 0x20 && s[0] < 0x7F)
		return s[0] != '&';
	if (s[0] < 0xE2 || s[0] > 0xEF || left < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
		return 0;
	cp = (int32_t) (s[0] & 0x0F) << 12 | (int32_t) (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	return ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
			(cp >= 0x2070 && cp != 0x3000 && cp != 0xFEFF)) ? 3 : 0;
}

/* ---- NFC ---------------------------------------------------------------- */

static bool
needs_nfc_uncached(int32_t cp)
{
	const utf8proc_property_t *p;

	if (cp >= 0x1100 && cp <= 0x11FF)
		return true;			/* conjoining jamo */
	p = utf8proc_get_property(cp);
	if (p->combining_class != 0 || p->comp_exclusion)
		return true;
	if (p->decomp_type == 0 && p->decomp_seqindex != UINT16_MAX)
	{
		/*
		 * Precomposed characters are stable under NFC; canonical singletons
		 * (U+212B ANGSTROM SIGN) are not.  Decompose and recompose to tell,
		 * remembering recent answers.
		 */
		static int32_t cache_cp[256];
		static bool cache_val[256];
		unsigned	slot = (unsigned) cp & 255;
		utf8proc_int32_t d[8];
		int			last = 0;
		utf8proc_ssize_t n;

		if (cache_cp[slot] == cp)
			return cache_val[slot];
		n = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &last);
		if (n > 0 && n <= 8)
			n = utf8proc_normalize_utf32(d, n, UTF8PROC_COMPOSE);
		cache_cp[slot] = cp;
		cache_val[slot] = !(n == 1 && d[0] == cp);
		return cache_val[slot];
	}
	return false;
}

/* needs_nfc for code points from U+0300 */
static bool
needs_nfc(int32_t cp)
{
	/* answers for the code points below U+3000, the most frequent beyond ASCII: 0 unknown, 1 no, 2 yes */
	static uint8_t known[0x3000];
	bool		answer;

	if (cp < 0x300)
		return false;
	if (cp < 0x3000 && known[cp])
		return known[cp] == 2;
	answer = needs_nfc_uncached(cp);
	if (cp < 0x3000)
		known[cp] = answer ? 2 : 1;
	return answer;
}

/*
 * No code point of block b (U+b*64 .. U+b*64+63, b < 1024, the three-byte
 * range) needs NFC; answers are kept once found.
 */
static bool
nfc_block_stable(unsigned b)
{
	static uint8_t known[1024];	/* 0 unknown, 1 stable, 2 not */

	if (known[b] == 0)
	{
		known[b] = 1;
		for (int32_t cp = (int32_t) b * 64; cp < (int32_t) b * 64 + 64; cp++)
			if (needs_nfc(cp))
			{
				known[b] = 2;
				break;
			}
	}
	return known[b] == 1;
}

#define NFC_MAX_SEGMENT 64

/*
 * NFC of one segment s[0..n) (a code point and the marks after it) into
 * out; returns the encoded length, or 0 to leave the segment as it is
 * (too long, or utf8proc refused it).
 */
static size_t
nfc_segment(const char *s, size_t n, char *out)
{
	utf8proc_int32_t buf[NFC_MAX_SEGMENT * 4];
	utf8proc_ssize_t count;
	size_t		o = 0;

	if (n > NFC_MAX_SEGMENT)
		return 0;
	count = utf8proc_decompose((const utf8proc_uint8_t *) s, (utf8proc_ssize_t) n, buf,
							   NFC_MAX_SEGMENT * 4, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	if (count > 0 && count <= NFC_MAX_SEGMENT * 4)
		count = utf8proc_normalize_utf32(buf, count, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (count <= 0 || count > NFC_MAX_SEGMENT * 4)
		return 0;
	for (utf8proc_ssize_t k = 0; k < count; k++)
		o += (size_t) utf8_encode(buf[k], out + o);
	return o;
}

/*
 * Apply NFC to the text in b where some code point may change.  The text
 * is rewritten in place while no segment grows (composition only
 * shrinks); a segment that grows (a composition exclusion that
 * decomposes) moves the rest into a new buffer.  Bytes of a composed
 * segment take the raw offset of its first code point.
 */
static void
apply_nfc(ltext_buf *b)
{
	char	   *s = b->text.s;
	int32_t    *src = b->src.items;
	size_t		len = b->text.len,
				i,
				w;
	ltext_buf	grown;
	bool		in_place = true;

	for (i = 0; i < len; i++)
	{
		/* below U+0300 nothing changes: lead bytes under 0xCC, ASCII, continuations */
		while (i + 8 <= len)
		{
			uint64_t	word;

			memcpy(&word, s + i, 8);
			if (word & 0x8080808080808080ULL)
				break;
			i += 8;				/* eight ASCII bytes */
		}
		if (i >= len)
			break;
		if ((unsigned char) s[i] < 0xCC)
			continue;
		/* a three-byte character from a block of 64 where nothing changes: past its continuations */
		if ((unsigned char) s[i] >= 0xE0 && (unsigned char) s[i] <= 0xEF && i + 2 < len &&
			nfc_block_stable((unsigned) ((unsigned char) s[i] & 0x0F) << 6 | ((unsigned char) s[i + 1] & 0x3F)))
		{
			i += 2;
			continue;
		}
		if (needs_nfc(utf8_at(s, len, i, NULL)))
			break;
	}
	if (i == len)
		return;
	/* back to the starter of the first segment that changes (it needs no NFC itself) */
	if (i > 0)
		i = utf8_prev(s, i);
	w = i;
	ltext_buf_init(&grown);
	while (i < len)
	{
		int			n;
		size_t		seg_start = i,
					seg_end,
					out_len = 0;
		bool		special;
		char		out[NFC_MAX_SEGMENT * 4 * 4];
		int32_t		cp = utf8_at(s, len, i, &n);

		ap_tick();
		special = needs_nfc(cp);
		seg_end = i + n;
		while (seg_end < len)
		{
			int			m;
			int32_t		c2 = utf8_at(s, len, seg_end, &m);

			if (!needs_nfc(c2))
				break;
			special = true;
			seg_end += m;
		}
		if (special)
			out_len = nfc_segment(s + seg_start, seg_end - seg_start, out);
		if (in_place && out_len > seg_end - seg_start)
		{
			/* this one grows: continue in a new buffer */
			in_place = false;
			sbuf_reserve(&grown.text, len + out_len);
			ltext_reserve_src(&grown, len + out_len + 1);
			ltext_buf_append(&grown, s, w, src);
		}
		if (out_len > 0)
		{
			if (in_place)
			{
				memcpy(s + w, out, out_len);
				for (size_t k = 0; k < out_len; k++)
					src[w + k] = src[seg_start];
				w += out_len;
			}
			else
				ltext_buf_append_one(&grown, out, out_len, src[seg_start]);
		}
		else if (in_place)
		{
			memmove(s + w, s + seg_start, seg_end - seg_start);
			memmove(src + w, src + seg_start, (seg_end - seg_start) * sizeof(int32_t));
			w += seg_end - seg_start;
		}
		else
			ltext_buf_append(&grown, s + seg_start, seg_end - seg_start, src + seg_start);
		i = seg_end;
	}
	if (in_place)
	{
		b->text.len = w;
		b->text.s[w] = '\0';
		b->src.n = w;
		ltext_buf_free(&grown);
	}
	else
	{
		ltext_buf_free(b);
		*b = grown;
	}
}

ltext
normalize_text(const char *raw_s, size_t len, ap_arena *arena, int32_t *raw_cps)
{
	const unsigned char *raw = (const unsigned char *) raw_s;
	norm_writer w;
	size_t		i = 0;
	int32_t		cpi = 0;
	size_t		next_check = 1 << 16;

	memset(&w, 0, sizeof(w));
	ltext_buf_init(&w.out);
	/* most text keeps its length: no growing and copying */
	sbuf_reserve(&w.out.text, len);
	ltext_reserve_src(&w.out, len + 1);
	w.newline_run = 2;

	while (i < len)
	{
		int32_t		cp,
					fixed;
		int			n;
		int32_t		src = cpi;
		size_t		cb;
		int			ccp;

		if (i >= next_check)
		{
			ap_check_interrupts();
			next_check = i + (1 << 16);
		}
		/* fast path: characters that need no decoding, repair or folding */
		if (run_char_len(raw + i, len - i))
		{
			size_t		j = i,
						m;
			bool		ascii = true;

			bool		wide = true;	/* back to eight bytes at a time after a character of three */

			while (wide)
			{
				wide = false;
				/* eight bytes at a time while they are printable ASCII with single inner spaces */
				while (j + 8 <= len && j - i < 4096 && (m = ascii_run8(raw + j)) != 0)
					j += m;
				/* single spaces between them stay as they are */
				while (j < len && j - i < 4096)
				{
					unsigned char b = raw[j];

					if (b > 0x20 && b < 0x7F && b != '&')
						j++;
					else if (b == ' ' && j + 1 < len && (m = run_char_len(raw + j + 1, len - j - 1)) != 0)
					{
						j += 1 + m;
						ascii = ascii && m == 1;
					}
					else if (b >= 0xE2 && (m = run_char_len(raw + j, len - j)) != 0)
					{
						j += m;
						ascii = false;
						wide = true;
						break;
					}
					else
						break;
				}
			}
			cpi += writer_put_run(&w, raw + i, j - i, cpi, ascii);
			i = j;
			continue;
		}
		if (raw[i] == ' ')
		{
			w.last_was_cr = false;
			if (w.newline_run == 0 && !w.pending_space)
			{
				w.pending_space = true;
				w.pending_space_src = cpi;
			}
			i++;
			cpi++;
			continue;
		}
		n = utf8_decode(raw + i, len - i, &cp);
		if (cp >= 0xC2 && cp <= 0xF4 && mojibake_repair(raw, len, i, cp, n, &fixed, &cb, &ccp))
		{
			writer_put(&w, fixed, src, false);
			i += cb;
			cpi += ccp;
			continue;
		}
		if (cp == '&')
		{
			int32_t		ecp;
			size_t		used = html_entity_decode((const char *) raw + i, len - i, &ecp);

			if (used)
			{
				writer_put(&w, ecp, src, false);
				i += used;
				cpi += (int32_t) used;	/* references are ASCII */
				continue;
			}
		}
		writer_put(&w, cp, src, cp == '\r');
		i += n;
		cpi++;
	}
	/* drop trailing newlines */
	while (w.out.text.len > 0 && w.out.text.s[w.out.text.len - 1] == '\n')
	{
		w.out.text.len--;
		w.out.src.n--;
	}
	*raw_cps = cpi;
	apply_nfc(&w.out);
	return ltext_buf_adopt(&w.out, arena, cpi);
}
