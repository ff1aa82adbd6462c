/*
 * utf8.c — lenient UTF-8 decoding and encoding, and character classes
 * (utf8proc categories behind a small ASCII fast path).
 */
#include "internal.h"

#include <utf8proc.h>

int
utf8_decode_multibyte(const unsigned char *s, size_t len, int32_t *cp)
{
	unsigned char c = s[0];
	int32_t		v;

	/* the two- and three-byte forms, by far the most frequent, without a loop */
	if (c >= 0xC2 && c <= 0xDF)
	{
		if (len >= 2 && (s[1] & 0xC0) == 0x80)
		{
			*cp = (int32_t) (c & 0x1F) << 6 | (s[1] & 0x3F);
			return 2;
		}
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		if (len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
		{
			v = (int32_t) (c & 0x0F) << 12 | (int32_t) (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
			/* not overlong, not a surrogate */
			if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF))
			{
				*cp = v;
				return 3;
			}
		}
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		if (len >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80)
		{
			v = (int32_t) (c & 0x07) << 18 | (int32_t) (s[1] & 0x3F) << 12 |
				(int32_t) (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
			if (v >= 0x10000 && v <= 0x10FFFF)
			{
				*cp = v;
				return 4;
			}
		}
	}
	else if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	/* invalid lead, truncated, overlong, surrogate or beyond U+10FFFF */
	*cp = AP_REPLACEMENT;
	return 1;
}

int
utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = AP_REPLACEMENT;
	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = 0xC0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = 0xE0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3F);
	o[2] = 0x80 | ((cp >> 6) & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

size_t
utf8_prev(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char) s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

size_t
utf8_count(const char *s, size_t len)
{
	size_t		n = 0,
				i = 0;

	/* eight bytes at a time: count the continuation bytes (10xxxxxx) */
	for (; i + 8 <= len; i += 8)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		w = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;	/* 1 per continuation byte */
		n += 8 - (size_t) ((w * 0x0101010101010101ULL) >> 56);
	}
	for (; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

#define L CHAR_LETTER
#define U (CHAR_LETTER | CHAR_UPPER)
#define W (CHAR_LETTER | CHAR_LOWER)
#define D CHAR_DIGIT
#define S CHAR_SPACE
const unsigned char ap_ascii_class[128] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, 0, 0, S, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
	0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0,
	0, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
	W, W, W, W, W, W, W, W, W, W, W, 0, 0, 0, 0, 0,
};
#undef L
#undef U
#undef W
#undef D
#undef S

/* the classes of code points beyond ASCII (internal.h inlines ASCII) */
static unsigned char
category_class(int32_t cp)
{
	switch (utf8proc_category(cp))
	{
		case UTF8PROC_CATEGORY_LU:
		case UTF8PROC_CATEGORY_LT:
			return CHAR_LETTER | CHAR_UPPER;
		case UTF8PROC_CATEGORY_LL:
			return CHAR_LETTER | CHAR_LOWER;
		case UTF8PROC_CATEGORY_LM:
		case UTF8PROC_CATEGORY_LO:
		case UTF8PROC_CATEGORY_MN:
		case UTF8PROC_CATEGORY_MC:
			return CHAR_LETTER;
		case UTF8PROC_CATEGORY_ND:
			return CHAR_DIGIT;
		case UTF8PROC_CATEGORY_ZS:
			return CHAR_SPACE;
		default:
			return 0;
	}
}

/*
 * Classes of the code points below U+3000 (Latin, Greek, Cyrillic, the
 * punctuation blocks: nearly every non-ASCII character of a scrape), filled
 * from utf8proc on first use and kept for the life of the process.
 */
#define CLASS_TABLE_SIZE 0x3000
static unsigned char class_table[CLASS_TABLE_SIZE];
static bool class_table_ready;

static unsigned char
char_class(int32_t cp)
{
	if (cp < 0 || cp >= CLASS_TABLE_SIZE)
		return category_class(cp);
	if (!class_table_ready)
	{
		for (int32_t c = 0; c < CLASS_TABLE_SIZE; c++)
			class_table[c] = category_class(c);
		class_table_ready = true;
	}
	return class_table[cp];
}

bool
char_is_letter_multibyte(int32_t cp)
{
	return (char_class(cp) & CHAR_LETTER) != 0;
}

bool
char_is_upper_multibyte(int32_t cp)
{
	return (char_class(cp) & CHAR_UPPER) != 0;
}

bool
char_is_lower_multibyte(int32_t cp)
{
	return (char_class(cp) & CHAR_LOWER) != 0;
}

bool
char_is_digit_multibyte(int32_t cp)
{
	return (char_class(cp) & CHAR_DIGIT) != 0;
}

bool
char_is_space_multibyte(int32_t cp)
{
	return (char_class(cp) & CHAR_SPACE) != 0;
}

bool
char_is_quote_mark_multibyte(int32_t cp)
{
	switch (cp)
	{
		case 0x201C:			/* “ */
		case 0x201D:			/* ” */
		case 0x201E:			/* „ */
		case 0x201F:			/* ‟ */
		case 0x2018:			/* ‘ */
		case 0x2019:			/* ’ */
		case 0x201A:			/* ‚ */
		case 0x00AB:			/* « */
		case 0x00BB:			/* » */
		case 0x2039:			/* ‹ */
		case 0x203A:			/* › */
			return true;
		default:
			return false;
	}
}

bool
char_is_dash(int32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}
