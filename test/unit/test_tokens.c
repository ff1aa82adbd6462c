/* test_tokens.c — stage 5: words, possessives, initialisms, sentence starts */
#include "tokens.h"
#include "unit.h"

static vec	toks;
static const char *text;

static void
tok(const char *s)
{
	text = s;
	toks.n = 0;
	tokenize(s, strlen(s), &toks);
}

static bool
word_at(size_t i, const char *w)
{
	if (i >= toks.n)
		return false;
	token	   *t = &VEC_AT(&toks, token, i);

	return t->end - t->start == strlen(w) && memcmp(text + t->start, w, t->end - t->start) == 0;
}

static token *
T(size_t i)
{
	return &VEC_AT(&toks, token, i);
}

int
main(void)
{
	vec_init(&toks, sizeof(token));

	tok("The U.S. economy grew.");
	CHECK("initialism keeps its periods", word_at(1, "U.S."));
	CHECK_INT("sentence ends at the final period", T(toks.n - 1)->sent_end, 1);

	tok("Mr. Smith met Dr. Jones. Then they left.");
	CHECK("abbreviation does not end a sentence", !T(1)->sent_end);
	CHECK("word after an abbreviation is not a sentence start", !T(2)->sent_start);
	CHECK("word after a real sentence end starts a sentence", word_at(8, "Then") && T(8)->sent_start);

	tok("Kyiv\xE2\x80\x99s partners and the states\xE2\x80\x99 budgets");
	CHECK("possessive stripped from the word", word_at(0, "Kyiv") && T(0)->possessive);
	CHECK("plural possessive noted", word_at(4, "states") && T(4)->possessive);

	tok("OPEC+ and AT&T said don't");
	CHECK("trailing plus kept", word_at(0, "OPEC+"));
	CHECK("ampersand inside a word kept", word_at(2, "AT&T") && T(2)->all_caps);
	CHECK("contraction is one word", word_at(4, "don't"));

	tok("It cost $3.6 billion, or 1,200 each.");
	CHECK("decimal number is one token", word_at(3, "3.6") && T(3)->type == TOK_NUMBER);
	CHECK("thousands separator kept in a number", word_at(7, "1,200"));

	tok("He said: \xE2\x80\x9CThere are options.\xE2\x80\x9D");
	CHECK("word after an opening quote starts a clause", word_at(4, "There") && T(4)->sent_start);

	tok("");
	CHECK_INT("empty text has no tokens", toks.n, 0);

	vec_free(&toks);
	return UNIT_DONE();
}
