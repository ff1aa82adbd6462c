/* test_memory.c — arena, vectors and located-text builders, including the
 * empty-append case the fuzzer found (pointer arithmetic on a NULL buffer) */
#include "internal.h"
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
	arena_free(a);
	return UNIT_DONE();
}
