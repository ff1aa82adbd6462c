/* test_memory.c — arena, vectors and located-text builders, including the
 * empty-append case the fuzzer found (pointer arithmetic on a NULL buffer) */
#include "internal.h"
#include "literals.h"
#include "unit.h"

int
main(void)
{
	ap_arena   *a = arena_new();
	ltext_buf	b;
	ltext		t;
	int32_t		src[3] = {7, 8, 9};

	ltext_buf_init(&b);
	ltext_buf_append(&b, "", 0, src);	/* empty append to an empty builder: no-op */
	CHECK_INT("empty append leaves the builder empty", b.text.len, 0);
	t = ltext_buf_finish(&b, a, 42);
	CHECK("finishing an empty builder gives an empty NUL-terminated text", t.len == 0 && t.s[0] == '\0');
	CHECK_INT("its end sentinel is kept", t.src[0], 42);

	ltext_buf_append(&b, "abc", 3, src);
	ltext_buf_append_one(&b, "d", 1, 10);
	t = ltext_buf_finish(&b, a, 11);
	CHECK("appended text", t.len == 4 && memcmp(t.s, "abcd", 4) == 0 && t.s[4] == '\0');
	CHECK("offsets follow the bytes", t.src[0] == 7 && t.src[2] == 9 && t.src[3] == 10 && t.src[4] == 11);
	ltext_buf_free(&b);

	{
		vec			v;
		size_t		sum = 0;

		vec_init(&v, sizeof(int));
		for (int i = 0; i < 100000; i++)
			*(int *) vec_push(&v) = i;
		for (size_t i = 0; i < v.n; i++)
			sum += (size_t) VEC_AT(&v, int, i);
		CHECK("vector grows and keeps every item", v.n == 100000 && sum == (size_t) 99999 * 100000 / 2);
		vec_free(&v);
	}
	{
		char	   *big = arena_alloc(a, 1 << 20);
		char	   *small = arena_alloc(a, 3);

		memset(big, 1, 1 << 20);
		CHECK("arena serves large and small blocks, 8-byte aligned",
			  ((uintptr_t) big & 7) == 0 && ((uintptr_t) small & 7) == 0);
	}
	CHECK("hash of equal bytes is equal", ap_hash_bytes("abc", 3) == ap_hash_bytes("abcd", 3));
	CHECK("case-insensitive ASCII compare", ascii_ieq("HeLLo", 5, "hello") && !ascii_ieq("hell", 4, "hello"));
	{
		/* utf8_count works eight bytes at a time: every length and offset around that */
		const char *mixed = "a\xc3\xa9" "b\xe2\x80\x94" "c\xf0\x9f\x98\x80" "d\xc3\xa9\xc3\xa9" "efgh\xe2\x80\x94" "ijkl";
		size_t		mlen = strlen(mixed);
		bool		all = true;

		for (size_t off = 0; off < mlen; off++)
			for (size_t n = 0; off + n <= mlen; n++)
			{
				size_t		want = 0;

				for (size_t k = off; k < off + n; k++)
					want += ((unsigned char) mixed[k] & 0xC0) != 0x80;
				all = all && utf8_count(mixed + off, n) == want;
			}
		CHECK("utf8_count counts lead bytes at every offset and length", all);
		CHECK_INT("utf8_count of a mixed string", utf8_count(mixed, mlen), 18);
	}
	{
		static const char *const colours[] = {"red", "green", "blue", NULL};
		static const char *const shapes[] = {"square", "RED", NULL};
		static const char *const *const both[] = {colours, shapes};

		CHECK_INT("word_lists_holding: in the first list", word_lists_holding(both, 2, "green", 5, true), 1);
		CHECK_INT("word_lists_holding: in both, case folded", word_lists_holding(both, 2, "Red", 3, true), 3);
		CHECK_INT("word_lists_holding: case kept", word_lists_holding(both, 2, "RED", 3, false), 2);
		CHECK_INT("word_lists_holding: in neither", word_lists_holding(both, 2, "circle", 6, true), 0);
		CHECK_INT("word_lists_max_len", word_lists_max_len(both, 2, true), 6);
		{
			static const char para[] = "The council voted on Tuesday to add four bus routes.";
			char		copy[sizeof(para)];
			bool		distinct = true;

			memcpy(copy, para, sizeof(para));
			CHECK("ap_hash_text: equal texts hash alike",
				  ap_hash_text(para, sizeof(para) - 1) == ap_hash_text(copy, sizeof(para) - 1));
			/* every prefix (whole words and a tail of 0..7 bytes) and a one-byte change differ */
			for (size_t n = 1; n < sizeof(para) - 1; n++)
				distinct = distinct && ap_hash_text(para, n) != ap_hash_text(para, n + 1);
			copy[20] ^= 1;
			distinct = distinct && ap_hash_text(para, sizeof(para) - 1) != ap_hash_text(copy, sizeof(para) - 1);
			CHECK("ap_hash_text: prefixes and a changed byte hash apart", distinct);
		}
		{
			static const char *const sizes[] = {"small", "large", "square", NULL};
			static const char *const *const three[] = {colours, shapes, sizes};

			CHECK_INT("word_lists_holding: three lists, in the second and third",
					  word_lists_holding(three, 3, "Square", 6, true), 6);
			CHECK_INT("word_lists_holding: three lists, in the third only", word_lists_holding(three, 3, "small", 5, true), 4);
			CHECK_INT("word_lists_holding: a prefix of a word is not held", word_lists_holding(three, 3, "squar", 5, true), 0);
		}
	}
	{
		static literal_set set;

		literal_set_init(&set);
		CHECK("literal groups are added",
			  literal_set_add(&set, "cookie,by continuing", 0) && literal_set_add(&set, "|,\xc2\xb7", 1) &&
			  literal_set_add(&set, "0,1,yesterday", 63));
		CHECK("a literal at the very end, case folded", literal_set_scan(&set, "Accept COOKIE", 13) == 1);
		CHECK("a literal at the very start", literal_set_scan(&set, "By continuing you agree", 23) == 1);
		CHECK("one- and two-byte literals", literal_set_scan(&set, "a \xc2\xb7 b", 6) == 2 &&
			  literal_set_scan(&set, "x|y", 3) == 2);
		CHECK("several groups at once", literal_set_scan(&set, "Yesterday | cookies", 19) ==
			  ((uint64_t) 1 << 63 | 3));
		CHECK("a literal cut off by the length is not seen", literal_set_scan(&set, "cookie", 5) == 0);
		CHECK("nothing in plain prose", literal_set_scan(&set, "The council met on Tuesday.", 27) == 0);
		CHECK("a long s reports every group (PCRE2's case folding reads it as s)",
			  literal_set_scan(&set, "Accept coo\xc5\xbf" "ies", 15) == ~(uint64_t) 0);
		CHECK("a Kelvin sign reports every group", literal_set_scan(&set, "coo\xe2\x84\xaa" "ie", 8) == ~(uint64_t) 0 &&
			  literal_set_scan(&set, "\xe2\x84\xaa", 3) == ~(uint64_t) 0);
	}
	{
		/* literals that share a first byte or first three bytes: the next byte tells them apart */
		static literal_set set;

		literal_set_init(&set);
		CHECK("literal groups sharing first bytes are added",
			  literal_set_add(&set, "ad", 0) && literal_set_add(&set, "ab", 1) && literal_set_add(&set, "enter", 2) &&
			  literal_set_add(&set, "entry", 3) && literal_set_add(&set, "ent", 4) && literal_set_add(&set, "log", 5));
		CHECK("a two-byte literal inside a word", literal_set_scan(&set, "We had it", 9) == 1);
		CHECK("... and its neighbour with the same first byte", literal_set_scan(&set, "a cab", 5) == 2);
		CHECK("... neither after another second byte", literal_set_scan(&set, "at an apex", 10) == 0);
		CHECK("a long literal whose first three bytes are a shorter one's",
			  literal_set_scan(&set, "Enter now", 9) == ((uint64_t) 1 << 2 | (uint64_t) 1 << 4));
		CHECK("... not after another fourth byte", literal_set_scan(&set, "the entire day", 14) == (uint64_t) 1 << 4);
		CHECK("... its neighbour in the same trigram", literal_set_scan(&set, "an ENTRY", 8) ==
			  ((uint64_t) 1 << 3 | (uint64_t) 1 << 4));
		CHECK("a three-byte literal before any byte, and at the end",
			  literal_set_scan(&set, "logs", 4) == (uint64_t) 1 << 5 && literal_set_scan(&set, "blog", 4) == (uint64_t) 1 << 5);
	}
	arena_free(a);
	return UNIT_DONE();
}
