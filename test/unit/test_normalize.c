/* test_normalize.c — stage 1-2: decoding, entities, mojibake, white space, NFC, offsets */
#include "normalize.h"
#include "unit.h"

static ltext
norm(ap_arena *a, const char *s, size_t len)
{
	int32_t		cps;

	return normalize_text(s, len, a, &cps);
}

#define NORM_EQ(name, in, want) \
	do { \
		ltext t_ = norm(a, in, sizeof(in) - 1); \
		CHECK(name, t_.len == strlen(want) && memcmp(t_.s, want, t_.len) == 0); \
		if (!(t_.len == strlen(want) && memcmp(t_.s, want, t_.len) == 0)) \
			printf("# got [%.*s]\n", (int) t_.len, t_.s); \
	} while (0)

/*
 * Reference decoder for the decoder test, written from the table of
 * well-formed UTF-8 byte sequences (Unicode 15, table 3-7): the bytes
 * allowed after each lead, rather than decode-then-range-check.
 */
static int
reference_decode(const unsigned char *s, size_t len, int32_t *cp)
{
	static const struct
	{
		unsigned char lead_lo, lead_hi, second_lo, second_hi;
		int			n;
	}			rows[] = {
		{0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3}, {0xE1, 0xEC, 0x80, 0xBF, 3},
		{0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3}, {0xF0, 0xF0, 0x90, 0xBF, 4},
		{0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4},
	};

	if (s[0] < 0x80)
	{
		*cp = s[0];
		return 1;
	}
	for (size_t r = 0; r < sizeof(rows) / sizeof(rows[0]); r++)
	{
		int			n = rows[r].n;
		int32_t		v;

		if (s[0] < rows[r].lead_lo || s[0] > rows[r].lead_hi)
			continue;
		if (len < (size_t) n || s[1] < rows[r].second_lo || s[1] > rows[r].second_hi)
			break;
		v = s[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
		for (int k = 1; k < n; k++)
		{
			if (s[k] < 0x80 || s[k] > 0xBF)
				goto invalid;
			v = v << 6 | (s[k] & 0x3F);
		}
		*cp = v;
		return n;
	}
invalid:
	*cp = 0xFFFD;
	return 1;
}

/* utf8_decode against the reference: every lead byte, boundary follow bytes, every length */
static bool
decoder_matches_reference(void)
{
	static const unsigned char follow[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE2, 0xFF};
	const size_t nf = sizeof(follow);

	for (int b0 = 0; b0 < 256; b0++)
		for (size_t i1 = 0; i1 < nf; i1++)
			for (size_t i2 = 0; i2 < nf; i2++)
				for (size_t i3 = 0; i3 < nf; i3++)
					for (size_t len = 1; len <= 4; len++)
					{
						unsigned char s[4] = {(unsigned char) b0, follow[i1], follow[i2], follow[i3]};
						int32_t		got,
									want;
						int			n_got = utf8_decode(s, len, &got),
									n_want = reference_decode(s, len, &want);

						if (n_got != n_want || got != want)
						{
							printf("# %02X %02X %02X %02X len %zu: got U+%04X/%d want U+%04X/%d\n",
								   s[0], s[1], s[2], s[3], len, (unsigned) got, n_got, (unsigned) want, n_want);
							return false;
						}
					}
	return true;
}

int
main(void)
{
	ap_arena   *a = arena_new();

	NORM_EQ("named entities decode", "Tom &amp; Jerry &lt;3 &quot;hi&quot;", "Tom & Jerry <3 \"hi\"");
	NORM_EQ("numeric entities decode", "it&#8217;s &#x201C;ok&#x201D;", "it\xE2\x80\x99s \xE2\x80\x9Cok\xE2\x80\x9D");
	NORM_EQ("windows-1252 numeric reference", "&#146;", "\xE2\x80\x99");
	NORM_EQ("unknown or unterminated entity kept", "&bogus; &amp", "&bogus; &amp");
	NORM_EQ("nbsp entity is a space", "a&nbsp;&nbsp;b", "a b");
	NORM_EQ("mojibake apostrophe repaired", "Kyiv\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s", "Kyiv\xE2\x80\x99s");
	NORM_EQ("mojibake apostrophe whose control bytes a browser printed as spaces",
			"doesn\xC3\xA2  t, Earth\xC3\xA2  s, we\xC3\xA2  ve", "doesn\xE2\x80\x99t, Earth\xE2\x80\x99s, we\xE2\x80\x99ve");
	NORM_EQ("... an opening quote before a word, a closing one after a word or a comma",
			"\xC3\xA2  The fact,\xC3\xA2   Dr. Parr said, \xC3\xA2  " "Eat well.\xC3\xA2  ",
			"\xE2\x80\x9CThe fact,\xE2\x80\x9D Dr. Parr said, \xE2\x80\x9C" "Eat well.\xE2\x80\x9D");
	NORM_EQ("... a dash between spaces or between two words",
			"vegetables \xC3\xA2   whether, code matters\xC3\xA2  urban",
			"vegetables \xE2\x80\x94 whether, code matters\xE2\x80\x94urban");
	NORM_EQ("... with only the 0x80 printed as a space: an ellipsis, a bullet",
			"so easy\xC3\xA2 \xC2\xA6 \xC3\xA2 \xC2\xA2 Step one", "so easy\xE2\x80\xA6 \xE2\x80\xA2 Step one");
	NORM_EQ("... an a-circumflex with one space, or before a wider gap, stays",
			"p\xC3\xA2 t\xC3\xA9, table \xC3\xA2    cell", "p\xC3\xA2 t\xC3\xA9, table \xC3\xA2 cell");
	NORM_EQ("mojibake e-acute repaired", "caf\xC3\x83\xC2\xA9", "caf\xC3\xA9");
	NORM_EQ("mojibake closing quote with lost byte", "\xC3\xA2\xE2\x82\xAC\xC5\x93hi\xC3\xA2\xE2\x82\xAC end",
			"\xE2\x80\x9Chi\xE2\x80\x9D end");
	NORM_EQ("NBSP and tabs to space, folded", "a\xC2\xA0\t  b", "a b");
	NORM_EQ("every space separator is a space",
			"a\xE1\x9A\x80" "b\xE2\x80\x80" "c\xE2\x80\x8A" "d\xE2\x80\xAF" "e\xE2\x81\x9F" "f\xE3\x80\x80" "g",
			"a b c d e f g");
	NORM_EQ("dashes, quotes and ideographs beside them are kept",
			"\xE2\x80\x94\xE2\x80\x9Cx\xE2\x80\x9D\xE2\x81\xA0\xE3\x80\x81", "\xE2\x80\x94\xE2\x80\x9Cx\xE2\x80\x9D\xE3\x80\x81");
	NORM_EQ("zero-width and soft hyphen dropped", "co\xC2\xAD" "op\xE2\x80\x8B" "era\xEF\xBB\xBF" "tion", "cooperation");
	NORM_EQ("CRLF and CR to LF", "a\r\nb\rc", "a\nb\nc");
	/* long ASCII runs go eight bytes at a time: what breaks a run, at every offset of a word */
	NORM_EQ("double space across an 8-byte boundary", "abcdefg  hijklmnopqrstu  vwx", "abcdefg hijklmnopqrstu vwx");
	NORM_EQ("double space inside an 8-byte word", "abcdefghij  klmnopqrstuvwxyz", "abcdefghij klmnopqrstuvwxyz");
	NORM_EQ("space ending an 8-byte word", "abcdefg hijklmn opqrstu vwxyz", "abcdefg hijklmn opqrstu vwxyz");
	NORM_EQ("DEL inside a long run", "abcdefghijklm\x7fnopqrstuvw", "abcdefghijklm nopqrstuvw");
	NORM_EQ("entity inside a long run", "abcdefghijk&amp;lmnopqrstuvw", "abcdefghijk&lmnopqrstuvw");
	NORM_EQ("tab inside a long run", "abcdefghijklmnopq\trstuvwxyz", "abcdefghijklmnopq rstuvwxyz");
	NORM_EQ("space before a line break in a long run", "abcdefghijklmn \nopqrstuvwxyz", "abcdefghijklmn\nopqrstuvwxyz");
	NORM_EQ("non-ASCII inside a long run", "abcdefghijklm\xC2\xA0nopqrstuvw", "abcdefghijklm nopqrstuvw");
	NORM_EQ("lines trimmed, one blank line kept", "  a  \n\n\n\n   b   ", "a\n\nb");
	NORM_EQ("leading and trailing blank lines dropped", "\n\n a \n\n", "a");
	NORM_EQ("controls become spaces", "a\x01\x02" "b\x7f" "c", "a b c");
	NORM_EQ("NFC composes combining marks", "cafe\xCC\x81", "caf\xC3\xA9");
	NORM_EQ("NFC maps singletons", "\xE2\x84\xAB", "\xC3\x85");
	/* U+0958 is a composition exclusion: NFC decomposes it, 3 bytes become 6 */
	NORM_EQ("NFC growing segment after a shrinking one", "a\xCC\x81 \xE0\xA5\x98 e\xCC\x81 z",
			"\xC3\xA1 \xE0\xA4\x95\xE0\xA4\xBC \xC3\xA9 z");
	NORM_EQ("NFC growing segment first", "\xE0\xA5\x98" "a\xCC\x81", "\xE0\xA4\x95\xE0\xA4\xBC\xC3\xA1");
	NORM_EQ("invalid bytes become U+FFFD", "a\xFF" "b\xC3", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
	NORM_EQ("overlong encoding rejected", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD");
	CHECK("decoder agrees with the well-formed table on 1-4 byte sequences", decoder_matches_reference());
	NORM_EQ("surrogate encoding rejected", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	NORM_EQ("typographic quotes kept", "\xE2\x80\x9Cq\xE2\x80\x9D \xC2\xAB" "r\xC2\xBB", "\xE2\x80\x9Cq\xE2\x80\x9D \xC2\xAB" "r\xC2\xBB");
	NORM_EQ("empty input", "", "");

	{
		/* "e" + U+0301 composes to one code point that keeps the raw offset of "e" */
		static const char in[] = "ab e\xCC\x81 cd";
		ltext		t = norm(a, in, sizeof(in) - 1);

		CHECK_INT("NFC in place: length", (int) t.len, 8);
		CHECK_INT("NFC in place: composed char maps to its starter", t.src[3], 3);
		CHECK_INT("NFC in place: the code point after moves back", t.src[6], 6);
		CHECK_INT("NFC in place: end sentinel", t.src[t.len], 8);
	}
	{
		static const char in[] = "x &amp; y\xC3\xA9z";
		ltext		t = norm(a, in, sizeof(in) - 1);

		/* "x & yéz": 'y' is raw code point 8, 'é' 9, 'z' 10 */
		CHECK_INT("offsets: byte after an entity maps to its raw code point", t.src[4], 8);
		CHECK_INT("offsets: multibyte char maps to one code point", t.src[6], 9);
		CHECK_INT("offsets: code point after a multibyte char", t.src[7], 10);
		CHECK_INT("offsets: end sentinel is the raw length in code points", t.src[t.len], 11);
	}
	{
		/* three-byte punctuation and box drawing pass through with ASCII: "a—b ━━ c\u2028d" */
		static const char in[] = "a\xE2\x80\x94" "b \xE2\x94\x81\xE2\x94\x81 c\xE2\x80\xA8" "d";
		ltext		t = norm(a, in, sizeof(in) - 1);

		CHECK("three-byte characters pass through, a line separator breaks the line",
			  t.len == 16 && memcmp(t.s, "a\xE2\x80\x94" "b \xE2\x94\x81\xE2\x94\x81 c\n" "d", 16) == 0);
		CHECK_INT("offsets: each byte of a passed-through dash maps to its code point", t.src[3], 1);
		CHECK_INT("offsets: the letter after the dash", t.src[4], 2);
		CHECK_INT("offsets: the second box-drawing character", t.src[9], 5);
		CHECK_INT("offsets: the letter after them", t.src[13], 7);
		CHECK_INT("offsets: after the line separator", t.src[15], 9);
	}
	{
		int32_t		cp;

		CHECK_INT("entity decode: length of &amp;", html_entity_decode("&amp;x", 6, &cp), 5);
		CHECK_INT("entity decode: code point of &mdash;", (html_entity_decode("&mdash;", 7, &cp), cp), 0x2014);
		CHECK_INT("entity decode: NUL reference is U+FFFD", (html_entity_decode("&#0;", 4, &cp), cp), 0xFFFD);
		CHECK_INT("entity decode: never reads past len", html_entity_decode("&amp;", 3, &cp), 0);
	}
	arena_free(a);
	return UNIT_DONE();
}
