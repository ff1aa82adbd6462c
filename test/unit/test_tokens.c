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

/* character classes beyond ASCII: the table below U+3000 and utf8proc above it agree with Unicode */
static void
check_char_classes(void)
{
	CHECK("class: É is an upper-case letter", char_is_upper(0x00C9) && char_is_letter(0x00C9) && !char_is_lower(0x00C9));
	CHECK("class: ß is a lower-case letter", char_is_lower(0x00DF) && char_is_letter(0x00DF));
	CHECK("class: Ж and ж (Cyrillic)", char_is_upper(0x0416) && char_is_lower(0x0436));
	CHECK("class: a combining accent counts as a letter", char_is_letter(0x0301));
	CHECK("class: Arabic-Indic five is a digit", char_is_digit(0x0665) && char_is_alnum(0x0665));
	CHECK("class: no-break and em spaces are spaces", char_is_space(0x00A0) && char_is_space(0x2003));
	CHECK("class: curly quote and em dash are neither letters nor spaces",
		  !char_is_alnum(0x2019) && !char_is_space(0x2019) && !char_is_alnum(0x2014));
	CHECK("class: the last code point of the table (U+2FFF) is not a letter", !char_is_letter(0x2FFF));
	CHECK("class: ideographic space (U+3000, past the table)", char_is_space(0x3000));
	CHECK("class: a CJK ideograph and a full-width capital", char_is_letter(0x4E2D) && char_is_upper(0xFF21));
	CHECK("class: out of range is nothing", !char_is_letter(0x110000) && !char_is_space(-1));
}

int
main(void)
{
	check_char_classes();
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
