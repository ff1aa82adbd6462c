/*
 * ap_convert.c — the bridge between PostgreSQL values and the core: text in
 * the server encoding to the core's UTF-8 input, and the core's ap_result to
 * text, arrays and the article / article_quote / article_entity composites.
 *
 * Encodings: the core works on UTF-8.  In a UTF8 database bytes pass through
 * unchanged; in SQL_ASCII they pass through too (the core decodes leniently,
 * invalid sequences become U+FFFD).  In any other database the input is
 * converted to UTF-8 and every output string back to the server encoding.
 * Every output string goes through pg_any_to_server, which also validates
 * it; a character the server encoding cannot hold (for example a
 * typographic quote produced from "&#8220;" in a LATIN1 database) raises the
 * standard conversion error (SQLSTATE 22P05), as any other conversion would.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "ap_options.h"
#include "ap_pg.h"

const char *
ap_pg_to_utf8(const char *s, int *len)
{
	int			enc = GetDatabaseEncoding();
	const char *u;

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return s;
	u = (const char *) pg_do_encoding_conversion((unsigned char *) s, *len, enc, PG_UTF8);
	if (u != s)
		*len = strlen(u);
	return u;
}

void
ap_pg_parse(text *raw, Jsonb *options, bool want_quotes, bool want_entities,
			ap_result *res)
{
	ap_options	opt;
	int			len = VARSIZE_ANY_EXHDR(raw);
	const char *bytes = ap_pg_to_utf8(VARDATA_ANY(raw), &len);

	ap_options_init(&opt);
	if (options != NULL)
		ap_pg_options(options, &opt);
	opt.quotes = opt.quotes && want_quotes;
	opt.entities = opt.entities && want_entities;
	ap_parse(bytes, (size_t) len, &opt, res);
}

Datum
ap_pg_text(const char *ptr, size_t len)
{
	char	   *s;

	if (len >= MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("article_parse result string is too long (%zu bytes)", len),
				 errhint("Split the input into smaller documents.")));
	s = pg_any_to_server(ptr, (int) len, PG_UTF8);
	return PointerGetDatum(cstring_to_text_with_len(s, s == ptr ? (int) len : (int) strlen(s)));
}

Datum
ap_pg_str(ap_str s, bool *isnull)
{
	*isnull = (s.ptr == NULL);
	return *isnull ? (Datum) 0 : ap_pg_text(s.ptr, s.len);
}

Datum
ap_pg_clean_text(ap_result *res, bool *isnull)
{
	*isnull = (res->n_paragraphs == 0);
	return *isnull ? (Datum) 0 : ap_pg_str(ap_result_clean_text(res), isnull);
}

/* seconds since the Unix epoch -> timestamptz; NULL when absent or out of range */
Datum
ap_pg_published(const ap_result *res, bool *isnull)
{
	int64		ts;

	*isnull = !res->has_timestamp ||
		pg_sub_s64_overflow(res->timestamp,
							(int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY, &ts) ||
		pg_mul_s64_overflow(ts, USECS_PER_SEC, &ts) ||
		!IS_VALID_TIMESTAMP(ts);
	return *isnull ? (Datum) 0 : TimestampTzGetDatum(ts);
}

static Datum
text_array(Datum *elems, int n)
{
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

Datum
ap_pg_paragraph_array(const ap_result *res)
{
	Datum	   *elems = palloc(sizeof(Datum) * (res->n_paragraphs + 1));
	int			i;

	for (i = 0; i < res->n_paragraphs; i++)
		elems[i] = ap_pg_text(res->paragraphs[i].text.ptr, res->paragraphs[i].text.len);
	return text_array(elems, res->n_paragraphs);
}

static Datum
offset_datum(int32 offset, bool *isnull)
{
	*isnull = (offset < 0);
	return Int32GetDatum(offset);
}

void
ap_pg_quote_fields(const ap_result *res, int i, Datum *values, bool *nulls)
{
	const ap_quote *q = &res->quotes[i];

	memset(nulls, false, sizeof(bool) * AP_QUOTE_NATTS);
	values[0] = ap_pg_str(q->text, &nulls[0]);
	values[1] = ap_pg_str(q->speaker, &nulls[1]);
	values[2] = ap_pg_str(q->cue, &nulls[2]);
	values[3] = Int32GetDatum(q->paragraph);
	values[4] = BoolGetDatum(q->partial);
	values[5] = Int32GetDatum(q->start_offset);
	values[6] = Int32GetDatum(q->end_offset);
	values[7] = Int32GetDatum(q->src_start);
	values[8] = Int32GetDatum(q->src_end);
	values[9] = offset_datum(q->speaker_src_start, &nulls[9]);
	values[10] = offset_datum(q->speaker_src_end, &nulls[10]);
}

void
ap_pg_entity_fields(const ap_result *res, int i, Datum *values, bool *nulls)
{
	const ap_entity *e = &res->entities[i];
	Datum	   *aliases = palloc(sizeof(Datum) * (e->n_aliases + 1));
	int			j;

	for (j = 0; j < e->n_aliases; j++)
		aliases[j] = ap_pg_text(e->aliases[j].ptr, e->aliases[j].len);
	memset(nulls, false, sizeof(bool) * AP_ENTITY_NATTS);
	values[0] = ap_pg_str(e->name, &nulls[0]);
	values[1] = CStringGetTextDatum(ap_kind_name(e->kind));
	values[2] = Int32GetDatum(e->mentions);
	values[3] = text_array(aliases, e->n_aliases);
	values[4] = Int32GetDatum(e->first_paragraph);
}

typedef void (*row_fields) (const ap_result *res, int i, Datum *values, bool *nulls);

/*
 * An array of composites whose array type is arraytype (taken from the
 * article descriptor, so no name lookup and the extension stays
 * relocatable); each element filled by fill.
 */
static Datum
row_array(Oid arraytype, int natts, int n, const ap_result *res, row_fields fill)
{
	Oid			elemtype = get_element_type(arraytype);
	TupleDesc	desc;
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));
	Datum	   *values = palloc(sizeof(Datum) * natts);
	bool	   *nulls = palloc(sizeof(bool) * natts);
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			i;

	if (!OidIsValid(elemtype))
		elog(ERROR, "article field of type %s is not an array", format_type_be(arraytype));
	desc = lookup_rowtype_tupdesc(elemtype, -1);
	if (desc->natts != natts)
		elog(ERROR, "type %s has %d fields, expected %d",
			 format_type_be(elemtype), desc->natts, natts);
	for (i = 0; i < n; i++)
	{
		fill(res, i, values, nulls);
		elems[i] = HeapTupleGetDatum(heap_form_tuple(desc, values, nulls));
	}
	ReleaseTupleDesc(desc);
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	return PointerGetDatum(construct_array(elems, n, elemtype, typlen, typbyval, typalign));
}

Datum
ap_pg_article(const ap_result *res, TupleDesc desc)
{
	Datum		values[AP_ARTICLE_NATTS];
	bool		nulls[AP_ARTICLE_NATTS];

	if (desc->natts != AP_ARTICLE_NATTS)
		elog(ERROR, "type article has %d fields, expected %d", desc->natts, AP_ARTICLE_NATTS);
	memset(nulls, false, sizeof(nulls));
	values[0] = ap_pg_str(res->headline, &nulls[0]);
	values[1] = ap_pg_str(res->byline, &nulls[1]);
	values[2] = ap_pg_str(res->dateline, &nulls[2]);
	values[3] = ap_pg_published(res, &nulls[3]);
	values[4] = ap_pg_paragraph_array(res);
	values[5] = row_array(TupleDescAttr(desc, 5)->atttypid, AP_QUOTE_NATTS,
						  res->n_quotes, res, ap_pg_quote_fields);
	values[6] = row_array(TupleDescAttr(desc, 6)->atttypid, AP_ENTITY_NATTS,
						  res->n_entities, res, ap_pg_entity_fields);
	return HeapTupleGetDatum(heap_form_tuple(desc, values, nulls));
}
